"""Month tables, year choice and speech dates (``said Tuesday``)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import _dates

WED = dt.date(2023, 8, 16)  # a Wednesday


@pytest.mark.parametrize(
    ("word", "month"),
    [
        ("Jan", 1),
        ("Jan.", 1),
        ("January", 1),
        ("FEB", 2),
        ("Febuary", 2),
        ("MARCH", 3),
        ("march", 3),
        ("MArch", 3),
        ("Marhc", 3),
        ("Mrach", 3),
        ("Sept", 9),
        ("Sept.", 9),
        ("Sep", 9),
        ("Janaury", 1),
        ("Agust", 8),
        ("Dec", 12),
        ("Calif", None),
        ("Ma", None),
        ("Mont", None),
        ("Monday", None),
        ("", None),
        ("12", None),
    ],
)
def test_month_number(word: str, month: int | None) -> None:
    assert _dates.month_number(word) == month


@pytest.mark.parametrize(
    ("month", "day", "reference", "expected"),
    [
        (12, 31, dt.date(2024, 1, 2), dt.date(2023, 12, 31)),
        (1, 1, dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
        (8, 17, WED, dt.date(2023, 8, 17)),
        (3, 5, WED, dt.date(2023, 3, 5)),
        (2, 29, dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        (2, 29, dt.date(2023, 3, 1), None),
        (2, 30, WED, None),
        (3, 5, None, None),
    ],
)
def test_choose_year(
    month: int, day: int, reference: dt.date | None, expected: dt.date | None
) -> None:
    assert _dates.choose_year(month, day, reference) == expected


@pytest.mark.parametrize(
    ("weekday", "future", "skip_same", "expected"),
    [
        (2, False, False, WED),
        (1, False, False, dt.date(2023, 8, 15)),
        (3, False, False, dt.date(2023, 8, 10)),
        (2, False, True, dt.date(2023, 8, 9)),
        (4, True, False, dt.date(2023, 8, 18)),
        (2, True, False, WED),
        (2, True, True, dt.date(2023, 8, 23)),
        (0, True, False, dt.date(2023, 8, 21)),
    ],
)
def test_resolve_weekday(weekday: int, future: bool, skip_same: bool, expected: dt.date) -> None:
    assert _dates.resolve_weekday(weekday, WED, future=future, skip_same=skip_same) == expected


SPEECH = [
    # same weekday = that day; else the most recent past one
    ("said Tuesday", dt.date(2023, 8, 15)),
    ("said Wednesday", WED),
    ("told reporters on Friday", dt.date(2023, 8, 11)),
    ("said in a virtual roundtable with the media Tuesday", dt.date(2023, 8, 15)),
    ("said Sunday night", dt.date(2023, 8, 13)),
    ("said on Thursday", dt.date(2023, 8, 10)),
    ("said last Wednesday", dt.date(2023, 8, 9)),
    ("said earlier Monday", dt.date(2023, 8, 14)),
    # future cues look forward
    ("will meet Friday", dt.date(2023, 8, 18)),
    ("is due to vote Monday", dt.date(2023, 8, 21)),
    ("plans to announce Thursday", dt.date(2023, 8, 17)),
    ("is scheduled to speak Wednesday", WED),
    ("next Tuesday", dt.date(2023, 8, 22)),
    ("the coming Saturday", dt.date(2023, 8, 19)),
    ("said Monday that talks will resume Friday", dt.date(2023, 8, 14)),
    ("will, he said Tuesday, go on", dt.date(2023, 8, 15)),
    # closed forms
    ("said today", WED),
    ("said this morning", WED),
    ("said yesterday", dt.date(2023, 8, 15)),
    ("said last night", dt.date(2023, 8, 15)),
    ("will say tomorrow", dt.date(2023, 8, 17)),
    ("said last week", dt.date(2023, 8, 9)),
    ("said three days ago", dt.date(2023, 8, 13)),
    ("said two weeks ago", dt.date(2023, 8, 2)),
    ("said 10 days earlier", dt.date(2023, 8, 6)),
    ("said a week ago", dt.date(2023, 8, 9)),
    # explicit dates
    ("said on Aug. 3", dt.date(2023, 8, 3)),
    ("said March 3", dt.date(2023, 3, 3)),
    ("said on 3 August", dt.date(2023, 8, 3)),
    ("said Tuesday, Aug. 15, 2023", dt.date(2023, 8, 15)),
    ("wrote on Jan. 5, 2021", dt.date(2021, 1, 5)),
    # no time cue
    ("said in a statement", None),
    ("said", None),
    ("may 5 workers", None),
    ("the Sunday Times reported", None),
    ("Monday Night Football", None),
    ("said Sat", None),
    ("", None),
]


@pytest.mark.parametrize(("window", "expected"), SPEECH)
def test_speech_date(window: str, expected: dt.date | None) -> None:
    assert _dates.speech_date(window, 0, len(window), WED) == expected


def test_speech_date_window_offsets() -> None:
    text = '"We will strike," said Ana Ruiz on Tuesday. Talks resume Friday.'
    start = text.index("said")
    end = text.index(".", start) + 1
    assert _dates.speech_date(text, start, end, WED) == dt.date(2023, 8, 15)
    cue = _dates.find_time_cue(text, start, end, WED)
    assert cue is not None
    assert text[cue[0] : cue[1]].endswith("Tuesday")
    assert _dates.speech_date(text, 0, start, WED) is None


def test_no_reference_no_date() -> None:
    assert _dates.speech_date("said Tuesday", 0, 12, None) is None


def test_resolve_phrase() -> None:
    assert _dates.resolve_phrase("Tuesday", WED) == dt.date(2023, 8, 15)
    assert _dates.resolve_phrase("will vote Friday", WED) == dt.date(2023, 8, 18)
    assert _dates.resolve_phrase("no time here", WED) is None


def test_dateparser_only_for_what_tables_cannot_do() -> None:
    code = (
        "import sys, datetime as dt\n"
        "from laborquotes import _dates\n"
        "ref = dt.date(2023, 8, 16)\n"
        "assert _dates.speech_date('said Tuesday and last week', 0, 26, ref)\n"
        "assert 'dateparser' not in sys.modules\n"
        "assert _dates.speech_date('said two months ago', 0, 19, ref) == dt.date(2023, 6, 16)\n"
        "assert 'dateparser' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize(
    "text",
    ["said " * 200_000, "Tuesday " * 100_000, "March 3 " * 100_000, "\n" * 1_000_000],
)
def test_hostile_windows(text: str) -> None:
    _dates.speech_date(text, 0, len(text), WED)
    _dates.speech_date(text, 10, 5, WED)


@settings(max_examples=200, deadline=None)
@given(st.text(), st.integers(-5, 60), st.integers(-5, 60))
def test_speech_date_never_raises(text: str, start: int, end: int) -> None:
    got = _dates.speech_date(text, start, end, WED)
    assert got is None or isinstance(got, dt.date)


def test_window_stops_at_a_paragraph_break() -> None:
    text = "said Ana Ruiz, a nurse.\n\nOn Tuesday, the union met."
    assert _dates.speech_date(text, 0, len(text), WED) is None
    wrapped = "said Ana Ruiz, a nurse, in a call with\nreporters on Tuesday."
    assert _dates.speech_date(wrapped, 0, len(wrapped), WED) == dt.date(2023, 8, 15)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        # a fronted time phrase of the same sentence counts
        (
            "Talks stalled. During a briefing with reporters Tuesday, union leaders said no.",
            "union leaders",
            dt.date(2023, 8, 15),
        ),
        ("On Friday, the union said it would strike.", "the union", dt.date(2023, 8, 11)),
        # never a time word inside the quotation before the attribution
        ('"We met on Monday," said Ana Ruiz, a nurse.', "said", None),
        ("“We met on Monday,” said Ana Ruiz, a nurse.", "said", None),
        # nor one from the sentence before
        ("The board met Monday. The union said no.", "The union", None),
    ],
)
def test_clause_start(text: str, anchor: str, expected: dt.date | None) -> None:
    start = text.index(anchor)
    assert _dates.speech_date(text, start, len(text), WED) == expected


# --------------------------------------------------------------------------- strict inputs


@pytest.mark.parametrize(
    ("value", "want"),
    [
        ("2024-01-31", dt.date(2024, 1, 31)),
        ("20240131", dt.date(2024, 1, 31)),
        (" 2024-01-31\n", dt.date(2024, 1, 31)),
        ("2024-01-31T09:30", dt.date(2024, 1, 31)),
        ("2024-01-31T09:30:15", dt.date(2024, 1, 31)),
        ("2024-01-31 09:30:15.250", dt.date(2024, 1, 31)),
        ("2024-01-31T23:59:59Z", dt.date(2024, 1, 31)),
        ("2024-01-31T09:30:00+05:30", dt.date(2024, 1, 31)),
        ("2024-01-31T09:30-0800", dt.date(2024, 1, 31)),
        ("2024-02-29", dt.date(2024, 2, 29)),
        (dt.date(2024, 1, 31), dt.date(2024, 1, 31)),
        (dt.datetime(2024, 1, 31, 22, 0), dt.date(2024, 1, 31)),
        (None, None),
    ],
)
def test_published_accepts_iso_dates(value: object, want: dt.date | None) -> None:
    from laborquotes._text import coerce_published

    assert coerce_published(value, "parse") == want


@pytest.mark.parametrize(
    "value",
    [
        "2024-01-01garbage",
        "2024-01-01 and more",
        "2024-01-01T",
        "2024-01-01T25:00",
        "2024-01-01T09:61",
        "2024-13-01",
        "2023-02-29",
        "2024-1-1",
        "2024-0101",
        "01/02/2024",
        "yesterday",
        "",
        "\u0662\u0660\u0662\u0664-01-01",  # Arabic-Indic digits
    ],
)
def test_published_rejects_anything_else_with_one_value_error(value: str) -> None:
    import laborquotes as lq

    with pytest.raises(ValueError, match=r"published=.* is not an ISO date") as info:
        lq.parse("Workers walked out.", published=value)
    assert info.value.__cause__ is None  # one clear error, not a chain


@pytest.mark.parametrize("value", [20240101, 2024.0, True, b"2024-01-01", ["2024-01-01"]])
def test_published_rejects_other_types(value: object) -> None:
    import laborquotes as lq

    with pytest.raises(TypeError, match="published must be"):
        lq.parse("Workers walked out.", published=value)  # type: ignore[arg-type]


EXTREME_TEXTS = [
    'LONDON, Dec. 31 (AP) — "We go," said Ana Ruiz on Monday, and tomorrow too.',
    'NEW YORK, Jan. 1 — "No," Bo Li said yesterday. She said last week talks failed.',
    "The union said next Friday it would strike, as it did three weeks ago.",
    '"Yes," said Jo Ray last year. He said two months ago and last month the same.',
    'date 9999-12-31\n\nPARIS, Dec 31 — "Oui," Jo said tonight, after Jan. 1 talks.',
    'date 0001-01-01\n\nROME, Jan 1 — "Si," Jo said last night, after Dec. 31 talks.',
]


@pytest.mark.parametrize("text", EXTREME_TEXTS)
@pytest.mark.parametrize(
    "published",
    [dt.date.max, dt.date.min, dt.date(9999, 12, 30), dt.date(1, 1, 2), dt.datetime.max],
    ids=["max", "min", "max-1", "min+1", "datetime-max"],
)
def test_dates_at_the_calendar_ends_give_no_date_not_an_error(
    text: str, published: dt.date
) -> None:
    import laborquotes as lq

    article = lq.parse(text, published=published)
    for q in article.quotes:
        if q.attribution is not None and q.attribution.date is not None:
            assert dt.date.min <= q.attribution.date <= dt.date.max
    lq.parse_dateline(text, published=published)


@pytest.mark.parametrize(
    ("phrase", "ref"),
    [
        ("tomorrow", dt.date.max),
        ("next Monday", dt.date.max),
        ("yesterday", dt.date.min),
        ("last week", dt.date.min),
        ("three days ago", dt.date.min),
        ("last year", dt.date.min),
        ("two months ago", dt.date(1, 1, 15)),
    ],
)
def test_time_cues_past_the_calendar_ends_resolve_to_none(phrase: str, ref: dt.date) -> None:
    assert _dates.resolve_phrase(phrase, ref) is None


def test_shift_inside_the_calendar() -> None:
    assert _dates.shift(dt.date(2024, 12, 31), 1) == dt.date(2025, 1, 1)
    assert _dates.shift(dt.date.min, -1) is None
