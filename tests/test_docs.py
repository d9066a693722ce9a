"""The docs stay true: every CLI option and record field is documented (the scale-out
recipes run in tests/test_dask.py)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import laborquotes as lq
from laborquotes import _cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _python_blocks(page: str) -> list[str]:
    """The plain ```python blocks of a page (recipes not run are ```{code-block} python)."""
    return FENCE.findall((DOCS / page).read_text(encoding="utf-8"))


def _cli_options() -> list[str]:
    parser = _cli._parser()
    return [s for action in parser._actions for s in action.option_strings]


def test_cli_reference_documents_every_option() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    options = _cli_options()
    assert "--format" in options
    for option in options:
        assert re.search(rf"`{re.escape(option)}[` ]", page), f"docs/cli.md lacks {option}"
    for status in ("0", "1", "2"):
        assert f"| `{status}` |" in page


def test_cli_reference_lists_no_stale_option() -> None:
    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^`(--?[a-z][a-z-]*)", page, re.MULTILINE))
    assert documented
    assert documented <= set(_cli_options())


@pytest.mark.parametrize(
    "cls",
    [
        lq.Article,
        lq.Dateline,
        lq.Quote,
        lq.Attribution,
        lq.Speaker,
        lq.Organization,
        lq.Voices,
        lq.VoiceCount,
        lq.Span,
        lq.Byline,
    ],
    ids=lambda c: c.__name__,
)
def test_model_page_documents_every_field(cls: type[Any]) -> None:
    page = (DOCS / "model.md").read_text(encoding="utf-8")
    # The table after the class's heading (or after its first mention as a role).
    start = page.index(f"## {cls.__name__}") if f"## {cls.__name__}\n" in page else None
    if start is None:
        start = page.index(f"{{class}}`~laborquotes.{cls.__name__}`")
    section = page[start:]
    table = section[: section.index("\n\n", section.index("| field |"))]
    rows = re.findall(r"^\| `(\w+)` \|", table, re.MULTILINE)
    # Private fields (a quote's link to the cast, read as ``Quote.speaker``) aside.
    assert rows == [f.name for f in attrs.fields(cls) if not f.name.startswith("_")]


def test_record_columns_documented() -> None:
    page = (DOCS / "scale-out.md").read_text(encoding="utf-8")
    table = page[page.index("| column | value |") :]
    cells = re.findall(r"^\| ((?:`\w+`(?:, )?)+) \|", table, re.MULTILINE)
    documented = [name for cell in cells for name in re.findall(r"`(\w+)`", cell)]
    assert documented == list(lq.RECORD_FIELDS)


def test_every_page_is_in_the_toctree() -> None:
    index = (DOCS / "index.md").read_text(encoding="utf-8")
    entries = set(re.findall(r"^([\w-]+)$", index, re.MULTILINE))
    pages = {p.stem for p in DOCS.glob("*.md")} - {"index"}
    assert pages <= entries


def test_readme_points_to_the_docs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install '.[docs]'" in readme
    assert "sphinx-build -W --keep-going -n -b html docs docs/_build/html" in readme
