"""Furniture: headline, byline and credit lines above an article's body (invented texts)."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _furniture

# (text, headline, authors, agency, byline as written)
POSITIVES: list[tuple[str, Any, Any, Any, Any]] = [
    (
        "Bakers Walk Out Over Pay\n\nBy Ana Ruiz and Tom Lee, Associated Press\n\n"
        "CHICAGO (AP) — The bakers walked out.",
        "Bakers Walk Out Over Pay",
        ("Ana Ruiz", "Tom Lee"),
        "Associated Press",
        "By Ana Ruiz and Tom Lee, Associated Press",
    ),
    (
        "Bakers Walk Out Over Pay\n\nAna Ruiz and Tom Lee / Reuters\n\n"
        "LONDON (Reuters) - The bakers walked out.",
        "Bakers Walk Out Over Pay",
        ("Ana Ruiz", "Tom Lee"),
        "Reuters",
        "Ana Ruiz and Tom Lee / Reuters",
    ),
    (
        "Bakers Walk Out Over Pay\nA short deck says a little more.\n\nBy ANA RUIZ\n\n"
        "The bakers walked out on Monday.",
        "Bakers Walk Out Over Pay",
        ("ANA RUIZ",),
        None,
        "By ANA RUIZ",
    ),
    (
        "Bakers walk out over pay\n\nAna Ruiz, Staff Writer\n\nThe bakers walked out.",
        "Bakers walk out over pay",
        ("Ana Ruiz",),
        None,
        "Ana Ruiz, Staff Writer",
    ),
    (
        "Bakers walk out over pay\n\nAna Ruiz | Senior Reporter\n\nThe bakers walked out.",
        "Bakers walk out over pay",
        ("Ana Ruiz",),
        None,
        "Ana Ruiz | Senior Reporter",
    ),
    (
        "Bakers walk out over pay\n\nThe Associated Press\n\nThe bakers walked out.",
        "Bakers walk out over pay",
        (),
        "The Associated Press",
        "The Associated Press",
    ),
    (
        "Bakers walk out over pay\n\nFrom staff reports\n\nThe bakers walked out.",
        "Bakers walk out over pay",
        (),
        None,
        "From staff reports",
    ),
    (
        "Strike Ends\n\nBy Jane Doe Jr., Special to The Ledger\n\nWorkers returned.",
        "Strike Ends",
        ("Jane Doe Jr.",),
        None,
        "By Jane Doe Jr., Special to The Ledger",
    ),
    (
        "Strike Ends\n\nBy Jane Doe\nAssociated Press\n\nWorkers returned.",
        "Strike Ends",
        ("Jane Doe",),
        "Associated Press",
        "By Jane Doe\nAssociated Press",
    ),
    (
        "Strike Ends\n\nBy JANE DOE and OMAR HADDAD\nStaff Writers\n\nWorkers returned.",
        "Strike Ends",
        ("JANE DOE", "OMAR HADDAD"),
        None,
        "By JANE DOE and OMAR HADDAD\nStaff Writers",
    ),
    (
        "date 2023-08-16\nStrike Ends at Plant\nBy Jane Doe\n\nWorkers returned.",
        "Strike Ends at Plant",
        ("Jane Doe",),
        None,
        "By Jane Doe",
    ),
    ("By Jane Doe\n\nCHICAGO (AP) — Workers returned.", None, ("Jane Doe",), None, "By Jane Doe"),
    (
        "Union Wins Vote at Warehouse\n\nTOLEDO, Ohio (AP) — Workers voted.",
        "Union Wins Vote at Warehouse",
        None,
        None,
        None,
    ),
    (
        "Nurses ratify a new contract.\n\nDENVER (AP) — The nurses voted on Monday.",
        "Nurses ratify a new contract.",
        None,
        None,
        None,
    ),
    (
        "Port Workers Walk Out Over Automation Plans.\n\nDockworkers stopped work on Monday.",
        "Port Workers Walk Out Over Automation Plans.",
        None,
        None,
        None,
    ),
    (
        "Nurses Vote to Strike;\nHospitals say talks will go on.\n\nABSTRACT.\n\nA summary.\n\n"
        "FULL TEXT.\n\nThe nurses voted.",
        "Nurses Vote to Strike;",
        None,
        None,
        None,
    ),
]

NEGATIVES = [
    "By Tuesday, the union had voted to strike.\n\nMore text follows here.",
    "The union voted to strike on Monday.\n\nBy the end of the day, workers had left.",
    "Strike Ends\n\nBy Land and Sea\n\nThe union voted.",
    "By Any Means Necessary\n\nThe union voted.",
    "Strike Ends\n\nBy the time talks resumed, the plant was closed.\n\nMore.",
    "Strike Ends\n\nBy 58% to 42%, members backed the deal.\n\nMore.",
    "Strike Ends\n\nBy Monday Morning the Plant Was Closed\n\nMore.",
    "Strike Ends\n\nJane Doe and the Union / Today\n\nMore.",
    "CHICAGO (AP) — Workers returned.\n\nBy Jane Doe",
    "One line only, By Jane Doe",
    "",
]


@pytest.mark.parametrize(("text", "headline", "authors", "agency", "written"), POSITIVES)
def test_furniture(text: str, headline: Any, authors: Any, agency: Any, written: Any) -> None:
    art = lq.parse(text)
    assert art.headline == headline
    if headline is not None:
        assert art.headline_span is not None
        assert art.headline_span.slice(text) == headline
    if authors is None:
        assert art.byline is None
        return
    assert art.byline is not None
    assert (art.byline.authors, art.byline.agency) == (authors, agency)
    assert art.byline.span.slice(text) == written


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_bylines(text: str) -> None:
    assert lq.parse(text).byline is None


def test_furniture_changes_no_quote() -> None:
    text = (
        "Bakers Walk Out\n\nBy Ana Ruiz, Associated Press\n\n"
        'CHICAGO (AP) — "We want a raise," said Luis Ortega, a baker.'
    )
    art = lq.parse(text)
    assert [q.text for q in art.quotes] == ["We want a raise,"]
    assert art.quotes[0].attribution is not None
    assert art.quotes[0].attribution.speaker.name == "Luis Ortega"


@pytest.mark.parametrize(
    ("value", "semicolons", "authors", "agency"),
    [
        ("By ANA RUIZ and TOM LEE, Staff Writers", False, ("ANA RUIZ", "TOM LEE"), None),
        ("Ana Ruiz, Associated Press", False, ("Ana Ruiz",), "Associated Press"),
        ("Ana Ruiz / Reuters", False, ("Ana Ruiz",), "Reuters"),
        ("Ruiz, Ana; Lee, Tom", True, ("Ruiz, Ana", "Lee, Tom"), None),
        ("Reuters", False, (), "Reuters"),
        ("Staff and agencies", False, (), None),
        ("Ana Ruiz; Staff Writer", False, ("Ana Ruiz",), None),
    ],
)
def test_byline_fields(
    value: str, semicolons: bool, authors: tuple[str, ...], agency: str | None
) -> None:
    b = _furniture.byline_from_field(value, 0, len(value), semicolons_only=semicolons)
    assert b is not None
    assert (b.authors, b.agency) == (authors, agency)
    assert b.span.slice(value) == value.strip()


@pytest.mark.parametrize("value", ["", "   ", ", ;"])
def test_empty_byline_fields(value: str) -> None:
    assert _furniture.byline_from_field(value, 0, len(value)) is None


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet="By AnaRuiz,/|\n.:;-StafWrtPsocd", max_size=120))
def test_furniture_spans_slice_back(text: str) -> None:
    art = lq.parse(text)
    if art.byline is not None:
        assert 0 <= art.byline.span.start < art.byline.span.end <= len(text)
        assert art.byline.authors or art.byline.agency or art.byline.span.slice(text)
    if art.headline_span is not None:
        assert " ".join(art.headline_span.slice(text).split()) == art.headline
