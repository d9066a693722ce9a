"""The shipped JSON Schema: it is valid, it matches the record model, outputs validate against it."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import laborquotes as lq
from laborquotes._model import serialized_fields

ROOT = Path(__file__).resolve().parent.parent
SCHEMA: dict[str, Any] = json.loads(
    resources.files("laborquotes").joinpath("article.schema.json").read_text(encoding="utf-8")
)
VALIDATOR = Draft202012Validator(SCHEMA, format_checker=Draft202012Validator.FORMAT_CHECKER)
CLASSES: list[type[Any]] = [
    lq.Span,
    lq.Dateline,
    lq.Speaker,
    lq.Attribution,
    lq.Quote,
    lq.Organization,
    lq.Mention,
    lq.Person,
    lq.VoiceCount,
    lq.Voices,
    lq.Byline,
    lq.Dispute,
    lq.Article,
]
SHORT_TEXTS = [
    "",
    "No quotes here at all.",
    'SPRINGFIELD, Ill. (AP) — "We are ready to strike," said Jo Park, a member of the union.',
    'LONDON, March 3 (Reuters) - "Talks will resume," a spokeswoman for Unite said on Tuesday.',
    "date 2024-05-01\n\nBOSTON (AP) — The union said it would vote. “We want a fair deal,” Lee said.",
    '"Unclosed quotation, said nobody',
    "said said said “ ” \" \" ' '",
]


def _validate(data: object) -> None:
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_schema_is_valid_draft_2020_12() -> None:
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(SCHEMA)
    assert SCHEMA["oneOf"] == [{"$ref": "#/$defs/Article"}, {"$ref": "#/$defs/ArticleLine"}]


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_schema_properties_match_attrs_fields(cls: type[Any]) -> None:
    definition = SCHEMA["$defs"][cls.__name__]
    names = serialized_fields(cls)
    assert list(definition["properties"]) == names
    assert definition["required"] == names, "to_dict() always writes every field"
    assert definition["additionalProperties"] is False


def test_schema_defines_exactly_the_records() -> None:
    assert set(SCHEMA["$defs"]) == {c.__name__ for c in CLASSES} | {"ArticleLine"}


@pytest.mark.parametrize(
    "doc",
    [
        {"dateline": None},
        {"article": lq.Article().to_dict()},
        {"file": "a.txt", "id": 1, "article": lq.Article().to_dict()},
        {"file": "a.txt", "article": lq.Article().to_dict(), "extra": 1},
        {**lq.Article().to_dict(), "published": "2024-13-01"},
        {**lq.Article().to_dict(), "quotes": [{"text": "x", "span": {"start": 0, "end": 1}}]},
    ],
    ids=["partial", "no-key", "both-keys", "extra-key", "bad-date", "quote-missing-fields"],
)
def test_schema_rejects(doc: dict[str, Any]) -> None:
    assert not VALIDATOR.is_valid(doc)


@pytest.mark.parametrize(
    ("cls", "field", "enum"),
    [
        (lq.Quote, "kind", lq.QuoteKind),
        (lq.Speaker, "role", lq.Role),
        (lq.Organization, "kind", lq.OrgKind),
        (lq.Mention, "kind", lq.MentionKind),
        (lq.Person, "role", lq.Role),
        (lq.Dispute, "action", lq.DisputeAction),
    ],
)
def test_schema_enums_match(cls: type[Any], field: str, enum: Any) -> None:
    allowed = SCHEMA["$defs"][cls.__name__]["properties"][field]["enum"]
    assert [v for v in allowed if v is not None] == [m.value for m in enum]
    field_type = attrs.fields_dict(cls)[field].type
    assert (None in allowed) == ("None" in str(field_type))


# --------------------------------------------------------------------------- generated records

texts = st.text(max_size=12)
opt_texts = st.none() | texts
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
spans = st.builds(
    lambda start, length: lq.Span(start=start, end=start + length),
    st.integers(0, 10_000),
    st.integers(0, 500),
)
speakers = st.builds(
    lq.Speaker,
    name=texts,
    title=opt_texts,
    organization=opt_texts,
    role=st.none() | st.sampled_from(lq.Role),
    is_group=st.booleans(),
    person=st.none() | st.integers(0, 5),
)
attributions = st.builds(
    lq.Attribution,
    speaker=speakers,
    source_span=spans,
    cue=opt_texts,
    cue_span=st.none() | spans,
    date=dates,
)
quotes = st.builds(
    lq.Quote,
    text=texts,
    span=spans,
    kind=st.sampled_from(lq.QuoteKind),
    attribution=st.none() | attributions,
)
datelines = st.builds(
    lq.Dateline,
    text=texts,
    span=spans,
    city=opt_texts,
    region=opt_texts,
    state_code=opt_texts,
    country=opt_texts,
    agencies=st.lists(texts, max_size=3).map(tuple),
    date=dates,
    body_start=st.integers(0, 10_000),
)
organizations = st.builds(
    lq.Organization,
    name=texts,
    acronym=opt_texts,
    kind=st.sampled_from(lq.OrgKind),
    country=opt_texts,
    aliases=st.lists(texts, max_size=3).map(tuple),
    mentions=st.lists(spans, max_size=3).map(tuple),
)
people = st.builds(
    lq.Person,
    name=texts,
    mentions=st.lists(
        st.builds(lq.Mention, span=spans, kind=st.sampled_from(lq.MentionKind)), max_size=3
    ).map(tuple),
    title=opt_texts,
    organization=st.none() | st.integers(0, 3),
    role=st.none() | st.sampled_from(lq.Role),
)
counts = st.builds(
    lq.VoiceCount,
    key=texts,
    quotes=st.integers(0, 50),
    speakers=st.integers(0, 50),
    names=st.lists(texts, max_size=3).map(tuple),
)
voices = st.builds(
    lq.Voices,
    by_role=st.lists(counts, max_size=2).map(tuple),
    by_organization=st.lists(counts, max_size=2).map(tuple),
)
articles = st.builds(
    lq.Article,
    dateline=st.none() | datelines,
    quotes=st.lists(quotes, max_size=3).map(tuple),
    organizations=st.lists(organizations, max_size=2).map(tuple),
    people=st.lists(people, max_size=2).map(tuple),
    voices=voices,
    published=dates,
    headline=opt_texts,
    headline_span=st.none() | spans,
    byline=st.none()
    | st.builds(
        lq.Byline, authors=st.lists(texts, max_size=2).map(tuple), agency=opt_texts, span=spans
    ),
    outlet=opt_texts,
    span=st.none() | spans,
    warnings=st.lists(texts, max_size=2).map(tuple),
)


def _walk(record: Any) -> list[Any]:
    """The record and every record nested in it."""
    out = [record]
    for f in attrs.fields(type(record)):
        value = getattr(record, f.name)
        for item in value if isinstance(value, tuple) else (value,):
            if attrs.has(type(item)):
                out.extend(_walk(item))
    return out


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(articles)
def test_generated_records_validate_round_trip_and_pickle(article: lq.Article) -> None:
    data = article.to_dict()
    _validate(json.loads(json.dumps(data)))
    for record in _walk(article):
        cls = type(record)
        assert cls.from_dict(record.to_dict()) == record
        assert cls.from_dict(json.loads(json.dumps(record.to_dict()))) == record
        assert pickle.loads(pickle.dumps(record)) == record


# --------------------------------------------------------------------------- parsed articles


def _check_parsed(text: str) -> None:
    article = lq.parse(text)
    data = article.to_dict()
    _validate(json.loads(json.dumps(data)))
    assert lq.Article.from_dict(data) == article
    assert pickle.loads(pickle.dumps(article)) == article
    for record in _walk(article):
        assert type(record).from_dict(record.to_dict()) == record


@pytest.mark.parametrize("text", SHORT_TEXTS)
def test_parsed_short_texts_validate(text: str) -> None:
    _check_parsed(text)


def test_parsed_example_validates(example_text: str) -> None:
    _check_parsed(example_text)


def test_parsed_seed_validates(seed_text: str) -> None:
    _check_parsed(seed_text)


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.lists(
        st.sampled_from(['"', "“", "”", "said", " ", ",", ".", "\n", "(AP)", "—", "Jo Park"])
        | st.text(max_size=8),
        max_size=30,
    ).map("".join)
)
def test_parsed_generated_text_validates(text: str) -> None:
    _check_parsed(text)


EXAMPLE = ROOT / "examples" / "port-strike.txt"


def _cli(*args: str, stdin: str | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "laborquotes", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    return done.stdout


def test_cli_output_on_example_validates() -> None:
    data = json.loads(_cli(str(EXAMPLE)))
    _validate(data)
    assert lq.Article.from_dict(data) == lq.parse(EXAMPLE.read_text(encoding="utf-8"))


def test_cli_json_lines_validate() -> None:
    lines = _cli(str(EXAMPLE), str(EXAMPLE)).splitlines()
    assert len(lines) == 2
    for line in lines:
        data = json.loads(line)
        _validate(data)
        assert data["file"] == str(EXAMPLE)


def test_cli_jsonl_input_lines_validate() -> None:
    text = EXAMPLE.read_text(encoding="utf-8")
    records = [{"id": "a", "text": text}, {"text": "No quotes.", "published": "2024-05-01"}]
    out = _cli("--jsonl", stdin="".join(json.dumps(r) + "\n" for r in records))
    docs = [json.loads(line) for line in out.splitlines()]
    for doc in docs:
        _validate(doc)
    assert [d["id"] for d in docs] == ["a", 2]
    assert lq.Article.from_dict(docs[0]["article"]) == lq.parse(text)
