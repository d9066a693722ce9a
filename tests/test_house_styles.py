"""House styles and short quotations: invented cases, one pattern per table."""

from __future__ import annotations

import pytest

from laborquotes import QuoteKind, extract_quotes

# --------------------------------------------------------------------------- short quotes

SHORT_QUOTES = [
    ('"No," he said.', "No,", "he"),
    ('"Hello," said Smith.', "Hello,", "Smith"),
    ('"Absolutely," Smith said.', "Absolutely,", "Smith"),
    ('"Why?" asked Ruiz.', "Why?", "Ruiz"),
    ('The vote ended. "Never again," she said.', "Never again,", "she"),
    ('"Not yet," said Dana Okafor, the branch secretary.', "Not yet,", "Dana Okafor"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SHORT_QUOTES)
def test_short_quote_with_its_own_cue(text: str, words: str, speaker: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [words]
    q = quotes[0]
    assert q.kind is QuoteKind.DIRECT
    assert text[q.span.start : q.span.end] == q.text
    assert q.attribution is not None
    assert q.attribution.speaker.name == speaker


SCARE_QUOTES = [
    'Workers were "angry," he said.',
    'The "reform" was shelved, officials said.',
    'Critics call it a "fix" for the rota.',
    'She reads "Hard Times" every winter.',
]


@pytest.mark.parametrize("text", SCARE_QUOTES)
def test_scare_quotes_stay_out(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT] == []
