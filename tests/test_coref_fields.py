"""The cast builds quote and speaker records directly (``_coref.with_speaker`` and
``speaker_with``, faster than ``attrs.evolve``): every field must be carried over, and a
field added to a record must be added there too."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from laborquotes import Attribution, Person, Quote, QuoteKind, Role, Span, Speaker
from laborquotes._coref import speaker_with, with_speaker

_SPEAKER = Speaker(
    name="Ana Ruiz",
    title="president",
    organization="Local 7",
    role=Role.UNION_OFFICIAL,
    is_group=False,
    person=2,
)
_ATTRIBUTION = Attribution(
    speaker=_SPEAKER,
    source_span=Span(start=30, end=38),
    cue="said",
    cue_span=Span(start=39, end=43),
    date=dt.date(2024, 5, 1),
)
_QUOTE = Quote(
    text="We are not done",
    span=Span(start=1, end=16),
    kind=QuoteKind.DIRECT,
    attribution=_ATTRIBUTION,
    cast=Person(name="Ana Ruiz"),
)


@pytest.mark.parametrize(
    ("cls", "names"),
    [
        (Speaker, ["name", "title", "organization", "role", "is_group", "person"]),
        (Attribution, ["speaker", "source_span", "cue", "cue_span", "date"]),
        (Quote, ["text", "span", "kind", "attribution", "_cast"]),
    ],
)
def test_the_records_have_the_fields_the_helpers_copy(cls: type, names: list[str]) -> None:
    assert [f.name for f in attrs.fields(cls)] == names


def test_with_speaker_is_evolve() -> None:
    new = attrs.evolve(_SPEAKER, name="Tom Lee", person=None)
    cast = Person(name="Tom Lee")
    got = with_speaker(_QUOTE, _ATTRIBUTION, new, cast)
    want = attrs.evolve(_QUOTE, attribution=attrs.evolve(_ATTRIBUTION, speaker=new), cast=cast)
    assert got == want
    assert got.speaker is cast
    assert got.attribution is not None
    assert got.attribution.date == dt.date(2024, 5, 1)


def test_with_speaker_keeps_the_attribution_of_the_same_speaker() -> None:
    got = with_speaker(_QUOTE, _ATTRIBUTION, _SPEAKER, None)
    assert got.attribution is _ATTRIBUTION
    assert got.speaker is None


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"name": "Tom Lee"},
        {"title": None},
        {"organization": "Unite"},
        {"role": Role.EMPLOYER},
        {"is_group": True},
    ],
)
def test_speaker_with_is_evolve(changes: dict[str, Any]) -> None:
    fields = {
        "name": _SPEAKER.name,
        "title": _SPEAKER.title,
        "organization": _SPEAKER.organization,
        "role": _SPEAKER.role,
        "is_group": _SPEAKER.is_group,
        **changes,
    }
    got = speaker_with(_SPEAKER, **fields)
    assert got == attrs.evolve(_SPEAKER, **changes)
    assert (got is _SPEAKER) == (not changes)
