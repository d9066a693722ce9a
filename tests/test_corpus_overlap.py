"""No eight words in a row copied from the shared corpora (see ``tests/corpus_overlap.py``).

Runs when the corpus is there (``../shared`` beside the checkout, or ``$LABORQUOTES_SHARED``,
which CI sets); skips only when it is absent.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_overlap

#: Real organizations whose registry line (name, then acronym) is eight words the corpus
#: also holds: a name is a fact, not copied prose.
ORGANIZATION_NAMES = frozenset({"International Federation of Professional and Technical Engineers"})
REGISTRY = "src/laborquotes/data/organizations.txt"


def _is_organization_name(hit: str) -> bool:
    """Whether *hit* (``file:line: words``) is a registry line naming one of
    :data:`ORGANIZATION_NAMES`."""
    file, number, _ = hit.split(":", 2)
    if file != REGISTRY:
        return False
    lines = (corpus_overlap.ROOT / REGISTRY).read_text(encoding="utf-8").splitlines()
    fields = lines[int(number) - 1].split(";")
    return len(fields) > 2 and fields[2] in ORGANIZATION_NAMES


@pytest.fixture(scope="module")
def hits() -> list[str]:
    shared = corpus_overlap.shared_dir()
    if not (shared / "corpus").is_dir():
        pytest.skip(f"no corpus at {shared / 'corpus'} (set LABORQUOTES_SHARED)")
    paths = [corpus_overlap.ROOT / p for p in corpus_overlap.DEFAULT_PATHS]
    found = corpus_overlap.find_overlaps(shared, paths)
    return [f"{f.relative_to(corpus_overlap.ROOT)}:{n}: {g}" for f, n, g in found]


def test_no_corpus_overlap(hits: list[str]) -> None:
    copied = [h for h in hits if not _is_organization_name(h)]
    assert copied == [], "\n".join(copied)


def test_the_checker_finds_a_planted_copy(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus" / "polnear" / "train" / "text"
    corpus.mkdir(parents=True)
    (corpus / "a.txt").write_text("One two three four five six seven eight nine ten.\n")
    mine = tmp_path / "mine.py"
    mine.write_text('x = 1\n# "Two, three four five six -- seven eight nine."\n')
    other = tmp_path / "other.py"
    other.write_text("# one two three four five six seven\n")
    found = corpus_overlap.find_overlaps(tmp_path, [mine, other])
    assert [(f.name, n) for f, n, _ in found] == [("mine.py", 2)]
    assert found[0][2] == "two three four five six seven eight nine"
