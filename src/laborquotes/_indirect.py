"""Reported speech without quotation marks: ``indirect`` quotations.

:func:`find_indirect` walks the reporting verbs of the text once, in order. For each verb
outside a quotation it reads one of these shapes, each a named step below:

- ``according to X, <clause>`` / ``<clause>, according to X``  (:func:`_according`);
- ``<clause>, said X, a spokeswoman.``: an inverted closing     (:func:`_inverted`);
- ``X said (that) <clause>`` / ``X told members that <clause>``, ``<clause>, X said.``,
  ``..., saying <clause>`` and ``X blasted the plan and said <clause>``  (:func:`_reported`):
  the subject before the verb (:func:`_subject_slot`, :func:`_speaker`) and the clause
  after it (:func:`_clause_start`), or the clause before a closing verb.

A verb read as a noun (``the charge``, ``some states``) reports nothing, and neither does
the verb of a quotation that just closed (``"...," Ruiz told reporters Thursday``).
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

import regex

from . import _frames as F
from . import _vocab as V
from ._attribution import (
    LISTENER,
    Cand,
    Cue,
    How,
    find_cue_before,
    has_object,
    indirect_verb_re,
    past_document,
    speaker_after_verb,
    speaker_forward,
    strip_adverbs,
    subject_before,
)
from ._clauses import (
    GROUP_KINDS,
    SPEAKING_KINDS,
    VERB_FORMS,
    WORD_RE,
    closing_tail,
    dateline_lead_re,
    plural_opening,
    sentence_subject,
    subject_at,
)
from ._frames import (
    AS,
    AS_JUDGED,
    NAMING,
    OBJECT,
    THAT,
    THAT_ONLY,
    TO,
    WH,
    WH_WORDS,
    frame_forms,
    frames_of,
)
from ._marks import Structure
from ._org_names import _lazy
from ._orgs import default_registry
from ._owners import is_given_name
from ._patterns import alternation, lazy_stdlib, trie_alternation
from ._places import lookup_region
from ._roles import WORKER_WORDS
from ._speakers import Kind, relative_subject, subject_exact, without_place_tail
from ._transcripts import transcript_turns

__all__ = ["Reported", "find_indirect"]


class Reported(NamedTuple):
    """A reported clause (``text[start:end]``) and the cue that reports it."""

    start: int
    end: int
    cue: Cue


class _Verb(NamedTuple):
    """A reporting verb and the sentence it is in."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    word: str


class _Slot(NamedTuple):
    """Where a verb's subject may be: between *lo* and *end* (adverbs left out)."""

    lo: int
    end: int
    participle: bool
    coordinated: bool
    quantified: Cand | None
    #: ``Ruiz, who said ...``: the subject is a relative pronoun.
    relative: bool = False


# --------------------------------------------------------------------------- word tables
# (sets built from the tables of :mod:`laborquotes._vocab`)

#: Words before a verb form that make it a noun (``the charge``, ``some states``).
_NOUN_DETS = frozenset(V.NOUN_DETERMINERS)
_NOUN_MODIFIERS = frozenset(V.NOUN_MODIFIERS)
_QUANTITY_WORDS = frozenset(w.lower() for w in V.QUANTITY_SUBJECTS if " " not in w) | frozenset(
    V.NOUN_QUANTIFIERS
)
_INVERTING = frozenset(V.INVERTING_VERBS) | frozenset(F.INVERTED_CLOSERS)
#: Words whose ``'s`` is ``is`` or ``has`` (``he's said``), not a possessive.
_CONTRACTED = frozenset(("he", "here", "it", "she", "that", "there", "what", "who"))
#: Verbs whose listener comes before the reported clause (``assured members that ...``).
_TAKES_LISTENER = V.verb_forms(V.LISTENER_VERBS)
_TELL_FORMS = V.verb_forms(("tell",))
_SUBJECT_TAILS = frozenset(V.PRONOUNS) | frozenset(V.GROUP_NOUNS) | frozenset(V.TITLE_NOUNS)
#: Nouns of an area that end a subject after a place's name (``a carer from the Leeds
#: area``; not ``the free-trade zone``).
_AREA_TAILS = frozenset(V.AREA_NOUNS)
#: Speakers named as persons or pronouns (a source phrase never replaces them).
_NAMED_KINDS = frozenset({Kind.PERSON, Kind.PRON})
#: Subjects in the first or second person.
_FIRST_PERSON = frozenset(("i", "me", "you"))
#: Words that open the clause of a verb after a long text (``..., but Ruiz said``).
_LEAD_WORDS = (
    frozenset(V.CLAUSE_CONJUNCTIONS)
    | frozenset(V.SUBORDINATORS)
    | frozenset(F.RELATIVE_LEADS)
    | frozenset(("with",))  # ``..., with three in 10 saying ...``
)
#: Words that open a tail of place, time or medium after a closing verb.
_TAIL_WORDS = frozenset(V.ATTRIBUTION_TAIL_PREPOSITIONS) | frozenset(V.TAIL_PARTICIPLE_LEADS)
#: What may speak an inverted closing (``..., said a spokeswoman.``).
_CLOSING_KINDS = frozenset({Kind.PERSON, Kind.ROLE}) | GROUP_KINDS

# --------------------------------------------------------------------------- limits

#: A sentence longer than this is not read for reported speech (a list, a table).
_MAX_SENTENCE = 1200
#: A speaker before a capitalized verb (a headline) has at most this many words.
_MAX_HEADLINE_SUBJECT = 3
#: How far back, and in how many words, a plural head is looked for.
_PLURAL_REACH = 50
_PLURAL_WORDS = 5
_PLURAL_HEADS = frozenset(F.PLURAL_HEADS)
#: Words one of which stands in every quantity subject (see ``_quantity_subject_re``).
_SUBORDINATOR_WORDS = frozenset(V.SUBORDINATORS)
_QUANTITY_KEYS = (
    frozenset(w.lower() for q in V.QUANTITY_SUBJECTS for w in q.split())
    | frozenset(V.DISTRIBUTIVES)
    | frozenset(V.NUMBER_WORDS)
    | frozenset(w for f in F.FRACTIONS for w in f.split("-"))
    | frozenset(("percent", "cent", "who", "whom", "ten"))
)
#: How far before its verb a subject may start.
_SUBJECT_REACH = 200
#: How far before its verb a quantity or a relative clause (``who ...``) is looked for.
_QUANTITY_REACH = 80
#: Text before the subject longer than this, not set off by punctuation, is a clause of
#: its own (the verb is not the sentence's).
_MAX_LEAD = 60
#: ``According to X, the union's president, ...``: the title runs up to this far.
_APPOSITION_REACH = 120
#: A longer tail of place, time or medium after a closing verb runs up to this far.
_LONG_TAIL = 120
#: The clause after an apposition is at least this long.
_MIN_AFTER_APPOSITION = 20
#: A reported clause has at least this many characters and words (in its first 60).
_MIN_CHARS = 6
_MIN_WORDS = 2
_WORD_SPAN = 60
#: What is trimmed from the ends of a reported clause.
_TRAILING = " \t\r\n.!?;:,\"”’'"

# --------------------------------------------------------------------------- grammar


# --------------------------------------------------------------------------- the walk


class _Quoted:
    """The quotation spans, walked in step with the verbs (both in text order)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = spans
        self.starts = [s for s, _ in spans]
        self.j = 0  # the first quotation that does not end before the verb

    def advance(self, pos: int) -> bool:
        """Move past the quotations that end before *pos*; whether *pos* is in one."""
        spans, j = self.spans, self.j
        while j < len(spans) and spans[j][1] <= pos:
            j += 1
        self.j = j
        return j < len(spans) and spans[j][0] <= pos

    def last_close(self) -> int | None:
        """Where the last quotation before the verb closed."""
        return self.spans[self.j - 1][1] if self.j > 0 else None

    def any_in(self, a: int, b: int) -> bool:
        """Whether a quotation opens in ``[a, b)``."""
        return self.first_in(a, b) is not None

    def first_in(self, a: int, b: int) -> int | None:
        """Where the first quotation that opens in ``[a, b)`` opens."""
        i = bisect.bisect_left(self.starts, a)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < b else None


def find_indirect(text: str, st: Structure, mark_spans: list[tuple[int, int]]) -> list[Reported]:
    """Reported speech in *text* outside the quotations *mark_spans* (in text order), and
    the turns of a transcript (:func:`~._transcripts.transcript_turns`: their cue's
    ``how`` says so), within which no other speech is read."""
    turns = [Reported(t.start, t.end, t.cue) for t in transcript_turns(text, st)]
    if turns:
        mark_spans = sorted([*mark_spans, *((t.start, t.end) for t in turns)])
    lines = [*turns, *_colon_lines(text, st, _Quoted(mark_spans))]
    found = _verb_reports(text, st, mark_spans)
    nouns = _noun_reports(text, st, _Quoted(mark_spans), found)
    if nouns:
        found = sorted(found + nouns, key=lambda r: r.start)
    return sorted(lines + found, key=lambda r: r.start) if lines else found


# --------------------------------------------------------------------------- speech nouns

#: ``his claim that``, ``the union's call for``, ``her repeated pledge to``: a possessor
#: (a possessive pronoun, or a phrase with ``'s``), up to two modifiers, a noun of
#: :data:`~laborquotes._frames.SPEECH_NOUN_FRAMES` and the word that opens its content.
_noun_report_re = _lazy(
    r"(?:(?<![\w’'\-])(?P<pron>[Hh]is|[Hh]er|[Tt]heir)|(?<=\w)['’]s|(?<=s)['’])"
    r"\s++(?:\p{Ll}[\p{Ll}\-]*+\s++){0,2}?"
    rf"(?P<noun>{alternation(n for n, _ in F.SPEECH_NOUN_FRAMES)})"
    r"\s++(?P<comp>that|for|to)\s++(?=[\w\"“$])"
)
_NOUN_COMPLEMENTS = dict(F.SPEECH_NOUN_FRAMES)


def _noun_reports(
    text: str, st: Structure, quoted: _Quoted, verbs: list[Reported]
) -> list[Reported]:
    """``the union's demand that ...``, ``her call for ...``: the content of a noun of
    speech, its possessor the speaker (outside quotations and verb reports)."""
    out: list[Reported] = []
    taken = [(r.start, r.end) for r in verbs]
    k = 0
    for m in _noun_matches(text):
        if quoted.advance(m.start()) or m["comp"] not in _NOUN_COMPLEMENTS[m["noun"]]:
            continue
        while k < len(taken) and taken[k][1] <= m.start():
            k += 1
        found = _noun_report(text, st, m)
        if found is not None and (k == len(taken) or taken[k][0] >= found.end):
            # (not where a verb reports: ``criticized his claim that``, ``his call for
            # talks and said that``)
            out.append(found)
    return out


#: A noun of speech and the word that opens its content, as the standard library reads
#: them: wherever :func:`_noun_report_re` matches, this matches too (``re``'s ``\\s``
#: holds every space ``regex``'s does), and it scans an article about three times faster.
_noun_hit_re = lazy_stdlib(
    lambda: trie_alternation(n for n, _ in F.SPEECH_NOUN_FRAMES) + r"\s+(?:that|for|to)\s"
)


def _noun_matches(text: str) -> Iterator[regex.Match[str]]:
    """The matches of :func:`_noun_report_re` in *text*, as ``finditer`` gives them, each
    searched only around a noun of speech that :func:`_noun_hit_re` finds (its possessor
    and modifiers stand at most two words before the noun)."""
    pat = _noun_report_re()
    last = 0  # (matches do not overlap: the next starts where the last ended)
    for i, hit in enumerate(_noun_hit_re().finditer(text)):
        if i >= _DENSE_HITS and hit.start() < i * _HIT_SPACING:
            # Nouns this dense (a list, a hostile text): one scan of the rest is cheaper.
            yield from pat.finditer(text, last)
            return
        lo = _back_over(text, hit.start(), last, str.isspace)
        for _ in range(2):  # (a modifier is a word of letters and hyphens)
            lo = _back_over(text, lo, last, _word_char)
            lo = _back_over(text, lo, last, str.isspace)
        end = hit.end()
        while end < len(text) and text[end].isspace():
            end += 1
        m = pat.search(text, max(last, lo - len("their")), end + 1)
        if m is not None:
            last = m.end()
            yield m


#: After this many nouns, closer than :data:`_HIT_SPACING` characters on average, the
#: rest of the text is scanned whole.
_DENSE_HITS = 32
_HIT_SPACING = 2000


def _word_char(c: str) -> bool:
    return c.isalpha() or c == "-"


def _back_over(text: str, pos: int, lo: int, test: Callable[[str], bool]) -> int:
    """*pos* moved back over the characters that pass *test*, not before *lo*."""
    while pos > lo and test(text[pos - 1]):
        pos -= 1
    return pos


def _noun_report(text: str, st: Structure, m: regex.Match[str]) -> Reported | None:
    """The report of the noun of speech at *m*, if its possessor can speak."""
    ss, se = st.sentence_start(m.start()), st.sentence_end(m.start())
    if m["pron"] is not None:
        s, e = m.span("pron")
        name = V.POSSESSIVE_PRONOUNS[m["pron"].lower()]
        cand: Cand | None = Cand(Kind.PRON, s, e, name, None, None, False)
    else:
        owner = _owner_re().search(text, max(ss, m.start() - _OWNER_REACH), m.start())
        cand = None if owner is None else subject_before(text, owner.start(), m.start())
    if cand is None or cand.kind not in SPEAKING_KINDS:
        return None
    q = m.end() if m["comp"] != "to" else m.start("comp")
    # (a noun phrase ends at a comma; a clause before ``..., saying`` or ``and said``)
    cut = _noun_end_re().search(text, q, se) if m["comp"] == "for" else _and_verb(text, q, se)
    end = se if cut is None else cut.start()
    a, b = _trim(text, q, end)
    if not _long_enough(text, a, b):
        return None
    return Reported(a, b, Cue(cand, m.start("noun"), m.end("noun"), How.BEFORE))


#: How far back a possessor before ``'s`` may start, in characters.
_OWNER_REACH = 80
#: A possessor before ``'s``: a name (``Ana Ruiz``, ``the Nurses' Union``) or a
#: determiner and up to three words (``the drivers``, ``the local union``).
_owner_re = _lazy(
    r"(?<![\w’'\-])(?:(?:[Tt]he|[Aa]n?)\s++)?"
    r"(?:(?:\p{Lu}[\w.\-’']*+\s++){0,4}\p{Lu}[\w.\-]*+"
    r"|(?<=(?:[Tt]he|[Aa]n?)\s++)(?:\p{Ll}[\w\-]*+\s++){0,2}\p{Ll}[\w\-]*+)\Z"
)
#: Where a noun-phrase content ends: a comma, a semicolon or a dash with spaces.
_noun_end_re = _lazy(r"[,;]|\s(?:—|–|--?)\s")


def _verb_reports(text: str, st: Structure, mark_spans: list[tuple[int, int]]) -> list[Reported]:
    """The reports of the reporting verbs of *text*, walked once in order."""
    out: list[Reported] = []
    quoted = _Quoted(mark_spans)
    last_end = -1
    ss = se = 0
    carried: tuple[int, Cue] | None = None
    for v in _outside_verbs(text, mark_spans):
        vs = v.start()
        inside = quoted.advance(vs)
        if vs < last_end or inside:
            continue
        if not ss <= vs < se:
            # (the verbs of one sentence share its bounds: a position inside the span
            # of a sentence has that sentence and its paragraph)
            ss, se = st.sentence_start(vs), st.sentence_end(vs)
        verb = _verb(text, st, v, quoted, ss, se)
        if verb is None:
            continue
        found = _report(text, st, verb, quoted)
        if found is not None and _sourced_after(text, verb, found):
            continue  # ``The company offered a buyout, according to a union official.``
        if found is not None:
            if carried is not None and carried[0] == vs:
                # ``..., the union said, adding that ...``: the participle's speaker is
                # the closing cue's
                found = found._replace(cue=carried[1]._replace(cue_start=vs, cue_end=verb.end))
            out.append(found)
            # (an object cut before ``and said ...`` leaves the second verb to be read, a
            # closing cue its participle)
            last_end = found.end if found.start >= verb.end else _source_end(text, verb, found)
            part = _participle(text, verb.end, verb.sentence_end) if found.start < vs else None
            if part is not None:
                last_end, carried = part.start(), (part.start(1), found.cue)
    return out


def _source_end(text: str, verb: _Verb, found: Reported) -> int:
    """Where the verbs after a closing cue (``..., said Unite``, ``..., according to
    Unite``) may be read again: after a relative clause's comma that follows its speaker
    (``..., which said the fee had fallen``: a report of its own), else at the sentence's
    end."""
    end = found.cue.cand.end
    rest = text[end : min(verb.sentence_end, end + _RELATIVE_REACH)]
    stripped = rest.lstrip(" ,")
    if rest[: len(rest) - len(stripped)].strip() == "," and stripped.startswith(_RELATIVE_TAILS):
        return end + len(rest) - len(stripped)
    return verb.sentence_end


#: How far after a closing cue's speaker its relative clause is looked for.
_RELATIVE_REACH = 12


def _outside_verbs(text: str, spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """The matches of :func:`indirect_verb_re` that start outside the quotations *spans*,
    as one ``finditer`` over the whole text yields them: only the text between the
    quotations is scanned. (No verb form, letters and spaces, holds a quotation's mark,
    so no match runs into or out of a quotation; each scan ends one character past the
    next opening mark, which the look-ahead after a verb reads.)"""
    pat = indirect_verb_re()
    if any(a[0] > b[0] for a, b in itertools.pairwise(spans)):
        yield from pat.finditer(text)  # (spans out of order: scanned whole)
        return
    pos = 0
    for s, e in (*spans, (len(text), len(text))):
        if s > pos:
            yield from pat.finditer(text, pos, min(len(text), s + 1))
        pos = max(pos, e)


def _sourced_after(text: str, verb: _Verb, found: Reported) -> bool:
    """Whether the object of a verb that takes no clause (``offered a buyout``) runs into
    ``according to`` in its sentence: the sentence is that source's report, not the
    verb's."""
    if verb.word == "according to" or THAT in frames_of(verb.word):
        return False
    return text.find(_ACCORDING_AFTER, found.start, verb.sentence_end) >= 0


#: ``according to`` after a comma: a source that reports the clause before it.
_ACCORDING_AFTER = ", according to "


def _verb(
    text: str, st: Structure, v: re.Match[str], quoted: _Quoted, ss: int, se: int
) -> _Verb | None:
    """The verb at *v* with its sentence ``[ss, se)``, unless it attributes a quotation."""
    vs, ve = v.span()
    closed = quoted.last_close()
    if (
        closed is not None
        and ss <= closed <= vs
        and "," not in text[closed:vs]
        and (not _clause_around(text, quoted, ss, closed) or quoted.any_in(vs, se))
    ):
        # ``"...," Ruiz told reporters Thursday outside ...``: the verb attributes the
        # quotation that just closed; what follows it is no reported clause. (But for
        # words in marks inside the reporter's clause: ``Staff were "kept in the dark,"
        # Bell said.``, with no quotation after the verb.)
        return None
    if se - ss > _MAX_SENTENCE:
        return None
    first = quoted.first_in(vs, se)
    if first is not None and _and_verb(text, ve, first) is None:
        # (A quotation earlier in the sentence is fine: ``"...," Ruiz said, noting she
        # would ...``; one after the verb makes the sentence a direct quotation, but
        # for one that a second verb reports: ``Ruiz said A, but added, "..."``.)
        return _before_quotation(text, st, v, quoted, first)
    return _Verb(vs, ve, ss, se, v.group().lower())


#: A fixed phrase of :data:`~laborquotes._frames.SPEECH_IDIOMS` (any case, any spaces).
_idiom_re = _lazy(
    r"(?i:(?<![\w\-])(?:"
    + "|".join(r"\s++".join(map(regex.escape, p.split())) for p in F.SPEECH_IDIOMS)
    + r")(?![\w\-]))"
)
#: How far around a verb a fixed phrase holding it may reach (``when all is said``).
_IDIOM_REACH = 24
#: The verb forms the fixed phrases hold (``say``, ``said``, ``saying``): only these are read.
_IDIOM_VERBS = frozenset(w for p in F.SPEECH_IDIOMS for w in p.split()) & V.verb_forms()


def _idiom(text: str, verb: _Verb) -> bool:
    """Whether *verb* is a word of a fixed phrase (``as they say``): no report."""
    if verb.word not in _IDIOM_VERBS:
        return False  # (a cheap test first: most verbs are in no such phrase)
    lo = max(0, verb.start - _IDIOM_REACH)
    for m in _idiom_re().finditer(text, lo, min(len(text), verb.end + _IDIOM_REACH)):
        if m.start() <= verb.start < m.end():
            return True
    return False


def _report(text: str, st: Structure, verb: _Verb, quoted: _Quoted) -> Reported | None:
    """The reported clause of *verb* and its speaker, in whichever shape it takes."""
    if _idiom(text, verb):
        return None
    if verb.word == "according to":
        found = _according(text, verb, quoted)
        return None if found is None else _trimmed(text, _owned_document(text, found))
    lo = max(verb.sentence_start, verb.start - 20)
    carried = _carried(text, verb)
    if (
        carried is None
        and THAT in frames_of(verb.word)
        and _ends_with(text, lo, verb.start, _AS_BY_ENDS)
    ):
        lead = _as_by_re().search(text, lo, verb.start)
        if lead is not None and not _quoting_as(text, verb):
            found = _as_by(text, verb)
            return None if found is None else _trimmed(text, found)
    if carried is not None:
        verb = carried  # ``Ruiz was quoted as saying ...``: the cue runs from ``was``
    elif _noun_use(text, verb.start) or _negated(text, verb) or _passive(text, verb):
        return None
    if verb.word in _INVERTING and text[verb.sentence_start : verb.start].rstrip().endswith(","):
        inverted = _inverted(text, verb)
        if inverted is not None:
            # Read as an inverted closing, the verb reports nothing else.
            ss, vs = verb.sentence_start, verb.start
            if quoted.any_in(ss, vs):
                return None
            return _trimmed(text, inverted)
    capitalized = text[verb.start].isupper()
    if capitalized and not (_may_open_line(text, verb) and _title_cased_after(text, verb)):
        # (its subject could open no line, or the words after it are in sentence case:
        # no headline, see below; ``Ana Ruiz of Coastal State University said ...``)
        return None
    found = _reported(text, st, verb, quoted)
    if found is not None and capitalized and not _headline_subject(text, found):
        return None
    if found is None or found.cue.cand.name.lower() in _FIRST_PERSON:
        # ``I said``, ``we told them``: in news copy, the words of someone quoted (in
        # marks this reader missed), not the report of a speaker.
        return None
    return _trimmed(text, _owned_document(text, found))


def _owned_document(text: str, found: Reported) -> Reported:
    """*found*, its speaker the owner a document speaker names (:func:`_document_owner`),
    read as a speaker of its own (``the Office for National Statistics``: a body)."""
    owner = _document_owner(found.cue.cand)
    if owner is not None and owner.kind == Kind.GROUP:
        owner = subject_exact(text, owner.start, owner.end) or owner
    return found if owner is None else found._replace(cue=found.cue._replace(cand=owner))


_DOCUMENTS = frozenset(F.DOCUMENT_NOUNS) | {f"{n}s" for n in F.DOCUMENT_NOUNS}
#: ``A report by the Low Pay Commission``, ``the union's own survey``, ``A Treasury
#: review``, ``figures released by the ONS``, ``the INMO's Trolley Watch figures`` (a
#: name of the document's own): the document and the words that name its owner.
_document_re = _lazy(
    rf"(?:(?P<poss>.+?)[’']s\s++(?:own\s++|new\s++|latest\s++)?"
    rf"(?:\p{{Lu}}[\p{{L}}\-]*+\s++){{0,3}}"
    rf"|(?:[Aa]n?|[Tt]he)\s++(?P<mod>\p{{Lu}}[\p{{L}}\-]*+(?:\s++\p{{Lu}}[\p{{L}}\-]*+){{0,3}})\s++"
    rf"|(?:(?:[Aa]n?|[Tt]he)\s++)?(?:\p{{Ll}}++\s++){{0,2}}?)"
    rf"(?i:{'|'.join(F.DOCUMENT_NOUNS)})s?+"
    rf"(?:\s++(?:(?:{'|'.join(F.PUBLISHING_PARTICIPLES)})\s++)?(?:by|from)\s++(?P<by>.+))?\Z"
)


def _document_owner(cand: Cand) -> Cand | None:
    """The owner named in a document speaker (``a report by the Low Pay Commission``,
    ``the union's survey``), as the speaker; ``None`` for any other speaker, a document
    that names no owner (``the study``) or one whose owner is its modifier (``a
    Treasury review``: the speaker's organization already names it)."""
    words = cand.name.split()
    if len(words) < 2 or not any(w.lower() in _DOCUMENTS for w in words):
        return None  # (a cheap test first)
    m = _document_re().match(cand.name)
    if m is None:
        return _pronoun_owner(cand, words)
    for group in ("by", "poss"):
        owner = m.group(group)
        if owner:
            start = cand.start + m.start(group)
            # (``an analysis by Lee Epstein``: a person's, by a given name first)
            person = len(owner.split()) == 2 and is_given_name(owner.split()[0])
            kind = Kind.PERSON if person else Kind.GROUP
            return Cand(kind, start, start + len(owner), owner, None, None, not person)
    return _pronoun_owner(cand, words)


def _pronoun_owner(cand: Cand, words: list[str]) -> Cand | None:
    """The possessive pronoun that names a document's owner, as a pronoun speaker
    (``a statement on its website``, ``their annual report``: ``it``, ``they``)."""
    for k, w in enumerate(words):
        pronoun = _OWNER_PRONOUNS.get(w.lower())
        if pronoun is not None and any(
            x.lower() in _DOCUMENTS for x in words[:k] + words[k + 1 : k + 3]
        ):
            start = cand.start + len(" ".join(words[:k])) + (1 if k else 0)
            return Cand(Kind.PRON, start, start + len(w), pronoun, None, None, pronoun == "they")
    return None


#: Possessive pronouns of a body that owns a document, and their subject forms.
_OWNER_PRONOUNS = {"its": "it", "their": "they"}


#: ``As reported by``, ``as first noted by``: the verb's lead (``as`` and an adverb).
_as_by_re = _lazy(r"(?<![\w’'\-])[Aa]s\s++(?:\p{Ll}{3,}+(?<=ly)\s++|first\s++)?\Z")
#: ``... by the Daily Post, <clause>``: the source, a comma and the clause.
_by_source_re = _lazy(r"\s++by\s++(?P<src>[^,.;:\"“”\n]{2,80}?),\s*+(?=\S)")


def _as_by(text: str, verb: _Verb) -> Reported | None:
    """``As reported by the Daily Post, the board approved ...``: the source after
    ``by``, the clause after its comma."""
    m = _by_source_re().match(text, verb.end, verb.sentence_end)
    if m is None:
        return None
    cand = subject_before(text, m.start("src"), m.end("src"))
    if cand is None or cand.kind not in SPEAKING_KINDS or cand.start != m.start("src"):
        return None
    return Reported(m.end(), verb.sentence_end, Cue(cand, verb.start, verb.end, How.BEFORE))


def _headline_subject(text: str, found: Reported) -> bool:
    """``Ruiz Says Strike Will Go Ahead``: a capitalized verb (a headline) reports only
    for a short name that opens its line."""
    cand = found.cue.cand
    return (
        cand.kind is Kind.PERSON
        and _opens_line(text, cand.start)
        and len(cand.name.split()) <= _MAX_HEADLINE_SUBJECT
    )


#: How many words after a capitalized verb are read for a headline's title case.
_TITLE_CASE_WORDS = 6


def _title_cased_after(text: str, verb: _Verb) -> bool:
    """Whether the words after a capitalized verb are a title-case headline's (``Union
    Says Strike Will Go Ahead``): no lower-case word of four letters or more that is
    no function word among the first few."""
    words = text[verb.end : verb.sentence_end].split()[:_TITLE_CASE_WORDS]
    return not any(
        len(w) >= 4 and w[:1].islower() and w.strip(".,;:!?\"”’'") not in _FUNCTION_WORDS
        for w in words
    )


def _may_open_line(text: str, verb: _Verb) -> bool:
    """Whether a subject of *verb* (a phrase between its sentence start and the verb)
    may open its line, as :func:`_headline_subject` asks of a capitalized verb: the
    first word of the sentence opens its line, or a line break comes before the verb."""
    ss, vs = verb.sentence_start, verb.start
    if text.find("\n", ss, vs) >= 0:
        return True
    first = ss
    while first < vs and text[first].isspace():
        first += 1
    return first < vs and _opens_line(text, first)


#: How many spaces before a word are looked through for the start of its line.
_LINE_INDENT = 200


def _opens_line(text: str, pos: int) -> bool:
    """Whether only spaces stand between the start of *pos*'s line and *pos* (a bounded
    look back: an indent longer than :data:`_LINE_INDENT` opens no line)."""
    i = pos
    lo = max(0, pos - _LINE_INDENT)
    while i > lo and text[i - 1].isspace() and text[i - 1] != "\n":
        i -= 1
    return i == 0 or text[i - 1] == "\n"


def _noun_use(text: str, vs: int) -> bool:
    """``to say``, ``the charge``, ``a recall``, ``some states``: no verb of speech."""
    before = text[max(0, vs - 20) : vs].split()
    prev_word = before[-1].lower() if before else ""
    if before[-1:] == ["to"]:
        # ``to say``; but ``continued to say``, ``was quick to point out`` (the word
        # ``to``, not the end of a name: ``Jaime Soto said``)
        return len(before) < 2 or before[-2] not in _TO_CARRIERS
    if (
        prev_word in _NOUN_DETS
        or prev_word in _NOUN_MODIFIERS
        or (prev_word.endswith(("'s", "’s")) and prev_word[:-2] not in _CONTRACTED)
    ):
        return True  # (``the union's report``: a possessive before a noun; not ``he's``)
    word = _word_re().match(text, vs)
    if (
        word is not None
        and prev_word in _NOUN_PREPOSITIONS
        and not word.group().endswith(_PARTICIPLE_ENDINGS)
    ):
        return True  # ``in question period``, ``for comment``: a preposition's noun
    if word is not None and _object_of_past(text, vs, prev_word, word.group()):
        return True  # ``Ruiz rejected claims that``: a plural noun, object of a verb
    if word is not None and _named_modifier(text, vs, word.group()):
        return True  # ``A Treasury report``, ``the Ofsted review``: a noun
    if word is not None and _title_after(text, vs, word.group(), word.end()):
        return True  # ``CFMEU state secretary Jo Ames``: a modifier of a title
    if word is not None and _compound_noun(text, word.group(), word.end()):
        return True  # ``held warning strikes``: a noun's modifier
    # ``some states``, ``many reports``: a plural noun; but ``Some said``, ``Half say``
    if prev_word not in _QUANTITY_WORDS:
        return False
    return word is not None and word.group().endswith("s")


_TITLE_WORDS = frozenset(V.TITLE_NOUNS)
#: Prepositions before which a verb's base or ``-s`` form is a noun (``in question``,
#: ``for comment``, ``with reports``); its ``-ing`` and ``-ed`` forms may still report
#: (``after saying``).
_NOUN_PREPOSITIONS = frozenset(
    ("about", "at", "during", "for", "from", "in", "into", "of", "on", "over", "under", "with")
)
_PARTICIPLE_ENDINGS = ("ed", "ing")
#: Nouns that a verb's ``-ing`` form modifies (``warning strikes``, ``a warning sign``).
_ING_COMPOUNDS = frozenset(F.ING_COMPOUND_NOUNS)


def _compound_noun(text: str, word: str, end: int) -> bool:
    """Whether the ``-ing`` form *word* (ending at *end*) modifies a noun after it
    (``warning strikes``): no verb of speech."""
    if not word.endswith("ing"):
        return False
    nxt = text[end : end + _COMPOUND_READ].split(None, 1)[:1]
    return bool(nxt) and nxt[0].rstrip(".,;:").lower() in _ING_COMPOUNDS


#: How many characters after an ``-ing`` form are read for the noun it modifies.
_COMPOUND_READ = 16

_SUBJECT_PRONOUNS = frozenset(("he", "i", "it", "she", "they", "we", "you"))


def _object_of_past(text: str, vs: int, prev_word: str, word: str) -> bool:
    """``Ruiz rejected claims that``, ``She denied reports``: a form in ``-s`` right
    after a past verb whose subject is a name or a pronoun is that verb's object (but
    ``The man who was arrested says`` keeps its verb: a relative clause before it)."""
    if not (word.endswith("s") and prev_word.endswith("ed") and prev_word.isalpha()):
        return False
    head = text[max(0, vs - 60) : vs].split()
    if len(head) < 2:
        return False
    subject = head[-2]
    return subject.lower() in _SUBJECT_PRONOUNS or subject[:1].isupper()


#: ``A Treasury``, ``the Ofsted``: a determiner and a capitalised word right before.
_named_modifier_re = _lazy(r"(?<![\w’'\-])(?:[Aa]n?|[Tt]he)\s++(\p{Lu}[\p{L}\-]*+)\s++\Z")


def _named_modifier(text: str, vs: int, word: str) -> bool:
    """Whether the bare verb form *word* at *vs* follows ``a``/``an``/``the`` and one
    capitalised word: a noun (``A Treasury report found``); a verb there agrees with a
    plural (``The Greens say``), which ``a`` never takes."""
    if word not in _FRAME_LEMMAS or not text[max(0, vs - 2) : vs - 1].isalpha():
        return False
    m = _named_modifier_re().search(text, max(0, vs - 40), vs)
    if m is None:
        return False
    return m.group().lower().startswith("a") or not m.group(1).endswith("s")


#: The bare forms of the reporting verbs (``state``, ``report``): nouns and adjectives too.
_FRAME_LEMMAS = frozenset(verb.partition(" ")[0] for verb, _ in F.REPORTING_FRAMES)


def _title_after(text: str, vs: int, word: str, we: int) -> bool:
    """``CFMEU state secretary Jo Ames``: a verb's bare form between a capitalised word
    and a lower-case title noun with its holder (or its comma) is the title's modifier.
    An inflected form reports (``says rival Bernie Sanders``), and so does a verb that
    names a listener or takes an infinitive (``told secretary Ruiz``, ``urged staff``)."""
    if word in _TAKES_LISTENER or TO in frames_of(word) or word not in _FRAME_LEMMAS:
        return False
    before = text[max(0, vs - _PREV_WORD) : vs]
    prev = before.split()[-1] if before.endswith(" ") and before.strip() else ""
    if not prev[:1].isupper():
        return False  # (``Electrical Trades Union state secretary``, ``ETU state ...``)
    nxt = _word_re().match(text, we + 1) if text[we : we + 1] == " " else None
    if nxt is None or nxt.group() not in _TITLE_WORDS:
        return False
    after = text[nxt.end() : nxt.end() + 2]
    return after[:1] == "," or (after[:1] == " " and after[1:].isupper())


_word_re = _lazy(r"\w++")
#: How far back the word before a verb form is read.
_PREV_WORD = 40


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    """``text[a:b]`` without the spaces and punctuation at its ends; but a closing
    quotation mark stays when the clause opens its quotation (``the offer was "an
    insult"``, not ``the offer was "an insult``)."""
    seg = text[a:b]
    a2, b2 = a + len(seg) - len(seg.lstrip()), a + len(seg.rstrip(_TRAILING))
    if b2 < b and _left_open(text, a2, b2, text[b2]):
        b2 += 1
    elif b2 + 1 < b and text[b2] in ",;.!?" and _left_open(text, a2, b2, text[b2 + 1]):
        b2 += 2  # ``"kept in the dark,"``: the comma (or the stop) inside the mark
    return a2, b2


def _left_open(text: str, a: int, b: int, closer: str) -> bool:
    """Whether ``text[a:b]`` leaves open a quotation that *closer* closes."""
    if closer in _MARKS:
        return _open_marks(text, a, b)
    if closer in "’'":
        k = max(text.rfind(" ‘", a, b), text.rfind(" '", a, b))
        return k >= 0 and text.find("’", k + 2, b) < 0 and text.find("'", k + 2, b) < 0
    return False


def _long_enough(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` (trimmed) has the characters and words of a clause."""
    return b - a >= _MIN_CHARS and _has_words(text, a, min(b, a + _WORD_SPAN), _MIN_WORDS)


def _has_words(text: str, a: int, b: int, n: int) -> bool:
    """Whether ``text[a:b]`` holds at least *n* words (found one by one, not listed)."""
    search = WORD_RE.search
    for _ in range(n):
        m = search(text, a, b)
        if m is None:
            return False
        a = m.end()
    return True


def _anonymity(text: str, a: int, b: int) -> bool:
    """``who asked not to be named``: the terms of an anonymous source, not its words."""
    head = text[a : min(b, a + _ANONYMITY_REACH)].lower()
    if not head.startswith(ANONYMITY_TERMS):
        return False  # (a cheap test first: most clauses open with none of them)
    return any(
        head.startswith(t) and not head[len(t) : len(t) + 1].isalpha() for t in ANONYMITY_TERMS
    )


#: What an anonymous source asks for (``asked not to be named``): no reported clause.
ANONYMITY_TERMS: tuple[str, ...] = (
    "anonymity", "not to be identified", "not to be named", "not to be quoted",
    "to be identified only",
)  # fmt: skip
_ANONYMITY_REACH = max(map(len, ANONYMITY_TERMS)) + 1


def _trimmed(text: str, found: Reported) -> Reported | None:
    """The clause trimmed, after a dateline that opens it, if still long enough."""
    a, b = _trim(text, found.start, found.end)
    dl = dateline_lead_re().match(text, a, b)
    if dl is not None:
        a = dl.end()  # ``TOLEDO, May 3 - Workers walked out, the union said.``
    if not _long_enough(text, a, b) or _anonymity(text, a, b):
        return None
    if b - a <= _SHORT_SPAN and not _has_words(text, a, b, _FULL_WORDS):
        # ``responded on Twitter``, ``said of Cruz``: two words that open with a
        # preposition are a tail of the verb, not what was said
        first = text[a : a + 12].partition(" ")[0].lower()
        if first in _SHORT_NOT_FIRST or first.endswith(("'", "’")):
            return None
    return Reported(a, b, found.cue)


#: A clause of fewer words than this (counted only in a clause of at most
#: :data:`_SHORT_SPAN` characters) may not open with a word of :data:`_SHORT_NOT_FIRST`.
_FULL_WORDS = 3
_SHORT_SPAN = 60
_SHORT_NOT_FIRST = (
    frozenset(V.ATTRIBUTION_TAIL_PREPOSITIONS)
    | frozenset(V.OBJECT_PREPOSITIONS)
    | frozenset(("different", "earlier", "if", "is", "last", "later", "more", "next", "of"))
    | frozenset(("same", "was"))
)


# --------------------------------------------------------------------------- the shapes

#: ``Ruiz: The offer is an insult.``, ``Q: Will you strike?``, ``ANA RUIZ: We will.``: a
#: line that opens with a speaker and a colon (a headline or a transcript).
_colon_line_re = _lazy(
    r"[^\S\n]*+(?P<head>\p{Lu}[^\n:.!?;,\"“”()\[\]]{0,50}?)[^\S\n]*+:[^\S\n]++(?=\S)"
)
#: How far into its paragraph the colon of a colon line may stand.
_COLON_REACH = 60
_NOT_COLON_HEADS = frozenset(F.COLON_NOT_SPEAKERS)
_COLON_LABEL_ENDS = frozenset(F.COLON_LABEL_ENDS)
#: What may speak a colon line: a person or a named group.
_COLON_KINDS = frozenset({Kind.PERSON, Kind.GROUP})
#: An all-capitals head in one of the first paragraphs is a dateline (``NEW DELHI:``).
_DATELINE_PARAS = 3
#: A head of a colon line has at most this many words.
_MAX_COLON_WORDS = 6


def _colon_lines(text: str, st: Structure, quoted: _Quoted) -> list[Reported]:
    """Lines that open with a speaker and a colon, their words up to the paragraph end
    (none when a quotation stands in them: that is a direct quotation)."""
    out: list[Reported] = []
    for p, pe in zip(st.para_starts, st.para_ends, strict=True):
        # (paragraph by paragraph: a colon near its start is checked before the pattern)
        if text.find(":", p, min(pe, p + _COLON_REACH)) < 0:
            continue
        m = _colon_line_re().match(text, p, pe)
        if m is None:
            continue
        head = m.group("head")
        words = head.split()
        if (
            len(head) < 2
            or len(words) > _MAX_COLON_WORDS
            or head.lower() in _NOT_COLON_HEADS
            or words[-1].lower() in _COLON_LABEL_ENDS
            or lookup_region(head) is not None
        ):
            # (``Q:`` / ``A:`` in an interview: the answers hold reports of their own)
            continue
        if not all(w[:1].isupper() or w.lower() in V.SMALL_WORDS for w in words):
            continue  # ``The reason is simple: ...``: a sentence, not a speaker
        if head.isupper() and st.paragraph(m.start()) < _DATELINE_PARAS:
            continue  # ``NEW DELHI: ...``: a dateline at the top, not a speaker
        line_end = text.find("\n", m.end(), pe)
        end = pe if line_end < 0 else line_end
        if quoted.any_in(m.start(), end):
            continue
        a, b = _trim(text, m.end(), end)
        if not _long_enough(text, a, b):
            continue
        hs, he = m.span("head")
        cand = speaker_forward(text, hs, he)
        if cand is None or cand.kind not in _COLON_KINDS or cand.end < he:
            continue  # ``The Latest:``, ``Q:``: a label, not a named speaker
        if _labelled_headline(text, st, cand, m.start(), end):
            continue
        out.append(Reported(a, b, Cue(cand, he, he + 1, How.COLON)))
    return out


def _labelled_headline(text: str, st: Structure, cand: Cand, start: int, end: int) -> bool:
    """Whether the colon line at *start* is a headline with its topic's label (the first
    line, no end mark: ``Severnside Airport: Baggage handlers' strike threatens summer
    getaway``): an organization's or a place's proper name labels it; a person's or a
    group of people's speaks (``Ana Ruiz: We will not back down``, ``Historians: ...``)."""
    if cand.kind is Kind.PERSON or st.paragraph(start) > 0:
        return False
    words = cand.name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return False  # (``Historians: ...``: people, whose view the headline reports)
    return not text[start:end].rstrip().endswith(_LINE_END_MARKS)


#: Marks that end a sentence's line, not a headline's.
_LINE_END_MARKS = (".", "!", "?", '"', "”", "'", "’")


#: How far after ``according to`` a registered organization's name is read.
_REGISTERED_REACH = 100


def _registered_source(text: str, q: int, se: int, cand: Cand | None) -> Cand | None:
    """*cand*, or the registered organization whose name opens at *q* when the speaker
    phrase stopped inside it (``according to Transport for London``: ``Transport``)."""
    if cand is not None and cand.kind is not Kind.PERSON:
        return cand
    hit = default_registry().first_in(text[q : min(se, q + _REGISTERED_REACH)])
    if hit is None or hit[1] != 0 or (cand is not None and q + hit[2] <= cand.end):
        return cand
    name = text[q : q + hit[2]]
    return Cand(Kind.GROUP, q, q + hit[2], name, None, hit[0].name, True)


def _according(text: str, verb: _Verb, quoted: _Quoted) -> Reported | None:
    """``According to X, <clause>.``, ``<clause>, according to X.`` or ``<clause>,
    according to X, <clause>`` (the longer side is the reported clause)."""
    ss, vs, se = verb.sentence_start, verb.start, verb.sentence_end
    q = verb.end
    while q < se and text[q].isspace():
        q += 1
    q = past_document(text, q, se)  # (``according to a statement from the company``)
    cand = _registered_source(text, q, se, _no_document(text, speaker_forward(text, q, se)))
    phrase = _source_phrase(text, q, se)
    if phrase is not None and (
        cand is None or (cand.kind not in _NAMED_KINDS and phrase.end > cand.end)
    ):
        cand = phrase  # ``according to the annual report``: the whole phrase
    if cand is None:
        return None
    cue = Cue(cand, vs, verb.end, How.ACCORDING)
    head = text[ss:vs].rstrip()
    if not head or head.rstrip(",").lower() in _LEAD_WORDS:
        # ``According to X, ...``, ``But, according to X, ...``
        lead = _according_lead(text, cand, se)
        if lead is None:
            return None
        cand, comma = lead
        return Reported(comma + 1, _concessive_end(text, comma + 1, se), cue._replace(cand=cand))
    if not _clause_end(head) or _quote_led(text, quoted, ss, vs):
        return None
    before = Reported(ss, _head_end(ss, head), cue)
    comma = text.find(",", cand.start, min(se, cand.start + _APPOSITION_REACH))
    if 0 < comma < cand.end and cand.title and cand.title in text[comma : cand.end]:
        # ``..., according to Ana Ruiz, the firm's finance director.``: the apposition
        # is the speaker's title, not a clause; a clause may follow its own comma.
        comma = text.find(",", cand.end, min(se, cand.end + _APPOSITION_REACH))
    rest = text[comma + 1 : se].strip(" .") if comma > 0 else ""
    if (
        comma > 0
        and se - comma > vs - ss
        and not closing_tail(rest)
        and " " in rest
        and not rest.startswith(_RELATIVE_TAILS)  # (``..., which said ...``: its own)
    ):
        # ``Fundraising, according to the campaign, has surged since May.``: the cue
        # stands inside the clause, which is reported whole (as for a verb: ``The plan,
        # she argued, was never costed``).
        cand = cand._replace(end=_before_spaces(text, cand.start, comma))
        return _longer(text, before._replace(cue=cue._replace(cand=cand)), comma, se)
    return before


def _concessive_end(text: str, start: int, se: int) -> int:
    """Where a clause reported after ``According to X,`` ends: before a concessive or
    contrasting clause that reports speech of its own (``..., although the think tank
    said the figure was smaller``), which is read for itself; *se* otherwise."""
    for m in _concessive_re().finditer(text, start, min(se, start + _CONCESSIVE_REACH)):
        cue = subject_at(text, m.end(), se)
        if cue is not None and text[cue.cue_start : cue.cue_end] in VERB_FORMS:
            return m.start()
    return se


#: How far into a clause reported after ``According to X,`` a contrasting clause is
#: looked for (a clause's own length: a sentence with no end costs no more).
_CONCESSIVE_REACH = 400
#: A comma and a conjunction that opens a contrasting clause (``, although``).
_concessive_re = _lazy(rf",[ ](?:{'|'.join(V.CONTRAST_CONJUNCTIONS)})[ ]")


def _no_document(text: str, cand: Cand | None) -> Cand | None:
    """*cand*, unless a document's noun is its title's last word or the word after it
    (``the union's own figures, Tarwin has ...``, ``the union's Ward Watch figures``): a
    document, which the source phrase reads whole."""
    if cand is None:
        return None
    after = text[cand.end : cand.end + _DOCUMENT_WORD].split(None, 1)
    last = cand.title.rpartition(" ")[2] if cand.title else ""
    following = after[0].strip(",.") if after else ""
    return None if last in _DOCUMENTS or following in _DOCUMENTS else cand


#: How far after a speaker a document's noun is read, in characters.
_DOCUMENT_WORD = 16


#: ``according to a poll released Monday``: a source that is no person's name, up to
#: the next comma or the sentence end.
_source_phrase_re = _lazy(r"\p{L}[^,;:\"“”()\n]{1,100}?(?=\s*+(?:,|[.!?]\s|[.!?]?\s*+\Z))")
#: A source phrase has at most this many words.
_MAX_SOURCE_WORDS = 14


def _source_phrase(text: str, q: int, se: int) -> Cand | None:
    """``according to the 2009 paper``, ``according to exit polling data``: the source
    as written (a document, a poll, a body), when it is no speaker phrase."""
    m = _source_phrase_re().match(text, q, se)
    if m is None or len(m.group().split()) > _MAX_SOURCE_WORDS:
        return None
    name = " ".join(m.group().split())
    return Cand(Kind.UNNAMED, m.start(), m.end(), name, None, None, False)


def _comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that is no thousands separator (``300,000``),
    or -1."""
    k = text.find(",", start, end)
    while k > 0 and text[k - 1].isdigit() and text[k + 1 : k + 4].isdigit():
        k = text.find(",", k + 1, end)
    return k


def _according_lead(text: str, cand: Cand, se: int) -> tuple[Cand, int] | None:
    """``According to X, <clause>``: the speaker ends at the first comma, or at the
    second when a title is set off between them; the comma before the clause."""
    comma = _comma(text, cand.start, se)
    if comma < 0:
        return None
    second = _comma(text, comma + 1, min(se, comma + _APPOSITION_REACH))
    if (
        cand.end > comma
        and cand.title
        and second > 0
        and se - second > _MIN_AFTER_APPOSITION
        and cand.title in text[comma + 1 : second]
    ):
        # ``According to Ana Ruiz, the union's president, members ...``: the apposition
        # is the speaker's; the clause follows it.
        return cand._replace(end=_before_spaces(text, cand.start, second)), second
    titled = _title_then_name(text, cand, comma, second) if second > 0 else None
    if titled is not None:
        return titled, second  # ``According to Acme's chief executive, Ana Ruiz, ...``
    if second > 0 and se - second > _MIN_AFTER_APPOSITION and _participial(text, comma, second):
        # ``According to the report, published on Monday, wages ...``: the participle
        # describes the source; the clause follows it.
        return cand._replace(end=_before_spaces(text, cand.start, comma)), second
    if second > 0 and se - second > _MIN_AFTER_APPOSITION and _relative_next(text, comma):
        # ``According to Lt. Ana Ruiz, who leads the unit, the group ...``: the relative
        # clause is the speaker's; the reported clause follows it.
        return _reread(text, cand, comma), second
    if (
        second > 0
        and se - second > _MIN_AFTER_APPOSITION
        and _described_source(text, comma, second)
    ):
        # ``According to the King's Fund, the health thinktank, one trust in four ...``,
        # ``According to Ana Ruiz, of Wessex University, ...``: the source's apposition
        end = _before_spaces(text, cand.start, second)
        whole = speaker_forward(text, cand.start, end)
        return (
            whole if whole is not None and whole.end == end else _reread(text, cand, comma)
        ), second
    if cand.end > comma:
        # What followed the comma was the reported clause, not a title.
        return _reread(text, cand, comma), comma
    return cand, comma


def _described_source(text: str, comma: int, second: int) -> bool:
    """Whether the words between two commas describe the source before them: a noun
    phrase whose last word is a title's or a body's (``the health thinktank``, ``a
    union organizer``), or ``of``/``at`` and a named body (``of the University of
    Wessex``); not a clause (``the talks failed``)."""
    words = text[comma + 1 : second].split()
    if not 2 <= len(words) <= _APPOSITION_WORDS:
        return False
    first, last = words[0].lower(), words[-1].lower()
    if first in _APPOSITION_PREPOSITIONS:
        named = words[2:3] if words[1] == "the" else words[1:2]
        return bool(named) and named[0][:1].isupper()
    return first in ("a", "an", "the") and last in _APPOSITION_HEADS


#: Most words in a source's apposition; the prepositions that open one naming a body
#: (``of the University of Wessex``); the nouns its last word may be.
_APPOSITION_WORDS = 8
_APPOSITION_PREPOSITIONS = frozenset(V.ORG_APPOSITIVE_PREPOSITIONS)
_APPOSITION_HEADS = (
    frozenset(V.TITLE_NOUNS)
    | frozenset(w.lower() for w in V.GROUP_NOUNS)
    | frozenset(V.APPOSITIVE_BUSINESS_NOUNS)
    | frozenset(("thinktank", "think-tank"))
)


def _relative_next(text: str, comma: int) -> bool:
    """Whether a relative clause opens right after *comma* (``, who leads the unit,``)."""
    return text[comma + 1 : comma + 8].lstrip().startswith(("who ", "which "))


def _reread(text: str, cand: Cand, comma: int) -> Cand:
    """*cand* ending before *comma*, read again there (``Lt. Ana Ruiz``: its title)."""
    end = _before_spaces(text, cand.start, comma)
    again = speaker_forward(text, cand.start, end)
    if again is not None and again.end == end:
        return again
    return cand._replace(end=end, title=None, org=None)


def _participial(text: str, comma: int, second: int) -> bool:
    """Whether the words between two commas are a past participle's phrase (``published
    on Monday``, ``released last week``), no clause of their own."""
    words = text[comma + 1 : second].split()
    return bool(words) and words[0].lower().endswith("ed") and words[0].lower() not in _FINITE_ED


#: Words in ``-ed`` that are no participle opening a phrase (``red``, ``shed``).
_FINITE_ED = frozenset(("bed", "fed", "led", "red", "shed", "wed"))


def _title_then_name(text: str, cand: Cand, comma: int, second: int) -> Cand | None:
    """``According to Acme's chief executive, Ana Ruiz, <clause>``: a title before the
    first comma and a person's name alone between it and the second: the speaker phrase
    runs to the name (the coreference reads the title then the name, as it does for
    ``The Minister for Transport, Ana Ruiz, said``)."""
    lead = text[cand.start : comma].split()
    if not lead or lead[-1].lower() not in _TITLE_WORDS:
        return None
    end = _before_spaces(text, comma + 1, second)
    named = subject_before(text, comma + 1, end)
    if named is None or named.kind is not Kind.PERSON or named.end != end:
        return None
    return None if text[comma + 1 : named.start].strip() else cand._replace(end=end)


def _before_spaces(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _inverted(text: str, verb: _Verb) -> Reported | None:
    """``<clause>, said <speaker>.``: the clause before the comma and its speaker."""
    ss, vs, se = verb.sentence_start, verb.start, verb.sentence_end
    q = verb.end
    while q < se and text[q].isspace():
        q += 1
    cand = speaker_after_verb(text, q, se)
    if cand is None or cand.kind not in _CLOSING_KINDS:
        return None
    if _apposed_subject(text, ss, vs):
        return None  # (``Ana Ruiz, an economist at Acme, said wage deals ...``)
    end = ss + len(text[ss:vs].rstrip()) - 1
    cue = Cue(cand, vs, verb.end, How.AFTER)
    rest = text[cand.end : se].strip(" .,\t\r\n")
    if rest and not closing_tail(rest) and not rest.startswith(_RELATIVE_TAILS):
        # ``The plan, said Ruiz, was never costed.``: a cue inside the clause (but
        # ``..., said a worker who took part.``, ``..., said Unite, which ...``: a relative
        # clause about the speaker).
        comma = _mid_split(text, cand.end, se)
        return None if comma is None else _longer(text, Reported(ss, end, cue), comma, se)
    return Reported(ss, end, cue)


def _apposed_subject(text: str, ss: int, vs: int) -> bool:
    """Whether the words before the verb at *vs* are a person and an appositive, the
    verb's subject (``Ana Ruiz, an economist at Acme, said``): no clause of an inverted
    closing (a cheap test first: two commas)."""
    if text.count(",", ss, vs) < 2:
        return False
    cand = subject_exact(text, ss, vs)
    return cand is not None and cand.kind is Kind.PERSON and cand.start == ss


#: Words that open a relative clause about a closing cue's speaker (``..., said the
#: union, which represents the drivers.``).
_RELATIVE_TAILS = ("which ", "who ", "whose ")


def _mid_split(text: str, at: int, se: int) -> int | None:
    """The comma that closes a cue inside a clause (``The plan, she said on Monday,
    was ...``): after *at*, past a tail of place or time, before at least a few words."""
    comma = text.find(",", at, min(se, at + _LONG_TAIL))
    if comma < 0:
        return None
    tail = text[at:comma].strip()
    if tail and not (closing_tail(tail) or _long_tail(tail)):
        return None
    words_end = min(se, comma + 1 + _WORD_SPAN)
    return comma if _has_words(text, comma + 1, words_end, _MIN_WORDS) else None


def _longer(text: str, before: Reported, comma: int, se: int) -> Reported:
    """A clause split by its cue, whole (a span has no gap): from the clause's start
    before the cue to the end of the sentence, the cue inside it (``The plan, she
    argued, was never costed``); the words after the cue alone when the clause opens
    with them (no words before the cue). Words after the cue that are a report of
    their own (``..., Ruiz said, adding, "..."``, a quotation) are not joined to it:
    the longer side alone is the clause."""
    if before.end <= before.start:
        return before._replace(start=comma + 1, end=se)
    after = text[comma + 1 : se]
    if not _QUOTE_MARKS.isdisjoint(after) and (
        after.lstrip()[:1] in _QUOTE_MARKS
        or not _has_words(text, comma + 1, _first_mark(after, comma + 1), _MIN_WORDS - 1)
    ):
        # (the quotation after the cue is a record of its own; but words of the clause
        # before the marks hold them: ``The offer, she said, was "an insult".``)
        return before
    first = after.split(None, 1)[:1]
    if first and first[0].endswith("ing"):
        # (``..., she said, noting that ...``: the longer side alone, as a span has no
        # gap; ``..., the union said, raising the prospect of ...``: no report, the
        # writer's)
        rest = before._replace(start=comma + 1, end=se)
        longer = se - comma - 1 > before.end - before.start
        # (but a gerund may open the clause's subject: ``..., she added, revoking
        # clearances would be ...``)
        clause = first[0].lower() in _SPEECH_FORMS or _clause_word_re().search(after) is not None
        return rest if longer and clause else before
    return before._replace(end=se)


#: Quotation marks: words after a cue that hold one are a quotation of their own.
_QUOTE_MARKS = frozenset('"“”')


def _first_mark(after: str, at: int) -> int:
    """Where the first quotation mark of *after* (which starts at *at*) stands."""
    return at + min(k for k in (after.find(m) for m in _QUOTE_MARKS) if k >= 0)


def _reported(text: str, st: Structure, verb: _Verb, quoted: _Quoted) -> Reported | None:
    """``X said (that) <clause>``, ``<clause>, X said.``, ``..., saying <clause>``."""
    slot = _subject_slot(text, verb)
    if slot is None:
        return None
    # ``The talks failed, the union said.``: the verb ends the sentence, but for a short
    # phrase of place, time or medium (``said in a statement``). Else the words after it
    # are the speech: check them before looking for the subject.
    frames = frames_of(verb.word)
    rest = text[_past_listener(text, verb) : verb.sentence_end].rstrip().strip(" .!?\"”’'")
    # ``..., the union said on Monday, adding that ...``: the participle reports a clause
    # of its own (read next); the tail before it decides the closing reading.
    part = _participle(rest, 0, len(rest))
    lead = rest[: part.start()].rstrip(" ,") if part is not None else rest
    if THAT in frames and part is not None and (not lead or _short_tail(lead)):
        found = _closing(text, st, verb, slot, quoted)
        if found is not None:
            return found
    infinitive = _infinitive(rest, frames)
    if THAT in frames and (not rest or (closing_tail(rest) and not infinitive)):
        return _closing(text, st, verb, slot, quoted)
    comma = _mid_split(text, verb.end, verb.sentence_end) if THAT in frames else None
    if comma is not None:
        # ``The plan, she argued, was never costed.``: a cue inside the clause.
        found = _closing(text, st, verb, slot, quoted)
        if found is not None:
            return _longer(text, found, comma, verb.sentence_end)
    if THAT in frames and comma is None and not infinitive and _long_tail(rest):
        # ``The talks failed, Ruiz said in an interview on Sunday with a local radio
        # station.``: a longer tail of place, time or medium, when a comma sets the
        # clause off before the speaker; else the words after the verb are the speech.
        # (After a comma the closing reading was just tried, and found nothing.)
        found = _closing(text, st, verb, slot, quoted)
        if found is not None:
            return found
    return _opening(text, st, verb, slot, frames)


#: ``, adding``, ``, saying``: a participle of a reporting verb after a comma.
_participle_after_re = _lazy(r",[^\S\n]++(\p{Ll}{4,20}+)(?<=ing)\b")


def _short_tail(rest: str) -> bool:
    """Whether *rest* after a closing verb is a phrase of place, time or medium."""
    return closing_tail(rest) or _long_tail(rest)


def _participle(text: str, a: int, b: int) -> regex.Match[str] | None:
    """A participle of a reporting verb after a comma in ``text[a:b]`` (``..., in a
    statement, adding that ...``): the match starts at the comma, its group 1 is the
    participle."""
    m = _participle_after_re().search(text, a, b)
    return m if m is not None and frames_of(m.group(1)) else None


#: ``to stay indoors``: ``to`` and a verb (not ``to the Post``, ``to reporters``).
_infinitive_re = _lazy(
    rf"to\s++(?!(?:{'|'.join(V.NOUN_DETERMINERS)}|{'|'.join(V.LISTENER_WORDS)})\b)\p{{Ll}}++\b"
)


def _infinitive(rest: str, frames: tuple[str, ...]) -> bool:
    """Whether *rest*, after a verb that takes a ``to``-infinitive, is one (``told
    residents to stay indoors``), not a short tail (``told the Post to its face``)."""
    return TO in frames and rest.startswith("to ") and _infinitive_re().match(rest) is not None


def _past_listener(text: str, verb: _Verb) -> int:
    """Where the words after *verb* go on, past its listener (``..., Ruiz told the
    Daily Post on Monday.``: a closing verb with its listener and a tail)."""
    if verb.word not in _TAKES_LISTENER:
        return verb.end
    told = _told_closing_re if verb.word in _TELL_FORMS else _told_obj_re
    ob = told().match(text, verb.end, verb.sentence_end)
    return verb.end if ob is None else ob.end()


def _closing(
    text: str, st: Structure, verb: _Verb, slot: _Slot, quoted: _Quoted
) -> Reported | None:
    """``<clause>, X said.``: the clause before the speaker, set off by a comma."""
    ss, vs = verb.sentence_start, verb.start
    if _quote_led(text, quoted, ss, vs):
        return None  # ``"...," she said.``: the clause before is a quotation
    if text.find(",", ss, slot.end) < 0:
        # (a cheap test first: the words before the speaker, which starts by the end of
        # its slot, must end at a comma; see :func:`_clause_end`)
        return None
    found = _speaker(text, st, verb, slot, True)
    if found is None:
        return None
    cand, head = found
    if not _clause_end(head):
        return None
    return Reported(ss, _head_end(ss, head), Cue(cand, vs, verb.end, How.BEFORE))


#: A comma inside a closing mark (``"kept in the dark,"``): the clause ends there.
_COMMA_CLOSES = (',"', ",”", ",'", ",’")


def _clause_around(text: str, quoted: _Quoted, ss: int, closed: int) -> bool:
    """Whether the quotation that closed at *closed* (with a comma inside its closing
    mark) ends a clause of the reporter's that holds it: ``Members have been "kept in
    the dark," Bell said.`` (reported speech around quoted words), not ``"...," Bell
    said`` (a quotation)."""
    if not text.endswith(_COMMA_CLOSES, ss, closed) or _quote_led(text, quoted, ss, closed):
        return False
    # (one quotation, a fragment of two words or more in lower case: ``"Your facts are
    # wrong," Ramos wrote`` after another quotation in the sentence is a quotation of
    # its own, and ``Workers were "angry," he said.`` a scare quote)
    first = quoted.first_in(ss, closed)
    return (
        first is not None
        and quoted.first_in(first + 1, closed) is None
        and text[first + 1 : first + 2].islower()
        and _has_words(text, first + 1, closed, _MIN_WORDS)
    )


def _clause_end(head: str) -> bool:
    """Whether the words before a closing cue end at a comma, inside the closing mark of
    a fragment of two words or more in lower case (``"kept in the dark,"``; but
    ``Workers were "angry," he said.`` is a scare quote) or not."""
    if head.endswith(","):
        return True
    if not head.endswith(_COMMA_CLOSES):
        return False
    inner = head[:-2]
    k = max(inner.rfind(m) for m in _OPENING_MARKS | {"'"})
    words = inner[k + 1 :].split()
    return k >= 0 and len(words) >= _MIN_WORDS and words[0][:1].islower()


def _head_end(ss: int, head: str) -> int:
    """Where the clause *head* (from *ss*, before a closing cue) ends: before its comma,
    or after the closing mark that holds it (trimmed later to ``..."kept in the dark,"``)."""
    return ss + len(head) - (0 if head.endswith(_COMMA_CLOSES) else 1)


#: Words of the reporter's own before a quotation that make the clause before a
#: closing cue reported speech holding quoted words (``Staff were "at breaking point",
#: according to the union.``), not a quotation.
_LEAD_BEFORE_MARKS = 2


def _quote_led(text: str, quoted: _Quoted, ss: int, vs: int) -> bool:
    """Whether a quotation opens in ``[ss, vs)`` before the reporter's own words, or
    after a comma or a colon: the clause before the cue is then the quotation (``"...,"
    she said.``), not reported speech holding quoted words."""
    first = quoted.first_in(ss, vs)
    if first is None:
        return False
    # (after a comma or a colon the marks open a quotation of their own: ``fans
    # chanted, "...," the paper reported``)
    lead = text[ss:first].rstrip()
    return lead.endswith((",", ":")) or not _has_words(text, ss, first, _LEAD_BEFORE_MARKS)


def _opening(
    text: str, st: Structure, verb: _Verb, slot: _Slot, frames: tuple[str, ...]
) -> Reported | None:
    """``X said (that) <clause>``: the complement after the verb, up to the sentence end."""
    q = _complement_start(text, verb, frames)
    if q is None or text[q : q + 4].partition(" ")[0] in _CONJUNCTIONS:
        return None  # ``it is demanding and slow``: an adjective, no verb and object
    found = _speaker(text, st, verb, slot, False)
    if found is None:
        return None
    cand, head = found
    if (
        head
        and not head.endswith((",", ":", ";", "—", "–", "--", " -"))
        and len(head) > _MAX_LEAD
        and head.rpartition(" ")[2].lower() not in _LEAD_WORDS
        and not _that_clause(text, verb, q, head)
        and not _titled_lead(head)
    ):
        # (a long text before the subject is a clause of its own, but for a conjunction
        # that opens the verb's clause: ``..., but Ruiz said``, ``because she said``)
        return None
    end = verb.sentence_end
    nxt = _second_verb(text, q, end)
    if nxt is not None:
        # ``blasted the plan and said ...``, ``Most said A, while 46 percent said B``: the
        # complement ends before a second report in the sentence.
        end = nxt.start()
    end = _object_end(text, verb, frames, q, end)
    if (
        _verbless(text, verb, frames, q, end)
        or _goods_offered(text, verb, q, end)
        or _person_object(text, verb, q, end)
    ):
        return None  # ``conceded defeat on Tuesday``, ``added new routes``: an object
    if slot.relative:
        comma = _clause_comma(text, q, end)
        # ``Ruiz, who said ..., left``, ``a driver who said ..., members voted``: the
        # relative clause ends at its comma
        end = end if comma < 0 else comma
    return Reported(q, end, Cue(cand, verb.start, verb.end, How.BEFORE))


def _clause_comma(text: str, start: int, end: int) -> int:
    """The first comma in ``text[start:end]`` that is no number's (``15,000``), or -1."""
    comma = text.find(",", start, end)
    while 0 < comma < end - 1 and text[comma - 1].isdigit() and text[comma + 1].isdigit():
        comma = text.find(",", comma + 1, end)
    return comma


#: Verbs of the ``that`` frame whose plain object is seldom words said (``conceded
#: defeat``, ``added new routes``, ``maintains close ties``, ``wrote a book``).
_OBJECT_NOT_SPEECH = V.verb_forms(F.OBJECT_NOT_SPEECH_VERBS)
#: A word that makes the words after a verb a clause: a finite auxiliary, a past form.
_clause_word_re = _lazy(
    rf"\b(?:{'|'.join(F.FINITE_HEADS)}|{'|'.join(V.PRONOUNS)}|{'|'.join(F.WH_WORDS)}"
    r"|\p{Ll}{3,}+(?<=ed)|\p{L}++['’]\p{Ll}{1,2}+)\b"
)


def _verbless(text: str, verb: _Verb, frames: tuple[str, ...], q: int, end: int) -> bool:
    """Whether the words after a verb of :data:`_OBJECT_NOT_SPEECH` (``that`` not
    written) hold no sign of a clause (a finite auxiliary, a past form, a pronoun, a
    question word, a contraction): a plain object (``conceded defeat``), no report."""
    if verb.word not in _OBJECT_NOT_SPEECH or OBJECT in frames:
        return False
    if text.startswith("to ", q) or " that" in text[verb.end : q]:
        return False  # (``vowed to fight on``; ``added that, in May, ...``)
    return _clause_word_re().search(text, q, end) is None


_PERSON_OBJECT_VERBS = V.verb_forms(F.PERSON_OBJECT_VERBS)
_STAFF = frozenset(F.DISMISSED_STAFF_NOUNS) | frozenset(w for w in WORKER_WORDS if " " not in w)
#: Object pronouns that stand for people (not ``her``, also a possessive: ``her view``).
_PERSON_PRONOUNS = frozenset(("him", "me", "them", "us"))


def _person_object(text: str, verb: _Verb, q: int, end: int) -> bool:
    """Whether the object of a verb of :data:`~laborquotes._frames.PERSON_OBJECT_VERBS`
    is a person, with no ``as`` after it: ``dismissed a union representative``,
    ``dismissed him`` (a job ended), no report."""
    if verb.word not in _PERSON_OBJECT_VERBS or " as " in text[q:end]:
        return False
    words = _object_head(text, q, end)
    if words and words[0] in _PERSON_PRONOUNS:
        return True
    return any(w in _STAFF or w.removesuffix("s") in _STAFF for w in words)


def _object_head(text: str, q: int, end: int) -> list[str]:
    """The words of an object at *q* (in lower case, no punctuation) up to its first
    preposition, within :data:`_GOODS_READ` characters (``a pay rise`` of ``a pay rise of
    2 per cent``)."""
    words = []
    for w in text[q : min(end, q + _GOODS_READ)].split():
        w = w.strip(".,;:!?\"“”'’()").lower()
        if w in _GOODS_PREPOSITIONS:
            break
        words.append(w)
    return words


#: Verbs whose object may be goods, not words (``offered a pay rise``).
_GOODS_VERBS = V.verb_forms(F.GOODS_OBJECT_VERBS)
_GOODS = frozenset(F.GOODS_NOUNS)


def _goods_offered(text: str, verb: _Verb, q: int, end: int) -> bool:
    """Whether the object of a verb of :data:`_GOODS_VERBS` is goods, no words said: an
    amount (``offered 2 per cent``, ``$5,000``) or a noun of :data:`~laborquotes._frames.
    GOODS_NOUNS` before its first preposition (``offered a pay rise of 2 per cent``; not
    ``offered his thoughts on the pay rise``)."""
    if verb.word not in _GOODS_VERBS or text.startswith(("to ", "that "), q):
        return False
    if _clause_word_re().search(text, q, min(end, q + _GOODS_READ)) is not None:
        return False  # (``reported the company had cut 200 jobs``: a clause, words said)
    words = _object_head(text, q, end)
    head = words[1:] if words and words[0] in ("a", "an", "its", "the", "their") else words
    amount = _amount_re().match(" ".join(head[:2])) is not None
    return amount or any(w in _GOODS for w in words)


#: How many characters of an object are read for goods.
_GOODS_READ = 60
#: Prepositions that end the head of an object (``a rise of``, ``thoughts on``).
_GOODS_PREPOSITIONS = frozenset(("about", "for", "from", "in", "of", "on", "over", "to", "with"))
#: An amount (``2 per cent``, ``$5,000``, ``£1bn``, ``r850``, ``rs 500``: lower-cased).
_amount_re = _lazy(r"(?:[$£€¥₹]|rs\.?|r)?+ ?\d")


def _long_tail(rest: str) -> bool:
    """``in an interview on Sunday with a local radio station``: a phrase of place,
    time or medium after a closing verb, longer than :func:`closing_tail` reads."""
    first = rest.partition(" ")[0]
    return (
        first in _TAIL_WORDS
        and len(rest) <= _LONG_TAIL
        and " that " not in rest
        and _tail_clause_re().search(rest) is None
    )


#: A clause inside a tail: a subject pronoun or a finite auxiliary (``in the end he
#: would``), or a comma and a conjunction.
_tail_clause_re = _lazy(
    r"\b(?:he|she|they|we|I|it|would|will|could|should|was|were|is|are|had|has)\b"
    r"|,\s++(?:and|but|so|yet)\b"
)

#: ``... and said``, ``... but also warned``, ``..., saying``: a second reporting verb
#: of the subject.
_and_verb_re = _lazy(
    rf"[,;]?\s++(?:and|but)\s++(?:(?:also|then|later)\s++)?{alternation(frame_forms())}\b"
    r"|(?:,|\s(?:after|before|by|when|while|without))"
    rf"\s++{alternation(f for f in frame_forms() if f.partition(' ')[0].endswith('ing'))}\b"
)

#: A reporting verb form after a space, as the standard library finds it: wherever
#: :func:`_and_verb_re` or :func:`_second_report_re` matches in a span, this matches in
#: it too (each needs a form after a space; ``re``'s ``\s`` holds every space
#: ``regex``'s does), and it rules out most clauses several times faster.
_form_hit_re = lazy_stdlib(lambda: r"\s" + trie_alternation(frame_forms()))


def _and_verb(text: str, a: int, b: int) -> regex.Match[str] | None:
    """:func:`_and_verb_re`'s first match in ``text[a:b]`` (a cheap test first)."""
    if _form_hit_re().search(text, a, b) is None:
        return None
    return _and_verb_re().search(text, a, b)


def _second_verb(text: str, a: int, b: int) -> regex.Match[str] | None:
    """Where a second report of the sentence starts in ``text[a:b]`` (``... and said``,
    ``..., while others said``), if one does (a cheap test first)."""
    if _form_hit_re().search(text, a, b) is None:
        return None
    found = _and_verb_re().search(text, a, b) or _second_report_re().search(text, a, b)
    if found is None:
        # ``... because the union had asked members not to discuss it, said he ...``:
        # the main clause's verb right after a comma ends an embedded report
        found = _comma_said_re().search(text, a, b)
    return found


#: A comma, then ``said``, ``says``, ``told`` or ``tells`` and a word: the main verb.
_comma_said_re = _lazy(r",\s++(?=(?:said|says|told|tells)\s++\p{Ll})")


_CONJUNCTIONS = frozenset(("and", "but", "or"))

#: Articles and possessives: a reporting verb's form after one is a noun (``the call``).
#: (not the demonstratives, pronouns too: ``make that clear``)
_NOUN_LEADS = tuple(d for d in V.NOUN_DETERMINERS if d not in ("that", "these", "this", "those"))
#: ``..., while others said``, ``...; 46 percent said``: a second subject and reporting
#: verb after a clause boundary (not a noun after a determiner: ``..., Lebone hospitals
#: had heeded the call``; not a relative clause's verb: ``Acme, which reported``).
_second_report_re = _lazy(
    r"(?:[;,]\s++(?:(?:and|but|while|whereas|yet)\s++)?|\s++(?:while|whereas|but)\s++)"
    r"(?!which\s[^,;.:\"“”\n]{1,80}?,\s)"  # (``Acme, which reported A, could ...``)
    rf"(?=[^,;.:\"“”\n]{{1,60}}?\s(?<!(?<![\w'’-])(?:{'|'.join(_NOUN_LEADS)})\s)"
    rf"(?:(?:also|then|later)\s++)?{alternation(frame_forms())}\b)"
)

#: ``... and said``, ``..., but said``: a second verb of the sentence's subject.
_COORDINATORS = frozenset(("and", "but"))
#: Words that open a clause after a comma before its subject (``..., although the think
#: tank said``).
_CLAUSE_LINKS = _COORDINATORS | frozenset(V.CONTRAST_CONJUNCTIONS)

_relative_who_re = _lazy(r"\s(?:who|whom)\s[^,.;:\"“”\n]{1,60}+\Z")


def _relative_who(text: str, lo: int, end: int) -> bool:
    """Whether a relative clause (``who ...``) ends at *end* (``who`` found first)."""
    return text.find("who", lo, end) >= 0 and _relative_who_re().search(text, lo, end) is not None


def _comma_before(text: str, lo: int, pos: int) -> bool:
    """Whether the last character before *pos* that is not a space, after *lo*, is a
    comma (reads back over the spaces only, not the whole sentence)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos > lo and text[pos - 1] == ","


def _subject_slot(text: str, verb: _Verb) -> _Slot | None:
    """Where the subject of *verb* may be, and how it is read: the subject of a
    participle (``..., saying``) or of a second verb (``X blasted the plan and said``) is
    the sentence's; a quantity (``Some said``) speaks as a group."""
    ss, vs, word = verb.sentence_start, verb.start, verb.word
    lo = max(ss, vs - _SUBJECT_REACH)
    end = _skip_before_verb(text, lo, vs, word)
    # (the last word, whole: ``Ireland`` does not end in ``and``)
    last = text[max(ss, end - 10) : end].rstrip().rpartition(" ")[2].lower()
    before = last if text[max(ss, end - 4) : end].strip() == last else ""
    if last == "which" and text[max(ss, end - 7) : end].strip(" ,") == last:
        before = last  # (``the court, which said``)
    ing = word.partition(" ")[0].endswith("ing")  # (``saying``, ``pointing out``)
    participle = ing and (_comma_before(text, ss, vs) or last in _PARTICIPLE_LEADS)
    coordinated = before in _COORDINATORS and not ing
    quantified: Cand | None = None
    if before.rpartition(" ")[2] in ("who", "whom", "which") and not ing:
        # (``the court, which said ...``: an organization's relative clause)
        return _Slot(lo, end, False, False, None, relative=True)
    if ing and before == "as":
        quoted = _quoted_as(text, max(ss, end - _QUOTED_AS_REACH), end)
        if quoted is not None:
            return _Slot(lo, end, False, False, quoted)  # (its speaker, found)
    if not (participle or coordinated or _subject_end_ok(text, lo, end)):
        quantified = (
            _quantity_subject(text, lo, end)
            or _whole_subject(text, ss, end)
            or _clause_subject(text, ss, end)
        )
        if quantified is None and not _relative_who(text, max(lo, end - _QUANTITY_REACH), end):
            return None
    return _Slot(lo, end, participle, coordinated, quantified)


def _before_who(text: str, slot: _Slot, found: Cand | None) -> Cand | None:
    """*found*, or the person described before a relative clause that *found* ends (``A
    fish plant worker who commutes from the island every morning said``: the worker, not
    ``every morning``), with the clause."""
    if found is None or found.kind in (Kind.PERSON, Kind.PRON):
        return found
    who = text.rfind(" who ", slot.lo, found.start)
    if who < 0 or "," in text[who : found.start]:
        return found  # (``... who passed screening, officials said``: the clause ended)
    cand = subject_before(text, slot.lo, who)
    if cand is None or cand.kind not in (Kind.UNNAMED, Kind.PERSON):
        return found
    named = _named_before(text, slot.lo, cand)
    return (named or cand)._replace(end=found.end)


def _named_before(text: str, lo: int, cand: Cand) -> Cand | None:
    """The person named right before the description *cand* and its comma (``Ana Ruiz,
    a Leeds lawyer who ...``), or ``None``."""
    k = cand.start
    while k > lo and text[k - 1] == " ":
        k -= 1
    if cand.kind is not Kind.UNNAMED or k <= lo or text[k - 1] != ",":
        return None
    named = subject_before(text, lo, k - 1)
    return named if named is not None and named.kind is Kind.PERSON else None


def _quoting_as(text: str, verb: _Verb) -> bool:
    """Whether ``quoted ... as`` stands right before *verb* (:func:`_quoted_as`)."""
    lo = max(verb.sentence_start, verb.start - _QUOTED_AS_REACH)
    return (
        "quot" in text[lo : verb.start] and _quoted_as_re().search(text, lo, verb.start) is not None
    )


#: How far before ``saying`` a ``quoted ... as`` may start.
_QUOTED_AS_REACH = 100


def _quoted_as(text: str, lo: int, end: int) -> Cand | None:
    """``Xinhua quoted a local official as saying ...``: the object of ``quoted`` speaks
    the words of ``saying`` (the subject only quotes them)."""
    m = _quoted_as_re().search(text, lo, end)
    if m is None:
        return None
    subject = _SUBJECT_FORMS.get(m.group("who"))
    if subject is not None:  # ``quoted him as saying``: he
        return Cand(Kind.PRON, m.start("who"), m.end("who"), subject, None, None, False)
    cand = speaker_forward(text, m.start("who"), m.end("who"))
    if cand is None or cand.end < m.end("who") - 1:
        return None
    if cand.kind not in SPEAKING_KINDS and cand.kind is not Kind.UNNAMED:
        return None
    return cand


_SUBJECT_FORMS = V.OBJECT_PRONOUN_SUBJECTS
#: ``quoted Ana Ruiz as``, ``quotes him as``: a quoting verb, its object, ``as``.
_quoted_as_re = _lazy(r"\bquot(?:ed|es|e|ing)\s++(?P<who>[^,;:.\"“”()]{1,80}?)\s++as\s*+\Z")


_PRE_VERB = frozenset(F.PRE_VERB_WORDS)
_PROGRESSIVE = frozenset(F.PROGRESSIVE_AUXILIARIES)
#: Words before ``to`` that leave the verb after it a report (``continued to say``).
_TO_CARRIERS = frozenset(F.TO_CARRIERS)
#: Words around a carrier (``was more likely to say``).
_PRE_VERB_TO = frozenset(("less", "more", "most", "to"))
#: At most this many words are skipped between a subject and its verb.
_MAX_PRE_VERB = 5


#: How far back the dash that opens an aside before a verb is looked for.
_ASIDE_REACH = 150
_DASHES = ("—", "–", "--", " -")


def _past_aside(text: str, lo: int, end: int) -> int:
    """``Three stewards -- Ruiz, Bell and Ames -- agreed``: a subject's end before an
    aside set off by dashes (the dash that opens it, within :data:`_ASIDE_REACH`)."""
    e = _before_spaces(text, lo, end)
    if not text.endswith(_DASHES, lo, e):
        return end  # (a cheap test first: most subjects end in no dash)
    for dash in _DASHES:
        if text.endswith(dash, lo, e):
            opening = text.rfind(dash, max(lo, e - _ASIDE_REACH), e - len(dash))
            if opening > lo:
                return strip_adverbs(text, lo, opening)
            return end
    return end


def _skip_before_verb(text: str, lo: int, vs: int, word: str) -> int:
    """The end of the subject of the verb at *vs*: past adverbs and auxiliaries
    (``have long insisted``, ``has twice complained``, ``is suggesting``, ``has been
    warning``), a few words at most."""
    end = _past_aside(text, lo, strip_adverbs(text, lo, vs))
    # (``is suggesting``, ``was quick to point out``: a form of ``be`` may stand there)
    be_ok = word.partition(" ")[0].endswith("ing")
    for _ in range(_MAX_PRE_VERB):
        e = _before_spaces(text, lo, end)
        k = e
        while k > lo and text[k - 1].isalpha():
            k -= 1
        last = text[k:e]
        if k == lo or not text[k - 1].isspace():
            return end
        if last in _TO_CARRIERS or last in _PRE_VERB_TO:
            be_ok = True
        elif last in _TIME_BEFORE_VERB and not be_ok:
            # ``The union yesterday said``, ``Union leaders last night vowed``
            lead = _time_lead(text, lo, k, last)
            if lead is None:
                return end
            k = lead
        elif not (last in _PRE_VERB or (be_ok and last in _PROGRESSIVE)):
            return end
        end = strip_adverbs(text, lo, k)
    return end


#: Words of time between a subject and its verb: a day by itself, a unit of time only
#: after ``last`` or ``this``.
_TIME_DAYS = frozenset(("today", "tonight", "yesterday"))
_TIME_UNITS = frozenset(w for w in V.TIME_WORDS if w.islower()) - _TIME_DAYS
_TIME_BEFORE_VERB = _TIME_DAYS | _TIME_UNITS
_TIME_UNIT_LEADS = frozenset(("last", "this"))


def _time_lead(text: str, lo: int, k: int, word: str) -> int | None:
    """Where the time phrase ending with *word* (at *k*) starts: at *word* for a day
    (``yesterday``), at ``last`` or ``this`` before a unit (``last night``); ``None``
    when the words are no time phrase (``the night``)."""
    if word in _TIME_DAYS:
        return k
    e = _before_spaces(text, lo, k)
    j = e
    while j > lo and text[j - 1].isalpha():
        j -= 1
    return j if text[j:e] in _TIME_UNIT_LEADS and j > lo and text[j - 1].isspace() else None


#: Words before a participle that reports the words of its sentence's subject (``by
#: saying``, ``after telling``, ``while arguing``).
_PARTICIPLE_LEADS = frozenset(F.PARTICIPLE_LEADS)

#: ``said on Tuesday that``, ``told a press briefing that``: what may stand between a
#: verb and its clause.
_that_re = _lazy(
    rf"(?:[^\S\n]*+\n?[^\S\n]*+(?:(?:{'|'.join(V.TIME_LEADS)})\s++)?"
    rf"(?:{'|'.join(V.TIME_WORDS)}|an?\s+(?:{'|'.join(V.STATEMENT_NOUNS)})"
    r"(?:\s+with\s+[\p{Lu}][\w.’'&-]*+(?:\s+[\p{Lu}][\w.’'&-]*+){0,3})?"
    rf"|a\s+(?:press\s+)?(?:{'|'.join(V.BRIEFING_NOUNS)}))\b)*+"
    rf"(?:\s++(?:{'|'.join(V.SETTING_PREPOSITIONS)})\s[^,.;:\"“”\n]{{1,50}}?\s++(?=that\s))?"
    r",?\s*+(?:that\s++)?"
)
#: A word of a named listener or medium: a capitalized word, or a figure before one or
#: before a medium noun (``BBC Radio 4's Today``, ``5 Live``, ``ABC's 7.30 program``).
_MEDIUM = alternation(V.MEDIUM_NOUNS)
_NAME_WORD = (
    r"(?:\p{Lu}[\w.’'&\-]*+"
    rf"|\d[\d.:]*+(?:['’]s)?+(?=\s++(?:\p{{Lu}}|{_MEDIUM}\b)))"
)
#: ``told members``, ``told a crowded hall in Leeds that``: the listener of a verb.
#: ``a press conference``, ``the House of Commons``, ``a rally in Dublin``, ``a rally of
#: 2,000 nurses`` (with a figure: not ``promised a country of hope``), ``LBC radio``: a
#: listener of a few words (and a place), ended as *ahead* says.
_LONG_LISTENER = (
    rf"(?:(?:[Aa]n?|the)(?:\s++(?!(?:{'|'.join(V.OBJECT_PREPOSITIONS)}|at|in|of|on|to)\b)[\p{{Ll}}\-’']++){{1,3}}?"
    r"(?:\s++of\s++\d[\d,]*+(?:\s++[\p{Ll}\-]++){1,2}?)?"
    rf"|(?:the\s++)?{_NAME_WORD}(?:(?:\s++(?:(?:of|for|on)\s++(?:the\s++)?)?{_NAME_WORD}){{1,4}}?"
    rf"(?:(?:\s++\p{{Ll}}++)?\s++{_MEDIUM}\b)?|(?:\s++\p{{Ll}}++)?\s++{_MEDIUM}\b))"
    r"(?:\s++(?:in|at|outside)\s++(?:the\s++)?\p{Lu}[\w\-]*+)?"
)
#: The word that opens the bare clause after a long listener.
_BARE_LEAD_AHEAD = rf"(?=\s++(?:{'|'.join(F.BARE_CLAUSE_LEADS)})\s)"
#: ``..., Ruiz told a press conference in Leeds.``: or the end of the sentence, after a
#: form of ``tell``, which always names its listener (``promised a pay rise.`` names
#: what is promised).
_TELL_AHEAD = rf"(?:{_BARE_LEAD_AHEAD}|(?=\s*+(?:[.!?]|$)))"


def _told_obj(ahead: str) -> str:
    """The listener after a verb, a long one ended as *ahead* says."""
    return (
        rf"\s++(?:{_LONG_LISTENER}{ahead}|{LISTENER}"
        # ``told cheering supporters``, ``told depot workers``: a listener word after
        # modifiers; ``told others that``: a short object, then ``that``
        rf"|(?:\p{{Ll}}[\w\-]*+\s++){{1,2}}{alternation(V.LISTENER_WORDS)}\b"
        # ``told radio host Ana Ruiz``, ``told broadcaster RTÉ``: a title or a medium
        # before a name
        rf"|(?:\p{{Ll}}[\w\-]*+\s++){{0,2}}{alternation((*V.TITLE_NOUNS, *V.MEDIUM_NOUNS))}"
        r"(?:\s++\p{Lu}[\w.’'\-]*+){1,4}"
        r"|(?:[^\s,.;:\"“”]++\s++){0,2}[^\s,.;:\"“”]++(?=\s++that\s))"
        # ``told reporters at Queen's Park``: where, a capitalized place
        r"(?:\s++(?:at|in|outside)\s++(?:the\s++)?\p{Lu}[\w’'\-]*+(?:\s++\p{Lu}[\w’'\-]*+){0,2}"
        rf"{_BARE_LEAD_AHEAD})?+"
        # ``told a crowded hall in Leeds that ...``: a longer object, up to ``that`` (not
        # a clause's subject after the listener: ``told reporters the union wants a deal
        # that ...``)
        rf"(?:(?<=\w)(?!\s++(?:{'|'.join(F.BARE_CLAUSE_LEADS)})\s)"
        r"[^,.;:\"“”\n]{0,70}?(?=\s++that\s))?+"
    )


_told_obj_re = _lazy(_told_obj(_BARE_LEAD_AHEAD))
_told_closing_re = _lazy(_told_obj(_TELL_AHEAD))
#: ``said, noting ...``: a participle after the verb reports the clause instead.
_participle_next_re = _lazy(r"\s*+,\s*+\p{Ll}{1,20}ing\b")
#: What cannot open a reported clause: a preposition that takes an object (before a
#: figure or a quantity it is an approximation that opens one: ``said about 9,000 staff
#: would join``, ``said about a third of services would run``).
_APPROXIMATORS = ("about", "over")
_QUANTITY_AHEAD = (
    r"[^\S\n]++(?:[\d$£€¥₹]"
    rf"|(?:{'|'.join((*V.NUMBER_WORDS, *F.FRACTIONS, 'half'))})\b"
    rf"|an?[^\S\n]++(?:{'|'.join(F.QUANTITY_NOUNS)})\b)"
)
_clause_start_re = _lazy(
    rf"(?:{'|'.join(w for w in V.OBJECT_PREPOSITIONS if w not in _APPROXIMATORS)})\b"
    rf"|(?:{'|'.join(_APPROXIMATORS)})\b(?!{_QUANTITY_AHEAD})"
)
#: Signs that may open a reported clause before a figure.
_CURRENCY = frozenset("$£€¥₹")
#: Marks that may open a partial quotation at the start of a reported clause.
_OPENING_MARKS = frozenset('"“‘')


def _opens_word(c: str) -> bool:
    """Whether a clause may open with *c*: a letter, a digit (``said 2016 was``), a
    currency sign (``said $40 million was``) or an opening mark (``argued that "owners"
    let the dispute drag on``: a partial quotation inside the clause)."""
    return c.isalnum() or c in _CURRENCY or c in _OPENING_MARKS


#: A few words in marks that the reporter's clause goes on after: ``"the owners" had``.
#: (Not a phrase of place, time or medium after them: ``said "we will win" on the radio``
#: quotes the words, it reports no clause.)
_marked_words_re = _lazy(
    r".[^\"“”‘’,.;:!?\n]{1,60}+[\"”’][^\S\n]++"
    rf"(?!(?:and|but|{'|'.join(V.ATTRIBUTION_TAIL_PREPOSITIONS)})\s)\p{{Ll}}"
)


def _words_in_clause(text: str, q: int, se: int) -> bool:
    """Whether the marks opening at *q* hold words of the clause, which goes on after
    them (not a quotation of its own: ``said "we will not go back," and left``)."""
    return _marked_words_re().match(text, q, se) is not None


def _clause_start(text: str, verb: _Verb) -> int | None:
    """Where the clause after *verb* starts: past its listener (``told members``), a
    time or a setting (``said on Tuesday``, ``said at the rally``) and ``that``."""
    ve, se, word = verb.end, verb.sentence_end, verb.word
    if text[ve : ve + 3].lstrip().startswith(",") and _participle_next_re().match(text, ve, se):
        return None  # ``Ruiz said, noting she ...``: the participle reports the clause
    q = ve
    if word in _TAKES_LISTENER:
        ob = _told_obj_re().match(text, q, se)
        tell = word in _TELL_FORMS
        if ob is None and tell:
            return None  # ``told`` always names its listener
        if ob is not None and (tell or text.startswith(" that ", ob.end())):
            # (``warned members that ...``; but in ``warned the union would strike`` the
            # union is the clause's subject)
            q = ob.end()
    th = _that_re().match(text, q, se)
    if th is not None:
        q = th.end()
    if q >= se or not _opens_word(text[q]) or not _long_enough(text, *_trim(text, q, se)):
        return None
    if text[q] in _OPENING_MARKS and not _words_in_clause(text, q, se):
        return None
    that = text[max(ve, q - 5) : q].rstrip() == "that"
    setting = None if that else _setting_re().match(text, q, se)
    if setting is not None:
        q = setting.end()  # ``said in a phone interview the union would ...``
    elif not that and _clause_start_re().match(text, q, se) is not None:
        # ``responded to problems``, ``confirmed by the Senate``: a preposition that takes
        # an object opens no reported clause; but ``said without evidence that ...``,
        # ``explained through a spokesman that ...``: the clause after ``that``
        return _that_after_phrase(text, q, se)
    if not that and _pronoun_object(text, q, se):
        return None  # ``said it twice``, ``said nothing about pay``: an object
    if not that and _adjunct_clause(text, q, se):
        return _that_after_phrase(text, q, se)  # ``said as she held a sign``
    if not that and not text.startswith("to ", q) and closing_tail(text[q:se].rstrip(" .!?")):
        return None  # ``said at Denver International Airport.``: a place, no clause
    return q


def _adjunct_clause(text: str, q: int, se: int) -> bool:
    """Whether the words at *q* are a subordinate clause of the verb's, up to the
    sentence's end (``said as she held a sign``, ``said while touring the plant``): a
    subordinator with no comma after it (``said while she backs the union, the strike
    is wrong`` reports the clause after the comma)."""
    m = WORD_RE.match(text, q, se)
    return m is not None and m.group() in _SUBORDINATOR_WORDS and "," not in text[q:se]


_OBJECT_PRONOUNS = frozenset(F.OBJECT_PRONOUNS)
_OBJECT_FOLLOWERS = frozenset(F.OBJECT_FOLLOWERS)


def _pronoun_object(text: str, q: int, se: int) -> bool:
    """Whether the words at *q* are a pronoun that is the verb's object, not the subject
    of a clause: the sentence ends after it, or a word no verb can be follows it (``it
    twice``, ``so herself``, ``nothing about pay``; not ``it was over``, ``it still
    posed``, ``so many workers``)."""
    words = text[q : min(se, q + _PRONOUN_LOOK)].split(None, 2)
    if not words or words[0].rstrip(".,;:!?") not in _OBJECT_PRONOUNS:
        return False  # (a cheap test first: most clauses open with no such pronoun)
    if len(words) == 1 or words[0][-1] in ".,;:!?":
        return True
    return words[1].rstrip(".,;:!?").lower() in _OBJECT_FOLLOWERS


#: ``in a phone interview``, ``during a news conference``, ``at the rally``: a setting of
#: a preposition, a determiner and up to three words (no preposition among them), then
#: the determiner that opens the clause's subject (not a pronoun: ``hinted at the niche
#: he sees`` is a relative clause).
_setting_re = _lazy(
    rf"(?:{'|'.join(V.SETTING_PREPOSITIONS)})\s++(?:an?|the|his|her|their|its)\s++"
    rf"(?:(?!(?:{'|'.join(V.FUNCTION_WORDS)})\s)[\p{{Ll}}\-]++\s++){{1,3}}?"
    r"(?=(?:the|a|an|its|their|this|these|those)\s++\S)"
)


def _that_after_phrase(text: str, q: int, se: int) -> int | None:
    """Where the clause starts after the phrase a preposition opens at *q* and ``that``
    (``without evidence, that ...``, ``for the first time that ...``): not ``that`` as
    the preposition's determiner (``with that point``), after a participle (``with
    anger, promoting a plan that ...``) or another verb of speech, or before a verb (``a
    tweet that appeared``)."""
    k = text.find(" that ", q, min(se, q + _PREPOSITION_REACH))
    if k < 0:
        return None
    phrase = text[q:k].split()
    if len(phrase) < 2 or any(w.endswith("ing") and w.islower() for w in phrase[1:]):
        return None
    if indirect_verb_re().search(text, q + len(phrase[0]), k) is not None:
        return None  # (``argued with Lee at the conference, said ... that``: another verb's)
    start = k + len(" that ")
    first = text[start : start + _PRONOUN_LOOK].split(None, 1)[:1]
    if not first or first[0].endswith("ed") or first[0] in _FINITE_HEADS:
        return None  # (a relative clause: its verb first)
    return start if _long_enough(text, *_trim(text, start, se)) else None


_FINITE_HEADS = frozenset(F.FINITE_HEADS)
#: How far after a preposition that opens no clause ``that`` is looked for.
_PREPOSITION_REACH = 80
#: How far after a pronoun its next word is looked for, in characters.
_PRONOUN_LOOK = 40


#: ``urged members to``, ``called on the board to``: an object, then ``to`` and a verb.
#: (no question word among them: ``advised leaders on how to win`` is advice given as
#: work, not words reported)
_to_re = _lazy(
    rf"\s++(?:(?!(?:that|{'|'.join(WH_WORDS)})\s)[^,.;:\"“”\s]++\s++){{0,5}}?to\s++[\"“‘']?\p{{Ll}}"
)
#: ``nurses were``, ``the dismissal was``: a short subject, then a finite verb.
_bare_clause_re = _lazy(
    rf"(?:(?!(?:{'|'.join(F.NOT_BARE_SUBJECT_WORDS)})\s)[\p{{L}}\p{{N}}'’\-]++\s++){{1,5}}?"
    rf"(?:{'|'.join(F.FINITE_HEADS)})\b"
)
#: ``asked the mayor whether``: a listener or not, then a question word.
_wh_re = _lazy(rf"\s++(?:[^,.;:\"“”\n]{{1,60}}?\s)??(?:{'|'.join(WH_WORDS)})\s")
#: A character of an object before ``as``: no punctuation, but a number's (``3.5``,
#: ``15,000``).
_OBJECT_CHAR = r"(?:[^,.;:\"“”\n]|(?<=\d)[.,](?=\d))"
#: ``described the offer as``: an object, then ``as``.
_as_re = _lazy(rf"\s++{_OBJECT_CHAR}{{1,80}}?\sas\s++\S")
#: ``rejected the offer as "an insult"``, ``hailed it as a breakthrough``: an object,
#: ``as`` and words in marks or an indefinite noun phrase.
_as_judged_re = _lazy(rf"\s++{_OBJECT_CHAR}{{1,80}}?\sas\s++(?:[\"“‘']|an?\s)")
#: ``called the offer an insult``, ``called the owners "greedy"``: an object of a few
#: words (no particle: ``called off``, ``called for``), then ``a``/``an`` or a mark.
_naming_re = _lazy(
    rf"\s++(?!(?:{'|'.join(V.NAMING_PARTICLES)})\b)(?:[^,.;:\"“”‘\s]++\s++){{1,6}}?"
    r"(?:[\"“‘]|'(?=\p{L})|an?\s)"
)
#: ``did not say``, ``would never say``, ``nobody said``: speech denied, not reported.
_negated_re = _lazy(r"(?:\b(?:not|never|(?i:nobody|no\s++one))|n[’']t)\s++(?:\p{Ll}++\s++){0,2}\Z")
#: ``was told``, ``were urged``: the subject is the listener, not the speaker.
_passive_re = _lazy(r"\b(?:am|are|be|been|being|is|was|were)\s++(?:\p{Ll}{3,}+(?<=ly)\s++)?\Z")
#: What :data:`_negated_re` holds (in lower case), and how :data:`_passive_re` and
#: :data:`_as_by_re` may end: the cheap tests before the patterns.
_NEGATION_KEYS = ("no", "never", "n't", "n’t")
_PASSIVE_ENDS = ("am", "are", "be", "been", "being", "is", "was", "were", "ly")
_AS_BY_ENDS = ("as", "As", "ly", "first")


def _negated(text: str, verb: _Verb) -> bool:
    """``did not say whether``, ``would never say``, ``Nobody said``: no report; nor
    speech that is only supposed (``If the board had said ...``) or asked about (``Did
    the board say ...?``)."""
    if _unreal(text, verb):
        return True
    lo = max(verb.sentence_start, verb.start - 40)
    low = text[lo : verb.start].lower()
    for key in _NEGATION_KEYS:
        if key in low:
            return _negated_re().search(text, lo, verb.start) is not None
    return False  # (the pattern needs one of them: a cheap test first)


#: ``If the board had said``, ``unless he were to say``, ``If the union said yes``: a
#: supposed report (a condition's subject, then the verb).
_supposed_re = _lazy(
    r"\b(?i:if|unless)\s++[^,;:.\"“”]{1,60}?\s"
    r"(?:(?:had|were\s++to|would\s++have)\s++(?:\p{Ll}{3,}+(?<=ly)\s++)?)?\Z"
)
#: ``Nobody at the union would say``, ``No one from the firm said``: a denied report
#: whose subject runs longer than :data:`_negated_re` reads.
_nobody_re = _lazy(r"(?i:nobody|no\s++one|none\s++of)\b[^,;:.\"“”]{0,80}+\Z")
#: Words that open a question of the reporter's (``Did the board say ...?``).
_QUESTION_LEADS = ("Could", "Did", "Do", "Does", "Has", "Have", "Should", "Will", "Would")
_UNREAL_REACH = 100


def _unreal(text: str, verb: _Verb) -> bool:
    """``If the board had said ...``, ``Did the board say ...?``, ``Nobody at the
    union would say ...``: speech supposed, asked about or denied, not reported."""
    ss, vs, se = verb.sentence_start, verb.start, verb.sentence_end
    if text.startswith(_QUESTION_LEADS, ss) and text[ss:se].rstrip().endswith("?"):
        return True
    lo = max(ss, vs - _UNREAL_REACH)
    lead = text[lo:vs].lower()
    if ("if" in lead or "unless" in lead) and _supposed_re().search(text, lo, vs):
        return True
    return text[ss : ss + 4].lower() in _NO_KEYS and _nobody_re().match(text, ss, vs) is not None


_NO_KEYS = frozenset(("nobo", "no o", "none"))


#: ``was quoted as``, ``is reported to have``: a passive that keeps its subject the
#: speaker of the verb after it.
_CARRIERS = "|".join(c.replace(" ", r"\s++") for c in F.PASSIVE_CARRIERS)
_carrier_re = _lazy(rf"\b(?:was|were|is|are|(?:has|have|had)\s++been)\s++(?:{_CARRIERS})\s++\Z")


def _carried(text: str, verb: _Verb) -> _Verb | None:
    """*verb* read from the passive that carries it (``Ruiz was quoted as saying``,
    ``is reported to have said``): its subject speaks; ``None`` for any other verb."""
    lo = max(verb.sentence_start, verb.start - _CARRIER_REACH)
    if not text.endswith(("as ", "to ", "have "), lo, verb.start):
        return None  # (a cheap test first)
    m = _carrier_re().search(text, lo, verb.start)
    return None if m is None else verb._replace(start=m.start())


_CARRIER_REACH = 40


def _passive(text: str, verb: _Verb) -> bool:
    """``was told``, ``is declared``: the subject is the listener or the topic (but
    ``is suggesting``, ``has been warning`` are progressive: the subject speaks)."""
    if verb.word.partition(" ")[0].endswith("ing"):
        return False
    lo = max(verb.sentence_start, verb.start - 20)
    if not _ends_with(text, lo, verb.start, _PASSIVE_ENDS):
        return False  # (the pattern ends with one of them: a cheap test first)
    return _passive_re().search(text, lo, verb.start) is not None


def _ends_with(text: str, lo: int, end: int, endings: tuple[str, ...]) -> bool:
    """Whether ``text[lo:end]``, spaces left out at its end, ends with one of *endings*."""
    return text.endswith(endings, lo, _before_spaces(text, lo, end))


def _complement_start(text: str, verb: _Verb, frames: tuple[str, ...]) -> int | None:
    """Where the reported complement of *verb* starts, by the frames the verb takes
    (:data:`~laborquotes._frames.REPORTING_FRAMES`): a clause (``said (that) ...``), an
    object and an infinitive (``urged members to ...``), a question (``asked whether``),
    an object and ``as`` (``described the plan as ...``), or an object."""
    if THAT in frames:
        q = _clause_start(text, verb)
        if q is not None or frames == (THAT,):
            return q
    if THAT_ONLY in frames:
        q = _that_only_start(text, verb)
        if q is not None or frames == (THAT_ONLY,):
            return q
    ve, se = verb.end, verb.sentence_end
    for frame in frames:
        if frame == WH:
            m = _wh_re().match(text, ve, se)
            if m is not None:
                return m.end() - len(m.group().split()[-1]) - 1
        elif (
            (frame == TO and _to_re().match(text, ve, se))
            or (frame == AS and _as_re().match(text, ve, se))
            or (frame == AS_JUDGED and _as_judged_re().match(text, ve, se))
            or (frame == NAMING and (_naming_re().match(text, ve, se) or _judged(text, ve, se)))
            or frame == OBJECT
        ):
            return _object_start(text, ve, se)
    return None


def _that_only_start(text: str, verb: _Verb) -> int | None:
    """``the court ruled that ...``: the clause with ``that`` written, or a bare clause
    whose finite verb follows its subject (``the study found wages had stalled``)."""
    q = _clause_start(text, verb)
    if q is None or text[max(0, q - 5) : q].rstrip() == "that":
        return q
    # (right after the verb: ``party rules, Bush would ...`` is a noun and a clause)
    if text[verb.end : q].strip():
        return None
    return q if _bare_clause_re().match(text, q, verb.sentence_end) else None


def _object_start(text: str, ve: int, se: int) -> int | None:
    """Where the object after a verb starts, unless a preposition opens it."""
    q = ve
    while q < se and text[q].isspace():
        q += 1
    if q >= se or not text[q].isalpha() or _clause_start_re().match(text, q, se) is not None:
        return None
    return q


def _modifier_read_as_name(cand: Cand, group: Cand) -> bool:
    """Whether *cand* is a person of one word that opens *group*, a modifier and a plural
    (``Care`` of ``Care assistants``; not ``Sanders``, one word, a surname)."""
    return (
        cand.kind is Kind.PERSON
        and cand.start == group.start
        and " " not in cand.name
        and " " in group.name
    )


def _speaker(
    text: str, st: Structure, verb: _Verb, slot: _Slot, final: bool
) -> tuple[Cand, str] | None:
    """The speaker of *verb* and the text of its sentence before the speaker."""
    ss, vs = verb.sentence_start, verb.start
    if slot.relative:
        # ``Ruiz, who said ...``, ``drivers who say ...``: the pronoun as written, standing
        # for the name before it.
        rel = relative_subject(text, slot.lo, slot.end)
        if rel is None or rel.kind not in SPEAKING_KINDS:
            rel = _group_antecedent(text, slot)
        if rel is None or final:
            return None
        return rel, ""
    if (slot.participle or slot.coordinated) and not final:
        # ``Ruiz questioned the offer, saying the plan ...`` / ``... by saying that ...``:
        # a participle reports the words of its sentence's subject.
        subj = sentence_subject(text, st, vs, ss)
        if subj is None:
            subj = find_cue_before(text, ss, vs, partial=True)
        group = plural_opening(text, ss, vs)  # ``Porters walked out, saying ...``
        if group is not None and (subj is None or _modifier_read_as_name(subj.cand, group)):
            return group, ""  # (``Care assistants ...``: no person ``Care``)
        if subj is None:
            return None
        if subj.cand.kind not in SPEAKING_KINDS and not _titled_unnamed(subj.cand):
            return None
        return subj.cand, ""
    found = _before_who(text, slot, slot.quantified or subject_before(text, slot.lo, slot.end))
    if found is None and not final:
        found = _quantity_subject(text, slot.lo, slot.end)
    elif (
        found is not None
        and found.kind in GROUP_KINDS
        and found is not slot.quantified
        and text[found.start - 2 : found.start - 1].isalnum()
    ):
        # ``Two-thirds of members``, ``rail analysts``: the whole group, not its head.
        whole = _quantity_subject(text, slot.lo, slot.end)
        if whole is not None and whole.start < found.start and whole.end >= found.end:
            found = whole
    if found is None or (final and found is slot.quantified):
        return None
    if not final and _after_preposition(text, ss, found.start):
        # ``People close to the talks said``: the object of a preposition is part of the
        # subject, not all of it
        found = _person_of(text, ss, found) or _whole_subject(text, ss, slot.end) or found
    found = _issuer(text, ss, found) or found
    first, _, rest = found.name.partition(" ")
    if rest and first.lower() in _LEAD_WORDS:
        # ``..., while other members said``: the conjunction opens the clause
        start = text.index(rest.split()[0], found.start)
        found = found._replace(start=start, name=rest)
    return found, text[ss : found.start].rstrip()


def _issuer(text: str, ss: int, found: Cand) -> Cand | None:
    """``The council issued a statement saying ...``: the words of a document that a
    speaker has just put out are that speaker's (``a statement`` speaks for it)."""
    if _issued_document_re().fullmatch(found.name) is None:
        return None
    m = _issuing_verb_re().search(text, max(ss, found.start - _ISSUING_REACH), found.start)
    if m is None:
        return None
    cand = subject_before(text, ss, strip_adverbs(text, ss, m.start()))
    if cand is None or (cand.kind not in SPEAKING_KINDS and cand.kind is not Kind.UNNAMED):
        return None
    return cand


#: How far before a document its issuing verb is looked for (``issued on Monday a``).
_ISSUING_REACH = 40
#: A document an issuing verb may put out: ``a statement``, ``a joint letter``.
_issued_document_re = _lazy(
    rf"(?i:an?|the)\s++(?:[\p{{L}}\-]++\s++)?(?:{'|'.join(V.AUTHORED_DOCUMENTS)})"
)
#: ``issued``, ``put out``: the verb right before the document it puts out.
_issuing_verb_re = _lazy(
    rf"(?<![\w’'\-])(?:{'|'.join(F.ISSUING_VERBS)})\s++(?:(?:on\s++)?\p{{Lu}}\p{{Ll}}++day\s++)?\Z"
)


def _titled_unnamed(cand: Cand) -> bool:
    """Whether *cand* is an unnamed person with a title (``A spokeswoman``, ``a nurse at
    the hospital``): a subject a second verb or a participle shares with the first."""
    last = (cand.title or "").split()[-1:]
    return cand.kind is Kind.UNNAMED and bool(last) and last[0] in _TITLE_WORDS


#: A quantity read as a group speaker, right before the verb: ``Each side``, ``Some``,
#: ``22 percent``, ``four in 10``, ``most of them``.
_quantity_subject_re = _lazy(
    rf"(?<![\w’'\-])(?:(?i:{'|'.join(F.QUANTITY_LEADS)})\s++)?"
    rf"(?:(?i:{'|'.join(V.DISTRIBUTIVES)})\s++\p{{Ll}}++"
    rf"|(?:{'|'.join(V.QUANTITY_SUBJECTS)})(?:\s++of\s++(?:them|those|us))?"
    rf"|(?:\d[\d.,]*+\s*+%|[\w.,\-]++\s++per\s?cent|(?i:{'|'.join(F.FRACTIONS)}))"
    r"(?:\s++of\s++(?:(?:all|the|those)\s++)?\p{L}[\p{L}’'\-]*+"
    r"(?:\s++(?:surveyed|polled|questioned|asked))?)?"
    rf"|(?:\d++|(?i:{'|'.join(V.NUMBER_WORDS)}))\s++(?:in|out\s++of)\s++"
    rf"(?:\d++|(?i:ten|{'|'.join(V.NUMBER_WORDS)})))"
    rf"(?:\s++who\s[^,.;:\"“”\n]{{1,60}})?+\s*+\Z"
)
#: A plural noun phrase as a group speaker: ``aviation experts``, ``the women``,
#: ``protest organizers in the city`` (a few modifiers, a plural head, a short phrase).
_plural_subject_re = _lazy(
    rf"(?<![\w’'\-])(?:(?i:{'|'.join(F.PLURAL_DETERMINERS)})\s++)?"
    rf"(?:(?!(?i:{'|'.join(F.NOT_PLURAL_MODIFIERS)})\b)[\p{{L}}\-]++\s++){{0,3}}?"
    rf"(?:\p{{Ll}}{{2,}}+(?<=[^su’']s)|{'|'.join(F.PLURAL_HEADS)})"
    r"(?:\s++(?:in|at|from|of|for|on)\s++(?:the\s++)?[\p{L}’'\-]++(?:\s++\p{Lu}[\p{L}’'\-]*+)?)?"
    r"\s*+\Z"
)


def _quantity_subject(text: str, lo: int, end: int) -> Cand | None:
    """A quantity that ends at *end* and speaks as a group: ``Each side``, ``Some``,
    ``22 percent``, ``four in 10``, ``most of them``, ``Two-thirds of voters``; or a
    plural noun phrase that opens its clause (``aviation experts``)."""
    lo = max(lo, end - _QUANTITY_REACH)
    m = None
    if _quantity_near(text, lo, end):
        # (without ``who``, a quantity spans its last few words: searched from there)
        k = lo if text.find("who", lo, end) >= 0 else _last_words(text, lo, end, _QUANTITY_SPAN)
        m = _quantity_subject_re().search(text, k, end)
    if m is None:
        if _plural_near(text, lo, end):
            m = _plural_subject_re().search(text, _last_words(text, lo, end, _PLURAL_SPAN), end)
        if m is None or not _opens_clause(text, m.start()):
            return None
    if _indefinite_before(text, lo, m.start()):
        return None  # (``rejected a 3.5 per cent offer as``: a noun's modifier)
    phrase = m.group().rstrip()
    return Cand(
        Kind.GROUP, m.start(), m.start() + len(phrase), " ".join(phrase.split()), None, None, True
    )


def _indefinite_before(text: str, lo: int, at: int) -> bool:
    """Whether ``a`` or ``an`` is the word right before *at*."""
    return text[max(lo, at - 4) : at].lower().split()[-1:] in (["a"], ["an"])


def _most_words(table: tuple[str, ...]) -> int:
    return max(len(w.split()) for w in table)


#: At most this many words stand in a match of :data:`_plural_subject_re`: a determiner,
#: three modifiers, the head, then a preposition, ``the``, a word and a name.
_PLURAL_SPAN = _most_words(F.PLURAL_DETERMINERS) + 3 + max(1, _most_words(F.PLURAL_HEADS)) + 4
#: ... and in a match of :data:`_quantity_subject_re` without ``who``: a lead, then the
#: longest quantity (``12.5 per cent of the voters surveyed``).
_QUANTITY_SPAN = _most_words(F.QUANTITY_LEADS) + max(
    _most_words(V.DISTRIBUTIVES) + 1,  # ``each side``
    _most_words(V.QUANTITY_SUBJECTS) + 2,  # ``a majority of them``
    max(3, _most_words(F.FRACTIONS)) + 4,  # ``5 per cent of the voters surveyed``
    4,  # ``four out of 10``
)


def _last_words(text: str, lo: int, end: int, n: int) -> int:
    """Where the last *n* words (runs of characters that are no space) of ``text[lo:end]``
    start at the earliest: after the word before them, or *lo* when there are no more.
    A pattern's match of at most *n* words that ends at *end* starts there or later."""
    parts = text[lo:end].rsplit(None, n)
    return lo if len(parts) <= n else lo + len(parts[0])


#: What a whole sentence-opening subject never holds: punctuation of a clause or quote.
_WHOLE_STOPS = frozenset(',;:"“”()[]—–')
_WHOLE_WORDS = (2, 12)
_NOT_WHOLE_STARTS = frozenset(V.NOT_WHOLE_SUBJECT_STARTS)
_layout_re = _lazy(r"\s\s|[\t\n]")
_CLAUSE_WORDS = frozenset(("also", "that", "which", "who", "whom"))
_SUBJECT_PREPOSITIONS = frozenset(("at", "for", "from", "in", "of", "on", "to", "with"))
_FINITE = frozenset(V.FINITE_VERBS) | _SUBORDINATOR_WORDS


#: How far before its verb a subject that opens a clause is looked for.
_CLAUSE_REACH = 100
#: A subject that opens a clause has at most this many words.
_MAX_CLAUSE_SUBJECT = 7
#: What opens a clause before its subject (``Along with the claims, the suit says``).
_clause_open_re = _lazy(r"(?:[,;:—–(]|\s--|\s-)\s*+(?=[^,;:—–()\-]*+\Z)")
#: Words that may open a subject in lower case (``the suit``, ``some voters``).
_SUBJECT_DETERMINERS = _NOUN_DETS | frozenset(F.PLURAL_DETERMINERS) - frozenset(("that",))
_FUNCTION_WORDS = frozenset(V.FUNCTION_WORDS) | frozenset(V.SMALL_WORDS)
#: Endings of words that end no subject: verbs and adjectives (``tried``, ``forceful``).
_NOT_HEAD_ENDS = ("al", "ed", "ful", "ing", "ive", "ly", "ous")
#: Modifiers that end no subject: the verb form after them is a noun (``a former state
#: senator``, ``no mention``, ``the key question``).
_NOT_HEADS = frozenset(F.NOT_SUBJECT_HEADS)
#: Participles that end a subject of people asked (``those surveyed``).
_SURVEY_PARTICIPLES = frozenset(("asked", "polled", "questioned", "surveyed"))


def _clause_subject(text: str, ss: int, end: int) -> Cand | None:
    """``Along with its other claims, the suit says``, ``... -- and some protest leaders
    say``: a short noun phrase that opens a clause after a comma or a dash (and ``and``
    or ``but``), read as :func:`_whole_subject` reads one at a sentence start."""
    lo = max(ss, end - _CLAUSE_REACH)
    m = _clause_open_re().search(text, lo, end)
    if m is None or text[end : end + 30].lstrip().partition(" ")[0].endswith("ing"):
        return None  # (``..., a book calling for``: a participle after a noun)
    start = m.end()
    first = text[start : start + 12].partition(" ")[0]
    if first in _CLAUSE_LINKS:
        start += len(first) + 1
        first = text[start : start + 12].partition(" ")[0]
    if not first[:1].isupper() and first not in _SUBJECT_DETERMINERS:
        return None
    words = text[start:end].split()
    if not words or len(words) > _MAX_CLAUSE_SUBJECT or not _head_noun(words[-1]):
        return None
    for before, word in itertools.pairwise(words):
        if word in _SUBJECT_DETERMINERS and before not in _SUBJECT_PREPOSITIONS:
            return None  # ``Ruiz released a new ad called``: a clause, not a noun phrase
    return _whole_subject(text, start, end, lower=True)


def _head_noun(word: str) -> bool:
    """Whether *word* may end a subject noun phrase: a name or a noun (``the suit``,
    ``those surveyed``), not a function word, an adjective or a verb (``a forceful``,
    ``the waivers pushed``)."""
    low = word.lower()
    if low in _FUNCTION_WORDS or low in _SUBJECT_DETERMINERS or low in _NOT_HEADS:
        return False
    if "'" in word or "’" in word:
        return False  # ``If you're``, ``''You``: a contraction or a quotation mark
    return word[:1].isupper() or not low.endswith(_NOT_HEAD_ENDS) or low in _SURVEY_PARTICIPLES


#: ``23 percent who``, ``a young child, who``, ``those who``: a group or a short noun
#: phrase before a relative pronoun.
_antecedent_re = _lazy(
    rf"(?<![\w’'\-])(?i:{'|'.join(sorted(_SUBJECT_DETERMINERS | {'one'}))})"
    r"(?:\s++[\p{L}\-]++){0,3}?,?\s++(?:who|whom)\s++\Z"
)


def _group_antecedent(text: str, slot: _Slot) -> Cand | None:
    """The pronoun of ``... compared with 23 percent who said``, ``a young child, who
    said`` standing for a group or a short noun phrase before it (no name)."""
    e = _before_spaces(text, slot.lo, slot.end)
    who = text.rfind(" ", max(slot.lo, e - 6), e) + 1
    if who <= slot.lo or text[who:e] not in ("who", "whom"):
        return None
    k = _before_spaces(text, slot.lo, who)
    ante = _quantity_subject(text, slot.lo, k)
    if ante is not None:
        return Cand(Kind.GROUP, who, e, ante.name, None, None, True)
    a = _antecedent_re().search(text, max(slot.lo, who - _QUANTITY_REACH), who + 4)
    if a is None:
        return None
    name = text[a.start() : k].rstrip(", ")
    if not _head_noun(name.rpartition(" ")[2]):
        return None
    return Cand(Kind.GROUP, who, e, name, None, None, True)


def _whole_subject(text: str, ss: int, end: int, lower: bool = False) -> Cand | None:
    """``Critics of the plan said``, ``A person familiar with the talks says``: the whole
    phrase from the sentence start to the verb, a noun phrase of a few words (no clause
    punctuation, no finite verb), read as a group speaker (*lower*: it may open with a
    determiner in lower case)."""
    phrase = text[ss:end].strip()
    words = phrase.split()
    if not (_WHOLE_WORDS[0] <= len(words) <= _WHOLE_WORDS[1]):
        return None
    if not (phrase[0].isupper() or lower):
        return None
    if not _WHOLE_STOPS.isdisjoint(phrase) or _layout_re().search(phrase) is not None:
        return None  # (a run of spaces or a line break is layout: a field code before)
    if words[0].isupper() and words[1][:1].isupper():
        return None  # ``TD The port authority``: an archive field code, then the subject
    low = [w.lower() for w in words]
    if _FINITE.intersection(low) or low[0] in _LEAD_WORDS or low[0] in _NOT_WHOLE_STARTS:
        return None
    if low[0].endswith("ing") or any(w.endswith("ly") or w in _CLAUSE_WORDS for w in low):
        # ``Rattling off ...``, ``The agency also secretly helped``, ``Members who
        # watched``: a clause, read by the other subject rules
        return None
    start = text.index(phrase, ss)
    return Cand(Kind.GROUP, start, start + len(phrase), " ".join(words), None, None, True)


def _person_of(text: str, ss: int, found: Cand) -> Cand | None:
    """``Deputy Ana Ruiz of the Workers' Party said``: a person's name opening the
    sentence, then ``of``, ``from`` or ``at`` and the organization *found*: the person
    speaks, of that organization."""
    head = text[ss : found.start].rstrip()
    prep = head.rsplit(None, 1)[-1] if head else ""
    if prep not in _PERSON_OF_PREPS or "," in head:
        return None  # (``..., with countries still offering``: another clause)
    cand = subject_exact(text, ss, ss + len(head) - len(prep))
    if cand is None or cand.kind is not Kind.PERSON or text[ss : cand.start].strip():
        return None
    if " " not in cand.name and not cand.title:
        return None  # (``Research from the Harlow Institute``: one word, no name)
    org = " ".join(without_place_tail(found.name.removeprefix("the ").removeprefix("The ").split()))
    return cand._replace(end=found.end, org=org)


#: ``of``, ``from``, ``at`` between a person and her organization (``with`` opens an
#: absolute clause too: ``with countries still offering ...``).
_PERSON_OF_PREPS = frozenset(V.ORG_APPOSITIVE_PREPOSITIONS) - {"with"}


def _after_preposition(text: str, ss: int, at: int) -> bool:
    """Whether the phrase at *at* follows a preposition inside its sentence's opening
    noun phrase (``Officials at the ministry``)."""
    before = text[ss:at].rsplit(None, 2)  # (the last two words are enough)
    if len(before) >= 3 and before[-1] == "by" and before[-2].lower() in _CONTACTED:
        return True  # ``Workers contacted by Reuters said``: the workers, not the outlet
    return len(before) >= 2 and before[-1].lower() in _SUBJECT_PREPOSITIONS


_CONTACTED = frozenset(V.CONTACT_PARTICIPLES)


def _quantity_near(text: str, lo: int, end: int) -> bool:
    """Cheap test before the quantity pattern: a digit or a quantity word near *end*."""
    window = text[lo:end]
    if any(map(str.isdigit, window)):
        return True
    words = set(window.lower().replace("-", " ").split())
    return not words.isdisjoint(_QUANTITY_KEYS)


def _plural_near(text: str, lo: int, end: int) -> bool:
    """Cheap test before the plural pattern: a plural head among the last few words."""
    for w in text[max(lo, end - _PLURAL_REACH) : end].split()[-_PLURAL_WORDS:]:
        if w in _PLURAL_HEADS or (len(w) > 3 and w.endswith("s") and w[-2] not in "su’'"):
            return True
    return False


def _opens_clause(text: str, at: int) -> bool:
    """Whether a subject at *at* opens its clause: at a sentence start, after
    punctuation or after a conjunction (``..., and aviation experts say``)."""
    head = text[max(0, at - _QUANTITY_REACH) : at].rstrip()
    if not head or head[-1] in ',;:(—–.!?"”’':
        return True
    return head.rpartition(" ")[2].lower() in _LEAD_WORDS or head.endswith(" that")


def _subject_end_ok(text: str, start: int, end: int) -> bool:
    """Cheap test before the subject pattern: can a subject end just before *end*?"""
    e = _before_spaces(text, start, end)
    if e <= start:
        return False
    if text[e - 1] in ",)":
        return True
    k = e
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "-'’."):
        k -= 1
    word = text[k:e]
    if word.isdigit():
        # ``Local 600 said``: a number after a capitalized name.
        prev = text[max(start, k - 16) : k].split()
        return bool(prev) and prev[-1][:1].isupper()
    return (
        bool(word)
        and (
            word[0].isupper()
            or (word[0] in "ht" and word[1:2].isupper())  # (``Ó hEochaidh``, ``an tSaoi``)
            or (word[1:2] in ("'", "’") and word[2:3].isupper())  # (``d'Entremont``)
            or word.lower() in _SUBJECT_TAILS
            or word.endswith("s")
            or (word in _AREA_TAILS and _capitalized_before(text, start, k))
            or _source_tail_re().search(text, max(start, k - _SOURCE_TAIL_REACH), k) is not None
        )
    )


def _capitalized_before(text: str, start: int, k: int) -> bool:
    """Whether the word before *k* (from *start* on) is capitalized: a place's name
    before an area's noun (``the Leeds area``)."""
    prev = text[max(start, k - 40) : k].split()
    return bool(prev) and prev[-1][:1].isupper()


#: ``people familiar with the matter said``: how an unnamed source knows, shortly
#: before the last word of the subject (a thing, which alone would be no subject).
_source_tail_re = lazy_stdlib(
    lambda: rf"(?<![\w\-]){alternation(V.SOURCE_MODIFIERS)}\s+(?:\S+\s+){{0,2}}$"
)
#: How far before the subject's last word the source's modifier is looked for.
_SOURCE_TAIL_REACH = 48


# --------------------------------------------------------------------------- object ends

#: ``called the plan reckless``, ``calling them liars``, ``called it totally
#: unacceptable``: a naming verb's object (a pronoun, a short noun phrase after a
#: determiner or a possessive, or a name), a degree adverb or not, then a word that
#: judges (read by :func:`_judging`), then the end of the phrase.
_judged_re = _lazy(
    rf"\s++(?:{alternation(F.NAMING_OBJECT_PRONOUNS)}"
    rf"|(?:{alternation(F.NAMING_DETERMINERS)}|\p{{Lu}}[\p{{L}}.\-]*+['’]s)"
    r"(?:\s++[\p{L}\d’'\-]++){1,4}?"
    r"|\p{Lu}[\p{L}.’'\-]*+(?:\s++\p{Lu}[\p{L}.’'\-]*+){0,3})"
    rf"(?:\s++(?:{alternation(F.DEGREE_ADVERBS)}|\p{{Ll}}++ly))?"
    r"\s++(?P<word>\p{Ll}[\p{L}\-]*+)"
    r"(?=[,.;:!?)\]—–\"”]|\s*+\Z"
    r"|\s++(?:-|(?:and|but|or|for|because|after|in|on|over|as|when|while)\b))"
)
_NAMING_WORDS = frozenset(F.NAMING_COMPLEMENTS)
_NOT_NAMING_WORDS = frozenset(F.NOT_NAMING_COMPLEMENTS)
_EVALUATIVE_ENDINGS = tuple(F.EVALUATIVE_ENDINGS)
_UN_ENDINGS = tuple(F.UN_ENDINGS)
_NAMING_PREFIXES = tuple(F.NAMING_PREFIXES)
#: A word with a judging ending has at least this many letters.
_MIN_JUDGING = 6
#: ``called the plan reckless for ignoring nurses``: the phrase after the judging word
#: runs at most this far, up to a comma, a semicolon, a dash or ``and``/``but``.
_judged_tail_re = _lazy(r"[^,;:—–\n]{0,120}?(?=[,;:—–]|\s(?:and|but|--?)\s|\s*+\Z)")


def _judging(word: str) -> bool:
    """Whether *word* judges what a naming verb's object is (``reckless``, ``liars``,
    ``unpatriotic``, ``un-American``), not a noun that names or places it."""
    w = word.lower()
    if w in _NAMING_WORDS or w.startswith(_NAMING_PREFIXES):
        return True
    if len(w) < _MIN_JUDGING or w in _NOT_NAMING_WORDS:
        return False
    return w.endswith(_EVALUATIVE_ENDINGS) or (w.startswith("un") and w.endswith(_UN_ENDINGS))


def _judged(text: str, ve: int, se: int) -> int | None:
    """Where the judging word after a naming verb's object ends (``called the plan
    reckless``), if the verb at *ve* has one."""
    m = _judged_re().match(text, ve, se)
    return m.end() if m is not None and _judging(m["word"]) else None


#: ``criticized the plan and refused to ...``, ``described himself as a moderate and has
#: said ...``: a second predicate of the subject, after an object complement.
_second_predicate_re = _lazy(
    r",?\s++(?:and|but)\s++(?:(?:also|then|later|even|\p{Ll}++ly)\s++)?"
    rf"(?:{alternation(F.SECOND_PREDICATE_VERBS)}\s"
    r"|\p{Ll}{3,}+(?<=ed)\s++(?=(?:the|a|an|his|her|their|its|him|them|it|to|that)\s|\p{Lu}))"
)


def _object_end(text: str, verb: _Verb, frames: tuple[str, ...], q: int, end: int) -> int:
    """Where the object complement of *verb* from *q* ends, before *end*: after the
    phrase of a judging word (``called the plan reckless, ...``), and, for a verb that
    takes no clause, before a second predicate of its subject (``criticized the plan and
    refused to ...``). A clause keeps its own ``and`` (``said the board met and agreed``)."""
    if THAT in frames or THAT_ONLY in frames:
        return end
    if NAMING in frames and _naming_re().match(text, verb.end, end) is None:
        judged = _judged(text, verb.end, end)
        if judged is not None:
            tail = _judged_tail_re().match(text, judged, end)
            end = end if tail is None else tail.end()
    nxt = _second_predicate_re().search(text, q, end)
    if nxt is None or _open_marks(text, q, nxt.start()):
        return end  # (``called him "a man who lied and cheated"``: words in marks)
    return nxt.start()


_MARKS = ('"', "“", "”")


def _open_marks(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` leaves a double quotation mark open (a bounded span: the
    clause of one sentence)."""
    return sum(text.count(m, a, b) for m in _MARKS) % 2 == 1


# --------------------------------------------------------------------------- before a quotation

#: A clause before a quotation in its sentence has at least this many words.
_MIN_BEFORE_QUOTATION = 4
#: What ends a clause before a quotation that follows it in its sentence.
_BEFORE_QUOTATION_ENDS = frozenset(",:;—–-")
#: Words that open a phrase of place, time, medium or a particle, not a clause (``said
#: on Twitter on Monday, "..."``, ``told Ruiz of the Post, "..."``).
_NOT_CLAUSE_LEADS = (
    frozenset(V.ATTRIBUTION_TAIL_PREPOSITIONS)
    | frozenset(V.OBJECT_PREPOSITIONS)
    | frozenset(F.NOT_CLAUSE_LEADS)
)


def _before_quotation(
    text: str, st: Structure, v: re.Match[str], quoted: _Quoted, first: int
) -> _Verb | None:
    """``She said the talks had failed, "and not by a long shot."``: the verb's sentence
    read up to a quotation that opens after its clause, when the verb reports a clause
    of a few words (at least :data:`_MIN_BEFORE_QUOTATION`) that opens after it, is no
    phrase of place or time, and ends at a comma, a colon or a dash before the marks.
    The quotation stays its own (``Ruiz said, "..."`` and ``Ruiz told reporters in Leeds,
    "..."`` report no clause)."""
    ve, ss = v.end(), st.sentence_start(v.start())
    k = _before_spaces(text, ve, first)
    if k <= ve or text[k - 1] not in _BEFORE_QUOTATION_ENDS:
        return None  # (a cheap test first: the clause must end in one of these marks)
    if not _has_words(text, ve, first, _MIN_BEFORE_QUOTATION):
        return None
    verb = _Verb(v.start(), ve, ss, first, v.group().lower())
    found = _report(text, st, verb, quoted)
    if found is None or found.start < ve:
        return None
    gap = text[found.end : first].strip()
    if not gap or not _BEFORE_QUOTATION_ENDS.issuperset(gap):
        return None
    words = list(WORD_RE.finditer(text, found.start, found.end))
    if len(words) < _MIN_BEFORE_QUOTATION:
        return None
    lead = words[0].group().lower()
    if lead in _NOT_CLAUSE_LEADS or lead.endswith("ly"):
        return None  # (``responded pointedly, with a smile: "..."``)
    speech = (w for w in words if w.group().lower() in _SPEECH_FORMS)
    if any(not has_object(text, w) for w in speech):
        # (``told one agent, "..."``: the quotation is the inner verb's; but not in
        # ``said the firm had proposed raises, "..."``, whose verb has an object)
        return None
    return verb


#: Every form of a verb of speech (``said``, ``told``, ``reads``, ``blogged``).
_SPEECH_FORMS = V.verb_forms()


# --------------------------------------------------------------------------- long leads

#: Marks that close a quotation: a long lead that ends in one is a quotation's, and its
#: verb closes it (``..., '' Ruiz said in Leeds``).
_CLOSING_MARKS = ("'", "’", '"', "”")


def _titled_lead(head: str) -> bool:
    """Whether *head* ends, after a comma, in a job title in lower case written before
    the subject's name (``At the Rosemont hospital in Montreal, respiratory therapist``
    Jean Dion said): a phrase set off by the comma, the title part of the subject."""
    _, comma, tail = head.rpartition(",")
    words = tail.split()
    return (
        bool(comma)
        and 0 < len(words) <= _TITLE_LEAD_WORDS
        and all(w.replace("-", "").isalpha() and w.islower() for w in words)
        and (words[-1] in _TITLE_WORDS or words[-1] in _WORKER_TITLES)
    )


#: The most words of a lower-case title before a name (``senior respiratory therapist``).
_TITLE_LEAD_WORDS = 4
_WORKER_TITLES = frozenset(w for w in WORKER_WORDS if " " not in w)


def _that_clause(text: str, verb: _Verb, q: int, head: str) -> bool:
    """``As the talks dragged into a third week the union's lawyers argued that ...``: a
    long text before the subject, with no punctuation to set it off, still leaves the
    verb its clause when ``that`` is written after the verb or a subject pronoun opens
    the clause (``... 55 percent of members said they would strike``); a verb form as a
    noun (``the ruling that``) and a quotation before (``...,'' Ruiz said``) excepted."""
    if head.endswith(_CLOSING_MARKS) or verb.word.endswith("ing"):
        return False
    if text[max(verb.end, q - 5) : q].rstrip() == "that":
        return True
    first = text[q : q + 8].partition(" ")[0]
    return first in _BARE_CLAUSE_LEADS


#: Subject pronouns that open a bare reported clause after a long lead (``... the union
#: said it would strike``).
_BARE_CLAUSE_LEADS = frozenset(("he", "she", "they", "we", "it", "there"))
