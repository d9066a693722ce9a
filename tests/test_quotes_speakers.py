"""Speaker phrases as the quotation pipeline reads them: names, titles, organizations,
appositions and groups (short invented examples)."""

from __future__ import annotations

import pytest

from quoting import marked, speaker_of

SPEAKERS = [
    # (text, name, title, organization, source as written)
    (
        '"It is a fair offer," said Rosa Kent, a member of Local 12.',
        "Rosa Kent",
        "member",
        "Local 12",
        "Rosa Kent, a member of Local 12",
    ),
    (
        '"It is a fair offer," said Dana Pike, staff writer for The Harbor Ledger.',
        "Dana Pike",
        "staff writer",
        "The Harbor Ledger",
        "Dana Pike, staff writer for The Harbor Ledger",
    ),
    (
        '"It is a fair offer," said union president Ana Ruiz.',
        "Ana Ruiz",
        "union president",
        None,
        "union president Ana Ruiz",
    ),
    (
        '"It is a fair offer," Sen. Mary Smith said.',
        "Mary Smith",
        "Sen.",
        None,
        "Sen. Mary Smith",
    ),
    (
        '"It is a fair offer," said Capt. John O\'Neill.',
        "John O'Neill",
        "Capt.",
        None,
        "Capt. John O'Neill",
    ),
    (
        '"It is a fair offer," said Ludwig van der Berg.',
        "Ludwig van der Berg",
        None,
        None,
        "Ludwig van der Berg",
    ),
    (
        '"It is a fair offer," said Martin L. King Jr.',
        "Martin L. King Jr.",
        None,
        None,
        "Martin L. King Jr.",
    ),
    (
        '"It is a fair offer," said Omar al-Rashid, a negotiator for the ministry.',
        "Omar al-Rashid",
        "negotiator",
        "the ministry",
        "Omar al-Rashid, a negotiator for the ministry",
    ),
    (
        '"It is a fair offer," said Dana Lee of the Council on Foreign Relations.',
        "Dana Lee",
        None,
        "Council on Foreign Relations",
        "Dana Lee of the Council on Foreign Relations",
    ),
    (
        '"It is a fair offer," Ana Ruiz, UAW president, said.',
        "Ana Ruiz",
        "president",
        "UAW",
        "Ana Ruiz, UAW president",
    ),
    (
        '"It is a fair offer," Ana Ruiz, who replaced Tom Bell in July, said.',
        "Ana Ruiz",
        None,
        None,
        "Ana Ruiz, who replaced Tom Bell in July",
    ),
]


@pytest.mark.parametrize(("text", "name", "title", "org", "source"), SPEAKERS)
def test_speakers(text: str, name: str, title: str | None, org: str | None, source: str) -> None:
    quotes = marked(text)
    assert len(quotes) == 1
    a = quotes[0].attribution
    assert a is not None
    assert a.speaker.name == name
    assert a.speaker.title == title
    assert a.speaker.organization == org
    assert a.speaker.role is None
    assert text[a.source_span.start : a.source_span.end] == source


GROUPS = [
    ('"The offer is final," the company said on its website.', "the company"),
    ('"We are ready to talk," the union said.', "the union"),
    ('"We are ready to talk," union officials said.', "union officials"),
    ('"We are ready to talk," studio executives said.', "studio executives"),
    ('"We are ready to talk," SAG-AFTRA leadership said.', "SAG-AFTRA leadership"),
    ('"We are ready to talk," said the Teamsters.', "the Teamsters"),
]


@pytest.mark.parametrize(("text", "name"), GROUPS)
def test_group_speakers(text: str, name: str) -> None:
    quotes = marked(text)
    a = quotes[0].attribution
    assert a is not None
    assert a.speaker.name == name
    assert a.speaker.is_group
    assert text[a.source_span.start : a.source_span.end] == name


CLEAN_NAMES = [
    # (text, speaker of the last quote): words of the clause are not part of a name
    ('But pollsters said the race "is still wide open for both of them."', "pollsters"),
    # a headline's question or run of capitals is no first name for ``Bell``
    (
        "Is Bell Finally Done With The Union?\n\nTom Bell spoke on Monday.\n\n"
        '"We are not done yet," Bell said.',
        "Tom Bell",
    ),
    (
        "Woman Reveals Stunning Thing Bell Did For Her\n\nTom Bell spoke on Monday.\n\n"
        '"He was kind to all of us," Bell said.',
        "Tom Bell",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), CLEAN_NAMES)
def test_clause_words_are_not_names(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


@pytest.mark.parametrize(
    ("phrase", "name"),
    [("But polls", "polls"), ("And Gallup", "Gallup"), ("McConnell says", "McConnell")],
)
def test_tidy_drops_clause_words(phrase: str, name: str) -> None:
    from laborquotes._attribution import speaker_forward

    text = f"{phrase} that"
    cand = speaker_forward(text, 0, len(phrase))
    assert cand is not None
    assert cand.name == name
    assert text[cand.start : cand.end] == name


LONG_OR_PASSIVE = [
    (
        '"We will win this," former city planning director Mary-Ann Osei wrote to the mayor.',
        "Mary-Ann Osei",
    ),
    ('"We will win this," said campaign finance director Ana Ruiz.', "Ana Ruiz"),
    # (text, speaker)
    (
        '"Nothing we do now would make a difference," Fred Kagan, director of the Threats '
        "Project at the hawkish Enterprise Institute in Washington, said in an interview.",
        "Fred Kagan",
    ),
    ('"Our method works where others fail," Braynard is quoted as saying.', "Braynard"),
    ('"We will strike until we win," Ana Ruiz was later quoted as saying.', "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), LONG_OR_PASSIVE)
def test_long_appositive_and_quoted_as_saying(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[0]) == speaker


PLURAL_GROUPS = [
    # a capitalized plural noun opening the sentence is a group, never a person
    'Critics said "the plan will cost the city millions."',
    '"The truck was going very fast down the road," Witnesses said.',
    'Parents told the board "the buses are always late."',
    '"We want the plant to stay open," Residents said on Monday.',
]


@pytest.mark.parametrize("text", PLURAL_GROUPS)
def test_capitalized_plural_is_a_group(text: str) -> None:
    a = marked(text)[0].attribution
    assert a is not None
    assert a.speaker.is_group


def test_quote_inside_appositive_relative() -> None:
    text = '"We have waited long enough," Ana Ruiz, who wore a "Local 7" cap, said on Monday.'
    a = marked(text)[0].attribution
    assert a is not None
    assert a.speaker.name == "Ana Ruiz"
    assert text[a.source_span.start : a.source_span.end].endswith("cap")


def test_quote_inside_appositive() -> None:
    text = '"We have waited long enough," Ana Ruiz, wearing a "Local 7" cap, said on Monday.'
    assert speaker_of(marked(text)[0]) == "Ana Ruiz"


DASHED = [
    # (text, speaker): an appositive set off by dashes (double hyphens, em or en dashes)
    (
        "A former union president -- Ana Ruiz, who led the 1998 strike -- said the offer "
        '"is the worst in thirty years."',
        "Ana Ruiz",
    ),
    (
        "A former union president \u2014 Ana Ruiz, who led the 1998 strike \u2014 said the "
        'offer "is the worst in thirty years."',
        "Ana Ruiz",
    ),
    ('"We have waited long enough," Ana Ruiz \u2014 the local president \u2014 said.', "Ana Ruiz"),
    ('"We have waited long enough," Ana Ruiz -- the local president -- said.', "Ana Ruiz"),
    ('"We have waited long enough," the head of the local -- Ana Ruiz -- said.', "Ana Ruiz"),
    ('Ana Ruiz -- who led the 1998 strike -- said "the offer is the worst yet."', "Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "speaker"), DASHED)
def test_dashed_appositives(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[0]) == speaker


def test_dash_appositive_subject() -> None:
    text = (
        "A former union president -- Ana Ruiz, who led the 1998 strike -- said the offer "
        '"is the worst in thirty years."'
    )
    assert speaker_of(marked(text)[0]) == "Ana Ruiz"


def test_phrase_cut_at_a_modifier_is_not_a_speaker() -> None:
    text = 'Omar Diaz spoke. A newly released ad calls it "a plan we can all get behind."'
    quotes = marked(text)
    assert len(quotes) == 1
    assert speaker_of(quotes[0]) != "A newly"


OPENING_CONJUNCTIONS = [
    # (text, name, title, organization, source as written): a conjunction opening the
    # sentence is no part of the speaker's title, and a lone modifier (``then``,
    # ``former``) is no title
    (
        "But union president Ana Ruiz said the offer was too low.",
        "Ana Ruiz",
        "union president",
        None,
        "union president Ana Ruiz",
    ),
    (
        "And Unite regional secretary Tom Lee said the offer was too low.",
        "Tom Lee",
        "regional secretary",
        "Unite",
        "Unite regional secretary Tom Lee",
    ),
    (
        "Yet hospital managers said the offer was fair.",
        "hospital managers",
        None,
        None,
        "hospital managers",
    ),
    ("And then Ana Ruiz said the offer was too low.", "Ana Ruiz", None, None, "then Ana Ruiz"),
]


@pytest.mark.parametrize(("text", "name", "title", "org", "source"), OPENING_CONJUNCTIONS)
def test_an_opening_conjunction_is_no_part_of_the_speaker(
    text: str, name: str, title: str | None, org: str | None, source: str
) -> None:
    import laborquotes as lq

    [quote] = lq.parse(text).quotes
    a = quote.attribution
    assert a is not None
    assert (a.speaker.name, a.speaker.title, a.speaker.organization) == (name, title, org)
    assert text[a.source_span.start : a.source_span.end] == source


OWNED_SPEECH = [
    # (text, speaker of the last quote): a noun of speech before a colon or a comma
    # names its owner as the speaker, not itself
    ('The company\'s response: "We do not comment on rumours."', "The company"),
    ('Lise Dahl chairs the board. Her reply was short: "Not a chance."', "Lise Dahl"),
    ('Tom Reyes\' response was brief: "We will see what the board does."', "Tom Reyes"),
    ('Pete Yarrow resigned on Monday. In his own words: "I made a mistake."', "Pete Yarrow"),
    ('Ruiz\'s verdict: "It is a disgrace to the whole town."', "Ruiz"),
    ('In the words of Lise Dahl, "We are not done yet with this board."', "Lise Dahl"),
    ('To quote Tom Reyes, "We are not done yet with this board."', "Tom Reyes"),
]


@pytest.mark.parametrize(("text", "speaker"), OWNED_SPEECH)
def test_the_owner_of_a_noun_of_speech_is_the_speaker(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an indefinite pronoun with where the person is: the whole phrase speaks, not
        # the place after its preposition
        (
            'Someone in the back of the hall shouted, "Shame on you!"',
            "Someone in the back of the hall",
        ),
        ('Someone from the union said, "We will strike on Monday."', "Someone from the union"),
        ('Everybody at the depot said, "The rota is unfair."', "Everybody at the depot"),
    ],
)
def test_an_indefinite_person_with_a_place_is_the_speaker(text: str, speaker: str) -> None:
    quote = marked(text)[-1]
    assert speaker_of(quote) == speaker
    assert quote.attribution is not None
    assert quote.attribution.speaker.title is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("CUPE Local 79 said members would strike on Monday.", "CUPE Local 79"),
        (
            "Unifor Local 444, which represents 5,000 workers, said the plant would close.",
            "Unifor Local 444",
        ),
        ("Teamsters Local 120 said the vote was clear.", "Teamsters Local 120"),
    ],
)
def test_a_numbered_unit_keeps_its_number_in_the_organization(text: str, org: str) -> None:
    import laborquotes as lq

    [quote] = lq.parse(text).quotes
    assert quote.attribution is not None
    assert quote.attribution.speaker.organization == org
