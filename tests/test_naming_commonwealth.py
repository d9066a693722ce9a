"""Naming forms of West and East African, Irish and Commonwealth copy: styles before a
name, offices with a portfolio or a principal, participles that open a sentence, and
Irish surnames with a prefixed letter; professions as titles, and a business named in
apposition after its noun. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from laborquotes import Role
from laborquotes._marks import TITLE_ABBREVIATIONS
from laborquotes._vocab import FOR_PORTFOLIO_TITLES, HONORIFICS, IRISH_SURNAME_OPENERS


def _first(text: str) -> laborquotes.Speaker:
    quotes = [q for q in laborquotes.parse(text).quotes if q.attribution is not None]
    assert quotes, text
    return quotes[0].attribution.speaker  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # an office with its portfolio after ``for`` is one title
        ("The state Commissioner for Works, Mrs Bisi Ade, said the road would open.",
         "Bisi Ade", "state Commissioner for Works"),
        # an office with its principal after ``to``: whose aide, no organization
        ("The Chief Press Secretary to the Governor, Mr Femi Ola, said the union erred.",
         "Femi Ola", "Chief Press Secretary to the Governor"),
        ("Femi Ola, special adviser to the Prime Minister, said the union erred.",
         "Femi Ola", "special adviser to the Prime Minister"),
        # an office of the civil service, whole after its article
        ("The Head of Service, Alhaji Musa Bello, said the wage bill would rise.",
         "Musa Bello", "Head of Service"),
        ("The Chief of Staff, Mr Femi Ola, said the road would open.",
         "Femi Ola", "Chief of Staff"),
        # a style with a full stop that ends no sentence (``Engr.``)
        ("The works manager, Engr. Obi Eze, said the strike was illegal.",
         "Obi Eze", "works manager"),
        # a participle that opens the sentence is nobody's name
        ("Reacting, Mrs Ama Boateng, the district director, said the list was sent.",
         "Ama Boateng", "district director"),
        # a short given name is a person's, not a broadcaster's (``Fox``)
        ("Commissioner Al Fox said the budget was tight.", "Al Fox", "Commissioner"),
        # a university's officers
        ("The registrar, Ann Too, said spending was frozen.", "Ann Too", "registrar"),
    ],
)  # fmt: skip
def test_commonwealth_offices_and_styles(text: str, name: str, title: str) -> None:
    sp = _first(text)
    assert (sp.name, sp.title) == (name, title)
    assert sp.organization is None


#: A capitalized title before ``of`` and a body's name, then the name in apposition:
#: the body is the organization, not the title's words with it.
def test_a_capitalized_title_of_a_body() -> None:
    sp = _first(
        "Teachers went on strike on Monday.\n\nThe state Chairman of the Nigeria Union of "
        "Teachers (NUT), Comrade Hauwa Bala, said primary teachers would join."
    )
    assert (sp.name, sp.title, sp.organization) == (
        "Hauwa Bala",
        "state Chairman",
        "Nigeria Union of Teachers",
    )


def test_a_commissioner_of_a_body_keeps_it() -> None:
    sp = _first('"We will vote," said Tom Bale, a commissioner of Wendover County.')
    assert (sp.title, sp.organization) == ("commissioner", "Wendover County")


#: Irish surnames that carry a prefixed ``h`` or ``t`` before their capital.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We have no money," said Conall Ó hEadhra, the firm\'s managing director.',
         "Conall Ó hEadhra"),
        ("The company's managing director, Conall Ó hEadhra, said money was short.",
         "Conall Ó hEadhra"),
        ('Union chair Dr Orla Nic an tSaoi said: "Nobody is refusing to work."',
         "Orla Nic an tSaoi"),
    ],
)  # fmt: skip
def test_irish_prefixed_surnames(text: str, name: str) -> None:
    assert _first(text).name == name


#: An Irish surname written with its opener as a word (``Ó Murchú``) is the surname a
#: later mention uses: the person named in full before, with their title and party.
def test_an_irish_surname_with_its_opener_is_the_surname() -> None:
    text = (
        "Sinn Féin councillor Seán Ó Broin said the depot site had lain idle for years. "
        'Cllr Ó Broin, who tabled the motion, said the council "has every tool it needs".'
    )
    speakers = {
        (
            q.attribution.speaker.name,
            q.attribution.speaker.title,
            q.attribution.speaker.organization,
        )
        for q in laborquotes.parse(text).quotes
        if q.attribution is not None
    }
    assert speakers == {("Seán Ó Broin", "councillor", "Sinn Féin")}


#: An Irish council's chair (``Cathaoirleach``) is a title.
def test_the_cathaoirleach_is_a_title() -> None:
    sp = _first(
        "The Cathaoirleach of Kilbride County Council, Cllr Nora Daly, said she was "
        '"deeply disappointed".'
    )
    assert (sp.name, sp.title, sp.organization) == (
        "Nora Daly",
        "Cathaoirleach",
        "Kilbride County Council",
    )


#: A university's vice-chancellor is its management in its staff's strike.
def test_a_vice_chancellor_is_the_universitys() -> None:
    text = (
        "Lecturers at Kipsoi University went on strike on Monday over unpaid arrears.\n\n"
        "Vice-Chancellor Prof. Ruth Chebet said the university had no money."
    )
    sp = _first(text)
    assert (sp.organization, sp.role) == ("Kipsoi University", Role.EMPLOYER)


def test_tables() -> None:
    assert list(FOR_PORTFOLIO_TITLES) == sorted(set(FOR_PORTFOLIO_TITLES))
    assert list(IRISH_SURNAME_OPENERS) == sorted(set(IRISH_SURNAME_OPENERS))
    dotted = {h.removesuffix(".") for h in HONORIFICS if h.endswith(".")}
    assert dotted <= TITLE_ABBREVIATIONS


#: Professions of medicine, law and science are titles before a name, also after a
#: modifier (``Consultant pathologist``) and a style (``Dr``).
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("The inquest heard from consultant pathologist Dr Ann Reid, who said the fall "
         "caused it.", "consultant pathologist"),
        ("Family solicitor Tom Lee said the family would appeal.", "Family solicitor"),
        ("State epidemiologist Ann Reid said cases were rising.", "State epidemiologist"),
    ],
)  # fmt: skip
def test_professions_are_titles(text: str, title: str) -> None:
    assert _first(text).title == title


#: ``the monitoring company, Northwest Telecare, said``: the business the appositive
#: names speaks, not its description; a person's name there is not read so.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In a statement, the monitoring company, Brookvale Telecare, said it had changed "
         "its procedures.", "Brookvale Telecare"),
        ("The firm, Brookvale Telecare, said it had changed its procedures.",
         "Brookvale Telecare"),
        ("The company, Ann Reid, said it had changed its procedures.", "The company"),
    ],
)  # fmt: skip
def test_a_business_named_in_apposition(text: str, name: str) -> None:
    assert _first(text).name == name


#: A place no table knows before a union's unit office names the unit, not an
#: organization (nor another body that opens with the place's name).
def test_a_place_before_a_unions_branch_office() -> None:
    quotes = laborquotes.parse(
        "Teachers in Kisoro District have laid down tools, Unatu said.\n\n"
        "The Uganda National Teachers' Union (Unatu) Kisoro branch chairperson, Mr Paul "
        "Mugisha, said 312 teachers had not been paid."
    ).quotes
    paul = next(q.attribution.speaker for q in quotes if q.attribution and "312" in q.text)
    assert (paul.title, paul.organization, paul.role) == (
        "Kisoro branch chairperson",
        "Uganda National Teachers' Union",
        Role.UNION_OFFICIAL,
    )
