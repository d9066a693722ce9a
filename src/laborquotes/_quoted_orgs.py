"""Organizations the registry lacks that an article quotes by name.

``Midland Coachways said the offer was fair.`` names a company that no table knows. A
later ``Its chief executive, Ana Ruiz, said`` or ``The company's managing director``
means it, and the position lookups of :class:`~laborquotes._coref.ArticleOrgs` can only
find what they hold. This module reads such names from the group speakers the enrichment
resolves: a proper name of two or more capitalised words (joiners aside), which the
registry does not know. One word alone is left out: at the start of a sentence it may be a common
noun (``Officials said``).
"""

from __future__ import annotations

from ._model import Organization, OrgKind, Span
from ._vocab import ORG_NAME_JOINERS, SUBJECT_STARTS

__all__ = ["proper_name", "quoted_organization"]

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
    (``Bowen Ridge Resources``, ``State Bank of India``; not ``Union members``)."""
    words = name.split()
    if not least <= len(words) <= _MAX_WORDS or words[-1] in NAME_JOINERS:
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
