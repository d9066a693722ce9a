"""Input checks shared by the public functions."""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["check_text", "coerce_published"]


def check_text(text: Any, func: str) -> str:
    """Return *text* if it is a ``str``; raise a clear :class:`TypeError` otherwise."""
    if isinstance(text, str):
        return text
    if isinstance(text, bytes | bytearray | memoryview):
        raise TypeError(
            f"{func}() needs str, got {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"{func}() needs str, got {type(text).__name__}")


def coerce_published(published: Any, func: str) -> dt.date | None:
    """Accept ``None``, a ``date``, a ``datetime`` or an ISO 8601 string."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        raw = published.strip()
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            raise ValueError(
                f"{func}(): published={published!r} is not an ISO date (YYYY-MM-DD)"
            ) from None
    raise TypeError(
        f"{func}(): published must be a date, a datetime, an ISO string or None, "
        f"got {type(published).__name__}"
    )
