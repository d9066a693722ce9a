"""Who is who in Welsh, Scottish, Australian, Gulf and US health-sector copy: members of
the Senedd and upper houses, clergy, a body's spokesperson described by its noun, an
employer's owner, companies named for a commodity, and unions written before a title.
Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import Found, speakers
from laborquotes import Role
from laborquotes._dispute import OWNER_NOUNS, OWNER_PARTICIPLES, OWNER_VERBS, owner_names
from laborquotes._owners import is_given_name
from laborquotes._roles import CLERGY_WORDS, WORSHIP_PLACE_WORDS
from laborquotes._speakers import split_title
from laborquotes._vocab import (
    BODY_VOICE_HEADS,
    BODY_VOICE_RANKS,
    DESCRIPTION_BODY_LEADS,
    DESCRIPTION_BODY_NOUNS,
)


def _quoted(text: str) -> list[tuple[laborquotes.Quote, laborquotes.Speaker]]:
    """Each attributed quotation of *text* with its speaker."""
    return [
        (q, q.attribution.speaker)
        for q in laborquotes.parse(text).quotes
        if q.attribution is not None
    ]


# --------------------------------------------------------------------------- legislators

#: ``MS`` (a member of the Senedd) and ``MLC`` are a legislator's letters before a name
#: as after it, with the party before them; a name with letters and a comma before a
#: party's possessive title is the person's, not the party's.
LEGISLATORS: list[tuple[str, str, Found]] = [
    (
        '"Bins are piling up," said Welsh Conservative MS Bethan Prys.',
        "Bethan Prys",
        ("MS", "Welsh Conservative", Role.GOVERNMENT),
    ),
    (
        '"Bins are piling up," said Welsh Lib Dem MS Huw Aled Rowlands.',
        "Huw Aled Rowlands",
        ("MS", "Welsh Lib Dem", Role.GOVERNMENT),
    ),
    (
        '"The rosters must change," said Nationals WA MLC Kerryn Dobie.',
        "Kerryn Dobie",
        ("MLC", "Nationals WA", Role.GOVERNMENT),
    ),
    (
        '"Ministers must act," said Siân Morgan-Ellis MS, Plaid Cymru\'s health spokesperson.',
        "Siân Morgan-Ellis",
        ("health spokesperson", "Plaid Cymru", Role.GOVERNMENT),
    ),
    (
        '"Ministers must act," said Fraser Lennox MSP, Labour\'s transport spokesman.',
        "Fraser Lennox",
        ("transport spokesman", "Labour", Role.GOVERNMENT),
    ),
    (
        '"Bins are piling up," said Gwenllian Price MS.',
        "Gwenllian Price",
        ("MS", None, Role.GOVERNMENT),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), LEGISLATORS)
def test_legislators_letters_before_and_after_a_name(text: str, name: str, expected: Found) -> None:
    assert speakers(text)[name] == expected


#: ``ab`` and ``ap`` join a Welsh patronymic name.
def test_a_welsh_patronymic_is_one_name() -> None:
    found = speakers('"We do what we can," said Rhodri ab Owain, a volunteer.')
    assert list(found) == ["Rhodri ab Owain"]


# --------------------------------------------------------------------------- clergy

#: A priest, pastor or imam, and a minister of a chapel or church, are clergy: outside
#: the dispute (``other``), never a government's minister.
CLERGY = [
    ('"We pray for a settlement," said Rev Emrys Jenkins, minister at Bethesda chapel.'),
    ('"We pray for a settlement," said the Rev. Ada Nwosu, pastor of Grace Baptist Church.'),
    ('"They come to me," said Tevita Lolohea, assistant priest at St Brigid\'s parish.'),
    ('"Families are struggling," said Imam Yusuf Patel of the Eastside mosque.'),
]


@pytest.mark.parametrize("text", CLERGY)
def test_clergy_are_outside_the_dispute(text: str) -> None:
    (found,) = speakers(text).values()
    assert found[2] is Role.OTHER


def test_a_portfolio_minister_stays_government() -> None:
    (found,) = speakers('"We will legislate," said Health Minister Ana Ruiz.').values()
    assert found[2] is Role.GOVERNMENT


# --------------------------------------------------------------------------- spokespeople

#: A body's noun before a spokesperson's or an official's title, once the body it means
#: is read, is the organization; the title is the head, with its rank kept.
BODY_VOICES: list[tuple[str, str, Found]] = [
    (
        "Porters at Glenmoray Health Board walked out on Monday.\n\n"
        '"Patients will be seen," a health board spokesman said.',
        "a health board spokesman",
        ("spokesman", "Glenmoray Health Board", Role.EMPLOYER),
    ),
    (
        "Cleaners at Ashvale County Council walked out on Monday.\n\n"
        '"Bins will be collected," a council spokesperson said.',
        "a council spokesperson",
        ("spokesperson", "Ashvale County Council", Role.EMPLOYER),
    ),
    (
        "Miners at Tarrow Pit Holdings walked out on Monday.\n\n"
        '"We will talk," a senior company official said.',
        "a senior company official",
        ("senior official", "Tarrow Pit Holdings", Role.EMPLOYER),
    ),
    (
        '"Schools will stay open," a Welsh Government spokesperson said.',
        "a Welsh Government spokesperson",
        ("spokesperson", "Welsh Government", Role.GOVERNMENT),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), BODY_VOICES)
def test_a_bodys_noun_before_its_spokesperson(text: str, name: str, expected: Found) -> None:
    assert speakers(text)[name] == expected


#: A ministry named by its field keeps the field in the title (``interior ministry
#: official``), and a description whose body no text names keeps its words.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('"No comment," said an interior ministry official.', "interior ministry official"),
        ('"Patients will be seen," a health board spokesman said.', "health board spokesman"),
    ],
)
def test_a_description_keeps_words_that_name_no_body_read(text: str, title: str) -> None:
    ((found_title, _, _),) = speakers(text).values()
    assert found_title == title


#: A capitalized organization's name before a worker's trade is the organization.
def test_an_organizations_name_before_a_trade() -> None:
    text = "Linesmen at Volta Grid walked out.\n\nVolta Grid linesman Kofi Mensah said they climb in the rain."
    assert speakers(text)["Kofi Mensah"][:2] == ("linesman", "Volta Grid")


# --------------------------------------------------------------------------- sides


#: ``Union President Ana Ruiz`` at a sentence's start is read as ``union president Ana
#: Ruiz`` is (``Union`` is no organization's name), as ``Union leader Ana Ruiz`` was:
#: the union it means is the one named last.
def test_a_side_noun_before_a_capitalized_title_opening_a_sentence() -> None:
    text = (
        "The Phosphate Workers Union said its members would stay out.\n\n"
        "Union President Farid Haddad said the allowance was owed."
    )
    found = speakers(text)["Farid Haddad"]
    assert found == ("president", "Phosphate Workers Union", Role.UNION_OFFICIAL)


#: The owner or operator of the struck workplace is the employer side: its executives
#: are ``employer``, not a third party's.
OWNERS = [
    "Nurses at Hollins Mercy Hospital were locked out on Monday.\n\n"
    "Keel Ridge Health, which owns the hospital, hired replacement nurses.\n\n"
    "Keel Ridge's chief executive, Dana Okafor, said the offer was fair.",
    "Nurses at Hollins Mercy Hospital went on strike on Monday.\n\n"
    "The hospital's owner, Keel Ridge Health, has offered raises.\n\n"
    "Keel Ridge chief executive Dana Okafor said the offer was fair.",
    "Nurses at Hollins Mercy Hospital went on strike on Monday. The hospital is owned by "
    "Keel Ridge Health, a nonprofit system.\n\n"
    "Dana Okafor, president of Keel Ridge Health, said the offer was fair.",
]


@pytest.mark.parametrize("text", OWNERS)
def test_an_employers_owner_is_the_employer_side(text: str) -> None:
    assert speakers(text)["Dana Okafor"][2] is Role.EMPLOYER


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Keel Ridge Health, which owns the hospital, said so.", {"Keel Ridge Health"}),
        ("The plant, operated by Norvale Steel, shut.", {"Norvale Steel"}),
        ("The depot's operator, Tarn Buses, said so.", {"Tarn Buses"}),
        ("The plant is run by the city.", set()),
        ("The mine is owned by Corvala.", {"Corvala"}),
    ],
)
def test_owner_names(text: str, names: set[str]) -> None:
    assert owner_names(text) == names


#: A name whose last word is a commodity is a company, though it opens with a given
#: name (``Grace Hill Coal``): ``the company`` later means it.
def test_a_commodity_company_is_the_employer() -> None:
    text = (
        "Workers at Grace Hill Coal began a strike on Wednesday.\n\n"
        '"We have bargained in good faith," the company said.'
    )
    assert speakers(text) == {"Grace Hill Coal": (None, "Grace Hill Coal", Role.EMPLOYER)}


#: A workplace in a title-case headline that the text never writes again is no name
#: (``a Kelso Hospital Vote``: a headline's verb).
def test_a_headlines_workplace_written_once_is_no_organization() -> None:
    text = (
        "Resident Doctors at a Kelso Hospital Vote to Strike\n\n"
        "Resident physicians at Kelso Harbor Medical Center voted on Monday to strike."
    )
    names = [o.name for o in laborquotes.parse(text).organizations]
    assert names == ["Kelso Harbor Medical Center"]


@pytest.mark.parametrize(
    "table",
    [
        BODY_VOICE_HEADS,
        BODY_VOICE_RANKS,
        DESCRIPTION_BODY_LEADS,
        DESCRIPTION_BODY_NOUNS,
        CLERGY_WORDS,
        WORSHIP_PLACE_WORDS,
        OWNER_NOUNS,
        OWNER_PARTICIPLES,
        OWNER_VERBS,
    ],
)
def test_tables_are_sorted_and_unique(table: tuple[str, ...]) -> None:
    assert list(table) == sorted(set(table))


# --------------------------------------------------------------------------- appositives

#: A title before a name and an appositive after it: the appositive's office with its
#: described owner, and a relative clause's workplace, are read.
TITLED_APPOSITIVES: list[tuple[str, str, Found]] = [
    (
        "Cllr Morag Dunlop, the council's finance convener, said the city had no money.",
        "Morag Dunlop",
        ("finance convener", "the council", Role.GOVERNMENT),
    ),
    (
        "NDP MP Anne Roy, the party's labour critic, said the law was wrong.",
        "Anne Roy",
        ("labour critic", "NDP", Role.GOVERNMENT),
    ),
    (
        "Professor Ewan Baird, who studies council finance at the University of Fernmoor, "
        "said every council faced the same squeeze.",
        "Ewan Baird",
        ("Professor", "University of Fernmoor", Role.EXPERT),
    ),
]


@pytest.mark.parametrize(("text", "name", "expected"), TITLED_APPOSITIVES)
def test_an_appositive_after_a_titled_name(text: str, name: str, expected: Found) -> None:
    assert speakers(text)[name] == expected


#: Australian copy writes a councillor ``Cr`` or ``Cr.``, after an office too (``Mayor
#: Cr. Ann Reid``: the office is the title).
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Cr. Tom Veldhuizen said the decision had been made.", "Cr."),
        ("Mayor Cr. Judith Kolovos said councillors had not voted.", "Mayor"),
    ],
)
def test_an_australian_councillor(text: str, title: str) -> None:
    ((found_title, _, role),) = speakers(text).values()
    assert (found_title, role) == (title, Role.GOVERNMENT)


#: A workforce at a company's possessive site (``at Tarrow Coal's mine``) names the
#: company, which ``the company`` later means.
def test_a_workforce_at_a_companys_site() -> None:
    text = (
        "More than 300 workers at Isaac Downs Coal's mine near Moranbah began a strike.\n\n"
        '"We have bargained in good faith," the company said.'
    )
    assert speakers(text) == {"Isaac Downs Coal": (None, "Isaac Downs Coal", Role.EMPLOYER)}


#: ``In a statement issued after the stoppage, the council said``: a statement made
#: before its maker's phrase, with a phrase of its own, is the maker's; a statement made
#: in another sentence, by another speaker, is not the last speaker's.
def test_a_statement_made_with_a_phrase_before_its_maker() -> None:
    text = (
        "In a statement issued after the stoppage, the council said no jobs would go.\n\n"
        '"We have roads to mend," the statement said.'
    )
    names = {q.text: sp.name for q, sp in _quoted(text)}
    assert names["We have roads to mend,"] == "the council"


def test_a_statement_of_another_sentence_is_not_the_lastspeakers() -> None:
    text = (
        "The union said in a statement that it would strike. Acme said the offer stood.\n\n"
        '"We are ready," the statement said.'
    )
    names = {q.text: sp.name for q, sp in _quoted(text)}
    assert names["We are ready,"] != "Acme"


# --------------------------------------------------------------------------- local bodies


#: ``the borough``, ``the shire``, ``the municipality`` and ``the county`` speak for the
#: body of that noun the article named (``the Shire of Tarrakin``).
@pytest.mark.parametrize(
    ("name", "noun"),
    [
        ("Shire of Tarrakin", "shire"),
        ("Borough of Kelso", "borough"),
        ("Municipality of Kelso", "municipality"),
        ("Wendmoor County", "county"),
    ],
)
def test_a_local_bodys_noun_speaks_for_it(name: str, noun: str) -> None:
    text = f'The {name} said the depot would close.\n\n"We need drivers," the {noun} said.'
    found = speakers(text)
    assert found == {name: (None, name, Role.GOVERNMENT)}


# --------------------------------------------------------------------------- bodies named


#: A name with ``for`` after an inverted verb is the whole name (the grammar reads its
#: first word only: ``said Transport for Wales``).
def test_a_body_named_with_for_after_the_verb() -> None:
    found = speakers('"The rosters were agreed," said Transport for Wales.')
    assert found == {"Transport for Wales": (None, "Transport for Wales", Role.EMPLOYER)}


#: A description before a union's or a company's name (``The drivers' union Aslef``):
#: the organization speaks, by its name.
@pytest.mark.parametrize(
    "text",
    [
        "The drivers' union Aslef said the operator had imposed new rosters.",
        '"We will strike," said the drivers\' union Aslef.',
    ],
)
def test_a_described_union_speaks_by_its_name(text: str) -> None:
    assert speakers(text) == {"Aslef": (None, "Aslef", Role.UNION_OFFICIAL)}


#: ``based at`` ends a description's title (``A driver based at Shrewsbury``).
def test_based_ends_a_descriptions_title() -> None:
    text = "A driver based at Shrewsbury said he had worked every weekend."
    ((title, _, role),) = speakers(text).values()
    assert (title, role) == ("driver", Role.WORKER)


#: A sentence's first word that names an industry before an analyst's title is a field,
#: not the analyst's organization (``Coal analyst Ana Ruiz, of Pitface Advisory,``).
def test_an_industry_before_an_analysts_title() -> None:
    text = "Coal analyst Nadia Ferreira, of Pitface Advisory, said a stoppage would cost millions."
    assert speakers(text)["Nadia Ferreira"] == ("Coal analyst", "Pitface Advisory", Role.EXPERT)


#: Ambulance services and transport bodies of Australia and Britain are in the registry.
@pytest.mark.parametrize(
    "name", ["Ambulance Tasmania", "Ambulance Victoria", "NSW Ambulance", "Transport for NSW"]
)
def test_public_employers_in_the_registry(name: str) -> None:
    found = laborquotes.find_organizations(f"Paramedics at {name} walked out on Monday.")
    assert [(o.name, o.kind) for o in found] == [(name, laborquotes.OrgKind.EMPLOYER)]


#: An office with a scope of capitalized words after ``of`` or ``for``, then ``at`` and a
#: body: the scope is the office's, the body the organization.
@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "Director of Occupational Safety Inspection at the ministry",
            ("Director of Occupational Safety Inspection", "the ministry"),
        ),
        (
            "assistant undersecretary for Labour Affairs at the Ministry of Manpower",
            ("assistant undersecretary for Labour Affairs", "the Ministry of Manpower"),
        ),
        (
            "professor of Economics at Kestrel University",
            ("professor of Economics", "Kestrel University"),
        ),
        # (a lower-case scope is read as before; ``at the time`` names no body)
        ("director of nursing at Mercy Hospital", ("director of nursing", "Mercy Hospital")),
        (
            "Secretary of State for Health at the time",
            ("Secretary of State for Health at the time", None),
        ),
    ],
)
def test_an_offices_scope_before_its_body(phrase: str, expected: tuple[str, str | None]) -> None:
    assert split_title(phrase) == expected


#: A one-word kind of business before a given name and a surname is the person's trade
#: (``grocer Mahmoud Hweitat``); before a company's name it is the company's kind.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In Al Karak, grocer Mahmoud Hadid said his sales had dropped.",
            {"Mahmoud Hadid": ("grocer", None, Role.OTHER)},
        ),
        (
            "British grocer Tesco said its sales had dropped.",
            {"Tesco": (None, "Tesco", Role.EMPLOYER)},
        ),
    ],
)
def test_a_trade_or_a_kind_of_business_before_a_name(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: Arabic given names common in Gulf and Levant copy are first names.
@pytest.mark.parametrize("name", ["Mahmoud", "Hussein", "Ibrahim", "Abdullah", "Maryam", "Hessa"])
def test_arabic_given_names(name: str) -> None:
    assert is_given_name(name)
