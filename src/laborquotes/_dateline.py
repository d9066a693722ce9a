"""Datelines: where, when and through which wire a story was filed.

The dateline opens the first body paragraph, after an optional headline and any
metadata, byline or timestamp lines. It is recognised by structure, never by a
list of stories:

* a *place* (``CITY``, ``CITY, St.``, ``City, Region, Country``), then
* a *date* (``Feb 26``, ``Sept. 5``, ``5 January``) and/or an *agency* in
  parentheses (``(AP)``, ``(CBS, KYMA/KECY)``) or slashes (``/PRNewswire/``), then
* a *separator*: a dash of any kind (``-``, ``--``, ``—``, ``–``, ``―``, ``_``,
  ``&mdash;``), which AP, CNN and the release wires may leave out after an agency.

A place with neither date nor agency (the newspaper ``CITY — ``) must be upper case
and known (a stand-alone city of the tables, or followed by a known state, province
or country). Only a bounded prefix of the text is read, so the cost does not grow
with the article.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable

import attrs
import regex

from . import _places
from ._compile_cache import compile_pattern
from ._dates import WEEKDAYS, calendar_date, choose_year, month_number
from ._model import Dateline, Span


def _lazy(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """Compile *pattern* on first use, so importing the package stays fast."""

    @functools.cache
    def compiled() -> regex.Pattern[str]:
        return compile_pattern(pattern, flags)

    return compiled


__all__ = ["field_dateline", "find_dateline", "is_marker_line", "metadata_end", "read_metadata"]

#: Only this many leading characters are looked at.
_PREFIX = 4000
#: At most this many non-blank lines are examined before giving up.
_MAX_LINES = 10
#: The date at the end of a dateline's place part fits in this many characters.
_MAX_DATE = 40
#: A first line longer than this is body text, not a headline.
_MAX_HEADLINE = 250
#: At most this many short paragraphs (decks, photo counts) between headline and dateline.
_MAX_DECKS = 2
#: A dateline (place, date, agency and separator) fits in this many characters.
_MAX_DATELINE = 160

#: Keys of metadata lines that may precede the story (``Date: ...``, ``source: ...``).
META_KEYS: tuple[str, ...] = (
    "date",
    "dated",
    "dateline",
    "published",
    "publication date",
    "pubdate",
    "posted",
    "updated",
    "last updated",
    "modified",
    "title",
    "headline",
    "source",
    "outlet",
    "publisher",
    "publication",
    "author",
    "authors",
    "byline",
    "by",
    "url",
    "link",
    "section",
    "category",
    "categories",
    "tags",
    "keywords",
    "language",
    "lang",
    "id",
    "slug",
    "words",
    "word count",
    "length",
    "copyright",
    "site",
    "editor's note",
    "editor’s note",
    "note",
)
#: Keys whose value is the article's date.
DATE_KEYS: tuple[str, ...] = (
    "date",
    "dated",
    "published",
    "publication date",
    "pubdate",
    "posted",
)

_SP = r"[ \t\u00a0\u2009\u202f]"
_MONTH_WORD = r"\p{L}{3,10}"
_DASHES = (
    r"(?:-{2,3}|[—–―]|&(?:mdash|ndash|horbar);|&\#(?:8211|8212|8213|x201[345]|X201[345]);"
    r"|(?<=[\s)\u00a0])[-_](?=[\s\u00a0]|$|\p{Lu}|[\"“‘'<(\[]))"
)


def _alt(words: tuple[str, ...]) -> str:
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


_ISO = (
    r"(?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)"
    r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"
)
_MDY = (
    rf"(?:\p{{L}}{{3,9}},?{_SP}+)?(?P<mon>{_MONTH_WORD})\.?{_SP}*(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?"
    rf"{_SP}*(?P<year>(?:19|20)\d\d)"
)
_DMY = (
    rf"(?:\p{{L}}{{3,9}},?{_SP}+)?(?P<day2>[0-3]?\d){_SP}+(?P<mon2>{_MONTH_WORD})\.?,?{_SP}*"
    rf"(?P<year2>(?:19|20)\d\d)"
)

_META_LINE = _lazy(
    rf"{_SP}*+(?P<key>{_alt(META_KEYS)}){_SP}*+(?P<colon>[:=])?{_SP}*+"
    rf"(?P<value>(?:{_ISO}|{_MDY}|{_DMY})(?(colon)[^\n]{{0,300}}+|(?=[\s,;]|$))"
    rf"|(?(colon)[^\n]{{0,300}}+|(?!)))",
    regex.I | regex.V0,
)
_DATE_KEY = _lazy(rf"(?:{_alt(DATE_KEYS)})", regex.I)

#: Skippable lines between a headline and the dateline: bylines, wire credits, timestamps.
_BYLINE = _lazy(
    rf"""{_SP}*+(?:
        (?i:by){_SP}++\p{{Lu}}[^\n]{{0,120}}+
      | (?:The{_SP}+)?(?:Associated{_SP}+Press|Reuters|Agence{_SP}+France-Presse|AFP|UPI)
        (?:{_SP}+[\p{{L}}]++){{0,3}}
      | [\p{{Lu}}][\p{{L}}.'\-]*+(?:{_SP}[\p{{L}}.'\-]++){{0,5}}{_SP}*+[,|]?{_SP}*+
        (?:Staff|Special|Senior|Chief)?{_SP}*+
        (?:Writer|Reporter|Correspondent|Editor|Contributor|Columnist)s?
      | (?i:published|updated|posted|last{_SP}+updated|modified)\b[^\n]{{0,120}}+
      | (?:\p{{L}}{{3,9}},?{_SP}+)?\p{{L}}{{3,9}}\.?{_SP}+[0-3]?\d,?{_SP}+(?:19|20)\d\d
        [^\n]{{0,40}}+
      | (?:19|20)\d\d-[01]\d-[0-3]\d[^\n]{{0,40}}+
      | \([^()\n]{{0,120}}+\)
      | [\p{{Lu}}\d(][^\n]{{0,40}}?(?i:photo|getty{_SP}images|credit:)[^\n]{{0,40}}+
    ){_SP}*+$""",
    regex.X | regex.M | regex.V0,
)

#: Where the place (and date) part of a dateline ends: an agency or a separator.
_TERM_CHAR = _lazy(r"[(/\-—–―_&:]", regex.V0)
#: ``MUMBAI: ...``, ``New Delhi, December 3: ...``: the colon of Indian and some British
#: papers ends a place (a known one in capitals) or a place and a date, before a space.
_COLON = rf":(?={_SP})"
_TERM = _lazy(
    rf"(?:(?P<open>\()|(?P<slash>/(?=[\p{{L}}][\p{{L}} \-]{{1,40}}/))|(?P<sep>{_DASHES}|{_COLON}))",
    regex.V0,
)
_SEP_AFTER = _lazy(rf"{_SP}*+(?P<sep>{_DASHES}|{_COLON})", regex.V0)
#: ``CITY, St. - March 13 -`` and ``CITY--(BUSINESS WIRE)--``: a second part after the first dash.
_EXTENSION = _lazy(
    rf"""{_SP}*+(?:
        \((?P<agencies>[^()\n]{{1,60}}+)\)
      | (?P<date>(?P<mon>{_MONTH_WORD})\.?{_SP}*+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?)
    ){_SP}*+(?P<sep>{_DASHES})""",
    regex.X | regex.V0,
)
_WEEKDAY_WORDS = _alt(tuple(WEEKDAYS))
#: The date at the end of the place part: ``Feb 26``, ``Sept. 5, 2023``, ``5 January``.
_DATE_TAIL = _lazy(
    rf"""(?:^|,?{_SP}++|,)
    (?P<date>
        (?:(?P<wd>{_WEEKDAY_WORDS})\b\.?,?{_SP}++)?
        (?:
            (?P<mon>{_MONTH_WORD})\.?{_SP}*+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?
          | (?P<day2>[0-3]?\d)(?:st|nd|rd|th)?{_SP}++(?:of{_SP}++)?(?P<mon2>{_MONTH_WORD})\.?
        )
        (?:,?{_SP}*+(?P<year>(?:19|20)\d\d))?
    ){_SP}*+$""",
    regex.X | regex.I | regex.V0,
)
_BRACKETED = _lazy(rf"{_SP}*+\[([^\[\]\n]{{2,30}}+)\]", regex.V0)
_PLACE_WORD = _lazy(r"[\p{L}][\p{L}\p{M}.'’\-]*+", regex.V0)
_WS_SPLIT = _lazy(r"(?:[ \t\u00a0\u2009\u202f]|&nbsp;)++")
#: Lower-case words allowed inside a place name (``Rio de Janeiro``, ``Stratford-upon-Avon``).
PLACE_PARTICLES: frozenset[str] = frozenset(
    {"de", "del", "della", "der", "di", "da", "das", "do", "dos", "du", "des", "la", "le"}
    | {"les", "el", "al", "of", "on", "upon", "am", "an", "en", "sur", "y", "e", "und", "im"}
)
#: Spaces, line breaks and invisible marks (byte-order mark, zero-width space and joiners).
_SPACES = _lazy(r"[\s\u00a0\u2009\u202f\ufeff\u200b\u200c\u200d\u2060]*+", regex.V0)
_SP_ONLY = _lazy(rf"{_SP}*+", regex.V0)
_LOWER = _lazy(r"\p{Ll}", regex.V0)
_DIGIT = _lazy(r"\d", regex.V0)
_CNN_BODY = _lazy(r"[\p{Lu}\"“‘'][\p{Ll}\p{Lu}]", regex.V0)
_SERVICE_CODE = _lazy(r"[A-Za-z]{2,5}", regex.V0)
#: Never a wire's service code: these mark a photo credit or a pool.
_NOT_CODES = frozenset({"photo", "file", "pool", "getty", "afp", "via"})
_AGENCY_SPLIT = _lazy(r"[,/]|\band\b", regex.V0)
#: An agency's code no table knows: two to six capitals (``EBD``, ``NAN``).
_UNKNOWN_WIRE = _lazy(r"\p{Lu}{2,6}+", regex.V0)
#: Capitals in parentheses that name no wire.
_NOT_WIRES = frozenset({"AM", "PM", "UPDATE", "UPDATED", "VIDEO"})


def _skip(pattern: regex.Pattern[str], text: str, pos: int, end: int) -> int:
    """Where a possessive, always-matching *pattern* stops from *pos*."""
    m = pattern.match(text, pos, end)
    return m.end() if m is not None else pos


# --------------------------------------------------------------------------- metadata


def _meta_date(m: regex.Match[str]) -> dt.date | None:
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    mon, day, year = m.group("mon"), m.group("day"), m.group("year")
    if not mon:
        mon, day, year = m.group("mon2"), m.group("day2"), m.group("year2")
    if not mon:
        return None
    return calendar_date(mon, day, year)


#: The last text seen by :func:`_leading_meta` and its result: ``parse`` reads the metadata
#: for ``published`` and then again for the dateline, so the second call is free.
_last_meta: list[tuple[str, int, tuple[int, dt.date | None]]] = []


def _leading_meta(text: str, limit: int) -> tuple[int, dt.date | None]:
    """Skip leading blank and metadata lines; return where the story starts and the date."""
    last = _last_meta[0] if _last_meta else None
    if last is not None and last[0] is text and last[1] == limit:
        return last[2]
    result = _scan_meta(text, limit)
    _last_meta[:] = [(text, limit, result)]
    return result


def _scan_meta(text: str, limit: int) -> tuple[int, dt.date | None]:
    pos = 0
    found: dt.date | None = None
    for _ in range(_MAX_LINES):
        pos = _skip(_SPACES(), text, pos, limit)
        if pos >= limit:
            break
        line_end = text.find("\n", pos, limit)
        if line_end < 0:
            line_end = limit
        m = _META_LINE().match(text, pos, line_end)
        if m is None:
            break
        if found is None and _DATE_KEY().fullmatch(m.group("key")):
            found = _meta_date(m)
        pos = m.end()
    return pos, found


def metadata_end(text: str) -> int:
    """Where the story starts after leading blank and metadata lines (``date 2023-08-16``)."""
    return _leading_meta(text, min(len(text), _PREFIX))[0]


def read_metadata(text: str) -> dt.date | None:
    """Return the date of a leading metadata line such as ``date 2023-08-16``.

    >>> read_metadata("date 2023-08-16\\nBURBANK, Calif. (CBS) - The story.")
    datetime.date(2023, 8, 16)
    >>> read_metadata("Published: Aug. 16, 2023\\n\\nStory.")
    datetime.date(2023, 8, 16)
    """
    return _leading_meta(text, min(len(text), _PREFIX))[1]


# --------------------------------------------------------------------------- datelines


#: Archive section markers that stand alone on a line above the body (NYT archive texts in
#: LexisNexis and ProQuest): the story goes on below them.
SECTION_MARKERS: tuple[str, ...] = ("ABSTRACT.", "CORRECTION APPENDED.", "FULL TEXT.")
#: The marker after which an abstract runs up to :data:`FULL_TEXT_MARKER`.
ABSTRACT_MARKER = "ABSTRACT."
FULL_TEXT_MARKER = "FULL TEXT."
#: Prefixes of the first body paragraph in old archive texts (``LEAD: WASHINGTON, ...``).
LEAD_PREFIXES: tuple[str, ...] = ("LEAD:",)
#: An abstract is skipped only if ``FULL TEXT.`` follows within this many characters.
_MAX_ABSTRACT = 6000

_MARKER_LINE = _lazy(rf"{_SP}*+(?P<marker>{_alt(SECTION_MARKERS)}){_SP}*+\r?$", regex.M | regex.V0)
_FULL_TEXT_LINE = _lazy(rf"^{_SP}*+{regex.escape(FULL_TEXT_MARKER)}{_SP}*+\r?$", regex.M | regex.V0)
_LEAD = _lazy(rf"(?:{_alt(LEAD_PREFIXES)}){_SP}*+", regex.V0)


def is_marker_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is an archive section marker or opens with ``LEAD:``."""
    return (
        _MARKER_LINE().match(text, start, end) is not None
        or _LEAD().match(text, start, end) is not None
    )


@attrs.define
class _Scan:
    """Where :func:`find_dateline` is and what it has passed above the body."""

    pos: int
    limit: int
    headline_lines: int = 0  # lines of the headline block seen so far
    decks: int = 0  # short deck (standfirst) paragraphs under the headline
    #: Past an archive section marker: the next paragraph is the body's first.
    in_body: bool = False

    @property
    def first(self) -> bool:
        return self.headline_lines == 0 and not self.decks and not self.in_body


def find_dateline(text: str, published: dt.date | None) -> Dateline | None:
    """Return the dateline that opens the article's first body paragraph, or ``None``."""
    limit = min(len(text), _PREFIX)
    scan = _Scan(pos=_leading_meta(text, limit)[0], limit=limit)
    for _ in range(_MAX_LINES):
        start = _skip(_SPACES(), text, scan.pos, scan.limit)
        if start >= scan.limit:
            return None
        line_end = text.find("\n", start, scan.limit)
        if line_end < 0:
            line_end = scan.limit
        marker = _MARKER_LINE().match(text, start, line_end)
        if marker is not None:
            if not _pass_marker(text, marker.group("marker"), line_end, scan):
                return None
            continue
        lead = _LEAD().match(text, start, line_end)
        if lead is not None:
            start, scan.in_body = lead.end(), True
        found = _match_at(text, start, line_end, scan.limit, published, first=scan.first)
        if found is not None:
            return found
        if not _pass_line(text, start, line_end, scan):
            return None
    return None


def field_dateline(
    text: str, start: int, end: int, published: dt.date | None, *, body_start: int
) -> Dateline | None:
    """The dateline given as a metadata field, ``text[start:end]`` (an archive export's
    ``DATELINE: AKRON, Ohio``), or ``None`` if it does not read as a place.

    The field says it is a dateline, so no separator or body is looked for and a place
    in any case is taken; agencies in parentheses (``LONDON (AP)``) are read as in a body.
    *body_start* is where the story's body begins (the field is not in front of it).
    """
    head_end = end
    agencies: list[str] = []
    paren = text.find("(", start, end)
    if paren >= 0 and text.endswith(")", start, end):
        parsed = _agencies(text[paren + 1 : end - 1])
        if parsed is None:
            return None
        agencies, head_end = parsed, _skip_back_spaces(text, start, paren)
    info = _parse_head(text[start:head_end], None, published, strong=True)
    if info is None or info[0] is None:
        return None
    city, regions, date, has_date = info
    place = _resolve_place(city, regions, weak=False)
    if place is None:
        return None
    date = date if has_date else published
    return _record(text, (start, end), city, place, agencies, date, body_start)


def _record(
    text: str,
    span: tuple[int, int],
    city: str | None,
    place: tuple[str | None, str | None, str | None],
    agencies: list[str],
    date: dt.date | None,
    body_start: int,
) -> Dateline:
    """The :class:`Dateline` of ``text[span[0]:span[1]]`` and what was read of it."""
    region, code, country = place
    return Dateline(
        text=text[span[0] : span[1]],
        span=Span(start=span[0], end=span[1]),
        city=city,
        region=region,
        state_code=code,
        country=country,
        agencies=tuple(agencies),
        date=date,
        body_start=body_start,
    )


def _pass_marker(text: str, marker: str, line_end: int, scan: _Scan) -> bool:
    """Step over a section marker (and an abstract up to ``FULL TEXT.``)."""
    scan.pos = line_end
    if marker == ABSTRACT_MARKER:
        full = _FULL_TEXT_LINE().search(text, line_end, min(len(text), line_end + _MAX_ABSTRACT))
        if full is None:
            return False
        scan.pos = full.end()
    scan.limit = min(len(text), max(scan.limit, scan.pos + _PREFIX))
    scan.in_body = True
    return True


def _pass_line(text: str, start: int, line_end: int, scan: _Scan) -> bool:
    """Whether the line above the body may be stepped over: a headline, byline or deck."""
    gap = text[scan.pos : start]
    blank = gap.count("\n") >= 2
    indented = start > scan.pos and text[start - 1] in " \t\u00a0"
    first = scan.first
    scan.pos = line_end
    short = line_end - start <= _MAX_HEADLINE
    if first:
        scan.headline_lines = 1  # the headline (or a byline standing in its place)
        return short  # a long first line is a paragraph of body text, not a headline
    if _BYLINE().match(text, start, line_end) is not None:
        return True  # a byline, a wire credit, a timestamp: the dateline may follow
    if scan.in_body:
        return False
    if short and not blank and not indented and not scan.decks and scan.headline_lines < 3:
        scan.headline_lines += 1  # a headline wrapped onto the next line
        return True
    if short and blank and not indented and scan.decks < _MAX_DECKS and scan.headline_lines:
        scan.decks += 1  # a short deck (standfirst) or photo line under the headline
        return True
    return False


def _match_at(
    text: str,
    start: int,
    line_end: int,
    limit: int,
    published: dt.date | None,
    *,
    first: bool,
) -> Dateline | None:
    if start >= len(text) or not (text[start].isalpha() or text[start] in "(/"):
        return None
    stop = min(line_end, start + _MAX_DATELINE)
    term = _find_term(text, start, stop)
    if term is None:
        return None
    head_end = _skip_back_spaces(text, start, term.start())
    agencies: list[str] = []
    sep_end = _after_term(text, term, stop, limit, agencies, head_end > start)
    if sep_end is None:
        return None
    sep_end, ext_date = _extension(text, sep_end, limit, agencies)
    info = _parse_head(text[start:head_end], ext_date, published, strong=bool(agencies))
    if info is None:
        return None
    city, regions, date, has_date = info
    place = _check_place(city, regions, agencies, has_date=has_date, first=first, ext=ext_date)
    if place is None:
        return None
    strong = bool(agencies) or has_date
    if (first or not strong) and not _looks_like_body(
        text, sep_end, limit, weak=not strong, first=first
    ):
        return None
    if date is None and not has_date:
        date = published
    body_start = _skip(_SPACES(), text, sep_end, min(len(text), sep_end + 1000))
    return _record(text, (start, sep_end), city, place, agencies, date, body_start)


def _after_term(
    text: str, term: regex.Match[str], stop: int, limit: int, agencies: list[str], placed: bool
) -> int | None:
    """Read the agencies of ``(AP)`` or ``/PRNewswire/``; return where the separator ends."""
    if not (term.group("open") or term.group("slash")):
        return term.end()
    closer = ")" if term.group("open") else "/"
    close = text.find(closer, term.end(), min(stop, term.end() + (80 if closer == ")" else 45)))
    if close < 0:
        return None
    parsed = _agencies(text[term.end() : close])
    if parsed is None:
        return None
    agencies.extend(parsed)
    after = close + 1
    sep = _SEP_AFTER().match(text, after, min(limit, after + 12))
    if sep is not None:
        return sep.end()
    if closer == "/":
        return after
    # ``(CNN)The ...``: no separator, the body follows the parenthesis directly;
    # ``New Delhi, Aug 16 (PTI) The ...``: one space after a known wire and a place.
    nxt = after
    if (
        placed
        and after < limit
        and text[after] == " "
        and any(a in _places.AGENCY_NAMES for a in agencies)
    ):
        nxt = after + 1
    if _CNN_BODY().match(text, nxt, min(limit, nxt + 2)) is None:
        return None
    return after


def _extension(
    text: str, sep_end: int, limit: int, agencies: list[str]
) -> tuple[int, regex.Match[str] | None]:
    """A second part after the first dash: ``(BUSINESS WIRE)--`` or a date then a dash."""
    ext = _EXTENSION().match(text, sep_end, min(limit, sep_end + 60))
    if ext is None:
        return sep_end, None
    if ext.group("agencies"):
        parsed = _agencies(ext.group("agencies"))
        if parsed is not None:
            agencies.extend(parsed)
            return ext.end(), None
        return sep_end, None
    if month_number(ext.group("mon")) is not None and not agencies:
        return ext.end(), ext
    return sep_end, None


def _check_place(
    city: str | None,
    regions: list[str],
    agencies: list[str],
    *,
    has_date: bool,
    first: bool,
    ext: regex.Match[str] | None,
) -> tuple[str | None, str | None, str | None] | None:
    """Region, USPS code and country if the place may open a dateline, else ``None``."""
    if city is None and not agencies:
        return None
    # Only call signs, e.g. ``(WMBD)``: the place must look like a dateline's (capitals,
    # or a known state), not like ``World Health Organization (WHO)``.
    only_call_signs = not any(a in _places.AGENCY_NAMES for a in agencies)
    if (
        agencies
        and not has_date
        and only_call_signs
        and (city is None or (_LOWER().search(city) is not None and not regions))
    ):
        return None
    # A date only after a second dash (``CITY, St. - March 13 -``), or a mixed-case place
    # with a date on the first line (``Union Votes, March 3 - Results Due``): the place
    # must be known, as for a bare ``CITY —``.
    needs_known = ext is not None or (first and _LOWER().search(city or "") is not None)
    if not agencies and needs_known and (city is None or _known_place(city, regions) is None):
        return None
    unknown = any(a not in _places.AGENCY_NAMES and not _places.is_call_sign(a) for a in agencies)
    if unknown and (city is None or _known_place(city, regions) is None):
        return None  # (``UNITED AUTO WORKERS (UAW) -``: a name, not a place)
    return _resolve_place(city, regions, weak=not (bool(agencies) or has_date))


def _find_term(text: str, start: int, stop: int) -> regex.Match[str] | None:
    """The first agency opening or separator in ``text[start:stop]``."""
    fast, term = _TERM_CHAR(), _TERM()
    pos = start
    while True:
        hit = fast.search(text, pos, stop)
        if hit is None:
            return None
        m = term.match(text, hit.start(), stop)
        if m is not None and m.group("slash"):
            # ``/PRNewswire/`` is a wire; ``LONDON/SINGAPORE/`` is two places.
            close = text.find("/", m.end(), min(stop, m.end() + 45))
            if close < 0 or _agencies(text[m.end() : close]) is None:
                m = None
        if m is not None:
            return m
        pos = hit.start() + 1


def _skip_back_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\u00a0\u2009\u202f":
        end -= 1
    return end


def _agencies(inner: str) -> list[str] | None:
    """Wires in ``(CBS, KYMA/KECY)``: known names and call signs, in order, or ``None``.

    A short service code after a known wire (``dpa/lni``) is kept as written; anything
    else (``AP Photo/Jane Doe``) means the parentheses are not a dateline's.
    """
    if _UNKNOWN_WIRE().fullmatch(inner.strip()) and inner.strip() not in _NOT_WIRES:
        # ``WARSAW (EBD) -``: a wire no table knows, alone in its parentheses (the place
        # must then be a known one: :func:`_check_place`)
        return [_places.agency(inner) or inner.strip()]
    out: list[str] = []
    known = False
    for token in _AGENCY_SPLIT().split(inner):
        token = token.strip()
        if not token:
            continue
        name = _places.agency(token)
        if name is not None:
            known = True
            out.append(name)
        elif known and _SERVICE_CODE().fullmatch(token) and token.casefold() not in _NOT_CODES:
            out.append(token)
        else:
            return None
    return out or None


def _parse_head(
    head: str, ext_date: regex.Match[str] | None, published: dt.date | None, *, strong: bool
) -> tuple[str | None, list[str], dt.date | None, bool] | None:
    """Split ``CITY, Region, Mon D`` into city, region pieces and date."""
    head = head.replace("&nbsp;", " ")
    date: dt.date | None = None
    has_date = False
    place = head
    m = (
        _DATE_TAIL().search(head, max(0, len(head) - _MAX_DATE))
        if _DIGIT().search(head) is not None
        else None
    )
    if m is not None:
        mon = m.group("mon") or m.group("mon2")
        day = int(m.group("day") or m.group("day2"))
        month = month_number(mon)
        if month is None or not 1 <= day <= 31:
            return None
        has_date = True
        year = m.group("year")
        if year:
            try:
                date = dt.date(int(year), month, day)
            except ValueError:
                date = None
        else:
            date = choose_year(month, day, published)
        place = head[: m.start()]
    elif ext_date is not None:
        month = month_number(ext_date.group("mon"))
        assert month is not None
        has_date = True
        date = choose_year(month, int(ext_date.group("day")), published)
    if _DIGIT().search(place) is not None:
        return None
    # ``New Delhi [India]`` (ANI): the bracketed country is a region piece.
    place = _BRACKETED().sub(r", \1", place)
    pieces = [" ".join(_WS_SPLIT().split(p.strip())) for p in place.split(",")]
    pieces = [p for p in pieces if p]
    if len(pieces) > 4:
        return None
    if not pieces:
        if head.strip(" ,\t\u00a0") and not has_date:
            return None
        return None, [], date, has_date
    strong = strong or has_date
    for i, piece in enumerate(pieces):
        if not _place_ok(piece, first=i == 0, strong=strong):
            return None
    return pieces[0], pieces[1:], date, has_date


def _place_ok(piece: str, *, first: bool, strong: bool) -> bool:
    if first and "/" in piece:  # WASHINGTON/NEW YORK (Reuters): datelined in two places
        parts = piece.split("/")
        return len(parts) <= 3 and all(
            p.strip() and _place_ok(p.strip(), first=True, strong=strong) for p in parts
        )
    if len(piece) > 40:
        return False
    words = piece.split(" ")
    if len(words) > 4:
        return False
    for j, word in enumerate(words):
        if _PLACE_WORD().fullmatch(word) is None:
            return False
        if word[0].isupper():
            continue
        if j == 0 and first:
            return False
        if word.casefold() in PLACE_PARTICLES:
            continue
        # A lower-case word: only in a known place written in odd case (``La paz``).
        return strong and words[0][0].isupper() and _places.lookup_city(piece) is not None
    return True


def _known_place(city: str, regions: list[str]) -> _places.Place | None:
    """A table entry for the city or one of its region pieces, if any."""
    for piece in regions:
        hit = _places.lookup_region(piece)
        if hit is not None:
            return hit
    return _places.lookup_city(city.split("/")[0])


def _resolve_place(
    city: str | None, regions: list[str], *, weak: bool
) -> tuple[str | None, str | None, str | None] | None:
    """Region name, USPS code and country for a city and its region pieces."""
    region = code = country = None
    known_region = False
    for piece in regions:
        hit = _places.lookup_region(piece)
        if hit is None:
            if weak:
                return None
            if region is None:
                region = piece
            continue
        known_region = True
        if hit.kind != "country":
            if region is None or code is None:
                region, code = hit.name, hit.code
            country = country or hit.country
        else:  # a country
            country = hit.country
            if region is None:
                region = piece
    implied = _places.lookup_city(city.split("/")[0]) if city is not None else None
    if weak:
        if city is None or _LOWER().search(city) is not None:
            return None
        if implied is None and not known_region:
            return None
    if not regions and implied is not None:
        region, code, country = implied.name, implied.code, implied.country
    elif implied is not None and country is None and region is None:
        country = implied.country
    return region, code, country


def _title_case(line: str) -> bool:
    """A short line of mostly capitalised words without a full stop: a headline."""
    line = line.rstrip()
    words = [w for w in line.split() if w[0].isalpha()]
    if len(words) < 3 or len(line) > 120 or line.endswith((".", '."', ".”")):
        return False
    return sum(1 for w in words if w[0].isupper()) >= 0.6 * len(words)


def _looks_like_body(
    text: str, sep_end: int, limit: int, *, weak: bool, first: bool = False
) -> bool:
    """What follows is a sentence, not the rest of a headline or a table row.

    After a bare ``CITY —`` (*weak*) the body must start a sentence, and on the first line
    must not be in title case (``CHICAGO — Teachers Strike Ends`` is a headline); after
    any dateline, a rest of the line in capitals only (``... - MINISTER``) is a headline.
    """
    body_start = _skip(_SP_ONLY(), text, sep_end, limit)
    if body_start >= limit:
        return not weak
    end = text.find("\n", body_start, min(limit, body_start + 200))
    if end < 0:
        end = min(limit, body_start + 200)
    has_lower = _LOWER().search(text, body_start, end) is not None
    if weak:
        c = text[body_start]
        if not ((c.isupper() or c in "\"“'‘") and has_lower):
            return False
        return not (first and _title_case(text[body_start:end]))
    if end <= body_start or has_lower:
        return True
    letters = sum(1 for c in text[body_start:end] if c.isalpha())
    return letters < 4
