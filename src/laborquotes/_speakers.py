"""Speaker phrases: from a span of text to one typed candidate record.

The grammar (:mod:`laborquotes._speaker_grammar`) is compiled once, on first use, and
applied only to short windows (a clause next to a quotation), so its cost does not grow
with the article. A match becomes a :class:`Cand`: the span as written, its
:class:`Kind`, a name or a group phrase, a title and an organization.

Entry points: :func:`subject_exact` (a whole clause subject), :func:`subject_before`
(the subject that ends where a verb begins), :func:`speaker_forward` and
:func:`speaker_after_verb` (the phrase after an inverted verb), :func:`relative_subject`
(``who`` standing for the name before it) and :func:`split_title`.
"""

from __future__ import annotations

import enum
import functools
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from . import _places as places
from . import _vocab as V
from ._dates import CALENDAR_NAMES
from ._model import OrgKind, Role
from ._org_names import LEGAL_ABBREVIATIONS, LEGAL_SUFFIXES
from ._orgs import default_registry
from ._patterns import alternation, lazy, lazy_stdlib, trie_alternation
from ._roles import business_name, hint_kind, person_role, study_clause, union_only_office
from ._speaker_grammar import (
    BARE_WORDS,
    appositive_forward_source,
    bare_speaker_source,
    bare_words,
    mute_openers,
    rule_source,
    speaker_source,
    unclosing_function_words,
    unread_function_words,
)

__all__ = [
    "AFFILIATION_TITLES",
    "CLAUSE_LEADS",
    "FIRST_GENDER",
    "TENURE_SETTINGS",
    "WORD_GENDER",
    "Cand",
    "Kind",
    "based_lead",
    "clear_cache",
    "gender_fits",
    "relative_subject",
    "speaker_after_verb",
    "speaker_forward",
    "split_title",
    "styled_the",
    "subject_before",
    "subject_exact",
    "time_phrase",
    "without_place_tail",
]


class Kind(str, enum.Enum):
    """What a speaker phrase names. A ``str``, so it compares equal to its value."""

    PERSON = "person"  # ``Ana Ruiz``, ``union president Ana Ruiz``
    PRON = "pron"  # ``he``, ``they``
    GROUP = "group"  # ``the union``, ``Teamsters Local 7``, ``workers``
    ROLE = "role"  # ``the president of the local``
    UNNAMED = "unnamed"  # ``a nurse at the clinic``, ``some of the drivers``


class Cand(NamedTuple):
    """A speaker phrase found in the text (before resolution)."""

    #: A :class:`Kind` (code outside this module may still pass its string value).
    kind: Kind | str
    start: int
    end: int
    name: str
    title: str | None
    org: str | None
    is_group: bool


# --------------------------------------------------------------------------- limits

#: The longest whole subject phrase read, in characters.
MAX_SUBJECT = 220
#: How far back from a verb a subject is looked for, in characters.
SUBJECT_WINDOW = 240
#: A subject without punctuation is at most this many words long.
MAX_BARE_SUBJECT_WORDS = 12
#: How many comma or parenthesis segments back a subject may start (``Name, title,``).
MAX_APPOSITIVE_SEGMENTS = 3
#: How far back from a verb a relative pronoun (``who``) is looked for.
RELATIVE_WINDOW = 60
#: How many spans the speaker pattern's matches are remembered for.
SUBJECT_CACHE = 1024
#: How many subjects :func:`subject_before` remembers: the readers of one article ask
#: for about one in eight of them again (the same verb from another reader), and in a
#: long text the reader of quotations asks for a verb's subject after the reader of
#: reported speech has read a few thousand others (1 MB of articles: 2,033 windows).
SUBJECT_BEFORE_CACHE = 8192
#: How far back, and at how many places, a surname that is also a common word (``May``,
#: ``From``) is looked for with a first name before it; how long a first name may be.
SURNAME_WORD_LOOKBACK = 3_000
SURNAME_WORD_TRIES = 8
_FIRST_NAME_CHARS = 20

# --------------------------------------------------------------------------- tables as sets

_HONORIFICS = frozenset(V.HONORIFICS)
_COURTESY = frozenset(V.COURTESY_HONORIFICS)
_RANK_STYLES = frozenset(V.RANK_STYLES)
_CIVIL_STYLES = frozenset(V.CIVIL_STYLES)
_SEAT_STYLES = frozenset(V.SEAT_STYLES)
_BODY_KINDS = frozenset(V.ORG_TAIL_DESCRIPTORS)
#: Most words of a region's office (``NSW Shadow Health Minister``).
_REGIONAL_OFFICE_WORDS = 4
_FIELDS = frozenset(V.FIELD_WORDS)
_FIELD_TITLES = frozenset(V.FIELD_TITLES)
_KIN_HEADS = frozenset((*V.KIN_REFERENCES, *V.KIN_DESCRIPTORS))
_BARE_STYLES = frozenset(V.BARE_STYLES)
_STYLE_LEADS = frozenset(V.STYLE_LEADS)
_COMPOUND_STYLES = frozenset(V.COMPOUND_STYLES)
_PATRONYMS = frozenset(V.PATRONYMIC_PARTICLES)
_HONOURS = frozenset(V.HONOURS)
_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)
#: A party's one-word label before a full name (``Democrat Ana Ruiz``, ``Tory Tom
#: Bell``): no part of the name (plurals and letters name the party, not a person).
_PARTY_LABELS = frozenset(
    p for p in V.PARTIES if " " not in p and not p.isupper() and not p.endswith("s")
)
_LEGISLATORS = frozenset(V.LEGISLATOR_POSTNOMINALS)
_POSTNOMINALS = frozenset(V.NAME_POSTNOMINALS) | _LEGISLATORS
_TITLE_WORDS = frozenset(V.TITLE_NOUNS)
_STOP = frozenset(V.NAME_STOPWORDS)
_SUBJECT_STARTS = frozenset(V.SUBJECT_STARTS)
_ORG = frozenset(V.ORG_WORDS)
_SUFFIX = frozenset(V.NAME_SUFFIXES)
_TRAIL_STOP = frozenset((*V.WEEKDAYS, *V.NAME_TRAIL_STOPS))
_PREPS = frozenset(V.TITLE_PREPOSITIONS)
#: Prepositions before a legislator's seat (``MP for Leeds East``, ``MLA from Khed``).
_SEAT_PREPS = frozenset(("for", "from"))
#: Prepositions of what a title is about or where it is held (``on a police drama``).
_SCOPE_PREPS = _PREPS | {"on"}
_AREA_NOUNS = frozenset(V.AREA_NOUNS)
_SERVED_UNITS = frozenset(V.SERVED_UNITS)
#: Prepositions before an area (``for the Okanagan region``, ``from the Leeds area``).
_AREA_PREPS = frozenset(("for", "from", "in"))
#: Determiners that name no organization after a preposition (``at a firm``, ``in his job``).
_UNNAMING_DETERMINERS = frozenset(V.UNNAMING_DETERMINERS)
_PARTIES = sorted(V.PARTIES, key=len, reverse=True)
_PARTY_SET = frozenset(V.PARTIES)
_LETTERS_ONLY_PARTIES = frozenset(V.LETTERS_ONLY_PARTIES)
#: How many descriptors :func:`split_title` remembers (a pure function of its text,
#: asked for the same descriptors again and again: ``president``, ``a spokesman``).
_SPLIT_TITLE_CACHE = 4096
#: Every party as a prefix, to reject most phrases with one ``startswith``.
_PARTY_PREFIXES = tuple(_PARTIES)
#: After a party: a space or a possessive (``the Liberal Democrats' spokesman``).
_PARTY_SEPARATORS = (" ", "' ", "’ ", "'s ", "’s ")
_NUMBERS = frozenset(V.NUMBER_WORDS)
#: Modifiers that may stand before an organization in a title (``former UAW president``).
_LEAD_MODIFIERS = frozenset(V.TITLE_MODIFIERS) & frozenset(V.ADVERB_TITLE_MODIFIERS)
_PARTY_LABEL_LEADS = frozenset(V.PARTY_LABEL_LEADS)
_BACKING = frozenset(V.BACKING_NOUNS)
_JOB_ACRONYMS = frozenset(V.JOB_ACRONYMS)
_PAST_MODIFIERS = frozenset(V.PAST_WORK_MODIFIERS)
_MEMBER_BODIES = frozenset(V.MEMBER_BODY_NOUNS)
_PORTFOLIO_TITLES = tuple(V.PORTFOLIO_TITLES)
_FOR_PORTFOLIO = tuple(V.FOR_PORTFOLIO_TITLES)
_OF_TITLES = frozenset(V.OF_TITLES)
#: Offices whose portfolio follows ``of`` (``Commissioner of Labour``).
_OF_PORTFOLIO = tuple(V.OF_PORTFOLIO_OFFICES)
_PORTFOLIO_WORDS = frozenset(V.PORTFOLIO_WORDS)
#: The last words of an office after ``for`` or ``of``: a portfolio's, or a
#: constituency's point of the compass (``MP for Bristol West``).
_OFFICE_WORDS = _PORTFOLIO_WORDS | frozenset(V.CONSTITUENCY_ENDS)
_LEGISLATOR_TITLES = frozenset(w.lower() for w in V.LEGISLATOR_POSTNOMINALS) | {
    "councillor",
    "councilor",
    "member",
    "senator",
}
_TITLE_OR_MODIFIER = frozenset(V.TITLE_NOUNS) | frozenset(V.TITLE_MODIFIERS)
#: Title acronyms of an organization's officers (``CEO``).
_EXECUTIVE_ACRONYMS = frozenset(V.EXECUTIVE_ACRONYMS)
_NOT_DESCRIPTOR = frozenset(V.NOT_APPOSITIVE_STARTS)
_ORG_APPOSITIVE = frozenset(V.ORG_APPOSITIVE_PREPOSITIONS)
_COUNTRIES = frozenset(V.COUNTRY_ACRONYMS)
_KIN = frozenset(V.KIN_TITLES)
_QUANTIFIERS = frozenset(V.PARTITIVE_QUANTIFIERS)
_DAIL_PARTIES = frozenset(V.DAIL_ONLY_PARTIES)
_JOINERS = frozenset(V.ORG_NAME_JOINERS)
_REFERENCE_HEADS = frozenset(V.TITLE_REFERENCE_HEADS) | frozenset(V.HEAD_REFERENCES)
_WORK_UNITS = frozenset(V.WORK_UNIT_NOUNS)
_LOCATION_PREPS = frozenset(V.LOCATION_PREPOSITIONS)
_PRON_WORDS = frozenset(w.capitalize() for w in V.PRONOUNS)
_ARTICLES = tuple(f"{w} " for w in V.TITLE_ARTICLES)
_ARTICLE_WORDS = frozenset(("a", "an", "the"))
_TITLE_ARTICLE_WORDS = frozenset(V.TITLE_ARTICLES) - frozenset(("another", "one"))
_FINITE_VERBS = frozenset(V.FINITE_VERBS)
_RELATIVES = frozenset(V.RELATIVE_PRONOUNS)
_WH_RELATIVES = _RELATIVES - {"that"}
_ABBREV_KEEP = frozenset(V.KEPT_ABBREVIATIONS)
_LEGAL_ABBREVIATIONS = frozenset(LEGAL_ABBREVIATIONS)
#: Legal forms that close a company's name (``Inc``, ``plc``).
_LEGAL_FORMS = frozenset((*LEGAL_SUFFIXES, *LEGAL_ABBREVIATIONS))
_AGENT_SUFFIXES = tuple(V.AGENT_SUFFIXES)
_GROUP_PLURALS = frozenset(
    w for w in (*V.GROUP_NOUNS, *V.PEOPLE_PLURALS) if w.endswith("s") and not w.endswith("ss")
)
_PRON_OK_BEFORE = frozenset(V.PRONOUN_LEADS)
#: Words that open a sentence, a clause or a question, never a speaker or a first name:
#: ``And Gallup``, ``Is Sanders``.
CLAUSE_LEADS = frozenset(V.SENTENCE_CONJUNCTIONS) | frozenset(
    w.capitalize() for w in (*V.SUBORDINATORS, *V.QUESTION_AUXILIARIES)
)
_TAIL_VERBS = V.verb_forms()
_VERB_LEMMAS = frozenset(V.REPORTING_VERBS)


def _verb_lead(word: str) -> bool:
    """Whether *word*, the first before a title and a name, is an inflected reporting
    verb (``asked``, ``says``): an inverted cue's, no word of the title (not a plain
    form: ``charge nurse``)."""
    return word in _TAIL_VERBS and word not in _VERB_LEMMAS


_SENTENCE_CONJUNCTIONS = frozenset(V.SENTENCE_CONJUNCTIONS)
_INDEFINITE_PERSONS = frozenset(V.INDEFINITE_PERSONS)
_KIN_TITLES = frozenset(V.KIN_TITLES)
_SCHOOL_YEARS = frozenset(V.SCHOOL_YEAR_WORDS)
#: How an appositive that describes a person opens (``a shop steward``, ``the head of``).
_ARTICLE_LEADS = ("a ", "an ", "the ")
#: Words that only modify a title (``former``, ``then``): alone, they are none.
_MODIFIERS_ONLY = frozenset(V.ADVERB_TITLE_MODIFIERS)
_NOT_NAMES = frozenset(V.SPEAKER_DETERMINERS) | frozenset(V.NOUN_DETERMINERS)
_CLAUSE_PUNCT = ',;:()"“”—–[]'
_DASHES = "-—–"
#: How much of a span after a verb is read for its first word (the span may run on to
#: the end of a long paragraph).
_LEAD_WINDOW = 64
#: Characters no speaker phrase opens with (it opens with a letter or a digit).
_NOT_OPENING = frozenset("\"“”‘’'()[]{}<>—–-.,;:!?*/&%$#@_")

#: Gender (``m`` / ``f``) told by a first name, and by an honorific or a title (lower case).
FIRST_GENDER: dict[str, str] = {
    **dict.fromkeys(V.FEMALE_FIRST_NAMES, "f"),
    **dict.fromkeys(V.MALE_FIRST_NAMES, "m"),
}
WORD_GENDER: dict[str, str] = {
    **{w.lower(): "f" for w in V.FEMALE_WORDS},
    **{w.lower(): "m" for w in V.MALE_WORDS},
}


# --------------------------------------------------------------------------- patterns


@lazy
def _speaker_re(loose: bool = False) -> str:
    """A speaker phrase: one pattern for both slots, as it takes long to compile.

    ``fullmatch`` is a whole clause subject: ``Ana Ruiz, a member of Local 7,`` / ``the
    union`` / ``he``. ``match`` is the phrase right after an inverted verb (``said Ana
    Ruiz``), which ends at ``m.end("head")``: the appositive part after it can match empty,
    so it never changes what the head matches.

    *loose* keeps only the person alternative and also accepts any lower-case words as a
    title before a name (``councilmember Ana Ruiz``, ``said election lawyer Tom Lee``),
    for the tight slot next to a quotation. The other alternatives are the same as
    without *loose*, so callers try the strict pattern first and fall back to this one
    only where no other alternative could have matched.
    """
    return speaker_source(loose=loose)


@lazy
def _bare_speaker_re() -> str:
    """The strict speaker pattern for a span that can only be a bare name (``Ana Ruiz``,
    ``Ms. White, who``): ``person`` without ``pre`` its only head, the same groups.

    It gives the strict pattern's match where :func:`_bare_window` says so, at a fifth
    of its cost (no other head, nor ``pre``, to try and fail first)."""
    return bare_speaker_source()


@lazy
def _bare_words_re() -> str:
    return BARE_WORDS


class SpeakerMatch:
    """The groups of a speaker pattern's match, read by name at the speed of a list
    (``regex`` looks a name up in a fresh copy of the pattern's group index each time,
    and a match is read a dozen times; a group's number it reads at once).

    It keeps the match, not its ``regs``: those are a tuple of one tuple and two numbers
    per group, made on each match, that the cyclic collector examines and a cached
    match keeps until it falls out of the cache; the match is no container."""

    __slots__ = ("_index", "_m", "string")

    def __init__(self, m: regex.Match[str], index: dict[str, int]) -> None:
        self._m = m
        self._index = index
        self.string = m.string

    def span(self, name: str) -> tuple[int, int]:
        return self._m.span(self._index[name])

    def group(self, name: str) -> str | None:
        return self._m.group(self._index[name])

    def text(self, name: str) -> str:
        """The group's text, ``""`` where it did not take part."""
        return self._m.group(self._index[name]) or ""

    def start(self, name: str | None = None) -> int:
        return self._m.start(0 if name is None else self._index[name])

    def end(self, name: str) -> int:
        return self._m.end(self._index[name])


@functools.cache
def _group_index(loose: bool) -> dict[str, int]:
    return dict(_speaker_re(loose).groupindex)


def _speaker_match(
    text: str, start: int, end: int, *, full: bool, loose: bool = False
) -> SpeakerMatch | None:
    """The speaker pattern (``fullmatch`` with *full*, else ``match``) on ``text[start:end]``
    (remembered: the readers of a clause ask for about one span in twenty again)."""
    return _speaker_match_at(text, start, end, full, loose)


@functools.lru_cache(maxsize=SUBJECT_CACHE)
def _speaker_match_at(
    text: str, start: int, end: int, full: bool, loose: bool
) -> SpeakerMatch | None:
    """:func:`_speaker_match`, a pure function of its arguments.

    Spans the pattern cannot match are answered without it (it would try all its
    alternatives to fail): one opening with a space or a punctuation mark, or with a
    whole function word no phrase opens with (``of``, ``that``:
    :func:`~laborquotes._speaker_grammar.mute_openers`); for a whole subject, one with
    a function word the pattern never reads in its head (:func:`_holds_unread_word`) or
    one no phrase can close (:func:`_closes_nowhere`)."""
    span = text[start:end] if full else text[start : min(end, start + _LEAD_WINDOW)]
    words = span.split() if full else span.split(None, 1)
    if not words or span[0] in _NOT_OPENING or span[0].isspace():
        return None
    whole = full or len(words) > 1 or start + len(span) == end  # (the first word whole)
    if (whole and words[0] in mute_openers()) or (
        full and (_holds_unread_word(span, words) or _closes_nowhere(span, words))
    ):
        return None
    pat = _speaker_re(loose) if loose or not _bare_window(text, start, end) else _bare_speaker_re()
    m = pat.fullmatch(text, start, end) if full else pat.match(text, start, end)
    return SpeakerMatch(m, _group_index(loose)) if m is not None else None


def _bare_window(text: str, start: int, end: int) -> bool:
    """Whether the strict speaker pattern can match ``text[start:end]`` only with a bare
    name (``person`` without ``pre``): its words up to a comma or a parenthesis (any
    character but a letter, a mark, ``&``, ``-``, ``.`` or a space) are capitalized,
    hold no digit and no apostrophe, and none is an opener, a group's word or a title
    before a comma or a bracket (``Medical Officer (Health) Dr. Ana Rao``:
    :func:`~laborquotes._speaker_grammar.bare_words`)."""
    if text[start].islower():  # (the pattern's test below, for a start at ``he``)
        return False
    m = _bare_words_re().match(text, start, end)
    if m is None or m.lastindex == 1:
        return False
    stop = m.end()
    words = [w.split(".", 1)[0] for w in text[start:stop].replace("&", ".").split()]
    if not words:
        return True
    openers, groups, titles = bare_words()
    return (
        words[0] not in openers
        and groups.isdisjoint(words)
        and _JOB_ACRONYMS.isdisjoint(words)
        and not (stop < end and text[stop] in ",(" and words[-1] in titles)
    )


def _holds_unread_word(span: str, words: list[str]) -> bool:
    """Whether the head of *span* (all of it before an appositive may open: a comma, a
    parenthesis, ``who`` or ``which``) holds after its first word a function word the
    speaker pattern never reads (``Ana Ruiz was``), not as the word after ``of`` / ``of
    the`` (:func:`~laborquotes._speaker_grammar.unread_function_words`). *words* are
    the words of *span*."""
    unread = unread_function_words()
    if unread.isdisjoint(words):
        return False
    mark = min((k for k in (span.find(","), span.find("(")) if k >= 0), default=len(span))
    rel = min((k for k in (span.find("who"), span.find("which")) if k >= 0), default=len(span))
    if min(mark, rel) < len(span):
        words = span[: min(mark, rel)].split()
        if words and rel < mark and not span[rel - 1].isspace():
            words.pop()  # (a word cut short: ``somewhom``)
    return any(
        words[j] in unread and words[j - 1] != "of" and words[max(0, j - 2) : j] != ["of", "the"]
        for j in range(1, len(words))
    )


def _closes_nowhere(span: str, words: list[str]) -> bool:
    """Whether no speaker phrase is all of *span* (its *words*): it ends with a word no
    head of two words closes with (``the divides he``, ``Ana Ruiz and``:
    :func:`~laborquotes._speaker_grammar.unclosing_function_words`), not after ``of`` or
    ``the``, and holds no relative clause (``who``, ``which``) that could end it instead."""
    return (
        len(words) > 1
        and words[-1] in unclosing_function_words()
        and words[-2] not in ("of", "the")
        and "who" not in span
        and "which" not in span
    )


@lazy
def _app_fwd_re() -> str:
    return appositive_forward_source()


@lazy
def _bare_name_re() -> str:
    """One to three capitalized words and nothing else."""
    return r"\p{Lu}\p{Ll}[\p{L}’'\-]*+ (?:[ ]\p{Lu}\p{Ll}[\p{L}’'\-]*+){0,2}"


@lazy
def _word_start_re() -> str:
    """Where a word starts, taking its letters and hyphens (the word :func:`_scan_regions`
    reads; empty at ``(`` or a digit)."""
    return r"(?<![\w’'\-.]) (?=[\w(]) [\p{L}\-]*+"


@lazy
def _relative_re() -> str:
    return r"(?<![\w’'\-]) (?:who|which) (?= (?:\s++[\p{Ll}’'\-]++){0,5}+ \s*+ \Z)"


# --------------------------------------------------------------------------- titles


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _strip_article(s: str) -> str:
    """``the president`` / ``The president`` -> ``president``; but ``the union's
    president`` keeps its article, as it points at an organization."""
    low = s[:1].lower() + s[1:]
    if not low.startswith(_ARTICLES):
        return _without_fellow(s)  # (most titles open with no article: one test for them all)
    for art in _ARTICLES:
        if low.startswith(art):
            rest = s[len(art) :]
            if _owned_by_noun(rest):
                return s
            if (
                art in ("one ", "another ")
                and (not rest[:1].islower() or rest.startswith(("of ", "or ")))
                and rest not in _JOB_ACRONYMS
            ):
                return s  # ``One Nation leader``: a name; ``one of his aides``: a share
            return _without_fellow(rest)
    return s


def _without_fellow(title: str) -> str:
    """*title* without ``fellow`` before another title's noun (``her fellow co-chair``,
    ``a fellow nurse``: one more of them, no research fellow)."""
    if not title.startswith(("fellow ", "Fellow ")):
        return title
    rest = title[7:]
    head = rest.split(" ", 1)[0].lower()
    return rest if head in _TITLE_NOUNS or head.removesuffix("s") in _TITLE_NOUNS else title


def _owned_by_noun(rest: str) -> bool:
    """Whether *rest* opens with a lower-case owner's possessive, itself or after one
    word (``union's president``, ``transit authority's chief executive``)."""
    words = rest.split(" ", 2)[:2]
    return rest[:1].islower() and any(
        w.endswith(("'s", "’s")) and (k == 0 or w[:1].islower()) for k, w in enumerate(words)
    )


def _org_acronym(word: str) -> bool:
    """``UAW``, ``INMO``: an organization's acronym (not ``U.S.`` or ``UK``)."""
    return _is_acronym(word) and "." not in word and word not in _COUNTRIES


def party_lead(words: list[str]) -> tuple[str | None, list[str]]:
    """A party at the front of *words* and the words after it (``Labour MP`` ->
    ``Labour``, ``MP``). Not before a capitalized ``Minister`` or ``Secretary``
    (``Labour Minister`` is a portfolio), nor inside an organization's name
    (``Democratic National Committee``)."""
    k = lead = _modifier_count(words)
    if (
        k < len(words) - 2
        and words[k].lower() in _PARTY_LABEL_LEADS
        and words[-1].removesuffix("s") in _LEGISLATORS
    ):
        k += 1  # (``Local Labour MP``, ``senior Conservative MP``: an ``MP`` of the party)
    if k + 1 < len(words) and words[k] in _LETTERS_ONLY_PARTIES and words[k + 1] in _LEGISLATORS:
        return words[k], words[:lead] + words[k + 1 :]  # (``Congress MLA``)
    seg = " ".join(words[k:])
    if not seg.startswith(_PARTY_PREFIXES):
        return None, words
    for party in _PARTIES:
        if not seg.startswith(party):
            continue
        sep = next((x for x in _PARTY_SEPARATORS if seg.startswith(party + x)), None)
        if sep is not None:
            rest = seg[len(party) + len(sep) :].split(" ")
            bare = [w.removesuffix("'s").removesuffix("’s") for w in rest]
            if len(bare) > 2 and bare[0] in _LEGISLATORS and bare[1] in _SEAT_PREPS:
                bare = bare[:1]  # (``NDP MPP for Port Alder Centre``: a seat, no body)
            if rest[0] in ("Minister", "Secretary") or any(w in _ORG for w in bare):
                return None, words
            return party, words[:lead] + rest
    return None, words


def _modifier_count(words: list[str]) -> int:
    """How many words at the front are title modifiers (``Former``, ``then``)."""
    k = 0
    while k < min(2, len(words) - 1) and words[k].lower() in _LEAD_MODIFIERS:
        k += 1
    return k


def _portfolio(words: list[str], i: int) -> bool:
    """``Minister for Transport``, ``Secretary of State for Wales``: the words after the
    preposition at *i* are the title's portfolio."""
    head = " ".join(words[:i]).lower()
    if head.endswith(_PORTFOLIO_TITLES) or (words[i] == "for" and head.endswith(_FOR_PORTFOLIO)):
        return True  # (``Commissioner for Education``)
    if words[i] == "to" and _an_office(words[i + 1 :]):
        return True  # (``Chief Press Secretary to the Governor``: whose aide, no body)
    if words[i] == "of" and words[i + 1] in _PORTFOLIO_WORDS and head.endswith(_OF_PORTFOLIO):
        return True  # ``Commissioner of Labour``: an office, not the party
    for j in range(i):  # (``former Secretary of State``: a modifier before the title)
        whole = " ".join(words[j:]).lower().removeprefix("then-")
        if any(whole == t or whole.startswith(t + " ") for t in _PORTFOLIO_TITLES if " " in t):
            return True
    # (``Justice of the Peace``, ``The Chief of Staff``: a title of its own, whole, after
    # its article and modifiers)
    words = words[1:] if words[0].lower() == "the" and len(words) > 1 else words
    return " ".join(words[_modifier_count(words) :]).lower() in _OF_TITLES


def _an_office(words: list[str]) -> bool:
    """Whether *words* (after ``to``) are ``the`` and a person's office of one to three
    words (``the Governor``, ``the Prime Minister``), no body's name."""
    if words[:1] != ["the"] or not 2 <= len(words) <= _OFFICE_LEN + 1:
        return False
    return words[-1].rstrip(".,").lower() in _OFFICES and not any(w in _ORG for w in words[1:])


def _to_principal(words: list[str]) -> bool:
    """Whether *words* hold ``to`` and a person's office (``Special Adviser to the
    Governor``): whose aide the title's holder is."""
    return "to" in words and _an_office(words[words.index("to") + 1 :])


#: Most words of an office after ``to`` (``the Deputy Prime Minister``).
_OFFICE_LEN = 3


def _place(words: list[str], i: int) -> bool:
    """``in Inverness``, ``from Leeds``: a place after the preposition at *i*, not an
    organization (no organization word or acronym follows)."""
    if words[i] not in _LOCATION_PREPS:
        return False
    j = i + 1
    if words[j] in _COMPASS and j + 1 < len(words):
        j += 1  # ``in east London``
    if not words[j][:1].isupper():
        return False
    rest = [w.rstrip(".,") for w in words[j:]]
    return not any(w in _ORG or _org_acronym(w) for w in rest)


_COMPASS = frozenset(V.COMPASS_WORDS)


def _modifiers_only(words: list[str]) -> bool:
    """Whether *words* only modify a title (``then``, ``former``): alone, no title."""
    return all(w.lower() in _MODIFIERS_ONLY for w in words)


def _without_place(words: list[str]) -> str:
    """*words*, without a place after ``in`` or ``from`` at their end (:func:`_place`)."""
    for i in range(1, len(words) - 1):
        if _place(words, i):
            return " ".join(words[:i])
    return " ".join(words)


def _unnamed_place(words: list[str]) -> bool:
    """``from a school in Dandenong``, ``on a police drama``, ``in his first job``, ``at a
    Leeds hospital``: a preposition, an indefinite article or a possessive and lower-case
    words (a place's name before them aside), then at most a place after ``in`` (``at a
    firm called Acme``, ``with a Unite branch`` name one)."""
    if len(words) < 2 or words[1] not in _UNNAMING_DETERMINERS:
        return False
    caps = []
    for w in words[2:]:
        if w in _LOCATION_PREPS:
            break
        if not w[:1].islower():
            caps.append(w)
    else:
        # (``at a St Elizabeth high school``: a place's name before a common noun)
        return not caps or (_place_named(words, caps) and words[-1][:1].islower())
    return not caps or _place_named(words, caps)


def _place_named(words: list[str], caps: list[str]) -> bool:
    """Whether the capitalized words *caps* of a workplace after ``at`` or ``from``
    (*words*, its preposition first) name a place, no organization a table knows."""
    if words[0] not in _WORKPLACE_PREPS or not all(w[:1].isupper() and w.isalpha() for w in caps):
        return False
    return _unregistered(" ".join(caps))


#: Prepositions of where a person works, before an unnamed workplace.
_WORKPLACE_PREPS = frozenset(("at", "from"))


def _hometown(words: list[str]) -> bool:
    """``from Basildon``: a person's home town after ``from`` (British and Irish copy's
    ``Jo Bright, 41, from Basildon``), not an organization (no organization word or
    acronym, not an organization the registry knows: ``from Unite`` is one)."""
    if words[0] != "from" or len(words) < 2 or not _place(words, 0):
        return False
    k = words.index("in") if "in" in words else -1
    if k > 1 and places.lookup_region(" ".join(words[k + 1 :]).rstrip(".")) is not None:
        # (``from Belo Horizonte in Brazil``; not ``from Unite in Scotland``)
        return all(w[:1].isupper() for w in words[1:k]) and _unregistered(" ".join(words[1:k]))
    rest = " ".join(words[1:]).rstrip(".")
    if len(words) > 2 and places.key(rest) not in places.CITIES:
        return False  # (``from Acme Foods``: a name of two words may be a company's)
    return _unregistered(rest)


def _unregistered(name: str) -> bool:
    """Whether no organization of the registry is named in *name* (read as after
    ``of``): a place's name, not ``Unite``'s."""
    return not any(m.entry >= 0 for m in default_registry().mentions("of " + name))


def _town_and_region(words: list[str], after: str) -> bool:
    """``of Warren, Michigan``, ``of Kingston, Ont.``, ``from Cork, Ireland``: a town
    (*words*, its preposition first) and its state, province or country (*after*, the
    text after the comma) after a name (wire style): where the person lives."""
    if len(words) > _TOWN_WORDS or not all(w[:1].isupper() for w in words[1:]):
        return False
    region = after.strip().rstrip(".")
    if not region or places.lookup_region(region) is None:
        return False
    return _unregistered(" ".join(words[1:]))


#: At most this many words (``of``, then the town) before the region.
_TOWN_WORDS = 4


#: Prepositions before a site written in lower case after an organization's name.
_SITE_PREPS = frozenset(("at", "in"))


def _before_place(words: list[str]) -> list[str]:
    """The words of an organization without a place written after it (``Bernstein in
    London`` -> ``Bernstein``, ``the Steelworkers local in Thessaly Falls`` -> ``the
    Steelworkers local``)."""
    for i in range(1, len(words) - 1):
        named = words[i - 1][:1].isupper() or words[i - 1].lower() in _UNITS
        if words[i] == "in" and _place(words, i) and named:
            return words[:i]
        site = words[i] in _SITE_PREPS and words[i + 1] == "the"
        if site and named and all(w[:1].islower() for w in words[i + 1 :]):
            return words[:i]  # ``the CGT at the plant``: a site in lower case
    return words


#: A union's unit, which a place or a site may follow (``the Unifor local in Halifax``).
_UNITS = frozenset(V.NUMBERED_UNITS)


def _without_one_of(words: list[str]) -> list[str]:
    """*words* without ``one of`` after a preposition: one of several is the body's
    (``a nurse at one of the hospitals``)."""
    for i in range(1, len(words) - 3):
        if words[i] in _PREPS and words[i + 1] == "one" and words[i + 2] == "of":
            return [*words[: i + 1], *words[i + 3 :]]
    return words


def _department_split(words: list[str]) -> tuple[str | None, str | None] | None:
    """``Head of Corporate Communications at Westgate Terminal`` -> (``Head of Corporate
    Communications``, ``Westgate Terminal``): a department a title heads after ``of`` is
    part of the title; the body follows ``at``, ``for`` or ``with``. ``None`` if not so."""
    for i, w in enumerate(words[:-1]):
        if w != "of" or not i or not _heads_department(words, i - 1):
            continue
        j = i + 1
        while j < len(words) and (
            words[j] in _DEPARTMENT_WORDS
            or (
                words[j] in _LIST_ANDS
                and words[j + 1 : j + 2]
                and words[j + 1] in _DEPARTMENT_WORDS
            )
        ):
            j += 1
        if j == i + 1 or (j < len(words) and words[j] not in _AT_WORK):
            return None
        rest = words[j + 1 :]
        if rest[:1] == ["the"]:
            rest = rest[1:]
        org = " ".join(_before_place(rest)).rstrip(".") if rest else ""
        return (_strip_article(" ".join(words[:j])) or None), org or None
    return None


def _heads_department(words: list[str], k: int) -> bool:
    """Whether ``words[k]`` is a title that heads a department (``Director``, ``vice
    president``)."""
    low = words[k].lower()
    vice = low == "president" and k > 0 and words[k - 1].lower() == "vice"
    return low in _DEPARTMENT_HEADS or vice


_DEPARTMENT_WORDS = frozenset((*V.PORTFOLIO_WORDS, *V.DEPARTMENT_WORDS))
#: What joins two departments of one title (``head of Sales and Marketing``).
_LIST_ANDS = frozenset(("&", "and"))
_DEPARTMENT_HEADS = frozenset(V.DEPARTMENT_HEAD_TITLES)


def _split_at_preposition(words: list[str]) -> tuple[str | None, str | None] | None:
    """``member of Local 7`` -> (``member``, ``Local 7``); ``None`` without one."""
    words = _without_one_of(words)
    if (department := _department_split(words)) is not None:
        return department
    for i, w in enumerate(words):
        if w in _SEAT_PREPS and 0 < i < len(words) - 1 and words[i - 1] in _LEGISLATORS:
            return _strip_article(" ".join(words)), None  # ``MP from Gorakhpur``: a seat
        if w in _SCOPE_PREPS and 0 < i < len(words) - 1 and _unnamed_place(words[i:]):
            # ``a staff writer on a police drama``, ``a modeler in his first union job``:
            # where or on what she works, no organization named
            return (_strip_article(" ".join(words[:i])) or None), None
        if w in _PREPS and 0 < i < len(words) - 1 and _place(words, i):
            # ``a teacher at a school in Perth`` -> ``teacher``; ``mother of three``
            first = next(
                j
                for j, x in enumerate(words)
                if j and x in _PREPS and not (words[j + 1] in _NUMBERS or words[j + 1].isdigit())
            )
            return (_strip_article(" ".join(words[:first])) or None), None
        if w in _PREPS and 0 < i < len(words) - 1 and _portfolio(words, i):
            return _strip_article(" ".join(words)), None
        if (
            w in _SEAT_PREPS
            and 0 < i < len(words) - 1
            and words[i - 1].lower() in _LEGISLATOR_TITLES
            and not (words[i - 1] == "member" and _named_body(words[i + 1 :]))
        ):
            # ``MP for Leeds East``: a constituency is not an organization (``a committee
            # member for the Writers Guild`` names one).
            return _strip_article(" ".join(words)), None
        if w in _PREPS and 0 < i < len(words) - 1:
            rest = words[i + 1 :]
            if rest[0] == "the" and len(rest) > 1:
                rest = rest[1:]
            named = rest[0][:1].isupper() or rest[0][:1].isdigit()
            if (
                w == "in"
                and words[i + 1] == "the"
                and all(x[:1].islower() for x in rest)
                and (rest[-1].lower() not in _REFERENCE_HEADS or rest[-1] in _WORK_UNITS)
            ):
                # ``a nurse in the intensive care unit``, ``a porter in the emergency
                # department``: a ward or a place, no organization
                return (_strip_article(" ".join(words[:i])) or None), None
            served = _served(words[:i], rest) or _covered_area(words[:i], w, rest)
            if served is not None:
                return served
            at = w in _AT_WORK and not named and words[i + 1] != "the"
            if at and _business_kind(rest):
                # ``an economist at consultancy Quadrante``, ``a partner at law firm Baird
                # Cole``: a kind of business, then its name
                title = _strip_article(" ".join(words[:i]))
                return (title or None), " ".join(_before_place(_kind_kept(rest))).rstrip(".")
            if named or words[i + 1] == "the":
                return _title_at_org(words, i, rest, named=named)
    return None


def _title_at_org(
    words: list[str], i: int, rest: list[str], *, named: bool
) -> tuple[str | None, str | None]:
    """The title before the preposition at *i* and the organization after it (*rest*,
    without ``the``; *named*: it opens with a capital); an officer of a union named by
    its acronym at a workplace is the union's (``CPEU branch secretary at the Driver
    Licensing Centre``)."""
    if words[i] in _AT_WORK and _union_office_of(words[:i]):
        return " ".join(words[1:i]), words[0]
    title = _strip_article(" ".join(words[:i]))
    org_words = _before_place(rest) if named else words[i + 1 :]
    org_words = _without_parent(_without_duration(org_words))
    return (title or None), " ".join(org_words).rstrip(".")


def _union_office_of(words: list[str]) -> bool:
    """Whether *words* are an organization's acronym and an office only unions have
    (``CPEU branch secretary``)."""
    rest = " ".join(words[1:])
    return len(words) > 1 and _org_acronym(words[0]) and rest.islower() and union_only_office(rest)


def _without_parent(words: list[str]) -> list[str]:
    """``CUPE's Ontario School Board Council of Unions`` -> the council: a capitalized
    owner's possessive before an organization's own name (two capitalized words or more,
    one of them an organization's word) is the parent body, not the organization the
    title is in (``Unite's Scottish Region`` stays: a part of Unite)."""
    if (
        len(words) >= 3
        and words[0].endswith(_POSSESSIVES)
        and words[0].removesuffix("s").rstrip("'’") not in _NAME_POSSESSORS
        and words[0][:1].isupper()
        and words[1][:1].isupper()
        and words[2][:1].isupper()
        and any(w in _ORG for w in words[1:])
    ):
        return words[1:]
    return words


#: Possessives that open a body's own name (``King's College London``, ``Queen's
#: University Belfast``, ``Children's Hospital``): no parent body.
_NAME_POSSESSORS = frozenset(V.NAME_POSSESSORS)


def _two_offices(text: str) -> tuple[str | None, str | None] | None:
    """``a former health minister and the Conservative MP for Wealdbridge`` ->
    (``former health minister``, ``Conservative``): two descriptions joined by ``and``
    and an article, each closing with an office's noun, give the first's title and the
    organization either names; ``None`` for no such pair."""
    m = _second_office_re().search(text)
    if m is None:
        return None
    first, second = text[: m.start()], text[m.start() + 5 :]
    if _head_noun(first).lower() not in _TITLE_NOUNS or not _has_office(second):
        return None
    if _head_noun(second).lower() == "member":
        return None  # (``a porter at the hospital and a member of the GMB``: the union)
    t1, o1 = split_title(first)
    t2, o2 = split_title(second)
    named = o1 is not None and o1[:1].isupper()  # (a name before a description)
    return t1 or t2, o1 if named else o2 or o1


#: ``and`` and an article between two descriptions (``a minister and the MP for``).
_second_office_re = lazy_stdlib(lambda: r"[ ]and[ ](?=(?:the|a|an)[ ])")


def _has_office(text: str) -> bool:
    """Whether a word of *text* is an office's noun (``the Conservative MP for Leeds``)."""
    return any(w.lower() in _TITLE_NOUNS for w in text.split())


def _branch_office(text: str) -> tuple[str, str | None] | None:
    """``president of the UCU branch at the University of Manchester`` -> (``president``,
    ``UCU``): an office of a union's unit at a workplace is the union's, not the
    workplace's (``the union's branch``: no name, the office as written); ``None`` for
    no such office."""
    m = _branch_at_re().match(text)
    if m is None or m.group("title").lower().split()[-1] not in _TITLE_NOUNS:
        return None
    if m.group("unit") == "local":
        return None  # (``president of the Steelworkers local at the mill``: read as before)
    owner = m.group("owner").strip()
    if owner[:1].islower():
        # (``the union's branch at Acme``, ``the union's Pacific Crest chapter``: the union)
        return m.group("title"), "the union"
    if m.end() == len(text):
        return None  # (``president of the Harlow branch``: read as before)
    if places.is_place(owner) or places.demonym_length(owner.split(), 0):
        return None  # (``the Leeds branch at Acme``: where the unit is)
    return m.group("title"), owner


def _served(head: list[str], rest: list[str]) -> tuple[str | None, str | None] | None:
    """The title (*head*) and organization when *rest*, after a preposition, is a length
    of service: ``a driver for 20 years``, ``a teacher of three decades``, ``an operator
    with 14 years of service`` (none), ``a teacher with 22 years in the district`` (then
    where: a named body, or none); ``None`` for no length of service."""
    title = _strip_article(" ".join(head)) or None
    if _duration(rest) or (_duration(rest[:2]) and rest[2:3] == ["of"]):
        return title, None
    if _duration(rest[:2]) and rest[2:3] and rest[2] in _PREPS:
        where = rest[3:]
        named = bool(where) and where[0][:1].isupper()
        return title, " ".join(_before_place(where)) if named else None
    return None


def _covered_area(
    head: list[str], prep: str, rest: list[str]
) -> tuple[str | None, str | None] | None:
    """``a BCGEU staff representative for the Okanagan and Thompson regions``: the area a
    person covers, no organization (the words before it, *head*, may name one); ``None``
    for no such area. (So is the unit a union's officer serves: ``the NSGEU staff
    representative for the bargaining unit``.)"""
    if prep == "for" and " ".join(rest).lower() in _SERVED_UNITS:
        return split_title(" ".join(head))
    if prep not in _AREA_PREPS or rest[-1] not in _AREA_NOUNS:
        return None
    if not all(x[:1].isupper() or x == "and" for x in rest[:-1]):
        return None
    return split_title(" ".join(head))


def _unit_owner(phrase: str) -> str | None:
    """``the hospital`` of ``a nurse in the hospital's emergency department``: an
    organization's common noun whose possessive opens the unit a person works in (which
    :data:`_tenure_re` reads as no title), or ``None``."""
    m = _tenure_re().search(phrase)
    if m is None:
        return None
    for word in m.group().split():
        if word.endswith(("'s", "’s")):
            return f"the {word[:-2]}" if word[:-2] in _REFERENCE_HEADS else None
    return None


def _duration(words: list[str]) -> bool:
    """``20 years``, ``three decades``, ``more than 30 years``: a length of time."""
    k = 0
    while k < len(words) and words[k] in _ABOUT:
        k += 1
    return (
        len(words) == k + 2
        and (words[k].isdigit() or words[k].lower() in _NUMBERS)
        and words[k + 1].rstrip(".").lower() in _DURATIONS
    )


def _without_duration(words: list[str]) -> list[str]:
    """``the plant for 12 years`` -> ``the plant``: a trailing length of time cut off."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _PREPS and _duration(words[i + 1 :]):
            return words[:i]
    return words


_DURATIONS = frozenset(V.DURATION_UNITS)
_ABOUT = frozenset(("about", "almost", "more", "nearly", "over", "than"))


#: An age is a number of at most this many digits (``Ana Ruiz, 54,``).
_AGE_DIGITS = 3
#: Words that open a home town after an age (``Ana Ruiz, 54, of Leeds``).
_HOMETOWN_LEADS = frozenset(("from", "of"))


def _after_age(words: list[str]) -> str:
    """The description after an age (``54, a sweeper at the depot``), up to a participle
    or ``and one of``, that opens its own clause (``a nurse visiting her mother``, ``a
    driver and one of the strikers``); ``""`` for a home town (``19, of Leeds``) or a
    kinship (``the daughter of ...``), which are no title."""
    lead = 1 if words[:1] in (["a"], ["an"], ["the"]) else 0
    if not words[lead:] or words[0] in _HOMETOWN_LEADS or words[lead].lower() in _KIN:
        return ""
    for i in range(lead + 1, len(words)):
        w = words[i].lower()
        clause = w.endswith(("ing", "ed")) and w not in _TITLE_OR_MODIFIER
        if clause or (w == "and" and words[i + 1 : i + 2] and words[i + 1] in _QUANTIFIERS):
            return " ".join(words[:i])
    return " ".join(words)


def _office_scoped_at(text: str) -> tuple[str, str] | None:
    """``Director of Occupational Safety at the Labour Ministry``, ``undersecretary for
    Emiratisation affairs at the ministry``: an office, its scope of capitalized words
    after ``of`` or ``for``, and the body after ``at`` (the scope is the office's, no
    organization), or ``None``."""
    m = _office_scoped_re().fullmatch(text)
    if m is None or m.group("head").lower() not in _TITLE_WORDS:
        return None
    scope = m.group("scope")
    if not any(w[:1].isupper() for w in scope.split()) or scope in _WHOLE_SCOPES:
        return None  # (``director of nursing at ...``, ``Minister of State at ...``)
    return m.group("title"), m.group("org")


#: Scopes that make a title whole with what follows them (``Minister of State at the
#: Department of Health``: an office of its own).
_WHOLE_SCOPES = frozenset(("State",))
_office_scoped_re = lazy(
    lambda: (
        r"(?:an?[ ]|the[ ])?+(?P<title>(?:\p{Ll}[\p{Ll}\-]*+[ ]){0,3}"
        r"(?P<head>\p{L}[\p{Ll}\-]*+)[ ](?:of|for)[ ]"
        r"(?P<scope>[\p{L}&][\p{L}\-&]*+(?:[ ][\p{L}&][\p{L}\-&]*+){0,7}?))"
        r"[ ]at[ ](?P<org>(?:the[ ])?+\p{Lu}[\p{L}\-.&' ]{1,80}+"
        + rf"|the[ ](?:{alternation((*V.HEAD_REFERENCES, *V.DESCRIPTION_BODY_NOUNS))}))"
    )
)


@functools.lru_cache(maxsize=_SPLIT_TITLE_CACHE)
def split_title(text: str) -> tuple[str | None, str | None]:
    """Split a descriptor into ``(title, organization)``.

    ``a member of Local 7`` -> (``member``, ``Local 7``); ``staff writer for The
    Gazette`` -> (``staff writer``, ``The Gazette``); ``UAW president`` -> (``president``,
    ``UAW``); the organization without its acronym in parentheses (``president of the
    Lakeside Nurses Union (LNU)`` -> ``Lakeside Nurses Union``).
    """
    text = _time_lead_re().sub("", text, count=1)  # (``Last night Unison's ...``)
    text = _service_re().sub("", text)  # (``a nurse with 15 years' experience``)
    if "-based " in text:
        text = _unnamed_based_re().sub("", text)  # (``with a Mumbai-based rating agency``)
    if text in _JOB_ACRONYMS:
        return text, None  # ``HCA``: a trade's initials, no organization's
    words = text.split(" ", 3)
    if words[0] == "with" and words[1:2] == ["the"] and words[2:3] and words[2] in _BACKING:
        return None, None  # ``Zappr, with the support of SIPTU,``: no one's workplace
    text = _first_description(text)
    text = _prospect_re().sub("", text)  # (``a student due to graduate in July``)
    if " the " in text or " a " in text:
        # (``the special mediator the White House sent in``: the title ends at its noun)
        text = _without_contact_clause(text)
    text = _out_of_re().sub(" at ", text)  # (``a driver out of the Pine River depot``)
    branch = _branch_office(text) or _two_offices(text)
    if branch is not None:
        return branch
    scoped = _office_scoped_at(text)
    if scoped is not None:
        return scoped
    title, org = _people_owner(text, *_unit_place(*_split_title(_one_of(text))))
    if title is not None and " who " in text and title.split(" ", 1)[0] in _PAST_MODIFIERS:
        # ``a retired nurse who is coordinator of the food bank``: what she is now
        now, body = _relative_office(text[text.index(" who ") + 1 :].split())
        title, org = (now, body or org) if now is not None else (title, org)
    if org is None and title is not None and " who " in text:
        org = _clause_workplace(text)
    elif org is None and title is None and text.startswith("who ") and not study_clause(text):
        org = _clause_body(_clause_workplace(text))  # (``who has driven for Halifax Transit``)
    if title and org and " at " in org:
        field, _, body = org.partition(" at ")
        if body[:1].isupper() and any(w.islower() and w not in _JOINERS for w in field.split()):
            # ``head of Asia industrials research at Halvorsen Securities``: a field of
            # the title, then the body
            title, org = f"{title} of {field}", body
    if org is not None and org.lower() in _QUANTIFIERS:
        org = None  # ``Another analyst``, ``Several workers``: a determiner, no body
    if org is not None and org in _WARD_UNITS:
        return (f"{org} {title}" if title else org), None  # ``ICU nurse``: a ward, no body
    if title is not None and "-of-" in title and _kin_descriptor(title):
        title = None  # ``a grandmother-of-five``: her family, no title
    if title is not None and org is not None and text.startswith(org) and _chamber_office(org):
        return f"{org} {title}", None  # ``Senate majority leader``: a chamber's office
    if title is not None and org is not None:
        title, org = _organ_office(text, title, org)
    return title, _bare_org(_without_placed_kind(without_acronym(_without_base(org))))


def _chamber_office(org: str) -> bool:
    """Whether *org*, read before a title, is a legislative chamber with at most a
    party's adjective (``Senate``, ``Senate Democratic``, ``House Republican``): the
    office is the chamber's, no organization's (as ``Senate Majority Leader``)."""
    words = org.split()
    return (
        1 <= len(words) <= 2
        and words[0] in _CHAMBERS
        and (len(words) == 1 or words[1] in _PARTY_ADJECTIVES)
    )


_CHAMBERS = frozenset(V.LEGISLATIVE_CHAMBERS)
#: (a party's name as its adjective: ``Senate Democratic leader``)
_PARTY_ADJECTIVES = frozenset(V.PARTIES)


def _first_description(text: str) -> str:
    """*text* up to a second description joined by ``and a``/``and an`` (``president and
    a fourth-grade teacher``, ``a nurse and a mother of two``): the first says what she
    is there; ``president and chief executive`` is one office. But a second that its
    owner names (``and the union's lead bargainer``) is the one read."""
    owned = _owned_second_re().search(text) or _office_of_owner(text)
    if owned is not None:
        # ``a doctoral candidate and the union's lead bargainer``: an office its owner
        # names says whose she is there (also ``and chair of the union's bargaining team``)
        return text[owned.start(1) :]
    at = text.find(" and a")
    if at <= 0 or any(sep in text for sep in _MEMBER_OF):
        return text  # (``a porter and a member of the GMB``: the membership names her union)
    m = _second_description_re().search(text, at)
    return text[: m.start()] if m is not None else text


def _office_of_owner(text: str) -> regex.Match[str] | None:
    """``a nurse at the hospital and chair of the union's bargaining team``: a second
    description, an office (its last word a title's) of a body its owner names."""
    m = _office_of_owner_re().search(text)
    office = m is not None and m.group(2) in _TITLE_WORDS and m.group(2) not in _NOT_OFFICES
    return m if office else None


_second_description_re = lazy(lambda: r"[ ]and[ ]an?\s")
#: Title nouns that hold no office (``and member of the mosque's board``).
_NOT_OFFICES = frozenset(("member", "members", "supporter"))
#: ``and chair of the union's``: the office's words, then its owner's.
_office_of_owner_re = lazy(
    lambda: (
        r"[ ]and[ ]((?:\p{Ll}[\p{L}\-]*+[ ]){0,2}(\p{Ll}[\p{L}\-]*+)"
        r"[ ]of[ ]the[ ]\p{Ll}[\p{L}\-]*+['’]s[ ]\p{Ll})"
    )
)
#: A second description with its owner (``and the union's lead bargainer``), after a
#: first with none.
_owned_second_re = lazy(lambda: r"\A[^'’,]{1,80}?[ ]and[ ](the[ ]\p{Ll}[\p{L}\-]*+['’]s[ ]\p{Ll})")
#: ``out of`` a workplace, as ``at`` (``a snowplow driver out of the county's depot``).
_out_of_re = lazy(lambda: r"[ ]out[ ]of[ ](?=the[ ]|\p{Lu})")
#: What a person is about to do, after their title (``a student due to graduate``,
#: ``a nurse set to retire``): no part of the title.
_prospect_re = lazy(lambda: rf"[ ](?:{alternation(V.PROSPECT_WORDS)})[ ]to[ ].*+")
#: A relative clause with no ``who`` or ``that`` after a title's noun (``special mediator
#: the White House sent in last fall``, ``a nurse the hospital suspended``): ``the`` or
#: ``a``, one to three words, then a verb in the past.
_contact_clause_re = lazy(
    lambda: (
        r"[ ](?:the|a)[ ](?:[\w'’.\-]++[ ]){1,3}?"
        rf"(?:\p{{Ll}}++(?<=ed)|{alternation(V.COMMON_IRREGULAR_PASTS)})(?![\w\-])"
    )
)


def _organ_office(text: str, title: str, org: str) -> tuple[str, str]:
    """An office of a named body's organ, as ``(title, organization)``: ``chair of the
    BMA's consultants committee``: ``chair`` of the BMA; a member's title names the
    organ as written (a bare ``member`` would be the union's member); *title* and *org*
    as they are for any other organization."""
    organ = _organ_re().match(org)
    if organ is None:
        return title, org
    if title.rsplit(" ", 1)[-1] == "member":
        title = f"{title} of {f'the {org}' if f'the {org}' in text else org}"
    return title, organ.group("owner")


@lazy
def _organ_re() -> str:
    """A named body's organ (:data:`~laborquotes._vocab.ORGAN_NOUNS`), its owner and its
    words: ``the WGA's negotiating committee``, ``Unite's executive board``."""
    return rf"""(?:the[ ])?
        (?P<owner> \p{{Lu}}[\w&.\-]*+ (?: [ ]\p{{Lu}}[\w&.\-]*+ ){{0,5}} ) ['’]s?[ ]
        (?P<organ> (?: \p{{Ll}}[\w\-]*+[ ] ){{0,2}} {alternation(V.ORGAN_NOUNS)} ) \Z"""


def _without_contact_clause(text: str) -> str:
    """*text* cut before a relative clause with no ``who`` or ``that`` right after a
    title's noun (:data:`_contact_clause_re`); as it was when there is none."""
    for m in _contact_clause_re().finditer(text):
        if text[max(0, m.start() - _NOUN_REACH) : m.start()].rpartition(" ")[2] in _TITLE_NOUNS:
            return text[: m.start()]
    return text


#: How far back the title's noun before such a clause is read (a word's length).
_NOUN_REACH = 40
#: An office of a union's unit at a workplace (``president of the UCU branch at the
#: University of Manchester``): the union's name (``owner``) before the unit's noun.
_branch_at_re = lazy(
    lambda: (
        rf"""\A(?:(?:a|an|the)[ ])?(?P<title>[\w\-]++(?:[ ][\w\-]++){{0,2}}?)[ ]of[ ]
    (?:the[ ])?(?P<owner>(?:\p{{Lu}}[\w&'’\-]*+[ ]){{1,4}}
                         |union['’]s[ ](?:\p{{Lu}}[\w&'’\-]*+[ ]){{0,3}})
    (?P<unit>{alternation(V.UNIT_TITLE_WORDS)})(?:[ ](?:at|in)[ ]|\Z)"""
    )
)


#: ``who studies labour relations at Allendale College``, ``who has worked for Acme
#: Freight since 2010``: a relative clause that says where a person works, and the
#: named body there (capitalized words and their joiners).
_clause_workplace_re = lazy(
    lambda: (
        rf"""
    (?<![\w\-]) who \s++ (?: has \s++ | have \s++ )?
    (?: {alternation(V.WORKPLACE_CLAUSE_VERBS)} ) (?![\w\-])
    [^,;:]{{0,80}}? \s (?: at | for ) \s++ (?: the \s++ )?
    (?P<org> \p{{Lu}} [\w&’'.\-]*+ (?: \s++ (?: (?: of | for | and | & | the ) \s++ )*
      \p{{Lu}} [\w&’'.\-]*+ ){{0,6}} )
    """
    )
)


def _clause_workplace(text: str) -> str | None:
    """The named body a relative clause of *text* says the person works or studies at
    (:data:`_clause_workplace_re`), without a place after it; ``None``: none named."""
    m = _clause_workplace_re().search(text)
    if m is None:
        return None
    words = _before_place(m.group("org").rstrip(".").split())
    return " ".join(words) or None


def _clause_body(org: str | None) -> str | None:
    """*org*, the workplace of a relative clause with no title before it, when it names
    a body: two words or more, no owner's, no site's and no title's (not ``Westmead``,
    ``Acme's Leeds depot``, ``St Finbarr's Cemetery``, the places an employer's staff
    work at; nor ``Gov. Scott Walker``)."""
    words = (org or "").split()
    if len(words) < 2 or any(w.endswith(("'s", "’s", ".")) for w in words):
        return None
    return None if words[-1].lower() in _WORKPLACES else org


def time_phrase() -> str:
    """A pattern for a time written between a subject and its verb or before a title
    (``last night``, ``this week``, ``yesterday``, ``on Tuesday``), any case at its
    first letter."""
    deictics = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in V.ATTRIBUTION_TAIL_DEICTICS)
    return (
        rf"(?:(?:{deictics})\s++(?:{alternation(V.ATTRIBUTION_TAIL_PERIODS)})"
        rf"|[Yy]esterday|[Oo]n\s++(?:{alternation(V.WEEKDAYS)}))"
    )


#: A time that opens a sentence before its subject's title, with no comma (``Last night
#: Unison's regional head of health, Tom Garside, said``).
_time_lead_re = lazy(lambda: rf"\A{time_phrase()}\s++(?=\S)")
#: A quantity of a plural (``one of the three commissioners``, ``Two of her campaign
#: aides``, ``some of the 40 drivers``); ``rest`` is the plural's phrase without its
#: determiner.
_partitive_re = lazy(
    lambda: (
        rf"""
    \S++ \s++ of \s++
    (?: (?: the | these | those | its | their | his | her | our ) \s++ )?
    (?: (?: {alternation(V.NUMBER_WORDS)} | \d{{1,3}} ) \s++ )?
    (?P<rest> .+ )
    """
    )
)
#: What ends the plural's phrase (``one of the founders of Acme``).
_ONE_OF_ENDS = (" of ", " at ", " for ", " with ", " in ")


def _one_of(text: str) -> str:
    """*text*, with a partitive ``one of`` a plural title read as the title (``one of
    the three commissioners`` -> ``commissioner``, ``one of the union's negotiators`` ->
    ``union's negotiator``); else *text*."""
    written = text
    if text.startswith("One of "):
        text = "o" + text[1:]  # (``One of the nurses``, at a sentence's start)
    m = _partitive_re().fullmatch(text) if text.startswith("one of ") else None
    if m is None:
        return written
    rest = m.group("rest")
    cut = min((k for k in (rest.find(e) for e in _ONE_OF_ENDS) if k > 0), default=len(rest))
    head, tail = rest[:cut], rest[cut:]
    last = head.rsplit(" ", 1)[-1]
    one = last[:-3] + "y" if last.endswith("ies") else last[:-1]
    if not last.endswith("s") or last.endswith("ss") or one.lower() not in _TITLE_WORDS:
        # (``one of the two no votes``, ``one of the loudest voices in the hall``, ``one
        # of the two men closest to the crane``: no office, and no organization)
        return "" if head[:1].islower() else written
    return head[: len(head) - len(last)] + one + tail


#: Determiners and quantifiers, capitalized at a sentence's start: never an organization.
_QUANTIFIERS = frozenset((*V.INDEFINITE_LEADS, *V.PARTITIVE_QUANTIFIERS, "few", "other"))
#: Participles of a dispute's action before a workforce (``Striking nurses``).
_ACTION_PARTICIPLES = frozenset(("picketing", "protesting", "striking"))
#: A hospital's wards and units written before a title (``ICU nurse``): no organization.
_WARD_UNITS = frozenset(V.WARD_UNITS)


def based_lead() -> str:
    """A place's or a nation's words, a hyphen and a participle of
    :data:`~laborquotes._vocab.BASE_PARTICIPLES`, and the spaces after them: where an
    organization is based or whose it is (``Hong Kong-based``, ``South Korean-owned``)."""
    name = r"\p{Lu}[\w.]*+"
    return rf"(?:{name}[^\S\n]++){{0,2}}{name}-{alternation(V.BASE_PARTICIPLES)}[^\S\n]++"


_based_re = lazy(lambda: rf"^(?:[Tt]he\s++)?{based_lead()}(?=\p{{Lu}})")
_BASE_MARKS = tuple(f"-{p}" for p in V.BASE_PARTICIPLES)


def _without_base(org: str | None) -> str | None:
    """*org* without where it is based or whose it is (``the Jakarta-based Institute for
    Economic Research`` -> ``Institute for Economic Research``)."""
    if org is None or not any(mark in org for mark in _BASE_MARKS):
        return org
    m = _based_re().match(org)
    return org if m is None else org[m.end() :]


_PEOPLE_PLURALS = frozenset(V.PEOPLE_PLURALS)
_PARTY_NAMES = frozenset(V.PARTIES)


def _people_owner(text: str, title: str | None, org: str | None) -> tuple[str | None, str | None]:
    """*title* and *org* of the descriptor *text*, with a plural noun of people read as
    an owner put back into the title (``Parents' representative`` -> (``parents'
    representative``, ``None``)): whom the person speaks for, no organization. A party's
    name as written is the party's (``the Conservatives' transport spokesman``)."""
    if title is None or org is None or org.lower() not in _PEOPLE_PLURALS or org in _PARTY_NAMES:
        return title, org
    at = text.find(org)
    mark = text[at + len(org) : at + len(org) + 1] if at >= 0 else ""
    return f"{org.lower()}{mark if mark in _APOSTROPHES else ''} {title}", None


_APOSTROPHES = ("'", "’")


#: Words that open the title of an office in a union's unit (``branch secretary``).
_UNIT_WORDS = frozenset(V.UNIT_TITLE_WORDS)


def _unit_place(title: str | None, org: str | None) -> tuple[str | None, str | None]:
    """*title* and *org*, with a place that ends *org* moved to the front of a unit's
    title (``MUA Sydney branch secretary`` -> (``Sydney branch secretary``, ``MUA``),
    ``ANMF Victorian branch secretary``), or that is *org*, one word no table knows,
    before a union's office (``Kyabuhengo branch chairperson``): the place names the
    unit, not the union."""
    if title is None or org is None or title.split(" ", 1)[0].lower() not in _UNIT_WORDS:
        return title, org
    words = org.split()
    for k in (2, 1):
        if len(words) > k:
            place = " ".join(words[-k:])
            if (
                places.lookup_region(place) is not None
                or places.lookup_city(place) is not None
                or places.demonym_length(words, len(words) - k) == k
            ):
                return f"{place} {title}", " ".join(words[:-k])
    one = len(words) == 1 and words[0][1:].islower()
    if one and union_only_office(title) and _unregistered(words[0]):
        # ``Kyabuhengo branch chairperson``: a place no table knows, naming a union's unit
        # (a union's office), not an organization
        return f"{words[0]} {title}", None
    return title, org


def _without_placed_kind(org: str | None) -> str | None:
    """*org* without a place and a kind of business before its name (``the Leeds firm
    Walker Sutcliffe`` -> ``Walker Sutcliffe``): where it is and what it is, no part of
    its name; as it is otherwise."""
    if org is None:
        return None
    words = org.removeprefix("the ").removeprefix("The ").split(" ")
    for k in range(1, min(len(words) - 1, _PLACE_WORDS + 1)):
        kind = words[k]
        if kind in _BUSINESS_KIND_NOUNS and words[k + 1][:1].isupper():
            if places.is_place(" ".join(words[:k])):
                return " ".join(words[k + 1 :])
            return org
    return org


#: Most words of a place's name before a kind of business (``the New York firm``).
_PLACE_WORDS = 3


def _bare_org(org: str | None) -> str | None:
    """*org* without the words that describe it before its name (``the rival Willamette
    Weekly`` -> ``Willamette Weekly``, ``the non-partisan Cook Report``), when they tell
    nothing of its kind (``the think tank Halden Institute`` and ``the union Unite``
    keep theirs, which the roles read); as it is when no name follows."""
    if org is None or not org.startswith(("the ", "The ")):
        return org
    words = org.split(" ")
    k = 1
    while k < len(words) and k <= _DESCRIBER_WORDS and _describer(words[k]):
        k += 1
    name = words[k:]
    if k == 1 or not name or not name[0][:1].isupper():
        return org
    if not all(w[:1].isupper() or w[:1].isdigit() or w in _JOINERS or w == "the" for w in name):
        return org
    described = " ".join(words[1:k])
    if _kind_word_re().search(described) is not None or hint_kind(described) is not None:
        return org  # (``the pricing service FuelData``: the kind the roles read)
    return " ".join(name)


def _describer(word: str) -> bool:
    """Whether *word* is a lower-case word that may describe an organization before its
    name (``rival``, ``left-leaning``; not ``of`` nor a possessive)."""
    return (
        word[:1].islower()
        and word.replace("-", "").isalpha()
        and word not in _JOINERS
        and word not in _PREPS
        and not word.endswith(_POSSESSIVES)
    )


@lazy
def _kind_word_re() -> str:
    """A word that tells an organization's kind in its description (``the charity``)."""
    return rf"(?i)(?<![\w-]){alternation(V.ORG_KIND_DESCRIBERS)}(?:e?s)?(?![\w-])"


#: Most common words read as describing an organization before or after its name.
_DESCRIBER_WORDS = 3


def without_acronym(org: str | None) -> str | None:
    """*org* without an acronym in parentheses at its end (``Nurses Union (LNU)``)."""
    if org is None or not org.endswith(")"):
        return org
    m = _paren_acronym_end_re().search(org)
    if m is None or m.start() == 0:
        return org
    return org[: m.start()].rstrip()


#: ``... (LNU)`` at the end of an organization's name.
_paren_acronym_end_re = lazy_stdlib(lambda: r"\s*\([A-Z][A-Za-z&\-]{1,9}\)\Z")


def _comma_parts(text: str) -> list[str]:
    """*text* split at its commas, but for those inside a body's name or inside brackets
    (:func:`_inner_comma`: ``for the Department of Enterprise, Trade and Employment``)."""
    parts = text.split(",")
    if len(parts) == 1:
        return parts
    out: list[str] = []
    lo = k = 0
    for part in parts[:-1]:
        k += len(part)
        if not _inner_comma(text, 0, k, len(text) - 1):
            out.append(text[lo:k])
            lo = k + 1
        k += 1
    out.append(text[lo:])
    return out


def _split_title(text: str) -> tuple[str | None, str | None]:
    """:func:`split_title` with the organization as written."""
    parts = _comma_parts(text)
    seg = " ".join(parts[0].split())
    if seg.isdigit() and len(seg) <= _AGE_DIGITS and len(parts) > 1:
        seg = _after_age(parts[1].split())  # ``54, a sweeper at the depot``
        if not seg:
            return None, None
    if not seg or seg.split()[0].lower() in _RELATIVES:
        return _relative_office(seg.split(" "))
    words = seg.split(" ")
    if any(w.endswith(_AGE_ADJECTIVE) for w in words[:2]) and len(words) > 2:
        words = _without_age(words) or words  # ``a 47-year-old welder`` -> ``welder``
        seg = " ".join(words)

    if _modifiers_only(words):
        return None, None  # ``then Ana Ruiz``, ``former Ana Ruiz``: no title noun
    # (``appearing for Acme``, ``working at Acme``: whose the person is)
    linked = _linked(words)
    words = _before_clause(words)
    seg = " ".join(words)
    if seg.replace("-", "").isdigit() or any(w.lower() in _FINITE_VERBS for w in words):
        # An age (``Ana Ruiz, 54,``) or a clause (``members are ready``) is not a title.
        return None, None
    if not linked and (words[0].lower() in _NOT_DESCRIPTOR or _participle_clause(words)):
        return None, None  # ``Ana Ruiz, along with ...``, ``Tom Lee, booked to fly ...``
    if words[:2] == ["part", "of"]:
        return None, None  # ``St. Brendan, part of the Covenant Health system,``: its parent
    member = _membership(seg)
    if member is not None:
        return member
    if words[0] in _ORG_APPOSITIVE or (linked and words[0] == "for"):
        if _hometown(words) or (len(parts) > 1 and _town_and_region(words, parts[1])):
            return None, None  # ``Jo Bright, 41, from Basildon``: where she lives
        if _unnamed_place(words):
            return None, None  # ``from a school in Dandenong``: no organization named
        title, org = _of_organization(_before_place(words))
        return title, org or (" ".join(words[1:]) if linked else None)  # ``for the union``
    region = _region_owner(words)
    if region and region < len(words):
        # ``Florida's Republican attorney general``, ``Italy's Northern League leader``:
        # a country's or a state's, which is no organization; the rest is the title
        return split_title(" ".join(words[region:]))
    bare = _strip_article(seg)
    owned = _owned(bare.split(" ")) or _referenced(seg)
    if owned is not None:
        return owned
    if bare == seg and words[0].lower() in _TITLE_ARTICLE_WORDS:
        # ``the college's director for England``: an owner pointed at by an article
        # (resolved later); what follows the title is its scope, not an organization,
        # but a place after ``in`` or ``from`` is where (``lead organizer in Rhode Island``)
        return _without_place(words), None
    party, rest = party_lead(bare.split(" "))
    if party is not None:
        # (``Labour MP for Aldermoor``: ``MP for Aldermoor`` and ``Labour``)
        title, org = split_title(" ".join(rest))
        return title, org or party
    if _regional_office(words):
        return seg, None  # ``NSW Premier``, ``WA Opposition Leader``: a state's office
    return _split_named(seg, words)


def _split_named(seg: str, words: list[str]) -> tuple[str | None, str | None]:
    """The last readings of :func:`_split_title`: a name, then a title (with its scope,
    or wire style), a preposition before the organization, or capitalized words."""
    if words[0].lower() in _OWNING_PRONOUNS and not any(w in _PREPS for w in words[1:]):
        return " ".join(words[1:]) or None, None  # ``Its State secretary``: read later
    split = (
        _of_name_then_title(words)
        or _scoped_office(words)
        or _name_then_title(words)
        or _name_then_cap_title(words)
        or _split_at_preposition(words)
    )
    return split if split is not None else _split_caps(seg, words)


def _of_name_then_title(words: list[str]) -> tuple[str | None, str | None] | None:
    """``Ministry of Justice spokesman``, ``Department for Business and Trade
    spokesperson``: a body's name (an organization's word, ``of`` or ``for``, then
    capitalized words and their joiners), then a title of lower-case words."""
    lead = 1 if words and words[0].lower() in _ARTICLE_WORDS else 0
    if len(words) < lead + 4 or words[lead] not in _ORG or words[lead + 1] not in _OF_FOR:
        return None
    k = lead + 2
    while k < len(words) and (
        words[k][:1].isupper()
        or (words[k] in _NAME_ANDS and words[k + 1 : k + 2] and words[k + 1][:1].isupper())
    ):
        k += 1
    tail = words[k:]
    if (
        k == lead + 2
        or not words[k - 1][:1].isupper()
        or not tail
        or not all(w[:1].islower() and w.lower() in _TITLE_OR_MODIFIER for w in tail)
    ):
        return None
    return " ".join(tail), " ".join(words[lead:k])


_OF_FOR = frozenset(("for", "of"))
#: Possessive pronouns that say whose an office is (``Its State secretary``).
_OWNING_PRONOUNS = frozenset(("its", "their"))


def _business_kind(words: list[str]) -> int:
    """How many lower-case words of a kind of business open *words* before a name (``law
    firm Baird Cole`` -> 2, ``consultancy Quadrante`` -> 1); 0 when no name follows
    them or the last is no noun of :data:`~laborquotes._vocab.BUSINESS_KIND_NOUNS`."""
    k = 0
    while k < min(len(words), _KIND_WORDS + 1) and words[k][:1].islower():
        k += 1
    if not 0 < k <= _KIND_WORDS or k == len(words) or not words[k][:1].isupper():
        return 0
    return k if words[k - 1] in _BUSINESS_KIND_NOUNS else 0


def _kind_kept(words: list[str]) -> list[str]:
    """*words*, a kind of business, then its name, with the kind kept only where it
    tells the roles something (``law firm Baird Cole``; ``consultancy Quadrante`` ->
    ``Quadrante``)."""
    k = _business_kind(words)
    return words if not k or hint_kind(" ".join(words[:k])) is not None else words[k:]


def _of_body(ofx: str, title: str | None) -> str | None:
    """The organization written after a name and ``of`` (*ofx*), unless it is where the
    person lives (``Ana Ruiz of Leeds``: :func:`_lives_in`)."""
    org = _described_body(ofx.split()[1:])
    return None if org and _lives_in(title, org) else org or None


def _described_body(words: list[str]) -> str:
    """The organization after ``of`` (*words*, without it): ``the Leeds-based research
    group Tallis`` -> ``research group Tallis`` (as :func:`_kind_kept` keeps a kind), no
    article and no base (where it is based is no part of its name)."""
    org = _without_base(" ".join(words).removeprefix("the ")) or ""
    return " ".join(_kind_kept(without_place_tail(org.split(" "))))


#: Most lower-case words of a kind of business before its name (``research firm``).
_KIND_WORDS = 3
#: Prepositions of a workplace (``an economist at consultancy Quadrante``).
_AT_WORK = frozenset(("at", "for", "with"))
_BUSINESS_KIND_NOUNS = frozenset(V.BUSINESS_KIND_NOUNS)


def _regional_office(words: list[str]) -> bool:
    """Whether *words* are a state's or a region's letters, then an office of
    government (``NSW Premier``, ``WA Opposition Leader``, ``NSW Health Minister``): no
    organization. (A name is: ``NSW Nurses Association president``.)"""
    if not 2 <= len(words) <= _REGIONAL_OFFICE_WORDS or not words[0].isupper():
        return False
    if words[-1].lower() not in _TITLE_NOUNS or not (
        places.lookup_region(words[0]) is not None or places.is_state_code(words[0])
    ):
        return False
    office = " ".join(words[1:])
    portfolio = office.replace("Local Government", "Government").split()  # (no union's Local)
    return person_role(office.lower(), None) is Role.GOVERNMENT and not any(
        w in _ORG and w not in _PORTFOLIO_WORDS for w in portfolio
    )


def _scoped_office(words: list[str]) -> tuple[str, str] | None:
    """``Verdi regional chief for Bavaria`` -> (``regional chief for Bavaria``,
    ``Verdi``): an organization's capitalized name, a title in lower case, then the
    region it covers after ``for`` (a region, no organization: see
    :func:`~laborquotes._places.is_region`)."""
    if "for" not in words:
        return None
    i = words.index("for")
    k = 0
    while k < i and (words[k][:1].isupper() or words[k][:1].isdigit()):
        k += 1
    if not 0 < k < i or words[i - 1].lower() not in _TITLE_WORDS:
        return None
    if any(w[:1].isupper() for w in words[k:i]) or any(
        w.lower() in _TITLE_WORDS for w in words[:k]
    ):
        return None  # (``Regional Secretary for Wales``: a title whole)
    if not places.is_region(" ".join(words[i + 1 :]).rstrip(".")):
        return None
    return " ".join(words[k:]).rstrip("."), " ".join(words[:k])


def _name_then_cap_title(words: list[str]) -> tuple[str, str] | None:
    """``Bank of Canada Governor`` -> (``Governor``, ``Bank of Canada``), ``Port of
    Vancouver CEO``: a name with ``of`` or ``for`` inside, then one capitalized title
    word (wire style)."""
    if len(words) < 4 or words[0].lower() in _TITLE_WORDS:
        return None  # (``Secretary of State``: a title whole)
    last = words[-1]
    if not (last.lower() in _TITLE_WORDS or last in _EXECUTIVE_ACRONYMS) or not last[:1].isupper():
        return None
    body = words[:-1]
    if not any(w in ("of", "for") for w in body[1:-1]):
        return None
    if not all(w[:1].isupper() or w in _JOINERS or w == "the" for w in body):
        return None
    return last, " ".join(body)


def _name_then_title(words: list[str]) -> tuple[str, str] | None:
    """``Canadian Union of Postal Workers national president`` -> (``national
    president``, ``Canadian Union of Postal Workers``): a name with a joiner between its
    capitalized words, then a title in lower case (not split at the joiner)."""
    k = 0
    joined = False
    while k < len(words) - 1:
        if words[k][:1].isupper() or words[k][:1].isdigit():
            k += 1
        elif k and words[k] in _JOINERS:
            nxt = k + 2 if words[k + 1] == "the" else k + 1
            if nxt >= len(words) or not words[nxt][:1].isupper():
                return None
            k, joined = nxt, True
        else:
            break
    rest = words[k:]
    if not joined or not rest or not all(w[:1].islower() for w in rest):
        return None
    if rest[-1].lower() not in _TITLE_OR_MODIFIER or any(
        w.lower() in _TITLE_WORDS for w in words[:k]
    ):
        return None  # (``Secretary of State and Democratic candidate``: two titles)
    return " ".join(rest), " ".join(words[:k])


def _region_owner(words: list[str]) -> int:
    """How many words at the front are a country's, a state's or a province's
    possessive (``Britain's``, ``New South Wales'``), or a seat's before a party's
    legislator (``Leeds East's Labour MP``): 0 for none."""
    for k in range(min(len(words), 3)):
        if not words[k][:1].isupper():
            return 0
        if words[k].endswith(_POSSESSIVES):
            owner = " ".join(words[: k + 1])
            owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner[:-1]
            seat = _party_member(words[k + 1 :])  # (``Leeds East's Labour MP``: a seat's)
            return k + 1 if seat or places.lookup_region(owner) is not None else 0
    return 0


def _party_member(words: list[str]) -> bool:
    """Whether *words* are a party's legislator (``Conservative MP``)."""
    if not words:
        return False
    party, rest = party_lead(words)
    return party is not None and bool(rest) and rest[-1] in _LEGISLATORS


def _membership(seg: str) -> tuple[str | None, str | None] | None:
    """``a nurse at a hospital in Leeds and a member of the union`` -> (``nurse``, ``the
    union``): a job, then the membership it is coordinated with, which names the
    organization the person speaks for (``None``: no such membership)."""
    for sep in _MEMBER_OF:
        head, found, rest = seg.partition(sep)
        if found and head and rest:
            title = split_title(head)[0] if head.split()[0].lower() not in _RELATIVES else None
            return title or _strip_article(head), _member_org(rest.split())
    return None


def _member_org(words: list[str]) -> str | None:
    """The organization of a membership: a proper name (``Unite``, ``the Royal College
    of Nursing``), else a short description, kept as a reference (``the union``, ``the
    GMB union``)."""
    name = words[1:] if words[0] in _THE else words
    if name and all(
        w[:1].isupper() or (0 < k < len(name) - 1 and w in _JOINERS) for k, w in enumerate(name)
    ):
        return " ".join(name).rstrip(".")
    if words[0] in _THE and 1 < len(words) <= 4:
        return " ".join(words).rstrip(".")
    return None


#: How a membership is coordinated with a job, as written between them.
_MEMBER_OF = tuple(f" {w} " for w in V.MEMBERSHIP_LINKS)


def _linked(words: list[str]) -> bool:
    """Whether *words* say whom the person works or acts for: a linking participle
    (``appearing for Acme``, ``working at Acme``) or ``for`` and a name (``Nadia Crewe,
    for the Crown Prosecution Service,``; not ``for the defence``)."""
    if len(words) < 2:
        return False
    if words[0].lower() in _LINKING_PARTICIPLES and words[1] in _LINKED_BY:
        return True
    rest = words[2:] if words[1] == "the" else words[1:]
    return words[0] == "for" and bool(rest) and rest[0][:1].isupper()


def _relative_office(words: list[str]) -> tuple[str | None, str | None]:
    """``who chairs the Harbour Board`` -> (``chair``, ``Harbour Board``): an office
    verb and an organization's proper name; ``who is First Union's transport organiser``
    -> the description after the copula; any other relative clause is no title."""
    words = _as_copula(words)
    if len(words) >= 3 and words[0] == "who" and words[1] in _COPULAS:
        rest = words[3:] if words[2] in ("also", "now") else words[2:]
        if rest and (
            rest[0][:1].isupper()
            or rest[0].lower() in _DESCRIPTION_LEADS
            or rest[0].lower() in _TITLE_WORDS
        ):
            # (a noun phrase that ends in a title: not ``who is 47``, ``who is retiring``,
            # ``who is Muslim``)
            title, org = split_title(" ".join(rest))
            if title is not None and any(w in _TITLE_WORDS for w in title.lower().split()):
                return title, org
    title = V.OFFICE_VERBS.get(words[1]) if len(words) >= 3 and words[0] == "who" else None
    rest = words[3:] if len(words) > 3 and words[2] in ("the", "The") else words[2:]
    k = _business_kind(rest)  # (``who chairs the campaign group Save Our Wards``)
    if title is None or not rest[k:] or rest[-1] in _JOINERS:
        return None, None
    if not all(w[:1].isupper() or w in _JOINERS for w in rest[k:]):
        return None, None
    return title, " ".join(_kind_kept(rest))


def _as_copula(words: list[str]) -> list[str]:
    """A relative clause's *words*, a verb of work and ``as`` read as ``is`` (``who has
    worked as an emergency physician at the hospital`` -> ``who is an emergency
    physician at the hospital``)."""
    k = 2 if words[1:2] and words[1] in ("has", "had") else 1
    if len(words) > k + 2 and words[k] in _WORKED_AS and words[k + 1] == "as":
        return ["who", "is", *words[k + 2 :]]
    return words


#: The copulas of a relative clause that describes (``who is the union's treasurer``).
_COPULAS = frozenset(("is",))
#: Verbs of work before ``as`` and a title (``who works as a porter``).
_WORKED_AS = frozenset(V.AS_TITLE_VERBS)
_DESCRIPTION_LEADS = frozenset(("a", "an", "its", "the", *V.POSSESSIVE_PRONOUNS))


def _referenced(seg: str) -> tuple[str | None, str | None] | None:
    """``a company spokesman`` -> (``spokesman``, ``the company``): in an unnamed
    speaker's description, a generic organization noun before a title is a reference to
    an organization of the article (``union president Ana Ruiz`` keeps its title)."""
    words = seg.split(" ")
    if len(words) < 3 or words[0].lower() not in ("a", "an"):
        return None
    words = words[1:]
    if words[0] not in _REFERENCE_HEADS or words[0] in _ADJECTIVAL_HEADS:
        return None  # (``a local councillor``: no union's)
    if words[-1].lower() not in _TITLE_WORDS or any(w in _PREPS for w in words):
        return None
    return " ".join(words[1:]), f"the {words[0]}"


def _participle_clause(words: list[str]) -> bool:
    """``booked to fly from Leeds``, ``accused by the union``, ``speaking for the
    government``: a clause, not a title (but ``retired teacher``, ``elected official``,
    ``managing director`` are titles)."""
    first = words[0].lower()
    return (
        first.endswith(("ed", "ing"))
        and first not in _TITLE_OR_MODIFIER
        and (len(words) == 1 or words[1] in _PREPS or words[1] in _CLAUSE_OBJECT_STARTS)
    )


#: Words after a participle that make it a clause, not a title's modifier (``accused
#: by``, ``picketing outside the plant``, ``holding a sign``).
_CLAUSE_OBJECT_STARTS = frozenset(("a", "an", "by", "her", "his", "its", "outside", "the", "their"))
#: Participles inside a description that name whom the person speaks for: the
#: description goes on past them (``a lawyer representing the guild``).
_SPEAKING_FOR = frozenset(("acting", "representing"))


def _before_clause(words: list[str]) -> list[str]:
    """*words* of a description up to a clause inside it: a relative clause (``owner of
    the Dallas Stars who ran for office``) or a participle's (``a driver picketing the
    depot``); without a participle that only says where the person works (``a nurse
    working at Acme`` -> ``a nurse at Acme``)."""
    cut = next((i for i, w in enumerate(words) if i and w in _WH_RELATIVES), None)
    if cut is None:
        words = _without_linking_participle(words)
        cut = _participle_cut(words)
    return words if cut is None else words[:cut]


def _without_age(words: list[str]) -> list[str]:
    """*words* of a description without an age written as an adjective (``a 47-year-old
    welder`` -> ``a welder``); none when the age is the description's noun (``a
    59-year-old from Leeds``: the description stays as it is)."""
    words = [w for w in words if not w.endswith(_AGE_ADJECTIVE)]
    head = words[1:] if words and words[0].lower() in _ARTICLE_WORDS else words
    return [] if not head or head[0] in _PREPS else words


#: How an age written as an adjective ends (``47-year-old``).
_AGE_ADJECTIVE = "-year-old"
#: Participles that only link a person to where they work or whom they speak for (``a
#: nurse working at Acme``, ``appearing for Acme``).
_LINKING_PARTICIPLES = frozenset(
    ("acting", "appearing", "based", "employed", "stationed", "working")
)
#: The prepositions after such a participle that name an organization (``working at``).
_LINKED_BY = frozenset((*V.ORG_APPOSITIVE_PREPOSITIONS, "for"))


def _without_linking_participle(words: list[str]) -> list[str]:
    """*words* without a participle that only links the person to an organization or a
    place, before its preposition (``a nurse working at Acme`` -> ``a nurse at Acme``,
    ``a driver based in Leeds``, ``appearing for Acme Freight`` -> ``for Acme
    Freight``)."""
    for i in range(len(words) - 1):
        if words[i].lower() in _LINKING_PARTICIPLES and words[i + 1] in _PREPS:
            return words[:i] + words[i + 1 :]
    return words


def _participle_cut(words: list[str]) -> int | None:
    """Where a participle clause inside a description begins (``a driver based at the
    depot`` -> 2, ``a nurse working nights at the hospital``), or ``None``; an ``-ing``
    form after a preposition is a field's noun (``director of nursing at the trust``)."""
    return next(
        (
            i
            for i in range(1, len(words))
            if len(words) > i + 1
            and words[i].lower() not in _SPEAKING_FOR
            and words[i - 1].lower() not in _GERUND_LEADS
            and _participle_clause(words[i:])
        ),
        None,
    )


#: Prepositions after which an ``-ing`` form names a field (``head of marketing``).
_GERUND_LEADS = frozenset(("for", "in", "of"))


def _owned(words: list[str]) -> tuple[str | None, str | None] | None:
    """``INMO's officer in Limerick`` -> (``officer``, ``INMO``), ``Color of Change's
    director`` -> (``director``, ``Color of Change``): the organization is the owner,
    not the place; not a person's kin (``Ana Ruiz's brother``), not ``It's``."""
    k = 0
    while k < min(len(words), 6) and not words[k].endswith(_POSSESSIVES):
        if not (words[k][:1].isupper() or (k and words[k] in _JOINERS)):
            return None
        k += 1
    # (``Scottish government's``: a nation's government, its noun in lower case)
    governed = 0 < k < len(words) and words[k] in _GOVERNMENT_POSSESSIVES
    if k >= min(len(words) - 1, 6) or not (
        words[0][:1].isupper() and (words[k][:1].isupper() or governed)
    ):
        return None  # (``The group's chief``: pointed at by an article, resolved later)
    named = _named_on(words, k)
    owner = " ".join(words[: named or k + 1])
    if not named:
        owner = owner[:-2] if owner.endswith(("'s", "’s")) else owner[:-1]
    if owner in _STOP or owner in _PRON_WORDS or any(w in _HONORIFICS for w in words[:k]):
        return None  # (``President Obama's envoy``: a person's)
    cut = next((i for i, w in enumerate(words) if w in _LOCATION_PREPS), len(words))
    title = words[(named or k + 1) : cut]
    if not title or any(w.lower() in _KIN for w in title):
        return None
    return " ".join(title), owner


_GOVERNMENT_POSSESSIVES = frozenset(("government's", "government’s"))
#: Where an unnamed body is based, after its article (``a Mumbai-based rating agency``):
#: where, which leaves the body unnamed.
_unnamed_based_re = lazy(
    lambda: r"(?<=\ban?[^\S\n])\p{Lu}[\w.’']*+(?:[^\S\n]\p{Lu}[\w.’']*+)?-based[^\S\n]"
)


def _named_on(words: list[str], k: int) -> int:
    """Where a name goes on past the plural possessive ``words[k]`` (``Nurses and
    Midwives' Association general secretary``: the possessive is inside the name, which
    ends before the title): the index after its last capitalized word, else 0."""
    if not words[k].endswith(("s'", "s’")):
        return 0
    j = k + 1
    while j < len(words) - 1 and words[j][:1].isupper() and words[j].lower() not in _TITLE_WORDS:
        j += 1
    return j if j > k + 1 and words[j][:1].islower() else 0


def _of_organization(words: list[str]) -> tuple[str | None, str | None]:
    """``of the research group Aerofocus`` -> (None, ``Aerofocus``): the capitalized
    words at the end, after a description, joiners between them; a kind of body after
    them aside (``of the Access for All Travellers group`` -> ``Access for All
    Travellers``)."""
    words = [*words[:-1], words[-1].rstrip(".")]
    while True:  # (``... campaign group``: the longer kind first)
        n = next((n for n in (2, 1) if " ".join(words[-n:]) in _BODY_KINDS), 0)
        if not n or len(words) <= n + 1:
            break
        words = words[:-n]
    k = len(words)
    while k > 1 and (
        words[k - 1][:1].isupper()
        or words[k - 1][:1].isdigit()
        or (words[k - 1] in _JOINERS and k > 2 and words[k - 2][:1].isupper() and k < len(words))
        or (words[k - 1] == "the" and k > 2 and words[k - 2] in _JOINERS and k < len(words))
    ):
        k -= 1
    while k < len(words) and (words[k] in _JOINERS or words[k] == "the"):
        k += 1
    org = " ".join(words[k:]).rstrip(".")
    return None, (org or None)


def _demonym_after(caps: list[str]) -> int:
    """How many words at the end of *caps*, a name of one word or more before them, are
    an adjective of nationality or of a state (``... Union Victorian``), a state's code
    (``AMWU SA``: :func:`~laborquotes._places.is_state_code`), or, after an acronym
    alone, a state's or a region's name (``BCWU Queensland``)."""
    if len(caps) > 1 and places.is_state_code(caps[-1]):
        return 1
    for n in (2, 1):
        if len(caps) > n and places.demonym_length(caps, len(caps) - n) == n:
            return n
        if len(caps) == n + 1 and _org_acronym(caps[0]) and _a_region(caps[1:]):
            return n  # (``BCWU Queensland organiser``: the union's branch in a state)
    return 0


def _a_region(words: list[str]) -> bool:
    """Whether *words* name a state, a province or a region (``Queensland``)."""
    return places.lookup_region(" ".join(words)) is not None


def _split_caps(seg: str, words: list[str]) -> tuple[str | None, str | None]:
    """Leading capitalized words (an organization) before a title: ``UAW president``,
    ``UAW Region 8 Director``."""
    k = len(words)
    while k > 1 and words[k - 1].lower().rstrip(".") in _TITLE_OR_MODIFIER:
        if words[k - 1] in _ORG:
            break  # ``UK Independence Party``
        k -= 1
    lead = _modifier_count(words[:k])
    caps = words[lead:k]
    if (
        0 < k < len(words)
        and words[k][:1].isupper()
        and (len(caps) > 1 or (len(caps) == 1 and caps[0] in _MEMBER_BODIES))
        and caps[-1] in _ORG
        and not any(w in _MINISTERIAL_BODIES for w in caps)
        and words[-1] not in _PORTFOLIO_OFFICE_HEADS
    ):
        # ``Mulgarra Regional Council Mayor``, ``Association President``: a body's name
        # or noun, then its office (``Treasury Board President`` is one office)
        return " ".join(words[:lead] + words[k:]), " ".join(caps)
    if len(caps) == 2 and caps[0].lower() in _SCHOOL_YEARS and caps[1].isdigit():
        return _strip_article(seg), None  # ``Year 12 student``: a school year, no organization
    numbered = any(_org_acronym(w) or w.isdigit() for w in caps)
    named = all(w[:1].isupper() or w[:1].isdigit() for w in caps)
    # (``Acme CEO``: a title acronym after capitalized words names their organization)
    numbered = numbered or (bool(caps) and k < len(words) and words[k] in _EXECUTIVE_ACRONYMS)
    if k < len(words) and numbered and named and words[k][:1].isupper():
        title = " ".join(words[:lead] + words[k:])
        return title, " ".join(caps).removesuffix("'s").removesuffix("’s")
    # (an indefinite article is never part of a name: ``A Home Office spokesman``; nor
    # is a modifier of the title, capitalized as the sentence's first word: ``Former
    # House speaker``)
    lead = 1 if words[0] in ("A", "An") else 0
    first = k = lead + _modifier_count(words[lead:])
    while k < len(words) - 1 and (
        words[k][:1].isupper()
        or words[k][:1].isdigit()
        or (k > first and words[k] in _NAME_ANDS and words[k + 1][:1].isupper())
    ):
        k += 1  # (``Industrial Relations and Safety Minister``: one run of capitals)
    if k > first and words[k][:1].islower():
        if words[first] == "The" and k - first == 2:
            # ``The RMT general secretary``, ``The Labour leader``: the article is the
            # phrase's, not the one-word name's
            first += 1
        caps = words[first:k]
        if _placed(caps):
            return _strip_article(seg), None  # ``South African union official``
        k -= _demonym_after(caps)  # ``Australian Education Union Victorian branch
        caps = words[first:k]  # secretary``: the state's branch, no part of the name
        org = " ".join(caps).removesuffix("'s").removesuffix("’s")
        if (
            len(caps) >= 2
            or _is_acronym(caps[0])
            or (caps[0] in _ORG and not _kind_of_place(caps[0]))
            or _company_title(caps, words[k:])
        ):
            return _strip_article(" ".join(words[lead:first] + words[k:])), org
    return _strip_article(seg), None


def _placed(caps: list[str]) -> bool:
    """Whether capitalized words before a title are a place, no organization: a
    nationality, a city, a region or a state's code (``South African union official``,
    ``SA state secretary``)."""
    if len(caps) == 1 and places.is_state_code(caps[0]):
        return True
    return places.demonym_length(caps, 0) == len(caps) or _a_place(" ".join(caps))


def _a_place(words: str) -> bool:
    """Whether *words* name a dateline's city, a region or a country (``New York``,
    ``Ontario``; not ``Penrith``, whose town's name is also its club's before a title)."""
    return places.lookup_city(words) is not None or places.lookup_region(words) is not None


def _kind_of_place(word: str) -> bool:
    """Whether *word*, capitalized as a sentence's first word, names a kind of workplace,
    business or body, no organization (``Hospital spokesman``, ``Terminal manager``,
    ``Media analyst``, ``Police spokesman``)."""
    low = word.lower()
    return (
        low in _WORKPLACES
        or low in _ORG_DESCRIPTORS
        or low in _COMMON_ORG_NOUNS
        or low in _SECTOR_MODIFIERS
    )


def _company_title(caps: list[str], title: list[str]) -> bool:
    """``Lear spokesman``, ``Acme chief executive``, ``Unitas national representative``:
    one capitalized word, no place and no common noun, before a title held at a company
    or a body (:data:`~laborquotes._vocab.ORG_TITLE_HEADS`, or a union's office; not
    ``Clinton campaign manager``)."""
    word = caps[0].removesuffix("'s").removesuffix("’s")
    # (the head before a title's scope: ``Corvane president of production``)
    head = title[: title.index("of")] if "of" in title[1:] else title
    return (
        len(caps) == 1
        and bool(head)
        and head[0].lower() not in _SECTOR_WORDS  # (``Food industry analyst``)
        and (head[-1].lower() in _ORG_TITLE_HEADS or union_only_office(" ".join(head)))
        and len(word) > 1
        # (a registered name is read as the registry's, by the title's lookup: ``Unite
        # regional officer``, ``E tū organiser``)
        and _unregistered(" ".join((*caps, *title)))
        and not any(w.lower() in _PERSONAL_OFFICE for w in title)
        and word.lower() not in _NOT_ORG_LEADS
        and not _common_lead(word)
        and not _kind_of_place(word)
        and places.lookup_region(word) is None
        and places.lookup_city(word) is None
    )


_ORG_TITLE_HEADS = frozenset(V.ORG_TITLE_HEADS)
_COMMON_ORG_NOUNS = frozenset(V.COMMON_ORG_NOUNS)
_SECTOR_WORDS = frozenset(V.SECTOR_WORDS)
_SECTOR_MODIFIERS = frozenset(V.SECTOR_MODIFIERS)
_NOT_ORG_LEADS = frozenset(V.NOT_ORG_LEADS)
_PERSONAL_OFFICE = frozenset(V.PERSONAL_OFFICE_WORDS)


# --------------------------------------------------------------------------- names


class Name(NamedTuple):
    """A name span cleaned of what is written around it."""

    start: int
    end: int
    #: The words before the name: titles and courtesy honorifics (``Sen.``, ``Mr``).
    pre: list[str]
    #: A legislator's post-nominal letters after the name (``MP``, ``TD``), else ``None``.
    post: str | None = None


def _postnominal(text: str, tokens: list[tuple[int, int]]) -> str | None:
    """Drop post-nominal letters from the end of *tokens* (``Ana Ruiz MP``, ``Tom Lee,
    PhD``); the legislator's letters are returned, as a title."""
    post = None
    while len(tokens) > 1:
        word = text[tokens[-1][0] : tokens[-1][1]].rstrip(",")
        if word not in _POSTNOMINALS and word.rstrip(".") not in _POSTNOMINALS:
            break
        tokens.pop()
        if post is None and word.rstrip(".") in _LEGISLATORS:
            post = word.rstrip(".")
    return post


def _drop_lead(text: str, tokens: list[tuple[int, int]]) -> None:
    """Drop the words that open a sentence before a name (``But``, ``In``), not a title
    (``First Minister``). After a preposition (``In Leeds Ana Ruiz``) the name starts at
    a known first name, if one follows."""
    lead: list[str] = []
    while tokens:
        word = text[tokens[0][0] : tokens[0][1]]
        after = text[tokens[1][0] : tokens[1][1]].lower() if len(tokens) > 1 else ""
        if word not in _STOP or word in _HONORIFICS:
            break
        if word.lower() in _TITLE_OR_MODIFIER and after in _TITLE_WORDS:
            break
        if len(tokens) > 1 and _given_name_after_surname(text[tokens[1][0] : tokens[1][1]]):
            break  # ``Oh Hye-jin``, ``Ma Ying-jeou``: a surname, then a given name
        lead.append(word.lower())
        tokens.pop(0)
    if lead and lead[-1] in _PREPS:
        words = [text[a:b] for a, b in tokens]
        first = next((i for i, w in enumerate(words) if i and w in FIRST_GENDER), 0)
        del tokens[:first]


def _given_name_after_surname(word: str) -> bool:
    """Whether *word* is an East Asian given name of two syllables joined by a hyphen
    (``Hye-jin``, ``Ying-jeou``, ``Chi-wai``): the word before it is a surname, though
    it be an English word (``Oh``, ``Ma``, ``An``)."""
    return _hyphenated_given_re().fullmatch(word.rstrip(",.")) is not None


_hyphenated_given_re = lazy_stdlib(lambda: r"[A-Z][a-z]{1,5}-[a-z]{1,5}")


#: A word as a name's span is read: what the spaces leave.
_token_re = lazy_stdlib(lambda: r"\S+")


def _kin_descriptor(word: str) -> bool:
    """Whether *word* before a name describes the person's family (``Grandfather``,
    ``Mum``, ``Mother-of-two``, ``Father-of-three``), no part of the name."""
    low = word.lower()
    head, of, count = low.partition("-of-")
    kin = head in _KIN or head in _KIN_DESCRIPTORS  # (``Mother-of-two``, ``Mum-of-three``)
    return low in _KIN_DESCRIPTORS or bool(of and kin and count.isalpha())


_KIN_DESCRIPTORS = frozenset(V.KIN_DESCRIPTORS)


def _clean_name(text: str, start: int, end: int) -> Name:
    """Strip stop words, honorifics, post-nominals and a sentence period from a name
    span. An honour (``Sir``, ``Baroness``) stays part of the name."""
    a, b, pre, post = _clean_segment(text[start:end])
    return Name(start + a, start + b, list(pre), post)


def _agent_before_name(tok: str, rest: list[str]) -> bool:
    """Whether *tok*, a capitalized word that names a doer (``Meteorologist``,
    ``Rancher``; no given name), stands before a given name and a surname (*rest*): a
    job no table lists, written as a title."""
    return (
        len(rest) == 2
        and rest[0] in FIRST_GENDER
        and tok not in FIRST_GENDER
        and tok[:1].isupper()
        and tok[1:].islower()
        and tok.lower().endswith(_AGENT_TITLE_ENDINGS)
    )


#: Endings of a word that names a doer (``-ist``, ``-er``, ``-or``, ``-ian``).
_AGENT_TITLE_ENDINGS = ("er", "ian", "ist", "or")


@functools.lru_cache(maxsize=4096)
def _clean_segment(text: str) -> tuple[int, int, tuple[str, ...], str | None]:
    """:func:`_clean_name` of the whole of *text*, with offsets into it: it reads
    nothing outside the span, and the same name spans come back again and again."""
    tokens = [m.span() for m in _token_re().finditer(text)]
    _drop_lead(text, tokens)
    if len(tokens) > 2 and _kin_descriptor(text[tokens[0][0] : tokens[0][1]]):
        del tokens[0]  # ``Grandfather Tom Price``, ``Mother-of-two Jane Hill``
    while len(tokens) > 1 and text[tokens[-1][0] : tokens[-1][1]].rstrip(".,") in _TRAIL_STOP:
        tokens.pop()
    post = _postnominal(text, tokens)
    pre: list[str] = []
    # (where a father's name begins: no honour after it is the person's)
    patronym = next((k for k, (x, y) in enumerate(tokens) if text[x:y] in _PATRONYMS), len(tokens))
    for k in range(len(tokens) - 2, -1, -1):
        tok = text[tokens[k][0] : tokens[k][1]]
        rest = [text[x:y].rstrip(",") for x, y in tokens[k + 1 :]]
        if all(r in _SUFFIX or r.rstrip(".") in _SUFFIX for r in rest):
            continue  # ``Martin L. King Jr.``, ``King III.``: a name is left after the title
        if k > patronym:
            continue  # ``Rizal bin Pengiran Haji Latif``: the father's name, ``Haji`` and all
        if tok in _HONOURS:
            pre = [text[a:b] for a, b in tokens[:k]]
            tokens = tokens[k:]
            break
        if tok in _TITLE_FIRST_NAMES and sum(r.rstrip(".") not in _SUFFIX for r in rest) == 1:
            continue  # ``Dean Rowe``: a first name, not the title ``dean``
        if (
            tok in _HONORIFICS
            or (tok[:1].isupper() and tok.lower() in _TITLE_WORDS)
            or (tok in _PARTY_LABELS and len(rest) >= 2)  # ``Democrat Ana Ruiz``
            or (tok in _LEGISLATORS and len(rest) >= 2)  # ``Labour MS Ana Ruiz``, ``MLC``
            or (tok in _JOB_ACRONYMS and len(rest) >= 2)  # ``HCA Donna Marsh``
            or (k == 0 and _agent_before_name(tok, rest))  # ``Meteorologist Carla Jensen``
            or (
                tok in _BARE_STYLES
                and k
                and text[tokens[k - 1][0] : tokens[k - 1][1]] in _STYLE_LEADS
            )
            or (k and (text[tokens[k - 1][0] : tokens[k - 1][1]], tok) in _COMPOUND_STYLES)
        ):
            pre = [text[a:b] for a, b in tokens[: k + 1]]
            tokens = tokens[k + 1 :]
            break
    if not tokens:
        return 0, 0, tuple(pre), None
    a, b = tokens[0][0], tokens[-1][1]
    last = text[tokens[-1][0] : b]
    if last.endswith(".") and len(last) > 2 and last not in _SUFFIX and last.count(".") == 1:
        b -= 1
    while b > a and text[b - 1] == ",":
        b -= 1
    return a, b, tuple(pre), post


_THE = frozenset(("the", "The"))


def _courtesy_at(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is a courtesy honorific: a bare style (``Hon``) only after a
    style lead (``the Hon``, ``Rt Hon``; ``Hon Hai`` is a name); a word of a two-word
    style only with the other (``Tan Sri``; ``Tan Wei Ming`` is a name)."""
    w = words[k]
    if k > 0 and words[k - 1] in _STYLE_GRADES:
        return False  # ``Assoc Prof Tan Wei Ming``: a grade and its rank, a title
    if w in _COURTESY or (w in _BARE_STYLES and k > 0 and words[k - 1] in _STYLE_LEADS):
        return True
    return (k > 0 and (words[k - 1], w) in _COMPOUND_STYLES) or (
        k + 1 < len(words) and (w, words[k + 1]) in _COMPOUND_STYLES
    )


def _sentence_initial(m: SpeakerMatch) -> bool:
    """Whether the person's words open a sentence (or a line)."""
    text, k = m.string, m.start()
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] in _SENTENCE_OPENERS


#: What stands before a sentence's first word: an end mark, a line break, a colon.
_SENTENCE_OPENERS = frozenset('.!?\n:"“”')
#: Common nouns for an organization that a sentence's first word capitalizes.
_GENERIC_HEADS = frozenset((*V.TITLE_REFERENCE_HEADS, *V.HEAD_REFERENCES))
_SENTENCE_CASE_MODIFIERS = frozenset(V.SENTENCE_CASE_MODIFIERS)


def _person_title(m: SpeakerMatch, nm: Name, app: str | None) -> tuple[str | None, str | None]:
    """The title and organization of a person: from the words before the name (not a
    courtesy honorific), then from the appositive; an organization's name and its
    acronym in brackets before the title (``Barbados Workers' Union (BWU) deputy general
    secretary``) give the organization, the words after them the title."""
    written = (*m.text("pre").split(), *nm.pre)
    cut = next((k for k, w in enumerate(written) if k and _org_acronym_at(written, k)), 0)
    title, org = _titled(m, nm, app, written[cut + 1 :] if cut else written)
    return title, org or (_unarticled_name(written[:cut]) if cut else None)


def _unarticled_name(words: Sequence[str]) -> str:
    """*words*, a name, without ``The`` before it."""
    return " ".join(words[1:] if words[0] in _THE and len(words) > 1 else words)


def _org_acronym_at(words: Sequence[str], k: int) -> bool:
    """Whether ``words[k]`` is an acronym in brackets after an organization's name (a
    capitalized word no title: not ``general manager (HR)``), with words after it."""
    return _paren_acronym(words[k]) and k < len(words) - 1 and _body_word(words[k - 1])


def _body_word(word: str) -> bool:
    """Whether *word* may end an organization's name: capitalized, no title's noun."""
    return word[:1].isupper() and word.lower().rstrip("'’") not in _TITLE_NOUNS


def _titled(
    m: SpeakerMatch, nm: Name, app: str | None, written: Sequence[str]
) -> tuple[str | None, str | None]:
    """:func:`_person_title` from the *written* words before the name."""
    if len(written) > 1 and _verb_lead(written[0]):
        written = written[1:]  # ``asked welder Ana Ruiz``: the inverted verb, no title's
    bare = [w for k, w in enumerate(written) if not _courtesy_at(written, k)]
    if (
        len(written) > 1
        and (
            written[0].lower() in _GENERIC_HEADS
            or written[0].lower() in _SENTENCE_CASE_MODIFIERS
            or (written[0].lower() in _FIELDS and bare and bare[-1].lower() in _FIELD_TITLES)
        )
        and (written[1][:1].islower() or _generic_before_title(written))
        and not (written[1] == "of" and written[2:3] and written[2][:1].isupper())
        and _sentence_initial(m)
    ):
        # ``Union leader Ana Ruiz said``, ``Labour economist Ana Ruiz said``: a common
        # noun or a field, capitalized by its place only (no party); but ``University
        # of Otago economist`` is a name
        written = (written[0].lower(), *written[1:])
        if _generic_before_title(written):
            written = (written[0], written[1].lower())  # (``Union President``: both)
    if len(written) > 2 and _lead_adjective(written) and _sentence_initial(m):
        written = written[1:]  # ``Fiery CWU general secretary``: no word of the union's
    words = [w for k, w in enumerate(written) if not _courtesy_at(written, k)]
    style = _style_after_office(words)
    if style:
        del words[-style:]  # ``labour law expert Professor Ana Ruiz``: a style after the title
    if words and words[0] in _THE and all(_courtesy_at(nm.pre, k) for k in range(len(nm.pre))):
        words = words[1:]  # ``the Rt Hon Ana Ruiz``, ``The Labour MP Ana Ruiz``: an article
    pre_words = " ".join(words).strip()
    title: str | None = nm.post
    org: str | None = None
    owner = _owner_only(words)
    described = _described_owner(words)
    if owner is not None:
        org = owner  # ``Unite's Sharon Graham``, ``the RMT's Mick Lynch``: no title
    elif described:
        # ``the union's president Ana Ruiz``: the owner is a reference to an organization
        # of the article (as in ``a company spokesman``), what follows it the title
        title = " ".join(words[described:]) or title
        owner_words = [w for w in words[:described] if w not in _THE]
        org = "the " + " ".join(owner_words)[:-2].lower()
    elif pre_words in _PARTY_LABELS:
        org = pre_words  # ``Democrat Ana Ruiz``: her party, no title
    elif pre_words and not _modifiers_only(words):
        title, org = split_title(pre_words)
        if title is None:
            title = pre_words
    party = _party_appositive(app)
    if party is not None:
        # ``Gov. Ana Ruiz, a Democrat,``, ``Sen. Ana Ruiz, D-Ill., who ...``: her party
        # (her organization), not her office
        return title, without_acronym(org) or _party_name(party)
    if app and not (title and _kin(app)):
        title, org = _with_appositive(title, org, app)
    return title, without_acronym(org)


def _with_appositive(title: str | None, org: str | None, app: str) -> tuple[str | None, str | None]:
    """*title* and *org* read before a name, with what the appositive *app* after it
    says (``Ana Ruiz, a nurse at Fenwick Hospital,``)."""
    t2, o2 = _appositive_parts(app, title, org)
    if title and (org or _office(title)) and app.startswith(("a ", "an ")):
        # ``INMO president Ana Ruiz, a nurse at a Cork hospital,``, ``union President
        # Ana Ruiz, a fifth-grade teacher,``: the office the article introduces her
        # by, not her day job (nor its workplace), says whom she speaks for
        t2, o2 = None, o2 if org else None
    if title and app.startswith("who "):
        t2 = None  # ``Staff Sgt. Ian Lee, who heads the drugs squad,``: the rank stays
    if title and t2 and _office(title) and _seat(t2):
        # ``Opposition health spokesman Tom Lee, the Liberal member for Tarwin,``: the
        # office stays; the seat only says where he sits (his party is kept)
        t2 = None
    if title and t2 and o2 is None and _head_noun(t2).lower() not in _TITLE_NOUNS:
        t2 = None  # ``Councilmember Ray Ostrow, the lone no vote,``: no office of hers
    if o2 is not None and _lives_in(t2, o2):
        o2 = None  # ``Tom Hale, a resident of Leeds,``: where he lives, no organization
    if title and t2 is not None and t2.lower() == "member":
        t2 = None  # ``therapist Jean Dion, a member of the APTS,``: her job stays, its union
    if t2 or o2:
        return t2 or title, org if t2 is None and org else o2 or org
    return title, org


def _appositive_parts(
    app: str, title: str | None, org: str | None
) -> tuple[str | None, str | None]:
    """:func:`split_title` of an appositive after a name written with a *title* (and
    maybe its *org*): a described title's office (``Cllr Ann Reid, the council's finance
    convener,`` -> ``finance convener``, with ``the council`` unless *org* is known), and
    where a scholar's relative clause says they study (``Professor Tom Lee, who studies
    pay at Redfield University,``) as the organization."""
    t2, o2 = split_title(app)
    if not title:
        return t2, o2
    if t2 and o2 is None:
        words = t2.split(" ")
        k = _described_owner(words)
        if k and k < len(words):
            owner = [w for w in words[:k] if w not in _THE and w not in _OWNER_PRONOUNS]
            return " ".join(words[k:]), None if org else "the " + " ".join(owner)[:-2].lower()
    words = app.split(" ", 2)
    if o2 is None and words[0] == "who" and words[1:2] and words[1] in _STUDY_VERBS:
        o2 = _clause_workplace(app)
    return t2, o2


_STUDY_VERBS = frozenset(V.STUDY_VERBS)
#: ``her party's education critic``: the owner is ``the party``, not ``the her party``.
_OWNER_PRONOUNS = frozenset(V.POSSESSIVE_PRONOUNS)


_OFFICES = frozenset(V.OFFICE_NOUNS)
_RESIDENCE_NOUNS = frozenset(V.RESIDENCE_NOUNS)
_PLACE_GOVERNMENT_HEADS = frozenset(V.PLACE_GOVERNMENT_HEADS)


def _lives_in(title: str | None, org: str) -> bool:
    """Whether *org*, after ``of`` with no title (``Ana Ruiz of Leeds``) or after a word
    of residence (``a resident of Tessaway County``), is a place where the person lives:
    a town, a region or a county (``Tessaway County``) no registry entry is named in."""
    if title is not None and _head_noun(title).lower() not in _RESIDENCE_NOUNS:
        return False
    org = org.rstrip(".")
    words = org.split()
    county = len(words) > 1 and words[-1] in _PLACE_GOVERNMENT_HEADS
    county = county and all(w[:1].isupper() for w in words)
    return (county or places.is_place(org)) and _unregistered(org)


def _seat(title: str) -> bool:
    """Whether *title* is a legislator's seat (``member for Tarwin``, ``MP for Leeds
    East``, ``senator for Queensland``)."""
    words = title.lower().split()
    return len(words) > 2 and words[0] in _LEGISLATOR_TITLES and words[1] in _SEAT_PREPS


def _head_noun(title: str) -> str:
    """The head of *title*: its last word before any preposition (``head of security``
    -> ``head``, ``loader with nine years' service`` -> ``loader``), the last part of a
    hyphenated one (``pro-vice-chancellor`` -> ``chancellor``)."""
    words = title.split(" ")
    k = next((i for i, w in enumerate(words) if i and w in _SCOPE_PREPS), len(words))
    return words[k - 1].rsplit("-", 1)[-1]


def _named_body(words: list[str]) -> bool:
    """Whether *words* after ``for`` name a body, no constituency: ``the``, then an
    organization's word or acronym (``member for the Writers Guild``), or a portfolio at
    a body (``cabinet member for transport at Harnford Council``)."""
    if "at" in words:
        return True
    return words[:1] == ["the"] and any(w in _ORG or _org_acronym(w) for w in words[1:])


def _office(title: str) -> bool:
    """Whether *title* ends in an office (``union President``), not a trade."""
    return title.rsplit(" ", 1)[-1].lower() in _OFFICES


def _paren_acronym(word: str) -> bool:
    """Whether *word* is an acronym of two letters or more in brackets (``(BWU)``)."""
    inner = word[1:-1]
    return (
        word[:1] == "("
        and word[-1:] == ")"
        and len(inner) > 1
        and inner.isalpha()
        and inner.isupper()
    )


def _style_after_office(words: list[str]) -> int:
    """How many of the last of *words* are a rank written as a style after an office of
    lower-case words (``opposition leader Councillor``: 1; ``researcher Associate
    Professor``: 2, with its grade; not ``Chief Constable``): 0 for none."""
    if len(words) < 2 or words[-1] not in _RANK_STYLES:
        return 0
    k = next((i for i, w in enumerate(words[:-2]) if i and w in ("for", "of")), 0)
    if k and _portfolio(words[:-1], k):
        return 1  # ``Minister of Labour Senator``: an office and its portfolio, then a style
    graded = len(words) > 2 and words[-2] in _STYLE_GRADES
    office = words[-3] if graded else words[-2]
    civil = words[-1] in _CIVIL_STYLES and office not in _STYLE_GRADES
    if not (_title_word(office) and (office[:1].islower() or civil)):
        return 0
    if office in _FUNCTION_WORDS_LOW or office.lower() in _LEAD_MODIFIERS:
        return 0  # (``Clinton and Sen. Bernie Sanders``: two people; ``former Sen.``)
    if words[-1] in _SEAT_STYLES and office.lower() not in _TITLE_NOUNS:
        return 0  # (``state Sen.``: the seat's level, a title)
    return 2 if graded else 1


#: Grades written before a rank's style (``Associate Professor``, ``Assoc Prof``).
_STYLE_GRADES = frozenset(V.ACADEMIC_GRADES)


_PARTY_INITIAL_NAMES = dict(V.PARTY_INITIAL_NAMES)


def _party_name(party: str) -> str | None:
    """The party a party appositive names (``Democrat``, ``Republican``), also by a
    party-state tag's letter (``D-Ill.``: ``Democrat``)."""
    if _party_tag_re().fullmatch(party) is None:
        return party
    return _PARTY_INITIAL_NAMES.get(party[:1])


def _party_appositive(app: str | None) -> str | None:
    """The party that the appositive *app* is all about: a party tag (``D-Ill.``), or a
    party's member (``a Democrat``, ``a Republican from Ohio``), before any relative
    clause (``, who ...``)."""
    if not app:
        return None
    head = app.split(",", 1)[0].strip()
    if head != app.strip() and not _RELATIVE_TAIL_RE().match(app, len(head)):
        return None
    if _party_tag_re().fullmatch(head) is not None:
        return head
    words = head.split()
    for relative in ("who", "which"):
        if relative in words:
            words = words[: words.index(relative)]  # (``a Democrat who sits on ...``)
    if words and words[0] in ("a", "an"):
        words = words[1:]
    for n in (3, 2, 1):  # (``a New Democrat``, ``a Liberal Democrat``: the longest)
        party = " ".join(words[:n])
        known = party in _PARTY_LABELS or (n > 1 and party in _PARTY_NAMES)
        if known and n <= len(words) and (len(words) == n or words[n] == "from"):
            return party
    placed = 1 < len(words) <= _PLACE_PARTY_WORDS and words[-1] in _PARTY_LABELS
    if placed and all(w[:1].isupper() for w in words[:-1]):
        return words[-1]  # ``a Milford Heights Democrat``: a place's party member
    return None


#: Most words of a place and a party (``a Milford Heights Democrat``).
_PLACE_PARTY_WORDS = 4
#: A relative clause after a comma (``, who joined the picket line``).
_RELATIVE_TAIL_RE = lazy_stdlib(lambda: r",\s*(?:who|which)\s")


def _generic_before_title(written: Sequence[str]) -> bool:
    """``Union President``, ``Company Chairman``: a side's common noun opening a sentence
    before a capitalized title, the whole written before the name (no party's name)."""
    return (
        len(written) == 2
        and written[0].lower() in _SIDE_NOUNS
        and written[1].lower() in _TITLE_WORDS
    )


_SIDE_NOUNS = frozenset(("company", "union"))


def _lead_adjective(written: Sequence[str]) -> bool:
    """Whether the first of the words *written* before a name is a describing word,
    capitalized by its place only, before an organization's acronym or a name the
    registry knows (``Fiery CWU general secretary``, ``Outspoken Unite leader``): not an
    organization's word, a title's modifier (``Former``), a place's or a nation's."""
    first, second = written[0], written[1]
    if not first.istitle() or first in _ORG or first in _PARTY_LABELS:
        return False
    if first.lower() in _TITLE_OR_MODIFIER or second.replace(".", "") in _COUNTRIES:
        return False  # (``Former CWU ...``, ``Republican U.S. House Speaker``)
    if places.demonym_length(list(written), 0) or places.lookup_region(first) is not None:
        return False
    return _is_acronym(second) or not _unregistered(second)


def _kin(description: str) -> bool:
    """Whether *description* tells the person's family, not their work (``a single
    mother of two``, ``a widower``): it does not replace a title written before the
    name (``Line worker Stacey Pugh, a single mother of two,``)."""
    words = description.lower().replace(",", " ").split()
    if "and" in words:
        return False  # (``a mother of three and a Unison steward``: her work too)
    head = words[words.index("of") - 1] if "of" in words[1:] else (words[-1] if words else "")
    return head in _KIN_HEADS


def _title_word(word: str) -> bool:
    """Whether *word* ends a title: a lower-case word, or a title noun capitalized by
    its place (``Economist Professor Jo Lin``)."""
    return word[:1].islower() or word.lower() in _TITLE_NOUNS


#: ``D-Ohio``, ``R-Texas``, ``I-Vt.``, ``D-N.Y.``: a party initial and a state.
@lazy
def _party_tag_re() -> str:
    initials = "|".join(V.PARTY_INITIALS)
    return rf"(?:{initials}) \s?+ [-–] \s?+ \p{{Lu}} [\p{{L}}.]*+ (?: [ ] \p{{Lu}} [\p{{L}}.]*+ )?"


def _owner_only(words: list[str]) -> str | None:
    """``Unite's`` -> ``Unite``, ``Transport for London's`` -> ``Transport for London``:
    the words before a name are only a capitalized owner (an organization's person),
    not a person's (``President Obama's``) or a pronoun's."""
    if not words or len(words) > _MAX_OWNER_WORDS or not words[-1].endswith(_POSSESSIVES):
        return None
    owner = words[-1][:-2] if words[-1].endswith(("'s", "’s")) else words[-1][:-1]
    names = [*words[:-1], owner]
    while names and names[0] in _STOP:
        names = names[1:]  # ``As RealClearPolitics'``: a sentence's first word
    if (
        not names
        or not owner[:1].isupper()
        or owner in _STOP
        or any(
            not (w[:1].isupper() or (0 < k < len(names) - 1 and w in _JOINERS))
            or w in _HONORIFICS
            or w in _PRON_WORDS
            for k, w in enumerate(names)
        )
    ):
        return None
    return " ".join(names)


def _described_owner(words: list[str]) -> int:
    """How many words before a name are a described owner (``the union's``, ``The
    company's``), the owner unnamed; the words after it, if any, are lower-case title
    words (``the union's president``, ``the company's chief executive``), the last one's
    scope after ``of`` any one word (``the union's head of nursing``). 0: none."""
    k = 1 if len(words) >= 2 and words[0] in _THE else 0
    if len(words) > k + 1 and words[k].isalpha() and words[k].islower():
        k += 1  # ``the transit authority's chief executive``: one word before the noun
    if len(words) <= k or not words[k].endswith(("'s", "’s")):
        return 0
    if words[k][:-2] not in _OWNER_NOUNS:
        return 0
    rest = words[k + 1 :]
    if "of" in rest:
        i = rest.index("of")
        scope = rest[i + 2 :] if rest[i + 1 : i + 2] == ["the"] else rest[i + 1 :]
        if i == 0 or len(scope) != 1:
            return 0
        rest = rest[:i]
    if not all(w.lower() in _TITLE_OR_MODIFIER and w[:1].islower() for w in rest):
        return 0
    return k + 1


#: Common nouns for an organization that may own a person (``the union's``).
#: The group nouns of one word (``union``, ``board``, ``school``).
_ONE_WORD_GROUPS = frozenset(g for g in V.GROUP_NOUNS if " " not in g)
_OWNER_NOUNS = _ONE_WORD_GROUPS | frozenset(V.OWNER_NOUNS)
#: An owner before a name has at most this many words (``Transport for London's``).
_MAX_OWNER_WORDS = 4
#: How a possessive ends (``Unite's``, ``Teamsters'``).
_POSSESSIVES = ("'s", "’s", "s'", "s’")


def _party_before(text: str, at: int, letters: str) -> str | None:
    """``Québec solidaire MNA Ana Roy``: a party written right before a legislator's
    *letters*, before *at* (the grammar reads no lower-case party word as a title)."""
    head = text[max(0, at - _PARTY_REACH - len(letters)) : at].rstrip()
    head = head.removesuffix(letters)
    if not head.endswith(" "):
        return None
    head = head[:-1]
    for party in _PARTIES:
        if head.endswith(party) and not head[: len(head) - len(party)][-1:].isalnum():
            return party
    return None


#: The longest party name read before a legislator's letters, in characters.
_PARTY_REACH = 40


def _paren_after(text: str, end: int) -> str | None:
    """What a parenthesis right after the name ending at *end* holds (``Ana Ruiz
    (Labour, Leeds East)`` -> ``Labour, Leeds East``), or ``None``."""
    k = end
    while k < len(text) and k < end + 3 and text[k] in " \t":
        k += 1
    if not text.startswith("(", k):
        return None
    close = text.find(")", k, k + 62)
    return text[k + 1 : close] if close >= 0 else None


def _paren_party(text: str, end: int) -> str | None:
    """``Ana Ruiz (Labour, Leeds East)``, ``Tom Lee (SNP)``: the party in a parenthesis
    right after the name ending at *end*."""
    inside = _paren_after(text, end)
    first = inside.split(",")[0].strip() if inside is not None else None
    if first is not None and first in V.PARTY_ABBREVIATIONS:
        return V.PARTY_ABBREVIATIONS[first]  # ``(Con, North Dorset)``, ``(FF)``
    if first is not None and _party_tag_re().fullmatch(first) is not None:
        return _party_name(first)  # ``(D-N.Y.)``
    return first if first in _PARTY_SET else None


def _paren_seat(text: str, end: int) -> str | None:
    """``Ana Ruiz (Labour, Leeds East)``: a party and a seat in a parenthesis right after
    the name ending at *end* (parliamentary style) make the title ``MP for Leeds East``
    (``TD for`` with a party that sits in the Dáil only)."""
    inside = _paren_after(text, end)
    parts = [p.strip() for p in inside.split(",")] if inside is not None else []
    if len(parts) == 2:
        parts[0] = V.PARTY_ABBREVIATIONS.get(parts[0], parts[0])
    if len(parts) != 2 or parts[0] not in _PARTY_SET or not parts[1][:1].isupper():
        return None
    member = "TD" if parts[0] in _DAIL_PARTIES else "MP"  # (``Fine Gael, Cork South``)
    return f"{member} for {parts[1]}"


def _office_tail(text: str, pre: str, nm: Name) -> Name:
    """*nm* without the last words of an office written before it (*pre*): after ``for``
    or ``of`` in the title (``Secretary of State for Social Care Ann Lee``, ``MP for
    Leeds East Tom Bray``), a name of three words or more starts at its first known given
    name (the grammar reads the office's name as short as it can)."""
    if not (" for " in pre or " of " in pre):
        return nm
    spans = [w.span() for w in _token_re().finditer(text[nm.start : nm.end])]
    if len(spans) < 3 or text[nm.start : nm.start + spans[0][1]] in FIRST_GENDER:
        return nm
    words = [text[nm.start + a : nm.start + b] for a, b in spans]
    k = _portfolio_words(words)
    if not k:
        k = next((k for k in range(1, len(spans) - 1) if words[k] in FIRST_GENDER), 0)
        if all(_INITIALS.fullmatch(w) for w in words[:k]):
            k = 0  # (``Leader of the Opposition V.M. Abdul Rasheed``: initials, a name's)
    if k:
        moved = text[nm.start : nm.start + spans[k - 1][1]].split()
        return nm._replace(start=nm.start + spans[k][0], pre=[*nm.pre, *moved])
    return nm


#: A word of initials (``V.M.``, ``K.``).
_INITIALS = regex.compile(r"(?:\p{Lu}\.)+")


def _portfolio_words(words: list[str]) -> int:
    """How many words at the front of a name's *words* end an office's portfolio or
    constituency (``Affairs`` of ``Minister for Foreign Affairs``, ``West`` of ``MP for
    Bristol West``), two words at least left for the name; 0 for none."""
    k = 0
    while k < len(words) - 2 and (
        words[k] in _OFFICE_WORDS
        or (k and words[k] in ("and", "&") and words[k + 1] in _OFFICE_WORDS)
    ):
        k += 1
    return k if k and words[k - 1] in _OFFICE_WORDS else 0


def _emotive_lead(words: list[str]) -> bool:
    """Whether the first of a name's *words* is an adjective a tabloid writes before a
    first name (``Furious``, ``Tearful``, ``Defiant``): a word with an adjective's ending,
    no first name, honorific or capitals, before a first name of the tables and a
    surname."""
    first = words[0] if len(words) >= 3 else ""
    return (
        first.endswith(_ADJECTIVE_ENDINGS)
        and first[1:].islower()
        and first not in FIRST_GENDER
        and first not in _HONORIFICS
        and words[1] in FIRST_GENDER
    )


#: Endings of the adjectives a tabloid writes before a name (``Furious``, ``Heartbroken``).
_ADJECTIVE_ENDINGS = ("ant", "ed", "en", "ful", "ing", "ive", "ous")


def _person(text: str, m: SpeakerMatch, app: str | None, app_end: int | None) -> Cand | None:
    ns, ne = m.span("name")
    pre = m.text("pre")  # (each group read once: the record reads them again and again)
    nm = _office_tail(text, pre, _clean_name(text, ns, ne))
    a, b, hon = nm.start, nm.end, nm.pre
    if a >= b:
        return None
    words = text[a:b].split()
    if _emotive_lead(words):
        # ``Furious Dennis Harrower``: a tabloid's adjective before a first name
        a = text.find(words[1], a + len(words[0]), b)
        words = words[1:]
    name = " ".join(words)
    # (a bare name, as most are, has nothing to read a title from but its letters)
    title, org = _person_title(m, nm, app) if pre or hon or app else (nm.post, None)
    org = org or _paren_party(text, b)
    title = title or (_paren_seat(text, b) if org else None)
    if org is None and title is not None and title in _LEGISLATORS:
        org = _party_before(text, m.start("pre") if pre else a, title)
    ofx = m.text("ofx")
    if ofx and words[0] in _HONOURS:
        # ``Lord Lee of Leeds``: a peer's territorial designation is part of the name.
        name = f"{name} {' '.join(ofx.split())}"
        words = name.split()
        b = m.end("ofx")
    elif ofx and app and _town_and_region(ofx.split(), app):
        # ``Marisol Ortega of Warren, Michigan,``: where she lives, no title or organization
        title = org = None
    elif ofx:
        org = org or _of_body(ofx, title)
        if app_end is None or app_end < m.end("ofx"):
            b = m.end("ofx")
            app_end = None
    if m.text("loc"):
        if len(words) < 2 and not pre:
            return None  # ``More from Ruiz``: one word is too little to be a name
        b = m.end("loc")
    end = app_end if app_end is not None else b
    if len(words) == 1 and not hon and words[0].lower() in _GROUP_PLURALS:
        # ``Critics said``, ``Witnesses told police``: a capitalized plural noun that
        # opens the sentence names a group of people, not a person.
        start = m.start("pre") if pre else a
        return Cand(Kind.GROUP, start, end, name, title, org, True)
    is_group = (
        (not _ORG.isdisjoint(words) and not _given_and_surname(words))
        or (len(words) == 1 and _is_acronym(words[0]) and len(words[0]) > 1)
        or (words[0] == "The" and len(words) > 1)
        or (not hon and _company_name(words))
    )
    start = m.start("pre") if pre else (ns if hon else a)
    if pre and _verb_lead(pre.split(" ", 1)[0]) and " " in pre.strip():
        start = text.find(pre.split()[1], start + 1)  # (the phrase after the verb)
    whole = _whole_body(text[min(start, ns) : b]) if is_group and len(words) == 1 else None
    if whole is not None:
        # ``The Westland Oil and Gas Senior Staff Association``: a name whose words read
        # as a title before its last word (``Staff``) is the organization's whole name
        return Cand(Kind.GROUP, start, end, whole, None, whole, True)
    if is_group:
        return Cand(Kind.GROUP, start, end, name, title, org or name, True)
    return Cand(Kind.PERSON, start, end, name, title, org, False)


#: What a body is of another it belongs to (``an affiliate of the KMWU``, ``a member of
#: the TUC``): the other is its parent, no organization it speaks for.
AFFILIATION_TITLES: tuple[str, ...] = (
    "affiliate", "member", "member organisation", "member organization", "member union",
)  # fmt: skip
_AFFILIATIONS = frozenset(AFFILIATION_TITLES)


def _affiliation(app: str) -> bool:
    """Whether the appositive *app* says what body a body belongs to (``an affiliate of
    the KMWU``, ``a member of the TUC``, ``affiliated to the ICTU``)."""
    words = app.split(" ", 3)
    if words[0] in ("a", "an") and len(words) > 2 and words[2] in ("of", "to", "with"):
        return words[1].lower() in _AFFILIATIONS
    return words[0] == "affiliated" and len(words) > 1 and words[1] in ("to", "with")


def _whole_body(written: str) -> str | None:
    """*written*, a body's name with the words before its last one, as its name (no
    article), when they are all capitalized as a name's are; else ``None``."""
    return " ".join(written.split()).removeprefix("The ") if _capitalized_name(written) else None


def _capitalized_name(pre: str) -> bool:
    """Whether *pre* is capitalized words (joiners between them), as a name's are: no
    title in lower case, no possessive, and no title, function word or preposition
    first (``CEO of Acme``, ``From Bush's``)."""
    words = pre.split()
    if not words or words[0].lower() in _NOT_NAME_LEAD or words[0] in _EXECUTIVE_ACRONYMS:
        return False
    return all(
        (w[:1].isupper() and not w.endswith(_POSSESSIVES))
        or (0 < k < len(words) - 1 and w in _JOINERS)
        for k, w in enumerate(words)
    )


#: First words of no organization's name: a title, a function word, a preposition.
_NOT_NAME_LEAD = _TITLE_WORDS | frozenset(V.FUNCTION_WORDS) | (_PREPS - {"the"})


def _company_name(words: list[str]) -> bool:
    """Whether *words*, read as a name, are a business's name (:func:`business_name`)
    that opens with no known given name (``Voltaris Energy``; not ``Ana Mills``)."""
    return words[0] not in FIRST_GENDER and business_name(" ".join(words))


def _given_and_surname(words: list[str]) -> bool:
    """Whether *words* are a known given name and a surname that an organization's word
    may be too (``Amy Fox``, :data:`~laborquotes._vocab.SURNAME_ORG_WORDS`)."""
    return len(words) == 2 and words[0] in FIRST_GENDER and words[1] in _SURNAME_ORG_WORDS


_SURNAME_ORG_WORDS = frozenset(V.SURNAME_ORG_WORDS)


def business_named(text: str, cand: Cand | None) -> Cand | None:
    """*cand*, or the company it names when a kind of business stands right before a
    name read as a person's (``German carrier Lufthansa``, ``airport operator Fraport``),
    or opens it, capitalized by the start of the sentence (``Retailer Tesco``). (A name
    that reads as a company's, with the business's last word read as its title,
    ``Airport operator Fernhill Airports``, is one too.)"""
    if cand is not None and cand.name.rstrip(".") in _LEGAL_FORMS:
        return _comma_legal_form(text, cand)
    if cand is None or not (
        cand.kind is Kind.PERSON or (cand.kind is Kind.GROUP and cand.title is not None)
    ):
        return cand
    ranked = _rank_led_company(text, cand) or _of_a_place(cand)
    if ranked is not None:
        return Cand(Kind.GROUP, cand.start, cand.end, ranked, None, ranked, True)
    words = cand.name.split()
    at = text.find(words[0], cand.start, cand.end) if words else -1
    if at < 0 or words[0] in _HONORIFICS:
        return cand
    before = text[max(0, cand.start - _DESCRIPTOR_REACH) : at].lower().split()
    if len(words) > 1 and cand.title is None and words[-1] in _LEGAL_FORMS:
        # ``Halvorsen Axle Co. said``: a legal form closes a company's name, with the
        # full stop an abbreviated one is written with
        last = text.rfind(words[-1], at, cand.end) + len(words[-1])
        stop = words[-1] in _LEGAL_ABBREVIATIONS and text[last : last + 1] == "."
        name = cand.name + "." if stop else cand.name
        end = cand.end + 1 if stop and last == cand.end else cand.end
        return Cand(Kind.GROUP, cand.start, end, name, None, name, True)
    described = _is_descriptor(before) and not _given_named(before, words)
    described = described or (bool(before) and _job_like_kind(before[-1], words))
    if described or _which_after(text, at, words, cand) or _acronym_led(words):
        name = cand.name
    elif (
        len(words) > 1
        and _opens_sentence(before)
        and (words[0].lower() in _ORG_DESCRIPTORS or _job_like_kind(words[0].lower(), words[1:]))
    ):
        name = " ".join(words[1:])
    else:
        full = _business_before(text, cand) if len(words) == 1 and cand.title is None else None
        if full is None:
            return cand
        # ``Paperkite said``, after ``Paperkite Animation``: the company, short
        return Cand(Kind.GROUP, cand.start, cand.end, cand.name, None, full, True)
    return Cand(Kind.GROUP, cand.start, cand.end, name, None, name, True)


def _rank_led_company(text: str, cand: Cand) -> str | None:
    """The company a person's name read with a rank before it names (``General Motors
    of Canada``, ``General Electric Co``): the rank and the name are one, a body's word
    closing it or the registry knowing it; ``None`` otherwise (``General Ana Ruiz``)."""
    phrase = text[cand.start : cand.end]
    first = phrase.split(" ", 1)[0]
    if first not in _HONORIFICS or first in _COURTESY or not phrase[len(first) :].strip():
        return None  # (a courtesy style opens no company's name: ``Mr Lee``, ``Dr Ruiz``)
    words = phrase.split()
    if words[1] in V.given_names():
        return None  # (``Commissioner Al Fox``: a person, whatever ``Fox`` names)
    if len(words) > _RANKED_COMPANY_WORDS or any(
        not w[:1].isupper() and w not in _NAME_ANDS for w in words
    ):
        return None  # (``Dr Ana Ruiz, an economist at the Policy Centre``: a person)
    if any(w.rstrip(".") in _LEGAL_FORMS | _ORG for w in words):
        return " ".join(words)  # (``General Harbour Motors of Canada``)
    hits = default_registry().mentions(phrase)
    return phrase if hits and hits[0].start == 0 and hits[0].entry >= 0 else None


#: Most words of a company's name that opens with a rank (``General Electric Co``).
_RANKED_COMPANY_WORDS = 6


def _of_a_place(cand: Cand) -> str | None:
    """The name read as a person's when a particle and a city or region close it
    (``Companhia Docas do Estado de Sao Paulo``, ``Folha de Sao Paulo``): a body's
    name, which says where it is; ``None`` otherwise."""
    words = cand.name.split()
    if cand.kind is not Kind.PERSON or words[0] in V.given_names():
        return None  # (``Ana de Madrid``: a person)
    for i in range(1, len(words) - 1):
        if words[i] in _NAME_PARTICLE_SET and places.is_place(" ".join(words[i + 1 :])):
            return cand.name
    return None


_NAME_PARTICLE_SET = frozenset(V.NAME_PARTICLES)


def _acronym_led(words: list[str]) -> bool:
    """Whether a name read as a person's opens with an organization's acronym of three
    to five capitals, then capitalized words (``NHS Kinloch``, ``IDA Ireland``, ``FNV
    Havens``): a body (initials, ``JD Vance``, are two letters)."""
    first = words[0] if len(words) > 1 else ""
    return (
        _MIN_ACRONYM <= len(first) <= _MAX_ACRONYM
        and first.isalpha()
        and first.isupper()
        and first not in _HONORIFICS
        and all(w[:1].isupper() for w in words[1:])
    )


_MIN_ACRONYM, _MAX_ACRONYM = 3, 5
#: Words of a body whose capitalized office is a minister's (``Treasury Board President``).
_MINISTERIAL_BODIES = frozenset(V.MINISTERIAL_BODY_WORDS)
_PORTFOLIO_OFFICE_HEADS = frozenset(V.PORTFOLIO_OFFICES)


#: A capitalized word and a business's last word (``Paperkite Animation``).
_business_name_re = lazy(
    lambda: (
        rf"(?<![\w\-])(\p{{Lu}}[\p{{L}}\-]++)[^\S\n]++(?:{alternation(V.BUSINESS_WORDS)})(?![\w\-])"
    )
)
#: A business's last word anywhere (a literal, as every match of :data:`_business_name_re`
#: holds one): one cheap scan rules out the texts that have none.
_business_word_re = lazy_stdlib(lambda: trie_alternation(V.BUSINESS_WORDS))
#: How far back a company's full name is looked for before its short form.
_BUSINESS_NAME_REACH = 3000
_FUNCTION_WORDS_LOW = frozenset(V.FUNCTION_WORDS) | _ARTICLE_WORDS


def _business_before(text: str, cand: Cand) -> str | None:
    """The full name of a business written before *cand*, a one-word name, as its first
    word (``Paperkite Animation`` ... ``Paperkite said``), within reach; ``None``: none,
    or the word is a known first name."""
    return business_led_by(text, cand.name, cand.start)


def business_led_by(text: str, word: str, pos: int) -> str | None:
    """The full name of a business written before *pos* whose first word is *word*
    (``Paperkite Animation`` ... ``a Paperkite spokeswoman``), within reach; ``None``:
    none, or the word is a known first name or a place's name."""
    if word in FIRST_GENDER or word.lower() in _FUNCTION_WORDS_LOW:
        return None  # (``The`` of ``The Rail Delivery Group``: no name's first word)
    if _a_place(word):
        return None  # (``Brussels police`` after ``Brussels Airport``: the city's)
    for at, full in reversed(_business_names(text).get(word, ())):
        if at < pos:
            return full if pos - at <= _BUSINESS_NAME_REACH else None
    return None


@functools.lru_cache(maxsize=1)
def _business_names(text: str) -> dict[str, list[tuple[int, str]]]:
    """Every business's full name in *text* (:data:`_business_name_re`, with a legal form
    after it), by its first word, in order: one scan per text."""
    names: dict[str, list[tuple[int, str]]] = {}
    if _business_word_re().search(text) is None:
        return names  # (most texts: no business's last word, so no name to scan for)
    for m in _business_name_re().finditer(text):
        after = text[m.end() : m.end() + _LEGAL_FORM_REACH].split(None, 1)[:1]
        full = m.group()
        if after and after[0].rstrip(".,") in _LEGAL_FORMS:
            full = f"{full} {after[0].rstrip(',')}"  # (``Ostara Chips Inc``)
        names.setdefault(m.group(1), []).append((m.start(), full))
    return names


#: How far after a business's name its legal form is read (``Inc.``, ``Ltd``).
_LEGAL_FORM_REACH = 8


def _comma_legal_form(text: str, cand: Cand) -> Cand | None:
    """``Kestrelmoor Foods, Inc. said``: a legal form read alone after a comma is the end
    of the company's name before it (its capitalized words, four at most)."""
    if text[cand.start - 2 : cand.start] != ", ":
        return cand
    words = text[max(0, cand.start - _COMMA_NAME_REACH) : cand.start - 2].split(" ")
    k = len(words)
    while k > 0 and len(words) - k < _COMMA_NAME_WORDS and words[k - 1][:1].isupper():
        k -= 1
    if k == len(words) or "\n" in " ".join(words[k:]):
        return cand
    name = " ".join(words[k:]) + ", " + cand.name
    stop = cand.name in _LEGAL_ABBREVIATIONS and text[cand.end : cand.end + 1] == "."
    name += "." if stop else ""
    start = cand.start - 2 - len(" ".join(words[k:]))
    return Cand(Kind.GROUP, start, cand.end + stop, name, None, name, True)


#: How far back, and in how many words, the name before a comma and a legal form is read.
_COMMA_NAME_REACH = 60
_COMMA_NAME_WORDS = 4


def _which_after(text: str, at: int, words: list[str], cand: Cand) -> bool:
    """Whether ``, which`` follows a bare name of two words or more that opens with no
    known given name (``Pennine Coachways, which runs 900 buses, said``): a thing's
    relative pronoun, so the name is an organization's (a person's takes ``who``)."""
    if len(words) < 2 or cand.title is not None or cand.org is not None:
        return False
    if words[0] in FIRST_GENDER:
        return False  # (``Ana Ruiz, which is odd, said``: the pronoun's is the sentence)
    last = text.find(words[-1], at, cand.end + len(words[-1]))
    return last >= 0 and _which_re().match(text, last + len(words[-1])) is not None


_which_re = lazy_stdlib(lambda: r"[ \t]*,[ \t]*which[ \t]")


def _given_named(before: list[str], words: list[str]) -> bool:
    """Whether a kind of business before a name is a person's trade: the name opens
    with a given name, has two or three words and ends in no business's word (``grocer
    Mahmoud Hweitat``, ``bus operator Darlene Fougère``; ``grocer Tesco``, ``carrier
    Lufthansa`` are companies, and so is ``rail operator Jerome Trains``)."""
    if not 2 <= len(words) <= 3 or words[0] not in FIRST_GENDER:
        return False
    return " ".join(before[-2:]) not in _ORG_DESCRIPTORS or words[-1] not in _BUSINESS_LAST


def _job_like_kind(kind: str, words: list[str]) -> bool:
    """Whether *kind*, a kind of business that is a job too (``builder``, ``operator``),
    describes the name of *words* as a company's: one that ends in a business's word
    (``Builder Corvell Constructions said``; ``builder Tom Lee`` is a person)."""
    return kind in _JOB_LIKE_KINDS and bool(words) and words[-1] in _BUSINESS_LAST


def _is_descriptor(words: list[str]) -> bool:
    """Whether *words* end with a kind of business (one word or two)."""
    return bool(words) and (
        words[-1] in _ORG_DESCRIPTORS or " ".join(words[-2:]) in _ORG_DESCRIPTORS
    )


def _opens_sentence(before: list[str]) -> bool:
    """Whether the words *before* a phrase end a sentence (or there are none)."""
    return not before or before[-1][-1:] in '.!?:"”'


#: How far before a name the word that says what kind of business it is may start.
_DESCRIPTOR_REACH = 20
_ORG_DESCRIPTORS = frozenset(V.ORG_DESCRIPTORS)
_BUSINESS_LAST = frozenset(V.BUSINESS_WORDS)
_JOB_LIKE_KINDS = frozenset(V.JOB_LIKE_BUSINESS_NOUNS)
_TITLE_FIRST_NAMES = frozenset(V.TITLE_FIRST_NAMES)
_ADJECTIVAL_HEADS = frozenset(V.ADJECTIVAL_REFERENCE_HEADS)


# --------------------------------------------------------------------------- match -> record


def _cand_from(
    text: str, m: SpeakerMatch, app: str | None = None, app_end: int | None = None
) -> Cand | None:
    cand = business_named(text, _tidy(text, _cand_from_raw(text, m, app, app_end)))
    if cand is not None and cand.kind is Kind.GROUP and app is not None and _affiliation(app):
        # ``The Acme Workers' Union, an affiliate of the KMWU,``: a body of its own, no
        # organization of the body it belongs to
        cand = cand._replace(org=None)
    if cand is None or cand.end <= cand.start or text[cand.end - 1] != ".":
        return cand
    # A sentence period is not part of the speaker (``said the Teamsters.``), but an
    # abbreviation's is (``Jr.``, ``Inc.``, ``L.``).
    k = text.rfind(" ", cand.start, cand.end) + 1
    token = text[max(k, cand.start) : cand.end]
    core = token[:-1]
    if token in _SUFFIX or "." in core or len(core) <= 1 or core in _ABBREV_KEEP:
        return cand
    return cand._replace(
        end=cand.end - 1,
        name=cand.name.removesuffix("."),
        org=cand.org.removesuffix(".") if cand.org else cand.org,
        title=cand.title.removesuffix(".") if cand.title else cand.title,
    )


def _drop_clause_lead(text: str, cand: Cand, lead: str) -> Cand:
    """``But polls`` -> ``polls``: a conjunction or auxiliary before the phrase."""
    k = cand.start
    if text.startswith(lead, k):
        k += len(lead)
        while k < cand.end and text[k].isspace():
            k += 1
    name = cand.name[len(lead) :].lstrip()
    org = cand.org
    if org is not None and org.split(" ", 1)[0] == lead:
        org = org[len(lead) :].lstrip() or None
    return cand._replace(start=k, name=name, org=org)


def _drop_tail_verb(text: str, cand: Cand, words: list[str]) -> Cand:
    """A name, then a verb read as a noun: ``McConnell says``, ``Gallup finds`` (but
    ``His comments``, ``The evidence for the last claim`` stay as they are)."""
    if not (
        len(words) >= 2
        and cand.kind != Kind.PERSON
        and words[-1] in _TAIL_VERBS
        and words[-1].endswith(("s", "ed"))
        and words[-2][:1].isupper()
        and words[-2].lower() not in _NOT_NAMES
    ):
        return cand
    last = words[-1]
    e = text.rfind(last, cand.start, cand.end)
    if e <= cand.start:
        return cand
    name = cand.name[: -len(last)].rstrip()
    end = e
    while end > cand.start and text[end - 1].isspace():
        end -= 1
    return cand._replace(end=end, name=name)


def _tidy(text: str, cand: Cand | None) -> Cand | None:
    """Drop a clause word caught at either end of a speaker phrase: a conjunction or a
    question's auxiliary before it (``But polls``, ``Is Sanders``), a reporting verb
    after it (``McConnell says``)."""
    if cand is None or cand.kind == Kind.PRON:
        return cand
    words = cand.name.split()
    if len(words) < 2:
        return cand
    if words[0] in CLAUSE_LEADS:
        cand = _drop_clause_lead(text, cand, words[0])
        words = words[1:]
    return _drop_tail_verb(text, cand, words)


def _workplace_owner(words: list[str]) -> list[str]:
    """The words that may name the organization of a phrase: after ``of`` when a
    workplace comes before it (``workers at the Leeds plant of Acme Foods`` -> ``Acme
    Foods``, not the plant's place), else all of them."""
    for i, w in enumerate(words[:-1]):
        if w.lower() in _WORKPLACES and words[i + 1] == "of":
            return words[i + 2 :]
    return words


_WORKPLACES = frozenset(V.WORKPLACE_NOUNS)


def without_place_tail(words: list[str], loose: bool = False) -> list[str]:
    """*words* without a place they end with after ``in``, ``near`` or ``outside``
    (``the Getulio Vargas Foundation in Rio de Janeiro``): where the body or the person
    is, no part of a body's name. With *loose*, one capitalized word with no head of a
    body's name and no initials is a place too (``a coffee exporter in Santos``)."""
    for i in range(len(words) - 2, 0, -1):
        if words[i] in _PLACE_TAIL_PREPS:
            rest = words[i + 1 :]
            if places.is_place(" ".join(rest)) or (
                loose
                and len(rest) == 1
                and all(w[:1].isupper() for w in rest)
                and not any(w in _ORG or w.isupper() or w in _NAME_ANDS for w in rest)
            ):
                return words[:i]
            return words
    return words


#: Prepositions of where a person is (``an official in Brasilia``).
_PLACE_TAIL_PREPS = frozenset(("in", "near", "outside"))


def _capitalized(words: list[str]) -> list[str]:
    """The capitalized words of a phrase (not stop words), with a joiner of names
    (``and``, ``&``, ``for``, ``of``, ``on``), and ``the`` after it, between two of them
    kept (``Nurses and Midwives' Association``, ``State Bank of India``, ``Department
    for Transport``, ``Office of the Deputy Prime Minister``)."""
    out: list[str] = []
    kept = False  # (whether the word before was kept)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else ""
        kept = (
            (w[:1].isupper() and w not in _STOP)
            or (kept and w in _NAME_ANDS and nxt[:1].isupper())
            # (``Department of the Environment``: a body's head, ``of the``, a name)
            or (kept and w == "of" and _of_the_name(words, i, out))
            or (kept and w == "the" and out[-1] == "of" and nxt[:1].isupper())
            # (``CUPE Local 79``, ``Unifor Local 444``: a unit's number)
            or (kept and w.isdigit() and out[-1].lower() in _NUMBERED_UNITS)
        )
        if kept:
            out.append(w)
    return out


def _of_the_name(words: list[str], i: int, out: list[str]) -> bool:
    """Whether ``of the`` at ``words[i]`` joins a body's head noun to the rest of its name
    (``Office of the Deputy Prime Minister``; not ``Chairman of the House ...``)."""
    after = words[i + 2 : i + 3]
    return (
        words[i + 1 : i + 2] == ["the"]
        and bool(after)
        and after[0][:1].isupper()
        and out[-1] in _ORG
    )


#: Units of an organization written with their number (``Local 79``, ``Lodge 12``).
_NUMBERED_UNITS = frozenset(V.NUMBERED_UNITS)


_NAME_ANDS = frozenset(V.ORG_NAME_JOINERS)


def _common_lead(word: str) -> bool:
    """Whether *word*, capitalized as a sentence's first word, is a common noun or a
    modifier (``Senior management``, ``Small-business owners``), no name."""
    if _common_head(word) or word.lower() in _TITLE_OR_MODIFIER:
        return True
    if word.endswith("ing") and word[1:].islower() and word.lower() in _ACTION_PARTICIPLES:
        return True  # ``Striking nurses told reporters``: what they do, no name
    head, dash, tail = word.partition("-")
    return bool(dash) and tail[:1].islower() and head[1:].islower()


def _common_head(word: str) -> bool:
    """Whether *word*, lower-cased, is a common noun for a group or an organization
    (``Union``, ``Hospital`` opening a sentence)."""
    if word in _PARTY_SET:
        return False  # ``Democrats said``: a party's name
    low = word.lower().rstrip("'’")  # (``Patients' groups``)
    return low in _GENERIC_HEADS or low in _OWNER_NOUNS or low in _GROUP_PLURALS


def _without_lead(caps: list[str], words: list[str]) -> list[str]:
    """The capitalized words of a phrase (*words*) without a determiner first (``Several
    workers``, ``Another analyst``) or a capitalized title before ``of`` and a body's
    name (``The state Chairman of the Nigeria Union of Teachers``: the union, not
    ``Chairman Nigeria``)."""
    if caps and caps[0].lower() in _QUANTIFIERS:
        return caps[1:]
    if len(caps) > 1 and caps[0].lower() in _TITLE_NOUNS and caps[1][:1].isupper():
        at = words.index(caps[0]) if caps[0] in words else -1
        return caps[1:] if 0 <= at < len(words) - 1 and words[at + 1] == "of" else caps
    return caps


def _capitalized_by_place(m: SpeakerMatch, caps: list[str], words: list[str]) -> bool:
    """Whether the first of a phrase's capitalized words (*caps*) is a common noun that
    opens its sentence (``Union leaders said``), not a field before a body's head
    (``Labor Department officials said``: the body's name)."""
    return (
        bool(caps)
        and caps[0] == words[0]
        and _common_lead(words[0])
        and _sentence_initial(m)
        and not (len(words) > 2 and caps[1:2] == [words[1]] and words[1] in _ORG)
    )


def _phrase_cand(m: SpeakerMatch, kind: str, app: str | None, app_end: int | None) -> Cand:
    """A group, role, unnamed, partitive or noun-phrase alternative as a record."""
    s, e = m.span(kind)
    phrase = " ".join(m.text(kind).split())
    words = phrase.split()
    head = words[-1].lower()
    for i, w in enumerate(words):
        if i and w in _PREPS:
            head = words[i - 1].lower()
            break
    caps = _capitalized(_workplace_owner(without_place_tail(words, loose=True)))
    caps = _without_lead(caps, words)
    if _capitalized_by_place(m, caps, words):
        # ``Union leaders said``, ``Workers at Acme said``: a common noun, capitalized by
        # its place (and a joiner after it: ``Executives for Acme``)
        caps = caps[1:]
        while caps and caps[0] in _NAME_ANDS:
            caps = caps[1:]
    org = _without_base(_possessive_cut(" ".join(caps))) if caps else None
    if org is not None and (
        places.lookup_region(org) is not None
        or places.demonym_length(org.split(), 0) == len(org.split())
        or (" " in org and all(w.lower() in _TITLE_OR_MODIFIER for w in org.split()))
        or org.endswith(_BASE_MARKS)
        or _to_principal(words)
    ):
        # ``Britain's biggest union``, ``a Chinese official``, ``The group's Chief
        # Executive``, ``the Labour-run council``, ``The Special Adviser to the
        # Governor``: no organization
        org = None
    end = max(e, app_end or e)
    named = _apposed_business(kind, head, app) if app else None
    if named is not None:
        return Cand(Kind.GROUP, s, end, named, None, named, True)  # (``The firm, Acme,``)
    if kind in ("unnamed", "partitive"):
        return _unnamed_cand(kind, phrase, s, end)
    if kind == "np":
        if seat := _legislator_at(words):
            # ``the MSP``, ``the Sinn Féin MLA``: a legislator (and party), not a body
            return Cand(Kind.ROLE, s, end, phrase, None, " ".join(words[1:seat]) or None, False)
        if len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
            return Cand(Kind.GROUP, s, end, phrase, None, " ".join(words[1:]), True)
        if head.endswith("s") and not head.endswith("ss"):
            return Cand(Kind.GROUP, s, end, phrase, None, org, True)
        if words[0].lower() == "the" and head.endswith(_AGENT_SUFFIXES):
            return Cand(Kind.ROLE, s, end, phrase, None, org, False)
        region = _region_owner(words)
        owned: tuple[str | None, str | None] | None
        if region:
            # ``Colorado's delegation chairman``: a state's, no organization
            owned = (" ".join(words[region:]), None) if region < len(words) else None
        else:
            owned = _phrase_owned(words)
        if owned is not None and owned[0] and owned[0].split()[-1].lower() in _TITLE_WORDS:
            # ``Unite's regional officer``: the owner's title
            return Cand(Kind.UNNAMED, s, end, phrase, owned[0], owned[1], False)
        return Cand(Kind.UNNAMED, s, end, phrase, None, org, False)
    if app:
        org = split_title(app)[1] or org
    return Cand(Kind(kind), s, end, phrase, _role_title(kind, words), org, kind == "group")


def _legislator_at(words: list[str]) -> int:
    """Where a description opening with ``the`` writes a legislator's letters, last or
    before ``for`` and a seat (``the Labour MP for Leeds East``); 0 for none."""
    if words[0] not in _THE:
        return 0
    for k in range(1, len(words)):
        if words[k] in _LEGISLATORS and (k == len(words) - 1 or words[k + 1] == "for"):
            return k
    return 0


_BUSINESS_HEADS = frozenset(V.APPOSITIVE_BUSINESS_NOUNS)


def _apposed_business(kind: str, head: str, app: str) -> str | None:
    """The name in apposition after a business described by its noun (``the monitoring
    company, Northwest Telecare,``): capitalized words, no person's given name first;
    else ``None``."""
    words = app.strip(" ,").split()
    if kind not in ("group", "np") or head not in _BUSINESS_HEADS:
        return None
    if not 1 <= len(words) <= _NAME_WORDS:
        return None
    if words[0] in FIRST_GENDER or not _capitalized_name(" ".join(words)):
        return None
    return " ".join(words)


#: Most words of a business's name in apposition.
_NAME_WORDS = 5


def _role_title(kind: str, words: list[str]) -> str | None:
    """The title of a role whose body follows it (``the president of the National Union
    of Teachers``: ``president``), else ``None``."""
    if kind != "role" or not any(w in _PREPS for w in words[2:]):
        return None
    title = split_title(" ".join(words[1:]))[0]
    return title if title is not None and (title.islower() or _to_principal(words)) else None


#: Determiners of one unnamed speaker before a body's name (``One Riverbend nurse``).
_ONE_OF = frozenset(V.INDEFINITE_LEADS)


#: How long an unnamed speaker has done the work (``with 19 years``) and where in the
#: workplace (``on a surgical ward``): the grammar's ``tenure`` and ``unit_pp``.
_tenure_re = lazy(lambda: rule_source("tenure", "unit_pp"))
#: How long a person has done the work, after their title (``with 15 years'
#: experience``, ``of three years' call``): no organization and no part of the title.
#: What a length of service may be spent in (``with 12 years on the job``).
TENURE_SETTINGS: tuple[str, ...] = ("beat", "force", "job", "line", "road", "role", "trade")
_service_re = lazy(
    lambda: (
        rf"(?:{rule_source('tenure')})"
        rf"(?:\s++(?:on|in)\s++the\s++{alternation(TENURE_SETTINGS)})?+(?=\s*+(?:\Z|,|who\s))"
    )
)


def _phrase_owned(words: list[str]) -> tuple[str | None, str | None] | None:
    """The title and owner of a noun phrase that opens with an owner's possessive
    (``Unite's regional officer``), also after an article before a capitalized owner of
    several words (``The Scottish Liberal Democrats' group leader``); else ``None``."""
    if words[0] in _THE and words[1:2] and words[1][:1].isupper():
        possessive = any(w.endswith(_POSSESSIVES) for w in words[1:5])
        return _owned(words[1:]) if possessive else None
    return _owned(words) if words[0].endswith(_POSSESSIVES) else None


def _possessive_cut(name: str) -> str:
    """*name* without a final possessive (``Unite's``, ``Liberal Democrats'``)."""
    for ending in ("'s", "’s", "'", "’"):
        if name.endswith(ending):
            return name[: -len(ending)]
    return name


def _unnamed_cand(kind: str, phrase: str, s: int, end: int) -> Cand:
    """An unnamed speaker (``a nurse at the clinic``) or a part of a group (``some of the
    drivers``), with the title and organization its words give."""
    words = phrase.split()
    named = len(words) > 2 and words[0].lower() in _ONE_OF and words[1][:1].isupper()
    # (``a Department for Transport spokeswoman``: a name after the article, read alone;
    # ``a driver with 19 years at the depot``: how long, no title's or body's word)
    plural = kind == "partitive" and words[0].lower() not in ("one", "each")
    part = _partitive_re().fullmatch(phrase) if plural else None
    if part is not None:
        # ``Two of her campaign aides``, ``Several of the strikers``: the plural's words
        # (``campaign aides``, ``strikers``), no quantity's
        phrase = part.group("rest")
    read = phrase.split(" ", 1)[1] if named else phrase
    title, org = split_title(_tenure_re().sub("", read))
    if org is None:
        org = _unit_owner(read)  # (``a nurse in the hospital's emergency department``)
    if words[0].lower() in _INDEFINITE_PERSONS:
        title = None  # ``Someone from the union``: no title, the place's organization
    phrase = " ".join(words)
    return Cand(Kind.UNNAMED, s, end, phrase, title, org, plural)


def _cand_from_raw(
    text: str, m: SpeakerMatch, app: str | None = None, app_end: int | None = None
) -> Cand | None:
    # (which alternative matched, told by where its group starts: no text is cut; the
    # head's alternatives exclude each other, and most matches name a person)
    if m.start("person") >= 0:
        return _person(text, m, app, app_end)
    if m.start("pron") >= 0:
        s, e = m.span("pron")
        return Cand(Kind.PRON, s, e, m.text("pron"), None, None, False)
    if m.start("person2") >= 0:
        ns, ne = m.span("p2name")
        a, b = _clean_name(text, ns, ne)[:2]
        if a >= b:
            return None
        title, org = split_title(" ".join(m.text("p2pre").split()))
        if m.group("p2mid"):
            # ``His opponent, the former party chairman Sir Tom Lee,``: the title is his
            title = split_title(" ".join(m.text("p2mid").split()))[0] or title
        if m.group("p2of"):
            # ``Another analyst, Kevin Dubroy of Westmount Capital,``: whose he is
            org = _strip_article(" ".join(m.text("p2of").split()[1:])) or org
        if app and app.startswith(_ARTICLE_LEADS) and title and title.split()[-1] in _KIN_TITLES:
            # ``Her husband, Derek Marsh, a shop steward for the GMB,``: what he is
            # rather than whose kin he is
            t2, o2 = split_title(app)
            title, org = (t2, o2 or org) if t2 else (title, org)
        s = m.start("person2")
        name = " ".join(text[a:b].split())
        return Cand(Kind.PERSON, s, max(b, app_end or b), name, title, org, False)
    for kind in _PHRASE_KINDS:
        if m.start(kind) >= 0:
            described = _described_person(text, m) if kind == "np" else None
            return described or _phrase_cand(m, kind, app, app_end)
    return _person(text, m, app, app_end)


#: The speaker pattern's alternatives for a phrase with no person named in it.
_PHRASE_KINDS = ("group", "role", "unnamed", "partitive", "np")
#: At most this many adjectives stand between the article and the honorific.
_MAX_ADJECTIVES = 2


def _described_person(text: str, m: SpeakerMatch) -> Cand | None:
    """``a defiant Mr Lynch``, ``an emotional Dr Okafor``: an article and adjectives
    before an honorific and a name (British style) are the person, not a noun phrase."""
    s, e = m.span("np")
    words = text[s:e].split()
    if len(words) < 4 or words[0].lower() not in ("a", "an"):
        return None
    k = next((i for i, w in enumerate(words) if w[:1].isupper() and i), 0)
    if not 2 <= k <= 1 + _MAX_ADJECTIVES or words[k] not in _HONORIFICS:
        return None
    if not all(w.islower() and w not in _TITLE_WORDS for w in words[1:k]):
        return None  # (``a pastor supporting Mr Cruz``: a described person, not him)
    at = text.find(words[k], s + len(words[0]), e)
    cand = subject_exact(text, at, e)
    # (the phrase starts at its article: the source as written)
    return cand._replace(start=s) if cand is not None and cand.kind is Kind.PERSON else None


def _from_subject(text: str, m: SpeakerMatch, end: int) -> Cand | None:
    app = m.group("apptext")
    has_app = bool(app or m.text("rel") or m.text("paren"))
    cand = _cand_from(text, m, app, end if has_app else None)
    if cand is not None:
        e = cand.end
        while e > cand.start and text[e - 1] in ", \t\r\n":
            e -= 1
        if e != cand.end:
            cand = cand._replace(end=e)
    return cand


# --------------------------------------------------------------------------- subjects


def subject_exact(text: str, start: int, end: int, *, loose: bool = False) -> Cand | None:
    """The speaker when ``text[start:end]`` is exactly a subject phrase, else ``None``."""
    seg = text[start:end]
    trail = len(seg) - len(seg.rstrip())
    end -= trail
    lead = len(seg) - len(seg.lstrip())
    start += lead
    if end - start < 1 or end - start > MAX_SUBJECT:
        return None
    cand = _local(_exact_record, text, start, end, loose)
    return cand if cand is not None else _surname_word(text, start, end)


def _exact_record(text: str, start: int, end: int, loose: bool) -> Cand | None:
    """:func:`subject_exact` of a trimmed window, but for a lone surname (read far back)."""
    m = _speaker_match(text, start, end, full=True)
    if m is None and loose:
        m = _speaker_match(text, start, end, full=True, loose=True)
    return _from_subject(text, m, end) if m is not None else None


# --------------------------------------------------------------------------- local memo
#
# The readers above turn a window into a record from what is written in and around
# it, so the same words in the same surroundings give the same record, shifted: a text
# that repeats itself (a thread of replies, one quotation over and over) asks for it
# again and again at new offsets. :func:`_local` remembers a record under the
# characters its reader may read. That is sound only because they read nothing else
# (checked helper by helper; keep it so when a helper changes):
#
# * before the window: the grammar's look-behinds at most 6 characters (``(?<![\w-])``
#   before ``Mac an``), :func:`business_named` 20, :func:`_party_before` 40 and a
#   legislator's letters, :func:`_surnamed_at_re` 1 (so :data:`_MEMO_BEFORE`); and two
#   runs of unbounded length: :func:`_sentence_initial` back over spaces and tabs,
#   the look-behind ``(?<= \p{Lu} [\p{Ll}\p{M}\-]* \s ) and`` back over lower-case
#   letters, marks and hyphens; each stops at the first character of neither kind
#   (which the key holds: :func:`_run_stop_back_re`), and the key knows when it
#   starts at the text's start (``k == 0``);
# * after it: the patterns nothing (``regex`` does not read past ``endpos``);
#   :func:`_paren_after` 65 characters past a name ending inside it,
#   :func:`_inside_figure` 2; :func:`_which_after` the name's last word again (no
#   longer than the window) past the record's end, then ``[ \t]*,[ \t]*which[ \t]``:
#   all of it inside the run of spaces, tabs and commas after that point, and 6 more;
# * :func:`_surname_word` reads up to 3,000 characters back: it says so
#   (:data:`_FAR_READS`), and a record made while it did is not kept.
#
# Every other helper reads the window through the match's groups or its own slices,
# and the tables and the registry do not change during a parse.

#: How far before a window a reader may read (see above), and after its end.
_MEMO_BEFORE = 64
_MEMO_AFTER = 68
#: How far the memo looks for where a run read by a reader must stop.
_MEMO_REACH = 256
#: Windows longer than this are not remembered (a key holds the window).
_MEMO_WINDOW = 400
#: How many windows and records are remembered (forgotten all at once when full): a
#: text that repeats itself repeats few windows, and each key holds up to a few hundred
#: characters (4,096 of them added a megabyte to a long parse's peak memory).
_MEMO_SIZE = 256
#: Bumped each time :func:`_surname_word` reads back past its window.
_FAR_READS = [0]
_MEMO: dict[tuple[object, ...], Cand | None] = {}
#: The windows asked for once (only a window asked for again is worth its key).
_MEMO_SEEN: set[tuple[object, ...]] = set()
#: Where a run back over spaces, tabs, lower-case letters, marks or hyphens stops.
_run_stop_back_re = lazy(lambda: r"(?r)[^\p{Ll}\p{M}\- \t]")
#: Where a run of spaces, tabs and commas stops.
_run_stop_fwd_re = lazy_stdlib(lambda: r"[^ \t,]")


def _memo_key(text: str, start: int, end: int) -> tuple[tuple[object, ...], int] | None:
    """The characters a reader of ``text[start:end]`` may read, with the window's place
    in them, and where they start; ``None`` when a run may go on past the reach."""
    before = start - _MEMO_BEFORE
    lo = 0
    if before > 0:
        stop = _run_stop_back_re().search(text, max(0, before - _MEMO_REACH), before + 1)
        if stop is not None:
            lo = stop.start()
        elif before > _MEMO_REACH:
            return None
    n = len(text)
    after = end + max(_MEMO_AFTER, end - start)
    hi = n
    if after < n:
        fwd = _run_stop_fwd_re().search(text, after, after + _MEMO_REACH)
        if fwd is not None:
            hi = min(n, fwd.start() + 6)
        elif after + _MEMO_REACH < n:
            return None
    return (text[lo:hi], start - lo, end - lo, lo == 0, hi == n), lo


def _local(
    reader: Callable[[str, int, int, bool], Cand | None],
    text: str,
    start: int,
    end: int,
    loose: bool,
) -> Cand | None:
    """``reader(text, start, end, loose)``, remembered under what it may read (above);
    a window seen for the first time costs one slice and one set lookup."""
    if end - start > _MEMO_WINDOW:
        return reader(text, start, end, loose)
    seen = (reader, loose, text[start:end])
    if seen not in _MEMO_SEEN:
        if len(_MEMO_SEEN) >= _MEMO_SIZE:
            _MEMO_SEEN.clear()
        _MEMO_SEEN.add(seen)
        return reader(text, start, end, loose)
    found = _memo_key(text, start, end)
    if found is None:
        return reader(text, start, end, loose)
    key, lo = (reader, loose, *found[0]), found[1]
    if key in _MEMO:
        c = _MEMO[key]
        return c if c is None else Cand(c.kind, c.start + lo, c.end + lo, *c[3:])
    far = _FAR_READS[0]
    cand = reader(text, start, end, loose)
    if _FAR_READS[0] == far:
        if len(_MEMO) >= _MEMO_SIZE:
            _MEMO.clear()
        _MEMO[key] = (
            cand if cand is None else cand._replace(start=cand.start - lo, end=cand.end - lo)
        )
    return cand


@functools.cache
def _start_words() -> frozenset[str]:
    """Lower-case words that can open a subject phrase (``the``, ``he``, ``union``)."""
    words = set(V.SPEAKER_DETERMINERS) | set(V.PRONOUNS) | set(V.TITLE_NOUNS)
    words |= set(V.TITLE_MODIFIERS) | set(V.GROUP_NOUNS) | set(V.NAME_START_PARTICLES)
    return frozenset(words | set(V.TITLE_PREFIXES))


def _last_punct(text: str, start: int, end: int) -> int:
    """Offset of the last clause punctuation in ``text[start:end]``, or ``start - 1``."""
    m = _last_punct_re().search(text, start, end)
    return start - 1 if m is None else m.start()


#: One clause punctuation mark, searched backwards (one scan for all the marks).
_last_punct_re = lazy(lambda: rf"(?r)[{regex.escape(_CLAUSE_PUNCT)}]")


def _dash_appositive(text: str, start: int, end: int) -> Cand | None:
    """``A former president -- Ana Ruiz, who led the strike -- said``: the subject is the
    person named between the dashes, else the phrase before the first dash."""
    close = end
    while close > start and text[close - 1] in _DASHES:
        close -= 1
    if close == end or (end - close == 1 and text[close] == "-"):
        return None  # a hyphen is not a dash
    if close <= start or not text[close - 1].isspace():
        return None
    k = close
    while k > start and text[k - 1].isspace():
        k -= 1
    opening = max(
        text.rfind(" -- ", start, k), text.rfind("—", start, k), text.rfind("–", start, k)
    )
    if opening < start:
        return None
    inner = opening + (len(" -- ") if text.startswith(" -- ", opening) else 1)
    while inner < k and text[inner].isspace():
        inner += 1
    comma = text.find(",", inner, k)
    cand = subject_exact(text, inner, comma if comma > 0 else k)
    if cand is not None and cand.kind == Kind.PERSON:
        return cand._replace(end=k) if comma > 0 else cand
    head = opening
    while head > start and text[head - 1] in _DASHES:
        head -= 1
    return subject_before(text, start, head) if head > start else None


def _acronym_paren(text: str, start: int, after: int) -> int:
    """Where the parenthesis that closes right before *after* opens, when it holds an
    acronym right after a capitalized word (``Union (BWU)``); else -1."""
    opened = text.rfind("(", max(start, after - _ACRONYM_PAREN), after)
    if opened < start + 2 or not _paren_acronym(text[opened:after]):
        return -1
    before = text[max(start, opened - _ACRONYM_PAREN) : opened].split()
    return opened if before and before[-1][:1].isupper() else -1


#: How far an acronym in brackets, and the word before it, may reach.
_ACRONYM_PAREN = 12


def _subject_regions(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where the subject before *end* may start: after an earlier comma or parenthesis
    (``Name, appositive,`` / ``Name (R-Texas)``), else after the last punctuation and
    at most :data:`MAX_BARE_SUBJECT_WORDS` words back."""
    regions: list[tuple[int, int]] = []
    if text[end - 1] in ",)":
        cut = end - 1
        while len(regions) < MAX_APPOSITIVE_SEGMENTS:
            k = max(text.rfind(",", start, cut), text.rfind("(", start, cut))
            if k < start:
                break
            if not _inner_comma(text, start, k, cut):
                ra = _outer_punct(text, start, k) + 1
                if not (ra > start and _place_comma(text, ra - 1, k)):
                    # (not ``Ohio`` of ``from Oregon, Ohio, who ...``: a state after its
                    # town, no subject; nor a segment of the appositives' count)
                    regions.append((ra, k))
            cut = k
        return regions
    ra = _outer_punct(text, start, end) + 1
    if ra > start and text[ra - 1] == ")":
        field = _title_field_re().search(text, max(start, ra - _TITLE_FIELD_REACH), ra)
        if field is not None:
            # ``general manager (HR) Anil Rao said``: a title's field in brackets
            ra = _last_punct(text, start, field.start()) + 1
        elif (opened := _acronym_paren(text, start, ra)) >= 0:
            # ``Barbados Workers' Union (BWU) deputy general secretary Ann Reid said``
            ra = _last_punct(text, start, opened) + 1
    k = end
    for _ in range(MAX_BARE_SUBJECT_WORDS):
        j = text.rfind(" ", ra, k)
        if j < 0:
            break
        k = j
    else:
        ra = max(ra, k)
    return [(ra, end)]


def _outer_punct(text: str, start: int, end: int) -> int:
    """:func:`_last_punct`, past the commas inside brackets or a body's name
    (:func:`_inner_comma`)."""
    k = _last_punct(text, start, end)
    for _ in range(MAX_APPOSITIVE_SEGMENTS):
        if k < start or not _inner_comma(text, start, k, end):
            break
        k = _last_punct(text, start, k)
    return k


def _inner_comma(text: str, start: int, k: int, cut: int) -> bool:
    """Whether the comma at *k* is inside brackets that close before *cut* (``Cllr Ana
    Ruiz (Labour, Abbey), the group leader,``) or inside a body's name that lists its
    portfolios (``the Department of Enterprise, Trade and Employment``): no appositive
    starts there."""
    if text[k] != ",":
        return False
    close = text.find(")", k, cut)
    if close >= 0 and text.rfind("(", start, k) > text.rfind(")", start, k):
        return True
    if text.find(" and ", k, cut + 1) < 0 and text.find(" & ", k, cut + 1) < 0:
        return False  # (a cheap test first: both lists close with ``and`` or ``&``)
    # ``Rail, Tram and Bus Union NSW secretary Ana Ruiz``, ``the Department of Enterprise,
    # Trade and Employment``: the grammar's own reading of such a comma
    return _listed_comma_re().match(text, k, cut + 1) is not None


def _place_comma(text: str, k: int, cut: int) -> bool:
    """Whether the comma at *k* sets a state, a province or a country after a town's
    name (``from Oregon, Ohio,``; ``in Perth, Western Australia,``): one place."""
    m = _place_after_comma_re().match(text, k, cut + 1)
    if m is None or not text[max(0, k - 1) : k].isalpha():
        return False
    before = text[max(0, k - _PLACE_WORD_REACH) : k].rsplit(None, 1)[-1:]
    if not before or before[0] in CALENDAR_NAMES:
        return False  # (``On Monday, Ohio, at the head of ...``: a day, then the subject)
    return places.lookup_region(m.group(1)) is not None


#: How far back the town's name before such a comma is read.
_PLACE_WORD_REACH = 30


#: A comma, then up to three capitalized words and a comma or the end of the span.
_place_after_comma_re = lazy(
    lambda: r",[ ](\p{Lu}[\p{L}.\-]*+(?:[ ]\p{Lu}[\p{L}.\-]*+){0,2}+)(?=,|\Z)"
)


#: A comma inside a body's name that lists its portfolios or a union's that lists its
#: trades (the grammar's rules ``listed_comma`` and, for a union's only,
#: ``listed_union_comma``).
_listed_comma_re = lazy(lambda: rule_source("listed_comma"))
_listed_union_re = lazy(lambda: rule_source("listed_union_comma"))
#: How far before a name its listed trades' comma may be, in characters.
_LISTED_REACH = 60


#: A title's field in brackets before a name (``(HR)``, ``(Health)``), after a word.
_title_field_re = lazy(lambda: r"(?<=\p{L}\s)\(\p{Lu}[\p{L}&\-\ ]{0,22}+\)\Z")
_TITLE_FIELD_REACH = 30


def _lone_pronoun(text: str, ra: int, rb: int) -> Cand | None:
    """``he said``, ``and she said``: a pronoun right before the verb."""
    k = rb
    while k > ra and text[k - 1].isalpha():
        k -= 1
    word = text[k:rb]
    if word.lower() not in V.PRONOUNS or (k != ra and not text[k - 1].isspace()):
        return None
    j = k
    while j > ra and text[j - 1].isspace():
        j -= 1
    prev_k = j
    while prev_k > ra and text[prev_k - 1].isalpha():
        prev_k -= 1
    prev = text[prev_k:j]
    if j == ra or not prev or prev.lower() in _PRON_OK_BEFORE or not prev.isalpha():
        return Cand(Kind.PRON, k, rb, word, None, None, False)
    return None


def _bare_name(text: str, ra: int, rb: int) -> Cand | None:
    """``Trump said``, ``Jane Doe said``: the region is just a name."""
    seg = text[ra:rb]
    nm = _bare_name_re().fullmatch(text, ra + len(seg) - len(seg.lstrip()), rb)
    if nm is None:
        return None
    words = nm.group().split()
    if any(w.endswith(_POSSESSIVES) for w in words[:-1]):
        return None  # ``Unite's Sharon Graham``: an owner, then the name
    if words[0] in _STOP or any(
        w in _HONORIFICS
        or w in _ORG
        or w.lower() in _TITLE_WORDS
        or w in _PARTY_LABELS
        or w in _JOB_ACRONYMS
        for w in words
    ):
        return None  # (a title or a party before the name: the grammar reads them)
    a, b, pre = _clean_name(text, nm.start(), nm.end())[:3]
    if a >= b or pre:
        return None  # (``Meteorologist Carla Jensen``: a job before the name, read there)
    if _emotive_lead(words):
        a = text.find(words[1], a + len(words[0]), b)  # (``Defiant Mary Quinn``)
    name = " ".join(text[a:b].split())
    if " " not in name and name.lower() in _GROUP_PLURALS:
        return Cand(Kind.GROUP, a, b, name, None, None, True)
    return Cand(Kind.PERSON, a, b, name, None, None, False)


def _surname_word(text: str, ra: int, rb: int) -> Cand | None:
    """``"...," May said`` after ``Theresa May``: a capitalized common word (a month, a
    preposition) alone before the verb is a surname when the article has named someone
    with it shortly before, a capitalized first name in front (``Al From``)."""
    seg = text[ra:rb]
    word = seg.strip()
    if word not in _STOP or word in _SUBJECT_STARTS or not word.isalpha() or word.isupper():
        return None  # (``The``, ``His``, ``Many``: a phrase's first word, never a name)
    a = ra + len(seg) - len(seg.lstrip())
    _FAR_READS[0] += 1  # (it reads far before its window: no record made now is kept)
    lo = max(0, a - SURNAME_WORD_LOOKBACK)
    i = text.rfind(" " + word, lo, a)
    for _ in range(SURNAME_WORD_TRIES):
        if i < lo:
            return None
        end = i + 1 + len(word)
        if end >= len(text) or not (text[end].isalnum() or text[end] in "’'-"):
            first = text[max(lo, i - _FIRST_NAME_CHARS) : i].rsplit(None, 1)[-1:]
            if first and first[0].isalpha() and first[0].istitle() and first[0] not in _STOP:
                return Cand(Kind.PERSON, a, a + len(word), word, None, None, False)
        i = text.rfind(" " + word, lo, i)
    return None


def _opens_subject(
    text: str, ws: int, we: int, rb: int, starts: frozenset[str], *, first: bool = False
) -> bool:
    """Whether a subject phrase may start at *ws* (its word of letters ending at *we*): a
    capital, ``(``, a start word, or, as the *first* word of its region, a lower-case
    word before a title noun (``At the plant, machine operator Ana Ruiz``; elsewhere the
    pattern would be asked in vain)."""
    ch = text[ws]
    if ch.isupper() or ch == "(":
        return True
    if text[ws:we].lower() in starts:
        return True
    if not first or we >= rb or text[we] != " ":
        return False
    return text[we + 1 : _word_end(text, we + 1, rb)] in _TITLE_NOUNS


def _word_end(text: str, ws: int, rb: int) -> int:
    """The end of the word of letters and hyphens at *ws* (before *rb*)."""
    we = ws
    while we < rb and (text[we].isalpha() or text[we] == "-"):
        we += 1
    return we


def _scan_regions(text: str, regions: list[tuple[int, int]], end: int) -> Cand | None:
    """The longest subject phrase from a word start in *regions* to *end*."""
    starts = _start_words()
    tried: set[int] = set()
    fallback: Cand | None = None
    relative = _relative_start(text, regions)
    setting = False
    styled = -5
    for ra, rb in reversed(regions):
        if (ra, rb) != regions[0] and _setting(text[ra:rb], setting):
            setting = True
            continue  # (``In Louisville, Ky., welder Ana Ruiz``: a setting, no subject)
        first, led, setting = True, False, False
        for w in _word_start_re().finditer(text, ra, rb):
            ws, we = w.span()
            if ws > relative:
                break  # (``The alliance, which represents Acme, ...``: inside its clause)
            if styled_the(text, ws):
                styled = ws  # (``The Rev Ana Ruiz``: the name opens at the style)
                continue
            if first and w.group() in _SENTENCE_CONJUNCTIONS:
                # (``But union president Ana Ruiz``, ``But hacking experts``: the
                # subject opens at the next word)
                led, first = True, False
                continue
            opens = ws not in tried and (
                led or _opens_subject(text, ws, we, rb, starts, first=first)
            )
            first = led = False
            tried.add(ws)
            if not opens:
                continue
            m = _speaker_match(text, ws, end, full=True)
            cand = _from_subject(text, m, end) if m is not None else None
            if cand is None:
                continue
            if _place_before_named(cand):
                continue  # (``in Lewisham, south London, benefits adviser Ana Ruiz``)
            if styled == ws - 4 and cand.kind is Kind.PERSON:
                cand = cand._replace(start=styled)  # (the span from ``The``)
            if cand.kind in (Kind.PERSON, Kind.PRON) or len(regions) == 1:
                return cand
            # ``At the rally, Ana Ruiz, a retired welder,``: a named person in a
            # later segment beats a phrase with everything after it as its appositive.
            if fallback is None:
                fallback = cand
            break
    return fallback


def _place_before_named(cand: Cand) -> bool:
    """Whether *cand* reads a place as a person whose appositive is a title and a name
    (``London``, ``benefits adviser Ana Ruiz``): the name after the place is the subject."""
    if cand.kind is not Kind.PERSON or not cand.title or " " in cand.name:
        return False
    words = cand.title.split()
    named = len(words) >= 3 and all(w[:1].isupper() for w in words[-2:])
    return named and words[0][:1].islower() and _a_place(cand.name)


#: Prepositions that open a setting set off by a comma before the subject.
_SETTINGS = frozenset((*V.SETTING_OPENERS, "of"))
#: Participles that open a setting before the subject (``Speaking on Morning Ireland,``,
#: ``Writing in the Post,``).
_SETTING_PARTICIPLES = frozenset(
    (*V.LISTENER_PARTICIPLES, "appearing", "writing")
)  # (``Ana Ruiz, 71, of Red Deer,``)


def _setting(region: str, after_setting: bool) -> bool:
    """Whether *region* of a subject is a setting, no subject's start: it opens with a
    preposition of :data:`_SETTINGS` (``In Louisville``), or, right after one, it is a
    region or a state (``Ky.``, ``Ontario``)."""
    words = region.split(None, 1)
    if not words:
        return after_setting
    if words[0].lower() in _SETTINGS or words[0].lower() in _SETTING_PARTICIPLES:
        return True  # (``Speaking on Morning Ireland, ...``: where, not who)
    return after_setting and places.lookup_region(region.strip().rstrip(".")) is not None


def _relative_start(text: str, regions: list[tuple[int, int]]) -> int:
    """Where the first relative clause set off by a comma opens among *regions* (``,
    which ...``, ``, who ...``), after a first region that names its antecedent; past
    the end of the text when none does."""
    for ra, rb in sorted(regions)[1:]:
        words = text[ra:rb].split(None, 3)
        if words[:1] in (["and"], ["but"]) and words[1:2] and words[1].lower() in _RELATIVES:
            words = words[1:]  # (``..., and who asked not to be named,``)
        if (
            words
            and words[0].lower() in _RELATIVES
            and text[max(0, ra - 3) : ra].rstrip().endswith(",")
            and not _object_relative(words)
        ):
            return ra
    return len(text)


def _object_relative(words: list[str]) -> bool:
    """Whether a region's first *words* open a relative clause whose subject follows its
    pronoun (``which Unite's regional officer, Gary Pellow, described as``): the clause
    runs on to the verb, and its subject is the verb's."""
    if len(words) < 2 or words[0].lower() not in _OBJECT_RELATIVES:
        return False
    return words[1][:1].isupper() or words[1].lower() in _NP_DETERMINERS


#: Relative pronouns that may be a verb's object (``the offer, which the union called``).
_OBJECT_RELATIVES = frozenset(("which", "whom"))
#: Determiners that open a noun phrase (the subject of an object relative clause).
_NP_DETERMINERS = _UNNAMING_DETERMINERS | {"the"}


def _describes(text: str, comma: int, end: int) -> bool:
    """Whether a description stands between the region ending at *comma* and *end*
    (``Ana Ruiz, a nurse,``), not a relative clause (``Ruiz, who leads it,``) but for
    one of an office's verb before a name (``Ana Ruiz, who chairs the Harbour Board,``:
    :data:`~laborquotes._vocab.OFFICE_VERBS`)."""
    if comma >= end - 1:
        return False
    first = text[comma + 1 : end].split(None, 4)[:4]
    if first[:1] == ["who"] and len(first) >= 3 and first[1] in V.OFFICE_VERBS:
        # (a body's name, or a kind of business and its name: ``who chairs the Harbour
        # Board``, ``who chairs the charity Wardwatch``; not ``who leads the local``)
        named = first[3:] if first[2] == "the" else first[2:3]
        return bool(named) and (named[0][:1].isupper() or named[0] in _BUSINESS_KIND_NOUNS)
    return bool(first) and first[0].lower() not in _RELATIVES


def subject_before(text: str, start: int, end: int) -> Cand | None:
    """The longest subject phrase that ends exactly at *end* (searched from *start*)."""
    return _subject_before(text, max(start, end - SUBJECT_WINDOW), end)


def clear_cache() -> None:
    """Forget the subjects found (:func:`laborquotes.parse` calls it after each text, so
    the cache holds no text once the parse is done)."""
    _subject_before.cache_clear()
    _business_names.cache_clear()
    _speaker_match_at.cache_clear()
    _MEMO.clear()
    _MEMO_SEEN.clear()


@functools.lru_cache(maxsize=SUBJECT_BEFORE_CACHE)
def _subject_before(text: str, start: int, end: int) -> Cand | None:
    """:func:`subject_before` from a window start: a pure function of its arguments,
    asked again for the same verb by the several readers of a clause (cached)."""
    return _described_at(text, start, _subject_read(text, start, end))


def _subject_read(text: str, start: int, end: int) -> Cand | None:
    """:func:`_subject_before`, but for an unnamed person described before a body."""
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    if text[end - 1] in _DASHES:
        dashed = _dash_appositive(text, start, end)
        if dashed is not None:
            return dashed
    surnamed = (
        None
        if text.find(_SURNAMED_WORD, start, end) < 0
        else _surnamed_re().search(text, start, end)
    )
    if surnamed is not None:
        return _surnamed(surnamed)  # ``a worker surnamed Chen``: a person, by surname
    regions = _subject_regions(text, start, end)
    if len(regions) == 1 and not _describes(text, regions[0][1], end):
        quick = _lone_pronoun(text, *regions[0]) or _bare_name(text, *regions[0])
        if quick is not None:
            return business_named(text, quick)
    found = _acronym_owner(text, business_named(text, _scan_regions(text, regions, end)))
    found = _seat_before_name(text, start, _listed(text, start, found))
    found = _joined_portfolio(text, start, _listed_name_lead(text, start, found))
    return (
        found
        if found is not None or not text[end - 1].isdigit()
        else _numbered_union(text, start, end)
    )


def _described_at(text: str, start: int, found: Cand | None) -> Cand | None:
    """*found*, or where a body read as the subject is only where an unnamed person
    described before it works (``A porter at the Royal Alexandra Hospital who has
    moved patients for 23 years said``): that person, with the clause after the body."""
    if found is None or found.kind is not Kind.GROUP or found.start <= start:
        return found
    m = _described_at_re().search(text, max(start, found.start - _DESCRIBED_AT_REACH), found.start)
    at = text.find(found.name, found.start, found.end)
    if m is None or at < 0:
        return found
    lead = _subject_read(text, m.start(), at + len(found.name))
    if lead is None or lead.kind is not Kind.UNNAMED or lead.start != m.start():
        return found
    return lead._replace(end=found.end)


#: How far before a body an unnamed person's description may start.
_DESCRIBED_AT_REACH = 50
#: An indefinite description and the preposition of a workplace (``A porter at``).
_described_at_re = lazy(
    lambda: r"(?<![\w'’-])[Aa]n?\s++(?:\p{Ll}[\p{Ll}\-]*+\s++){1,3}(?:at|for|with|from)\s++\Z"
)


def _numbered_union(text: str, start: int, end: int) -> Cand | None:
    """``UFCW 3000``, ``SEIU 1199`` right before *end*: a union's local, its name and its
    number (US style, without ``Local``); ``None`` when the name is no union's."""
    m = _numbered_union_re().search(text, max(start, end - _NUMBERED_UNION_REACH), end)
    if m is None or hint_kind(m.group("name")) not in (OrgKind.UNION, OrgKind.FEDERATION):
        return None
    return Cand(Kind.GROUP, m.start(), end, m.group(), None, m.group(), True)


#: How far before its verb a union's name and number may start, in characters.
_NUMBERED_UNION_REACH = 60
#: A union's name (an acronym, or capitalized words) and a local's number, at the end.
_numbered_union_re = lazy(
    lambda: (
        r"(?<![\w'’.&-])(?P<name>\p{Lu}[\p{L}&'’-]*+(?:[ ]\p{Lu}[\p{L}&'’-]*+){0,3})"
        r"[ ]\d{1,5}+\Z"
    )
)


def _listed_name_lead(text: str, start: int, cand: Cand | None) -> Cand | None:
    """*cand*, with the first trades of its organization's name that a comma set off
    before it (``Rail, Tram and Bus Union NSW secretary Ana Ruiz``: the subject read
    from ``Tram``); a state's code after the name goes to the title (``NSW secretary``)."""
    if cand is None or not cand.org or not text.startswith(cand.org, cand.start):
        return cand
    comma = text.rfind(",", max(start, cand.start - _LISTED_REACH), cand.start)
    if comma < 0 or text[comma + 1 : cand.start].strip():
        return cand
    if _listed_union_re().match(text, comma, cand.end) is None:
        return cand
    lead = _last_punct(text, max(start, comma - _LISTED_REACH), comma) + 1
    head = text[lead:comma].strip()
    if not head[:1].isupper() or " " in head:
        return cand  # (one trade before the comma: ``Rail``)
    words = f"{head}, {cand.org}".split()
    title = cand.title
    if len(words) > 2 and places.is_state_code(words[-1]):
        words, title = words[:-1], f"{words[-1]} {title}" if title else words[-1]
    return cand._replace(start=lead, org=" ".join(words), title=title)


def _seat_before_name(text: str, start: int, cand: Cand | None) -> Cand | None:
    """*cand*, or, when its name opens with a place right after a legislator's title and
    ``for`` (``Greens senator for Western Australia Tessa Moorcroft``: the name read
    from ``Western``), the person named after the place with the title and the party
    before it (``senator for Western Australia``, ``Greens``)."""
    if cand is None or cand.kind is not Kind.PERSON or cand.title or cand.start <= start:
        return cand
    lead = _outer_punct(text, start, cand.start) + 1
    pre = text[lead : cand.start].split()
    if len(pre) < 2 or pre[-1] not in ("for", "of") or pre[-2].lower() not in _LEGISLATOR_TITLES:
        return cand
    words = cand.name.split()
    for n in (3, 2, 1):
        if len(words) - n >= 2 and _a_place(" ".join(words[:n])):
            title, org = split_title(" ".join((*pre, *words[:n])))
            name = " ".join(words[n:])
            return Cand(Kind.PERSON, lead, cand.end, name, title, org, False)
    return cand


#: The first words of a portfolio joined by ``and`` before the rest of a title (``the
#: health and social care secretary``, ``Work and pensions secretary``): lower-case
#: words (the first capitalized at a sentence's start), after ``the`` or nothing.
_portfolio_lead_re = lazy(
    lambda: (
        r"(?:(?<=^)|(?<=[\s\"“(]))(?:[Tt]he\s++)?+(?P<words>[\p{L}][\p{Ll}\-]*+,?\s++"
        r"(?:[\p{Ll}][\p{Ll}\-]*+,?\s++){0,3}and\s++)\Z"
    )
)
#: How far back such a portfolio's first words may start, in characters.
_PORTFOLIO_REACH = 60


def _joined_portfolio(text: str, start: int, cand: Cand | None) -> Cand | None:
    """*cand* with the first words of a portfolio joined by ``and`` that its title
    opens after (``The health and social care secretary, Stephen Hall,``: the title is
    ``health and social care secretary``, not ``social care secretary``)."""
    if cand is None or cand.kind is not Kind.PERSON or not cand.title:
        return cand
    if not text.startswith(cand.title, cand.start) or not cand.title[:1].islower():
        return cand
    m = _portfolio_lead_re().search(text, max(start, cand.start - _PORTFOLIO_REACH), cand.start)
    if m is None:
        return cand
    lead = m.group("words")
    first = lead.split(" ", 1)[0]
    if first[:1].isupper() and m.start("words") != m.start():
        return cand  # (``The Health ...``: a capitalized word after ``the`` is a name's)
    if cand.title.rsplit(" ", 1)[-1].lower() not in _PORTFOLIO_HEADS or any(
        w.strip(",").lower() in _PORTFOLIO_STOPS for w in lead.split()[:-1]
    ):
        return cand  # (``Ruiz and union president Tom Lee``: two people, no portfolio)
    title = " ".join((lead[:1].lower() + lead[1:] + cand.title).split())
    return cand._replace(start=m.start(), title=title)


#: Words of no portfolio before ``and`` (function words, pronouns, groups of people).
_PORTFOLIO_STOPS = (
    frozenset(V.FUNCTION_WORDS)
    | frozenset(V.PRONOUNS)
    | frozenset(V.PEOPLE_PLURALS)
    | frozenset(V.GROUP_NOUNS)
)
#: Heads of a title that a portfolio joined by ``and`` may open (``the work and
#: pensions secretary``, ``the health and education spokeswoman``).
_PORTFOLIO_HEADS = frozenset(V.PORTFOLIO_TITLE_HEADS)


#: The earlier items of a list of speakers, each a name and a comma, right before the
#: last two joined by ``and`` (``Unite, GMB and Unison said``).
_list_items_re = lazy(
    lambda: (
        r"(?<![^\s\"“(])(?:(?:[Tt]he\s++)?(?:\p{Lu}[\p{L}\p{N}&.'’\-]*+\s++){0,3}"
        r"\p{Lu}[\p{L}\p{N}&.'’\-]*+,\s++){1,3}\Z"
    )
)
#: How far back the earlier items of a list of speakers may start, in characters.
_LIST_REACH = 120


def _listed(text: str, start: int, cand: Cand | None) -> Cand | None:
    """*cand* with the earlier items of its list (``Unite, GMB and Unison``, ``Ana Ruiz, Tom
    Lee and Jo Bright``): when *cand* joins two names with ``and`` and names of its own
    shape (:func:`_list_item`), each with a comma, open the sentence before it."""
    if cand is None or cand.kind not in (Kind.PERSON, Kind.GROUP) or " and " not in cand.name:
        return cand
    m = _list_items_re().search(text, max(start, cand.start - _LIST_REACH), cand.start)
    if m is None or text[max(0, m.start() - 2) : m.start()].strip() not in _LIST_OPENERS:
        return cand
    items = [i.strip() for i in text[m.start() : m.end()].split(",") if i.strip()]
    if not all(_list_item(i) for i in items):
        return cand
    return cand._replace(start=m.start(), name=text[m.start() : cand.start] + cand.name)


#: What may stand right before a list of speakers: a sentence's start.
_LIST_OPENERS = frozenset(("", ".", "!", "?", '"', "“", "”", "("))


#: Prepositions that open a setting before a subject, not a name in a list of speakers.
_LIST_NOT_OPENERS = frozenset(
    (*_SETTINGS, *V.OBJECT_PREPOSITIONS, *V.ATTRIBUTION_TAIL_PREPOSITIONS, "among", "like")
)


def _list_item(item: str) -> bool:
    """Whether *item* may be an earlier name in a list of speakers: a name of two words
    or more, an acronym, a name with an organization word or one the registry knows."""
    words = item.split()
    if words[0].lower() in _LIST_NOT_OPENERS:
        return False  # (``In London, Unite and Unison said``, ``Among Democrats, ...``)
    return (
        len(words) > 1
        or (len(item) > 1 and item.isupper())
        or item in _ORG
        or not _unregistered(item)
    )


#: How far before a titled person's phrase its ``(ACRONYM)`` may start (ten letters).
_PAREN_ACRONYM_REACH = 14


#: ``the Australian Council of Trade Unions (ACTU) secretary``: an acronym in
#: parentheses right before a titled person's phrase.
@lazy
def _paren_acronym_re() -> str:
    return r"\( (\p{Lu} [\p{Lu}\d&\-]{1,9}+) \) [^\S\n]*+ \Z"


def _acronym_owner(text: str, cand: Cand | None) -> Cand | None:
    """*cand*, with the organization an acronym in parentheses right before it names
    (``... Trade Unions (ACTU) secretary Sally McManus``), when it has a title and no
    organization of its own."""
    if cand is None or cand.kind is not Kind.PERSON or not cand.title or cand.org:
        return cand
    m = _paren_acronym_re().search(text, max(0, cand.start - _PAREN_ACRONYM_REACH), cand.start)
    return cand if m is None else cand._replace(org=m.group(1))


# --------------------------------------------------------------------------- after a verb


def _inside_figure(text: str, at: int) -> bool:
    """Whether a comma at *at* groups the digits of a figure (``R9,800``, ``Rs 22,000``):
    no phrase ends there (``said the salary of R9,800 was ...`` names no speaker)."""
    return (
        text[at : at + 1] == "," and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()
    )


#: ``a worker surnamed Chen``, ``one woman surnamed Li``: a person named by a surname
#: only (Chinese-language news in English), a title before it.
_SURNAMED = r"""(?<![\w-]) (?i: an? | one | another ) [^\S\n]++
    (?P<title> (?: \p{Ll} [\p{L}\-]*+ [^\S\n]++ ){0,2}? \p{Ll} [\p{L}\-]*+ ) [^\S\n]++
    surnamed [^\S\n]++ (?P<surname> \p{Lu} \p{Ll}++ )"""


#: The word the pattern is tried at (found by ``str.find``: most subjects hold none),
#: and how far after a verb it may stand.
_SURNAMED_WORD = " surnamed "
_SURNAMED_REACH = 60


@lazy
def _surnamed_re() -> str:
    return rf"{_SURNAMED} [^\S\n]*+ ,?+ [^\S\n]*+ \Z"


@lazy
def _surnamed_at_re() -> str:
    return rf"{_SURNAMED} (?![\w-])"


def _surnamed(m: regex.Match[str]) -> Cand:
    title = m.group("title")
    return Cand(Kind.PERSON, m.start(), m.end("surname"), m.group("surname"), title, None, False)


def speaker_forward(text: str, pos: int, end: int, *, loose: bool = False) -> Cand | None:
    """A speaker phrase starting at *pos* (after ``said``), with its appositive.

    *loose* accepts any lower-case words as a title before a name (``said election
    lawyer Tom Lee``), for the slot right after an inverted verb.
    """
    return _local(_forward_record, text, pos, end, loose)


def _modifying_head(head: str) -> bool:
    """Whether the one word *head* may modify the title of a person after it (``Local``;
    a body's noun capitalized, ``School``, ``Union``)."""
    low = head.lower()
    return low in _ADJECTIVAL_HEADS or (head[:1].isupper() and low in _ONE_WORD_GROUPS)


def styled_the(text: str, pos: int) -> bool:
    """Whether ``The`` and a style of address open *text* at *pos* (``The Rev Dr Ana
    Ruiz``, ``the Hon Tom Lee``: :data:`~laborquotes._vocab.ADDRESS_STYLES`): a person's
    name follows, no body's named ``The ...``."""
    if text[pos : pos + 4] not in ("The ", "the "):
        return False
    return text[pos + 4 : pos + 14].split(" ", 1)[0].rstrip(".") in _ADDRESS_STYLES


_ADDRESS_STYLES = frozenset(V.ADDRESS_STYLES)


def _forward_record(text: str, pos: int, end: int, loose: bool) -> Cand | None:
    """:func:`speaker_forward`, not remembered."""
    if styled_the(text, pos):
        styled = speaker_forward(text, pos + 4, end, loose=loose)
        if styled is not None and styled.kind is Kind.PERSON:
            return styled._replace(start=pos)  # ``said the Rev Ana Ruiz``
    if text.find(_SURNAMED_WORD, pos, min(end, pos + _SURNAMED_REACH)) >= 0:
        surnamed = _surnamed_at_re().match(text, pos, end)
        if surnamed is not None:
            return _surnamed(surnamed)  # ``said a worker surnamed Li``
    m = _speaker_match(text, pos, end, full=False)
    if loose and (m is None or m.group("person") is not None):
        m = _speaker_match(text, pos, end, full=False, loose=True)
    if m is None or _inside_figure(text, m.end("head")):
        return None
    if m.group("np") is not None:
        m = _noun_closed(text, m, end)
    head = text[m.start("head") : m.end("head")]
    if _modifying_head(head) and text[m.end("head") : m.end("head") + 1] == " ":
        after = speaker_forward(text, m.end("head") + 1, end, loose=loose)
        if after is not None and after.kind is Kind.PERSON and after.title is not None:
            # ``Local MP Ana Ruiz``: an adjective of the title, no union's branch;
            # ``School board President Ana Ruiz``: a body's noun, capitalized by its place
            return after._replace(start=pos, title=f"{head.lower()} {after.title}")
    if m.group("pron") is not None:
        return _cand_from(text, m)
    head_end = m.end("head")
    a = _app_fwd_re().match(text, head_end, end)
    app = None
    app_end = None
    if a is not None and (a.group("app") or a.group("paren")):
        app = a.group("app")
        named = _named_owner(app, a.group("app2"))
        grp = "app2" if a.group("app2") and named is not False else ("app" if app else "paren")
        app_end = a.end(grp) + (1 if grp == "paren" else 0)
        raw = text[head_end:app_end].rstrip()
        app_end = head_end + len(raw)
        while app_end > head_end and text[app_end - 1] in ".":
            app_end -= 1
        if app:
            app = app.rstrip(". ")
        if app and app.isdigit() and len(app) <= _AGE_DIGITS and a.group("app2"):
            app = f"{app}, {a.group('app2').rstrip('. ')}"  # ``Ana Ruiz, 54, a sweeper``
        elif app and named:
            app = f"{app} of {a.group('app2').rstrip('. ')}"  # ``state president, CITU``
        if a.group("home"):
            app_end = a.end("home")  # ``Ana Ruiz, 71, of Red Deer,``: where she lives
    return _cand_from(text, m, app, app_end)


#: How many words a noun phrase read after an inverted verb may take up to its noun.
_NOUN_WORDS_AHEAD = 2


def _noun_closed(text: str, m: SpeakerMatch, end: int) -> SpeakerMatch:
    """*m*, a noun phrase the speaker pattern closed at its first word, taken on to the
    body's or the title's noun right after it (``said the rail union``, ``said the two
    unions``, ``said the transit agency``: not ``the rail``); *m* itself when no such
    noun follows within :data:`_NOUN_WORDS_AHEAD` words."""
    pos, stop = m.end("head"), m.end("head")
    for _ in range(_NOUN_WORDS_AHEAD):
        word = _next_word_re().match(text, pos, end)
        if word is None:
            break
        noun = word.group(1)
        pos = word.end()
        if word.group(2) is None and (noun in _ONE_WORD_GROUPS or noun in _TITLE_WORDS):
            stop = pos
    if stop == m.end("head"):
        return m
    longer = _speaker_match(text, m.start("head"), stop, full=True)
    return longer if longer is not None and longer.group("np") is not None else m


@lazy
def _next_word_re() -> str:
    """The lower-case word after a space at a position, and its possessive ending if
    any (``drivers'``, ``union's``: for :func:`_noun_closed`)."""
    return r"[ ] (\p{Ll}[\p{Ll}\-]*+) ( ['’] s | (?<=s) ['’] )? (?![\w’'])"


def _named_owner(app: str | None, app2: str | None) -> bool | None:
    """Whether *app2*, a capitalized name after the title *app* (``said A. Rao, state
    president, CITU.``), is the title's organization; ``None`` when *app2* is no such
    name (none, or a description: ``, a nurse``)."""
    if not app or not app2 or not app2[:1].isupper() or app2.split(" ", 1)[0] in ("A", "An", "The"):
        return None
    title, org = split_title(app)
    first = app2.split(" ", 1)[0].rstrip(".")
    if title is None or org is not None or first in _TRAIL_STOP:
        return False
    return title.split()[-1] in _TITLE_WORDS


#: ``union boss``, ``health minister``, ``nurses``: up to three lower-case words ending a
#: sentence or a line right after an inverted verb (a headline's speaker).
@lazy
def _bare_title_re() -> str:
    return (
        r"(?: \p{Ll}[\p{L}\-]*+ [ ] ){0,2} (\p{Ll}[\p{L}\-]*+) (?= [ \t]*+ (?: [.!?] | \n | \Z ) )"
    )


def _bare_title(text: str, pos: int, end: int) -> Cand | None:
    """A bare title or group noun that ends the sentence after an inverted verb
    (``Strike will go ahead, says union boss``), as a role."""
    m = _bare_title_re().match(text, pos, end)
    if m is None or any(w in _FUNCTION_WORDS for w in m.group().split()):
        return None
    head = m.group(1)
    if head in _TITLE_WORDS:
        kind = Kind.ROLE  # ``union boss``, ``minister``
    elif head in _GROUP_PLURALS or any(head.removesuffix(e) in _TITLE_WORDS for e in ("s", "es")):
        kind = Kind.GROUP  # ``nurses``, ``union bosses``, ``rail chiefs``
    else:
        return None
    return Cand(kind, m.start(), m.end(), m.group(), None, None, kind is Kind.GROUP)


_FUNCTION_WORDS = frozenset(V.FUNCTION_WORDS)


def speaker_after_verb(text: str, pos: int, end: int) -> Cand | None:
    """The speaker right after an inverted verb (``said Ana Ruiz``): the strict
    pattern, else a person with any lower-case title (``said election lawyer Tom Lee``),
    else a headline's bare title ending the line (``..., says union boss``)."""
    cand = speaker_forward(text, pos, end)
    if cand is None or (cand.kind == Kind.UNNAMED and cand.start == pos):
        loose = speaker_forward(text, pos, end, loose=True)
        # (a person, or the company a kind of business names: ``said rail operator X``)
        if loose is not None and loose.kind in (Kind.PERSON, Kind.GROUP):
            return loose
    if cand is not None and cand.kind is Kind.ROLE and cand.name.lower() in _ANY_PERSON:
        return _named_after(text, cand, end) or cand  # ``said the woman, Ana Ruiz``
    return cand if cand is not None else _bare_title(text, pos, end)


def _named_after(text: str, cand: Cand, end: int) -> Cand | None:
    """The person named after *cand* and a comma (``the woman, Ana Ruiz``), or ``None``."""
    at = cand.start + len(cand.name)
    if not text.startswith(", ", at):
        return None
    named = speaker_forward(text, at + 2, end)
    if named is None or named.kind is not Kind.PERSON or named.start != at + 2:
        return None
    return named._replace(start=cand.start)


#: References to any person, which a name after a comma names (``the woman, Ana Ruiz``).
_ANY_PERSON = frozenset(f"the {noun}" for noun in V.ANY_PERSON_NOUNS)


def _before_age(before: str) -> str:
    """*before* without an age set off by a comma at its end (``Ana Ruiz, 34``)."""
    head, comma, age = before.rpartition(",")
    age = age.strip()
    return head.rstrip() if comma and age.isdigit() and len(age) <= _AGE_DIGITS else before


def relative_subject(text: str, start: int, end: int) -> Cand | None:
    """``Ruiz, who has in the past described ...``: the relative pronoun as written,
    standing for the name before it."""
    m = _relative_re().search(text, max(start, end - RELATIVE_WINDOW), end)
    if m is None:
        return None
    between = text[m.end() : end].split()
    if any(w in V.PRONOUNS for w in between) or (between and between[0] in ("the", "a", "an")):
        return None  # ``which he described as``: the pronoun is the subject
    k = m.start()
    while k > start and text[k - 1] in " \t\r\n":
        k -= 1
    comma = k if text[k - 1 : k] == "," else -1
    while k > start and text[k - 1] in " ,\t\r\n":
        k -= 1
    antecedent = subject_before(text, start, k)
    if antecedent is not None and antecedent.kind in (Kind.UNNAMED, Kind.ROLE) and comma > 0:
        # ``Bec Okafor, a nurse at the clinic, who said``: the name before the
        # description, read with the comma that closes the appositive
        apposed = subject_before(text, start, comma)
        before = _before_age(text[start : antecedent.start].rstrip(" ,"))
        if apposed is not None and apposed.kind is Kind.PERSON and before.endswith(apposed.name):
            antecedent = apposed
    if antecedent is None or antecedent.kind not in (
        Kind.PERSON,
        Kind.GROUP,
        Kind.UNNAMED,
        Kind.ROLE,
    ):
        return None
    return antecedent._replace(kind=antecedent.kind, start=m.start(), end=m.end())


def gender_fits(text: str, named: Cand, pron: Cand) -> bool:
    """``Tom Lee said she ...``: a first name, honorific or title of the other gender
    rules the name out for the pronoun."""
    other = "f" if pron.name.lower() == "he" else "m"
    for w in text[named.start : named.end].split():
        w = w.rstrip(",")
        low = w.lower()
        g = FIRST_GENDER.get(w) or WORD_GENDER.get(low) or WORD_GENDER.get(low.rstrip("."))
        if g == other:
            return False
    return True
