"""The line scans (is the copy hard-wrapped, where are the lede's paragraphs) read a text
in one regex pass; they agree with a plain line-by-line reading of it."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes._ledes import MAX_LEDE, _paragraphs
from laborquotes._marks import _LONG_LINE, hard_wrapped

#: Lines short and long, empty ones, CRLF ends: what decides both scans.
_pieces = st.sampled_from(
    [
        "\n",
        "\r\n",
        "\n\n\n",
        " ",
        "We will strike.",
        "a" * (_LONG_LINE - 1),
        "b" * _LONG_LINE,
        "nine words in this line end with a full stop here.",
        "x" * (MAX_LEDE - 20) + " the end.",
        "y" * (MAX_LEDE + 1),
    ]
)
_texts = st.lists(_pieces, max_size=40).map("".join)


def _wrapped_by_lines(text: str) -> bool:
    lines = text.split("\n")
    if len(lines) < 4:
        return False
    long_lines = sum(len(line) >= _LONG_LINE for line in lines)
    return long_lines < -(-len(lines) // 20)


def _paragraphs_by_lines(text: str, start: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for line in text[start:].split("\n"):
        end = pos + len(line)
        if len(line) > MAX_LEDE:
            break
        words = line.strip()
        if len(words.split()) >= 8 and words[-1:] in ".!?\"'”’":
            out.append((pos, end))
        pos = end + 1
    return out


@settings(max_examples=300)
@given(_texts)
def test_hard_wrapped_is_the_line_by_line_reading(text: str) -> None:
    assert hard_wrapped(text) == _wrapped_by_lines(text)


@settings(max_examples=300)
@given(_texts, st.integers(min_value=0, max_value=60))
def test_lede_paragraphs_are_the_line_by_line_reading(text: str, start: int) -> None:
    start = min(start, len(text))
    assert list(_paragraphs(text, start)) == _paragraphs_by_lines(text, start)


def test_a_million_empty_lines_are_not_wrapped_copy_and_hold_no_lede() -> None:
    text = "\n" * 1_000_000
    assert hard_wrapped(text)  # (every line short: as a wrap reads it)
    assert list(_paragraphs(text, 0)) == []
    prose = "The union said on Monday that the strike would go on all week.\n"
    assert list(_paragraphs(text + prose, 0)) == [(1_000_000, 1_000_000 + len(prose) - 1)]
