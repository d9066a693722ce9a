"""parse_attribution: a stand-alone attribution phrase (short invented examples)."""

from __future__ import annotations

import pytest

import laborquotes as lq

CASES = [
    # (phrase, name, title, organization, is_group)
    (
        "said Peter Kiefer, staff writer for The Ankler.",
        "Peter Kiefer",
        "staff writer",
        "The Ankler",
        False,
    ),
    ("said Jane Doe, president of Local 7", "Jane Doe", "president", "Local 7", False),
    ("Jane Doe, president of Local 7, said", "Jane Doe", "president", "Local 7", False),
    ("said Jeff Tores, a member of SAG-AFTRA.", "Jeff Tores", "member", "SAG-AFTRA", False),
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


def test_kiefer_title_contains_staff_writer() -> None:
    a = lq.parse_attribution("said Peter Kiefer, staff writer for The Ankler.")
    assert a is not None
    assert a.speaker.title is not None
    assert "staff writer" in a.speaker.title
    src = "said Peter Kiefer, staff writer for The Ankler."
    assert (
        src[a.source_span.start : a.source_span.end] == "Peter Kiefer, staff writer for The Ankler"
    )


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
