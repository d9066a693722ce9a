"""Cue finders (``laborquotes._attribution``) and ``parse_attribution``: tables of short
invented cases, one for each finder."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes._attribution import (
    Cue,
    How,
    find_cue_after,
    find_cue_before,
    parse_standalone,
    participle_subject,
)
from laborquotes._speakers import Kind

CASES = [
    # (phrase, name, title, organization, is_group)
    (
        "said Omar Diaz, staff writer for The Harbor Gazette.",
        "Omar Diaz",
        "staff writer",
        "The Harbor Gazette",
        False,
    ),
    ("said Jane Doe, president of Local 7", "Jane Doe", "president", "Local 7", False),
    ("Jane Doe, president of Local 7, said", "Jane Doe", "president", "Local 7", False),
    ("said Lena Park, a member of IATSE.", "Lena Park", "member", "IATSE", False),
    ("said union president Ana Ruiz", "Ana Ruiz", "union president", None, False),
    ("Sen. Mary Smith said", "Mary Smith", "Sen.", None, False),
    ("according to Ana Ruiz", "Ana Ruiz", None, None, False),
    ("the union said in a statement", "the union", None, None, True),
    ("told reporters Ana Ruiz", None, None, None, False),
]


@pytest.mark.parametrize(("phrase", "name", "title", "org", "group"), CASES)
def test_parse_attribution(
    phrase: str, name: str | None, title: str | None, org: str | None, group: bool
) -> None:
    a = lq.parse_attribution(phrase)
    if name is None:
        assert a is None or a.speaker.name != "reporters"
        return
    assert a is not None
    assert a.speaker.name == name
    assert a.speaker.title == title
    assert a.speaker.organization == org
    assert a.speaker.is_group is group
    assert 0 <= a.source_span.start < a.source_span.end <= len(phrase)
    assert a.cue is not None
    assert a.cue_span is not None
    assert phrase[a.cue_span.start : a.cue_span.end] == a.cue


def test_the_source_span_covers_the_appositive() -> None:
    src = "said Omar Diaz, staff writer for The Harbor Gazette."
    a = lq.parse_attribution(src)
    assert a is not None
    assert a.speaker.title == "staff writer"
    span = src[a.source_span.start : a.source_span.end]
    assert span == "Omar Diaz, staff writer for The Harbor Gazette"


@pytest.mark.parametrize("phrase", ["", "   ", "the weather was fine", "said", "said ."])
def test_nothing_to_parse(phrase: str) -> None:
    assert lq.parse_attribution(phrase) is None


def test_wrong_type_raises_type_error() -> None:
    with pytest.raises(TypeError):
        lq.parse_attribution(b"said Ana Ruiz")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('The plan failed, as Ana Ruiz put it, "It was dead on arrival."', "Ana Ruiz", "put it"),
        ('As the union puts it, "We are not going anywhere."', "the union", "puts it"),
        ('As Omar Diaz wrote: "Nobody reads the fine print."', "Omar Diaz", "wrote"),
    ],
)
def test_as_clause_attributes_the_quotation_after_it(text: str, speaker: str, cue: str) -> None:
    quotes = lq.extract_quotes(text)
    assert len(quotes) == 1
    a = quotes[0].attribution
    assert a is not None
    assert a.speaker.name == speaker
    assert a.cue == cue


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Supporters shoved a protester, with Ana Ruiz reportedly yelling: "Get him out now!"',
            "Ana Ruiz",
            "yelling",
        ),
        (
            'The crowd cheered, with the union president shouting, "We are not done yet."',
            "the union president",
            "shouting",
        ),
    ],
)
def test_with_clause_participle_names_its_own_subject(text: str, speaker: str, cue: str) -> None:
    quotes = lq.extract_quotes(text)
    assert len(quotes) == 1
    a = quotes[0].attribution
    assert a is not None
    assert a.speaker.name == speaker
    assert a.cue == cue


# --------------------------------------------------------------------------- the finders

P, PR, G, R = Kind.PERSON, Kind.PRON, Kind.GROUP, Kind.ROLE


def _seen(text: str, cue: Cue | None) -> tuple[How | str, str, str, Kind | str] | None:
    """``(how, cue as written, speaker as written, kind)``."""
    if cue is None:
        return None
    speaker = text[cue.cand.start : cue.cand.end]
    return cue.how, text[cue.cue_start : cue.cue_end], speaker, cue.cand.kind


# The text right after a closing mark.
AFTER = [
    (", said Ana Ruiz, president of Local 7.", (How.AFTER, "said", "Ana Ruiz, president of Local 7", P)),
    (", Ana Ruiz said.", (How.AFTER, "said", "Ana Ruiz", P)),
    (", she also said.", (How.AFTER, "said", "she", PR)),
    (", the organizer added.", (How.AFTER, "added", "the organizer", R)),
    (", said on Tuesday Tom Lee.", (How.AFTER, "said", "Tom Lee", P)),
    (" before the vote, she said.", (How.AFTER, "said", "she", PR)),
    (', Ana Ruiz, wearing a "Local 7" cap, said.', (How.AFTER, "said", 'Ana Ruiz, wearing a "Local 7" cap', P)),
    (", Ruiz is quoted as saying.", (How.AFTER, "saying", "Ruiz", P)),
    (" -- the union.", (How.DASH, "-", "the union", G)),
    (" — Ana Ruiz", (How.DASH, "—", "Ana Ruiz", P)),
    (", according to Ana Ruiz.", (How.ACCORDING, "according to", "Ana Ruiz", P)),
    # a verb's plain form inside the subject of a later verb is a noun
    (", Leeds fire officials said.", (How.AFTER, "said", "Leeds fire officials", G)),
    (", the county state inspectors said.", (How.AFTER, "said", "the county state inspectors", G)),
    (", the audit report said.", (How.AFTER, "said", "the audit report", G)),
    (", they say.", (How.AFTER, "say", "they", PR)),
    # not an attribution
    (", told reporters Ana Ruiz", None),  # ``told`` takes an object: no inversion
    (", saying the plant would close.", None),  # a participle reports the subject's words
    (" — the balloons fell.", None),  # a clause, not a signature
    (", remembered Ana Ruiz.", None),  # any verb only after an open clause
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AFTER)
def test_find_cue_after(text: str, expected: tuple[How, str, str, Kind] | None) -> None:
    assert _seen(text, find_cue_after(text, 0, len(text))) == expected


OPEN_CLAUSE = [
    (", remembered Ana Ruiz.", (How.AFTER, "remembered", "Ana Ruiz", P)),
    (", the organizer riffed.", (How.AFTER, "riffed", "the organizer", R)),
]


@pytest.mark.parametrize(("text", "expected"), OPEN_CLAUSE)
def test_find_cue_after_an_open_clause_takes_any_verb(
    text: str, expected: tuple[How, str, str, Kind]
) -> None:
    assert _seen(text, find_cue_after(text, 0, len(text), open_clause=True)) == expected


# The clause right before an opening mark, and whether the quotation is partial.
BEFORE = [
    ("Ana Ruiz said: ", False, (How.BEFORE, "said", "Ana Ruiz", P)),
    ("Ruiz told reporters, ", False, (How.BEFORE, "told", "Ruiz", P)),
    ("The union said in a statement: ", False, (How.BEFORE, "said", "The union", G)),
    ("But, said Tom Lee, ", False, (How.BEFORE, "said", "Tom Lee", P)),
    ("Says Ana Ruiz: ", False, (How.BEFORE, "Says", "Ana Ruiz", P)),
    ("As Ana Ruiz put it, ", False, (How.BEFORE, "put it", "Ana Ruiz", P)),
    ("The rally ended with Ana Ruiz shouting: ", False, (How.BEFORE, "shouting", "Ana Ruiz", P)),
    ("Tom Lee said she responded: ", False, (How.BEFORE, "responded", "she", PR)),
    # a pronoun right after its antecedent's verb (a medium or a day between): the reporter
    ("Ana Ruiz said on Monday she had offered a deal, ", False, (How.BEFORE, "said", "Ana Ruiz", P)),
    ("The firm said it had offered 4%, ", False, (How.BEFORE, "said", "The firm", G)),
    (
        "Kestrel Foods Ltd said in a statement that it had offered 4%, ",
        False,
        (How.BEFORE, "said", "Kestrel Foods Ltd", G),
    ),
    ("Ana Ruiz said it had offered 4%, ", False, (How.BEFORE, "offered", "it", PR)),
    # a passive participle's agent before ``as``
    ("The plan, described by Ana Ruiz as ", True, (How.BEFORE, "described", "Ana Ruiz", P)),
    ("The offer was branded by the union as ", True, (How.BEFORE, "branded", "the union", G)),
    ("Ana Ruiz: ", False, (How.COLON, ":", "Ana Ruiz", P)),
    ("Union president Ana Ruiz: ", False, (How.COLON, ":", "Union president Ana Ruiz", P)),
    # a partial quotation: the subject of the reporter's main clause
    ("Ruiz warned that drivers she spoke with ", True, (How.BEFORE, "warned", "Ruiz", P)),
    ("Ruiz, who leads the local, said ", True, (How.BEFORE, "said", "Ruiz", P)),
    ("The deal is dead, Ruiz said, and ", True, (How.BEFORE, "said", "Ruiz", P)),
    # not an attribution
    ("Wait, it gets better: ", False, None),  # an interjection
    ("The mayor sent a message to Ruiz: ", False, None),  # the object of the sentence
]  # fmt: skip


@pytest.mark.parametrize(("text", "partial", "expected"), BEFORE)
def test_find_cue_before(
    text: str, partial: bool, expected: tuple[How, str, str, Kind] | None
) -> None:
    assert _seen(text, find_cue_before(text, 0, len(text), partial=partial)) == expected


def test_find_cue_before_capitalized_according_to() -> None:
    text = "According to Ana Ruiz, "
    found = _seen(text, find_cue_before(text, 0, len(text), partial=False))
    assert found == (How.ACCORDING, "According to", "Ana Ruiz", P)


def test_participle_hangs_from_a_clause_with_a_regular_verb() -> None:
    text = "She defended the contract, saying "
    found = _seen(text, find_cue_before(text, 0, len(text), partial=False))
    assert found == (How.BEFORE, "saying", "She", PR)


#: A participle after a clause is the quotation's cue; the clause's subject speaks it.
PARTICIPLE_CUES = [
    ('Ms Okafor thanked her members, adding: "It has been a long fight."', "adding", "Okafor"),
    ('Ana Ruiz said the vote was close, adding: "We will win the next one."', "adding", "Ana Ruiz"),
    ('He walked out of the talks, saying: "There is nothing left to discuss."', "saying", "He"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), PARTICIPLE_CUES)
def test_a_participle_is_the_cue_of_its_quotation(text: str, cue: str, speaker: str) -> None:
    (q,) = [q for q in lq.extract_quotes(text) if q.kind == "direct"]
    assert q.attribution is not None
    assert (q.attribution.cue, q.attribution.speaker.name) == (cue, speaker)


def test_participle_hangs_from_a_clause_with_an_adverb() -> None:
    text = "She angrily defended the contract, saying "
    assert _seen(text, participle_subject(text, 0, len(text))) == (
        How.BEFORE,
        "defended",
        "She",
        PR,
    )


def test_participle_hangs_from_a_clause_with_an_irregular_verb() -> None:
    text = "She spoke for an hour, saying"
    assert _seen(text, participle_subject(text, 0, len(text))) == (How.BEFORE, "spoke", "She", PR)


STANDALONE = [
    ("said Jane Doe, president of Local 7.", (How.AFTER, "said", "Jane Doe, president of Local 7", P)),
    ("according to the union", (How.ACCORDING, "according to", "the union", G)),
    ("Ana Ruiz said", (How.AFTER, "said", "Ana Ruiz", P)),
    ("told reporters", None),
    ("", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STANDALONE)
def test_parse_standalone(text: str, expected: tuple[How, str, str, Kind] | None) -> None:
    assert _seen(text, parse_standalone(text)) == expected


def test_how_compares_equal_to_its_value() -> None:
    cue = parse_standalone("said Ana Ruiz")
    assert cue is not None
    assert cue.how == "after"
    assert cue.how is How.AFTER
