"""Which cue speaks each quotation (``_attach``): its own (after it, a closing ``..., she
said.``, a paragraph that signs it, before it, a possessor) or a neighbour's (the
paragraph's, a colon introduction, the paragraph before). Short invented examples."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes
from laborquotes import _attach as A
from quoting import marked, source_of, speaker_of

#: (text, the speaker of each quotation in marks, in order; ``None``: no speaker)
SPEAKER_OF_EACH: list[tuple[str, list[str | None]]] = [
    # a split quotation has one speaker
    (
        'Ana Ruiz spoke at the rally. "We are tired," she said, "and we are not going back." '
        "Ana Ruiz leads the local.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    # a paragraph that ends with a colon introduces the next one
    ("Ana Ruiz, president of Local 7, said:\n\n“We will not accept this contract.”", ["Ana Ruiz"]),
    # a paragraph that is a quotation floats to the speaker before
    (
        '"We will strike on Monday," said Ana Ruiz, president of Local 7.\n\n'
        '"Nobody wants this, but the company left us no choice."\n\n'
        "The company did not comment.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    (
        "Ana Ruiz said the union would not accept the offer.\n\n"
        '"It is an insult to every worker in this plant."',
        ["Ana Ruiz"],
    ),
    # ... but not to a paragraph without a speaker
    ('The plant opened in 1952.\n\nIt employs 900 people.\n\n"Happy Birthday"', [None]),
    # a dash after a fragment of the reporter's sentence signs the item, not the words
    (
        'Ana Ruiz said the local was "still the strongest force in the state."--Kim Lee.',
        ["Ana Ruiz"],
    ),
    # a paragraph that signs the quotation before it
    ('The vote ended late.\n\n"We won this fight."\n\n- Ana Ruiz, after the vote.', ["Ana Ruiz"]),
    ('"We won this fight."\n\n— Omar Diaz, Local 7 president', ["Omar Diaz"]),
    (
        'The vote was close.\n\n"We will fight this to the end."\n\nAna Ruiz said.\n\nMore.',
        ["Ana Ruiz"],
    ),
    (
        'It ended.\n\n"We start again on Monday."\n\nsaid Omar Diaz, a nurse.\n\nMore.',
        ["Omar Diaz"],
    ),
    # ... but not a long one, which says something of its own
    (
        'The vote was close.\n\n"We will fight this to the end."\n\n'
        "Ana Ruiz said the board would meet again in the spring to look at the budget.\n",
        [None],
    ),
    # a sentence that runs on past the quotation and ends with its attribution
    (
        "Ana Ruiz spoke first. “I held and hugged” the families before laying flowers at the "
        "memorial for the victims, Omar Diaz said. Police left.",
        ["Omar Diaz"],
    ),
    (
        'Ana Ruiz spoke first. "We are horrified" by the attack on the club that drew '
        "attention from the whole city, the union said. Police left.",
        ["the union"],
    ),
    # a group after a dash signs the quotation
    ('Omar Diaz spoke. "We will be back next year." — the union, in a statement.', ["the union"]),
    ('Omar Diaz spoke. "We will be back next year." — the nurses union.', ["the nurses union"]),
    # the next sentence signs a quotation only when it says nothing of its own
    ('The hall was full. "We will not give up." Ana Ruiz said. Then she left.', ["Ana Ruiz"]),
    (
        '"It shows a lack of character," Ana Ruiz said. "It is sad." '
        'Omar Diaz said both men are "out of their depth in the Senate."',
        ["Ana Ruiz", "Ana Ruiz", "Omar Diaz"],
    ),
    (
        '"This is sad," Ana Ruiz said. "It has no place here." Omar Diaz said he would have '
        "fired him.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    (
        '"This is sad," Ana Ruiz said. "It has no place here." Omar Diaz said that the talks '
        "had failed.",
        ["Ana Ruiz", "Ana Ruiz"],
    ),
    # a cue that ends in a colon introduces the words after it, not the ones before it
    (
        'After Omar Diaz said the night shift would do better with "fewer hours on the '
        'line," Ana Ruiz said: "We will not accept that."',
        ["Omar Diaz", "Ana Ruiz"],
    ),
    ('"We won the vote." Ana Ruiz said: "Now we rest."', ["Ana Ruiz", "Ana Ruiz"]),
    # a surname that is also a common word names the person named in full before
    (
        'Theresa May met Tom Lee in Leeds. Lee spoke first. "We will deliver," May said. '
        '"It is our duty."',
        ["Theresa May", "Theresa May"],
    ),
    # a sentence that opens with ``As X put it,`` reports X's words
    (
        "Tom Lee spoke. As columnist Ana Ruiz puts it, the mayor is making the union "
        '"an offer it cannot refuse."',
        ["Ana Ruiz"],
    ),
    # the answer to a question is the person asked, not the one who asked
    (
        "Last month, the Daily Post's Tom Lee asked Omar Diaz whether the strike would "
        'last.\n\n"It will last as long as it takes," he said.',
        ["Omar Diaz"],
    ),
    (
        "Ana Ruiz spoke first. Tom Lee asked Omar Diaz whether the strike would last.\n\n"
        '"It will last as long as it takes," he said.',
        ["Omar Diaz"],
    ),
    # the clause that ends in the colon introduces the quotation after it
    ('Pollsters agree - Ana Ruiz: "Keep calling voters as late as you can."', ["Ana Ruiz"]),
    (
        "Tom Lee praised the plan, but Ana Ruiz paid the manager a compliment: "
        '"He listened to us."',
        ["Ana Ruiz"],
    ),
    ('Ana Ruiz said the talks failed - and then added: "We will strike."', ["Ana Ruiz"]),
    # ... but a colon in a title after the name is no introduction
    (
        '"It is a vanity project," says Omar Diaz, author of Union Town: A History. '
        '"Who asked for it?"',
        ["Omar Diaz", "Omar Diaz"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), SPEAKER_OF_EACH)
def test_speaker_of_each_quotation(text: str, speakers: list[str | None]) -> None:
    assert [speaker_of(q) for q in marked(text)] == speakers


#: (text, a name the only or last quotation in marks must NOT be given)
NOT_THE_SPEAKER = [
    # a dash paragraph signs only a quotation that ends its paragraph
    ('"We won this fight." The crowd cheered.\n\n- Ana Ruiz, after the vote.', "Ana Ruiz"),
    # a possessive of a thing names no speaker
    ('The Senate\'s response to the bill was "a shrug and a vote."', "The"),
    # a sentence that ends with a clause of its own is no attribution
    (
        'Ana Ruiz spoke first. "We are horrified" by the attack on the club, and Omar Diaz '
        "left the hall. Police left.",
        "Omar Diaz",
    ),
    # a group after a dash with a verb of its own is the subject of that verb
    (
        'When Ana Ruiz finished — "We will hold the line, and we will get the deal!" — the '
        "crowd cheered.",
        "the crowd",
    ),
    # a quotation in the reporter's own sentence does not float to the last speaker; nor
    # is ``The offer`` (an agent-like noun that is no title) a person
    (
        "“We will not sign,” said Ana Ruiz, president of Local 7.\n\n"
        "The offer was called “a pay cut in disguise” in a flyer handed out on Monday.",
        "Ana Ruiz",
    ),
    # a speech noun the quotation describes does not name its speaker
    ('Ana Ruiz called Omar Diaz\'s remarks "a disgrace to the union."', "Omar Diaz"),
    (
        "Ana Ruiz shrugged off Omar Diaz's comments, telling reporters, \"Nobody asked him "
        'for anything."',
        "Omar Diaz",
    ),
]


@pytest.mark.parametrize(("text", "name"), NOT_THE_SPEAKER)
def test_not_the_speaker(text: str, name: str) -> None:
    quotes = marked(text)
    assert quotes
    assert speaker_of(quotes[-1]) != name


#: (text, speaker, cue): a person's words named with a speech noun, no reporting verb
POSSESSORS = [
    (
        'Ana Ruiz’s catch phrase in that race was that Diaz "would say anything to win."',
        "Ana Ruiz",
        "phrase",
    ),
    (
        'Omar Diaz\'s accusation that the board is "cooking the books" angered them.',
        "Omar Diaz",
        "accusation",
    ),
    (
        'It is the draw of Omar Diaz\'s "every worker gets a raise this year" promise.',
        "Omar Diaz",
        "promise",
    ),
    ("They discussed Ana Ruiz’s “woman’s card for sure” remark.", "Ana Ruiz", "remark"),
    # the possessor of the speech noun that introduces the words beats the sentence's
    # subject and a verb before the noun; a possessive pronoun means the person named
    # before it in its sentence
    (
        "Tom Lee spoke first. Maria Lopez, a nurse, stirred anger over her remark that "
        '"nobody reads the contract anyway."',
        "Maria Lopez",
        "remark",
    ),
    (
        "Omar Diaz leads the union. His standing rose after the strike and his call for "
        '"a fair and final offer" to nurses.',
        "Omar Diaz",
        "call",
    ),
    (
        "Ana Ruiz spoke first. As the talks went on and Omar Diaz stood by his claim that "
        '"the fund is safe," the nurses walked out.',
        "Omar Diaz",
        "claim",
    ),
    ('Ana Ruiz mocked Omar Diaz\'s claim that "the pension fund is safe."', "Omar Diaz", "claim"),
]


@pytest.mark.parametrize(("text", "speaker", "cue"), POSSESSORS)
def test_possessor_and_speech_noun_name_the_speaker(text: str, speaker: str, cue: str) -> None:
    quotes = marked(text)
    assert len(quotes) == 1
    a = quotes[0].attribution
    assert a is not None
    assert (a.speaker.name, a.cue) == (speaker, cue)


def test_split_quotation_shares_one_attribution() -> None:
    text = 'Ana Ruiz spoke. "We are tired," she said, "and we are not going back."'
    quotes = marked(text)
    assert [q.text for q in quotes] == ["We are tired,", "and we are not going back."]
    assert quotes[0].attribution == quotes[1].attribution
    assert source_of(text, quotes[0]) == "she"


_POSSESSIVE_PIECES = st.sampled_from(
    [
        "Ana Ruiz's ",
        "Ruiz’s ",
        "her ",
        "Their ",
        "his ",
        "rallying ",
        "long-time ",
        "remark",
        "remarks ",
        "call",
        "words",
        "vow ",
        "reply",
        "call-in ",
        " ",
        "  ",
        "\n",
        "\u00a0",
        ",",
        "'",
        "s",
        "x",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_POSSESSIVE_PIECES, max_size=20).map("".join))
def test_the_speech_noun_test_passes_wherever_the_possessive_pattern_matches(text: str) -> None:
    # (the cheap test before the pattern in ``_possessive_speech`` drops no match)
    for lo in range(0, len(text) + 1, 7):
        if A._possessive_re().search(text, lo) is not None:
            assert A._speech_noun_hit_re().search(text, lo) is not None


@pytest.mark.parametrize(
    "text",
    [
        'Tom Reyes said "We will win this one!" as the managers walked out.',
        'Tom Reyes shouted, "We will win this one!" as the managers left the hall.',
    ],
)
def test_a_clause_after_a_quotation_its_verb_opens_is_no_cue(text: str) -> None:
    assert speaker_of(marked(text)[0]) == "Tom Reyes"


#: A body or a title after an inverted verb, with a word before its noun that no table
#: knows as a modifier (``rail``, ``transit``, ``two``): the phrase runs to the noun.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"We walk out at dawn," said the ferry union.', "the ferry union"),
        ('"We walk out at dawn," said the tram operator on Friday.', "the tram operator"),
        ('"We walk out at dawn," said the two unions.', "the two unions"),
        ('"We walk out at dawn," said the bus drivers\' union.', "the bus drivers' union"),
        ('"We walk out at dawn," said the ferry union\'s leader.', "the ferry union's leader"),
        ("Services will stop at dawn, say the ferry unions.", "the ferry unions"),
    ],
)
def test_a_noun_phrase_after_an_inverted_verb_runs_to_its_noun(text: str, speaker: str) -> None:
    quotes = [q for q in laborquotes.parse(text).quotes if q.attribution is not None]
    assert [q.attribution.speaker.name for q in quotes] == [speaker]  # type: ignore[union-attr]
