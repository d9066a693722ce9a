"""The public body that employs a dispute's workforce, when no employer is named.

Ministries and departments are kept off both sides of a dispute (they regulate,
mediate or comment: :data:`~laborquotes._dispute.NEUTRAL_BODY_WORDS`). In the public
sector one of them is the employer, though: teachers bargain with a ministry of
education, civil servants with a treasury board. Two signals say so, in a dispute whose
employer side names no one:

- its negotiator speaks (``The Ministry of Education's chief negotiator, Ana Ruiz,
  said``; a title of :data:`NEGOTIATOR_WORDS`, the body as the speaker's organization);
- the article says it employs the workforce (``Cosla, which employs teachers,``;
  :data:`EMPLOYS_WORDS` right after a mention) or locks it out (``The Town of Kelso
  Bay has locked out``: :data:`LOCKOUT_VERBS`), or writes the workforce as its staff
  (``outside workers for the City of Brackenridge``, ``staff at the Town of Kelso
  Bay``: a workforce word of :data:`~laborquotes._dispute.WORKFORCE_WORDS` and ``at``,
  ``for``, ``of`` or ``with`` right before a mention), or as the staff of ``the`` and
  its head noun (``the district's teachers`` of ``Cedar Hollow Unified School
  District``), or of that noun as an adjective (``county employees`` of ``Tessaway
  County``: :data:`~laborquotes._vocab.STAFF_ADJECTIVE_HEADS`), or a worker who works
  for it (``who has worked for the municipality``: :data:`WORKING_VERBS`), or makes it
  an offer (``the authority's final offer``: :data:`OFFER_WORDS`).

A college or a university no table knows is such a body too (it employs its faculty).
And where the only employer the dispute read is one no action stands near (the one the
article names most), a body with such a signal where an action is reported comes first
(``city workers walked out ... employees of the City of Bellmont``); anywhere in the
article, when that employer is named only inside quotations (a company a striker
mentions).

The body then is the dispute's employer, so that its negotiators and spokespeople are
``employer`` (a minister stays ``government``: a minister is never a side).
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence

import attrs

from ._dispute import WORKFORCE_WORDS
from ._model import Dispute, Organization, OrganizationIndex, OrgKind, Quote, QuoteKind
from ._patterns import alternation, lazy
from ._vocab import (
    HEAD_REFERENCES,
    INSTITUTION_HEADS,
    STAFF_ADJECTIVE_HEADS,
    TITLE_REFERENCE_HEADS,
)

__all__ = [
    "EMPLOYS_WORDS",
    "LOCKOUT_VERBS",
    "NEGOTIATOR_WORDS",
    "OFFER_WORDS",
    "WORKING_VERBS",
    "with_public_employer",
]

#: Words of a title that make its holder a side's negotiator.
NEGOTIATOR_WORDS: tuple[str, ...] = (
    "bargaining", "negotiating team", "negotiator", "negotiators",
)  # fmt: skip
#: Words right after a body's name that say it employs the workforce.
EMPLOYS_WORDS: tuple[str, ...] = (
    " which employs", ", the employer of", ", which employ", ", which employs", ", who employ",
)  # fmt: skip
#: How far after a mention :data:`EMPLOYS_WORDS` are looked for.
_EMPLOYS_REACH = 24
#: Verbs of a lockout right after a body's name (and an aside in commas: ``The Town of
#: Kelso Bay, N.S., has locked out``): only an employer locks its workforce out.
LOCKOUT_VERBS: tuple[str, ...] = (
    "had locked out", "has locked out", "have locked out", "locked out", "locks out",
    "will lock out",
)  # fmt: skip
#: How far after a mention a lockout's verb is looked for.
_LOCKOUT_REACH = 48


@lazy
def _negotiator_re() -> str:
    return rf"(?i)(?<![\w-]){alternation(NEGOTIATOR_WORDS)}(?![\w-])"


#: The workforce's words, but a union's (``the union with the City``: a party, no staff).
_STAFF_WORDS = tuple(w for w in WORKFORCE_WORDS if w not in ("union", "unions"))
#: Verbs of working for an employer before ``for the`` and a body's head noun (``who has
#: worked for the municipality for 14 years``).
WORKING_VERBS: tuple[str, ...] = ("work", "worked", "working", "works")
#: How far before a mention its workforce's words may start.
_STAFF_REACH = 40


@lazy
def _staff_of_re() -> str:
    """A workforce word and ``at``, ``for``, ``of`` or ``with`` (and ``the``) right before
    a mention: its staff."""
    staff = alternation(_STAFF_WORDS, capitalized=True)
    return rf"(?<![\w-]){staff}\s++(?:at|for|of|with)\s++(?:the\s++)?\Z"


@lazy
def _locks_out_re() -> str:
    aside = r"(?:,[^,;\n]{1,30}+,)?+"
    return rf"{aside}\s++(?:{alternation(LOCKOUT_VERBS)})(?![\w-])"


@lazy
def _employs_re() -> str:
    return rf"{alternation(EMPLOYS_WORDS)}(?![\w-])"


def with_public_employer(
    text: str, dispute: Dispute | None, orgs: Sequence[Organization], quotes: Sequence[Quote]
) -> Dispute | None:
    """*dispute* with the public body that employs its workforce as its employer, when
    it names no employer, or only one read with no action near it, and one body has a
    signal (see the module)."""
    if dispute is None:
        return dispute
    public = [o for o in orgs if o.kind is OrgKind.GOVERNMENT or _learning(o)]
    if not public:
        return dispute
    if dispute.employers:
        # (an employer read with no action near it, the one the article names most: a
        # body that employs the workforce comes first, named where an action is, or
        # anywhere when that employer is named only in quotations; ``city workers walked
        # out ... employees of the City of Bellmont``, not a company a striker names)
        near_action = _Within([(e.start, e.end) for e in dispute.evidence])
        if any(near_action.any_of(o) for o in dispute.employers):
            return dispute
        quoted = _Within([(q.span.start, q.span.end) for q in quotes if q.kind is not _INDIRECT])
        if not all(quoted.all_of(o) for o in dispute.employers):
            public = [o for o in public if near_action.any_of(o)]
        body = _employing(text, public)
    else:
        body = _employing(text, public) or _negotiating(public, quotes)
    return dispute if body is None else attrs.evolve(dispute, employers=(body,))


_INDIRECT = QuoteKind.INDIRECT


class _Within:
    """Spans of the text (the dispute's evidence, the quotations' words), asked whether a
    mention lies inside one of them: a bisection per mention (the running maximum of the
    ends answers for nested spans), so a long text costs O(n log n)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        spans.sort()
        self._starts = [a for a, _ in spans]
        self._ends = list(itertools.accumulate((b for _, b in spans), max))

    def holds(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end

    def any_of(self, org: Organization) -> bool:
        return any(self.holds(m.start, m.end) for m in org.mentions)

    def all_of(self, org: Organization) -> bool:
        return all(self.holds(m.start, m.end) for m in org.mentions)


def _learning(org: Organization) -> bool:
    """Whether *org* is a place of learning no table classes (``Cedar Valley College``,
    ``University of Wexmoor``): it employs its staff as a public body does."""
    return org.kind is OrgKind.OTHER and _head_noun(org.name) in _INSTITUTIONS


_INSTITUTIONS = frozenset(h.lower() for h in INSTITUTION_HEADS)


def _employing(text: str, public: Sequence[Organization]) -> Organization | None:
    """The first body the article says employs the workforce (``Cosla, which employs``)."""
    for o in public:
        if any(_employs_at(text, m.start, m.end) for m in o.mentions):
            return o
    heads = {_head_noun(o.name) for o in public} & _OWNING_HEADS
    if heads:
        # (one scan of the text for every head: ``the district's teachers`` of ``Cedar
        # Hollow School District``, ``the authority's final offer``)
        owned = {m.group("head").lower() for m in _owned_staff_re().finditer(text)}
        owned.update(m.group("head").lower() for m in _owned_offer_re().finditer(text))
        for o in public:
            if _head_noun(o.name) in owned:
                return o
    return None


def _employs_at(text: str, start: int, end: int) -> bool:
    """Whether the words around the mention at *start*-*end* say the body employs the
    workforce: ``which employs``, a lockout, its staff, its offer."""
    return (
        _employs_re().match(text, end, end + _EMPLOYS_REACH) is not None
        or _locks_out_re().match(text, end, end + _LOCKOUT_REACH) is not None
        or _staff_of_re().search(text, max(0, start - _STAFF_REACH), start) is not None
        or _offer_after_re().match(text, end, end + _OFFER_REACH) is not None
    )


#: Words of a side's offer in bargaining (``the authority's final offer``): the body
#: that makes it employs the workforce.
OFFER_WORDS: tuple[str, ...] = ("contract offer", "offer", "pay offer", "proposal", "wage offer")
#: How far after a mention its offer's word may end.
_OFFER_REACH = 40


@lazy
def _offer_after_re() -> str:
    """A possessive, up to two words and an offer's word, right after a mention."""
    return rf"['’]s\s++(?:[\w-]++\s++){{0,2}}?(?:{alternation(OFFER_WORDS)})(?![\w-])"


@lazy
def _owned_offer_re() -> str:
    """``the authority's final offer``: an offer of a body referred to by its head noun."""
    heads = alternation(_OWNING_HEADS)
    return (
        rf"(?i)(?<![\w-])the\s++(?P<head>{heads})['’]s\s++(?:[\w-]++\s++){{0,2}}?"
        rf"(?:{alternation(OFFER_WORDS)})(?![\w-])"
    )


def _head_noun(name: str) -> str:
    """The head noun of a body's *name*, folded: its first word before ``of`` (``City of
    Carrick Falls``), else its last (``Cedar Hollow School District``)."""
    first, _, rest = name.partition(" of ")
    if rest and " " not in first:
        return first.lower()
    return name.rsplit(None, 1)[-1].lower()


#: A public body's head nouns that ``the <noun>'s`` refers to it by.
_OWNING_HEADS = frozenset((*HEAD_REFERENCES, *TITLE_REFERENCE_HEADS))


@lazy
def _owned_staff_re() -> str:
    """``the district's teachers``, ``the county's sanitation workers``, ``county road
    workers``, ``has worked for the municipality``: the workforce written as the staff of
    a body referred to by its head noun (``head``; a local government's before its
    staff, as an adjective)."""
    staff = alternation(_STAFF_WORDS)
    heads = alternation(_OWNING_HEADS)
    adjective = alternation(STAFF_ADJECTIVE_HEADS)
    return (
        rf"(?i)(?<![\w-])(?:(?:the\s++(?P<head>{heads})['’]s\s++(?:[\w-]++\s++){{0,3}}?"
        rf"|(?-i:(?P<head>{adjective}))\s++(?:[\w-]++\s++){{0,2}}?){staff}"
        rf"|{alternation(WORKING_VERBS)}\s++for\s++the\s++(?P<head>{heads})(?!['’]))(?![\w-])"
    )


def _negotiating(public: Sequence[Organization], quotes: Sequence[Quote]) -> Organization | None:
    """The body whose negotiator speaks (the speaker's organization is its name, one of
    its aliases or its acronym)."""
    index = OrganizationIndex(public)
    for q in quotes:
        sp = q.attribution.speaker if q.attribution is not None else None
        if sp is None or not sp.title or _negotiator_re().search(sp.title) is None:
            continue
        found = index.find(sp.organization)
        if found is not None:
            return public[found]
    return None
