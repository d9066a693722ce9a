"""``laborquotes._patterns``: the alternation builder, rule expansion and the lazy compiler."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from laborquotes._patterns import FLAGS, alternation, expand, lazy, lazy_stdlib, trie_alternation


def _compile(source: str) -> regex.Pattern[str]:
    return regex.compile(source, FLAGS)


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (("say", "says", "said"), "says it", "says"),  # the longer word first
        (("be", "been", "being"), "being there", "being"),
        (("a", "an", "another"), "another one", "another"),
        (("white house", "white"), "white house staff", "white house"),  # a space is text
        (("co-", "c.e.o."), "c.e.o. of", "c.e.o."),  # escaped punctuation
        (("a#b",), "a#b", "a#b"),  # ``#`` is no comment
        (("&",), "&", "&"),
    ],
)
def test_alternation_matches_the_longest_word(
    words: tuple[str, ...], text: str, expected: str
) -> None:
    m = _compile(alternation(words)).match(text)
    assert m is not None
    assert m.group() == expected


@pytest.mark.parametrize(("text", "matches"), [("Union", True), ("union", True), ("UNION", False)])
def test_alternation_capitalized(text: str, matches: bool) -> None:
    pattern = _compile(rf"{alternation(('union', 'agent'), capitalized=True)}\Z")
    assert (pattern.match(text) is not None) is matches


def test_alternation_shares_a_branch_with_the_capitalized_twin() -> None:
    assert alternation(("aide", "agent"), capitalized=True) == "(?:[Aa](?:gent|ide))"


words_st = st.lists(st.text(alphabet="ab -.", min_size=1, max_size=4), min_size=1, max_size=6)


@given(words_st, st.text(alphabet="ab -.", max_size=6))
def test_alternation_is_the_longest_first_list(words: list[str], text: str) -> None:
    longest_first = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    ours = _compile(alternation(words)).match(text)
    plain = regex.compile(f"(?:{longest_first})").match(text)
    assert (ours and ours.group()) == (plain and plain.group())


@given(words_st, st.text(alphabet="ab -.", max_size=6), st.integers(min_value=0, max_value=4))
def test_trie_alternation_matches_as_the_alternation(
    words: list[str], text: str, depth: int
) -> None:
    # Every match of the whole text, followed by more pattern: the words are tried in
    # the same order, so backtracking finds the same match.
    for tail in ("", r"\Z", r"(?=\ )", "b"):
        trie = re.compile(trie_alternation(words, depth=depth) + tail, re.VERBOSE)
        plain = re.compile(alternation(words) + tail, re.VERBOSE)
        found = [m.span() for m in trie.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (("say", "says", "said"), "(?:s(?:a(?:id|ys|y)))"),
        (("say",), "(?:say)"),
        (("Aid",), "(?:Aid)"),
    ],
)
def test_trie_alternation_layout(words: tuple[str, ...], expected: str) -> None:
    assert trie_alternation(words, depth=2) == expected


@pytest.mark.parametrize(("text", "matches"), [("Union", True), ("union", True), ("UNION", False)])
def test_trie_alternation_capitalized(text: str, matches: bool) -> None:
    pattern = re.compile(rf"{trie_alternation(('union', 'agent'), capitalized=True)}\Z")
    assert (pattern.match(text) is not None) is matches


def test_expand_fills_references_and_leaves_the_rest() -> None:
    pieces = {"word": r"\p{Lu}\p{Ll}++", "two": r"{word} \s {word}"}
    assert expand(r"(?:{two}){0,2}", pieces) == r"(?:\p{Lu}\p{Ll}++ \s \p{Lu}\p{Ll}++){0,2}"


def test_expand_names_a_missing_piece() -> None:
    with pytest.raises(KeyError, match="nowhere"):
        expand("{nowhere}", {})


def test_lazy_compiles_once_per_argument_list() -> None:
    calls: list[int] = []

    @lazy
    def digits(n: int) -> str:
        calls.append(n)
        return rf"\d{{{n}}}  # {n} digits"

    assert digits(2) is digits(2)
    assert digits(2).fullmatch("12") is not None
    assert digits(3).fullmatch("123") is not None
    assert calls == [2, 3]
    assert digits.__name__ == "digits"


def test_lazy_stdlib_compiles_with_re_in_verbose_mode() -> None:
    import re

    @lazy_stdlib
    def said() -> str:
        return r"(?<![\w]) said  # the past form"

    assert isinstance(said(), re.Pattern)
    assert said() is said()
    assert [m.start() for m in said().finditer("she said, he unsaid")] == [4]
