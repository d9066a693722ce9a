"""The reporter's sentence (``_clauses``): its subject speaks the quotation it holds, unless
the subject cannot be a speaker (short invented examples)."""

from __future__ import annotations

import pytest

from quoting import marked, source_of, speaker_of

NOT_SUBJECTS = [
    # (text, speaker or None): phrases read as a sentence's subject that are not speakers
    ('Two years later, the board called the plan "a costly mistake for everyone."', "the board"),
    ('Fifteen minutes later the deal was "dead on arrival, frankly."', None),
    ('Amid the protests the plan was called "a costly mistake for everyone."', None),
    ('Ana Ruiz described the offer as "a costly mistake for everyone."', "Ana Ruiz"),
]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Wait, it gets better:\n\n"The president sets the number of refugees each year."', None),
        ('More from Jones:\n\n"The president sets the number of refugees each year."', "Jones"),
    ],
)
def test_colon_intro_interjection(text: str, speaker: str | None) -> None:
    a = marked(text)[0].attribution
    assert (a.speaker.name if a is not None else None) == speaker


def test_contraction_is_not_a_subject() -> None:
    text = (
        '"We want a fair deal," Ana Ruiz said at the rally.\n\n'
        'That\'s why she wanted to "go the extra mile" for the workers.'
    )
    assert speaker_of(marked(text)[-1]) == "Ana Ruiz"


@pytest.mark.parametrize(("text", "source"), NOT_SUBJECTS)
def test_sentence_subjects_that_are_not_speakers(text: str, source: str | None) -> None:
    a = marked(text)[0].attribution
    if source is None:
        assert a is None
    else:
        assert a is not None
        assert text[a.source_span.start : a.source_span.end] == source


SENTENCES = [
    # (text, speaker name, source as written)
    (
        "Ana Ruiz, who has led Local 7 since 2019, described the offer as “an insult to every worker.”",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "Tom Bell met Ana Ruiz, who described the plan as “the only way forward for the plant.”",
        "Ana Ruiz",
        "who",
    ),
    (
        "Ana Ruiz backed the plan, which she described as “the only way forward for the plant.”",
        "Ana Ruiz",
        "she",
    ),
    (
        "Ana Ruiz posted a photo of the picket line, writing, “We are not going anywhere this week.”",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "The deal, says Ana Ruiz, president of Local 7, is “the best we have seen in a decade.”",
        "Ana Ruiz",
        "Ana Ruiz, president of Local 7",
    ),
    (
        "Speaking to reporters on Monday, in Detroit, Ana Ruiz called the offer “a step backward for us.”",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "The company's chief executive, Tom Bell, argued that the plant “cannot survive another strike.”",
        "Tom Bell",
        "The company's chief executive, Tom Bell",
    ),
    (
        "Ana Ruiz met the company on Monday. She said the talks “went nowhere at all today.”",
        "Ana Ruiz",
        "She",
    ),
    (
        "More from Ana Ruiz: “We will be back at the table when they are serious.”",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz agreed. “We will be back at the table when they are serious.”",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "“It is a fair offer,“ said Tom Bell, a company spokesman.",
        "Tom Bell",
        "Tom Bell, a company spokesman",
    ),
    (
        "The paradox of the strike, says Ana Ruiz, historian at the National Labor Library, is "
        "that it was “one of the calmest walkouts in recent memory.”",
        "Ana Ruiz",
        "Ana Ruiz, historian at the National Labor Library",
    ),
    (
        "Sen. Tom Bell, R-Ky., delivered a blunt message to the company: “It is time to sign.”",
        "Tom Bell",
        "Sen. Tom Bell, R-Ky",
    ),
    (
        "“Thanks for coming out today,” said master of ceremonies Omar Haddad.",
        "Omar Haddad",
        "master of ceremonies Omar Haddad",
    ),
    (
        "Ana Ruiz, president of the United Auto Workers (UAW), reacted coolly to the deal, "
        "“We are concerned about any cut to pensions.”",
        "Ana Ruiz",
        "Ana Ruiz, president of the United Auto Workers",
    ),
    (
        "His wife told him to stay calm, but Tom Bell said he responded: “When you are "
        "attacked, you cannot stay calm.”",
        "Tom Bell",
        "Tom Bell",
    ),
    (
        "“Good luck,” said Omar Haddad.\n\nUnion leader Ana Ruiz told reporters that she "
        "had met the mayor and that “a deal is close this week.”",
        "Ana Ruiz",
        "Union leader Ana Ruiz",
    ),
    (
        "“It is a good deal for our members,” said CUPE Local 79 president Nneka Okafor.",
        "Nneka Okafor",
        "CUPE Local 79 president Nneka Okafor",
    ),
    (
        "Ana Ruiz celebrated in Detroit with supporters, declaring it “another big night for "
        "our members” and thanking them.",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "“If the company finds more records, it intends to search them” for pay data that "
        "would answer the union, company lawyer Caroline Wolverton wrote in a court filing.",
        "Caroline Wolverton",
        "company lawyer Caroline Wolverton",
    ),
    (
        "But as Ana Ruiz denounced the offer and vowed to fight “cuts to every pension in "
        "the plant,” many in the hall cheered.",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
    (
        "Former secretary of state Ana Ruiz:“We learned that from the union and its survey.”",
        "Ana Ruiz",
        "Former secretary of state Ana Ruiz",
    ),
    (
        "That would mean a “summer of agony” for the company leading up to the vote, forcing "
        "it to fight both unions, said Tom Bell, a labor economist and consultant.",
        "Tom Bell",
        "Tom Bell, a labor economist and consultant",
    ),
    (
        "TOLEDO, May 3 (AP) — The United Steelworkers issued a statement on Friday, "
        "offering “a full and public apology” to its retirees.",
        "The United Steelworkers",
        "The United Steelworkers",
    ),
    # ``until X``, ``without X``: a clause after the quotation, not its speaker
    (
        "Tom Bell says he was “sort of on the fence” until Ruiz said she would back the deal.",
        "Tom Bell",
        "Tom Bell",
    ),
    (
        "Tired, Ana Ruiz said she “cannot buy groceries anymore” without neighbours asking "
        "her about the strike.",
        "Ana Ruiz",
        "Ana Ruiz",
    ),
]


def test_a_pronoun_of_the_other_gender_is_not_the_reporting_subject() -> None:
    text = "Mr. Bell said that she told him: “We are not going to sign this week.”"
    quotes = marked(text)
    assert len(quotes) == 1
    assert source_of(text, quotes[0]) == "she"


@pytest.mark.parametrize(("text", "name", "source"), SENTENCES)
def test_speakers_in_reporters_sentences(text: str, name: str, source: str) -> None:
    quotes = [q for q in marked(text) if len(q.text.split()) >= 3]
    assert len(quotes) == 1
    assert speaker_of(quotes[0]) == name
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            'Ana Ruiz spoke first.\n\nAnd she made a point of saying the plant "was a place of pride."',
            "she",
        ),
        (
            'Omar Diaz met the board.\n\nBut he kept insisting the deal "would never pass muster."',
            "he",
        ),
    ],
)
def test_subject_after_opening_conjunction(text: str, source: str) -> None:
    quotes = marked(text)
    assert len(quotes) == 1
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(
    "text",
    [
        'The question was whether "the deal would hold up in court."',
        'The irony was "lost on nobody in the hall."',
        'The rationale seemed to be "protect the members first."',
    ],
)
def test_abstract_noun_subject_is_not_a_speaker(text: str) -> None:
    quotes = marked(text)
    assert len(quotes) == 1
    a = quotes[0].attribution
    assert a is None or text[a.source_span.start : a.source_span.end].split()[-1] not in (
        "question",
        "irony",
        "rationale",
    )


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mayor Ana Ruiz mounted a defense of “town pride,” saying the town embodied "
            "“the heart of the region.”",
            "Ana Ruiz",
        ),
        (
            "But a few days later, Omar Diaz reversed himself, telling NBC that the rules "
            "“are settled for good.” Diaz left.",
            "Omar Diaz",
        ),
    ],
)
def test_participle_and_time_phrase_do_not_name_the_speaker(text: str, speaker: str) -> None:
    quotes = marked(text)
    assert quotes
    for q in quotes:
        a = q.attribution
        assert a is not None
        assert a.speaker.name == speaker


@pytest.mark.parametrize(
    "text",
    [
        'Omar Diaz spoke.\n\n"To those who back him, I understand it," said Sen. Ana Ruiz, R-S.C. '
        '"I get that. But he is hurting us."',
        'Omar Diaz spoke.\n\n"With a job, you will see more people," says Ana Ruiz, 23, of Fresno, '
        'Calif. "I think it would help."',
    ],
)
def test_subject_is_never_read_inside_the_previous_quotation(text: str) -> None:
    quotes = marked(text)
    assert [speaker_of(q) for q in quotes] == ["Ana Ruiz", "Ana Ruiz"]


def test_subject_search_inside_a_quotation_that_began_earlier() -> None:
    text = (
        'Omar Diaz spoke.\n\n"Diaz did well tonight and I was happy to hear it. I think the local '
        'needs him back," Ruiz said at a meeting of the board after the count, adding that '
        'while some are "still upset with him," Diaz already "paid dearly for it."'
    )
    quotes = marked(text)
    assert "I" not in [speaker_of(q) for q in quotes]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ('"We won," she said. He', False),
        ('"We won. He', True),
        ("\u201cWe won,\u201d she said, \u201cand He", True),
    ],
)
def test_inside_marks_counts_from_the_paragraph_start(text: str, inside: bool) -> None:
    from laborquotes._clauses import inside_marks
    from laborquotes._marks import Structure

    assert inside_marks(Structure(text), 0, text.index("He")) is inside


#: (what follows a closing ``..., the union said``, whether it is only a phrase of place,
#: time or medium)
CLOSING_TAILS = [
    ("in a statement", True),
    ("on Tuesday", True),
    ("Tuesday morning", True),
    ("after meeting the mayor", True),
    ("to reporters", True),
    ("that the deal was dead", False),
    ("in a court filing on Monday", False),
]


@pytest.mark.parametrize(("rest", "expected"), CLOSING_TAILS)
def test_closing_tail(rest: str, expected: bool) -> None:
    from laborquotes._clauses import closing_tail

    assert closing_tail(rest) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Opens Bridge Nobody Wanted\nThe mayor opened it.", True),
        ("The mayor opened the bridge on Monday.", False),
    ],
)
def test_in_headline(text: str, expected: bool) -> None:
    from laborquotes._clauses import in_headline

    assert in_headline(text, 3) is expected


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("x" * 5000 + "\nMayor Opens New Bridge\n" + "y" * 5000, 5001, True),
        ("x" * 5000 + " Mayor Opens New Bridge " + "y" * 5000, 5001, False),
        ("Mayor Opens New Bridge", 0, True),
        ("Mayor Opens New Bridge\n" + "z " * 3000, 6, True),
    ],
)  # fmt: skip
def test_in_headline_looks_no_further_than_a_headline(text: str, pos: int, expected: bool) -> None:
    # The line is found within a headline's length of *pos*; a longer line is none.
    from laborquotes._clauses import in_headline

    assert in_headline(text, pos) is expected
