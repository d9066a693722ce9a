"""Identity: who a speaker phrase means.

The cue finders return speaker phrases (:class:`~._attribution.Cand`): a full name, a
surname, a pronoun, a title reference (``the senator``), a group (``the union``). This
module is the one place where such a mention becomes a person or an organization:

- :class:`Resolver` reads the mentions in text order. A surname or a first name takes the
  full name written earlier (``Ruiz`` -> ``Ana Ruiz``), a title reference the person named
  with that title, ``he`` / ``she`` the subject of the sentence before or the most recent
  person of that gender.
- :func:`appositive` finds how the article first describes a person (``Ana Ruiz,
  president of Local 7,`` / ``union leader Ana Ruiz``) and :func:`fill_from_namesakes`
  gives a person quoted bare the title and organization written with them elsewhere.
- :class:`ArticleOrgs` knows the organizations of one article: :meth:`~ArticleOrgs.lookup`
  finds the one a phrase names, :meth:`~ArticleOrgs.reference` the one a generic phrase
  points at (``the union`` is the union named last, else the one named most).
"""

from __future__ import annotations

import bisect
import enum
import functools
import itertools
import re
import threading
from collections.abc import Iterable, Iterator, Sequence

import regex

from . import _places as places
from . import _vocab as V
from ._attribution import Cand, speaker_forward
from ._clauses import (
    GROUP_KINDS,
    NAME_STOPWORDS,
    NOT_VERBS,
    SENTENCE_WINDOW,
    SUBORDINATORS,
    VERB_FORMS,
    in_headline,
    verb_after_re,
)
from ._literal_index import LiteralIndex
from ._marks import Structure
from ._model import (
    Attribution,
    Organization,
    OrgKind,
    Person,
    Quote,
    Role,
    Speaker,
    attribution_of,
    quote_of,
)
from ._org_names import _lazy, company_short_form
from ._orgs import Registry, default_registry
from ._roles import TITLE_HEADS, hint_kind, person_role, union_not_labour
from ._speakers import (
    CLAUSE_LEADS,
    FIRST_GENDER,
    WORD_GENDER,
    Kind,
    party_lead,
    split_title,
    styled_the,
)

__all__ = [
    "COLLECTIVE_NOUNS",
    "HEAD_REFERENCES",
    "NAME_REFERENCE_HEADS",
    "PLACE_BITS",
    "PLACE_MASK",
    "REFERENCE_KINDS",
    "STATEMENT_PHRASE",
    "AppositiveMemo",
    "AppositivePlace",
    "ArticleOrgs",
    "Gender",
    "Resolver",
    "appositive",
    "appositive_at",
    "appositive_place",
    "as_introduced",
    "display_name",
    "fill_from_namesakes",
    "forget_long_text",
    "fullest_names",
    "has_reference",
    "is_plural",
    "named_after_description",
    "place_key",
    "possessive_stripped",
    "reference_word",
    "speaker_with",
    "split_honorific",
    "with_speaker",
]


class Gender(enum.Enum):
    """What a first name, an honorific, a title or a pronoun tells of a person."""

    MALE = "m"
    FEMALE = "f"


_GENDERS = {g.value: g for g in Gender}

# --------------------------------------------------------------------------- word tables
# (sets built from the tables of :mod:`laborquotes._vocab`)

_PERSONAL = frozenset(V.PERSONAL_PRONOUNS)
_CENTRED = frozenset(V.CENTRED_PRONOUNS)
_POSSESSIVES = frozenset(V.POSSESSIVE_PRONOUNS)
_KIN_WORDS = frozenset(V.KIN_REFERENCES)
_NEUTRAL_KIN = frozenset(V.NEUTRAL_KIN_WORDS)
_EPITHETS = frozenset(V.EPITHET_NOUNS)
_NUMBER_WORDS = frozenset(V.NUMBER_WORDS)
_ABBREVIATED_NOUNS = frozenset(V.ABBREVIATED_TITLES.values())
#: How many words before a name may be abbreviated ranks (``Det. Sgt. Ann Pryce``).
_ABBREVIATED_LEAD = 2
_SUFFIX_WORDS = frozenset(V.SURNAME_SUFFIXES)
_OPENING_MARKS = frozenset("\"“„«'‘")
_HONORIFICS = frozenset(V.HONORIFICS)
_HONOURS = frozenset(V.HONOURS)
_ORG_WORDS = frozenset(V.ORG_WORDS)
_NOT_NAME_WORDS = frozenset(V.NOT_PERSON_NAME_WORDS)
#: Title nouns, and a legislator's letters (``the MSP said``), in lower case.
_TITLE_NOUNS = frozenset((*V.TITLE_NOUNS, *(w.lower() for w in V.LEGISLATOR_POSTNOMINALS)))

#: Nouns that name a group however they are spelt: a phrase with one of them as its head
#: is plural for agreement (``the crowd`` is never ``he``), like a plural noun.
COLLECTIVE_NOUNS: tuple[str, ...] = (
    "assembly", "audience", "board", "cabinet", "chorus", "committee", "community",
    "congregation", "council", "crew", "crowd", "delegation", "electorate", "family",
    "folk", "gathering", "group", "jury", "leadership", "management", "majority", "men",
    "minority", "mob", "panel", "people", "police", "public", "rally", "staff", "team",
    "workforce", "youth", "women",
)  # fmt: skip
#: Words after which a description's head noun has been read (``a nurse at the clinic``,
#: ``people close to the campaign``, ``people familiar with the talks``).
_HEAD_ENDS: tuple[str, ...] = (
    "at", "aware", "by", "close", "familiar", "for", "from", "in", "involved", "near", "of",
    "on", "who", "with",
)  # fmt: skip
#: Words that open a phrase about more than one person (``several of the drivers``).
_PLURAL_QUANTIFIERS: frozenset[str] = frozenset(
    (
        "all", "both", "dozens", "eight", "five", "four", "hundreds", "many", "most",
        "nine", "several", "seven", "six", "some", "ten", "thousands", "three", "two",
    )
)  # fmt: skip
#: Singular nouns that end in ``s`` like a plural.
_S_SINGULARS: tuple[str, ...] = ("ss", "us", "is", "ics")

_COLLECTIVE = frozenset(COLLECTIVE_NOUNS)
_HEAD_END_WORDS = frozenset(_HEAD_ENDS)

# --------------------------------------------------------------------------- limits

#: How many of the people named last a role reference (``the senator``) looks at.
_ROLE_LOOKBACK = 100
#: How many of the last speakers a pronoun of the other gender looks back over.
_RECENT_PERSONS = 12
#: How far back a pronoun looks for a full name written before it.
_NAME_LOOKBACK = 1_500
#: How far back a title reference looks for a name written with its title.
_TITLED_LOOKBACK = 3_000
#: How far back, and how many times, a surname looks for its first name.
_SURNAME_LOOKBACK = 20_000
_SURNAME_TRIES = 50
#: How many characters before a surname hold its first name.
_FIRST_NAME_SPAN = 40
#: At most this much (marks, commas, spaces) between a quotation and its pronoun cue.
_QUOTE_GAP = 4

# --------------------------------------------------------------------------- grammar

#: ``First [M.] Last`` or ``First Middle Last`` (a surname of two capitals: ``McDonald``,
#: ``O'Neill``, ``Albright-Coles``).
_full_name_re = _lazy(
    r"(?<![\w’'\-])\p{Lu}\p{Ll}++(?:\s\p{Lu}\.)?"
    r"(?:\s\p{Lu}[\p{Ll}’'\-]++(?:\p{Lu}[\p{Ll}’'\-]++)?+){1,2}(?![\w’'\-])"
)
#: The first name (and middle initial, and particle) right before a surname.
_first_name_re = _lazy(
    rf"(?<![\w’'\-])(\p{{Lu}}[\p{{L}}\-’']+)(?:\s\p{{Lu}}\.)?"
    rf"(?:\s(?:{'|'.join(V.SURNAME_PARTICLES)}))?\s\Z"
)
_GENDER_WORD = re.compile(r"[\w.]+(?: lady)?")
_NAME_TOKEN = r"(?:\p{Lu}[\p{L}'’\-]++|\p{Lu}\.)"
#: ``For Ana Ruiz,``, ``Among the pickets was Ana Ruiz,``: a person a fronted phrase
#: introduces at a sentence's start.
_introduced_re = _lazy(
    rf"(?:For[^\S\n]++(?:\p{{Ll}}[\p{{Ll}}\-]*+[^\S\n]++){{0,4}}+"  # (``For first-year student``)
    rf"|(?:{'|'.join(V.FRONTED_PREPOSITIONS)})[^\S\n]"
    rf"[^,.;:!?\"“”\n]{{1,80}}?[^\S\n](?:was|is)[^\S\n]++)"
    rf"(?P<name>{_NAME_TOKEN}(?:[^\S\n]++{_NAME_TOKEN}){{1,3}}+),"
)
#: The words that open a description standing for a person (``a woman in Leeds``).
_DESCRIPTION_LEADS = frozenset(("a", "an", "another", "one", "the"))
#: The words that open a title set off before a name (``The Education Secretary, Ana
#: Ruiz,``, ``Another parent, Tom Lee,``).
_APPOSED_LEADS = frozenset(
    ("A", "An", "Another", "Her", "His", "Its", "One", "Our", "The", "Their")
)
#: ``dad-of-three``, ``mother-of-two``: a kin descriptor before a name in apposition.
_KIN_LEAD = r"\p{Ll}++-of-\p{Ll}++"
#: An age set off by commas after a name's comma (``Ravi Sandhu, 45, was``).
_age_after_re = _lazy(r"[^\S\n]++\d{1,3}+,")
#: ``The union's general secretary, Ana Ruiz,``: a title, then the name in commas.
_apposed_re = _lazy(
    rf"(?P<lead>(?:{'|'.join(sorted(_APPOSED_LEADS))})[^\S\n]++[^,.;:!?\"“”\n]{{1,80}}+),"
    rf"[^\S\n]++(?:{_KIN_LEAD}[^\S\n]++)?"
    rf"(?P<name>{_NAME_TOKEN}(?:[^\S\n]++{_NAME_TOKEN}){{1,3}}+),"
)
#: ``the statement``, ``their letter``, ``a press release``: a statement speaking (of
#: :data:`~laborquotes._vocab.STATEMENT_WORDS`), for the person or the organization that
#: made it.
STATEMENT_PHRASE = _lazy(
    r"(?i)^(?:the|a|an|its|his|her|their|this|that|one)\s++(?:[\w'’-]++\s++){0,2}?"
    rf"(?:{'|'.join(sorted(V.STATEMENT_WORDS, key=len, reverse=True))})\W*+$"
)
#: A statement made: ``in a statement``, ``issued a statement``, ``released a letter``.
_made_statement = _lazy(
    r"(?i)(?<![\w-])(?:in|issued|released|sent|put\s++out)\s++(?:a|an|his|her|its|their)\s++"
    rf"(?:\w++\s++)?(?:{'|'.join(V.STATEMENT_WORDS)})(?![\w-])"
)
#: A clause that gives an unnamed speaker's name: ``who gave only her surname, Wang``,
#: ``who asked to be identified only by his first name, Tomas``, ``identified only as
#: Liang``, ``who gave his name as Ravi``, ``a worker surnamed Zhou``.
_given_name_re = _lazy(
    r"(?:who[^\S\n]++(?:only[^\S\n]++)?(?:gave|would[^\S\n]++give|asked[^\S\n]++to[^\S\n]++be[^\S\n]++"
    r"identified)[^\S\n]++(?:only[^\S\n]++)?(?:by[^\S\n]++)?(?:his|her|their)[^\S\n]++"
    r"(?:(?:sur|family[^\S\n]|first[^\S\n]|given[^\S\n]|last[^\S\n])?name)"
    r"(?:[^\S\n]++as)?|identified[^\S\n]++only[^\S\n]++as|surnamed)"
    r"[^\S\n]*+,?[^\S\n]*+(?P<given>\p{Lu}[\p{L}'’\-]++(?:[^\S\n]\p{Lu}[\p{L}'’\-]++)?)"
)
#: How far around an unnamed phrase the clause giving its name is looked for.
_GIVEN_REACH = 90
#: At most this many characters (a comma, spaces) between a phrase and that clause.
_GIVEN_GAP = 3
#: At most this many words of the phrase before that clause are read for a title.
_GIVEN_HEAD_WORDS = 8
#: How far before a statement speaks it may be made, in characters.
_STATEMENT_REACH = 600
#: How far before its maker's phrase a statement may be made (``In a statement, ...``),
#: and how far when a phrase of its own follows it (``In a statement issued late on
#: Monday, ...``).
_MADE_BEFORE = 24
_MADE_CLAUSE_BEFORE = 90
#: The end of a sentence or a paragraph.
_SENTENCE_END = _lazy(r"[.!?]\s|\n")
#: How far before the statement is made its maker's phrase may start, in characters.
_MAKER_REACH = 120
_POSSESSIVE_IN = _lazy(r"\w['’]s?(?!\w)")
#: A capitalised word and one space, right before a position.
_given_re = _lazy(r"(?<![\w'’\-])(\p{Lu}\p{Ll}++)[^\S\n]\Z")
#: A capitalised word that may end a person's name.
#: ``asked Ana Ruiz`` after a subject: whom a question was put to.
_asked_re = _lazy(
    rf"[^\S\n]++(?:{'|'.join(V.ASKING_VERBS)})[^\S\n]++"
    r"(?P<obj>\p{Lu}\p{Ll}[\p{L}'’\-]*+(?:[^\S\n]\p{Lu}\p{Ll}[\p{L}'’\-]*+){0,2})(?![\w'’\-])"
)
_capital_re = _lazy(r"(?<![\w'’\-])\p{Lu}\p{Ll}[\p{L}'’\-]*+(?![\w'’\-])")
#: A passive's agent: a form of ``be``, a participle, ``by`` and a capitalized name.
_passive_by_re = _lazy(
    rf"(?<![\w’'\-])(?:{'|'.join(V.PASSIVE_AUXILIARIES)})[^\S\n]++(?:\p{{Ll}}++ly[^\S\n]++)?+"
    r"\p{Ll}{3,}+[^\S\n]++by[^\S\n]++"
    r"(?P<name>\p{Lu}[\p{L}’'\-]*+(?:[^\S\n]\p{Lu}[\p{L}’'.\-]*+){1,3}+)"
)
#: The word right after a name (an adverb in ``-ly`` aside): its verb, if it has one.
_verb_next_re = _lazy(r"[^\S\n]++(?:\p{Ll}+ly[^\S\n]++)?(\p{Ll}{2,}+)\b")


def _speaker_verb(word: str) -> bool:
    """Whether *word* reads as the verb of a person who then speaks (``said``,
    ``fired``, ``tweets``; not ``is`` or ``peace``)."""
    if word in NOT_VERBS or word in _NOT_SUBJECT_WORDS:
        return False
    return word in VERB_FORMS or word.endswith("ed") or (word.endswith("s") and word[-2:] != "ss")


#: Lower-case words after a name that are not the verb of a speaker (``Ruiz and Lee``,
#: ``Lee is``).
_NOT_SUBJECT_WORDS = frozenset(
    (
        "and", "are", "at", "be", "been", "for", "had", "has", "have", "in", "is", "of",
        "or", "the", "to", "was", "were", "who",
    )
)  # fmt: skip
#: Lower-case particles inside a surname (``Ana de Ruiz``, ``Aisha al-Rashid``).
_PARTICLES = tuple(
    sorted({*V.SURNAME_PARTICLES, "al", "ap", "bin", "da", "dos", "du", "el", "ibn"})
)
#: The particles and surname after a surname the text repeats alone (``Bittencourt``
#: of ``Jose Bittencourt da Silva``; ``Cruz`` of ``Maricel dela Cruz`` is the last word).
_particle_tail_re = _lazy(
    rf"(?:[^\S\n]++(?:{'|'.join(_PARTICLES)})){{1,2}}+[^\S\n]++\p{{Lu}}[\p{{L}}'’-]*+(?![\w'’-])"
)
_HONORIFIC_LEAD = rf"(?:(?:{'|'.join(regex.escape(h) for h in V.HONORIFICS)})\.?[^\S\n]++)?"
_FULL_NAME = (
    rf"{_NAME_TOKEN}(?:[^\S\n]++(?:(?:{'|'.join(_PARTICLES)})(?:-|[^\S\n]++))?"
    rf"{_NAME_TOKEN}){{1,3}}+"
)
#: ``..., [Honorific] First [particle] Last`` at the end of a speaker phrase (two such
#: names joined by ``and`` for an office two people share: ``The co-chairs, Dr Ana
#: Ruiz and Dr Tom Lee``).
_title_then_name_re = _lazy(
    rf",[^\S\n]++{_HONORIFIC_LEAD}(?P<name>{_FULL_NAME}"
    rf"(?:[^\S\n]++and[^\S\n]++{_HONORIFIC_LEAD}{_FULL_NAME})?)\Z"
)


def _apposed_name(written: str) -> str | None:
    """The name (or the two names joined by ``and``, each without its honorific)
    written in apposition after a title, when each reads as a person's full name."""
    names = []
    for part in written.split(" and "):
        words = split_honorific(" ".join(part.split()))[1]
        name = " ".join(words)
        if not _plausible(name) or not _clean_name(name, words):
            return None
        names.append(name)
    return " and ".join(names)


#: Possessive pronouns that open a title and say whose office it is (``Its chief
#: executive, Ana Ruiz``).
_OWNER_PRONOUNS = frozenset(("Its", "Their"))
#: The words that open a sentence whose subject may be a title and a name in commas.
_FRONTED = frozenset(V.FRONTED_PREPOSITIONS)
#: How far a fronted phrase's comma may be from the start of its sentence.
_FRONTED_REACH = 120
#: Relative pronouns of a place or a time (``In Ballykeeran, where ...,``).
_WH_RELATIVES = (frozenset(V.RELATIVE_PRONOUNS) - {"that"}) | {"when", "where"}
#: Relative pronouns that open a clause about a person after their name.
_RELATIVE_LEADS = frozenset(("who", "whose"))


#: How many title nouns keep their compiled patterns (:func:`_titled_re`): the nouns come
#: from the text, so a long run over many articles must not keep one pattern per word.
_NOUN_PATTERNS = 256


#: A name as :func:`_titled_re` reads it: two to four capitalised words or initials.
_TITLED_NAME = rf"{_NAME_TOKEN}(?:[^\S\n]++{_NAME_TOKEN}){{1,3}}+"


@functools.lru_cache(maxsize=_NOUN_PATTERNS)
def _titled_re(noun: str) -> regex.Pattern[str]:
    """``senator Ana Ruiz`` (group ``a``) or ``Ana Ruiz, the state's senator`` (``b``)."""
    name = _TITLED_NAME
    return regex.compile(
        rf"(?<![\w-])(?i:{noun})[^\S\n]++(?P<a>{name})"
        rf"|(?P<b>{name}),[^\S\n]++(?:the|a|an)?[^\S\n]*+[\w'’\- ]{{0,40}}?"
        rf"(?<![\w-])(?i:{noun})(?![\w-])"
    )


@functools.lru_cache(maxsize=_NOUN_PATTERNS)
def _noun_re(noun: str) -> regex.Pattern[str]:
    """*noun* in any case, as :func:`_titled_re` reads it."""
    return regex.compile(rf"(?i:{noun})")


# The pieces of :func:`_titled_re` that do not hold the noun, compiled once:
# :func:`_titled_matches` finds the noun itself with ``str.find``.
_name_after_title_re = _lazy(rf"[^\S\n]++(?P<a>{_TITLED_NAME})")
_name_comma_re = _lazy(rf"(?P<b>{_TITLED_NAME}),[^\S\n]++")
_hspace_re = _lazy(r"[^\S\n]*+")
_filler_re = _lazy(r"[\w'’\- ]{0,40}+")
_word_or_dash_re = _lazy(r"[\w-]")
#: The articles :func:`_titled_re` allows before the noun, in its order.
_TITLED_ARTICLES = ("the", "a", "an")
#: The only characters whose ``lower()`` does not say whether ``(?i:x)`` matches them,
#: for an ASCII letter ``x`` (``İ`` lowers to two characters; ``ſ`` is an ``s``).
ODD_CASE_CHARS = ("İ", "ſ")


def _titled_matches(text: str, noun: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """What ``_titled_re(noun).finditer(text, start, end)`` finds, as (where the match
    starts, the name), with no expression compiled per noun when *noun* is lower-case
    ASCII (the title nouns of English news): the noun is found with ``str.find`` and
    the scan goes as the expression's would (at each place, the title before the name
    first, then the name before the title; matches that do not overlap)."""
    stretch = text[start:end]
    if not (noun.isascii() and noun.islower()) or any(c in stretch for c in ODD_CASE_CHARS):
        if _noun_re(noun).search(text, start, end) is not None:
            for m in _titled_re(noun).finditer(text, start, end):
                yield m.start(), m.group("a") or m.group("b")
        return
    low = stretch.lower()
    nouns: list[int] = []
    i = low.find(noun)
    while i >= 0:
        nouns.append(start + i)
        i = low.find(noun, i + 1)
    if not nouns:
        return  # every match holds the noun
    cur = start
    a: tuple[int, int, str] | None = None
    b: tuple[int, int, str] | None = None
    while True:
        if a is None or a[0] < cur:
            a = _title_first(text, noun, nouns, cur, end)
        if b is None or b[0] < cur:
            b = _name_first(text, noun, nouns, cur, end)
        hit = a if a is not None and (b is None or a[0] <= b[0]) else b
        if hit is None:
            return
        yield hit[0], hit[2]
        cur = hit[1]


def _noun_at(text: str, at: int, size: int, end: int) -> bool:
    r"""Whether the noun found at *at* stands alone: ``(?<![\w-])`` before it, and
    ``(?![\w-])`` after it (up to *end*)."""
    before = at > 0 and _word_or_dash_re().match(text, at - 1) is not None
    return not before and _word_or_dash_re().match(text, at + size, end) is None


def _title_first(
    text: str, noun: str, nouns: list[int], cur: int, end: int
) -> tuple[int, int, str] | None:
    """The first ``senator Ana Ruiz`` at or after *cur*: (start, end, name)."""
    for at in nouns[bisect.bisect_left(nouns, cur) :]:
        if at > 0 and _word_or_dash_re().match(text, at - 1) is not None:
            continue
        m = _name_after_title_re().match(text, at + len(noun), end)
        if m is not None:
            return at, m.end(), m.group("a")
    return None


def _name_first(
    text: str, noun: str, nouns: list[int], cur: int, end: int
) -> tuple[int, int, str] | None:
    """The first ``Ana Ruiz, the state's senator`` at or after *cur*: (start, end, name)."""
    m = _name_comma_re().search(text, cur, end)
    while m is not None:
        after = _title_after(text, noun, nouns, m.end(), end)
        if after is not None:
            return m.start(), after, m.group("b")
        m = _name_comma_re().search(text, m.start() + 1, end)
    return None


def _title_after(text: str, noun: str, nouns: list[int], at: int, end: int) -> int | None:
    r"""Where ``(?:the|a|an)?[^\S\n]*+[\w'’\- ]{0,40}?`` and the noun, read from *at*, end
    (the article tried first, the nearest noun first), or ``None``."""
    size = len(noun)
    opens = [at + len(w) for w in _TITLED_ARTICLES if text.startswith(w, at, end)]
    for lead in (*opens, at):
        first = _hspace_re().match(text, lead, end)
        fill = first.end() if first is not None else lead
        filler = _filler_re().match(text, fill, end)
        last = filler.end() if filler is not None else fill
        for noun_at in nouns[bisect.bisect_left(nouns, fill) :]:
            if noun_at > last:
                break
            if noun_at + size <= end and _noun_at(text, noun_at, size, end):
                return noun_at + size
    return None


def _registered_name(cand: Cand) -> bool:
    """Whether a role phrase is, its article aside, the whole name of an organization
    of the registry (``The Health Service Executive``; not ``the TUC general
    secretary``)."""
    words = cand.name.split()
    if words and words[0].casefold() in _ROLE_ARTICLES:
        words = words[1:]
    return bool(cand.org) and " ".join(words) == cand.org and _registered(cand.org)


@functools.lru_cache(maxsize=4096)
def _registered(name: str) -> bool:
    """Whether *name* is, whole, an organization of the registry (read as after ``of``:
    ``Unite`` is a name there, not the verb)."""
    return any(
        m.start == 3 and m.end == 3 + len(name) and m.entry >= 0
        for m in default_registry().mentions("of " + name)
    )


def _owned(phrase: str) -> bool:
    """Whether a role phrase names its holder by an owner: a possessive before the
    title (``the prime minister's spokesman``, ``his deputy``), or an indefinite one
    after ``of`` (``The daughter of one victim``, ``the head of a school``)."""
    words = phrase.split()
    if any(
        w.lower() == "of" and nxt.lower() in _INDEFINITE_OWNERS
        for w, nxt in itertools.pairwise(words)
    ):
        return True
    return any(
        w.endswith(("'s", "’s", "s'", "s’")) or w.lower() in _POSSESSIVES for w in words[:-1]
    )


#: Words after ``of`` that make an owner no one met before (``of one victim``).
_INDEFINITE_OWNERS = frozenset((*V.NUMBER_WORDS, "a", "an", "another", "several", "some"))


def _role_title(cand: Cand, noun: str) -> tuple[str, str | None]:
    """The title and organization a role phrase gives: ``the TUC general secretary`` ->
    (``general secretary``, ``TUC``), when the registry knows the organization; a
    formal title in capitals whole (``the Prime Minister``); the title after a described
    owner (``the union's general secretary`` -> (``general secretary``, ``the union``));
    otherwise the title noun alone (``the union president`` -> ``president``)."""
    words = cand.name.split()
    if words and words[0].casefold() in _ROLE_ARTICLES:
        words = words[1:]
    org = cand.org
    if org:
        n = len(org.split())
        owner = " ".join(words[:n])
        # (``the GMB's national officer``: the owner's possessive ending off)
        owned = owner == org or possessive_stripped(owner) == org
        if owned and len(words) > n and _registered(org):
            return " ".join(words[n:]), org
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        return " ".join(words), None  # a formal title: ``the Prime Minister``
    owner = possessive_stripped(words[0]) if len(words) > 1 else ""
    if owner != words[0] and owner in _OWNER_GROUPS:
        # ``the union's general secretary`` -> (``general secretary``, ``the union``);
        # not a place's (``the state's governor``)
        return " ".join(words[1:]), "the " + owner
    return noun, None


#: Lower-case owners of a title that are organizations (``the union's``, ``the firm's``).
_OWNER_GROUPS = frozenset(V.GROUP_NOUNS)


#: Articles that open a role phrase (``the TUC general secretary``).
_ROLE_ARTICLES = frozenset(("a", "an", "the"))
#: How far before a name a word that may open an organization's name is looked for.
_LEAD_REACH = 24
#: Lower-case words inside an organization's name (``Transport for London``).
_JOINER_WORDS = frozenset(V.ORG_NAME_JOINERS)


def _is_place(name: str) -> bool:
    """``United States``, ``New Hampshire``: a place the dateline tables know."""
    k = places.key(name)
    return (
        k in places.STATES or k in places.COUNTRIES or k in places.PROVINCES or k in places.CITIES
    )


#: ``DHS``, ``DMO``: the initials of a title (two to five capitals).
_INITIALS = re.compile(r"[A-Z]{2,5}")
#: How far before a name its title is looked for (characters).
_TITLE_SPAN = 80
_BARE_HONORIFICS = frozenset(h.rstrip(".") for h in V.HONORIFICS)
#: Words a title's initials leave out (``Head of the Civil Service``: ``HCS``).
_UNSPELLED = frozenset((*V.ORG_NAME_JOINERS, "the"))


def _initials_of(words: list[str]) -> str:
    """The initials of a title's words, without its joiners (``Director of Health
    Services``: ``DHS``)."""
    return "".join(w[0].upper() for w in words if w.lower() not in _UNSPELLED and w[:1].isalpha())


def _title_spelled(before: list[str], initials: str) -> str | None:
    """The last words of *before* that *initials* spell, joiners between them, as a
    title (``Director of Health Services`` for ``DHS``), else ``None``."""
    taken: list[str] = []
    letters = 0
    for word in reversed(before):
        if not word.isalpha():
            return None
        taken.append(word)
        if word.lower() in _UNSPELLED:
            continue
        letters += 1
        if letters == len(initials):
            title = list(reversed(taken))
            return " ".join(title) if _initials_of(title) == initials else None
    return None


def _gender_of_words(written: str) -> Gender | None:
    """The gender an honorific or a title in *written* tells (``Mrs.``, ``congresswoman``);
    not a word after a possessive or a relative pronoun, which describes someone else (``a
    farmer who came for his wife's treatment``); nor one before a possessive, which is
    another's (``Mr Kostakis' widow, Tania Kostakis``: the widow's words only)."""
    owner = _OWNER_POSSESSIVE.search(written)
    if owner is not None:
        written = written[owner.end() :]
    for m in _GENDER_WORD.finditer(written):
        low = m.group().lower()
        if low in _OTHERS_LEADS:
            return None
        g = WORD_GENDER.get(low) or WORD_GENDER.get(low.rstrip("."))
        if low.rstrip(".") in _COURTESY_GENDERED and not _before_name(written, m.end()):
            continue  # (``of Baldwin, Miss.,``: a state, not an honorific before a name)
        if g is not None:
            return _GENDERS.get(g)
    return None


#: The last possessive of a description (``Mr Kostakis'``, ``Ana's``): what comes before
#: it is another person's.
_OWNER_POSSESSIVE = regex.compile(r"(?r)\w(?:['’]s|s['’])(?=\s)")
#: Words after which a description speaks of someone else (``whose husband``, ``his wife``).
_OTHERS_LEADS = frozenset((*V.POSSESSIVE_PRONOUNS, *V.RELATIVE_PRONOUNS))

#: Courtesy honorifics that tell a gender only before a name (``Miss.`` is also a state).
_COURTESY_GENDERED = frozenset(
    h.rstrip(".").lower()
    for h in V.COURTESY_HONORIFICS
    if WORD_GENDER.get(h.rstrip(".").lower()) is not None
)


def _before_name(written: str, end: int) -> bool:
    """Whether a capitalized word follows *end* in *written* (``Miss Ann Reid``)."""
    rest = written[end : end + 3].lstrip()
    return rest[:1].isupper()


def _party(org: Organization) -> bool:
    """Whether *org* is a political party (``Liberal``, ``Labour Party``)."""
    return org.name in _PARTY_NAMES or org.name.endswith(" Party")


_PARTY_NAMES = frozenset(V.PARTIES)


@functools.lru_cache(maxsize=4096)  # (asked several times at each quotation)
def _first_surname(word: str) -> bool:
    """Whether *word*, one of the last two of a name of three words or more, may be one
    of two surnames: capitalized, no particle, no given name (``Mary Ann Smith``), no
    word that ends no name (``Donald Trump Just`` of a headline)."""
    return (
        word[:1].isupper()
        and word.lower() not in _PARTICLES
        and word not in FIRST_GENDER
        and word not in _NAME_STOPS
    )


_NAME_STOPS = frozenset(V.NAME_STOPWORDS)


def _core_words(name: str) -> tuple[str, ...]:
    """The words of a name without a leading honour and a peer's place (``Dame Ana
    Ruiz`` -> ``Ana Ruiz``; ``Lord Lee of Leeds`` -> ``Lee``)."""
    words = name.split()
    if len(words) > 1 and words[0] in _HONOURS:
        words = words[1:]
        if "of" in words[1:]:
            words = words[: words.index("of", 1)]
    if len(words) == 2 and (words[0].lower() in _PARTICLES or words[0] in _IRISH_OPENERS):
        # ``de Grandmaison``, ``van Dijk``, ``Ó Murchú``: a surname with its particle
        words = words[1:]
    return tuple(words)


_IRISH_OPENERS = frozenset(V.IRISH_SURNAME_OPENERS)


@functools.lru_cache(maxsize=4096)
def _named_in_full(name: str) -> bool:
    """Whether the person candidate *name* is a full name already (its honour aside),
    asked at each quotation of the same speaker."""
    return _plausible(" ".join(_core_words(name)))


def _can_start_name(word: str) -> bool:
    """Whether *word* may be a first name (not ``The``, ``Mr.``, ``And``)."""
    return word not in NAME_STOPWORDS and word not in _HONORIFICS and word not in CLAUSE_LEADS


def _given_before(text: str, pos: int) -> str:
    """A known first name written right before *pos* (``Ana`` of ``Ana Maria Ruiz``)."""
    m = _given_re().search(text, max(0, pos - _FIRST_NAME_SPAN), pos)
    return m.group() if m is not None and m.group(1) in FIRST_GENDER else ""


#: Words that open a description, not its title (``One striking worker, Ana Ruiz``).
_DESCRIPTION_LEADS = frozenset(V.INDEFINITE_LEADS)


def _unarticled(name: str) -> str:
    """*name* without ``The`` or ``the`` before it (``The Acme Workers Union``)."""
    first, _, rest = name.partition(" ")
    return rest if first in ("The", "the") and rest else name


def _unled(lead: str) -> str:
    """*lead* without an indefinite word before a lower-case title (``A furious
    commuter`` -> ``furious commuter``; ``One Nation leader`` stays)."""
    first, _, rest = lead.partition(" ")
    if first.lower() not in _DESCRIPTION_LEADS or not rest[:1].islower():
        return lead
    return lead if rest.startswith(("of ", "or ")) else rest  # (``one of his aides``)


@functools.lru_cache(maxsize=4096)
def _plausible(name: str) -> bool:
    """Whether *name* may be a person's full name (not ``Middle East``, ``New York``,
    ``National Committee``)."""
    words = name.split()
    if len(words) < 2 or not _can_start_name(words[0]) or words[0].isupper():
        return False
    if any(w in _ORG_WORDS or w in _NOT_NAME_WORDS or w[-2:] in ("'s", "’s") for w in words):
        return False
    return not _is_place(name)


def _one_person(cand: Cand) -> bool:
    """Whether a group phrase names one person: an indefinite article and a singular
    head that names a person (``A senior official of the company``, ``a spokesperson
    for the union``), a possible antecedent of ``he`` / ``she``."""
    words = cand.name.split(None, 1)
    if len(words) < 2 or words[0].lower() not in _ONE_LEADS or is_plural(cand.name):
        return False
    return _head_word(cand.name) in _PERSON_HEADS


def _head_word(phrase: str) -> str:
    """The head noun of *phrase* (lower case): its last word before a preposition."""
    head = ""
    for word in phrase.lower().split():
        word = possessive_stripped(word.strip(_EDGE_PUNCT))
        if word in _HEAD_END_WORDS and head:
            break
        head = word or head
    return head


_ONE_LEADS = frozenset(V.INDEFINITE_LEADS)
_PERSON_HEADS = frozenset(V.PERSON_GROUP_NOUNS)


def is_plural(phrase: str) -> bool:
    """Whether a description names more than one person (``the crowd``, ``union
    members``, ``some of the drivers``; not ``a nurse at the clinic``): its head noun,
    the last word before a preposition or a relative, is plural or collective."""
    words = phrase.lower().split()
    if words and words[0] in _PLURAL_QUANTIFIERS:
        return True  # ``some of the drivers``, ``two nurses``
    head = _head_word(phrase)
    if head in _COLLECTIVE:
        return True
    return len(head) > 3 and head.endswith("s") and not head.endswith(_S_SINGULARS)


def split_honorific(name: str) -> tuple[str | None, list[str]]:
    """``Ms Ruiz`` -> (``Ms``, [``Ruiz``]): a leading honorific, written with or
    without its full stop, and the words of the name after it."""
    words = name.split()
    if len(words) >= 2 and (words[0] in _HONORIFICS or f"{words[0]}." in _HONORIFICS):
        return words[0], words[1:]
    return None, words


# --------------------------------------------------------------------------- people


def with_speaker(
    q: Quote, att: Attribution, sp: Speaker, cast: Person | Organization | None = None
) -> Quote:
    """*q* (whose attribution is *att*) with the speaker *sp* and the cast entry *cast*:
    what ``attrs.evolve`` gives, built directly (the cast rebuilds every quote;
    ``tests/test_coref_fields.py`` checks that each field is carried over)."""
    new = att
    if sp is not att.speaker:
        new = attribution_of(sp, att.source_span, att.cue, att.cue_span, att.date)
    return quote_of(q.text, q.span, q.kind, new, cast)


def speaker_with(
    sp: Speaker,
    name: str,
    title: str | None,
    organization: str | None,
    role: Role | None,
    is_group: bool,
) -> Speaker:
    """*sp* with these fields (its person kept), or *sp* itself when they are its own."""
    if (
        name == sp.name
        and title == sp.title
        and organization == sp.organization
        and role == sp.role
        and is_group == sp.is_group
    ):
        return sp
    return Speaker(
        name=name,
        title=title,
        organization=organization,
        role=role,
        is_group=is_group,
        person=sp.person,
    )


def _with_details(known: Speaker, cand: Cand) -> Speaker:
    """*known*, with the title and organization this mention gives where it had none."""
    if not (cand.title or cand.org):
        return known
    return Speaker(
        name=known.name,
        title=known.title or cand.title,
        organization=known.organization or cand.org,
    )


#: A span as one int: its start above the low :data:`PLACE_BITS` bits, its end in them.
#: Such ints order as the (start, end) pairs do and, unlike pairs, are no objects for the
#: garbage collector to count (a long text makes them by the thousand).
PLACE_BITS = 64
PLACE_MASK = (1 << PLACE_BITS) - 1


def place_key(start: int, end: int) -> int:
    """The span *start*-*end* as one int (:data:`PLACE_BITS`)."""
    return start << PLACE_BITS | end


def _one_thing(phrase: str) -> bool:
    """Whether *phrase* names one body or document that ``it`` may point back at: a
    determiner or an owner's possessive before a singular head (``The letter``, ``the
    Islamic State``, ``Thursday's memo from the panel``; not ``The authors``), or a name
    of capitalized words (``Kestrel Post``)."""
    words = phrase.split()
    if len(words) < 2 or words[0].lower() in _COUNTS:
        return False  # (``Two Americans``)
    first = words[0]
    determined = first.lower() in ("a", "an", "the", "this")
    if _capitalized(words) and not determined:
        return True  # (``Kestrel Post``, ``Kestrel Foods``: a name, whatever its last word)
    pointed = determined or first.endswith(("'s", "’s"))
    return pointed and not _plural_head(phrase)  # (``The letter``, not ``The PACs``)


#: Words that count a plural (``Two Americans``, ``Several groups``).
_COUNTS = frozenset((*V.NUMBER_WORDS, *V.PARTITIVE_QUANTIFIERS))


def _a_name(cand: Cand) -> bool:
    """Whether *cand*, read as a person, is a name of two capitalized words or more with
    no title: a body's name where ``it`` points at it (not ``Trump rushed out``)."""
    words = cand.name.split()
    return cand.title is None and len(words) > 1 and _capitalized(words)


def _capitalized(words: list[str]) -> bool:
    """Whether every word of *words* opens with a capital (a name's words)."""
    return all(w[:1].isupper() for w in words)


def _body_like(sp: Speaker) -> bool:
    """Whether *sp* may be what ``it`` points at: a group, or one word with no title
    (``Saltmarsh said``: a body's name as likely as a surname)."""
    return sp.is_group or (sp.title is None and " " not in sp.name.strip())


def _plural_head(phrase: str) -> bool:
    """Whether the last word of *phrase* reads as a plural (``filings``, ``The aides``;
    not ``Congress``)."""
    head = phrase.rsplit(None, 1)[-1].lower() if phrase.strip() else ""
    return head.endswith("s") and not head.endswith(("ss", "'s", "’s"))


def _head_phrase(phrase: str) -> str:
    """*phrase* before a prepositional phrase that follows its head (``Resident doctors
    in England`` -> ``Resident doctors``)."""
    m = _head_cut_re().search(phrase)
    return phrase[: m.start()] if m is not None and m.start() > 0 else phrase


_head_cut_re = _lazy(r"[^\S\n]++(?:across|at|from|in|on)[^\S\n]")


class Resolver:
    """Turns speaker phrases into speakers, in the order they are written."""

    def __init__(
        self,
        text: str,
        st: Structure | None = None,
        quoted: Iterable[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self.st = st
        #: the quotations' spans, in order: names inside them are not antecedents.
        spans = sorted(quoted)
        self.q_starts = [a for a, _ in spans]
        self.q_ends = [b for _, b in spans]
        self.people: dict[str, Speaker] = {}
        self.by_token: dict[str, Speaker] = {}
        self.last_person: Speaker | None = None
        self.last_group: Speaker | None = None
        self.last_any: Speaker | None = None
        self.last_start = -1  # (where the phrase of ``last_any`` starts)
        #: the speakers resolved, by phrase kind, then by the phrase's start and end as
        #: one int (:func:`place_key`): no key object per phrase for the garbage collector.
        self.cache: dict[str, dict[int, Speaker]] = {}
        #: person speakers in the order they spoke (most recent last).
        self.persons: list[Speaker] = []
        #: The last body that has spoken, by the last word of its name (``club``).
        self.bodies: dict[str, Speaker] = {}
        #: where each person was named (read for gender only when a pronoun needs it),
        #: and the gender found (``None``: none found in the mentions so far).
        self.mentions: dict[str, list[tuple[int, int, str | None]]] = {}
        self.gender: dict[str, Gender | None] = {}
        #: per title noun: scanned up to, the last name written with it, and where.
        self.titled: dict[str, tuple[int, str | None, int]] = {}
        #: starts of sentences already found to have no person as their subject.
        self.no_subject: set[int] = set()
        #: How many more ``the 54-year-old`` references may be looked up (a bound).
        self.age_lookups = _AGE_LOOKUPS
        #: unnamed speakers introduced indefinitely (``a senior official``), by head noun.
        self.described: dict[str, Speaker] = {}

    # ------------------------------------------------------------------ the entry point

    def resolve(self, cand: Cand) -> Speaker:
        """The speaker *cand* means (the same object for the same phrase)."""
        cache = self.cache.get(cand.kind)
        if cache is None:
            cache = self.cache[cand.kind] = {}
        key = place_key(cand.start, cand.end)
        hit = cache.get(key)
        if hit is not None:
            return hit
        sp = self._resolve(cand)
        cache[key] = sp
        self.last_any, self.last_start = sp, cand.start
        if (
            ((sp.is_group or cand.kind == Kind.GROUP) and not _one_person(cand))
            or (cand.kind == Kind.UNNAMED and is_plural(cand.name))
            or (cand.kind == Kind.PRON and V.PRONOUNS.get(cand.name.lower()) == "p")
        ):
            # ``the crowd``, ``union members``, ``they`` (when it names no group that has
            # spoken): never the antecedent of ``he`` / ``she``.
            self.last_group = sp
            if sp.organization:
                self.bodies[sp.organization.casefold().rsplit(None, 1)[-1]] = sp
        else:
            self.last_person = sp
            if cand.kind != Kind.PRON:
                self._mentioned(sp, cand)
            self.persons.append(sp)
        return sp

    def _as_subject(self, cand: Cand) -> Cand:
        """``According to her, ...``: an object pronoun as the source stands for the
        subject pronoun (``she``)."""
        subject = V.OBJECT_PRONOUNS.get(cand.name.lower())
        if subject is not None and self.text[cand.start : cand.end] == cand.name:
            return cand._replace(kind=Kind.PRON, name=subject)
        return cand

    def _resolve(self, cand: Cand) -> Speaker:
        cand = self._as_subject(cand)
        if cand.kind == Kind.PRON:
            return self._pronoun(cand)
        written = self._registered_org(cand)
        if written is not None:
            # ``Business Unity South Africa said``, ``First Bus said``: an organization
            # of the registry, written whole, not a titled person
            return Speaker(name=written, is_group=True)
        named = self._named_after_title(cand)
        if named is not None:
            return named
        kin = (
            self._kin_reference(cand)
            or self._abbreviated_title(cand)
            or self._initialled_title(cand)
            or self._epithet(cand)
        )
        if kin is not None:
            return kin  # ``the mother of two``; ``Capt. Marcus Webb ... the captain said``
        aged = self._of_age(cand)
        if aged is not None:
            return aged
        if cand.kind == Kind.ROLE:
            return self._role(cand)
        if cand.kind in GROUP_KINDS:
            given = self._given_by_clause(cand)
            if given is not None:
                return given  # ``a welder who gave only her surname, Wang,``
            maker = self._statement_maker(cand)
            if maker is not None:
                return maker  # ``Tom Lee said in a statement ... "...," the statement said``
            head = _description_head(cand.name)
            if head[0] == "the" and self._described_last(head[1]) is not None:
                # ``A senior official said ... "...," the official said``: the same one
                return self.described[head[1]]
            headed = self._group_headed(cand.name) or self._body_spokesperson(cand)
            if headed is not None:
                return headed  # ``The Kestrel Rowing Club said ... The club said``
            sp = Speaker(
                name=cand.name, title=cand.title, organization=cand.org, is_group=cand.is_group
            )
            if head[0] in ("a", "an") and head[1]:
                self.described[head[1]] = sp
            return sp
        if len(_core_words(cand.name)) == 1:
            return self._surname(cand)
        known = self._honorific_surname(cand)
        if known is not None:
            return known
        prior = self.people.get(cand.name)
        sp = Speaker(
            name=cand.name,
            title=self._owned_title(cand) or (prior.title if prior else None),
            organization=cand.org or (prior.organization if prior else None),
        )
        self._register(sp)
        return sp

    def _body_spokesperson(self, cand: Cand) -> Speaker | None:
        """``Royal Mail said ... A spokesperson said: "..."``: a spokesperson the phrase
        names no body for speaks for the body that spoke last, in the same paragraph and
        within reach; ``None`` otherwise."""
        words = cand.name.split()
        last = self.last_any
        if (
            len(words) != 2
            or words[0].lower() not in ("a", "an", "the")
            or words[1].lower() not in _SPOKES_NOUNS
            or last is None
            or not (last.is_group or hint_kind(last.name) is not None)
            or not 0 <= cand.start - self.last_start <= _SPOKESPERSON_REACH
            or "\n" in self.text[self.last_start : cand.start]
        ):
            return None
        body = last.organization or last.name  # (``Royal Mail``, not ``The workers``)
        if not body[:1].isupper() or body.split(" ", 1)[0] in _DETERMINER_LEADS:
            return None
        return Speaker(name=cand.name, title=words[1].lower(), organization=body)

    def _given_by_clause(self, cand: Cand) -> Speaker | None:
        """The person an unnamed phrase names in a clause of its own (``a welder who gave
        only her surname, Wang,``, ``an official, identified only as Liang,``), with the
        title the phrase before the clause gives; the clause may be the phrase read."""
        lo = max(0, cand.start - _GIVEN_REACH)
        hi = min(len(self.text), cand.end + _GIVEN_REACH)
        for m in _given_name_re().finditer(self.text, lo, hi):
            if m.start() > cand.end + _GIVEN_GAP or m.end() < cand.start:
                continue
            if cand.start < m.start():
                # (the phrase read is the one before the clause: its title and body; a
                # title only where it ends in a job's noun: ``a woman surnamed Huang``)
                title, org = split_title(self.text[cand.start : m.start()].rstrip(" ,"))
                job = title is not None and title.split()[-1].lower() in _TITLE_NOUNS
                return Speaker(
                    name=m.group("given"), title=title if job else None, organization=org
                )
            head = self.text[lo : m.start()].rstrip(" ,")
            # (back to the sentence's start or an opening phrase's comma: ``Outside the
            # gate, a welder who gave only his surname, Song,``)
            cut = max(head.rfind("."), head.rfind("\n"), head.rfind('"'), head.rfind(","))
            head = head[cut + 1 :].strip()
            short = 0 < len(head.split()) <= _GIVEN_HEAD_WORDS
            title, org = split_title(head) if short else (None, None)
            return Speaker(name=m.group("given"), title=title, organization=org)
        return None

    def _statement_maker(self, cand: Cand) -> Speaker | None:
        """Who made the statement *cand* names (``the statement``, ``the letter``): the
        last speaker, when a statement is made right after their phrase (``Tom Lee said
        in a statement``, ``The firm issued a statement``) and within reach before."""
        if self.last_any is None or STATEMENT_PHRASE().match(cand.name) is None:
            return None
        made = None
        lo = max(self.last_start - _MADE_CLAUSE_BEFORE, cand.start - _STATEMENT_REACH, 0)
        for m in _made_statement().finditer(self.text, lo, cand.start):
            if m.start() >= self.last_start - _MADE_BEFORE or self._opens_clause(m.end()):
                made = m
        if made is None or made.start() - self.last_start > _MAKER_REACH:
            return None
        return self.last_any  # (also ``In a statement, Tom Lee said``: made before)

    def _opens_clause(self, end: int) -> bool:
        """Whether a statement made at *end* opens the last speaker's sentence with a
        phrase of its own (``In a statement issued after the stoppage, the council
        said``): a comma, then the speaker's phrase, no sentence's end between."""
        between = self.text[end : self.last_start]
        return between.rstrip().endswith(",") and not _SENTENCE_END().search(between)

    # ------------------------------------------------------------------ by kind

    def _pronoun(self, cand: Cand) -> Speaker:
        low = cand.name.lower()
        want = _GENDERS.get(V.PRONOUNS.get(low, ""))
        # ``"... Tom Lee signed ...," she said``: the words she is quoted with are not
        # where her antecedent is; look from where the quotation opens.
        anchor = self._quote_opening(cand.start)
        if low in _PERSONAL and self.text[cand.start : cand.end].lower() in _POSSESSIVES:
            owner = self._possessor(cand.start, want)
            if owner is not None:
                return owner
        if low in _CENTRED:
            # ``Ruiz said: "...," she added``: the subject before the quotation; ``Kasich
            # says if he spent the day there ...``: the subject of the verb of speech
            # before the pronoun, in its own sentence
            own = self._own_subject(anchor, want)
            if own is not None:
                return own
        if low == "it":
            # ``The union wants an end to what it says is "..."``; ``Kestrel Post ...
            # handles a quarter of the mail. It said ...``
            body = self._group_subject(cand.start) or self._recent_body(anchor)
            if body is not None:
                return body
        if low in _CENTRED:
            asked = self._asked(anchor, want)
            if asked is not None:
                return asked
        if low in _CENTRED:
            # ``Ana Ruiz left the hall. She said ...``: the person who is the subject of
            # the sentence before is the likely antecedent; or the agent of a passive
            # (``The strike was backed by Ana Ruiz, the MP. She said ...``).
            centred = (
                self._previous_subject(anchor, want)
                or self._passive_agent(anchor, want)
                or self._introduced(anchor, want)
            )
            if centred is not None:
                return centred
        personal = low in _PERSONAL
        if personal and self.last_person is not None:
            # ``he`` / ``she``: the most recent speaker of that gender (or unknown).
            if want is None or self._compatible(self.last_person.name, want):
                return self.last_person
            return self._other_gender(cand, want, self.last_person)
        if not personal:
            # ``they`` / ``we``: a group that has spoken, else whoever spoke last.
            plural = V.PRONOUNS.get(low) == "p"
            found = self.last_group if plural and self.last_group is not None else self.last_any
            if low == "it" and found is not None and not _body_like(found):
                # (``it`` is never a person, nor a plural: ``The authors``)
                last = self.last_group
                found = last if last is not None and not _plural_head(last.name) else None
            if found is not None:
                return found
        if personal:
            # Nobody has spoken yet: the last person named before the pronoun.
            named = self._name_before(anchor, want)
            if named is not None:
                return self._person(named)
        return Speaker(name=cand.name)

    def _group_subject(self, pos: int) -> Speaker | None:
        """The body that is the subject of the sentence of ``it`` at *pos*, before it
        (``The INMO served notice over what it described as "..."``)."""
        if self.st is None:
            return None
        ss = self.st.sentence_start(pos)
        if ss >= pos or self._quoted(ss):
            return None
        subject = speaker_forward(self.text, ss, pos)
        if subject is None or subject.end >= pos:
            return None
        if subject.kind is Kind.GROUP and _plural_head(_head_phrase(subject.name)):
            # (``Doctors will strike after the BMA rejected what it called "..."``: no
            # plural; the subject of the clause ``it`` stands in)
            return self._clause_body(subject.end, pos)
        return self._as_body(subject)

    def _as_body(self, subject: Cand) -> Speaker | None:
        """*subject*, a sentence's or a clause's, as the body ``it`` names (``None``: a
        person)."""
        if subject.kind is Kind.GROUP:
            return self._resolve(subject)
        if subject.kind is Kind.PERSON and (_registered(subject.name) or _a_name(subject)):
            # (``it``: no person, ``Unite``; ``Silver Mesa said ... and it described``)
            return Speaker(name=subject.name, is_group=True)
        return None  # (a person)

    def _clause_body(self, start: int, pos: int) -> Speaker | None:
        """The body that is the subject of the last subordinate clause in
        ``[start, pos)`` (``after the BMA rejected``), as ``it`` at *pos* names it."""
        last = None
        for m in _clause_lead_re().finditer(self.text, start, pos):
            last = m
        if last is None:
            return None
        subject = speaker_forward(self.text, last.end(), pos)
        if subject is None or subject.end >= pos or _plural_head(subject.name):
            return None
        return self._as_body(subject)

    def _recent_body(self, anchor: int) -> Speaker | None:
        """What ``it`` at *anchor* points back at: the body that spoke in the sentence
        before (``Saltmarsh said ... It added``), else that sentence's subject as a body
        (:meth:`_previous_body`)."""
        if self.st is None:
            return None
        ss = self.st.sentence_start(anchor)
        ps = self.st.sentence_start(ss - 1) if ss > 0 else ss
        last = self.last_any
        if last is not None and self.last_start >= ps and _body_like(last):
            return last
        return self._previous_body(ps, ss)

    def _previous_body(self, ps: int, ss: int) -> Speaker | None:
        """The subject of the sentence ``[ps, ss)`` before the one of ``it``, as a body:
        ``it`` names no person, so a name there is an organization's (``Kestrel Post,
        formed in 2016, handles ... It said``)."""
        if ps >= ss or self._quoted(ps):
            return None
        subject = speaker_forward(self.text, ps, ss)
        if subject is None:
            return None
        if subject.kind is Kind.GROUP and _one_thing(subject.name):
            return self._resolve(subject)
        if subject.kind is Kind.PERSON and _a_name(subject):
            return Speaker(name=subject.name, is_group=True)
        return None

    def _own_subject(self, anchor: int, want: Gender | None) -> Speaker | None:
        """The person named, as the subject of a verb, in the sentence of the quotation
        that opens at *anchor*, before it (``Ruiz fired back: "...," she wrote``)."""
        if self.st is None:
            return None
        st, text = self.st, self.text
        para = st.para_span(st.paragraph(anchor))[0]
        lo = max(st.sentence_start(anchor), anchor - SENTENCE_WINDOW, para)
        for m in _capital_re().finditer(text, lo, anchor):
            token = m.group()
            if token in NAME_STOPWORDS or token in _HONORIFICS or self._quoted(m.start()):
                continue
            if text[max(lo, m.start() - 5) : m.start()].lower() == "that ":
                continue  # ``... adds that Lee is ...``: a reported clause's subject
            if _object_of_preposition(text, lo, m.start()):
                continue  # ``With a vote for Trump ruled out, ...``: no subject
            v = _verb_next_re().match(text, m.end(), anchor)
            if v is None or not _speaker_verb(v.group(1)):
                continue
            sp = self.by_token.get(token)
            if sp is None:
                full = self._full_name_before(token, m.end())
                sp = self._person(full) if full is not None and _plausible(full) else None
            if sp is not None and _plausible(sp.name):
                # The first subject of the sentence: a later one is in a clause of it.
                return sp if self._compatible(sp.name, want) else None
        return None

    def _possessor(self, pos: int, want: Gender | None) -> Speaker | None:
        """``Lee stood by his remark that "..."``: a possessive pronoun at *pos* means the
        last person who has spoken named before it in its sentence (not in quotation
        marks), of its gender, else a full name there whose first name tells that gender;
        ``None``: no such person (the usual pronoun rules then)."""
        if self.st is None:
            return None
        st, text = self.st, self.text
        para = st.para_span(st.paragraph(pos))[0]
        lo = max(st.sentence_start(pos), pos - SENTENCE_WINDOW, para)
        found: Speaker | None = None
        for m in _capital_re().finditer(text, lo, pos):
            sp = self.by_token.get(m.group())
            if sp is not None and not self._quoted(m.start()) and self._compatible(sp.name, want):
                found = sp
        if found is not None:
            return found
        full = self._name_before(pos, want, lo)
        return self._person(full) if full is not None and self._known(full) is want else None

    def _quote_opening(self, pos: int) -> int:
        """Where the quotation that ends just before *pos* opens (``"...," she said``),
        else *pos*."""
        i = bisect.bisect_right(self.q_starts, pos) - 1
        # (the gap measured before it is cut out: the quotation before may end far back)
        if i < 0 or self.q_ends[i] > pos or pos - self.q_ends[i] > _QUOTE_GAP:
            return pos
        gap = self.text[self.q_ends[i] : pos]
        if any(c.isalnum() for c in gap) or gap.count("\n") > 1:
            return pos  # (a word between, or a paragraph's break: ``"..."`` / ``She added``)
        return max(0, self.q_starts[i] - 1)

    def _quoted(self, pos: int) -> bool:
        """Whether *pos* is inside a quotation."""
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and pos < self.q_ends[i]

    def _other_gender(self, cand: Cand, want: Gender, last: Speaker) -> Speaker:
        """The last speaker is of the other gender: the most recent one known to be of
        *want*, else the last such name written before, else one of unknown gender; with
        none, the pronoun stays unresolved."""
        recent = self.persons[-_RECENT_PERSONS:]
        for sp in reversed(recent):
            if self._known(sp.name) is want:
                return sp
        named = self._name_before(self._quote_opening(cand.start), want)
        if named is not None and self._known(named) is want:
            return self._person(named)
        # None known to be of this gender: a recent person of unknown gender can still be
        # meant; one known to be of the other gender cannot.
        for sp in reversed(recent):
            if self._known(sp.name) is None:
                return sp
        if named is not None:
            return self._person(named)
        return Speaker(name=cand.name)  # (``Janet Cole said ... he asked``: nobody)

    def _group_headed(self, name: str) -> Speaker | None:
        """For ``the <head>`` (``the club``, ``the society``), the last body that has
        spoken whose name ends with that head; else ``None``."""
        words = name.casefold().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _HEADED_BY_NAME:
            return None
        return self.bodies.get(words[1])

    def _described_last(self, head: str) -> Speaker | None:
        """The speaker introduced as ``a ... <head>``, if no one has spoken since (a
        person named in between is the likelier ``the <head>``)."""
        sp = self.described.get(head) if head else None
        return sp if sp is not None and sp is self.last_any else None

    def _role(self, cand: Cand) -> Speaker:
        if _registered_name(cand):
            # ``The Health Service Executive said``: an organization whose name ends
            # with a title's noun, not a reference to its chief executive
            return Speaker(name=cand.name, organization=cand.org, is_group=True)
        noun = cand.name.split()[-1].lower()
        if noun in _COMPANY_TITLE_NOUNS and cand.name[:4].lower() == "the ":
            # ``The operator said``, ``the port operator said``: the company, whose
            # reference to the employer the enrichment resolves
            return Speaker(name=cand.name, is_group=True)
        head = _description_head(cand.name)
        if head[0] == "the" and self._described_last(head[1]) is not None:
            return self.described[head[1]]  # ``A spokeswoman for ... the spokeswoman said``
        if cand.title is not None:
            return self._role_of_body(cand, cand.title)
        holder = self._recent_holder(noun, cand.name)
        if holder is not None:
            return holder
        # ``Union president Ana Ruiz ...`` / ``Ana Ruiz, the local's president,`` written
        # earlier, though she has not spoken yet.
        named = self._titled_name_before(noun, cand.start)
        title, org = _role_title(cand, noun)
        if named is not None:
            # (the title as the article wrote it with the name, when it holds the noun:
            # ``District Collector Ravi Nair ... the Collector said``)
            desc = appositive(self.text, named, cand.start)
            written, owner = split_title(desc) if desc else (None, None)
            words = (written or "").split()
            if words and words[-1].lower() == noun and words[0] not in ("and", "or"):
                # (a title of its own, not a second one after ``and`` or ``or``)
                title, org = " ".join(words), org or owner
            return self._person(named, title=title, organization=org)
        if noun not in _TITLE_NOUNS:
            return Speaker(name=cand.name)
        if (org is not None and org.startswith("the ")) or _owned(cand.name):
            # ``the company's chief executive``, ``the prime minister's official
            # spokesman``, ``his spokesman``: an owner no earlier speaker's title names,
            # so someone else (not the last person quoted, nor the owner)
            return Speaker(name=cand.name, title=title, organization=org)
        # ``Ana Ruiz is touring the plants. The union president is telling ...``: the
        # person who is the subject of the sentence before, else the last speaker.
        # (Not one whose title puts them on another side: ``Ana Ruiz, the union leader,
        # said ... The minister said ...`` are two people.)
        for before in (self._previous_subject(cand.start, None), self.last_person):
            if before is not None and not _other_side(before.title, cand.name):
                # (``Ana Ruiz visited the plant. The senator said``: a person the article
                # gave no title is the senator)
                if before.title or title is None:
                    return before
                # (the description as written, ``union president``: ``president`` alone
                # would read as a head of state's)
                words = cand.name.split()
                lead = 1 if words[0].casefold() in _ROLE_ARTICLES else 0
                described = " ".join(words[lead:]) if org is None else title
                b, org = before, before.organization or org
                return speaker_with(b, b.name, described, org, b.role, b.is_group)
        return Speaker(name=cand.name, title=title, organization=org)

    def _registered_org(self, cand: Cand) -> str | None:
        """The phrase of a person candidate as written (its article aside), when it is
        the whole name of an organization of the registry."""
        if cand.kind != Kind.PERSON:
            return None
        words = self.text[cand.start : cand.end].split()
        if words and words[0].casefold() in _ROLE_ARTICLES:
            words = words[1:]
        if not words or not all(w[:1].isupper() or w in _JOINER_WORDS for w in words):
            return None
        # (a capitalized word just before may open the name: ``First Bus``, read as an
        # ordinal before the name ``Bus``)
        lead = self.text[max(0, cand.start - _LEAD_REACH) : cand.start].split()[-1:]
        for form in ([*lead, *words] if lead and lead[0].istitle() else [], words):
            if len(form) > 1 and _registered(" ".join(form)):
                return " ".join(form)
        return None

    def _named_after_title(self, cand: Cand) -> Speaker | None:
        """``The Minister for Transport, Ana Ruiz`` / ``Its spokesman, Councillor Ana
        Ruiz``: a speaker phrase written as a title and then the name in apposition is
        that person, the title theirs (``None``: the phrase does not end so)."""
        if cand.kind == Kind.PERSON and _named_in_full(cand.name):
            # ``Ana Ruiz, the editor of the Daily Post``, ``Unite's leader, Sir Tom
            # Lee``: named already (an honour is part of the name)
            return None
        written = self.text[cand.start : cand.end]
        m = _title_then_name_re().search(written)
        if m is None:
            return None
        if _place_before_re().search(written, 0, m.start("name")) is not None:
            return None  # (``Sumarto, 45, a welder from Bekasi, West Java``: a region)
        name = _apposed_name(m.group("name"))
        if name is None:
            return None
        if cand.kind == Kind.PERSON and name == cand.name:
            return None
        lead = _unled(written[: m.start()].strip())
        title = cand.title if cand.kind == Kind.PERSON and cand.title else lead
        org = cand.org
        whose = lead.find(", whose ")
        if whose > 0 and cand.kind != Kind.PERSON:
            # ``the Halifax local of the musicians' federation, whose president, Ana
            # Ruiz``: the office after ``whose``, of the body before it
            title, org = lead[whose + len(", whose ") :], lead[:whose].removeprefix("the ")
        elif cand.kind != Kind.PERSON:
            # ``The Conservative MP for Lichfield, Ana Ruiz``: a party and a title
            words = lead.split()
            party, rest = party_lead(words[1:] if words[0] in ("The", "the") else words)
            if party is not None and rest:
                title, org = " ".join(rest), party
            elif (" of " in lead or " to " in lead) and (
                org is None or org in (split_title(lead)[0] or "")
            ):
                # ``The co-chairs of the doctors committee, Dr Ana Ruiz and ...``; ``the
                # President-General of the union, Comrade ...`` (no body in the title);
                # ``The Special Adviser to the Governor, Mr Femi Ola``
                split, org = split_title(lead)
                title = split or lead
            elif org and lead.endswith(title):
                owned, owner = split_title(lead)
                same = owner is not None and _unarticled(owner) == _unarticled(org)
                if owned and same and owned.split()[-1].lower() in _TITLE_NOUNS:
                    title = owned  # ``the Acme Workers Union's president``: the title
        if cand.org is None and lead.split(" ", 1)[0] in _OWNER_PRONOUNS and lead.endswith(title):
            title = lead  # ``Its chief executive``: whose office it is, resolved later
        if not any(_is_title(w) or w.lower() in _TITLE_NOUNS for w in lead.split()):
            return None
        prior = self.people.get(name)
        sp = Speaker(
            name=name,
            title=(prior.title if prior else None) or title,
            organization=(prior.organization if prior else None) or org,
        )
        self._register(sp)
        return sp

    def _owned_title(self, cand: Cand) -> str | None:
        """The candidate's title, with the possessive pronoun written before it when it
        has no organization (``Its chief executive, Ana Ruiz``): whose office it is, for
        the enrichment to resolve."""
        title = cand.title
        if not title or cand.org is not None:
            return title
        first, _, rest = self.text[cand.start : cand.end].partition(" ")
        if first in _OWNER_PRONOUNS and rest.startswith(title + ","):
            return f"{first} {title}"
        return title

    def _honorific_surname(self, cand: Cand) -> Speaker | None:
        """``Ms Ruiz`` / ``Dr Ní Bhriain``: the person named in full earlier whose name
        ends with the words after the honorific (``None``: nobody known)."""
        honorific, rest = split_honorific(cand.name)
        if honorific is None:
            # The grammar keeps a courtesy honorific out of the name: read it in the phrase.
            honorific, written = split_honorific(self.text[cand.start : cand.end])
            rest = cand.name.split()
            if written[: len(rest)] != rest:
                return None
        if honorific is None or not rest:
            return None
        known = self.by_token.get(rest[-1])
        if known is None:
            full = self._full_name_before(" ".join(rest), cand.start)
            known = self._person(full) if full is not None else None
        if known is None or known.name.split()[-len(rest) :] != rest:
            return None
        if len(known.name.split()) <= len(rest):
            return None
        return _with_details(known, cand)

    def _surname(self, cand: Cand) -> Speaker:
        """``Ruiz`` (or ``Ana``, ``Dame Ana``): the person written in full with that word
        before."""
        token = _core_words(cand.name)[0]
        known = self.by_token.get(token)
        if known is None:
            full = self._full_name_before(token, cand.start)
            if full is not None:
                known = self._person(full)
        if known is None:
            sp = Speaker(name=cand.name, title=cand.title, organization=cand.org)
            self.by_token[token] = sp
            return sp
        return _with_details(known, cand)

    # ------------------------------------------------------------------ bookkeeping

    def _abbreviated_title(self, cand: Cand) -> Speaker | None:
        """For ``the <noun>``, the most recent person named with the noun's abbreviation
        before the name (``Capt. Marcus Webb`` for ``the captain``)."""
        words = cand.name.lower().split()
        noun = words[1] if len(words) == 2 and words[0] == "the" else ""
        if noun not in _ABBREVIATED_NOUNS:
            return None
        for sp in reversed(self.persons[-_RECENT_PERSONS:]):
            for a, b, _ in self.mentions.get(sp.name, ()):
                for word in self.text[a:b].split()[:_ABBREVIATED_LEAD]:
                    if V.ABBREVIATED_TITLES.get(word) == noun:
                        return sp
        return None

    def _initialled_title(self, cand: Cand) -> Speaker | None:
        """For ``the <initials>`` (``the DHS``, ``the DMO``), the recent person whose title
        the initials spell (``Director of Health Services Leela Mathew``, ``District
        medical officer K. P. Haseena``): a speaker with that title, else a name written
        right after it."""
        words = cand.name.split()
        if len(words) != 2 or words[0].lower() != "the" or not _INITIALS.fullmatch(words[1]):
            return None
        initials = words[1]
        for sp in reversed(self.persons[-_RECENT_PERSONS:]):
            if sp.title and _initials_of(sp.title.split()) == initials:
                return sp
        start = max(0, cand.start - _NAME_LOOKBACK)
        found: Speaker | None = None
        for m in _full_name_re().finditer(self.text, start, cand.start):
            before = self.text[max(0, m.start() - _TITLE_SPAN) : m.start()].split()
            while before and before[-1].rstrip(".") in _BARE_HONORIFICS:
                before.pop()
            title = _title_spelled(before, initials)
            if title is not None:
                found = self._person(m.group(), title=title)
        return found

    def _kin_reference(self, cand: Cand) -> Speaker | None:
        """``the mother of two``, ``the father-of-three``, ``the grandmother``: the most
        recent person of that gender (a description of someone just named)."""
        words = cand.name.lower().replace("-", " ").split()
        if len(words) > 5 and words[4] == "from":
            words = words[:4]  # (``the father of three from Liverpool``: where he lives)
        if len(words) not in (2, 4) or words[0] != "the" or words[1] not in _KIN_WORDS:
            return None
        if len(words) == 4 and not (
            words[2] == "of" and (words[3] in _NUMBER_WORDS or words[3].isdigit())
        ):
            return None
        want = _GENDERS.get(WORD_GENDER.get(words[1], ""))
        last = self.last_person
        if (
            last is not None
            and not _NEUTRAL_KIN.isdisjoint(last.name.casefold().split())
            and self._compatible(last.name, want)
        ):
            return last  # ``One parent, whose daughter ... said ... the mother said``
        recent = self.persons[-_RECENT_PERSONS:]
        for sp in reversed(recent):
            if self._known(sp.name) is want:
                return sp
        # (none known to be of that gender: one not known to be of the other; else the
        # subject of the sentence before)
        unknown = next((sp for sp in reversed(recent) if self._known(sp.name) is None), None)
        return unknown or self._previous_subject(self._quote_opening(cand.start), want)

    def _epithet(self, cand: Cand) -> Speaker | None:
        """``Elaine Kostiuk, 81, was among the victims. ... the retired schoolteacher
        said``: a definite description of a person's walk of life (``the`` and at most two
        modifiers before a noun of :data:`~laborquotes._vocab.EPITHET_NOUNS`) is the
        person who is the subject of the sentence before, when not the last speaker."""
        words = cand.name.lower().split()
        if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in _EPITHETS:
            return None
        if cand.kind in (Kind.PERSON, Kind.PRON) or any(w.endswith(("'s", "’s")) for w in words):
            return None
        sp = self._previous_subject(self._quote_opening(cand.start), None)
        # (not the last speaker: ``Ana Ruiz said ... The pensioner said`` may be another)
        return sp if sp is not None and sp is not self.last_person else None

    def _of_age(self, cand: Cand) -> Speaker | None:
        """``the 54-year-old``: the person named with that age shortly before (``Pat Reid,
        54,``), if one is."""
        if "year-old" not in cand.name or self.age_lookups <= 0:
            return None  # (a cheap test first: most speakers are no such reference)
        m = _AGED_REFERENCE().fullmatch(cand.name)
        if m is None:
            return None
        self.age_lookups -= 1
        age = m.group(1)
        lo = max(0, cand.start - _AGE_LOOKBACK)
        given = list(_named_age_re(age).finditer(self.text, lo, cand.start))
        found = given[-1] if given else None  # (the last name given that age)
        if found is None:
            # ``Pat Reid stood on the picket line. The 41-year-old said``: an age no one
            # was given describes the person the sentence before is about, unless that
            # person was given another age
            # (the sentence before the quotation the reference closes, as for an epithet)
            prev = self._previous_subject(self._quote_opening(cand.start), None)
            if prev is None or _given_an_age(self.text, lo, cand.start, prev.name):
                return None
            return prev
        if not _plausible(found.group(1)):
            return None
        return self.people.get(found.group(1)) or self.by_token.get(found.group(1).split()[-1])

    def _person(
        self, name: str, title: str | None = None, organization: str | None = None
    ) -> Speaker:
        """The person called *name*, met before or new (then remembered)."""
        sp = self.people.get(name) or Speaker(name=name, title=title, organization=organization)
        self._register(sp)
        return sp

    def _register(self, sp: Speaker) -> None:
        self.people[sp.name] = sp
        words = _core_words(sp.name)
        if "and" in words or "&" in words:
            return  # ``Ana Ruiz and Tom Lee``: ``Lee`` alone is not both of them
        if len(words) >= 2 or list(words) != sp.name.split():
            self.by_token[words[-1]] = sp
            if words[-1].rstrip(".") in _SUFFIX_WORDS and len(words) >= 3:
                self.by_token[words[-2].rstrip(",")] = sp
            elif len(words) >= 3 and _first_surname(words[-2]) and _first_surname(words[-1]):
                # ``María de los Ángeles Santamaría Ortega`` ... ``Santamaría``: the first
                # of two surnames (Spanish and Portuguese style) names her too
                self.by_token.setdefault(words[-2], sp)
            self.by_token.setdefault(words[0], sp)

    def _mentioned(self, sp: Speaker, cand: Cand) -> None:
        """Note where *sp* was named: a new mention may tell the gender."""
        self.mentions.setdefault(sp.name, []).append((cand.start, cand.end, sp.title))
        if sp.name in self.gender and self.gender[sp.name] is None:
            del self.gender[sp.name]

    def _known(self, name: str) -> Gender | None:
        """The gender of *name* as far as its first name and its mentions tell."""
        if name in self.gender:
            return self.gender[name]
        words = name.split()
        g = _GENDERS.get(FIRST_GENDER.get(words[0], "")) if words else None
        if len(words) == 1 and g is not Gender.FEMALE:
            g = None  # (one word is a surname as often as not: ``said James``, ``Scott``)
        if g is None and words and words[0].lower() in _DESCRIPTION_LEADS:
            g = _gender_of_words(name)  # (``a woman in Worcester``: a description)
        if g is None:
            for start, end, title in self.mentions.get(name, ()):
                written = self.text[start:end]
                g = _gender_of_words(f"{written} {title}" if title else written)
                if g is not None:
                    break
        self.gender[name] = g
        return g

    def _compatible(self, name: str, want: Gender | None) -> bool:
        if want is None:
            return True
        g = self._known(name)
        return g is None or g is want

    # ------------------------------------------------------------------ looking back

    def _name_before(
        self,
        pos: int,
        want: Gender | None = None,
        lo: int | None = None,
        surname: str | None = None,
    ) -> str | None:
        """The last ``First Last`` name written shortly before *pos* (from *lo*, when
        given) of gender *want* or of unknown gender, when *want* is given; with
        *surname*, the last that ends with it."""
        found = None
        start = max(0, pos - _NAME_LOOKBACK) if lo is None else lo
        for m in _full_name_re().finditer(self.text, start, pos):
            words = m.group().split()
            if not _can_start_name(words[0]) or surname not in (None, words[-1]):
                continue
            if any(w in _ORG_WORDS or w in _NOT_NAME_WORDS for w in words):
                continue
            if _is_place(m.group()) or in_headline(self.text, m.start()):
                continue
            if self._quoted(m.start()) or self.text[m.start() - 1 : m.start()] in _OPENING_MARKS:
                # a name the speaker says is not who speaks; one that opens marks of its
                # own is a work's title (``the creator of "Low Tide,"``)
                continue
            name = " ".join(words)
            if self._compatible(name, want):
                found = name
        return found

    def _previous_subject(self, pos: int, want: Gender | None) -> Speaker | None:
        """The person named as the subject of the sentence before the one at *pos*."""
        found = self._previous_sentence(pos)
        if found is None:
            return None
        ps, ss, first = found
        text = self.text
        if first in _APPOSED_LEADS and not styled_the(text, ps):
            return self._apposed_subject(ps, ss, want)
        last = self.last_person
        token = first.rstrip(",.").removesuffix("’s").removesuffix("'s")
        if last is not None and token in last.name.split():
            # the last speaker opens the sentence: no need to parse it (but ``Mary Smith
            # said ... He said ...``: not of the pronoun's gender)
            return last if self._compatible(last.name, want) else None
        cand = speaker_forward(text, ps, min(ss, ps + SENTENCE_WINDOW))
        # ``Mr Lee hit back. "...," he said``: an honorific and a known surname open
        # the sentence before a quotation that opens its own sentence
        titled = first.rstrip(".") in _HONORIFICS and text[ss : ss + 1] in _QUOTE_OPENERS
        # (``Darren Ashworth was sacked. ... Mr Ashworth, a driver, was the rep. He said``:
        # an honorific and the surname of a person named in full before)
        # (or the bare surname alone, wire style: ``Denise Coles pleaded guilty ...
        # Coles, wearing a gray cardigan, turned to the gallery. "...," she said``)
        full = (
            self._name_before(ps, want, surname=cand.name)
            if cand is not None
            and " " not in cand.name
            and (first.rstrip(".") in _HONORIFICS or token == cand.name)
            else None
        )
        if cand is None or not self._person_subject(cand, ss, titled=titled, known=bool(full)):
            self.no_subject.add(ps)
            return None
        if full is not None and cand.name not in self.by_token:
            cand = cand._replace(name=full)
        if not self._compatible(cand.name, want):
            return None
        if last is not None and last.name == cand.name:
            return last
        known = self.by_token.get(cand.name) if (titled or full) and " " not in cand.name else None
        if known is not None:
            return known if self._compatible(known.name, want) else None
        sp = self.people.get(cand.name) or Speaker(
            name=cand.name, title=cand.title, organization=cand.org
        )
        self._register(sp)
        self._mentioned(sp, cand)
        return sp if self._compatible(sp.name, want) else None

    def _introduced(self, pos: int, want: Gender | None) -> Speaker | None:
        """The person a fronted phrase of the sentence before introduces, of the
        pronoun's gender by her first name: ``For Ana Ruiz, a welder, the choice was
        easy. She said ...``; ``Among the pickets was Ana Ruiz, 29, who ... She said``
        (no first name of the other gender)."""
        bounds = self._sentence_before(pos) if want is not None else None
        if bounds is None:
            return None
        m = _introduced_re().match(self.text, bounds[0], bounds[1])
        if m is None:
            return None
        words = m.group("name").split()
        if any(w in _ORG_WORDS or w in _NOT_NAME_WORDS for w in words):
            return None
        name = " ".join(words)
        return self._person(name) if self._compatible(name, want) else None

    def _passive_agent(self, pos: int, want: Gender | None) -> Speaker | None:
        """The person named after ``by`` in a passive sentence before the one at *pos*
        (``The strike was backed by Ana Ruiz, the Labour MP.``): its logical subject."""
        bounds = self._sentence_before(pos)
        if bounds is None or self._quoted(bounds[0]):
            return None
        ps, ss = max(bounds[0], bounds[1] - SENTENCE_WINDOW), bounds[1]
        m = _passive_by_re().search(self.text, ps, ss)
        if m is None or self._quoted(m.start("name")):
            return None
        cand = speaker_forward(self.text, m.start("name"), ss)
        if cand is None or cand.kind != Kind.PERSON or " " not in cand.name:
            return None
        if not self._compatible(cand.name, want):
            return None
        sp = self.people.get(cand.name) or Speaker(
            name=cand.name, title=cand.title, organization=cand.org
        )
        self._register(sp)
        self._mentioned(sp, cand)
        return sp

    def _asked(self, pos: int, want: Gender | None) -> Speaker | None:
        """``Lee asked Ana Ruiz whether ...`` then ``"...," she said``: the person a
        question was put to in the sentence before the one at *pos* gives the answer."""
        bounds = self._sentence_before(pos)
        if bounds is None:
            return None
        ps, ss = bounds
        ps, text = max(ps, ss - SENTENCE_WINDOW), self.text
        m = None
        for found in _asked_re().finditer(text, ps, ss):
            m = found
        if m is None or self._quoted(m.start()):
            return None
        words = m.group("obj").split()
        if words[0] in NAME_STOPWORDS or any(w in _ORG_WORDS for w in words):
            return None
        sp = self.by_token.get(words[-1])
        if sp is None:
            if len(words) < 2 or not _plausible(m.group("obj")):
                return None
            sp = self._person(" ".join(words))
        return sp if self._compatible(sp.name, want) else None

    def _apposed_subject(self, ps: int, ss: int, want: Gender | None) -> Speaker | None:
        """``The Education Secretary, Ana Ruiz, urged ...``: the name set off by commas
        after a title that opens the sentence at *ps*, when a verb follows it."""
        m = _apposed_re().match(self.text, ps, min(ss, ps + SENTENCE_WINDOW))
        words = m.group("name").split() if m is not None else []
        if (
            m is None
            or not any(_is_title(w) or w.lower() in _TITLE_NOUNS for w in m.group("lead").split())
            or not _can_start_name(words[0])
            or any(w in _ORG_WORDS or w in _NOT_NAME_WORDS for w in words)
        ):
            self.no_subject.add(ps)
            return None
        age = _age_after_re().match(self.text, m.end(), ss)  # (``Ravi Sandhu, 45, was``)
        v = verb_after_re().match(self.text, m.end() if age is None else age.end(), ss)
        if v is None or v.group(1) in NOT_VERBS:
            self.no_subject.add(ps)
            return None
        name = " ".join(words)
        if not self._compatible(name, want):
            return None
        if want is not None and self._known(name) is None and _POSSESSIVE_IN().search(m["lead"]):
            # ``The senator's adviser, Ana Ruiz, ...`` names the senator too: ``he`` may
            # be either, unless her first name tells.
            return None
        lead = m.group("lead").split()[1:]
        # (``One of the authors of the report, Ana Ruiz,``: a share, no title)
        return self._person(name, title=" ".join(lead) if lead[:1] != ["of"] else None)

    def _sentence_before(self, pos: int) -> tuple[int, int] | None:
        """The starts of the sentence before the one at *pos* and of the one at *pos*,
        when the sentence before is in the same or the paragraph just before."""
        st = self.st
        if st is None:
            return None
        ss = st.sentence_start(pos)
        if ss <= 0 or st.paragraph(ss) - st.paragraph(ss - 1) > 1:
            return None
        return st.sentence_start(ss - 1), ss

    def _after_fronted(self, start: int, stop: int) -> int:
        """Where the subject starts after a fronted phrase that opens at *start*: past
        its comma, and past a relative clause of its place; ``-1``: none before *stop*."""
        text = self.text
        comma = text.find(", ", start, stop)
        while comma >= 0:
            word, _, rest = text[comma + 2 : comma + 40].partition(" ")
            if word not in _WH_RELATIVES:
                # (past a lower-case noun before a name: ``householder Ana Ruiz``)
                lead = word.isalpha() and word.islower() and rest[:1].isupper()
                return comma + 2 + (len(word) + 1 if lead else 0)
            comma = text.find(", ", comma + 2, stop)
        return -1

    def _previous_sentence(self, pos: int) -> tuple[int, int, str] | None:
        """The start of the sentence before the one at *pos*, when it may open with a
        person's name (same or next paragraph, a capital, no quotation mark); the start
        of the sentence at *pos*; the first word of the one before."""
        bounds, text = self._sentence_before(pos), self.text
        if bounds is None:
            return None
        ps, ss = bounds
        if ps >= ss or text[ps] in _OPENING_MARKS or not text[ps].isupper():
            return None
        if self._quoted(ps):
            return None  # a sentence of a quotation: its subject is not the speaker
        first = text[ps : ps + 16].split(" ", 1)[0]
        if first in _LEADING_CONJUNCTIONS and text[ps + len(first) : ps + len(first) + 1] == " ":
            # ``But Mr Lee hit back.``: the subject follows the conjunction
            after = text[ps + len(first) + 1 : ps + len(first) + 17].split(" ", 1)[0]
            if after.rstrip(".") not in _HONORIFICS:
                return None  # (only ``But Mr Lee ...``: a known person's honorific)
            ps += len(first) + 1
            first = after
        if first in _FRONTED:
            # ``In Ballykeeran, Ana Ruiz was unmoved.``: the subject after the phrase
            # (and after a relative clause of its place: ``In Ballykeeran, where ...,
            # householder Ana Ruiz ...``)
            ps = self._after_fronted(ps, min(ss, ps + _FRONTED_REACH))
            if ps < 0:
                return None
            first = text[ps : ps + 16].split(" ", 1)[0]
        if first in _APPOSED_LEADS and ps not in self.no_subject:
            return ps, ss, first  # ``The union's president, Ana Ruiz, said ...``
        honorific = first in _HONORIFICS or first.rstrip(".") in _HONORIFICS
        if (first in NAME_STOPWORDS and not honorific) or first.lower() in SUBORDINATORS:
            # ``The union ...``, ``He ...``; ``After Lee asked ..., Ruiz replied``: no
            # person's name, or not the main clause's subject.
            return None
        if ps in self.no_subject:
            return None
        return ps, ss, first

    def _person_subject(
        self, cand: Cand, end: int, *, titled: bool = False, known: bool = False
    ) -> bool:
        """Whether *cand* is surely a person's name (a known first name, a title, or a
        name met before; not ``New Hampshire``) followed by its verb before *end*."""
        if cand.kind != Kind.PERSON:
            return False
        if " " not in cand.name:
            # ``Mr Lee went on``: an honorific and the surname of a person named in
            # full before (a bare surname may be anyone's: ``Trump's rivals``); or a
            # known given name alone (``Edward shook his head.``), no place's
            known = known or (titled and cand.name in self.by_token)
            if not known and (cand.name not in FIRST_GENDER or _is_place(cand.name)):
                return False
        elif not (
            cand.name.split(" ", 1)[0] in FIRST_GENDER
            or cand.title
            or cand.name in self.people
            or ", who " in self.text[cand.start : cand.end]  # (``who``: a person's clause)
        ):
            return False
        v = verb_after_re().match(self.text, _past_works_title(self.text, cand.end, end), end)
        if v is not None and v.group(1) in _RELATIVE_LEADS:
            # ``Graham Whitlock, whose wife is in hospital, stopped ...``: the verb after
            # the relative clause
            comma = self.text.find(", ", v.end(), end)
            v = verb_after_re().match(self.text, comma + 1, end) if comma >= 0 else None
        return v is not None and v.group(1) not in NOT_VERBS

    def _recent_holder(self, title: str, reference: str, org: str | None = None) -> Speaker | None:
        """The most recent speaker whose title holds *title* and whom *reference* may name
        (:func:`_same_rank`), of *org* when given (the most recent people only: the cost
        per reference stays bounded)."""
        for sp in itertools.islice(reversed(self.people.values()), _ROLE_LOOKBACK):
            if (
                sp.title
                and title in sp.title.lower()
                and _same_rank(reference, sp.title)
                and (org is None or sp.organization == org)
            ):
                return sp
        return None

    def _role_of_body(self, cand: Cand, title: str) -> Speaker:
        """A title and the body it heads (``the president of the National Union of
        Teachers``): a recent person with that title of that body, else the description
        with its title and organization."""
        holder = self._recent_holder(title, cand.name, cand.org)
        if holder is not None:
            return holder
        named = self._titled_name_before(title.rsplit(None, 1)[-1], cand.start)
        desc = appositive(self.text, named, cand.start) if named and cand.org else None
        owner = split_title(desc)[1] if desc else None
        if named and owner and cand.org and _unarticled(owner) == _unarticled(cand.org):
            # ``Ana Ruiz, president of Unison, ... said the president of Unison``
            return self._person(named, title=title, organization=cand.org)
        return Speaker(name=cand.name, title=title, organization=cand.org)

    def _titled_name_before(self, noun: str, pos: int) -> str | None:
        """The last name written with the title *noun* shortly before *pos*:
        ``president Ana Ruiz`` or ``Ana Ruiz, the union's president``."""
        if not noun.isalpha():
            return None
        # References are resolved in text order: scan each stretch once per noun.
        lo = pos - _TITLED_LOOKBACK
        done, found, at = self.titled.get(noun, (0, None, -1))
        start = max(done, lo)
        for where, name in _titled_matches(self.text, noun, start, pos):
            words = name.split()
            if words[0] in NAME_STOPWORDS or words[0] in _HONORIFICS:
                continue
            if any(w in _ORG_WORDS for w in words):
                continue
            found, at = " ".join(words), where
        self.titled[noun] = (max(done, pos), found, at)
        return found if found is not None and at >= lo else None

    def _full_name_before(self, token: str, pos: int) -> str | None:
        """The first ``First [M.] Token`` written before *pos* (``Ana Ruiz`` for ``Ruiz``)."""
        text = self.text
        i = text.find(token, max(0, pos - _SURNAME_LOOKBACK), pos)
        tries = 0
        while i >= 0 and tries < _SURNAME_TRIES:
            tries += 1
            after = i + len(token)
            if (after >= len(text) or not text[after].isalnum()) and i >= 2 and text[i - 1] == " ":
                m = _first_name_re().search(text, max(0, i - _FIRST_NAME_SPAN), i)
                if m is not None and _can_start_name(m.group(1)) and not in_headline(text, i):
                    tail = _particle_tail_re().match(text, after)
                    name = _given_before(text, m.start()) + m.group(0) + token
                    return " ".join((name + (tail.group() if tail else "")).split())
            i = text.find(token, i + 1, pos)
        return None


# --------------------------------------------------------------------------- descriptions

#: How far before a quote :func:`appositive` looks for the first mention of its speaker
#: (an article's own length, so that a long document costs the same per character).
_APPOSITIVE_WINDOW = 50_000
#: A name shorter than this is too ambiguous to look up (``Li``, ``Ng`` stay bare).
_APPOSITIVE_MIN_NAME = 4
#: ``according to `` before a name, in characters (with a space or two to spare).
_ACCORDING_SPAN = 15
#: How far before a name its title may start, and after it its apposition may run.
_PREFIX_SPAN = 160
_APPOSITION_SPAN = 130
#: How many words of a title written before a name are kept.
_PREFIX_KEEP = 6

_APPOSITIVE = _lazy(r",\s{1,3}+(?:\d{1,3},\s{1,3}+)?((?:[^,.;:!?\"“”]|\.(?=\w)){3,120}+)")
#: Up to twelve words just before a name, back to the start of its sentence or clause.
_PREFIX = _lazy(
    r"(?r)(?:^|[.;:!?\"“”(]|,\s)\s*((?:(?:[\w'’&-]+|\(\p{Lu}[\p{Lu}\d&-]{1,9}\))\s{1,3}){0,11}"
    r"[\w'’&-]+),?\s{1,3}\Z"
)
_POSSESSIVE = _lazy(r"['’]s?$")

_NOT_APPOSITIVE = frozenset(V.NOT_APPOSITIVE_STARTS)


#: ``"Low Tide,"`` (a work's title in double marks, its comma inside or after them) at
#: the end of an appositive, before the subject's verb.
_works_title_re = _lazy(r"[^\S\n]*+[\"“]\p{Lu}[^\"“”\n]{0,60}?(?:,[\"”]|[\"”],)")


def _past_works_title(text: str, pos: int, end: int) -> int:
    """Where the text after a subject phrase ending at *pos* goes on past a work's title
    in marks that ends its appositive (``Ada Pell, the creator of "Low Tide," marched``);
    *pos* when there is none."""
    if pos >= end or text[pos] not in ' "“':
        return pos
    m = _works_title_re().match(text, pos, end)
    return m.end() if m is not None else pos


def _description_head(name: str) -> tuple[str, str]:
    """The article and the head noun of a singular description (``A senior official``
    -> (``a``, ``official``); ``a spokeswoman for the council`` -> (``a``,
    ``spokeswoman``)); the head is empty for anything else."""
    words = name.split(",", 1)[0].split()[:_HEAD_WORDS]
    if len(words) < 2 or words[0].lower() not in ("a", "an", "the"):
        return "", ""
    body = []
    for w in words[1:]:
        if w in _HEAD_STOPS:
            break
        body.append(w)
    head = body[-1].lower() if body else ""
    if head not in _TITLE_NOUNS:
        head = _after_name(words[1:])
    return words[0].lower(), head if head in _TITLE_NOUNS else ""


def _after_name(words: list[str]) -> str:
    """The title noun right after a body's capitalized name (``Department of Health
    spokesperson`` -> ``spokesperson``), or ``""``."""
    for k, w in enumerate(words):
        if w[:1].islower() and w not in _NAME_JOINERS:
            return w.lower() if k > 0 and w.lower() in _TITLE_NOUNS else ""
    return ""


#: Small words inside a body's name (``Department of Health and Social Care``,
#: ``Department of the Interior``).
_NAME_JOINERS = _JOINER_WORDS | {"the"}


#: At most this many words of a description are read for its head.
_HEAD_WORDS = 8
#: Words after the head of a description (``a spokeswoman for the council``).
_HEAD_STOPS = frozenset(("at", "for", "from", "in", "of", "on", "who", "with"))


def possessive_stripped(word: str) -> str:
    """*word* without a final ``'s`` / ``’`` (``Union's`` -> ``Union``)."""
    if "'" not in word and "’" not in word:
        return word  # (no apostrophe: nothing to take off)
    return _POSSESSIVE().sub("", word)


def _is_title(word: str) -> bool:
    w = possessive_stripped(word.lower()).rstrip(".,")
    return w in TITLE_HEADS or (w.endswith("s") and w[:-1] in TITLE_HEADS)


#: :func:`appositive`'s answers for one text, by name and the words around its place.
AppositiveMemo = dict[tuple[str, int, str], "str | None"]


def appositive(
    text: str,
    name: str,
    before: int,
    memo: AppositiveMemo | None = None,
    at: int | None = None,
) -> str | None:
    """How the article first describes *name*: ``Name, president of X,`` or
    ``union leader Name`` (the words written just before it in its clause). *memo*, a
    dict kept for one text, remembers the answer for each name and the words around its
    place (:func:`_read_around`); *at* is :func:`appositive_at` when the caller has it."""
    i = appositive_at(text, name, before) if at is None else at
    if i < 0:
        return None
    if memo is None:
        after = _apposition_after(text, i + len(name), _sourced(text, i))
        return _title_before(text, i) or after or _abbreviated_before(text, i)
    key = _read_around(text, name, i)
    if key not in memo:
        after = _apposition_after(text, i + len(name), _sourced(text, i))
        memo[key] = _title_before(text, i) or after or _abbreviated_before(text, i)
    return memo[key]


def _abbreviated_before(text: str, end: int) -> str | None:
    """An abbreviated title right before the name at *end* (``Rep. Ana Ruiz``, ``U.S.
    Rep. Ana Ruiz``: :data:`~laborquotes._vocab.ABBREVIATED_TITLES`), read when the
    article describes the person no other way."""
    words = text[max(0, end - _ABBREVIATED_REACH) : end].split()
    if not words or words[-1] not in V.ABBREVIATED_TITLES or words[-1] in _COURTESY:
        return None
    return " ".join(words[-2:]) if words[-2:-1] in (["State"], ["U.S."]) else words[-1]


def _read_around(text: str, name: str, i: int) -> tuple[str, int, str]:
    """What :func:`appositive` reads of *text* for *name* at *i*: the two clauses
    :func:`_title_before` may read back and the apposition after the name (with the
    character after it), and where *i* stands in them. (A name quoted again in the same
    words, as in a repeated passage, has the same answer at each of its places.)"""
    lo = max(0, i - 2 * _PREFIX_SPAN)
    hi = i + len(name) + _APPOSITION_SPAN + 1
    return name, i - lo, text[lo:hi]


#: What :func:`appositive` answers from: -1 (no mention), else :func:`_read_around`.
AppositivePlace = int | tuple[str, int, str]


def appositive_place(text: str, name: str, at: int) -> AppositivePlace:
    """The words :func:`appositive` reads for *name* at *at* (:func:`appositive_at`):
    two places that read the same words (a passage repeated) have the same answer."""
    return at if at < 0 else _read_around(text, name, at)


def _sourced(text: str, i: int) -> bool:
    """Whether the name at *i* is an ``according to`` source: what follows its comma is
    the reported clause (``According to Ana Ruiz, members will vote``), no apposition."""
    return text[max(0, i - _ACCORDING_SPAN) : i].lower().endswith("according to ")


def appositive_at(text: str, name: str, before: int) -> int:
    """Where :func:`appositive` reads *name* (its first mention in a window before
    *before*), or -1: its answer depends on the text, the name and this place only."""
    if len(name) < _APPOSITIVE_MIN_NAME:
        return -1
    lo, hi = max(0, before - _APPOSITIVE_WINDOW), before + len(name) + 1
    if len(text) <= _APPOSITIVE_WINDOW:
        return text.find(name, lo, hi)
    # A long text: a name is looked up at each of its quotations, in windows that
    # overlap, so the places already found are remembered (``str.find`` read most of
    # each window again).
    index: LiteralIndex | None = getattr(_long_text, "index", None)
    if index is None or index.text is not text:
        index = _long_text.index = LiteralIndex(text)
    found = index.places(name, lo, hi)
    return found[0] if found else -1


#: The names' places in the last long text :func:`appositive_at` read, per thread (the
#: text is held, so that it is known by identity, never by an equal copy, until
#: :func:`forget_long_text`).
_long_text = threading.local()


def forget_long_text() -> None:
    """Drop this thread's index of the last long text (:func:`laborquotes.parse` calls
    it after each text, so that no text is held once its parse is done)."""
    _long_text.__dict__.pop("index", None)


def _title_before(text: str, end: int) -> str | None:
    """``strike leader Ana Ruiz`` or ``The head of the dock union, Ana Ruiz``: a title
    just before the name at *end* (not ``rival Ana Ruiz`` or ``to boycott Ana Ruiz``)."""
    for _ in range(2):
        m = _PREFIX().search(text, max(0, end - _PREFIX_SPAN), end)
        if m is None:
            return None
        words = m.group(1).split()
        if len(words) > 1 and words[-1] in _TITLE_FIRST_NAMES:
            words.pop()  # ``ETU secretary Dean Hale``: a first name, not the title ``dean``
        if all(w[:1].isupper() for w in words) and len(words) <= 2 and not _is_title(words[-1]):
            end = m.start(1)  # ``Authority, Ana Maria Ruiz``: a first name; go back
            continue
        comma = "," in text[m.end(1) : end]
        if words[-1] in _PREPOSITION_ENDS:
            return None  # ``Ground staff at AeroServ``: a place, not a title's name
        if comma and words[0].lower() in _SETTING_OPENERS:
            return None  # ``At a cafe across from the hospital, Tom Lee``: where, not who
        if comma:
            # ``... said the Minister for Health, Ana Ruiz,``: the title after the last
            # article of a longer clause
            d = max((j for j, w in enumerate(words) if w.lower() == "the"), default=-1)
            if 0 < d < len(words) - 1 and _is_title(words[d + 1]):
                return " ".join(words[d + 1 :])
        if _is_title(words[-1]) and not (comma and _adverbial(words, len(words) - 1)):
            # (``met by Harbour Teachers' Union president Ana Ruiz``: from after the
            # preposition whose object the titled name is)
            kept = words[-_PREFIX_KEEP:]
            objects = () if comma else _OBJECT_PREPOSITIONS
            cut = max((j for j, w in enumerate(kept[:-1]) if w in objects), default=-1)
            return " ".join(kept[cut + 1 :])
        # A title phrase set off by a comma.
        k = next((j for j, w in enumerate(words[:3]) if _is_title(w)), -1)
        if comma and k >= 0 and not _adverbial(words, k):
            return " ".join(words)
        return None
    return None


#: How far before a name an abbreviated title is read (``U.S. Rep.``).
_ABBREVIATED_REACH = 12
_COURTESY = frozenset(V.COURTESY_HONORIFICS)
_ADVERBIAL_PREPOSITIONS = frozenset(V.ADVERBIAL_PREPOSITIONS)
_SETTING_OPENERS = frozenset(V.SETTING_OPENERS)
#: Prepositions that end the words before a name that is their object (``staff at``).
_PREPOSITION_ENDS = frozenset(("at", "by", "for", "from", "in", "with"))
#: Prepositions whose object a titled name is (``met by union president Ana Ruiz``): no
#: title's word (unlike ``for`` of ``Minister for Health``).
_OBJECT_PREPOSITIONS = frozenset(("by", "to", "with"))
#: ``the 54-year-old``: a reference to a person by the age the article gave.
_AGED_REFERENCE = _lazy(r"(?i:the)\s++(\d{1,3})-year-old(?:\s++\p{Ll}[\w\-]*+){0,2}")


def _object_of_preposition(text: str, lo: int, at: int) -> bool:
    """Whether the word before *at* (within ``text[lo:at]``) is a preposition."""
    before = text[max(lo, at - 12) : at].split()
    return bool(before) and before[-1].lower() in _SUBJECT_PREPOSITIONS


_SUBJECT_PREPOSITIONS = frozenset(V.TITLE_PREPOSITIONS) | frozenset(("against", "by", "on"))


def _given_an_age(text: str, lo: int, hi: int, name: str) -> bool:
    """Whether *name* (its last word) is given an age in ``text[lo:hi]`` (``Reid, 54,``)."""
    last = name.split()[-1]
    return regex.search(rf"\b{regex.escape(last)},\s++\d{{1,3}}+,", text[lo:hi]) is not None


#: How far back the name with that age is looked for, in characters, and how many such
#: references an article may look up (the cost stays linear on any text).
_AGE_LOOKBACK = 3000
_AGE_LOOKUPS = 64


@functools.lru_cache(maxsize=64)
def _named_age_re(age: str) -> regex.Pattern[str]:
    """A name of two to four capitalized words, then ``, <age>,``."""
    return regex.compile(rf"(\p{{Lu}}[\w'’\-]++(?:\s\p{{Lu}}[\w'’\-]++){{1,3}}),\s{age},")


_TITLE_FIRST_NAMES = frozenset(V.TITLE_FIRST_NAMES)


def _adverbial(words: list[str], k: int) -> bool:
    """Whether the phrase *words*, before a name and a comma, is an adverbial, not the
    title its word *k* seems to give: the word is a preposition's object with no title
    before it (``Speaking to reporters,``; not ``the candidate for governor,``) or the
    phrase opens with a participle of speech (``Addressing delegates,``)."""
    if k == 0:
        return False
    if words[k - 1].lower() in _ADVERBIAL_PREPOSITIONS and not any(map(_is_title, words[:k])):
        return True
    return _to_audience(words)


def _to_audience(words: list[str]) -> bool:
    """Whether *words* open with a participle of speech and its audience (``speaking to
    reporters``, ``addressing delegates``; not ``speaking for the government``)."""
    if not words or words[0].lower() not in _LISTENER_PARTICIPLES:
        return False
    return len(words) < 2 or words[1].lower() not in _ON_BEHALF


_LISTENER_PARTICIPLES = frozenset(V.LISTENER_PARTICIPLES)
_ON_BEHALF = frozenset(V.ON_BEHALF_PREPOSITIONS)


def _apposition_after(text: str, pos: int, closed: bool = False) -> str | None:
    """``Ana Ruiz, president of Local 7,``: the phrase after the name ending at *pos*
    (with *closed*, only one a second comma closes)."""
    a = _APPOSITIVE().match(text, pos, min(len(text), pos + _APPOSITION_SPAN))
    if a is None or (closed and text[a.end() : a.end() + 1] != ","):
        return None
    words = a.group(1).split()
    first = words[0].lower() if words else ""
    if first.endswith("ed") or first in _NOT_APPOSITIVE:
        return None  # ``Ana Ruiz, accused the union``: a verb, not a description
    if _to_audience(words):
        return None  # ``Ana Ruiz, speaking at the rally,``: a participle's clause
    if first == "with" and words[1:2] == ["the"] and words[2:3] and words[2] in _BACKING:
        return None  # ``Zappr, with the support of SIPTU,``: an absolute phrase
    return " ".join(words)


_BACKING = frozenset(V.BACKING_NOUNS)


def _proper_words(name: str) -> list[str]:
    """The words of a person's name without a leading honorific (``Ms Ní Fhloinn`` ->
    ``Ní Fhloinn``); none for a description (``the union's president``) or a pronoun."""
    _, words = split_honorific(name)
    if not words or not words[0][:1].isupper() or words[0] in NAME_STOPWORDS:
        return []
    if any(w in _ORG_WORDS for w in words):
        return []
    return words


def fullest_names(names: Sequence[str]) -> dict[str, str]:
    """Each person's name that is a shorter form of another name in *names* -> that
    fuller form (``Ruiz`` and ``Ms Ruiz`` -> ``Ana Ruiz``). A short form two different
    full names end with (``Clinton``: ``Bill`` or ``Hillary``) is left as it is."""
    by_last: dict[str, list[list[str]]] = {}
    proper = {name: _proper_words(name) for name in dict.fromkeys(names)}
    for name, words in proper.items():
        if len(words) >= 2 and _clean_name(name, words):
            by_last.setdefault(words[-1], []).append(words)
    out: dict[str, str] = {}
    for name, words in proper.items():
        if not words or words[-1] not in by_last:
            continue
        fuller = [f for f in by_last[words[-1]] if _extends(f, words)]
        longest = {" ".join(f) for f in fuller if not any(_extends(g, f) for g in fuller)}
        if len(longest) == 1:
            out[name] = longest.pop()
    out.update(_opened_names(proper, out))
    return out


def _opened_names(proper: dict[str, list[str]], found: dict[str, str]) -> dict[str, str]:
    """Each name of two words, an honour no given name and a name, that opens one longer
    name of *proper* -> that name (``Datuk Wong`` -> ``Datuk Wong Kah Seng``, ``Tan Sri
    Lim`` ...): how Malay and Chinese names are shortened, the family name first. (Not
    ``Donald Trump`` -> ``Donald Trump Just``, a headline's words.)"""
    by_two: dict[tuple[str, ...], set[str]] = {}
    for name, words in proper.items():
        if len(words) >= 3 and _clean_name(name, words):
            by_two.setdefault(tuple(words[:2]), set()).add(" ".join(words))
    out: dict[str, str] = {}
    for name, words in proper.items():
        two = len(words) == 2 and name not in found and words[0] not in FIRST_GENDER
        longer = by_two.get(tuple(words)) if two else None
        if longer is not None and len(longer) == 1:
            out[name] = next(iter(longer))
    return out


def _clean_name(name: str, words: list[str]) -> bool:
    """Whether *words* are a name alone: not two people (``Ana Ruiz and Tom Lee``), no
    title or acronym kept in it (``Liberal MPP Anthony DeLuca``)."""
    if " and " in name or " & " in name:
        return False
    return not any(
        (w.isupper() and len(w) > 1) or _is_title(w) or w.lower() in _TITLE_NOUNS
        for w in words[:-1]
    )


def _extends(longer: list[str], shorter: list[str]) -> bool:
    """Whether *shorter* is a shorter form of *longer*: its last words (``Ruiz``,
    ``Ní Fhloinn``), or its first and last word (``Ana Ruiz`` of ``Ana Maria Ruiz``)."""
    if len(longer) <= len(shorter):
        return False
    if longer[-len(shorter) :] == shorter:
        return True
    return len(shorter) >= 2 and longer[0] == shorter[0] and longer[-1] == shorter[-1]


def fill_from_namesakes(quotes: Sequence[Quote]) -> list[Quote]:
    """Report each person at the fullest form of their name the speakers give
    (:func:`fullest_names`), and give a person written without title or organization
    those of the same person elsewhere in the article (``Ruiz explained`` after ``Ana
    Ruiz, a member of ...``)."""
    quotes = _at_fullest(quotes)
    best: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.attribution.speaker if q.attribution else None
        if sp is None or sp.is_group or not (sp.title or sp.organization):
            continue
        words = sp.name.split()
        if words:
            for key in {sp.name.lower(), words[-1].lower()}:
                best.setdefault(key, sp)
    if not best:
        return list(quotes)
    return [_with_namesake(q, best) for q in quotes]


def named_after_description(text: str, quotes: Sequence[Quote]) -> list[Quote]:
    """*quotes*, with an unnamed person the article describes first (``A porter at the
    hospital who ... said``) and names in a later attribution by the description's head
    noun (``said the porter, Ana Ruiz``) named: the earlier quotations are that
    person's, with the description's title and organization where the later one has
    none."""
    out = list(quotes)
    for i, q in enumerate(out):
        att = q.attribution
        sp = att.speaker if att is not None else None
        heads = sp.title.split() if sp is not None and sp.title else []
        if att is None or sp is None or sp.is_group or not heads:
            continue
        if sp.name.split(" ", 1)[0] not in ("A", "An", "a", "an"):
            continue
        named = _named_by_head(text, out, i, heads[-1].lower())
        if named is not None:
            org, role = sp.organization or named.organization, sp.role or named.role
            new = speaker_with(sp, named.name, sp.title, org, role, False)
            out[i] = with_speaker(q, att, new, q.speaker)
    return out


def _named_by_head(text: str, quotes: list[Quote], i: int, head: str) -> Speaker | None:
    """The person a later attribution after quotation *i* names with *head* or ``the
    woman``/``the man`` before the name (``the porter, Ana Ruiz``), within
    :data:`_NAMED_LATER_REACH` characters."""
    end = quotes[i].span.end
    for q in quotes[i + 1 : i + 1 + _NAMED_LATER_QUOTES]:
        att = q.attribution
        if att is None or att.source_span.start - end > _NAMED_LATER_REACH:
            continue
        sp = att.speaker
        written = text[att.source_span.start : att.source_span.end].lower()
        leads = (f"the {head}, ", *_PERSON_LEADS)
        named = sp.name[:1].isupper() and sp.name.split(" ", 1)[0] not in ("The", "A", "An")
        if named and not sp.is_group and written.startswith(leads) and sp.name.lower() in written:
            return sp
    return None


#: Nouns for any person that name a described one later (``said the woman, Ana Ruiz``).
_PERSON_LEADS = tuple(f"the {noun}, " for noun in V.ANY_PERSON_NOUNS)


#: How many quotations after a described person's, and how far after it, may name them.
_NAMED_LATER_QUOTES = 4
_NAMED_LATER_REACH = 600


def _at_fullest(quotes: Sequence[Quote]) -> list[Quote]:
    """*quotes* with each person's speaker renamed to the fullest form of the name."""
    names = [
        q.attribution.speaker.name
        for q in quotes
        if q.attribution is not None and not q.attribution.speaker.is_group
    ]
    fuller = fullest_names(names)
    if not fuller:
        return list(quotes)
    out = []
    for q in quotes:
        att = q.attribution
        full = (
            fuller.get(att.speaker.name) if att is not None and not att.speaker.is_group else None
        )
        if att is not None and full is not None:
            sp = att.speaker
            renamed = speaker_with(sp, full, sp.title, sp.organization, sp.role, sp.is_group)
            q = with_speaker(q, att, renamed, q.speaker)
        out.append(q)
    return out


def _same_rank(reference: str, title: str) -> bool:
    """Whether *reference* (``the chancellor``) may name the holder of *title*: every
    word of rank in the title (``shadow``, ``deputy``) is in the reference too."""
    ranks = _OFFICE_RANKS.intersection(title.lower().replace("-", " ").split())
    return not ranks or ranks <= set(reference.lower().replace("-", " ").split())


_OFFICE_RANKS = frozenset(V.OFFICE_RANK_MODIFIERS)


def _other_given_name(words: list[str], known: list[str]) -> bool:
    """Whether two names of one surname have different given names (``Pauline Marsh``
    and ``Derek Marsh``, husband and wife): two people."""
    return (
        len(words) > 1
        and len(known) > 1
        and words[0] != known[0]
        and words[0] in FIRST_GENDER
        and known[0] in FIRST_GENDER
    )


def _with_namesake(q: Quote, best: dict[str, Speaker]) -> Quote:
    att = q.attribution
    sp = att.speaker if att else None
    if att is None or sp is None or sp.is_group or sp.title or sp.organization:
        return q
    words = sp.name.split()
    known = best.get(sp.name.lower()) or (best.get(words[-1].lower()) if words else None)
    if known is None or _other_given_name(words, known.name.split()):
        return q
    new = speaker_with(sp, sp.name, known.title, known.organization, sp.role, sp.is_group)
    return with_speaker(q, att, new, q.speaker)


# --------------------------------------------------------------------------- organizations

_UNION_KINDS = (OrgKind.UNION, OrgKind.FEDERATION)
#: The roles that put a person on one side of a story (a union's, an employer's, the
#: state's).
_SIDE_ROLES = frozenset((Role.UNION_OFFICIAL, Role.EMPLOYER, Role.GOVERNMENT))


def _other_side(title: str | None, reference: str) -> bool:
    """Whether a person of *title* and the title *reference* (``the minister``) stand on
    two sides: a union's office and a minister's are two people, and so are a nurse and
    an MP."""
    if not title:
        return False
    mine, theirs = person_role(title, None), person_role(reference, None)
    if theirs is Role.GOVERNMENT and mine in _NOT_OFFICE_ROLES:
        return True  # (``Nurse Ana Ruiz ... the Labour MP said``: two people)
    return mine in _SIDE_ROLES and theirs in _SIDE_ROLES and mine is not theirs


#: Roles of people who hold no public office: a politician's title never refers to one.
_NOT_OFFICE_ROLES = frozenset((Role.EXPERT, Role.MEDIA, Role.WORKER))


#: Title nouns that, after ``the``, name a company (``the rail operator said``).
_COMPANY_TITLE_NOUNS = frozenset(V.COMPANY_TITLE_NOUNS)
_GROUP_EMPLOYER = (OrgKind.EMPLOYER_GROUP, OrgKind.EMPLOYER)
_ONE_EMPLOYER = (OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP)

#: What a generic reference stands for: a word of the phrase -> organization kinds to
#: look for, in order of preference. The organization chosen is the nearest one of that
#: kind named before the quote, else the one named most often.
REFERENCE_KINDS: tuple[tuple[tuple[str, ...], tuple[OrgKind, ...]], ...] = (
    (("guild", "guilds"), _UNION_KINDS),
    (("union", "unions", "local", "federation", "labor", "labour"), _UNION_KINDS),
    (
        (
            "studios", "producers", "companies", "employers", "automakers", "carriers",
            "railroads", "railways", "airlines", "hospitals", "league", "owners",
            "networks", "streamers", "management", "executives", "ports",
        ),
        _GROUP_EMPLOYER,
    ),
    (
        (
            "studio", "company", "employer", "automaker", "carrier", "railroad", "railway",
            "airline", "hospital", "retailer", "firm", "corporation", "network",
            "streamer", "port", "operator", "district", "carmaker", "chipmaker",
            "steelmaker", "manufacturer", "lender", "insurer", "hotel", "chain",
            "supermarket", "grocer", "utility", "trust",
        ),
        _ONE_EMPLOYER,
    ),
    (("government", "ministry", "department", "administration", "agency"), (OrgKind.GOVERNMENT,)),
    (("tank", "think-tank", "thinktank"), (OrgKind.OTHER,)),
)  # fmt: skip

#: Nouns of a body's spokesperson (``A spokesperson said``).
_SPOKES_NOUNS = frozenset(("spokesman", "spokesperson", "spokeswoman"))
#: Words that open a group's description, not a body's name (``The workers``).
_DETERMINER_LEADS = frozenset(("A", "All", "An", "Some", "The", "Those"))
#: How far after the body that spoke last its spokesperson may speak, in characters.
_SPOKESPERSON_REACH = 400

#: The kinds of organization ``the agency`` may point at.
_AGENCY_KINDS = frozenset((OrgKind.GOVERNMENT, OrgKind.EMPLOYER))
#: The last words of names that ``the agency`` never points at (``General Hospital``).
_NO_AGENCIES = frozenset(V.NOT_AGENCY_HEADS)
#: Head nouns that point at the organization named last with that word in its name.
HEAD_REFERENCES = V.HEAD_REFERENCES
#: Nouns that a reference points at an organization with by a word of its name (``the
#: registry``, ``the university``), besides :data:`HEAD_REFERENCES` (which the speaker
#: grammar also reads as the heads of descriptions).
NAME_REFERENCE_HEADS: tuple[str, ...] = ("hospital", "registry", "trust", "university")
_NAMED_HEADS = (*HEAD_REFERENCES, *NAME_REFERENCE_HEADS)
_HEADED_BY_NAME = frozenset(_NAMED_HEADS)
_HEAD_FALLBACKS = dict(V.REFERENCE_HEAD_FALLBACKS)
#: The nouns that end an organization's name (folded): a name they end is headed by them.
_BODY_NOUNS = frozenset(w.casefold() for w in V.ORG_WORDS)
#: A body's nouns that a house style capitalizes for its own institution (``University
#: spokesperson``, ``District officials``): a reference as with ``the``.
_CAPITALIZED_HEADS = frozenset(_NAMED_HEADS) | (
    frozenset(V.TITLE_REFERENCE_HEADS) - {"guild", "local", "union"}
)
_PUBLIC_BODY_HEADS = frozenset(V.PUBLIC_BODY_HEADS)
#: Reference words for a government as a whole, which no public body answers to.
_GOVERNMENT_WORDS = frozenset(("administration", "department", "government", "ministry"))


def _headed_by(words: list[str], head: str) -> bool:
    """Whether the name of *words* (folded) has *head* as its head noun: its last word,
    its first (after ``the``) unless another body's noun ends the name (``University and
    College Union`` is a union), or a word before ``of``, or before a unit's number and
    ``of`` (``Iowa Council 61 of the American Federation ...``)."""
    if words[-1] == head:
        return True
    if words[words[0] == "the" :][:1] == [head] and words[-1] not in _BODY_NOUNS:
        return True
    if any(a == head and b == "of" for a, b in itertools.pairwise(words)):
        return True
    return any(a == head and n.isdigit() and b == "of" for a, n, b in _triples(words))


def _triples(words: list[str]) -> Iterator[tuple[str, str, str]]:
    return zip(words, words[1:], words[2:], strict=False)


def _public_body(org: Organization) -> bool:
    """Whether *org* is a government's public body by its name's last word (``Kestrel
    Harbour Authority``): a kind of government that only its noun points at."""
    return org.kind is OrgKind.GOVERNMENT and org.name.rsplit(" ", 1)[-1] in _PUBLIC_BODY_HEADS


@functools.cache
def _reference_patterns() -> tuple[tuple[regex.Pattern[str], tuple[OrgKind, ...]], ...]:
    return tuple(
        (regex.compile(rf"(?i)(?<![\w-])(?:{'|'.join(map(reference_word, words))})"), kinds)
        for words, kinds in REFERENCE_KINDS
    )


def reference_word(word: str) -> str:
    """*word* as a pattern: a whole word; one of :data:`HEAD_ONLY_REFERENCES` only as the
    phrase's head, no word after it (``the local``, ``Local 7``, ``the local's``; not
    ``local resident``, ``local council``)."""
    tail = r"(?!\s++\p{L})" if word in HEAD_ONLY_REFERENCES else ""
    if word in ("labour", "labor"):
        tail = rf"(?!\s++(?:{'|'.join(V.LABOUR_OFFICE_NOUNS)})(?![\w-]))"
    return rf"{word}(?![\w-]){tail}"


#: Reference words that are adjectives too: a reference only as the head noun.
HEAD_ONLY_REFERENCES = frozenset(V.ADJECTIVAL_REFERENCE_HEADS)


def _without_trade(org: Organization) -> str | None:
    """An employer's name without the nouns of its trade or kind that close it (``Halbrook
    Philharmonic`` of ``Halbrook Philharmonic Orchestra``): two words at least, not ending
    in ``&``/``and``, and no place's; else ``None``. (A company with a legal form is read
    by its short forms where the text writes them:
    :func:`~laborquotes._org_names.generic_companies`.)"""
    words = org.name.split()
    k = len(words)
    while k > 1 and words[k - 1] in _TRADE_NOUNS:
        k -= 1
    lead = words[:k]
    if k == len(words) or len(lead) < 2 or lead[-1] in _NAME_ANDS_SET:
        return None
    short = " ".join(lead)
    if places.lookup_region(short) is not None or places.lookup_city(short) is not None:
        return None
    return short


#: Nouns of a trade or a kind that close an employer's name (``Orchestra``, ``Company``).
_TRADE_NOUNS = frozenset(
    (*V.BUSINESS_WORDS, *(w.title() for w in V.ARTS_BODY_NOUNS), *V.EMPLOYER_KIND_NOUNS)
)
_NAME_ANDS_SET = frozenset(("&", "and"))


def _described_heads(
    text: str, orgs: Sequence[Organization]
) -> dict[str, list[tuple[int, Organization]]]:
    """The head nouns that an appositive right after a body's mention gives it (``Kestrel
    Care, a charity,`` -> ``charity``), each with where the mention starts, in order."""
    out: dict[str, list[tuple[int, Organization]]] = {}
    for o in orgs:
        for span in o.mentions:
            m = _described_as().match(text, span.end, min(len(text), span.end + _DESCRIBED_REACH))
            if m is not None:
                out.setdefault(m.group("head").casefold(), []).append((span.start, o))
    for found in out.values():
        found.sort(key=lambda pair: pair[0])
    return out


#: How far after a body's name its describing appositive's head noun may end.
_DESCRIBED_REACH = 60
_described_as = _lazy(
    r"[^\S\n]*+,[^\S\n]++(?:an?|the)[^\S\n]++(?:[\w'’\-]++[^\S\n]++){0,3}?"
    rf"(?P<head>{'|'.join(sorted((*_NAMED_HEADS, *V.APPOSED_BODY_HEADS), key=len, reverse=True))})"
    r"(?![\w\-])"
)


@functools.lru_cache(maxsize=4096)
def _reference_words(phrase: str) -> tuple[str | None, tuple[OrgKind, ...] | None, bool]:
    """What :meth:`ArticleOrgs.reference` reads in *phrase*, wherever it is written: the
    head noun it names (folded), the kinds its first reference word points at, and
    whether that word is ``guild``."""
    if union_not_labour(phrase):
        return None, None, False  # ``the students' union``: no labour union is meant
    if phrase.rsplit(" ", 1)[-1].casefold() in _OUTSIDE_PLURALS:
        return None, None, False  # ``Labor experts``: people of a field, no one's
    m = _head_reference().search(phrase)
    head = m.group().casefold() if m is not None else None
    # The reference word written first wins (``the company's vice-president of labour
    # relations`` is the company's), then the table's order; an owner's possessive says
    # whose the rest is (``The city's labor counsel``: the city's, no union's).
    owner = _owner_possessive_re().match(phrase)
    scope = phrase[: owner.end()] if owner is not None else phrase
    first: tuple[int, tuple[OrgKind, ...], bool] | None = None
    for pattern, kinds in _reference_patterns():
        m = pattern.search(scope)
        if m is not None and (first is None or m.start() < first[0]):
            first = (m.start(), kinds, m.group().lower().startswith("guild"))
    return (head, first[1], first[2]) if first is not None else (head, None, False)


#: ``The city's``: an article, one noun and its singular possessive, opening a phrase.
_owner_possessive_re = _lazy(r"(?:[Tt]he|[Ii]ts|[Tt]heir)[^\S\n]++[\w\-]++['’]s(?=[^\S\n])")


@functools.lru_cache(maxsize=4096)
def _a_class_of(phrase: str) -> bool:
    """Whether *phrase* names a class of people or bodies, not the article's own: a
    reference word as its head after other words, with no determiner and no other
    reference word (``Small-business owners``, ``Rival airlines``; but ``The owners``,
    ``Union leaders``, ``Senior management`` point at the article's)."""
    words = phrase.casefold().split()
    if len(words) < 2 or words[-1] not in _REFERENCE_WORDS:
        return False
    mods = words[:-1]
    if any(w.endswith(("'", "’", "'s", "’s")) or w in _POINTING_WORDS for w in mods):
        return False  # (``Quebec's largest union``, ``members of both unions``)
    return not any(w in _REFERENCE_WORDS and w not in HEAD_ONLY_REFERENCES for w in mods)


#: Plural heads of people who study or watch a field, whose modifier names the field,
#: no organization (``Labor experts``, ``union analysts``).
_OUTSIDE_PLURALS = frozenset(V.OUTSIDE_PLURALS)
#: Every word of :data:`REFERENCE_KINDS`.
_REFERENCE_WORDS = frozenset(w for words, _ in REFERENCE_KINDS for w in words)
#: Determiners that make a phrase point (``the owners``, ``its management``).
_CLASS_DETERMINERS = frozenset(("both", "each", "its", "that", "the", "their", "this"))
#: Words before a reference word that leave it pointing at the article's organization:
#: a rank (``Senior management``, ``the largest union``), a determiner or a preposition.
_POINTING_WORDS = (
    frozenset(V.PERSON_RANK_WORDS)
    | frozenset(V.GROUP_RANK_MODIFIERS)
    | _CLASS_DETERMINERS
    | frozenset(V.ORG_PREPOSITIONS)
)


_head_reference = _lazy(rf"(?i)(?<![\w-])(?:{'|'.join(_NAMED_HEADS)})(?![\w-])")
#: A phrase fronted before a sentence's subject (``In a statement, ``).
_FRONTED_PHRASE = r"[^,.;:!?\"“”\n]{1,60}+,[^\S\n]++"
#: ``the trust said``, ``In a statement, the company said``: a reference as a
#: sentence's subject before a verb in lower case, after a fronted phrase or none.
_subject_reference_re = _lazy(
    rf"(?:{_FRONTED_PHRASE})?(?P<ref>[Tt]he[^\S\n]++\p{{Ll}}++)[^\S\n]++\p{{Ll}}"
)
#: Words that open a subordinate clause, before its subject (``after the BMA rejected``).
_clause_lead_re = _lazy(rf"(?<![\w\-])(?:{'|'.join(V.SUBORDINATORS)})[^\S\n]++")
_fronted_re = _lazy(_FRONTED_PHRASE)
#: A description of a kind of body, then the body's name (``the research firm Carrick
#: Partners``, ``a consultancy, Harlow Analytics``): an apposition, no reference.
_described_name_re = _lazy(
    rf"(?:[Tt]he|an?)[^\S\n]++(?:(?!(?:{'|'.join(V.ORG_PREPOSITIONS)})[^\S\n])"
    r"\p{Ll}[\p{L}\-]*+[^\S\n]++){1,3}+,?[^\S\n]*+"
    r"(?P<name>\p{Lu}[\p{L}&’'.\-]*+(?:[^\S\n]++\p{Lu}[\p{L}&’'.\-]*+){0,5})\Z"
)
#: A phrase that only points at an organization (``the union``, ``its leadership``).
REFERENCE_START = _lazy(r"(?i)^\s*+(?:the|its|their|this|that|both|each|a|an)\b")
#: (not a proper name's first word: ``mayor of the District of Hollins Creek``)
_title_reference = _lazy(
    rf"(?i)\b(?:the|its|their)\s++(?:{'|'.join(V.TITLE_REFERENCE_HEADS)})\b"
    r"(?!\s++of\s++(?-i:\p{Lu}))"
)

#: How far back a reference looks for the organization it means.
_ORG_WINDOW = 2000
#: ``an affiliate of (the)``, ``affiliated with``, ``affiliated to``: a parent body follows.
_affiliate_of_re = _lazy(r"\baffiliat(?:e|ed)\s++(?:of|with|to)\s++(?:the\s++)?\Z")
#: How far before a mention the words of an affiliation are looked for.
_AFFILIATION_REACH = 30
#: Marks that open a quotation (single ones in British copy).
_QUOTE_OPENERS = frozenset("\"“'‘")
#: Conjunctions that may open a sentence before its subject (``But Mr Lee said``).
_LEADING_CONJUNCTIONS = frozenset(V.SENTENCE_CONJUNCTIONS)
#: A home town written before a comma (``a welder from Bekasi,``): the capitalized words
#: after it are its region, no name.
_place_before_re = _lazy(r"\b(?:from|in|of)\s++\p{Lu}[\w'’-]*+(?:\s++\p{Lu}[\w'’-]*+)?,\s*+\Z")
#: How far back the sentence before a sentence-initial ``Its`` may start.
_SUBJECT_REACH = 600
#: How far into that sentence its subject may start (``The``, a dateline dash).
_SUBJECT_LEAD = 5
#: Marks that end a sentence (a closing quotation mark after one).
_SENTENCE_ENDS = frozenset('.!?"”’')
#: Phrases are looked at up to this many words, names up to this many.
_MAX_WORDS = 40
_MAX_FORM_WORDS = 12
_EDGE_PUNCT = " ,.;:()[]\"“”‘’'"


def has_reference(title: str) -> bool:
    """Whether *title* points at an organization by position (``a member of the union``)."""
    return _title_reference().search(title) is not None


def as_introduced(org: Organization, written: str) -> str:
    """*written*, or the name a company was introduced by where *written* is only its
    short form, the name without its business word or legal form (``Skyward`` of
    ``Skyward Airlines``, ``Halvorsen Axle`` of ``Halvorsen Axle Co.``): one company, one
    name in every speaker's record; an acronym is shown as :func:`display_name` shows
    it (by the name the article spells out). Unions and other bodies keep their other
    forms as written (``Unite``)."""
    if (
        org.kind is OrgKind.EMPLOYER
        and written in org.aliases
        and org.name.startswith(written + " ")
    ):
        return org.name
    if org.acronym and written.removeprefix("the ").removeprefix("The ") == org.acronym:
        return display_name(org)  # (``the WWU``, spelled out in the article)
    return written


def display_name(org: Organization) -> str:
    """How speakers and the voices summary name an organization: its canonical name
    when the article spells it out, else its acronym when the article writes that
    (``SAG-AFTRA``), else the longest form the article writes (``Unite`` for ``Unite
    the Union``, ``Verdi`` for ``ver.di``), else its canonical name."""
    if org.acronym and org.acronym in org.aliases and not _spelled_out(org):
        return org.acronym
    if org.aliases and not any(m.end - m.start >= len(org.name) for m in org.mentions):
        return max(org.aliases, key=len)
    return org.name


def _spelled_out(org: Organization) -> bool:
    """Whether the article writes *org* longer than its acronym (its name, or a form
    of its name), as one of its mentions' lengths tells."""
    short = len(org.acronym or "") + 2
    return any(m.end - m.start > short for m in org.mentions)


def _is_guild(org: Organization) -> bool:
    return "guild" in org.name.lower() or any("guild" in a.lower() for a in org.aliases)


def _initialled_forms(name: str) -> Iterator[str]:
    """*name* with its last two or three capitalized words written as their initials
    (``Capital and Coast District Health Board`` -> ``Capital and Coast DHB``, ``Capital
    and Coast HB``): a form the article may write it in, its own words first."""
    words = name.split()
    for k in (3, 2):
        tail = words[-k:]
        if len(words) > k and all(w[:1].isupper() and w[1:].islower() for w in tail):
            yield " ".join([*words[:-k], "".join(w[0] for w in tail)])


class ArticleOrgs:
    """Organizations of one article, with lookups by name and by position."""

    def __init__(self, text: str, orgs: Sequence[Organization], registry: Registry) -> None:
        self.text = text
        self.orgs = list(orgs)
        self.registry = registry
        self.by_name = {o.name: o for o in orgs}
        # (a parent named as one's affiliation is no antecedent of ``the union``: ``the
        # Graduate Workers Union, an affiliate of the UAW, ... The union said``)
        events = sorted(
            (s.start, i)
            for i, o in enumerate(orgs)
            for s in o.mentions
            if _affiliate_of_re().search(text, max(0, s.start - _AFFILIATION_REACH), s.start)
            is None
        )
        self.starts = [s for s, _ in events]
        self.owners = [i for _, i in events]
        #: ``Kestrel Care, a charity,``: the head nouns an appositive gives a body.
        self.described = _described_heads(text, orgs)
        # Every form the article wrote, for names the registry does not know.
        self.forms: dict[str, Organization] = {}
        for o in orgs:
            for form in (o.name, *o.aliases):
                self.forms.setdefault(" ".join(form.split()), o)
                if form.endswith(".") and " " in form:
                    # (``Orrin Aircraft Co`` of ``Orrin Aircraft Co.``: a sentence's full
                    # stop may take the name's)
                    self.forms.setdefault(" ".join(form[:-1].split()), o)
            for form in _initialled_forms(o.name):
                self.forms.setdefault(form, o)
            trade_less = _without_trade(o) if o.kind is OrgKind.EMPLOYER else None
            if trade_less is not None:
                # ``Halbrook Philharmonic's chief executive`` of ``Halbrook
                # Philharmonic Orchestra``, ``Harbour & Vine's`` of ``Harbour & Vine
                # Theatre Company``
                self.forms.setdefault(trade_less, o)
        self.first_words = {f.split(" ", 1)[0] for f in self.forms}
        self.cache: dict[str, Organization | None] = {}
        self._led: dict[str, list[Organization]] | None = None  # (:meth:`company_led_by`)
        self._headed: dict[str, list[Organization]] | None = None  # (:meth:`headed_by`)
        #: the names of the organizations :meth:`add_quoted` added.
        self.quoted: set[str] = set()
        #: the organizations no table knows that the article quotes, for
        #: ``Article.organizations`` (:func:`laborquotes._quoted_orgs.with_quoted`).
        self.listed: list[Organization] = []
        #: speakers quoted by a bare name (:meth:`add_untitled`), by position.
        self.untitled_starts: list[int] = []
        self.untitled: list[Organization] = []
        # The most named organization of each kind (and of each kind with "Guild").
        self.top: dict[tuple[OrgKind, bool], Organization] = {}
        for o in orgs:
            for key in ((o.kind, False), (o.kind, True)):
                if key[1] and not _is_guild(o):
                    continue
                best = self.top.get(key)
                if best is None or len(o.mentions) > len(best.mentions):
                    self.top[key] = o

    def headed_by(self, word: str) -> Organization | None:
        """The one organization of the article whose name of two words or more ends
        with *word* (``Orchestra`` of ``Harbourlight Symphony Orchestra``), or ``None``
        (the last words are indexed once per article)."""
        if self._headed is None:
            self._headed = {}
            for o in self.orgs:
                if " " in o.name:
                    self._headed.setdefault(o.name.rsplit(" ", 1)[1], []).append(o)
        found = self._headed.get(word, [])
        return found[0] if len(found) == 1 else None

    def company_led_by(self, word: str) -> Organization | None:
        """The one company of the article whose name of two words or more opens with
        *word* (``Northmoor`` of ``Northmoor Railways``), or ``None``."""
        if self._led is None:
            self._led = {}
            for o in self.orgs:
                if o.kind is OrgKind.EMPLOYER and " " in o.name:
                    self._led.setdefault(o.name.split(" ", 1)[0], []).append(o)
        found = self._led.get(word, [])
        # (one company, though written with and without its legal form or its last full
        # stop: ``Orrin Aircraft Co.``, ``Orrin Aircraft Co``, ``Orrin Aircraft``)
        names = {company_short_form(o.name.rstrip(".")) for o in found}
        return found[0] if len(names) == 1 else None

    def add_quoted(self, org: Organization) -> None:
        """Hold *org* too, for the lookups by position only: an organization the
        registry lacks that the article quotes by name (``Midland Coachways said``), so
        that a later ``its chief executive`` or ``the company's spokesman`` can mean it."""
        if org.name in self.quoted:
            return
        self.quoted.add(org.name)
        self.orgs.append(org)
        if self._headed is not None and " " in org.name:
            self._headed.setdefault(org.name.rsplit(" ", 1)[1], []).append(org)
        if self._led is not None and org.kind is OrgKind.EMPLOYER and " " in org.name:
            # (held as :meth:`company_led_by` would read it again: the last one in)
            self._led.setdefault(org.name.split(" ", 1)[0], []).append(org)
        for s in org.mentions:
            i = bisect.bisect_right(self.starts, s.start)
            self.starts.insert(i, s.start)
            self.owners.insert(i, len(self.orgs) - 1)

    def add_untitled(self, org: Organization) -> None:
        """Hold *org* for :meth:`pronoun_owner` only: an organization of no known kind,
        or a speaker quoted by a bare proper name with no title (``Fernhill Haulage
        said``), which a person or a company may be; ``its chief executive`` right after
        can only mean an organization."""
        for s in org.mentions:
            i = bisect.bisect_right(self.untitled_starts, s.start)
            self.untitled_starts.insert(i, s.start)
            self.untitled.insert(i, org)

    def last_named(self, pos: int, reach: int) -> Organization | None:
        """The organization named last before *pos*, if at most *reach* before it and
        not a news outlet (``told the AP``: the reporter's, not the speaker's)."""
        i = bisect.bisect_left(self.starts, pos) - 1
        if i < 0 or self.starts[i] < pos - reach:
            return None
        org = self.orgs[self.owners[i]]
        return None if org.kind is OrgKind.MEDIA else org

    def pronoun_owner(self, pos: int) -> Organization | None:
        """Whose office ``its`` / ``their`` before *pos* means: the organization named
        last before it (a broadcaster aside), or a speaker quoted by a bare name since."""
        subject = self._sentence_subject(pos)
        if subject is not None:
            return subject
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= pos - _ORG_WINDOW:
            org = self.orgs[self.owners[i]]
            if org.kind is not OrgKind.MEDIA:
                break
            i -= 1
        j = bisect.bisect_left(self.untitled_starts, pos) - 1
        bare = self.untitled_starts[j] if j >= 0 else -1
        if j >= 0 and bare >= pos - _ORG_WINDOW and (i < 0 or self.starts[i] < bare):
            return self.untitled[j]
        if i >= 0 and self.starts[i] >= pos - _ORG_WINDOW:
            return self.orgs[self.owners[i]]
        return None

    def _sentence_subject(self, pos: int) -> Organization | None:
        """For ``Its`` opening a sentence at *pos*: the organization that opens the
        sentence before, its subject (``The TUC, of which Unite is a member, said ...
        Its general secretary``), not one named later in a clause of that sentence."""
        text = self.text
        head = text[max(0, pos - _SUBJECT_REACH) : pos]
        if not head or head.rstrip()[-1:] not in _SENTENCE_ENDS or text[pos : pos + 1].islower():
            return None
        cut = len(head.rstrip()) - 1
        prev = max(head.rfind(". ", 0, cut), head.rfind("\n", 0, cut))
        if prev < 0 and pos > len(head):
            return None  # (the sentence before opens before the reach, or is the first)
        start = pos - len(head) + prev + 1
        start += len(text[start:pos]) - len(text[start:pos].lstrip())
        org = self._opening_org(start)
        fronted = _fronted_re().match(text, start, pos) if org is None else None
        if fronted is not None:
            org = self._opening_org(fronted.end())  # (``In a statement, the HSE said``)
        if org is not None:
            return None if org.kind is OrgKind.MEDIA else org
        # (``In a statement, the trust said ... Its chief operating officer``: a
        # reference as the subject, after a fronted phrase or none)
        m = _subject_reference_re().match(text, start, pos)
        if m is None:
            return None
        ref, _ = self.reference(m.group("ref"), m.start("ref"))
        return None if ref is None or ref.kind is OrgKind.MEDIA else ref

    def _opening_org(self, start: int) -> Organization | None:
        """The organization named at *start*, or a few characters after it (``The``)."""
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.starts) and self.starts[i] - start <= _SUBJECT_LEAD:
            return self.orgs[self.owners[i]]
        return None

    def add_forms(self, forms: Iterable[tuple[str, Organization]]) -> None:
        """More written forms for the organizations (a company's short name), before any
        lookup; a form already taken keeps its organization."""
        for form, org in forms:
            self.forms.setdefault(form, org)
            self.first_words.add(form.split(" ", 1)[0])

    def lookup(self, phrase: str) -> Organization | None:
        """The article's organization named in *phrase* (``Local 7 leadership``)."""
        if phrase in self.cache:
            return self.cache[phrase]
        hit = self.registry.first_in(phrase)
        found = self.by_name.get(hit[0].name, hit[0]) if hit is not None else None
        if found is None and self.forms:
            found = self._article_form(phrase)
        self.cache[phrase] = found
        return found

    def _article_form(self, phrase: str) -> Organization | None:
        words = phrase.split()[:_MAX_WORDS]
        for i, first in enumerate(words):
            if (
                possessive_stripped(first.strip(_EDGE_PUNCT)) not in self.first_words
                and first not in self.first_words  # (``St.`` of ``St. Adelaide``)
            ):
                continue
            for j in range(min(len(words), i + _MAX_FORM_WORDS), i, -1):
                cand = possessive_stripped(" ".join(words[i:j]).strip(_EDGE_PUNCT))
                org = self.forms.get(cand)
                if org is not None:
                    return org
        return None

    def _before(self, pos: int) -> Iterator[Organization]:
        """The organizations named in the window before *pos*, the nearest first."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= pos - _ORG_WINDOW:
            yield self.orgs[self.owners[i]]
            i -= 1

    def nearest(
        self,
        kinds: Sequence[OrgKind],
        pos: int,
        guild: bool,
        *,
        party: bool = True,
        bodies: bool = True,
    ) -> Organization | None:
        """The organization of *kinds* named last before *pos*, else the most named one
        (not a political party unless *party*: ``the ministry`` is none; nor a public
        body unless *bodies*: ``the government`` is no ``Pay Review Commission``, which
        its own noun or ``the agency`` points at)."""
        for kind in kinds:
            for org in self._before(pos):
                if (
                    org.kind is kind
                    and (not guild or _is_guild(org))
                    and (party or not _party(org))
                    and (bodies or not _public_body(org))
                ):
                    return org
            top = self.top.get((kind, guild))
            if top is not None and (party or not _party(top)) and (bodies or not _public_body(top)):
                return top
        if guild:
            return self.nearest(kinds, pos, guild=False, party=party, bodies=bodies)
        return None

    def nearest_named(self, head: str, pos: int) -> Organization | None:
        """The organization named last before *pos* whose name's head is the word *head*:
        its last word, or its first or one before ``of`` (``Wexbridge University``,
        ``University of Leeds``; not ``Wexbridge University Faculty Association``)."""
        for org in self._before(pos):
            words = org.name.casefold().split()
            if head in words and _headed_by(words, head):
                return org
        # (a body an appositive described with the noun: ``the Maharashtra Shikshak
        # Mahasangh, a federation of teachers' unions, ... The federation said``)
        for start, org in reversed(self.described.get(head, ())):
            if pos - _ORG_WINDOW <= start < pos:
                return org
        return None

    def reference(self, phrase: str, pos: int) -> tuple[Organization | None, bool]:
        """Resolve a generic reference; the flag says whether *phrase* was one."""
        if _a_class_of(phrase):
            return None, False
        head, kinds, guild = _reference_words(phrase)
        if head is not None:
            org = self.nearest_named(head, pos)
            if org is None and head in _HEAD_FALLBACKS:
                org = self.nearest_named(_HEAD_FALLBACKS[head], pos)  # (``the authority``)
            if org is not None:
                return org, True
        if kinds is not None:
            words = phrase.casefold().split()
            if "agency" in words:
                return self._agency(pos) or self.nearest(kinds, pos, guild, party=False), True
            bodies = _GOVERNMENT_WORDS.isdisjoint(words)
            return self.nearest(kinds, pos, guild, party="party" in words, bodies=bodies), True
        return None, False

    def _agency(self, pos: int) -> Organization | None:
        """The public body or the business named last before *pos*: ``the agency`` is a
        government's or a firm's (``Glenmore Home Support Services ... the agency's
        director``), whichever the text has just named."""
        for org in self._before(pos):
            head = org.name.rsplit(None, 1)[-1].casefold()
            if org.kind in _AGENCY_KINDS and not _party(org) and head not in _NO_AGENCIES:
                return org
        return None

    def resolve(self, written: str | None, pos: int) -> tuple[Organization | None, str | None]:
        """The organization *written* names, and the name to show for the speaker."""
        if written is None or not written.strip():
            return None, written
        org = self.lookup(written)
        if org is not None:
            return org, as_introduced(org, written)
        named = _described_name_re().match(written)
        if named is not None:
            # ``the research firm Carrick Partners``: the name the description introduces,
            # no reference to another firm of the article
            org = self.lookup(named["name"])
            return (org, as_introduced(org, named["name"])) if org is not None else (None, written)
        if REFERENCE_START().match(written) is not None:
            ref, _ = self.reference(written, pos)
            if ref is not None:
                return ref, display_name(ref)
        bare = written.strip()
        if bare.lower() in _CAPITALIZED_HEADS and bare[:1].isupper() and bare[1:].islower():
            # ``University spokesperson Ana Ruiz``: a body's common noun, capitalized as
            # a house style writes its own institution, refers as ``the university`` does
            ref, _ = self.reference("the " + bare.lower(), pos)
            if ref is not None:
                return ref, display_name(ref)
        return None, written
