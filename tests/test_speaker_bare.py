"""The bare-name speaker pattern answers as the strict one wherever the speakers' reader
uses it: the same match and the same span of every group (Hypothesis over invented
name-like windows: capitalized names, titles, group words, openers, particles, initials,
digits, apostrophes, lower-case words, punctuation and unusual spaces)."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _speakers as S
from laborquotes._speaker_grammar import bare_words

_WORDS = st.sampled_from(
    [
        "Ana",
        "Ruiz",
        "Tom",
        "Lee",
        "O'Neill",
        "Su’a",
        "Ms.",
        "Dr.",
        "A.F.L.",
        "Jean-Luc",
        "al-Rashid",
        "De",
        "Van",
        "van",
        "der",
        "Mac",
        "an",
        "Jr.",
        "MBE",
        "Procter",
        "&",
        "Gamble",
        "Director",
        "President",
        "Secretary",
        "CEO",
        "MP",
        "Baker",
        "Union",
        "Unions.",
        "Local",
        "Council",
        "Teamsters",
        "He",
        "I",
        "It",
        "Ian",
        "The",
        "Theresa",
        "A",
        "An",
        "One",
        "Someone",
        "Some",
        "His",
        "Her",
        "Their",
        "Many",
        "7",
        "Region",
        "of",
        "for",
        "at",
        "the",
        "and",
        "president",
        "co-chair",
        "union",
        "workers",
        "said",
        "who",
        "in",
        "Leeds",
        "Jos\u0301e",
        "\u00c9mile",
        "\u0301Ana",
    ]
)
_GAPS = st.sampled_from(
    [" ", " ", " ", "  ", "\n", "\u00a0", "\u2009", "\x1c", ", ", ",", " (", ") ", "'s ", "-", "."]
)
_WINDOWS = st.lists(st.tuples(_WORDS, _GAPS), min_size=1, max_size=7).map(
    lambda parts: "".join(w + g for w, g in parts)
)


def _regs(m: regex.Match[str] | None) -> tuple[tuple[int, int], ...] | None:
    return None if m is None else m.regs


def test_the_bare_pattern_has_the_strict_pattern_s_groups() -> None:
    assert S._bare_speaker_re().groupindex == S._speaker_re(False).groupindex
    assert len(S._bare_speaker_re().pattern) < len(S._speaker_re(False).pattern) // 20


@settings(max_examples=1500, deadline=None)
@given(_WINDOWS, st.integers(0, 3), st.integers(0, 4))
def test_a_bare_window_matches_as_the_strict_pattern(text: str, cut: int, trim: int) -> None:
    start = min(cut, len(text) - 1)
    end = max(start + 1, len(text) - trim)
    if not S._bare_window(text, start, end):
        return
    strict, bare = S._speaker_re(False), S._bare_speaker_re()
    assert _regs(bare.fullmatch(text, start, end)) == _regs(strict.fullmatch(text, start, end))
    assert _regs(bare.match(text, start, end)) == _regs(strict.match(text, start, end))


def test_bare_windows() -> None:
    for text in ("Ana Ruiz", "Ms. White", "Ana Ruiz, a nurse,", "Procter & Gamble", "Baker"):
        assert S._bare_window(text, 0, len(text)), text
    for text in ("he", "The Labour MP Ana Ruiz", "Region 8 Director Ana Ruiz", "Union Director,"):
        assert not S._bare_window(text, 0, len(text)), text
    for text in ("Ana Ruiz said", "Ana O'Neill", "Local Council", "Someone", "I"):
        assert not S._bare_window(text, 0, len(text)), text


def test_bare_words_are_the_tables_words() -> None:
    openers, groups, titles = bare_words()
    assert {"He", "The", "A", "Someone", "His"} <= openers
    assert {"Union", "union", "Council"} <= groups
    assert {"Director", "director", "CEO", "MP"} <= titles
    assert not any("." in w or "&" in w for w in openers | groups | titles)
