"""Unions no table knows that the article says represent a workforce.

Unions abroad keep names in their own languages (``Vereinigung Deutscher Flieger``,
``Sindicato de Estibadores``), and small ones have names no table holds. The article
tells what they are, though: ``the Vereinigung Deutscher Flieger (VDF), which
represents around 4,800 pilots,`` or ``Loom Workers Front, which represents garment
workers,``. Such a name is a union of the article, with its acronym when the article
defines one in parentheses, so that ``VDF spokesman Jan Roth`` is a union official.

A name written right after a workforce's ``union`` is one too (``the flight attendants'
union SNPCL``, ``the pilots' union Vereinigung Cockpit``): an acronym or capitalised
words, not an officer's title (``the nurses' union President Ana Ruiz``) nor a day. The
name before such a ``union`` is not read: ``the Kestrel workers' union`` names the
employer.

A name is read back from ``, which represents`` (or ``who represent``, ``that
represents``, ``representing``) when a workforce word
(:data:`~laborquotes._dispute.WORKFORCE_WORDS`) follows within a few words: two to six
capitalised words (joiners or particles between them: ``de``, ``der``), not a person's
(a given name first), nor a body the registry found; members or unions are no workforce
(an advocacy group or a federation represents them: :data:`NOT_WORKFORCE`). One scan
for the verb finds the candidates; each name is read in a bounded window, so the work
is linear.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence

import attrs

from ._dates import CALENDAR_NAMES
from ._dispute import WORKFORCE_WORDS
from ._model import Organization, OrganizationIndex, OrgKind, Span, first_mention
from ._owners import is_given_name
from ._patterns import alternation, lazy, lazy_stdlib
from ._quoted_orgs import every_mention
from ._vocab import (
    NAME_PARTICLES,
    ORG_NAME_JOINERS,
    SENTENCE_CONJUNCTIONS,
    SUBJECT_STARTS,
    TITLE_NOUNS,
)

__all__ = [
    "EMPLOYER_PLURALS",
    "MAX_REPRESENTED",
    "NOT_WORKFORCE",
    "UNION_NAME_JOINERS",
    "represented_employers",
    "with_represented_employers",
    "with_represented_unions",
]

#: At most this many unions are read from one text.
MAX_REPRESENTED = 20
#: How far back from the comma a name (and its acronym) is read.
_NAME_REACH = 120
#: How far after the verb the workforce word may come.
_WORKFORCE_REACH = 60
_NOT_FIRST = frozenset(SUBJECT_STARTS) | frozenset(SENTENCE_CONJUNCTIONS)
_TITLE_WORDS = frozenset(TITLE_NOUNS)


@lazy_stdlib
def _represents_re() -> str:
    """The verb of representing after a comma (``, which represents``)."""
    return r",[ ](?:(?:which|that|who)[ ]represents?|representing)[ ]"


#: Workforce words that an advocacy group or a federation represents too: no sign of
#: a union (``which represents 2 million members``, ``representing 40 unions``).
NOT_WORKFORCE: frozenset[str] = frozenset(("member", "members", "union", "unions"))
_UNION_WORKFORCE = tuple(w for w in WORKFORCE_WORDS if w not in NOT_WORKFORCE)


@lazy
def _workforce_re() -> str:
    """A workforce word, a few words on (``around 4,800 pilots``)."""
    return rf"(?:[\w,.’'-]++[ ]){{0,5}}?{alternation(_UNION_WORKFORCE)}(?![\w-])"


@lazy
def _name_re() -> str:
    """A name and its acronym in parentheses right before the end of a window."""
    joiner = alternation((*ORG_NAME_JOINERS, *NAME_PARTICLES))  # (``de``, ``der``)
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*+"
    name = rf"{word}(?:[ ](?:{joiner}[ ])?{word}){{0,5}}+"
    return rf"(?<![\w'’-])(?P<name>{name})(?:[ ]\((?P<acronym>\p{{Lu}}[\p{{Lu}}\p{{N}}&.-]++)\))?\Z"


#: Plurals of employers: a body that represents them is an employers' group (``the Aged
#: Care Association, which represents most providers,``), not a union.
EMPLOYER_PLURALS: tuple[str, ...] = (
    "airlines", "businesses", "companies", "contractors", "councils", "employers", "firms",
    "hospitals", "manufacturers", "owners", "producers", "providers", "retailers",
)  # fmt: skip


@lazy
def _employers_re() -> str:
    """An employers' plural, a few words on (``most aged-care providers``)."""
    return rf"(?:[\w,.’'-]++[ ]){{0,4}}?{alternation(EMPLOYER_PLURALS)}(?![\w-])"


def _candidates(text: str, *, employers: bool = False) -> Iterator[tuple[int, str, str | None]]:
    """Each name said to represent a workforce (or, with *employers*, employers):
    where it starts, it, its acronym."""
    for m in _represents_re().finditer(text):
        window = (text, m.end(), m.end() + _WORKFORCE_REACH)
        if (_employers_re() if employers else _workforce_re()).match(*window) is None:
            continue
        named = _name_re().search(text, max(0, m.start() - _NAME_REACH), m.start())
        if named is None:
            continue
        words = named.group("name").split(" ")
        while words and words[0] in _NOT_FIRST:
            words = words[1:]  # (``The Loom Workers Front``, ``But Unison``: no name's)
        if len(words) < 2 or is_given_name(words[0]):
            continue  # (one word may open a sentence; a given name, a person)
        name = " ".join(words)
        yield named.end("name") - len(name), name, named.group("acronym")


#: Words that join the words of a union's name written after ``union`` (``Sindicato de
#: Estibadores``); not ``on`` or ``for``, which go on with the sentence (``on Monday``).
UNION_NAME_JOINERS: tuple[str, ...] = (
    "&", "and", "da", "de", "del", "der", "des", "di", "do", "dos", "du", "la", "of",
)  # fmt: skip


@lazy_stdlib
def _union_of_re() -> str:
    """``union`` and a capital after it (``the pilots' union SNPCL``)."""
    return r"union[ ](?=[A-Z])"


@lazy
def _workforce_before_re() -> str:
    """A workforce's plural and its mark, right before ``union`` (``teachers' ``)."""
    return rf"(?<![\w-]){alternation(_UNION_WORKFORCE)}['’]?[ ]\Z"


@lazy
def _name_after_re() -> str:
    """A union's name after ``union``: an acronym, or capitalised words."""
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&-]*+"
    return rf"{word}(?:[ ](?:{alternation(UNION_NAME_JOINERS)}[ ])?{word}){{0,4}}+(?![\w'’-])"


def _named_unions(text: str) -> Iterator[tuple[int, str, str | None]]:
    """Each name written after a workforce's ``union`` (``the oil workers' union
    PENGASSAN``, ``the pilots' union Vereinigung Cockpit``): where it starts, it."""
    for m in _union_of_re().finditer(text):
        if (
            _workforce_before_re().search(text, max(0, m.start() - _WORKFORCE_REACH), m.start())
            is None
        ):
            continue
        named = _name_after_re().match(text, m.end())
        if named is None:
            continue
        name = named.group()
        first = name.split(" ", 1)[0]
        if first in _NOT_FIRST or first in CALENDAR_NAMES or first.lower() in _TITLE_WORDS:
            continue  # (``the nurses' union President Ana Ruiz``: its officer)
        if is_given_name(first):
            continue
        yield m.end(), name, None


def with_represented_unions(text: str, orgs: Sequence[Organization]) -> list[Organization]:
    """*orgs* and the unions *text* says represent a workforce (see the module), each
    with every place its name and its acronym are written, in order of first mention."""
    index = OrganizationIndex(orgs)
    found: dict[str, tuple[int, str | None]] = {}
    cues = heapq.merge(_candidates(text), _named_unions(text), key=lambda c: c[0])
    for start, name, acronym in cues:
        if name in found or index.find(name) is not None:
            continue
        if acronym is not None and index.find(acronym) is not None:
            continue  # (the registry's: ``the GMB``)
        found[name] = (start, acronym)
        if len(found) >= MAX_REPRESENTED:
            break
    if not found:
        return list(orgs)
    out = [*orgs, *(_union(text, name, at, acronym) for name, (at, acronym) in found.items())]
    out.sort(key=first_mention)
    return out


def represented_employers(text: str) -> frozenset[str]:
    """The names *text* says represent employers (``The Aged Care Association, which
    represents most providers,``): employers' groups, whatever their names say."""
    if ", " not in text or "represent" not in text:
        return frozenset()
    return frozenset(name for _, name, _ in _candidates(text, employers=True))


def with_represented_employers(
    named: frozenset[str], orgs: Sequence[Organization]
) -> list[Organization]:
    """*orgs*, each of no known kind that the text says represents employers (*named*:
    :func:`represented_employers`) made an employers' group."""
    if not named:
        return list(orgs)
    return [
        attrs.evolve(o, kind=OrgKind.EMPLOYER_GROUP)
        if o.kind is OrgKind.OTHER and o.name in named
        else o
        for o in orgs
    ]


def _union(text: str, name: str, at: int, acronym: str | None) -> Organization:
    """The union *name* first written at *at*, with every place it and its acronym are."""
    written = [
        Organization(name=name, kind=OrgKind.UNION, mentions=(Span(start=at, end=at + len(name)),))
    ]
    if acronym is not None:
        written.append(Organization(name=acronym, kind=OrgKind.UNION))
    spans = sorted({(m.start, m.end) for o in every_mention(text, written) for m in o.mentions})
    return Organization(
        name=name,
        acronym=acronym,
        kind=OrgKind.UNION,
        aliases=(acronym,) if acronym is not None else (),
        mentions=tuple(Span(start=a, end=b) for a, b in spans),
    )
