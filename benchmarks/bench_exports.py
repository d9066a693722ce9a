"""Speed of read_export against parsing the same bodies one by one.

Builds a large synthetic export in each format from a folder of article texts (the
first line is taken as the headline, the rest as the body), then times
``read_export(export)`` and ``parse(body)`` over the bodies alone::

    python benchmarks/bench_exports.py --texts ../shared/corpus/polnear/train/text [--repeat 3]

Runs are interleaved (bodies alone, then each format, *repeat* rounds) and timed in
process CPU time, so a busy shared machine skews both sides alike; prints the best run
of each and the ratio.
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


def _cpu(func: Callable[[], object]) -> float:
    t0 = time.process_time()
    func()
    return time.process_time() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", required=True, type=pathlib.Path)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    items = [_split(p.read_text(encoding="utf-8")) for p in sorted(args.texts.glob("*.txt"))]
    bodies = [body for _, body in items]
    laborquotes.parse('Warm-up: "We are ready," said Ana Ruiz.')
    builders = {"lexisnexis": _lexisnexis, "factiva": _factiva, "proquest": _proquest}
    exports = {name: build(items) for name, build in builders.items()}
    for name, export in exports.items():
        found = laborquotes.read_export(export)
        assert len(found) == len(items), (name, len(found))

    def alone() -> None:
        for body in bodies:
            laborquotes.parse(body, published=_DAY)

    best: dict[str, float] = {}
    for _ in range(args.repeat):
        runs = {"alone": alone} | {
            name: (lambda export=export: laborquotes.read_export(export))
            for name, export in exports.items()
        }
        for name, func in runs.items():
            best[name] = min(best.get(name, float("inf")), _cpu(func))
    chars = sum(map(len, bodies))
    print(f"{len(bodies)} bodies, {chars:,} chars: parse() alone {best['alone']:.2f} s CPU")
    for name, export in exports.items():
        print(
            f"{name:10} export {len(export):,} chars, {len(items)} articles: read_export "
            f"{best[name]:.2f} s CPU, {best[name] / best['alone']:.2f}x parsing the bodies alone"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
