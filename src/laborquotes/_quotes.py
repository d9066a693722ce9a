"""Quotations and their attributions.

Steps, each linear in the text:

1. :mod:`laborquotes._marks` finds paragraphs, sentence boundaries and paired marks.
2. Each pair is classified: a whole sentence (or more) in marks is ``direct``; a
   fragment inside the reporter's own sentence is ``partial``; titles of works,
   nicknames and scare-quoted words are dropped.
3. Each quotation looks for its attribution in a bounded window: after it in the
   same sentence (``, said X`` / ``, X said`` / ``— X``), else before it (``X said:``).
   Quotations without one take the nearest attribution in their paragraph, or
   (a floating quotation) the last speaker of the paragraph before.
4. Reported speech without marks (``X said the union ...``, ``according to X, ...``)
   gives ``indirect`` quotations.
5. Speakers are resolved in text order: surnames, first names and role references
   (``the senator``) to the full name introduced earlier, pronouns to the most
   recent compatible speaker.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re

import regex

from . import _places as places
from . import _vocab as V
from ._attribution import (
    CLAUSE_LEADS,
    FIRST_GENDER,
    LISTENER,
    WORD_GENDER,
    Cand,
    Cue,
    find_cue_after,
    find_cue_before,
    indirect_verb_re,
    parse_standalone,
    speaker_after_verb,
    speaker_forward,
    strip_adverbs,
    subject_before,
    subject_exact,
)
from ._dates import speech_date
from ._marks import MarkPair, Structure, pair_marks
from ._model import Attribution, Quote, QuoteKind, Span, Speaker

__all__ = ["find_attribution", "find_quotes"]

_WORD = re.compile(r"\w+")
_VERB_FORMS = V.verb_forms()
_WORK_WORDS = frozenset(V.WORK_NOUNS) | frozenset(V.WORK_CUES)
_NICK_CUES = tuple(V.NICKNAME_CUES)
_PERSONAL = frozenset({"he", "she", "i", "you"})
_OPENING_MARKS = frozenset("\"“„«'‘")
_FIRST_GENDER = FIRST_GENDER
_WORD_GENDER = WORD_GENDER
_GENDER_WORD = re.compile(r"[\w.]+(?: lady)?")
_MAX_WINDOW = 260
_DASH_MARKS = frozenset("-—–")
_SPEECH_NOUNS = frozenset(V.SPEECH_NOUNS)


@functools.cache
def _title_word_re() -> regex.Pattern[str]:
    return regex.compile(r"[\p{L}\d][\p{L}\d'’\-]*")


_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "with",
        "by",
        "from",
        "vs",
        "is",
        "are",
        "be",
        "as",
        "not",
        "but",
        "nor",
        "so",
        "yet",
        "up",
        "into",
        "over",
        "vs.",
        "v.",
        "de",
        "la",
        "el",
    }
)
_PREP_LEAD = frozenset(
    {"with", "on", "in", "of", "at", "from", "to", "for", "about", "by", "into", "during"}
)


def _title_case(s: str) -> bool:
    words = _title_word_re().findall(s)
    if not words:
        return False
    big = [w for w in words if w.lower() not in _SMALL or w is words[0]]
    return bool(big) and all(w[:1].isupper() or w[:1].isdigit() for w in big)


class _Q:
    """A quotation being built."""

    __slots__ = ("cue", "end", "kind", "lead", "pair", "para", "sent", "start")

    def __init__(self, pair: MarkPair, para: int, kind: QuoteKind, lead: int) -> None:
        self.pair = pair
        self.start = pair.start
        self.end = pair.end
        self.para = para
        self.kind = kind
        self.lead = lead
        self.sent = lead
        self.cue: Cue | None = None


def _classify(text: str, pair: MarkPair, lead_start: int) -> QuoteKind | None:
    inner = text[pair.start : pair.end]
    # Only small counts matter below (titles, scare quotes): count in the first words.
    nwords = len(_WORD.findall(inner, 0, 160))
    if nwords == 0:
        return None
    lead = text[lead_start : pair.open].rstrip()
    last = lead[-1:] if lead else ""
    lead_words = lead[-40:].lower().split()
    prev_word = lead_words[-1].strip("(,") if lead_words else ""
    ends_sentence = inner.rstrip("”\"’' )").endswith((".", "?", "!", ",", "…", "—", "-", ":"))
    # Nicknames and titles of works are not speech.
    low = lead.lower()
    if nwords <= 4 and low.endswith(_NICK_CUES):
        return None
    after = text[pair.close : pair.close + 2]
    followed_by_noun = len(after) == 2 and after[0] == " " and after[1].islower()
    if (
        nwords <= 8
        and _title_case(inner)
        and (
            prev_word in _PREP_LEAD
            or prev_word in _WORK_WORDS
            or followed_by_noun
            or prev_word.endswith(("'s", "’s"))
        )
    ):
        return None
    if (
        nwords <= 12
        and (prev_word in _WORK_WORDS or not ends_sentence)
        and _title_case(inner)
        and (prev_word in _WORK_WORDS or (lead and last not in ":,") or nwords <= 2)
        and not (pair.unclosed or last in ":" or (not lead and ends_sentence))
    ):
        return None
    if not lead or last in ":—–-…" or pair.unclosed:
        return QuoteKind.DIRECT
    if last == "," and (ends_sentence or inner[:1].isupper()):
        return QuoteKind.DIRECT
    if inner[:1].isupper() and ends_sentence and nwords >= 3:
        return QuoteKind.DIRECT
    if nwords <= 2 and prev_word not in _VERB_FORMS:
        # Scare quotes: a word or two in the reporter's sentence, no reporting verb.
        return None
    return QuoteKind.PARTIAL


def _find_local(text: str, st: Structure, q: _Q) -> Cue | None:
    pair = q.pair
    para_end = st.para_span(q.para)[1]
    lead = text[q.lead : pair.open].rstrip()
    before_first = lead.endswith(":")
    after: Cue | None = None
    partial = q.kind is QuoteKind.PARTIAL
    if not pair.unclosed:
        p0 = pair.close
        if not lead:
            # ``"..."  Trump said.``: a quotation that is a sentence of its own may take
            # its attribution from the short sentence right after the mark.
            while p0 < para_end and text[p0].isspace():
                p0 += 1
        we = min(st.sentence_end(p0), para_end, pair.close + _MAX_WINDOW)
        if we > pair.close:
            inner = text[pair.start : pair.end].rstrip("”\"’' )")
            open_clause = not partial and inner.endswith((",", "?", "!", "—", "-"))
            after = find_cue_after(text, pair.close, we, open_clause=open_clause)
            if after is not None and partial and after.how == "dash":
                # ``... his party was "still the No. 1 force."--Kim Hjelmgaard.``: a dash
                # after a fragment of the reporter's sentence signs the item, not the words.
                after = None
            if (
                after is not None
                and p0 > pair.close
                and after.cue_start - p0 > 80
                and not inner.endswith(",")
            ):
                # A long attribution only after a quotation that ends with a comma
                # (``"...," Fred Kagan, director of ... at ..., said``).
                after = None
            if (
                after is not None
                and p0 > pair.close
                and inner.endswith(".")
                and (
                    _has_marks_in(text, max(after.cue_end, after.cand.end), we)
                    or _reports_a_clause(text, max(after.cue_end, after.cand.end), we)
                )
            ):
                # ``"..." Reid said both men are "non-entities."``: the next sentence
                # quotes again, so it reports new words rather than these.
                after = None
            if (
                after is not None
                and partial
                and after.cue_start - pair.close > 60
                and min(after.cand.start, after.cue_start) - pair.close > 3
            ):
                # Far from a partial quotation, only a closing ``..., he said.`` counts.
                tail = text[max(after.cue_end, after.cand.end) : we].strip(" \t\r\n.")
                lead_in = text[pair.close : min(after.cand.start, after.cue_start)]
                if tail or not lead_in.rstrip().endswith(","):
                    after = None
    if after is None and not pair.unclosed and not before_first:
        after = _closing_cue(text, st, pair.close, para_end)
    if after is not None and (not before_first or after.cue_start - pair.close < 30):
        return after
    if after is None and not lead and not pair.unclosed:
        dashed = _dash_paragraph(text, st, q.para, pair.close)
        if dashed is not None:
            return dashed
        signed = _signed_paragraph(text, st, q.para, pair.close)
        if signed is not None:
            return signed
    if lead:
        before = find_cue_before(text, q.lead, pair.open, partial=partial)
        if partial and after is None:
            near = (
                before is not None
                and pair.open - before.cue_end <= 60
                and before.cand.kind in ("person", "pron", "group", "role")
            )
            if not near:
                subj = _sentence_subject(text, st, pair.open, q.sent)
                if subj is not None and (before is None or subj.cue_start != before.cue_start):
                    # (The same verb read both ways: ``The paradox, says Carl Anthony,
                    # is ...`` keeps its inverted reading.)
                    return subj
        if before is not None:
            return before
        if after is None and not partial:
            return _sentence_subject(text, st, pair.open, q.sent)
    return after


@functools.cache
def _clause_re() -> regex.Pattern[str]:
    return regex.compile(r"\s*+(?:that|he|she|they|it|we|I)\s", regex.IGNORECASE)


def _reports_a_clause(text: str, pos: int, end: int) -> bool:
    """``Kasich said he would have fired him.``: a verb with a clause of its own."""
    return _clause_re().match(text, pos, end) is not None


def _closing_cue(text: str, st: Structure, close: int, para_end: int) -> Cue | None:
    """A sentence that runs on past the closing mark and ends ``..., he said.``:
    ``"We are horrified" by the attack on the club, Ana Ruiz said.``"""
    if close >= para_end or not text[close].isspace():
        return None
    se = min(st.sentence_end(close), para_end)
    if se - close > _MAX_WINDOW or _has_marks_in(text, close, se):
        return None
    comma = text.rfind(",", close, se)
    if comma < 0:
        return None
    cue = find_cue_after(text, comma, se)
    if cue is None or cue.cand.kind not in ("person", "pron", "role", "group"):
        return None
    if min(cue.cand.start, cue.cue_start) - comma > 2:
        return None
    gap = text[cue.cand.end : cue.cue_start] if cue.cand.end <= cue.cue_start else ""
    tail = text[max(cue.cue_end, cue.cand.end) : se].strip(" .")
    if gap.strip() or (tail and not _closing_tail(tail)):
        return None
    return cue


def _dash_paragraph(text: str, st: Structure, para: int, close: int) -> Cue | None:
    """A quotation that ends its paragraph, signed by the next one: ``"..."`` then
    ``- Ana Ruiz, tweeting after the vote.``"""
    pe = st.para_ends[para]
    if para + 1 >= len(st.para_starts) or text[close:pe].strip(" \t.") or pe - close > 4:
        return None
    ns, ne = st.para_span(para + 1)
    if text[ns : ns + 1] not in _DASH_MARKS:
        return None
    cue = find_cue_after(text, ns, min(ne, ns + _MAX_WINDOW))
    if cue is None or cue.how != "dash" or cue.cand.kind != "person":
        return None
    return cue


def _signed_paragraph(text: str, st: Structure, para: int, close: int) -> Cue | None:
    """A quotation that ends its paragraph, followed by a short paragraph that only
    attributes it: ``"..."`` then ``Ana Ruiz said.`` / ``said Ana Ruiz, a nurse.``"""
    pe = st.para_ends[para]
    if para + 1 >= len(st.para_starts) or text[close:pe].strip() or pe - close > 4:
        return None
    ns, ne = st.para_span(para + 1)
    if ne - ns > _SIGNED_MAX or _has_marks_in(text, ns, ne):
        return None
    cue = find_cue_after(text, ns, ne)
    if cue is None or cue.cand.kind not in ("person", "role", "group"):
        return None
    if min(cue.cand.start, cue.cue_start) - ns > 1:
        return None
    gap = text[cue.cand.end : cue.cue_start] if cue.cand.end <= cue.cue_start else ""
    if gap.strip(" ,"):
        return None  # ``The company did not respond.``: only ``X said.`` signs a quotation
    tail = text[max(cue.cue_end, cue.cand.end) : ne].strip()
    if tail not in (".", ""):
        return None
    return cue


_SIGNED_MAX = 120


def _has_marks_in(text: str, a: int, b: int) -> bool:
    return any(text.find(m, a, b) >= 0 for m in ('"', "\u201c", "\u201d"))


@functools.cache
def _possessive_re() -> regex.Pattern[str]:
    nouns = "|".join(sorted(V.SPEECH_NOUNS, key=len, reverse=True))
    return regex.compile(
        r"(?<![\w'’])((?:\p{Lu}[\p{L}.\-]*+\s){0,3}+\p{Lu}[\p{L}\-]*+)['’]s\s++"
        rf"(?:[\p{{Ll}}\-]++\s++){{0,2}}?(?:{nouns})\b"
    )


def _possessive_speech(text: str, lead: int, open_pos: int) -> Cue | None:
    """``Rubio's catch phrase was that Crist "..."`` / ``Obama's "..." promise``: a
    quotation in a sentence about what a person said, with no reporting verb."""
    lo = max(lead, open_pos - 120)
    last = None
    for m in _possessive_re().finditer(text, lo, open_pos):
        last = m
    if last is None:
        return None
    cand = subject_exact(text, last.start(1), last.end(1))
    if cand is None or cand.kind != "person":
        return None
    noun_start = last.end() - len(last.group().split()[-1])
    return Cue(cand, noun_start, last.end(), "before")


@functools.cache
def _owner_re() -> regex.Pattern[str]:
    return regex.compile(r"((?:\p{Lu}[\p{L}.\-]*+\s){0,3}+\p{Lu}[\p{L}\-]*+)['’]s\s*+\Z")


def _possessive_before_mark(text: str, lead: int, open_pos: int, close: int) -> Cue | None:
    """``Obama's "you can keep it" promise``: a possessor, the quotation, a speech noun."""
    m = _owner_re().search(text, max(lead, open_pos - 60), open_pos)
    if m is None:
        return None
    after = _WORD.match(text, close + 1) if text[close : close + 1] == " " else None
    if after is None or after.group().lower() not in _SPEECH_NOUNS:
        return None
    cand = subject_exact(text, m.start(1), m.end(1))
    if cand is None or cand.kind != "person":
        return None
    return Cue(cand, after.start(), after.end(), "after")


@functools.cache
def _intro_re() -> regex.Pattern[str]:
    return regex.compile(r"[^,;:\"“”]{1,100}+,\s*+")


@functools.cache
def _verb_after_re() -> regex.Pattern[str]:
    # ``Tom Lee, R-Ky., delivered``: the subject's last period comes before the comma;
    # ``..., president of the United Auto Workers (UAW), said``: an acronym in brackets.
    return regex.compile(
        r"(?:\.(?=,))?(?:\s*+\([^()\n]{1,40}+\))?\s*+,?\s*+"
        r"(?:(?:also|then|later|again|\p{Ll}+ly)\s++)?(\p{Ll}{2,}+)\b"
    )


_STOPWORDS = frozenset(V.NAME_STOPWORDS)
_HONORIFIC_SET = frozenset(V.HONORIFICS)
#: Words that open a clause or a question, never a first name (``Is Sanders ...?``).
_NOT_FIRST = CLAUSE_LEADS


def _is_place(name: str) -> bool:
    """``United States``, ``New Hampshire``: a place the dateline tables know."""
    k = places.key(name)
    return (
        k in places.STATES or k in places.COUNTRIES or k in places.PROVINCES or k in places.CITIES
    )


def _in_headline(text: str, pos: int) -> bool:
    """Whether *pos* is on a title-case line (``Woman Reveals Stunning Thing Trump Did``),
    where capitalised words run together and are not a name."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    if len(line) > 200:
        return False
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in _SMALL]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


_ORG_WORDS = frozenset(V.ORG_WORDS)
_NOT_NAME_WORDS = frozenset(V.NOT_PERSON_NAME_WORDS)


@functools.cache
def _full_name_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w’'\-])\p{Lu}\p{Ll}++(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{Ll}’'\-]++){1,2}(?![\w’'\-])"
    )


@functools.cache
def _first_name_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w’'\-])(\p{Lu}[\p{L}\-’']+)(?:\s\p{Lu}\.)?(?:\s(?:de|van|von|del|da|di|le|la))?\s\Z"
    )


_SUBJECT_STARTS = frozenset(
    {
        "He",
        "She",
        "They",
        "We",
        "I",
        "It",
        "The",
        "A",
        "An",
        "Some",
        "Many",
        "Most",
        "Other",
        "Several",
        "One",
        "Two",
        "Three",
        "Both",
        "All",
        "Each",
        "Every",
        "Another",
        "His",
        "Her",
        "Their",
        "Its",
        "Our",
        "My",
    }
)
_SENTENCE_CONJ = frozenset(V.SENTENCE_CONJUNCTIONS)
_SUBORDINATORS = frozenset(V.SUBORDINATORS)
_NOT_VERBS = frozenset({"and", "or", "of", "in", "on", "at", "to", "for", "with", "the", "a", "an"})


@functools.cache
def _dateline_lead_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}[\p{Lu} .'’\-]{1,40}+,[^\n—–]{0,60}?\s(?:—|–|--?)\s++")


def _sentence_subject(text: str, st: Structure, open_pos: int, ss: int | None = None) -> Cue | None:
    """The subject of the reporter's sentence holding a quote: ``Sanders shot back, "..."``."""
    if ss is None:
        ss = st.sentence_start(open_pos)
    if open_pos - ss > _MAX_WINDOW:
        return None
    if text.startswith(("According to ", "according to "), ss):
        q = ss + len("according to ")
        cand = speaker_forward(text, q, open_pos)
        if cand is not None:
            return Cue(cand, ss, ss + len("according to"), "according")
    first = text[ss : ss + 16].split(" ", 1)[0]
    starts = [ss]
    if (first in _STOPWORDS and first not in _SUBJECT_STARTS) or first.endswith("ing"):
        starts = []
    if first in _SENTENCE_CONJ and text.startswith(" ", ss + len(first)):
        # ``And he made a point of saying "..."``: the subject follows the conjunction.
        starts = [ss + len(first) + 1]
    dl = _dateline_lead_re().match(text, ss, open_pos)
    if dl is not None:
        # ``PHILADELPHIA, July 25 (UPI) — The committee released ...``: the sentence
        # starts after the dateline.
        starts = [dl.end()]
    q = starts[0] if starts else ss
    sub = text[q : q + 12].split(" ", 1)[0]
    if sub.lower() in _SUBORDINATORS and text.find(",", q, open_pos) < 0:
        # ``But as Trump pledged to stop "knife-wielding Palestinians," many ...``: the
        # quotation sits in the subordinate clause, whose subject follows the conjunction.
        starts.insert(0, q + len(sub) + 1)
    # An introductory phrase (``Speaking to MSNBC on Monday, in New Hampshire, Bush ...``):
    # try the words after each of its first commas.
    q = ss
    for _ in range(3):
        comma = text.find(",", q, open_pos)
        if comma < 0 or comma - ss > 200:
            break
        q = comma + 1
        while q < open_pos and text[q].isspace():
            q += 1
        starts.append(q)
    # ``The results aren't in, but Kasich's campaign is claiming "..."``: the clause
    # after a conjunction holds the quotation, so its subject comes first.
    conjs = list(_conj_re().finditer(text, ss, open_pos))
    conj = conjs[-1] if conjs else None
    if conj is not None:
        first_word = text[conj.end() : conj.end() + 20].split(" ", 1)[0]
        if not (first_word.islower() and (first_word in _VERB_FORMS or first_word.endswith("ed"))):
            starts.insert(0, conj.end())
    ps = st.para_span(st.paragraph(ss))[0]
    for p in starts:
        if _inside_marks(st, ps, p):
            continue  # the reporter's subject is never inside a quotation
        cue = _subject_at(text, p, open_pos)
        if cue is not None:
            return cue
    return None


def _inside_marks(st: Structure, a: int, p: int) -> bool:
    """Whether *p* follows an odd number of double quotation marks from *a* (a
    paragraph start); by bisection in an index of the marks, not a count from *a*."""
    return st.count_double_marks(a, p) % 2 == 1


@functools.cache
def _conj_re() -> regex.Pattern[str]:
    return regex.compile(r"[,;]\s++(?:but|and|while|although|though|yet|so|whereas)\s++")


#: How far around a position the article is searched for another mention of a name.
_NAME_WINDOW = 50_000


def _used_twice(text: str, name: str, pos: int) -> bool:
    """Whether *name* is written at least twice near *pos* (a bounded window, so that a
    long document of many articles costs the same per character)."""
    hi = pos + _NAME_WINDOW
    i = text.find(name, max(0, pos - _NAME_WINDOW), hi)
    return i >= 0 and text.find(name, i + len(name), hi) >= 0


_NOT_HEADS = frozenset(V.NOT_SPEAKER_HEADS)
_MODIFIER_ENDS = tuple(V.MODIFIER_ENDINGS)
_NOT_STARTS = frozenset(V.NOT_SPEAKER_STARTS)
_NUMBERED_UNITS = frozenset(V.NUMBERED_UNITS)
#: Verbs whose listener comes before the reported clause (``assured Trump that ...``).
_TAKES_LISTENER = V.verb_forms(V.LISTENER_VERBS)
_TELL_FORMS = V.verb_forms(("tell",))
_QUANTITY_WORDS = frozenset(w.lower() for w in V.QUANTITY_SUBJECTS if " " not in w) | frozenset(
    V.NOUN_QUANTIFIERS
)


@functools.cache
def _clause_start_re() -> regex.Pattern[str]:
    # What cannot open a reported clause: a preposition that takes an object.
    words = "|".join(V.OBJECT_PREPOSITIONS)
    return regex.compile(rf"(?:{words})\b")


def _not_a_speaker(cand: Cand) -> bool:
    """A phrase read as a sentence's subject that cannot be its speaker: it holds a
    reporting verb (``tells reporters``), is a span of time (``Two years``) or opens
    with a preposition or a contraction (``Amid responses``, ``That's why``)."""
    words = cand.name.lower().split()
    if not words:
        return True
    if words[0] in _NOT_STARTS or words[-1] in _NOT_HEADS:
        return True
    if (
        cand.kind in ("group", "unnamed")
        and len(words) >= 2
        and (
            (words[-1].isdigit() and words[-2] not in _NUMBERED_UNITS)
            or words[-1].endswith(_MODIFIER_ENDS)
        )
    ):
        # ``The 60 second ad``, ``a fundraising email``, ``A newly released ad``: the
        # phrase stops at a modifier, before its head noun.
        return True
    # A reporting verb before the head noun (a head noun may look like a verb: ``claim``).
    verbs = words[:-1] if len(words) > 1 else words
    return cand.kind in ("group", "unnamed") and any(w in _VERB_FORMS for w in verbs)


def _subject_at(text: str, p: int, open_pos: int) -> Cue | None:
    cand = speaker_forward(text, p, open_pos)
    if cand is None or cand.kind not in ("person", "pron", "group", "role", "unnamed"):
        return None
    if cand.kind in ("group", "unnamed"):
        # ``Trump described families ...``: a reporting verb inside the phrase ends its
        # subject (``Trump``); a phrase that starts with the verb has none.
        for w in _WORD.finditer(text, cand.start, cand.end):
            if w.group().lower() in _VERB_FORMS and w.end() < cand.end:
                head = (
                    subject_exact(text, cand.start, w.start()) if w.start() > cand.start else None
                )
                if head is not None and head.kind in ("person", "pron", "group", "role"):
                    return Cue(head, w.start(), w.end(), "subject")
                return None
    if _not_a_speaker(cand):
        return None
    # A lone capitalized word opening a sentence is a name only if the article uses it
    # elsewhere too (``Sitting down with ...`` is not a speaker).
    if (
        cand.kind == "person"
        and " " not in cand.name
        and (cand.name.endswith("ing") or not _used_twice(text, cand.name, cand.start))
    ):
        return None
    v = _verb_after_re().match(text, cand.end, open_pos)
    if v is not None and v.group(1).lower() in _NOT_HEADS:
        return None  # ``A few days later, ...``: a span of time, not a subject and its verb
    if v is None or v.group(1) in _NOT_VERBS:
        # ``Clinton supports "..."``: a capitalized name read as ``Clinton supports``.
        words = cand.name.split()
        if cand.kind == "group" and len(words) >= 2 and words[-1].endswith("s"):
            k = cand.end - len(words[-1])
            name = subject_exact(text, cand.start, k)
            if name is not None and name.kind == "person":
                return Cue(name, k, cand.end, "subject")
        return None
    return Cue(cand, v.start(1), v.end(1), "subject")


def _colon_intro(text: str, st: Structure, para: int) -> Cue | None:
    """A paragraph that ends with a colon introduces the next one: ``Stone said:``."""
    if para <= 0:
        return None
    ps, pe = st.para_span(para - 1)
    end = ps + len(text[ps:pe].rstrip())
    if end <= ps or text[end - 1] != ":":
        return None
    ss = max(ps, st.sentence_start(end - 1), end - _MAX_WINDOW)
    cue = find_cue_before(text, ss, end, partial=False)
    if cue is None:
        cue = _sentence_subject(text, st, end)
        if cue is not None and cue.cand.kind == "pron" and cue.cand.name.lower() == "it":
            return None  # ``It gets better:`` introduces, but does not say, the quotation
    return cue


def _attach(
    text: str,
    st: Structure,
    quotes: list[_Q],
    cues_by_para: dict[int, list[tuple[int, Cue]]],
    reported: frozenset[int] = frozenset(),
) -> None:
    """Quotations without their own attribution: paragraph neighbours, then floating.

    *reported* holds the ids of indirect-speech cues: one inside the sentence of the
    quotation before (``"...," Trump assured Jones, after Jones assured him that ...``)
    does not take the next quotation from that quotation's speaker.
    """
    earlier_q: _Q | None = None
    for q in quotes:
        if q.cue is not None:
            earlier_q = q
            continue
        same = cues_by_para.get(q.para)
        if same:
            # ``same`` is sorted by position: bisect, not a scan of the whole paragraph.
            i = bisect.bisect_left(same, q.start, key=lambda x: x[0])
            q.cue = same[i - 1][1] if i else same[0][1]
            if (
                i
                and id(q.cue) in reported
                and earlier_q is not None
                and earlier_q.para == q.para
                and earlier_q.cue is not None
                and q.cue.cand.start < st.sentence_end(earlier_q.pair.close) <= q.pair.open
            ):
                q.cue = earlier_q.cue
            earlier_q = q
            continue
        ps = st.para_starts[q.para]
        if q.lead > ps and q.lead == q.pair.open:
            # ``The leader further related that ... . "I sensed ..."``: a quotation that
            # is a sentence of its own takes the subject of the sentence before it.
            ss = max(ps, st.sentence_start(q.lead - 1))
            subj = _sentence_subject(text, st, q.lead, ss) if q.lead - ss < _MAX_WINDOW else None
            if (
                subj is not None
                and subj.cand.kind in ("person", "pron", "group", "role")
                and subj.cand.name.lower() not in ("it", "i", "you")
            ):
                q.cue = subj
                cues_by_para.setdefault(q.para, []).append((q.start, subj))
                continue
        if q.lead == st.para_starts[q.para]:
            intro = _colon_intro(text, st, q.para)
            if intro is not None:
                q.cue = intro
                cues_by_para.setdefault(q.para, []).append((q.start, intro))
                continue
        earlier = cues_by_para.get(q.para - 1)
        if earlier and q.lead > st.para_starts[q.para]:
            earlier = None
        if earlier:
            q.cue = earlier[-1][1]
            if q.lead == st.para_starts[q.para]:
                # ``... Trump added. He then turned to the crowd.`` then a quotation
                # paragraph: the pronoun subject of the last sentence names the speaker.
                ps, pe = st.para_span(q.para - 1)
                ss = max(ps, st.sentence_start(max(ps, pe - 1)))
                if ss > max(q.cue.cue_end, q.cue.cand.end) and pe - ss < _MAX_WINDOW:
                    subj = _sentence_subject(text, st, pe, ss)
                    if (
                        subj is not None
                        and subj.cand.kind == "pron"
                        and (subj.cand.name.lower() in ("he", "she", "they"))
                    ):
                        q.cue = subj
            cues_by_para.setdefault(q.para, []).append((q.start, q.cue))
        elif q.lead == st.para_starts[q.para] and q.para > 0:
            # ``Valastro praised the governor.`` then a quotation paragraph: the
            # subject of the paragraph's last sentence is the likely speaker.
            ps, pe = st.para_span(q.para - 1)
            ss = max(ps, st.sentence_start(max(ps, pe - 1)))
            if pe - ss < _MAX_WINDOW and text.count('"', ps, pe) + text.count("“", ps, pe) == 0:
                subj = _sentence_subject(text, st, pe, ss)
                if (
                    subj is not None
                    and subj.cand.kind in ("person", "pron", "group", "role")
                    and subj.cand.name.lower() not in ("it", "i", "you")
                ):
                    q.cue = subj
                    cues_by_para.setdefault(q.para, []).append((q.start, subj))


# --------------------------------------------------------------------------- indirect speech


@functools.cache
def _that_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?:[^\S\n]*+\n?[^\S\n]*+(?:(?:on|last|this|earlier|late|in)\s++)?"
        r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|"
        r"week|month|year|night|morning|afternoon|evening|an?\s+(?:interview|statement)"
        r"(?:\s+with\s+[\p{Lu}][\w.’'&-]*+(?:\s+[\p{Lu}][\w.’'&-]*+){0,3})?"
        r"|a\s+(?:press\s+)?(?:conference|release|briefing|call))\b)*+"
        r"(?:\s++(?:on|in|during|at|to|with|after|before)\s[^,.;:\"“”\n]{1,50}?\s++(?=that\s))?"
        r",?\s*+(?:that\s++)?"
    )


#: Words before a verb form that make it a noun (``the charge``, ``some states``).
_NOUN_DETS = frozenset(V.NOUN_DETERMINERS)


_INVERTING = frozenset(V.INVERTING_VERBS)
#: Words that open a participle phrase after a closing verb (``said after meeting ...``).
_TAIL_PARTICIPLE_LEADS = ("after", "before", "while", "when")
#: First words of what may follow a closing verb (see :func:`_closing_tail`).
_TAIL_STARTS = frozenset(
    (*V.ATTRIBUTION_TAIL_PREPOSITIONS, *V.ATTRIBUTION_TAIL_TIMES, *_TAIL_PARTICIPLE_LEADS)
)


def _inverted_closing(text: str, ss: int, vs: int, ve: int, se: int) -> tuple[int, int, Cue] | None:
    """``<clause>, said <speaker>.``: the clause before the comma and its speaker."""
    q = ve
    while q < se and text[q].isspace():
        q += 1
    cand = speaker_after_verb(text, q, se)
    if cand is None or cand.kind not in ("person", "group", "role", "unnamed"):
        return None
    rest = text[cand.end : se].strip(" .,\t\r\n")
    if rest and not _closing_tail(rest):
        return None
    head = text[ss:vs].rstrip()
    return ss, ss + len(head) - 1, Cue(cand, vs, ve, "after")


def _closing_tail(rest: str) -> bool:
    """Whether *rest* may follow a closing ``..., the union said``: a short phrase of
    place, time or medium (``in a court filing``, ``on Tuesday``, ``after meeting the
    mayor``), never a clause of its own."""
    return (
        len(rest) < 90
        and rest.split(" ", 1)[0] in _TAIL_STARTS
        and _closing_tail_re().fullmatch(rest) is not None
    )


@functools.cache
def _closing_tail_re() -> regex.Pattern[str]:
    preps = "|".join(V.ATTRIBUTION_TAIL_PREPOSITIONS)
    times = "|".join(V.ATTRIBUTION_TAIL_TIMES)
    dets = "|".join(V.NOUN_DETERMINERS)
    leads = "|".join(_TAIL_PARTICIPLE_LEADS)
    return regex.compile(
        rf"(?:(?:{preps})\s++(?:(?:{dets})\s++)?[\w’'\-]++(?:\s++[\w’'\-]++)?"
        rf"|(?:{times})(?:\s++(?:morning|afternoon|evening|night))?"
        rf"|(?:{leads})\s++\p{{Ll}}{{1,20}}ing\b[^,;:]{{0,60}})"
    )


def _quantity_subject(text: str, lo: int, end: int) -> Cand | None:
    """A quantity that ends at *end* and speaks as a group: ``Each side``, ``Some``,
    ``22 percent``, ``four in 10``, ``most of them``."""
    m = _quantity_subject_re().search(text, max(lo, end - 80), end)
    if m is None:
        return None
    phrase = m.group().rstrip()
    return Cand(
        "group", m.start(), m.start() + len(phrase), " ".join(phrase.split()), None, None, True
    )


@functools.cache
def _quantity_subject_re() -> regex.Pattern[str]:
    # A quantity read as a group speaker, right before the verb: ``Each side``, ``Some``,
    # ``22 percent``, ``four in 10``, ``most of them``.
    words = "|".join(V.QUANTITY_SUBJECTS)
    each = "|".join(V.DISTRIBUTIVES)
    return regex.compile(
        rf"(?<![\w’'\-])(?:(?i:{each})\s++\p{{Ll}}++|(?:{words})(?:\s++of\s++(?:them|those|us))?"
        rf"|\d[\d.,]*+\s++percent(?:\s++of\s++\p{{Ll}}++)?"
        rf"|(?:\d++|one|two|three|four|five|six|seven|eight|nine)\s++in\s++(?:\d++|ten))"
        rf"(?:\s++who\s[^,.;:\"“”\n]{{1,60}})?+\s*+\Z"
    )


@functools.cache
def _relative_who_re() -> regex.Pattern[str]:
    return regex.compile(r"\s(?:who|whom)\s[^,.;:\"“”\n]{1,60}+\Z")


@functools.cache
def _participle_next_re() -> regex.Pattern[str]:
    return regex.compile(r"\s*+,\s*+\p{Ll}{1,20}ing\b")


@functools.cache
def _told_obj_re() -> regex.Pattern[str]:
    return regex.compile(
        rf"\s++{LISTENER}"
        # ``told a crowded hall in Baltimore that ...``: a longer object, up to ``that``
        r"(?:(?<=\w)[^,.;:\"“”\n]{0,70}?(?=\s++that\s))?+"
    )


_TITLE_NOUN_SET = frozenset(V.TITLE_NOUNS)
_SUBJECT_TAILS = frozenset(V.PRONOUNS) | frozenset(V.GROUP_NOUNS) | frozenset(V.TITLE_NOUNS)


def _subject_end_ok(text: str, start: int, end: int) -> bool:
    """Cheap test before the subject pattern: can a subject end just before *end*?"""
    e = end
    while e > start and text[e - 1].isspace():
        e -= 1
    if e <= start:
        return False
    last = text[e - 1]
    if last in ",)":
        return True
    k = e
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "-'’."):
        k -= 1
    word = text[k:e]
    if word.isdigit():
        # ``UAW Local 600 said``: a number after a capitalized name.
        prev = text[max(start, k - 16) : k].split()
        return bool(prev) and prev[-1][:1].isupper()
    return bool(word) and (
        word[0].isupper() or word.lower() in _SUBJECT_TAILS or word.endswith("s")
    )


def _has_marks(starts: list[int], a: int, b: int) -> bool:
    i = bisect.bisect_left(starts, a)
    return i < len(starts) and starts[i] < b


def _long_enough(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, trimmed, is long enough to be reported speech."""
    seg = text[a:b]
    b = a + len(seg.rstrip(" \t\r\n.!?;:,\"”’'"))
    a += len(seg) - len(seg.lstrip())
    return b - a >= 8 and len(_WORD.findall(text, a, min(b, a + 60))) >= 3


def _find_indirect(
    text: str, st: Structure, mark_spans: list[tuple[int, int]]
) -> list[tuple[int, int, Cue]]:
    """``X said (that) ...`` / ``..., X said.`` / ``according to X, ...`` without marks."""
    out: list[tuple[int, int, Cue]] = []
    starts = [s for s, _ in mark_spans]
    nspans = len(mark_spans)
    j = 0  # the first quotation that does not end before the verb (spans are in order)
    last_end = -1
    for v in indirect_verb_re().finditer(text):
        vs, ve = v.span()
        while j < nspans and mark_spans[j][1] <= vs:
            j += 1
        if vs < last_end or (j < nspans and mark_spans[j][0] <= vs):
            continue
        ss = st.sentence_start(vs)
        se = st.sentence_end(vs)
        if (
            j > 0
            and ss <= mark_spans[j - 1][1] <= vs
            and "," not in text[mark_spans[j - 1][1] : vs]
        ):
            # ``"...," Drescher told reporters Thursday outside ...``: the verb attributes
            # the quotation that just closed; what follows it is no reported clause.
            continue
        if se - ss > 1200 or _has_marks(starts, vs, se):
            # (A quotation earlier in the sentence is fine: ``"...," Clark said, noting
            # he would ...``; one after the verb makes the sentence a direct quotation.)
            continue
        word = v.group().lower()
        if word == "according to":
            q = ve
            while q < se and text[q].isspace():
                q += 1
            cand = speaker_forward(text, q, se)
            if cand is None:
                continue
            cue = Cue(cand, vs, ve, "according")
            head = text[ss:vs].rstrip()
            if not head.strip():
                # ``According to X, clause.``: the speaker ends at the first comma.
                comma = text.find(",", cand.start, se)
                if comma < 0:
                    continue
                second = text.find(",", comma + 1, min(se, comma + 120))
                if (
                    cand.end > comma
                    and cand.title
                    and second > 0
                    and se - second > 20
                    and cand.title in text[comma + 1 : second]
                ):
                    # ``According to Ana Ruiz, the union's president, members ...``: the
                    # appositive is the speaker's; the clause follows it.
                    e = second
                    while e > cand.start and text[e - 1].isspace():
                        e -= 1
                    cand = cand._replace(end=e)
                    cue = Cue(cand, vs, ve, "according")
                    comma = second
                elif cand.end > comma:
                    e = comma
                    while e > cand.start and text[e - 1].isspace():
                        e -= 1
                    # What followed the comma was the reported clause, not a title.
                    cand = cand._replace(end=e, title=None, org=None)
                    cue = Cue(cand, vs, ve, "according")
                a = comma + 1
                b = se
            elif head.endswith(",") and not _has_marks(starts, ss, vs):
                a, b = ss, ss + len(head) - 1
            else:
                continue
        else:
            if vs > 0 and text[max(0, vs - 3) : vs].rstrip().endswith("to"):
                continue
            prev_word = text[max(0, vs - 12) : vs].rstrip().rpartition(" ")[2].lower()
            if prev_word in _NOUN_DETS or prev_word in _QUANTITY_WORDS:
                continue  # ``the charge``, ``a recall``, ``some states``: a noun, not a verb

            if word in _INVERTING and text[ss:vs].rstrip().endswith(","):
                # ``The talks broke down, said Ana Ruiz, a union spokeswoman.``
                inv = _inverted_closing(text, ss, vs, ve, se)
                if inv is not None:
                    a, b, cue = inv
                    if not _has_marks(starts, ss, vs) and _long_enough(text, a, b):
                        out.append((a, b, cue))
                        last_end = se
                    continue
            lo = max(ss, vs - 200)
            se_ = strip_adverbs(text, lo, vs)
            before = text[max(ss, se_ - 4) : se_].strip()
            participle = word.endswith("ing") and (
                text[ss:vs].rstrip().endswith(",") or before == "by"
            )
            # ``The governor blasted Congress and said ...``: a second verb of the subject.
            coordinated = before == "and" and not word.endswith("ing")
            quantified: Cand | None = None
            if not (participle or coordinated or _subject_end_ok(text, lo, se_)):
                quantified = _quantity_subject(text, lo, se_)
                if (
                    quantified is None
                    and _relative_who_re().search(text, max(lo, se_ - 80), se_) is None
                ):
                    continue
            # ``The talks failed, the union said.``: the verb ends the sentence. Else the
            # words after it are the speech: check them before looking for the subject.
            rest = text[ve:se].rstrip().strip(" .!?\"”’'")
            # ``The talks failed, the union said in a statement.``: a short phrase of
            # place, time or medium may follow the closing verb.
            final = not rest or _closing_tail(rest)
            if final and _has_marks(starts, ss, vs):
                continue  # ``"...," she said.``: the clause before is a quotation
            if (
                not final
                and text[ve : ve + 3].lstrip().startswith(",")
                and _participle_next_re().match(text, ve, se) is not None
            ):
                continue  # ``Clark said, noting he ...``: the participle reports the clause
            if not final:
                q = ve
                if word in _TAKES_LISTENER:
                    ob = _told_obj_re().match(text, q, se)
                    tell = word in _TELL_FORMS
                    if ob is None and tell:
                        continue  # ``told`` always names its listener
                    if ob is not None and (tell or text.startswith(" that ", ob.end())):
                        # (``warned members that ...``; but in ``warned the union would
                        # strike`` the union is the clause's subject)
                        q = ob.end()
                th = _that_re().match(text, q, se)
                if th is not None:
                    q = th.end()
                if q >= se or not text[q].isalpha() or not _long_enough(text, q, se):
                    continue
                if _clause_start_re().match(text, q, se) is not None:
                    # ``responded to problems``, ``confirmed by the Senate``: a preposition
                    # that takes an object opens no reported clause.
                    continue
            if (participle or coordinated) and not final:
                # ``Ruiz questioned the offer, saying the plan ...`` / ``... by saying
                # that ...``: a participle reports the words of its sentence's subject.
                subj = _sentence_subject(text, st, vs, ss)
                if subj is None and participle:
                    subj = find_cue_before(text, ss, vs, partial=True)
                if subj is None or subj.cand.kind not in ("person", "pron", "group", "role"):
                    continue
                cand = subj.cand
                head = ""
            else:
                found = quantified or subject_before(text, lo, se_)
                if found is None and not final:
                    found = _quantity_subject(text, lo, se_)
                if found is None or (final and found is quantified):
                    continue
                cand = found
                head = text[ss : cand.start].rstrip()
            cue = Cue(cand, vs, ve, "before")
            if final:
                if not head.endswith(",") or _has_marks(starts, ss, vs):
                    continue
                a, b = ss, ss + len(head) - 1
            else:
                if head and not head.endswith((",", ":", ";")) and len(head) > 60:
                    continue
                a, b = q, se
        seg = text[a:b]
        b = a + len(seg.rstrip(" \t\r\n.!?;:,\"”’'"))
        a += len(seg) - len(seg.lstrip())
        dl = _dateline_lead_re().match(text, a, b)
        if dl is not None:
            a = dl.end()  # ``DETROIT, March 3 - Workers walked out, the union said.``
        if b - a < 8 or len(_WORD.findall(text, a, min(b, a + 60))) < 3:
            continue
        out.append((a, b, cue))
        last_end = se
    return out


# --------------------------------------------------------------------------- resolution


#: How many of the people named last a role reference (``the senator``) looks at.
_ROLE_LOOKBACK = 100


_NAME_TOKEN = r"(?:\p{Lu}[\p{L}'’\-]++|\p{Lu}\.)"


@functools.cache
def _titled_re(noun: str) -> regex.Pattern[str]:
    name = rf"{_NAME_TOKEN}(?:[^\S\n]++{_NAME_TOKEN}){{1,3}}+"
    return regex.compile(
        rf"(?<![\w-])(?i:{noun})[^\S\n]++(?P<a>{name})"
        rf"|(?P<b>{name}),[^\S\n]++(?:the|a|an)?[^\S\n]*+[\w'’\- ]{{0,40}}?"
        rf"(?<![\w-])(?i:{noun})(?![\w-])"
    )


class _Resolver:
    """Turns speaker candidates into speakers, in text order."""

    def __init__(self, text: str, st: Structure | None = None) -> None:
        self.text = text
        self.st = st
        self.people: dict[str, Speaker] = {}
        self.by_token: dict[str, Speaker] = {}
        self.last_person: Speaker | None = None
        self.last_group: Speaker | None = None
        self.last_any: Speaker | None = None
        self.cache: dict[tuple[int, int, str], Speaker] = {}
        #: person speakers in the order they spoke (most recent last), and their
        #: gender (``m`` / ``f``) when a first name, honorific or title tells it.
        self.persons: list[Speaker] = []
        #: where each person was named (read for gender only when a pronoun needs it),
        #: and the gender found (``""``: none found in the mentions so far).
        self.mentions: dict[str, list[tuple[int, int, str | None]]] = {}
        self.gender: dict[str, str] = {}
        #: per title noun: scanned up to, the last name written with it, and where.
        self.titled: dict[str, tuple[int, str | None, int]] = {}
        #: starts of sentences already found to have no person as their subject.
        self.no_subject: set[int] = set()

    def _known(self, name: str) -> str | None:
        g = self.gender.get(name)
        if g is not None:
            return g or None
        words = name.split()
        g = _FIRST_GENDER.get(words[0]) if len(words) >= 2 else None
        if g is None:
            for start, end, title in self.mentions.get(name, ()):
                written = self.text[start:end]
                if title:
                    written = f"{written} {title}"
                for m in _GENDER_WORD.finditer(written):
                    low = m.group().lower()
                    g = _WORD_GENDER.get(low) or _WORD_GENDER.get(low.rstrip("."))
                    if g is not None:
                        break
                if g is not None:
                    break
        self.gender[name] = g or ""
        return g

    def _compatible(self, name: str, want: str | None) -> bool:
        if want is None:
            return True
        g = self._known(name)
        return g is None or g == want

    def _register(self, sp: Speaker) -> None:
        self.people[sp.name] = sp
        words = sp.name.split()
        if "and" in words or "&" in words:
            return  # ``Donald Trump and Ted Cruz``: ``Cruz`` alone is not both of them
        if len(words) >= 2:
            self.by_token[words[-1]] = sp
            if words[-1].rstrip(".") in ("Jr", "Sr", "II", "III", "IV") and len(words) >= 3:
                self.by_token[words[-2].rstrip(",")] = sp
            self.by_token.setdefault(words[0], sp)

    def _name_before(self, pos: int, want: str | None = None) -> str | None:
        """The last ``First Last`` name written in the 1,500 characters before *pos*
        (of gender *want* or of unknown gender, when *want* is given)."""
        found = None
        for m in _full_name_re().finditer(self.text, max(0, pos - 1500), pos):
            words = m.group().split()
            if words[0] in _STOPWORDS or words[0] in _HONORIFIC_SET or words[0] in _NOT_FIRST:
                continue
            if any(w in _ORG_WORDS or w in _NOT_NAME_WORDS for w in words):
                continue
            if _is_place(m.group()) or _in_headline(self.text, m.start()):
                continue
            name = " ".join(words)
            if self._compatible(name, want):
                found = name
        return found

    def _previous_subject(self, pos: int, want: str | None) -> Speaker | None:
        """The person named as the subject of the sentence before the one at *pos*."""
        st, text = self.st, self.text
        if st is None:
            return None
        ss = st.sentence_start(pos)
        if ss <= 0 or st.paragraph(ss) - st.paragraph(ss - 1) > 1:
            return None
        ps = st.sentence_start(ss - 1)
        if ps >= ss or text[ps] in _OPENING_MARKS or not text[ps].isupper():
            return None
        first = text[ps : ps + 16].split(" ", 1)[0]
        if first in _STOPWORDS or first.lower() in _SUBORDINATORS:
            # ``The union ...``, ``He ...``; ``After Beck asked ..., D'Souza replied``:
            # no person's name, or not the main clause's subject.
            return None
        if ps in self.no_subject:
            return None
        last = self.last_person
        token = first.rstrip(",.").removesuffix("’s").removesuffix("'s")
        if last is not None and token in last.name.split():
            return last  # the last speaker opens the sentence: no need to parse it
        cand = speaker_forward(text, ps, min(ss, ps + _MAX_WINDOW))
        if cand is None or not self._person_subject(cand, ss):
            self.no_subject.add(ps)
            return None
        if not self._compatible(cand.name, want):
            return None
        if last is not None and last.name == cand.name:
            return last
        sp = self.people.get(cand.name) or Speaker(
            name=cand.name, title=cand.title, organization=cand.org
        )
        self._register(sp)
        self._mentioned(sp, cand)
        return sp if self._compatible(sp.name, want) else None

    def _person_subject(self, cand: Cand, end: int) -> bool:
        """Whether *cand* is surely a person's name (a known first name, a title, or a
        name met before; not ``New Hampshire``) followed by its verb before *end*."""
        if cand.kind != "person" or " " not in cand.name:
            return False
        first = cand.name.split(" ", 1)[0]
        if not (first in _FIRST_GENDER or cand.title or cand.name in self.people):
            return False
        v = _verb_after_re().match(self.text, cand.end, end)
        return v is not None and v.group(1) not in _NOT_VERBS

    def _mentioned(self, sp: Speaker, cand: Cand) -> None:
        """Note where *sp* was named: a new mention may tell the gender."""
        self.mentions.setdefault(sp.name, []).append((cand.start, cand.end, sp.title))
        if self.gender.get(sp.name) == "":
            del self.gender[sp.name]

    def _titled_name_before(self, noun: str, pos: int) -> str | None:
        """The last name written with the title *noun* in the 3,000 characters before
        *pos*: ``president Ana Ruiz`` or ``Ana Ruiz, the union's president``."""
        if not noun.isalpha():
            return None
        # References are resolved in text order: scan each stretch once per noun.
        done, found, at = self.titled.get(noun, (0, None, -1))
        for m in _titled_re(noun).finditer(self.text, max(done, pos - 3000), pos):
            name = m.group("a") or m.group("b")
            words = name.split()
            if words[0] in _STOPWORDS or words[0] in _HONORIFIC_SET:
                continue
            if any(w in _ORG_WORDS for w in words):
                continue
            found, at = " ".join(words), m.start()
        self.titled[noun] = (max(done, pos), found, at)
        return found if found is not None and at >= pos - 3000 else None

    def _full_name_before(self, token: str, pos: int) -> str | None:
        """The first ``First [M.] Token`` written before *pos* (``Jeff Tores`` for ``Tores``)."""
        text = self.text
        lo = max(0, pos - 20000)
        i = text.find(token, lo, pos)
        tries = 0
        while i >= 0 and tries < 50:
            tries += 1
            after = i + len(token)
            if (after >= len(text) or not text[after].isalnum()) and i >= 2 and text[i - 1] == " ":
                m = _first_name_re().search(text, max(0, i - 40), i)
                if m is not None:
                    first = m.group(1)
                    if (
                        first not in _STOPWORDS
                        and first not in _HONORIFIC_SET
                        and first not in _NOT_FIRST
                        and not _in_headline(text, i)
                    ):
                        return " ".join((m.group(0) + token).split())
            i = text.find(token, i + 1, pos)
        return None

    def resolve(self, cand: Cand) -> Speaker:
        key = (cand.start, cand.end, cand.kind)
        hit = self.cache.get(key)
        if hit is not None:
            return hit
        sp = self._resolve(cand)
        self.cache[key] = sp
        self.last_any = sp
        if sp.is_group:
            self.last_group = sp
        else:
            self.last_person = sp
            if cand.kind != "pron":
                self._mentioned(sp, cand)
            self.persons.append(sp)
        return sp

    def _resolve(self, cand: Cand) -> Speaker:
        if cand.kind == "pron":
            low = cand.name.lower()
            want = V.PRONOUNS.get(low)
            want = want if want in ("m", "f") else None
            if low in ("he", "she"):
                # ``Hollande condemned the attack. He announced ...``: the person who is
                # the subject of the sentence before is the likely antecedent.
                centred = self._previous_subject(cand.start, want)
                if centred is not None:
                    return centred
            if low in _PERSONAL and self.last_person is not None:
                # ``he`` / ``she``: the most recent speaker of that gender (or unknown).
                if want is None or self._compatible(self.last_person.name, want):
                    return self.last_person
                # The last speaker is of the other gender: the most recent one known
                # to be of this gender, else the last such name written before.
                for sp in reversed(self.persons[-12:]):
                    if self._known(sp.name) == want:
                        return sp
                named = self._name_before(cand.start, want)
                if named is not None and self._known(named) == want:
                    sp = self.people.get(named) or Speaker(name=named)
                    self._register(sp)
                    return sp
                # None known to be of this gender: a recent person of unknown gender
                # can still be meant; one known to be of the other gender cannot.
                for sp in reversed(self.persons[-12:]):
                    if self._known(sp.name) is None:
                        return sp
                if named is not None:
                    sp = self.people.get(named) or Speaker(name=named)
                    self._register(sp)
                    return sp
                return self.last_person
            if low not in _PERSONAL and self.last_any is not None:
                return self.last_any
            if low in _PERSONAL:
                # Nobody has spoken yet: the last person named before the pronoun.
                named = self._name_before(cand.start, want)
                if named is not None:
                    sp = self.people.get(named) or Speaker(name=named)
                    self._register(sp)
                    return sp
            return Speaker(name=cand.name)
        if cand.kind == "role":
            noun = cand.name.split()[-1].lower()
            # The most recent people only: the cost per reference stays bounded.
            for sp in itertools.islice(reversed(self.people.values()), _ROLE_LOOKBACK):
                if sp.title and noun in sp.title.lower():
                    return sp
            # ``Union president Ana Ruiz ...`` / ``Ana Ruiz, the local's president,``
            # written earlier, though she has not spoken yet.
            named = self._titled_name_before(noun, cand.start)
            if named is not None:
                sp = self.people.get(named) or Speaker(name=named, title=noun)
                self._register(sp)
                return sp
            if noun in _TITLE_NOUN_SET:
                # ``Marco Rubio is launching ... The Florida senator is telling ...``: the
                # person who is the subject of the sentence before, else the last speaker.
                centred = self._previous_subject(cand.start, None)
                if centred is not None:
                    return centred
                if self.last_person is not None:
                    return self.last_person
            return Speaker(name=cand.name, title=noun if noun in _TITLE_NOUN_SET else None)
        if cand.kind in ("group", "unnamed"):
            return Speaker(
                name=cand.name,
                title=cand.title,
                organization=cand.org,
                is_group=cand.is_group,
            )
        words = cand.name.split()
        if len(words) == 1:
            known = self.by_token.get(words[0])
            if known is None:
                full = self._full_name_before(words[0], cand.start)
                if full is not None:
                    known = self.people.get(full) or Speaker(name=full)
                    self._register(known)
            if known is not None:
                if cand.title or cand.org:
                    known = Speaker(
                        name=known.name,
                        title=known.title or cand.title,
                        organization=known.organization or cand.org,
                    )
                return known
            sp = Speaker(name=cand.name, title=cand.title, organization=cand.org)
            self.by_token[words[0]] = sp
            return sp
        prior = self.people.get(cand.name)
        sp = Speaker(
            name=cand.name,
            title=cand.title or (prior.title if prior else None),
            organization=cand.org or (prior.organization if prior else None),
        )
        self._register(sp)
        return sp


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
    w0 = max(0, lo - 100)
    k = max(text.rfind(c, w0, lo) for c in '.\n"”“')
    lo = k + 1 if k >= 0 else max(0, lo - 100)
    end = min(len(text), hi + 60)
    floor = 0
    if content is not None:
        # The reported words' own times are not the speech's: ``The talks failed on
        # Monday, the union said Tuesday.`` / ``She said Tuesday the talks failed Monday.``
        if content[1] <= min(cue.cand.start, cue.cue_start):
            floor = content[1]
            lo = max(lo, floor)
        elif hi <= content[0] < end:
            end = content[0]
    return Attribution(
        speaker=speaker,
        source_span=Span(start=cue.cand.start, end=cue.cand.end),
        cue=text[cue.cue_start : cue.cue_end],
        cue_span=Span(start=cue.cue_start, end=cue.cue_end),
        date=speech_date(text, lo, end, reference, floor=floor),
    )


#: The quotation marks analysed in a burst, and then one pair per this many characters:
#: far above any prose (PolNeAR averages one quotation per 650 characters), so only text
#: that is little but quotation marks (``"X said: "`` over and over) loses pairs, and the
#: time per character stays bounded. A pair over the budget is not a quotation.
_PAIR_BURST = 48
_PAIR_CHARS = 200


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


# --------------------------------------------------------------------------- public


def find_quotes(
    text: str, reference: dt.date | None, warnings: list[str] | None = None
) -> list[Quote]:
    """Return every quotation in *text*, ordered by position, with attributions.

    Work a safety budget leaves out is reported in *warnings*.
    """
    if not text:
        return []
    st = Structure(text)
    pairs = pair_marks(text, st)
    quotes: list[_Q] = []
    dropped: list[tuple[MarkPair, int]] = []
    prev_open = prev_close = -1
    prev_para = -1
    for pair in _within_budget(pairs, warnings):
        para = st.paragraph(pair.open)
        ws = max(st.sentence_start(pair.open), pair.open - _MAX_WINDOW)
        if para == prev_para and prev_close > ws:
            ws = prev_close
        ws = min(ws, pair.open)
        kind = _classify(text, pair, ws)
        if kind is None:
            if not pair.unclosed:
                dropped.append((pair, para))
            continue
        q = _Q(pair, para, kind, ws)
        ss = st.sentence_start(pair.open)
        if para == prev_para and prev_open < ss < prev_close:
            ss = prev_open  # the sentence began inside the previous quotation
        q.sent = ss
        prev_open, prev_close, prev_para = pair.open, pair.close, para
        quotes.append(q)

    cues_by_para: dict[int, list[tuple[int, Cue]]] = {}
    for q in quotes:
        q.cue = _find_local(text, st, q)
        if (q.cue is None or q.cue.how == "subject") and q.lead < q.pair.open:
            # A person's words named right at the quotation beat the sentence's subject.
            owned = None
            if not q.pair.unclosed:
                owned = _possessive_before_mark(text, q.lead, q.pair.open, q.pair.close)
            if owned is None and q.cue is None:
                owned = _possessive_speech(text, q.lead, q.pair.open)
            q.cue = owned or q.cue
    # A fragment read with its sentence's subject yields to a quotation later in the
    # same sentence that its speaker closes: ``Guns are "a crisis" and "X," Dean said.``
    for q, nxt in itertools.pairwise(quotes):
        if (
            q.kind is QuoteKind.PARTIAL
            and nxt.sent == q.sent
            and nxt.cue is not None
            and nxt.cue.how == "after"
            and (q.cue is None or q.cue.how == "subject")
        ):
            q.cue = nxt.cue
    for q in quotes:
        if q.cue is not None:
            cues_by_para.setdefault(q.para, []).append((q.start, q.cue))
    for pair, para in dropped:
        # A scare-quoted word is not a quotation, but ``a "change agent," Cole said``
        # still names the paragraph's speaker.
        we = min(st.sentence_end(pair.close), st.para_ends[para], pair.close + _MAX_WINDOW)
        if we > pair.close:
            cue = find_cue_after(text, pair.close, we)
            if cue is not None and cue.cue_start - pair.close <= 40:
                cues_by_para.setdefault(para, []).append((pair.start, cue))

    # Scare quotes, titles and nicknames (pairs not kept as quotations) may sit inside a
    # reported clause: ``he would be "shocked" if ...``.
    not_quotes = {pair.open for pair, _para in dropped}
    mark_spans = [(p.open, p.close) for p in pairs if p.open not in not_quotes]
    # Reported speech needs a speaker: never a phrase that cannot be one (``What's more``).
    indirect = [x for x in _find_indirect(text, st, mark_spans) if not _not_a_speaker(x[2].cand)]
    for a, _b, cue in indirect:
        cues_by_para.setdefault(st.paragraph(a), []).append((a, cue))
    for lst in cues_by_para.values():
        lst.sort(key=lambda x: x[0])
    _attach(text, st, quotes, cues_by_para, frozenset(id(cue) for *_, cue in indirect))

    items: list[tuple[int, int, QuoteKind, Cue | None]] = [
        (q.start, q.end, q.kind, q.cue) for q in quotes
    ]
    items.extend((a, b, QuoteKind.INDIRECT, cue) for a, b, cue in indirect)
    items.sort(key=lambda x: (x[0], x[1]))

    resolver = _Resolver(text, st)
    # Resolve in the order the speakers are written, so earlier names are known.
    cues = sorted(
        {id(c): c for *_, c in items if c is not None}.values(),
        key=lambda c: (c.cand.start, c.cand.end),
    )
    speakers = {id(c): resolver.resolve(c.cand) for c in cues}

    out: list[Quote] = []
    last_end = -1
    for a, b, kind, found in items:
        if a < last_end:
            continue
        att = None
        if found is not None:
            att = _attribution(
                text,
                found,
                speakers[id(found)],
                reference,
                (a, b) if kind is QuoteKind.INDIRECT else None,
            )
        out.append(Quote(text=text[a:b], span=Span(start=a, end=b), kind=kind, attribution=att))
        last_end = b
    return out


def find_attribution(text: str) -> Attribution | None:
    """Parse an attribution phrase such as ``said Jane Doe, president of Local 7``."""
    if not text or not text.strip():
        return None
    cue = parse_standalone(text)
    if cue is None:
        return None
    speaker = _Resolver(text).resolve(cue.cand)
    return _attribution(text, cue, speaker, None)
