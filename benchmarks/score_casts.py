"""Score laborquotes on the labelled casts of ``tests/casts`` (invented articles).

Each ``NAME.txt`` is an invented labour-dispute article in a British, Irish, Canadian,
Australian, New Zealand or Indian house style; ``NAME.json`` lists every quote in it with
its kind and its speaker as a correct system must return them (``docs/labour.md``,
"The labelled casts").

    python benchmarks/score_casts.py [--casts tests/casts] [--show 20] [--json] [--xfail]

Printed, per article and overall:

- ``found``: recall and precision of the quotes (a found quote matches a gold one when
  their spans overlap by at least half of the longer one; a partial quote that starts
  inside an indirect one is counted with it, once: the exact words and their paraphrase);
- over the matched quotes: ``kind``; ``speaker`` (the last word of the name matches);
  ``canonical`` (the full name matches, honorifics such as Mr, Dr, Sir or Baroness and
  a leading article aside); ``title``, ``organization`` (as written or the same registry
  organization) and ``role``.

``--xfail`` prints the ``article:index:field`` checks that fail today, the data that
``tests/test_casts.py`` keeps as its list of known failures.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import laborquotes as lq

#: What each quote is checked for, in order.
FIELDS: tuple[str, ...] = ("found", "kind", "speaker", "canonical", "title", "organization", "role")
#: Words before a name that are not part of it.
HONORIFICS: frozenset[str] = frozenset(
    {
        *("baroness", "councillor", "cllr", "dame", "dr", "lady", "lord", "miss", "mr"),
        *("mrs", "ms", "mx", "prof", "professor", "senator", "sir", "the", "a", "an"),
    }
)
_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CASTS = _ROOT / "tests" / "casts"


# --------------------------------------------------------------------------- loading


def load_casts(folder: Path = DEFAULT_CASTS) -> list[tuple[str, str, dict[str, Any]]]:
    """``(name, text, gold)`` for every ``NAME.txt`` with its ``NAME.json``, by name."""
    out = []
    for txt in sorted(folder.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        out.append((txt.stem, txt.read_text(encoding="utf-8"), gold))
    return out


def alternatives(value: str | list[str | None] | None) -> list[str | None]:
    """A gold title or organization: one value, or a list of accepted values (first is
    the canonical one)."""
    return list(value) if isinstance(value, list) else [value]


# --------------------------------------------------------------------------- comparing


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFC", s).replace("’", "'").casefold()
    return " ".join(s.replace(".", " ").split())


def name_words(name: str | None) -> list[str]:
    """The words of a name without leading honorifics or articles."""
    words = _fold(name or "").strip(" ,;:").split()
    while words and words[0] in HONORIFICS:
        words = words[1:]
    return words


#: Words before a title that only say whose it is (``its general secretary``).
DETERMINERS: frozenset[str] = frozenset({"a", "an", "her", "his", "its", "our", "the", "their"})


def title_words(title: str | None) -> list[str]:
    """A title's words without leading determiners and possessives (``Unite's regional
    officer`` and ``the union's regional officer`` are both ``regional officer``)."""
    words = _fold(title or "").strip(" ,;:").split()
    while words and (words[0] in DETERMINERS or words[0].endswith(("'s", "s'"))):
        words = words[1:]
    return words


def same_title(found: str | None, gold: str | list[str | None] | None) -> bool:
    return title_words(found) in [title_words(g) for g in alternatives(gold)]


def _canonical_org(name: str) -> str | None:
    orgs = lq.find_organizations(name)
    return orgs[0].name if orgs else None


def same_org(found: str | None, gold: str | list[str | None] | None) -> bool:
    golds = alternatives(gold)
    if found is None or not found.strip():
        return None in golds
    f = " ".join(name_words(found))
    if any(g is not None and " ".join(name_words(g)) == f for g in golds):
        return True
    canon = _canonical_org(found)
    return canon is not None and any(g is not None and _canonical_org(g) == canon for g in golds)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    return max(0, inter) / max(a[1] - a[0], b[1] - b[0], 1)


def match(gold_spans: Sequence[tuple[int, int]], found: Sequence[lq.Quote]) -> list[int | None]:
    """For each gold span, the index of the found quote matched to it (one to one, best
    overlap first), or ``None``."""
    pairs = []
    for gi, g in enumerate(gold_spans):
        for fi, q in enumerate(found):
            ov = _overlap(g, (q.span.start, q.span.end))
            if ov >= 0.5:
                pairs.append((ov, gi, fi))
    out: list[int | None] = [None] * len(gold_spans)
    used: set[int] = set()
    for _, gi, fi in sorted(pairs, reverse=True):
        if out[gi] is None and fi not in used:
            out[gi] = fi
            used.add(fi)
    return out


def check_quote(gold: dict[str, Any], quote: lq.Quote | None) -> dict[str, bool]:
    """Every field of :data:`FIELDS` for one gold quote and the quote matched to it."""
    if quote is None:
        return dict.fromkeys(FIELDS, False)
    sp = quote.attribution.speaker if quote.attribution is not None else None
    g = gold["speaker"]
    gold_words = name_words(g["name"])
    words = name_words(sp.name) if sp is not None else []
    canonical = bool(words) and words == gold_words
    if not canonical and sp is not None and g["name"] in alternatives(g["organization"]):
        # an organization speaking: "The UCU" is the University and College Union
        canonical = same_org(sp.name, g["organization"])
    return {
        "found": True,
        "kind": quote.kind.value == gold["kind"],
        "speaker": canonical or (bool(words) and bool(gold_words) and words[-1] == gold_words[-1]),
        "canonical": canonical,
        "title": sp is not None and same_title(sp.title, g["title"]),
        "organization": sp is not None and same_org(sp.organization, g["organization"]),
        "role": sp is not None and (sp.role.value if sp.role is not None else None) == g["role"],
    }


def score_article(text: str, gold: dict[str, Any]) -> tuple[list[dict[str, bool]], int]:
    """The checks of every gold quote of one article, and how many quotes were found."""
    found = lq.parse(text).quotes
    spans = []
    for q in gold["quotes"]:
        start = text.index(q["text"])
        spans.append((start, start + len(q["text"])))
    matched = match(spans, found)
    checks = [
        check_quote(q, found[m] if m is not None else None)
        for q, m in zip(gold["quotes"], matched, strict=True)
    ]
    return checks, len(found) - nested_partials(found)


def nested_partials(found: Sequence[lq.Quote]) -> int:
    """How many partial quotations start inside an indirect one: the exact words next to
    their paraphrase are one attribution, counted once (*found* is in text order)."""
    n = 0
    outer: lq.Quote | None = None
    for q in found:
        if outer is not None and outer.span.start < q.span.start < outer.span.end:
            n += q.kind is lq.QuoteKind.PARTIAL
            continue
        outer = q if q.kind is lq.QuoteKind.INDIRECT else None
    return n


# --------------------------------------------------------------------------- reporting


def _summary(checks: Iterable[dict[str, bool]], n_found: int) -> dict[str, float | int]:
    rows = list(checks)
    hits = [r for r in rows if r["found"]]
    out: dict[str, float | int] = {
        "gold": len(rows),
        "found": n_found,
        "recall": len(hits) / len(rows) if rows else 0.0,
        "precision": len(hits) / n_found if n_found else 0.0,
    }
    for field in FIELDS[1:]:
        out[field] = sum(r[field] for r in hits) / len(hits) if hits else 0.0
    return out


def _line(name: str, s: dict[str, float | int]) -> str:
    cells = [f"{s[f]:.2f}" for f in FIELDS[1:]]
    return (
        f"{name:24} {s['gold']:>4} {s['found']:>5} {s['recall']:>6.2f} {s['precision']:>6.2f} "
        + " ".join(f"{c:>9}" for c in cells)
    )


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--casts", type=Path, default=DEFAULT_CASTS)
    ap.add_argument("--show", type=int, default=0, help="print the first N failed checks")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--xfail", action="store_true", help="print the failing checks as data")
    args = ap.parse_args(argv)
    casts = load_casts(args.casts)
    per: dict[str, dict[str, float | int]] = {}
    all_checks: list[dict[str, bool]] = []
    failures: list[str] = []
    total_found = 0
    for name, text, gold in casts:
        checks, n_found = score_article(text, gold)
        per[name] = _summary(checks, n_found)
        all_checks.extend(checks)
        total_found += n_found
        for i, c in enumerate(checks):
            failures.extend(f"{name}:{i}:{f}" for f in FIELDS if not c[f])
    overall = _summary(all_checks, total_found)
    if args.xfail:
        print("\n".join(failures))
        return 0
    if args.json:
        print(json.dumps({"articles": per, "overall": overall}, indent=2))
        return 0
    print(f"{'article':24} {'gold':>4} {'found':>5} {'recall':>6} {'prec':>6} "
          + " ".join(f"{f:>9}" for f in FIELDS[1:]))  # fmt: skip
    for name, s in per.items():
        print(_line(name, s))
    print(_line(f"overall ({len(casts)})", overall))
    for f in failures[: args.show]:
        print("FAIL", f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
