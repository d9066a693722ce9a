"""The cheap first passes of the reported-speech reader find what the full patterns
find (Hypothesis over invented fragments of possessors, nouns of speech and spacing)."""

from __future__ import annotations

from collections.abc import Iterable

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes
from laborquotes import _indirect as I

_PIECES = st.sampled_from(
    [
        "his ",
        "Her ",
        "their ",
        "the union's ",
        "drivers' ",
        "Ruiz’s ",
        "claim ",
        "calls ",
        "call",
        "demand",
        "repeated ",
        "long-standing ",
        "that ",
        "for ",
        "to ",
        " ",
        "  ",
        "\n",
        "\x1c",
        "\u00a0",
        "\t",
        '"',
        "“",
        "$",
        "-",
        "'",
        "talks",
        "recall ",
        "Pay",
        ", ",
        ".",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=30).map("".join)


def _spans(matches: Iterable[regex.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.start(), m.end(), m["pron"], m["noun"], m["comp"]) for m in matches]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
def test_noun_matches_are_the_full_pattern_matches(text: str) -> None:
    assert _spans(I._noun_matches(text)) == _spans(I._noun_report_re().finditer(text))


def test_noun_matches_find_a_possessor_two_words_back() -> None:
    text = "Ana Ruiz repeated her  long-standing public\n\nclaim that pay lags."
    assert _spans(I._noun_matches(text)) == _spans(I._noun_report_re().finditer(text))
    assert len(_spans(I._noun_matches(text))) == 1


_WORDS = st.sampled_from(
    [
        "was",
        "is",
        "were",
        "been",
        "As",
        "as",
        "first",
        "widely",
        "not",
        "never",
        "Nobody",
        "No one",
        "didn't",
        "won’t",
        "who",
        "whom",
        "Ruiz",
        "the union",
        "also",
        "reported",
        ",",
        ".",
    ]
)
_SPACES = st.sampled_from([" ", "  ", "\n", "\t", "\u00a0", "\x1c", ""])
_PHRASES = st.lists(st.tuples(_WORDS, _SPACES).map("".join), max_size=8).map("".join)


@settings(max_examples=400, deadline=None)
@given(_PHRASES)
def test_a_failed_cheap_test_means_no_match(text: str) -> None:
    # (each cheap test may pass where its pattern fails, never the other way round)
    n = len(text)
    if not I._ends_with(text, 0, n, I._PASSIVE_ENDS):
        assert I._passive_re().search(text) is None
    if not I._ends_with(text, 0, n, I._AS_BY_ENDS):
        assert I._as_by_re().search(text) is None
    if not any(key in text.lower() for key in I._NEGATION_KEYS):
        assert I._negated_re().search(text) is None
    assert I._relative_who(text, 0, n) == (I._relative_who_re().search(text) is not None)


@pytest.mark.parametrize(
    "text",
    [
        "his claim that x " * 200,  # (dense: the rest is scanned whole)
        "claim that " * 100 + "their vow to act. " * 100,
        "Ana said his claim that pay lags. " * 50 + "her  plea for  calm " * 80,
    ],
)
def test_noun_matches_of_dense_nouns_are_the_full_pattern_matches(text: str) -> None:
    assert _spans(I._noun_matches(text)) == _spans(I._noun_report_re().finditer(text))


_CLAUSE_WORDS = st.sampled_from(
    [
        "and",
        "but",
        "while",
        "whereas",
        "also",
        "then",
        "said",
        "saying",
        "Said",
        "said-so",
        "pointing out",
        "noting",
        "after",
        "by",
        "others",
        "the plan",
        "46 percent",
        "talks",
        ",",
        ";",
        ".",
        '"',
    ]
)
_CLAUSES = st.lists(st.tuples(_CLAUSE_WORDS, _SPACES).map("".join), max_size=10).map("".join)


def _span(m: regex.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


@settings(max_examples=400, deadline=None)
@given(_CLAUSES, st.integers(0, 3))
def test_second_verb_is_the_full_patterns_search(text: str, skip: int) -> None:
    a, b = min(skip, len(text)), len(text)
    full = (
        I._and_verb_re().search(text, a, b)
        or I._second_report_re().search(text, a, b)
        or I._comma_said_re().search(text, a, b)  # (``..., said he ...``: the main verb)
    )
    assert _span(I._second_verb(text, a, b)) == _span(full)
    assert _span(I._and_verb(text, a, b)) == _span(I._and_verb_re().search(text, a, b))


_SUBJECT_WORDS = st.sampled_from(
    [
        "more than",
        "about",
        "Each",
        "each",
        "side",
        "a majority",
        "of",
        "them",
        "12.5",
        "5%",
        "%",
        "per",
        "cent",
        "percent",
        "two-thirds",
        "Two-thirds",
        "the",
        "all",
        "voters",
        "surveyed",
        "four",
        "out",
        "in",
        "10",
        "some",
        "many",
        "striking",
        "local",
        "workers",
        "people",
        "Leeds",
        "(",
        ",",
        "who",
    ]
)
_SUBJECTS = st.lists(st.tuples(_SUBJECT_WORDS, _SPACES).map("".join), max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(_SUBJECTS)
def test_subject_patterns_searched_from_the_last_words(text: str) -> None:
    # (a quantity or plural subject spans at most its pattern's words: the search from
    # the last of them finds what the search of the whole window finds)
    n = len(text)
    plural = I._plural_subject_re()
    k = I._last_words(text, 0, n, I._PLURAL_SPAN)
    assert _span(plural.search(text, k, n)) == _span(plural.search(text, 0, n))
    if "who" not in text:
        quantity = I._quantity_subject_re()
        k = I._last_words(text, 0, n, I._QUANTITY_SPAN)
        assert _span(quantity.search(text, k, n)) == _span(quantity.search(text, 0, n))


_HEADLINE_PIECES = st.sampled_from(
    [
        "Ana Ruiz ",
        "Union ",
        "The United States ",
        "Says ",
        "Said ",
        "States ",
        "Warns ",
        "says ",
        "strike will go ahead",
        "pay is too low",
        ", ",
        ". ",
        "\n",
        "\n\n",
        "   ",
        '"',
        "Mr Lee ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_HEADLINE_PIECES, max_size=14).map("".join))
def test_a_capitalized_verb_is_skipped_only_where_no_headline_can_be(text: str) -> None:
    # (the cheap test says no only where the full reading would have found nothing)
    gated = laborquotes.parse(text).to_dict()
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(I, "_may_open_line", lambda text, verb: True)
        assert laborquotes.parse(text).to_dict() == gated


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ana Ruiz Says Strike Will Go Ahead\n\nThe union met.", True),
        ("  Ana Ruiz Says Pay Is Too Low\n", True),
        ("Talks went on. The United States Says it will act.", False),
        ("The talks failed. Ana Ruiz Says the strike will go ahead.", False),
    ],
)
def test_a_capitalized_verb_reports_only_from_a_line_start(text: str, found: bool) -> None:
    kinds = [q.kind.value for q in laborquotes.parse(text).quotes]
    assert ("indirect" in kinds) is found
