"""House styles and short quotations: invented cases, one pattern per table."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from laborquotes import QuoteKind, extract_quotes

# --------------------------------------------------------------------------- short quotes

SHORT_QUOTES = [
    ('"No," he said.', "No,", "he"),
    ('"Hello," said Smith.', "Hello,", "Smith"),
    ('"Absolutely," Smith said.', "Absolutely,", "Smith"),
    ('"Why?" asked Ruiz.', "Why?", "Ruiz"),
    ('The vote ended. "Never again," she said.', "Never again,", "she"),
    ('"Not yet," said Dana Okafor, the branch secretary.', "Not yet,", "Dana Okafor"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SHORT_QUOTES)
def test_short_quote_with_its_own_cue(text: str, words: str, speaker: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == [words]
    q = quotes[0]
    assert q.kind is QuoteKind.DIRECT
    assert text[q.span.start : q.span.end] == q.text
    assert q.attribution is not None
    assert q.attribution.speaker.name == speaker


SCARE_QUOTES = [
    'Workers were "angry," he said.',
    'The "reform" was shelved, officials said.',
    'Critics call it a "fix" for the rota.',
    'She reads "Hard Times" every winter.',
    # a name someone gave a thing, after its object (title case, an article allowed)
    'Critics have dubbed the plan "the Big Squeeze".',
    'Locals nicknamed the old depot "Fort Grim".',
]


@pytest.mark.parametrize("text", SCARE_QUOTES)
def test_scare_quotes_stay_out(text: str) -> None:
    assert [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT] == []


#: A quotation, then the reporter's sentence of speech withheld: no cue for it.
WITHHELD = [
    '"We walk out on Monday." The firm declined to comment.',
    '"We walk out on Monday." Managers made no comment.',
    '"We walk out on Monday." The board was unable to say more.',
    '"We walk out on Monday." The council refused to comment on pay.',
]


@pytest.mark.parametrize("text", WITHHELD)
def test_speech_withheld_after_a_quotation_is_no_cue(text: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["We walk out on Monday."]
    assert quotes[0].attribution is None


def test_a_carried_infinitive_is_still_a_cue() -> None:
    (q,) = extract_quotes('"We will win," Ruiz went on to say.')
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.cue) == ("Ruiz", "say")


# --------------------------------------------------------------------------- single marks

SINGLE_MARKS = [
    ("'We will not be bullied,' he said.", ["We will not be bullied,"], "he"),
    ("'No,' he said.", ["No,"], "he"),
    ("'We will win', said Ana Ruiz.", ["We will win"], "Ana Ruiz"),
    ("Ana Ruiz said: 'We will not go back.'", ["We will not go back."], "Ana Ruiz"),
    ("\u2018Pay us properly,\u2019 said Tom Hale.", ["Pay us properly,"], "Tom Hale"),
    ("'The porters' rota is a joke,' she said.", ["The porters' rota is a joke,"], "she"),
    ("'Why now?' asked Jo Bell.", ["Why now?"], "Jo Bell"),
    # nested double marks inside single ones
    (
        "'He told me \"never again\" and meant it,' said Jo Bell.",
        ['He told me "never again" and meant it,'],
        "Jo Bell",
    ),
    # a second sentence in single marks after the cue
    ("'We will win,' she said. 'We always do.'", ["We will win,", "We always do."], "she"),
    # ... and one that closes a double-marked quotation inside it
    (
        "'We will win,' she said. 'I told the board, \"Come back to the table.\"'",
        ["We will win,", 'I told the board, "Come back to the table."'],
        "she",
    ),
    # a speaker's next paragraph, wholly in single marks
    (
        "'It is over,' she said.\n\n'We don't give up. We never have.'",
        ["It is over,", "We don't give up. We never have."],
        "she",
    ),
    # a quotation over two paragraphs, introduced by its cue and a colon: the first
    # paragraph closes no mark
    (
        "'We are out,' said Jo Bell.\n\nJo Bell said: 'We have waited long enough. The "
        "board will not listen.\n\n'We tried everything, but enough is enough.'",
        [
            "We are out,",
            "We have waited long enough. The board will not listen.",
            "We tried everything, but enough is enough.",
        ],
        "Jo Bell",
    ),
    # ... as the text's only quotation, its last paragraph closing the mark and the
    # reporter's words going on after it (paragraphs run together)
    (
        "Jo Bell, the convenor, said: 'We have had enough. Nobody listens.\n'We walk out "
        "on Monday.' The firm made no comment.",
        ["We have had enough. Nobody listens.", "We walk out on Monday."],
        "Jo Bell",
    ),
    # ... over three paragraphs, blank lines between them
    (
        "Jo Bell said: 'We waited three years.\n\n'Then the letters came.\n\n'Now we "
        "are out.'\n\nThe firm made no comment.",
        ["We waited three years.", "Then the letters came.", "Now we are out."],
        "Jo Bell",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), SINGLE_MARKS)
def test_single_quotation_marks(text: str, words: list[str], speaker: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == words
    for q in quotes:
        assert q.kind is QuoteKind.DIRECT
        assert text[q.span.start : q.span.end] == q.text
        assert q.attribution is not None
        assert q.attribution.speaker.name == speaker


#: Words in single marks inside the reporter's sentence, in copy that quotes with single
#: marks: partial quotations, as with double marks (a lone word stays a scare quote).
SINGLE_INLINE = [
    (
        "'We will strike,' she said. Ms Ruiz said the offer was 'an insult to every nurse'.",
        "an insult to every nurse",
    ),
    (
        "'It is over,' said Tom Hale. He said the depot had been 'run into the ground'.",
        "run into the ground",
    ),
    ("'No,' she said. The deal was 'a total disgrace', Ana Ruiz said.", "a total disgrace"),
    # words in single marks the sentence goes on after
    (
        "'We will not be moved,' said Tom Hale. He added that the union had been given "
        "'no real answers' on pay.",
        "no real answers",
    ),
    (
        "'It is over,' she said. Ms Ruiz said the workers' union would 'fight on' regardless.",
        "fight on",
    ),
]


@pytest.mark.parametrize(("text", "words"), SINGLE_INLINE)
def test_single_marks_inside_a_sentence(text: str, words: str) -> None:
    quotes = extract_quotes(text)
    partial = [q for q in quotes if q.kind is QuoteKind.PARTIAL]
    assert [q.text for q in partial] == [words]
    assert text[partial[0].span.start : partial[0].span.end] == words
    assert partial[0].attribution is not None


def test_two_inline_single_pairs_are_not_one() -> None:
    text = "'No,' she said. The board was 'baffled' and told them to 'think again'."
    quotes = extract_quotes(text)
    assert all("' and" not in q.text for q in quotes)


APOSTROPHES = [
    "The workers' union will meet on Friday.",
    "They played rock 'n' roll until the '90s ended.",
    "Don't count on the nurses' vote, she wrote in the 'blue' memo.",
    "'Tis the season for the miners' gala.",
    # inside a double-marked quotation, single marks are nested, not quotations
    "\"He called it 'theft,' and walked out,\" she said.",
    # imagined speech
    "If you tell people, 'Go home!' they will.",
    # a title in single marks in a headline-like line, no cue
    "Union slams 'insulting' pay offer",
]


@pytest.mark.parametrize(
    "text",
    [
        "'It is over,' she said. The workers' union backed her.",
        "'It is over,' she said. Rock 'n' roll fans were 'upset' about it.",
        "'It is over,' she said. The miners' and the nurses' unions met.",
    ],
)
def test_apostrophes_in_copy_that_quotes_with_single_marks(text: str) -> None:
    # a possessive, a lone word before a word and a contraction quote nothing
    assert [q.text for q in extract_quotes(text)] == ["It is over,"]


@pytest.mark.parametrize("text", APOSTROPHES)
def test_apostrophes_are_not_marks(text: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert all(q.text[:1] not in "'\u2018" for q in quotes)
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes)
    singles = [q for q in quotes if text[q.span.start - 1] in "'\u2018"]
    assert singles == []


_PIECES = st.sampled_from(
    ["'", "\u2018", "\u2019", '"', "We", " win", ",", ".", " she said", ": ", "\n\n", "s'", " 'n'"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_single_mark_spans_slice_back(text: str) -> None:
    for q in extract_quotes(text):
        assert text[q.span.start : q.span.end] == q.text


# --------------------------------------------------------------------------- cues in the middle

MID_CUES = [
    ('"The offer," she said, "is an insult."', ["The offer,", "is an insult."], "she"),
    ('"Frankly," he says, "nobody expected it."', ["Frankly,", "nobody expected it."], "he"),
    (
        '"We are tired," said Ana Ruiz, the local president, "and we will not go back."',
        ["We are tired,", "and we will not go back."],
        "Ana Ruiz",
    ),
    ("'The offer,' she said, 'is an insult.'", ["The offer,", "is an insult."], "she"),
]


@pytest.mark.parametrize(("text", "words", "speaker"), MID_CUES)
def test_cue_between_two_direct_parts(text: str, words: list[str], speaker: str) -> None:
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == words
    for q in quotes:
        assert q.kind is QuoteKind.DIRECT
        assert q.attribution is not None
        assert q.attribution.speaker.name == speaker


def test_cue_inside_reported_speech() -> None:
    text = "The plan, she argued, was doomed from the start."
    quotes = extract_quotes(text)
    assert [q.kind for q in quotes] == [QuoteKind.INDIRECT]
    # the reported clause keeps its subject before the cue (the cue inside the span:
    # a span has no gap)
    assert quotes[0].text == "The plan, she argued, was doomed from the start"
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.name == "she"


#: (text, the words of the single-marked quotations): copy that quotes with single marks
#: in one paragraph and has a double-marked phrase in another.
MIXED_MARKS = [
    ('Union boss Jo Bell said pay was "shocking".\n\nShe added: \'Our members are heroes.\'',
     ["Our members are heroes."]),
    ('Jo Bell called the offer "an insult".\n\n\'We will not back down,\' said Ana Ruiz.',
     ["We will not back down,"]),
    # the single-marked paragraph first, then the double-marked phrase
    ('\'We will win,\' Jo Hart said.\n\nMr Bell said ministers had "lost the plot".',
     ["We will win,"]),
    # a sentence after the cue, and the rest of a quotation after its cue
    ('\'I earn little,\' she said. \'I am not greedy.\'\n\nMr Bell said pay was "shocking".',
     ["I earn little,", "I am not greedy."]),
    ('\'We were let down,\' said Jo Hart, \'and we will not take it.\'\n\nMr Bell said pay was "shocking".',
     ["We were let down,", "and we will not take it."]),
    # a headline's name and colon alone is no cue in such copy
    ('Jo Bell: \'We Will Win\'\n\nJo Bell called the offer "an insult".', []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words"), MIXED_MARKS)
def test_single_marks_beside_double_marks(text: str, words: list[str]) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind is QuoteKind.DIRECT]
    assert [q.text for q in quotes] == words
