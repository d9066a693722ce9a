"""Datelines (stub interface, owned by the datelines work)."""

from __future__ import annotations

import datetime as dt

from ._model import Dateline

__all__ = ["find_dateline", "read_metadata"]


def read_metadata(text: str) -> dt.date | None:
    """Return the date of a leading metadata line such as ``date 2023-08-16``."""
    return None


def find_dateline(text: str, published: dt.date | None) -> Dateline | None:
    """Return the article's dateline, or ``None``."""
    return None
