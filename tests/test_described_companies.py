"""Companies no table knows that an apposition describes as a business join the
article's organizations, and a later ``the company`` means them. Every case is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes
from laborquotes._described_companies import MAX_DESCRIBED, with_described_companies
from laborquotes._model import OrgKind
from laborquotes._vocab import APPOSITIVE_BUSINESS_NOUNS


def _companies(text: str) -> list[str]:
    return [o.name for o in with_described_companies(text, ())]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Profits at Marlow Foods, the frozen food retailer, fell.", ["Marlow Foods"]),
        (
            "Shares in Quillon Stores, the struggling supermarket chain, fell 9pc.",
            ["Quillon Stores"],
        ),
        ("Brantsome, a Leeds-based manufacturer, cut 40 jobs on Monday.", ["Brantsome"]),
        (
            "Orvik Bank of Norway, the country's biggest lender; its shares rose.",
            ["Orvik Bank of Norway"],
        ),
        ("The deal with Tamsin Pulp, a paper supplier, was signed.", ["Tamsin Pulp"]),
    ],
)
def test_a_business_in_apposition_is_a_company(text: str, names: list[str]) -> None:
    assert _companies(text) == names


@pytest.mark.parametrize(
    "text",
    [
        # a person described by the firm they founded
        "Ana Ruiz, the firm's founder, said the deal was done.",
        # a noun that names people too is no business kind
        "Tom Hale, a builder from Leeds, said the site was unsafe.",
        # an outside expert's workplace: a third party
        "Rob Tay, an analyst at Pennock Stirling, the bank, cut his forecast.",
        "Rob Tay, an analyst at the Leeds-based bank Orvik, cut his forecast.",
        # no capitalised name before the comma
        "The shares, the retailer said, were undervalued.",
    ],
)
def test_no_company_without_a_name_or_a_business(text: str) -> None:
    assert _companies(text) == []


def test_a_later_the_company_means_it() -> None:
    text = (
        "Shares in Quillon Stores, the struggling supermarket chain, fell 9pc after the "
        "company warned that profits would be lower."
    )
    article = laborquotes.parse(text)
    assert [(o.name, o.kind) for o in article.organizations] == [
        ("Quillon Stores", OrgKind.EMPLOYER)
    ]
    [quote] = article.quotes
    assert quote.attribution is not None
    assert quote.attribution.speaker.organization == "Quillon Stores"


def test_every_mention_is_kept_and_the_count_is_bounded() -> None:
    text = "Quillon Stores, the supermarket chain, said so. Quillon Stores said it again."
    [org] = with_described_companies(text, ())
    assert [text[m.start : m.end] for m in org.mentions] == ["Quillon Stores"] * 2
    names = [f"Firm{chr(65 + i // 26)}{chr(65 + i % 26).lower()}" for i in range(MAX_DESCRIBED + 5)]
    many = " ".join(f"{n} Ltd, the lender, lent." for n in names)
    assert len(with_described_companies(many, ())) == MAX_DESCRIBED


def test_the_table_is_sorted_and_unique() -> None:
    assert list(APPOSITIVE_BUSINESS_NOUNS) == sorted(set(APPOSITIVE_BUSINESS_NOUNS))


@given(st.text(alphabet="Ab Cd,.the chain firm a\n\t\u00a0", max_size=200))
def test_spans_slice_back_on_any_text(text: str) -> None:
    for org in with_described_companies(text, ()):
        assert all(text[m.start : m.end] == org.name for m in org.mentions)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # wire style: a kind of business before the name
        ("Australian airline Austral Skyways grounded its fleet.", ["Austral Skyways"]),
        ("German carmaker Rheinwerk Automobil AG cut its forecast.", ["Rheinwerk Automobil AG"]),
        ("It sold the unit to carmaker Whitlow Motors. Sales fell.", ["Whitlow Motors"]),
        # a full stop that ends a sentence ends the name; initials and legal forms keep theirs
        ("They sued lender Orvik. Forbes said so.", ["Orvik"]),
        ("The fund hired firm L.H. Marlow to advise it.", ["L.H. Marlow"]),
        ("On Tuesday. Quillon Stores, the supermarket chain, said so.", ["Quillon Stores"]),
    ],
)
def test_a_kind_of_business_before_the_name(text: str, names: list[str]) -> None:
    assert _companies(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "The deal was done by the bank Friday, officials said.",
        "Shares of the retailer Ana Ruiz runs fell.",
        "The airliner Boeing built was grounded.",
    ],
)
def test_no_company_after_a_kind_of_business(text: str) -> None:
    assert _companies(text) == []


@pytest.mark.parametrize("space", ["  ", "\t", "\u00a0"])
def test_the_names_place_is_exact_whatever_the_spaces(space: str) -> None:
    text = f"Shares in Quillon{space}Stores, the supermarket chain, fell."
    for org in with_described_companies(text, ()):
        assert all(text[m.start : m.end] == org.name for m in org.mentions)
