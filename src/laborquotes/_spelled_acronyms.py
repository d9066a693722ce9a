"""Acronyms the article writes, undefined, for an organization it names in full.

Copy that names ``the United Parcel Service`` goes on with ``U.P.S.`` or ``UPS``, and
copy that names ``the United Mine Workers of America`` goes on with ``UMW``, never
defining them in parentheses. An acronym whose letters are the initials of the
capitalised words of one organization of the article, and of no other, stands for it
(an opening ``The`` aside; a closing ``of`` and a country too: ``UMW``; a company's legal
form with or without its letter: ``HFL`` for ``Harbour Ferries Ltd``). Three letters at
least; full stops between them are no part of it.

:func:`with_spelled_acronyms` adds each such acronym's places to its organization's
mentions (and the acronym as written is its acronym, or one of its aliases when it
has one), so that what reads the article by
position (``Its chief negotiator``, ``the company``) sees the organization there, and a
speaker written as the acronym is the organization. One scan finds the acronyms, so the
work is linear.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from ._model import Organization, Span, first_mention
from ._org_names import _lazy, company_short_form, name_initials
from ._places import lookup_region
from ._vocab import CONTINENTS

__all__ = ["ACRONYM_MAX", "INITIALS_MIN", "initials_map", "spelled_by", "with_spelled_acronyms"]

#: An undefined acronym is read from a name's initials from this many letters on.
INITIALS_MIN = 3
#: The longest acronym read.
ACRONYM_MAX = 10
_CONTINENTS = frozenset(CONTINENTS)
#: Initials of legal forms that may end a company's acronym (``L`` of ``Ltd``).
_LEGAL_FORM_INITIALS = frozenset("CGILP")
#: Capital letters each with a full stop (``U.P.S.``).
_DOTTED_INITIALS = _lazy(r"(?:\p{Lu}\.){2,8}+")
#: An acronym as a word of its own: capitals, or capitals each with a full stop.
_ACRONYM = _lazy(r"(?<![\w.&'’-])(?:(?:\p{Lu}\.){3,8}+|\p{Lu}{3,10}+)(?![\w&'’-])")


def initials_map(orgs: Sequence[Organization]) -> dict[str, Organization | None]:
    """The initials of each organization's capitalized words (with and without ``and``'s,
    without a company's legal form: ``MMT`` of ``Metro Mass Transit Limited``, and
    without a closing ``of`` and a country: ``UMW``) -> the organization (``None`` where
    two share them)."""
    out: dict[str, Organization | None] = {}
    for o in orgs:
        short = company_short_form(o.name)
        forms = {name_initials(o.name), _initials_with_and(o.name), name_initials(short)}
        head, of, country = o.name.rpartition(" of ")
        if of and (country in _CONTINENTS or lookup_region(country) is not None):
            forms.add(name_initials(head))
        for initials in forms:
            out[initials] = None if initials in out else o  # (a set: one each per body)
    return out


def _initials_with_and(name: str) -> str:
    """:func:`name_initials`, with an ``A`` for each ``and`` (``Retail and Fast Food
    Workers Union`` -> ``RAFFWU``)."""
    return name_initials(name.replace(" and ", " And "))


def spelled_by(initials: dict[str, Organization | None], acronym: str) -> Organization | None:
    """The organization whose capitalized words' initials spell *acronym* (as
    :func:`initials_map` read them), with a legal form's initial or not at its end
    (``HFL`` for ``Harbour Ferries``), when no other does; three letters at least. Full
    stops between the letters are no part of it (``U.P.S.``)."""
    if _DOTTED_INITIALS().fullmatch(acronym) is not None:
        acronym = acronym.replace(".", "")
    if not INITIALS_MIN <= len(acronym) <= ACRONYM_MAX or not acronym.isupper():
        return None
    whole = initials.get(acronym)
    short = initials.get(acronym[:-1]) if acronym[-1] in _LEGAL_FORM_INITIALS else None
    if whole is not None and short is not None and whole is not short:
        return None
    return whole or short


def with_spelled_acronyms(text: str, orgs: Sequence[Organization]) -> list[Organization]:
    """*orgs*, each with the places of the acronyms that spell it (see the module's
    documentation) among its mentions, in order of first mention. A place inside another
    mention (an acronym a table knows) is left as it is."""
    if not orgs:
        return list(orgs)
    initials = initials_map(orgs)
    taken = sorted((m.start, m.end) for o in orgs for m in o.mentions)
    starts = [a for a, _ in taken]
    reach = list(itertools.accumulate((b for _, b in taken), max))
    added: dict[int, list[tuple[int, int]]] = {}
    for m in _ACRONYM().finditer(text):
        org = spelled_by(initials, m.group())
        if org is None or _covered(starts, reach, m.start()):
            continue
        added.setdefault(id(org), []).append(m.span())
    if not added:
        return list(orgs)
    out = [_with_places(text, o, added.get(id(o), [])) for o in orgs]
    out.sort(key=first_mention)
    return out


def _covered(starts: list[int], reach: list[int], at: int) -> bool:
    """Whether *at* lies inside a mention: of those starting at or before it (*starts*,
    sorted), one ends after it (*reach*: the furthest end so far)."""
    i = bisect.bisect_right(starts, at) - 1
    return i >= 0 and reach[i] > at


def _with_places(text: str, org: Organization, places: list[tuple[int, int]]) -> Organization:
    """*org* with the acronym *places* among its mentions, the first form its acronym
    when it has none, and any other form among its aliases."""
    if not places:
        return org
    spans = sorted({(s.start, s.end) for s in org.mentions} | set(places))
    forms = list(dict.fromkeys(text[a:b] for a, b in places))
    acronym = org.acronym or forms[0]
    known = {acronym, *org.aliases}
    aliases = (*org.aliases, *(f for f in forms if f not in known))
    mentions = tuple(Span(start=a, end=b) for a, b in spans)
    return attrs.evolve(org, mentions=mentions, acronym=acronym, aliases=aliases)
