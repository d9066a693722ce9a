"""Companies no table knows that the article describes in apposition as a business.

``Shares in Hartwell Stores, the struggling supermarket chain, fell ...``, ``Brantley
Foods, a Leeds-based food manufacturer, said ...``: the apposition says the name is a
company's, though no table knows it. The company joins the article's organizations (as
an employer, the kind companies have), so that a later ``the company`` or ``The group``
resolves to it by position, as it does for a company the registry knows.

A name is read only before a comma and ``the``/``a``/``an``, up to three lower-case
words and a noun of :data:`~laborquotes._vocab.APPOSITIVE_BUSINESS_NOUNS` followed by a comma,
a full stop or a semicolon. The name is one to five capitalised words (joiners between
them), read back from the comma; it opens no sentence with a function word and no
person's given name (``Ana Ruiz, the group's founder`` is a person), and is no outside
expert's workplace (``an analyst at Pennock Stirling, the stockbroker``, a third party
whom a later ``the company`` does not mean). One scan for the
comma and the article finds the candidates; each name is read back in a bounded window,
so the work is linear.
"""

from __future__ import annotations

from collections.abc import Sequence

from ._dispute import expert_affiliation
from ._model import Organization, OrganizationIndex, OrgKind, Span
from ._org_names import LEGAL_ABBREVIATIONS
from ._owners import is_given_name
from ._patterns import alternation, lazy, lazy_stdlib
from ._quoted_orgs import every_mention
from ._vocab import APPOSITIVE_BUSINESS_NOUNS, ORG_NAME_JOINERS, SUBJECT_STARTS

__all__ = ["MAX_DESCRIBED", "with_described_companies"]

#: At most this many companies are read from one text (a long export stays cheap).
MAX_DESCRIBED = 50
#: How far back from the comma a name is read.
_NAME_REACH = 80
_NOT_FIRST = frozenset(SUBJECT_STARTS)
_LEGAL_FORMS = frozenset(LEGAL_ABBREVIATIONS)


@lazy_stdlib
def _apposition_re() -> str:
    """A comma, an article, up to three lower-case words and a business noun."""
    nouns = "|".join(sorted(APPOSITIVE_BUSINESS_NOUNS, key=len, reverse=True))
    return rf"""
        ,[ ](?:the|an?)[ ]          # the apposition's article
        (?:(?:[a-z][a-z'’-]*|[A-Z][a-z]+-(?:based|listed|owned|run))[ ]){{0,3}}?
                                    # up to three words of its trade or its base
        (?:{nouns})                 # the kind of business
        (?=[,.;])                   # and the apposition's end
    """


@lazy
def _name_before_re() -> str:
    """Capitalised words (joiners between them) right before the end of a window."""
    joiner = alternation(ORG_NAME_JOINERS)
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*+"
    return rf"(?<![\w'’-]){word}(?:[^\S\n]++(?:{joiner}[^\S\n]++)?{word}){{0,4}}+\Z"


def _name_before(text: str, at: int) -> tuple[int, str] | None:
    """The company name that ends at *at* (a comma), with where it starts."""
    lo = max(0, at - _NAME_REACH)
    m = _name_before_re().search(text, lo, at)
    if m is None:
        return None
    words = m.group().split()
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
    found: dict[str, int] = {}
    for m in _apposition_re().finditer(text):
        hit = _name_before(text, m.start())
        if hit is None or hit[1] in found or index.find(hit[1]) is not None:
            continue
        if expert_affiliation(text, hit[0]):
            continue  # (``an analyst at Pennock Stirling, the stockbroker``: a third party)
        found[hit[1]] = hit[0]
        if len(found) >= MAX_DESCRIBED:
            break
    if not found:
        return list(orgs)
    new = [
        Organization(name=n, kind=OrgKind.EMPLOYER, mentions=(Span(start=at, end=at + len(n)),))
        for n, at in found.items()
    ]
    out = [*orgs, *every_mention(text, new)]
    out.sort(key=lambda o: (o.mentions[0].start, o.mentions[0].end) if o.mentions else (0, 0))
    return out
