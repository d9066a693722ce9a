"""The HTML view in a real browser: Debian's chromium driven by Playwright.

Chromium is found at ``$LABORQUOTES_CHROMIUM`` or ``/usr/bin/chromium``; Playwright's own
browser download is never used. Without a browser (or without the ``playwright`` package)
the tests are skipped on a developer machine and fail when ``CI`` is set. Screenshots go
to ``$LABORQUOTES_ARTIFACTS`` (default ``build/artifacts``).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import laborquotes as lq

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
WIDTHS = (1280, 390)


def _unavailable(message: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{message} (CI is set: the browser tests must run)")
    pytest.skip(message)


def _chromium_path() -> str:
    path = os.environ.get("LABORQUOTES_CHROMIUM") or "/usr/bin/chromium"
    if not Path(path).exists():
        _unavailable(f"chromium not found at {path} (apt-get install chromium)")
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = _chromium_path()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed (pip install '.[browser]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def artifacts() -> Path:
    out = Path(os.environ.get("LABORQUOTES_ARTIFACTS") or ROOT / "build" / "artifacts")
    out.mkdir(parents=True, exist_ok=True)
    return out


class _Loaded:
    """A page with the HTML set; the requests it made, and those that reached the network."""

    def __init__(self, browser: Any, markup: str, width: int) -> None:
        self.context = browser.new_context(viewport={"width": width, "height": 900})
        self.left: list[str] = []  # requests that got as far as the network (aborted)
        self.requests: list[str] = []  # every request the page started
        self.console: list[str] = []
        self.context.route("**/*", self._block)
        self.page = self.context.new_page()
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: self.console.append(m.text))
        self.page.set_content(markup, wait_until="load")

    def _block(self, route: Any) -> None:
        self.left.append(route.request.url)
        route.abort()

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def load(browser: Any) -> Iterator[Any]:
    opened: list[_Loaded] = []

    def open_page(markup: str, width: int = 1280) -> _Loaded:
        opened.append(_Loaded(browser, markup, width))
        return opened[-1]

    yield open_page
    for loaded in opened:
        loaded.close()


# --------------------------------------------------------------------------- articles


def _hostile_text() -> str:
    """Markup, right-to-left quotations and a body of about 2 MB (all invented)."""
    head = (
        "<script>window.__pwned = 1</script> "
        '<img src="http://example.invalid/x.png" onerror="window.__pwned = 2">\n\n'
        '"We will not </span></div> back down <b>now</b>," said Ana Ruiz, president of '
        "Local 7.\n\n"
        '"نحن لن نتراجع عن مطالبنا," said Karim Haddad, a union steward at the plant.\n\n'
        'Dana Levi, a shop steward, said "אנחנו נמשיך" before the vote.\n\n'
    )
    filler = "Trucks lined up at the gate as the night shift ended and the pickets stayed. "
    para = '"The line holds," said Tom Lee, a dock worker. ' + filler * 12 + "\n\n"
    return head + para * (2_000_000 // len(para) + 1) + "x" * 5000 + "\n"


def _article(name: str) -> lq.Article:
    if name == "example":
        return lq.parse((ROOT / "examples" / "port-strike.txt").read_text(encoding="utf-8"))
    return lq.parse(_hostile_text())


@pytest.fixture(scope="module", params=["example", "seed", "hostile"])
def rendered(request: pytest.FixtureRequest) -> tuple[str, lq.Article, str]:
    if request.param == "seed":  # read from ../shared as tests/test_seed.py does
        article = lq.parse(request.getfixturevalue("seed_text"))
    else:
        article = _article(request.param)
    return request.param, article, article.to_html(title=f"laborquotes: {request.param}")


QUOTE_BOXES = """() => Array.from(document.querySelectorAll('.lq-quote[id]')).map(e => {
  const r = e.getBoundingClientRect();
  return [e.id, r.width, r.height, e.checkVisibility({opacityProperty: true,
          visibilityProperty: true})];
})"""

# Badges against the line boxes of every quotation and of every other badge, bucketed by
# height so a page with thousands of quotations stays fast.
OVERLAPS = """() => {
  const B = 48, quotes = new Map(), badges = new Map(), bad = [];
  const keys = r => { const k = []; for (let i = Math.floor(r.top / B);
    i <= Math.floor(r.bottom / B); i++) k.push(i); return k; };
  const put = (m, r, id) => { for (const k of keys(r)) { if (!m.has(k)) m.set(k, []);
    m.get(k).push([r, id]); } };
  const area = (a, b) => Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left))
    * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  for (const q of document.querySelectorAll('.lq-quote[id]'))
    for (const r of q.getClientRects()) if (r.width > 0 && r.height > 0) put(quotes, r, q.id);
  const all = Array.from(document.querySelectorAll('.lq-badge'));
  for (const b of all) {
    const r = b.getBoundingClientRect(), id = b.dataset.quote;
    if (r.width === 0 || r.height === 0) { bad.push([id, 'empty badge']); continue; }
    for (const k of keys(r)) {
      for (const [q, qid] of quotes.get(k) || []) if (area(r, q) > 1) bad.push([id, qid]);
      for (const [o, oid] of badges.get(k) || []) if (area(r, o) > 1) bad.push([id, oid]);
    }
    put(badges, r, id);
  }
  return {count: all.length, bad: bad.slice(0, 20)};
}"""


def _check_layout(loaded: _Loaded, article: lq.Article) -> None:
    boxes = loaded.page.evaluate(QUOTE_BOXES)
    assert len(boxes) == len(article.quotes)
    hidden = [b for b in boxes if not (b[1] > 0 and b[2] > 0 and b[3])]
    assert hidden == []
    overlaps = loaded.page.evaluate(OVERLAPS)
    assert overlaps["count"] == len(article.quotes)
    assert overlaps["bad"] == []
    assert loaded.page.evaluate("document.scripts.length") == 0
    assert loaded.page.evaluate("typeof window.__pwned") == "undefined"
    assert loaded.requests == []
    assert loaded.left == []


@pytest.mark.parametrize("width", WIDTHS)
def test_view_in_chromium(
    load: Any, rendered: tuple[str, lq.Article, str], width: int, artifacts: Path
) -> None:
    name, article, markup = rendered
    loaded = load(markup, width)
    _check_layout(loaded, article)
    # No sideways scrolling, even with a 5,000-letter word in the text.
    assert loaded.page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    loaded.page.screenshot(
        path=str(artifacts / f"view-{name}-{width}.png"), full_page=name != "hostile"
    )


def test_view_prints(load: Any, artifacts: Path) -> None:
    article = _article("example")
    loaded = load(article.to_html(), 1280)
    loaded.page.emulate_media(media="print")
    _check_layout(loaded, article)
    loaded.page.screenshot(path=str(artifacts / "view-example-print.png"), full_page=True)
    assert loaded.page.pdf(format="A4")[:5] == b"%PDF-"


def test_hostile_markup_shows_as_text(load: Any) -> None:
    article = lq.parse(_hostile_text()[:2000])
    loaded = load(article.to_html(), 1280)
    body = loaded.page.inner_text(".lq-body")
    assert "<script>window.__pwned = 1</script>" in body
    assert 'onerror="window.__pwned = 2"' in body
    assert "</span></div> back down <b>now</b>" in body
    assert loaded.page.evaluate("document.images.length") == 0
    _check_layout(loaded, article)


def test_the_page_policy_blocks_scripts_and_requests(load: Any) -> None:
    """Defence in depth: even markup injected into the page cannot run or fetch."""
    markup = _article("example").to_html()
    injected = (
        "<script>window.__pwned = 3</script>"
        '<img src="http://example.invalid/y.png" onerror="window.__pwned = 4">'
        '<link rel="stylesheet" href="https://example.invalid/z.css"></body>'
    )
    loaded = load(markup.replace("</body>", injected), 1280)
    loaded.page.wait_for_timeout(200)
    assert loaded.page.evaluate("typeof window.__pwned") == "undefined"
    assert loaded.left == []  # Chromium reports the attempts, but the policy stops them
    violations = [m for m in loaded.console if "Content Security Policy" in m]
    assert any("script-src 'none'" in m for m in violations)
    assert any("example.invalid/y.png" in m for m in violations)


def _report_page() -> str:
    from laborquotes import _html, _report

    example = _article("example")
    other = lq.parse('"We will strike at dawn," said Ana Ruiz, a nurse at Mercy General.\n')
    report = _report.Report(by="outlet").extend(
        _report.article_row(label, article, group=group)
        for label, article, group in [
            ("port-strike.txt", example, "Harbor Daily"),
            ("nurses.txt", other, "Valley Wire"),
            ("port-again.txt", example, "Valley Wire"),
        ]
    )
    return _html.report_html(report, title="Who gets a voice, by outlet")


@pytest.mark.parametrize("width", WIDTHS)
def test_report_in_chromium(load: Any, width: int, artifacts: Path) -> None:
    loaded = load(_report_page(), width)
    bars = loaded.page.evaluate(
        """() => Array.from(document.querySelectorAll('svg rect')).map(r => {
             const b = r.getBoundingClientRect(); return [b.width, b.height]; })"""
    )
    assert bars
    assert all(w > 0 and h > 0 for w, h in bars)
    assert loaded.page.locator("svg").first.is_visible()
    assert loaded.page.evaluate(
        "document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )
    assert loaded.requests == []
    assert loaded.left == []
    loaded.page.screenshot(path=str(artifacts / f"report-{width}.png"), full_page=True)
