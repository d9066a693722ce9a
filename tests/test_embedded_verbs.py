"""A reporting verb inside the clause another verb reports (``Ruiz said the firm had
proposed raises of 4%, "..."``): with an object it speaks no quotation; the outer verb's
subject does (short invented examples)."""

from __future__ import annotations

import pytest

import laborquotes as lq

#: (text, the quotation's words, its speaker's name)
EMBEDDED = [
    (
        'Dana Whitcomb said the system had proposed raises of 18% over four years, "among '
        'the best offers in the state."',
        "among the best offers in the state.",
        "Dana Whitcomb",
    ),
    (
        'Owen Pryce said the board announced a pay freeze on Monday, "a slap in the face '
        'for every nurse."',
        "a slap in the face for every nurse.",
        "Owen Pryce",
    ),
    (
        'The union said the council had pledged a review within weeks, "which never came."',
        "which never came.",
        "The union",
    ),
    # the inner verb speaks: a listener, a medium, nothing after it
    (
        'Ana Ruiz said the union told members, "Strike now."',
        "Strike now.",
        "the union",
    ),
    (
        'Ana Ruiz said the senator wrote on social media, "We will not back down."',
        "We will not back down.",
        "the senator",
    ),
    (
        'Ana Ruiz said the chairman announced, "The plant will close."',
        "The plant will close.",
        "the chairman",
    ),
]


@pytest.mark.parametrize(("text", "words", "speaker"), EMBEDDED)
def test_embedded_verb_speaker(text: str, words: str, speaker: str) -> None:
    found = [q for q in lq.parse(text).quotes if q.text == words]
    assert len(found) == 1, [q.text for q in lq.parse(text).quotes]
    attribution = found[0].attribution
    assert attribution is not None
    assert attribution.speaker.name == speaker


#: (text, the reported clause before the quotation)
CLAUSES = [
    (
        'Dana Whitcomb said the system had proposed raises of 18% over four years, "among '
        'the best offers in the state."',
        "the system had proposed raises of 18% over four years",
    ),
    (
        'Owen Pryce said the board announced a pay freeze on Monday, "a slap in the face '
        'for every nurse."',
        "the board announced a pay freeze on Monday",
    ),
]


@pytest.mark.parametrize(("text", "clause"), CLAUSES)
def test_embedded_verb_keeps_the_reported_clause(text: str, clause: str) -> None:
    reported = [q for q in lq.parse(text).quotes if q.kind is lq.QuoteKind.INDIRECT]
    assert [q.text for q in reported] == [clause]
