"""Hypothesis properties and hostile inputs for quotations and attributions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes._quotes import find_attribution, find_quotes

# Text built from the pieces that matter: marks, words, names, verbs, punctuation, breaks.
PIECES = st.sampled_from(
    [
        '"',
        "“",
        "”",
        "„",
        "«",
        "»",
        "'",
        "’",
        "&quot;",
        "``",
        "''",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        ",",
        ".",
        ":",
        "—",
        "-",
        "(",
        ")",
        "said",
        "says",
        "told",
        "according to",
        "Ana",
        "Ruiz",
        "Jr.",
        "Sen.",
        "de",
        "the union",
        "he",
        "she",
        "they",
        "we",
        "a member of",
        "president",
        "Local 7",
        "SAG-AFTRA",
        "that",
        "and",
        "We",
        "will",
        "strike",
        "?",
        "!",
        "\u00a0",
        "\u200b",
        "O'Neill",
        "al-",
        "who",
        "of",
        "The",
    ]
)
TEXT = st.one_of(st.text(max_size=300), st.lists(PIECES, max_size=80).map("".join))


def _check(text: str, quotes: list[lq.Quote]) -> None:
    last_end = -1
    outer: lq.Quote | None = None
    for q in quotes:
        assert isinstance(q.kind, lq.QuoteKind)
        assert 0 <= q.span.start <= q.span.end <= len(text)
        assert text[q.span.start : q.span.end] == q.text
        # ordered, non-overlapping; but words in marks inside reported speech are a
        # partial quotation nested in the indirect one before it
        nested = (
            q.kind is lq.QuoteKind.PARTIAL
            and outer is not None
            and outer.span.start < q.span.start < outer.span.end
        )
        assert nested or q.span.start >= last_end
        if not nested:
            outer = q if q.kind is lq.QuoteKind.INDIRECT else None
        last_end = max(last_end, q.span.end)
        a = q.attribution
        if a is not None:
            assert 0 <= a.source_span.start <= a.source_span.end <= len(text)
            assert a.speaker.name
            if a.cue_span is not None:
                assert text[a.cue_span.start : a.cue_span.end] == a.cue


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_find_quotes_never_raises_and_spans_slice_back(text: str) -> None:
    _check(text, find_quotes(text, None))


@settings(max_examples=100, deadline=None)
@given(TEXT)
def test_find_quotes_is_deterministic(text: str) -> None:
    assert find_quotes(text, None) == find_quotes(text, None)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_parse_attribution_never_raises(text: str) -> None:
    a = find_attribution(text)
    if a is not None:
        assert 0 <= a.source_span.start <= a.source_span.end <= len(text)


@settings(max_examples=50, deadline=None)
@given(TEXT)
def test_public_extract_quotes_never_raises(text: str) -> None:
    _check(text, lq.extract_quotes(text))


HOSTILE = {
    "straight marks": '"' * 20000,
    "curly openers": "“" * 20000,
    "said": "said " * 20000,
    "one paragraph": "The union said the talks failed and the company disagreed. " * 2000,
    "alternating": '"We will win," said Jane Doe. ' * 2000,
    "open only": "He said “we will " * 2000,
    "entities": "&quot;Hello there friend,&quot; said Bob. " * 2000,
    "capitals": "A B C D E F G H I J K said " * 2000,
    "commas": "Smith, " * 20000 + 'said "x y z"',
    "newlines": "\n" * 20000,
}


def test_hostile_inputs_do_not_raise() -> None:
    for text in HOSTILE.values():
        _check(text, find_quotes(text, None))


def test_unclosed_mark_never_swallows_later_paragraphs() -> None:
    text = '"Open and never closed\n\n' + "Plain paragraph. " * 50 + '\n\n"Closed here," she said.'
    quotes = find_quotes(text, None)
    first_break = text.index("\n\n")
    for q in quotes:
        assert not (q.span.start < first_break < q.span.end)
