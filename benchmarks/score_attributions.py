#!/usr/bin/env python3
"""Score every attribution, direct and indirect, on PolNeAR at 30% span coverage.

``../shared/eval/score_quotes.py`` scores quoted runs only. This script scores what the
maintainers' held-out set measures: every annotated attribution's Content (in quotation
marks or not) against every quotation ``extract_quotes`` returns (direct, partial and
indirect). Run from the repository root, the package installed::

    python benchmarks/score_attributions.py ../shared/corpus/polnear [--limit N] [--show N]

Matching is one-to-one, in text order: a found quotation matches an annotated Content when
it covers at least 30% of the Content's characters and at least 30% of its own characters
lie inside it. ``speaker`` counts, of the matched Contents with a Source, those whose
found source span overlaps the Source or whose resolved name's last word is in it.

A partial quotation that starts inside an indirect one (``she said the offer was "an
insult" to nurses``: the exact words next to the paraphrase, one attribution) is part of
that attribution: it is neither matched nor counted on its own.

PolNeAR annotates thoughts and stances as well as speech (``X believes ...``), so recall
here is a floor for speech; precision counts quotations the annotators left out as wrong.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from pathlib import Path

import laborquotes
import laborquotes._vocab

COVER = 0.30
#: Cues that report speech (the package's reporting-verb table), so a Content cued by
#: one of them is speech rather than a thought or stance (``believes``, ``polls show``).
SPEECH = frozenset(laborquotes._vocab.verb_forms()) | {""}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "him", "her", "them"}
_ENTRY = re.compile(r"(T\d+)\t(\S+) ([\d ;]+)\t")


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def attributions(found: list[laborquotes.Quote]) -> list[laborquotes.Quote]:
    """The quotations that are attributions of their own: a partial one that starts
    inside an indirect one is part of it (*found* is in text order)."""
    out: list[laborquotes.Quote] = []
    outer: laborquotes.Quote | None = None
    for q in found:
        nested = outer is not None and outer.span.start < q.span.start < outer.span.end
        if q.kind is laborquotes.QuoteKind.PARTIAL and nested:
            continue
        out.append(q)
        if q.kind is laborquotes.QuoteKind.INDIRECT:
            outer = q
        elif outer is not None and q.span.start >= outer.span.end:
            outer = None
    return out


def load(folder: Path, split: str, limit: int | None) -> list[tuple[str, str, list]]:
    """(name, text, [(content span, [source spans], source text, speech)]) per article."""
    with open(folder / "metadata.tsv", encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r["compartment"] == split]
    docs = []
    for row in rows[:limit]:
        name = row["filename"]
        annotator = sorted(row["annotators"].split("|"))[0]
        text = (folder / split / "text" / f"{name}.txt").read_text(encoding="utf-8")
        ann = (folder / split / "attributions" / f"{name}_{annotator}.ann").read_text(
            encoding="utf-8"
        )
        spans: dict[str, list[tuple[int, int]]] = {}
        gold = []
        for line in ann.split("\n"):
            m = _ENTRY.match(line)
            if m:
                spans[m.group(1)] = [
                    (int(a), int(b)) for a, b in (f.split() for f in m.group(3).split(";"))
                ]
        for line in ann.split("\n"):
            if not line.startswith("E"):
                continue
            rel = dict(p.split(":") for p in line.split("\t")[1].split())
            content = spans.get(rel.get("Content", ""), [])
            if not content:
                continue
            sources = spans.get(rel.get("Source", ""), [])
            span = (min(s for s, _ in content), max(e for _, e in content))
            cue = " ".join(text[s:e] for s, e in spans.get(rel.get("Cue", ""), [])).lower()
            speech = any(w.strip(":") in SPEECH for w in cue.split()) or "according" in cue
            gold.append((span, sources, " ".join(text[s:e] for s, e in sources), speech))
        gold.sort()
        docs.append((name, text, gold))
    return docs


class _Tally:
    """The counts of one run: matches, misses, speakers, by kind and for speech cues."""

    def __init__(self, show: int) -> None:
        self.tp = self.fp = self.fn = self.with_src = self.spk = 0
        self.sp_gold = self.sp_found = self.sp_src = self.sp_ok = 0
        self.by_kind: dict[str, list[int]] = {}
        self.show = show

    def article(self, name: str, text: str, gold: list, found: list[laborquotes.Quote]) -> None:
        """Match one article's *found* attributions to its *gold* Contents, one to one."""
        used: set[int] = set()
        for (gs, ge), sources, src_text, speech in gold:
            self.sp_gold += speech
            best = _best_match((gs, ge), found, used)
            if best is None:
                self.fn += 1
                continue
            used.add(best)
            self.tp += 1
            self.sp_found += speech
            q = found[best]
            stats = self.by_kind.setdefault(q.kind.value, [0, 0, 0])
            stats[0] += 1
            if not sources:
                continue
            self.with_src += 1
            stats[1] += 1
            ok = _speaker_ok(q, sources, src_text)
            self.spk += ok
            stats[2] += ok
            self.sp_src += speech
            self.sp_ok += speech and ok
            if not ok and self.show > 0:
                self.show -= 1
                a = q.attribution
                got = "-" if a is None else text[a.source_span.start : a.source_span.end]
                print(
                    f"SPEAKER {q.kind.value} {name}: {text[gs:ge][:60]!r} "
                    f"gold={src_text[:40]!r} got={got[:40]!r}"
                )
        self.fp += len(found) - len(used)

    def report(self, articles: int, chars: int, secs: float) -> None:
        tp, fp, fn = self.tp, self.fp, self.fn
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(
            f"attributions: {articles} articles, {tp + fn} gold, {tp + fp} found; "
            f"P {p:.3f} R {r:.3f} F1 {f:.3f} at {COVER:.0%} coverage; "
            f"speaker {self.spk / self.with_src if self.with_src else 0:.3f}; "
            f"{chars / secs:,.0f} chars/s"
        )
        print(
            f"  speech-cued Contents (a reporting verb, 'according to' or a colon): "
            f"{self.sp_gold}; recall {self.sp_found / self.sp_gold if self.sp_gold else 0:.3f}; "
            f"speaker {self.sp_ok / self.sp_src if self.sp_src else 0:.3f}"
        )
        for kind, (n, ns, ok) in sorted(self.by_kind.items()):
            print(f"  {kind:9s} matched {n:5d}; speaker {ok / ns if ns else 0:.3f} of {ns}")


def _best_match(
    gold: tuple[int, int], found: list[laborquotes.Quote], used: set[int]
) -> int | None:
    """The unused found attribution that overlaps *gold* most, if it covers enough."""
    gs, ge = gold
    best, best_ov = None, 0
    for i, q in enumerate(found):
        if i in used:
            continue
        ov = _overlap((gs, ge), (q.span.start, q.span.end))
        qlen = max(1, q.span.end - q.span.start)
        if ov >= COVER * (ge - gs) and ov >= COVER * qlen and ov > best_ov:
            best, best_ov = i, ov
    return best


def _speaker_ok(q: laborquotes.Quote, sources: list, src_text: str) -> bool:
    """The source span overlaps the gold Source, or the name's last word is in it."""
    a = q.attribution
    if a is None:
        return False
    if any(_overlap((a.source_span.start, a.source_span.end), s) for s in sources):
        return True
    words = a.speaker.name.split()
    if not words or words[-1].lower() in PRONOUNS:
        return False
    return words[-1].lower() in {w.lower() for w in re.findall(r"[\w'-]+", src_text)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("polnear", type=Path, help="the PolNeAR folder (with metadata.tsv)")
    ap.add_argument("--split", default="train")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=0, help="print up to N wrong speakers")
    args = ap.parse_args()
    docs = load(args.polnear, args.split, args.limit)
    tally = _Tally(args.show)
    chars = 0
    secs = 0.0
    for name, text, gold in docs:
        t0 = time.perf_counter()
        found = laborquotes.extract_quotes(text)
        secs += time.perf_counter() - t0
        chars += len(text)
        tally.article(name, text, gold, attributions(found))
    tally.report(len(docs), chars, secs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
