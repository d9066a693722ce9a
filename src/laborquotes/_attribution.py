"""Cue finders: the reporting verb (or mark) that ties a quotation to its speaker.

Each finder reads a short window next to a quotation and returns a :class:`Cue`: the
speaker phrase (a :class:`~laborquotes._speakers.Cand`), where the cue stands, and
:class:`How` it was found.

* :func:`find_cue_after`: after the quotation (``, said Ana Ruiz`` / ``, Ruiz said`` /
  ``— the union`` / ``, according to Ruiz``).
* :func:`find_cue_before`: before it (``Ruiz said:`` / ``Ruiz told reporters,`` /
  ``..., saying`` / ``as Ruiz put it,`` / ``Ruiz:`` / ``according to Ruiz,``).
* :func:`participle_subject`: the subject of the clause a participle hangs from.
* :func:`parse_standalone`: an attribution phrase on its own.
"""

from __future__ import annotations

import enum
import re
from typing import NamedTuple

from . import _vocab as V
from ._frames import COLON_SPEECH_NOUNS, REFUSAL_WORDS, frame_forms
from ._patterns import alternation, lazy, lazy_stdlib, trie_alternation
from ._speakers import (
    Cand,
    Kind,
    gender_fits,
    relative_subject,
    speaker_after_verb,
    speaker_forward,
    subject_before,
    subject_exact,
)

__all__ = [
    "LISTENER",
    "Cand",
    "Cue",
    "How",
    "find_cue_after",
    "find_cue_before",
    "indirect_verb_re",
    "noun_like",
    "parse_standalone",
    "participle_subject",
    "past_document",
    "plain_form",
    "speaker_after_verb",
    "speaker_forward",
    "strip_adverbs",
    "strip_adverbs_forward",
    "subject_before",
    "subject_exact",
    "verb_re",
]


class How(str, enum.Enum):
    """Where a cue stands. A ``str``, so it compares equal to its value."""

    AFTER = "after"  # ``"...," said Ana Ruiz.``
    BEFORE = "before"  # ``Ana Ruiz said: "..."``
    DASH = "dash"  # ``"..." — Ana Ruiz``
    ACCORDING = "according"  # ``according to Ana Ruiz``
    COLON = "colon"  # ``Ana Ruiz: "..."``
    SUBJECT = "subject"  # the quotation is the subject's (``Ruiz called it "..."``)
    TRANSCRIPT = "transcript"  # a transcript's turn (``RUIZ: ...``, ``A: ...``)


class Cue(NamedTuple):
    """A speaker and the reporting verb that links it to a quotation."""

    cand: Cand
    cue_start: int
    cue_end: int
    #: A :class:`How` (code outside this module may still pass its string value).
    how: How | str


# --------------------------------------------------------------------------- windows

#: How far back the clause before a quotation is read, in characters.
BEFORE_WINDOW = 400
#: A participle (``..., saying``) at most this far before the quotation introduces it.
PARTICIPLE_REACH = 25
#: After a full quotation's verb, at most this much text before the mark.
MAX_TAIL_AFTER_VERB = 90
#: An inverted verb (``said Ana Ruiz``) at most this far before the mark.
MAX_INVERTED_TAIL = 120
#: How far after a quotation its attribution clause is read.
AFTER_WINDOW = 230
#: Only the first few verbs after a quotation can close its attribution clause.
MAX_AFTER_VERBS = 3
#: A verb further than this after the quotation ends the search.
MAX_AFTER_SUBJECT = 180
#: ``"...," Ana Ruiz, <appositive>, said``: the first comma within this reach ...
APPOSITIVE_COMMA_REACH = 60
#: ... and the appositive shorter than this.
MAX_APPOSITIVE = 120
#: How far back ``with`` is looked for before a participle.
WITH_REACH = 120
#: How far back ``as Ana Ruiz put it`` is looked for.
AS_PUT_IT_REACH = 150
#: How far back ``is quoted as`` is looked for.
QUOTED_AS_REACH = 40
#: How far back a lone name before a colon is looked for.
COLON_NAME_REACH = 80
#: How far back the clause a participle hangs from is read.
PARTICIPLE_CLAUSE_WINDOW = 250

ACCORDING_TO = V.ACCORDING_TO
_ACCORDING_CAP = ACCORDING_TO[:1].upper() + ACCORDING_TO[1:]

_INVERTING = frozenset(V.INVERTING_VERBS)
_LEMMAS = frozenset(V.REPORTING_VERBS)
#: ``say officials``: the base forms that invert in the plural.
_SAY = frozenset(("say", "tell"))
#: Verbs that take an object, so ``told reporters`` is not ``said Jane``.
_NO_INVERSION = frozenset(f for f in V.verb_forms(V.OBJECT_VERBS) if f not in ("asked", "asks"))
#: What may follow a group named after a dash for it to sign the quotation.
_DASH_SIGN_ENDS = frozenset(",.;:)")
_DASHES = "-—–"
_WEEKDAYS = frozenset(V.WEEKDAYS)
_BEFORE_VERB_SKIPS = frozenset(V.BEFORE_VERB_SKIPS)
_NOUN_BEFORE = frozenset(V.NOUN_LEADS)
_CLAUSE_OPENERS = frozenset(V.CLAUSE_OPENERS)
_MANNER = frozenset(V.MANNER_CUES)
_ADVERBS = frozenset(w.lower() for w in V.ADVERBS)
_PERSONS = (Kind.PERSON, Kind.PRON, Kind.GROUP, Kind.ROLE)


# --------------------------------------------------------------------------- patterns


@lazy_stdlib
def verb_re() -> str:
    """Any form of a reporting verb, as a whole word (with ``re`` and tries: it is
    searched in the windows around every quotation)."""
    forms = set(V.verb_forms())
    forms |= {f[:1].upper() + f[1:] for f in V.INVERTING_VERBS if not f.endswith("s")}
    # A phrasal verb reports speech only when its particle ends the clause (``she went
    # on, "..."``, ``she pointed out that``), not in ``the Senate goes on recess``.
    phrasal = rf"{trie_alternation(V.phrasal_forms())} (?= \s* [,.:;!?—–] | \s+ that \b )"
    return rf"(?<![\w\-’']) (?: {phrasal} | {trie_alternation(forms)} ) (?![\w\-’'])"


@lazy_stdlib
def indirect_verb_re() -> str:
    """Forms of the verbs that introduce indirect speech (the verbs of
    :data:`~laborquotes._frames.REPORTING_FRAMES`), plus ``according to`` (with ``re``:
    it scans whole articles once, one trie for every verb)."""
    verbs = trie_alternation((*frame_forms(), ACCORDING_TO), capitalized=True)
    return rf"(?<![\w\-’']) {verbs} (?![\w\-’'])"


#: A listener after ``told`` / ``assured``: a name, ``reporters``, ``him``, ``the crowd``,
#: a radio call sign (``3AW``, ``2GB``).
#: Written without layout: code that compiles without ``VERBOSE`` embeds it too.
#: (``her brother``, before ``her``: a possessive and a noun is one listener; not ``her
#: he`` or ``her the``)
LISTENER = (
    r"(?:(?:the\s++)?(?:\p{Lu}|\d\p{Lu}{2})[\w.’'&\-]*+(?:\s++\p{Lu}[\w.’'&\-]*+){0,4}"
    rf"|{alternation(V.POSSESSIVE_PRONOUNS)}\s++"
    rf"(?!(?:{alternation((*V.FUNCTION_WORDS, 'a', 'an', 'the'))})(?![\w\-’']))\p{{Ll}}[\w\-]*+"
    rf"|{alternation(V.LISTENER_WORDS)}|{alternation(V.NOUN_DETERMINERS)}\s++\w++)"
)


@lazy
def _told_gap_re() -> str:
    # ``Ruiz told reporters that he ...``: the listener between the verb and the clause;
    # ``The firm said in a statement that it ...``, ``said on Monday``: a medium or a day.
    when = rf"(?: {alternation(V.TIME_LEADS)} \s++ )? {alternation(V.TIME_WORDS)}"
    medium = rf"in \s++ an? \s++ {alternation(V.STATEMENT_NOUNS)}"
    return rf"(?: {LISTENER} | {when} | {medium} ) (?: \s++ that )?"


@lazy
def _lead_re() -> str:
    return r"[\s,]*+ (?P<dash> (?: — | – | --? ) \s*+ )? (?P<as> as \s++ (?=\S) )?"


@lazy
def _skip_after_verb_re() -> str:
    s1 = r"(?: [^\S\n]++ \n? [^\S\n]*+ | \n [^\S\n]*+ )"
    words = alternation((*V.WEEKDAYS, *V.AFTER_VERB_ADVERBS))
    return rf"(?: {s1} (?: on {s1} )? {words} (?!\w) )*+ {s1}"


@lazy
def _last_name_re() -> str:
    return r"""
        (?<![\w’'\-]) \p{Lu}\p{Ll}++ (?: \s \p{Lu}\. )? (?: \s \p{Lu} [\p{Ll}’'\-]++ ){0,2}
        (?= [^\p{Lu}]*+ \Z )
    """


@lazy
def _cap_verb_re() -> str:
    return r"\p{Lu}\p{Ll}++ (?=\s)"


@lazy
def _quoted_as_re() -> str:
    aux = alternation(V.QUOTED_AS_AUX)
    adverb = alternation(V.QUOTED_AS_ADVERBS)
    return rf"(?<![\w-]) {aux} (?: \s++ {adverb} )? \s++ quoted \s++ $"


@lazy
def _any_verb_re() -> str:
    return r"\p{Ll} [\p{Ll}\-]{1,20} (?: ed | es | s ) (?![\w\-’'])"


@lazy
def _clause_subject_re() -> str:
    advs = alternation(V.ADVERBS, capitalized=True)
    irregular = alternation(V.COMMON_IRREGULAR_PASTS)
    return rf"""
        (?: (?<=^) | (?<=[\s,(—]) )
        (?P<s> {alternation(V.CLAUSE_PRONOUNS, capitalized=True)}
          | \p{{Lu}}\p{{Ll}} [\p{{L}}’'\-]*+ (?: [ ] \p{{Lu}}\. )?
            (?: [ ] \p{{Lu}}\p{{Ll}} [\p{{L}}’'\-]*+ ){{0,2}}
        )
        (?: \s++ (?: {advs} | \p{{Ll}}{{3,}}+ (?<= ly ) ) )*+
        \s++ (?P<v> \p{{Ll}}{{3,}}+ (?<= \p{{Ll}}{{2}} (?: ed | es | s ) ) | {irregular} )
        (?![\w’'\-])
    """


# --------------------------------------------------------------------------- words around a verb


@lazy
def _markup_gap_re() -> str:
    # Scraped copy between a verb and its speaker: ``&nbsp;``, an inline opening tag
    # (``<a href="/r">``, ``<strong>``), each in a bounded window, a few at most.
    tags = alternation(V.INLINE_TAGS)
    tag = rf"< (?i: {tags} ) (?![\w-]) [^<>]{{0,{_TAG_CHARS}}}+ >"
    return rf"(?: (?i: &nbsp; | &\#160; ) | {tag} | \s++ ){{1,{_MARKUP_STEPS}}}+"


#: Longest inline tag skipped, and how many tags, entities or spaces in a row.
_TAG_CHARS = 300
_MARKUP_STEPS = 6


def _skip_space(text: str, q: int, end: int) -> int:
    """Skip whitespace after *q*; in scraped copy also ``&nbsp;`` and inline opening
    tags (``said <a href="/r">Ana Ruiz</a>``: the speaker starts at ``Ana``)."""
    while q < end and text[q].isspace():
        q += 1
    if q < end and (text[q] == "<" or text[q] == "&"):
        m = _markup_gap_re().match(text, q, end)
        if m is not None:
            q = m.end()
            while q > 0 and text[q - 1].isspace():
                q -= 1
            return _skip_space_plain(text, q, end)
    return q


def _skip_space_plain(text: str, q: int, end: int) -> int:
    while q < end and text[q].isspace():
        q += 1
    return q


def strip_adverbs(text: str, start: int, end: int) -> int:
    """The end of a subject before a verb at *end*, skipping ``also``, ``later``, ``-ly``,
    ``on Tuesday`` and ``went on to``."""
    while True:
        e = end
        while e > start and text[e - 1].isspace():
            e -= 1
        k = e
        while k > start and (text[k - 1].isalpha() or text[k - 1] == "-"):
            k -= 1
        word = text[k:e]
        spaced = k > start and text[k - 1].isspace()
        if (word in _WEEKDAYS or word in _BEFORE_VERB_SKIPS) and spaced:
            prev = _word_before(text, k - 1)[0] if word == "to" else ""
            if prev and prev not in _BEFORE_VERB_SKIPS and not prev[0].isupper():
                # (``The movement plans to protest``; but ``went on to say``, ``leading
                # Ana Ruiz to counter``)
                return end
            end = k
            continue
        if word == "as" and spaced:
            # ``Ruiz is quoted as saying``
            m = _quoted_as_re().search(text, max(start, k - QUOTED_AS_REACH), k)
            if m is not None:
                end = m.start()
                continue
        if k == e or not word.islower() or not (word in _ADVERBS or word.endswith("ly")):
            return end
        if k > start and not text[k - 1].isspace():
            return end
        end = k


def strip_adverbs_forward(text: str, pos: int, end: int) -> int:
    """Skip whitespace and adverbs (``also``, ``-ly``) after *pos*."""
    while True:
        q = _skip_space(text, pos, end)
        k = q
        while k < end and text[k].isalpha():
            k += 1
        word = text[q:k]
        if word and (word in _ADVERBS or (word.endswith("ly") and word.islower())):
            pos = k
            continue
        return q


def _word_before(text: str, pos: int) -> tuple[str, int]:
    e = pos
    while e > 0 and text[e - 1] == " ":
        e -= 1
    k = e
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    return text[k:e], k


def _title_then_name(text: str, pos: int) -> bool:
    """Whether a lower-case title noun and then a capitalized word follow *pos*
    (`` secretary Zach Smyth``)."""
    m = _title_name_re().match(text, pos, min(len(text), pos + _TITLE_NAME_REACH))
    return m is not None and m.group(1) in _TITLE_NOUNS


#: How far the title noun and the name after a verb form are read.
_TITLE_NAME_REACH = 40
_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)
_title_name_re = lazy_stdlib(lambda: r"[ ]([a-z]+)[ ]+[A-Z]")


def noun_like(text: str, vs: int, word: str) -> bool:
    """``the mayor's comments`` / ``a snappy retort`` / ``CFMEU state secretary Zach
    Smyth``: a verb form that is a noun here."""
    low = word.lower()
    if low in _LEMMAS and low not in _SAY and _title_then_name(text, vs + len(word)):
        return True  # a base form before a title and a name: part of the title
    if low in _ADJECTIVE_FORMS and _modifies_noun(text, vs + len(word)):
        return True  # ``"meet or exceed" state guidelines``: an adjective
    if word.endswith("ed") and not word.endswith("eed"):
        prev, _ = _word_before(text, vs)
        return prev.lower() in _NOUN_BEFORE
    prev, k = _word_before(text, vs)
    if prev.lower() in _NOUN_BEFORE or prev.endswith(("'s", "’s", "s'", "s’")):
        return True
    # ``a snappy retort``: a base form after an indefinite article and an adjective.
    if word.lower() in _LEMMAS and prev and prev[:1].islower():
        prev2, k2 = _word_before(text, k)
        return prev2.lower() in ("a", "an") or _compound_head(text, prev, prev2, k2)
    return False


def _compound_head(text: str, prev: str, prev2: str, k2: int) -> bool:
    """``the hospital's latest pay offer``: a base form after two lower-case words, the
    one right before it no plural, that a determiner or a possessive opens: the head of
    a noun phrase (its subject would be ``pay``, which takes ``offers``)."""
    if not prev2[:1].islower() or prev.endswith("s") or not prev.isalpha():
        return False
    lead = _word_before(text, k2)[0]
    return lead.lower() in _NOUN_BEFORE or lead.endswith(("'s", "’s", "s'", "s’"))


#: Verb forms that are adjectives too, before a noun (``state guidelines``).
_ADJECTIVE_FORMS = frozenset(("state",))
#: Words after such a form that make it a verb (``state the authors``, ``the Saudis state
#: in a paper``): function words.
_VERB_OBJECT_LEADS = frozenset(V.FUNCTION_WORDS) | frozenset(V.NOUN_DETERMINERS)
_lower_word_re = lazy_stdlib(lambda: r"[ \t]+([a-z][a-z\-]*)\b")


def _modifies_noun(text: str, pos: int) -> bool:
    """Whether a lower-case word that opens no noun phrase follows *pos* at once."""
    m = _lower_word_re().match(text, pos, pos + 40)
    return m is not None and m.group(1) not in _VERB_OBJECT_LEADS


def _according(text: str, at: int, end: int) -> Cue | None:
    """``according to Ana Ruiz``, with ``according to`` at *at*."""
    q = past_document(text, _skip_space(text, at + len(ACCORDING_TO), end), end)
    cand = speaker_forward(text, q, end)
    if cand is None:
        return None
    return Cue(cand, at, at + len(ACCORDING_TO), How.ACCORDING)


def past_document(text: str, q: int, end: int) -> int:
    """Where the author of a document named at *q* starts (``a statement from the
    company``, ``a letter signed by Ana Ruiz``: the author is the source), else *q*."""
    m = _document_re().match(text, q, end)
    return m.end() if m is not None else q


@lazy_stdlib
def _document_re() -> str:
    return (
        rf"(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+)?{alternation(V.AUTHORED_DOCUMENTS)}"
        r"s?\s+(?:(?:issued|released|sent|signed|posted|published)\s+)?(?:by|from)\s+"
        r"(?=[^\W\d_])"  # (a letter opens the author's name)
    )


# --------------------------------------------------------------------------- after a quotation


def find_cue_after(text: str, pos: int, end: int, *, open_clause: bool = False) -> Cue | None:
    """An attribution that follows a quotation: ``, said X`` / ``, X said`` / ``— X``.

    *open_clause* says the quotation ended with a comma (or ``?``/``!``), so the words
    after it must be its attribution: any verb will do (``, the nominee riffed``).
    """
    if pos < end and text[pos] == "&":
        pos = _skip_space(text, pos, end)  # ``"...,"&nbsp;said Ana Ruiz`` (scraped copy)
    lead = _lead_re().match(text, pos, end)
    if lead is None or lead.end() >= end:
        return None
    p = lead.end()
    v = verb_re().match(text, p, end)
    # A participle never inverts: ``", saying the town ..."`` reports the subject's words.
    word = v.group().lower() if v is not None else ""
    if (
        v is not None
        and word not in _NO_INVERSION
        and not word.endswith("ing")
        and not noun_like(text, v.start(), v.group())
    ):
        return _inverted_after(text, v, end)
    if text.startswith(ACCORDING_TO, p):
        return _according(text, p, end)
    if lead.group("dash"):
        return _dash_after(text, lead.start("dash"), p, end)
    cue = _subject_verb_after(text, p, end)
    if cue is None and open_clause:
        cue = _any_verb_after(text, p, end)
    return cue


def _inverted_after(text: str, v: re.Match[str], end: int) -> Cue | None:
    """``"...," said Ana Ruiz``: the speaker after the verb."""
    q = v.end()
    skip = _skip_after_verb_re().match(text, q, end)
    if skip is not None:
        q = skip.end()
    if q < end and (text[q] == "<" or text[q] == "&"):
        q = _skip_space(text, q, end)
    cand = speaker_after_verb(text, q, end)
    if cand is None or _finite_after(text, cand.end, end):
        return None  # (``"...," said he was relieved``: a verb and its clause)
    return Cue(cand, v.start(), v.end(), How.AFTER)


def _finite_after(text: str, pos: int, end: int) -> bool:
    """Whether an auxiliary or a copula follows *pos* at once (``he was``, ``talks
    would``): the words after a verb are a clause's subject, not its inverted speaker."""
    m = _next_word_re().match(text, pos, end)
    return m is not None and m.group(1) in _FINITE


_FINITE = frozenset(V.FINITE_VERBS)
_next_word_re = lazy_stdlib(lambda: r"[ \t]+([a-z’']+)\b")


def _dash_after(text: str, dash: int, p: int, end: int) -> Cue | None:
    """``"..." — Ana Ruiz`` / ``"..." — the union.`` signs a quotation (``"..." — the
    balloons fell`` does not)."""
    cand = speaker_forward(text, p, end)
    if cand is None or cand.kind not in (Kind.PERSON, Kind.GROUP, Kind.UNNAMED):
        return None
    if cand.kind != Kind.PERSON:
        tail = text[cand.end : end].lstrip()
        if tail and tail[0] not in _DASH_SIGN_ENDS:
            return None
    return Cue(cand, dash, dash + 1, How.DASH)


def _subject_verb_after(text: str, p: int, end: int) -> Cue | None:
    """``"...," Ana Ruiz said``: a subject, then one of the first few verbs. A verb's
    plain form may be a noun inside the subject of a later verb (``Leeds fire officials
    said``: the officials said; ``fire`` is no verb there)."""
    limit = min(end, p + AFTER_WINDOW)
    found: Cue | None = None
    for n_verb, v in enumerate(verb_re().finditer(text, p, limit)):
        if n_verb >= MAX_AFTER_VERBS:
            break
        if noun_like(text, v.start(), v.group()) or _refused(text, v.start()):
            continue
        cue = _cue_for_verb_after(text, p, end, v)
        if found is not None:
            # (the later verb wins only where its subject holds the plain form)
            inside = cue is not None and cue.cand.start <= found.cue_start < cue.cand.end
            return cue if inside else found
        if cue is not None:
            if not plain_form(v.group()):
                return cue
            found = cue
        if v.start() - p > MAX_AFTER_SUBJECT:
            break
    return found


def _refused(text: str, vs: int) -> bool:
    """Whether the verb at *vs* is speech withheld (``declined to comment``)."""
    prev, k = _word_before(text, vs)
    return prev == "to" and _word_before(text, k)[0].lower() in _REFUSALS


_REFUSALS = frozenset(REFUSAL_WORDS)


def plain_form(word: str) -> bool:
    """Whether *word* is a reporting verb's plain form that may be a noun inside a
    phrase (``fire``, ``state``, ``report``); not ``say``, ``tell`` or ``ask``, which
    stay verbs (``"...," they say``)."""
    low = word.lower()
    return low in _LEMMAS and low not in _PLAIN_VERBS


#: Plain forms that are no noun inside a subject (``"...," they say``).
_PLAIN_VERBS = frozenset(("ask", "say", "tell"))


def _ends_clause_before(text: str, p: int, subj_end: int, cand: Cand) -> bool:
    """``"..." before the vote, she said.``: the clause after the quotation ends with a
    comma before the subject, or the subject stands between dashes."""
    if text[p : cand.start].rstrip().endswith(","):
        return True
    # ``"...," Ana Ruiz -- the local's president -- said.``
    return text[p:subj_end].rstrip()[-1:] in _DASHES and not any(
        c in text[p : cand.start] for c in '.;:"“”'
    )


def _may_end_clause(text: str, p: int, subj_end: int) -> bool:
    """Whether :func:`_ends_clause_before` may hold for a subject that ends at *subj_end*
    (so starts by it): a comma before it, or the dash test, which needs no subject (a
    cheap test before the subject is read)."""
    return text.find(",", p, subj_end) >= 0 or text[p:subj_end].rstrip()[-1:] in _DASHES


def _named_then_appositive(text: str, p: int, subj_end: int, v: re.Match[str]) -> Cue | None:
    """``"...," Ana Ruiz, wearing a "Local 7" cap, said``: a named person, then an
    appositive the subject patterns cannot read."""
    head = text[p:subj_end].rstrip()
    comma = text.find(",", p, p + APPOSITIVE_COMMA_REACH)
    head_end = p + len(head)
    if not (head.endswith(",") and 0 < comma < head_end - 1 and head_end - comma < MAX_APPOSITIVE):
        return None
    cand = subject_exact(text, p, comma)
    if cand is None or cand.kind != Kind.PERSON:
        return None
    if any(c in text[comma:head_end] for c in ".;:"):
        return None
    return Cue(cand._replace(end=head_end - 1), v.start(), v.end(), How.AFTER)


def _titled_tail(text: str, p: int, subj_end: int, v: re.Match[str]) -> Cue | None:
    """``"...," Raise the Floor organizing director Ana Ruiz told reporters``: a body's
    name the subject patterns cannot read (lower-case words, figures: ``Fight for $15``),
    then a title and a name. The person with the title speaks; the body is left unread."""
    if any(c in text[p:subj_end] for c in _CLAUSE_STOPS):
        return None
    if _word_after(text, p, subj_end).lower() in _CLAUSE_OPENERS:
        return None  # (``," after Clinton spokesman Ana Ruiz wrote``: another clause)
    for w in _word_starts_re().finditer(text, p + 1, subj_end):
        if w.start() - p > MAX_TAIL_LEAD:
            break
        cand = subject_exact(text, w.start(), subj_end)
        if cand is not None and cand.kind == Kind.PERSON and cand.title:
            # (an organization read from the tail is the end of the unread name)
            return Cue(cand._replace(org=None), v.start(), v.end(), How.AFTER)
    return None


#: How far into the subject after a quotation a titled name may start.
MAX_TAIL_LEAD = 40
_CLAUSE_STOPS = frozenset(',.;:()"“”')
_word_starts_re = lazy_stdlib(lambda: r"(?<=\s)[^\W_]")
_first_word_re = lazy_stdlib(lambda: r"\s*(\w*)")


def _word_after(text: str, p: int, end: int) -> str:
    """The first word after *p* (past spaces), or ``""``."""
    m = _first_word_re().match(text, p, end)
    return m.group(1) if m is not None else ""


def _cue_for_verb_after(text: str, p: int, end: int, v: re.Match[str]) -> Cue | None:
    vs = v.start()
    subj_end = strip_adverbs(text, p, vs)
    cand = subject_exact(text, p, subj_end, loose=True)
    if cand is not None:
        return Cue(cand, vs, v.end(), How.AFTER)
    cand = subject_before(text, p, subj_end) if _may_end_clause(text, p, subj_end) else None
    if cand is not None and _ends_clause_before(text, p, subj_end, cand):
        return Cue(cand, vs, v.end(), How.AFTER)
    cue = _named_then_appositive(text, p, subj_end, v) or _titled_tail(text, p, subj_end, v)
    if cue is not None:
        return cue
    if text[p:vs].rstrip().endswith(","):
        # ``..., in sharp contrast to the others, says Ana Ruiz``
        cand = speaker_forward(text, _skip_space(text, v.end(), end), end)
        if cand is not None and cand.kind in (Kind.PERSON, Kind.UNNAMED):
            return Cue(cand, vs, v.end(), How.AFTER)
    return None


def _any_verb_after(text: str, p: int, end: int) -> Cue | None:
    """After a quotation that ends with a comma, any verb will do: ``, remembered Ana
    Ruiz`` / ``, the nominee riffed``."""
    av = _any_verb_re().match(text, p, end)
    if av is not None:
        cand = speaker_forward(text, _skip_space(text, av.end(), end), end)
        if cand is not None and cand.kind in (Kind.PERSON, Kind.UNNAMED, Kind.ROLE):
            return Cue(cand, av.start(), av.end(), How.AFTER)
    cand = speaker_forward(text, p, end)
    if cand is not None:
        av = _any_verb_re().match(text, strip_adverbs_forward(text, cand.end, end), end)
        if av is not None:
            return Cue(cand, av.start(), av.end(), How.AFTER)
    return None


# --------------------------------------------------------------------------- before a quotation


def participle_subject(text: str, start: int, end: int) -> Cue | None:
    """The subject of the last finite clause before a participle (``he defended ...,
    saying``), when it is a pronoun or a name."""
    last = None
    for m in _clause_subject_re().finditer(text, max(start, end - PARTICIPLE_CLAUSE_WINDOW), end):
        last = m
    if last is None:
        return None
    s0, s1 = last.span("s")
    word = last.group("s")
    if word.lower() in V.PRONOUNS:
        cand: Cand | None = Cand(Kind.PRON, s0, s1, word, None, None, False)
    else:
        if word.split()[0] in V.NAME_STOPWORDS:
            return None
        # The whole subject phrase ending there (``Former Secretary of State Ana Ruiz``),
        # else the capitalized words read.
        cand = subject_before(text, start, s1)
        if cand is None or cand.kind != Kind.PERSON or cand.start > s0:
            cand = subject_exact(text, s0, s1)
        if cand is None or cand.kind != Kind.PERSON:
            return None
    if cand is None or noun_like(text, last.start("v"), last.group("v")):
        return None
    return Cue(cand, last.start("v"), last.end("v"), How.BEFORE)


def _with_participle(text: str, start: int, v: re.Match[str]) -> Cue | None:
    """``..., with Ana Ruiz reportedly yelling: "..."``: the participle's own subject."""
    vs = v.start()
    i = text.rfind("with ", max(start, vs - WITH_REACH), vs)
    if i < 0 or (i > 0 and text[i - 1].isalnum()):
        return None
    q = i + len("with ")
    end = strip_adverbs(text, q, vs)
    if end <= q or "," in text[q:vs]:
        return None  # ``celebrated with supporters, declaring``: not the participle's subject
    cand = subject_exact(text, q, end)
    if cand is None or cand.kind not in _PERSONS:
        return None
    return Cue(cand, vs, v.end(), How.BEFORE)


def _as_put_it(text: str, start: int, end: int) -> Cue | None:
    """``..., as Ana Ruiz put it, "..."``: the ``as`` clause right before the mark."""
    lo = max(start, end - AS_PUT_IT_REACH)
    low, cap = text.rfind(" as ", lo, end), text.rfind("As ", lo, end)
    if low < 0 and cap < 0:
        return None  # (``i`` would be -1 at offset 0 and read the text from its 4th char)
    i = max(low, cap - 1)
    if i < lo - 1:
        return None
    q = i + len(" as ")
    cand = speaker_forward(text, q, end)
    if cand is None or cand.start != q or cand.kind not in _PERSONS:
        return None
    rest = text[cand.end : end].strip(" ,:\t\r\n")
    if rest.lower() not in _MANNER:
        return None
    cs = text.find(rest, cand.end, end)
    return Cue(cand, cs, cs + len(rest), How.BEFORE)


def _reporter_of(text: str, start: int, verbs: list[re.Match[str]], cand: Cand) -> Cue | None:
    """``Ruiz said she responded: "..."``: *she*, right after a named speaker's reporting
    verb, is that speaker (``Ruiz``), not whoever spoke last; and so is *it* after a
    body's (``The firm said it had offered 4%, "..."``)."""
    pronoun = cand.name.lower()
    if cand.kind != Kind.PRON or pronoun not in ("he", "she", "it"):
        return None
    for v in verbs:
        if v.end() > cand.start:
            break
        gap = text[v.end() : cand.start].strip()
        if v.group().endswith("ing"):
            continue
        if gap not in ("", "that") and _told_gap_re().fullmatch(gap) is None:
            continue
        subj_end = strip_adverbs(text, start, v.start())
        if subj_end <= start:
            continue
        named = subject_before(text, start, subj_end)
        if named is None:
            continue
        if (
            pronoun == "it"
            if named.kind == Kind.GROUP
            else (named.kind == Kind.PERSON and pronoun != "it" and gender_fits(text, named, cand))
        ):
            return Cue(named, v.start(), v.end(), How.BEFORE)
    return None


def _participle_cue(
    text: str, start: int, verbs: list[re.Match[str]], *, partial: bool
) -> Cue | None:
    """``..., saying, "..."``: the participle's subject is that of the clause it hangs
    from (``even as he defended the plan, saying``), else the main clause's. Before a
    whole quotation, a participle after a comma is the cue (``Ana Ruiz thanked them,
    adding: "..."``)."""
    v = verbs[-1]
    near = _with_participle(text, start, v)
    if near is not None:
        return near
    cue = participle_subject(text, start, v.start())
    if cue is None or partial or not text[start : v.start()].rstrip().endswith(","):
        return cue
    return cue._replace(cue_start=v.start(), cue_end=v.end())


def _inverted_before(text: str, start: int, end: int, v: re.Match[str]) -> Cue | None:
    """``But, said Ana Ruiz, "..."``: the speaker after an inverted verb."""
    head = text[start : v.start()].rstrip()
    normal = None
    if head.endswith((",", "—", "–", "--")):
        # ``Ana Ruiz, a former organizer, said the mayor "..."``: a named subject
        # before the verb wins over the inverted reading (also after a dash).
        normal = subject_before(text, start, strip_adverbs(text, start, v.start()))
    if (
        (normal is not None and normal.kind in (Kind.PERSON, Kind.PRON))
        or len(text[v.end() : end]) >= MAX_INVERTED_TAIL
        or v.group().lower() not in _INVERTING
        or not (not head or head.endswith((",", ":", "—")))
    ):
        return None
    fwd = speaker_forward(text, _skip_space(text, v.end(), end), end)
    if fwd is None or (normal is not None and fwd.kind != Kind.PERSON):
        return None
    rest = text[fwd.end : end]
    # ``The deal, says Ana Ruiz, is ...``; but ``The lawmaker, who ..., said the
    # mayor's remarks "..."`` keeps its subject.
    if not rest.strip(" ,:\t\r\n") or (head.endswith(",") and rest.lstrip().startswith(",")):
        return Cue(fwd, v.start(), v.end(), How.BEFORE)
    return None


def _passive_agent(text: str, v: re.Match[str]) -> Cand | None:
    """The agent after a reporting verb's past participle and ``by``, before ``as`` (``a
    plan described by Ana Ruiz as``, ``branded by the union as``): the speaker."""
    m = _passive_by_re().match(text, v.end())
    if m is None or not v.group().endswith("ed"):
        return None
    cand = speaker_forward(text, m.end(), m.end() + _AGENT_REACH)
    if cand is None or cand.kind not in _PERSONS or cand.start != m.end():
        return None
    tail = _as_after_re().match(text, cand.end)
    return cand if tail is not None else None


#: ``by`` after a participle, and ``as`` after its agent.
_passive_by_re = lazy_stdlib(lambda: r"[^\S\n]+by[^\S\n]+")
_as_after_re = lazy_stdlib(lambda: r",?[^\S\n]+as\b")
#: How long an agent's phrase may be.
_AGENT_REACH = 80


def _subject_cue_before(
    text: str, start: int, verbs: list[re.Match[str]], v: re.Match[str]
) -> tuple[Cand, Cue] | None:
    """``Ana Ruiz said`` / ``Ruiz, who leads the local, said``: the verb's subject; a
    passive participle's agent (``a budget described by the council leader as``)."""
    agent = _passive_agent(text, v)
    if agent is not None:
        return agent, Cue(agent, v.start(), v.end(), How.BEFORE)
    subj_end = strip_adverbs(text, start, v.start())
    if subj_end <= start:
        return None
    cand = relative_subject(text, start, subj_end) or subject_before(text, start, subj_end)
    if cand is None:
        return None
    cue = _reporter_of(text, start, verbs, cand) or Cue(cand, v.start(), v.end(), How.BEFORE)
    return cand, cue


def _verb_cues_before(
    text: str, start: int, end: int, verbs: list[re.Match[str]], partial: bool
) -> tuple[Cue | None, Cue | None]:
    """The cue of the last reporting verb before the mark, read from the last verb back:
    ``(decisive, nearest)``. For a partial quotation, the speaker is the subject of the
    reporter's main clause (``Ruiz warned that drivers she spoke with "..."``), so a
    subject after a clause opener is decisive and any other only the nearest."""
    nearest: Cue | None = None
    for v in reversed(verbs):
        if v.group().endswith("ing") or noun_like(text, v.start(), v.group()):
            continue  # a participle (``..., saying``) has no subject of its own
        if not partial and len(text[v.end() : end]) > MAX_TAIL_AFTER_VERB:
            break
        inverted = _inverted_before(text, start, end, v)
        if inverted is not None:
            return inverted, nearest
        found = _subject_cue_before(text, start, verbs, v)
        if found is None:
            continue
        cand, cue = found
        if not partial:
            return _embedding_cue(text, start, verbs, v, cand) or cue, nearest
        if nearest is None:
            nearest = cue
        lead = text[start : cand.start].rstrip()
        if not lead or lead.endswith(",") or _last_word(lead) in _CLAUSE_OPENERS:
            return cue, nearest
    return None, nearest


def _embedding_cue(
    text: str, start: int, verbs: list[re.Match[str]], v: re.Match[str], cand: Cand
) -> Cue | None:
    """``Ruiz said the firm had proposed raises of 4%, "the best in years."``: a verb
    with an object, in the clause an earlier verb reports, does not speak the quotation
    after it; the earlier verb's subject does (``Ruiz``)."""
    if not has_object(text, v):
        return None
    for v0 in verbs:
        if v0.end() > cand.start:
            break
        if v0.group().endswith("ing") or text[v0.end() : cand.start].strip() not in ("", "that"):
            continue
        found = _subject_cue_before(text, start, verbs, v0)
        if found is not None and found[0].kind in (Kind.PERSON, Kind.GROUP, Kind.PRON):
            return found[1]
    return None


def has_object(text: str, v: re.Match[str]) -> bool:
    """A reporting verb followed by a direct object (``proposed raises``, ``announced a
    deal``), not by a listener, a preposition, an adverb or a clause."""
    if v.group().lower() in _TAKES_LISTENER:
        return False
    m = _object_word_re().match(text, v.end())
    if m is None:
        return False
    word = m.group(1)
    if word in _OBJECT_DETERMINERS:
        return True
    return (
        word.isalpha()
        and word.islower()
        and word not in _NOT_OBJECT_WORDS
        and not word.endswith("ly")
    )


@lazy_stdlib
def _object_word_re() -> str:
    return r"[^\S\n]+([\w’'\-]+)"


_TAKES_LISTENER = frozenset(V.verb_forms(V.LISTENER_VERBS))
#: Determiners that open a verb's object (``proposed a deal``), not its listener.
_OBJECT_DETERMINERS = frozenset(("a", "an", "its", "some", "the", "these", "this", "those"))
#: Words after a verb that open no object: prepositions, adverbs, particles (``shot
#: back``), a clause.
_NOT_OBJECT_WORDS = frozenset(
    (
        *V.ADVERBIAL_PREPOSITIONS,
        *V.ATTRIBUTION_TAIL_PREPOSITIONS,
        *V.ATTRIBUTION_TAIL_TIMES,
        *V.AFTER_VERB_ADVERBS,
        *V.OBJECT_PREPOSITIONS,
        *V.LISTENER_WORDS,
        *V.FUNCTION_WORDS,
        *V.NAMING_PARTICLES,
        "as",
        "down",
        "it",
        "that",
        "there",
        "they",
        "we",
    )
)


def _last_word(s: str) -> str:
    k = len(s)
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return s[k:].lower()


def find_cue_before(text: str, start: int, end: int, *, partial: bool) -> Cue | None:
    """An attribution before a quotation: ``X said:`` / ``X told reporters,`` / ``X:``.

    ``text[start:end]`` is the clause before the opening mark. For a partial quote
    (a fragment inside the reporter's sentence) the verb may be anywhere before it.
    """
    start = max(start, end - BEFORE_WINDOW)
    stripped = text[start:end].rstrip()
    if not stripped:
        return None
    manner = _as_put_it(text, start, end)
    if manner is not None:
        return manner
    verbs = list(verb_re().finditer(text, start, end))
    participle = (
        bool(verbs)
        and verbs[-1].group().endswith("ing")
        and len(text[verbs[-1].end() : end]) < PARTICIPLE_REACH
    )
    if participle:
        near = _participle_cue(text, start, verbs, partial=partial)
        if near is not None:
            return near
    decisive, nearest = _verb_cues_before(text, start, end, verbs, partial or participle)
    if decisive is not None:
        return decisive
    if nearest is not None and not participle:
        return nearest
    if stripped.endswith(":"):
        done, cue = _colon_cue(text, start, end, verbs)
        if done:
            return cue
    if stripped.endswith(",") and ("words of" in stripped or "quote " in stripped):
        owned = _owned_speech(text, start, end)  # ``In the words of Ana Ruiz, "..."``
        if owned is not None:
            return owned
    # ``according to Ana Ruiz, "..."``; ``According to Ana Ruiz,`` opening its sentence
    idx = max(text.rfind(ACCORDING_TO, start, end), text.rfind(_ACCORDING_CAP, start, end))
    return _according(text, idx, end) if idx >= 0 else None


# --------------------------------------------------------------------------- a colon


@lazy
def _owned_speech_re() -> str:
    """``The company's response``, ``Her reply was short``, ``In his own words``, ``In
    the words of Ana Ruiz``: a noun of speech and its owner before a colon or a comma."""
    nouns = alternation(COLON_SPEECH_NOUNS)
    return rf"""
        (?: (?: In | in ) \s++ )?
        (?: (?P<pron> {alternation(V.POSSESSIVE_PRONOUNS, capitalized=True)} )
          | (?P<owner> (?: [Tt]he \s++ )? \p{{Lu}}?+ [\p{{L}}.\-]++
                (?: \s++ \p{{Lu}} [\p{{L}}.\-]*+ ){{0,3}} ) ['’] s?+ ) \s++
        (?: (?: own | first | only | latest ) \s++ )? {nouns} (?! [\w\-] )
        (?: \s++ (?: was | is ) (?: \s++ \p{{Ll}}++ ){{1,2}}? )?
        \s*+ : \s*+ \Z
      | (?: In | in ) \s++ the \s++ words \s++ of \s++ (?P<of> [^,:]{{2,60}}? ) \s*+ [,:] \s*+ \Z
      | (?: To | to ) \s++ quote \s++ (?P<quote> [^,:]{{2,60}}? ) \s*+ [,:] \s*+ \Z
    """


def _owned_speech(text: str, start: int, end: int) -> Cue | None:
    """The owner of a noun of speech before the colon or comma ending ``text[start:end]``
    (:func:`_owned_speech_re`), as the speaker of the words after it."""
    k = start + len(text[start:end]) - len(text[start:end].lstrip())
    m = _owned_speech_re().match(text, k, end)
    if m is None:
        return None
    sep = k + len(text[k:end].rstrip()) - 1
    if m.group("pron") is not None:
        ps, pe = m.span("pron")
        subject = V.POSSESSIVE_PRONOUNS[text[ps:pe].lower()]
        return Cue(Cand(Kind.PRON, ps, pe, subject, None, None, False), sep, sep + 1, How.COLON)
    grp = next(g for g in ("owner", "of", "quote") if m.group(g) is not None)
    cand = subject_exact(text, *m.span(grp))
    if cand is None or cand.kind not in (Kind.PERSON, Kind.GROUP):
        return None
    return Cue(cand, sep, sep + 1, How.COLON)


def _colon_cue(
    text: str, start: int, end: int, verbs: list[re.Match[str]]
) -> tuple[bool, Cue | None]:
    """A clause ending with a colon: ``Says Ana Ruiz:`` / ``Union president Ana Ruiz:``
    / ``Ana Ruiz:``. ``(done, cue)``: *done* ends the search, with or without a cue."""
    owned = _owned_speech(text, start, end)
    if owned is not None:
        return True, owned  # ``The company's response:``: its owner
    seg = text[start:end]
    colon = start + len(seg.rstrip()) - 1
    k = start + len(seg) - len(seg.lstrip())
    cv = _cap_verb_re().match(text, k, colon)
    if cv is not None and cv.group().lower() in V.verb_forms():
        cand = subject_exact(text, _skip_space(text, cv.end(), colon), colon)
        if cand is not None:
            return True, Cue(cand, cv.start(), cv.end(), How.BEFORE)
    if verbs:
        # ``Former secretary of state Ana Ruiz:``: a verb form (``state``) inside a title.
        whole = subject_exact(text, k, colon)
        if whole is not None and whole.kind == Kind.PERSON and whole.start == k:
            return True, Cue(whole, colon, colon + 1, How.COLON)
        return False, None
    return _speaker_colon(text, start, colon)


def _speaker_colon(text: str, start: int, colon: int) -> tuple[bool, Cue | None]:
    """``Ana Ruiz: "..."`` / ``More from Ruiz: "..."`` / ``Here's Ruiz in 1992: "..."``."""
    cand = subject_exact(text, start, colon)
    if cand is None:
        cand = subject_before(text, start, colon)
        # Only a speaker standing apart (``Two views - Ana Ruiz:``), not the object of
        # the sentence (``delivered a message to Ruiz:``).
        head = text[start : cand.start].rstrip() if cand is not None else ""
        if (
            cand is not None
            and head
            and not head.endswith(("-", "—", "–", ","))
            and _any_verb_re().search(text, start, cand.start)
        ):
            return True, None
    if cand is None:
        cand = _name_before_colon(text, start, colon)
    if cand is not None and cand.kind in (Kind.PERSON, Kind.GROUP):
        return True, Cue(cand, colon, colon + 1, How.COLON)
    return False, None


def _name_before_colon(text: str, start: int, colon: int) -> Cand | None:
    """The last capitalized name before the colon; not a word that opens the sentence
    before a comma (``Wait, it gets better:`` is an interjection, not a speaker)."""
    m = _last_name_re().search(text, max(start, colon - COLON_NAME_REACH), colon)
    if m is None:
        return None
    opener = (
        " " not in m.group()
        and not text[start : m.start()].strip()
        and text.startswith(",", m.end())
    )
    if opener:
        return None
    if text.startswith(",", m.end()) and text[start : m.start()].strip():
        # ``Morgan Lee, an analyst at Acme, put it bluntly:``: the name ends an
        # appositive; the person it describes is the subject
        whole = subject_exact(text, start, m.end() + 1)  # (with its closing comma)
        if whole is not None and whole.kind == Kind.PERSON:
            return whole
    return subject_exact(text, m.start(), m.end())


#: Name suffixes written with a full stop (``Jr.``), which also ends a sentence.
_STOPPED_SUFFIXES = frozenset(w for w in V.NAME_SUFFIXES if w.endswith("."))


def _suffix_before(text: str, end: int) -> bool:
    """Whether the word ending at *end*, with the full stop after it, is a name suffix."""
    words = text[max(0, end - 8) : end + 1].split()
    return bool(words) and words[-1] in _STOPPED_SUFFIXES


def parse_standalone(text: str) -> Cue | None:
    """Parse an attribution on its own: ``said Jane Doe, president of Local 7.``"""
    end = len(text.rstrip())
    while end > 0 and text[end - 1] in ".;":
        end -= 1
    if text[end : end + 1] == "." and _suffix_before(text, end):
        end += 1  # ``said Tom Lee Jr.``: the stop ends the suffix (and the sentence)
    cue = find_cue_after(text, 0, end)
    if cue is not None:
        return cue
    return find_cue_before(text, 0, end, partial=True)
