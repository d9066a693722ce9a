"""Scale-out: records cross process boundaries unchanged (a Dask bag on local processes)."""

from __future__ import annotations

import json

import dask
import dask.bag as db

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
