"""Employers no table knows, read from where the article puts the workforce: their names
join the organizations and the dispute's employer side, and a later ``the company`` or a
manager's ``Acme's`` resolves to them. Every case is invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes
from laborquotes import Role
from laborquotes._model import Organization, OrgKind, Span
from laborquotes._workplaces import (
    GENERIC_NAME_WORDS,
    NAME_END_LEGAL_FORMS,
    NOT_WORKFORCE_AFTER_NAME,
    OWNED_SITE_LEADS,
    PLACE_OPENERS,
    SITE_NOUNS,
    with_workplaces,
)


def _speakers(text: str) -> list[tuple[str | None, str | None, Role | None]]:
    out: list[tuple[str | None, str | None, Role | None]] = []
    for q in laborquotes.parse(text).quotes:
        sp = q.attribution.speaker if q.attribution else None
        out.append((sp.name, sp.organization, sp.role) if sp else (None, None, None))
    return out


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        ("Drivers at Fernhill Haulage walked out on Monday, Unite said.", ["Fernhill Haulage"]),
        ("Staff at Brackley Logistics began a strike on Friday.", ["Brackley Logistics"]),
        ("Dockers at the Port of Tilbury began a 48-hour strike.", ["Port of Tilbury"]),
        ("Northline Rail drivers will strike next week, Aslef said.", ["Northline Rail"]),
        ("Striking Quarry Lane Foods workers rallied on Tuesday.", ["Quarry Lane Foods"]),
        ("Members of Unifor at Kestrel Aerostructures went on strike.", ["Kestrel Aerostructures"]),
        ("Journalists at the Pennine Press Group went on strike, the NUJ said.", ["Pennine Press Group"]),
        ("Teachers at Pine Valley School District went on strike.", ["Pine Valley School District"]),
        ("The union rejected a pay offer from Ridgeway Cement Works on Monday.", ["Ridgeway Cement Works"]),
        # a quantity before the name: the owner of the sites named after it
        ("Members walked off the job at a Kelso Build site, the union said.", ["Kelso Build"]),
        ("Nurses at four Eastbrook Health private hospitals voted to strike.", ["Eastbrook Health"]),
        # the subject of a lockout, a public employer's workforce in it, a stop-work
        ("Kestrel Aerostructures locked out about 650 workers at its plant.", ["Kestrel Aerostructures"]),
        ("Teachers in the Front Range Unified School District went on strike.", ["Front Range Unified School District"]),
        ("Wharfies at Southern Cross Terminals will stop work for 24 hours, the MUA said.", ["Southern Cross Terminals"]),
        ("Members of United Metalworkers Local 418 walked out at Halvorsen Axle Co. on Monday.", ["Halvorsen Axle Co."]),
        # a nationality and a kind of business before the name, wire style
        ("Staff at Portuguese supermarket chain Mercados Lusa began a strike on Friday.", ["Mercados Lusa"]),
        ("Cabin crew at Irish carrier Aer Corrib walked out on Monday.", ["Aer Corrib"]),
        # a plural's possessive ends the name; a workforce opening the sentence is no part of it
        ("Workers at Brightvale Supermarkets' Dandenong depot walked out on Monday.", ["Brightvale Supermarkets"]),
        ("Employees of Harlow Grid Services Limited went on strike on Tuesday.", ["Harlow Grid Services Limited"]),
        # the subject of an act against the workforce
        ("Brantley Foods sacked 210 workers after an unofficial stoppage, the GMB said.", ["Brantley Foods"]),
        # a plural's possessive closing the name
        ("Workers at Larkmoor Logistics' largest hub went on strike.", ["Larkmoor Logistics"]),
        # a kind of business and its trade before the name, which may be one word then
        ("Unite said 400 staff employed by ground handling firm Skyserv had voted to strike.", ["Skyserv"]),
        ("The GMB said cleaners employed by contractor Brightmop Facilities will walk out.", ["Brightmop Facilities"]),
        ("Workers at car parts maker Holtberg Antriebe went on strike, IG Metall said.", ["Holtberg Antriebe"]),
        # a pay offer's maker, in its own sentence; a proposal's maker after ``from``
        ("Teachers walked out, the Dunmore Teachers Association said. The Dunmore School District has offered raises of 3% a year.", ["Dunmore School District"]),
        ("Nurses will strike on Friday, the union said. Harbour Health offered nurses a 4% pay rise.", ["Harbour Health"]),
        ("Drivers walked out after Local 12 rejected the proposal from the Vale Transit Authority.", ["Vale Transit Authority"]),
        ("Guards walked out on Monday, the RMT said. Harbour Coastal said it had offered a 3% rise.", ["Harbour Coastal"]),
        # where it is based or whose it is: no part of the name
        ("Workers at South Korean-owned Daeil Vina Electronics walked out, the union said.", ["Daeil Vina Electronics"]),
        ("Workers at Dallas-based Crestmoor Hotel Group walked out on Monday, the union said.", ["Crestmoor Hotel Group"]),
        # ``in`` before a name that a body's word ends (not before a town's)
        ("More than 2,100 teachers in Millvale Public Schools went on strike on Monday.", ["Millvale Public Schools"]),
        ("Porters in the Harrow Vale Hospitals went on strike on Monday.", ["Harrow Vale Hospitals"]),
        ("Nurses in Leeds went on strike on Monday, the union said.", []),
        # a saint's name: its abbreviation ends no sentence, its possessive stays
        ("More than 900 nurses at St. Aidan's Medical Center walked off the job on Tuesday.", ["St. Aidan's Medical Center"]),
    ],
)  # fmt: skip
def test_a_workplace_is_the_disputes_employer(text: str, employers: list[str]) -> None:
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == employers


@pytest.mark.parametrize(
    "text",
    [
        # a site, whose owner is someone else
        "More than 300 miners at the Wattle Creek mine went on strike.",
        "Steelworkers at the Harbour Point plant voted to strike.",
        # a lone word may be a season or a place
        "Nurses at Christmas went on strike, the union said.",
        # a place, a person, a union's own members
        "Workers at New Brunswick went on strike, the union said.",
        "Dockers at Port Hallam went on strike, the union said.",
        "Miners at Mount Kestrel walked out on Monday.",
        "Unite members at Tom Hale's farm went on strike.",
        "Labour Party members backed the strike.",
    ],
)
def test_what_is_no_workplace(text: str) -> None:
    article = laborquotes.parse(text)
    names = [o.name for o in article.organizations]
    assert not any(
        n in names
        for n in (
            "Wattle Creek",
            "Harbour Point",
            "Christmas",
            "New Brunswick",
            "Tom Hale",
            "Port Hallam",
            "Mount Kestrel",
        )
    )
    employers = article.dispute.employers if article.dispute else ()
    assert all(o.kind is not OrgKind.EMPLOYER or o.name != "Labour Party" for o in employers)


def test_no_workplace_without_a_dispute() -> None:
    text = "She had a scholarship offer from Ridgeway Cement Works, her aunt said."
    assert "Ridgeway Cement Works" not in [o.name for o in laborquotes.parse(text).organizations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Workers at Quarry Lane Foods walked out on Monday, the Teamsters said. "
            "The company said the depots would stay open.",
            [("Teamsters", "Teamsters", Role.UNION_OFFICIAL),
             ("Quarry Lane Foods", "Quarry Lane Foods", Role.EMPLOYER)],
        ),
        (
            "Engineers at Skyward Airlines will strike at Easter. Skyward's chief operating "
            "officer, Dana Lowe, said the airline would hire contractors.",
            [("Dana Lowe", "Skyward Airlines", Role.EMPLOYER)],
        ),
        (
            "Nurses at Acme Hospital went on strike. Acme's chief nursing officer, Dr. Ivan "
            "Pak, said the demands would cost $40 million.",
            [("Ivan Pak", "Acme Hospital", Role.EMPLOYER)],
        ),
        (
            "RMT members at Northern Vale Railways will strike. \"We have tabled a fair "
            "offer,\" said Fiona Garside, the operator's HR director.",
            [("Fiona Garside", "Northern Vale Railways", Role.EMPLOYER)],
        ),
        (
            "Dockers at the Port of Tilbury began a strike. The port operator said it was "
            "disappointed.",
            [("Port of Tilbury", "Port of Tilbury", Role.EMPLOYER)],
        ),
        (
            "Journalists at the Pennine Press Group went on strike, the NUJ said. Pennine "
            "Press Group's editorial director, Graham Threlfall, said: \"We have no choice.\"",
            [("NUJ", "NUJ", Role.UNION_OFFICIAL),
             ("Graham Threlfall", "Pennine Press Group", Role.EMPLOYER)],
        ),
    ],
)  # fmt: skip
def test_later_references_resolve_to_the_workplace(
    text: str, expected: list[tuple[str, str, Role]]
) -> None:
    assert _speakers(text) == expected


def test_the_short_name_is_an_alias_only_where_written_alone() -> None:
    text = (
        "Workers at Quarry Lane Foods walked out. Quarry Lane Holdings said nothing. "
        "Quarry Lane said the depots would stay open."
    )
    orgs = {o.name: o for o in with_workplaces(text, ())}
    assert orgs["Quarry Lane Foods"].aliases == ("Quarry Lane",)
    spans = [text[m.start : m.end] for m in orgs["Quarry Lane Foods"].mentions]
    assert spans == ["Quarry Lane Foods", "Quarry Lane"]


def test_a_generic_first_word_is_no_short_name() -> None:
    text = "Guards at National Rail walked out. National said nothing."
    (org,) = with_workplaces(text, ())
    assert org.name == "National Rail"
    assert org.aliases == ()


def test_known_organizations_are_kept_and_not_read_again() -> None:
    text = "Drivers at Fernhill Haulage walked out."
    known = Organization(
        name="Fernhill Haulage", kind=OrgKind.EMPLOYER, mentions=(Span(start=11, end=27),)
    )
    assert with_workplaces(text, (known,)) == (known,)


@pytest.mark.parametrize(
    ("text", "title", "role"),
    [
        ("Terminal operator spokesman Dan Ode said the gates would stay open.",
         "Terminal operator spokesman", Role.EMPLOYER),
        ("Hospital spokesman Dan Ode said the wards were staffed.",
         "hospital spokesman", Role.EMPLOYER),
        ("Mine spokesman Dan Ode said the pit was safe.", "Mine spokesman", Role.EMPLOYER),
        ("Forklift operator Dan Ode said pay was the issue.", "Forklift operator", Role.WORKER),
        ("Media analyst Dan Ode said the cuts would hurt.", "Media analyst", Role.EXPERT),
        ("Police spokesman Dan Ode said roads were shut.", "Police spokesman", Role.GOVERNMENT),
        ("Food industry analyst Dan Ode said shelves would empty.", "Food industry analyst",
         Role.EXPERT),
        ("Small business owner Dan Ode said trade was down.", "Small business owner", Role.OTHER),
        ("Press secretary Dan Ode said the minister would not meet them.", "Press secretary",
         Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_a_kind_of_workplace_before_a_title_is_no_organization(
    text: str, title: str, role: Role
) -> None:
    sp = laborquotes.parse(text).quotes[0].attribution.speaker  # type: ignore[union-attr]
    assert (sp.title, sp.organization, sp.role) == (title, None, role)


def test_tables_are_sorted_and_unique() -> None:
    for table in (
        GENERIC_NAME_WORDS,
        NAME_END_LEGAL_FORMS,
        NOT_WORKFORCE_AFTER_NAME,
        OWNED_SITE_LEADS,
        PLACE_OPENERS,
        SITE_NOUNS,
    ):
        assert list(table) == sorted(set(table))


@given(st.text(alphabet="Ab .,'at of&\nWorkers staff Foods Rail", max_size=200))
def test_workplaces_are_well_formed_on_any_text(text: str) -> None:
    for org in with_workplaces(text, ()):
        assert org.mentions
        for m in org.mentions:
            assert text[m.start : m.end] in (org.name, *org.aliases)


def test_a_name_before_a_kind_of_place_is_no_workplace() -> None:
    text = "Teachers at Harrow Vale schools walked out on Monday, the union said."
    assert "Harrow Vale" not in [o.name for o in laborquotes.parse(text).organizations]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a newsroom's newspaper stays media, its management speaking as the employer
        ("Journalists at the Fernhill Gazette went on strike, the NUJ said.", OrgKind.MEDIA),
        # another workforce's: an employer whose name ends like a newspaper's
        ("Postal workers at Northway Post began a strike, the union said.", OrgKind.EMPLOYER),
    ],
)
def test_a_newspapers_name_is_media_only_for_its_newsroom(text: str, kind: OrgKind) -> None:
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.kind for o in article.dispute.employers] == [kind]


def test_an_undefined_acronym_spelling_a_workplace_is_it() -> None:
    text = (
        "Drivers at Harbour Ferries walked out on Monday.\n\n"
        "HFL spokeswoman Orla Keane said sailings would resume."
    )
    # (shown by the name it spells out, as a registry acronym is)
    assert _speakers(text) == [("Orla Keane", "Harbour Ferries", Role.EMPLOYER)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Brett Cole, the employee relations manager at the mine, said the offer stood.",
         Role.EMPLOYER),
        ("Jo Bright, head of human resources, said the offer stood.", Role.EMPLOYER),
        ("Sonia Roy, the state's health director, said her department was watching.",
         Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_managers_of_the_staff_and_officials_of_the_state(text: str, role: Role) -> None:
    ((_, _, got),) = _speakers(text)
    assert got is role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of business before the name, wire style
        ("Workers at carmaker Daehan Motor Co will strike on Wednesday. Daehan Motor said "
         "output would fall.", [("Daehan Motor Co", "Daehan Motor Co", Role.EMPLOYER)]),
        # a short name for a company the tables found by its legal form
        ("Workers at Ostara Chips Inc went on strike on Monday. Ostara said production was "
         "normal.", [("Ostara Chips Inc", "Ostara Chips Inc", Role.EMPLOYER)]),
        # the organization in an unnamed speaker's title
        ("Nurses at three hospitals run by Carrow Health System will strike, their union "
         "said. Talks will resume on Thursday, a Carrow spokeswoman said.",
         [("their union", None, Role.UNION_OFFICIAL),
          ("a Carrow spokeswoman", "Carrow Health System", Role.EMPLOYER)]),
        # an action, a day, then the workplace
        ("Cooks walked off the job on Friday at the Marlow Bay Hotel. The hotel said its "
         "kitchens were open.", [("Marlow Bay Hotel", "Marlow Bay Hotel", Role.EMPLOYER)]),
    ],
)  # fmt: skip
def test_wire_forms_of_a_workplace(text: str, expected: list[tuple[str, str | None, Role]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize("noun", ["airline", "carmaker", "retailer", "manufacturer"])
def test_a_company_noun_after_the_clause_is_the_speaker(noun: str) -> None:
    (q,) = laborquotes.parse(f"Pilots walked out on Wednesday, the {noun} said.").quotes
    assert q.attribution is not None
    assert q.attribution.speaker.name == f"the {noun}"
    assert q.attribution.speaker.role is Role.EMPLOYER


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"We are angry," said Tobias Kell, a 47-year-old welder.', "welder"),
        ('"We are angry," said Tobias Kell, a 47-year-old from Leeds.', "47-year-old"),
    ],
)
def test_an_age_as_an_adjective_is_no_part_of_the_title(text: str, title: str) -> None:
    (q,) = laborquotes.parse(text).quotes
    assert q.attribution is not None
    assert q.attribution.speaker.title == title


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        ("Production at Bokamoso Platinum halted after members of the National Union of "
         "Mineworkers downed tools.", ["Bokamoso Platinum"]),
        ("Employees of the Godavari State Road Transport Corporation went on strike.",
         ["Godavari State Road Transport Corporation"]),
        ("Dockers employed by Estibas del Sur went on strike on Monday.", ["Estibas del Sur"]),
        ("Thousands of workers at Kestrel Vina Electronics stayed off the job on Tuesday.",
         ["Kestrel Vina Electronics"]),
        ("Garment workers at Lumen Knitwear refused to work on Monday.", ["Lumen Knitwear"]),
    ],
)  # fmt: skip
def test_more_cues_of_a_workplace(text: str, employers: list[str]) -> None:
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == employers


def test_a_company_name_before_a_capitalized_title() -> None:
    text = (
        'Workers at Nordhafen Logistik GmbH walked out. "We will appeal," said Nordhafen '
        "Logistik Chief Executive Jens Albrecht."
    )
    assert _speakers(text) == [("Jens Albrecht", "Nordhafen Logistik GmbH", Role.EMPLOYER)]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('"Trade is down," said Thandi Zwane, a shop owner in Soweto.', Role.OTHER),
        ('"We are angry," said Tobias Kell, an assembly worker.', Role.WORKER),
    ],
)
def test_bystanders_and_assembly_workers(text: str, role: Role) -> None:
    ((_, _, got),) = _speakers(text)
    assert got is role


def test_the_owner_before_a_possessive_is_the_workplace() -> None:
    text = (
        "Production at Bokamoso Platinum's Kgaswane shafts halted after members of the "
        "National Union of Mineworkers downed tools."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Bokamoso Platinum"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IG Metall said members would strike. Workers at Veltmann Ltd went on strike on "
         "Monday, according to a union statement.",
         [("IG Metall", "IG Metall", Role.UNION_OFFICIAL)] * 2),
        ("Workers at Veltmann Ltd went on strike. The line would run, the company statement "
         "said.", [("Veltmann Ltd", "Veltmann Ltd", Role.EMPLOYER)]),
    ],
)  # fmt: skip
def test_a_sides_statement_speaks_for_it(
    text: str, expected: list[tuple[str, str | None, Role]]
) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Housekeepers went on strike Tuesday at the Palisade Grand Hotel. In a statement, "
         "the hotel said it had made a fair offer.",
         [("Palisade Grand Hotel", "Palisade Grand Hotel", Role.EMPLOYER)]),
        ("Nurses at St. Brendan's Medical Center went on strike. The hospital's chief "
         "nursing officer, Helen Marsh, said the proposal was unworkable.",
         # (the hospital is the one named: a saint's name read whole)
         [("Helen Marsh", "St. Brendan's Medical Center", Role.EMPLOYER)]),
        ("Grocery clerks went on strike Sunday. \"I will shop somewhere else,\" said "
         "retiree Frank Beaulieu.", [("Frank Beaulieu", None, Role.OTHER)]),
        ("Managing Director Vijay Sekhar appealed to the employees to call off the strike "
         "and said talks would resume.",
         [("Vijay Sekhar", None, Role.EMPLOYER)] * 2),
    ],
)  # fmt: skip
def test_local_and_regional_forms(text: str, expected: list[tuple[str, str | None, Role]]) -> None:
    assert _speakers(text) == expected


def test_a_name_before_a_shaft_is_a_site() -> None:
    text = "Miners at the Kgaswane shaft went on strike, the NUM said."
    assert "Kgaswane" not in [o.name for o in laborquotes.parse(text).organizations]


def test_a_business_that_speaks_is_the_employer_no_one_named() -> None:
    text = (
        "Bus drivers in Marlow will strike next week, the Unite union said.\n\n"
        "Kestrel Buses said it had offered a 3% rise."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Kestrel Buses"]
    assert _speakers(text)[-1] == ("Kestrel Buses", "Kestrel Buses", Role.EMPLOYER)


#: (name, short forms): a company's name without its legal form (with its linking word:
#: ``Private Limited``, ``Pty Ltd``), without the country of a national arm, and its
#: first words before its business words.
SHORT_FORMS = [
    ("Sunvale Electronics India Private Limited", ["Sunvale Electronics India", "Sunvale Electronics", "Sunvale"]),
    ("Brightwater Steel UK Ltd", ["Brightwater Steel UK", "Brightwater Steel", "Brightwater"]),
    ("Kuala Steel Sdn Bhd", ["Kuala Steel", "Kuala"]),
    ("Acme Pty Ltd", ["Acme"]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "forms"), SHORT_FORMS)
def test_short_forms(name: str, forms: list[str]) -> None:
    from laborquotes._workplaces import short_forms

    assert short_forms(name) == forms


def test_a_national_arms_short_name_speaks_for_it() -> None:
    text = (
        "Workers at Sunvale Electronics India Private Limited went on strike on Monday, "
        "the union said.\n\nSunvale Electronics said it respects its employees."
    )
    assert _speakers(text)[-1][1:] == ("Sunvale Electronics India Private Limited", Role.EMPLOYER)


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        # a saint's institution written short after its full name is the employer
        (
            "Nurses at St. Aidan's Medical Center walked out on Monday.\n\n"
            '"Our staffing meets state rules," said Ana Kovach, a spokeswoman for St. Aidan\'s.',
            "St. Aidan's Medical Center",
            Role.EMPLOYER,
        ),
        # an association of hospitals is on the employer side
        (
            "Nurses at Harbour General Hospital walked out on Monday.\n\n"
            "The Riverlands Hospital Council said ratios would close beds.",
            "Riverlands Hospital Council",
            Role.EMPLOYER,
        ),
    ],
)
def test_short_saints_and_hospital_councils(text: str, org: str, role: Role) -> None:
    att = laborquotes.parse(text).quotes[-1].attribution
    assert att is not None
    assert (att.speaker.organization, att.speaker.role) == (org, role)


def _employers(text: str) -> list[str]:
    dispute = laborquotes.parse(text).dispute
    return [o.name for o in dispute.employers] if dispute else []


@pytest.mark.parametrize(
    ("text", "employers"),
    [
        # a one-word company whose manager speaks, named near the action
        (
            "Warehouse workers at a Shelvio depot in Reno walked out on Friday over the heat. "
            '"We monitor the temperature every hour," Shelvio spokesman Dan Ruiz said.',
            ["Shelvio"],
        ),
        # a company named by the striking union's side, whose chief executive answers
        (
            "Oakridge Bulk Haulers barred members of the Freight Drivers Union from the "
            "yard on Monday in a lockout over rosters.\n\n"
            'Oakridge Bulk Haulers chief executive Anne Morrow said: "We had no choice."',
            ["Oakridge Bulk Haulers"],
        ),
        # the general manager of the mill whose gates the strikers block
        (
            "Striking workers blocked the gates of the Tamsin Pulp mill on Tuesday.\n\n"
            '"Our offer is still on the table," Tamsin Pulp general manager Lee Park said.',
            ["Tamsin Pulp"],
        ),
    ],
)
def test_an_employer_named_by_its_managers_title(text: str, employers: list[str]) -> None:
    assert _employers(text) == employers


@pytest.mark.parametrize(
    "text",
    [
        # a common word opening the sentence before the title: no organization
        "Workers at the depot walked out on Friday over the heat, the union said. The "
        'company has not replied. "We are reviewing it," Company spokesman Dan Ruiz said.',
        # a company whose chief speaks far from any word of the dispute
        "Bus drivers walked out on Friday, the Transit Workers Union said.\n\n"
        + "The city has grown quickly in the past decade, with new homes and shops. " * 4
        + '\n\n"Trade has been slow," Harbour Lantern chief executive Mo Adeyemi said.',
    ],
)
def test_no_employer_from_a_title_alone(text: str) -> None:
    assert _employers(text) == []


#: The other party of ``talks between <union> and <Name>`` is the workplace (after a
#: union's name, its acronym or ``the union``).
@pytest.mark.parametrize(
    "text",
    [
        "Workers walked off the job after talks between the United Auto Workers and Kestrel "
        "Driveline Systems broke down.",
        "Talks between the union and Kestrel Driveline Systems broke down and drivers walked out.",
    ],
)
def test_the_other_party_of_talks_between(text: str) -> None:
    dispute = laborquotes.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == ["Kestrel Driveline Systems"]


#: A workplace read in a title-case headline ends where the body writes it again
#: (``Staff at Brightwire Media Stage First Walkout``: ``Brightwire Media``).
def test_a_workplace_in_a_title_case_headline() -> None:
    text = (
        "Staff at Brightwire Media Stage First Walkout as Contract Talks Drag On\n\n"
        "More than 120 writers and editors at Brightwire Media, the digital publisher, "
        "walked off the job on Thursday."
    )
    dispute = laborquotes.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == ["Brightwire Media"]
