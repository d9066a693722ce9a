"""Speaker phrases (``laborquotes._speakers``): one table of invented cases per entry point.

Each row is ``(text, kind, span, name, title, organization)``; *span* is the part of the
text the candidate covers.
"""

from __future__ import annotations

import pytest

from laborquotes._speakers import (
    Cand,
    Kind,
    gender_fits,
    relative_subject,
    speaker_after_verb,
    split_title,
    subject_before,
    subject_exact,
)

Row = tuple[str, Kind, str, str, str | None, str | None]


def _check(
    text: str,
    cand: Cand | None,
    kind: Kind,
    span: str,
    name: str,
    title: str | None,
    org: str | None,
) -> None:
    assert cand is not None, text
    assert (cand.kind, text[cand.start : cand.end], cand.name) == (kind, span, name)
    assert (cand.title, cand.org) == (title, org)
    if kind is Kind.GROUP:
        assert cand.is_group
    elif kind is not Kind.UNNAMED:  # an unnamed speaker may be plural (``some of them``)
        assert not cand.is_group


# --------------------------------------------------------------------------- a whole subject

P, PR, G, R, U = Kind.PERSON, Kind.PRON, Kind.GROUP, Kind.ROLE, Kind.UNNAMED

EXACT: list[Row] = [
    # a name, with the words around it
    ("Ana Ruiz", P, "Ana Ruiz", "Ana Ruiz", None, None),
    ("union president Ana Ruiz", P, "union president Ana Ruiz", "Ana Ruiz", "union president", None),
    ("Sen. Tom Lee", P, "Sen. Tom Lee", "Tom Lee", "Sen.", None),
    ("Gov. Maria de la Cruz", P, "Gov. Maria de la Cruz", "Maria de la Cruz", "Gov.", None),
    ("Tom Lee Jr.", P, "Tom Lee Jr.", "Tom Lee Jr.", None, None),
    ("Ana Ruiz and Tom Lee", P, "Ana Ruiz and Tom Lee", "Ana Ruiz and Tom Lee", None, None),
    # an appositive after the name: its title and organization, an age, a party
    (
        "Ana Ruiz, a nurse at Mercy Hospital,",
        P,
        "Ana Ruiz, a nurse at Mercy Hospital",
        "Ana Ruiz",
        "nurse",
        "Mercy Hospital",
    ),
    ("Ruiz, 54,", P, "Ruiz, 54", "Ruiz", None, None),
    ("Ana Ruiz (D-Ohio)", P, "Ana Ruiz (D-Ohio)", "Ana Ruiz", None, "Democrat"),
    # a title phrase, a comma, then the name
    (
        "the local's president, Ana Ruiz",
        P,
        "the local's president, Ana Ruiz",
        "Ana Ruiz",
        "the local's president",  # the article points at the organization
        None,
    ),
    # pronouns
    ("he", PR, "he", "he", None, None),
    ("They", PR, "They", "They", None, None),
    # groups
    ("the union", G, "the union", "the union", None, None),
    ("the striking nurses", G, "the striking nurses", "the striking nurses", None, None),
    ("the company's owners", G, "the company's owners", "the company's owners", None, None),
    ("Teamsters Local 700", G, "Teamsters Local 700", "Teamsters Local 700", None, "Teamsters Local 700"),
    ("Critics", G, "Critics", "Critics", None, None),  # (a common noun: no organization)
    ("Acme Corp.", G, "Acme Corp", "Acme Corp", None, "Acme Corp"),
    # a role, an unnamed speaker, a part of a group
    ("the president of the local", R, "the president of the local", "the president of the local", "president", None),
    ("another organizer", U, "another organizer", "another organizer", "organizer", None),
    ("some of the drivers", U, "some of the drivers", "some of the drivers", "drivers", None),
    ("hundreds of nurses", U, "hundreds of nurses", "hundreds of nurses", "nurses", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "span", "name", "title", "org"), EXACT)
def test_subject_exact(
    text: str, kind: Kind, span: str, name: str, title: str | None, org: str | None
) -> None:
    _check(text, subject_exact(text, 0, len(text)), kind, span, name, title, org)


@pytest.mark.parametrize(
    "text", ["", "   ", "was", "and then", "the vote was close", "x" * 300, "Ana Ruiz said"]
)
def test_subject_exact_rejects(text: str) -> None:
    assert subject_exact(text, 0, len(text)) is None


#: (text, where the subject starts, its word, whether it is read as a surname)
SURNAME_WORDS = [
    # a common word (a month, a preposition) is a surname when a first name came with it
    ("Theresa May spoke first. Then May said no.", "May said", "May", True),
    ("Al From founded the group. Later From said no.", "From said", "From", True),
    # ... not without one, nor a word that opens a phrase
    ("The plant closed in May. Then May said no.", "May said", "May", False),
    ("The Blaze ran it. Then The said no.", "The said", "The", False),
]


@pytest.mark.parametrize(("text", "at", "word", "is_name"), SURNAME_WORDS)
def test_surname_that_is_a_common_word(text: str, at: str, word: str, is_name: bool) -> None:
    i = text.index(at)
    cand = subject_exact(text, i, i + len(word))
    if is_name:
        _check(text, cand, P, word, word, None, None)
    else:
        assert cand is None


@pytest.mark.parametrize(
    "text",
    ["The Herald's Ana Ruiz", "the Daily Post's Omar Diaz", "The Herald's Ana Ruiz, a critic,"],
)
def test_a_publication_s_writer_is_a_person(text: str) -> None:
    cand = subject_exact(text, 0, len(text))
    assert cand is not None
    assert (cand.kind, cand.name) == (Kind.PERSON, text.split("'s ")[1].split(",")[0])


def test_kinds_compare_equal_to_their_values() -> None:
    cand = subject_exact("the union", 0, 9)
    assert cand is not None
    assert cand.kind == "group"
    assert {"group": 1}[cand.kind] == 1
    assert cand.kind is Kind.GROUP


def test_subject_exact_organization_then_title() -> None:
    text = "Local 7 President Ana Ruiz"
    _check(text, subject_exact(text, 0, len(text)), P, text, "Ana Ruiz", "President", "Local 7")


# --------------------------------------------------------------------------- before a verb

BEFORE: list[Row] = [
    ("At the rally, Ana Ruiz, a retired welder,", P, "Ana Ruiz, a retired welder", "Ana Ruiz", "retired welder", None),
    ("The strike is over and he", PR, "he", "he", None, None),
    ("Asked about the vote, Ruiz", P, "Ruiz", "Ruiz", None, None),
    ("The mayor -- a former organizer --", R, "The mayor", "The mayor", None, None),
    (
        "A former president -- Ana Ruiz, who led the strike --",
        P,
        "Ana Ruiz, who led the strike",
        "Ana Ruiz",
        None,
        None,
    ),
    # ``and`` / ``&`` between capitalized words of a name
    ("The Nurses and Midwives' Association", G, "The Nurses and Midwives' Association", "The Nurses and Midwives' Association", None, "Nurses and Midwives' Association"),
    ("Marks & Spencer staff", G, "Marks & Spencer staff", "Marks & Spencer staff", None, "Marks & Spencer"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "span", "name", "title", "org"), BEFORE)
def test_subject_before(
    text: str, kind: Kind, span: str, name: str, title: str | None, org: str | None
) -> None:
    _check(text, subject_before(text, 0, len(text)), kind, span, name, title, org)


@pytest.mark.parametrize(
    "text",
    ["In a statement the union", "At a rally in Leeds the union", "On Monday the union"],
)
def test_subject_before_after_a_lead_in_without_comma(text: str) -> None:
    # British copy often drops the comma after a short lead-in: a second article starts
    # a second phrase, the subject.
    _check(text, subject_before(text, 0, len(text)), G, "the union", "the union", None, None)


@pytest.mark.parametrize("text", ["All the drivers", "Both the unions"])
def test_subject_before_keeps_a_predeterminer(text: str) -> None:
    _check(text, subject_before(text, 0, len(text)), G, text, text, None, None)


# --------------------------------------------------------------------------- after a verb

AFTER: list[Row] = [
    ("said Ana Ruiz, president of Local 7.", P, "Ana Ruiz, president of Local 7", "Ana Ruiz", "president", "Local 7"),
    ("said union president Ana Ruiz", P, "union president Ana Ruiz", "Ana Ruiz", "union president", None),
    # the loose slot: any lower-case words as a title
    ("said election lawyer Tom Lee", P, "election lawyer Tom Lee", "Tom Lee", "election lawyer", None),
    ("said the union.", G, "the union", "the union", None, None),
    ("said she", PR, "she", "she", None, None),
    ("says Tom Lee (R-Texas), who chairs the panel", P, "Tom Lee (R-Texas), who chairs the panel", "Tom Lee", None, "Republican"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "span", "name", "title", "org"), AFTER)
def test_speaker_after_verb(
    text: str, kind: Kind, span: str, name: str, title: str | None, org: str | None
) -> None:
    pos = text.index(" ") + 1
    _check(text, speaker_after_verb(text, pos, len(text)), kind, span, name, title, org)


# --------------------------------------------------------------------------- titles

TITLES = [
    ("a member of Local 7", ("member", "Local 7")),
    ("staff writer for The Gazette", ("staff writer", "The Gazette")),
    ("UAW president", ("president", "UAW")),
    ("the president of the union", ("president", "the union")),
    ("54", (None, None)),  # an age
    ("members are ready", (None, None)),  # a clause
    ("who leads the union", (None, None)),  # a relative clause
    # places, owners, parties, portfolios, units
    ("a commuter from Leeds", ("commuter", None)),
    ("a union representative at a school in Perth", ("union representative", None)),
    ("a nurse in Local 7", ("nurse", "Local 7")),
    ("of the research group Aerofocus", (None, "Aerofocus")),
    ("along with the union", (None, None)),
    ("Acme's chief executive", ("chief executive", "Acme")),
    ("INMO's officer in Limerick", ("officer", "INMO")),
    ("Lee's brother", ("Lee's brother", None)),
    ("It's a start", ("It's a start", None)),
    ("the Labour MP for Leeds East", ("MP for Leeds East", "Labour")),
    ("Conservative leader", ("leader", "Conservative")),
    ("Democratic National Committee chair", ("chair", "Democratic National Committee")),
    ("Labour Minister", ("Labour Minister", None)),
    ("Minister for Transport", ("Minister for Transport", None)),
    ("Secretary of State for Wales", ("Secretary of State for Wales", None)),
    ("UAW Region 8 Director", ("Director", "UAW Region 8")),
    ("US Ambassador", ("US Ambassador", None)),
    ("Color of Change's executive director", ("executive director", "Color of Change")),
    ("exasperated", (None, None)),
    ("for example", (None, None)),
    ("booked to fly from Leeds", (None, None)),
    ("speaking for the government", (None, None)),
    ("writing in the Daily Courier", (None, None)),
    ("managing director of Acme", ("managing director", "Acme")),
    ("acting chief of the union", ("acting chief", "the union")),
    ("retired teacher", ("retired teacher", None)),
    ("a company spokesman", ("spokesman", "the company")),
    ("a council spokeswoman", ("spokeswoman", "the council")),
    ("union president", ("union president", None)),
    ("owner of the Dallas Stars who ran for office", ("owner", "Dallas Stars")),
    # a parent's possessive before an organization's own name: the organization
    (
        "president of CUPE's Ontario School Board Council of Unions",
        ("president", "Ontario School Board Council of Unions"),
    ),
    ("lawmaker for Germany's Green Party", ("lawmaker", "Green Party")),
    # ... but a part of the owner stays the owner's
    ("spokesman for Unite's Scottish Region", ("spokesman", "Unite's Scottish Region")),
    # a field of the title before ``at`` and the body after it
    (
        "head of Asia industrials research at Halvorsen Securities",
        ("head of Asia industrials research", "Halvorsen Securities"),
    ),
    (
        "chair of the history department at Redfield College",
        ("chair of the history department", "Redfield College"),
    ),
    # a place after the body, with a compass word before it, is no part of the body
    (
        "head of Bishopsgate Community School in east London",
        ("head", "Bishopsgate Community School"),
    ),
    ("spokesman for Kestrel Buses in north Wales", ("spokesman", "Kestrel Buses")),
    # ... but a name's own ``at`` stays (``University of California at Irvine``)
    (
        "professor at the University of Tideway at Marsh",
        ("professor", "University of Tideway at Marsh"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_split_title(text: str, expected: tuple[str | None, str | None]) -> None:
    assert split_title(text) == expected


def test_relative_subject_stands_for_the_name_before_it() -> None:
    text = "Ruiz, who has long described"
    cand = relative_subject(text, 0, len(text))
    assert cand is not None
    assert (cand.kind, text[cand.start : cand.end], cand.name) == (P, "who", "Ruiz")


def test_relative_subject_is_not_a_pronoun_clause() -> None:
    text = "the plan, which he described"
    assert relative_subject(text, 0, len(text)) is None


@pytest.mark.parametrize(
    ("text", "pronoun", "fits"),
    [
        ("Tom Lee", "she", False),
        ("Tom Lee", "he", True),
        ("Ms. Lee", "he", False),
        ("Lee", "she", True),
    ],
)
def test_gender_fits(text: str, pronoun: str, fits: bool) -> None:
    named = Cand(P, 0, len(text), text, None, None, False)
    pron = Cand(PR, 0, len(pronoun), pronoun, None, None, False)
    assert gender_fits(text, named, pron) is fits
