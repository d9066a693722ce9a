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
import re
from typing import Any

__all__ = [
    "CALENDAR_NAMES",
    "MONTHS",
    "WEEKDAYS",
    "calendar_date",
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

#: The months' and weekdays' names as a name is written (``May``, ``Friday``; no
#: abbreviation, which may be a name: ``Jan``, ``Sun``): no organization's name.
CALENDAR_NAMES: frozenset[str] = frozenset(
    n.capitalize() for n in (*MONTHS, *WEEKDAYS) if len(n) > 4 or n == "may"
)

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


def calendar_date(mon: str, day: str, year: str) -> dt.date | None:
    """The date of a month word, a day and a year as written (``Sept.``, ``5``, ``2019``),
    or ``None`` where the month is no month or the day is not in it."""
    month = month_number(mon)
    if month is None:
        return None
    try:
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


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


def shift(reference: dt.date, days: int) -> dt.date | None:
    """*reference* moved by *days*, or ``None`` past the calendar's ends (years 1 and 9999).

    >>> shift(dt.date(2024, 2, 28), 2)
    datetime.date(2024, 3, 1)
    >>> shift(dt.date.max, 1) is None
    True
    """
    try:
        return reference + dt.timedelta(days=days)
    except OverflowError:
        return None


def resolve_weekday(
    weekday: int, reference: dt.date, *, future: bool = False, skip_same: bool = False
) -> dt.date | None:
    """The *weekday* (Monday = 0) nearest *reference*: the same day, else the last one before.

    With ``future=True`` the next one on or after *reference*; ``skip_same=True`` (``last
    Tuesday`` said on a Tuesday, ``next Tuesday``) moves a whole week. ``None`` when that
    day is past the calendar's ends.

    >>> resolve_weekday(1, dt.date(2023, 8, 16))  # Tuesday before Wednesday 2023-08-16
    datetime.date(2023, 8, 15)
    """
    if future:
        delta = (weekday - reference.weekday()) % 7
        if delta == 0 and skip_same:
            delta = 7
        return shift(reference, delta)
    delta = (reference.weekday() - weekday) % 7
    if delta == 0 and skip_same:
        delta = 7
    return shift(reference, -delta)


# --------------------------------------------------------------------------- the time-cue scan


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MONTHS_ALT = _alt(MONTHS)
_WEEKDAY_NAMES = frozenset(name for name in WEEKDAYS if name.endswith("day"))
#: Words before a weekday that fix its direction.
_WEEKDAY_MOD = re.compile(r"\b(last|this|next|on|earlier|early|late|past|coming)\s{1,3}$")
#: A count before ``days ago`` / ``weeks earlier``.
_COUNT = re.compile(rf"\b({_alt(_NUMBERS)}|\d{{1,2}})\s+$")
_AGO = re.compile(r"\s+(?:ago|earlier|before)\b")
_LAST = re.compile(r"\b(?:last|past)\s+$")
_THIS_PART = re.compile(r"\s+(?:morning|afternoon|evening)\b")
_WEEKDAY_THEN_DATE = re.compile(rf"\s*,?\s*(?:{_MONTHS_ALT})\.?\s+\d")
_CAPITALISED_NEXT = re.compile(r"\s+([A-Z][a-z]+)")
_WORD_TAIL = re.compile(r"[a-z]+$")
_LETTER = re.compile(r"[a-z]")
#: Month then day (``Aug. 3``), ending where the day's digits start.
_MONTH_BEFORE = re.compile(rf"\b({_MONTHS_ALT})\b\.?\s{{1,3}}$")
#: Day then month (``3 August``, ``3rd of August``), starting right after the digits.
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?({_MONTHS_ALT})\b\.?")
_YEAR_AFTER = re.compile(r",?\s{0,3}((?:19|20)\d\d)(?!\d)")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_DIGITS = re.compile(r"\d{1,4}")


@functools.cache
def _future_pattern() -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(FUTURE_CUES)})\b")


_PAST_VERB = re.compile(
    r"\b(?:said|says|told|stated|added|announced|explained|wrote|tweeted|noted|declared)\b"
)
#: Cheap gate: a (lower-cased) window without any of these, or a digit, holds no time cue.
_GATE_WORDS: tuple[str, ...] = ("day", "night", "tomorrow", "week", "month", "year", "this ")
_DIGIT = re.compile(r"\d")
_CLAUSE_BOUNDARY = re.compile(r"[.!?;][\"”’']?\s|[\n\"“”]")
#: How far :func:`_clause_start` looks back for the start of the sentence.
_LOOK_BACK = 160
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0\r]*\n")

_WINDOW = 400

# A candidate cue: (start, end, kind, payload) in window offsets.
_Cue = tuple[int, int, str, Any]


def find_time_cue(
    text: str, start: int, end: int, reference: dt.date | None, *, floor: int = 0
) -> tuple[int, int, dt.date] | None:
    """The first time cue in ``text[start:end]`` with its offsets and the date it points to.

    Weekdays resolve to the same day or the most recent past one, or forward after a
    future cue (``will``, ``is due``, ``plans to``) that precedes them; ``last week`` and
    ``three days ago`` are closed forms; explicit dates take the year nearest *reference*.
    Returns ``None`` without a reference or a cue. Offsets are into *text*. The window
    ends at a blank line (a time word in the next paragraph belongs to another clause) and
    starts where the sentence does, so a fronted ``During a briefing Tuesday, X said``
    counts; it never reaches back into a quotation, nor before *floor* (the end of reported
    words that come before their speaker: ``Talks failed Monday, she said Tuesday``).

    The scan looks for anchor words with ``str.find`` and checks a few characters around
    each, so a window without a time word costs about a microsecond.
    """
    if reference is None or start >= end:
        return None
    start = max(0, min(start, len(text)))
    end = min(len(text), end, start + _WINDOW)
    brk = _PARAGRAPH_BREAK.search(text, start, end)
    if brk is not None:
        end = brk.start()  # a time word in the next paragraph belongs to another clause
    start = max(_clause_start(text, start), min(floor, start))
    window = text[start:end]
    low = window.lower()
    if len(low) != len(window):  # a rare letter whose lower case is longer: keep offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in window)
    has_digit = _DIGIT.search(low) is not None
    if not has_digit and not any(w in low for w in _GATE_WORDS):
        return None
    cues = _candidates(window, low, has_digit)
    cues.sort(key=lambda c: (c[0], -c[1]))
    for cue in cues:
        date = _resolve(cue, window, low, reference)
        if date is not None:
            return start + cue[0], start + cue[1], date
    return None


def _clause_start(text: str, start: int) -> int:
    """Move *start* back over a fronted phrase of the same sentence (``On Tuesday, X said``).

    Stops at a sentence end, a line break or a quotation mark (words inside a quotation
    are not the reporter's time cue), and at most :data:`_LOOK_BACK` characters back.
    """
    lo = max(0, start - _LOOK_BACK)
    last = None
    for m in _CLAUSE_BOUNDARY.finditer(text, lo, start):
        last = m
    if last is not None:
        return last.end()
    return lo if lo == 0 else start


def _finds(low: str, word: str) -> list[int]:
    out = []
    i = low.find(word)
    while i >= 0:
        out.append(i)
        i = low.find(word, i + 1)
    return out


def _word_end(low: str, i: int) -> bool:
    return i >= len(low) or not ("a" <= low[i] <= "z")


def _candidates(window: str, low: str, has_digit: bool) -> list[_Cue]:
    """Every time cue of the window, in the order of the word tables (ties keep it)."""
    out: list[_Cue] = []
    _day_words(low, out)
    _night_and_now_words(low, out)
    _week_words(low, out)
    _long_unit_words(low, out)
    if has_digit:
        _dates_in(window, low, out)
    return out


def _day_words(low: str, out: list[_Cue]) -> None:
    """Weekdays, ``today``, ``yesterday`` and ``three days ago``."""
    for i in _finds(low, "day"):
        e = i + 3
        plural = e < len(low) and low[e] == "s"
        tail = _WORD_TAIL.search(low, max(0, i - 6), i)
        ws = tail.start() if tail is not None else i
        word = low[ws:e]
        if not _word_end(low, e + plural):
            continue
        if word in _WEEKDAY_NAMES and not plural:
            out.append((ws, e, "weekday", WEEKDAYS[word]))
        elif word == "today" and not plural:
            out.append((ws, e, "offset", 0))
        elif word == "yesterday" and not plural:
            out.append((ws, e, "offset", -1))
        elif word == "day":
            _unit(low, ws, e + plural, 1, out)


def _night_and_now_words(low: str, out: list[_Cue]) -> None:
    """``tonight``, ``last night``, ``tomorrow``, ``this morning``."""
    for i in _finds(low, "night"):
        if not _word_end(low, i + 5):
            continue
        if low[max(0, i - 2) : i] == "to" and (i < 3 or not ("a" <= low[i - 3] <= "z")):
            out.append((i - 2, i + 5, "offset", 0))
        else:
            last = _LAST.search(low, max(0, i - 6), i)
            if last is not None and low[last.start() : last.start() + 4] == "last":
                out.append((last.start(), i + 5, "offset", -1))
    for i in _finds(low, "tomorrow"):
        if _word_end(low, i + 8) and (i == 0 or not ("a" <= low[i - 1] <= "z")):
            out.append((i, i + 8, "offset", 1))
    for i in _finds(low, "this "):
        part = _THIS_PART.match(low, i + 4)
        if part is not None and (i == 0 or not ("a" <= low[i - 1] <= "z")):
            out.append((i, part.end(), "offset", 0))


def _week_words(low: str, out: list[_Cue]) -> None:
    """``last week``, ``last weekend``, ``two weeks ago``."""
    for i in _finds(low, "week"):
        e = i + 4
        if low.startswith("end", e):
            e += 3
        plural = e < len(low) and low[e] == "s"
        if (i and "a" <= low[i - 1] <= "z") or not _word_end(low, e + plural):
            continue
        last = _LAST.search(low, max(0, i - 6), i)
        if last is not None and not plural:
            out.append((last.start(), e, "offset", -7))
        elif e == i + 4:
            _unit(low, i, e + plural, 7, out)


def _long_unit_words(low: str, out: list[_Cue]) -> None:
    """``last month``, ``two years ago``: phrases left to dateparser."""
    for unit in ("month", "year", "fortnight"):
        for i in _finds(low, unit):
            e = i + len(unit)
            plural = e < len(low) and low[e] == "s"
            if (i and "a" <= low[i - 1] <= "z") or not _word_end(low, e + plural):
                continue
            last = _LAST.search(low, max(0, i - 6), i)
            ago = _AGO.match(low, e + plural)
            if last is not None and not plural:
                out.append((last.start(), e, "phrase", low[last.start() : e]))
            elif ago is not None:
                count = _COUNT.search(low, max(0, i - 14), i)
                if count is not None:
                    out.append((count.start(), ago.end(), "phrase", low[count.start() : ago.end()]))


def _unit(low: str, i: int, e: int, days: int, out: list[_Cue]) -> None:
    """``three days ago``, ``2 weeks earlier``: a count before, ``ago`` after."""
    ago = _AGO.match(low, e)
    if ago is None:
        return
    count = _COUNT.search(low, max(0, i - 14), i)
    if count is None:
        return
    out.append((count.start(), ago.end(), "offset", -days * _count(count.group(1))))


def _dates_in(window: str, low: str, out: list[_Cue]) -> None:
    """``Aug. 3``, ``March 3, 2023``, ``3 August``: month names with a day number."""
    for d in _DIGITS.finditer(low):
        s, e = d.span()
        if (s and low[s - 1].isdigit()) or (e < len(low) and low[e].isdigit()):
            continue
        value = int(d.group())
        if not 1 <= value <= 31:
            continue
        before = _MONTH_BEFORE.search(low, max(0, s - 16), s)
        if before is not None and window[before.start()].isupper():
            month = month_number(before.group(1))
            end = e
            ordinal = _ORDINAL.match(low, end)
            if ordinal is not None:
                end = ordinal.end()
            year = _YEAR_AFTER.match(low, end)
            y = int(year.group(1)) if year is not None else None
            if year is not None:
                end = year.end()
            if month is not None:
                out.append((before.start(), end, "date", (month, value, y)))
            continue
        after = _MONTH_AFTER.match(low, e)
        if after is not None and window[after.start(1)].isupper():
            month = month_number(after.group(1))
            end = after.end()
            year = _YEAR_AFTER.match(low, end)
            y = int(year.group(1)) if year is not None else None
            if year is not None:
                end = year.end()
            if month is not None:
                out.append((s, end, "date", (month, value, y)))


def speech_date(
    text: str, start: int, end: int, reference: dt.date | None, *, floor: int = 0
) -> dt.date | None:
    """Return the date a time cue in ``text[start:end]`` points to, or ``None``.

    >>> ref = dt.date(2023, 8, 16)  # a Wednesday
    >>> speech_date("a roundtable with the media Tuesday", 0, 35, ref)
    datetime.date(2023, 8, 15)
    """
    found = find_time_cue(text, start, end, reference, floor=floor)
    return found[2] if found is not None else None


def resolve_phrase(phrase: str, reference: dt.date | None) -> dt.date | None:
    """Resolve a time phrase found anywhere (``Tuesday``, ``will meet Friday``, ``last week``)."""
    return speech_date(phrase, 0, len(phrase), reference)


def _is_future(low: str, cue_start: int) -> bool:
    lo = max(0, cue_start - 60)
    last = None
    for m in _future_pattern().finditer(low, lo, cue_start):
        last = m
    if last is None:
        return False
    return _PAST_VERB.search(low, last.end(), cue_start) is None


def _resolve(cue: _Cue, window: str, low: str, ref: dt.date) -> dt.date | None:
    s, e, kind, payload = cue
    if kind == "weekday":
        if _WEEKDAY_THEN_DATE.match(low, e):
            return None  # "Tuesday, Aug. 15": the date that follows says it
        nxt = _CAPITALISED_NEXT.match(window, e)
        if nxt is not None and nxt.group(1).lower() not in MONTHS:
            return None  # "the Sunday Times", "Monday Night Football"
        mod_m = _WEEKDAY_MOD.search(low, max(0, s - 12), s)
        mod = mod_m.group(1) if mod_m is not None else ""
        if mod in ("next", "coming"):
            return resolve_weekday(payload, ref, future=True, skip_same=mod == "next")
        if mod in ("last", "past"):
            return resolve_weekday(payload, ref, skip_same=True)
        return resolve_weekday(payload, ref, future=_is_future(low, s))
    if kind == "offset":
        return shift(ref, payload)
    if kind == "date":
        month, day, year = payload
        if year is not None:
            try:
                return dt.date(year, month, day)
            except ValueError:
                return None
        return choose_year(month, day, ref)
    if kind == "phrase":
        return _dateparser(" ".join(payload.split()), ref)
    return None


def _count(word: str) -> int:
    w = " ".join(word.casefold().split())
    return int(w) if w.isdigit() else _NUMBERS.get(w, 1)


@functools.lru_cache(maxsize=512)
def _dateparser(phrase: str, ref: dt.date) -> dt.date | None:
    """What the tables cannot do (``two months ago``): dateparser with pinned settings."""
    import dateparser  # lazy: importing it costs ~100 ms

    try:
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
    except (OverflowError, ValueError):
        return None  # ``last year`` in year 1: past the calendar's ends
    return found.date() if found is not None else None
