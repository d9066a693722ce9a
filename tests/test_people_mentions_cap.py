"""The cast keeps at most ``MAX_MENTIONS`` mentions per person, the first in the text,
and stops reading a surname once its people have them (invented examples)."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes import _people


@pytest.mark.parametrize("cap", [1, 3, 5])
def test_a_repeated_surname_keeps_the_first_mentions(
    monkeypatch: pytest.MonkeyPatch, cap: int
) -> None:
    monkeypatch.setattr(_people, "MAX_MENTIONS", cap)
    text = '"We will not back down," said Ana Ruiz.\n\n' + "Ruiz waved. " * 8
    people = lq.parse(text).people
    assert len(people) == 1
    starts = [m.span.start for m in people[0].mentions]
    assert len(starts) == cap
    assert starts == sorted(starts)
    assert text[starts[0] : starts[0] + 8] == "Ana Ruiz"


def test_a_full_person_leaves_the_others_their_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_people, "MAX_MENTIONS", 2)
    text = (
        '"We will not back down," said Ana Ruiz.\n\n'
        '"Nor will we," said Tom Lee.\n\n' + "Ruiz and Lee waved. " * 4
    )
    people = {p.name: p for p in lq.parse(text).people}
    assert len(people["Ana Ruiz"].mentions) == 2
    assert len(people["Tom Lee"].mentions) == 2
