"""records(): flat rows, one per quotation, ready for DataFrames and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq

SPEAKER = lq.Speaker(
    name="Ana Ruiz", title="president", organization="Local 7", role=lq.Role.UNION_OFFICIAL
)
ATTRIBUTION = lq.Attribution(
    speaker=SPEAKER,
    source_span=lq.Span(start=20, end=28),
    cue="said",
    cue_span=lq.Span(start=15, end=19),
    date=dt.date(2024, 4, 30),
)
DATELINE = lq.Dateline(
    text="BURBANK, Calif. (AP/Reuters) —",
    span=lq.Span(start=0, end=30),
    city="BURBANK",
    region="California",
    state_code="CA",
    country="US",
    agencies=("AP", "Reuters"),
    date=dt.date(2024, 5, 1),
    body_start=31,
)
Q1 = lq.Quote(
    text="We win", span=lq.Span(start=3, end=9), kind=lq.QuoteKind.DIRECT, attribution=ATTRIBUTION
)
Q2 = lq.Quote(text="a fair deal", span=lq.Span(start=40, end=51), kind=lq.QuoteKind.PARTIAL)
ARTICLE = lq.Article(dateline=DATELINE, quotes=(Q1, Q2), published=dt.date(2024, 5, 1))
EMPTY = lq.Article()


def test_columns_in_order() -> None:
    rows = lq.records([ARTICLE])
    assert len(rows) == 2
    assert all(tuple(row) == lq.RECORD_FIELDS for row in rows)
    assert len(set(lq.RECORD_FIELDS)) == len(lq.RECORD_FIELDS)


def test_attributed_row() -> None:
    row = lq.records([ARTICLE])[0]
    assert row == {
        "article_id": 0,
        "quote_index": 0,
        "kind": "direct",
        "quote_text": "We win",
        "quote_start": 3,
        "quote_end": 9,
        "speaker": "Ana Ruiz",
        "title": "president",
        "organization": "Local 7",
        "role": "union_official",
        "is_group": False,
        "cue": "said",
        "source_start": 20,
        "source_end": 28,
        "attribution_date": dt.date(2024, 4, 30),
        "dateline_city": "BURBANK",
        "dateline_region": "California",
        "dateline_state_code": "CA",
        "dateline_country": "US",
        "dateline_agencies": "AP,Reuters",
        "dateline_date": dt.date(2024, 5, 1),
        "published": dt.date(2024, 5, 1),
        "headline": None,
        "byline_authors": None,
        "byline_agency": None,
        "outlet": None,
        "speaker_display": "Ana Ruiz",
        "person": None,
        "dispute_action": None,
    }


#: The columns of 0.2, in their order: new columns are appended, never put between them.
COLUMNS_0_2 = (
    "article_id", "quote_index", "kind", "quote_text", "quote_start", "quote_end", "speaker",
    "title", "organization", "role", "is_group", "cue", "source_start", "source_end",
    "attribution_date", "dateline_city", "dateline_region", "dateline_state_code",
    "dateline_country", "dateline_agencies", "dateline_date", "published",
)  # fmt: skip


def test_earlier_columns_keep_their_places() -> None:
    assert lq.RECORD_FIELDS[: len(COLUMNS_0_2)] == COLUMNS_0_2
    assert lq.RECORD_FIELDS[len(COLUMNS_0_2) :] == (
        "headline",
        "byline_authors",
        "byline_agency",
        "outlet",
        "speaker_display",
        "person",
        "dispute_action",
    )


@pytest.mark.parametrize(
    ("byline", "authors", "agency"),
    [
        (lq.Byline(authors=("Ana Ruiz", "Tom Lee"), span=lq.Span(start=0, end=5)), "Ana Ruiz; Tom Lee", None),
        (lq.Byline(authors=("Doe, Jane",), agency="Associated Press", span=lq.Span(start=0, end=5)), "Doe, Jane", "Associated Press"),
        (lq.Byline(authors=(), agency="Reuters", span=lq.Span(start=0, end=5)), "", "Reuters"),
        (None, None, None),
    ],
)  # fmt: skip
def test_headline_byline_and_outlet_columns(
    byline: lq.Byline | None, authors: str | None, agency: str | None
) -> None:
    article = lq.Article(
        quotes=(Q2,), headline="Bus Drivers Walk Out", byline=byline, outlet="The Daily Example"
    )
    row = lq.records([article])[0]
    assert row["headline"] == "Bus Drivers Walk Out"
    assert (row["byline_authors"], row["byline_agency"]) == (authors, agency)
    assert row["outlet"] == "The Daily Example"


def test_furniture_columns_from_parse() -> None:
    text = 'Bus Drivers Walk Out\n\nBy Ana Ruiz and Tom Lee\n\n"We are out," said Bo Chen.\n'
    article = lq.parse(text)
    row = lq.records([article])[0]
    assert row["headline"] == article.headline == "Bus Drivers Walk Out"
    assert article.byline is not None
    assert row["byline_authors"] == "; ".join(article.byline.authors) == "Ana Ruiz; Tom Lee"


def test_unattributed_row_and_no_dateline() -> None:
    row = lq.records([lq.Article(quotes=(Q2,))])[0]
    assert row["kind"] == "partial"
    assert row["quote_index"] == 0
    for key in ("speaker", "title", "organization", "role", "is_group", "cue", "source_start"):
        assert row[key] is None
    assert all(row[k] is None for k in lq.RECORD_FIELDS if k.startswith("dateline_"))


@pytest.mark.parametrize(
    ("articles", "ids"),
    [
        ([ARTICLE, EMPTY, ARTICLE], [0, 0, 2, 2]),
        ([("a", ARTICLE), ("b", EMPTY), ("c", ARTICLE)], ["a", "a", "c", "c"]),
        ((x for x in [(7, ARTICLE)]), [7, 7]),
        (ARTICLE, [0, 0]),
        ([], []),
        ([EMPTY], []),
    ],
    ids=["articles", "pairs", "generator", "single", "empty", "no-quotes"],
)
def test_article_ids(articles: Any, ids: list[Any]) -> None:
    assert [row["article_id"] for row in lq.records(articles)] == ids


@pytest.mark.parametrize(
    "bad",
    ["text", b"bytes", 3, None, {"a": ARTICLE}, [ARTICLE, "x"], [("id", "text")], [(1, 2, 3)]],
    ids=repr,
)
def test_wrong_types_raise(bad: Any) -> None:
    with pytest.raises(TypeError, match="records"):
        lq.records(bad)


def test_write_csv_round_trip() -> None:
    rows = lq.records([("x1", ARTICLE), ("x2", EMPTY)])
    stream = io.StringIO()
    assert lq.write_csv(rows, stream) == 2
    back = list(csv.DictReader(io.StringIO(stream.getvalue())))
    assert stream.getvalue().splitlines()[0] == ",".join(lq.RECORD_FIELDS)
    assert [r["article_id"] for r in back] == ["x1", "x1"]
    assert back[0]["attribution_date"] == "2024-04-30"
    assert back[0]["dateline_agencies"] == "AP,Reuters"
    assert back[1]["speaker"] == ""
    assert back[0]["quote_text"] == "We win"


def test_write_csv_header_only_when_empty() -> None:
    stream = io.StringIO()
    assert lq.write_csv([], stream) == 0
    assert stream.getvalue() == ",".join(lq.RECORD_FIELDS) + "\n"


def test_write_csv_rejects_unknown_column() -> None:
    with pytest.raises(ValueError, match="not in fieldnames"):
        lq.write_csv([{"nope": 1}], io.StringIO())


def test_spans_slice_back_in_parsed_rows(example_text: str) -> None:
    article = lq.parse(example_text)
    rows = lq.records([("port", article)])
    assert len(rows) == len(article.quotes)
    for row, quote in zip(rows, article.quotes, strict=True):
        assert example_text[row["quote_start"] : row["quote_end"]] == row["quote_text"]
        assert row["quote_text"] == quote.text
        if quote.attribution is not None:
            assert row["speaker"] == quote.attribution.speaker.name


@settings(deadline=None)
@given(st.text(max_size=300))
def test_rows_from_any_text(text: str) -> None:
    rows = lq.records([lq.parse(text)])
    for row in rows:
        assert tuple(row) == lq.RECORD_FIELDS
        assert text[row["quote_start"] : row["quote_end"]] == row["quote_text"]
    lq.write_csv(rows, io.StringIO())


def test_quoted_csv_cells_survive() -> None:
    tricky = lq.Quote(
        text='He said, "no",\nthen left', span=lq.Span(start=0, end=24), kind=lq.QuoteKind.DIRECT
    )
    stream = io.StringIO()
    lq.write_csv(lq.records([lq.Article(quotes=(tricky,))]), stream)
    (back,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert back["quote_text"] == tricky.text


def test_cli_csv_matches_records(example_text: str) -> None:
    path = Path(__file__).resolve().parent.parent / "examples" / "port-strike.txt"
    done = subprocess.run(
        [sys.executable, "-m", "laborquotes", "--format", "csv", str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
    )
    expected = io.StringIO()
    lq.write_csv(lq.records([(str(path), lq.parse(example_text))]), expected)
    assert done.stdout == expected.getvalue()
    assert done.stdout.splitlines()[0] == ",".join(lq.RECORD_FIELDS)


def test_pandas_dataframe_from_rows() -> None:
    import pandas as pd

    frame = pd.DataFrame(lq.records([("a", ARTICLE), ("b", EMPTY), ("c", ARTICLE)]))
    assert list(frame.columns) == list(lq.RECORD_FIELDS)
    assert frame.shape == (4, len(lq.RECORD_FIELDS))
    assert list(frame["article_id"]) == ["a", "a", "c", "c"]
    assert frame.groupby("kind").size().to_dict() == {"direct": 2, "partial": 2}
    empty = pd.DataFrame(lq.records([]), columns=list(lq.RECORD_FIELDS))
    assert empty.empty


# --------------------------------------------------------------------------- line breaks in cells


@pytest.mark.parametrize("brk", ["\r", "\n", "\r\n", "\r\r\n\n"], ids=repr)
def test_csv_round_trip_with_line_breaks(brk: str) -> None:
    """A bare CR is quoted like LF and CRLF (a CSV reader would split the row otherwise)."""
    quote = lq.Quote(
        text=f"one{brk}two", span=lq.Span(start=0, end=7 + len(brk)), kind=lq.QuoteKind.DIRECT
    )
    rows = lq.records([(f"id{brk}x", lq.Article(quotes=(quote,))), ("plain", ARTICLE)])
    stream = io.StringIO(newline="")
    lq.write_csv(rows, stream)
    text = stream.getvalue()
    assert f'"one{brk}two"' in text
    assert text.endswith("\n")
    assert "\r\n" not in text.replace(f"one{brk}two", "").replace(f"id{brk}x", "")
    back = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["quote_text"] for r in back] == [f"one{brk}two", "We win", "a fair deal"]
    assert back[0]["article_id"] == f"id{brk}x"


@settings(deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from('ab,"\r\n '), max_size=12), max_size=5))
def test_csv_round_trip_any_cell(cells: list[str]) -> None:
    articles = [
        (cell, lq.Article(quotes=(lq.Quote(text=cell, span=lq.Span(start=0, end=len(cell)),
                                          kind=lq.QuoteKind.DIRECT),)))
        for cell in cells
    ]  # fmt: skip
    stream = io.StringIO(newline="")
    lq.write_csv(lq.records(articles), stream)
    back = list(csv.DictReader(io.StringIO(stream.getvalue(), newline="")))
    assert [(r["article_id"], r["quote_text"]) for r in back] == [(c, c) for c in cells]


# --------------------------------------------------------------------------- empty rows, dtypes


def test_empty_rows_count_every_article() -> None:
    rows = lq.records([("a", ARTICLE), ("b", EMPTY), ("c", ARTICLE)], empty_rows=True)
    assert [r["article_id"] for r in rows] == ["a", "a", "b", "c", "c"]
    empty = rows[2]
    assert tuple(empty) == lq.RECORD_FIELDS
    assert empty["quote_index"] is None
    assert all(empty[k] is None for k in lq.RECORD_FIELDS if k != "article_id")
    dated = lq.records(
        [lq.Article(dateline=DATELINE, published=dt.date(2024, 5, 2))], empty_rows=True
    )
    assert (dated[0]["dateline_city"], dated[0]["published"]) == ("BURBANK", dt.date(2024, 5, 2))


def test_record_dtypes_cover_every_column() -> None:
    assert tuple(lq.RECORD_DTYPES) == lq.RECORD_FIELDS
    assert set(lq.RECORD_DTYPES.values()) == {"string", "Int64", "boolean", "datetime64[s]"}
    with pytest.raises(TypeError):
        lq.RECORD_DTYPES["kind"] = "object"  # type: ignore[index]


def test_record_dtypes_with_pandas() -> None:
    import pandas as pd

    rows = lq.records(
        [(7, ARTICLE), ("b", EMPTY), ("c", lq.Article(quotes=(Q2,)))], empty_rows=True
    )
    frame = pd.DataFrame(rows, columns=list(lq.RECORD_FIELDS)).astype(dict(lq.RECORD_DTYPES))
    assert {c: str(t) for c, t in frame.dtypes.items()} == dict(lq.RECORD_DTYPES)
    assert list(frame["article_id"]) == ["7", "7", "b", "c"]
    assert frame["quote_index"].isna().tolist() == [False, False, True, False]
    assert frame["is_group"].tolist()[:1] == [False]
    assert frame["published"].iloc[0] == pd.Timestamp("2024-05-01")
    assert frame["attribution_date"].isna().sum() == 3
    assert frame.groupby("article_id").size().to_dict() == {"7": 2, "b": 1, "c": 1}
    empty = pd.DataFrame(lq.records([]), columns=list(lq.RECORD_FIELDS)).astype(
        dict(lq.RECORD_DTYPES)
    )
    assert empty.empty


def test_person_and_dispute_columns() -> None:
    text = (
        "Nurses at Mercy Hospital went on strike on Monday, the Nurses Union said.\n\n"
        '"We have no choice," said Ana Maria Ruiz, the union\'s president.\n\n'
        '"We are ready to talk," Ms Ruiz said.\n\n'
        '"Come back," she said.'
    )
    rows = lq.records([lq.parse(text)])
    direct = [r for r in rows if r["kind"] == "direct"]
    assert [r["person"] for r in direct] == ["Ana Maria Ruiz"] * 3
    assert all(r["speaker_display"] for r in direct)
    assert {r["dispute_action"] for r in rows} == {"strike"}


def test_a_nul_character_is_written_on_every_python() -> None:
    # (Python 3.10's csv writer cannot write NUL: there it becomes U+FFFD)
    article = lq.Article(
        quotes=(lq.Quote(text="a\x00b", span=lq.Span(start=0, end=3), kind=lq.QuoteKind.DIRECT),)
    )
    stream = io.StringIO()
    lq.write_csv(lq.records([article]), stream)
    (back,) = csv.DictReader(io.StringIO(stream.getvalue()))
    assert back["quote_text"] in ("a\x00b", "a\ufffdb")
