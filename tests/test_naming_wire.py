"""Wire-style names and descriptions (short invented examples): surname particles,
ranks between a title and a name, companies named with a rank or a place, people named
before a company's legal form, places after a description, lengths of service, offices
of a union's branch, two offices in one apposition, employers' associations, central
banks, and a body's spokesperson."""

from __future__ import annotations

import pytest

import laborquotes as lq

STRIKE = "Dockers walked off the job on Monday in a strike over pay.\n\n"


def _speaker(text: str, index: int = 0) -> lq.Speaker:
    """The speaker of quotation *index* of *text* (which must have one)."""
    attribution = lq.parse(text).quotes[index].attribution
    assert attribution is not None
    return attribution.speaker


#: (text, index of the quotation, name, title, organization)
CASES = [
    # a surname repeated alone keeps the particles and surname after it
    (
        "Union president Luiz Carvalho da Rocha said the men would stay out.\n\n"
        '"We are not asking for more," Carvalho said.',
        1,
        "Luiz Carvalho da Rocha",
        "union president",
        None,
    ),
    # Filipino particles
    (
        "Teller Rosalind dela Paz, 29, said her pay had not moved in four years.",
        0,
        "Rosalind dela Paz",
        "Teller",
        None,
    ),
    # a rank between a lower-case title and a name is the person's style
    (
        "Association president Captain Wendell Okafor said the pilots would resign.",
        0,
        "Wendell Okafor",
        "association president",
        None,
    ),
    # a rank before a company's name is part of the name
    (
        "General Harbour Motors of Canada said in a statement that its offer was fair.",
        0,
        "General Harbour Motors of Canada",
        None,
        "General Harbour Motors of Canada",
    ),
    # a person's name and ``of`` before a legal form: the company begins after ``of``
    (
        "Analyst Priya Banerjee of Holt Varga and Co said the strike could last weeks.",
        0,
        "Priya Banerjee",
        "Analyst",
        "Holt Varga and Co",
    ),
    # a city after a body's name is where it is, no part of the name
    (
        "Economist Tobias Lindqvist of the Marrow Policy Foundation in Rio de Janeiro said "
        "prices were rising.",
        0,
        "Tobias Lindqvist",
        "Economist",
        "Marrow Policy Foundation",
    ),
    (
        "A Transport Ministry official in Brasilia said talks would resume on Friday.",
        0,
        "A Transport Ministry official in Brasilia",
        "official",
        "Transport Ministry",
    ),
    # a town after ``of`` and a member of the public's noun is where they live
    (
        "Stranded passenger Odile Ferrand of Leeds said she had waited five hours.",
        0,
        "Odile Ferrand",
        "Stranded passenger",
        None,
    ),
    # how long a person has done the work is no organization and no part of the title
    (
        "Moira Quigg, a ward nurse with 12 years' experience, said she was exhausted.",
        0,
        "Moira Quigg",
        "ward nurse",
        None,
    ),
    (
        "Imogen Asante, a barrister of four years' call, said she earned too little.",
        0,
        "Imogen Asante",
        "barrister",
        None,
    ),
    # what a person is about to do is no part of the title
    (
        "Rowan Tully, 22, a physics student due to graduate in June, said she was anxious.",
        0,
        "Rowan Tully",
        "physics student",
        None,
    ),
    # an office of a union's branch at a workplace is the union's
    (
        "Dr Hana Kowal, president of the UCU branch at the University of Leeds, said marking "
        "had stopped.",
        0,
        "Hana Kowal",
        "president",
        "UCU",
    ),
    # two offices in one apposition: the first title, the party the second names
    (
        "Sir Miles Penhallow, a former transport minister and the Conservative MP for "
        "Eastbrook, said the strike was unjustified.",
        0,
        "Sir Miles Penhallow",
        "former transport minister",
        "Conservative",
    ),
    # a possessive that opens a body's own name is no parent body
    (
        "Dr Ruth Maddox, a lecturer at Queen's University Belfast, said lists were long.",
        0,
        "Ruth Maddox",
        "lecturer",
        "Queen's University Belfast",
    ),
    # a party of two words after ``a``
    (
        "Oshawa MPP Lena Brisbois, a New Democrat, said the plant was the city's heart.",
        0,
        "Lena Brisbois",
        "Oshawa MPP",
        "New Democrat",
    ),
    # a clause giving only a surname after an opening phrase: the title before it
    (
        "Outside the main gate, a welder who gave only his family name, Park, said he "
        "worked 60 hours a week.",
        0,
        "Park",
        "welder",
        None,
    ),
    # ``One`` opens a description as ``a`` does
    (
        "One senior lecturer in chemistry, who asked not to be named, said she had lost pay.",
        0,
        "One senior lecturer in chemistry",
        "senior lecturer",
        None,
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "title", "org"), CASES)
def test_wire_names_and_descriptions(
    text: str, index: int, name: str, title: str | None, org: str | None
) -> None:
    sp = _speaker(text, index)
    assert (sp.name, sp.title, sp.organization) == (name, title, org)


#: (text, index of the quotation, role)
ROLES = [
    # an employers' association speaks for the employer side of a member's dispute
    (
        "Workers at Hanmaru Motor went on strike on Monday.\n\nThe Korea Employers "
        "Federation said in a statement that wage rises would hurt exports.",
        0,
        lq.Role.EMPLOYER,
    ),
    # a central bank is a public body
    (
        "Bank staff went on strike on Monday.\n\nA Central Bank official said the regulator "
        "saw no sign of a run on deposits.",
        0,
        lq.Role.GOVERNMENT,
    ),
    # a first officer is a pilot: a worker
    (
        "Pilots at Cardinal Air walked out on Monday over pay.\n\nFirst officer Dana "
        "Whitlock, 34, said she had taken a second job.",
        0,
        lq.Role.WORKER,
    ),
]


@pytest.mark.parametrize(("text", "index", "role"), ROLES)
def test_wire_roles(text: str, index: int, role: lq.Role) -> None:
    assert _speaker(text, index).role is role


def test_a_business_lobby_is_no_employer_in_a_dispute() -> None:
    """A business lobby (no ``Employers`` in its name) stays a third party."""
    text = (
        "Postal workers walked out on Monday, Canada Post said.\n\n"
        "Ana Ruiz, vice-president of the Canadian Federation of Independent Business, "
        "said small firms were hurting."
    )
    assert _speaker(text, 1).role is lq.Role.OTHER


def test_a_spokesperson_speaks_for_the_body_that_spoke_last() -> None:
    text = (
        "Kestrel Foods said the strikes were costing it a million a day. "
        'A spokesperson said: "We have made our best and final offer."'
    )
    sp = _speaker(text, 1)
    assert (sp.title, sp.organization, sp.role) == (
        "spokesperson",
        "Kestrel Foods",
        lq.Role.EMPLOYER,
    )


def test_a_spokesperson_after_a_group_of_people_names_no_body() -> None:
    text = (
        "The drivers said the rota was unsafe. "
        'A spokesperson said: "We have made our best and final offer."'
    )
    assert _speaker(text, 1).organization is None


def test_according_to_ends_before_a_clause_that_reports_its_own_speech() -> None:
    text = (
        "According to the Halden Institute, pay has fallen by a fifth since 2010, although "
        "the think tank said the figure was smaller once overtime was counted."
    )
    quotes = lq.parse(text).quotes
    assert [q.text for q in quotes] == [
        "pay has fallen by a fifth since 2010",
        "the figure was smaller once overtime was counted",
    ]
    second = quotes[1].attribution
    assert second is not None
    assert second.speaker.name == "Halden Institute"


def test_according_to_keeps_a_contrast_that_reports_nothing() -> None:
    text = "According to the union, pay has fallen by a fifth, although bonuses rose."
    assert [q.text for q in lq.parse(text).quotes] == [
        "pay has fallen by a fifth, although bonuses rose"
    ]


def test_initials_in_brackets_inside_a_group_phrase() -> None:
    text = "The Harlow Trades (HTF) federation said in a statement that it would join the strike."
    assert _speaker(text).organization == "Harlow Trades"


@pytest.mark.parametrize(
    "text",
    [
        "Mayor Ana de Madrid said the port was shut.",
        "General Ana Ruiz said the troops would stay.",
        "Economist Dr Neil Moss, of the Ulster Policy Centre, said fares would rise.",
    ],
)
def test_people_stay_people(text: str) -> None:
    """A rank or a particle and a place do not make a person's name a company's."""
    assert not _speaker(text).is_group


def test_a_makers_model_is_no_mention_of_the_maker() -> None:
    """``a Boeing 727 captain``: the aircraft, not the company ``the company`` means."""
    text = (
        "Pilots at Cardinal Air Lines Inc walked off the job on Monday.\n\n"
        "Jo Tillotson, a Boeing 727 captain, said pilots would picket three airports.\n\n"
        "The company said in a statement it had begun hiring replacement pilots."
    )
    article = lq.parse(text)
    assert "Boeing" not in {o.name for o in article.organizations}
    last = article.quotes[-1].attribution
    assert last is not None
    assert last.speaker.organization == "Cardinal Air Lines Inc"


@pytest.mark.parametrize(
    "name",
    ["Institute for Government", "Centre for Local Government Studies", "Foundation for Rail"],
)
def test_a_research_body_named_for_its_field(name: str) -> None:
    """A research body's head before ``for`` and its field: the field names no kind."""
    text = f"The {name} said the strike would cost the economy little."
    sp = _speaker(text)
    assert sp.role is lq.Role.EXPERT


#: (text, index of the quotation, name, title, organization, role): British local copy
LOCAL_CASES = [
    # ``Coun`` without its full stop is a councillor's style
    (
        "Council leader Coun Edna Marsh said the libraries would stay open.",
        0,
        "Edna Marsh",
        "council leader",
        None,
        lq.Role.GOVERNMENT,
    ),
    (
        "Coun Abel Thorne said the bins would be collected on Saturday.",
        0,
        "Abel Thorne",
        "Coun",
        None,
        lq.Role.GOVERNMENT,
    ),
    # a sentence's first conjunction is no word of a union's name
    (
        "But Unison, which represents most of the ward's staff, said it would ballot members.",
        0,
        "Unison",
        None,
        "Unison",
        lq.Role.UNION_OFFICIAL,
    ),
    # a body's name ends with its sentence
    (
        "About 40 porters work at the site, according to the Royal College of Nursing. Its "
        "regional officer, Ada Quarry, said members had been promised a say.",
        1,
        "Ada Quarry",
        "regional officer",
        "Royal College of Nursing",
        lq.Role.UNION_OFFICIAL,
    ),
    # a place and a kind of business before a firm's name describe it
    (
        "Jonas Pike, an analyst at the Leeds firm Carrow Partners, said costs had risen.",
        0,
        "Jonas Pike",
        "analyst",
        "Carrow Partners",
        lq.Role.EXPERT,
    ),
    # an office of the union's unit named for the employer is the union's
    (
        "Cabin crew at Pacific Crest Airlines voted to strike, the Association of Flight "
        'Attendants-CWA said.\n\n"We are done waiting," said Rhea Oduya, president of the '
        "union's Pacific Crest chapter.",
        1,
        "Rhea Oduya",
        "president",
        "Association of Flight Attendants-CWA",
        lq.Role.UNION_OFFICIAL,
    ),
    # a game tester is a worker
    (
        "Testers at Ironlake Games filed for a union vote on Monday.\n\n"
        "Mateo Quilla, a senior tester at Ironlake Games, said pay was too low.",
        0,
        "Mateo Quilla",
        "senior tester",
        "Ironlake Games",
        lq.Role.WORKER,
    ),
]


@pytest.mark.parametrize(("text", "index", "name", "title", "org", "role"), LOCAL_CASES)
def test_local_and_business_copy(
    text: str, index: int, name: str, title: str | None, org: str | None, role: lq.Role
) -> None:
    sp = _speaker(text, index)
    assert (sp.name, sp.title, sp.organization, sp.role) == (name, title, org, role)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("One of the nurses said she had lost pay.", "nurse"),
        ("One of the strikers, a welder, said pay was late.", "striker"),
    ],
)
def test_one_of_a_plural_title_at_a_sentence_start(text: str, title: str) -> None:
    sp = _speaker(text)
    assert (sp.title, sp.organization) == (title, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("UFCW 3000 said members would vote on the offer.", "UFCW 3000"),
        ("The strike was called on Monday, SEIU 1199 said.", "SEIU 1199"),
    ],
)
def test_a_unions_name_and_local_number(text: str, name: str) -> None:
    """A union's local written with its number and no ``Local`` (US style)."""
    sp = _speaker(text)
    assert (sp.name, sp.role) == (name, lq.Role.UNION_OFFICIAL)


def test_a_company_and_a_number_is_no_speaker() -> None:
    assert lq.parse("Harbour 3000 said sales rose.").quotes == ()
