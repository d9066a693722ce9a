"""Input checks shared by the public functions."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

import regex

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


#: An ISO 8601 calendar date, extended (``2024-01-31``) or basic (``20240131``) ...
_ISO_DATE = r"""
    (?P<year>\d{4}) (?P<sep>-?) (?P<month>\d{2}) (?P=sep) (?P<day>\d{2})
"""
#: ... optionally followed by a time of day (hours, minutes, seconds, a fraction) ...
_ISO_TIME = r"""
    (?: [T\ ] (?P<hour>\d{2})
        (?: :?+ (?P<minute>\d{2})
            (?: :?+ (?P<second>\d{2}) (?: [.,] \d{1,9}+ )?+ )?+
        )?+
"""
#: ... and a UTC offset (``Z``, ``+02``, ``+0200``, ``-05:30``).
_ISO_OFFSET = r"""
        (?: Z | [+-] \d{2} (?: :?+ \d{2} )?+ )?+
    )?+
"""


@functools.cache
def _iso_re() -> regex.Pattern[str]:
    return regex.compile(_ISO_DATE + _ISO_TIME + _ISO_OFFSET, regex.VERBOSE | regex.ASCII)


def _iso_date(raw: str) -> dt.date | None:
    """The calendar date of an ISO 8601 date or date-time string, or ``None``."""
    m = _iso_re().fullmatch(raw)
    if m is None:
        return None
    hour, minute, second = (int(m.group(g) or 0) for g in ("hour", "minute", "second"))
    if hour > 23 or minute > 59 or second > 59:
        return None
    try:
        return dt.date(int(m.group("year")), int(m.group("month")), int(m.group("day")))
    except ValueError:
        return None


def coerce_published(published: Any, func: str) -> dt.date | None:
    """Accept ``None``, a ``date``, a ``datetime`` or an ISO 8601 date or date-time string.

    A string must be one date (``2024-01-31``), optionally with a time and a UTC offset
    (``2024-01-31T09:30:00Z``), and nothing else: the date as written is kept (the offset
    does not move it).
    """
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        date = _iso_date(published.strip())
        if date is None:
            raise ValueError(
                f"{func}(): published={published[:80]!r} is not an ISO date or date-time "
                "(ISO 8601: YYYY-MM-DD, optionally THH:MM[:SS] and a UTC offset)"
            )
        return date
    raise TypeError(
        f"{func}(): published must be a date, a datetime, an ISO 8601 string or None, "
        f"got {type(published).__name__}"
    )
