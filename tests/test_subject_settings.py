"""Who the subject is when a setting opens the sentence, when a title before the name
has two scopes, and when a description holds a participle clause. Every case is
invented."""

from __future__ import annotations

import pytest

import laborquotes
from laborquotes._speakers import split_title
from laborquotes._vocab import SETTING_OPENERS


def _speaker(text: str) -> tuple[str | None, str | None, str | None]:
    (q,) = laborquotes.parse(text).quotes
    sp = q.attribution.speaker if q.attribution else None
    return (sp.name, sp.title, sp.organization) if sp else (None, None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In Louisville, Ky., forklift operator Luis Carranza, a Teamsters member, said pay "
         "was the issue.", ("Luis Carranza", "member", "Teamsters")),
        ("In Guelph, Ontario, forklift operator Luis Carranza said pay was the issue.",
         ("Luis Carranza", "forklift operator", None)),
        ("Outside the depot, Ana Ruiz, a retired welder, said pay was the issue.",
         ("Ana Ruiz", "retired welder", None)),
        ("At the rally, union president Ana Ruiz said pay was the issue.",
         ("Ana Ruiz", "union president", None)),
        # the verb inside the setting: its subject is the speaker
        ("After Ana Ruiz argued that pay was the issue, the talks broke up.",
         ("Ana Ruiz", None, None)),
    ],
)  # fmt: skip
def test_a_setting_before_the_subject_is_no_speaker(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The head of safety and training, Craig Lund, said deliveries would continue.",
         ("Craig Lund", "head of safety and training", None)),
        ("Acme Freight's head of safety and training, Craig Lund, said deliveries would "
         "continue.", ("Craig Lund", "head of safety and training", "Acme Freight")),
        ("The minister for health and social care, Jo Bright, said wards would reopen.",
         ("Jo Bright", "minister for health and social care", None)),
    ],
)  # fmt: skip
def test_a_title_with_two_scopes_before_the_name(
    text: str, expected: tuple[str | None, str | None, str | None]
) -> None:
    assert _speaker(text) == expected


@pytest.mark.parametrize(
    ("descriptor", "expected"),
    [
        ("a driver based at the Eastgate depot", ("driver", "Eastgate depot")),
        ("a nurse working at Mercy Hospital", ("nurse", "Mercy Hospital")),
        ("a delegate wearing a union badge", ("delegate", None)),
        ("picketing outside the carhouse", (None, None)),
        ("a spokeswoman accused by the union of stalling", ("spokeswoman", None)),
        # the participle says whom the person speaks for: kept
        ("a lawyer representing the guild", ("lawyer representing the guild", None)),
        # a gerund or an adjective that ends the title is part of it
        ("director of political advertising", ("director of political advertising", None)),
        ("a retired nurse", ("retired nurse", None)),
        ("managing director of Acme Foods", ("managing director", "Acme Foods")),
    ],
)
def test_a_participle_clause_ends_a_description(
    descriptor: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_title(descriptor) == expected


def test_a_participle_clause_leaves_the_title_before_the_name() -> None:
    text = "Streetcar operator Dan Murphy, picketing outside the carhouse, said the line shut."
    assert _speaker(text) == ("Dan Murphy", "Streetcar operator", None)


def test_setting_openers_are_sorted_and_unique() -> None:
    assert list(SETTING_OPENERS) == sorted(set(SETTING_OPENERS))


@pytest.mark.parametrize(
    ("descriptor", "expected"),
    [
        ("editor of the rival Fernhill Weekly", ("editor", "Fernhill Weekly")),
        ("a researcher at the left-leaning Halden Institute", ("researcher", "Halden Institute")),
        ("scientist at the government-funded Orbis Corporation", ("scientist", "Orbis Corporation")),
        # a word that tells the kind stays: the roles read it
        ("chief executive of the charity Patients First",
         ("chief executive", "the charity Patients First")),
        ("a spokesman for the union Unite", ("spokesman", "the union Unite")),
        ("a member of the union", ("member", "the union")),
        ("staff writer for The Gazette", ("staff writer", "The Gazette")),
    ],
)  # fmt: skip
def test_words_describing_an_organization_before_its_name(
    descriptor: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_title(descriptor) == expected


@pytest.mark.parametrize(
    ("descriptor", "expected"),
    [
        ("appearing for Acme Freight", (None, "Acme Freight")),
        ("acting for the union", (None, "the union")),
    ],
)
def test_whom_a_person_appears_for(
    descriptor: str, expected: tuple[str | None, str | None]
) -> None:
    assert split_title(descriptor) == expected


@pytest.mark.parametrize("sector", ["Mining", "Aviation", "Banking", "Energy"])
def test_a_sector_before_a_title_is_no_organization(sector: str) -> None:
    assert _speaker(f"{sector} analyst Bo Lund said costs would rise.") == (
        "Bo Lund",
        f"{sector} analyst",
        None,
    )


def test_a_linking_participle_inside_a_description() -> None:
    assert split_title("a barrister appearing for Acme Freight") == ("barrister", "Acme Freight")
    assert split_title("based in Leeds") == (None, None)
