"""Quotations and their attributions: the pipeline.

:func:`find_quotes` reads top to bottom, each step linear in the text:

1. :mod:`._marks` finds paragraphs, sentence boundaries and paired marks; a token
   bucket keeps the pairs bounded (:func:`_within_budget`).
2. Each pair is classified (:func:`_classify`): a whole sentence (or more) in marks is
   ``direct``; a fragment inside the reporter's own sentence is ``partial``; titles of
   works, nicknames, ``so-called`` terms, scare-quoted words and attribute values left
   from markup are dropped.
3. Each quotation takes its own cue (:func:`._attach.own_cue`): after it (``, said X``
   / ``, X said`` / ``-- X``), before it (``X said:``), or its sentence's subject. The
   pieces of a quotation whose paragraph breaks were lost share one cue
   (:func:`_chain_own_cues`).
4. Reported speech without marks (:mod:`._indirect`) gives ``indirect`` quotations; a
   ``partial`` one may lie inside (``said the offer was "an insult" to nurses``) and is
   kept next to it with the same attribution (:func:`_records`).
5. Quotations without a cue borrow one (:func:`._attach.attach`): the nearest in their
   paragraph, a colon introduction, or (a paragraph that is a quotation) the last
   speaker of the paragraph before.
6. Speaker phrases are resolved in text order (:class:`._coref.Resolver`) and the
   records built, each with the date of the speech.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from . import _vocab as V
from ._attach import Candidate, attach, carry_open_paragraphs, own_cue, share_closing_cues
from ._attribution import (
    Cand,
    Cue,
    How,
    find_cue_after,
    parse_standalone,
    plain_form,
    speaker_forward,
)
from ._clauses import (
    SENTENCE_WINDOW,
    SMALL_WORDS,
    SPEAKING_KINDS,
    VERB_FORMS,
    WORD_RE,
    not_a_speaker,
    passive_agent_after,
)
from ._coref import Resolver
from ._dates import speech_date
from ._frames import COMPLEMENT_LEADS, NAMING, RELATIVE_NAMING_VERBS, frames_of
from ._indirect import Reported, find_indirect
from ._marks import MarkPair, Structure, pair_marks
from ._model import Attribution, Quote, QuoteKind, Speaker, attribution_of, quote_of, span_of
from ._org_names import _lazy
from ._questions import unnamed_questions
from ._single_marks import single_mark_pairs
from ._speakers import Kind

__all__ = ["find_attribution", "find_quotes"]

# --------------------------------------------------------------------------- word tables
# (sets built from the tables of :mod:`laborquotes._vocab`)

_WORK_WORDS = frozenset(V.WORK_NOUNS) | frozenset(V.WORK_CUES)
_NICK_CUES = tuple(V.NICKNAME_CUES)
_NAMING_CUES = tuple(V.NAMING_CUES)
_PREP_LEAD = frozenset(V.TITLE_LEAD_PREPOSITIONS)
#: What ends a quoted sentence (before its closing mark).
_SENTENCE_ENDS = (".", "?", "!", ",", "…", "—", "-", ":")
_CLOSERS = "”\"’' )"
#: What ends a quotation whose own cue follows it (``"No," he said``).
_OPEN_CLAUSE_ENDS = (",", "?", "!")

# --------------------------------------------------------------------------- limits

#: Only small word counts matter when classifying: count in this many characters.
_COUNT_SPAN = 160
#: Word counts up to which a quotation may be a nickname, a title, a loose title, scare
#: quotes; a sentence in marks has at least ``_SENTENCE_WORDS``.
_NICKNAME_WORDS = 4
_TITLE_WORDS = 8
_LOOSE_TITLE_WORDS = 12
_SCARE_WORDS = 2
_SENTENCE_WORDS = 3
#: Scare-quoted words inside a reported clause are the speaker's from this many words.
_FRAGMENT_WORDS = 2
#: Words before a one-word quotation that make it a complement of the speaker's own
#: (``said the offer was "derisory"``, ``described the deal as "historic"``).
_COMPLEMENT_LEADS = frozenset(COMPLEMENT_LEADS)
#: Spaces allowed between ``=`` and a mark that opens an attribute value.
_MARKUP_GAP = 2
#: An adjacent cue starts this close after the closing mark, read in this window.
_ADJACENT_GAP = 2
_ADJACENT_WINDOW = 120
#: A scare-quoted word still names the paragraph's speaker this close to its cue.
_DROPPED_REACH = 40
#: A speech date is looked for this far before and after the attribution.
_DATE_BEFORE = 100
_DATE_AFTER = 60
#: The quotation marks analysed in a burst, and then one pair per this many characters:
#: far above any prose (news averages about one quotation per 650 characters), so only
#: text that is little but quotation marks (``"X said: "`` over and over) loses pairs,
#: and the time per character stays bounded. A pair over the budget is not a quotation.
_PAIR_BURST = 48
_PAIR_CHARS = 200

# --------------------------------------------------------------------------- grammar

_title_word_re = _lazy(r"[\p{L}\d][\p{L}\d'’\-]*")


# --------------------------------------------------------------------------- the pipeline


def find_quotes(
    text: str, reference: dt.date | None, warnings: list[str] | None = None, *, lead: int = 0
) -> list[Quote]:
    """Return every quotation in *text*, ordered by position, with attributions.

    Work a safety budget leaves out is reported in *warnings*; *lead* is where the story
    starts after its dateline.
    """
    if not text:
        return []
    st = Structure(text, lead)
    items, speakers = _ordered(text, st, *_attributed(text, st, warnings))
    return _records(text, items, speakers, reference)


def _attributed(
    text: str, st: Structure, warnings: list[str] | None
) -> tuple[list[Candidate], list[Reported], list[Candidate], list[tuple[int, int]]]:
    """The quotations with their cues, the reported clauses, the fragments and the
    unnamed askers' questions of *text*: what :func:`_records` reads. (The marks and the
    cues by paragraph go when this returns, before the records are built: a long text
    has thousands, for the garbage collector to count.)"""
    pairs = single_mark_pairs(text, st, pair_marks(text, st))
    quotes, dropped, fragments = _candidates(text, st, _within_budget(pairs, warnings))
    for q in fragments:
        q.cue = _what_called(text, q.lead, q.pair.open)
    for q in quotes:
        named = _what_called(text, q.lead, q.pair.open) if q.kind is QuoteKind.PARTIAL else None
        q.cue = named or own_cue(text, st, q)
    uncued = _chain_own_cues(st, _flattened_chains(quotes))
    share_closing_cues(quotes)
    carry_open_paragraphs(text, st, quotes)
    cues_by_para = _cues_by_paragraph(text, st, quotes, dropped)
    indirect = _reported_speech(text, st, pairs, dropped, quotes)
    for found in indirect:
        cues_by_para.setdefault(st.paragraph(found.start), []).append((found.start, found.cue))
    for cues in cues_by_para.values():
        cues.sort(key=lambda x: x[0])
    attach(text, st, quotes, cues_by_para, frozenset(id(found.cue) for found in indirect))
    for chain in uncued:
        # A chain whose pieces had no cue of their own speaks with its first piece's.
        for q in chain[1:]:
            q.cue = chain[0].cue
    # Questions an unnamed asker put (``Asked whether ..., Ruiz said``): reported, with
    # no attribution rather than the answerer's.
    marks = ([p.open for p in pairs], [p.close for p in pairs])
    reported = ([r.start for r in indirect], [r.end for r in indirect])
    questions = unnamed_questions(text, st, marks, reported)
    return quotes, indirect, fragments, questions


def _flattened_chains(quotes: list[Candidate]) -> list[list[Candidate]]:
    """The quotations that run on over paragraphs whose breaks were lost: pieces in one
    paragraph, each opening where the one before stopped (:mod:`._marks` flags them)."""
    chains: list[list[Candidate]] = []
    run: list[Candidate] = []
    for q in quotes:
        if run and run[-1].pair.continues and run[-1].pair.close == q.pair.open:
            run.append(q)
            continue
        if len(run) > 1:
            chains.append(run)
        run = [q]
    if len(run) > 1:
        chains.append(run)
    return chains


def _chain_own_cues(st: Structure, chains: list[list[Candidate]]) -> list[list[Candidate]]:
    """One speaker for the pieces of a chain: a later piece's cue counts only in its own
    sentence (``"...," said Ruiz``; the next sentence's verb is another speaker's), and
    the first cue found speaks the pieces that have none. The chains left without any
    cue are returned (after :func:`._attach.attach`, they take their first piece's)."""
    uncued: list[list[Candidate]] = []
    for chain in chains:
        for q in chain[1:]:
            if q.cue is not None and q.cue.cue_start >= st.sentence_end(q.pair.close):
                q.cue = None
        first = next((q.cue for q in chain if q.cue is not None), None)
        if first is None:
            uncued.append(chain)
            continue
        for q in chain:
            if q.cue is None:
                q.cue = first
    return uncued


def find_attribution(text: str) -> Attribution | None:
    """Parse an attribution phrase such as ``said Jane Doe, president of Local 7``."""
    if not text or not text.strip():
        return None
    cue = parse_standalone(text)
    if cue is None:
        return None
    speaker = Resolver(text).resolve(cue.cand)
    return _attribution(text, cue, speaker, None)


def _within_budget(pairs: list[MarkPair], warnings: list[str] | None = None) -> list[MarkPair]:
    """The pairs a token bucket lets through, in text order (a prefix decides alone).

    Pairs left out are reported in *warnings*: how many, and the offsets they span.
    """
    if len(pairs) <= _PAIR_BURST:
        return pairs
    out: list[MarkPair] = []
    skipped: list[MarkPair] = []
    tokens = float(_PAIR_BURST)
    last = 0
    for pair in pairs:
        tokens = min(_PAIR_BURST, tokens + (pair.open - last) / _PAIR_CHARS)
        last = pair.open
        if tokens >= 1.0:
            tokens -= 1.0
            out.append(pair)
        else:
            skipped.append(pair)
    if skipped and warnings is not None:
        warnings.append(
            f"quote budget: {len(skipped)} quotation-mark pairs not analysed "
            f"(offsets {skipped[0].open}-{skipped[-1].close}; "
            f"over one pair per {_PAIR_CHARS} characters)"
        )
    return out


def _candidates(
    text: str, st: Structure, pairs: list[MarkPair]
) -> tuple[list[Candidate], list[tuple[MarkPair, int]], list[Candidate]]:
    """The pairs kept as quotations, the closed pairs dropped (with their paragraph), and
    the short fragments among those dropped that are speech inside reported speech
    (``she said the offer was "an insult" to nurses``)."""
    quotes: list[Candidate] = []
    dropped: list[tuple[MarkPair, int]] = []
    fragments: list[Candidate] = []
    prev_open = prev_close = prev_para = -1
    for pair in pairs:
        para = st.paragraph(pair.open)
        lead = max(st.sentence_start(pair.open), pair.open - SENTENCE_WINDOW)
        if para == prev_para and prev_close > lead:
            lead = prev_close
        lead = min(lead, pair.open)
        kind, fragment = _classify(text, pair, lead)
        if kind is None:
            if not pair.unclosed and not _markup(text, pair.open):
                # (markup stays a mark span: no reported clause runs through it)
                dropped.append((pair, para))
            if fragment:
                fragments.append(Candidate(pair, para, QuoteKind.PARTIAL, lead))
            continue
        q = Candidate(pair, para, kind, lead)
        ss = st.sentence_start(pair.open)
        if para == prev_para and prev_open < ss < prev_close:
            ss = prev_open  # the sentence began inside the previous quotation
        q.sent = ss
        prev_open, prev_close, prev_para = pair.open, pair.close, para
        quotes.append(q)
    return quotes, dropped, fragments


def _cues_by_paragraph(
    text: str, st: Structure, quotes: list[Candidate], dropped: list[tuple[MarkPair, int]]
) -> dict[int, list[tuple[int, Cue]]]:
    """The cues found so far, by paragraph. A scare-quoted word is not a quotation, but
    ``a "change agent," Ruiz said`` still names the paragraph's speaker."""
    cues: dict[int, list[tuple[int, Cue]]] = {}
    for q in quotes:
        if q.cue is not None:
            cues.setdefault(q.para, []).append((q.start, q.cue))
    for pair, para in dropped:
        we = min(st.sentence_end(pair.close), st.para_ends[para], pair.close + SENTENCE_WINDOW)
        if we > pair.close:
            cue = find_cue_after(text, pair.close, we)
            if cue is not None and cue.cue_start - pair.close <= _DROPPED_REACH:
                cues.setdefault(para, []).append((pair.start, cue))
    return cues


def _reported_speech(
    text: str,
    st: Structure,
    pairs: list[MarkPair],
    dropped: list[tuple[MarkPair, int]],
    quotes: list[Candidate],
) -> list[Reported]:
    """Reported speech outside the quotations. Scare quotes, titles and nicknames (pairs
    not kept as quotations) may sit inside a reported clause: ``he would be "shocked"
    if ...``, and so may a partial quotation (``she said the plan was "dead on arrival"
    and ...``), which is then reported twice: its exact words and the clause around them.
    It needs a speaker: never a phrase that cannot be one (``What's more``)."""
    not_quotes = {pair.open for pair, _para in dropped}
    not_quotes.update(q.pair.open for q in quotes if _may_nest(q))
    mark_spans = [(p.open, p.close) for p in pairs if p.open not in not_quotes]
    # (``according to a report in the paper`` names its source as written, a document)
    return [
        x
        for x in find_indirect(text, st, mark_spans)
        if x.cue.how is How.ACCORDING or not not_a_speaker(x.cue.cand)
    ]


#: ``what Ana Ruiz called``, ``which the union described as``, ``an offer (that) the
#: union has described as``: a naming verb and its subject right before a word or two in
#: marks, inside another clause (after a relative pronoun, or a noun and its determiner).
_what_called_re = _lazy(
    r"(?:\b(?:what|which|that)\s++"
    r"|(?<=\b(?:an?|the|this|its|their)\s++\p{Ll}++\s++)(?=(?:the|its|their)\s|\p{Lu}))"
    r"(?P<who>[^,;:.\"“”]{1,60}?)\s++(?:(?:has|have|had)\s++)?(?P<verb>"
    rf"(?:{'|'.join(RELATIVE_NAMING_VERBS)})(?:\s++as)?)\s*+\Z"
)


def _what_called(text: str, lead: int, open_pos: int) -> Cue | None:
    """The speaker of a fragment named in a relative clause right before it (``The
    board offered what Ana Ruiz called "crumbs."``): the subject of ``called``, not the
    speaker of the clause around it."""
    lo = max(lead, open_pos - _WHAT_CALLED_REACH)
    if _naming_verb_re().search(text, lo, open_pos) is None:
        return None  # (a cheap test first)
    m = _what_called_re().search(text, lo, open_pos)
    if m is None:
        return None
    cand = speaker_forward(text, m.start("who"), m.end("who"))
    if cand is None or cand.kind not in SPEAKING_KINDS or cand.end != m.end("who"):
        return None
    return Cue(cand, m.start("verb"), m.end("verb"), How.BEFORE)


_WHAT_CALLED_REACH = 90
#: A naming verb of :data:`~laborquotes._frames.RELATIVE_NAMING_VERBS` right before marks.
_naming_verb_re = _lazy(rf"\b(?:{'|'.join(RELATIVE_NAMING_VERBS)})(?:\s++as)?\s*+\Z")


def _may_nest(q: Candidate) -> bool:
    """Whether *q* may be words in marks inside a reported clause: a partial quotation
    with no cue after it (``..., and "we will strike," Ana Ruiz said`` is a quotation
    of its own, which ends the reporter's clause)."""
    return q.kind is QuoteKind.PARTIAL and (q.cue is None or q.cue.cue_start < q.pair.open)


#: What :func:`_records` reads of each quotation, in text order: its start and end,
#: kind, cue, and whether it is a record only inside a reported clause (a fragment).
_Item = tuple[int, int, QuoteKind, Cue | None, bool]


def _ordered(
    text: str,
    st: Structure,
    quotes: list[Candidate],
    indirect: list[Reported],
    fragments: list[Candidate],
    questions: list[tuple[int, int]],
) -> tuple[list[_Item], dict[int, Speaker]]:
    """The quotations of all kinds in text order, and each cue's speaker (by cue id).
    (The candidates, their marks and the reported clauses go when this returns, before
    the records are built: a long text has thousands, for the garbage collector to
    count.)"""
    items: list[_Item] = [(q.start, q.end, q.kind, q.cue, False) for q in quotes]
    items.extend((a, b, QuoteKind.INDIRECT, cue, False) for a, b, cue in indirect)
    items.extend((q.start, q.end, q.kind, q.cue, True) for q in fragments)
    items.extend((a, b, QuoteKind.INDIRECT, None, False) for a, b in questions)
    # (by end, then stably by start: the order of (start, end), with keys that are ints,
    # not a pair per record for the garbage collector to count)
    items.sort(key=lambda x: x[1])
    items.sort(key=lambda x: x[0])
    quoted = ((q.start, q.end) for q in quotes)  # (read once, by the resolver)
    speakers = _resolve_speakers(text, st, [x[3] for x in items if x[3] is not None], quoted)
    return items, speakers


def _records(
    text: str, items: list[_Item], speakers: dict[int, Speaker], reference: dt.date | None
) -> list[Quote]:
    """The records, in text order, an overlapping one left out; but a partial quotation
    inside an indirect one is its own record with the same attribution (the speaker's
    exact words next to the paraphrase), and so is a fragment of a word or two there."""
    out: list[Quote] = []
    last_end = -1
    outer: Quote | None = None  # the last indirect quotation
    outer_cue: Cue | None = None
    for a, b, kind, found, nested_only in items:
        if outer is not None and outer.span.start < a < outer.span.end:
            # (it may end past the clause, by the punctuation trimmed from its end)
            if kind is QuoteKind.PARTIAL:
                att = outer.attribution
                if found is not None and _own_reading(text, found, outer_cue):
                    # Its own cue, when it has one, was read closer to its words (but
                    # ``The union's`` before ``general secretary said`` is no subject).
                    att = _attribution(text, found, speakers[id(found)], reference)
                out.append(_record(text, a, b, kind, att))
            continue
        if a < last_end or nested_only:
            continue
        att = None
        if found is not None:
            content = (a, b) if kind is QuoteKind.INDIRECT else None
            att = _attribution(text, found, speakers[id(found)], reference, content)
        out.append(_record(text, a, b, kind, att))
        outer, outer_cue = (out[-1], found) if kind is QuoteKind.INDIRECT else (None, None)
        last_end = b
    return out


def _own_reading(text: str, found: Cue, outer: Cue | None) -> bool:
    """Whether a partial quotation's own cue *found* speaks it rather than the cue of the
    reported clause around it (*outer*): another verb, read closer to its words, or the
    same verb with a person as its subject. Where the clause's reading of the same verb
    holds the own reading's phrase and more, it keeps the longer phrase (``Shop stewards
    at the plant said they were "treated like dirt"``: not ``the plant``)."""
    if found is outer or _possessor(found):
        return False
    if outer is not None and _holds_verb(text, found.cand, outer):
        return False  # (``Morgan said officers had found "..."``: no subject holds a verb)
    if outer is not None and (
        _clause_subject(text, found, outer) or _outer_closer(text, found, outer)
    ):
        return False
    if outer is None or (found.cue_start, found.cue_end) != (outer.cue_start, outer.cue_end):
        return True
    own, whole = found.cand, outer.cand
    longer = whole.start <= own.start and whole.end >= own.end and whole != own
    return own.kind in (Kind.PERSON, Kind.PRON) or not longer


def _clause_subject(text: str, found: Cue, outer: Cue) -> bool:
    """Whether *found*, with a verb that reports no speech, is the subject of the
    reported clause itself, after the outer verb (``Feeney said Farrow was charging
    guests "more than ever"``: the words are Feeney's; but ``Feeney said Ross called it
    "..."`` are Ross's), or a subject whose verb stands before the outer verb's speaker,
    a person (``The firm was fined, with a judge describing its systems as "..."``: the
    judge's). A participle's cue is its clause's verb (``was``), read the same way."""
    word = text[found.cue_start : found.cue_end].split(" ", 1)[0].lower()
    later = outer.cand.kind in _PEOPLE_KINDS and outer.cand.start >= found.cue_end
    return (
        found.how in (How.SUBJECT, How.BEFORE)
        and (found.cand.start >= outer.cue_end or later)
        and word not in VERB_FORMS
        and word not in _SPEECH_NOUNS  # (``... Clinton's assertion of "a claim of right"``)
    )


def _outer_closer(text: str, found: Cue, outer: Cue) -> bool:
    """Whether *found* is a sentence's subject and its verb, no verb of speech, standing
    before the cue of the reported clause around the words, whose speaker is a person
    (``The remarks came in reply to her claim that she "never broke a rule"``: the words
    are hers, not the remarks')."""
    word = text[found.cue_start : found.cue_end].split(" ", 1)[0].lower()
    return (
        found.how is How.SUBJECT
        and found.cue_end <= outer.cue_start
        and word not in VERB_FORMS
        and outer.cand.kind in _OWNER_KINDS
    )


_SPEECH_NOUNS = frozenset(V.SPEECH_NOUNS)
#: Speakers that are people (not a statement, a document or a body).
_PEOPLE_KINDS = frozenset((Kind.PERSON, Kind.ROLE, Kind.UNNAMED))
#: Speakers of a reported clause that own the words (not ``her statement``, a document).
_OWNER_KINDS = _PEOPLE_KINDS | {Kind.PRON}


def _holds_verb(text: str, cand: Cand, outer: Cue) -> bool:
    """Whether the phrase *cand* holds the verb of *outer*, an inflected form of speech
    (``said``, ``told``); a plain form there may be a noun (``secretary of state``)."""
    if not cand.start < outer.cue_start < outer.cue_end <= cand.end:
        return False
    return not plain_form(text[outer.cue_start : outer.cue_end])


def _possessor(cue: Cue) -> bool:
    """A sentence-subject cue read as a possessor alone (``The union's``): the head
    noun after it was taken for the verb."""
    return cue.how is How.SUBJECT and cue.cand.name.endswith(("'s", "’s"))


def _record(text: str, a: int, b: int, kind: QuoteKind, att: Attribution | None) -> Quote:
    return quote_of(text[a:b], span_of(a, b), kind, att)


def _resolve_speakers(
    text: str, st: Structure, cues: list[Cue], quoted: Iterable[tuple[int, int]]
) -> dict[int, Speaker]:
    """Each cue's speaker (by cue id), resolved in the order the speakers are written,
    so that earlier names are known (names inside the *quoted* spans excepted)."""
    resolver = Resolver(text, st, quoted)
    # (by end, then stably by start: the order of (start, end) without a pair per cue)
    unique = sorted({id(c): c for c in cues}.values(), key=lambda c: c.cand.end)
    unique.sort(key=lambda c: c.cand.start)
    return {id(c): resolver.resolve(c.cand) for c in unique}


def _attribution(
    text: str,
    cue: Cue,
    speaker: Speaker,
    reference: dt.date | None,
    content: tuple[int, int] | None = None,
) -> Attribution:
    lo = min(cue.cand.start, cue.cue_start)
    hi = max(cue.cand.end, cue.cue_end)
    # The clause may open with its time: ``During a call Tuesday, the union said``.
    w0 = max(0, lo - _DATE_BEFORE)
    k = max(
        text.rfind(".", w0, lo),
        text.rfind("\n", w0, lo),
        text.rfind('"', w0, lo),
        text.rfind("”", w0, lo),
        text.rfind("“", w0, lo),
    )
    lo = k + 1 if k >= 0 else w0
    end = min(len(text), hi + _DATE_AFTER)
    floor = 0
    if content is not None:
        # The reported words' own times are not the speech's: ``The talks failed on
        # Monday, the union said Tuesday.`` / ``She said Tuesday the talks failed Monday.``
        if content[1] <= min(cue.cand.start, cue.cue_start):
            floor = content[1]
            lo = max(lo, floor)
        elif hi <= content[0] < end:
            end = content[0]
    return attribution_of(
        speaker,
        span_of(cue.cand.start, cue.cand.end),
        text[cue.cue_start : cue.cue_end],
        span_of(cue.cue_start, cue.cue_end),
        speech_date(text, lo, end, reference, floor=floor),
    )


# --------------------------------------------------------------------------- candidates


def _title_case(s: str) -> bool:
    words = _title_word_re().findall(s)
    if not words:
        return False
    big = [w for w in words if w.lower() not in SMALL_WORDS or w is words[0]]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


def _classify(text: str, pair: MarkPair, lead_start: int) -> tuple[QuoteKind | None, bool]:
    """``direct``, ``partial``, or ``None`` for a pair that is not speech; and whether a
    pair left out is a fragment of a few words that is speech inside reported speech."""
    inner = text[pair.start : pair.end]
    nwords = len(WORD_RE.findall(inner, 0, _COUNT_SPAN))
    if nwords == 0 or _markup(text, pair.open):
        return None, False
    lead = text[lead_start : pair.open].rstrip()
    last = lead[-1:] if lead else ""
    lead_words = lead[-40:].lower().split()
    prev_word = lead_words[-1].strip("(,") if lead_words else ""
    ends_sentence = inner.rstrip(_CLOSERS).endswith(_SENTENCE_ENDS)
    if _is_a_name(text, pair, inner, nwords, lead, prev_word, ends_sentence):
        # A name-like quotation that opens its sentence is still speech with its cue
        # right after it. (Only here does the cue matter: any other quotation opening
        # its sentence is direct below, so the cue search is skipped for them.)
        if (not lead or last == ":") and _cue_adjacent(text, pair, inner):
            return QuoteKind.DIRECT, False
        return None, False
    if not lead or last in ":—–-…" or pair.unclosed:
        return QuoteKind.DIRECT, False
    if last == "," and (ends_sentence or inner[:1].isupper()):
        return QuoteKind.DIRECT, False
    if inner[:1].isupper() and ends_sentence and nwords >= _SENTENCE_WORDS:
        return QuoteKind.DIRECT, False
    if (
        nwords <= _SCARE_WORDS
        and prev_word not in VERB_FORMS
        and not _named_object(lead_words, _UNFRAMED_NAMING_VERBS)
        and not _agent_after(text, pair)
        and not (prev_word == "as" and len(lead_words) > 1 and lead_words[-2] in _NAMING_AS)
    ):
        # Scare quotes: a word or two in the reporter's sentence, no reporting verb.
        # Two words inside reported speech are the speaker's (``said the offer was
        # "an insult" to nurses``), and so is one word as the complement of a copula
        # (``said it was "disappointed"``); another single word stays a scare quote.
        fragment = nwords >= _FRAGMENT_WORDS or _complement(lead_words, prev_word)
        return None, fragment and not pair.unclosed
    return QuoteKind.PARTIAL, False


#: A naming verb before ``as`` and a word in marks, which it judges (``a pay offer the
#: union has described as "derisory"``): the verb's subject's word, no scare quote.
_NAMING_AS = frozenset(RELATIVE_NAMING_VERBS)


def _agent_after(text: str, pair: MarkPair) -> bool:
    """Whether a passive verb of naming before *pair* has its agent after it (``was
    described as "derisory" by the union``): the words are the agent's, however few."""
    end = min(len(text), pair.close + _AGENT_REACH)
    return passive_agent_after(text, (pair.open, pair.close), end) is not None


#: How far after the closing mark the agent is read.
_AGENT_REACH = 160


def _complement(words: list[str], prev_word: str) -> bool:
    """Whether one word in marks after *words* (the lead's, lower case; *prev_word* the
    last, stripped) is a complement: of a copula or ``as`` (``was "derisory"``), also
    after an article (``was a "betrayal"``, ``as an "insult"``), or of a naming verb
    after its short object (``called the decision "shameful"``, ``branded it "vile"``)."""
    if prev_word in _COMPLEMENT_LEADS:
        return True
    if prev_word in _ARTICLES and len(words) > 1 and words[-2] in _COMPLEMENT_LEADS:
        return True
    return _named_object(words)


def _named_object(words: list[str], verbs: frozenset[str] | None = None) -> bool:
    """Whether *words* (a lead in lower case) end with a naming verb in the past and its
    short object (``branded the decision``, ``called it``): the words in marks after them
    are the subject's judgement. With *verbs*, one of them and an object that is more
    than an article (``termed an``)."""
    reach = min(len(words), _NAMED_OBJECT_WORDS + 1)
    for k in range(2, reach + 1):
        if words[-k] in (_NAMING_VERBS if verbs is None else verbs):
            if verbs is not None and all(w in _OBJECT_NOT_WORDS for w in words[-k + 1 :]):
                return False  # (``a tax loophole termed an "inversion"``: a usage)
            return not any(w[-1:] in _CLAUSE_MARKS for w in words[-k:-1])
    return False


_ARTICLES = frozenset(("a", "an"))
#: Verbs that name their object with a word in marks (``branded the offer "derisory"``),
#: in the past: a judgement someone made (``critics call it a "fix"`` is a usage; ``dubbed``
#: gives a nickname).
_NAMING_VERBS = frozenset(
    v for v in RELATIVE_NAMING_VERBS if v.endswith("ed") and v not in ("described", "dubbed")
)
#: Naming verbs with no frame of their own in the reporting frames (``branded``,
#: ``termed``; ``called`` reports ``the decision "a joke"`` as a clause): a word or two in
#: marks after one and its object is a partial quotation of its own.
_UNFRAMED_NAMING_VERBS = frozenset(v for v in _NAMING_VERBS if NAMING not in frames_of(v))
#: Words that are no object of a naming verb on their own (``called an "inversion"``).
_OBJECT_NOT_WORDS = frozenset(("a", "an", "as", "the"))
#: At most this many words of a naming verb's object before a word in marks.
_NAMED_OBJECT_WORDS = 4
_CLAUSE_MARKS = frozenset(",.;:!?")


def _cue_adjacent(text: str, pair: MarkPair, inner: str) -> bool:
    """``"No," he said.`` / ``"Hello," said Smith.``: a quotation that opens its sentence
    and ends with an open clause (``,"`` ``?"`` ``!"``) right before its own cue is speech,
    however short (a one-word reply looks like a title otherwise)."""
    if pair.unclosed or not inner.rstrip(_CLOSERS).endswith(_OPEN_CLAUSE_ENDS):
        return False
    end = text.find("\n", pair.close, pair.close + _ADJACENT_WINDOW)
    end = min(len(text), pair.close + _ADJACENT_WINDOW) if end < 0 else end
    cue = find_cue_after(text, pair.close, end)
    return cue is not None and min(cue.cand.start, cue.cue_start) - pair.close <= _ADJACENT_GAP


def _markup(text: str, open_at: int) -> bool:
    """A mark right after ``=`` opens an attribute value left from markup
    (``class="story-body"``), never a quotation; nor does one right before the ``>``
    or ``/>`` that closes a tag (``href="/pay">``: the value's closing mark)."""
    if text.startswith((">", "/>"), open_at + 1):
        return True
    k = open_at
    while k > 0 and text[k - 1] in " \t" and open_at - k < _MARKUP_GAP:
        k -= 1
    return k > 0 and text[k - 1] == "="


def _ends_with_cue(lead: str, cues: tuple[str, ...]) -> bool:
    """Whether *lead* (lower case) ends with one of *cues* as whole words (``aka``,
    not ``Osaka``)."""
    for cue in cues:
        if lead.endswith(cue):
            k = len(lead) - len(cue)
            if k == 0 or not (lead[k - 1].isalnum() or lead[k - 1] in "-'’"):
                return True
    return False


def _is_a_name(
    text: str,
    pair: MarkPair,
    inner: str,
    nwords: int,
    lead: str,
    prev_word: str,
    ends_sentence: bool,
) -> bool:
    """Nicknames (``known as "Shorty"``) and titles of works (``the film "The Long
    Strike"``) are not speech."""
    low = lead.lower()
    if nwords <= _NICKNAME_WORDS and _ends_with_cue(low, _NICK_CUES):
        return True
    if nwords <= _NICKNAME_WORDS and _nicknamed_object(low) and _title_case(_no_article(inner)):
        return True  # ``critics dubbed the plan "the Big Squeeze"``: a name it was given
    if nwords > _LOOSE_TITLE_WORDS or not _title_case(inner):
        return False
    if _ends_with_cue(low, _NAMING_CUES):
        return True  # ``a campaign branded "Fair Pay Now"``
    after = text[pair.close : pair.close + 2]
    followed_by_noun = len(after) == 2 and after[0] == " " and after[1].islower()
    if nwords <= _TITLE_WORDS and (
        prev_word in _PREP_LEAD
        or prev_word in _WORK_WORDS
        or followed_by_noun
        or prev_word.endswith(("'s", "’s"))
    ):
        return True
    last = lead[-1:] if lead else ""
    return (
        (prev_word in _WORK_WORDS or not ends_sentence)
        and (prev_word in _WORK_WORDS or (bool(lead) and last not in ":,") or nwords <= 2)
        and not (pair.unclosed or last in ":" or (not lead and ends_sentence))
    )


def _nicknamed_object(lead: str) -> bool:
    """Whether *lead* (lower case) ends with a verb that gives a name (``dubbed``,
    ``nicknamed``) and its object of up to three words, no punctuation among them."""
    words = lead.split()[-(_NICKNAMED_OBJECT_WORDS + 1) :]
    for k in range(2, len(words) + 1):
        if words[-k] in _NICK_VERBS:
            return not any(w[-1:] in _CLAUSE_MARKS for w in words[-k:])
    return False


def _no_article(inner: str) -> str:
    """*inner* without a leading ``the`` (``the Big Squeeze`` -> ``Big Squeeze``)."""
    head, _, rest = inner.partition(" ")
    return rest if head in ("the", "The") and rest else inner


#: Verbs of :data:`~laborquotes._vocab.NICKNAME_CUES` that take an object before the name.
_NICK_VERBS = frozenset(c for c in V.NICKNAME_CUES if c.isalpha() and c.endswith("ed"))
_NICKNAMED_OBJECT_WORDS = 3


# --------------------------------------------------------------------------- own cue


# --------------------------------------------------------------------------- borrowed cues
