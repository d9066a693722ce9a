"""Helpers shared by the quotation tests: run the pipeline, read the speaker back."""

from __future__ import annotations

import laborquotes as lq
from laborquotes._quotes import find_quotes

DIRECT = lq.QuoteKind.DIRECT
PARTIAL = lq.QuoteKind.PARTIAL
INDIRECT = lq.QuoteKind.INDIRECT


def all_quotes(text: str) -> list[lq.Quote]:
    """Every quotation of *text*, indirect ones too."""
    return find_quotes(text, None)


def marked(text: str) -> list[lq.Quote]:
    """The quotations in marks (direct and partial)."""
    return [q for q in all_quotes(text) if q.kind is not INDIRECT]


def speaker_of(q: lq.Quote) -> str | None:
    """The resolved speaker's name."""
    return q.attribution.speaker.name if q.attribution is not None else None


def source_of(text: str, q: lq.Quote) -> str | None:
    """The speaker phrase as written."""
    a = q.attribution
    return None if a is None else text[a.source_span.start : a.source_span.end]
