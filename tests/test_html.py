"""The HTML view: escaped, well-formed, every quotation marked, an accessible palette."""

from __future__ import annotations

import html.parser
import re

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _html

VOID = {"meta", "br", "img", "link", "input", "hr"}


class _Tree(html.parser.HTMLParser):
    """Checks that tags balance; collects the text outside badges, and the elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.badge_depth = 0  # >0 while inside a badge
        self.text: list[str] = []
        self.elements: list[dict[str, str | None]] = []
        self.inner: list[list[str]] = []  # each element's text (outside badges)
        self.open: list[int] = []  # indices of the open elements
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        self.elements.append({"tag": tag, **found})
        self.inner.append([])
        if tag in VOID:
            return
        if self.badge_depth or "lq-badge" in (found.get("class") or ""):
            self.badge_depth += 1
        self.stack.append(tag)
        self.open.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        self.open.pop()
        if self.badge_depth:
            self.badge_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.badge_depth:
            self.text.append(data)
            for i in self.open:
                self.inner[i].append(data)

    def texts(self, klass: str) -> list[str]:
        return [
            "".join(self.inner[i]) for i, e in enumerate(self.elements) if e.get("class") == klass
        ]


def _tree(markup: str) -> _Tree:
    tree = _Tree()
    tree.feed(markup)
    tree.close()
    assert tree.errors == []
    assert tree.stack in ([], ["html"], ["html", "body"])  # never left open by us
    return tree


def _body_text(markup: str) -> str:
    return "".join(_tree(markup).text)


# --------------------------------------------------------------------------- the example


@pytest.fixture(scope="module")
def example(example_text: str) -> lq.Article:
    return lq.parse(example_text)


def test_page_is_well_formed_and_marks_every_quote(example: lq.Article) -> None:
    page = lq.page_html([("port-strike.txt", example)])
    tree = _tree(page)
    quotes = [e for e in tree.elements if e.get("class") == "lq-quote" and e.get("id")]
    assert [e["id"] for e in quotes] == [f"q{i}" for i in range(1, len(example.quotes) + 1)]
    for element, quote in zip(quotes, example.quotes, strict=True):
        assert element["data-kind"] == quote.kind.value
        assert quote.attribution is not None
        assert element["data-speaker"] == quote.attribution.speaker.display_name
        role = quote.attribution.speaker.role
        assert element["data-role"] == (role.value if role else "none")
    badges = [e for e in tree.elements if e.get("class") == "lq-badge"]
    # one badge per quotation (a quotation nested in another closes, and is badged, first)
    assert sorted(str(b["data-quote"]) for b in badges) == sorted(str(e["id"]) for e in quotes)


def test_page_text_is_the_article_text(example: lq.Article, example_text: str) -> None:
    page = lq.page_html([("a", example)])
    body = page[page.index('<div class="lq-body">') : page.index("</article>")]
    assert _body_text(body) == example_text


@pytest.mark.parametrize(
    ("klass", "expected"),
    [
        ("lq-dateline", "HARBOR CITY, Calif. (AP) —"),
        ("lq-org", "Pacific Terminal Operators Association"),
        (
            "lq-speaker",
            "Maria Delgado-Reyes, president of International Longshore Workers Union Local 19",
        ),
        ("lq-speaker", "she"),
        ("lq-org", "AP"),
        ("lq-cue", "told"),
    ],
)
def test_marks_cover_their_words(example: lq.Article, klass: str, expected: str) -> None:
    assert expected in _tree(example.to_html()).texts(klass)


def test_a_mention_inside_a_speaker_span_nests(example: lq.Article) -> None:
    page = example.to_html()
    start = page.index('title="speaker: Maria Delgado-Reyes">Maria')
    inner = page[start : page.index("</span>.", start)]
    assert '<span class="lq-org"' in inner
    _tree(page)


def test_to_html_and_repr_html(example: lq.Article) -> None:
    page = example.to_html(title="Port strike")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Port strike</title>" in page
    fragment = example._repr_html_()
    assert fragment.startswith('<div class="lq"><style>')
    assert 'id="q1"' in fragment
    assert "<html" not in fragment
    assert lq.page_html([("", example)]) == example.to_html()


def test_page_is_self_contained(example: lq.Article) -> None:
    page = example.to_html()
    assert "script-src 'none'" in page
    assert "<script" not in page.lower()
    assert not re.search(r"(?i)\b(?:src|href)\s*=\s*[\"']?(?:https?:)?//", page)
    assert "url(" not in page
    assert "@import" not in page
    assert "@media print" in page


def test_batch_page_has_contents_and_unique_ids(example: lq.Article) -> None:
    plain = attrs.evolve(example, headline=None)  # the contents list the headline when there is one
    page = lq.page_html([("one.txt", plain), ("two.txt", plain)], title="Batch")
    tree = _tree(page)
    ids = [e["id"] for e in tree.elements if e.get("id")]
    assert len(ids) == len(set(ids))
    assert '<nav aria-label="Contents">' in page
    assert '<a href="#a1"><bdi>one.txt</bdi></a>' in page
    assert '<a href="#a2"><bdi>two.txt</bdi></a>' in page
    n = len(example.quotes)
    assert f'id="q{2 * n}"' in page
    assert f'id="q{2 * n + 1}"' not in page


def test_single_page_has_no_contents(example: lq.Article) -> None:
    assert "<nav" not in example.to_html()


# --------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "text",
    [
        '<script>alert("x")</script> "We will win," said Ana Ruiz.',
        '"<b>bold</b> & <i>more</i>," said O\'Brien <img src=x onerror=alert(1)>.',
        '"نحن لن نتراجع," said Ana Ruiz, president of Local 7. &amp; &lt;',
        '"</span></div></article> closing tags," said Tom Lee.',
    ],
    ids=["script", "markup", "rtl", "closers"],
)
def test_article_text_is_escaped(text: str) -> None:
    article = lq.parse(text)
    page = article.to_html()
    assert "<script" not in page.lower()
    assert "<img" not in page.lower()
    assert "<b>bold" not in page
    body = page[page.index('<div class="lq-body">') : page.index("</article>")]
    assert _body_text(body) == text


def test_speaker_fields_are_escaped() -> None:
    speaker = lq.Speaker(name='<script>x</script>"', title="<i>t</i>", organization="A&B")
    quote = lq.Quote(
        text="hi",
        span=lq.Span(start=1, end=3),
        kind=lq.QuoteKind.DIRECT,
        attribution=lq.Attribution(speaker=speaker, source_span=lq.Span(start=5, end=9)),
    )
    article = lq.Article(quotes=(quote,), text='"hi" said me', headline="<h1>x</h1>")
    page = article.to_html()
    assert "<script>" not in page
    assert "<i>t</i>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;&quot;" in page
    assert "&lt;h1&gt;x&lt;/h1&gt;" in page
    _tree(page)


def test_article_without_text_lists_its_quotes(example: lq.Article) -> None:
    restored = lq.Article.from_dict(example.to_dict())
    assert restored.text is None
    page = restored.to_html()
    tree = _tree(page)
    assert sum(1 for e in tree.elements if e.get("class") == "lq-quote" and e.get("id")) == len(
        example.quotes
    )
    assert "not available" in page


def test_article_span_limits_the_text() -> None:
    text = "Noise before. The union said it would strike. Noise after."
    article = lq.Article(text=text, span=lq.Span(start=14, end=45))
    body = article.to_html()
    assert "Noise" not in body
    assert "The union said it would strike." in body


@pytest.mark.parametrize("bad", [None, "text", 3, [lq.Article()]])
def test_page_html_rejects_wrong_types(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        lq.page_html(bad)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- marks never cross


def _mark(start: int, end: int, rank: int, name: str) -> _html._Mark:
    badge = f'<span class="lq-badge">{name}</span>' if rank == 0 else ""
    return _html._Mark(start, end, rank, f'<span class="{name}">', "</span>", badge)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 10, 0), (2, 4, 2)], '<span class="m0">ab<span class="m1">cd</span>efghij</span>'),
        ([(0, 5, 0), (3, 8, 2)], '<span class="m0">abc<span class="m1">de</span></span>fghij'),
        ([(3, 8, 2), (0, 5, 0)], '<span class="m1">abc<span class="m0">de</span></span>fghij'),
        ([(0, 0, 0), (4, 4, 1)], "abcdefghij"),
        ([(8, 20, 1)], 'abcdefgh<span class="m0">ij</span>'),
    ],
    ids=["nested", "crossing", "crossing-order", "empty", "past-end"],
)
def test_markup_nests_and_clips(spans: list[tuple[int, int, int]], expected: str) -> None:
    marks = [
        _html._Mark(s, e, r, f'<span class="m{i}">', "</span>", "")
        for i, (s, e, r) in enumerate(spans)
    ]
    assert _html._markup("abcdefghij", 0, 10, marks) == expected


def test_badge_waits_for_the_closing_mark_and_the_outer_quote() -> None:
    text = 'a "bc" de'
    marks = [_mark(3, 5, 0, "q"), _mark(2, 8, 0, "outer")]
    out = _html._markup(text, 0, len(text), marks)
    assert out.endswith(
        '</span>&quot; d</span><span class="lq-badge">q</span><span class="lq-badge">outer</span>e'
    )
    text = '"bc," de'
    out = _html._markup(text, 0, len(text), [_mark(1, 3, 0, "q")])
    assert out == '&quot;<span class="q">bc</span>,&quot;<span class="lq-badge">q</span> de'


_spans = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40), st.integers(0, 4)), max_size=25)


@settings(max_examples=300, deadline=None)
@given(text=st.text(min_size=0, max_size=40), spans=_spans)
def test_markup_is_well_formed_and_keeps_the_text(
    text: str, spans: list[tuple[int, int, int]]
) -> None:
    marks = [_mark(min(s, e), max(s, e), r, f"m{i}") for i, (s, e, r) in enumerate(spans)]
    out = _html._markup(text, 0, len(text), marks)
    tree = _tree(out)
    assert "".join(tree.text) == text
    badges = [e for e in tree.elements if e.get("class") == "lq-badge"]
    assert len(badges) == sum(1 for m in marks if m.rank == 0 and min(m.end, len(text)) > m.start)


# --------------------------------------------------------------------------- accessibility


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG 2 contrast ratio of two ``#rrggbb`` colours."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_contrast_formula() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


PAIRS = [
    *((f"role {v}", "#ffffff", colour) for v, _label, colour in _html.ROLE_STYLES),
    *((f"kind {v}", _html.TEXT_COLOUR, bg) for v, _label, bg, _b in _html.KIND_STYLES),
    ("dateline", _html.TEXT_COLOUR, _html.DATELINE_BACKGROUND),
    ("muted", _html.MUTED_COLOUR, _html.PAGE_BACKGROUND),
    ("text", _html.TEXT_COLOUR, _html.PAGE_BACKGROUND),
    ("muted on quote", _html.MUTED_COLOUR, "#fff0b3"),
]


@pytest.mark.parametrize(("name", "fg", "bg"), PAIRS, ids=[p[0] for p in PAIRS])
def test_palette_contrast_is_at_least_aa(name: str, fg: str, bg: str) -> None:
    assert contrast(fg, bg) >= 4.5, f"{name}: {contrast(fg, bg):.2f}"


def test_role_and_kind_are_written_not_only_coloured(example: lq.Article) -> None:
    page = example.to_html()
    legend = page[page.index('class="lq-legend"') :]
    for _value, label, _colour in _html.ROLE_STYLES:
        assert f">{label}</span>" in legend
    for _value, label, _bg, _border in _html.KIND_STYLES:
        assert f">{label}</span>" in legend
    assert '<span class="lq-role">Union official</span>' in page
    assert "(direct, q1)" in page
    assert {v for v, *_ in _html.ROLE_STYLES} == {r.value for r in lq.Role} | {"none"}
    assert [v for v, *_ in _html.ROLE_STYLES] == sorted(v for v, *_ in _html.ROLE_STYLES)
