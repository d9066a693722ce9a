"""Score datelines on a hand-labelled development set: every text of PolNeAR's train split.

The labels (``dev_datelines.tsv`` beside this script) hold file names, offsets and
fields only, never text: run against your own copy of the corpus::

    python benchmarks/score_dev_datelines.py --polnear ../shared/corpus/polnear [--show]

``found``: a labelled dateline was found (any span); ``correct``: found with the same
span and city; ``false``: a dateline reported on a text labelled as having none. The
figures are split by layout: the ``ABSTRACT.`` / ``FULL TEXT.`` archive texts (99 NYT
texts), the other NYT texts (title, then body) and the other outlets.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import pathlib
import sys
from collections import Counter

import laborquotes

HERE = pathlib.Path(__file__).parent


def _labels(path: pathlib.Path) -> list[tuple[str, int, int, str]]:
    rows = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t"):
            if not row or row[0].startswith("#"):
                continue
            rows.append((row[0], int(row[1]), int(row[2]), row[3]))
    return rows


def _published(polnear: pathlib.Path) -> dict[str, dt.date]:
    out = {}
    with (polnear / "metadata.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[row["filename"] + ".txt"] = dt.date.fromisoformat(row["publication_date"])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--polnear", required=True, type=pathlib.Path)
    ap.add_argument("--labels", type=pathlib.Path, default=HERE / "dev_datelines.tsv")
    ap.add_argument("--show", action="store_true", help="print every miss and false dateline")
    args = ap.parse_args(argv)
    published = _published(args.polnear)
    counts: Counter[tuple[str, str]] = Counter()
    for name, start, end, city in _labels(args.labels):
        text = (args.polnear / "train" / "text" / name).read_text(encoding="utf-8")
        layout = "nyt" if name.startswith("nyt_") else "other"
        layout = "abstract" if "\nFULL TEXT.\n" in text else layout
        got = laborquotes.parse_dateline(text, published=published.get(name))
        counts[layout, "texts"] += 1
        if start < 0:
            counts[layout, "none"] += 1
            if got is not None:
                counts[layout, "false"] += 1
                if args.show:
                    print(f"FALSE {name}: {got.span.start}-{got.span.end} {got.city}")
            continue
        counts[layout, "gold"] += 1
        if got is None:
            if args.show:
                print(f"MISS  {name}: {start}-{end} {city}")
            continue
        counts[layout, "found"] += 1
        same = (got.span.start, got.span.end) == (start, end)
        if same and (got.city or "").casefold() == city.casefold():
            counts[layout, "correct"] += 1
        elif args.show:
            print(f"WRONG {name}: got {got.span.start}-{got.span.end} {got.city}, want {city}")
    for layout in ("abstract", "nyt", "other", "all"):
        keys = ("abstract", "nyt", "other") if layout == "all" else (layout,)

        def n(what: str, keys: tuple[str, ...] = keys) -> int:
            return sum(counts[k, what] for k in keys)

        print(
            f"{layout:8} texts {n('texts'):3}: datelines {n('gold')}, found {n('found')}, "
            f"correct {n('correct')}; texts without one {n('none')}, false {n('false')}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
