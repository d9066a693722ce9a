"""The docs stay true: every CLI option and record field is documented, and every command
of a console block runs (the scale-out recipes run in tests/test_dask.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
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


# --------------------------------------------------------------------------- console blocks
#
# Every ```console block of the README and the docs: each command that runs `laborquotes`
# is run by bash (with `pipefail`) in a fresh folder that holds the files the commands name,
# and must exit 0. A block in prompt form (`$ command`, then the lines it prints) must print
# exactly those lines. The other commands (installs, the docs build, scorers and
# benchmarks) are listed in NOT_RUN with where they are run instead, so a new command is
# either run here or named there.

CONSOLE_PAGES = [ROOT / "README.md", *sorted(DOCS.glob("*.md"))]
CONSOLE = re.compile(r"^( *)```console\n(.*?)^\1```$", re.DOTALL | re.MULTILINE)
#: Commands of console blocks that are not run here, and why.
NOT_RUN = {
    "python -m pip install .": ".ci/run installs the package from the checkout",
    "python -m pip install '.[test]'": ".ci/run: the test extra",
    "python -m pytest": "this suite",
    "python -m pip install laborquotes": "from PyPI: .ci/run installs from a local index",
    "python -m pip install '.[docs]'": ".ci/run: the docs extra",
    "sphinx-build -W --keep-going -n -b html docs docs/_build/html": ".ci/run",
    "sphinx-build -W --keep-going -b doctest docs docs/_build/doctest": ".ci/run",
    "python benchmarks/bench.py": "a benchmark, run by hand (it prints figures)",
    "python benchmarks/bench.py --check": "a benchmark",
    "python benchmarks/bench.py ../shared/corpus/polnear/train/text": "a benchmark",
    "python ../shared/eval/score_quotes.py --polnear ../shared/corpus/polnear --split train": (
        "a scorer on the shared corpora"
    ),
    "python benchmarks/score_attributions.py ../shared/corpus/polnear": "a scorer",
    "python ../shared/eval/score_datelines.py --reuters ../shared/corpus/reuters21578": (
        "a scorer"
    ),
}

_STORY = '"We will not load a single ship," said Ana Ruiz, president of Local 12.\n'
_JSONL = [
    {"id": 1, "text": _STORY, "outlet": "Harbour Ledger", "published": "2024-05-01"},
    {"id": 2, "text": "The port was quiet on Monday.\n", "outlet": "Coast Wire"},
]
_CRAWL = [{"url": "https://example.org/a", "body": _STORY, "date": "2024-05-02"}]


def _workspace(folder: Path, command: str) -> None:
    """The files the docs' commands read, made up (examples/ is the bundled example)."""
    example = (ROOT / "examples" / "port-strike.txt").read_text(encoding="utf-8")
    files = {
        "examples/port-strike.txt": example,
        "article.txt": example,
        "story.txt": _STORY,
        "a.txt": example,
        "b.txt": _STORY,
        "c.txt": "No one was quoted.\n",
        "articles/one.txt": example,
        "articles/more/two.txt": _STORY,
        "stories/one.txt": _STORY,
        "archive/day/one.txt": _STORY,
        "nexis-download.txt": (ROOT / "tests/exports/nexis_uni.txt").read_text("utf-8"),
        "nexis-downloads/uni.txt": (ROOT / "tests/exports/nexis_uni.txt").read_text("utf-8"),
        "nexis-downloads/classic.txt": (ROOT / "tests/exports/lexisnexis_classic.txt").read_text(
            "utf-8"
        ),
        "articles.jsonl": "".join(json.dumps(r) + "\n" for r in _JSONL),
        "crawl.jsonl": "".join(json.dumps(r) + "\n" for r in _CRAWL),
    }
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    if "old-newsroom-story.txt" in command:  # not UTF-8: only where a command reads it
        story = "\u201cWe will not go back,\u201d said Ana Ruiz \u2013 a nurse.\n"
        (folder / "old-newsroom-story.txt").write_bytes(story.encode("cp1252"))


#: A pipeline stage that runs the program (not ``pip install laborquotes``).
_PROGRAM = re.compile(r"\s*(?:python -m )?laborquotes\b")


def _block_commands(block: str) -> list[tuple[str, str | None]]:
    """``(command line, the output shown or None)`` of a console block."""
    lines = block.splitlines()
    if not any(line.lstrip().startswith("$ ") for line in lines):
        return [(line.strip(), None) for line in lines if line.strip()]
    commands: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.lstrip().startswith("$ "):
            commands.append((line.lstrip()[2:].strip(), []))
        else:
            commands[-1][1].append(line.strip())
    return [(c, "".join(f"{o}\n" for o in out)) for c, out in commands]


def _console_commands() -> tuple[list[Any], list[str]]:
    """The runnable commands (as pytest params) and the commands not run."""
    run: list[Any] = []
    not_run: list[str] = []
    for page in CONSOLE_PAGES:
        for b, (indent, block) in enumerate(CONSOLE.findall(page.read_text(encoding="utf-8"))):
            block = "\n".join(line.removeprefix(indent) for line in block.splitlines())
            for c, (line, shown) in enumerate(_block_commands(block)):
                for part in line.split(" && "):
                    if any(_PROGRAM.match(stage) for stage in part.split("|")):
                        run.append(pytest.param(part, shown, id=f"{page.name}-{b}-{c}"))
                    else:
                        not_run.append(re.sub(r"\s+#.*", "", part).strip())
    return run, not_run


RUN, SKIPPED_COMMANDS = _console_commands()


def test_every_console_command_is_run_or_accounted_for() -> None:
    assert len(RUN) >= 30
    assert sorted(set(SKIPPED_COMMANDS)) == sorted(NOT_RUN)


@pytest.mark.parametrize(("command", "shown"), RUN)
def test_console_command_runs(tmp_path: Path, command: str, shown: str | None) -> None:
    _workspace(tmp_path, command)
    bin_dir = str(Path(sys.executable).parent)  # `laborquotes` and `python` of this venv
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}
    env.pop("PYTHONPATH", None)
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    if shown is not None:
        assert proc.stdout == shown
