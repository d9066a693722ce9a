"""Scale-out: records cross process boundaries unchanged (a Dask bag on local processes)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import dask
import dask.bag as db
import pytest

import laborquotes as lq


def _to_json(article: lq.Article) -> str:
    return json.dumps(article.to_dict(), sort_keys=True)


def test_dask_bag_processes_gives_identical_results(example_text: str) -> None:
    expected = lq.parse(example_text)
    assert expected.dateline is not None
    assert expected.quotes
    bag = db.from_sequence([example_text] * 64, npartitions=4).map(lq.parse)  # type: ignore[no-untyped-call]
    with dask.config.set({"multiprocessing.context": "spawn"}):
        results = bag.compute(scheduler="processes", num_workers=2)
    assert len(results) == 64
    assert all(type(a) is lq.Article for a in results)
    assert all(a == expected for a in results)


def test_dask_bag_json_and_rows(example_text: str) -> None:
    items = [(f"doc-{i}", example_text) for i in range(16)]
    bag = db.from_sequence(items, npartitions=4)  # type: ignore[no-untyped-call]
    lines = bag.map(lambda item: _to_json(lq.parse(item[1]))).compute(scheduler="processes")
    assert set(lines) == {_to_json(lq.parse(example_text))}
    assert [lq.Article.from_dict(json.loads(line)) for line in lines[:1]] == [
        lq.parse(example_text)
    ]
    rows = (
        bag.map(lambda item: lq.records([(item[0], lq.parse(item[1]))]))
        .flatten()
        .compute(scheduler="processes")
    )
    assert rows == lq.records((i, lq.parse(t)) for i, t in items)


# --------------------------------------------------------------------------- docs/scale-out.md

DOCS = Path(__file__).resolve().parent.parent / "docs"
FENCE = re.compile(r"^```python\n(.*?)^```$", re.DOTALL | re.MULTILINE)


def _page() -> str:
    return (DOCS / "scale-out.md").read_text(encoding="utf-8")


def test_scale_out_dask_recipe_runs(example_text: str, tmp_path: Path) -> None:
    blocks = FENCE.findall(_page())
    assert len(blocks) == 4
    namespace: dict[str, Any] = {
        "__name__": "laborquotes_docs_scale_out",  # not importable: functions pickle by value
        "text": example_text,
        "out": tmp_path,
    }
    for block in blocks:
        exec(compile(block, "docs/scale-out.md", "exec"), namespace)
    assert namespace["bag"].npartitions >= 8
    assert len(namespace["errors"]) == 2
    assert namespace["lines"].npartitions > 1


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [([], 1), ([10], 1), ([4 * 2**20] * 3, 3), ([2**20] * 9, 3), ([100] * 5, 1)],
)
def test_npartitions_follow_the_input_size(sizes: list[int], expected: int) -> None:
    namespace: dict[str, Any] = {"__name__": "laborquotes_docs_scale_out"}
    exec(compile(FENCE.findall(_page())[0], "docs/scale-out.md", "exec"), namespace)
    records = [{"id": i, "text": "x" * n} for i, n in enumerate(sizes)] + [
        {"id": "bad", "text": None}
    ]
    assert namespace["npartitions_for"](records) == expected
