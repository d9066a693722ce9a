"""The naming grammar on English news in general: honorifics, honours and peerages,
titles of British and Commonwealth politics, party labels, particles, initials and
suffixes, and words that are not names.

Each row is ``(phrase, name, title, organization)``: how the speaker of the phrase is
read. Every phrase is tried in three invented frames: after an inverted verb
(``parse_attribution``), before a closing verb, and as the subject of an opening
sentence (``parse``). The source span always covers the phrase as written (an honorific
and an honour included).
"""

from __future__ import annotations

import pytest

import laborquotes as lq

Row = tuple[str, str, str | None, str | None]

QUOTE = "We will not be moved on this"


def _subject(phrase: str) -> str:
    """*phrase* as a subject: an appositive after the name closes with a comma."""
    return f"{phrase}," if ", " in phrase and not phrase.endswith(")") else phrase


def _after_verb(phrase: str) -> tuple[lq.Attribution | None, int, int]:
    text = f"said {phrase}" + ("" if phrase.endswith(".") else ".")
    return lq.parse_attribution(text), 5, 5 + len(phrase)


def _before_verb(phrase: str) -> tuple[lq.Attribution | None, int, int]:
    text = f'"{QUOTE}," {_subject(phrase)} said.'
    quotes = lq.parse(text).quotes
    start = len(QUOTE) + 4
    return (quotes[0].attribution if quotes else None), start, start + len(phrase)


def _opening(phrase: str) -> tuple[lq.Attribution | None, int, int]:
    text = f'{_subject(phrase)} said: "{QUOTE}."'
    quotes = lq.parse(text).quotes
    return (quotes[0].attribution if quotes else None), 0, len(phrase)


FRAMES = {"after": _after_verb, "before": _before_verb, "opening": _opening}


def _check(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    att, start, _end = FRAMES[frame](phrase)
    assert att is not None, phrase
    assert att.speaker is not None, phrase
    sp = att.speaker
    assert (sp.name, sp.title, sp.organization) == (name, title, org)
    assert att.source_span is not None
    # the span holds the whole name as written (an honorific or honour too)
    assert att.source_span.start <= start + phrase.index(name.split()[0])
    assert att.source_span.end >= start + phrase.index(name.split()[-1])


#: Forms not read right yet (``test:frame-phrase``), each an expected failure.
KNOWN_FAILURES: frozenset[str] = frozenset()


def _cases(rows: list[Row], test: str) -> list[object]:
    return [
        pytest.param(
            frame,
            *row,
            id=f"{frame}-{row[0]}",
            marks=(
                [pytest.mark.xfail(strict=True, reason="not read yet")]
                if f"{test}:{frame}-{row[0]}" in KNOWN_FAILURES
                else []
            ),
        )
        for row in rows
        for frame in FRAMES
    ]


# --------------------------------------------------------------------------- honorifics

#: Courtesy honorifics, with and without a full stop: not part of the name, not a title.
HONORIFIC_ROWS: list[Row] = [
    ("Mr Tom Bellamy", "Tom Bellamy", None, None),
    ("Mr Bellamy", "Bellamy", None, None),
    ("Mr. Bellamy", "Bellamy", None, None),
    ("Mrs Ana Whitlow", "Ana Whitlow", None, None),
    ("Mrs Whitlow", "Whitlow", None, None),
    ("Ms Whitlow", "Whitlow", None, None),
    ("Ms. Whitlow", "Whitlow", None, None),
    ("Miss Whitlow", "Whitlow", None, None),
    ("Dr Anil Kapadia", "Anil Kapadia", None, None),
    ("Dr. Anil Kapadia", "Anil Kapadia", None, None),
    ("Prof Jane Okafor", "Jane Okafor", None, None),
    ("Rev Tom Ashby", "Tom Ashby", None, None),
    # a councillor's abbreviated office is a title, as ``Sgt.`` is (no courtesy)
    ("Cllr Mary Byrne", "Mary Byrne", "Cllr", None),
]


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(HONORIFIC_ROWS, "test_honorifics")
)
def test_honorifics(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- honours

#: Knighthoods and peerages are part of the name form: kept, never a title.
HONOUR_ROWS: list[Row] = [
    ("Sir Keir Starling", "Sir Keir Starling", None, None),
    ("Dame Edith Marsh", "Dame Edith Marsh", None, None),
    ("Lord Smithers of Finchley", "Lord Smithers of Finchley", None, None),
    ("Lord Patterson", "Lord Patterson", None, None),
    ("Baroness Ashdown", "Baroness Ashdown", None, None),
    ("Lady Hartwell", "Lady Hartwell", None, None),
]


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(HONOUR_ROWS, "test_honours")
)
def test_honours(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- titles

TITLE_ROWS: list[Row] = [
    # a title in -ing opens an apposition like any other (not a participle clause)
    ("Tom Bell, managing director of Bellway Coaches", "Tom Bell", "managing director", "Bellway Coaches"),
    ("Tom Bell, managing director of Bell & Sons", "Tom Bell", "managing director", "Bell & Sons"),
    ("shadow home secretary Yvette Corran", "Yvette Corran", "shadow home secretary", None),
    ("junior health minister Tom Bellamy", "Tom Bellamy", "junior health minister", None),
    ("deputy general secretary Ana Whitlow", "Ana Whitlow", "deputy general secretary", None),
    ("acting chief executive Ana Whitlow", "Ana Whitlow", "acting chief executive", None),
    ("interim chief executive Ana Whitlow", "Ana Whitlow", "interim chief executive", None),
    (
        "assistant general secretary Ana Whitlow",
        "Ana Whitlow",
        "assistant general secretary",
        None,
    ),
    ("general secretary Ana Whitlow", "Ana Whitlow", "general secretary", None),
    ("Premier Dougal Frame", "Dougal Frame", "Premier", None),
    ("Opposition Leader Peta Dunmore", "Peta Dunmore", "Opposition Leader", None),
    ("Chief Minister Ana Whitlow", "Ana Whitlow", "Chief Minister", None),
    ("Taoiseach Eamon Kinsella", "Eamon Kinsella", "Taoiseach", None),
    ("transport spokeswoman Niamh Breen", "Niamh Breen", "transport spokeswoman", None),
    ("ward sister Bernie Hollis", "Bernie Hollis", "ward sister", None),
    ("Tom Bellamy MP", "Tom Bellamy", "MP", None),
    ("Niamh Breen TD", "Niamh Breen", "TD", None),
    ("Ana Whitlow MSP", "Ana Whitlow", "MSP", None),
    ("Ana Whitlow MLA", "Ana Whitlow", "MLA", None),
    (
        "Jane Dorrit, development director at Acme Holdings",
        "Jane Dorrit",
        "development director",
        "Acme Holdings",
    ),
    ("Tom Zheng, of the research group Aerovista", "Tom Zheng", None, "Aerovista"),
    ("former prime minister Tony Blaine", "Tony Blaine", "former prime minister", None),
    ("First Minister Ian Swinley", "Ian Swinley", "First Minister", None),
    ("Mayor of London Sadiq Kahn", "Sadiq Kahn", "Mayor of London", None),
    ("Secretary of State John Kerrigan", "John Kerrigan", "Secretary of State", None),
    ("former Secretary of State Ann Colby", "Ann Colby", "former Secretary of State", None),
    # hyphenated offices (``-general``), in lower case and capitalized
    # a school year is no organization, nor the place of an unnamed school
    ("Year 12 student Liam Nguyen", "Liam Nguyen", "Year 12 student", None),
    ("Maria Costa, a principal from a school in Dandenong", "Maria Costa", "principal", None),
    # a capitalized word naming a doer, before a given name and a surname: a job no
    # table lists (but a given name ending like one stays: ``Tucker Carlson``)
    ("Meteorologist Carla Jensen", "Carla Jensen", "Meteorologist", None),
    ("Zoologist Mary Lind", "Mary Lind", "Zoologist", None),
    ("Tucker Carlson", "Tucker Carlson", None, None),
    # a company's one-word name before its boss or chief
    ("Harbourline boss Grant Vellacott", "Grant Vellacott", "boss", "Harbourline"),
    ("Tidewell chair Ann Moss", "Ann Moss", "chair", "Tidewell"),
    ("Attorney-General Ruth Dale", "Ruth Dale", "Attorney-General", None),
    ("KMPDU secretary-general Abdi Noor", "Abdi Noor", "secretary-general", "KMPDU"),
    ("MPI deputy director-general Oliver Strand", "Oliver Strand", "deputy director-general", "MPI"),
    # Canadian copy's councillor: a title; West African copy's honorific: neither
    ("Coun. Evelyn Sorensen", "Evelyn Sorensen", "Coun.", None),
    ("Comrade Ade Bello, general secretary of the NLC", "Ade Bello", "general secretary", "NLC"),
    ("acting Minister for Health Ross Keane", "Ross Keane", "acting Minister for Health", None),
    ("Rashad Robins, Color of Change's executive director", "Rashad Robins", "executive director", "Color of Change"),
    ("former FBI Director James Combe", "James Combe", "former Director", "FBI"),
    ("Janet Pell, a commuter from Wakefield", "Janet Pell", "commuter", None),
    ("Rory Dunn, a union representative at a school in Perth", "Rory Dunn", "union representative", None),
    ("Ana Whitlow, Acme's chief executive", "Ana Whitlow", "chief executive", "Acme"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(TITLE_ROWS, "test_titles")
)
def test_titles(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


#: ``the <title>, <Name>``: the title before the comma is the person's.
TITLE_COMMA_ROWS: list[Row] = [
    # an owner's possessive before the title: the owner is the organization
    ("the Harbour Workers Alliance's national president, Chris Aylmer", "Chris Aylmer", "national president", "Harbour Workers Alliance"),
    ("The shadow transport secretary, Priya Anand", "Priya Anand", "shadow transport secretary", None),
    ("The Minister for Transport, Ciarán Walsh", "Ciarán Walsh", "Minister for Transport", None),
    ("The Taoiseach, Eamon Kinsella", "Eamon Kinsella", "Taoiseach", None),
    ("The Education Secretary, Kirsty Lund", "Kirsty Lund", "Education Secretary", None),
    ("The president of the Eastfield students' union, Aisha al-Rashidi", "Aisha al-Rashidi", "president", "Eastfield students' union"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(TITLE_COMMA_ROWS, "test_title_comma_name")
)
def test_title_comma_name(
    frame: str, phrase: str, name: str, title: str | None, org: str | None
) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- parties

#: A politician's party is the organization; a constituency is not.
PARTY_ROWS: list[Row] = [
    ("Jane Dorrit, the Labour MP for Leeds Central", "Jane Dorrit", "MP for Leeds Central", "Labour"),
    ("Conservative leader Tom Brightwell", "Tom Brightwell", "leader", "Conservative"),
    ("former Labour leader Neil Kinsale", "Neil Kinsale", "former leader", "Labour"),
    ("the Liberal Democrats' health spokesman, Owain ap Rhys", "Owain ap Rhys", "health spokesman", "Liberal Democrats"),
    ("Jane Dorrit (Labour, Leeds Central)", "Jane Dorrit", "MP for Leeds Central", "Labour"),
    ("Labour MP Jane Dorrit", "Jane Dorrit", "MP", "Labour"),
    ("Liberal MPP Anthony Rossiter", "Anthony Rossiter", "MPP", "Liberal"),
    ("SNP MSP Ana Whitlow", "Ana Whitlow", "MSP", "SNP"),
    ("Sinn Féin transport spokeswoman Niamh Breen TD", "Niamh Breen", "transport spokeswoman", "Sinn Féin"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(PARTY_ROWS, "test_parties")
)
def test_parties(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- units and degrees

UNIT_ROWS: list[Row] = [
    ("UAW Region 8 Director Tim Sorrell", "Tim Sorrell", "Director", "UAW Region 8"),
    ("Teamsters Local 700 President Ana Ruiz", "Ana Ruiz", "President", "Teamsters Local 700"),
    ("Dr Sione Tuala, a house officer", "Sione Tuala", "house officer", None),
    ("Ana Whitlow, PhD", "Ana Whitlow", None, None),
]


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(UNIT_ROWS, "test_units_and_degrees")
)
def test_units_and_degrees(
    frame: str, phrase: str, name: str, title: str | None, org: str | None
) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- name forms

#: Particles, hyphens, initials, suffixes and names from outside the Anglo world.
NAME_ROWS: list[str] = [
    "Ursula von der Lind",
    "Kevin van der Berg",
    "Lisa van Houten",
    "Hélène de Villiers",
    "Ali al-Hassani",
    "Mohammed bin Rashid",
    "Tasha MacIsaac",
    "Rory McAllister",
    "Mary O'Neill",
    "Mary O’Neill",
    "Ruaridh Mac an t-Saoir",
    "Declan Ó Murchú",
    "Niamh Ní Bhriain",
    "Owain ap Rhys",
    "Anne-Marie Dubois-Tremblay",
    "Marc-Antoine St-Onge",
    "J.K. Rowan",
    "A. B. Smithson",
    "C. H. Venkatraman",
    "Martin Luther King Jr.",
    "Tom Bellamy Sr.",
    "Tom Bellamy III",
    "Gabriel García Márquez",
    "Xi Jinping",
    "Narendra Mohan Patel",
    "Peter Kamau wa Njoroge",
    "Ibrahim dan Musa",
    "Themba ka Nkosi",
    "Wanjiku Ng'ang'a",
    "Yusuf ben Haroun",
]


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"),
    _cases([(name, name, None, None) for name in NAME_ROWS], "test_name_forms"),
)
def test_name_forms(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- not names

#: ``(text, speaker name)``: a sentence-initial word, a place, a title of a work or the
#: subject of a reported clause is not the speaker.
NOT_NAME_ROWS: list[tuple[str, str]] = [
    (f'Shopkeeper Ramesh Gupta in Lucknow said: "{QUOTE}."', "Ramesh Gupta"),
    (f'Tom Bellamy from Leeds said: "{QUOTE}."', "Tom Bellamy"),
    (f'In Leeds, Ana Whitlow said: "{QUOTE}."', "Ana Whitlow"),
    (f'In Leeds Ana Whitlow said: "{QUOTE}."', "Ana Whitlow"),
    (f'More from Whitlow: "{QUOTE}."', "Whitlow"),
    (f'Ana Whitlow, exasperated, said: "{QUOTE}."', "Ana Whitlow"),
    (f'Ana Whitlow said Tom Bellamy was "{QUOTE}".', "Ana Whitlow"),
    (f'At the Mount Pleasant depot, postman Dariusz Nowak said: "{QUOTE}."', "Dariusz Nowak"),
    (f'After a screening of Silent Harbour, director Ana Whitlow said: "{QUOTE}."', "Ana Whitlow"),
    (f'All the drivers said: "{QUOTE}."', "All the drivers"),
]


@pytest.mark.parametrize(("text", "name"), NOT_NAME_ROWS)
def test_not_names(text: str, name: str) -> None:
    quotes = lq.parse(text).quotes
    assert quotes
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker is not None
    assert quotes[0].attribution.speaker.name == name


# --------------------------------------------------------------------------- possessives

#: A person's possessive is no organization (``Weyland's campaign manager``); an
#: organization's is (``Unite's general secretary``, ``the RMT's leader``).
POSSESSIVE_ROWS: list[Row] = [
    ("Jeff Wyman, Weyland's campaign manager", "Jeff Wyman", "campaign manager", None),
    ("Ann Bellew, Smithers's lawyer", "Ann Bellew", "lawyer", None),
    ("Ann Bellew, Mr Smithers's lawyer", "Ann Bellew", "lawyer", None),
    ("Ann Bellew, Ana Whitlow's press secretary", "Ann Bellew", "press secretary", None),
    ("Tom Rusk, Senator Ana Whitlow's chief of staff", "Tom Rusk", "chief of staff", None),
    ("Unite's general secretary, Sharon Grainger", "Sharon Grainger", "general secretary", "Unite"),
    ("the RMT's leader, Mick Lowther", "Mick Lowther", "leader", "RMT"),
    ("Amazon's spokesman, Tom Ladd", "Tom Ladd", "spokesman", "Amazon"),
    ("Ana Whitlow, Acme's lawyer", "Ana Whitlow", "lawyer", None),
    # an organization's person, with no title: the owner is the organization
    ("Unite's Sharon Grainger", "Sharon Grainger", None, "Unite"),
    ("the RMT's Mick Lowther", "Mick Lowther", None, "RMT"),
    ("Tesco's Ken Moran", "Ken Moran", None, "Tesco"),
    ("Network Rail's Ana Whitlow", "Ana Whitlow", None, "Network Rail"),
    # a plural owner's possessive: the organization without its apostrophe
    ("Harbour Foods' lawyer, Mark Reddy", "Mark Reddy", "lawyer", "Harbour Foods"),
    ("the Teamsters' lawyer, Mark Reddy", "Mark Reddy", "lawyer", "Teamsters"),
    ("the Teamsters' Ana Whitlow", "Ana Whitlow", None, "Teamsters"),
    # a described owner (``the union's``): a person, no title; the organization is the
    # reference, resolved to one the article names when it names one
    ("the union's Sharon Grainger", "Sharon Grainger", None, "the union"),
    ("The company's Ken Moran", "Ken Moran", None, "the company"),
    ("the council's Ana Whitlow", "Ana Whitlow", None, "the council"),
    ("the firm's Tom Ladd", "Tom Ladd", None, "the firm"),
    ("the ministry's Jane Dolan", "Jane Dolan", None, "the ministry"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(POSSESSIVE_ROWS, "test_possessives")
)
def test_possessives(
    frame: str, phrase: str, name: str, title: str | None, org: str | None
) -> None:
    _check(frame, phrase, name, title, org)


# --------------------------------------------------------------------------- British and Irish forms

#: Styles (``The Rt Hon``, ``the Hon.``), a union written before its officer's title,
#: and peers described by their party.
BRITISH_IRISH_ROWS: list[Row] = [
    ("The Rt Hon Ann Kelso MP", "Ann Kelso", "MP", None),
    ("the Rt Hon Ann Kelso", "Ann Kelso", None, None),
    ("The Hon. Ann Kelso", "Ann Kelso", None, None),
    ("Hon Hai spokesman Owen Reilly", "Owen Reilly", "spokesman", "Hon Hai"),
    ("Siptu transport organiser Owen Reilly", "Owen Reilly", "transport organiser", "Siptu"),
    ("Unite regional officer Gail Dunphy", "Gail Dunphy", "regional officer", "Unite"),
    ("GMB organiser Ann Lowry", "Ann Lowry", "organiser", "GMB"),
    ("GMB branch secretary Ann Lowry", "Ann Lowry", "branch secretary", "GMB"),
    ("Unite area officer Gail Dunphy", "Gail Dunphy", "area officer", "Unite"),
    ("Siptu divisional organiser Owen Reilly", "Owen Reilly", "divisional organiser", "Siptu"),
    ("Lord Kelso of Ardmore, a Labour peer", "Lord Kelso of Ardmore", "peer", "Labour"),
    ("Baroness Dunphy of Kilbride, a Conservative peer", "Baroness Dunphy of Kilbride", "peer", "Conservative"),
    ("Ann Kelso, the Labour MP for Castlebridge", "Ann Kelso", "MP for Castlebridge", "Labour"),
    ("Ann Kelso (Labour, Castlebridge)", "Ann Kelso", "MP for Castlebridge", "Labour"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(BRITISH_IRISH_ROWS, "test_british_irish")
)
def test_british_irish(
    frame: str, phrase: str, name: str, title: str | None, org: str | None
) -> None:
    _check(frame, phrase, name, title, org)


#: ``the``, a title and a name with no comma between them (British, Irish and wire
#: style): a person with that title, not a phrase about one.
TITLED_ROWS: list[Row] = [
    ("the Labour MP Ann Kelso", "Ann Kelso", "MP", "Labour"),
    ("the Liberal MPP Ann Kelso", "Ann Kelso", "MPP", "Liberal"),
    ("the Fine Gael TD Owen Reilly", "Owen Reilly", "TD", "Fine Gael"),
    ("the shadow chancellor Ann Kelso", "Ann Kelso", "shadow chancellor", None),
    ("the Conservative leader Ann Kelso", "Ann Kelso", "leader", "Conservative"),
    ("the former president Ann Kelso", "Ann Kelso", "former president", None),
    ("the Prime Minister Ann Kelso", "Ann Kelso", "Prime Minister", None),
    ("the actor Tom Hanlon", "Tom Hanlon", "actor", None),
    ("the GMB organiser Ann Lowry", "Ann Lowry", "organiser", "GMB"),
    ("the Unite general secretary Sharon Grainger", "Sharon Grainger", "general secretary", "Unite"),
    ("Unite's general secretary Sharon Grainger", "Sharon Grainger", "general secretary", "Unite"),
    ("Labour's shadow health secretary Wes Streetly", "Wes Streetly", "shadow health secretary", "Labour"),
    ("The union's president Ann Kelso", "Ann Kelso", "president", "the union"),
    ("the company's chief executive Ann Kelso", "Ann Kelso", "chief executive", "the company"),
    ("the Harbour Foods CEO Ann Kelso", "Ann Kelso", "CEO", "Harbour Foods"),
    ("the Acme CEO Ann Kelso", "Ann Kelso", "CEO", "Acme"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(TITLED_ROWS, "test_titled")
)
def test_titled(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


#: A verb form that is part of a title (``state secretary``, ``charge nurse``), an
#: organization with joiners after ``for`` (``the Department of Health``), and the
#: Indian courtesy honorifics.
WIRE_ROWS: list[Row] = [
    ("CFMEU state secretary Zach Smyth", "Zach Smyth", "state secretary", "CFMEU"),
    ("charge nurse Ann Ruiz", "Ann Ruiz", "charge nurse", None),
    ("a spokeswoman for the Department of Health", "a spokeswoman for the Department of Health", "spokeswoman", "Department of Health"),
    ("a spokesman for the Federation of Small Businesses", "a spokesman for the Federation of Small Businesses", "spokesman", "Federation of Small Businesses"),
    ("a spokesman for the company", "a spokesman for the company", "spokesman", "the company"),
    ("Shri Anil Kapur", "Anil Kapur", None, None),
    ("Smt Meera Joshi", "Meera Joshi", None, None),
    # a party's one-word label before a full name is her party, not her name
    ("Democrat Ann Kelso", "Ann Kelso", None, "Democrat"),
    ("Tory Tom Ash", "Tom Ash", None, "Tory"),
    ("Republican Ann Kelso", "Ann Kelso", None, "Republican"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("frame", "phrase", "name", "title", "org"), _cases(WIRE_ROWS, "test_wire")
)
def test_wire(frame: str, phrase: str, name: str, title: str | None, org: str | None) -> None:
    _check(frame, phrase, name, title, org)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Union leader Tom Ash said the vote was close.", "union leader"),
        ('The vote was close. Council leader Ann Kelso said: "We will fund it."', "council leader"),
    ],
)
def test_sentence_initial_common_noun_is_no_organization(text: str, title: str) -> None:
    # ``Union`` is capitalized by its place in the sentence: part of the title, no name.
    speaker = lq.parse(text).quotes[-1].attribution
    assert speaker is not None
    assert (speaker.speaker.title, speaker.speaker.organization) == (title, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('The company Tuesday said "the plant will stay open."', "The company"),
        ('The president on Monday said "the talks are over."', "The president"),
        ('The union leader said "we will strike."', "The union leader"),
        ('The opposition Labour Party said "the plan is dead."', "The opposition Labour Party"),
        ('The Justice Department said "the case is closed."', "The Justice Department"),
    ],
)
def test_titled_needs_a_name(text: str, name: str) -> None:
    # A time (``Tuesday``), no name, an organization or a one-word name after the
    # title: no titled person.
    quotes = lq.parse(text).quotes
    assert quotes
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        '"We are talking to the workers," Hon Hai said in a statement.',
        'Hon Hai said on Monday that "talks with the workers will go on."',
    ],
)
def test_bare_hon_opens_a_name(text: str) -> None:
    # "Hon" without a full stop is a style only after "the" or "Rt" (the Hon Tom Lee,
    # the Rt Hon Tom Lee): on its own it starts a name (Hon Hai, a company).
    quotes = lq.parse(text).quotes
    assert [q.attribution.speaker.name for q in quotes if q.attribution] == ["Hon Hai"]


@pytest.mark.xfail(
    strict=True,
    reason="a bare 'Hon' after 'the' outside the name's span is read as the name's first "
    "word: 'The Hon Hai ...' (a company) and 'the Hon Ann Kelso' look alike to the grammar",
)
def test_the_bare_hon_style() -> None:
    _check("opening", "the Hon Ann Kelso", "Ann Kelso", None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Beds will close," said Ann Lee, who leads the Nurses Union of Kent.',
         ("Ann Lee", "leader", "Nurses Union of Kent")),
        ('"Beds will close," said Ann Lee, who chairs the Riverside Health Board.',
         ("Ann Lee", "chair", "Riverside Health Board")),
        # any other relative clause gives no title
        ('"Beds will close," said Ann Lee, who lives near the hospital.', ("Ann Lee", None, None)),
        ('"Beds will close," said Ann Lee, who chairs the board.', ("Ann Lee", None, None)),
        (
            "Ann Lee, who chairs the Riverside Health Board, said beds would close.",
            ("Ann Lee", "chair", "Riverside Health Board"),
        ),
    ],
)  # fmt: skip
def test_an_office_in_a_relative_clause(
    text: str, expected: tuple[str, str | None, str | None]
) -> None:
    sp = next(q.attribution.speaker for q in lq.parse(text).quotes if q.attribution)
    assert (sp.name, sp.title, sp.organization) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Harlow & Pike said the depot would close.", "Harlow & Pike"),
        ('"We are closed," Harlow & Pike said.', "Harlow & Pike"),
        ('"We are closed," said Harlow & Pike.', "Harlow & Pike"),
        ("Brill & Daughters, the builders, said the site was safe.", "Brill & Daughters"),
        ("A spokesman for Tern & Co said the offer stood.", "A spokesman for Tern & Co"),
        ("Ana Ruiz & Tom Lee said the vote was close.", "Ana Ruiz & Tom Lee"),
        ("Ana Ruiz and Tom Lee said the vote was close.", "Ana Ruiz and Tom Lee"),
    ],
)
def test_an_ampersand_joins_the_words_of_one_name(text: str, name: str) -> None:
    # ``Marks & Spencer said``: the whole firm speaks, not its last word.
    speakers = [q.attribution.speaker.name for q in lq.parse(text).quotes if q.attribution]
    assert speakers == [name]


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # an organization after the title, ending the sentence (South Asian wire style),
        # with a plural possessive or its acronym in parentheses
        ("said Sam Roe, general secretary, All India Bank Employees' Association.",
         "general secretary", "All India Bank Employees' Association"),
        ("said Sam Roe, president, Lakeside Nurses Union (LNU).", "president",
         "Lakeside Nurses Union"),
        ("said A. Rao, state president, CITU.", "state president", "CITU"),
        # an acronym in parentheses is no part of the organization's name
        ("said Ann Roe, president of the Lakeside Nurses Union (LNU).", "president",
         "Lakeside Nurses Union"),
    ],
)  # fmt: skip
def test_an_organization_closing_the_attribution(text: str, title: str, org: str) -> None:
    att = lq.parse_attribution(text)
    assert att is not None
    assert (att.speaker.title, att.speaker.organization) == (title, org)
