"""Archive exports: layout variants, damaged input and record round trips (invented files)."""

from __future__ import annotations

import datetime as dt
import json
import pathlib
from typing import Any

import jsonschema
import pytest

import laborquotes as lq

SEP = "_" * 40

PROQUEST_ABSTRACT_IN_FULL_TEXT = f"""{SEP}
Document 1 of 1

Nurses Rally at Capitol

Author: Lee, Tom

Full text: ABSTRACT.

Nurses rallied for staffing rules.

FULL TEXT.

SPRINGFIELD, Ill. - "Staffing saves lives," said Nora Quinn, a nurse.

Publication title: Prairie Gazette

Publication date: Feb 2, 2020
{SEP}
"""

FACTIVA_CODES_ON_THEIR_OWN_LINES = """HD
Dockworkers Strike
BY
By Sam Adeyemi and Joan Ebert
PD
12 April 2022
SN
Coastal Business Review
LP
"We have waited two years," said Ravi Menon.
TD
The port authority said cargo would be diverted.
AN
Document CBRVW00020220412ei4c0000a
"""

LEXISNEXIS_LABELLED_HEADLINE = """                  1 of 1 DOCUMENT

             Copyright 1999 The Prairie Gazette
                    The Prairie Gazette

                 February 2, 1999, Tuesday

SECTION: METRO; Pg. 3

LENGTH: 30 words

HEADLINE: Nurses Rally at Capitol

BYLINE: TOM LEE

DATELINE: SPRINGFIELD

BODY:
"Staffing saves lives," said Nora Quinn, a nurse.

LOAD-DATE: February 3, 1999
"""


@pytest.mark.parametrize(
    ("text", "headline", "authors", "outlet", "published", "quotes"),
    [
        (
            PROQUEST_ABSTRACT_IN_FULL_TEXT,
            "Nurses Rally at Capitol",
            ("Lee, Tom",),
            "Prairie Gazette",
            dt.date(2020, 2, 2),
            ["Staffing saves lives,"],
        ),
        (
            FACTIVA_CODES_ON_THEIR_OWN_LINES,
            "Dockworkers Strike",
            ("Sam Adeyemi", "Joan Ebert"),
            "Coastal Business Review",
            dt.date(2022, 4, 12),
            ["We have waited two years,", "cargo would be diverted"],
        ),
        (
            LEXISNEXIS_LABELLED_HEADLINE,
            "Nurses Rally at Capitol",
            ("TOM LEE",),
            "The Prairie Gazette",
            dt.date(1999, 2, 2),
            ["Staffing saves lives,"],
        ),
    ],
)
def test_layout_variants(
    text: str,
    headline: str,
    authors: tuple[str, ...],
    outlet: str,
    published: dt.date,
    quotes: list[str],
) -> None:
    [art] = lq.read_export(text)
    assert art.headline == headline
    assert art.byline is not None
    assert art.byline.authors == authors
    assert (art.outlet, art.published) == (outlet, published)
    assert [q.text for q in art.quotes] == quotes
    assert [q.span.slice(text) for q in art.quotes] == quotes
    assert art.warnings == ()


def test_abstract_is_left_out_of_the_body() -> None:
    [art] = lq.read_export(PROQUEST_ABSTRACT_IN_FULL_TEXT)
    assert art.dateline is not None
    assert art.dateline.text == "SPRINGFIELD, Ill. -"
    assert all(
        q.span.start > PROQUEST_ABSTRACT_IN_FULL_TEXT.index("FULL TEXT.") for q in art.quotes
    )


def test_records_round_trip_and_match_the_schema() -> None:
    folder = pathlib.Path(__file__).parent / "exports"
    schema_path = pathlib.Path(lq.__file__).parent / "article.schema.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    for path in sorted(folder.glob("*.txt")):
        for art in lq.read_export(path.read_text(encoding="utf-8")):
            data: dict[str, Any] = json.loads(json.dumps(art.to_dict()))
            jsonschema.validate(data, schema)
            assert lq.Article.from_dict(data) == art


def test_registry_is_checked() -> None:
    with pytest.raises(TypeError, match="registry"):
        lq.read_export(FACTIVA_CODES_ON_THEIR_OWN_LINES, registry="unions")  # type: ignore[arg-type]


def test_nexis_uni_cut_short() -> None:
    text = "Bakers Walk Out\n\nThe Courier\nMay 7, 2021 Friday\n\nBody\n\nThe bakers left.\n"
    [art] = lq.read_export(text, format="lexisnexis")
    assert art.headline == "Bakers Walk Out"
    assert art.warnings == ("line 1: the document is truncated: no 'End of Document' line",)


@pytest.mark.parametrize("fmt", ["factiva", "lexisnexis", "proquest"])
@pytest.mark.parametrize(
    "text",
    [
        "HD x\n" * 20_000,
        "Document ABCDEFGHIJ0123\n" * 20_000,
        ("_" * 30 + "\nFull text: x\n") * 10_000,
        "1 of 2 DOCUMENTS\n" + "BYLINE: " + "a" * 200_000,
        "End of Document\n" * 20_000,
        "Body\n" * 20_000 + "End of Document\n",
        "LP      " + '"' * 100_000 + "\nAN      Document ABCDEFGHIJ0123\n",
    ],
)
def test_hostile_exports_are_read(text: str, fmt: str) -> None:
    for art in lq.read_export(text, format=fmt):
        assert art.span is not None
        assert art.span.end <= len(text)


def test_proquest_cut_short() -> None:
    text = (
        f"{SEP}\nDocument 1 of 2\n\nA Title Here\n\nFull text: The union voted on Monday.\n\n"
        f"Publication date: Jun 4, 2019\n{SEP}\nDocument 2 of 2\n\nCut Short Story\n\n"
        "Author: Doe, Jane\n\nFull text: The union voted.\n\nMore body text"
    )
    first, second = lq.read_export(text)
    assert (first.headline, first.published, first.warnings) == (
        "A Title Here",
        dt.date(2019, 6, 4),
        (),
    )
    assert second.headline == "Cut Short Story"
    assert "line 10: the document is truncated: no field after the full text" in second.warnings
    assert second.span is not None
    assert text[second.span.end - 14 : second.span.end] == "More body text"


# --------------------------------------------------------------------------- DATELINE: field

_LN_DATELINE = """                  1 of 1 DOCUMENT

                    The Lakeside Courier

                 June 4, 2019, Tuesday

Ferry Crews Vote on Offer

LENGTH: 30 words

DATELINE: {field}

{body}

LOAD-DATE: June 5, 2019
"""

_UNI_DATELINE = """Ferry Crews Vote on Offer

The Lakeside Courier
June 4, 2019 Tuesday

Copyright 2019 The Lakeside Courier
Length: 30 words
Dateline: {field}

Body

{body}

Load-Date: June 5, 2019

End of Document
"""

_PQ_DATELINE = f"""{SEP}
Document 1 of 1

Ferry Crews Vote on Offer

Dateline: {{field}}

Full text: {{body}}

Publication title: The Lakeside Courier

Publication date: Jun 4, 2019
{SEP}
"""

_PLAIN_BODY = '"We want the same deal as the dock crews," said Ida Berg, a deckhand.'


@pytest.mark.parametrize("layout", [_LN_DATELINE, _UNI_DATELINE, _PQ_DATELINE])
@pytest.mark.parametrize(
    ("field", "city", "region", "country", "date", "agencies"),
    [
        ("DULUTH, Minn.", "DULUTH", "Minnesota", "US", dt.date(2019, 6, 4), ()),
        ("Cork, Ireland", "Cork", "Ireland", "IE", dt.date(2019, 6, 4), ()),
        ("Hamilton, Ont., June 3", "Hamilton", "Ontario", "CA", dt.date(2019, 6, 3), ()),
        ("Port Ellis", "Port Ellis", None, None, dt.date(2019, 6, 4), ()),
        ("WELLINGTON (AP)", "WELLINGTON", None, "NZ", dt.date(2019, 6, 4), ("AP",)),
    ],
)
def test_a_dateline_field_gives_the_dateline_when_the_body_has_none(
    layout: str,
    field: str,
    city: str,
    region: str | None,
    country: str | None,
    date: dt.date,
    agencies: tuple[str, ...],
) -> None:
    text = layout.format(field=field, body=_PLAIN_BODY)
    [art] = lq.read_export(text)
    line = art.dateline
    assert line is not None
    assert (line.city, line.region, line.country, line.date) == (city, region, country, date)
    assert line.agencies == agencies
    assert line.text == field == text[line.span.start : line.span.end]  # a span into the export
    assert text[line.body_start :].startswith(_PLAIN_BODY)
    assert [q.text for q in art.quotes] == ["We want the same deal as the dock crews,"]


@pytest.mark.parametrize("layout", [_LN_DATELINE, _UNI_DATELINE, _PQ_DATELINE])
def test_the_body_dateline_wins_over_the_field(layout: str) -> None:
    body = "ASHLAND, Wis. - " + _PLAIN_BODY
    text = layout.format(field="DULUTH, Minn.", body=body)
    [art] = lq.read_export(text)
    assert art.dateline is not None
    assert (art.dateline.city, art.dateline.text) == ("ASHLAND", "ASHLAND, Wis. -")
    assert text[art.dateline.span.start :].startswith("ASHLAND")


@pytest.mark.parametrize("layout", [_LN_DATELINE, _UNI_DATELINE, _PQ_DATELINE])
@pytest.mark.parametrize("field", ["the waterfront", "Page 3 of 9", "Metro (evening news)"])
def test_a_field_that_is_no_place_gives_no_dateline(layout: str, field: str) -> None:
    [art] = lq.read_export(layout.format(field=field, body=_PLAIN_BODY))
    assert art.dateline is None
    assert len(art.quotes) == 1


@pytest.mark.parametrize(
    "text",
    [
        PROQUEST_ABSTRACT_IN_FULL_TEXT,
        FACTIVA_CODES_ON_THEIR_OWN_LINES,
        LEXISNEXIS_LABELLED_HEADLINE,
    ],
)
def test_a_form_feed_before_each_record_is_white_space(text: str) -> None:
    # (printed exports put a page break before each record)
    plain = lq.read_export(text)
    fed = "\f" + text + "\f" + text
    arts = lq.read_export(fed)
    assert [a.headline for a in arts] == [plain[0].headline] * 2
    assert [len(a.quotes) for a in arts] == [len(plain[0].quotes)] * 2
    for art in arts:
        assert all(q.span.slice(fed) == q.text for q in art.quotes)


_PQ_INFO_ONLY = f"""{SEP}

Ferry Crews Vote on Offer

Author: Berg, Ida

Publication info: The Harbour Ledger; Kestrel Bay, Ont. [Kestrel Bay, Ont]. 03 Nov 2021: A3.

Full text: "We want the same deal as the dock crews," said Ida Berg, a deckhand.

ProQuest document ID: 2434567890

{SEP}
"""


def test_proquest_publication_info_gives_the_outlet_and_the_date() -> None:
    [art] = lq.read_export(_PQ_INFO_ONLY)
    assert (art.outlet, art.published) == ("The Harbour Ledger", dt.date(2021, 11, 3))
    assert [q.text for q in art.quotes] == ["We want the same deal as the dock crews,"]


# A record whose closing line is missing (a hand-cut or concatenated export): the next
# record starts inside it, and must come out as its own record, not be lost or merged.
UNI_UNCLOSED = """Ferry Crews Vote to Strike

Harbour Gazette
March 3, 2022 Thursday

Body

Ferry crews voted to strike, said Ana Ruiz, a deckhand.

Load-Date: March 4, 2022

Porters Return to Work

Valley Standard
March 5, 2022 Saturday

Body

"We got what we asked for," said Tom Lee, a porter.

Load-Date: March 6, 2022

End of Document
"""

FACTIVA_UNCLOSED = """HD      Ferry Crews Vote to Strike
PD      3 March 2022
SN      Harbour Gazette
LP      Ferry crews voted to strike, said Ana Ruiz, a deckhand.
SE      Business
HD      Porters Return to Work
PD      5 March 2022
SN      Valley Standard
TD      "We got what we asked for," said Tom Lee, a porter.
AN      Document VALSTD0020220305ei35000a1
"""

PROQUEST_UNCLOSED = f"""{SEP}
Document 1 of 2

Ferry Crews Vote to Strike

Publication title: Harbour Gazette

Full text: Ferry crews voted to strike, said Ana Ruiz, a deckhand.

Publication date: Mar 3, 2022

Document 2 of 2

Porters Return to Work

Publication title: Valley Standard

Full text: "We got what we asked for," said Tom Lee, a porter.

Publication date: Mar 5, 2022
{SEP}
"""


@pytest.mark.parametrize(
    ("text", "fmt", "warned"),
    [
        (UNI_UNCLOSED, "lexisnexis", "no 'End of Document' line"),
        (FACTIVA_UNCLOSED, "factiva", "no closing 'Document' line"),
        (PROQUEST_UNCLOSED, "proquest", None),
    ],
)
def test_a_record_without_its_closing_line_keeps_the_next_record(
    text: str, fmt: str, warned: str | None
) -> None:
    first, second = lq.read_export(text, format=fmt)
    assert (first.headline, first.outlet) == ("Ferry Crews Vote to Strike", "Harbour Gazette")
    assert (second.headline, second.outlet) == ("Porters Return to Work", "Valley Standard")
    assert first.published == dt.date(2022, 3, 3)
    assert second.published == dt.date(2022, 3, 5)
    assert first.span is not None
    assert "Porters" not in text[first.span.start : first.span.end]
    assert [q.attribution.speaker.name for q in second.quotes if q.attribution] == ["Tom Lee"]
    if warned is None:
        assert first.warnings == ()
    else:
        assert first.warnings == (f"line 1: the document is truncated: {warned}",)
    assert second.warnings == ()


@pytest.mark.parametrize(
    "second",
    [
        '"Never again," said Tom Lee, a porter.',
        "'Never again,' said Tom Lee, a porter.",
        '"We were not heard at all by the board," Tom Lee said.',
    ],
)
def test_a_quotation_opening_the_text_field_is_read(second: str) -> None:
    text = (
        "HD      Porters Return to Work\nPD      5 March 2022\nSN      Valley Standard\n"
        "LP      Porters went back to work on Monday after a strike over rosters.\n"
        f"TD      {second}\nAN      Document VALSTD0020220305ei35000a1\n"
    )
    [art] = lq.read_export(text, format="factiva")
    [quote] = art.quotes
    assert text[quote.span.start : quote.span.end] == quote.text
    assert quote.text in second
    assert quote.attribution is not None
    assert quote.attribution.speaker.name == "Tom Lee"


def test_a_quotation_across_the_text_field_code_keeps_the_code_as_written() -> None:
    text = (
        'HD      Porters Return\nPD      5 March 2022\nLP      "We will go back on Monday.\n'
        'TD      "And we will not strike again this year," said Tom Lee, a porter.\n'
        "AN      Document VALSTD0020220305ei35000a1\n"
    )
    [art] = lq.read_export(text, format="factiva")
    assert art.quotes
    for quote in art.quotes:
        assert text[quote.span.start : quote.span.end] == quote.text


#: Factiva's article format, printed with no field codes: the headline (a section above
#: it, a byline under it) over the word count, then date, source, code, edition, page,
#: language and copyright lines, a blank line, the body and the ``Document`` line.
FACTIVA_PLAIN = """Business
Ferry crews vote to strike over rosters
Tom Lee Labour Reporter
212 words
14 March 2019
The Harbour Courier
HRBCOU
Final
7
English
(c) 2019 Harbour Courier Media Ltd

Ferry crews at Bayline will strike for two days, their union said on Wednesday.

"Nobody chose this," said Ana Ruiz, a deckhand.

Document HRBCOU0020190314ef3e0000b

Dockers walk out at Port Kell
Ana Ruiz
98 words
2 April 2019
Northshore News
NSHNWS
English
Copyright 2019 Northshore Publishing Pty Ltd

Dockers at Port Kell walked out on Tuesday, the union said.

Document NSHNWS0020190402ef42000aa
"""


def test_factiva_article_format_without_codes() -> None:
    arts = lq.read_export(FACTIVA_PLAIN)
    assert [a.headline for a in arts] == [
        "Ferry crews vote to strike over rosters",
        "Dockers walk out at Port Kell",
    ]
    assert [a.published for a in arts] == [dt.date(2019, 3, 14), dt.date(2019, 4, 2)]
    assert [a.warnings for a in arts] == [(), ()]
    first = arts[0]
    assert [q.text for q in first.quotes if q.kind.value == "direct"] == ["Nobody chose this,"]
    # the masthead, its code and the copyright line are no part of the body
    orgs = {o.name for a in arts for o in a.organizations}
    assert not any("Media" in name or "Publishing" in name for name in orgs)
    for a in arts:
        for q in a.quotes:
            assert FACTIVA_PLAIN[q.span.start : q.span.end] == q.text
