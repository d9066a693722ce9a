"""``laborquotes._safe``: regex calls that stop quietly on a timeout instead of raising.

The slow pattern below backtracks exponentially, but its size is chosen so that even
without the timeout a call would end in well under a minute: a broken helper makes the
test fail slowly, never hang.
"""

from __future__ import annotations

import regex

from laborquotes import _safe

SLOW = regex.compile(r"x|(?:a|aa)+$")
BAD = "x " + "a" * 36 + "b"  # "x" matches at once; the rest backtracks for seconds


def test_finditer_normal() -> None:
    pattern = regex.compile(r"\d+")
    assert [m.group() for m in _safe.finditer(pattern, "a1 b22 c333")] == ["1", "22", "333"]
    assert [m.group() for m in _safe.finditer(pattern, "a1 b22 c333", 3, 9)] == ["22", "3"]


def test_finditer_keeps_matches_found_before_the_timeout() -> None:
    assert [m.group() for m in _safe.finditer(SLOW, BAD, timeout=0.05)] == ["x"]


def test_search_match_fullmatch_return_none_on_timeout() -> None:
    slow = regex.compile(r"(?:a|aa)+$")
    text = "a" * 36 + "b"
    assert _safe.search(slow, text, timeout=0.05) is None
    assert _safe.match(slow, text, timeout=0.05) is None
    assert _safe.fullmatch(slow, text, timeout=0.05) is None


def test_search_match_fullmatch_normal() -> None:
    pattern = regex.compile(r"said|told")
    text = "she told them; he said"
    m = _safe.search(pattern, text)
    assert m is not None
    assert m.group() == "told"
    m = _safe.match(pattern, text, 18)
    assert m is not None
    assert m.group() == "said"
    assert _safe.match(pattern, text) is None
    assert _safe.fullmatch(pattern, "said") is not None
    assert _safe.fullmatch(pattern, "said it") is None


def test_budget_grows_with_the_scanned_length() -> None:
    assert _safe.budget("") == _safe.MIN_TIMEOUT
    assert _safe.budget("x" * 1_000_000) == _safe.MIN_TIMEOUT + 1.0
    assert _safe.budget("x" * 1_000_000, 500_000) == _safe.MIN_TIMEOUT + 0.5
    assert _safe.budget("x" * 100, 0, 10_000) == _safe.MIN_TIMEOUT + 100 * _safe.SECONDS_PER_CHAR
