"""The record model: frozen, slotted, keyword-only, dict round trips, pickling."""

from __future__ import annotations

import datetime as dt
import pickle
import re

import attrs
import pytest

import laborquotes as lq
from laborquotes._model import attribution_of, quote_of, span_of

SPAN = lq.Span(start=3, end=9)
SPEAKER = lq.Speaker(
    name="Ana Ruiz", title="president", organization="Local 7", role=lq.Role.UNION_OFFICIAL
)
ATTRIBUTION = lq.Attribution(
    speaker=SPEAKER,
    source_span=lq.Span(start=20, end=28),
    cue="said",
    cue_span=lq.Span(start=15, end=19),
    date=dt.date(2024, 5, 1),
)
QUOTE = lq.Quote(text="We win", span=SPAN, kind=lq.QuoteKind.DIRECT, attribution=ATTRIBUTION)
DATELINE = lq.Dateline(
    text="BURBANK, Calif. (AP) —",
    span=lq.Span(start=0, end=22),
    city="BURBANK",
    region="California",
    state_code="CA",
    country="US",
    agencies=("AP",),
    date=dt.date(2023, 8, 16),
    body_start=23,
)
ORG = lq.Organization(
    name="Screen Actors Guild-American Federation of Television and Radio Artists",
    acronym="SAG-AFTRA",
    kind=lq.OrgKind.UNION,
    country="US",
    aliases=("SAG",),
    mentions=(lq.Span(start=1, end=4),),
)
VOICES = lq.Voices(
    by_role=(lq.VoiceCount(key="union_official", quotes=2, speakers=1, names=("Ana Ruiz",)),),
    by_organization=(lq.VoiceCount(key="Local 7", quotes=2, speakers=1, names=("Ana Ruiz",)),),
)
ARTICLE = lq.Article(
    dateline=DATELINE,
    quotes=(QUOTE,),
    organizations=(ORG,),
    voices=VOICES,
    published=dt.date(2023, 8, 16),
)
RECORDS = [SPAN, SPEAKER, ATTRIBUTION, QUOTE, DATELINE, ORG, VOICES, ARTICLE, lq.Article()]
CLASSES = [
    lq.Span,
    lq.Speaker,
    lq.Attribution,
    lq.Quote,
    lq.Dateline,
    lq.Organization,
    lq.VoiceCount,
    lq.Voices,
    lq.Article,
]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_dict_round_trip(record: object) -> None:
    data = record.to_dict()  # type: ignore[attr-defined]
    assert type(record).from_dict(data) == record  # type: ignore[attr-defined]


@pytest.mark.parametrize("record", RECORDS, ids=lambda r: type(r).__name__)
def test_pickle_round_trip(record: object) -> None:
    assert pickle.loads(pickle.dumps(record)) == record


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_frozen_slotted_keyword_only(cls: type) -> None:
    assert attrs.has(cls)
    assert "__dict__" not in dir(cls) or not hasattr(cls, "__dict__") or "__slots__" in vars(cls)
    assert all(f.kw_only for f in attrs.fields(cls))
    assert cls.__setattr__ is not object.__setattr__


def test_frozen_rejects_assignment() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        SPAN.start = 1  # type: ignore[misc]


def test_positional_arguments_rejected() -> None:
    with pytest.raises(TypeError):
        lq.Span(1, 2)  # type: ignore[call-arg]


def test_to_dict_is_json_ready() -> None:
    data = ARTICLE.to_dict()
    assert data["dateline"]["city"] == "BURBANK"
    assert data["dateline"]["date"] == "2023-08-16"
    assert data["dateline"]["agencies"] == ["AP"]
    assert data["quotes"][0]["kind"] == "direct"
    assert data["quotes"][0]["attribution"]["speaker"]["role"] == "union_official"
    assert data["quotes"][0]["span"] == {"start": 3, "end": 9}


def test_enum_values() -> None:
    assert [k.value for k in lq.QuoteKind] == ["direct", "partial", "indirect"]
    assert [r.value for r in lq.Role] == [
        "union_official",
        "worker",
        "employer",
        "government",
        "expert",
        "media",
        "other",
    ]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4)])
def test_invalid_span(start: int, end: int) -> None:
    with pytest.raises(ValueError, match="invalid span"):
        lq.Span(start=start, end=end)


@pytest.mark.parametrize(
    ("start", "end", "bad"),
    [
        (1.0, 2, "start"),
        (1, 2.5, "end"),
        (True, 2, "start"),
        (0, False, "end"),
        ("1", 2, "start"),
        (None, 2, "start"),
        (1, 2.0, "end"),
    ],
)
def test_span_takes_ints_only(start: object, end: object, bad: str) -> None:
    with pytest.raises(TypeError, match=rf"Span\.{bad} must be an int"):
        lq.Span(start=start, end=end)  # type: ignore[arg-type]


def test_span_from_dict_takes_ints_only() -> None:
    with pytest.raises(TypeError, match="must be an int"):
        lq.Span.from_dict({"start": 1.0, "end": 2})


def test_span_accepts_an_int_subclass() -> None:
    class Offset(int):
        pass

    assert lq.Span(start=Offset(1), end=2).start == 1


def test_from_dict_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="unknown keys"):
        lq.Span.from_dict({"start": 1, "end": 2, "length": 1})


def test_from_dict_needs_mapping() -> None:
    with pytest.raises(TypeError, match="mapping"):
        lq.Span.from_dict([1, 2])  # type: ignore[arg-type]


@pytest.mark.parametrize(("start", "end"), [(0, 0), (3, 9), (7, 7)])
def test_span_of_is_the_span(start: int, end: int) -> None:
    made = span_of(start, end)
    assert type(made) is lq.Span
    assert made == lq.Span(start=start, end=end)
    assert hash(made) == hash(lq.Span(start=start, end=end))
    assert repr(made) == repr(lq.Span(start=start, end=end))
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.start = 1  # type: ignore[misc]


@pytest.mark.parametrize(("start", "end"), [(-1, 2), (5, 4), (1.0, 2), (True, 2), (1, None)])
def test_span_of_rejects_what_the_constructor_rejects(start: object, end: object) -> None:
    with pytest.raises((TypeError, ValueError)) as raised:
        lq.Span(start=start, end=end)  # type: ignore[arg-type]
    with pytest.raises(raised.type, match=re.escape(str(raised.value))):
        span_of(start, end)  # type: ignore[arg-type]


def test_quote_of_and_attribution_of_are_the_records() -> None:
    att = ATTRIBUTION
    made = attribution_of(att.speaker, att.source_span, att.cue, att.cue_span, att.date)
    assert type(made) is lq.Attribution
    assert made == att
    assert hash(made) == hash(att)
    assert repr(made) == repr(att)
    person = lq.Person(name="Ana Ruiz")
    built = quote_of(QUOTE.text, QUOTE.span, QUOTE.kind, made, person)
    expected = lq.Quote(
        text=QUOTE.text, span=QUOTE.span, kind=QUOTE.kind, attribution=att, cast=person
    )
    assert type(built) is lq.Quote
    assert built == expected
    assert hash(built) == hash(expected)
    assert repr(built) == repr(expected)
    assert built.to_dict() == expected.to_dict()
    assert built.speaker is person
    assert quote_of("x", SPAN, lq.QuoteKind.DIRECT, None).speaker is None
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        built.text = "y"  # type: ignore[misc]
