#!/usr/bin/env python3
"""Where ``parse()`` spends its time: a cProfile of one pass, grouped by module.

    python benchmarks/profile_parse.py                  # ../shared/corpus/polnear/train/text
    python benchmarks/profile_parse.py path/to/folder --top 30
    python benchmarks/profile_parse.py --growth         # functions that grow faster than the text

``--growth`` profiles one document of 250k and of 1M characters (the articles joined by
blank lines) and lists the functions whose own time grows by more than 4x: the places
where time per character is not flat.
"""

from __future__ import annotations

import argparse
import collections
import cProfile
import pstats
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train" / "text"


def _key(k: tuple[str, int, str]) -> str:
    filename, line, func = k
    return f"{Path(filename).name}:{line}({func})" if filename != "~" else func


def _own_times(stats: pstats.Stats) -> dict[str, float]:
    raw = stats.stats  # type: ignore[attr-defined]
    return {_key(k): v[2] for k, v in raw.items()}


def _growth(texts: list[str], top: int) -> int:
    """Functions whose own time grows faster than the text (250k -> 1M characters)."""
    import laborquotes

    joined = "\n\n".join(texts)
    while len(joined) < 1_000_000:
        joined = joined + "\n\n" + joined
    own = {}
    for size in (250_000, 1_000_000):
        prof = cProfile.Profile()
        prof.enable()
        laborquotes.parse(joined[:size])
        prof.disable()
        own[size] = _own_times(pstats.Stats(prof))
    small, big = own[250_000], own[1_000_000]
    rows = sorted(
        ((big.get(k, 0.0) - 4 * small.get(k, 0.0), k) for k in set(small) | set(big)),
        reverse=True,
    )[:top]
    print("functions whose own time grows faster than the text (250k -> 1M chars):")
    for excess, k in rows:
        if excess <= 0:
            break
        print(f"  {k:70} {small.get(k, 0.0):7.3f} s -> {big.get(k, 0.0):7.3f} s")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--top", type=int, default=20, help="functions to list")
    ap.add_argument("--growth", action="store_true", help="compare 250k and 1M documents")
    args = ap.parse_args()

    import laborquotes

    paths = sorted(args.folder.glob("*.txt"))
    if not paths:
        sys.exit(f"profile: no .txt files in {args.folder}")
    texts = [p.read_text(encoding="utf-8") for p in paths]
    for text in texts:  # warm up: lazy patterns and caches
        laborquotes.parse(text)

    if args.growth:
        return _growth(texts, args.top)

    prof = cProfile.Profile()
    prof.enable()
    for text in texts:
        laborquotes.parse(text)
    prof.disable()
    stats = pstats.Stats(prof)
    raw = stats.stats  # type: ignore[attr-defined]
    by_module: collections.Counter[str] = collections.Counter()
    for (filename, _, func), v in raw.items():
        if "laborquotes" in filename:
            by_module[Path(filename).name] += v[2]
        elif filename == "~":
            by_module[f"C: {func[:50]}"] += v[2]
        else:
            by_module[f"other: {Path(filename).name}"] += v[2]
    total = sum(by_module.values())
    chars = sum(map(len, texts))
    print(f"{len(texts)} articles, {chars:,} chars, {total:.2f} s under the profiler")
    print("\nown time by module (C calls listed separately):")
    for name, seconds in by_module.most_common(args.top):
        print(f"  {name:60} {seconds:7.3f} s {100 * seconds / total:5.1f}%")
    print("\nfunctions by own time:")
    stats.sort_stats("tottime").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
