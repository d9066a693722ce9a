"""The scans of the "who is who" stages that compile no expression per article agree
with the one expression each replaces (invented texts and names only)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _coref
from laborquotes._org_names import literal_matches

# (look-behind class, look-ahead) pairs as the callers use them
_BOUNDS = [
    (r"[\w&'’-]", r"[\w&'’-]"),
    (r"[\w&'’.-]", r"[\w&'’-]|[^\S\n]{1,2}[A-Z]"),
    (r"[\w&-]", r"[\w&]|-\w"),
]

_ALPHABET = "AaBb &-'’.\n x"


def _expected(text: str, names: list[str], before: str, after: str) -> list[tuple[int, int, str]]:
    alts = "|".join(regex.escape(n) for n in names)
    pat = regex.compile(rf"(?<!{before})(?:{alts})(?!{after})")
    return [(m.start(), m.end(), m.group()) for m in pat.finditer(text)]


@pytest.mark.parametrize(("before", "after"), _BOUNDS)
@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Acme Foods said Acme would pay; Acme-Co and Acme's staff", ["Acme Foods", "Acme"]),
        ("Kestrel & Co and Kestrel Co. met Kestrel Ltd", ["Kestrel", "Kestrel Co"]),
        ("the KWU (KWU) said KWU-led talks and KWUs", ["KWU"]),
        ("AAAA AA A", ["AA", "A"]),
        ("Bay Mills Bay Mills Group", ["Bay Mills Group", "Bay Mills"]),
    ],
)
def test_literal_matches_table(text: str, names: list[str], before: str, after: str) -> None:
    names = sorted(names, key=len, reverse=True)
    got = list(literal_matches(text, names, regex.compile(before), regex.compile(after)))
    assert got == _expected(text, names, before, after)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, max_size=60),
    names=st.sets(st.text(alphabet=_ALPHABET, min_size=1, max_size=4), min_size=1, max_size=4),
    bounds=st.sampled_from(_BOUNDS),
)
def test_literal_matches_agrees_with_the_expression(
    text: str, names: set[str], bounds: tuple[str, str]
) -> None:
    ordered = sorted(names, key=len, reverse=True)
    before, after = bounds
    got = list(literal_matches(text, ordered, regex.compile(before), regex.compile(after)))
    assert got == _expected(text, ordered, before, after)


@pytest.mark.parametrize("names", [[""], ["Unite", ""], ["", "Unite"]])
def test_an_empty_name_matches_nowhere(names: list[str]) -> None:
    text = "Unite and GMB: Unite said so."
    got = list(literal_matches(text, names, regex.compile(r"\w"), regex.compile(r"\w")))
    assert got == ([(0, 5, "Unite"), (15, 20, "Unite")] if "Unite" in names else [])


# --------------------------------------------------------------------------- titled names

_PIECES = [
    "president", "President", "PRESIDENT", "presidents", "vice-president", "senator",
    "Senator", "Ana", "Ruiz", "Lee", "O'Neil", "A.", "J.", "de", ",", ", ", " ", "  ",
    "\n", "the ", "a ", "an ", "the", "union's ", "-", "’", "x", "ſenator", "İ", "and ",
]  # fmt: skip


def _expected_titled(text: str, noun: str, start: int, end: int) -> list[tuple[int, str]]:
    return [
        (m.start(), m.group("a") or m.group("b"))
        for m in _coref._titled_re(noun).finditer(text, start, end)
    ]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Union president Ana Ruiz said so. Ana Ruiz, the union's president, agreed.", "president"),
        ("Ana Ruiz, a senator, and Lee Park, an aide to the Senator, spoke.", "senator"),
        ("The vice-president Ana Ruiz and President J. Lee met", "president"),
        ("Ana Ruiz, the ſenator from Kent, said", "senator"),
        ("Ana Ruiz,  the  chief  executive of the firm", "executive"),
        ("PRESIDENT ANA RUIZ and President Ana Ruiz", "president"),
    ],
)
def test_titled_matches_table(text: str, noun: str) -> None:
    got = list(_coref._titled_matches(text, noun, 0, len(text)))
    assert got == _expected_titled(text, noun, 0, len(text))


@settings(max_examples=400, deadline=None)
@given(
    pieces=st.lists(st.sampled_from(_PIECES), max_size=30),
    noun=st.sampled_from(["president", "senator", "a", "the"]),
    cut=st.tuples(st.integers(0, 20), st.integers(0, 20)),
)
def test_titled_matches_agrees_with_the_expression(
    pieces: list[str], noun: str, cut: tuple[int, int]
) -> None:
    text = "".join(pieces)
    start, end = min(cut[0], len(text)), max(0, len(text) - cut[1])
    start = min(start, end)
    assert list(_coref._titled_matches(text, noun, start, end)) == _expected_titled(
        text, noun, start, end
    )


def test_odd_case_chars_are_the_only_exceptions() -> None:
    """For every character, ``lower()`` says whether ``(?i:x)`` matches it to an ASCII
    letter ``x``, except the characters of ``ODD_CASE_CHARS`` (which take the slow path)."""
    chars = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    odd = set()
    for letter in "abcdefghijklmnopqrstuvwxyz":
        same = set(regex.findall(f"(?i:{letter})", chars))
        odd |= {c for c in same if c.lower() != letter}
    for c in chars:
        low = c.lower()
        ascii_letter = len(low) == 1 and low.isascii() and low.isalpha()
        if len(low) != 1 or (ascii_letter and regex.fullmatch(f"(?i:{low})", c) is None):
            odd.add(c)
    assert odd <= set(_coref.ODD_CASE_CHARS)
