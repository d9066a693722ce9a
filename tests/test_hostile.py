"""Hostile input: huge runs of marks, words and newlines finish and give sane records.

These are NOT speed tests (speed is measured by ``benchmarks/bench.py``). Each case runs in a
child process under a *hang guard*: if one public call uses more than ten times the budget
of the issue (1 s per MB of text) in CPU time (``RLIMIT_CPU``; wall-clock time where there is
no such limit), the child is stopped and ``faulthandler`` prints the Python stack of the
parser that hung. CPU time keeps the guard honest on a busy CI machine. A pass says "linear
enough not to hang"; the benchmark prints the actual seconds.
"""

from __future__ import annotations

import json
import signal
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
    # Runs of sentence-ending punctuation (once quadratic in the sentence splitter).
    "1M-periods": ("'.' * 1_000_000", False),
    "1M-bangs": ("'!' * 1_000_000", False),
    "1M-question-marks": ("'?' * 1_000_000", False),
    "1M-ellipses": ("'\u2026' * 1_000_000", False),
    "periods-then-a-sentence": ("'.' * 200_000 + ' The end. ' + '?!' * 100_000", False),
    # Markup remnants: block tags are paragraph breaks, each tried in a bounded window (a
    # quarter of a megabyte each: a quadratic scan shows at that size; the growth table of
    # benchmarks/bench.py measures time per character).
    "250k-open-angles": ("'<' * 250_000", False),
    "250k-ampersands": ("'&' * 250_000", False),
    "125k-open-p": ("'<p' * 125_000", False),
    "unclosed-tag-runs": ("('<div class=\"' + 'a' * 290 + ' ') * 800", True),
    "said-then-open-tags": ("('\"We won,\" said <b ' + '<b><em>&nbsp;' * 20) * 2_500", True),
    "250kB-tags-and-quotes": (
        '(\'<p class="x">&quot;We will strike,&quot; said <a href="/r">Ana Ruiz</a>.\''
        "'</p><br/>') * 3_000",
        True,
    ),
    # Nested quotations in one long paragraph (once superlinear in quote attachment).
    "1MB-nested-quotes": (
        '\'"The boss told us \u201cthe plant \u00abwill\u00bb close\u201d last week," '
        "said Jo Ray. ' * 15_000",
        True,
    ),
}

#: The hang guard, shared by the cases and by the test of the guard itself.
GUARD = textwrap.dedent(
    """
    import faulthandler, math, signal, sys, time
    try:
        import resource
    except ImportError:  # Windows: wall-clock time only
        resource = None
    if resource is not None:
        faulthandler.register(signal.SIGXCPU, all_threads=True, chain=True)

    def guarded(func, *args):
        \"\"\"Call func(*args); stop the process with its stack if it runs away.\"\"\"
        if resource is not None:
            hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
            soft = math.ceil(time.process_time() + guard)
            if hard != resource.RLIM_INFINITY:
                soft = min(soft, hard)
            resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))
            # a backstop for calls that block without using CPU
            faulthandler.dump_traceback_later(3 * guard + 30, exit=True)
        else:
            faulthandler.dump_traceback_later(guard, exit=True)
        try:
            return func(*args)
        finally:
            faulthandler.cancel_dump_traceback_later()
            if resource is not None:
                resource.setrlimit(resource.RLIMIT_CPU, (hard, hard))
    """
)

# Runs in the child. Prints a JSON summary; any inconsistency raises (non-zero exit).
CHILD = textwrap.dedent(
    """
    import json
    import laborquotes as lq

    text = {expr}
    guard = {guard!r}
    lq.parse("WARM (AP) - \\"Warm up the patterns,\\" said Al Ray, head of Local 1.")
    """
)

CHECKS = textwrap.dedent(
    """
    article = guarded(lq.parse, text)
    dateline = guarded(lq.parse_dateline, text)
    attribution = guarded(lq.parse_attribution, text)

    n = len(text)
    last_end = -1
    outer = None
    for q in article.quotes:
        assert 0 <= q.span.start <= q.span.end <= n, q.span
        assert text[q.span.start:q.span.end] == q.text, q
        nested = (q.kind is lq.QuoteKind.PARTIAL and outer is not None
                  and outer.span.start < q.span.start < outer.span.end)
        assert nested or q.span.start >= last_end, ("overlap", q.span, last_end)
        if not nested:
            outer = q if q.kind is lq.QuoteKind.INDIRECT else None
        last_end = max(last_end, q.span.end)
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


def _hung(proc: subprocess.CompletedProcess[str]) -> bool:
    sigxcpu = getattr(signal, "SIGXCPU", None)
    stopped = sigxcpu is not None and proc.returncode in (-sigxcpu, 128 + sigxcpu)
    return stopped or "Timeout (" in proc.stderr


def run_case(expr: str, size: int) -> dict[str, object]:
    guard = GUARD_FACTOR * BUDGET_PER_MB * max(size, 100_000) / MB
    code = CHILD.format(expr=expr, guard=guard) + GUARD + CHECKS.format()
    proc = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=10 * guard + 120,  # last resort; the guard in the child fires first
    )
    if _hung(proc):
        pytest.fail(f"hang guard: a call used > {guard:.0f} s; stack:\n{proc.stderr[-3000:]}")
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


@pytest.mark.parametrize(
    "body",
    [
        # Busy in Python, in a loop that never enters Python again from C code: on
        # CPython 3.13.0, faulthandler crashes (SIGSEGV) when the signal lands while the
        # top frame is a C-stack trampoline, as in ``sum(<generator>)`` (cpython#123967,
        # fixed in 3.13.1), and the machine image ships 3.13.0.
        "def spin():\n    n = 0\n    while True:\n        n += 1\nguarded(spin)",
        "guarded(lambda: (lambda r: r.search('a' * 60 + 'b'))(__import__('regex').compile("
        "'(?:a|aa)+$')))",  # busy inside the regex engine (C code)
    ],
    ids=["python-loop", "regex-backtracking"],
)
def test_guard_stops_a_runaway_call(body: str) -> None:
    """The guard itself works, with the stack of the runaway call on stderr."""
    code = "guard = 1.0\n" + GUARD + body + "\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert _hung(proc)
    assert "guarded" in proc.stderr  # the Python stack of the runaway call


def test_guard_lets_a_quick_call_through() -> None:
    code = "guard = 5.0\n" + GUARD + "print(guarded(sum, range(1000)))\n"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "499500\n"
