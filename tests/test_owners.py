"""Whose office a possessive names (:mod:`laborquotes._owners`): a person's possessive
is no organization; an organization's (from the registry, the article or its name's
words) is."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._owners import PersonOwners, staff_office

#: ``(text, organization of the first quote's speaker)``: invented articles.
ARTICLE_ROWS: list[tuple[str, str | None]] = [
    # the surname is a person's: written after a first name or an honorific elsewhere
    ('Senator Bernard Sandown toured the mill. Sandown\'s chief strategist, Jo Pike, said: "We will win."', None),
    ('Mr Kell spoke first. Kell\'s spokeswoman, Amy Lott, said: "He is well."', None),
    ('Hillary Dunmore arrived late. "No comment," said Dunmore\'s spokesman, Ray Holt.', None),
    ('"It is over," said Mr. Pruitt\'s aides.', None),
    # an organization's possessive stays an organization
    ('"Pay up," said Unite\'s regional officer, Jo Pike.', "Unite"),
    ('"We pay well," said Amazon\'s spokesman, Tom Ladd.', "Amazon"),
    ('"We pay well," said Brantwell\'s spokesman, Tom Ladd.', "Brantwell"),
    # a word of the name of an organization the article names is not a surname
    (
        'The Castlebridge Chamber of Commerce backs the plan. "It is good," said '
        'Jo Pike, the Chamber\'s policy director. Mayor Chamber was absent.',
        "Chamber",
    ),
    # the person a spokesperson speaks for, after ``for``: no organization
    ('A spokesman for Senator Ana Ruiz said: "She will vote no."', None),
    ('A spokesperson for Health Minister Ryan Park said: "The offer stands."', None),
    ('Mr Kell spoke first. "He is well," said Tom Ladd, a spokesman for Mr Kell.', None),
    ('"We pay well," said a spokeswoman for Fernhill Haulage.', "Fernhill Haulage"),
    # not written as a possessive: an organization as before
    ('"It is good," said Jo Pike, a strategist at Brantwell. Mr Brantwell agreed.', "Brantwell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org"), ARTICLE_ROWS)
def test_possessive_owner_in_article(text: str, org: str | None) -> None:
    quotes = lq.parse(text).quotes
    assert quotes
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.organization == org


#: ``(owner, office, whether a person)`` with no article around them.
OWNER_ROWS: list[tuple[str, str | None, bool]] = [
    ("Mr Kell", "lawyer", True),
    ("Sir Tom Ladd", "spokesman", True),
    ("Sen. Ruiz", None, True),
    ("Ana Ruiz", "spokeswoman", True),
    ("Health Minister Ana Ruiz", "spokeswoman", True),
    ("Labour leader Tom Ladd", "press secretary", True),
    ("Health Minister Office", "spokeswoman", False),
    ("Ruiz", "campaign manager", True),
    ("Ruiz’", "deputy campaign manager", True),
    ("Ruiz", "spokeswoman", False),
    ("ACME", "lawyer", False),
    ("Acme Group", "lawyer", False),
    ("Unite", "general secretary", False),
    ("Conservative", "chief of staff", False),
    ("", "lawyer", False),
]


@pytest.mark.parametrize(("owner", "office", "person"), OWNER_ROWS)
def test_is_person(owner: str, office: str | None, person: bool) -> None:
    assert PersonOwners("").is_person(owner, office) is person


@pytest.mark.parametrize(
    ("title", "staff"),
    [
        ("campaign manager", True),
        ("deputy campaign manager", True),
        ("top policy aide", True),
        ("chief of staff", True),
        ("general secretary", False),
        ("spokesman", False),
        (None, False),
    ],
)
def test_staff_office(title: str | None, staff: bool) -> None:
    assert staff_office(title) is staff


def test_surnames_are_read_after_first_names_and_honorifics() -> None:
    owners = PersonOwners("Ana Ruiz met Dr. Kell and Sir Tom Ladd's aide in Leeds Town Hall.")
    assert {"Ruiz", "Kell", "Tom", "Ladd"} <= owners.surnames()
    assert "Hall" not in owners.surnames()
