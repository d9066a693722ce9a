"""Linear-time structures and visible budgets (issue 13): correctness, never timings.

The bisection indexes that replaced scans must answer exactly what the scans answered,
and a safety budget that leaves work out must say so in ``Article.warnings``.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes._marks import Structure

SETTINGS = settings(deadline=None, max_examples=200)

MARKY = st.text(alphabet='ab .!?…\n"“”«»', max_size=80)


@SETTINGS
@given(MARKY, st.integers(0, 90), st.integers(0, 90))
def test_count_double_marks_is_a_count(text: str, a: int, b: int) -> None:
    a, b = min(a, b), max(a, b)
    want = sum(text.count(m, a, b) for m in ('"', "\u201c", "\u201d"))
    assert Structure(text).count_double_marks(a, b) == want


def _slow_bounds(text: str) -> list[int]:
    """The sentence boundaries as the pattern without the run guard finds them (tried at
    every character of a run of end punctuation: quadratic on long runs)."""
    import re

    from laborquotes._marks import _sentence_re

    guard = "(?<![.?!…][.?!…])"
    assert guard in _sentence_re().pattern
    pattern = re.compile(_sentence_re().pattern.replace(guard, ""))
    out: list[int] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return out
        out.append(m.end())
        pos = m.end()


@SETTINGS
@given(st.text(alphabet='ab .!?…"“”’)1 \n', max_size=80))
def test_sentence_bounds_without_abbreviations_follow_the_pattern(text: str) -> None:
    # Without capitals there are no abbreviations or initials (``a``/``b`` are lower-case
    # words), so every match of the pattern is a boundary; digits start sentences.
    assert list(Structure(text).sent_bounds) == _slow_bounds(text)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("It rained. Then it stopped.", [11]),
        ("Why?! Because. So", [6, 15]),
        ("Wait... What now?", [8]),
        ("He left!!! \u201cNo,\u201d she said.", [11]),
        ("Sen. Ann Lee spoke. She left.", [20]),
        ("It is in the U.S. He said so.", [18]),
        ("...... A", [7]),
        ("." * 50 + " B", [51]),
    ],
)
def test_sentence_bounds_table(text: str, bounds: list[int]) -> None:
    assert list(Structure(text).sent_bounds) == bounds


@pytest.mark.parametrize("ch", [".", "!", "?", "\u2026"])
def test_punctuation_run_parses_to_an_empty_article(ch: str) -> None:
    article = lq.parse(ch * 100_000)
    assert article.quotes == ()
    assert article.warnings == ()


def test_long_paragraph_keeps_its_quotes() -> None:
    # One quotation per ~230 characters: under the pair budget (one per 200).
    unit = (
        '"We will strike," said Ana Ruiz, who leads the union. Talks went on for hours '
        "at the hall on Main Street, and the managers of the plant left without a word "
        "to the press, while the members waited outside in the cold for the news. "
    )
    text = " ".join([unit] * 400)
    article = lq.parse(text)
    assert len(article.quotes) == 400
    assert all(q.attribution is not None for q in article.quotes)
    assert article.warnings == ()


DIALOGUE = '"Go home," said Ana. "We stay," Ben replied. '


def test_budget_cut_is_reported_with_count_and_offsets() -> None:
    text = DIALOGUE * 400
    article = lq.parse(text)
    (warning,) = article.warnings
    assert warning.startswith("quote budget: ")
    count = int(warning.split()[2])
    first, last = (int(x) for x in warning.split("offsets ")[1].split(";")[0].split("-"))
    # Every pair is a quotation here: those analysed plus those skipped are all of them.
    assert len(article.quotes) + count == 800
    assert 0 < first < last <= len(text)
    assert article.to_dict()["warnings"] == [warning]


def test_no_warning_below_the_budget() -> None:
    assert lq.parse(DIALOGUE * 20).warnings == ()
