"""Archive exports: LexisNexis, Factiva and ProQuest text files split into articles.

Each format is read by a *splitter* that finds the documents and, in each, the
ranges of its fields (headline, byline, publication, date) and of its body. The
body is parsed like any article and every span is shifted by the body's offset,
so each record indexes the export text exactly as the caller passed it. Nothing
is copied or normalised; only short field values (the date, the outlet) are read
as strings.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import itertools
from collections.abc import Callable, Iterator
from typing import Any

import attrs
import regex

from . import _api, _dateline, _furniture
from ._dates import calendar_date
from ._model import Article, Dateline, Quote, Span, link_speakers
from ._orgs import Registry
from ._text import check_text

__all__ = ["FORMATS", "read_export"]

#: The formats :func:`read_export` reads, by the name ``format=`` takes.
FORMATS: tuple[str, ...] = ("factiva", "lexisnexis", "proquest")

_SP = r"[ \t\f\v\u00a0]"
#: A printed export's page break before a record's first line (form feeds).
_PAGE = r"[\f\v]*+"
_Range = tuple[int, int]


@attrs.define
class _Doc:
    """One document of an export: ranges into the export text and the fields read."""

    start: int
    end: int
    body: _Range | None = None
    headline: _Range | None = None
    byline: _Range | None = None
    #: ProQuest's ``Doe, Jane; Lee, Tom``: authors split on semicolons only.
    semicolons: bool = False
    outlet: str | None = None
    date: _Range | None = None
    #: The ``DATELINE:`` field's value: the article's dateline when its body has none.
    dateline: _Range | None = None
    #: ``(offset, message)``: the offset names the line in the warning.
    warnings: list[tuple[int, str]] = attrs.field(factory=list)
    #: Field codes inside the body (Factiva's ``TD`` between the lead and the text):
    #: read as white space of the same length.
    codes: list[_Range] = attrs.field(factory=list)


# --------------------------------------------------------------------------- text helpers


def _lines(text: str, start: int, end: int) -> Iterator[_Range]:
    """``(start, end)`` of each line of ``text[start:end]``, without ``\\n`` or ``\\r``."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        cut = stop - 1 if stop > pos and text[stop - 1] == "\r" else stop
        yield pos, cut
        pos = stop + 1


def _blank(text: str, start: int, end: int) -> bool:
    return text[start:end].strip() == ""


def _trim(text: str, start: int, end: int) -> _Range:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _paragraphs(text: str, start: int, end: int) -> Iterator[_Range]:
    """Blank-line separated blocks of ``text[start:end]``, trimmed."""
    para: _Range | None = None
    for ls, le in _lines(text, start, end):
        if _blank(text, ls, le):
            if para is not None:
                yield _trim(text, *para)
                para = None
        elif para is None:
            para = (ls, le)
        else:
            para = (para[0], le)
    if para is not None:
        yield _trim(text, *para)


class _LineNumbers:
    """1-based line numbers of offsets, for warnings (built on first use)."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts: list[int] | None = None

    def __call__(self, pos: int) -> int:
        if self._starts is None:
            self._starts = [m.end() for m in regex.finditer(r"\n", self._text)]
        return bisect.bisect_right(self._starts, pos) + 1


# --------------------------------------------------------------------------- dates

_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?"
_DATE = regex.compile(
    rf"""{_SP}*+(?:{_WEEKDAY}{_SP}++)?(?:
        (?P<iso>(?:19|20)\d\d-[01]\d-[0-3]\d)
      | (?P<mon>\p{{L}}{{3,10}}+)\.?{_SP}++(?P<day>\d{{1,2}}+)(?:st|nd|rd|th)?,?{_SP}++
        (?P<year>(?:19|20)\d\d)
      | (?P<day2>\d{{1,2}}+)(?:st|nd|rd|th)?{_SP}++(?P<mon2>\p{{L}}{{3,10}}+)\.?,?{_SP}++
        (?P<year2>(?:19|20)\d\d)
    )(?!\d)""",
    regex.X | regex.V0,
)


def _date_at(text: str, start: int, end: int) -> dt.date | None:
    """The date that ``text[start:end]`` opens with (``June 5, 2019 Wednesday``), or ``None``."""
    m = _DATE.match(text, start, end)
    if m is None:
        return None
    if m.group("iso"):
        try:
            return dt.date.fromisoformat(m.group("iso"))
        except ValueError:
            return None
    mon, day, year = m.group("mon", "day", "year")
    if mon is None:
        mon, day, year = m.group("mon2", "day2", "year2")
    return calendar_date(mon, day, year)


# --------------------------------------------------------------------------- detection

_LN_MARK = regex.compile(rf"^{_SP}*+\d++{_SP}++of{_SP}++\d++{_SP}++DOCUMENTS?{_SP}*+\r?$", regex.M)
_UNI_END = regex.compile(rf"^{_SP}*+End{_SP}of{_SP}Document{_SP}*+\r?$", regex.M)
#: Factiva field codes (two to four capitals at the start of a line).
FACTIVA_CODES: tuple[str, ...] = (
    "AN", "ART", "BY", "CLM", "CO", "CR", "CT", "CX", "CY", "ED", "ET", "HD", "HLP",
    "IN", "IPC", "IPD", "LA", "LP", "NGC", "NS", "PD", "PG", "PUB", "RE", "RF", "RST",
    "SC", "SE", "SN", "TD", "VOL", "WC",
)  # fmt: skip
_FV_CODE = regex.compile(
    rf"^{_PAGE}(?P<code>{'|'.join(FACTIVA_CODES)})(?:(?:\t|{_SP}{{2,}}+)[^\n]|{_SP}*+\r?$)",
    regex.M,
)
_FV_KEY_CODES = frozenset({"HD", "LP", "PD", "SN", "TD", "WC"})
_FV_DOC = regex.compile(
    rf"^{_PAGE}(?:AN{_SP}++)?Document{_SP}++[A-Za-z0-9]{{10,}}+{_SP}*+\r?$", regex.M
)
_PQ_SEP = regex.compile(rf"^{_PAGE}_{{10,}}+[ \t]*+\r?$", regex.M)
_PQ_FIELD = regex.compile(
    rf"^{_PAGE}(?:Full text|Publication title|ProQuest document ID|FULL TEXT\.)", regex.M
)

_PQ_LONE = regex.compile(rf"^{_PAGE}Full text:", regex.M)
_PQ_ID = regex.compile(rf"^{_PAGE}ProQuest document ID:", regex.M)

#: Detection reads only this many leading characters: every format marks its first document.
_DETECT_WINDOW = 200_000


def _detect(text: str) -> str:
    end = min(len(text), _DETECT_WINDOW)
    if _LN_MARK.search(text, 0, end) is not None or _UNI_END.search(text, 0, end) is not None:
        return "lexisnexis"
    found = _FV_CODE.finditer(text, 0, end)
    codes = {m.group("code") for m, _ in zip(found, range(40), strict=False)}
    if _FV_DOC.search(text, 0, end) is not None or len(codes & _FV_KEY_CODES) >= 3:
        return "factiva"
    if _PQ_SEP.search(text, 0, end) is not None and _PQ_FIELD.search(text, 0, end) is not None:
        return "proquest"
    if _PQ_LONE.search(text, 0, end) is not None and _PQ_ID.search(text, 0, end) is not None:
        return "proquest"  # one record, no separator: ``Full text:`` and its document ID
    body = _UNI_BODY.search(text, 0, end)
    if body is not None and _trailer_end(text, body.end(), end) is not None:
        return "lexisnexis"  # one Nexis Uni document: a ``Body`` line, then a trailer
    raise ValueError(
        "read_export(): cannot tell the export format: looked for LexisNexis 'N of M "
        "DOCUMENTS' or 'End of Document' lines (or a 'Body' line and a 'LOAD-DATE:' line "
        "after it), Factiva field codes (HD, PD, SN, TD) or "
        "'Document <AN>' lines, and ProQuest '____' separators with 'Full text:' or "
        "'Publication title:' fields (or one record's 'Full text:' and 'ProQuest document "
        "ID:' lines); pass format= one of " + ", ".join(map(repr, FORMATS))
    )


# --------------------------------------------------------------------------- LexisNexis

#: Labels of the metadata above a LexisNexis body (classic capitals or Nexis Uni case).
LN_HEADER_LABELS: tuple[str, ...] = (
    "ABSTRACT", "BYLINE", "DATELINE", "DISTRIBUTION", "EDITION", "HEADLINE", "HIGHLIGHT",
    "LENGTH", "SECTION", "SERIES", "SOURCE", "TYPE",
)  # fmt: skip
#: Labels of the metadata below a LexisNexis body: the body ends at the first of them.
LN_TRAILER_LABELS: tuple[str, ...] = (
    "ACC-NO", "CITY", "CLASSIFICATION", "COMPANY", "CORRECTION", "CORRECTION-DATE",
    "COUNTRY", "DOCUMENT-TYPE", "GEOGRAPHIC", "GRAPHIC", "INDUSTRY", "JOURNAL-CODE",
    "LANGUAGE", "LOAD-DATE", "NOTES", "ORGANIZATION", "PERSON", "PUBLICATION-TYPE",
    "STATE", "SUBJECT", "TERMS", "TICKER", "URL",
)  # fmt: skip
_LN_LABEL = regex.compile(r"(?P<label>[A-Za-z][A-Za-z\-]{1,24}+):(?:[ \t]|$)")
#: Nexis Uni's lines that stand alone: ``Body`` opens the story, the others close it.
_UNI_BODY = regex.compile(rf"^{_SP}*+Body{_SP}*+\r?$", regex.M)
UNI_BODY_ENDS: tuple[str, ...] = ("Classification", "Graphic", "Notes", "End of Document")


def _label(text: str, start: int, end: int) -> tuple[str, int] | None:
    """The upper-cased label opening ``text[start:end]`` and where its value starts."""
    m = _LN_LABEL.match(text, start, end)
    if m is None:
        return None
    return m.group("label").upper(), _trim(text, m.end(), end)[0]


def _copyright(text: str, start: int, end: int) -> bool:
    head = text[start : min(end, start + 12)].lstrip().casefold()
    return head.startswith(("copyright", "©", "(c)"))


def _ln_preamble(text: str, doc: _Doc, paras: list[_Range]) -> None:
    """Publication, date line and headline above the first label (classic layout)."""
    lines = [ln for ps, pe in paras for ln in _lines(text, ps, pe) if not _blank(text, *ln)]
    lines = [ln for ln in lines if not _copyright(text, *ln)]
    date_at = next((i for i, ln in enumerate(lines) if _DATE.match(text, *ln)), None)
    if date_at is None:
        doc.warnings.append((doc.start, "no date line under the publication"))
        if lines:
            doc.outlet = text[slice(*_trim(text, *lines[0]))]
        return
    doc.date = lines[date_at]
    if date_at > 0:
        doc.outlet = text[slice(*_trim(text, *lines[date_at - 1]))]
    if doc.headline is not None:
        return
    date_end = lines[date_at][1]
    after = [(ps, pe) for ps, pe in paras if ps > date_end and not _copyright(text, ps, pe)]
    flush = [(ps, pe) for ps, pe in after if text[ps - 1] not in " \t"]
    plain = [(ps, pe) for ps, pe in after if _EDITION.fullmatch(text, ps, pe) is None]
    pick = flush or plain
    if pick:
        doc.headline = pick[0]


#: An edition line under the date (``Late Edition - Final``, ``FIRST EDITION``).
_EDITION = regex.compile(r"(?i:[\p{L}\d ,.;&\-]{0,40}?\b(?:edition|final|ed\.))[^\n]{0,30}+")


def _ln_field(text: str, doc: _Doc, label: str, start: int, end: int) -> None:
    if label == "BYLINE":
        doc.byline = (start, end)
    elif label == "HEADLINE":
        doc.headline = (start, end)
    elif label == "DATELINE":
        doc.dateline = _trim(text, start, end)


def _ln_classic(text: str, doc: _Doc, start: int) -> None:
    """Fill *doc* from the classic layout: preamble, labels, body, trailer labels."""
    preamble: list[_Range] = []
    body: _Range | None = None
    labelled = closed = False
    for ps, pe in _paragraphs(text, start, doc.end):
        found = _label(text, ps, pe)
        label = found[0] if found is not None else ""
        if label in LN_TRAILER_LABELS:
            closed = True
            break
        if label == "BODY":  # older downloads label the body itself
            labelled = True
            if found is not None and found[1] < pe:
                body = (body[0] if body is not None else found[1], pe)
        elif found is not None and label in LN_HEADER_LABELS:
            labelled = True
            _ln_field(text, doc, label, found[1], pe)
        elif labelled:
            body = (body[0] if body is not None else ps, pe)
        else:
            preamble.append((ps, pe))
    _ln_preamble(text, doc, preamble)
    doc.body = body
    _close(doc, closed, "no LOAD-DATE: or LANGUAGE: line after the body")


def _close(doc: _Doc, closed: bool, missing: str) -> None:
    """Warn about a document that ends early or has no body."""
    if doc.body is None:
        doc.warnings.append((doc.start, "a metadata block without a body"))
    elif not closed:
        doc.warnings.append((doc.start, f"the document is truncated: {missing}"))


def _split_lexisnexis(text: str) -> list[_Doc]:
    marks = list(_LN_MARK.finditer(text))
    if not marks:
        return _split_nexis_uni(text)
    docs: list[_Doc] = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        doc = _Doc(start=_trim(text, m.start(), m.end())[0], end=_trim(text, m.start(), end)[1])
        _ln_classic(text, doc, m.end())
        docs.append(doc)
    return docs


def _uni_header(text: str, doc: _Doc, start: int, body_mark: int) -> None:
    """Title, publication and date above Nexis Uni's ``Body`` line; sets ``doc.start``."""
    lines = list(_lines(text, start, body_mark))
    date_at: int | None = None
    for i, (ls, le) in enumerate(lines):
        found = _label(text, ls, le)
        if found is not None and found[0] in LN_HEADER_LABELS:
            _ln_field(text, doc, found[0], found[1], _trim(text, ls, le)[1])
            continue
        if date_at is None and i > 0 and _DATE.match(text, ls, le) is not None:
            date_at = i
    if date_at is None:
        doc.warnings.append((doc.start, "no date line under the publication"))
        first = next((ln for ln in lines if not _blank(text, *ln)), None)
        if first is not None:
            doc.headline, doc.start = _trim(text, *first), _trim(text, *first)[0]
        return
    doc.date = _trim(text, *lines[date_at])
    pub = date_at - 1
    while pub > 0 and _blank(text, *lines[pub]):
        pub -= 1
    doc.outlet = text[slice(*_trim(text, *lines[pub]))]
    top = pub - 1
    while top > 0 and _blank(text, *lines[top]):
        top -= 1
    if top < 0 or _blank(text, *lines[top]):
        doc.start = _trim(text, *lines[pub])[0]
        return
    lead = top
    while lead > 0 and not _blank(text, *lines[lead - 1]):
        lead -= 1
    doc.headline = _trim(text, lines[lead][0], lines[top][1])
    doc.start = doc.headline[0]


def _uni_body(text: str, start: int, end: int) -> tuple[_Range | None, bool]:
    """The body after ``Body`` up to the first closing line or trailer label."""
    lo: int | None = None
    hi = start
    for ls, le in _lines(text, start, end):
        if _blank(text, ls, le):
            continue
        word = text[ls:le].strip()
        found = _label(text, ls, le)
        if word in UNI_BODY_ENDS or (found is not None and found[0] in LN_TRAILER_LABELS):
            return ((lo, hi) if lo is not None else None), True
        lo = ls if lo is None else lo
        hi = _trim(text, ls, le)[1]
    return ((lo, hi) if lo is not None else None), False


def _trailer_end(text: str, start: int, end: int) -> int | None:
    """The end of the last trailer line (``Load-Date: ...``, ``Classification``) in
    ``text[start:end]``, or ``None``."""
    last: int | None = None
    for ls, le in _lines(text, start, end):
        found = _label(text, ls, le)
        if text[ls:le].strip() in UNI_BODY_ENDS or (
            found is not None and found[0] in LN_TRAILER_LABELS
        ):
            last = le
    return last


def _uni_records(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """``(start, content end, end, closed)`` of each Nexis Uni record (*closed*: by an
    ``End of Document`` line, whose start is the content's end). A record with no
    ``End of Document`` line before the next record's ``Body`` ends after its trailer
    (``Load-Date: ...``), so the next record is not lost inside it."""
    pos = 0
    ends = [(m.start(), m.end()) for m in _UNI_END.finditer(text)] + [(len(text), len(text))]
    for mark, end in ends:
        bodies = [m.start() for m in _UNI_BODY.finditer(text, pos, mark)]
        for here, after in itertools.pairwise(bodies):
            cut = _trailer_end(text, here, after)
            if cut is not None:
                yield pos, cut, cut, False
                pos = cut
        yield pos, mark, end, mark != len(text)
        pos = end


def _split_nexis_uni(text: str) -> list[_Doc]:
    docs: list[_Doc] = []
    for pos, mark, end, closed in _uni_records(text):
        chunk = _trim(text, pos, end)
        content = _trim(text, pos, mark)
        if content[0] >= content[1]:
            continue
        doc = _Doc(start=chunk[0], end=chunk[1])
        body = _UNI_BODY.search(text, chunk[0], chunk[1])
        if body is None:
            _uni_header(text, doc, chunk[0], chunk[1])
            if not closed and doc.date is None:
                continue  # trailing text after the last document
        else:
            _uni_header(text, doc, chunk[0], body.start())
            doc.body, trailed = _uni_body(text, body.end(), chunk[1])
            # (the last document, copied alone, may have its trailer and no end line)
            closed = closed or (trailed and end == len(text))
        _close(doc, closed, "no 'End of Document' line")
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------- Factiva


def _factiva_fields(text: str, start: int, end: int) -> list[tuple[str, int, int, int]]:
    """``(code, code start, value start, value end)`` of each field in ``text[start:end]``."""
    marks = [
        (m.group("code"), m.start(), m.end("code")) for m in _FV_CODE.finditer(text, start, end)
    ]
    fields: list[tuple[str, int, int, int]] = []
    for i, (code, at, value) in enumerate(marks):
        stop = marks[i + 1][1] if i + 1 < len(marks) else end
        vs, ve = _trim(text, value, stop)
        fields.append((code, at, vs, ve))
    return fields


def _factiva_doc(text: str, doc: _Doc, fields_end: int, closed: bool) -> None:
    fields = _factiva_fields(text, doc.start, fields_end)
    body_lo: int | None = None
    body_hi = 0
    for code, at, vs, ve in fields:
        if vs >= ve:
            continue
        if code == "HD":
            doc.headline = (vs, ve)
        elif code == "BY":
            doc.byline = (vs, ve)
        elif code == "SN":
            doc.outlet = " ".join(text[vs:ve].split())
        elif code == "PD":
            doc.date = (vs, ve)
        elif code in ("LP", "TD"):
            if body_lo is not None:
                doc.codes.append((at, vs))  # (``TD`` after the lead: inside the body)
            body_lo = vs if body_lo is None else body_lo
            body_hi = ve
    if body_lo is not None:
        doc.body = (body_lo, body_hi)
    _close(doc, closed, "no closing 'Document' line")


#: Codes that may stand before a record's headline (``SE`` its section).
_FV_BEFORE_HEADLINE = frozenset({"SE"})


def _factiva_cuts(text: str, start: int, end: int) -> list[int]:
    """Where a record starts again in ``text[start:end]`` after an earlier record's text
    (``LP``, ``TD``) with no closing ``Document`` line: at its ``HD`` (and ``SE`` before)."""
    cuts: list[int] = []
    body = False
    lead: int | None = None
    for m in _FV_CODE.finditer(text, start, end):
        code = m.group("code")
        if code in ("LP", "TD"):
            body = True
        elif code == "HD" and body:
            cuts.append(m.start() if lead is None else lead)
            body = False
        lead = (m.start() if lead is None else lead) if code in _FV_BEFORE_HEADLINE else None
    return cuts


def _factiva_records(text: str) -> Iterator[tuple[int, int, int, bool]]:
    """``(start, fields end, end, closed)`` of each Factiva record (*closed*: by its
    ``Document <AN>`` line). A record whose closing line is missing ends where the next
    record's headline starts, so the next record is not lost inside it."""
    pos = 0
    seps = [(m.start(), m.end()) for m in _FV_DOC.finditer(text)] + [(len(text), len(text))]
    for sep_start, sep_end in seps:
        for cut in _factiva_cuts(text, pos, sep_start):
            yield pos, cut, cut, False
            pos = cut
        closed = sep_start != len(text)
        yield pos, (sep_start if closed else sep_end), sep_end, closed
        pos = sep_end


#: The word count line of a Factiva record printed with no field codes (``337 words``).
_FV_WORDS = regex.compile(rf"^{_SP}*+\d[\d,]*+{_SP}++words{_SP}*+\r?$", regex.M)
#: Most words of a byline line above the word count (``Ana Ruiz Transport Correspondent``).
_FV_BYLINE_WORDS = 6


def _factiva_plain(text: str, start: int, fields_end: int, end: int, closed: bool) -> _Doc | None:
    """A record of Factiva's article format, with no field codes: a headline (a section
    above it, a byline below it) over the word count line; lines of date, source, its
    code, edition, page, language and copyright up to a blank line; then the body, up to
    the ``Document`` line (*fields_end*; the record runs to *end*, as a coded one does).
    ``None`` for text with no word count line."""
    count = _FV_WORDS.search(text, start, fields_end)
    if count is None:
        return None
    top = [
        _trim(text, a, b) for a, b in _lines(text, start, count.start()) if not _blank(text, a, b)
    ]
    if not top:
        return None
    doc = _Doc(start=top[0][0], end=end)
    doc.headline = top[-1]
    if len(top) > 1 and _plain_byline(text, top[-1], top[-2]):
        doc.headline, doc.byline = top[-2], top[-1]
    meta = list(
        itertools.takewhile(
            lambda r: not _blank(text, *r), _lines(text, count.end() + 1, fields_end)
        )
    )
    if meta:
        doc.date = _trim(text, *meta[0])
    if len(meta) > 1:
        doc.outlet = " ".join(text[meta[1][0] : meta[1][1]].split()) or None
    body_start = meta[-1][1] if meta else count.end()
    lo, hi = _trim(text, body_start, fields_end)
    doc.body = (lo, hi) if lo < hi else None
    _close(doc, closed, "no closing 'Document' line")
    return doc


def _plain_byline(text: str, last: _Range, before: _Range) -> bool:
    """Whether *last*, the line above a codeless record's word count, is its byline
    under the headline *before*: a few capitalized words, shorter than the headline,
    ending in no punctuation."""
    words = text[last[0] : last[1]].split()
    return (
        0 < len(words) <= _FV_BYLINE_WORDS
        and len(words) < len(text[before[0] : before[1]].split())
        and all(w[:1].isupper() for w in words)
        and words[-1][-1:].isalpha()
    )


def _split_factiva(text: str) -> list[_Doc]:
    docs: list[_Doc] = []
    for pos, fields_end, end, closed in _factiva_records(text):
        chunk = _trim(text, pos, end)
        # (from the line's start: a form feed before the first code is trimmed away)
        first = _FV_CODE.search(text, pos, fields_end)
        if first is None:
            # (no field codes: the article format, or a page header or trailing text)
            plain = _factiva_plain(text, pos, min(fields_end, chunk[1]), chunk[1], closed)
            if plain is not None:
                docs.append(plain)
            continue
        doc = _Doc(start=first.start(), end=chunk[1])
        _factiva_doc(text, doc, min(fields_end, chunk[1]), closed)
        docs.append(doc)
    return docs


# --------------------------------------------------------------------------- ProQuest

#: ProQuest's field labels (``Title: ...``); the body runs from ``Full text:`` to the next.
PROQUEST_LABELS: tuple[str, ...] = (
    "Abstract", "Accession number", "Author", "Caption", "Column", "Company / organization",
    "Copyright", "Country of publication", "Credit", "Database", "Dateline", "Document URL",
    "Document feature", "Document type", "Edition", "Full text", "ISSN", "Identifier / keyword",
    "Illustration", "Issue", "Language of publication", "Last updated", "Links", "Location",
    "Name", "Pages", "People", "Place of publication", "ProQuest document ID",
    "Publication date", "Publication info", "Publication subject", "Publication title",
    "Publication year", "Publisher", "Section", "Source type", "Subject", "Title", "Volume",
)  # fmt: skip
_PQ_LABEL = regex.compile(
    "(?P<label>"
    + "|".join(regex.escape(x) for x in sorted(PROQUEST_LABELS, key=len)[::-1])
    + r"):(?:[ \t]++|$)"
)
_PQ_DOC_NO = regex.compile(rf"{_SP}*+Document{_SP}++\d++{_SP}++of{_SP}++\d++{_SP}*+$")
_PQ_FULL = regex.compile(rf"^{_SP}*+FULL{_SP}TEXT\.{_SP}*+\r?$", regex.M)
_PQ_ABSTRACT = regex.compile(rf"^{_SP}*+ABSTRACT\.{_SP}*+\r?$", regex.M)


def _pq_field(text: str, doc: _Doc, label: str, vs: int, ve: int) -> None:
    if label == "Title" and doc.headline is None:
        doc.headline = (vs, ve)
    elif label == "Author":
        doc.byline, doc.semicolons = (vs, ve), True
    elif label == "Publication title":
        name = text[vs:ve].split(";")[0].strip()
        doc.outlet = name or None
    elif label == "Publication date":
        doc.date = (vs, ve)
    elif label == "Dateline":
        doc.dateline = (vs, ve)
    elif label == "Publication info":
        _pq_publication_info(text, doc, vs, ve)


def _pq_publication_info(text: str, doc: _Doc, vs: int, ve: int) -> None:
    """``Publication info: The Lakehead Times; Thunder Bay, Ont. [...]. 03 Nov 2021: A3.``:
    the outlet before the first semicolon and the date, where no other field gave them."""
    if doc.outlet is None:
        doc.outlet = text[vs:ve].split(";")[0].strip() or None
    if doc.date is None:
        m = _PQ_INFO_DATE.search(text, vs, ve)
        if m is not None:
            doc.date = (m.start(), m.end())


#: A date inside ProQuest's ``Publication info`` (``03 Nov 2021``, ``Nov 3, 2021``).
_PQ_INFO_DATE = regex.compile(
    r"\b(?:\d{1,2}[ ]\p{Lu}\p{Ll}{2,8}\.?[ ]\d{4}|\p{Lu}\p{Ll}{2,8}\.?[ ]\d{1,2},[ ]\d{4})\b"
)


def _pq_record(text: str, doc: _Doc, *, last: bool) -> None:
    """Labelled fields; the unlabelled title on top; the body after ``Full text:``."""
    top: _Range | None = None
    body: _Range | None = None
    in_body = closed = False
    for ls, le in _lines(text, doc.start, doc.end):
        if _blank(text, ls, le):
            continue
        m = _PQ_LABEL.match(text, ls, le)
        if m is None:
            if in_body:
                body = (body[0] if body is not None else ls, _trim(text, ls, le)[1])
            elif top is None and _PQ_DOC_NO.match(text, ls, le) is None:
                top = _trim(text, ls, le)
            continue
        label = m.group("label")
        vs, ve = _trim(text, m.end(), le)
        closed = closed or in_body  # a field after the full text
        in_body = label == "Full text"
        if in_body:
            body = (vs, ve) if vs < ve else None
        else:
            _pq_field(text, doc, label, vs, ve)
    if doc.headline is None and top is not None and (body is None or top[0] < body[0]):
        doc.headline = top
    doc.body = _after_full_text(text, *body) if body is not None else None
    if doc.body is None:
        doc.warnings.append((doc.start, "a metadata block without a body (no 'Full text:')"))
    elif last and not closed:
        doc.warnings.append((doc.start, "the document is truncated: no field after the full text"))


_PQ_ABSTRACT_AT = regex.compile(rf"ABSTRACT\.{_SP}*+\r?$", regex.M)


def _after_full_text(text: str, start: int, end: int) -> _Range | None:
    """Skip an ``ABSTRACT.`` section up to ``FULL TEXT.`` at the top of a body."""
    if _PQ_ABSTRACT_AT.match(text, start, end) is None:
        return (start, end)
    full = _PQ_FULL.search(text, start, end)
    if full is None:
        return (start, end)
    lo, hi = _trim(text, full.end(), end)
    return (lo, hi) if lo < hi else None


def _pq_sections(text: str, doc: _Doc) -> None:
    """The variant without labels: title and deck, ``ABSTRACT.``, ``FULL TEXT.``, body."""
    full = _PQ_FULL.search(text, doc.start, doc.end)
    abstract = _PQ_ABSTRACT.search(text, doc.start, doc.end)
    paras = _paragraphs(text, doc.start, doc.end)
    first = next(paras, None)
    if first is not None and _PQ_DOC_NO.match(text, *first) is not None:
        first = next(paras, None)
    if first is not None and (abstract is None or first[0] < abstract.start()):
        ls, le = next(_lines(text, *first))
        doc.headline = _trim(text, ls, le)
    if full is not None:
        lo, hi = _trim(text, full.end(), doc.end)
        doc.body = (lo, hi) if lo < hi else None
    if doc.body is None:
        doc.warnings.append((doc.start, "a metadata block without a body (no 'FULL TEXT.')"))


_PQ_DOC_LINE = regex.compile(
    rf"^{_PAGE}{_SP}*+Document{_SP}++\d++{_SP}++of{_SP}++\d++{_SP}*+\r?$", regex.M
)


def _pq_records(text: str) -> Iterator[tuple[int, int, bool]]:
    """``(start, end, last)`` of each part of a ProQuest export between separators
    (*last*: no separator after it). A ``Document N of M`` line inside a part starts
    another record: the separator before it is missing."""
    pos = 0
    seps = [(m.start(), m.end()) for m in _PQ_SEP.finditer(text)] + [(len(text), len(text))]
    for sep_start, sep_end in seps:
        lo, hi = _trim(text, pos, sep_start)
        for m in _PQ_DOC_LINE.finditer(text, lo, hi):
            if _trim(text, m.start(), m.end())[0] > lo:
                yield lo, _trim(text, lo, m.start())[1], False
                lo = _trim(text, m.start(), m.end())[0]
        yield lo, hi, sep_start == len(text)
        pos = sep_end


def _split_proquest(text: str) -> list[_Doc]:
    docs: list[_Doc] = []
    for lo, hi, last in _pq_records(text):
        if lo >= hi:
            continue
        doc = _Doc(start=lo, end=hi)
        if _PQ_KEY_FIELD.search(text, lo, hi) is not None:
            _pq_record(text, doc, last=last)
        elif _PQ_FULL.search(text, lo, hi) is not None or _PQ_ABSTRACT.search(text, lo, hi):
            _pq_sections(text, doc)
        else:
            continue  # the report's cover or table of contents
        docs.append(doc)
    return docs


_PQ_KEY_FIELD = regex.compile(
    rf"^{_PAGE}(?:Title|Full text|Publication title|Publication date|ProQuest document ID):",
    regex.M,
)


# --------------------------------------------------------------------------- articles

_SPLITTERS: dict[str, Callable[[str], list[_Doc]]] = {
    "factiva": _split_factiva,
    "lexisnexis": _split_lexisnexis,
    "proquest": _split_proquest,
}


#: Values that hold no span: left as they are without a look inside.
_LEAVES = (str, int, float, dt.date, enum.Enum)
#: Per record class, the fields :func:`_shift` looks into (all but the article's text).
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        fields = attrs.fields(cls)
        # Not the fields to_dict() leaves out: the article's text, a quote's cast link.
        names = tuple(f.name for f in fields if f.metadata.get("serialize", True))
        _FIELD_NAMES[cls] = names
    return names


def _shift(value: Any, delta: int) -> Any:
    """*value* with every :class:`Span` (and a dateline's ``body_start``) moved by *delta*."""
    if isinstance(value, Span):
        return Span(start=value.start + delta, end=value.end + delta)
    if value is None or isinstance(value, _LEAVES):
        return value
    if isinstance(value, tuple):
        if not value or isinstance(value[0], _LEAVES):
            return value
        return tuple(_shift(v, delta) for v in value)
    cls = type(value)
    if not attrs.has(cls):
        return value
    changes: dict[str, Any] = {}
    for name in _field_names(cls):
        old = getattr(value, name)
        new = _shift(old, delta)
        if new is not old:
            changes[name] = new
    if isinstance(value, Dateline):
        changes["body_start"] = value.body_start + delta
    return attrs.evolve(value, **changes) if changes else value


def _published(text: str, doc: _Doc) -> dt.date | None:
    if doc.date is None:
        if not any(w.startswith("no date line") for _, w in doc.warnings):
            doc.warnings.append((doc.start, "no publication date in the metadata"))
        return None
    found = _date_at(text, *doc.date)
    if found is None:
        raw = " ".join(text[doc.date[0] : doc.date[1]].split())[:60]
        doc.warnings.append((doc.date[0], f"could not read the publication date {raw!r}"))
    return found


def _body_text(text: str, doc: _Doc) -> str:
    """The body of *doc* as the parser reads it: its field codes as spaces (same length,
    so every offset holds)."""
    assert doc.body is not None
    lo, hi = doc.body
    if not doc.codes:
        return text[lo:hi]
    parts: list[str] = []
    pos = lo
    for at, value in doc.codes:
        parts += [text[pos:at], " " * (value - at)]
        pos = value
    parts.append(text[pos:hi])
    return "".join(parts)


def _sliced(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """*quotes* with each text sliced from *text* again at its span (a quotation across
    a field code holds the code as written)."""
    return tuple(
        q
        if text[q.span.start : q.span.end] == q.text
        else attrs.evolve(q, text=text[q.span.start : q.span.end])
        for q in quotes
    )


def _article(
    text: str, doc: _Doc, registry: Registry | None, line_no: Callable[[int], int]
) -> Article:
    published = _published(text, doc)
    byline = None
    if doc.byline is not None:
        byline = _furniture.byline_from_field(text, *doc.byline, semicolons_only=doc.semicolons)
    headline_span = Span(start=doc.headline[0], end=doc.headline[1]) if doc.headline else None
    headline = " ".join(text[doc.headline[0] : doc.headline[1]].split()) if doc.headline else None
    base = Article(published=published)
    if doc.body is not None:
        lo = doc.body[0]
        base = _shift(_api.analyse(_body_text(text, doc), published, registry), lo)
        base = attrs.evolve(
            base,
            quotes=link_speakers(
                _sliced(text, base.quotes) if doc.codes else base.quotes,
                base.people,
                base.organizations,
            ),
        )
    dateline = base.dateline
    if dateline is None and doc.dateline is not None:
        body_start = doc.body[0] if doc.body is not None else doc.dateline[1]
        dateline = _dateline.field_dateline(text, *doc.dateline, published, body_start=body_start)
    return attrs.evolve(
        base,
        dateline=dateline,
        published=published if published is not None else base.published,
        headline=headline,
        headline_span=headline_span,
        byline=byline,
        outlet=doc.outlet,
        span=Span(start=doc.start, end=doc.end),
        warnings=(*base.warnings, *(f"line {line_no(at)}: {w}" for at, w in doc.warnings)),
        text=text,
    )


def read_export(
    text: str, *, format: str | None = None, registry: Registry | None = None
) -> list[Article]:
    """Split an archive export into articles and parse each one's body.

    *format* forces ``"lexisnexis"``, ``"factiva"`` or ``"proquest"``; by default it
    is detected. Every span of every record indexes *text* as passed, and
    ``Article.span`` is the article's range in it. A document that cannot be read in
    full (truncated, no body, an odd date) keeps what could be read and says why in
    ``Article.warnings``; the other documents are unaffected.
    """
    text = check_text(text, "read_export")
    if format is None:
        format = _detect(text)
    elif not isinstance(format, str):
        raise TypeError(f"read_export(): format must be a str or None, got {type(format).__name__}")
    elif format not in _SPLITTERS:
        raise ValueError(
            f"read_export(): unknown format {format!r}; choose one of "
            + ", ".join(map(repr, FORMATS))
        )
    _api.check_registry(registry)
    line_no = _LineNumbers(text)
    return [_article(text, doc, registry, line_no) for doc in _SPLITTERS[format](text)]
