"""Companies no table knows that the article describes in apposition as a business.

``Shares in Hartwell Stores, the struggling supermarket chain, fell ...``, ``Brantley
Foods, a Leeds-based food manufacturer, said ...``: the apposition says the name is a
company's, though no table knows it. The company joins the article's organizations (as
an employer, the kind companies have), so that a later ``the company`` or ``The group``
resolves to it by position, as it does for a company the registry knows.

A name is read before a comma and ``the``/``a``/``an``, up to three lower-case words
and a noun of :data:`~laborquotes._vocab.APPOSITIVE_BUSINESS_NOUNS` followed by a comma,
a full stop or a semicolon; or, as wire copy writes it, right after such a noun
(``Australian airline Austral Skyways``, ``carmaker Daehan Motor Co``), up to a word
in lower case. The name is one to five capitalised words (joiners between
them), read back from the comma; it opens no sentence with a function word and no
person's given name (``Ana Ruiz, the group's founder`` is a person), and is no outside
expert's workplace (``an analyst at Pennock Stirling, the bank``, ``an analyst at the
Leeds-based bank Orvik``: a third party whom a later ``the company`` does not mean).
One scan for the comma and the article, one for the kinds of business, find the
candidates; each name is read in a bounded window, so the work is linear.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator, Sequence

import regex

from . import _places as places
from ._dates import CALENDAR_NAMES
from ._dispute import expert_affiliation, owner_mentions
from ._model import Organization, OrganizationIndex, OrgKind
from ._org_names import LEGAL_ABBREVIATIONS
from ._owners import is_given_name
from ._patterns import alternation, lazy, lazy_stdlib
from ._quoted_orgs import with_found
from ._roles import hint_kind
from ._vocab import (
    APPOSITIVE_BUSINESS_NOUNS,
    BUSINESS_WORDS,
    JOB_LIKE_BUSINESS_NOUNS,
    ORG_NAME_JOINERS,
    SUBJECT_STARTS,
    TITLE_PREPOSITIONS,
)

__all__ = ["MAX_DESCRIBED", "name_before", "with_described_companies"]

#: At most this many companies are read from one text (a long export stays cheap).
MAX_DESCRIBED = 50
#: How far back from the comma a name is read.
_NAME_REACH = 80
#: How many words before a company's name (its kind, its base) an expert's title may
#: end, and how long such a word may be.
_LEAD_WORDS = 3
_WORD_REACH = 30
_NOT_FIRST = frozenset(SUBJECT_STARTS)
_LEGAL_FORMS = frozenset(LEGAL_ABBREVIATIONS)
#: The kinds of business read before a name, those that are jobs too among them.
_KINDS_BEFORE = (*APPOSITIVE_BUSINESS_NOUNS, *JOB_LIKE_BUSINESS_NOUNS)
_JOB_LIKE = frozenset(JOB_LIKE_BUSINESS_NOUNS)
_BUSINESS_WORDS = frozenset(BUSINESS_WORDS)


@lazy_stdlib
def _apposition_re() -> str:
    """A comma, an article, up to three lower-case words and a business noun."""
    nouns = "|".join(sorted(APPOSITIVE_BUSINESS_NOUNS, key=len, reverse=True))
    # (no preposition among them: ``a lawyer for the company`` describes a person)
    preps = "|".join((*TITLE_PREPOSITIONS, "the"))
    return rf"""
        ,[ ](?:the|an?)[ ]          # the apposition's article
        (?:(?:(?!(?:{preps})[ ])[a-z][a-z'’-]*|[A-Z][a-z]+-(?:based|listed|owned|run))[ ]){{0,3}}?
                                    # up to three words of its trade or its base
        (?:{nouns})                 # the kind of business
        (?=[,.;])                   # and the apposition's end
    """


@lazy_stdlib
def _kind_before_re() -> str:
    """The space between a kind of business and a capital (``airline Austral``): the
    capital first, then the last two letters of a kind, then the kinds (so that the
    look-behinds run at few places; ``re`` reads each of fixed width)."""
    ends = "|".join(sorted({n[-2:] for n in _KINDS_BEFORE}))
    kinds = "|".join(f"(?<={n}[ ])" for n in _KINDS_BEFORE)
    return rf"[ ](?=[A-Z])(?<=(?:{ends})[ ])(?:{kinds})"


@lazy_stdlib
def _name_at_re() -> str:
    """A company's name of capitalised words (``Austral Skyways``, ``Rheinwerk Automobil
    AG``), joiners between them, as wire copy writes it after its kind."""
    word = r"[A-Z][\w&'’.-]*"
    return rf"{word}(?:[ ](?:(?:of|and|&|de|del|do|da|du)[ ])?{word}){{0,3}}"


@lazy
def _name_before_re() -> str:
    """Capitalised words (joiners between them) right before the end of a window."""
    joiner = alternation(ORG_NAME_JOINERS)
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*+"
    # (one space between the words: the name's place is read back from its length)
    return rf"(?<![\w'’-]){word}(?:[ ](?:{joiner}[ ])?{word}){{0,4}}+\Z"


def _described(text: str) -> Iterator[tuple[int, str, OrgKind]]:
    """The names an apposition after them or a kind of business before them describes,
    and the names written as a workplace's owner or operator (``the operator, Tarn
    Buses,``; :func:`~._dispute.owner_mentions`), with where each starts and the kind
    its description tells, in order."""
    after = ((m.start(), m.end()) for m in _apposition_re().finditer(text))
    before = ((m.end(), -1) for m in _kind_before_re().finditer(text))
    owners = {
        at: name
        for at, name in itertools.islice(owner_mentions(text, people=False), MAX_DESCRIBED)
        if _owner_named(name) and not _written_longer(text, name)
    }
    for at, end in heapq.merge(after, before, ((at, -2) for at in owners), key=lambda h: h[0]):
        if end == -2:
            # (a company, unless its name is a public body's or a party's: ``owned by
            # the Democratic National Committee``)
            public = hint_kind(owners[at]) is OrgKind.GOVERNMENT
            yield at, owners[at], OrgKind.GOVERNMENT if public else OrgKind.EMPLOYER
            continue
        hit = name_before(text, at) if end >= 0 else _name_after(text, at)
        if hit is not None:
            described = text[at:end] if end >= 0 else _lead_words(text, at)
            yield (*hit, _kind(described))


def _written_longer(text: str, name: str) -> bool:
    """Whether *text* writes *name* elsewhere as the first words of a longer name
    (``Lakefront`` of ``Lakefront University Health``): the longer one is the company."""
    return regex.search(rf"(?<![\w-]){regex.escape(name)} \p{{Lu}}", text) is not None


def _owner_named(name: str) -> bool:
    """Whether an owner's *name* may be a company's: no person's (``owned by Tom
    Hale``), no place's (``run by Ontario``), no sentence's opener, no month or day."""
    first = name.split(" ", 1)[0]
    return not (
        first in _NOT_FIRST
        or first in CALENDAR_NAMES
        or is_given_name(first)
        or places.is_region(name)
    )


def _lead_words(text: str, at: int) -> str:
    """Up to :data:`_LEAD_WORDS` words in lower case before *at* (``digital consulting
    firm`` before ``Brightwell``), the kind of business last."""
    words = text[max(0, at - _LEAD_WORDS * _WORD_REACH) : at].split()[-_LEAD_WORDS:]
    while words and not words[0].islower():
        words = words[1:]
    return " ".join(words)


def _kind(described: str) -> OrgKind:
    """A described company's kind: an employer, as companies are, unless its
    description tells a body of another kind (``the consulting firm``, ``a rights
    group``: no employer in a dispute, and their people no management)."""
    return OrgKind.OTHER if hint_kind(described) is OrgKind.OTHER else OrgKind.EMPLOYER


def _name_after(text: str, at: int) -> tuple[int, str] | None:
    """The company name that a kind of business opens at *at* (``airline Austral
    Skyways``), without a possessive's mark; none after a word's letters (``airliner``),
    for a day or a person."""
    kind = next(n for n in _KINDS_BEFORE if text.endswith(n + " ", 0, at))
    before = at - len(kind) - 2
    if before >= 0 and (text[before].isalnum() or text[before] in "-_"):
        return None  # (``sub-contractor``, ``jetliner``: inside a word)
    m = _name_at_re().match(text, at)
    if m is None:
        return None
    name = _sentence_cut(m.group()).removesuffix("'s").removesuffix("’s")
    first = name.split(" ", 1)[0]
    # (not ``the bank Friday``: a day or a month names no company)
    if first in _NOT_FIRST or first in CALENDAR_NAMES or is_given_name(first):
        return None
    if all(w in _LEGAL_FORMS for w in name.split()):
        return None
    if kind in _JOB_LIKE and name.rsplit(" ", 1)[-1] not in _BUSINESS_WORDS:
        return None  # (``crane operator Zach Moran``: a person)
    return at, name


def _affiliated(text: str, at: int) -> bool:
    """Whether the name at *at*, or the phrase of up to :data:`_LEAD_WORDS` words before
    it, is an outside expert's workplace (``an analyst at the Leeds-based bank Orvik``)."""
    for _ in range(_LEAD_WORDS + 1):
        if expert_affiliation(text, at):
            return True
        space = text.rfind(" ", max(0, at - _WORD_REACH), max(0, at - 1))
        if space < 0 or text[space + 1 : at].strip() in ("", ",") or "\n" in text[space:at]:
            return False
        at = space + 1
    return False


def _sentence_cut(name: str) -> str:
    """*name* up to a full stop that ends a sentence (``Theranos. Forbes`` -> ``Theranos``):
    one after no legal form and no initial (``Co.``, ``L.H.`` keep theirs)."""
    words = name.split(" ")
    for k, w in enumerate(words):
        if _ends_sentence(w):
            return " ".join([*words[:k], w[:-1]])
    return name


def _ends_sentence(word: str) -> bool:
    """Whether *word* ends a sentence: a full stop after no legal form and no initials
    (``Co.``, ``L.H.``, ``J.`` keep theirs)."""
    initials = "." in word[:-1] or len(word) <= 2
    return word.endswith(".") and word[:-1] not in _LEGAL_FORMS and not initials


def name_before(text: str, at: int) -> tuple[int, str] | None:
    """The name of capitalised words that ends at *at* (a comma; a space before a body's
    noun, for :mod:`._named_bodies`), with where it starts: no sentence before it, no
    article or sentence opener at its front, no person's given name first."""
    lo = max(0, at - _NAME_REACH)
    m = _name_before_re().search(text, lo, at)
    if m is None:
        return None
    words = m.group().split()
    for k in range(len(words) - 2, -1, -1):
        if _ends_sentence(words[k]):
            words = words[k + 1 :]  # (``said on Tuesday. Acme Corp, the lender,``)
            break
    while words and (words[0] in _NOT_FIRST or words[0].lower() in _NOT_FIRST):
        words = words[1:]  # (``The Hartwell Group``: the article opens no name)
    if not words or is_given_name(words[0]) or all(w in _LEGAL_FORMS for w in words):
        return None  # (a person; or ``Ltd``, what is left of a name the scan cannot read)
    name = " ".join(words)
    return at - len(name), name


def with_described_companies(text: str, orgs: Sequence[Organization]) -> list[Organization]:
    """*orgs* and the companies *text* describes as a business in apposition (see the
    module), each with every place its name is written, in order of first mention."""
    index = OrganizationIndex(orgs)
    found: dict[str, tuple[int, OrgKind]] = {}
    for at, name, kind in _described(text):
        if name in found or index.find(name) is not None:
            continue
        if _affiliated(text, at):
            continue  # (``an analyst at Pennock Stirling, the bank``: a third party)
        found[name] = (at, kind)
        if len(found) >= MAX_DESCRIBED:
            break
    return with_found(text, orgs, found)
