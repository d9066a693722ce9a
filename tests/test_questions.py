"""Reported questions whose asker is unnamed (``laborquotes._questions``)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import QuoteKind, extract_quotes
from laborquotes import _questions as Q

#: (text, the question, the answerer's indirect content or None)
ASKED = [
    (
        "Asked whether the strike would go ahead, Ana Ruiz said the vote was close.",
        "whether the strike would go ahead",
        "the vote was close",
    ),
    ('"You bet," she said when asked if she would stand again.', "if she would stand again", None),
    ("Tom Bell was asked why the depot had closed. He did not answer.", "why the depot had closed", None),
    ("When asked about the night rota, the union said it would respond.", "about the night rota", "it would respond"),
    ("(Asked how long the talks would last, Ruiz shrugged.)", "how long the talks would last", None),
    ("She was also asked whether the rota would change.", "whether the rota would change", None),
    ("Whenever asked about the rota, the drivers changed the subject.", "about the rota", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "question", "answer"), ASKED)
def test_unnamed_askers_question(text: str, question: str, answer: str | None) -> None:
    quotes = extract_quotes(text)
    asked = [q for q in quotes if q.text == question]
    assert len(asked) == 1
    assert asked[0].kind is QuoteKind.INDIRECT
    assert asked[0].attribution is None
    assert text[asked[0].span.start : asked[0].span.end] == question
    if answer is not None:
        answered = [q for q in quotes if q.text == answer]
        assert answered
        assert answered[0].attribution is not None


@pytest.mark.parametrize(
    "text",
    [
        # a named asker speaks: the ordinary reporting verb
        "The union asked whether the plan was legal.",
        # one word is no question
        "Asked why, she smiled.",
        # inside a quotation
        '"I was asked whether we would strike," Ruiz said.',
        # an object after asked: not a question clause here
        "Ruiz asked members to vote for the deal.",
    ],
)
def test_no_unattributed_question(text: str) -> None:
    quotes = extract_quotes(text)
    assert all(q.attribution is not None for q in quotes if q.kind is QuoteKind.INDIRECT)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The union asked whether the plan was legal.", "The union"),
        # an adverb between the subject and the verb leaves the asker named
        ("Ana Ruiz then asked why the depot had closed, and left.", "Ana Ruiz"),
        ("The union also asked whether the plan was legal.", "The union"),
    ],
)
def test_named_asker_keeps_the_attribution(text: str, speaker: str) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.name == speaker


_PIECES = st.sampled_from(
    [
        "Asked",
        " asked",
        " whether",
        " if",
        " about",
        " the",
        " vote",
        ",",
        ".",
        " was",
        "\n",
        '"',
        " when",
    ]
)


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_questions_slice_back_in_order(text: str) -> None:
    quotes = extract_quotes(text)
    for q in quotes:
        assert text[q.span.start : q.span.end] == q.text
    starts = [q.span.start for q in quotes]
    assert starts == sorted(starts)


_ASKED_PIECES = st.sampled_from(
    [
        "asked ",
        "Asked",
        "ASKED ",
        "sked",
        "basked ",
        "unasked ",
        "a",
        "A",
        " ",
        "  ",
        "\t",
        "\n",
        "\u00a0",
        "whether",
        "if",
        "about ",
        "who",
        "whom ",
        "why",
        ",",
        "-",
        "’",
        "'",
        "_",
        "x",
    ]
)


def _asked_re() -> re.Pattern[str]:
    """The one expression :func:`laborquotes._questions._asked_at` replaces."""
    leads = "|".join(Q.QUESTION_LEADS)
    return re.compile(rf"([Aa]sked)[ \t]+(?:{leads})(?![\w’'-])")


@settings(max_examples=400, deadline=None)
@given(st.lists(_ASKED_PIECES, max_size=25).map("".join))
def test_asked_at_finds_what_the_full_pattern_finds(text: str) -> None:
    assert list(Q._asked_at(text)) == [m.span(1) for m in _asked_re().finditer(text)]


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Asked whether", [(0, 5)]),
        ("When asked if it was over", [(5, 10)]),
        ("basked whether", [(1, 6)]),  # (the word boundary is tested by the caller)
        ("asked who asked why", [(0, 5), (10, 15)]),
        ("tasks, asked\tabout", [(7, 12)]),
        ("sked whether", []),
        ("asked whetherever", []),
        ("", []),
    ],
)
def test_asked_at(text: str, spans: list[tuple[int, int]]) -> None:
    assert list(Q._asked_at(text)) == spans
