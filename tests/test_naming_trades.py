"""Trades, workplaces and second offices in a speaker's phrase (short invented
examples): a trade before a given name, a relative clause's employer, an office of a
body its owner names, and a field of study that shares a party's name."""

from __future__ import annotations

import pytest

import laborquotes as lq

STRIKE = "Drivers walked off the job on Monday in a strike over pay.\n\n"


def _first(text: str) -> lq.Speaker:
    """The speaker of the first quotation of *text* (which must have one)."""
    attribution = lq.parse(text).quotes[0].attribution
    assert attribution is not None
    return attribution.speaker


def _last(text: str) -> lq.Speaker:
    """The speaker of the last quotation of *text* (which must have one)."""
    attribution = lq.parse(text).quotes[-1].attribution
    assert attribution is not None
    return attribution.speaker


#: (sentence, name, title, organization, role)
CASES = [
    # a kind of business before a given name is the person's trade
    (
        "Bus operator Darlene Okoro said riders had been patient.",
        "Darlene Okoro",
        "Bus operator",
        None,
        lq.Role.WORKER,
    ),
    (
        "Cane cutter Rajin Persaud said the rates had not moved in years.",
        "Rajin Persaud",
        "Cane cutter",
        None,
        lq.Role.WORKER,
    ),
    # a relative clause with no title names the body the person works for
    (
        '"We are tired," said Marla Quist, who has driven for Harbour City Transit for 19 years.',
        "Marla Quist",
        None,
        "Harbour City Transit",
        lq.Role.WORKER,
    ),
    # an office of a body its owner names, after a first description
    (
        '"Staffing is the issue," said Renata Vogel, a nurse at the system\'s main hospital '
        "and chair of the union's bargaining team.",
        "Renata Vogel",
        "chair",
        None,
        lq.Role.UNION_OFFICIAL,
    ),
    # a field of study that shares a party's name is no party
    (
        "Labour law professor Wendy Ng of Elmstead Law School said the bill was unusual.",
        "Wendy Ng",
        "labour law professor",
        "Elmstead Law School",
        lq.Role.EXPERT,
    ),
]


@pytest.mark.parametrize(("sentence", "name", "title", "org", "role"), CASES)
def test_trades_workplaces_and_offices(
    sentence: str, name: str, title: str | None, org: str | None, role: lq.Role
) -> None:
    sp = _last(STRIKE + sentence)
    got = (sp.name, sp.title, sp.role)
    assert got == (name, title, role)
    if org is not None:
        assert sp.organization == org


#: A business before a name that is no person's stays a company.
@pytest.mark.parametrize(
    "sentence",
    [
        "Bus operator Stagecoach said services would resume on Friday.",
        "Rail operator Jerome Trains said services would resume on Friday.",
    ],
)
def test_a_business_before_a_company_name_stays_a_company(sentence: str) -> None:
    sp = _last(STRIKE + sentence)
    assert sp.is_group


def test_a_relative_clause_names_no_site_as_the_organization() -> None:
    text = (
        "Staff at Marsh County Council walked out on Monday.\n\n"
        '"It is grim," said Tom Farrell, who has worked at Westgate for a decade.'
    )
    sp = _last(text)
    assert sp.organization != "Westgate"


def test_her_partys_critic_is_no_organization_named_her() -> None:
    text = STRIKE + "Green MLA Sadie Kinch, her party's education critic, said the plan failed."
    sp = _last(text)
    assert sp.title == "education critic"
    assert "her" not in (sp.organization or "")


#: (text, speaker's name, organization, role): an office only unions have at a workplace
UNION_OFFICES_AT_WORK = [
    (
        STRIKE + '"No," said Ana Ruiz, a shop steward at the plant.',
        "Ana Ruiz",
        lq.Role.UNION_OFFICIAL,
    ),
    (
        STRIKE + '"No," said Ana Ruiz, a union organizer at Fernhill Buses.',
        "Ana Ruiz",
        lq.Role.UNION_OFFICIAL,
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), UNION_OFFICES_AT_WORK)
def test_a_union_office_at_a_workplace(text: str, name: str, role: lq.Role) -> None:
    sp = _last(text)
    assert (sp.name, sp.role) == (name, role)


#: (text, the reported clause, the source's organization)
ACCORDING_APPOSITIONS = [
    (
        "According to the Lindell Trust, the health thinktank, one clinic in four is "
        "short of staff.",
        "one clinic in four is short of staff",
        "Lindell Trust",
    ),
    (
        "According to Professor Helen Garside, of the University of Wessex, small units "
        "are as safe as large ones.",
        "small units are as safe as large ones",
        "University of Wessex",
    ),
]


@pytest.mark.parametrize(("text", "clause", "org"), ACCORDING_APPOSITIONS)
def test_according_to_a_described_source(text: str, clause: str, org: str) -> None:
    quotes = lq.parse(text).quotes
    assert [q.text for q in quotes] == [clause]
    assert _first(text).organization == org


#: A common word that names a union opens a sentence as the union when it speaks.
@pytest.mark.parametrize(
    "text",
    [
        "Unison said the cuts would hit patient care within weeks.",
        "Unison, the largest health union, said the cuts would hit patient care.",
        "Equity warned that actors would walk out.",
    ],
)
def test_an_ambiguous_union_name_that_speaks_at_a_sentence_start(text: str) -> None:
    article = lq.parse(text)
    assert [o.kind for o in article.organizations] == [lq.OrgKind.UNION]
    assert _first(text).role is lq.Role.UNION_OFFICIAL


def test_an_ambiguous_union_name_as_a_common_word_is_no_union() -> None:
    article = lq.parse("Unison singing opened the concert on Friday.")
    assert article.organizations == ()


#: (text, speaker's name, organization, role): research bodies by their head noun, and
#: the body a reference to it names
RESEARCH_BODIES = [
    (
        "According to the Harwick Fund, one trust in four was in deficit. Ravi Shah, a "
        "health economist at the fund, said the cuts risked bigger bills.",
        "Ravi Shah",
        "Harwick Fund",
        lq.Role.EXPERT,
    ),
    (
        'The Open Ledger Project said small donors gave most. "Small donors are the base '
        'now," said Arjun Mehta, a senior analyst at the project.',
        "Arjun Mehta",
        "Open Ledger Project",
        lq.Role.EXPERT,
    ),
]


@pytest.mark.parametrize(("text", "name", "org", "role"), RESEARCH_BODIES)
def test_a_research_body_and_its_reference(text: str, name: str, org: str, role: lq.Role) -> None:
    sp = _last(text)
    assert (sp.name, sp.organization, sp.role) == (name, org, role)


def test_a_student_of_a_body_on_a_side_is_outside_the_dispute() -> None:
    text = (
        "Bus drivers struck on Monday, the union said, as staff at Kelton University "
        "also walked out.\n\n"
        '"I walk now," said Priya Rao, a nursing student at Kelton University.'
    )
    sp = _last(text)
    assert sp.role is lq.Role.OTHER


#: (text, role): work at a place for a length of time, in an article with no dispute
TENURE = [
    (
        '"They shut the line anyway," said Terri Vukas, who worked on its assembly line '
        "for 22 years.",
        lq.Role.WORKER,
    ),
    ('"It was fine," said Tom Raye, who has served in the Senate for 11 years.', None),
]


@pytest.mark.parametrize(("text", "role"), TENURE)
def test_tenure_at_a_workplace_without_a_dispute(text: str, role: lq.Role | None) -> None:
    sp = _last(text)
    assert sp.role is not lq.Role.OTHER
    if role is not None:
        assert sp.role is role


def test_a_trade_no_rule_reads_on_the_employers_staff_is_a_worker() -> None:
    text = (
        "Technicians at Merrow Telecom Inc. went on strike on Monday.\n\n"
        "Merrow Telecom Inc. said it would keep service running.\n\n"
        "Outside a garage in Dover, Tanya Whit, a cable splicer who has worked for "
        "Merrow Telecom Inc. for 22 years, said she never expected to strike again."
    )
    sp = _last(text)
    assert (sp.name, sp.role) == ("Tanya Whit", lq.Role.WORKER)


def test_a_described_firm_is_no_reference_to_the_articles_company() -> None:
    text = (
        "Technicians at Merrow Telecom Inc. went on strike on Monday. The company said it "
        "was ready.\n\n"
        '"Wireless is where the money is," said Owen Ledd, an analyst at the research '
        "firm Carrick Partners."
    )
    sp = _last(text)
    assert "Merrow" not in (sp.organization or "")
    assert sp.role is lq.Role.EXPERT


@pytest.mark.parametrize(
    "text",
    [
        "At a jobcentre in Lewisham, south London, benefits adviser Shona Mack, 29, said "
        "staff were struggling.",
        "At the depot in Salford, Greater Manchester, bus driver Shona Mack said staff were "
        "struggling.",
    ],
)
def test_a_place_before_a_titled_name_is_no_speaker(text: str) -> None:
    sp = _first(text)
    assert sp.name == "Shona Mack"


#: (sentence, title): a chamber's office, with or without a party's adjective
CHAMBER_OFFICES = [
    ("Senate majority leader Walt Brezny said the bill was dead.", "Senate majority leader"),
    ("Senate Democratic leader Naomi Rose said the bill was dead.", "Senate Democratic leader"),
    ("House Republican whip Tom Raye said the bill was dead.", "House Republican whip"),
]


@pytest.mark.parametrize(("sentence", "title"), CHAMBER_OFFICES)
def test_a_chambers_office_is_no_organization(sentence: str, title: str) -> None:
    sp = _first(sentence)
    assert (sp.title, sp.organization) == (title, None)
    assert sp.role is lq.Role.GOVERNMENT


@pytest.mark.parametrize(
    ("sentence", "org"),
    [
        (
            "The Office of the Deputy Prime Minister said the scheme was unaffordable.",
            "Office of the Deputy Prime Minister",
        ),
        (
            "The Federation of the Blind said the scheme was unfair.",
            "Federation of the Blind",
        ),
    ],
)
def test_of_the_inside_a_bodys_name(sentence: str, org: str) -> None:
    sp = _first(sentence)
    assert sp.organization == org


def test_a_setting_before_the_name_is_no_description() -> None:
    text = (
        "Nurses voted to strike at Mid-Valley Regional Medical Center.\n\n"
        "The Tarwin Health Authority has received 200 complaints, a spokeswoman said.\n\n"
        "At a coffee shop across the street from the hospital, Tom Gallo, whose wife is "
        "being treated there, said he hoped the two sides would settle."
    )
    sp = _last(text)
    assert (sp.name, sp.organization) == ("Tom Gallo", None)
    assert sp.role is lq.Role.OTHER


#: (text, title, organization): a portfolio of two fields joined by ``and``, after an owner
PORTFOLIOS = [
    (
        "The opposition Conservatives have promised deeper cuts. Their work and pensions "
        "spokesman, David Lowe, said the strike showed the government had lost control.",
        "work and pensions spokesman",
        "Conservatives",
    ),
    (
        "Unite said the plant would strike. The union's health and safety officer, Tom "
        "Leigh, said the plan failed.",
        "health and safety officer",
        "Unite",
    ),
]


@pytest.mark.parametrize(("text", "title", "org"), PORTFOLIOS)
def test_a_portfolio_of_two_fields_after_an_owner(text: str, title: str, org: str) -> None:
    sp = _last(text)
    assert (sp.title, sp.organization) == (title, org)
