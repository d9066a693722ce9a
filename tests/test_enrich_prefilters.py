"""The scans of the "who is who" stages that compile no expression per article agree
with the one expression each replaces (invented texts and names only)."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

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
