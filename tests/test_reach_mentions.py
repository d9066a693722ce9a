"""Words in quotation marks that are nobody's speech: names, titles, scare quotes, markup.

They are left out of the quotations (no ``mention`` kind: see docs/accuracy.md), but
the quotations around them are still found. Every case is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import QuoteKind, extract_quotes


def _marked(text: str) -> list[str]:
    return [q.text for q in extract_quotes(text) if q.kind is not QuoteKind.INDIRECT]


NOT_SPEECH = [
    # a term set off as a name
    'The so-called "right to work" law passed in March.',
    'Ministers backed the so called "fair rota" scheme.',
    'The new shift, known as "the graveyard run," starts at two.',
    'He was dubbed "the Iron Chancellor" by aides.',
    'The driver, aka "Big Lou", kept the picket going.',
    # a name written as a title after a naming verb
    'The plan, branded "Fair Pay Now" by organisers, began in May.',
    'A tour billed as "Hard Hats for Nurses" opened in Leeds.',
    'The fund, renamed "Strike Relief Trust" last year, pays out weekly.',
    'The walkout was labelled "Operation Slow Lane" by the drivers.',
    # titles of works and campaigns
    'The hospital launched its "Safe Wards First" campaign in May.',
    'Viewers of "Strike Night Live" saw the vote.',
    # scare quotes: a word or two, no reporting verb before them
    'Critics call the rota a "fix" for the summer.',
    'A tax rule termed an "inversion" lets firms move abroad.',
]


@pytest.mark.parametrize("text", NOT_SPEECH)
def test_names_and_titles_in_marks_are_not_quotations(text: str) -> None:
    assert _marked(text) == []


MARKUP = [
    ('Text class="story-body" more. "We will strike," she said.', ["We will strike,"]),
    (
        '<p style="font-weight: bold; color: red">"We will strike on Monday," she said.</p>',
        ["We will strike on Monday,"],
    ),
    (
        '<a href="http://example.com/strike/vote-tonight">Vote</a> "We are ready," he said.',
        ["We are ready,"],
    ),
    ('<div data-note = "a long note about the strike vote">x</div>', []),
]


@pytest.mark.parametrize(("text", "quotes"), MARKUP)
def test_markup_remnants_are_not_quotations(text: str, quotes: list[str]) -> None:
    assert _marked(text) == quotes


STILL_SPEECH = [
    # a naming verb before lower-case words reports someone's words
    (
        'The union branded the offer "an insult to every nurse on the ward."',
        "an insult to every nurse on the ward.",
    ),
    # a word or two in marks after ``branded`` or ``termed`` and a short object: the
    # subject's judgement, even with no clause reported around it
    ('Tom Reed branded the decision "a joke".', "a joke"),
    ('Tom Reed termed the latest offer "derisory".', "derisory"),
    ('The union branded it "a stitch-up" on Monday.', "a stitch-up"),
    # a cue that only ends like a nickname cue (``Osaka`` is not ``aka``)
    (
        'Delegates who met in Osaka "want the talks to go on," she said.',
        "want the talks to go on,",
    ),
    # a sentence in marks with its cue
    ('"Fair Pay Now is our slogan and our promise," said Ana Ruiz.', None),
]


@pytest.mark.parametrize(("text", "words"), STILL_SPEECH)
def test_speech_near_naming_words_stays(text: str, words: str | None) -> None:
    found = _marked(text)
    assert len(found) == 1
    if words is not None:
        assert found == [words]


_TITLE_WORDS = st.lists(
    st.sampled_from(["Fair", "Pay", "Now", "Safe", "Wards", "First", "Nurses", "Rise"]),
    min_size=1,
    max_size=4,
)


@settings(max_examples=50, deadline=None)
@given(
    words=_TITLE_WORDS,
    cue=st.sampled_from(["so-called", "dubbed", "known as", "branded", "billed as", "labelled"]),
)
def test_any_title_after_a_naming_word_is_no_quotation(words: list[str], cue: str) -> None:
    text = f'The plan, {cue} "{" ".join(words)}", began on Monday.'
    assert _marked(text) == []
