"""Organizations the registry lacks that an article quotes by name.

``Midland Coachways said the offer was fair.`` names a company that no table knows. A
later ``Its chief executive, Ana Ruiz, said`` or ``The company's managing director``
means it, and the position lookups of :class:`~laborquotes._coref.ArticleOrgs` can only
find what they hold. This module reads such names from the group speakers the enrichment
resolves: a proper name of two or more capitalised words (joiners aside), which the
registry does not know. One word alone is left out: at the start of a sentence it may be a common
noun (``Officials said``).

:func:`with_quoted` lists them in ``Article.organizations`` too, with the registry's,
so that counts of who gets a voice see them: a group speaker's name, a person's
organization (``chief executive of Bluewing Ltd``), or a speaker quoted by a bare name,
when the name reads as an organization's by itself (:func:`listable`: ``Fernhill
Haulage``, ``Northshire Police``; a bare ``Ana Ruiz said`` may be anyone).
"""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

import attrs
import regex

from . import _vocab as V
from ._model import Organization, OrganizationIndex, OrgKind, Span, first_mention
from ._org_names import _lazy, literal_matches
from ._vocab import COUNTRY_ACRONYMS, ORG_NAME_JOINERS, ORG_WORDS, SUBJECT_STARTS

if TYPE_CHECKING:
    from ._orgs import OrgEntry, Registry

__all__ = [
    "BUSINESS_WORDS",
    "MASTHEAD_WORDS",
    "every_mention",
    "listable",
    "managed_name",
    "proper_name",
    "quoted_organization",
    "with_found",
    "with_quoted",
]

#: Last words of a business's name (:data:`~laborquotes._vocab.BUSINESS_WORDS`): a speaker
#: quoted by such a bare name is an organization, not a person.
BUSINESS_WORDS: frozenset[str] = frozenset(V.BUSINESS_WORDS)
#: Last words of newspapers' names that are not in ``ORG_WORDS`` (``Daily Telegraph``).
MASTHEAD_WORDS: tuple[str, ...] = (
    "Advertiser", "Argus", "Bulletin", "Chronicle", "Courier", "Echo", "Examiner",
    "Express", "Guardian", "Independent", "Mail", "Mercury", "Mirror", "Observer",
    "Record", "Sentinel", "Standard", "Star", "Telegraph",
)  # fmt: skip
#: Head nouns of organizations' names (``Northshire Police``, ``Ministry of Labour``).
_HEADS = frozenset((*ORG_WORDS, *MASTHEAD_WORDS))
#: Words that open a description of people, not a name (``Former Acme Group staff``).
_DESCRIPTIVE_LEADS = frozenset(("Ex", "Former", "Senior", "Then", "Top"))
_COUNTRY_ACRONYMS = frozenset(COUNTRY_ACRONYMS)
#: Most organizations of one article whose every mention is looked for.
_MAX_LISTED = 200

#: Lower-case words that may join the capitalised words of a name (``Bank of India``,
#: ``Bank of the West``): the grammar's joiners, and ``the`` after them.
NAME_JOINERS: frozenset[str] = frozenset((*ORG_NAME_JOINERS, "the"))
#: Capitalised function words that open a phrase, not a name (``Other Republicans``).
_NOT_FIRST = frozenset(SUBJECT_STARTS) - {"The"}
#: Articles that may open a name as written (``The Acme Group said``).
_ARTICLES = ("The ", "the ")
#: How far after a person's source span their organization may be written.
_APPOSITION_REACH = 160
#: Longest name read, in words.
_MAX_WORDS = 8


def _proper(name: str, least: int) -> bool:
    """Whether *name* reads as an organization's proper name of at least *least* words
    (``Bowen Ridge Resources``, ``State Bank of India``; not ``Union members``). A name
    that lists its portfolios with commas may be longer by a word for each comma (``the
    Ministry of Labour, Immigration, Training and Skills Development``)."""
    words = name.split()
    longest = _MAX_WORDS + name.count(",")
    if not least <= len(words) <= longest or words[-1] in NAME_JOINERS:
        return False
    if words[0] in _NOT_FIRST:
        return False
    capitals = 0
    for w in words:
        if w[:1].isupper() or w[:1].isdigit():
            capitals += 1
        elif w not in NAME_JOINERS:
            return False
    return capitals >= least


@functools.lru_cache(maxsize=4096)  # (asked at every quotation of the same speaker)
def proper_name(name: str, *, speaker: bool) -> str | None:
    """*name* without a leading article, when it reads as an organization's proper name
    (``None`` otherwise): a group speaker's (*speaker*: two words at least, since one
    may be a common noun opening a sentence) or a person's organization (``chief
    operating officer of Skyward``)."""
    for article in _ARTICLES:
        name = name.removeprefix(article)
    return name if _proper(name, 2 if speaker else 1) else None


def quoted_organization(
    text: str, name: str, where: Span, kind: OrgKind, *, speaker: bool
) -> Organization | None:
    """The organization of *kind* called *name* (a :func:`proper_name`), written in
    *where* or, for a person's organization (not *speaker*), in the apposition after it
    (``None``: not written there)."""
    at = text.rfind(name, where.start, where.end + (0 if speaker else _APPOSITION_REACH))
    if at < 0:
        return None
    return Organization(name=name, kind=kind, mentions=(Span(start=at, end=at + len(name)),))


def listable(name: str) -> bool:
    """Whether *name*, an organization no table knows, reads as one by itself: two
    words at least, the last a head noun or a business's word (``Northshire Police``,
    ``Fernhill Haulage``) or the first a head noun with a joiner after it (``Ministry of
    Labour``); not a description (``Former Ruiz aides``, ``Kentucky Republican``)."""
    words = name.split()
    if len(words) > 2 and words[-1] in _COUNTRY_ACRONYMS:
        words = words[:-1]  # (a national arm: ``Brightwater Steel UK``)
    if len(words) < 2 or words[0] in _DESCRIPTIVE_LEADS:
        return False
    if words[-1] in BUSINESS_WORDS or words[-1] in _HEADS:
        return True
    # (not ``University of Leeds and Professor Ruiz``: two speakers)
    return words[0] in _HEADS and words[1] in NAME_JOINERS and "and" not in words[2:]


def with_quoted(
    text: str,
    orgs: tuple[Organization, ...],
    quoted: Sequence[Organization],
    registry: Registry,
    managed: Collection[str] = (),
) -> tuple[Organization, ...]:
    """*orgs* (what the registry found) and the *quoted* organizations, one record per
    organization, in order of first mention as the registry lists its own.

    A quoted name the registry knows but did not read where it stands (``Unison branch
    secretary``, at the start of a sentence) is that entry; a name one of *orgs* is
    written as is that organization; any other must be :func:`listable`, or be an
    employer whose management the article quotes (*managed*) with a name no common
    word shares (:func:`managed_name`). Each new record has every place its name is
    written."""
    index = OrganizationIndex(orgs)
    extra: dict[str, Organization] = {}
    # A name asked before has its answer (a speaker quoted again is held again): the
    # first organization of that name is kept, or none is.
    asked: set[str] = set()
    for org in quoted:
        if org.name in asked:
            continue
        asked.add(org.name)
        key = " ".join(org.name.split()).casefold()
        if key in extra or index.find(org.name) is not None:
            continue
        entry = registry.get(org.name)
        if entry is not None:
            if index.find(entry.name) is None:
                extra[key] = _registered(org, entry)
        elif listable(org.name) or (org.name in managed and managed_name(text, org.name)):
            extra[key] = _masthead(org)
    if not extra:
        return orgs
    found = list(extra.values())
    out = [*orgs, *every_mention(text, found[:_MAX_LISTED]), *found[_MAX_LISTED:]]
    out.sort(key=first_mention)
    return tuple(out)


def managed_name(text: str, name: str) -> bool:
    """Whether *name*, written before a manager's title (``Parcelfast spokesman``), is
    an organization's: not a common word capitalised at a sentence start (``Company
    spokesman``), which *text* writes in lower case too, nor a description with a
    possessive in it."""
    if "'s " in name or "’s " in name:
        return False  # (``Acme's Lib Dem group``: a description, the name cut short)
    if " " in name:
        return True
    return _common_word(name.lower()).search(text) is None


@functools.lru_cache(maxsize=256)
def _common_word(word: str) -> regex.Pattern[str]:
    return regex.compile(rf"(?<![\w-]){regex.escape(word)}(?![\w-])")


def _masthead(org: Organization) -> Organization:
    """*org*, a newspaper when its kind is not known and its name ends as one does
    (``Orlando Sentinel``)."""
    if org.kind is OrgKind.OTHER and org.name.rsplit(None, 1)[-1] in MASTHEAD_WORDS:
        return attrs.evolve(org, kind=OrgKind.MEDIA)
    return org


def _registered(org: Organization, entry: OrgEntry) -> Organization:
    """*org*, a name the registry knows, as its entry names it (the form written kept)."""
    return Organization(
        name=entry.name,
        acronym=entry.acronym,
        kind=entry.kind,
        country=entry.country,
        aliases=(org.name,) if org.name != entry.name else (),
        mentions=org.mentions,
    )


#: A character that may not touch a name written again: the look-behind and the
#: look-ahead of :func:`every_mention`.
_NAME_CHAR = r"[\w&'’-]"
_name_char = _lazy(_NAME_CHAR)


def with_found(
    text: str, orgs: Sequence[Organization], found: dict[str, tuple[int, OrgKind]]
) -> list[Organization]:
    """*orgs* and the organizations *found* (name -> where it is first written, kind),
    each with every place its name is written, in order of first mention."""
    if not found:
        return list(orgs)
    new = [
        Organization(name=n, kind=kind, mentions=(Span(start=at, end=at + len(n)),))
        for n, (at, kind) in found.items()
    ]
    out = [*orgs, *every_mention(text, new)]
    out.sort(key=first_mention)
    return out


def every_mention(text: str, orgs: list[Organization]) -> list[Organization]:
    """*orgs* with every place their names are written, found in one pass."""
    names = sorted({_written(o) for o in orgs}, key=len, reverse=True)
    spans: dict[str, set[tuple[int, int]]] = {n: set() for n in names}
    hits = literal_matches(text, names, _name_char(), _name_char())
    for start, end, name in hits:
        spans[name].add((start, end))
    out = []
    for o in orgs:
        found = spans[_written(o)] | {(s.start, s.end) for s in o.mentions}
        mentions = tuple(Span(start=a, end=b) for a, b in sorted(found))
        out.append(attrs.evolve(o, mentions=mentions))
    return out


def _written(org: Organization) -> str:
    """The name as the article wrote it (a registered one keeps it as its alias)."""
    return org.aliases[0] if org.aliases else org.name
