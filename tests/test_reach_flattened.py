"""Quotations in copy whose paragraph breaks were lost, and in hard-wrapped copy.

A quotation that runs over several paragraphs leaves each paragraph but the last
unclosed; when the breaks are lost, the next paragraph's opening mark follows the
previous sentence on the same line. Each article below is invented; joined with blank
lines and joined with one space, it must give the same quotations and speakers.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import QuoteKind, extract_quotes
from quoting import speaker_of

L, R = "\u201c", "\u201d"

#: Invented articles, one paragraph an item; each has a quotation over paragraphs.
ARTICLES = {
    "attribution in the first paragraph, curly marks": [
        "MILLBROOK -- Nurses at Riverside General voted on Monday to walk out next week.",
        f"{L}We have asked for safe staffing for three years,{R} said Ana Ruiz, president "
        f"of the Millbrook Nurses Association. {L}The wards are short every single night.",
        f"{L}Nobody on this floor wants a strike. We want to look after our patients.",
        f"{L}But we have run out of patience with the board.{R}",
        "The hospital's chief executive, Tom Bell, said the offer on the table was fair.",
        f"{L}We have made our best offer,{R} Bell said. {L}It is time to sign it.{R}",
    ],
    "straight marks": [
        "Dock workers in Port Alder stayed out for a third day on Friday.",
        '"We are not going back for a promise on paper," said Kofi Mensah, a crane '
        'driver. "The cranes have not moved since Tuesday.',
        '"Ships are waiting in the bay, and the owners know it."',
        'The port authority said talks would resume. "We want a deal," said Jan Vos.',
    ],
    "three paragraphs, a colon introduction": [
        "At the rally, Priya Nair of the teachers' union said:",
        f"{L}Class sizes have doubled in ten years. Our members are exhausted.",
        f"{L}Parents see it too. They write to us every week.",
        f"{L}We will ballot in the spring if nothing changes.{R}",
        f"The education board did not reply. {L}We are listening,{R} a spokesman said later.",
    ],
}


def _quotes(text: str) -> list[tuple[str, QuoteKind, str | None]]:
    return [(q.text, q.kind, speaker_of(q)) for q in extract_quotes(text)]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_flattened_article_gives_the_same_quotes(name: str) -> None:
    paragraphs = ARTICLES[name]
    kept = _quotes("\n\n".join(paragraphs))
    flat_text = " ".join(paragraphs)
    flat = _quotes(flat_text)
    assert flat == kept
    for q in extract_quotes(flat_text):
        assert flat_text[q.span.start : q.span.end] == q.text


def test_flattened_pieces_are_each_a_quotation() -> None:
    text = " ".join(ARTICLES["attribution in the first paragraph, curly marks"])
    texts = [q.text for q in extract_quotes(text) if q.kind is QuoteKind.DIRECT]
    assert texts[:4] == [
        "We have asked for safe staffing for three years,",
        "The wards are short every single night.",
        "Nobody on this floor wants a strike. We want to look after our patients.",
        "But we have run out of patience with the board.",
    ]


#: Attribution in the last paragraph of a quotation over paragraphs.
CUE_LAST = [
    "Dock workers in Port Alder stayed out for a third day on Friday.",
    '"The cranes have not moved since Tuesday. Ships are waiting in the bay.',
    '"We are not going back for a promise on paper," said Kofi Mensah, a crane driver.',
]
CUE_LAST_SPEAKERS = ["Kofi Mensah", "Kofi Mensah"]


def test_flattened_quotation_with_its_cue_last() -> None:
    quotes = [q for q in extract_quotes(" ".join(CUE_LAST)) if q.kind is QuoteKind.DIRECT]
    assert [speaker_of(q) for q in quotes] == CUE_LAST_SPEAKERS


def test_quotation_over_paragraphs_with_its_cue_last() -> None:
    quotes = [q for q in extract_quotes("\n\n".join(CUE_LAST)) if q.kind is QuoteKind.DIRECT]
    assert [speaker_of(q) for q in quotes] == CUE_LAST_SPEAKERS


FLATTENED = [
    # (text, [(quotation, speaker)])
    (
        f"{L}The pay offer is an insult. {L}We will strike on Monday,{R} said Jo Bell. "
        f"Later, Sam Ortiz said: {L}We disagree.{R}",
        [
            ("The pay offer is an insult.", "Jo Bell"),
            ("We will strike on Monday,", "Jo Bell"),
            ("We disagree.", "Sam Ortiz"),
        ],
    ),
    (
        '"The pay offer is an insult. "We will strike on Monday," said Jo Bell. '
        'Later, Sam Ortiz said: "We disagree."',
        [
            ("The pay offer is an insult.", "Jo Bell"),
            ("We will strike on Monday,", "Jo Bell"),
            ("We disagree.", "Sam Ortiz"),
        ],
    ),
    (
        f"Ana Ruiz said: {L}We asked twice. {L}Were we heard? {L}No.{R} "
        f"Sam Ortiz replied: {L}They were.{R}",
        [
            ("We asked twice.", "Ana Ruiz"),
            ("Were we heard?", "Ana Ruiz"),
            ("No.", "Ana Ruiz"),
            ("They were.", "Sam Ortiz"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FLATTENED)
def test_an_opening_mark_at_a_sentence_start_continues(
    text: str, expected: list[tuple[str, str]]
) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [(q.text, speaker_of(q)) for q in quotes] == expected


NOT_A_CONTINUATION = [
    # a lower-case word after the mark: not a sentence start
    ('"We will go. "soon" is the word," said Jo Bell.', "We will go."),
]


@pytest.mark.parametrize(("text", "first"), NOT_A_CONTINUATION)
def test_other_marks_are_not_continuations(text: str, first: str) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert quotes
    assert quotes[0].text.startswith(first)


# --------------------------------------------------------------------------- hard wraps

HARD_WRAPPED = [
    ('"We asked the NHS\nfor safe wards," she said.', "We asked the NHS\nfor safe wards,", "she"),
    ('"We want 5\npercent this year," she said.', "We want 5\npercent this year,", "she"),
    ('"We will not\ngo back," she said.', "We will not\ngo back,", "she"),
    ('"We will not\r\ngo back," she said.', "We will not\r\ngo back,", "she"),
    (
        "Nurses met on Monday.\n"
        '"The offer does nothing for the night shift,\nand nothing for the wards," '
        "said Ana Ruiz.",
        "The offer does nothing for the night shift,\nand nothing for the wards,",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), HARD_WRAPPED)
def test_a_line_break_inside_a_quotation_does_not_end_it(
    text: str, words: str, speaker: str
) -> None:
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [(q.text, speaker_of(q)) for q in quotes] == [(words, speaker)]


def test_a_line_break_before_a_capital_still_ends_the_paragraph() -> None:
    text = 'Nurses vote to strike\nWards close on Monday, the union said.\n"Enough," said Jo Bell.'
    quotes = extract_quotes(text)
    assert [q.text for q in quotes] == ["Wards close on Monday", "Enough,"]


#: (text, the reported clause or quotation, its speaker): a hard wrap inside a sentence
#: outside any quotation, before a lower-case word, does not end the paragraph.
WRAPPED_SENTENCES = [
    ("The union said the\noffer was too low.", "the\noffer was too low", "The union"),
    ("Ana Ruiz said the offer was an\ninsult to nurses.", "the offer was an\ninsult to nurses", "Ana Ruiz"),
    ("Ana Ruiz said\nthe offer was too low.", "the offer was too low", "Ana Ruiz"),
    ('"This is not about money,"\nsaid Ana Ruiz.', "This is not about money,", "Ana Ruiz"),
    ('"This is not about money,"\r\nsaid Ana Ruiz.', "This is not about money,", "Ana Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "speaker"), WRAPPED_SENTENCES)
def test_a_hard_wrap_outside_a_quotation_does_not_end_the_sentence(
    text: str, words: str, speaker: str
) -> None:
    assert [(q.text, speaker_of(q)) for q in extract_quotes(text)] == [(words, speaker)]


# --------------------------------------------------------------------------- property

_SENTENCES = st.sampled_from(
    [
        "The wards are short every night.",
        "Nobody wants a strike.",
        "We have waited three years.",
        "Is that too much to ask?",
        "It is time for the board to listen.",
    ]
)


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(_SENTENCES, min_size=2, max_size=5), curly=st.booleans())
def test_any_flattened_quotation_keeps_every_piece(pieces: list[str], curly: bool) -> None:
    o, c = (L, R) if curly else ('"', '"')
    body = " ".join(f"{o}{p}" for p in pieces[:-1])
    text = f"Ana Ruiz spoke first. {body} {o}{pieces[-1].rstrip('.?')},{c} said Ana Ruiz."
    quotes = [q for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]
    assert [q.text for q in quotes] == [*pieces[:-1], pieces[-1].rstrip(".?") + ","]
    assert all(text[q.span.start : q.span.end] == q.text for q in quotes)
    assert {speaker_of(q) for q in quotes} == {"Ana Ruiz"}
