"""The speaker pattern's cheap first tests answer as the full pattern does (Hypothesis
over invented fragments: function words, names, titles, groups, punctuation, spacing)."""

from __future__ import annotations

import functools

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _speakers as S
from laborquotes._patterns import expand
from laborquotes._speaker_grammar import (
    RULES,
    _tables,
    mute_openers,
    unclosing_function_words,
    unread_function_words,
)

_PIECES = st.sampled_from(
    [
        "of ",
        "that ",
        "that's ",
        "that’s ",
        "While ",
        "while ",
        "and ",
        "in ",
        "the ",
        "The ",
        "a ",
        "union ",
        "workers ",
        "president ",
        "Ana ",
        "Ruiz",
        "Local 7 ",
        "he ",
        "I ",
        "i ",
        "some ",
        "de ",
        "al-Rashid ",
        ", ",
        "(",
        ")",
        "“",
        "'",
        "’s ",
        "-",
        " ",
        "\n",
        "\u00a0",
        "who ",
        "to ",
        "/",
        ";",
        "”",
    ]
)
_TEXTS = st.lists(_PIECES, min_size=1, max_size=12).map("".join)


def _spans(m: regex.Match[str] | S.SpeakerMatch | None) -> tuple[tuple[int, int], ...] | None:
    """Every named group's span ((-1, -1) where it did not take part)."""
    if m is None:
        return None
    return tuple(m.span(k) for k in sorted(S._group_index(False)))


@settings(max_examples=400, deadline=None)
@given(_TEXTS, st.booleans(), st.booleans())
def test_speaker_match_is_the_pattern_s_match(text: str, full: bool, loose: bool) -> None:
    pat = S._speaker_re(loose)
    for start in (0, 1):
        end = len(text)
        want = pat.fullmatch(text, start, end) if full else pat.match(text, start, end)
        got = S._speaker_match(text, start, end, full=full, loose=loose)
        assert _spans(got) == _spans(want), (text, start)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(mute_openers())), _TEXTS, st.booleans())
def test_no_speaker_opens_with_a_mute_function_word(word: str, rest: str, loose: bool) -> None:
    assert S._speaker_re(loose).match(f"{word} {rest}") is None


def test_mute_openers_are_function_words_only() -> None:
    assert {"of", "that", "while"} <= mute_openers()
    assert not {"the", "he", "some", "de", "his"} & mute_openers()


@settings(max_examples=200, deadline=None)
@given(_TEXTS, st.sampled_from(sorted(unread_function_words())), _TEXTS, st.booleans())
def test_no_speaker_holds_an_unread_function_word(
    head: str, word: str, rest: str, loose: bool
) -> None:
    text = f"{head} {word} {rest}"
    want = S._speaker_re(loose).fullmatch(text)
    assert _spans(S._speaker_match(text, 0, len(text), full=True, loose=loose)) == _spans(want)
    if not ("," in text or "(" in text or "who" in text or "which" in text or " of " in text):
        assert want is None, text


def test_unread_function_words_leave_the_grammar_s_words() -> None:
    assert {"that", "was", "by"} <= unread_function_words()
    assert not {"of", "the", "and", "for", "who", "which", "in", "at"} & unread_function_words()


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from(sorted(unclosing_function_words())), st.booleans())
def test_no_speaker_head_closes_with_an_unclosing_function_word(
    head: str, word: str, loose: bool
) -> None:
    text = f"{head} {word}"
    want = S._speaker_re(loose).fullmatch(text)
    assert _spans(S._speaker_match(text, 0, len(text), full=True, loose=loose)) == _spans(want)
    before = head.split()[-1:]
    if before and before[0] not in ("of", "the") and "who" not in text and "which" not in text:
        assert want is None, text


def test_unclosing_function_words_leave_the_closing_tables() -> None:
    assert {"and", "to", "he", "in", "of"} <= unclosing_function_words()


@functools.cache
def _without_comma_test(loose: bool) -> regex.Pattern[str]:
    """The speaker pattern without the comma ``person2`` looks for first."""
    rules = {**RULES, "comma_ahead": ""}
    choice = {
        "head_choice": "{person_only}" if loose else "{heads}",
        "person_pre": "{loose_pre}" if loose else "{pre}",
    }
    return regex.compile(
        expand("{speaker}", {**rules, **_tables(), **choice}), S._speaker_re().flags
    )


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.booleans(), st.booleans())
def test_the_comma_test_of_person2_changes_no_match(text: str, full: bool, loose: bool) -> None:
    pat, plain = S._speaker_re(loose), _without_comma_test(loose)
    want = plain.fullmatch(text) if full else plain.match(text)
    got = pat.fullmatch(text) if full else pat.match(text)
    assert _spans(got) == _spans(want), text
