"""Speed of read_export against parsing the same bodies one by one.

Builds a large synthetic export in each format from a folder of article texts (the
first line is taken as the headline, the rest as the body), then times
``read_export(export)`` and ``parse(body)`` over the bodies alone::

    python benchmarks/bench_exports.py --texts ../shared/corpus/polnear/train/text [--repeat 3]

Prints, per format, the best of *repeat* runs of each and their ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import sys
import time
from collections.abc import Callable

import laborquotes

_DAY = dt.date(2021, 3, 3)


def _split(text: str) -> tuple[str, str]:
    head, _, body = text.strip().partition("\n")
    return " ".join(head.split()) or "Untitled", body.strip()


def _lexisnexis(items: list[tuple[str, str]]) -> str:
    out = []
    for i, (head, body) in enumerate(items, 1):
        out.append(
            f"                    {i} of {len(items)} DOCUMENTS\n\n"
            f"                    The Example Ledger\n\n"
            f"                    {_DAY:%B} {_DAY.day}, {_DAY.year} Wednesday\n\n"
            f"{head}\n\nBYLINE: By Ana Ruiz\n\nLENGTH: {len(body.split())} words\n\n"
            f"{body}\n\nLOAD-DATE: {_DAY:%B} {_DAY.day}, {_DAY.year}\n\nLANGUAGE: ENGLISH\n\n"
        )
    return "".join(out)


def _factiva(items: list[tuple[str, str]]) -> str:
    out = []
    for i, (head, body) in enumerate(items, 1):
        lead, _, rest = body.partition("\n\n")
        out.append(
            f"HD      {head}\nBY      By Ana Ruiz\nWC      {len(body.split())} words\n"
            f"PD      {_DAY.day} {_DAY:%B} {_DAY.year}\nSN      The Example Ledger\n"
            f"LA      English\nLP      {lead}\n\nTD      {rest}\n"
            f"AN      Document EXLEDG{i:020d}\n\n\n"
        )
    return "".join(out)


def _proquest(items: list[tuple[str, str]]) -> str:
    sep = "_" * 60
    out = [f"{sep}\n\nReport Information from ProQuest\n{sep}\n\n"]
    for i, (head, body) in enumerate(items, 1):
        out.append(
            f"Document {i} of {len(items)}\n\n{head}\n\nAuthor: Ruiz, Ana\n\n"
            f"Full text: {body}\n\nTitle: {head}\n\nPublication title: The Example Ledger\n\n"
            f"Publication date: {_DAY:%b} {_DAY.day}, {_DAY.year}\n\n{sep}\n\n"
        )
    return "".join(out)


def _best(func: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        func()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", required=True, type=pathlib.Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    items = [_split(p.read_text(encoding="utf-8")) for p in sorted(args.texts.glob("*.txt"))]
    bodies = [body for _, body in items]
    laborquotes.parse('Warm-up: "We are ready," said Ana Ruiz.')

    def alone() -> None:
        for body in bodies:
            laborquotes.parse(body, published=_DAY)

    base = _best(alone, args.repeat)
    chars = sum(map(len, bodies))
    print(f"{len(bodies)} bodies, {chars:,} chars: parse() alone {base:.2f} s")
    formats = (("lexisnexis", _lexisnexis), ("factiva", _factiva), ("proquest", _proquest))
    for name, build in formats:
        export = build(items)
        found = laborquotes.read_export(export)
        assert len(found) == len(items), (name, len(found))
        took = _best(lambda export=export: laborquotes.read_export(export), args.repeat)
        print(
            f"{name:10} export {len(export):,} chars, {len(found)} articles: "
            f"read_export {took:.2f} s, {took / base:.2f}x parsing the bodies alone"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
