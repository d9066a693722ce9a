"""Speech dates: ``said Tuesday`` resolved against the article's reference date.

Stub interface (owned by the datelines work): :func:`speech_date` looks at
``text[start:end]`` (an attribution clause) and returns the day the words were said.
"""

from __future__ import annotations

import datetime as dt

__all__ = ["speech_date"]


def speech_date(text: str, start: int, end: int, reference: dt.date | None) -> dt.date | None:
    """Return the date a time cue in ``text[start:end]`` points to, or ``None``."""
    return None
