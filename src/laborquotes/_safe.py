"""The last guard against slow regular expressions: ``regex`` timeouts that degrade quietly.

Every pattern in the package should already be linear (possessive quantifiers, atomic
groups, bounded windows). These helpers are the belt to those braces: they run a compiled
:mod:`regex` pattern with a timeout and turn :class:`TimeoutError` into "no (more) results",
so hostile text yields fewer records, never an exception and never a hang.

Use them from the parsers::

    from ._safe import finditer, search

    for m in finditer(_QUOTE_RE, text):
        ...
    m = search(_CUE_RE, text, start, end)

The default budget grows with the text: :data:`MIN_TIMEOUT` seconds plus
:data:`SECONDS_PER_CHAR` per character scanned (one second per million characters), which is
far more than any linear pattern needs and far less than a catastrophic one takes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import regex

__all__ = [
    "MIN_TIMEOUT",
    "SECONDS_PER_CHAR",
    "budget",
    "finditer",
    "fullmatch",
    "match",
    "search",
]

#: Seconds any single call may take, however short the text.
MIN_TIMEOUT = 0.25
#: Extra seconds per character scanned (1 s per million characters).
SECONDS_PER_CHAR = 1e-6

_Pattern = regex.Pattern[str]
_Match = regex.Match[str]


def budget(text: str, pos: int = 0, endpos: int | None = None) -> float:
    """Return the default timeout, in seconds, for scanning ``text[pos:endpos]``."""
    end = len(text) if endpos is None else min(endpos, len(text))
    return MIN_TIMEOUT + max(0, end - pos) * SECONDS_PER_CHAR


def finditer(
    pattern: _Pattern,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    timeout: float | None = None,
) -> Iterator[_Match]:
    """Yield the matches of *pattern* in ``text[pos:endpos]``; stop quietly on a timeout.

    The matches found before the timeout are kept; the scan simply ends there.
    """
    limit = budget(text, pos, endpos) if timeout is None else timeout
    it = pattern.finditer(text, pos, endpos, timeout=limit)
    while True:
        try:
            m = next(it)
        except (StopIteration, TimeoutError):
            return
        yield m


def _once(
    method: Callable[..., _Match | None],
    text: str,
    pos: int,
    endpos: int | None,
    timeout: float | None,
) -> _Match | None:
    limit = budget(text, pos, endpos) if timeout is None else timeout
    try:
        return method(text, pos, endpos, timeout=limit)
    except TimeoutError:
        return None


def search(
    pattern: _Pattern,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    timeout: float | None = None,
) -> _Match | None:
    """Return the first match of *pattern* in ``text[pos:endpos]``, or ``None`` on a timeout."""
    return _once(pattern.search, text, pos, endpos, timeout)


def match(
    pattern: _Pattern,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    timeout: float | None = None,
) -> _Match | None:
    """Return the match of *pattern* at *pos*, or ``None`` (also on a timeout)."""
    return _once(pattern.match, text, pos, endpos, timeout)


def fullmatch(
    pattern: _Pattern,
    text: str,
    pos: int = 0,
    endpos: int | None = None,
    *,
    timeout: float | None = None,
) -> _Match | None:
    """Return the match of *pattern* over all of ``text[pos:endpos]``, or ``None``."""
    return _once(pattern.fullmatch, text, pos, endpos, timeout)
