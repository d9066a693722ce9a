"""A public body that employs a dispute's workforce is its employer when no employer is
named: its negotiator speaks, or the article says it employs them. Every case is
invented."""

from __future__ import annotations

import pytest

import laborquotes
from laborquotes import Role
from laborquotes._public_employers import EMPLOYS_WORDS, NEGOTIATOR_WORDS

_LEAD = "Federal clerks walked off the job on Monday, the Public Service Alliance of Canada said. "


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (
            "The Treasury Board, which employs the clerks, said talks would resume.",
            "Treasury Board",
        ),
        ("The Treasury Board's chief negotiator, Ana Ruiz, said talks would resume.", "Ana Ruiz"),
    ],
)
def test_the_employing_body_is_the_employer(after: str, speaker: str) -> None:
    article = laborquotes.parse(_LEAD + after)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Treasury Board of Canada Secretariat"]
    roles = {
        q.attribution.speaker.name: q.attribution.speaker.role
        for q in article.quotes
        if q.attribution
    }
    assert roles[speaker] is Role.EMPLOYER


def test_a_body_that_only_comments_stays_government() -> None:
    article = laborquotes.parse(_LEAD + "The Treasury Board said talks would resume on Friday.")
    assert article.dispute is not None
    assert article.dispute.employers == ()
    roles = {
        q.attribution.speaker.name: q.attribution.speaker.role
        for q in article.quotes
        if q.attribution
    }
    assert roles["Treasury Board"] is Role.GOVERNMENT


def test_tables_are_sorted_and_unique() -> None:
    for table in (EMPLOYS_WORDS, NEGOTIATOR_WORDS):
        assert list(table) == sorted(set(table))


#: A school district is a public body (``School District``, a head of two words), and
#: ``the district's teachers`` says it employs the striking workforce: its superintendent
#: is management, ``employer``.
def test_a_school_districts_teachers() -> None:
    text = (
        "Teachers packed the Kestrel Vale Unified School District board room on Tuesday as "
        "the union representing the district's teachers set a strike date.\n\n"
        "Superintendent Ana Ruiz said the district could not afford the raise."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Kestrel Vale Unified School District"]
    sp = next(q.attribution.speaker for q in article.quotes if q.attribution)
    assert (sp.name, sp.organization, sp.role) == (
        "Ana Ruiz",
        "Kestrel Vale Unified School District",
        Role.EMPLOYER,
    )


#: ``the county's`` refers to no body of another head (the harbour authority is no
#: employer); with ``the county`` written for it, ``Kestrel County`` is a local
#: government itself, and its road workers' employer.
def test_a_countys_staff_name_no_body_of_another_head() -> None:
    text = (
        "Road crews in Kestrel County walked off the job on Monday, AFSCME said.\n\n"
        "The Kestrel Harbour Authority said the county's road workers were not its staff."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Kestrel County"]
