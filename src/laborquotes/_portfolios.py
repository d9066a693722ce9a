"""A minister's department, by the portfolio their title names; a judge's court.

``Health Minister Ana Ruiz``, ``the Minister for Health``, ``Justice Secretary Tom Lee``:
the title names a portfolio (``health``, ``justice``), and when the article names a
department or a ministry of that portfolio (``the Department of Health``, ``the Ministry
of Justice``, ``the Labour Department``), that body is the minister's organization. A
title with no portfolio (``Prime Minister``, ``Minister of State``), a shadow minister's
(the opposition holds no department) and a body of no government's kind name none.

The portfolio is the title's words other than :data:`OFFICE_WORDS`; a department matches
when every one of them is a word of its name (``Health and Social Care Secretary`` and
``the Department of Health and Social Care``; ``Health Minister`` and ``the Department of
Health and Wellness``); of several, the first the article names.

A judge, a justice or a magistrate sits in a court or a tribunal, a commissioner or a
tribunal's deputy president, an adjudication or a hearing officer in a commission, a
tribunal or a board (:data:`BENCH_TITLES`): when the article names one such body, and
only one, it is theirs (``Justice K. Rao`` in a story about ``the Madras High Court``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Organization, OrgKind

__all__ = ["BENCH_TITLES", "DEPARTMENT_WORDS", "OFFICE_WORDS", "bench_body", "portfolio_department"]

#: Words of a title that name the office, not its portfolio.
OFFICE_WORDS: tuple[str, ...] = (
    "&", "acting", "and", "assistant", "cabinet", "chief", "deputy", "first", "for", "general",
    "junior", "minister", "minister's", "ministers", "of", "parliamentary", "permanent",
    "prime", "secretary", "senior", "state", "the", "under", "under-secretary", "vice",
)  # fmt: skip
#: Words that make an organization's name a department's or a ministry's.
DEPARTMENT_WORDS: tuple[str, ...] = ("department", "ministry")

_OFFICE = frozenset(OFFICE_WORDS)
_DEPARTMENT = frozenset(DEPARTMENT_WORDS)
#: Heads of a minister's title: only these titles name a portfolio.
_MINISTERS = frozenset(("minister", "secretary"))


def _words(phrase: str) -> list[str]:
    return [w.strip(",.;:()").casefold() for w in phrase.split()]


def portfolio(title: str | None) -> frozenset[str]:
    """The portfolio words of a minister's *title* (``Home Affairs Minister`` ->
    ``home``, ``affairs``); empty for any other title, or a shadow minister's."""
    words = _words(title or "")
    if _MINISTERS.isdisjoint(words) or "shadow" in words:
        return frozenset()
    return frozenset(w for w in words if w and w not in _OFFICE)


def portfolio_department(orgs: Sequence[Organization], title: str | None) -> Organization | None:
    """The article's department of the portfolio *title* names (see the module), or
    ``None``."""
    wanted = portfolio(title)
    if not wanted:
        return None
    for org in orgs:
        if org.kind is not OrgKind.GOVERNMENT:
            continue
        words = set(_words(org.name))
        if not _DEPARTMENT.isdisjoint(words) and wanted <= words:
            return org
    return None


#: Titles that sit on a bench, and the last words of the bodies they sit in.
BENCH_TITLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("adjudication officer", ("commission", "tribunal")),
    ("adjudicator", ("authority", "commission", "tribunal")),
    ("commissioner", ("board", "commission", "tribunal")),
    ("deputy president", ("commission", "tribunal")),
    ("hearing officer", ("board", "commission", "tribunal")),
    ("judge", ("court", "tribunal")),
    ("justice", ("court",)),
    ("magistrate", ("court",)),
    ("senior deputy president", ("commission", "tribunal")),
    ("vice president", ("commission", "tribunal")),
)
_BENCHES = dict(BENCH_TITLES)


def bench_body(orgs: Sequence[Organization], title: str | None) -> Organization | None:
    """The one court, tribunal or commission the article names that *title* sits in
    (see the module), or ``None`` (none, or more than one)."""
    words = _words(title or "")
    heads = _BENCHES.get(" ".join(words[-3:])) or _BENCHES.get(" ".join(words[-2:]))
    heads = heads or _BENCHES.get(words[-1] if words else "")
    if not heads:
        return None
    found = [o for o in orgs if o.kind is OrgKind.GOVERNMENT and _words(o.name)[-1] in heads]
    return found[0] if len(found) == 1 else None
