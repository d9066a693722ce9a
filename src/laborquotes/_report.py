"""The corpus voices report: who gets quoted, by role, per outlet, month or file.

:func:`article_row` boils one parsed article down to what the report counts (small and
picklable, so worker processes send it back instead of the article); :class:`Report`
adds rows up per group and overall; :func:`report_dict`, :func:`write_report_csv` and
:func:`report_html` write it out. Counting rules:

* a quotation counts for its speaker's role; an unattributed quotation, or a speaker with
  no role, counts as ``none``;
* a *speaker* is a distinct speaker name within one article (a person quoted in two
  articles counts twice: once per article that gives them a voice);
* shares are fractions of the group's quotations (or speakers), ``0.0`` for an empty group.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, TextIO

import attrs

from ._model import Article, Role
from ._records import csv_cells

__all__ = [
    "BY",
    "KINDS",
    "ROLES",
    "ArticleRow",
    "GroupStats",
    "Report",
    "article_row",
    "group_key",
    "report_dict",
    "write_report_csv",
]

#: Roles in the order the report shows them (``none``: unattributed, or no role found).
ROLES: tuple[str, ...] = (*(role.value for role in Role), "none")
KINDS: tuple[str, ...] = ("direct", "partial", "indirect")
#: What ``--by`` groups on.
BY: tuple[str, ...] = ("file", "month", "outlet")
UNKNOWN = "(unknown)"
NO_DATE = "(no date)"

CSV_FIELDS: tuple[str, ...] = (
    "group",
    "dimension",
    "key",
    "role",
    "quotes",
    "quote_share",
    "speakers",
    "speaker_share",
    "articles",
)


@attrs.frozen(kw_only=True)
class ArticleRow:
    """One article as the report counts it (``error`` set for an input that failed)."""

    label: str
    group: str
    headline: str | None = None
    outlet: str | None = None
    published: str | None = None
    #: One ``(role, kind, speaker name or None, organization or None)`` per quotation.
    quotes: tuple[tuple[str, str, str | None, str | None], ...] = ()
    error: str | None = None


def group_key(
    by: str,
    *,
    source: str,
    article: Article | None,
    meta: Mapping[str, Any] | None = None,
    published: dt.date | None = None,
) -> str:
    """The group of an article: its input file, its month (``YYYY-MM``) or its outlet."""
    if by == "file":
        return source
    if by == "month":
        date = published or (article.published if article is not None else None)
        return f"{date.year:04d}-{date.month:02d}" if date is not None else NO_DATE
    if by == "outlet":
        outlet = article.outlet if article is not None else None
        if not outlet and meta is not None and isinstance(meta.get("outlet"), str):
            outlet = meta["outlet"]
        return outlet.strip() if outlet and outlet.strip() else UNKNOWN
    raise ValueError(f"by must be one of {', '.join(BY)}, got {by!r}")


def article_row(label: str, article: Article, *, group: str) -> ArticleRow:
    """What the report keeps of one parsed article."""
    quotes = []
    for quote in article.quotes:
        att = quote.attribution
        speaker = att.speaker if att is not None else None
        role = speaker.role.value if speaker is not None and speaker.role is not None else "none"
        name = speaker.display_name if speaker is not None else None
        org = speaker.organization if speaker is not None else None
        quotes.append((role, quote.kind.value, name, org))
    return ArticleRow(
        label=label,
        group=group,
        headline=article.headline,
        outlet=article.outlet,
        published=article.published.isoformat() if article.published else None,
        quotes=tuple(quotes),
    )


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@attrs.define
class GroupStats:
    """Counts for one group of articles (or for all of them)."""

    name: str
    articles: int = 0
    articles_without_quotes: int = 0
    unattributed: int = 0
    quotes: Counter[str] = attrs.field(factory=Counter)  # by role
    speakers: Counter[str] = attrs.field(factory=Counter)  # distinct per article, by role
    kinds: Counter[str] = attrs.field(factory=Counter)
    by_speaker: Counter[tuple[str, str]] = attrs.field(factory=Counter)  # (name, role)
    speaker_articles: Counter[tuple[str, str]] = attrs.field(factory=Counter)
    by_organization: Counter[str] = attrs.field(factory=Counter)

    def add(self, row: ArticleRow) -> None:
        """Count one article."""
        self.articles += 1
        self.articles_without_quotes += not row.quotes
        seen: set[tuple[str, str]] = set()
        for role, kind, name, org in row.quotes:
            self.quotes[role] += 1
            self.kinds[kind] += 1
            if org:
                self.by_organization[org] += 1
            if name is None:
                self.unattributed += 1
                continue
            self.by_speaker[(name, role)] += 1
            if (name, role) not in seen:
                seen.add((name, role))
                self.speakers[role] += 1
                self.speaker_articles[(name, role)] += 1

    @property
    def total_quotes(self) -> int:
        return sum(self.quotes.values())

    @property
    def total_speakers(self) -> int:
        return sum(self.speakers.values())

    def role_rows(self) -> list[dict[str, Any]]:
        """One dict per role: quotes, speakers and their shares."""
        nq, ns = self.total_quotes, self.total_speakers
        return [
            {
                "role": role,
                "quotes": self.quotes[role],
                "quote_share": _share(self.quotes[role], nq),
                "speakers": self.speakers[role],
                "speaker_share": _share(self.speakers[role], ns),
            }
            for role in ROLES
        ]

    def kind_rows(self) -> list[dict[str, Any]]:
        nq = self.total_quotes
        return [
            {"kind": k, "quotes": self.kinds[k], "quote_share": _share(self.kinds[k], nq)}
            for k in KINDS
        ]

    def top_speakers(self, n: int) -> list[dict[str, Any]]:
        ranked = sorted(self.by_speaker.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [
            {"name": name, "role": role, "quotes": count,
             "articles": self.speaker_articles[(name, role)]}
            for (name, role), count in ranked
        ]  # fmt: skip

    def top_organizations(self, n: int) -> list[dict[str, Any]]:
        ranked = sorted(self.by_organization.items(), key=lambda kv: (-kv[1], kv[0]))[:n]
        return [{"organization": org, "quotes": count} for org, count in ranked]

    def to_dict(self, top: int) -> dict[str, Any]:
        return {
            "group": self.name,
            "articles": self.articles,
            "articles_without_quotes": self.articles_without_quotes,
            "quotes": self.total_quotes,
            "unattributed": self.unattributed,
            "speakers": self.total_speakers,
            "by_role": self.role_rows(),
            "by_kind": self.kind_rows(),
            "top_speakers": self.top_speakers(top),
            "top_organizations": self.top_organizations(top),
        }


def _group_order(by: str, name: str) -> tuple[bool, str]:
    return (name in (UNKNOWN, NO_DATE), name)


@attrs.define
class Report:
    """Every group's counts, the overall counts, the article rows and the failures."""

    by: str
    top: int = 10
    total: GroupStats = attrs.field(factory=lambda: GroupStats("all"))
    groups: dict[str, GroupStats] = attrs.field(factory=dict)
    rows: list[ArticleRow] = attrs.field(factory=list)
    errors: list[str] = attrs.field(factory=list)

    def add(self, row: ArticleRow) -> None:
        """Count an article, or record a failed input."""
        self.rows.append(row)
        if row.error is not None:
            self.errors.append(row.error)
            return
        self.total.add(row)
        if row.group not in self.groups:
            self.groups[row.group] = GroupStats(row.group)
        self.groups[row.group].add(row)

    def extend(self, rows: Iterable[ArticleRow]) -> Report:
        for row in rows:
            self.add(row)
        return self

    def ordered_groups(self) -> list[GroupStats]:
        """The groups by name (months in time order), unknown last."""
        return [self.groups[k] for k in sorted(self.groups, key=lambda k: _group_order(self.by, k))]


def report_dict(report: Report) -> dict[str, Any]:
    """The report as JSON-ready data."""
    return {
        "by": report.by,
        "all": report.total.to_dict(report.top),
        "groups": [g.to_dict(report.top) for g in report.ordered_groups()],
        "articles": [_article_dict(row) for row in report.rows],
        "errors": list(report.errors),
    }


def _article_dict(row: ArticleRow) -> dict[str, Any]:
    roles = Counter(role for role, *_ in row.quotes)
    return {
        "article": row.label,
        "group": row.group,
        "headline": row.headline,
        "outlet": row.outlet,
        "published": row.published,
        "quotes": len(row.quotes),
        "speakers": len({(name, role) for role, _k, name, _o in row.quotes if name is not None}),
        "by_role": {role: roles[role] for role in ROLES if roles[role]},
        "error": row.error,
    }


def write_report_csv(report: Report, stream: TextIO) -> int:
    """One row per group and role, kind, top speaker and top organization; returns the
    number of rows written after the header (columns: :data:`CSV_FIELDS`)."""
    writer = csv.DictWriter(stream, fieldnames=CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    count = 0
    for stats in [report.total, *report.ordered_groups()]:
        for row in _csv_rows(stats, report.top):
            writer.writerow(csv_cells({k: "" if v is None else v for k, v in row.items()}))
            count += 1
    return count


def _csv_rows(stats: GroupStats, top: int) -> Iterable[dict[str, Any]]:
    base = {"group": stats.name, "role": None, "quote_share": None, "speakers": None,
            "speaker_share": None}  # fmt: skip
    yield {**base, "dimension": "total", "key": "", "quotes": stats.total_quotes,
           "speakers": stats.total_speakers, "articles": stats.articles}  # fmt: skip
    for r in stats.role_rows():
        role = r.pop("role")
        yield {"group": stats.name, "dimension": "role", "key": role, "role": role, **_fmt(r)}
    for r in stats.kind_rows():
        yield {**base, "dimension": "kind", "key": r.pop("kind"), **_fmt(r)}
    for r in stats.top_speakers(top):
        yield {**base, "dimension": "speaker", "key": r["name"], "role": r["role"],
               "quotes": r["quotes"], "articles": r["articles"]}  # fmt: skip
    for r in stats.top_organizations(top):
        yield {**base, "dimension": "organization", "key": r["organization"], "quotes": r["quotes"]}


def _fmt(row: Mapping[str, Any]) -> dict[str, Any]:
    return {k: round(v, 4) if isinstance(v, float) else v for k, v in row.items()}
