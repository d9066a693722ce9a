"""Dates: month tables for datelines, and speech dates (``said Tuesday``).

Datelines need only month, day and a year chosen from a reference date, so they
use the tables here and never dateparser. :func:`speech_date` resolves the time
cue of an attribution clause (``said Tuesday``, ``told reporters on Friday``,
``last week``) against the article's reference date with closed forms; only
phrases the tables cannot do (``two months ago``) go to dateparser, imported
lazily with pinned settings.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import Any

import regex


def _lazy(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """Compile *pattern* on first use, so importing the package stays fast."""

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return compiled


__all__ = [
    "MONTHS",
    "WEEKDAYS",
    "choose_year",
    "find_time_cue",
    "month_number",
    "resolve_phrase",
    "resolve_weekday",
    "speech_date",
]

#: Month names, abbreviations and wire spellings -> month number.
MONTHS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "febr": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
_MONTH_PREFIX = {name[:3]: num for name, num in MONTHS.items() if len(name) >= 3}
_MONTH_FULL = {num: name for name, num in MONTHS.items() if len(name) > 4 or name == "may"}

#: Weekday names and abbreviations -> ``date.weekday()`` (Monday = 0).
WEEKDAYS: dict[str, int] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tue": 1,
    "tues": 1,
    "wednesday": 2,
    "wed": 2,
    "thursday": 3,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

#: Small counts written as words.
_NUMBERS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "couple of": 2,
    "few": 3,
}

#: Words that make a weekday point forward (``will meet Tuesday``).
FUTURE_CUES: tuple[str, ...] = (
    "will",
    "'ll",
    "’ll",
    "shall",
    "is due",
    "are due",
    "plan to",
    "plans to",
    "planned to",
    "planning to",
    "is scheduled",
    "are scheduled",
    "is set to",
    "are set to",
    "is expected to",
    "are expected to",
    "is going to",
    "are going to",
    "intends to",
    "intend to",
    "upcoming",
    "until",
)


def month_number(word: str) -> int | None:
    """Month of a name or abbreviation, tolerating unambiguous typos (``Marhc``, ``Febuary``).

    >>> month_number("Sept."), month_number("MARCH"), month_number("Febuary")
    (9, 3, 2)
    """
    w = word.strip(". ").casefold()
    if not w.isalpha() or len(w) > 10:
        return None
    num = MONTHS.get(w)
    if num is not None:
        return num
    if len(w) < 4:
        return None
    num = _MONTH_PREFIX.get(w[:3])
    if num is not None and (w in _MONTH_FULL[num] or _close(w, _MONTH_FULL[num])):
        return num
    # A transposition or a dropped letter (``Mrach``, ``Janaury``, ``Agust``).
    for num, full in _MONTH_FULL.items():
        if _close(w, full):
            return num
    return None


def _close(word: str, full: str) -> bool:
    """One edit (transposition, deletion, insertion, substitution) away, or a clean prefix."""
    if full.startswith(word):
        return True
    if abs(len(word) - len(full)) > 1 or len(word) < 4:
        return False
    if len(word) == len(full):
        diffs = [i for i in range(len(word)) if word[i] != full[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and word[diffs[0]] == full[diffs[1]]
            and word[diffs[1]] == full[diffs[0]]
        )
    short, long_ = (word, full) if len(word) < len(full) else (full, word)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


#: A month-and-day date further than this from its reference gets no year.
_MAX_YEAR_GAP = 200


def choose_year(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """The date with *month* and *day* nearest *reference* (the year before, of or after it).

    >>> choose_year(12, 31, dt.date(2024, 1, 2))
    datetime.date(2023, 12, 31)
    """
    if reference is None:
        return None
    best: dt.date | None = None
    for year in (reference.year, reference.year - 1, reference.year + 1):
        try:
            cand = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - reference).days) < abs((best - reference).days):
            best = cand
    if best is not None and abs((best - reference).days) > _MAX_YEAR_GAP:
        return None  # Feb 29 with no leap year near the reference
    return best


def resolve_weekday(
    weekday: int, reference: dt.date, *, future: bool = False, skip_same: bool = False
) -> dt.date:
    """The *weekday* (Monday = 0) nearest *reference*: the same day, else the last one before.

    With ``future=True`` the next one on or after *reference*; ``skip_same=True`` (``last
    Tuesday`` said on a Tuesday, ``next Tuesday``) moves a whole week.

    >>> resolve_weekday(1, dt.date(2023, 8, 16))  # Tuesday before Wednesday 2023-08-16
    datetime.date(2023, 8, 15)
    """
    if future:
        delta = (weekday - reference.weekday()) % 7
        if delta == 0 and skip_same:
            delta = 7
        return reference + dt.timedelta(days=delta)
    delta = (reference.weekday() - weekday) % 7
    if delta == 0 and skip_same:
        delta = 7
    return reference - dt.timedelta(days=delta)


# --------------------------------------------------------------------------- the time-cue scan


def _alt(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


@functools.cache
def _cue_pattern() -> regex.Pattern[str]:
    weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    months = _alt(MONTHS)
    numbers = _alt(_NUMBERS)
    return regex.compile(
        rf"""
        \b(?:
            (?P<wmod>last|this|next|on|earlier|early|late|past|coming)?\s{{0,3}}
            (?P<weekday>{weekdays})\b(?!\s*,?\s*(?:{months})\.?\s+\d)
            (?!\s+(?-i:\p{{Lu}}\p{{Ll}})(?!(?:{months})\b))  # the Sunday Times, Monday Night
          | (?P<month>{months})\.?\s{{1,3}}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b
              (?:,?\s{{0,3}}(?P<year>(?:19|20)\d\d)\b)?
          | (?P<dday>[0-3]?\d)(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?(?P<dmonth>{months})\b
              (?:\.?,?\s{{0,3}}(?P<dyear>(?:19|20)\d\d)\b)?
          | (?P<today>today|tonight|this\s+(?:morning|afternoon|evening))\b
          | (?P<yesterday>yesterday|last\s+night)\b
          | (?P<tomorrow>tomorrow)\b
          | (?P<lastweek>last\s+week(?:end)?|(?P<n>{numbers}|\d{{1,2}})\s+
              (?P<unit>days?|weeks?)\s+(?:ago|earlier|before))\b
          | (?P<other>(?:last|past)\s+(?:month|year)|(?:{numbers}|\d{{1,2}})\s+
              (?:months?|years?)\s+(?:ago|earlier)|a\s+fortnight\s+ago)\b
        )
        """,
        regex.I | regex.X | regex.V0,
    )


@functools.cache
def _future_pattern() -> regex.Pattern[str]:
    return regex.compile(rf"(?:^|\b|(?<=\w))(?:{_alt(FUTURE_CUES)})\b", regex.I)


_PAST_VERB = _lazy(
    r"\b(?:said|says|told|stated|added|announced|explained|wrote|tweeted|noted|declared)\b",
    regex.I,
)
#: Cheap gate: a window without any of these letters runs holds no time cue.
_GATE = _lazy(
    r"day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|tonight|this\s+(?:mor|aft|eve)"
    r"|week|month|year|fortnight|last\s+night|tomorrow",
    regex.I,
)

_WINDOW = 400


def find_time_cue(
    text: str, start: int, end: int, reference: dt.date | None
) -> tuple[int, int, dt.date] | None:
    """The first time cue in ``text[start:end]`` with its offsets and the date it points to.

    Weekdays resolve to the same day or the most recent past one, or forward after a
    future cue (``will``, ``is due``, ``plans to``) that precedes them; ``last week`` and
    ``three days ago`` are closed forms; explicit dates take the year nearest *reference*.
    Returns ``None`` without a reference or a cue. Offsets are into *text*.
    """
    if reference is None or start >= end:
        return None
    start = max(0, start)
    end = min(len(text), end, start + _WINDOW)
    if _GATE().search(text, start, end) is None:
        return None
    for m in _cue_pattern().finditer(text, start, end):
        date = _resolve_match(m, text, start, reference)
        if date is not None:
            return m.start(), m.end(), date
    return None


def speech_date(text: str, start: int, end: int, reference: dt.date | None) -> dt.date | None:
    """Return the date a time cue in ``text[start:end]`` points to, or ``None``.

    >>> ref = dt.date(2023, 8, 16)  # a Wednesday
    >>> speech_date("a roundtable with the media Tuesday", 0, 35, ref)
    datetime.date(2023, 8, 15)
    """
    found = find_time_cue(text, start, end, reference)
    return found[2] if found is not None else None


def resolve_phrase(phrase: str, reference: dt.date | None) -> dt.date | None:
    """Resolve a time phrase found anywhere (``Tuesday``, ``will meet Friday``, ``last week``)."""
    return speech_date(phrase, 0, len(phrase), reference)


def _is_future(text: str, window_start: int, cue_start: int) -> bool:
    lo = max(window_start, cue_start - 60)
    last = None
    for m in _future_pattern().finditer(text, lo, cue_start):
        last = m
    if last is None:
        return False
    return _PAST_VERB().search(text, last.end(), cue_start) is None


def _resolve_match(
    m: regex.Match[str], text: str, window_start: int, ref: dt.date
) -> dt.date | None:
    g = m.groupdict()
    if g["weekday"]:
        wd = WEEKDAYS[g["weekday"].casefold()]
        mod = (g["wmod"] or "").casefold()
        if mod in ("next", "coming"):
            return resolve_weekday(wd, ref, future=True, skip_same=mod == "next")
        if mod in ("last", "past"):
            return resolve_weekday(wd, ref, skip_same=True)
        return resolve_weekday(wd, ref, future=_is_future(text, window_start, m.start()))
    if g["month"] or g["dmonth"]:
        word = g["month"] or g["dmonth"]
        if not word[0].isupper():
            return None  # "may 5", "mar 3": a verb, not a month
        month = month_number(word)
        day = int(g["day"] or g["dday"])
        year = g["year"] or g["dyear"]
        if month is None:
            return None
        if year:
            try:
                return dt.date(int(year), month, day)
            except ValueError:
                return None
        return choose_year(month, day, ref)
    if g["today"]:
        return ref
    if g["yesterday"]:
        return ref - dt.timedelta(days=1)
    if g["tomorrow"]:
        return ref + dt.timedelta(days=1)
    if g["lastweek"]:
        if g["unit"]:
            n = _count(g["n"])
            days = n * (7 if g["unit"].casefold().startswith("week") else 1)
            return ref - dt.timedelta(days=days)
        return ref - dt.timedelta(days=7)
    if g["other"]:
        return _dateparser(g["other"], ref)
    return None


def _count(word: str) -> int:
    w = " ".join(word.casefold().split())
    return int(w) if w.isdigit() else _NUMBERS.get(w, 1)


@functools.lru_cache(maxsize=512)
def _dateparser(phrase: str, ref: dt.date) -> dt.date | None:
    """What the tables cannot do (``two months ago``): dateparser with pinned settings."""
    import dateparser  # lazy: importing it costs ~100 ms

    found = dateparser.parse(
        " ".join(phrase.split()),
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime(ref.year, ref.month, ref.day, 12, 0),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
            "STRICT_PARSING": False,
        },
    )
    return found.date() if found is not None else None
