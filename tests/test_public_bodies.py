"""Public bodies as speakers (issue 15): a ministry or department named by its portfolio
in lower case, a public body that employs the strikers, the members of an employers'
association, and a trade written before a name. Invented cases, several phrasings each."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._described_bodies import described_body


def _speaker(text: str, quoted: str) -> lq.Speaker:
    for q in lq.parse(text).quotes:
        if quoted in q.text and q.attribution is not None:
            return q.attribution.speaker
    raise AssertionError(f"no attributed quote holds {quoted!r}")


# --------------------------------------------------------------------------- described bodies

BODIES = [
    ("a senior finance ministry official", "finance ministry"),
    ("The transport ministry", "transport ministry"),
    ("the health department", "health department"),
    ("A justice department spokeswoman", "justice department"),
    ("a top foreign ministry adviser", "foreign ministry"),
    ("a ministry of foreign affairs spokesman", "ministry of foreign affairs"),
    ("the ministry of health", "ministry of health"),
    ("the finance ministry's spokesman", "finance ministry"),
    ("the ministry of health's press officer", "ministry of health"),
    ("labour department spokesman", "labour department"),
    # no portfolio: a reference to a body named elsewhere, or none at all
    ("the department", None),
    ("a ministry official", None),
    ("a senior ministry official", None),
    ("the ministry's spokesman", None),
    # a proper name is the registry's and the title reader's, not a description
    ("a State Department official", None),
    ("a spokesman for the union", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("phrase", "body"), BODIES)
def test_described_body(phrase: str | None, body: str | None) -> None:
    assert described_body(phrase) == body


DESCRIBED_SPEAKERS = [
    ("Talks had broken down, a foreign ministry spokesman said.", "Talks had", "foreign ministry"),
    (
        '"We will not pay more," a senior finance ministry official said.',
        "We will not pay more",
        "finance ministry",
    ),
    (
        "The labour ministry said it would appoint a mediator.",
        "appoint a mediator",
        "labour ministry",
    ),
    ('"No comment," said an interior ministry official.', "No comment", "interior ministry"),
    (
        "A ministry of health spokeswoman said the wards stayed open.",
        "the wards stayed open",
        "ministry of health",
    ),
]


@pytest.mark.parametrize(("text", "quoted", "org"), DESCRIBED_SPEAKERS)
def test_a_described_ministry_is_the_speakers_organization(
    text: str, quoted: str, org: str
) -> None:
    sp = _speaker(text, quoted)
    assert sp.organization == org
    assert sp.role is lq.Role.GOVERNMENT


def test_an_inverted_description_keeps_its_words_before_the_title() -> None:
    sp = _speaker('"No comment," said an interior ministry official.', "No comment")
    assert sp.name == "an interior ministry official"
    assert sp.title == "interior ministry official"


# --------------------------------------------------------------------------- public employers

PUBLIC_EMPLOYERS = [
    (
        "Signal staff will strike on Friday, the Rail Signallers' Union said.\n\n"
        "The union said it had written to the Railway Board in May.\n\n"
        "The Railway Board said rosters were within the rules.",
        "rosters were within the rules",
    ),
    (
        "Teachers will strike on Thursday, the Secondary Teachers' Union said.\n\n"
        "The School Boards Association said schools would decide whether to open.",
        "schools would decide whether to open",
    ),
]


@pytest.mark.parametrize(("text", "quoted"), PUBLIC_EMPLOYERS)
def test_a_public_body_that_employs_is_the_employer(text: str, quoted: str) -> None:
    sp = _speaker(text, quoted)
    assert sp.role is lq.Role.EMPLOYER


def test_a_regulator_is_no_employer() -> None:
    text = (
        "Drivers will strike on Friday, the Road Haulage Workers' Union said.\n\n"
        "The Financial Conduct Authority said it was watching the market."
    )
    sp = _speaker(text, "watching the market")
    assert sp.role is not lq.Role.EMPLOYER


# --------------------------------------------------------------------------- associations

ASSOCIATION = (
    "Bank staff will strike on Monday after talks with the Indian Banks' Association "
    "failed, the All India Bank Employees' Association said.\n\n"
    "{line}"
)


def test_a_company_is_a_member_of_the_employers_association() -> None:
    line = "State Bank of India said its branches would open as usual."
    sp = _speaker(ASSOCIATION.format(line=line), "its branches would open")
    assert sp.role is lq.Role.EMPLOYER


def test_a_members_spokesman_speaks_for_the_employer() -> None:
    text = (
        "Metalworkers will strike on Monday after wage talks with the Steel and "
        "Engineering Industries Federation of Southern Africa failed, the National Union "
        "of Metalworkers of South Africa said.\n\n"
        "Ridgeway Steel spokesman Arun Mehta said its furnaces were still running."
    )
    sp = _speaker(text, "its furnaces were still running")
    assert sp.organization == "Ridgeway Steel"
    assert sp.role is lq.Role.EMPLOYER


def test_another_company_in_a_company_dispute_is_a_third_party() -> None:
    text = (
        "Cabin crew at Skyward Airlines walked out on Monday, the Flight Attendants' "
        "Union said.\n\n"
        "Ryanair said its flights were running normally."
    )
    sp = _speaker(text, "its flights were running")
    assert sp.role is lq.Role.OTHER


# --------------------------------------------------------------------------- trades

TRADES = [
    ("At the plant, machine operator Ana Ruiz said she was tired.", "machine operator"),
    ("Outside the depot, forklift driver Tom Bell said pay was too low.", "forklift driver"),
    ('"We are tired," said crane operator Tom Bell.', "crane operator"),
]


@pytest.mark.parametrize(("text", "title"), TRADES)
def test_a_trade_of_two_words_before_the_name_is_the_title(text: str, title: str) -> None:
    (q,) = lq.parse(text).quotes
    assert q.attribution is not None
    assert q.attribution.speaker.title == title
    assert q.attribution.speaker.role is lq.Role.WORKER
