"""The shortcuts that keep quotation finding linear: runs of one repeated mark, the pair budget."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _marks, _quotes
from laborquotes._marks import MarkPair, Structure, pair_marks

#: A run length no test text reaches (and small enough for the pattern's repeat count).
_NO_RUN = 1_000


@pytest.fixture
def per_mark() -> Iterator[None]:
    """Pair every mark one by one (runs of a repeated mark are not shortened)."""
    run = _marks._RUN
    _marks._RUN = _NO_RUN
    _marks._mark_re.cache_clear()
    try:
        yield
    finally:
        _marks._RUN = run
        _marks._mark_re.cache_clear()


def _pairs(text: str) -> list[MarkPair]:
    return pair_marks(text, Structure(text))


def _one_by_one(text: str) -> list[MarkPair]:
    run = _marks._RUN
    _marks._RUN = _NO_RUN
    _marks._mark_re.cache_clear()
    try:
        return _pairs(text)
    finally:
        _marks._RUN = run
        _marks._mark_re.cache_clear()


RUNS = [
    '"' * 6,
    '"' * 7,
    'a "' + '"' * 9 + " b",
    'He said "' * 2 + '"' * 12 + 'yes," he said.',
    "“" * 8 + "Hi”",
    "”" * 7 + " x “y”",
    "«" * 10 + "a»",
    "„" * 6 + "a“ b",
    'x "a' + '"' * 8 + '\n\n"b' + '"' * 6,
    "«a»" + "»" * 9 + "«b",
    # a run that opens a nested quotation, closes it, then the open one
    '"a ' + "”" * 6,
    '"a ' + "”" * 7,
]


@pytest.mark.parametrize("text", RUNS)
def test_runs_of_a_repeated_mark_pair_as_one_by_one(text: str) -> None:
    assert _pairs(text) == _one_by_one(text)


MARKISH = st.lists(
    st.tuples(
        st.sampled_from(['"', "“", "”", "„", "«", "»", " ", "a", ".", ",", "\n", "\n\n", "&quot;"]),
        st.sampled_from([1, 1, 2, 5, 6, 7, 8, 13]),
    ),
    max_size=25,
).map(lambda parts: "".join(piece * n for piece, n in parts))


@settings(max_examples=300, deadline=None)
@given(MARKISH)
def test_run_shortcut_changes_no_pair(text: str) -> None:
    assert _pairs(text) == _one_by_one(text)


def test_per_mark_fixture_turns_the_shortcut_off(per_mark: None) -> None:
    text = '"' * 9 + "a"
    assert _marks._mark_re().match(text) is not None
    assert _marks._mark_re().match(text).group() == '"'  # type: ignore[union-attr]


def _quote_count(text: str) -> int:
    return len(_quotes.find_quotes(text, None))


def test_prose_density_keeps_every_quotation() -> None:
    # One quotation per ~110 characters, 60 of them: well inside the budget.
    text = " ".join(
        f'"We walked out on day {i}," said Jo Ray. The talks went on.' for i in range(60)
    )
    assert _quote_count(text) == 60


def test_text_of_little_but_quotation_marks_is_analysed_within_a_budget() -> None:
    n = 2_000
    text = 'X said: "' * n
    kept = len(_quotes._within_budget(_pairs(text)))
    assert kept < n // 2
    assert kept <= _quotes._PAIR_BURST + len(text) // _quotes._PAIR_CHARS + 1
    assert _quote_count(text) <= kept


def test_budget_is_decided_by_the_text_before_each_pair() -> None:
    text = 'X said: "' * 1_000
    longer = text + 'X said: "' * 500
    first = [p for p in _quotes._within_budget(_pairs(text)) if not p.unclosed]
    again = _quotes._within_budget(_pairs(longer))
    # appending text keeps every (closed) pair the shorter text kept
    assert first
    assert again[: len(first)] == first


@pytest.mark.parametrize("mark", sorted(_marks.OPENERS | _marks.CLOSERS | _marks.AMBIGUOUS))
def test_every_mark_is_scanned_whole(mark: str) -> None:
    text = f"a {mark}b"
    found = [m.group() for m in _marks._mark_re().finditer(text)]
    assert found == [mark]
