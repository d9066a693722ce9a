"""Archive exports: invented LexisNexis, Nexis Uni, Factiva and ProQuest files round-trip."""

from __future__ import annotations

import datetime as dt
import pathlib
import re
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq

HERE = pathlib.Path(__file__).parent / "exports"


def _read(name: str) -> str:
    return (HERE / name).read_text(encoding="utf-8")


# (headline, authors, agency, outlet, published, dateline text, [(quote start, speaker)], warning)
GOLDEN: dict[str, list[tuple[Any, ...]]] = {
    "lexisnexis_classic.txt": [
        (
            "Valve Plant Strikers Return to the Line",
            ("ANA RUIZ", "TOM LEE"),
            None,
            "The Harbour Ledger (Ohio)",
            dt.date(2021, 3, 3),
            "AKRON, Ohio, March 2 -",
            [("We got the raise", "Dana Kowalski")],
            None,
        ),
        (
            "Nurses Vote to Authorize a Strike",
            ("Priya Natarajan",),
            "Associated Press",
            "Northfield Evening Star",
            dt.date(2021, 3, 9),
            None,
            [("Our patients deserve", "Maria Okafor")],
            None,
        ),
        (
            "Port Talks Resume",
            ("JOHN PARK",),
            None,
            "The Harbour Ledger (Ohio)",
            None,
            None,
            [],
            "could not read the publication date 'Marchuary 40, 2021 Friday'",
        ),
    ],
    "nexis_uni.txt": [
        (
            "Bakers Walk Out Over Pay",
            ("Helen Marsh", "Omar Haddad"),
            None,
            "The Riverside Courier",
            dt.date(2021, 5, 7),
            "RIVERSIDE, Calif. -",
            [("a raise", "Bakers"), ("We bake for this whole town", "Luis Ortega")],
            None,
        ),
        (
            "Teachers Reach Tentative Deal",
            (),
            None,
            "Lakeside Daily News",
            dt.date(2021, 5, 9),
            None,
            [("It is a fair contract", "Grace Liu")],
            None,
        ),
    ],
    "factiva.txt": [
        (
            "Dockworkers Strike Shuts Two Terminals",
            ("Sam Adeyemi",),
            None,
            "Coastal Business Review",
            dt.date(2022, 4, 12),
            "PORT ELLIS, April 11 -",
            [
                ("We have waited two years", "Ravi Menon"),
                ("cargo would be diverted", "The port authority"),
                ("We remain at the table", "Claire Dubois"),
            ],
            None,
        ),
        (
            "Flight Attendants Picket at Airport",
            ("Lena Fischer",),
            "Reuters",
            "Reuters News",
            dt.date(2022, 4, 14),
            None,
            [("Fatigue is a safety issue", "Mark Oyelaran")],
            None,
        ),
        (
            "Grocery Workers Ratify Contract",
            None,
            None,
            "Valley Herald",
            dt.date(2022, 4, 15),
            None,
            [],
            "line 31: a metadata block without a body",
        ),
        (
            "Truncated Story",
            None,
            None,
            "Valley Herald",
            dt.date(2022, 4, 16),
            None,
            [],
            "line 38: the document is truncated: no closing 'Document' line",
        ),
    ],
    "proquest.txt": [
        (
            "Hotel Workers Win Raise After Strike",
            ("Whitfield, Nora", "Banerjee, Arjun"),
            None,
            "The Lakeshore Tribune",
            dt.date(2019, 6, 4),
            "LAKESHORE, Mich. -",
            [("This is what standing together", "Rosa Delgado")],
            None,
        ),
        (
            "Bus Drivers Plan Rally",
            ("Kim, David",),
            None,
            "Metro Transit Weekly",
            dt.date(2019, 6, 3),
            None,
            [],
            "a metadata block without a body",
        ),
        (
            "Union Campaign Gains Ground at Warehouse;",
            None,
            None,
            None,
            None,
            None,
            [("We are close", "Imani Brooks")],
            "no publication date in the metadata",
        ),
    ],
}
FORMAT_OF = {
    "lexisnexis_classic.txt": "lexisnexis",
    "nexis_uni.txt": "lexisnexis",
    "factiva.txt": "factiva",
    "proquest.txt": "proquest",
}


def _spans(value: Any) -> list[lq.Span]:
    """Every span inside a record, depth first."""
    if isinstance(value, lq.Span):
        return [value]
    if isinstance(value, tuple):
        return [s for v in value for s in _spans(v)]
    if attrs.has(type(value)):
        return [s for f in attrs.fields(type(value)) for s in _spans(getattr(value, f.name))]
    return []


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_golden_round_trip(name: str) -> None:
    text = _read(name)
    articles = lq.read_export(text)
    assert articles == lq.read_export(text, format=FORMAT_OF[name])
    assert len(articles) == len(GOLDEN[name])
    for art, want in zip(articles, GOLDEN[name], strict=True):
        headline, authors, agency, outlet, published, dateline, quotes, warning = want
        assert art.headline == headline
        if authors is None:
            assert art.byline is None
        else:
            assert art.byline is not None
            assert (art.byline.authors, art.byline.agency) == (authors, agency)
        assert (art.outlet, art.published) == (outlet, published)
        assert (art.dateline.text if art.dateline else None) == dateline
        got = [(q.text, q.attribution.speaker.name if q.attribution else None) for q in art.quotes]
        assert [(t[: len(w)], s) for (t, s), (w, _) in zip(got, quotes, strict=False)] == quotes
        if warning is None:
            assert art.warnings == ()
        else:
            assert any(warning in w for w in art.warnings), art.warnings


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_spans_slice_the_export(name: str) -> None:
    text = _read(name)
    for art in lq.read_export(text):
        assert art.text is text
        assert art.span is not None
        for span in _spans(art):
            assert 0 <= span.start <= span.end <= len(text)
            assert art.span.start <= span.start
            assert span.end <= art.span.end
        if art.headline_span is not None:
            assert " ".join(art.headline_span.slice(text).split()) == art.headline
        for q in art.quotes:
            assert q.span.slice(text) == q.text
        if art.dateline is not None:
            assert art.dateline.span.slice(text) == art.dateline.text
            assert art.dateline.body_start <= art.span.end


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_quotes_match_parsing_the_body_alone(name: str) -> None:
    text = _read(name)
    for art in lq.read_export(text):
        if not art.quotes:
            continue
        assert art.span is not None
        start = min(s.start for s in _spans(art.quotes))
        end = max(s.end for s in _spans(art.quotes))
        # (from the dateline on, when the export has one: the story as a wire sends it,
        # whose dateline ends a sentence of its own)
        lead = art.dateline.span.start if art.dateline is not None else art.span.start
        body = text[max(art.span.start, lead) : art.span.end]
        # (a field code opening a line of the body, Factiva's ``TD``, reads as white space)
        body = re.sub(r"(?m)^(?:LP|TD)[ \t]+", lambda m: " " * len(m.group()), body)
        alone = lq.parse(body, published=art.published)
        assert [q.text for q in alone.quotes][-len(art.quotes) :] == [q.text for q in art.quotes]
        assert art.span.start <= start <= end <= art.span.end


def test_published_anchors_the_dateline_year() -> None:
    art = lq.read_export(_read("factiva.txt"))[0]
    assert art.dateline is not None
    assert art.dateline.date == dt.date(2022, 4, 11)


@pytest.mark.parametrize(
    ("fmt", "message"),
    [("lexis", "unknown format 'lexis'"), ("", "unknown format ''"), ("FACTIVA", "'factiva'")],
)
def test_unknown_format_is_a_value_error(fmt: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as err:
        lq.read_export("anything", format=fmt)
    assert "'lexisnexis'" in str(err.value)
    assert "'proquest'" in str(err.value)


@pytest.mark.parametrize("text", ["", "Just one article.\n\nNo export markers.", "HD only"])
def test_undetectable_export_is_a_value_error(text: str) -> None:
    with pytest.raises(ValueError, match="cannot tell the export format") as err:
        lq.read_export(text)
    assert "Document <AN>" in str(err.value)
    assert "Full text:" in str(err.value)


#: One ProQuest record, downloaded alone: no separator line, but its ``Full text:`` and
#: ``ProQuest document ID:`` lines say which export it is.
_PROQUEST_ALONE = (
    "Title: Depot staff vote to strike over rosters\n\n"
    "Author: Lane, Petra\n\n"
    "Publication info: The Wexmoor Courier; Wexmoor, Ont. 12 May 2023: A.3.\n\n"
    "Full text:\n\n"
    'Bus drivers at the Wexmoor depot voted to strike. "We are tired," said Ana Ruiz, '
    "a driver.\n\n"
    "Publication title: The Wexmoor Courier\n\n"
    "ProQuest document ID: 2900000001\n"
)


def test_one_proquest_record_without_separators() -> None:
    (art,) = lq.read_export(_PROQUEST_ALONE)
    assert art.headline == "Depot staff vote to strike over rosters"
    assert art.published == dt.date(2023, 5, 12)
    assert [q.attribution.speaker.name for q in art.quotes if q.attribution] == ["Ana Ruiz"]
    for q in art.quotes:
        assert _PROQUEST_ALONE[q.span.start : q.span.end] == q.text


@pytest.mark.parametrize("bad", [b"bytes", 3, None])
def test_wrong_types_raise_type_error(bad: Any) -> None:
    with pytest.raises(TypeError, match="read_export"):
        lq.read_export(bad)


def test_format_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="format must be a str"):
        lq.read_export("x", format=3)  # type: ignore[arg-type]


def test_forced_format_with_no_documents_is_empty() -> None:
    assert lq.read_export(_read("proquest.txt"), format="factiva") == []


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_windows_line_endings(name: str) -> None:
    text = _read(name).replace("\n", "\r\n")
    articles = lq.read_export(text)
    assert [a.headline for a in articles] == [g[0] for g in GOLDEN[name]]
    assert [a.published for a in articles] == [g[4] for g in GOLDEN[name]]
    for art in articles:
        for q in art.quotes:
            assert q.span.slice(text) == q.text


_PIECES = [
    _read("lexisnexis_classic.txt"),
    _read("factiva.txt"),
    _read("proquest.txt"),
    "HD      x\n",
    "Body\n",
    "End of Document\n",
    "____________\n",
    "Full text: \n",
    "Document ABCDEFGHIJ0123\n",
    "1 of 2 DOCUMENTS\n",
    "\n",
    '"Quote here," she said.\n',
]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(_PIECES), max_size=6),
    st.sampled_from(["factiva", "lexisnexis", "proquest"]),
)
def test_any_mix_of_pieces_never_crashes(pieces: list[str], fmt: str) -> None:
    text = "".join(pieces)
    for art in lq.read_export(text, format=fmt):
        assert art.span is not None
        assert art.span.end <= len(text)
        for span in _spans(art):
            assert 0 <= span.start <= span.end <= len(text)
        for q in art.quotes:
            assert q.span.slice(text) == q.text


#: One Nexis Uni document copied alone: a ``Body`` line and a trailer, no ``End of
#: Document`` line (invented).
ONE_NEXIS_DOCUMENT = """\
Porters at Orrin Bay Hospital vote to strike

The Harbour Clarion (Tasmania)
March 3, 2019 Sunday

Copyright 2019 Harbour Media

Section: NEWS; Pg. 4
Length: 42 words
Byline: Ann Lee

Body

Porters at Orrin Bay Hospital voted to strike on Friday.

"We have waited long enough," said Tom Vale, a porter at the hospital.

Load-Date: March 4, 2019
"""


def test_one_nexis_uni_document_without_an_end_line() -> None:
    [art] = lq.read_export(ONE_NEXIS_DOCUMENT)
    assert art.warnings == ()
    assert [q.attribution.speaker.name for q in art.quotes if q.attribution] == ["Tom Vale"]
