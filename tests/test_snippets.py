"""Every plain ```python block of the docs and the README runs as pasted (from the checkout).

The ``{doctest}`` blocks run under ``sphinx-build -b doctest``; the scale-out recipes run in
``tests/test_dask.py``, and the view page's commands in ``tests/test_report.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)
ELSEWHERE = {"scale-out.md"}  # run by tests/test_dask.py
PAGES = sorted(
    p for p in [ROOT / "README.md", *(ROOT / "docs").glob("*.md")] if p.name not in ELSEWHERE
)
BLOCKS = [
    pytest.param(page, i, block, id=f"{page.name}-{i}")
    for page in PAGES
    for i, block in enumerate(FENCE.findall(page.read_text(encoding="utf-8")))
    if not block.lstrip().startswith(">>>")  # doctest form: run by test_readme_doctest
]


def _namespace() -> dict[str, Any]:
    """What a page's earlier text has set up: the bundled example and its article."""
    import laborquotes

    text = (ROOT / "examples" / "port-strike.txt").read_text(encoding="utf-8")
    return {"__name__": "laborquotes_docs", "text": text, "article": laborquotes.parse(text)}


def test_there_are_snippets() -> None:
    assert len(BLOCKS) >= 2


@pytest.mark.parametrize(("page", "index", "block"), BLOCKS)
def test_python_block_runs(
    page: Path, index: int, block: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(block, f"{page.name} block {index}", "exec"), _namespace())


# The README reads the example with open(...).read(), as people type it in a REPL.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_readme_doctest(monkeypatch: pytest.MonkeyPatch) -> None:
    import doctest

    monkeypatch.chdir(ROOT)
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [b for b in FENCE.findall(text) if b.lstrip().startswith(">>>")]
    assert blocks
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README-{i}", "README.md", 0))
    assert runner.summarize(verbose=False).failed == 0
