"""Hostile input: huge runs of marks, words and newlines finish and give sane records.

These are NOT speed tests (speed is measured by ``benchmarks/bench.py``). Each case runs in a
child process under a *hang guard*: ``faulthandler.dump_traceback_later`` aborts the child,
with the Python stack of the hung parser on stderr, if one public call takes more than ten
times the budget of the issue (1 s per MB of text). A pass says "linear enough not to hang";
the benchmark prints the actual seconds.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

MB = 1_000_000
#: Seconds per MB the issue allows; the guard is ten times this.
BUDGET_PER_MB = 1.0
GUARD_FACTOR = 10

#: id -> (Python expression building the text, the text has quotation marks)
CASES: dict[str, tuple[str, bool]] = {
    "1MB-straight-quotes": ("'\"' * 1_000_000", True),
    "300k-curly-open": ("'\\u201c' * 300_000", True),
    "1MB-no-whitespace": ("'abcdefghij' * 100_000", False),
    "said-x200k": ("'said ' * 200_000", False),
    "WASHINGTON-x100k": ("'WASHINGTON, ' * 100_000", False),
    "300k-open-paren": ("'(' * 300_000", False),
    "1M-newlines": ("'\\n' * 1_000_000", False),
    "alternating-quotes-attributions": (
        "''.join(f'\"Word {i} here,\" said Jo Smith{i}, president of Local {i}. ' "
        "for i in range(15_000))",
        True,
    ),
    "2MB-single-paragraph": (
        "('The union said the talks would go on, and ' "
        "'\"we will strike,\" Ana Ruiz said. ') * 26_000",
        True,
    ),
    "1MB-dateline-caps": ("'NEW YORK (AP) \\u2014 ' * 62_500", False),
    "1MB-mixed-marks": ("'\\u201c\\u201d\"\\'\\u2018\\u2019' * 166_667", True),
    "1MB-colons-and-quotes": ("'X said: \"' * 100_000", True),
    "deep-appositive": ("'said Jo Ray, ' + 'president of the union of ' * 40_000", False),
}

# Runs in the child. Prints a JSON summary; any inconsistency raises (non-zero exit).
CHILD = textwrap.dedent(
    """
    import faulthandler, json, sys
    import laborquotes as lq

    text = {expr}
    guard = {guard!r}
    lq.parse("WARM (AP) - \\"Warm up the patterns,\\" said Al Ray, head of Local 1.")

    def guarded(func, arg):
        faulthandler.dump_traceback_later(guard, exit=True)
        try:
            return func(arg)
        finally:
            faulthandler.cancel_dump_traceback_later()

    article = guarded(lq.parse, text)
    dateline = guarded(lq.parse_dateline, text)
    attribution = guarded(lq.parse_attribution, text)

    n = len(text)
    last_end = -1
    for q in article.quotes:
        assert 0 <= q.span.start <= q.span.end <= n, q.span
        assert text[q.span.start:q.span.end] == q.text, q
        assert q.span.start >= last_end, ("overlap", q.span, last_end)
        last_end = q.span.end
        a = q.attribution
        if a is not None:
            assert 0 <= a.source_span.start <= a.source_span.end <= n
            if a.cue_span is not None:
                assert 0 <= a.cue_span.start <= a.cue_span.end <= n
    for d in (article.dateline, dateline):
        if d is not None:
            assert text[d.span.start:d.span.end] == d.text
            assert 0 <= d.body_start <= n
    assert article.dateline == dateline
    for org in article.organizations:
        for s in org.mentions:
            assert 0 <= s.start <= s.end <= n
    json.dumps(article.to_dict())
    kinds = sorted({{q.kind.value for q in article.quotes}})
    print(json.dumps({{"quotes": len(article.quotes), "kinds": kinds,
                      "attribution": attribution is not None}}))
    """
)


def run_case(expr: str, size: int) -> dict[str, object]:
    guard = GUARD_FACTOR * BUDGET_PER_MB * max(size, 100_000) / MB
    code = CHILD.format(expr=expr, guard=guard)
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=3 * guard + 120,  # last resort; the faulthandler guard fires first
    )
    if "Timeout" in proc.stderr and "Thread" in proc.stderr:
        pytest.fail(f"hang guard: a call took > {guard:.0f} s; stack:\n{proc.stderr[-3000:]}")
    assert proc.returncode == 0, proc.stderr[-3000:]
    result: dict[str, object] = json.loads(proc.stdout)
    return result


#: Known hangs, reported to the owners of the modules named (strict: a fix makes them fail
#: loudly so the marker is removed).
KNOWN_HANGS: dict[str, str] = {}


def _params() -> list[object]:
    params: list[object] = []
    for name, (expr, has_marks) in CASES.items():
        marks = []
        if name in KNOWN_HANGS:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_HANGS[name]))
        params.append(pytest.param(expr, has_marks, id=name, marks=marks))
    return params


@pytest.mark.parametrize(("expr", "has_marks"), _params())
def test_hostile_case_finishes_sanely(expr: str, has_marks: bool) -> None:
    size = len(eval(expr))  # our own constant expressions
    result = run_case(expr, size)
    if not has_marks:
        # Without quotation marks there can be reported speech, never a direct quote.
        assert "direct" not in result["kinds"]  # type: ignore[operator]
        assert "partial" not in result["kinds"]  # type: ignore[operator]


def test_guard_catches_a_hang() -> None:
    """The guard itself works: a child stuck in C code is stopped and reported."""
    code = textwrap.dedent(
        """
        import faulthandler, time
        faulthandler.dump_traceback_later(0.5, exit=True)
        time.sleep(30)
        """
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0
    assert "Timeout" in proc.stderr
