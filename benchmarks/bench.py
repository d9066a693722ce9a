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
  timeout of ten times its budget (1 s per MB);
* the growth table: one document per hostile family (runs of ``.`` ``!`` ``?`` ``…``, one
  long paragraph of prose with quotations, nested quotations, quote-dense dialogue, the
  articles joined) at 1, 4 and 16 MB (``--growth-sizes``), each in a child process: CPU
  seconds per MB, the time per character of the largest size over the smallest, and the
  peak memory over the input size. ``--growth-only`` runs just this table.

Times are CPU seconds of the measuring process (``time.process_time``), so other work on a
busy machine does not inflate them; the throughput lines also show wall-clock figures.

Targets: >= 2,000,000 chars/s on one core; within 50x of the floor; 16x/1x time per char
<= 1.5; import <= 100 ms without dateparser; every hostile case within 1 s per MB; every
growth family within 1.3x per char from the smallest to the largest size, at most 1 s per
MB and a peak memory at most 20x the input.

(MB here is a million characters; a memory ratio is the peak of the allocations a parse
makes, traced in a second parse of the same text, over the UTF-8 size of the input.)
"""

from __future__ import annotations

import argparse
import functools
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
from typing import Any

import regex

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train" / "text"

TARGET_CHARS_PER_S = 2_000_000
TARGET_FLOOR_RATIO = 50.0
TARGET_SCALING = 1.5
TARGET_IMPORT_MS = 100.0
HOSTILE_SECONDS_PER_MB = 1.0
TARGET_GROWTH = 1.3
TARGET_GROWTH_S_PER_MB = 1.0
TARGET_GROWTH_MEMORY = 20.0

#: The floor: one compiled pattern, the kind of scan every quote finder must at least do.
FLOOR = regex.compile(r"[\"\u201c\u201d]|\b(?:said|says|told)\b")

MB = 1_000_000

#: A short invented story that exercises every parser (lazy patterns compile on first use,
#: so it holds a dispute, workplaces, parties, reported speech and the forms around them).
WARM_UP = (
    "date 2023-08-16\n\nHARBOR CITY, Calif. (AP) \u2014 Dock workers walked out Tuesday.\n\n"
    '"We will not back down," said Ana Ruiz, president of the Longshore Workers Union Local 7. '
    "Ruiz said the union would meet again.\n\n"
    "Port director Sam Lee told reporters: \u201cThe terminals stay open.\u201d\n\n"
    "Drivers at Fernhill Haulage Ltd went on strike after Kestrel Aero locked out 300 staff. "
    "Skyfare Catering sacked 40 cleaners, and Wessex Coastal said it had offered a 3% rise.\n\n"
    "Sen. Jo Park (D-Calif.), who chairs the labor committee, warned that talks could fail, "
    "according to a spokeswoman for the Department of Labor. Mr Tom Reid, 54, a welder, "
    "told the BBC the offer was \u201can insult\u201d to staff at the Riverside plant.\n\n"
    "\u2018We will strike,\u2019 the GMB union's general secretary, Dame Lin Hart, said. "
    "The company, which employs 2,000 people, denied the claims in a statement on Monday, "
    "saying it had urged workers to return. Officials asked why the mediator, Dr. Al Cole of "
    "Redfield University, had not been called.\n"
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


#: Invented units of the quote-heavy growth families (repeated to the size wanted).
NESTED = (
    '"The boss told us \u201cthe plant \u00abwill\u00bb close\u201d by spring," said Jo Ray. '
    '\u201cShe said "we \u00abnever\u00bb sign" and left,\u201d Al Ito added. '
)
DIALOGUE = (
    '"Go home," said Ana.\n\n"We stay," Ben replied.\n\n"Why?"\n\n"Because we can."\n\n'
    "\u201cThen we wait,\u201d the foreman told them.\n\n"
)

#: name -> how the text of a family is built: ("run", char), ("unit", text) or a corpus form.
GROWTH: dict[str, tuple[str, str]] = {
    "run of '.'": ("run", "."),
    "run of '!'": ("run", "!"),
    "run of '?'": ("run", "?"),
    "run of '\u2026'": ("run", "\u2026"),
    "prose, one paragraph": ("paragraph", ""),
    "nested quotes": ("unit", NESTED),
    "quote-dense dialogue": ("unit", DIALOGUE),
    "articles joined": ("articles", ""),
}


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def growth_text(family: str, size: int, texts: list[str]) -> str:
    """The text of *family* with *size* characters (the corpus forms from *texts*)."""
    how, unit = GROWTH[family]
    if how == "run":
        return unit * size
    if how == "unit":
        return _repeat(unit, size)
    joined = "\n\n".join(texts)
    if how == "paragraph":
        # Every line break a space: the articles' prose and quotations as one paragraph.
        joined = regex.sub(r"\s*\n\s*", " ", joined)
    return _repeat(joined, size)


def _rss_peak() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def growth_child(family: str, size: int, folder: Path) -> None:
    """In a child process: parse one growth document; print seconds, bytes and quotes."""
    import laborquotes

    texts = load(folder, None) if GROWTH[family][0] in ("paragraph", "articles") else []
    # Lazily compiled patterns and the lazy dateparser import, outside the timing.
    laborquotes.parse(WARM_UP + "She said two months ago it was over.", published="2024-05-01")
    for text in texts[:50]:
        laborquotes.parse(text)
    text = growth_text(family, size, texts)
    del texts
    nbytes = len(text.encode("utf-8"))
    gc.collect()
    start = time.process_time()
    article = laborquotes.parse(text)
    seconds = time.process_time() - start
    # The memory of a parse: the peak of the allocations made during a second, traced
    # parse (the resident size cannot tell: freed memory from building the text is
    # reused, and a process never returns all of it).
    del article
    gc.collect()
    tracemalloc.start()
    article = laborquotes.parse(text)
    _, used = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(json.dumps([seconds, used, nbytes, len(article.quotes), len(article.warnings)]))


def growth_case(family: str, size: int, folder: Path) -> dict[str, Any]:
    cmd = [sys.executable, __file__, str(folder), "--growth-child", family, str(size)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60 * size / MB + 120)
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["?"])[-1]
        raise RuntimeError(f"growth {family!r} at {size:,} chars: {last}")
    seconds, used, nbytes, quotes, warnings = json.loads(proc.stdout)
    return {
        "s": seconds,
        "mem": used / nbytes,
        "used": used,
        "quotes": quotes,
        "warnings": warnings,
    }


def growth_table(folder: Path, sizes: list[int], only: str | None = None) -> list[str]:
    """Print the growth table; return the targets missed."""
    words = [w.strip() for w in (only or "").split(",") if w.strip()]
    families = [f for f in GROWTH if not words or any(w in f for w in words)]
    failures: list[str] = []
    label = "  ".join(f"{f'{s / MB:g} MB':>6} s (s/MB, mem)" for s in sizes)
    print(
        f"\n== growth (one document per family; CPU s in a child process; "
        f"per char = largest / smallest size)\n{'family':<22} {label}  per char  quotes"
    )
    for family in families:
        rows = [growth_case(family, size, folder) for size in sizes]
        per_char = [r["s"] / size for r, size in zip(rows, sizes, strict=True)]
        ratio = per_char[-1] / per_char[0] if per_char[0] > 0 else 1.0
        cells = "  ".join(
            f"{r['s']:7.2f} ({r['s'] * MB / size:4.2f}, {r['mem']:4.1f}x)"
            for r, size in zip(rows, sizes, strict=True)
        )
        note = " (budget warning)" if rows[-1]["warnings"] else ""
        print(f"{family:<22} {cells}  {ratio:6.2f}x  {rows[-1]['quotes']:>6}{note}")
        worst_s = max(r["s"] * MB / size for r, size in zip(rows, sizes, strict=True))
        worst_mem = max(r["mem"] for r in rows)
        if len(sizes) > 1 and ratio > TARGET_GROWTH:
            failures.append(f"growth {family!r}: {ratio:.2f}x per char > {TARGET_GROWTH}x")
        if worst_s > TARGET_GROWTH_S_PER_MB:
            failures.append(f"growth {family!r}: {worst_s:.2f} s/MB > {TARGET_GROWTH_S_PER_MB}")
        if worst_mem > TARGET_GROWTH_MEMORY:
            failures.append(f"growth {family!r}: memory {worst_mem:.1f}x > {TARGET_GROWTH_MEMORY}x")
    return failures


def throughput(texts: list[str], repeat: int) -> list[str]:
    """Print parse() and floor throughput; return the targets missed."""
    import laborquotes

    chars = sum(map(len, texts))
    start = time.perf_counter()
    for text in texts:  # warm-up: lazily compiled patterns, caches
        laborquotes.parse(text)
    warm = time.perf_counter() - start

    def run_floor() -> None:
        for text in texts:
            for _ in FLOOR.finditer(text):
                pass

    wall_parse, t_parse = best_times(lambda: _parse_all(texts), repeat)
    wall_floor, t_floor = best_times(run_floor, repeat)
    cps = chars / t_parse
    ratio = t_parse / t_floor
    print(f"\n== throughput (one core, best of {repeat}, after a {warm:.2f} s warm-up pass)")
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
    failures = []
    if cps < TARGET_CHARS_PER_S:
        failures.append(f"throughput {_fmt(cps)} < {_fmt(TARGET_CHARS_PER_S)} chars/s")
    if ratio > TARGET_FLOOR_RATIO:
        failures.append(f"ratio to floor {ratio:.1f}x > {TARGET_FLOOR_RATIO:.0f}x")
    return failures


def _parse_all(texts: list[str]) -> None:
    import laborquotes

    for text in texts:
        laborquotes.parse(text)


def memory(texts: list[str]) -> None:
    gc.collect()
    tracemalloc.start()
    _parse_all(texts)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = _rss_peak()
    rss_text = f"{rss / 2**20:,.0f} MiB max RSS" if rss else "max RSS n/a"
    print("\n== memory")
    print(f"peak traced allocations during one pass: {peak / 2**20:,.2f} MiB; {rss_text}")


def scaling(texts: list[str], base: int) -> list[str]:
    """One document of 1x, 4x and 16x *base* characters; return the targets missed."""
    import laborquotes

    print("\n== scaling (one document, articles joined by blank lines; CPU time)")
    joined = "\n\n".join(texts)
    while len(joined) < 16 * base:
        joined = joined + "\n\n" + joined
    per_char: dict[int, float] = {}
    for factor in (1, 4, 16):
        doc = joined[: factor * base]
        _, seconds = best_times(functools.partial(laborquotes.parse, doc), 1 if factor == 16 else 2)
        per_char[factor] = seconds / len(doc)
        print(
            f"{factor:>2}x {_fmt(len(doc)):>11} chars  {seconds:8.3f} s  "
            f"{per_char[factor] * 1e9:8.1f} ns/char  {len(doc) / seconds:>13,.0f} chars/s"
        )
    growth = per_char[16] / per_char[1]
    print(f"time per char, 16x / 1x: {growth:.2f}")
    return [f"scaling 16x/1x {growth:.2f} > {TARGET_SCALING}"] if growth > TARGET_SCALING else []


def imports() -> list[str]:
    best_ms, median_ms, cpu_ms, dateparser = import_time()
    print("\n== import laborquotes (fresh interpreter, 5 runs)")
    print(
        f"best {best_ms:.1f} ms wall (median {median_ms:.1f} ms), best {cpu_ms:.1f} ms CPU; "
        f"dateparser imported: {'YES' if dateparser else 'no'}"
    )
    failures = []
    if min(best_ms, cpu_ms) > TARGET_IMPORT_MS:
        failures.append(f"import {min(best_ms, cpu_ms):.1f} ms > {TARGET_IMPORT_MS:.0f} ms")
    if dateparser:
        failures.append("import laborquotes imports dateparser")
    return failures


def hostile() -> list[str]:
    print(
        f"\n== hostile input (budget {HOSTILE_SECONDS_PER_MB:.0f} CPU s per MB; "
        "each in a child process, killed after 10x the budget per call)"
    )
    failures = []
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
    return failures


def _sizes(value: str) -> list[int]:
    try:
        sizes = [int(float(v) * MB) for v in value.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes in MB, comma-separated: {value!r}") from None
    if not sizes or min(sizes) <= 0:
        raise argparse.ArgumentTypeError(f"sizes in MB, comma-separated: {value!r}")
    return sorted(sizes)


def _args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--limit", type=int, help="use only the first N articles")
    ap.add_argument("--repeat", type=int, default=3, help="timed passes (best counts)")
    ap.add_argument("--scale-base", type=int, default=250_000, help="chars of the 1x document")
    ap.add_argument("--no-hostile", action="store_true", help="skip the hostile inputs")
    ap.add_argument("--no-growth", action="store_true", help="skip the growth table")
    ap.add_argument("--growth-only", action="store_true", help="run only the growth table")
    ap.add_argument("--growth-sizes", type=_sizes, default=_sizes("1,4,16"), help="MB, e.g. 1,4,16")
    ap.add_argument(
        "--growth-families", help="only the families whose names hold one of these words"
    )
    ap.add_argument("--growth-child", nargs=2, help=argparse.SUPPRESS)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    return ap.parse_args()


def main() -> int:
    args = _args()
    if args.growth_child:
        growth_child(args.growth_child[0], int(args.growth_child[1]), args.folder)
        return 0

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
    if not args.growth_only:
        failures += throughput(texts, args.repeat)
        memory(texts)
        failures += scaling(texts, args.scale_base)
        failures += imports()
        if not args.no_hostile:
            failures += hostile()
    if args.growth_only or not args.no_growth:
        failures += growth_table(args.folder, args.growth_sizes, args.growth_families)

    print("\n== targets")
    if failures:
        for f in failures:
            print(f"MISSED: {f}")
    else:
        print("all targets met")
    return 1 if failures and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
