"""Public bodies no table knows, named by capitalised words before a body's noun.

``The Kestrel Harbour Authority has refused to meet the crews``, ``the Westmarch
Valley Health Trust``, ``the Arden Pay Review Commission``: a name that ends in a
noun of :data:`~laborquotes._vocab.PUBLIC_BODY_HEADS` is an organization's, though no
table knows it. It joins the article's organizations, so that a later ``the authority
said`` or ``the trust said`` resolves to it by position (``HEAD_REFERENCES``), and a
dispute may name it as the employer.

The name is one to four capitalised words (``of``, ``and`` or ``&`` between them),
read back from the noun in a bounded window, and ``of`` and capitalised words after
the noun (``Illinois State Board of Elections``); a sentence-initial function word or an
article is no part of it (``The Kestrel Harbour Authority`` -> ``Kestrel Harbour
Authority``), and a bare noun (``the Board``, ``The Authority``) names nothing. Its kind
is the one its words tell (:func:`~laborquotes._roles.hint_kind`: ``Health Trust``, an
employer), else government. One scan for the nouns finds the candidates, so the work is
linear. An acronym of the name's initials in brackets right after its first mention
(``the National Transport Authority (NTA)``) is the body's, and each later ``NTA`` one
of its mentions.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence

import attrs

from ._described_companies import name_before
from ._model import Organization, OrganizationIndex, OrgKind, Span
from ._org_names import _ACRONYM_DEF, before_titled_name, literal_matches, name_initials
from ._patterns import alternation, lazy, lazy_stdlib
from ._quoted_orgs import with_found
from ._roles import hint_kind
from ._vocab import (
    INSTITUTION_HEADS,
    LOCAL_GOVERNMENT_OF_HEADS,
    ORG_NAME_JOINERS,
    PLACE_GOVERNMENT_HEADS,
    PUBLIC_BODY_HEADS,
)

__all__ = ["MAX_BODIES", "named_bodies", "with_named_bodies"]

#: At most this many bodies are read from one text (a long export stays cheap).
MAX_BODIES = 50
#: Endings of a word that make the words no body's name: a possessive, a contraction.
_NOT_NAME_ENDINGS = ("'s", "’s", "'t", "’t")
#: The kinds a body's words may give it; any other reading leaves it a government's.
_TOLD_KINDS = frozenset((OrgKind.EMPLOYER, OrgKind.MEDIA, OrgKind.OTHER))


@lazy_stdlib
def _head_re() -> str:
    """A space, then a body's noun ending a word, after a word's last letter (the space
    first: a scan that opens with a look-behind has no fast search)."""
    heads = "|".join(
        h.replace(" ", "[ ]")  # (a head of two words: ``School District``)
        for h in sorted((*PUBLIC_BODY_HEADS, *_INSTITUTIONS), key=len, reverse=True)
    )
    return rf"[ ](?<=[A-Za-z.&'’][ ])(?:{heads})(?![\w'’-])"


@lazy
def _of_tail_re() -> str:
    """``of`` and capitalised words after the noun (``Board of Elections``,
    ``Commission of Inquiry``), part of the name."""
    # (a full stop only inside a word, ``St.John``: not one that ends a sentence before
    # the next's first word, ``of Nursing. Its``)
    word = r"\p{Lu}(?:[\p{L}\p{M}\p{N}&\-]|\.(?=\w))*+"
    return rf"[ ]of[ ](?:the[ ])?{word}(?:[ ](?:and[ ])?{word}){{0,3}}+(?<![.])"


def _named(text: str) -> Iterator[tuple[int, str]]:
    """The names that end in a body's noun, with where each starts, in order (the
    words before the noun read as :func:`~._described_companies.name_before` reads a
    company's)."""
    governing = _governing_heads(text)
    for m in _head_re().finditer(text):
        noun = text[m.start() + 1 : m.end()]
        longer = text.startswith(" ", m.end()) and text[m.end() + 1 : m.end() + 2].isupper()
        if noun in _OF_ONLY and (noun not in governing or longer):
            # (``City of Brackenridge``; not ``Mexico City``, ``Orange County``: places;
            # nor ``Wexcombe County`` of ``Wexcombe County Council``, a longer name)
            named = _institution_of(text, m)
            if named is not None:
                yield named
            continue
        found = name_before(text, m.start())
        if found is None:
            named = _institution_of(text, m)
            if named is not None:
                yield named  # ``the University of Wexmoor``: the noun, then ``of``
            continue
        start, words = found
        start, words = _after_other_body(start, words)
        if words.split(" ", 1)[0].lower() in ORG_NAME_JOINERS:
            continue  # (a bare noun after a joiner: ``of the Board``)
        if any(w.endswith(_NOT_NAME_ENDINGS) for w in words.split()):
            continue  # (``Don't Trust``, ``the Post's Board``: no name of a body)
        tail = _of_tail_re().match(text, m.end())
        # (``Board of Education President Ana Ruiz``: the name ends before the title)
        end = m.end() if tail is None else before_titled_name(text, m.end(), tail.end())
        yield start, text[start:end]


def _governing_heads(text: str) -> frozenset[str]:
    """The nouns of :data:`~laborquotes._vocab.PLACE_GOVERNMENT_HEADS` that *text* also
    writes in lower case, for a government (``the county said``, ``county officials``):
    then a place's name before one (``Tessaway County``) names that government too."""
    return frozenset(m.group().capitalize() for m in _governing_re().finditer(text))


@lazy
def _governing_re() -> str:
    heads = tuple(h.lower() for h in PLACE_GOVERNMENT_HEADS)
    return rf"(?<![\w-]){alternation(heads)}(?![\w-])"


def _institution_of(text: str, m: re.Match[str]) -> tuple[int, str] | None:
    """A university's, a college's or a local government's name that opens with its
    noun and goes on with ``of`` and capitalized words (``University of Wexmoor``,
    ``Town of Kelso Bay``), where *m* found the noun."""
    start = m.start() + 1
    if text[start : m.end()] not in _INSTITUTIONS:
        return None
    tail = _institution_tail_re().match(text, m.end())
    return (start, text[start : tail.end()]) if tail is not None else None


@lazy
def _institution_tail_re() -> str:
    """``of`` and up to three capitalized words (no full stop, no ``and``: ``University
    of Zurich and Gordon Hanson`` are two), the name ending there: not before another
    capitalized word, ``of`` or ``for``, or a possessive (``University of Texas School
    of Law``, ``University of Virginia's Center``: a longer name others read)."""
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&\-]*+"
    return rf"[ ]of[ ](?:the[ ])?{word}(?:[ ]{word}){{0,2}}+(?![ ](?:\p{{Lu}}|of[ ]|for[ ])|['’\w])"


def _after_other_body(start: int, words: str) -> tuple[int, str]:
    """*words* (written from *start*) from after another body's noun and its joiner
    (``X NHS Trust and Anglian Ambulance Service NHS Trust``: the second name only)."""
    parts = words.split(" ")
    for k in range(len(parts) - 2, 0, -1):
        if parts[k] in ORG_NAME_JOINERS and parts[k - 1] in _HEADS:
            cut = len(" ".join(parts[: k + 1])) + 1
            return start + cut, words[cut:]
    return start, words


_HEADS = frozenset(PUBLIC_BODY_HEADS)
#: Nouns whose name goes on with ``of`` and capitalized words (``University of Wexmoor``,
#: ``City of Brackenridge``).
_INSTITUTIONS = frozenset((*INSTITUTION_HEADS, *LOCAL_GOVERNMENT_OF_HEADS))
#: Of these, the nouns read only before ``of`` (a place's name before them is a place's).
_OF_ONLY = frozenset(LOCAL_GOVERNMENT_OF_HEADS)


def _within(orgs: Iterable[Organization]) -> Callable[[Span], bool]:
    """Whether a mention lies inside one of *orgs*' mentions, and is not that mention
    (the mention starting last at or before it is the one read)."""
    spans = sorted((m.start, m.end) for o in orgs for m in o.mentions)
    starts = [a for a, _ in spans]

    def inside(m: Span) -> bool:
        i = bisect.bisect_right(starts, m.start) - 1
        return i >= 0 and spans[i][1] >= m.end and spans[i] != (m.start, m.end)

    return inside


def _without_inner(orgs: list[Organization], bodies: set[str]) -> list[Organization]:
    """*orgs* without those written only inside a body's name (``NHS`` of ``Anglian
    Ambulance Service NHS Trust``: the trust is named, not the health service)."""
    inside = _within(o for o in orgs if o.name in bodies)
    return [o for o in orgs if o.name in bodies or not all(inside(m) for m in o.mentions)]


def _kind(name: str) -> OrgKind:
    """What kind of body *name* is: the kind its words tell, else a government's (a
    trust's: a charity's, ``other``)."""
    told = hint_kind(name)
    if told in _TOLD_KINDS:
        return told
    return OrgKind.OTHER if name.endswith(" Trust") else OrgKind.GOVERNMENT


def named_bodies(text: str) -> dict[str, tuple[int, OrgKind]]:
    """Every body *text* names (see the module): its name, where it is first written
    and its kind, in order of first mention. Read once: the bodies join the
    organizations in two steps (:func:`with_named_bodies`)."""
    found: dict[str, tuple[int, OrgKind]] = {}
    for at, name in _named(text):
        if name not in found:
            found[name] = (at, _kind(name))
    return found


def with_named_bodies(
    text: str,
    orgs: Sequence[Organization],
    bodies: dict[str, tuple[int, OrgKind]],
    *,
    government: bool = True,
) -> list[Organization]:
    """*orgs* and the *bodies* (:func:`named_bodies`) that none of them is, at most
    :data:`MAX_BODIES`, each with every place its name is written, in order of first
    mention; a government's or a place of learning's only if *government* (the dispute's
    sides are read before they join: a regulator, a transport authority or a university
    named near a strike is no employer unless the article says so)."""
    index = OrganizationIndex(orgs)
    found: dict[str, tuple[int, OrgKind]] = {}
    for name, (at, kind) in bodies.items():
        late = kind is OrgKind.GOVERNMENT or name.rsplit(" ", 1)[-1] in _INSTITUTIONS
        if index.find(name) is not None or (late and not government):
            continue
        found[name] = (at, kind)
        if len(found) >= MAX_BODIES:
            break
    out = _outside_others(with_found(text, orgs, found), set(found))
    return _with_acronyms(text, _without_inner(out, set(found)), set(bodies))


def _with_acronyms(text: str, orgs: list[Organization], bodies: set[str]) -> list[Organization]:
    """*orgs* with the acronym that a body's name defines in brackets right after its
    first mention (``National Transport Authority (NTA)``: the name's initials), and
    every later place the acronym is written as a word among the body's mentions (``The
    NTA said``), all found in one scan. An acronym another organization has is left to
    it."""
    taken = {f for o in orgs for f in (o.acronym, *o.aliases) if f}
    defined: dict[str, tuple[int, int]] = {}  # acronym -> (its body's index, where defined)
    for k, o in enumerate(orgs):
        if o.name not in bodies or not o.mentions:
            continue
        m = _ACRONYM_DEF().match(text, o.mentions[0].end)
        if m is not None and m.group(1) not in taken and m.group(1) == name_initials(o.name):
            taken.add(m.group(1))
            defined[m.group(1)] = (k, m.end())
    if not defined:
        return orgs
    later: dict[str, list[Span]] = {acronym: [] for acronym in defined}
    for a, b, acronym in literal_matches(text, list(defined), _word_char(), _word_char()):
        if a >= defined[acronym][1]:
            later[acronym].append(Span(start=a, end=b))
    out = list(orgs)
    for acronym, (k, _) in defined.items():
        mentions = sorted((*out[k].mentions, *later[acronym]), key=lambda s: s.start)
        out[k] = attrs.evolve(out[k], acronym=acronym, mentions=tuple(mentions))
    return out


#: A word's character, which no acronym's mention stands next to (``NTAs``, ``XNTA``).
_word_char = lazy(lambda: r"\w")


def _outside_others(orgs: list[Organization], bodies: set[str]) -> list[Organization]:
    """*orgs* with the *bodies*' mentions inside another organization's name dropped
    (``Northern Plains University`` inside ``Northern Plains University Faculty
    Association``: the association is written there, not the university)."""
    inside = _within(o for o in orgs if o.name not in bodies)
    out = []
    for o in orgs:
        if o.name in bodies:
            kept = tuple(m for m in o.mentions if not inside(m))
            if not kept:
                continue
            if len(kept) < len(o.mentions):
                o = attrs.evolve(o, mentions=kept)
        out.append(o)
    return out
