"""Interviews printed as transcripts: each turn is a report (``indirect``: no marks
enclose it) of its speaker's words. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from laborquotes import QuoteKind
from laborquotes._transcripts import _usual_case
from laborquotes._vocab import INTERVIEW_LEADS

_RADIO = (
    "Plant manager defends roster on air\n\n"
    "Dougal McKenzie, the general manager of Peel Hollow Meats, was interviewed by Kate "
    "Holloway, host of the breakfast show on Ridgeline Radio.\n\n"
    "HOLLOWAY: The union says you are cutting pay. Is that right?\n\n"
    "McKENZIE: No. Some allowances will be folded into the base rate.\n\n"
    "HOLLOWAY: Why now?\n\n"
    "McKENZIE: Because our costs have doubled."
)

_QA = (
    "The union's case, in its own words\n\n"
    "The Courier sat down with organiser Alana Quist, who covers schools in the west.\n\n"
    "Q: Why strike again?\n\n"
    "A: Because nothing has changed since the last one.\n\n"
    "Q: What would end it?\n\n"
    "A: A staffing guarantee for every school in the region."
)


def _turns(text: str) -> list[tuple[str, QuoteKind, str]]:
    return [
        (q.text, q.kind, q.attribution.speaker.name)
        for q in laborquotes.parse(text).quotes
        if q.attribution is not None
    ]


def test_named_turns_are_the_words_of_the_person_named_in_full() -> None:
    assert _turns(_RADIO) == [
        ("The union says you are cutting pay. Is that right?", QuoteKind.INDIRECT, "Kate Holloway"),
        (
            "No. Some allowances will be folded into the base rate.",
            QuoteKind.INDIRECT,
            "Dougal McKenzie",
        ),
        ("Why now?", QuoteKind.INDIRECT, "Kate Holloway"),
        ("Because our costs have doubled.", QuoteKind.INDIRECT, "Dougal McKenzie"),
    ]


def test_a_turns_words_hold_no_report_of_their_own() -> None:
    # (``The union says ...`` inside a turn is the host's words, no quotation of the union)
    speakers = {name for _, _, name in _turns(_RADIO)}
    assert speakers == {"Kate Holloway", "Dougal McKenzie"}


def test_answers_are_the_interviewees_and_questions_no_ones() -> None:
    assert _turns(_QA) == [
        ("Because nothing has changed since the last one.", QuoteKind.INDIRECT, "Alana Quist"),
        ("A staffing guarantee for every school in the region.", QuoteKind.INDIRECT, "Alana Quist"),
    ]


def test_spans_slice_back() -> None:
    for text in (_RADIO, _QA):
        for q in laborquotes.parse(text).quotes:
            assert text[q.span.start : q.span.end] == q.text


@pytest.mark.parametrize(
    "text",
    [
        # one speaker only: a line with a colon, read as before
        "Ana Ruiz spoke on Monday.\n\nRUIZ: We will strike.\n\nRUIZ: We mean it.",
        # questions with no answers
        "Ana Ruiz spoke on Monday.\n\nQ: Why strike?\n\nQ: Why now?",
    ],
)
def test_no_transcript_without_two_turns(text: str) -> None:
    assert laborquotes.parse(text).quotes == ()


@pytest.mark.parametrize(
    ("label", "written"),
    [
        ("HOLLOWAY", "Holloway"),
        ("McKENZIE", "McKenzie"),
        ("O'BRIEN", "O'Brien"),
        ("SMITH-JONES", "Smith-Jones"),
    ],
)
def test_a_labels_usual_case(label: str, written: str) -> None:
    assert _usual_case(label) == written


def test_interview_leads_are_sorted_and_unique() -> None:
    assert list(INTERVIEW_LEADS) == sorted(set(INTERVIEW_LEADS))


def test_labels_that_name_no_one_are_no_turns() -> None:
    text = (
        "Ana Ruiz said the strike would go ahead.\n\n"
        "UPDATE: The union has called off Monday's strike.\n\n"
        "CORRECTION: An earlier version gave the wrong date."
    )
    found = {q.attribution.speaker.name for q in laborquotes.parse(text).quotes if q.attribution}
    assert found == {"Ana Ruiz"}


def test_the_guest_is_the_one_the_article_names_most() -> None:
    # (``Ruiz spoke with writer Tom Lee``: the person after the words is the interviewer)
    text = (
        "Q&A with union leader Ana Ruiz\n\n"
        "Ana Ruiz has led the union since 2019. Ruiz spoke with Courier writer Tom Lee on "
        "Tuesday.\n\n"
        "Q: Will there be a strike?\n\n"
        "A: Not if the offer improves.\n\n"
        "Q: When will you know?\n\n"
        "A: By Friday."
    )
    assert {name for _, _, name in _turns(text)} == {"Ana Ruiz"}
