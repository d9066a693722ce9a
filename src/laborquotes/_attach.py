"""Which cue attributes each quotation.

The cue finders (:mod:`._attribution`) read the verbs around a quotation; this module
decides which cue speaks it:

- its own cue (:func:`own_cue`): after it in its sentence (``"...," Ana Ruiz said``), a
  sentence that runs on to a closing ``..., she said.``, a short paragraph that signs it
  (``-- Ana Ruiz`` / ``Ana Ruiz said.``), else before it (``Ana Ruiz said: "..."``), else
  the subject of its sentence, or a possessor (``Ana Ruiz's "..." promise``);
- a fragment's cue may come from a later quotation of the same sentence
  (:func:`share_closing_cues`);
- a quotation with none borrows one (:func:`attach`): the nearest in its paragraph, the
  sentence before, a colon introduction (``Ruiz said:``), or, for a paragraph that is a
  quotation, the speaker of the paragraph before.
"""

from __future__ import annotations

import bisect
import itertools

from . import _vocab as V
from ._attribution import Cue, How, find_cue_after, find_cue_before, subject_exact
from ._clauses import (
    SENTENCE_WINDOW,
    SPEAKING_KINDS,
    VERB_FORMS,
    WORD_RE,
    closing_tail,
    passive_agent_after,
    sentence_subject,
)
from ._marks import MarkPair, Structure
from ._model import QuoteKind
from ._org_names import _lazy
from ._patterns import lazy_stdlib, trie_alternation
from ._speakers import Cand, Kind

__all__ = ["Candidate", "attach", "own_cue", "share_closing_cues"]

# --------------------------------------------------------------------------- word tables
# (sets built from the tables of :mod:`laborquotes._vocab`)

_SPEECH_NOUNS = frozenset(V.SPEECH_NOUNS)
_NO_REFERENT = frozenset(V.NO_REFERENT_PRONOUNS)
_THIRD_PERSON = frozenset(V.THIRD_PERSON_PRONOUNS)
_IT = frozenset({"it"})
_DASH_MARKS = frozenset("-—–")
_DOUBLE_MARKS = ('"', "\u201c", "\u201d")
_OPENING_DOUBLE_MARKS = ('"', "\u201c")
#: Who may sign a quotation in a paragraph of their own (``Ana Ruiz said.``).
_SIGNING_KINDS = frozenset({Kind.PERSON, Kind.ROLE, Kind.GROUP})
#: What ends a quotation that the clause after it continues (``"...," she said``).
_OPEN_ENDS = (",", "?", "!", "—", "-")
_CLOSERS = "”\"’' )"
#: What ends one clause of a sentence and opens the next.
_CLAUSE_BREAKS = (
    *(f" {d} " for d in V.CLAUSE_DASHES),
    *(f", {w} " for w in V.CLAUSE_BREAK_CONJUNCTIONS),
    "; ",
)
#: Who may open a sentence that reports their words: ``As Ana Ruiz put it, ...``.
_AS_KINDS = frozenset({Kind.PERSON, Kind.PRON, Kind.ROLE})
_MANNER = frozenset(V.MANNER_CUES)
#: The cues a possessor of a speech noun nearer the quotation outranks.
_OUTRANKED = frozenset({How.SUBJECT, How.BEFORE})

# --------------------------------------------------------------------------- limits

#: An attribution after the next sentence starts this far at most (unless after ``,``).
_NEXT_SENTENCE_REACH = 80
#: A cue this far after a partial quotation only counts as a closing ``..., she said.``.
_PARTIAL_REACH = 60
#: After a colon introduction, a cue after the quotation counts this close to it.
_COLON_REACH = 30
#: A paragraph that only signs the quotation before it is at most this long.
_SIGNED_MAX = 120
#: The clause ``As Ana Ruiz put it,`` that opens a sentence is at most this long.
_AS_CLAUSE_REACH = 100
#: A possessor (``Ana Ruiz's``) is this close before the quotation.
_POSSESSIVE_REACH = 120
_OWNER_REACH = 60

# --------------------------------------------------------------------------- grammar

_clause_re = _lazy(rf"(?i)\s*+(?:{'|'.join(V.REPORTED_CLAUSE_OPENERS)})\s")
_NAME_BEFORE_S = r"((?:\p{Lu}[\p{L}.\-]*+\s){0,3}+\p{Lu}[\p{L}\-]*+)['’]s"
_POSSESSIVE_PRONOUN = rf"(?P<pron>(?i:{'|'.join(sorted(V.POSSESSIVE_PRONOUNS))}))"
#: ``Ana Ruiz's rallying cry was that "..."`` / ``her remark that "..."``: a possessor
#: and a speech noun.
_possessive_re = _lazy(
    rf"(?<![\w'’])(?:{_NAME_BEFORE_S}|{_POSSESSIVE_PRONOUN})\s++(?:[\p{{Ll}}\-]++\s++){{0,2}}?"
    rf"(?:{'|'.join(sorted(V.SPEECH_NOUNS, key=len, reverse=True))})\b"
)
#: A speech noun anywhere, as the standard library finds it: every match of
#: :func:`_possessive_re` holds one, and this rules out most windows far faster.
_speech_noun_hit_re = lazy_stdlib(lambda: trie_alternation(V.SPEECH_NOUNS))
#: What links a speech noun to the words it introduces, right before the mark:
#: ``that``, ``of (a)``, ``for``, ``to`` (or only a comma or a colon).
_content_link_re = _lazy(rf"\s(?:{'|'.join(V.CONTENT_LINKS)})(?:\s++(?:a|an|the))?+\s*+\Z")
#: ``Ana Ruiz's "..." promise``: a possessor right before the mark.
_owner_re = _lazy(rf"{_NAME_BEFORE_S}\s*+\Z")


class Candidate:
    """A quotation being built: its pair of marks, paragraph, kind and cue."""

    __slots__ = ("cue", "end", "kind", "lead", "pair", "para", "sent", "start")

    def __init__(self, pair: MarkPair, para: int, kind: QuoteKind, lead: int) -> None:
        self.pair = pair
        self.start = pair.start
        self.end = pair.end
        self.para = para
        self.kind = kind
        #: where the reporter's words before the quotation start
        self.lead = lead
        #: where its sentence starts (maybe inside the quotation before)
        self.sent = lead
        self.cue: Cue | None = None


# --------------------------------------------------------------------------- own cue


def own_cue(text: str, st: Structure, q: Candidate) -> Cue | None:
    """The quotation's own cue; a person's words named right at the quotation
    (``Ana Ruiz's "..." promise``) beat the sentence's subject, and a possessor of the
    speech noun that introduces them (``Kim mocked her remark that "..."``) beats the
    subject or a verb before that noun."""
    cue = _find_local(text, st, q)
    if q.lead >= q.pair.open or (cue is not None and cue.how not in _OUTRANKED):
        return cue
    if (cue is None or cue.how == How.SUBJECT) and not q.pair.unclosed:
        owned = _possessive_before_mark(text, q.lead, q.pair.open, q.pair.close)
        if owned is not None:
            return owned
    spoken = _possessive_speech(text, q.lead, q.pair.open)
    if spoken is None:
        return cue
    if (cue is None and spoken.cand.kind != Kind.PRON) or (
        (cue is None or cue.cue_end <= spoken.cand.start)
        and _introduces_words(text, spoken.cue_end, q.pair.open)
    ):
        return spoken
    return cue


def _introduces_words(text: str, noun_end: int, open_pos: int) -> bool:
    """Whether the speech noun ending at *noun_end* introduces the quotation opening at
    *open_pos* (``her remark [at the rally] that "..."``, ``his call for "..."``), rather
    than being what the quotation describes (``called her remarks "cruel"``)."""
    if open_pos - noun_end > _OWNER_REACH:
        return False
    if text[noun_end:open_pos].strip() in (",", ":"):
        return True  # ``his warning: "..."`` (not ``her comments, telling them, "..."``)
    return _content_link_re().search(text, noun_end, open_pos) is not None


def _find_local(text: str, st: Structure, q: Candidate) -> Cue | None:
    """A quotation's own cue: after it in its sentence, a closing ``..., she said``, a
    paragraph that signs it, else before it, else its sentence's subject."""
    pair = q.pair
    lead = text[q.lead : pair.open].rstrip()
    before_first = lead.endswith(":")
    after: Cue | None = None
    if not pair.unclosed:
        after = _cue_after(text, st, q, lead)
        if after is None and not before_first:
            after = _closing_cue(text, st, pair.close, st.para_span(q.para)[1])
    if after is not None and (not before_first or after.cue_start - pair.close < _COLON_REACH):
        return after
    if after is None and not lead and not pair.unclosed:
        signed = _dash_paragraph(text, st, q.para, pair.close) or _signed_paragraph(
            text, st, q.para, pair.close
        )
        if signed is not None:
            return signed
    if lead:
        return _cue_before(text, st, q, after)
    return after


def _cue_after(text: str, st: Structure, q: Candidate, lead: str) -> Cue | None:
    """``"...," Ana Ruiz said``, in the sentence after the closing mark; a quotation
    that is a sentence of its own (``"..."  Ruiz said.``) looks into the next one."""
    pair = q.pair
    para_end = st.para_span(q.para)[1]
    p0 = pair.close
    if not lead:
        while p0 < para_end and text[p0].isspace():
            p0 += 1
    we = min(st.sentence_end(p0), para_end, pair.close + SENTENCE_WINDOW)
    if we <= pair.close:
        return None
    inner = text[pair.start : pair.end].rstrip(_CLOSERS)
    # (not after a verb of speech that opens it: ``Ruiz said "..." as the managers
    # walked out``, where the words after it are a clause of its own)
    open_clause = (
        q.kind is not QuoteKind.PARTIAL
        and inner.endswith(_OPEN_ENDS)
        and _last_word(lead) not in VERB_FORMS
    )
    after = find_cue_after(text, pair.close, we, open_clause=open_clause)
    if after is None or not _after_fits(text, q, after, p0, we, inner):
        return None
    return after


def _last_word(lead: str) -> str:
    """The last word of *lead* in lower case, without a comma or a colon after it."""
    words = lead.rstrip(",:").split()
    return words[-1].lower() if words else ""


def _after_fits(text: str, q: Candidate, after: Cue, p0: int, we: int, inner: str) -> bool:
    """Whether the cue found after the quotation attributes it."""
    close = q.pair.close
    partial = q.kind is QuoteKind.PARTIAL
    if partial and after.how == How.DASH:
        # ``... the plan was "dead on arrival."--Ana Ruiz.``: a dash after a fragment of
        # the reporter's sentence signs the item, not the words.
        return False
    spaced = p0 > close
    if spaced and after.cue_start - p0 > _NEXT_SENTENCE_REACH and not inner.endswith(","):
        # A long attribution only after a quotation that ends with a comma
        # (``"...," Ana Ruiz, director of ... at ..., said``).
        return False
    end = max(after.cue_end, after.cand.end)
    if after.cue_end >= after.cand.end and _introduces(text, after.cue_end, we):
        # ``... "fewer night shifts," Ruiz said: "..."``: a cue that ends in a colon
        # introduces the words after it, not the quotation before it.
        return False
    quotes_again = _has_marks_in(text, end, we) or _reports_a_clause(text, end, we)
    if spaced and inner.endswith(".") and quotes_again:
        # ``"..." Ruiz said both offers were "insulting."``: the next sentence quotes
        # again, so it reports new words rather than these.
        return False
    if not partial or after.cue_start - close <= _PARTIAL_REACH:
        return True
    if min(after.cand.start, after.cue_start) - close <= 3:
        return True
    # Far from a partial quotation, only a closing ``..., he said.`` counts.
    tail = text[end:we].strip(" \t\r\n.")
    lead_in = text[close : min(after.cand.start, after.cue_start)]
    return not tail and lead_in.rstrip().endswith(",")


def _cue_before(text: str, st: Structure, q: Candidate, after: Cue | None) -> Cue | None:
    """``Ana Ruiz said: "..."``, or the subject of the quotation's sentence."""
    pair = q.pair
    partial = q.kind is QuoteKind.PARTIAL
    if partial:
        agent = passive_agent_after(text, (pair.open, pair.close), st.sentence_end(pair.open))
        if agent is not None:
            return agent  # ``The plan was branded "a shambles" by the union.``
    before = find_cue_before(text, q.lead, pair.open, partial=partial)
    if partial and after is None:
        near = (
            before is not None
            and pair.open - before.cue_end <= _PARTIAL_REACH
            and before.cand.kind in SPEAKING_KINDS
        )
        if not near:
            opener = _as_clause(text, q.sent, pair.open)
            if opener is not None:
                return opener
            subj = sentence_subject(text, st, pair.open, q.sent)
            if subj is not None and (before is None or subj.cue_start != before.cue_start):
                # (The same verb read both ways: ``The trouble, says Ana Ruiz, is ...``
                # keeps its inverted reading.)
                return subj
    if not partial:
        since = before.cue_end if before is not None else q.lead
        clause = _colon_clause(text, st, since, q.lead, pair.open)
        if clause is not None:
            return clause
    if before is not None:
        return before
    if after is None and not partial:
        return sentence_subject(text, st, pair.open, q.sent)
    return after


def _colon_clause(text: str, st: Structure, since: int, lead: int, open_pos: int) -> Cue | None:
    """The clause that ends in the colon before a quotation introduces it, so its
    subject (or a name alone) speaks it, over a verb in an earlier clause of the
    sentence (before *since*): ``Pollsters agree - Ana Ruiz: "..."``, ``Ruiz praised
    the plan, but she paid Lee a compliment: "..."``."""
    colon = open_pos - 1
    while colon > lead and text[colon].isspace():  # (bounded: not back past *lead*)
        colon -= 1
    if colon <= lead or text[colon] != ":":
        return None
    cut = max(
        (i + len(b) for b in _CLAUSE_BREAKS if (i := text.rfind(b, since, colon)) >= 0), default=-1
    )
    if cut < 0:
        return None  # no break after *since*
    cand = subject_exact(text, cut, colon)
    if cand is not None and cand.kind == Kind.PERSON:
        return Cue(cand, colon, colon + 1, How.COLON)
    subj = sentence_subject(text, st, colon, cut)
    if subj is None or subj.cand.kind not in _AS_KINDS:
        return None
    return subj


def _introduces(text: str, pos: int, end: int) -> bool:
    """Whether the verb ending at *pos* ends in a colon (``Ruiz said:``; not a colon
    in a title after the name: ``said Ana Ruiz, author of Rule: A Life``)."""
    while pos < end and text[pos] in " \t":
        pos += 1
    return text[pos : pos + 1] == ":"


def _as_clause(text: str, ss: int, open_pos: int) -> Cue | None:
    """``As Ana Ruiz put it, the mayor made the union "an offer ..."``: a sentence that
    opens with ``As X said,`` reports X's words, so its fragments in marks are X's."""
    while ss < open_pos and text[ss].isspace():
        ss += 1
    if not text.startswith(("As ", "as "), ss):
        return None
    comma = text.find(",", ss, min(open_pos, ss + _AS_CLAUSE_REACH))
    if comma < 0:
        return None
    cue = find_cue_before(text, ss, comma + 1, partial=True)
    if cue is None or cue.cand.start != ss + len("As ") or cue.cand.kind not in _AS_KINDS:
        return None
    if text[cue.cue_start : cue.cue_end].lower() not in _MANNER:
        return None  # ``As Lee spoke, the crowd ...``: a time, not whose words these are
    return cue


def _reports_a_clause(text: str, pos: int, end: int) -> bool:
    """``Ruiz said she would have fired him.``: a verb with a clause of its own."""
    return _clause_re().match(text, pos, end) is not None


def _has_marks_in(text: str, a: int, b: int) -> bool:
    return any(text.find(m, a, b) >= 0 for m in _DOUBLE_MARKS)


def _cue_at(
    text: str, start: int, end: int, kinds: frozenset[str], slack: int
) -> tuple[Cue, str] | None:
    """A cue in ``text[start:end]`` whose speaker or verb comes first (at most *slack*
    characters in), spoken by one of *kinds*; and what stands between speaker and verb."""
    cue = find_cue_after(text, start, end)
    if cue is None or cue.cand.kind not in kinds:
        return None
    if min(cue.cand.start, cue.cue_start) - start > slack:
        return None
    return cue, text[cue.cand.end : cue.cue_start] if cue.cand.end <= cue.cue_start else ""


def _closing_cue(text: str, st: Structure, close: int, para_end: int) -> Cue | None:
    """A sentence that runs on past the closing mark and ends ``..., he said.``:
    ``"We are horrified" by the attack on the club, Ana Ruiz said.``"""
    if close >= para_end or not text[close].isspace():
        return None
    se = min(st.sentence_end(close), para_end)
    if se - close > SENTENCE_WINDOW or _has_marks_in(text, close, se):
        return None
    comma = text.rfind(",", close, se)
    if comma < 0:
        return None
    found = _cue_at(text, comma, se, SPEAKING_KINDS, 2)
    if found is None:
        return None
    cue, gap = found
    tail = text[max(cue.cue_end, cue.cand.end) : se].strip(" .")
    if gap.strip() or (tail and not closing_tail(tail)):
        return None
    return cue


def _next_paragraph(text: str, st: Structure, para: int, close: int, strip: str | None) -> bool:
    """Whether the quotation closing at *close* ends paragraph *para* and one follows."""
    pe = st.para_ends[para]
    return para + 1 < len(st.para_starts) and not text[close:pe].strip(strip) and pe - close <= 4


def _dash_paragraph(text: str, st: Structure, para: int, close: int) -> Cue | None:
    """A quotation that ends its paragraph, signed by the next one: ``"..."`` then
    ``- Ana Ruiz, tweeting after the vote.``"""
    if not _next_paragraph(text, st, para, close, " \t."):
        return None
    ns, ne = st.para_span(para + 1)
    if text[ns : ns + 1] not in _DASH_MARKS:
        return None
    cue = find_cue_after(text, ns, min(ne, ns + SENTENCE_WINDOW))
    if cue is None or cue.how != How.DASH or cue.cand.kind != Kind.PERSON:
        return None
    return cue


def _signed_paragraph(text: str, st: Structure, para: int, close: int) -> Cue | None:
    """A quotation that ends its paragraph, followed by a short paragraph that only
    attributes it: ``"..."`` then ``Ana Ruiz said.`` / ``said Ana Ruiz, a nurse.``"""
    if not _next_paragraph(text, st, para, close, None):
        return None
    ns, ne = st.para_span(para + 1)
    if ne - ns > _SIGNED_MAX or _has_marks_in(text, ns, ne):
        return None
    found = _cue_at(text, ns, ne, _SIGNING_KINDS, 1)
    if found is None:
        return None
    cue, gap = found
    if gap.strip(" ,"):
        return None  # ``The company did not respond.``: only ``X said.`` signs a quotation
    tail = text[max(cue.cue_end, cue.cand.end) : ne].strip()
    return cue if tail in (".", "") else None


def _possessive_speech(text: str, lead: int, open_pos: int) -> Cue | None:
    """``Ana Ruiz's rallying cry was that the plant "..."`` / ``her remark that "..."``:
    a quotation in a sentence about what a person said, with no reporting verb."""
    lo = max(lead, open_pos - _POSSESSIVE_REACH)
    if _speech_noun_hit_re().search(text, lo, open_pos) is None:
        return None  # (a cheap test first: no speech noun, no match)
    last = None
    for m in _possessive_re().finditer(text, lo, open_pos):
        last = m
    if last is None:
        return None
    if last.group("pron") is not None:
        s, e = last.span("pron")
        subject = V.POSSESSIVE_PRONOUNS[last.group("pron").lower()]
        cand: Cand | None = Cand(Kind.PRON, s, e, subject, None, None, subject == "they")
    else:
        cand = subject_exact(text, last.start(1), last.end(1))
    if cand is None or cand.kind not in (Kind.PERSON, Kind.PRON):
        return None
    noun_start = last.end() - len(last.group().split()[-1])
    return Cue(cand, noun_start, last.end(), How.BEFORE)


def _possessive_before_mark(text: str, lead: int, open_pos: int, close: int) -> Cue | None:
    """``Ana Ruiz's "no more overtime" promise``: a possessor, the quotation, a speech noun."""
    m = _owner_re().search(text, max(lead, open_pos - _OWNER_REACH), open_pos)
    if m is None:
        return None
    after = WORD_RE.match(text, close + 1) if text[close : close + 1] == " " else None
    if after is None or after.group().lower() not in _SPEECH_NOUNS:
        return None
    cand = subject_exact(text, m.start(1), m.end(1))
    if cand is None or cand.kind != Kind.PERSON:
        return None
    return Cue(cand, after.start(), after.end(), How.AFTER)


def share_closing_cues(quotes: list[Candidate]) -> None:
    """A fragment read with its sentence's subject yields to a quotation later in the
    same sentence that its speaker closes: ``Rents are "a crisis" and "X," Ruiz said.``"""
    for q, nxt in itertools.pairwise(quotes):
        if (
            q.kind is QuoteKind.PARTIAL
            and nxt.sent == q.sent
            and nxt.cue is not None
            and nxt.cue.how == How.AFTER
            and (q.cue is None or q.cue.how == How.SUBJECT)
        ):
            q.cue = nxt.cue


def carry_open_paragraphs(text: str, st: Structure, quotes: list[Candidate]) -> None:
    """A quotation left open at the end of its paragraph goes on in the next one, which
    opens with the same mark (the convention for a quotation over paragraphs): with no
    cue of its own, it speaks with the next piece's (``"We waited three years.⏎⏎"Nobody
    wants a strike," said Ruiz.``), a chain over several paragraphs from its last piece
    back. A paragraph introduced by a colon (``From Ana Ruiz's column:``) keeps that
    introduction's speaker, and a piece in other marks is a quotation inside it."""
    for i in range(len(quotes) - 2, -1, -1):  # (each piece and the next, from the last)
        q, nxt = quotes[i], quotes[i + 1]
        if (
            q.cue is None
            and nxt.cue is not None
            and q.pair.unclosed
            and nxt.para == q.para + 1
            and nxt.pair.open == st.para_starts[nxt.para]
            and text[nxt.pair.open] == text[q.pair.open]
            and not _after_colon(text, st, q.para)
        ):
            q.cue = nxt.cue


def _after_colon(text: str, st: Structure, para: int) -> bool:
    """Whether the paragraph before *para* ends with a colon (it introduces *para*)."""
    if para == 0:
        return False
    ps, pe = st.para_span(para - 1)
    return text[ps:pe].rstrip().endswith(":")


# --------------------------------------------------------------------------- borrowed cues


def attach(
    text: str,
    st: Structure,
    quotes: list[Candidate],
    cues_by_para: dict[int, list[tuple[int, Cue]]],
    reported: frozenset[int] = frozenset(),
) -> None:
    """Quotations without their own attribution: paragraph neighbours, then floating.

    *reported* holds the ids of indirect-speech cues: one inside the sentence of the
    quotation before (``"...," Ruiz assured Lee, after Lee assured her that ...``) does
    not take the next quotation from that quotation's speaker.
    """
    earlier_q: Candidate | None = None
    for q in quotes:
        if q.cue is not None:
            earlier_q = q
            continue
        same = cues_by_para.get(q.para)
        if same:
            q.cue = _paragraph_cue(st, q, same, earlier_q, reported)
            earlier_q = q
            continue
        q.cue = _borrowed_cue(text, st, q, cues_by_para.get(q.para - 1))
        if q.cue is not None:
            cues_by_para.setdefault(q.para, []).append((q.start, q.cue))


def _paragraph_cue(
    st: Structure,
    q: Candidate,
    same: list[tuple[int, Cue]],
    earlier_q: Candidate | None,
    reported: frozenset[int],
) -> Cue:
    """The nearest cue before the quotation in its paragraph, else the first after it
    (*same* is sorted by position: bisect, not a scan of the whole paragraph)."""
    i = bisect.bisect_left(same, q.start, key=lambda x: x[0])
    cue = same[i - 1][1] if i else same[0][1]
    if (
        i
        and id(cue) in reported
        and earlier_q is not None
        and earlier_q.para == q.para
        and earlier_q.cue is not None
        and cue.cand.start < st.sentence_end(earlier_q.pair.close) <= q.pair.open
    ):
        return earlier_q.cue
    return cue


def _is_pronoun(cue: Cue | None, words: frozenset[str]) -> bool:
    return cue is not None and cue.cand.kind == Kind.PRON and cue.cand.name.lower() in words


def _speaks(cue: Cue | None) -> bool:
    """Whether *cue* names someone who can speak a quotation (not ``it``, ``I``, ``you``)."""
    return (
        cue is not None
        and cue.cand.kind in SPEAKING_KINDS
        and cue.cand.name.lower() not in _NO_REFERENT
    )


def _borrowed_cue(
    text: str, st: Structure, q: Candidate, before: list[tuple[int, Cue]] | None
) -> Cue | None:
    """A cue for a quotation whose paragraph has none: the sentence before it, a colon
    introduction, or for a paragraph that is a quotation the paragraph before (*before*
    holds its cues)."""
    ps = st.para_starts[q.para]
    if q.lead > ps and q.lead == q.pair.open:
        # ``The leader went on to say that ... . "I sensed ..."``: a quotation that is a
        # sentence of its own takes the subject of the sentence before it.
        ss = max(ps, st.sentence_start(q.lead - 1))
        subj = sentence_subject(text, st, q.lead, ss) if q.lead - ss < SENTENCE_WINDOW else None
        if _speaks(subj):
            return subj
    if q.lead > ps:
        return None
    first = q.lead == ps
    intro = _colon_intro(text, st, q.para) if first else None
    if intro is not None:
        return intro
    if before:
        # ``... Ruiz added. She then turned to the crowd.`` then a quotation paragraph:
        # the pronoun subject of the last sentence names the speaker.
        cue = before[-1][1]
        if first:
            subj = _last_subject(text, st, q.para - 1, max(cue.cue_end, cue.cand.end))
            if _is_pronoun(subj, _THIRD_PERSON):
                return subj
        return cue
    if first and q.para > 0:
        # ``Ruiz praised the mayor.`` then a quotation paragraph: the subject of the
        # paragraph's last sentence is the likely speaker.
        ps, pe = st.para_span(q.para - 1)
        if not any(text.find(m, ps, pe) >= 0 for m in _OPENING_DOUBLE_MARKS):
            subj = _last_subject(text, st, q.para - 1, -1)
            if _speaks(subj):
                return subj
    return None


def _last_subject(text: str, st: Structure, para: int, after: int) -> Cue | None:
    """The subject of the last sentence of paragraph *para*, if it starts after *after*."""
    ps, pe = st.para_span(para)
    ss = max(ps, st.sentence_start(max(ps, pe - 1)))
    if ss <= after or pe - ss >= SENTENCE_WINDOW:
        return None
    return sentence_subject(text, st, pe, ss)


def _colon_intro(text: str, st: Structure, para: int) -> Cue | None:
    """A paragraph that ends with a colon introduces the next one: ``Ruiz said:``."""
    if para <= 0:
        return None
    ps, pe = st.para_span(para - 1)
    end = ps + len(text[ps:pe].rstrip())
    if end <= ps or text[end - 1] != ":":
        return None
    ss = max(ps, st.sentence_start(end - 1), end - SENTENCE_WINDOW)
    cue = find_cue_before(text, ss, end, partial=False)
    if cue is None:
        cue = sentence_subject(text, st, end)
        if _is_pronoun(cue, _IT):
            return None  # ``It gets better:`` introduces, but does not say, the quotation
    return cue
