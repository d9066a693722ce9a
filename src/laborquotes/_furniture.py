"""Article furniture: the headline, the byline and the deck above the story.

Two entry points:

* :func:`byline_from_field` reads a byline that an archive export already labels
  (``BYLINE: By Ana Ruiz and Tom Lee, Associated Press``): lenient, since the field
  is known to be a byline.
* :func:`find_furniture` looks at the top of any article text for a first-line
  headline, a deck (standfirst) paragraph and a byline line. It is conservative: a
  byline line must be ``By`` and names, names and a known agency (``A and B /
  Reuters``), or a name with a staff credit (``Ana Ruiz, Staff Writer``).

Only a bounded prefix is read, so the cost does not grow with the article.
"""

from __future__ import annotations

import attrs
import regex

from . import _dateline, _places
from ._model import Byline, Span

__all__ = ["Furniture", "byline_from_field", "byline_line"]

#: Only this many leading characters are looked at.
_PREFIX = 3000
#: At most this many non-blank lines above the body are looked at.
_MAX_LINES = 8
#: A headline line is at most this long.
_MAX_HEADLINE = 200
#: A deck paragraph is at most this long.
_MAX_DECK = 400
#: A byline line is at most this long.
_MAX_BYLINE = 160

#: Staff credits that follow a name (``Ana Ruiz, Staff Writer``), compared case-blind.
STAFF_CREDITS: tuple[str, ...] = (
    "chief correspondent",
    "columnist",
    "contributing writer",
    "contributor",
    "correspondent",
    "editor",
    "political correspondent",
    "political reporter",
    "reporter",
    "senior correspondent",
    "senior reporter",
    "senior writer",
    "special correspondent",
    "staff",
    "staff correspondent",
    "staff reporter",
    "staff reporters",
    "staff writer",
    "staff writers",
    "writer",
)
#: Credit lines with no author's name (``From staff reports``), compared case-blind.
STAFF_LINES: tuple[str, ...] = (
    "from staff and wire reports",
    "from staff reports",
    "from wire reports",
    "staff and agencies",
    "staff report",
    "staff reports",
    "wire reports",
)
#: Lower-case words allowed inside a person's name (``Ana de la Cruz``).
NAME_PARTICLES: frozenset[str] = frozenset(
    {"al", "bin", "da", "de", "del", "della", "der", "di", "dos", "du", "el", "la", "le"}
    | {"van", "von", "y"}
)

_SP = r"[ \t\u00a0]"
#: ``By`` at the start of a byline line.
_BY = regex.compile(rf"(?i:by){_SP}++(?=\p{{Lu}})", regex.V0)
#: Where a list of authors splits: commas, semicolons, ``and``, ``&``, ``with``.
_AUTHOR_SPLIT = regex.compile(rf"{_SP}*+(?:[,;]|&|\b(?i:and|with)\b){_SP}*+", regex.V0)
_AGENCY_SLASH = regex.compile(rf"{_SP}*+[/|]{_SP}*+", regex.V0)
#: One word of a name: ``Ana``, ``O'Neil``, ``J.``, ``McDONALD``, ``Smith-Jones``.
_NAME_WORD = regex.compile(r"\p{Lu}[\p{L}\p{M}'’\-]*+\.?|\p{Lu}\.(?:\p{Lu}\.)*+", regex.V0)
#: Capitalised words that do not occur in people's names (``By Any Means Necessary``).
NOT_NAME_WORDS: frozenset[str] = frozenset(
    {"a", "about", "after", "all", "an", "any", "are", "at", "be", "before", "can", "each"}
    | {"every", "for", "from", "her", "his", "how", "in", "is", "its", "my", "new", "no"}
    | {"not", "of", "on", "our", "over", "some", "that", "the", "their", "these", "this"}
    | {"those", "to", "under", "was", "were", "what", "when", "where", "who", "why", "will"}
    | {"with", "without", "your"}
)
#: A piece of a byline that opens so is a credit, not a name (``Special to The Times``).
CREDIT_PREFIXES: tuple[str, ...] = ("for the ", "special to ")
_SUFFIXES: frozenset[str] = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_TRAIL = " \t\u00a0\r.,;:"


@attrs.frozen(kw_only=True)
class Furniture:
    """What stands above an article's body."""

    headline: Span | None = None
    deck: Span | None = None
    byline: Byline | None = None
    #: Where the body (or the dateline) may start: after the last furniture line.
    body_start: int = 0


# --------------------------------------------------------------------------- names


def _is_name(words: list[str]) -> bool:
    """Two to five capitalised words (particles and suffixes allowed): a person's name."""
    if not 2 <= len(words) <= 5:
        return False
    if words[0].casefold() in NAME_PARTICLES:
        return False
    for word in words:
        low = word.casefold()
        if low in NAME_PARTICLES or low in _SUFFIXES:
            continue
        if low.rstrip(".") in NOT_NAME_WORDS:
            return False
        if _NAME_WORD.fullmatch(word) is None:
            return False
    return True


def _credit(piece: str) -> bool:
    """``Staff Writer``, ``Times Staff Writer``, ``Special Correspondent``."""
    low = " ".join(piece.casefold().split())
    if low.startswith(CREDIT_PREFIXES):
        return True
    return any(low == c or low.endswith(" " + c) for c in STAFF_CREDITS) and len(low) <= 40


def _agency_name(piece: str) -> str | None:
    """A known wire named in a byline (``Associated Press``, ``Reuters``)."""
    name = _places.agency(piece.strip(_TRAIL))
    if name is None or _places.is_call_sign(piece.strip(_TRAIL)):
        return None
    return name


# --------------------------------------------------------------------------- byline values


def _split_authors(
    value: str, *, semicolons_only: bool
) -> tuple[list[str], str | None, bool, bool]:
    """Authors, an agency, whether every piece was a name and whether a credit was seen."""
    raw = value.split(";") if semicolons_only else _AUTHOR_SPLIT.split(value)
    pieces = [_strip_piece(p) for p in raw]
    authors: list[str] = []
    agency: str | None = None
    clean = True
    credited = False
    for piece in pieces:
        if not piece:
            continue
        if piece.casefold() in _SUFFIXES and authors:
            authors[-1] = f"{authors[-1]}, {piece}"
            continue
        name = _agency_name(piece)
        if name is not None and agency is None:
            agency = piece
            continue
        if _credit(piece):
            credited = True
            continue
        if not semicolons_only and not _is_name(piece.split()):
            clean = False
        authors.append(piece)
    return authors, agency, clean, credited


def _strip_piece(piece: str) -> str:
    """Trim spaces and punctuation, keeping the dot of ``Jr.`` or an initial (``Ana B.``)."""
    out = piece.strip(_TRAIL)
    rest = piece.strip(" \t\u00a0\r,;:")
    if rest.endswith(".") and rest[:-1] == out:
        last = out.rsplit(" ", 1)[-1]
        if last.casefold() + "." in _SUFFIXES or (len(last) == 1 and last.isupper()):
            return rest
    return out


def _parts(text: str, start: int, end: int) -> tuple[int, int]:
    """*start*, *end* with ``By`` and the surrounding spaces and punctuation trimmed."""
    while start < end and text[start] in " \t\u00a0\r":
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    by = _BY.match(text, start, end)
    return (by.end() if by is not None else start), end


def byline_from_field(
    text: str, start: int, end: int, *, semicolons_only: bool = False
) -> Byline | None:
    """A byline from an export's byline field ``text[start:end]`` (lines joined by spaces).

    *semicolons_only* splits authors on ``;`` alone (``Doe, Jane; Lee, Tom``).

    >>> b = byline_from_field("By ANA RUIZ and TOM LEE, Staff Writers", 0, 38)
    >>> b.authors, b.agency
    (('ANA RUIZ', 'TOM LEE'), None)
    """
    lo, hi = _parts(text, start, end)
    if hi <= lo:
        return None
    value = " ".join(text[lo:hi].split())
    if value.casefold() in STAFF_LINES:
        return Byline(authors=(), agency=None, span=_trimmed_span(text, start, end))
    slash = _AGENCY_SLASH.split(value)
    agency: str | None = None
    if len(slash) == 2 and _agency_name(slash[1]) is not None:
        value, agency = slash[0], slash[1].strip(_TRAIL)
    authors, named, _clean, _credited = _split_authors(value, semicolons_only=semicolons_only)
    agency = agency or named
    if not authors and agency is None:
        return None
    return Byline(authors=tuple(authors), agency=agency, span=_trimmed_span(text, start, end))


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """*start*, *end* with the spaces at both ends left out."""
    while start < end and text[start] in " \t\u00a0\r\n":
        start += 1
    while end > start and text[end - 1] in " \t\u00a0\r\n":
        end -= 1
    return start, end


def _trimmed_span(text: str, start: int, end: int) -> Span:
    start, end = _trimmed(text, start, end)
    return Span(start=start, end=end)


# --------------------------------------------------------------------------- free text


def byline_line(text: str, start: int, end: int) -> Byline | None:
    """A byline standing alone on ``text[start:end]``, by the strict rules, or ``None``.

    >>> byline_line("By Ana Ruiz and Tom Lee, Associated Press", 0, 41).authors
    ('Ana Ruiz', 'Tom Lee')
    >>> byline_line("By the way, the strike is over.", 0, 31) is None
    True
    """
    start, end = _trimmed(text, start, end)
    if not 0 < end - start <= _MAX_BYLINE:
        return None
    line = text[start:end]
    if " ".join(line.casefold().split()).rstrip(".") in STAFF_LINES:
        return Byline(authors=(), agency=None, span=Span(start=start, end=end))
    has_by = _BY.match(text, start, end) is not None
    lo, hi = _parts(text, start, end)
    value = " ".join(text[lo:hi].split())
    if not value or "." in value.replace(". ", " ").rstrip(".")[-1:]:
        return None
    agency: str | None = None
    slash = _AGENCY_SLASH.split(value)
    if len(slash) == 2 and _credit(slash[1].strip(_TRAIL)):
        value = f"{slash[0]}, {slash[1]}"
    elif len(slash) == 2:
        if _agency_name(slash[1]) is None:
            return None
        value, agency = slash[0], slash[1].strip(_TRAIL)
    elif len(slash) > 2:
        return None
    authors, named, clean, credited = _split_authors(value, semicolons_only=False)
    agency = agency or named
    if not authors or not clean:
        return None
    if not (has_by or agency is not None or credited):
        return None
    return Byline(authors=tuple(authors), agency=agency, span=Span(start=start, end=end))


# --------------------------------------------------------------------------- article tops

#: Wire names that may stand alone on a credit line (``Associated Press``), case-blind.
WIRE_CREDITS: tuple[str, ...] = (
    "agence france-presse",
    "associated press",
    "bloomberg news",
    "reuters",
    "the associated press",
    "the canadian press",
    "united press international",
)
_WORDS = regex.compile(r"\S++", regex.V0)


def _top_lines(text: str, start: int, stop: int) -> list[tuple[int, int, bool]]:
    """``(start, end, blank line before)`` of the first non-blank lines in ``[start, stop)``."""
    out: list[tuple[int, int, bool]] = []
    pos = start
    blank = True
    while pos < stop and len(out) < _MAX_LINES:
        nl = text.find("\n", pos, stop)
        end = stop if nl < 0 else nl
        lo, hi = _trimmed(text, pos, end)
        if lo < hi:
            out.append((lo, hi, blank))
            blank = False
        else:
            blank = True
        pos = end + 1
    return out


def _headline_ok(text: str, start: int, end: int, *, followed: bool) -> bool:
    """A short line that reads as a headline: no closing full stop, title case, or *followed*
    by a byline or the dateline."""
    if end - start > _MAX_HEADLINE or (not text[start].isalnum() and text[start] not in "\"“‘'"):
        return False
    words = _WORDS.findall(text, start, end)
    if not 2 <= len(words) <= 30:
        return False
    if followed or text[end - 1] not in ".!?\"”’'":
        return True
    capitals = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitals >= 0.6 * len(words) and len(words) <= 25


def _credit_line(text: str, start: int, end: int) -> Byline | None:
    """A byline line, or a wire's name alone (``The Associated Press``)."""
    if " ".join(text[start:end].casefold().split()) in WIRE_CREDITS:
        return Byline(authors=(), agency=text[start:end], span=Span(start=start, end=end))
    return byline_line(text, start, end)


class _Credits:
    """The credit line (:func:`_credit_line`) of each top line, read when first asked for:
    a headline that fails its test ends the search before the lines below it are read."""

    __slots__ = ("_found", "_lines", "_text")

    def __init__(self, text: str, lines: list[tuple[int, int, bool]]) -> None:
        self._text = text
        self._lines = lines
        self._found: dict[int, Byline | None] = {}

    def __getitem__(self, i: int) -> Byline | None:
        found = self._found
        if i not in found:
            lo, hi, _ = self._lines[i]
            found[i] = _credit_line(self._text, lo, hi)
        return found[i]


def find_furniture(text: str, *, start: int = 0, stop: int | None = None) -> Furniture:
    """Headline, deck and byline above the body, which starts at *stop* (the dateline) if given.

    >>> f = find_furniture("Bakers Walk Out\\n\\nBy Ana Ruiz, Associated Press\\n\\nThe bakers ...")
    >>> f.headline, f.byline.authors, f.byline.agency
    (Span(start=0, end=15), ('Ana Ruiz',), 'Associated Press')
    """
    limit = min(len(text), start + _PREFIX if stop is None else stop)
    lines = _top_lines(text, start, limit)
    marker = next(
        (i for i, (lo, hi, _) in enumerate(lines) if _dateline.is_marker_line(text, lo, hi)), None
    )
    if marker is not None:
        lines, stop = lines[:marker], lines[marker][0]
    if not lines:
        return Furniture(body_start=start)
    bylines = _Credits(text, lines)
    if bylines[0] is not None:
        byline = _with_credit(text, lines, 0, bylines[0])
        return Furniture(byline=byline, body_start=byline.span.end)
    if len(lines) < 2 and stop is None:
        return Furniture(body_start=start)
    lo, hi, _ = lines[0]
    nxt = lines[1] if len(lines) > 1 else None
    followed = nxt is None or bylines[1] is not None
    if nxt is not None and not nxt[2] and text[nxt[0]].islower():
        return Furniture(body_start=start)  # hard-wrapped prose, not a headline
    if not _headline_ok(text, lo, hi, followed=followed):
        return Furniture(body_start=start)
    headline = Span(start=lo, end=hi)
    deck: Span | None = None
    for i, (dlo, dhi, _blank) in enumerate(lines[1:4], start=1):
        found = bylines[i]
        if found is not None:
            byline = _with_credit(text, lines, i, found)
            return Furniture(
                headline=headline, deck=deck, byline=byline, body_start=byline.span.end
            )
        if deck is not None or dhi - dlo > _MAX_DECK:
            break
        deck = Span(start=dlo, end=dhi)
    return Furniture(headline=headline, body_start=hi)


def _with_credit(text: str, lines: list[tuple[int, int, bool]], i: int, byline: Byline) -> Byline:
    """``By Ana Ruiz`` with ``Associated Press`` or ``Staff Writer`` on the line below."""
    if not byline.authors or i + 1 >= len(lines) or lines[i + 1][2]:
        return byline
    lo, hi, _ = lines[i + 1]
    line = " ".join(text[lo:hi].split())
    wire = line.casefold() in WIRE_CREDITS
    if not (wire or _credit(line)):
        return byline
    return Byline(
        authors=byline.authors,
        agency=byline.agency or (text[lo:hi] if wire else None),
        span=Span(start=byline.span.start, end=hi),
    )
