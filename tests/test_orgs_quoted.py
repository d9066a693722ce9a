"""Companies by their legal form, generic union names with joiners, and the organizations
an article quotes that no table knows, listed in ``Article.organizations``: tables of
short invented sentences."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._quoted_orgs import listable


def _found(text: str) -> list[tuple[str, str, list[str]]]:
    return [
        (o.name, o.kind.value, [s.slice(text) for s in o.mentions])
        for o in lq.find_organizations(text)
    ]


# --------------------------------------------------------------------------- companies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Shares in Tarrow Mills plc fell after Tarrow Mills said output was down.",
            [("Tarrow Mills plc", "employer", ["Tarrow Mills plc", "Tarrow Mills"])],
        ),
        (
            "Quillon Ltd. and Barrow Ltd both bid for the contract.",
            [
                ("Quillon Ltd.", "employer", ["Quillon Ltd."]),
                ("Barrow Ltd", "employer", ["Barrow Ltd"]),
            ],
        ),
        ("Staff at Greywater Pty Ltd walked out.", [("Greywater Pty Ltd", "employer", ["Greywater Pty Ltd"])]),
        ("Oberhaus GmbH, the parent, said so.", [("Oberhaus GmbH", "employer", ["Oberhaus GmbH"])]),
        ("Sendara S.p.A. cut 300 jobs.", [("Sendara S.p.A.", "employer", ["Sendara S.p.A."])]),
        ("Nordvik ASA said it would appeal.", [("Nordvik ASA", "employer", ["Nordvik ASA"])]),
        ("Castell & Co said the shop would close.", [("Castell & Co", "employer", ["Castell & Co"])]),
        ("Kuala Timur Sdn Bhd said the mill was shut.", [("Kuala Timur Sdn Bhd", "employer", ["Kuala Timur Sdn Bhd"])]),
        ("Lindqvist Holdings Limited regrets it.", [("Lindqvist Holdings Limited", "employer", ["Lindqvist Holdings Limited"])]),
        ("A loan from the Bank of Lisbon plc was due.", [("Bank of Lisbon plc", "employer", ["Bank of Lisbon plc"])]),
        ("Norwell Freight LLC and its drivers settled.", [("Norwell Freight LLC", "employer", ["Norwell Freight LLC"])]),
        # a registered name with its legal form stays the registered organization
        ("Marks & Spencer plc said sales were up.", [("Marks & Spencer", "employer", ["Marks & Spencer"])]),
        # legal-looking words that name no company
        ("The state AG said the law was clear.", []),
        ("Cricket SA said the tour would go ahead.", []),
        ("A council in Co. Durham said the bins would wait.", []),
        ("It is a limited company, and Ltd alone names nothing.", []),
    ],
)  # fmt: skip
def test_companies_by_legal_form(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _found(text) == expected


# --------------------------------------------------------------------------- joiners in union names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Union of Bus and Tram Drivers of the North said", "Union of Bus and Tram Drivers of the North"),
        ("the Federation of Dock and Harbour Workers said", "Federation of Dock and Harbour Workers"),
        ("the Association of Bus and Coach Drivers met", "Association of Bus and Coach Drivers"),
        ("The Federation of Rail Guards du Nord said", "Federation of Rail Guards du Nord"),
        # ``and`` before a person's name does not join it to the union's
        ("the Union of Mine Workers and Tom Jones said", "Union of Mine Workers"),
        ("the Federation of Forestry Workers and Ana Ruiz agreed", "Federation of Forestry Workers"),
    ],
)  # fmt: skip
def test_generic_union_names_with_joiners(text: str, name: str) -> None:
    assert [o.name for o in lq.find_organizations(text)] == [name]
    assert lq.find_organizations(text)[0].kind is lq.OrgKind.UNION


# --------------------------------------------------------------------------- quoted organizations


def _orgs(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.kind.value) for o in lq.parse(text).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fernhill Haulage said the offer was fair.", [("Fernhill Haulage", "employer")]),
        ("Northshire Police said three people had been arrested.", [("Northshire Police", "government")]),
        ("The Ministry of Labour said it would call both sides in.", [("Ministry of Labour", "government")]),
        ("Ashby Borough Council said the crews had a new offer.", [("Ashby Borough Council", "government")]),
        ("A spokesman for Glenmore County Council said bins would be collected.", [("Glenmore County Council", "government")]),
        ("The Orland Sentinel said in an editorial that the deal was poor.", [("Orland Sentinel", "media")]),
        ("Ana Ruiz, managing director of Fernhill Haulage, said the offer stood.", [("Fernhill Haulage", "employer")]),
        # a name the registry knows, read where the registry does not (a sentence's start)
        ("Unison branch secretary Tom Reid said the cuts would hurt.", [("Unison", "union")]),
        # nothing that reads as an organization by itself
        ("Ana Ruiz said the offer was fair.", []),
        ("Tom Reid of Castlebury said the offer was fair.", []),
    ],
)  # fmt: skip
def test_quoted_organizations_are_listed(text: str, expected: list[tuple[str, str]]) -> None:
    assert _orgs(text) == expected


def test_quoted_organization_has_every_mention_and_one_record() -> None:
    text = (
        "Fernhill Haulage said the offer was fair. Drivers at Fernhill Haulage disagreed. "
        "Fernhill Haulage said later that talks would resume."
    )
    article = lq.parse(text)
    [org] = [o for o in article.organizations if o.name == "Fernhill Haulage"]
    assert [s.slice(text) for s in org.mentions] == ["Fernhill Haulage"] * 3


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The GMB said the offer was poor. Fernhill Haulage said the offer was fair.",
            ["GMB", "Fernhill Haulage"],
        ),
        (
            "Fernhill Haulage said the offer was fair. The GMB said the offer was poor.",
            ["Fernhill Haulage", "GMB"],
        ),
    ],
)
def test_organizations_in_order_of_first_mention(text: str, names: list[str]) -> None:
    assert [o.name for o in lq.parse(text).organizations] == names


def test_quoted_organization_is_the_speakers_cast_entry() -> None:
    article = lq.parse("Northshire Police said three people had been arrested.")
    [quote] = article.quotes
    assert isinstance(quote.speaker, lq.Organization)
    assert quote.speaker.name == "Northshire Police"
    again = lq.Article.from_dict(article.to_dict())
    assert again.organizations == article.organizations


def test_person_links_to_quoted_organization() -> None:
    article = lq.parse("Ana Ruiz, managing director of Fernhill Haulage, said the offer stood.")
    [person] = article.people
    assert person.organization is not None
    assert article.organizations[person.organization].name == "Fernhill Haulage"


@pytest.mark.parametrize(
    ("name", "ok"),
    [
        ("Fernhill Haulage", True),
        ("Northshire Police", True),
        ("Ministry of Labour", True),
        ("Daily Telegraph", True),
        ("Bluewing", False),
        ("Ana Ruiz", False),
        ("Former Acme Group", False),
        ("University of Leeds and Professor Ruiz", False),
        ("Kentucky Republican", False),
        # a national arm: the country's letters after the business's word
        ("Fernhill Steel UK", True),
        ("Bowen Ridge Resources USA", True),
        ("Fernhill UK", False),
        ("Ana Ruiz US", False),
    ],
)
def test_listable(name: str, ok: bool) -> None:
    assert listable(name) is ok


def test_a_national_arm_speaking_is_its_own_organization() -> None:
    text = (
        "Steelworkers at the Porth plant voted to strike over job cuts, the Metal "
        "Trades Union said.\n\n"
        "Fernhill Steel UK said in a statement that the plant was losing money."
    )
    article = lq.parse(text)
    [q] = [q for q in article.quotes if "losing money" in q.text]
    assert q.attribution is not None
    assert q.attribution.speaker.organization == "Fernhill Steel UK"
    assert "Fernhill Steel UK" in [o.name for o in article.organizations]
