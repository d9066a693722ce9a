"""Find runs of eight words that the project's files share with the shared corpora.

The corpora (PolNeAR article texts, Reuters-21578 story bodies) are third-party data that
must never be copied into code, comments, tests or docs. This script lists every place in
the checked files where eight words in a row (lower-cased, punctuation ignored) also stand
in a corpus text::

    python tests/corpus_overlap.py [--shared ../shared] [PATH ...]

It prints one ``file:line: words`` row a hit and exits 1 when there is any. The project's
side is small, so its word 8-grams go into a dict keyed by the gram; each corpus text is
then streamed once and intersected with it in C (``dict.keys() & zip(...)``), which keeps
a full run to a few seconds.
"""

from __future__ import annotations

import argparse
import html
import os
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

#: How many words in a row make a copy.
GRAM = 8
ROOT = Path(__file__).resolve().parent.parent
#: What is checked by default, relative to the checkout.
DEFAULT_PATHS = ("src", "tests", "docs", "benchmarks", "examples", "README.md", "CHANGELOG.md")
#: File endings read as text.
TEXT_SUFFIXES = frozenset({".py", ".md", ".txt", ".rst", ".json", ".toml", ".cfg", ".tsv"})

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_REUTERS_BODY = re.compile(r"<BODY>(.*?)</BODY>", re.S)

Gram = tuple[str, ...]


def shared_dir() -> Path:
    """``$LABORQUOTES_SHARED``, else ``../shared`` beside the checkout."""
    env = os.environ.get("LABORQUOTES_SHARED")
    return Path(env) if env else ROOT.parent / "shared"


def words(text: str) -> list[str]:
    """The lower-cased words of *text* (a curly apostrophe read as a straight one)."""
    return _WORD.findall(text.lower().replace("’", "'"))


def grams(tokens: list[str]) -> Iterable[Gram]:
    """Every run of :data:`GRAM` consecutive *tokens*."""
    return zip(*(tokens[i:] for i in range(GRAM)), strict=False)


def corpus_texts(shared: Path) -> Iterator[str]:
    """Every PolNeAR article text and every Reuters story body under *shared*."""
    for path in sorted((shared / "corpus" / "polnear").rglob("*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((shared / "corpus" / "reuters21578").glob("*.sgm")):
        raw = path.read_text(encoding="latin-1")
        for body in _REUTERS_BODY.findall(raw):
            yield html.unescape(body)


def project_files(paths: Iterable[Path]) -> Iterator[Path]:
    """The text files under *paths* (files given by name are taken as they are)."""
    for path in paths:
        if path.is_file():
            yield path
            continue
        for file in sorted(path.rglob("*")):
            if file.is_file() and file.suffix in TEXT_SUFFIXES and "__pycache__" not in file.parts:
                yield file


def project_grams(files: Iterable[Path]) -> dict[Gram, list[tuple[Path, int]]]:
    """Each 8-gram of the project's files, with the file and line where it starts."""
    out: dict[Gram, list[tuple[Path, int]]] = {}
    for file in files:
        text = file.read_text(encoding="utf-8", errors="replace").lower().replace("’", "'")
        starts = [m.start() for m in _WORD.finditer(text)]
        tokens = _WORD.findall(text)
        line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        line = 0
        for i, gram in enumerate(grams(tokens)):
            while line + 1 < len(line_starts) and line_starts[line + 1] <= starts[i]:
                line += 1
            out.setdefault(gram, []).append((file, line + 1))
    return out


def find_overlaps(shared: Path, paths: Iterable[Path]) -> list[tuple[Path, int, str]]:
    """``(file, line, words)`` for each 8-gram that a file shares with a corpus text."""
    mine = project_grams(project_files(paths))
    keys = mine.keys()
    found: set[Gram] = set()
    for text in corpus_texts(shared):
        found |= keys & set(grams(words(text)))
    hits = [(f, n, " ".join(g)) for g in found for f, n in mine[g]]
    return sorted(hits, key=lambda h: (str(h[0]), h[1], h[2]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="the shared/ folder")
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders to check")
    args = parser.parse_args(argv)
    shared = args.shared or shared_dir()
    if not (shared / "corpus").is_dir():
        print(f"no corpus at {shared / 'corpus'}", file=sys.stderr)
        return 2
    paths = args.paths or [ROOT / p for p in DEFAULT_PATHS]
    hits = find_overlaps(shared, paths)
    for file, line, gram in hits:
        shown = file.relative_to(ROOT) if file.is_relative_to(ROOT) else file
        print(f"{shown}:{line}: {gram}")
    print(f"{len(hits)} eight-word overlaps with the corpus", file=sys.stderr)
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
