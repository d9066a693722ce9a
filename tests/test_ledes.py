"""Delayed identification: a lede that describes a person whom the next paragraph names
gives that person its title (and so its role). Every case is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes
from laborquotes import Role
from laborquotes._ledes import LEDE_STOP_WORDS, MAX_LEDE, with_lede_titles
from laborquotes._vocab import OFFICE_NOUNS


def _speaker(text: str, name: str) -> tuple[str | None, Role | None]:
    for q in laborquotes.parse(text).quotes:
        sp = q.attribution.speaker if q.attribution else None
        if sp is not None and sp.name == name:
            return sp.title, sp.role
    raise AssertionError(f"{name} is quoted nowhere")


@pytest.mark.parametrize(
    ("text", "name", "title", "role"),
    [
        # British: the office in capitals, the name in the second paragraph
        (
            "Ruiz under fire over rail fares\n\n"
            "The Transport Secretary was accused on Monday of breaking a promise to "
            "freeze rail fares for a second year.\n\n"
            "Ana Ruiz told MPs that the rise was the smallest in a decade.",
            "Ana Ruiz",
            "Transport Secretary",
            Role.GOVERNMENT,
        ),
        # Canadian: an owner before a lower-case office, the agent of a passive
        (
            "HALIFAX — New rules for coastal homes were announced Tuesday by the "
            "province's housing minister after a winter of storms.\n\n"
            'Luc Tremblay said the province "cannot keep rebuilding" on the same lots.',
            "Luc Tremblay",
            "housing minister",
            Role.GOVERNMENT,
        ),
        # a company's chief, named after the lede that describes him
        (
            "Bus drivers at Harbour Coaches will strike next week after the company's "
            "chief executive rejected their pay claim on Friday.\n\n"
            "Tom Okafor said the claim was more than the firm could afford.",
            "Tom Okafor",
            "chief executive",
            Role.EMPLOYER,
        ),
    ],
)
def test_the_ledes_description_is_the_named_persons_title(
    text: str, name: str, title: str, role: Role
) -> None:
    assert _speaker(text, name) == (title, role)


@pytest.mark.parametrize(
    "text",
    [
        # the lede names the office holder: nothing is delayed
        "Transport Secretary Ana Ruiz was accused on Monday of breaking a promise to "
        "freeze rail fares.\n\nMark Bell said the rise was unfair to commuters.",
        # two offices in the lede: which one the next paragraph names is unknown
        "The union's president and the company's chief executive met on Monday for a "
        "last round of talks before the strike.\n\nMark Bell said the talks had failed.",
        # the lede's surname: the person was named there, as someone else may be
        "The mayor said on Monday that Bell would lead the new housing board from "
        "next spring.\n\nMark Bell said he was honoured by the appointment.",
        # a description with a verb in it is none (``the union said its president``)
        "The union said on Monday that its president would meet the employers again "
        "before the strike.\n\nMark Bell said the meeting would be the last one.",
    ],
)
def test_no_title_without_one_clear_description(text: str) -> None:
    title, _ = _speaker(text, "Mark Bell")
    assert title is None


def test_a_speaker_with_a_title_of_their_own_keeps_it() -> None:
    text = (
        "The Health Secretary faced questions on Monday over waiting times at "
        "hospitals in the north.\n\nMark Bell, a nurse, said wards were full every night."
    )
    assert _speaker(text, "Mark Bell") == ("nurse", Role.WORKER)


def test_a_lede_longer_than_any_is_not_read() -> None:
    lede = "The Health Secretary faced questions on Monday. " + "More words follow. " * 100
    text = lede + "\n\nMark Bell said the figures were wrong."
    assert len(lede) > MAX_LEDE
    title, _ = _speaker(text, "Mark Bell")
    assert title is None


def test_tables_are_sorted_and_unique() -> None:
    assert list(OFFICE_NOUNS) == sorted(set(OFFICE_NOUNS))
    assert all(w == w.lower() for w in LEDE_STOP_WORDS)


@given(st.text(alphabet="Th e\nSecretary.Ana Ruiz said'sx", max_size=300))
def test_any_text_keeps_its_quotes(text: str) -> None:
    quotes = laborquotes.parse(text).quotes
    out = with_lede_titles(text, quotes)
    assert [(q.span, q.kind) for q in out] == [(q.span, q.kind) for q in quotes]
