#!/usr/bin/env python3
"""Benchmark laborquotes: throughput, the regex floor, memory, scaling, import time, hostile input.

Run from the repository root (the package installed, e.g. ``pip install -e .``)::

    python benchmarks/bench.py                       # ../shared/corpus/polnear/train/text
    python benchmarks/bench.py path/to/folder        # any folder of .txt articles
    python benchmarks/bench.py --check               # exit 1 when a target is missed

What it measures, in one run:

* ``parse()`` over every ``.txt`` article in the folder (best of ``--repeat`` passes, after
  one warm-up pass): characters per second and articles per second;
* the floor: one compiled ``regex`` pass (quotation marks and ``said``) over the same texts,
  and the ratio of ``parse()`` to it;
* peak memory: traced Python allocations during one pass (``tracemalloc``) and the process'
  maximum resident set size;
* scaling: the articles joined into one document of 1x, 4x and 16x ``--scale-base``
  characters; the time per character should stay flat;
* ``import laborquotes`` in a fresh interpreter (best of 5), and whether it imported
  ``dateparser``;
* the hostile inputs of ``tests/test_hostile.py``, each in a child process with a hard
  timeout of ten times its budget (1 s per MB).

Times are CPU seconds of the measuring process (``time.process_time``), so other work on a
busy machine does not inflate them; the throughput lines also show wall-clock figures.

Targets: >= 2,000,000 chars/s on one core; within 50x of the floor; 16x/1x time per char
<= 1.5; import <= 100 ms without dateparser; every hostile case within 1 s per MB.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train" / "text"

TARGET_CHARS_PER_S = 2_000_000
TARGET_FLOOR_RATIO = 50.0
TARGET_SCALING = 1.5
TARGET_IMPORT_MS = 100.0
HOSTILE_SECONDS_PER_MB = 1.0

#: The floor: one compiled pattern, the kind of scan every quote finder must at least do.
FLOOR = regex.compile(r"[\"\u201c\u201d]|\b(?:said|says|told)\b")

MB = 1_000_000

#: A short invented story that exercises every parser (lazy patterns compile on first use).
WARM_UP = (
    "date 2023-08-16\n\nHARBOR CITY, Calif. (AP) \u2014 Dock workers walked out Tuesday.\n\n"
    '"We will not back down," said Ana Ruiz, president of the Longshore Workers Union Local 7. '
    "Ruiz said the union would meet again.\n\n"
    "Port director Sam Lee told reporters: \u201cThe terminals stay open.\u201d\n"
)

#: name -> Python expression building the text (evaluated in a child process).
HOSTILE: dict[str, str] = {
    "1 MB of straight quotes": "'\"' * 1_000_000",
    "300k curly opening quotes": "'\\u201c' * 300_000",
    "1 MB without whitespace": "('abcdefghij' * 100_000)",
    "'said ' x 200k": "'said ' * 200_000",
    "'WASHINGTON, ' x 100k": "'WASHINGTON, ' * 100_000",
    "300k '('": "'(' * 300_000",
    "1M newlines": "'\\n' * 1_000_000",
    "alternating quotes and attributions": (
        "''.join(f'\"Word {i} here,\" said Jo Smith{i}, president of Local {i}. ' "
        "for i in range(15_000))"
    ),
    "2 MB single paragraph": (
        "('The union said the talks would go on, and ' "
        "'\"we will strike,\" Ana Ruiz said. ') * 26_000"
    ),
    "1 MB of dateline-like caps": "'NEW YORK (AP) — ' * 62_500",
    "1 MB of mixed marks": "'\\u201c\\u201d\"\\'\\u2018\\u2019' * 166_667",
    "1 MB of 'X said: \"'": "'X said: \"' * 100_000",
    "deep appositive": "'said Jo Ray, ' + 'president of the union of ' * 40_000",
}


def _fmt(n: float) -> str:
    return f"{n:,.0f}"


def load(folder: Path, limit: int | None) -> list[str]:
    paths = sorted(folder.glob("*.txt"))
    if limit is not None:
        paths = paths[:limit]
    if not paths:
        sys.exit(f"bench: no .txt files in {folder}")
    return [p.read_text(encoding="utf-8") for p in paths]


def best_times(func: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall-clock and best CPU (this process) seconds of *repeat* calls."""
    wall = cpu = float("inf")
    for _ in range(repeat):
        gc.collect()
        start, start_cpu = time.perf_counter(), time.process_time()
        func()
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def import_time(runs: int = 5) -> tuple[float, float, float, bool]:
    """``import laborquotes`` in fresh interpreters: best wall ms, median wall ms, best CPU
    ms, and whether dateparser was imported."""
    code = textwrap.dedent(
        """
        import sys, time, json
        t, c = time.perf_counter(), time.process_time()
        import laborquotes
        ms = (time.perf_counter() - t) * 1000
        cpu_ms = (time.process_time() - c) * 1000
        print(json.dumps([ms, cpu_ms, "dateparser" in sys.modules]))
        """
    )
    walls: list[float] = []
    cpus: list[float] = []
    dateparser = False
    # Time what an installed package costs: its bytecode compiled once, as pip does on
    # install. Where writing bytecode is off (PYTHONDONTWRITEBYTECODE), every fresh
    # interpreter would compile each edited module from source: use a private cache.
    env = dict(os.environ)
    with tempfile.TemporaryDirectory() as cache:
        if env.pop("PYTHONDONTWRITEBYTECODE", None) or sys.flags.dont_write_bytecode:
            env["PYTHONPYCACHEPREFIX"] = cache
        subprocess.run([sys.executable, "-c", "import laborquotes"], env=env, check=True)
        outs = [
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
            ).stdout
            for _ in range(runs)
        ]
    for out in outs:
        ms, cpu_ms, dp = json.loads(out)
        walls.append(ms)
        cpus.append(cpu_ms)
        dateparser = dateparser or dp
    return min(walls), statistics.median(walls), min(cpus), dateparser


def hostile_case(expr: str, budget: float) -> tuple[str, float, float, int]:
    """Time ``parse()`` and ``parse_attribution()`` on one hostile text in a child.

    Returns (status, parse seconds, parse_attribution seconds, quotes found).
    """
    code = textwrap.dedent(
        f"""
        import json, time, laborquotes
        WARM_UP = {WARM_UP!r}
        text = {expr}
        laborquotes.parse(WARM_UP)  # compile the lazy patterns outside the timing
        t = time.process_time()
        article = laborquotes.parse(text)
        s = time.process_time() - t
        t = time.process_time()
        laborquotes.parse_attribution(text)
        a = time.process_time() - t
        print(json.dumps([s, a, len(text), len(article.quotes)]))
        """
    )
    try:
        proc = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=20 * budget + 5
        )
    except subprocess.TimeoutExpired:
        return "TIMEOUT", 10 * budget, 10 * budget, 0
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        return f"ERROR {last}", 0.0, 0, 0
    seconds, attribution, _chars, quotes = json.loads(proc.stdout)
    return "ok", seconds, attribution, quotes


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (best counts)")
    ap.add_argument("--scale-base", type=int, default=250_000, help="chars of the 1x document")
    ap.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()

    import laborquotes

    print(
        f"laborquotes {laborquotes.__version__}, Python {sys.version.split()[0]}, "
        f"regex {regex.__version__}"
    )
    if hasattr(os, "getloadavg"):
        print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    texts = load(args.folder, args.limit)
    chars = sum(map(len, texts))
    print(
        f"corpus: {args.folder} ({len(texts)} articles, {_fmt(chars)} chars, "
        f"{chars / len(texts):,.0f} per article)"
    )
    failures: list[str] = []

    # -- throughput and the floor
    start = time.perf_counter()
    for text in texts:  # warm-up: lazily compiled patterns, caches
        laborquotes.parse(text)
    warm = time.perf_counter() - start

    def run_parse() -> None:
        for text in texts:
            laborquotes.parse(text)

    def run_floor() -> None:
        for text in texts:
            for _ in FLOOR.finditer(text):
                pass

    wall_parse, t_parse = best_times(run_parse, args.repeat)
    wall_floor, t_floor = best_times(run_floor, args.repeat)
    cps = chars / t_parse
    ratio = t_parse / t_floor
    print(f"\n== throughput (one core, best of {args.repeat}, after a {warm:.2f} s warm-up pass)")
    print("CPU time of this process (wall-clock in brackets, inflated when the machine is busy)")
    print(
        f"parse():     {_fmt(cps):>12} chars/s  {len(texts) / t_parse:>7,.0f} articles/s  "
        f"{t_parse * 1000 / len(texts):.3f} ms/article  [wall {_fmt(chars / wall_parse)} chars/s]"
    )
    print(
        f"regex floor: {_fmt(chars / t_floor):>12} chars/s  "
        f"[wall {_fmt(chars / wall_floor)} chars/s]  one compiled pass: {FLOOR.pattern}"
    )
    print(f"ratio parse/floor: {ratio:.1f}x  [wall {wall_parse / wall_floor:.1f}x]")
    if cps < TARGET_CHARS_PER_S:
        failures.append(f"throughput {_fmt(cps)} < {_fmt(TARGET_CHARS_PER_S)} chars/s")
    if ratio > TARGET_FLOOR_RATIO:
        failures.append(f"ratio to floor {ratio:.1f}x > {TARGET_FLOOR_RATIO:.0f}x")

    # -- memory
    gc.collect()
    tracemalloc.start()
    run_parse()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    try:
        import resource

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        rss_text = f"{rss:,.0f} MiB max RSS"
    except ImportError:  # Windows
        rss_text = "max RSS n/a"
    print("\n== memory")
    print(f"peak traced allocations during one pass: {peak / 2**20:,.2f} MiB; {rss_text}")

    # -- scaling: one document of 1x, 4x, 16x the text
    print("\n== scaling (one document, articles joined by blank lines; CPU time)")
    joined = "\n\n".join(texts)
    while len(joined) < 16 * args.scale_base:
        joined = joined + "\n\n" + joined
    per_char: dict[int, float] = {}
    for factor in (1, 4, 16):
        doc = joined[: factor * args.scale_base]
        _, seconds = best_times(lambda d=doc: laborquotes.parse(d), 1 if factor == 16 else 2)
        per_char[factor] = seconds / len(doc)
        print(
            f"{factor:>2}x {_fmt(len(doc)):>11} chars  {seconds:8.3f} s  "
            f"{per_char[factor] * 1e9:8.1f} ns/char  {len(doc) / seconds:>13,.0f} chars/s"
        )
    growth = per_char[16] / per_char[1]
    print(f"time per char, 16x / 1x: {growth:.2f}")
    if growth > TARGET_SCALING:
        failures.append(f"scaling 16x/1x {growth:.2f} > {TARGET_SCALING}")

    # -- import time
    best_ms, median_ms, cpu_ms, dateparser = import_time()
    print("\n== import laborquotes (fresh interpreter, 5 runs)")
    print(
        f"best {best_ms:.1f} ms wall (median {median_ms:.1f} ms), best {cpu_ms:.1f} ms CPU; "
        f"dateparser imported: {'YES' if dateparser else 'no'}"
    )
    if min(best_ms, cpu_ms) > TARGET_IMPORT_MS:
        failures.append(f"import {min(best_ms, cpu_ms):.1f} ms > {TARGET_IMPORT_MS:.0f} ms")
    if dateparser:
        failures.append("import laborquotes imports dateparser")

    # -- hostile input
    if not args.no_hostile:
        print(
            f"\n== hostile input (budget {HOSTILE_SECONDS_PER_MB:.0f} CPU s per MB; "
            "each in a child process, killed after 10x the budget per call)"
        )
        for name, expr in HOSTILE.items():
            size = len(eval(expr))  # our own constant expressions
            budget = HOSTILE_SECONDS_PER_MB * size / MB
            status, seconds, attribution, quotes = hostile_case(expr, budget)
            worst = max(seconds, attribution)
            verdict = "ok" if worst <= budget else "OVER"
            if status != "ok":
                verdict = status
            print(
                f"{name:<36} {size / MB:5.2f} MB  parse {seconds:7.3f} s "
                f"({seconds / (size / MB):6.3f} s/MB, {quotes:>5} quotes)  "
                f"parse_attribution {attribution:7.3f} s  {verdict}"
            )
            if verdict != "ok":
                failures.append(f"hostile {name!r}: {verdict} ({worst:.2f} s > {budget:.2f} s)")

    print("\n== targets")
    if failures:
        for f in failures:
            print(f"MISSED: {f}")
    else:
        print("all targets met")
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
