"""US public-sector and newspaper labour copy (short invented examples): acronyms the
article writes undefined for a body it names in full (``U.P.S.``, ``UMW``), a field
before a body's head at a sentence's start (``Labor Department officials``), school
districts as employers and their superintendents (``Supt.``), delegates, a job title
before a name with a membership after it, a lower-case title after an opening
phrase, and Malaysian and Bruneian honours before a name (``Tan Sri``, ``Datuk Seri``,
``Haji``)."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._roles import group_role


def _speaker(text: str, index: int = 0) -> lq.Speaker:
    """The speaker of quotation *index* of *text* (which must have one)."""
    attribution = lq.parse(text).quotes[index].attribution
    assert attribution is not None
    return attribution.speaker


#: (text, index of the quotation, name, title, organization, role)
CASES = [
    # a dotted acronym of a company named in full speaks for it (at its fullest) ...
    (
        "Drivers at Northern Parcel Lines Inc. walked out on Monday.\n\n"
        "N.P.L. said the strike was costing it $2 million a day.",
        0,
        "Northern Parcel Lines Inc.",
        None,
        "Northern Parcel Lines Inc.",
        lq.Role.EMPLOYER,
    ),
    # ... and a later "Its" points at it, not at the union named before
    (
        "Negotiators for Northern Parcel Lines Inc. and the Teamsters met on Monday.\n\n"
        "N.P.L. said the strike was costing it $2 million a day. Its chief negotiator, "
        "Carl Benning, said the union wanted too much.",
        1,
        "Carl Benning",
        "chief negotiator",
        "Northern Parcel Lines Inc.",
        lq.Role.EMPLOYER,
    ),
    # a union's acronym without its closing "of America" is the union (and a unit of it)
    (
        "A judge fined the United Mine Workers of America over mass picketing at "
        "Redstone Coal.\n\nUMW District 9 President Lyle Barnett said the union "
        "would appeal.",
        0,
        "Lyle Barnett",
        "President",
        "UMW District 9",
        lq.Role.UNION_OFFICIAL,
    ),
    # a field before a body's head at a sentence's start is part of its name
    (
        "Miners stayed out for a fifth month.\n\nState police said 30 people were held."
        "\n\nLabor Department officials said they had no plans to step in.",
        1,
        "Labor Department officials",
        None,
        "Labor Department",
        lq.Role.GOVERNMENT,
    ),
    # a school district's superintendent, abbreviated, is management in its strike
    (
        "Members of the Brookhaven Teachers Association went on strike against the "
        "Brookhaven Unified School District on Monday.\n\nSupt. Carla Benitez said "
        "schools would stay open.",
        0,
        "Carla Benitez",
        "Supt.",
        None,
        lq.Role.EMPLOYER,
    ),
    # a county's schools are an employer, and their superintendent's title is read
    # without the body's name before it
    (
        "Members of the Harlan County Education Association stayed out on Tuesday in a "
        "strike against Harlan County Schools.\n\n"
        "Harlan County Schools Superintendent Dale Pruitt said classes were cancelled.",
        0,
        "Dale Pruitt",
        "Superintendent",
        "Harlan County Schools",
        lq.Role.EMPLOYER,
    ),
    # a state delegate is a legislator
    (
        "Teachers rallied at the Capitol for a third day.\n\nDel. Mike Orrell said the "
        "House would vote on Friday.",
        0,
        "Mike Orrell",
        "Del.",
        None,
        lq.Role.GOVERNMENT,
    ),
    # a job title before the name stays when an apposition only gives a membership
    (
        "Hospital staff walked out on Monday.\n\nRespiratory therapist Jean Morin, a "
        "member of the APTQ, said essential services were being kept.",
        0,
        "Jean Morin",
        "Respiratory therapist",
        "APTQ",
        lq.Role.WORKER,
    ),
    # a lower-case title after an opening phrase and a comma leaves the report its verb
    (
        "Hospital staff walked out on Monday.\n\nAt the Hôpital Sainte-Claire in Laval, "
        "respiratory therapist Jean Morin, a member of the APTQ, said essential services "
        "were being kept.",
        0,
        "Jean Morin",
        "respiratory therapist",
        "APTQ",
        lq.Role.WORKER,
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "title", "org", "role"), CASES)
def test_us_public_sector_and_newspaper_copy(
    text: str, index: int, name: str, title: str | None, org: str | None, role: lq.Role
) -> None:
    sp = _speaker(text, index)
    assert (sp.name, sp.title, sp.organization, sp.role) == (name, title, org, role)


def test_an_undefined_acronym_is_a_mention_of_its_body() -> None:
    text = (
        "Drivers at Northern Parcel Lines Inc. walked out on Monday.\n\n"
        "N.P.L. said the strike was costing it $2 million a day."
    )
    (org,) = [o for o in lq.parse(text).organizations if o.name.startswith("Northern")]
    assert org.acronym == "N.P.L."
    assert [text[m.start : m.end] for m in org.mentions][-1] == "N.P.L."


def test_an_acronym_two_bodies_spell_is_neither() -> None:
    text = (
        "Northern Parcel Lines Inc. and Norwood Paper Lines Ltd. met on Monday.\n\n"
        "NPL said talks would go on."
    )
    orgs = lq.parse(text).organizations
    assert len(orgs) == 2
    assert all("NPL" not in (o.acronym, *o.aliases) for o in orgs)


def test_a_party_committee_that_owns_a_company_is_no_company() -> None:
    text = (
        "The voter file is kept by the data firm Orvale and owned by the Democratic "
        "National Committee.\n\nThe committee said the breach was serious."
    )
    kinds = {o.name: o.kind for o in lq.parse(text).organizations}
    assert kinds["Democratic National Committee"] is lq.OrgKind.GOVERNMENT


#: (text, name, title): Malaysian and Bruneian honours and styles are no part of the
#: name; ``Tan`` and ``Sri`` are names alone; ``Haji`` after ``bin`` is the father's.
HONOURS = [
    ("Tan Sri Lim Kok Seng said the talks would go on.", "Lim Kok Seng", None),
    ("Datuk Seri Aziz Mohd Noor said the talks would go on.", "Aziz Mohd Noor", None),
    ("Puan Sri Aminah Rahim said the talks would go on.", "Aminah Rahim", None),
    (
        "Datuk Haji Razak Osman, executive director of the employers' federation, said "
        "the talks would go on.",
        "Razak Osman",
        "executive director",
    ),
    (
        "Yang Berhormat Zaki bin Haji Abu Hassan said the matter would be raised.",
        "Zaki bin Haji Abu Hassan",
        None,
    ),
    ("Tan Wei Ling said the talks would go on.", "Tan Wei Ling", None),
    # Bruneian styles; an honour after ``bin`` and a noble's style is the father's
    (
        "Parent Pengiran Haji Idris bin Pengiran Haji Ahmad said he would wait.",
        "Idris bin Pengiran Haji Ahmad",
        "Parent",
    ),
    (
        "Dayang Nur Aina binti Awang Jali said the banks would not wait.",
        "Nur Aina binti Awang Jali",
        None,
    ),
    ("Courier Sri Devi Rajan said the talks would go on.", "Sri Devi Rajan", "Courier"),
]


@pytest.mark.parametrize(("text", "name", "title"), HONOURS)
def test_malaysian_honours_are_no_part_of_the_name(text: str, name: str, title: str | None) -> None:
    sp = _speaker(text)
    assert (sp.name, sp.title) == (name, title)


#: (text, index of the quotation, name, title, organization, role): South-East Asian
#: copy.
ASIA = [
    # an office with a worker's word before its head is a union's office
    (
        "Riders on the Zoomly platform say their pay has fallen.\n\nNTUC assistant "
        "secretary-general Grace Teo Mei Ling said the matter would be raised.",
        -1,
        "Grace Teo Mei Ling",
        "assistant secretary-general",
        "NTUC",
        lq.Role.UNION_OFFICIAL,
    ),
    # a member of a union's executive committee is one of its officials
    (
        "Members of the Malaysian Bank Clerks Union picketed on Monday.\n\nUnion executive "
        "committee member Farid Osman said the pickets would go on.",
        0,
        "Farid Osman",
        "executive committee member",
        "Malaysian Bank Clerks Union",
        lq.Role.UNION_OFFICIAL,
    ),
    # the Philippine abbreviation of undersecretary
    (
        "Usec. Maria Santos said transfers could not be used to punish workers.",
        0,
        "Maria Santos",
        "Usec.",
        None,
        lq.Role.GOVERNMENT,
    ),
    # "Workers of" a company are its workers, not its management
    (
        "Garment workers walked out at Sunrise Knitwear Ltd.\n\nWorkers of Sunrise "
        "Knitwear Ltd said they had not been paid since July.",
        0,
        "Workers of Sunrise Knitwear Ltd",
        None,
        "Sunrise Knitwear Ltd.",
        lq.Role.WORKER,
    ),
    # a sewing operator is a worker, not a company (``port operator``)
    (
        "Garment workers walked out at Sunrise Knitwear Ltd.\n\nSewing operator Rina "
        "Akter said she had borrowed money to pay her rent.",
        0,
        "Rina Akter",
        "Sewing operator",
        "Sunrise Knitwear Ltd.",
        lq.Role.WORKER,
    ),
    # a Malaysian bank employees' union the registry knows
    (
        "Bank staff picketed on Tuesday.\n\nNUBE general secretary Ravi Solomon said "
        "the pickets would go on.",
        0,
        "Ravi Solomon",
        "general secretary",
        "NUBE",
        lq.Role.UNION_OFFICIAL,
    ),
    # a count before a company's name is no word of it
    (
        "The union picketed outside 14 Makmur Bank Bhd branches on Tuesday.\n\n"
        "Makmur Bank said in a statement that the scheme was optional.",
        0,
        "Makmur Bank Bhd",
        None,
        "Makmur Bank Bhd",
        lq.Role.EMPLOYER,
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "title", "org", "role"), ASIA)
def test_south_east_asian_copy(
    text: str, index: int, name: str, title: str | None, org: str | None, role: lq.Role
) -> None:
    sp = _speaker(text, index)
    assert (sp.name, sp.title, sp.organization, sp.role) == (name, title, org, role)


@pytest.mark.parametrize(
    ("text", "title", "role"),
    [
        (
            "Ana Ruiz visited the plant on Monday.\n\nThe senator said the plant would close.",
            "senator",
            lq.Role.GOVERNMENT,
        ),
        (
            'Ana Ruiz visited the plant on Monday.\n\n"It will close," the union president said.',
            "union president",
            lq.Role.UNION_OFFICIAL,
        ),
    ],
)
def test_a_description_gives_its_title_to_a_person_the_article_gave_none(
    text: str, title: str, role: lq.Role
) -> None:
    """A person named with no title and then referred to by a description (``The
    senator said``) has the description's title."""
    sp = _speaker(text, -1)
    assert (sp.name, sp.title, sp.role) == ("Ana Ruiz", title, role)


#: (text, index of the quotation, name, title, organization, role): more US labour copy.
MORE = [
    # a union's name read with an officer's title after it ends at its last trade word
    (
        "United Tile Workers International President Ken Marsh said the merger would help.",
        0,
        "Ken Marsh",
        "International President",
        "United Tile Workers",
        lq.Role.UNION_OFFICIAL,
    ),
    # a relative clause with no "who" after the title's noun is no part of the title
    (
        '"I have run out of ideas," said Walter Brandt, the special mediator the White '
        "House sent in last fall.",
        0,
        "Walter Brandt",
        "special mediator",
        None,
        lq.Role.GOVERNMENT,
    ),
    (
        "Ana Ruiz, a nurse the hospital suspended in May, said she would appeal.",
        0,
        "Ana Ruiz",
        "nurse",
        None,
        lq.Role.WORKER,
    ),
    # a workforce's numbered district is a union's unit
    (
        "Mechanics at Coastal Air walked out.\n\n"
        '"We gave them every chance," said Wendell Causey, president of the machinists\' '
        "District 100.",
        0,
        "Wendell Causey",
        "president",
        "the machinists' District 100",
        lq.Role.UNION_OFFICIAL,
    ),
    # a teacher of a grade, in a teachers' strike, is one of the strikers
    (
        "Teachers walked out across the state on Monday.\n\nJolene Harjo, who teaches "
        "eighth-grade history in Okmulgee, said she drove a taxi at night.",
        0,
        "Jolene Harjo",
        None,
        None,
        lq.Role.WORKER,
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "title", "org", "role"), MORE)
def test_more_us_labour_copy(
    text: str, index: int, name: str, title: str | None, org: str | None, role: lq.Role
) -> None:
    sp = _speaker(text, index)
    assert (sp.name, sp.title, sp.organization, sp.role) == (name, title, org, role)


CHAMBER = (
    "Dockers were locked out by Harbour Terminals Ltd on Monday.\n\nAna Ruiz, president of "
    "the Chamber of Commerce of Greater Lakeview, said the lockout was costly."
)


def test_a_registered_short_name_is_no_part_of_a_longer_name_with_of() -> None:
    """A registry's short name (``Chamber of Commerce``) inside a longer name that goes
    on with ``of`` and no place is not the registered body."""
    orgs = [o.name for o in lq.parse(CHAMBER).organizations]
    assert "Chamber of Commerce of Greater Lakeview" in orgs
    assert "U.S. Chamber of Commerce" not in orgs


def test_a_chamber_of_commerce_is_a_third_party() -> None:
    # (a body's president outside the named employer side is a third party's)
    assert _speaker(CHAMBER).role is lq.Role.OTHER


def test_an_office_of_a_city_is_a_public_body() -> None:
    assert group_role("the governor's office", None) is lq.Role.GOVERNMENT
    assert group_role("The city's emergency management office", None) is lq.Role.GOVERNMENT
    assert group_role("the company's personnel office", None) is not lq.Role.GOVERNMENT
