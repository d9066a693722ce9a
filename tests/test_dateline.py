"""Datelines: table tests written from the wire and newsroom patterns (no wire copy)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _dateline, _places

PUB = dt.date(2023, 3, 15)


def _dl(text: str, published: dt.date | str | None = PUB) -> lq.Dateline:
    d = lq.parse_dateline(text, published=published)
    assert d is not None, f"no dateline in {text!r}"
    assert text[d.span.start : d.span.end] == d.text
    assert d.span.end <= d.body_start <= len(text)
    return d


# (text, dateline text, city, region, state_code, country, agencies, date or None for PUB)
POSITIVES = [
    # AP, modern and ANPA
    (
        "FRESNO, Calif. (AP) — Grape pickers walked out on Monday.",
        "FRESNO, Calif. (AP) —",
        "FRESNO",
        "California",
        "CA",
        "US",
        ("AP",),
        None,
    ),
    (
        "TOLEDO, Ohio (AP) _ Workers at the plant voted.",
        "TOLEDO, Ohio (AP) _",
        "TOLEDO",
        "Ohio",
        "OH",
        "US",
        ("AP",),
        None,
    ),
    (
        "CHICAGO (AP) -- Teachers rallied downtown.",
        "CHICAGO (AP) --",
        "CHICAGO",
        "Illinois",
        "IL",
        "US",
        ("AP",),
        None,
    ),
    (
        "WASHINGTON (AP) — The board ruled.",
        "WASHINGTON (AP) —",
        "WASHINGTON",
        "District of Columbia",
        "DC",
        "US",
        ("AP",),
        None,
    ),
    (
        "WASHINGTON, Ill. (AP) — A small-town story.",
        "WASHINGTON, Ill. (AP) —",
        "WASHINGTON",
        "Illinois",
        "IL",
        "US",
        ("AP",),
        None,
    ),
    (
        "WINSTON-SALEM, N.C. (AP) — Tobacco workers met.",
        "WINSTON-SALEM, N.C. (AP) —",
        "WINSTON-SALEM",
        "North Carolina",
        "NC",
        "US",
        ("AP",),
        None,
    ),
    (
        "CHARLESTON, W.Va. (AP) — Miners returned.",
        "CHARLESTON, W.Va. (AP) —",
        "CHARLESTON",
        "West Virginia",
        "WV",
        "US",
        ("AP",),
        None,
    ),
    (
        "ERIE, Penn. (AP) — Locomotive builders struck.",
        "ERIE, Penn. (AP) —",
        "ERIE",
        "Pennsylvania",
        "PA",
        "US",
        ("AP",),
        None,
    ),
    (
        "KENOSHA, Wisc. (AP) — Auto workers voted.",
        "KENOSHA, Wisc. (AP) —",
        "KENOSHA",
        "Wisconsin",
        "WI",
        "US",
        ("AP",),
        None,
    ),
    (
        "AUSTIN, Tex. (AP) — Lawmakers met.",
        "AUSTIN, Tex. (AP) —",
        "AUSTIN",
        "Texas",
        "TX",
        "US",
        ("AP",),
        None,
    ),
    (
        "MODESTO, CALIF. (AP) — Cannery staff walked out.",
        "MODESTO, CALIF. (AP) —",
        "MODESTO",
        "California",
        "CA",
        "US",
        ("AP",),
        None,
    ),
    (
        "OTTAWA (AP) — Postal workers struck.",
        "OTTAWA (AP) —",
        "OTTAWA",
        "Ontario",
        None,
        "CA",
        ("AP",),
        None,
    ),
    (
        "PEKING (AP) — Officials announced a plan.",
        "PEKING (AP) —",
        "PEKING",
        None,
        None,
        "CN",
        ("AP",),
        None,
    ),
    # Reuters, 1987 and modern
    (
        "SMALLTOWN, Ore., Feb 26 - The mill said it would close.",
        "SMALLTOWN, Ore., Feb 26 -",
        "SMALLTOWN",
        "Oregon",
        "OR",
        "US",
        (),
        dt.date(2023, 2, 26),
    ),
    (
        "HEADLINE OF A STORY\n    BRIDGEPORT, Conn., March 3 - The company said.",
        "BRIDGEPORT, Conn., March 3 -",
        "BRIDGEPORT",
        "Connecticut",
        "CT",
        "US",
        (),
        dt.date(2023, 3, 3),
    ),
    (
        "LONDON, March 14 (Reuters) - Dockers voted to strike.",
        "LONDON, March 14 (Reuters) -",
        "LONDON",
        None,
        None,
        "GB",
        ("Reuters",),
        dt.date(2023, 3, 14),
    ),
    (
        "FRANKFURT (Reuter) - Metal workers won a raise.",
        "FRANKFURT (Reuter) -",
        "FRANKFURT",
        None,
        None,
        "DE",
        ("Reuters",),
        None,
    ),
    (
        "BONN, West Germany, March 2 - The union said.",
        "BONN, West Germany, March 2 -",
        "BONN",
        "West Germany",
        None,
        "DE",
        (),
        dt.date(2023, 3, 2),
    ),
    (
        "CALGARY, Alberta, March 9 - The company said.",
        "CALGARY, Alberta, March 9 -",
        "CALGARY",
        "Alberta",
        None,
        "CA",
        (),
        dt.date(2023, 3, 9),
    ),
    (
        "New York, Oct. 12 - Mixed case from an old wire.",
        "New York, Oct. 12 -",
        "New York",
        "New York",
        "NY",
        "US",
        (),
        dt.date(2022, 10, 12),
    ),
    (
        "KANSAS CITY, Mo. - March 13 - A dash before the date.",
        "KANSAS CITY, Mo. - March 13 -",
        "KANSAS CITY",
        "Missouri",
        "MO",
        "US",
        (),
        dt.date(2023, 3, 13),
    ),
    (
        "TULSA, Okla., MARCH 4 -The separator touches the body.",
        "TULSA, Okla., MARCH 4 -",
        "TULSA",
        "Oklahoma",
        "OK",
        "US",
        (),
        dt.date(2023, 3, 4),
    ),
    (
        "JOHANNESBURG March 13 - No comma before the date.",
        "JOHANNESBURG March 13 -",
        "JOHANNESBURG",
        None,
        None,
        "ZA",
        (),
        dt.date(2023, 3, 13),
    ),
    (
        "DALLAS, Marhc 2 - A typo in the month.",
        "DALLAS, Marhc 2 -",
        "DALLAS",
        "Texas",
        "TX",
        "US",
        (),
        dt.date(2023, 3, 2),
    ),
    # AFP, mixed case
    (
        "Paris (AFP) – Rail workers walked out.",
        "Paris (AFP) –",
        "Paris",
        None,
        None,
        "FR",
        ("AFP",),
        None,
    ),
    (
        "LAGOS, Nigeria, March 10 (AFP) - Oil workers struck.",
        "LAGOS, Nigeria, March 10 (AFP) -",
        "LAGOS",
        "Nigeria",
        None,
        "NG",
        ("AFP",),
        dt.date(2023, 3, 10),
    ),
    # UPI
    (
        "NEW DELHI, India, March 8 (UPI) -- Bank staff struck.",
        "NEW DELHI, India, March 8 (UPI) --",
        "NEW DELHI",
        "India",
        None,
        "IN",
        ("UPI",),
        dt.date(2023, 3, 8),
    ),
    (
        "March 8 (UPI) -- A story with a date and no city.",
        "March 8 (UPI) --",
        None,
        None,
        None,
        None,
        ("UPI",),
        dt.date(2023, 3, 8),
    ),
    # Xinhua, day first
    (
        "BEIJING, 5 March (Xinhua) -- Factory output rose.",
        "BEIJING, 5 March (Xinhua) --",
        "BEIJING",
        None,
        None,
        "CN",
        ("Xinhua",),
        dt.date(2023, 3, 5),
    ),
    # CNN
    (
        "Atlanta, Georgia (CNN) -- Airport workers rallied.",
        "Atlanta, Georgia (CNN) --",
        "Atlanta",
        "Georgia",
        "GA",
        "US",
        ("CNN",),
        None,
    ),
    ("(CNN)The strike is over.", "(CNN)", None, None, None, None, ("CNN",), None),
    # Bloomberg, dpa
    (
        "(Bloomberg) -- Stocks fell as strikes spread.",
        "(Bloomberg) --",
        None,
        None,
        None,
        None,
        ("Bloomberg",),
        None,
    ),
    (
        "Berlin (dpa) - Train drivers struck again.",
        "Berlin (dpa) -",
        "Berlin",
        None,
        None,
        "DE",
        ("dpa",),
        None,
    ),
    # Local TV and radio call signs
    (
        "PEORIA, Ill. (WMBD) — Nurses picketed the hospital.",
        "PEORIA, Ill. (WMBD) —",
        "PEORIA",
        "Illinois",
        "IL",
        "US",
        ("WMBD",),
        None,
    ),
    (
        "YUMA, Ariz. (CBS, KYMA/KECY) - Farm workers met.",
        "YUMA, Ariz. (CBS, KYMA/KECY) -",
        "YUMA",
        "Arizona",
        "AZ",
        "US",
        ("CBS", "KYMA", "KECY"),
        None,
    ),
    # Press-release wires
    (
        "NEW YORK, March 7, 2023 /PRNewswire/ -- Acme Corp. announced a deal.",
        "NEW YORK, March 7, 2023 /PRNewswire/ --",
        "NEW YORK",
        "New York",
        "NY",
        "US",
        ("PRNewswire",),
        dt.date(2023, 3, 7),
    ),
    (
        "AUSTIN, Texas, March 07, 2023 (GLOBE NEWSWIRE) -- Acme Corp. said.",
        "AUSTIN, Texas, March 07, 2023 (GLOBE NEWSWIRE) --",
        "AUSTIN",
        "Texas",
        "TX",
        "US",
        ("GLOBE NEWSWIRE",),
        dt.date(2023, 3, 7),
    ),
    (
        "SAN JOSE, Calif.--(BUSINESS WIRE)--Acme Corp. said.",
        "SAN JOSE, Calif.--(BUSINESS WIRE)--",
        "SAN JOSE",
        "California",
        "CA",
        "US",
        ("BUSINESS WIRE",),
        None,
    ),
    # Newspapers
    (
        "DETROIT — Autoworkers walked off the job.",
        "DETROIT —",
        "DETROIT",
        "Michigan",
        "MI",
        "US",
        (),
        None,
    ),
    (
        "FLINT, Mich. — Autoworkers walked off the job.",
        "FLINT, Mich. —",
        "FLINT",
        "Michigan",
        "MI",
        "US",
        (),
        None,
    ),
    (
        "SEATTLE ― Machinists voted.",
        "SEATTLE ―",
        "SEATTLE",
        "Washington",
        "WA",
        "US",
        (),
        None,
    ),
    (
        "BOSTON -- Nurses reached a deal.",
        "BOSTON --",
        "BOSTON",
        "Massachusetts",
        "MA",
        "US",
        (),
        None,
    ),
    (
        "HAMILTON, Ontario – Steelworkers rallied.",
        "HAMILTON, Ontario –",
        "HAMILTON",
        "Ontario",
        None,
        "CA",
        (),
        None,
    ),
    # Australian and Indian states
    (
        "TOWNSVILLE, Queensland (AAP) - Dock workers walked out.",
        "TOWNSVILLE, Queensland (AAP) -",
        "TOWNSVILLE",
        "Queensland",
        None,
        "AU",
        ("AAP",),
        None,
    ),
    (
        "MYSURU, Karnataka: Bus crews stayed away.",
        "MYSURU, Karnataka:",
        "MYSURU",
        "Karnataka",
        None,
        "IN",
        (),
        None,
    ),
    # NBSP and HTML entities
    (
        "DENVER,\u00a0Colo.\u00a0(AP)\u00a0—\u00a0Grocery workers struck.",
        "DENVER,\u00a0Colo.\u00a0(AP)\u00a0—",
        "DENVER",
        "Colorado",
        "CO",
        "US",
        ("AP",),
        None,
    ),
    (
        "MIAMI &mdash; Hotel workers marched.",
        "MIAMI &mdash;",
        "MIAMI",
        "Florida",
        "FL",
        "US",
        (),
        None,
    ),
    (
        "RENO, Nev. (AP) &#8212; Casino workers voted.",
        "RENO, Nev. (AP) &#8212;",
        "RENO",
        "Nevada",
        "NV",
        "US",
        ("AP",),
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "written", "city", "region", "code", "country", "agencies", "date"), POSITIVES
)
def test_dateline_formats(
    text: str,
    written: str,
    city: str | None,
    region: str | None,
    code: str | None,
    country: str | None,
    agencies: tuple[str, ...],
    date: dt.date | None,
) -> None:
    d = _dl(text)
    assert d.text == written
    assert d.span.start == text.index(written)
    assert d.city == city
    assert d.region == region
    assert d.state_code == code
    assert d.country == country
    assert d.agencies == agencies
    assert d.date == (date if date is not None else PUB)


@pytest.mark.parametrize(
    "sep", ["-", "--", "---", "—", "–", "―", "_", "&mdash;", "&ndash;", "&#8212;", "&#x2014;"]
)
def test_every_separator(sep: str) -> None:
    text = f"TOPEKA, Kan. (AP) {sep} Meatpackers voted to strike."
    d = _dl(text)
    assert d.text.endswith(sep)
    assert text[d.body_start :].startswith("Meatpackers")


@pytest.mark.parametrize(
    ("region", "name", "code"),
    [
        ("Calif", "California", "CA"),
        ("CALIF.", "California", "CA"),
        ("Calif.", "California", "CA"),
        ("Tex.", "Texas", "TX"),
        ("Texas", "Texas", "TX"),
        ("Penn.", "Pennsylvania", "PA"),
        ("Pa.", "Pennsylvania", "PA"),
        ("Wisc.", "Wisconsin", "WI"),
        ("W.Va.", "West Virginia", "WV"),
        ("W. Va.", "West Virginia", "WV"),
        ("N.Y.", "New York", "NY"),
        ("N.J.", "New Jersey", "NJ"),
        ("Mass.", "Massachusetts", "MA"),
        ("D.C.", "District of Columbia", "DC"),
        ("Minn.", "Minnesota", "MN"),
        ("Ky.", "Kentucky", "KY"),
        ("Alaska", "Alaska", "AK"),
        ("Hawaii", "Hawaii", "HI"),
        ("New Hampshire", "New Hampshire", "NH"),
        ("Il.", "Illinois", "IL"),
        ("P.R.", "Puerto Rico", "PR"),
    ],
)
def test_state_variants(region: str, name: str, code: str) -> None:
    d = _dl(f"SPRINGFIELD, {region} (AP) — Workers met.")
    assert (d.region, d.state_code, d.country) == (name, code, "US")


@pytest.mark.parametrize(
    ("region", "name"),
    [
        ("Ont.", "Ontario"),
        ("Que.", "Quebec"),
        ("B.C.", "British Columbia"),
        ("Alta.", "Alberta"),
        ("Sask.", "Saskatchewan"),
        ("N.S.", "Nova Scotia"),
        ("Nfld.", "Newfoundland"),
        ("Manitoba", "Manitoba"),
    ],
)
def test_canadian_provinces(region: str, name: str) -> None:
    d = _dl(f"KINGSTON, {region}, March 3 - The union said.")
    assert (d.region, d.state_code, d.country) == (name, None, "CA")


@pytest.mark.parametrize(
    ("city", "region", "code", "country"),
    [
        ("ATLANTA", "Georgia", "GA", "US"),
        ("ST. LOUIS", "Missouri", "MO", "US"),
        ("SALT LAKE CITY", "Utah", "UT", "US"),
        ("LAS VEGAS", "Nevada", "NV", "US"),
        ("NEW ORLEANS", "Louisiana", "LA", "US"),
        ("HONOLULU", "Hawaii", "HI", "US"),
        ("MEXICO CITY", None, None, "MX"),
        ("RIO DE JANEIRO", None, None, "BR"),
        ("VATICAN CITY", None, None, "VA"),
        ("HONG KONG", None, None, "HK"),
        ("BOMBAY", None, None, "IN"),
        ("TORONTO", "Ontario", None, "CA"),
    ],
)
def test_standalone_cities(city: str, region: str | None, code: str | None, country: str) -> None:
    d = _dl(f"{city} — Workers walked out on Tuesday.")
    assert d.city == city
    assert (d.region, d.state_code, d.country) == (region, code, country)


def test_headline_metadata_and_byline_come_first() -> None:
    text = (
        "Date: 2023-03-15\n"
        "Source: Example Wire\n\n"
        "Union Calls Strike at Three Plants\n\n"
        "By JANE DOE\nAssociated Press\n\n"
        "AKRON, Ohio (AP) — Tire workers walked out Tuesday.\n"
    )
    d = _dl(text, published=None)
    assert d.city == "AKRON"
    assert d.date == dt.date(2023, 3, 15)
    assert text[d.body_start :].startswith("Tire workers")


def test_metadata_on_the_same_line() -> None:
    text = "date 2023-08-16 YUMA, Ariz. (KYMA) - Farm workers met.\n\nMore text."
    d = _dl(text, published=None)
    assert d.city == "YUMA"
    assert d.date == dt.date(2023, 8, 16)
    assert lq.parse(text).published == dt.date(2023, 8, 16)


def test_headline_then_deck_then_strong_dateline() -> None:
    text = (
        "Dockworkers Strike\n\n"
        "Ports on two coasts are closed\n\n"
        "OAKLAND, Calif. (AP) — Dockworkers walked out.\n"
    )
    assert _dl(text).city == "OAKLAND"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2023-08-16\nBody.", dt.date(2023, 8, 16)),
        ("Date: 2023-08-16\nBody.", dt.date(2023, 8, 16)),
        ("published: 2023-08-16T09:30:00Z\nBody.", dt.date(2023, 8, 16)),
        ("Published: Aug. 16, 2023 3:45 p.m. EDT\n\nBody.", dt.date(2023, 8, 16)),
        ("Title: A strike\nDate: 16 August 2023\n\nBody.", dt.date(2023, 8, 16)),
        ("  \n\ndate = 2023-08-16\nBody.", dt.date(2023, 8, 16)),
        ("The date 2023-08-16 was set.", None),
        ("Body first.\ndate 2023-08-16", None),
        ("date 2023-02-30\nBody.", None),
        ("", None),
    ],
)
def test_read_metadata(text: str, expected: dt.date | None) -> None:
    assert _dateline.read_metadata(text) == expected


# Texts without a dateline: never a false one.
NEGATIVES = [
    "",
    "   \n\n  ",
    "UNION LEADERS VOW TO FIGHT ON\n\nThe strike entered its third week.",
    "CHICAGO STRIKE ENDS - WORKERS RETURN\n\nThe strike ended on Friday.",
    "DETROIT — STRIKE ENDS AT THREE PLANTS",
    "Strikers marched past the plant. (AP Photo/Jane Doe)\n\nThe strike went on.",
    "(AP Photo/John Smith)\n\nA picket line formed.",
    "WHEAT - 1.23 up\nCORN - 0.98 down\n",
    "WHEAT PRICES\n    WHEAT - Futures rose on Tuesday.",
    "Smith - who led the union - said it would strike.",
    "Johnson — the union's president — said the vote was close.",
    "CORRECTION - LONDON - SHIPPING STORY\n    Please read in the second paragraph.",
    "U.S. DIVIDEND MEETINGS - MARCH 3\n Acme Corp\n",
    "MONEY SUPPLY REPORT - FEB 26\n    Week ended Feb 16",
    "MARKET REPORT LONDON, March 3\n- Prices rose.",
    "RESULTS\n    LONDON, March 3\n    Net profit rose.",
    "RESULTS\n    REPEAT FROM YESTERDAY\n    LONDON, March 3 - Net profit rose.",
    "ACME CORP (ACME) SETS DIVIDEND\n    Qtly div 10 cts.",
    "The Teamsters (IBT) - which represent drivers - said no.",
    "Paris is lovely - said nobody.",
    "Washington — the state, not the capital — votes next.",
    "SEATTLE - 12 - 4 - 3",
    "A long first paragraph that is a sentence. " * 20 + "\n\nBOSTON — Late.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_false_datelines(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("ROME, Dec 31 - X.", dt.date(2024, 1, 2), dt.date(2023, 12, 31)),
        ("TOKYO, Jan 1 - X.", dt.date(2023, 12, 31), dt.date(2024, 1, 1)),
        ("SEOUL, Aug 17 - X.", dt.date(2023, 8, 16), dt.date(2023, 8, 17)),
        ("OSLO, June 30 - X.", "2023-07-01", dt.date(2023, 6, 30)),
        ("OSLO, June 30 - X.", dt.datetime(2023, 7, 1, 23, 59), dt.date(2023, 6, 30)),
        ("LIMA, Feb 29 - X.", dt.date(2024, 3, 1), dt.date(2024, 2, 29)),
        ("LIMA, Feb 29 - X.", dt.date(2023, 3, 1), None),
        ("LIMA, March 3, 2019 (Reuters) - X.", dt.date(2023, 3, 1), dt.date(2019, 3, 3)),
        ("LIMA, March 3 - X.", None, None),
    ],
)
def test_year_choice(text: str, published: dt.date | str | None, expected: dt.date | None) -> None:
    d = lq.parse_dateline(text, published=published)
    if expected is None and "Feb 29" in text:
        assert d is None or d.date is None
        return
    assert d is not None
    assert d.date == expected


def test_year_from_metadata_line() -> None:
    d = _dl("date 2024-01-02\nROME, Dec 31 - The strike.", published=None)
    assert d.date == dt.date(2023, 12, 31)


def test_agencies_normalised_in_order() -> None:
    d = _dl("LONDON (Reuter/AFP, AP) - X said.")
    assert d.agencies == ("Reuters", "AFP", "AP")


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("Reuter", "Reuters"),
        ("REUTERS", "Reuters"),
        ("Associated Press", "AP"),
        ("KYMA", "KYMA"),
        ("WMBD-TV", "WMBD-TV"),
        ("CFRB", "CFRB"),
        ("AP Photo", None),
        ("Smith", None),
    ],
)
def test_agency_table(token: str, expected: str | None) -> None:
    assert _places.agency(token) == expected


def test_seed_shape() -> None:
    text = "date 2023-08-16 BURBANK, Calif. (CBS, KYMA/KECY) - SAG-AFTRA held a briefing."
    d = _dl(text, published=None)
    assert (d.city, d.region, d.state_code, d.country) == ("BURBANK", "California", "CA", "US")
    assert d.agencies == ("CBS", "KYMA", "KECY")
    assert d.date == dt.date(2023, 8, 16)


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON, " * 100_000,
        "(" * 300_000,
        "\n" * 1_000_000,
        "word " * 400_000,
        "- " * 300_000,
        "A, B, C (AP) " * 50_000,
        "date " * 200_000,
        "\u00a0" * 500_000,
        "HEADLINE\n" * 200_000,
    ],
)
def test_hostile_input_is_handled(text: str) -> None:
    d = lq.parse_dateline(text)
    if d is not None:
        assert text[d.span.start : d.span.end] == d.text


def test_parse_dateline_does_not_import_dateparser() -> None:
    code = (
        "import sys, laborquotes as lq\n"
        "lq.parse_dateline('LONDON, March 3 (Reuters) - X.', published='2023-03-04')\n"
        "lq.parse_dateline('date 2023-08-16 YUMA, Ariz. (KYMA) - X.')\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("text", ["LEAD:", "LEAD: ", "LEAD:\n", "BODY:", "DATELINE:"])
def test_a_label_with_nothing_after_it_is_no_dateline(text: str) -> None:
    # A field label at the very end of the text once read past it (IndexError).
    assert lq.parse_dateline(text) is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_never_raises_and_spans_slice_back(text: str) -> None:
    d = lq.parse_dateline(text)
    if d is not None:
        assert text[d.span.start : d.span.end] == d.text
        assert d.span.end <= d.body_start <= len(text)


_pieces = st.sampled_from(
    ["BOSTON", "Paris", ", ", " ", "(AP)", "(", ")", " — ", " - ", "\n", "Feb 26", "Calif.", "x"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_pieces, max_size=12).map("".join))
def test_dateline_like_text_never_raises(text: str) -> None:
    d = lq.parse_dateline(text, published=PUB)
    if d is not None:
        assert text[d.span.start : d.span.end] == d.text
        assert d.span.end <= d.body_start <= len(text)


def test_service_code_after_a_known_wire() -> None:
    d = _dl("HAMBURG (dpa/lno) - Dockers struck.")
    assert d.agencies == ("dpa", "lno")


@pytest.mark.parametrize(
    "text",
    [
        "BOSTON (AP/Photo) — Not a wire list.",
        "BOSTON (AP/John Smith) — Not a wire list.",
    ],
)
def test_more_negatives(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize(
    "text",
    [
        "Strike Ends\nBy JANE DOE, Associated Press\nUpdated 3:45 PM EDT, March 15, 2023\n"
        "NEW YORK (AP) — Workers returned.",
        "Strike Ends\n\nThe deck says why\n\nBy Jane Doe\nStaff Writer\n\nNEW YORK — Workers returned.",
        "Strike Ends\n\nWednesday, March 15, 2023\n\nNEW YORK — Workers returned.",
        "EXCLUSIVE\n\nStrike Ends\n\nNEW YORK, March 15 (Reuters) - Workers returned.",
        "Strike Ends\n\nA picket line. (AP Photo/Jane Doe)\n\nNEW YORK (AP) — Workers returned.",
        "Strike ends | Local News\n\nPosted: Mar 15, 2023 / 03:45 PM EDT\n\nNEW YORK — Workers returned.",
    ],
)
def test_front_matter_before_the_dateline(text: str) -> None:
    d = _dl(text)
    assert d.city == "NEW YORK"
    assert text[d.body_start :].startswith("Workers returned.")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("CHICAGO — Teachers Strike Ends After Two Weeks\n\nThe strike ended.", False),
        ("CHICAGO — Teachers in the third-largest district\nwalked out on Monday.", True),
        ("CHICAGO — Teachers Union President Jane Doe said the strike ended.", True),
    ],
)
def test_title_case_first_line_is_a_headline(text: str, found: bool) -> None:
    assert (lq.parse_dateline(text, published=PUB) is not None) is found


@pytest.mark.parametrize(
    "text",
    [
        "World Health Organization (WHO) - Cases rose.",
        "Geneva (WHO) - Cases rose.",
        "Writers Guild (WGA) — Talks resumed.",
        "Local Station (KXYZ) — Text.",
    ],
)
def test_acronyms_are_not_call_signs(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


def test_call_sign_with_a_capitalised_place() -> None:
    assert _dl("PEORIA (WMBD) — Nurses picketed.").agencies == ("WMBD",)


@pytest.mark.xfail(
    strict=True,
    reason="a short one-sentence paragraph cannot be told from a headline or deck that ends "
    "with a full stop (as many outlets print them), so a CITY — paragraph after it counts",
)
@pytest.mark.parametrize(
    "text",
    [
        "The union said on Monday that it would strike next week.\n\nCHICAGO — Later on.",
        "Headline here\n\nThe union said on Monday it would strike.\n\nCHICAGO — Later on.",
    ],
)
def test_sentence_first_paragraph_then_city_dash(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


def test_headline_ending_with_a_full_stop() -> None:
    text = "Union leaders vow to keep up the strike for weeks.\n\nDES MOINES — Workers met."
    assert _dl(text).city == "DES MOINES"


def test_deck_sentence_then_newspaper_dateline() -> None:
    text = (
        "Union Leaders Vow to Fight On.\n\n"
        "This is the third part of a series on the strike and the people in it.\n\n"
        "TOLEDO, Ohio — Workers met on Tuesday."
    )
    assert _dl(text).city == "TOLEDO"


@pytest.mark.parametrize(
    ("text", "written", "city", "agencies"),
    [
        (
            "WASHINGTON/NEW YORK (Reuters) - Talks resumed.",
            "WASHINGTON/NEW YORK (Reuters) -",
            "WASHINGTON/NEW YORK",
            ("Reuters",),
        ),
        (
            "LONDON/SINGAPORE/HONG KONG, March 3 (Reuters) - Oil fell.",
            "LONDON/SINGAPORE/HONG KONG, March 3 (Reuters) -",
            "LONDON/SINGAPORE/HONG KONG",
            ("Reuters",),
        ),
        (
            "New Delhi, March 3 (PTI) The strike spread.",
            "New Delhi, March 3 (PTI)",
            "New Delhi",
            ("PTI",),
        ),
        (
            "SEOUL, March 3 (Yonhap) -- Doctors walked out.",
            "SEOUL, March 3 (Yonhap) --",
            "SEOUL",
            ("Yonhap",),
        ),
        (
            "COEUR D'ALENE, Idaho (AP) — Loggers met.",
            "COEUR D'ALENE, Idaho (AP) —",
            "COEUR D'ALENE",
            ("AP",),
        ),
        ("MONTRÉAL (AFP) - Dockers struck.", "MONTRÉAL (AFP) -", "MONTRÉAL", ("AFP",)),
    ],
)
def test_more_wire_shapes(text: str, written: str, city: str, agencies: tuple[str, ...]) -> None:
    d = _dl(text)
    assert (d.text, d.city, d.agencies) == (written, city, agencies)


@pytest.mark.parametrize(
    "text",
    [
        "The union (AP) said it would strike.",
        "(AP) The union said it would strike.",
        "Local 7 (KYMA) The union said.",
    ],
)
def test_space_after_wire_needs_a_place(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize("mark", ["\ufeff", "\u200b", "\u2060", "\ufeff\n\u200b "])
def test_invisible_marks_before_the_dateline(mark: str) -> None:
    text = mark + "BOISE, Idaho (AP) — Loggers met."
    d = _dl(text)
    assert d.city == "BOISE"
    assert d.span.start == len(mark)


def test_long_paragraph_after_the_headline_ends_the_search() -> None:
    body = "The strike went on for a third week as talks stalled over pay and pensions. " * 5
    text = "Strike Goes On\n" + body + "\nCHICAGO — Later paragraph about the talks."
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize(
    "text",
    [
        "Union Votes, March 3 - Results Due Friday\n\nThe union voted.",
        "MONEY SUPPLY - MARCH 3 - The Fed said the figures rose.",
        "Local Board Meets, Sept. 12 -- An Update\n\nThe board met.",
    ],
)
def test_headline_with_a_date_is_not_a_dateline(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize(
    "text",
    [
        "Toronto, March 3 - The union said.",
        "HEADLINE\n    Scarborough, March 3 - The union said.",
        "SMALLTOWN, Ore. - March 3 - The mill closed.",
    ],
)
def test_mixed_case_and_second_dash_dates_still_found(text: str) -> None:
    assert _dl(text).date == dt.date(2023, 3, 3)


# --------------------------------------------------------------------------- archive markers

_ABSTRACT = (
    "Transit Union Sets Strike Date;\n"
    "Riders are urged to plan other routes.\n\n"
    "ABSTRACT.\n\n"
    "The bus drivers' union says its members will walk out next week unless a deal is reached."
    "\n\nFULL TEXT.\n\n"
)


@pytest.mark.parametrize(
    ("text", "written", "city"),
    [
        (
            _ABSTRACT + "DENVER — Bus drivers said on Monday that talks had stalled.",
            "DENVER —",
            "DENVER",
        ),
        (
            _ABSTRACT + "CORRECTION APPENDED.\n\nBOSTON, March 3 — The drivers voted.",
            "BOSTON, March 3 —",
            "BOSTON",
        ),
        (
            "Headline Over the Story\n\nBy Ana Ruiz\n\nFULL TEXT.\n\nTOLEDO, Ohio (AP) — Talks ended.",
            "TOLEDO, Ohio (AP) —",
            "TOLEDO",
        ),
        (
            "LEAD: CHICAGO, March 3 — Teachers rallied downtown on Tuesday.",
            "CHICAGO, March 3 —",
            "CHICAGO",
        ),
        (
            "Nurses Return to Work\n\nLEAD: SEATTLE, Sept. 5 - The nurses went back to work.",
            "SEATTLE, Sept. 5 -",
            "SEATTLE",
        ),
        (
            "Teachers Strike Ends\n\nThe district and the union agreed on pay.\n\n"
            "By Tom Lee, Staff Writer\n\nCHICAGO — Teachers went back to class on Monday.",
            "CHICAGO —",
            "CHICAGO",
        ),
    ],
)
def test_dateline_after_archive_markers(text: str, written: str, city: str) -> None:
    d = _dl(text)
    assert (d.text, d.city) == (written, city)


@pytest.mark.parametrize(
    "text",
    [
        _ABSTRACT + "The union said on Monday that talks had stalled.\n\nDENVER — Later on.",
        _ABSTRACT + "Denver — the drivers said on Monday that talks had stalled.",
        _ABSTRACT + "Workers — and their families — marched.",
        "Headline\n\nABSTRACT.\n\nNo full text marker follows.\n\nDENVER — Talks stalled.",
        "FULL TEXT.\n\nThe union — which has 900 members — voted on Monday.",
        "LEAD: The union said on Monday that it would strike.",
        _ABSTRACT,
    ],
)
def test_no_false_datelines_after_markers(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None


@pytest.mark.parametrize(
    ("text", "city"),
    [
        (
            "Dockworkers Dig In at Port\n\nBOTH SIDES SAY TALKS ARE STALLED.\n\n"
            "Union and employers trade blame; no date set.\n\n"
            "BALTIMORE, Md. - Dockworkers stayed off the job on Monday.",
            "BALTIMORE",
        ),
        (
            "Dockworkers Dig In at Port\n\nThe walkout enters its second week.\n\n12 photos\n\n"
            "PORTLAND, Maine - Dockworkers stayed off the job on Monday.",
            "PORTLAND",
        ),
    ],
)
def test_dateline_after_two_short_decks(text: str, city: str) -> None:
    assert _dl(text).city == city


def test_no_dateline_after_three_short_paragraphs() -> None:
    text = (
        "Dockworkers Dig In at Port\n\nOne.\n\nTwo more words.\n\nThree short lines.\n\n"
        "BALTIMORE, Md. - Dockworkers stayed off the job on Monday."
    )
    assert lq.parse_dateline(text) is None


# Indian and South Asian papers and wires: a colon after the place (``MUMBAI:``), after a
# place and a date (``Chennai, December 3:``) or after the agency (``(ANI):``); the
# bracketed country of ANI (``New Delhi [India]``); national wires of the region and beyond.
# (text, dateline text, city, country, agencies, whether the date is written)
SOUTH_ASIAN_AND_NATIONAL_WIRES = [
    ("MUMBAI: Bank unions called a strike.", "MUMBAI:", "MUMBAI", "IN", (), False),
    ("HYDERABAD: Bus crews struck work on Monday.", "HYDERABAD:", "HYDERABAD", "IN", (), False),
    ("Chennai, December 3: The union met.", "Chennai, December 3:", "Chennai", "IN", (), True),
    ("New Delhi, Dec. 3: Porters walked out.", "New Delhi, Dec. 3:", "New Delhi", "IN", (), True),
    ("NEW DELHI (ANI): The union met.", "NEW DELHI (ANI):", "NEW DELHI", "IN", ("ANI",), False),
    (
        "New Delhi [India], Dec 3 (ANI): Weavers struck.",
        "New Delhi [India], Dec 3 (ANI):",
        "New Delhi",
        "IN",
        ("ANI",),
        True,
    ),
    ("Kolkata, Dec 3 (UNI) Jute workers struck.", "Kolkata, Dec 3 (UNI)", "Kolkata", "IN",
     ("UNI",), True),
    ("ISLAMABAD, Dec 3 (APP): Clerks protested.", "ISLAMABAD, Dec 3 (APP):", "ISLAMABAD", "PK",
     ("APP",), True),
    ("AUCKLAND, Dec 3 (NZPA) - Nurses struck.", "AUCKLAND, Dec 3 (NZPA) -", "AUCKLAND", "NZ",
     ("NZPA",), True),
    ("DURBAN, Dec 3 (Sapa) - Dockers struck.", "DURBAN, Dec 3 (Sapa) -", "DURBAN", "ZA",
     ("SAPA",), True),
    ("WARSAW, Dec 3 (PAP) - Miners struck.", "WARSAW, Dec 3 (PAP) -", "WARSAW", "PL",
     ("PAP",), True),
    # a wire no table knows, after a known place: its code as written
    ("WARSAW (EBD) - Miners struck.", "WARSAW (EBD) -", "WARSAW", "PL", ("EBD",), False),
    ("LAGOS, Dec 3 (NAN) - Nurses struck.", "LAGOS, Dec 3 (NAN) -", "LAGOS", "NG",
     ("NAN",), True),
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "UNITED AUTO WORKERS (UAW) - The union struck.",  # (a name, not a place)
        "World Health Organization (WHO) - The agency said so.",
        "BERLIN (AM) - Miners struck.",
        "WARSAW (Strike Committee) - Miners struck.",
    ],
)
def test_unknown_capitals_in_parentheses_need_a_known_place(text: str) -> None:
    assert lq.parse_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "written", "city", "country", "agencies", "dated"), SOUTH_ASIAN_AND_NATIONAL_WIRES
)
def test_colon_datelines_and_national_wires(
    text: str, written: str, city: str, country: str, agencies: tuple[str, ...], dated: bool
) -> None:
    d = _dl(text)
    assert (d.text, d.city, d.country, d.agencies) == (written, city, country, agencies)
    if dated:
        assert d.date is not None
        assert (d.date.month, d.date.day) == (12, 3)
    else:
        assert d.date == PUB


@pytest.mark.parametrize(
    "text",
    [
        "STRIKE: Unions walk out at four ports.",
        "Update: the union said it would strike.",
        "Washington: The union said it would strike.",  # (mixed case, no date: a label)
        "LONDON: Rail Workers Walk Out Again\n\nThe RMT said so.",  # (a headline)
        "Note: the talks resume on Monday.",
        "LONDON:The union said so.",  # (no space after the colon)
        "The time was 10: the union said so.",
    ],
)
def test_a_colon_is_no_dateline_without_a_known_place(text: str) -> None:
    assert lq.parse_dateline(text, published=PUB) is None
