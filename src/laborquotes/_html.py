"""The HTML view: an article's text with its quotations, speakers and organizations marked.

:func:`page_html` renders one self-contained page (inline CSS, no script, nothing fetched
from the network) for one article or a batch (with a table of contents);
:func:`article_html` renders one article as a fragment (an ``<article>`` element) and
:func:`fragment_html` the same with its style sheet, for notebooks.

The markup is built from the spans in one pass over the text: the marks are sorted by
start (longest first), kept on a stack, and a mark that would cross the one it opens in
is clipped at that one's end, so the result is always well-formed and the work is
linear in the text (plus a sort of the marks). Every piece of text is HTML-escaped.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ._model import Article, Dateline, Organization, Quote
from ._report import ROLES, ArticleRow, GroupStats, Report

__all__ = [
    "KIND_STYLES",
    "ROLE_STYLES",
    "article_html",
    "fragment_html",
    "page_html",
    "report_html",
]

#: Role value -> (label, colour). The colour is the badge's role chip (white text on it)
#: and the speaker mention's underline; ``none`` is an unattributed quotation.
ROLE_STYLES: tuple[tuple[str, str, str], ...] = (
    ("employer", "Employer", "#1d4f91"),
    ("expert", "Expert", "#6b3d9a"),
    ("government", "Government", "#1e6b3a"),
    ("media", "Media", "#00636e"),
    ("none", "No role", "#595959"),
    ("other", "Other", "#7a4a00"),
    ("union_official", "Union official", "#b0261c"),
    ("worker", "Worker", "#a1306b"),
)

#: Quote kind -> (label, background, border style). Dark text (``TEXT_COLOUR``) on the
#: background; the border style tells the kinds apart without colour.
KIND_STYLES: tuple[tuple[str, str, str, str], ...] = (
    ("direct", "direct quote", "#fff0b3", "solid"),
    ("indirect", "indirect (reported) speech", "#e9eef5", "dotted"),
    ("partial", "partial quote", "#dff3e4", "dashed"),
)

TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#4a4a4a"
PAGE_BACKGROUND = "#ffffff"
DATELINE_BACKGROUND = "#ececec"

_ROLE = {value: (label, colour) for value, label, colour in ROLE_STYLES}
_KIND = {value: (label, bg, border) for value, label, bg, border in KIND_STYLES}

# Marks that start at the same offset and are as long nest in this order (outer first).
_RANK_QUOTE, _RANK_DATELINE, _RANK_SOURCE, _RANK_ORG, _RANK_CUE = range(5)

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'"


class _Mark(NamedTuple):
    start: int
    end: int
    rank: int
    open: str  # the opening tag
    close: str  # the closing tag
    badge: str  # a quote's badge, written after it (outside every quotation)


def _esc(value: object) -> str:
    return html.escape(str(value), quote=True)


# --------------------------------------------------------------------------- style


def _role_css() -> str:
    rules = []
    for value, _label, colour in ROLE_STYLES:
        rules.append(
            f'.lq [data-role="{value}"].lq-badge{{border-color:{colour}}}'
            f'.lq [data-role="{value}"] .lq-role{{background:{colour}}}'
            f'.lq .lq-speaker[data-role="{value}"]{{border-bottom-color:{colour}}}'
            f'.lq .lq-chip[data-role="{value}"]{{background:{colour}}}'
        )
    return "\n".join(rules)


def _kind_css() -> str:
    return "\n".join(
        f'.lq .lq-quote[data-kind="{value}"]{{background:{bg};border:1px {border} #6b6b6b}}'
        for value, _label, bg, border in KIND_STYLES
    )


_BASE_CSS = f"""
.lq{{color:{TEXT_COLOUR};background:{PAGE_BACKGROUND};
 font:16px/1.5 Georgia,"Times New Roman",serif}}
.lq *{{box-sizing:border-box}}
.lq h1,.lq h2,.lq h3,.lq nav,.lq .lq-legend,.lq .lq-meta,.lq .lq-badge{{
 font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}}
.lq h1{{font-size:1.5rem;margin:0 0 .75rem}}
.lq h2{{font-size:1.25rem;margin:0 0 .25rem;line-height:1.3}}
.lq article{{margin:0 0 2.5rem;padding:0 0 1.5rem;border-bottom:1px solid #c8c8c8}}
.lq .lq-meta{{color:{MUTED_COLOUR};font-size:.875rem;margin:0 0 1rem}}
.lq .lq-meta>span+span::before{{content:" · "}}
.lq .lq-warn{{color:#8a1c12;font-size:.875rem}}
.lq .lq-body{{white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.95;margin:0}}
.lq .lq-quote{{border-radius:3px;padding:0 2px;-webkit-box-decoration-break:clone;
 box-decoration-break:clone}}
.lq .lq-quote[data-kind="indirect"]{{font-style:italic}}
.lq .lq-cue{{text-decoration:underline 2px;text-underline-offset:3px}}
.lq .lq-speaker{{font-weight:700;border-bottom:3px solid}}
.lq .lq-org{{text-decoration:underline dotted 2px;text-underline-offset:4px}}
.lq .lq-dateline{{font-weight:700;background:{DATELINE_BACKGROUND};padding:0 2px;
 text-transform:none}}
.lq .lq-badge{{display:inline-block;white-space:normal;vertical-align:baseline;
 font-size:.75rem;line-height:1.35;font-style:normal;font-weight:400;margin:0 .3em;
 padding:0 .35em 0 0;border:1px solid;border-radius:3px;background:#fff;max-width:100%;
 text-indent:0}}
.lq .lq-role,.lq .lq-chip{{color:#fff;font-weight:700;padding:0 .35em;display:inline-block;
 border-radius:2px 0 0 2px}}
.lq .lq-chip{{border-radius:2px;font-size:.75rem}}
.lq .lq-num{{color:{MUTED_COLOUR}}}
.lq .lq-legend{{font-size:.875rem;border:1px solid #c8c8c8;border-radius:4px;
 padding:.5rem .75rem;margin:0 0 1.5rem;line-height:2}}
.lq .lq-legend p{{margin:0}}
.lq .lq-legend b{{margin-right:.25rem}}
.lq .lq-legend span{{margin-right:.5rem}}
.lq .lq-legend .lq-chip{{white-space:nowrap}}
.lq nav ol{{padding-left:1.5rem}}
.lq a{{color:#1d4f91}}
.lq .lq-quotes blockquote{{margin:0 0 .75rem}}
"""

_PAGE_CSS = """
html{background:#fff}
body.lq{max-width:46rem;margin:0 auto;padding:1.5rem 1rem}
@media (max-width:480px){body.lq{padding:1rem .75rem;font-size:15px}}
@media print{
 body.lq{max-width:none;padding:0;font-size:11pt}
 .lq *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .lq article{break-before:page;border:0}
 .lq article:first-of-type{break-before:auto}
 .lq .lq-badge{break-inside:avoid}
 .lq nav{break-after:page}
 .lq a{color:inherit;text-decoration:none}
}
"""


def style_sheet() -> str:
    """The style rules of the view (all scoped under the ``lq`` class)."""
    return "\n".join((_BASE_CSS.strip(), _kind_css(), _role_css()))


# --------------------------------------------------------------------------- marks


def _badge(quote: Quote, number: int) -> str:
    att = quote.attribution
    speaker = att.speaker if att is not None else None
    role = speaker.role.value if speaker is not None and speaker.role is not None else "none"
    role_label = _ROLE[role][0] if speaker is not None else "Unattributed"
    parts = [f'<span class="lq-role">{_esc(role_label)}</span> ']
    if speaker is not None:
        parts.append(f'<bdi class="lq-name">{_esc(speaker.display_name)}</bdi>')
        seen = {speaker.display_name.casefold()}
        details = []
        for detail in (speaker.title, speaker.organization):
            if detail and detail.casefold() not in seen:
                seen.add(detail.casefold())
                details.append(detail)
        parts.extend(f", <bdi>{_esc(d)}</bdi>" for d in details)
    parts.append(f' <span class="lq-num">({quote.kind.value}, q{number})</span>')
    return (
        f'<span class="lq-badge" data-role="{role}" data-quote="q{number}">{"".join(parts)}</span>'
    )


def _quote_marks(quotes: Sequence[Quote], first: int) -> Iterable[_Mark]:
    seen: set[tuple[int, int, int]] = set()
    for i, quote in enumerate(quotes):
        number = first + i
        att = quote.attribution
        name = att.speaker.display_name if att is not None else ""
        role = att.speaker.role if att is not None else None
        role_value = role.value if role is not None else "none"
        label = f"{_KIND[quote.kind.value][0]} q{number}: {name or 'unattributed'}"
        yield _Mark(
            quote.span.start,
            quote.span.end,
            _RANK_QUOTE,
            f'<span class="lq-quote" dir="auto" id="q{number}" data-kind="{quote.kind.value}" '
            f'data-speaker="{_esc(name)}" data-role="{role_value}" title="{_esc(label)}">',
            "</span>",
            _badge(quote, number),
        )
        if att is None:
            continue
        source = (att.source_span.start, att.source_span.end, _RANK_SOURCE)
        if source not in seen:
            seen.add(source)
            yield _Mark(
                *source,
                f'<span class="lq-speaker" dir="auto" data-role="{role_value}" '
                f'title="{_esc("speaker: " + name)}">',
                "</span>",
                "",
            )
        if att.cue_span is None:
            continue
        cue = (att.cue_span.start, att.cue_span.end, _RANK_CUE)
        if cue not in seen:
            seen.add(cue)
            yield _Mark(*cue, '<span class="lq-cue" title="reporting cue">', "</span>", "")


def _org_marks(organizations: Sequence[Organization]) -> Iterable[_Mark]:
    for org in organizations:
        label = _esc(f"organization: {org.name} ({org.kind.value})")
        for span in org.mentions:
            yield _Mark(
                span.start,
                span.end,
                _RANK_ORG,
                f'<span class="lq-org" dir="auto" data-org="{_esc(org.name)}" title="{label}">',
                "</span>",
                "",
            )


def _dateline_mark(dateline: Dateline) -> _Mark:
    place = ", ".join(p for p in (dateline.city, dateline.region, dateline.country) if p)
    label = _esc(f"dateline: {place}" + (f", {dateline.date}" if dateline.date else ""))
    return _Mark(
        dateline.span.start,
        dateline.span.end,
        _RANK_DATELINE,
        f'<span class="lq-dateline" title="{label}">',
        "</span>",
        "",
    )


#: Characters a badge waits for after its quotation (the closing mark, a comma).
_CLOSERS = frozenset("\"'”’»›),.;:!?")


def _markup(text: str, lo: int, hi: int, marks: Iterable[_Mark]) -> str:
    """``text[lo:hi]`` escaped, with *marks* as well-formed, non-crossing elements.

    A mark that starts inside another and ends after it is clipped at that one's end.
    A badge is written once no quotation is open, after the closing mark that follows.
    """
    out: list[str] = []
    stack: list[_Mark] = []
    pending: list[str] = []  # badges of closed quotations
    state = [lo, 0]  # the offset written up to; how many quotations are open

    def write_to(end: int) -> None:
        pos = state[0]
        if pending and not state[1]:
            k = pos
            while k < end and k - pos < 3 and text[k] in _CLOSERS:
                k += 1
            out.append(_esc(text[pos:k]))
            out.extend(pending)
            pending.clear()
            pos = k
        out.append(_esc(text[pos:end]))
        state[0] = end

    def close_top() -> None:
        top = stack.pop()
        write_to(top.end)
        out.append(top.close)
        if top.rank == _RANK_QUOTE:
            state[1] -= 1
            pending.append(top.badge)

    ordered = sorted(
        (m._replace(start=max(m.start, lo), end=min(m.end, hi)) for m in marks),
        key=lambda m: (m.start, -m.end, m.rank),
    )
    for mark in ordered:
        if mark.end <= mark.start:
            continue
        while stack and stack[-1].end <= mark.start:
            close_top()
        if stack and mark.end > stack[-1].end:
            mark = mark._replace(end=stack[-1].end)  # crossing: clipped
        write_to(mark.start)
        out.append(mark.open)
        stack.append(mark)
        state[1] += mark.rank == _RANK_QUOTE
    while stack:
        close_top()
    write_to(hi)
    out.extend(pending)
    return "".join(out)


# --------------------------------------------------------------------------- articles


def _meta_line(article: Article) -> str:
    parts: list[str] = []
    if article.outlet:
        parts.append(f"<bdi>{_esc(article.outlet)}</bdi>")
    if article.published is not None:
        parts.append(f"<time>{_esc(article.published.isoformat())}</time>")
    if article.byline is not None and article.byline.authors:
        by = "By " + ", ".join(article.byline.authors)
        if article.byline.agency:
            by += f" ({article.byline.agency})"
        parts.append(f"<bdi>{_esc(by)}</bdi>")
    d = article.dateline
    if d is not None:
        place = ", ".join(p for p in (d.city, d.region, d.country) if p)
        parts.append(f"Dateline: <bdi>{_esc(place or d.text)}</bdi>")
    n = len(article.quotes)
    parts.append(f"{n} quotation{'' if n == 1 else 's'}")
    return "".join(f"<span>{p}</span>" for p in parts)


def _voices_line(article: Article) -> str:
    counts = [
        f'<span class="lq-chip" data-role="{_esc(v.key)}">'
        f"{_esc(_ROLE.get(v.key, (v.key, ''))[0])}</span> {v.quotes}"
        for v in article.voices.by_role
    ]
    return f"<span>Voices: {' '.join(counts)}</span>" if counts else ""


def _own_mark(quote: Quote, number: int) -> list[_Mark]:
    """The quotation's mark over its own words (when the article text is not at hand)."""
    mark = next(iter(_quote_marks([quote], number)))
    return [mark._replace(start=0, end=len(quote.text))]


def _body(article: Article, first: int) -> str:
    """The article's text with its marks, or, without the text, its quotations as a list."""
    text = article.text
    if text is None:
        items = (
            f"<blockquote>{_markup(q.text, 0, len(q.text), _own_mark(q, first + i))}</blockquote>"
            for i, q in enumerate(article.quotes)
        )
        return (
            '<p class="lq-warn">The article text is not available (a record read back from '
            "JSON); its quotations:</p>"
            f'<div class="lq-quotes">{"".join(items)}</div>'
        )
    lo, hi = (article.span.start, article.span.end) if article.span is not None else (0, len(text))
    marks: list[_Mark] = list(_quote_marks(article.quotes, first))
    marks.extend(_org_marks(article.organizations))
    if article.dateline is not None:
        marks.append(_dateline_mark(article.dateline))
    return f'<div class="lq-body">{_markup(text, lo, hi, marks)}</div>'


def _article(article: Article, *, label: str, anchor: str, first: int) -> str:
    if not isinstance(article, Article):
        raise TypeError(f"expected a laborquotes.Article, got {type(article).__name__}")
    heading = article.headline or label or "Article"
    sub = f'<span class="lq-num">{_esc(label)}</span>' if label and article.headline else ""
    warnings = "".join(f'<p class="lq-warn">Warning: {_esc(w)}</p>' for w in article.warnings)
    return (
        f'<article id="{_esc(anchor)}"><h2><bdi>{_esc(heading)}</bdi></h2>'
        f'<p class="lq-meta">{sub and f"<span>{sub}</span>"}{_meta_line(article)}'
        f"{_voices_line(article)}</p>{warnings}{_body(article, first)}</article>"
    )


def article_html(article: Article) -> str:
    """One article as an HTML fragment (an ``<article>`` element; style from
    :func:`style_sheet`, or use :func:`fragment_html`). Quotations are ``id="q1"``, ..."""
    return _article(article, label="", anchor="a1", first=1)


def fragment_html(article: Article) -> str:
    """One article with its style sheet and legend, for a notebook (``_repr_html_``)."""
    return f'<div class="lq"><style>{style_sheet()}</style>{_legend()}{article_html(article)}</div>'


# --------------------------------------------------------------------------- the page


def _legend() -> str:
    roles = "".join(
        f'<span class="lq-chip" data-role="{value}">{_esc(label)}</span>'
        for value, label, _colour in sorted(ROLE_STYLES, key=lambda r: r[0] == "none")
    )
    kinds = "".join(
        f'<span class="lq-quote" data-kind="{value}">{_esc(label)}</span>'
        for value, label, _bg, _border in KIND_STYLES
    )
    marks = (
        '<span class="lq-speaker" data-role="none">speaker as written</span>'
        '<span class="lq-cue">reporting cue</span>'
        '<span class="lq-org">organization</span>'
        '<span class="lq-dateline">dateline</span>'
    )
    return (
        '<div class="lq-legend" role="note" aria-label="Legend">'
        f"<p><b>Speaker roles:</b> {roles}</p><p><b>Quotations:</b> {kinds}</p>"
        f"<p><b>Marks:</b> {marks}</p>"
        "<p>Each quotation ends with a badge: role, speaker, title, organization, "
        "kind and number.</p></div>"
    )


def _toc(entries: Sequence[tuple[str, str, int]]) -> str:
    rows = "".join(
        f'<li><a href="#{_esc(anchor)}"><bdi>{_esc(heading)}</bdi></a> '
        f"({count} quotation{'' if count == 1 else 's'})</li>"
        for anchor, heading, count in entries
    )
    return f'<nav aria-label="Contents"><h2>Contents</h2><ol>{rows}</ol></nav>'


def page_html(items: Sequence[tuple[str, Article]], *, title: str | None = None) -> str:
    """One self-contained HTML page for ``(label, article)`` pairs (a label is a file
    name or a record id; a batch gets a table of contents). Quotations are numbered
    through the page: ``id="q1"``, ``id="q2"``, ..."""
    if isinstance(items, Article | str | bytes) or not isinstance(items, Iterable):
        raise TypeError(
            f"page_html() needs a sequence of (label, Article) pairs, got {type(items).__name__}"
        )
    sections: list[str] = []
    toc: list[tuple[str, str, int]] = []
    first = 1
    for i, item in enumerate(items, 1):
        if not isinstance(item, tuple | list) or len(item) != 2:
            raise TypeError(f"page_html() item {i} is not a (label, Article) pair")
        label, article = item
        anchor = f"a{i}"
        sections.append(_article(article, label=str(label), anchor=anchor, first=first))
        toc.append((anchor, article.headline or str(label) or f"Article {i}", len(article.quotes)))
        first += len(article.quotes)
    heading = title or "Who said what"
    contents = _toc(toc) if len(toc) > 1 else ""
    return _page(heading, f"<h1>{_esc(heading)}</h1>{_legend()}{contents}{''.join(sections)}")


# --------------------------------------------------------------------------- the report page

_CHART_GROUPS = 30  # bars drawn at most (the groups with the most quotations)
_BAR_W, _BAR_H, _GAP, _LABEL_W, _COUNT_W = 560, 22, 8, 190, 70
_LABEL_CHARS = 26

_REPORT_CSS = """
body.lq.lq-report{max-width:64rem}
.lq h3{font-size:1rem;margin:1rem 0 .25rem}
.lq table{border-collapse:collapse;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,
 Arial,sans-serif;margin:.5rem 0 1rem;width:100%}
.lq th,.lq td{border-bottom:1px solid #d0d0d0;padding:.2rem .5rem;text-align:left;
 vertical-align:top}
.lq td.n,.lq th.n{text-align:right;font-variant-numeric:tabular-nums}
.lq .lq-scroll{overflow-x:auto}
.lq figure{margin:0 0 1.5rem}
.lq figcaption{font:600 1rem system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
 margin:0 0 .5rem}
.lq svg{width:100%;min-width:600px;height:auto;display:block}
.lq details{margin:0 0 1rem}
.lq summary{font:600 1rem system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;
 cursor:pointer}
@media print{.lq details>*{display:block}}
"""


def _pct(share: float) -> str:
    return f"{100 * share:.0f}%"


def _short(label: str, keep_end: bool) -> str:
    """A label cut to fit the chart (a path keeps its end: the file name)."""
    if len(label) <= _LABEL_CHARS:
        return label
    return "…" + label[1 - _LABEL_CHARS :] if keep_end else label[: _LABEL_CHARS - 1] + "…"


def _bar(y: int, label: str, shares: Sequence[tuple[str, int]], unit: str, keep_end: bool) -> str:
    total = sum(n for _role, n in shares)
    short = _short(label, keep_end)
    out = [
        f'<text x="{_LABEL_W - 8}" y="{y + 15}" text-anchor="end">'
        f"<title>{_esc(label)}</title>{_esc(short)}</text>"
    ]
    x = float(_LABEL_W)
    for role, n in shares:
        if not n:
            continue
        w = _BAR_W * n / total
        name, colour = _ROLE[role]
        tip = f"{label}: {name} {n} {unit} ({_pct(n / total)})"
        out.append(
            f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{_BAR_H}" fill="{colour}" '
            f'data-role="{role}"><title>{_esc(tip)}</title></rect>'
        )
        if w >= 34:
            out.append(
                f'<text x="{x + w / 2:.1f}" y="{y + 15}" text-anchor="middle" fill="#fff">'
                f"{_pct(n / total)}</text>"
            )
        x += w
    count = f"n={total}" if total else "none"
    out.append(f'<text x="{_LABEL_W + _BAR_W + 6}" y="{y + 15}">{count}</text>')
    return "".join(out)


def _chart(
    bars: Sequence[tuple[str, Sequence[tuple[str, int]]]], caption: str, unit: str, keep_end: bool
) -> str:
    """Stacked horizontal bars of role shares, one per group, as inline SVG."""
    height = len(bars) * (_BAR_H + _GAP) + _GAP
    width = _LABEL_W + _BAR_W + _COUNT_W
    body = "".join(
        _bar(_GAP + i * (_BAR_H + _GAP), label, shares, unit, keep_end)
        for i, (label, shares) in enumerate(bars)
    )
    return (
        f"<figure><figcaption>{_esc(caption)}</figcaption>{_role_legend()}"
        f'<div class="lq-scroll"><svg xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{_esc(caption)}" font-family="system-ui, Arial, sans-serif" '
        f'font-size="12" fill="{TEXT_COLOUR}">{body}</svg></div></figure>'
    )


def _role_legend() -> str:
    chips = "".join(
        f'<span class="lq-chip" data-role="{value}">{_esc(label)}</span>'
        for value in ROLES
        for label, _colour in (_ROLE[value],)
    )
    return f'<div class="lq-legend" role="note" aria-label="Roles"><p>{chips}</p></div>'


def _table(head: Sequence[str], rows: Iterable[Sequence[object]], numeric: set[int]) -> str:
    cls = [' class="n"' if i in numeric else "" for i in range(len(head))]
    th = "".join(f'<th scope="col"{cls[i]}>{_esc(h)}</th>' for i, h in enumerate(head))
    body = "".join(
        "<tr>" + "".join(f"<td{cls[i]}>{_esc(v)}</td>" for i, v in enumerate(row)) + "</tr>"
        for row in rows
    )
    return (
        f'<div class="lq-scroll"><table><thead><tr>{th}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _role_name(role: str) -> str:
    return _ROLE[role][0] if role in _ROLE else role


def _group_tables(stats: GroupStats, top: int) -> str:
    roles = _table(
        ("Role", "Quotations", "Share", "Speakers", "Share"),
        (
            (_role_name(r["role"]), r["quotes"], _pct(r["quote_share"]), r["speakers"],
             _pct(r["speaker_share"]))
            for r in stats.role_rows()
        ),
        {1, 2, 3, 4},
    )  # fmt: skip
    kinds = _table(
        ("Kind", "Quotations", "Share"),
        ((r["kind"], r["quotes"], _pct(r["quote_share"])) for r in stats.kind_rows()),
        {1, 2},
    )
    speakers = _table(
        ("Speaker", "Role", "Quotations", "Articles"),
        ((r["name"], _role_name(r["role"]), r["quotes"], r["articles"])
         for r in stats.top_speakers(top)),
        {2, 3},
    )  # fmt: skip
    orgs = _table(
        ("Organization (of the speakers)", "Quotations"),
        ((r["organization"], r["quotes"]) for r in stats.top_organizations(top)),
        {1},
    )
    return f"{roles}{kinds}<h3>Top speakers</h3>{speakers}<h3>Top organizations</h3>{orgs}"


def _group_section(stats: GroupStats, top: int, *, open_: bool) -> str:
    summary = (
        f"{stats.name}: {stats.articles} article{'' if stats.articles == 1 else 's'}, "
        f"{stats.total_quotes} quotations, {stats.total_speakers} speakers"
    )
    return (
        f"<details{' open' if open_ else ''}><summary><bdi>{_esc(summary)}</bdi></summary>"
        f"{_group_tables(stats, top)}</details>"
    )


def _articles_table(rows: Sequence[ArticleRow]) -> str:
    def cells(row: ArticleRow) -> tuple[object, ...]:
        roles = Counter(role for role, *_ in row.quotes)
        mix = ", ".join(f"{_role_name(r)} {roles[r]}" for r in ROLES if roles[r])
        speakers = len({(q[2], q[0]) for q in row.quotes if q[2] is not None})
        return (row.label, row.group, row.headline or "", row.published or "",
                len(row.quotes), speakers, row.error or mix)  # fmt: skip

    return _table(
        ("Article", "Group", "Headline", "Published", "Quotations", "Speakers", "Roles"),
        (cells(row) for row in rows),
        {4, 5},
    )


def report_html(report: Report, *, title: str | None = None) -> str:
    """The voices report as one self-contained page: charts, tables, one row per article."""
    groups = report.ordered_groups()
    drawn = sorted(groups, key=lambda g: -g.total_quotes)[:_CHART_GROUPS]
    drawn = [g for g in groups if g in drawn]  # in the groups' own order
    total = report.total
    heading = title or f"Who gets a voice, by {report.by}"
    roles = ROLES
    by_quotes = [(g.name, [(r, g.quotes[r]) for r in roles]) for g in [total, *drawn]]
    by_speakers = [(g.name, [(r, g.speakers[r]) for r in roles]) for g in [total, *drawn]]
    more = len(groups) - len(drawn)
    by_file = report.by == "file"
    note = (
        f"<p>The charts show the {len(drawn)} groups with the most quotations; "
        f"{more} more are in the tables.</p>"
        if more
        else ""
    )
    errors = "".join(f"<li>{_esc(e)}</li>" for e in report.errors)
    parts = [
        f"<h1>{_esc(heading)}</h1>",
        f'<p class="lq-meta">{total.articles} articles ({total.articles_without_quotes} without '
        f"quotations), {total.total_quotes} quotations ({total.unattributed} unattributed: "
        f"counted as {_role_name('none')!r}), {total.total_speakers} speakers "
        f"(distinct per article), {len(groups)} groups by {_esc(report.by)}.</p>",
        _chart(by_quotes, "Share of quotations by speaker role", "quotations", by_file),
        _chart(by_speakers, "Share of speakers by role", "speakers", by_file),
        note,
        "<h2>All articles</h2>",
        _group_tables(total, report.top),
        f"<h2>By {_esc(report.by)}</h2>",
        *(_group_section(g, report.top, open_=len(groups) <= 6) for g in groups),
        "<h2>Articles</h2>",
        _articles_table(report.rows),
        f"<h2>Inputs that failed</h2><ul>{errors}</ul>" if errors else "",
    ]
    return _page(heading, "".join(parts), _REPORT_CSS, "lq lq-report")


def _page(heading: str, body: str, extra_css: str = "", body_class: str = "lq") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{_esc(heading)}</title><style>{style_sheet()}\n{_PAGE_CSS.strip()}"
        f"{extra_css}</style></head>"
        f'<body class="{body_class}">{body}</body></html>\n'
    )
