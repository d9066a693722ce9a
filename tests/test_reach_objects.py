"""Object complements of reporting verbs: a naming verb with a judging word, and where
an object complement ends (short invented examples).

``called the plan reckless`` / ``calling them liars`` report what the speaker called
someone or something, with no ``a``/``an`` and no marks; ``called her sister`` names
nobody's words. An object complement (``criticized the plan``) ends before a second
predicate of the subject (``... and refused to meet the board``); a clause keeps its own.
"""

from __future__ import annotations

import pytest

from quoting import INDIRECT, all_quotes, speaker_of


def _indirect(text: str) -> list[str]:
    return [q.text for q in all_quotes(text) if q.kind is INDIRECT]


JUDGED = [
    # (text, reported words, speaker)
    ("Tom Bell called the pay offer reckless.", "the pay offer reckless", "Tom Bell"),
    ("Ana Ruiz called them liars.", "them liars", "Ana Ruiz"),
    (
        "The mayor called the walkout totally unacceptable for a city of this size.",
        "the walkout totally unacceptable for a city of this size",
        "The mayor",
    ),
    (
        "The minister called the stoppage unlawful, and the union took it to court.",
        "the stoppage unlawful",
        "The minister",
    ),
    (
        "Ana Ruiz called the board's plan irresponsible in a radio interview.",
        "the board's plan irresponsible in a radio interview",
        "Ana Ruiz",
    ),
    ("Tom Bell labeled the new rota unworkable.", "the new rota unworkable", "Tom Bell"),
    (
        "The nurses' leader called the hospital chiefs dishonest and said talks were over.",
        "the hospital chiefs dishonest",
        "The nurses' leader",
    ),
    ("Ana Ruiz called Harlow Foods un-Australian.", "Harlow Foods un-Australian", "Ana Ruiz"),
    ("Tom Bell called the ruling discriminatory.", "the ruling discriminatory", "Tom Bell"),
    ("Ana Ruiz called the pay offer derisory.", "the pay offer derisory", "Ana Ruiz"),
    (
        "Tom Bell, the shop steward, called himself pro-union on every shift.",
        "himself pro-union on every shift",
        "Tom Bell",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), JUDGED)
def test_a_naming_verb_with_a_judging_word_reports(text: str, words: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes][:1] == [words]
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Tom Bell called her sister on Monday.",
        "Ana Ruiz called the union official, who did not pick up.",
        "The steward called them twice before the shift.",
        "Ana Ruiz called it quits after thirty years on the line.",
        "Tom Bell called the depot manager.",
        "The manager called the office timetable.",
        "Ana Ruiz called the regional office in Leeds.",
        "Tom Bell called them united.",
        "Ana Ruiz called the depot history.",
        "The manager called the site factory.",
    ],
)
def test_a_naming_verb_without_a_judging_word_reports_nothing(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Ana Ruiz criticized the pay offer and refused to meet the board.",
            "the pay offer",
        ),
        (
            "The union described the deal as a step back and has said members will vote.",
            "the deal as a step back",
        ),
        (
            "Tom Bell praised the night crews but warned the company that cuts would follow.",
            "the night crews",
        ),
        (
            "The federation urged members to reject the offer and sent ballots to every depot.",
            "members to reject the offer",
        ),
    ],
)
def test_an_object_complement_ends_before_a_second_predicate(text: str, words: str) -> None:
    assert _indirect(text)[:1] == [words]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a clause keeps its own second verb
        (
            "Ana Ruiz said the board met on Monday and has made no new offer.",
            "the board met on Monday and has made no new offer",
        ),
        # words in marks keep theirs
        (
            'Tom Bell called the owner "a man who lied and cheated the drivers" at the rally.',
            'the owner "a man who lied and cheated the drivers" at the rally',
        ),
        # an object of two nouns joined by ``and``
        (
            "Ana Ruiz praised the cleaners and porters who kept the wards open.",
            "the cleaners and porters who kept the wards open",
        ),
    ],
)
def test_an_and_inside_the_complement_stays(text: str, words: str) -> None:
    assert _indirect(text)[:1] == [words]


BEFORE_QUOTATION = [
    # (text, reported clause, quotation): the clause before a quotation in its sentence
    (
        'Ana Ruiz said the board had never costed the plan, "not even once."',
        "the board had never costed the plan",
        "not even once.",
    ),
    (
        "Tom Bell argued that if the depot closed in May, “every driver would lose out.”",
        "if the depot closed in May",
        "every driver would lose out.",
    ),
    (
        'The steward told members the ballot would close on Friday: "Vote early."',
        "the ballot would close on Friday",
        "Vote early.",
    ),
]


@pytest.mark.parametrize(("text", "clause", "quotation"), BEFORE_QUOTATION)
def test_a_clause_before_a_quotation_is_reported(text: str, clause: str, quotation: str) -> None:
    quotes = all_quotes(text)
    assert [q.text for q in quotes if q.kind is INDIRECT] == [clause]
    assert quotation in [q.text for q in quotes if q.kind is not INDIRECT]


@pytest.mark.parametrize(
    "text",
    [
        'Ana Ruiz said, "We will not go back to work."',
        'Tom Bell told reporters in Leeds on Monday, "We will not go back."',
        'Ana Ruiz said on her union blog on Monday, "We will not go back."',
        'Tom Bell told one of the stewards, "We will not go back."',
        'Ana Ruiz said members were told, "The depot will close."',
        'Tom Bell responded sharply, with a grin: "We will not go back."',
    ],
)
def test_no_clause_before_a_quotation_without_one(text: str) -> None:
    assert _indirect(text) == []


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The depot stayed shut through a long and bitter winter of talks — Ana Ruiz "
            "said the drivers would hold out until spring.",
            "the drivers would hold out until spring",
            "Ana Ruiz",
        ),
        (
            "Pay has barely moved at the plant since the last contract was signed in 2019 -- "
            "the union told members that a ballot would follow.",
            "a ballot would follow",
            "the union",
        ),
    ],
)
def test_a_dash_before_the_subject_opens_its_clause(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        (
            "After three weeks on the picket line at the depot outside town the stewards "
            "argued that the board had never meant to settle.",
            "the board had never meant to settle",
        ),
        (
            "In a long letter sent to every member of the branch on Friday evening Ana Ruiz "
            "noted that pay had fallen behind inflation.",
            "pay had fallen behind inflation",
        ),
        (
            "On the last night of the long campaign in the mill towns along the river the "
            "union leader said she would not back down.",
            "she would not back down",
        ),
    ],
)
def test_a_long_lead_leaves_a_that_clause(text: str, clause: str) -> None:
    assert _indirect(text) == [clause]


@pytest.mark.parametrize(
    "text",
    [
        # a verb form as a noun before ``that``
        "The board lost the appeal after a long and costly fight in the courts over the "
        "ruling that barred the strike.",
    ],
)
def test_a_noun_before_that_reports_nothing(text: str) -> None:
    assert _indirect(text) == []
