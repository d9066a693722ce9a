"""Text structure for quotations: paragraphs, sentence boundaries and quote-mark pairs.

Everything works on the caller's string as given (offsets are never shifted):
paragraph and sentence boundaries come from a few compiled patterns, and quotation
marks are paired by a small state machine over the marks alone (never over every
character), so the cost is linear in the text and in the number of marks.

Marks: straight ``"`` (direction from its neighbours), curly “ ”, low „ (closed by “
or ”), guillemets « », TeX-style ```` `` ```` / ``''`` and the HTML entities
``&quot;``, ``&ldquo;``, ``&rdquo;``, ``&#8220;``, ``&#8221;``, ``&#34;`` left in
scraped text. Single quotes are not marks (they are apostrophes far more often:
``don't``, ``'90s``, ``rock 'n' roll``, ``O'Neill``), so single quotes nested inside
double quotes never split a quotation.
"""

from __future__ import annotations

import array
import bisect
import functools
import itertools
import re
from typing import NamedTuple

import regex

from ._vocab import BLOCK_TAGS, HONORIFICS

__all__ = ["MarkPair", "Structure", "hard_wrapped", "pair_marks", "unwrapped"]

#: Marks that open a quotation.
OPENERS: frozenset[str] = frozenset(
    {"“", "„", "«", "``", "&ldquo;", "&#8220;", "&#x201c;", "&#x201C;", "&laquo;", "&#171;"}
)
#: Marks that close a quotation.
CLOSERS: frozenset[str] = frozenset(
    {"”", "»", "''", "&rdquo;", "&#8221;", "&#x201d;", "&#x201D;", "&raquo;", "&#187;"}
)
#: Marks whose direction depends on their neighbours.
AMBIGUOUS: frozenset[str] = frozenset({'"', "&quot;", "&#34;", "&#x22;"})

#: Families of marks: an opener of another family inside an open quotation is a quotation
#: nested in it (``"It isn't about “equal justice” anymore,"``), not a new one.
_FAMILY: dict[str, str] = {
    **dict.fromkeys(AMBIGUOUS, "straight"),
    **dict.fromkeys(("“", "”", "„", "&ldquo;", "&#8220;", "&#x201c;", "&#x201C;"), "curly"),
    **dict.fromkeys(("&rdquo;", "&#8221;", "&#x201d;", "&#x201D;"), "curly"),
    **dict.fromkeys(("«", "»", "&laquo;", "&#171;", "&raquo;", "&#187;"), "guillemet"),
    "``": "tex",
    "''": "tex",
}

#: Characters after which a straight mark opens (besides whitespace and the start).
_OPEN_BEFORE = frozenset("([{—–-/\u2014\u2013:;")
#: Characters before which a straight mark closes (besides whitespace and the end).
_CLOSE_AFTER = frozenset(".,;:!?)]}—–-…/\u2014\u2013")

#: What ends a sentence inside a quotation whose paragraph breaks were lost.
_SENTENCE_END = frozenset(".?!…")

#: Besides letters and digits, what may end a line that a quotation runs on from.
_WRAP_BEFORE = frozenset(",;:-–—")

#: Lines at least this long mean the text is not hard-wrapped.
_LONG_LINE = 100


#: Longest block tag, attributes included, read as a paragraph break (``_block_tag``).
_TAG_CHARS = 300

#: Shortest run of one repeated mark character paired in constant time (see ``_run_plan``).
_RUN = 6


@functools.cache
def _mark_re() -> re.Pattern[str]:
    marks = OPENERS | CLOSERS | AMBIGUOUS
    singles = "".join(sorted(m for m in marks if len(m) == 1))
    entities = sorted((m for m in marks if m.startswith("&")), key=len, reverse=True)
    doubles = sorted(m for m in marks if len(m) == 2 and m[0] == m[1])
    first = "".join(sorted(set(singles) | {m[0] for m in (*entities, *doubles)}))
    # The pattern opens with a character class, so the scan skips other text in C; the
    # character taken is then checked: the rest of an entity (any case) or of a doubled
    # mark, or a mark character alone, or a run of at least _RUN of it as one match.
    rest = [rf"(?<=&)(?i:{'|'.join(re.escape(m[1:]) for m in entities)})"]
    rest += [rf"(?<={re.escape(d[0])}){re.escape(d[1])}" for d in doubles]
    rest.append(rf"(?<=[{re.escape(singles)}])(?:\1{{{_RUN - 1},}})?")
    return re.compile(rf"([{re.escape(first)}])(?:{'|'.join(rest)})")


def _run_plan(start: int, end: int, mark: str) -> tuple[tuple[int, int, str, int], ...]:
    """The marks of a run of one repeated mark character that need pairing.

    Between two adjacent marks there is nothing to quote, and every mark inside the
    run sees the same neighbours, so once a quotation nested in the open one has opened
    and closed (two marks) and the open one has closed (a third), the effect repeats with
    a period of at most two marks: pair the first four (five) and the last two marks, and
    move an opening mark left inside the run forward by the even number of marks skipped
    (the fourth field).
    """
    k = end - start
    head = 4 + (k - 6) % 2
    skip = k - 2 - head
    plan = [(start + i, start + i + 1, mark, 0) for i in range(head)]
    plan.append((end - 2, end - 1, mark, skip))
    plan.append((end - 1, end, mark, 0))
    return tuple(plan)


def _block_tag() -> str:
    """A block tag left in scraped copy (``<p class="lede">``, ``</div>``, ``<br/>``): a
    name of :data:`BLOCK_TAGS` (any case), then at most ``_TAG_CHARS`` characters that are
    no angle bracket, then ``>``; each try is bounded, so a scan stays linear."""
    names = "|".join(sorted(BLOCK_TAGS, key=len, reverse=True))
    return rf"</?(?i:{names})(?![\w-])[^<>]{{0,{_TAG_CHARS}}}>"


@functools.cache
def _para_re(single_newline: bool, tags: bool = False) -> re.Pattern[str]:
    # A blank line (CRLF too), or a newline followed by an indent, starts a paragraph.
    # In text that is not hard-wrapped, every newline does. With *tags* (text that has a
    # ``<``), so does a run of block tags left in scraped copy (``</p><p>``, ``<br>``),
    # and a break takes the tags right after it too. (Spaces before a break are trimmed
    # from the paragraph's end afterwards.)
    tag = _block_tag() if tags else ""
    after = rf"(?:{tag}\s*)*" if tags else ""
    breaks = (
        [r"\n\s*"]
        if single_newline
        else [r"\n[ \t\r\f\v\u00a0]*\n\s*", r"\n(?=\t|[ \u3000]{2,}\S)\s*"]
    )
    if tags:
        breaks.append(tag + r"\s*")
    return re.compile("|".join(b + after for b in breaks))


@functools.cache
def _sentence_re() -> re.Pattern[str]:
    # End punctuation, closing marks/brackets, then whitespace and a capital, digit or
    # opening mark; or a closing mark, whitespace and an opening one. The word before a
    # period is checked against abbreviations in Python. The pattern opens with a
    # character class (the scan skips other text in C), then tells the two apart.
    upper = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0391-\u03a9\u0410-\u042f"
    return re.compile(
        rf"[.?!…\"”](?:(?<=[.?!…])(?<![.?!…][.?!…])[.?!…]*[\"”’'»)\]]*\s+(?=[\"“‘'«(\[]?[{upper}\d])"
        rf"|(?<=[\"”])\s+(?=[\"“][{upper}]))"
    )


def _double_mark_offsets(text: str) -> array.array[int]:
    """Where the ``"``, ``“`` and ``”`` marks of *text* stand, in order: the curly marks
    made straight and the text split at the marks (both in C), then each mark's offset
    summed from the lengths of the pieces before it (no match object per mark: a regex
    scan of a long text cost several times more)."""
    offsets = array.array(_offset_code(text))
    for lo in range(0, len(text), _MARK_CHUNK):  # (a chunk at a time: no copy of it all)
        chunk = text[lo : lo + _MARK_CHUNK]
        straight = chunk.replace("\u201c", '"').replace("\u201d", '"')
        # lo - 1, then each piece's end (its mark's offset), the last one the chunk's end
        ends = itertools.accumulate(map(len, straight.split('"')), _past_mark, initial=lo - 1)
        offsets.extend(itertools.islice(ends, 1, straight.count('"') + 1))
    return offsets


#: How much of a text :func:`_double_mark_offsets` copies at a time.
_MARK_CHUNK = 1 << 15


def _past_mark(at: int, n: int) -> int:
    """The offset of the mark after a piece of *n* characters that follows the mark at *at*."""
    return at + n + 1


#: Abbreviations that are titles: the sentence never ends after them (with every
#: honorific the tables write with a full stop: ``Engr.``, ``Barr.``).
TITLE_ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Lt",
        "Gen", "Capt", "Col", "Maj", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Cmdt", "Rev", "Fr",
        "Pres", "Atty", "Supt", "Det", "Insp", "Amb", "Sec", "Del", "St", "Mt", "Ft", "No", "Nos",
        "Vol", "vs", "v", "Hon", "Gens", "Smt", "Cllr", "Coun", "Msgr", "Const", "Cst",
    }
) | frozenset(h.removesuffix(".") for h in HONORIFICS if h.endswith("."))  # fmt: skip

#: Abbreviations (without the final period) after which a period does not end a sentence.
ABBREVIATIONS: frozenset[str] = TITLE_ABBREVIATIONS | frozenset(
    {
        "Ste", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Jan", "Feb", "Mar", "Apr",
        "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ala", "Ariz", "Ark", "Calif",
        "Colo", "Conn", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash",
        "Wis", "Wyo", "Ave", "Blvd", "Rd", "Univ", "Dept", "approx", "e.g", "i.e", "U.S", "U.N",
        "U.K", "D.C", "a.m", "p.m", "Ph.D", "Ch", "Mohd", "Rs",
    }
)  # fmt: skip

#: Words that start a sentence after an abbreviation such as ``U.S.``.
_STARTERS: frozenset[str] = frozenset(
    {"He", "She", "They", "It", "We", "I", "The", "But", "And", "This", "That", "In", "A"}
)


def _offset_code(text: str) -> str:
    """The array type code for offsets into *text*: 4-byte ints while they fit."""
    return "i" if len(text) < 2**31 and array.array("i").itemsize >= 4 else "q"


def hard_wrapped(text: str) -> bool:
    """Whether *text* is hard-wrapped: four lines or more, nearly all of them short (a
    line break is then a wrap, unless a blank line or an indent makes it a paragraph's)."""
    lines = text.count("\n") + 1
    if lines < 4:
        return False
    # (the long lines counted only until they rule a wrap out: one in twenty of them,
    # which most copy reaches within its first few lines; one scan, however many short
    # or empty lines come between them)
    limit = -(-lines // 20)
    return next(itertools.islice(_long_line_re().finditer(text), limit - 1, None), None) is None


@functools.cache
def _long_line_re() -> regex.Pattern[str]:
    """A line of at least :data:`_LONG_LINE` characters (its first ones)."""
    return regex.compile(rf"(?m)^[^\n]{{{_LONG_LINE}}}")


def unwrapped(text: str) -> str:
    """*text* with each line break of a hard wrap as a space, character for character
    (the same length: every offset into it is one into *text*), for the readers of names
    that a wrap may cut (``workers of the Kesley\nTown Council``). A break after a blank
    line, or before an indent or another break, is a paragraph's and stays; so is every
    break of a text that is not hard-wrapped (:func:`hard_wrapped`)."""
    if "\n" not in text or not hard_wrapped(text):
        return text
    return _wrap_re().sub(lambda m: " " * len(m.group()), text)


@functools.cache
def _wrap_re() -> regex.Pattern[str]:
    # (a line with a character that is no space before it; a line with no indent after)
    return regex.compile(r"(?<=[^\s][^\S\n]{0,40})\r?+\n(?=[^\s])")


def _paragraphs(text: str) -> tuple[array.array[int], array.array[int]]:
    """The starts and ends of the paragraphs (trailing spaces trimmed from the ends)."""
    wrapped = hard_wrapped(text)
    code = _offset_code(text)
    starts = array.array(code, [0])
    ends = array.array(code)
    for m in _para_re(not wrapped, "<" in text).finditer(text):
        e = m.start()
        if text[e] == "<" and m.end() < len(text) and text[m.end()].islower():
            continue  # ``We will not </div> back down``: a tag inside a sentence
        if not wrapped and _mid_sentence_break(text, e, m.end()):
            continue  # a hard wrap inside a sentence, in a quotation or not
        while e > starts[-1] and text[e - 1] in " \t\r\n\u00a0":
            e -= 1
        ends.append(e)
        starts.append(m.end())
    ends.append(len(text))
    return starts, ends


def _mid_sentence_break(text: str, nl: int, nxt: int) -> bool:
    """A single line break after a word, a number, a comma or a quotation closed by a
    comma, and before a lower-case word (``We will not\ngo back``, ``the union said
    the\noffer``, ``"We will not go back,"\nsaid Ruiz``): mid-sentence, as in
    hard-wrapped copy, inside a quotation or not."""
    if nxt != nl + 1 or nxt >= len(text) or not text[nxt].islower():
        return False
    k = nl - 1 if nl > 0 and text[nl - 1] == "\r" else nl
    if k > 1 and text[k - 1] in _CLOSING_DOUBLE and text[k - 2] in _CLOSED_BY:
        return True
    return k > 0 and (text[k - 1].isalnum() or text[k - 1] in _WRAP_BEFORE)


#: A closing double mark, and what closes a quotation that a cue follows (``,"``).
_CLOSING_DOUBLE = frozenset('"”')
_CLOSED_BY = frozenset(",!?")


def _sentence_bounds(text: str) -> array.array[int]:
    """Where sentences start: after end punctuation that is no abbreviation's period."""
    bounds = array.array(_offset_code(text))
    abbrevs = ABBREVIATIONS
    for m in _sentence_re().finditer(text):
        s = m.start()
        if text[s] == "." and text[s + 1] not in "?!…":
            # The word before the period: an abbreviation or an initial?
            word = text[max(0, s - 8) : s].rpartition(" ")[2]
            if "\n" in word or "(" in word or "“" in word or '"' in word:
                k = max(word.rfind("\n"), word.rfind("("), word.rfind("“"), word.rfind('"'))
                word = word[k + 1 :]
            if word not in abbrevs and "-" in word:
                word = word.rpartition("-")[2]  # (``DFL-St. Cloud``: a party and a place)
            initials = "." in word and len(word) <= 7 and word.replace(".", "").isupper()
            if word in abbrevs or initials or (len(word) == 1 and word.isupper()):
                # ``in the U.S. He said``: a place abbreviation can end a sentence,
                # but ``Sen. Ted Cruz`` and ``J.J. MacNab`` do not.
                nxt = text[m.end() : m.end() + 6].split(" ", 1)[0]
                if word in TITLE_ABBREVIATIONS or len(word) == 1 or nxt not in _STARTERS:
                    continue
        bounds.append(m.end())
    return bounds


class Structure:
    """Paragraph and sentence boundaries of one text, found once and searched by bisect."""

    __slots__ = ("_double_marks", "para_ends", "para_starts", "sent_bounds", "text")

    def __init__(self, text: str, lead: int = 0) -> None:
        """*lead*: where the story starts after a dateline (``DETROIT (AP) —``), which
        then ends a sentence of its own (a reported clause never opens with it)."""
        self.text = text
        self._double_marks: array.array[int] | None = None
        # Offsets are kept in arrays of machine integers (4 bytes each, not a Python int
        # object each): a text of many short paragraphs costs little memory.
        self.para_starts, self.para_ends = _paragraphs(text)
        self.sent_bounds = _sentence_bounds(text)
        if 0 < lead < len(text):
            k = bisect.bisect_left(self.sent_bounds, lead)
            if k == len(self.sent_bounds) or self.sent_bounds[k] != lead:
                self.sent_bounds.insert(k, lead)

    def count_double_marks(self, a: int, b: int) -> int:
        """How many ``"``, ``“`` and ``”`` marks lie in ``[a, b)`` (an index built once
        per text, then two bisections: a long paragraph costs the same per query)."""
        index = self._double_marks
        if index is None:
            index = self._double_marks = _double_mark_offsets(self.text)
        return bisect.bisect_left(index, b) - bisect.bisect_left(index, a)

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph holding *pos*."""
        return max(0, bisect.bisect_right(self.para_starts, pos) - 1)

    def para_span(self, index: int) -> tuple[int, int]:
        return self.para_starts[index], self.para_ends[index]

    def sentence_start(self, pos: int) -> int:
        """Start of the sentence holding *pos* (never before its paragraph)."""
        bounds = self.sent_bounds
        i = bisect.bisect_right(bounds, pos) - 1
        # (The paragraph of *pos*, as :meth:`paragraph` finds it: called this often, the
        # lookup is written out here.)
        para_start = self.para_starts[max(0, bisect.bisect_right(self.para_starts, pos) - 1)]
        if i < 0:
            return para_start
        bound = bounds[i]
        return bound if bound > para_start else para_start

    def sentence_end(self, pos: int) -> int:
        """End of the sentence holding *pos*: the first boundary after it (or the paragraph end)."""
        bounds = self.sent_bounds
        i = bisect.bisect_right(bounds, pos)
        para_end = self.para_ends[max(0, bisect.bisect_right(self.para_starts, pos) - 1)]
        if i >= len(bounds):
            return para_end
        bound = bounds[i]
        return bound if bound < para_end else para_end


class MarkPair(NamedTuple):
    """One quotation found by pairing marks."""

    #: Offset of the opening mark.
    open: int
    #: First and last+1 offsets of the words inside (whitespace trimmed).
    start: int
    end: int
    #: Offset just after the closing mark (or the paragraph end when unclosed).
    close: int
    #: ``True`` when the mark was never closed in its paragraph.
    unclosed: bool
    #: ``True`` when the quotation runs on into the next paragraph (multi-paragraph quote).
    continues: bool


def _direction(text: str, start: int, end: int, mark: str) -> str:
    """``"o"`` opener, ``"c"`` closer, ``"a"`` ambiguous for one mark at ``[start, end)``."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    key = (before, mark, after)
    kind = _KINDS.get(key)
    if kind is None:
        kind = _direction_of(before, mark, after)
        if len(_KINDS) < _MAX_KINDS:
            _KINDS[key] = kind
    return kind


#: Directions already worked out, by (character before, mark, character after).
_KINDS: dict[tuple[str, str, str], str] = {}
_MAX_KINDS = 4096


def _direction_of(before: str, mark: str, after: str) -> str:
    if mark in OPENERS:
        # A typo'd closer: ``“It's unusual,“ said`` (after a word, before a space).
        if (
            mark == "“"
            and not before.isspace()
            and before not in _OPEN_BEFORE
            and (after.isspace() or after in _CLOSE_AFTER)
        ):
            return "c"
        return "o"
    if mark in CLOSERS:
        # A typo'd opener: ``” … in the case of`` at the start of a paragraph.
        if (
            mark == "”"
            and before.isspace()
            and not after.isspace()
            and (after not in _CLOSE_AFTER or after == "…")
        ):
            return "o"
        return "c"
    open_ok = before.isspace() or before in _OPEN_BEFORE or before in "“\"'‘"
    close_ok = after.isspace() or after in _CLOSE_AFTER or after in "”\"'’"
    if open_ok and not close_ok:
        return "o"
    if close_ok and not open_ok:
        return "c"
    return "a"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    seg = text[start:end]
    lead = len(seg) - len(seg.lstrip())
    trail = len(seg) - len(seg.rstrip())
    return start + lead, max(start + lead, end - trail)


class _Pairing:
    """The state of :func:`pair_marks` while it walks the marks of one text."""

    __slots__ = (
        "inner",
        "n",
        "npara",
        "open_end",
        "open_mark",
        "open_start",
        "out",
        "para_ends",
        "para_starts",
        "pi",
        "text",
    )

    def __init__(self, text: str, struct: Structure) -> None:
        self.text = text
        self.n = len(text)
        self.para_ends = struct.para_ends
        self.para_starts = struct.para_starts
        self.npara = len(struct.para_ends)
        self.out: list[MarkPair] = []
        self.pi = 0
        self.open_start = -1
        self.open_end = -1
        self.open_mark = ""
        #: The family of a quotation nested in the open one ("" when none is).
        self.inner = ""

    def next_paragraphs(self, ms: int, me: int, mark: str) -> None:
        """Leave the paragraphs that end before the mark at *ms*, closing a quotation left
        open at a paragraph's end (``continues`` when the next one opens with a mark)."""
        text, para_ends = self.text, self.para_ends
        while self.pi < self.npara - 1 and ms >= para_ends[self.pi]:
            if self.open_start >= 0:
                end = para_ends[self.pi]
                cont = ms == self.para_starts[self.pi + 1] and _direction(text, ms, me, mark) != "c"
                a, b = _trim(text, self.open_end, end)
                if b > a:
                    self.out.append(MarkPair(self.open_start, a, b, end, True, cont))
                self.open_start = -1
            self.inner = ""
            self.pi += 1

    def mark(self, ms: int, me: int, mark: str, kind: str) -> None:
        """One mark of direction *kind* (``o``, ``c``, ``a``) at ``[ms, me)``."""
        if self.open_start < 0:
            if kind != "c":
                self.open_start, self.open_end, self.open_mark = ms, me, mark
            return
        fam = _FAMILY.get(mark, "")
        open_fam = _FAMILY.get(self.open_mark, "")
        if self.inner:
            # Inside a nested quotation: its own family's closer ends it.
            if fam == self.inner and (kind != "o" or mark in AMBIGUOUS):
                self.inner = ""
                return
            if fam != open_fam:
                return
        opens = kind == "o" and not (self.open_mark == "„" and mark == "“")
        if opens and not self.inner and fam == open_fam and self.restarts(ms, me):
            self.resume(ms, me, mark)
            return
        if opens and not (self.open_mark in AMBIGUOUS and mark in AMBIGUOUS):
            if (
                not self.inner
                and fam != open_fam
                and self.open_mark != "„"
                and self.text[self.open_end : ms].strip()
            ):
                # ``"“`` side by side is one doubled mark, not a nested quotation.
                self.inner = fam
            else:
                # A new opener while one is open: the first was never closed.
                self.open_start, self.open_end, self.open_mark = ms, me, mark
            return
        self.close(ms, me)

    def restarts(self, ms: int, me: int) -> bool:
        """Whether the opening mark at ``[ms, me)`` opens a sentence right after the open
        quotation's last one ended (``... are safe. “Nobody ...``): in copy whose paragraph
        breaks were lost, the next paragraph of a quotation that runs on."""
        text = self.text
        if me >= len(text) or not (text[me].isupper() or text[me].isdigit()):
            return False
        k = ms
        while k > self.open_end and text[k - 1].isspace():
            k -= 1
        return self.open_end < k < ms and text[k - 1] in _SENTENCE_END

    def resume(self, ms: int, me: int, mark: str) -> None:
        """The open quotation ends before the mark at ``[ms, me)`` (unclosed, and it
        ``continues``), and the mark opens its next piece."""
        a, b = _trim(self.text, self.open_end, ms)
        if b > a:
            self.out.append(MarkPair(self.open_start, a, b, ms, True, True))
        self.open_start, self.open_end, self.open_mark = ms, me, mark

    def close(self, ms: int, me: int) -> None:
        """The open quotation closes with the mark at ``[ms, me)``."""
        text, open_end = self.text, self.open_end
        if ms > open_end:
            if text[open_end].isspace() or text[ms - 1].isspace():
                a, b = _trim(text, open_end, ms)
            else:
                a, b = open_end, ms
            if b > a:
                self.out.append(MarkPair(self.open_start, a, b, me, False, False))
        self.open_start = -1
        self.inner = ""

    def finish(self) -> list[MarkPair]:
        """The pairs, with a quotation still open closed at its paragraph's end."""
        if self.open_start >= 0:
            pi = self.pi
            while pi < self.npara - 1 and self.open_end > self.para_ends[pi]:
                pi += 1
            a, b = _trim(self.text, self.open_end, self.para_ends[pi])
            if b > a:
                self.out.append(MarkPair(self.open_start, a, b, self.para_ends[pi], True, False))
        return self.out


def pair_marks(text: str, struct: Structure) -> list[MarkPair]:
    """Pair the quotation marks of *text* paragraph by paragraph.

    A mark left open at the end of its paragraph closes there; when the next paragraph
    starts with an opening mark, the quotation is a multi-paragraph one and the pair is
    flagged ``continues``. Stray closing marks are ignored. Never swallows more than
    one paragraph.
    """
    state = _Pairing(text, struct)
    n = len(text)
    para_ends = struct.para_ends
    last_para = len(para_ends) - 1
    kinds = _KINDS
    # The loop takes the most common steps itself (a mark while no quotation is open, a
    # mark that closes the open one); the rest goes through the state's methods.
    for m in _mark_re().finditer(text):
        ms, me = m.span()
        mark = m.group()
        if me - ms >= _RUN and mark[0] != "&":
            _pair_run(state, text, ms, me, mark[0])
            continue
        if state.pi < last_para and ms >= para_ends[state.pi]:
            state.next_paragraphs(ms, me, mark)
        kind = kinds.get((text[ms - 1] if ms else " ", mark, text[me] if me < n else " "))
        if kind is None:
            kind = _direction(text, ms, me, mark)
        if state.open_start < 0:
            if kind != "c":
                state.open_start, state.open_end, state.open_mark = ms, me, mark
        elif kind != "o" and not state.inner:
            # (What :meth:`_Pairing.mark` does with a closing or ambiguous mark while no
            # quotation is nested in the open one: close it.)
            state.close(ms, me)
        else:
            state.mark(ms, me, mark, kind)
    return state.finish()


def _pair_run(state: _Pairing, text: str, start: int, end: int, char: str) -> None:
    """The marks of a run of one repeated mark character (see :func:`_run_plan`)."""
    para_ends = state.para_ends
    last_para = len(para_ends) - 1
    for ms, me, mark, skip in _run_plan(start, end, char):
        if skip and state.open_start >= start:
            state.open_start += skip
            state.open_end += skip
        if state.pi < last_para and ms >= para_ends[state.pi]:
            state.next_paragraphs(ms, me, mark)
        state.mark(ms, me, mark, _direction(text, ms, me, mark))
