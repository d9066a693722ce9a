"""The role rule tables: a person's title and organization kind, a group's phrase."""

from __future__ import annotations

import pytest

from laborquotes import OrgKind, Role
from laborquotes._roles import GROUP_RULES, PERSON_RULES, group_role, hint_kind, person_role

U, F, E, G = OrgKind.UNION, OrgKind.FEDERATION, OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP
GOV, M, OTH = OrgKind.GOVERNMENT, OrgKind.MEDIA, OrgKind.OTHER


@pytest.mark.parametrize(
    ("title", "kind", "role"),
    [
        # union officials
        ("president", U, Role.UNION_OFFICIAL),
        ("chief negotiator", U, Role.UNION_OFFICIAL),
        ("secretary-treasurer", U, Role.UNION_OFFICIAL),
        ("spokeswoman", F, Role.UNION_OFFICIAL),
        ("a member of the bargaining committee", U, Role.UNION_OFFICIAL),
        ("union president", None, Role.UNION_OFFICIAL),
        ("intensive care nurse and president", U, Role.UNION_OFFICIAL),
        ("a correction officer and member", U, Role.WORKER),
        ("president of the union", None, Role.UNION_OFFICIAL),
        (None, U, Role.UNION_OFFICIAL),
        # workers
        ("a member of", U, Role.WORKER),
        ("member", U, Role.WORKER),
        ("a stunt performer", U, Role.WORKER),
        ("a warehouse worker", E, Role.WORKER),
        ("a nurse at", E, Role.WORKER),
        ("a striking nurse", None, Role.WORKER),
        ("a picketer", None, Role.WORKER),
        ("a 20-year veteran", U, Role.WORKER),
        # employer
        ("spokesperson", E, Role.EMPLOYER),
        ("chief executive", G, Role.EMPLOYER),
        ("negotiator", G, Role.EMPLOYER),
        ("chief executive", None, Role.EMPLOYER),
        ("a spokeswoman for the company", None, Role.EMPLOYER),
        # government
        ("Labor Secretary", None, Role.GOVERNMENT),
        ("Sen.", None, Role.GOVERNMENT),
        ("mediator", GOV, Role.GOVERNMENT),
        ("a federal mediator", None, Role.GOVERNMENT),
        ("Prime Minister", None, Role.GOVERNMENT),
        ("spokesman", GOV, Role.GOVERNMENT),
        # experts
        ("a labor economist at", OTH, Role.EXPERT),
        ("professor of industrial relations", None, Role.EXPERT),
        ("an analyst", E, Role.EXPERT),
        (None, OTH, Role.EXPERT),
        ("chief executive", OTH, Role.EXPERT),  # of a research firm
        # media
        ("staff writer", M, Role.MEDIA),
        ("a reporter", None, Role.MEDIA),
        ("editor", M, Role.MEDIA),
        (None, M, Role.MEDIA),
        # nothing to go on
        (None, None, None),
        ("", None, None),
        ("a resident of Burbank", None, Role.OTHER),
    ],
)
def test_person_role(title: str | None, kind: OrgKind | None, role: Role | None) -> None:
    assert person_role(title, kind) is role


@pytest.mark.parametrize(
    ("phrase", "kind", "role"),
    [
        ("SAG-AFTRA leadership", U, Role.UNION_OFFICIAL),
        ("the union", None, Role.UNION_OFFICIAL),
        ("the union", U, Role.UNION_OFFICIAL),
        ("union leaders", None, Role.UNION_OFFICIAL),
        ("the nurses' union", None, Role.UNION_OFFICIAL),
        ("the Teamsters", U, Role.UNION_OFFICIAL),
        ("SAG-AFTRA members", U, Role.WORKER),
        ("striking workers", None, Role.WORKER),
        ("the nurses", None, Role.WORKER),
        ("The studios", None, Role.EMPLOYER),
        ("the studios", G, Role.EMPLOYER),
        ("the company", E, Role.EMPLOYER),
        ("management", None, Role.EMPLOYER),
        ("Amazon", E, Role.EMPLOYER),
        ("NBC", M, Role.MEDIA),
        ("Deadline", M, Role.MEDIA),
        ("the government", None, Role.GOVERNMENT),
        ("the labor board", GOV, Role.GOVERNMENT),
        ("analysts", None, Role.EXPERT),
        ("people", None, None),
        ("Company officials", None, Role.EMPLOYER),
        ("hospital officials", None, Role.EMPLOYER),
        ("city officials", None, Role.GOVERNMENT),
        ("union officials", None, Role.UNION_OFFICIAL),
        ("officials", E, Role.EMPLOYER),
        ("the leadership", None, None),
    ],
)
def test_group_role(phrase: str, kind: OrgKind | None, role: Role | None) -> None:
    assert group_role(phrase, kind) is role


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Local 7", U),
        ("Amalgamated Widget Guild", U),
        ("Department of Labor", GOV),
        ("the Springfield Gazette", M),
        ("Acme Widgets Inc.", E),
        ("Eastern State University", OTH),
        ("Jane Doe", None),
    ],
)
def test_hint_kind(name: str, kind: OrgKind | None) -> None:
    assert hint_kind(name) is kind


def test_rule_tables_are_data() -> None:
    roles = {r.role for r in PERSON_RULES} | {r.role for r in GROUP_RULES}
    assert roles == set(Role) - {Role.OTHER}
    assert all(r.note for r in (*PERSON_RULES, *GROUP_RULES))


def test_docs_print_every_rule() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "labour.md").read_text("utf-8")
    for rule in (*PERSON_RULES, *GROUP_RULES):
        assert rule.note in page, rule.note
