"""British single quotation marks: ``'We will not be bullied,' she said.``

Single marks are apostrophes far more often (``don't``, ``'90s``, ``rock 'n' roll``, ``the
workers' union``), so a pair is a quotation only when its position *and* an attribution
around it say so:

- the opening mark follows a space, the start of the text or an open bracket and precedes
  a letter (or an opening double mark), and is not inside a word;
- the closing mark follows punctuation (``,'`` ``.'`` ``?'`` ``!'``), or follows a letter and
  precedes punctuation (``'...win', she said``), and is not inside a word;
- the quotation opens its sentence (or follows a colon) and has its own cue right after it
  (``, she said`` / ``, said Smith``), or a cue introduces it (``Smith said: '...'``).

Once a text quotes that way, a paragraph that is nothing but one single-marked quotation
ending a sentence is one too (a speaker's second paragraph), and so are words in single
marks that close right before the end of a clause of the reporter's sentence (``called
the offer 'an insult'.``, ``was 'a disgrace', she said``): the quotation reader tells
partial quotations from scare quotes there.

Copy that quotes with
double marks anywhere outside single-marked quotations keeps them only (single marks are
then nested quotations or apostrophes: ``"He called it 'theft,'" she said``), but for a
paragraph that holds no double mark: there, a single-marked quotation with a verb of
speech as its cue is one (a tabloid's body beside a double-marked phrase elsewhere);
double-marked quotations nested inside single-marked ones are not quotations of their
own.
Every search is bounded, so the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
import functools
import sys

import regex

from ._attribution import How, find_cue_after, find_cue_before
from ._frames import COMPLEMENT_LEADS
from ._marks import MarkPair, Structure

__all__ = ["single_mark_pairs"]

#: A closing mark is looked for this far after its opening mark (within the paragraph).
_QUOTE_REACH = 2000
#: An adjacent cue starts this close after the closing mark, read in this window.
_CUE_GAP = 3
_CUE_WINDOW = 120
#: A cue introducing the quotation is read in this window before it.
_BEFORE_WINDOW = 200
#: The candidate pairs analysed in a burst, then one per this many characters (the
#: cost per character stays bounded on text that is little but marks).
_PAIR_BURST = 48
_PAIR_CHARS = 200
#: Speakers of imagined speech, not reported speech.
_HYPOTHETICAL = frozenset(("you",))
#: What ends a sentence inside a closing mark.
_SENTENCE_END = frozenset(".?!…")


@functools.cache
def _opener_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        (?<! [^\s(\[\u2014\u2013"\u201c] )   # after a space, an open bracket, a dash or the start
        ['\u2018]
        (?= ["\u201c]? \p{L} )               # before a letter (not '90s)
        """,
        regex.VERBOSE,
    )


@functools.cache
def _closer_re() -> regex.Pattern[str]:
    return regex.compile(
        r"""
        (?: (?<= [.,?!…"\u201d] ) ['\u2019] (?! [\p{L}\p{N}] )   # ,'  .'  ?'  !'
          | (?<= [\p{L}\p{N}] ) ['\u2019] (?= [.,?!;:] (?:\s|$) ) # win', she said
        )
        """,
        regex.VERBOSE,
    )


def single_mark_pairs(text: str, st: Structure, pairs: list[MarkPair]) -> list[MarkPair]:
    """*pairs* (the double-marked pairs) with the single-marked quotations added, in order."""
    if "'" not in text and "\u2018" not in text:
        return pairs
    if "''" in text or "``" in text:
        # Doubled apostrophes quote here (``''We will,'' she said``): single marks nest.
        return pairs
    openers = [m.start() for m in _opener_re().finditer(text)]
    if not all(_may_nest(openers, p) for p in pairs):
        # Some double-marked quotation has no single mark open before it to hold it:
        # double marks quote here, but for paragraphs with none (:func:`_mixed`).
        return _mixed(text, st, pairs, openers)
    doubles = [(p.open, p.close) for p in pairs]
    # Every closing mark, found once: each opening mark then looks its closer up.
    closers = [(c.start(), c.end()) for c in _closer_re().finditer(text)]
    found: list[MarkPair] = []
    whole: list[MarkPair] = []
    last = -1
    bucket = _Bucket()
    mids: list[tuple[int, int]] | None = None  # closers before a word, found when asked
    left_open = _LeftOpen(text, st, openers)
    for o in openers:
        if o < last or _inside(doubles, o):
            continue
        pair = _pair_at(text, st, o, closers)
        if pair is not None and _inside(doubles, pair.close - 1):
            continue
        if pair is None or not _attributed(text, st, pair):
            mids = _mid_closers(text) if mids is None else mids
        mid = _pair_at(text, st, o, mids) if mids is not None else None
        if pair is None and mid is None:
            continue
        if not bucket.take(o):
            continue  # (as for double marks: text that is little but marks loses pairs)
        if pair is not None and (_attributed(text, st, pair) or left_open.goes_on(pair)):
            found.append(pair)
        elif pair is not None and (
            _whole_paragraph(text, st, pair)
            or _continues(text, st, pair, found)
            or _resumes(text, st, pair, found)
            or _inline(text, st, pair)
        ):
            whole.append(pair)
        elif mid is not None and _inline_before_word(text, st, mid):
            pair = mid
            whole.append(pair)
        else:
            continue
        last = pair.close
    if not found and (pairs or not any(_reported_inline(text, st, p) for p in whole)):
        return pairs
    singles = sorted(found + whole)
    opens = [p.open for p in singles]
    if any(not _nested(singles, opens, p) for p in pairs):
        # Double marks quote here: single ones are nested quotations or apostrophes,
        # but for paragraphs with no double-marked pair (:func:`_mixed`).
        return _mixed(text, st, pairs, openers)
    return _open_paragraphs(text, st, openers, singles)


class _Bucket:
    """A token bucket over the opening marks: :data:`_PAIR_BURST` pairs at once, then one
    per :data:`_PAIR_CHARS` characters (text that is little but marks loses pairs, as
    for double marks, and the cost per character stays bounded)."""

    __slots__ = ("at", "tokens")

    def __init__(self) -> None:
        self.tokens = float(_PAIR_BURST)
        self.at = -1

    def take(self, o: int) -> bool:
        """Whether the opening mark at *o* may be analysed (then one token fewer)."""
        self.tokens = min(_PAIR_BURST, self.tokens + (o - self.at) / _PAIR_CHARS)
        self.at = o
        if self.tokens < 1.0:
            return False
        self.tokens -= 1.0
        return True


class _LeftOpen:
    """The paragraphs that leave a single-marked quotation open for the next one to go on
    (``Ruiz said: 'We waited three years.⏎'We will strike on Monday.' ...``): each read
    once, however many paragraphs ask."""

    __slots__ = ("memo", "openers", "st", "text")

    def __init__(self, text: str, st: Structure, openers: list[int]) -> None:
        self.text, self.st, self.openers = text, st, openers
        self.memo: dict[int, bool] = {}

    def goes_on(self, pair: MarkPair) -> bool:
        """Whether *pair* opens its paragraph, ends a sentence, and goes on the quotation
        that the paragraph before left open: a cue and a colon introduced it there, or a
        mark opened that paragraph, going on one before (up to :data:`_OPEN_PARAGRAPHS`)."""
        para = self.st.paragraph(pair.open)
        if para == 0 or self.st.para_starts[para] != pair.open:
            return False
        if self.text[pair.end - 1 : pair.end] not in _SENTENCE_END:
            return False
        return self._open(para - 1, _OPEN_PARAGRAPHS)

    def _open(self, para: int, depth: int) -> bool:
        """Whether paragraph *para* ends a sentence inside a quotation opened in it."""
        known = self.memo.get(para)
        if known is None:
            known = self.memo[para] = self._read(para, depth)
        return known

    def _read(self, para: int, depth: int) -> bool:
        ps, pe = self.st.para_span(para)
        i = bisect.bisect_left(self.openers, pe) - 1
        if i < 0 or self.openers[i] < ps or self.text[pe - 1 : pe] not in _SENTENCE_END:
            return False
        o = self.openers[i]  # (the paragraph's last opening mark, then no closer after it)
        if _closer_re().search(self.text, o + 1, pe) is not None:
            return False
        if o == ps:
            return depth > 1 and para > 0 and self._open(para - 1, depth - 1)
        return _introduced(self.text, ps, o)


#: How many paragraphs one quotation may run over before the one that closes it.
_OPEN_PARAGRAPHS = 8


def _mixed(text: str, st: Structure, pairs: list[MarkPair], openers: list[int]) -> list[MarkPair]:
    """*pairs* with the single-marked quotations that have their own cue (``'We will
    win,' she said``), and the sentences and rest that follow one in its paragraph
    (``... she said. 'We always do.'``, ``... said Ruiz, 'and we will.'``), in paragraphs
    that hold no double-marked pair."""
    doubled = {st.paragraph(p.open) for p in pairs}
    closers = [(c.start(), c.end()) for c in _closer_re().finditer(text)]
    found: list[MarkPair] = []
    last = -1
    bucket = _Bucket()
    for o in openers:
        if o < last or st.paragraph(o) in doubled or not bucket.take(o):
            continue
        pair = _pair_at(text, st, o, closers)
        if pair is None:
            continue
        if (_opens_sentence(text, st, o) and _said(text, st, pair)) or (
            _continues(text, st, pair, found) or _resumes(text, st, pair, found)
        ):
            found.append(pair)
            last = pair.close
    return sorted(pairs + found) if found else pairs


def _said(text: str, st: Structure, pair: MarkPair) -> bool:
    """:func:`_attributed` by a verb of speech (``she said``, ``He added: '...'``), not by
    a name and a colon alone (``Kasich: 'We Will Win'``, a headline's form, where single
    marks stand for double ones)."""
    if not _attributed(text, st, pair):
        return False
    ss = st.sentence_start(pair.open)
    if not text[ss : pair.open].rstrip().endswith(":"):
        return True
    cue = find_cue_before(text, max(ss, pair.open - _BEFORE_WINDOW), pair.open, partial=False)
    return cue is not None and cue.how is not How.COLON


def _open_paragraphs(
    text: str, st: Structure, openers: list[int], singles: list[MarkPair]
) -> list[MarkPair]:
    """*singles* with the paragraphs of a quotation over paragraphs (``'We waited three
    years.⏎⏎'Nobody wants a strike,' said Ruiz.``): a paragraph that opens with a single
    mark (or whose cue and colon introduce one: ``Ruiz said: 'We waited.⏎⏎'...'``),
    closes none and ends a sentence, before a paragraph that opens a quotation."""
    starts = {p.open for p in singles}
    extra: list[MarkPair] = []
    for o in reversed(openers):
        para = st.paragraph(o)
        ps, pe = st.para_span(para)
        if o in starts or para + 1 >= len(st.para_starts):
            continue
        if st.para_starts[para + 1] not in starts or (o != ps and not _introduced(text, ps, o)):
            continue  # (the cheap test first: no quotation opens the next paragraph)
        a, b = o + 1, pe
        if text[b - 1 : b] not in _SENTENCE_END or _closer_re().search(text, a, b) is not None:
            continue
        extra.append(MarkPair(o, a, b, pe, True, True))
        starts.add(o)
    return sorted(singles + extra) if extra else singles


def _introduced(text: str, ps: int, o: int) -> bool:
    """Whether the words before the mark at *o* in its paragraph (from *ps*) end with a
    reporting cue and a colon (``Ana Ruiz said: '``)."""
    lo = max(ps, o - _BEFORE_WINDOW)  # (bounded: many openers in one long paragraph)
    if not text[lo:o].rstrip().endswith(":"):
        return False
    return find_cue_before(text, lo, o, partial=False) is not None


def _may_nest(openers: list[int], pair: MarkPair) -> bool:
    """Whether a single-marked pair could hold *pair*: a single mark opens before it, close
    enough for its closer (at most ``_QUOTE_REACH`` after it) to come after *pair*."""
    i = bisect.bisect_left(openers, pair.open) - 1
    return i >= 0 and openers[i] >= pair.close - _QUOTE_REACH


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Whether *pos* lies inside one of the (sorted, disjoint) *spans*."""
    i = bisect.bisect_right(spans, (pos, sys.maxsize)) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


def _nested(singles: list[MarkPair], opens: list[int], pair: MarkPair) -> bool:
    i = bisect.bisect_right(opens, pair.open) - 1
    return i >= 0 and singles[i].open < pair.open and pair.close <= singles[i].close


def _pair_at(text: str, st: Structure, o: int, closers: list[tuple[int, int]]) -> MarkPair | None:
    """The pair opening at *o*: the first closing mark in its paragraph (bounded)."""
    para_end = st.para_ends[st.paragraph(o)]
    i = bisect.bisect_left(closers, (o + 2, 0))
    if i == len(closers) or closers[i][1] > min(para_end, o + _QUOTE_REACH):
        return None
    a, b = o + 1, closers[i][0]
    close = closers[i][1]
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return MarkPair(o, a, b, close, False, False) if b > a else None


def _opens_sentence(text: str, st: Structure, o: int) -> bool:
    lead = text[st.sentence_start(o) : o].strip()
    return not lead or lead.endswith(":")


def _attributed(text: str, st: Structure, pair: MarkPair) -> bool:
    """Its own cue right after it, or a cue introducing it (``X said: '...'``)."""
    o, close = pair.open, pair.close
    ss = st.sentence_start(o)
    lead = text[ss:o].rstrip()
    if lead.endswith((":", ",")):
        cue = find_cue_before(text, max(ss, o - _BEFORE_WINDOW), o, partial=False)
        if (
            cue is not None
            and min(cue.cand.start, cue.cue_start) >= ss
            and text[cue.cand.start : cue.cand.end].lower() not in _HYPOTHETICAL
        ):
            # The speaker and the verb in the clause that introduces it; not a
            # hypothetical ``if you tell people, '...'``.
            return True
    if lead and not lead.endswith(":"):
        return False
    para_end = st.para_ends[st.paragraph(o)]
    end = min(para_end, close + _CUE_WINDOW)
    after = find_cue_after(text, close, end)
    return after is not None and min(after.cand.start, after.cue_start) - close <= _CUE_GAP


def _continues(text: str, st: Structure, pair: MarkPair, found: list[MarkPair]) -> bool:
    """A sentence in single marks after a quotation and its cue in the same paragraph
    (``'We will win,' she said. 'We always do.'``)."""
    if not found or st.paragraph(found[-1].open) != st.paragraph(pair.open):
        return False
    # (a double-marked quotation may close inside it: ``'I told them, "No."'``)
    inner_end = text[max(pair.start, pair.end - 3) : pair.end].rstrip('"\u201d')
    return (
        st.sentence_start(pair.open) == pair.open
        and inner_end[-1:] in _SENTENCE_END
        and text[pair.close : pair.close + 1] in ("", " ", "\n")
    )


def _resumes(text: str, st: Structure, pair: MarkPair, found: list[MarkPair]) -> bool:
    """The rest of a quotation after its cue (``'We were let down,' said Mr Bell, 'and we
    won't take it.'``): it opens right after the comma of the cue that follows the
    quotation found last, in the same sentence."""
    if not found or st.paragraph(found[-1].open) != st.paragraph(pair.open):
        return False
    gap = text[found[-1].close : pair.open]
    return (
        len(gap) <= _CUE_WINDOW
        and gap.rstrip().endswith(",")
        and "'" not in gap
        and "‘" not in gap
        and st.sentence_start(pair.open) <= found[-1].open
    )


def _inline(text: str, st: Structure, pair: MarkPair) -> bool:
    """Words in single marks inside the reporter's sentence, closed before its end
    punctuation (``said the claim was 'unaffordable'.``, ``urged them to 'think
    again'.``): kept in copy that quotes with single marks, where the quotation reader
    tells a partial quotation from a scare quote as it does for double marks."""
    o = pair.open
    lead = text[st.sentence_start(o) : o].rstrip()
    if not lead or lead.endswith(":"):
        return False
    inner = text[pair.start : pair.end]
    if any(m in inner for m in _LOOSE_MARKS):
        return False  # (``'disappointed' and urged them to 'think again'``: two pairs)
    nxt = text[pair.close : pair.close + 1]
    return (nxt in _SENTENCE_END or nxt in _CLAUSE_END) and pair.close <= st.sentence_end(o)


def _reported_inline(text: str, st: Structure, pair: MarkPair) -> bool:
    """Words in single marks inside reported speech (``Ruiz said the board had been
    'utterly reckless' with pensions``): two words at least after a reporting verb of
    their sentence. In copy with no double-marked quotation, such a pair is evidence
    that the copy quotes with single marks, as a quotation with its own cue is."""
    o = pair.open
    ss = st.sentence_start(o)
    words = len(text[pair.start : pair.end].split())
    if (words < _MIN_MID_WORDS and not _complement(text, o)) or o - ss < _MIN_LEAD:
        return False
    cue = find_cue_before(text, max(ss, o - _BEFORE_WINDOW), o, partial=True)
    return cue is not None and min(cue.cand.start, cue.cue_start) >= ss


#: Characters of the reporter's sentence before reported words in single marks.
_MIN_LEAD = 8


def _mid_closers(text: str) -> list[tuple[int, int]]:
    """Every closing mark right after a word and before a space and a lower-case word
    (``'no real answers' on pay``), which a plural possessive looks like too
    (``the workers' union``): read only for :func:`_inline_before_word`."""
    return [(c.start(), c.end()) for c in _mid_closer_re().finditer(text)]


@functools.cache
def _mid_closer_re() -> regex.Pattern[str]:
    return regex.compile(r"(?<=[\p{L}\p{N}])['\u2019](?=[^\S\n]++[\p{Ll}\p{N}])")


def _inline_before_word(text: str, st: Structure, pair: MarkPair) -> bool:
    """Words in single marks inside the reporter's sentence that it goes on after (``said
    the union had been given 'no real answers' on pay``): two words at least, no other
    mark among them, in the sentence they open in. Kept in copy that quotes with single
    marks, where the quotation reader tells a partial quotation from a scare quote."""
    o = pair.open
    lead = text[st.sentence_start(o) : o].rstrip()
    if not lead or lead.endswith(":") or pair.close > st.sentence_end(o):
        return False
    inner = text[pair.start : pair.end]
    if any(m in inner for m in _LOOSE_MARKS) or "'" in inner or "\u2019" in inner:
        return False
    return len(inner.split()) >= _MIN_MID_WORDS or _complement(text, o)


def _complement(text: str, o: int) -> bool:
    """Whether the word in marks at *o* follows a copula or ``as`` (``said members
    were 'angry' about it``): the speaker's word, as in double marks."""
    return text[max(0, o - 12) : o].rstrip().rpartition(" ")[2].lower() in _COMPLEMENT_LEADS


_COMPLEMENT_LEADS = frozenset(COMPLEMENT_LEADS)


#: Words in single marks that a sentence goes on after are a quotation from this many.
_MIN_MID_WORDS = 2
#: Clause punctuation that may follow an inline pair (``was 'a disgrace', she said``).
_CLAUSE_END = frozenset(",;")
#: A single mark next to a space inside an inline pair: another mark opens or closes there.
_LOOSE_MARKS = ("' ", " '", "\u2019 ", " \u2018")


def _whole_paragraph(text: str, st: Structure, pair: MarkPair) -> bool:
    """A paragraph that is one single-marked sentence or more (``'We will win.'``)."""
    para = st.paragraph(pair.open)
    start, end = st.para_span(para)
    return (
        pair.open == start and pair.close == end and text[pair.end - 1 : pair.end] in _SENTENCE_END
    )
