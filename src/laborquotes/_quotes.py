"""Quotations and their attributions (stub interface, owned by the quotes work)."""

from __future__ import annotations

import datetime as dt

from ._model import Attribution, Quote

__all__ = ["find_attribution", "find_quotes"]


def find_quotes(text: str, reference: dt.date | None) -> list[Quote]:
    """Return every quotation in *text*, ordered by position, with attributions."""
    return []


def find_attribution(text: str) -> Attribution | None:
    """Parse an attribution phrase such as ``said Jane Doe, president of Local 7``."""
    return None
