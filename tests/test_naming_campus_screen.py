"""Who is who in campus and screen-industry labour copy: students and their unions,
lecturers in a lecturers' strike, crew trades, small businesses beside a strike, the
organs of a named union (``the WGA's negotiating committee``), and a closing cue's
relative clause. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes import Role


def _speaker(text: str, index: int = 0) -> lq.Speaker:
    quotes = [q for q in lq.parse(text).quotes if q.attribution is not None]
    assert len(quotes) > index, text
    return quotes[index].attribution.speaker  # type: ignore[union-attr]


_CAMPUS = "Lecturers at Kelvin University walked out on Monday over pensions. "
_SCREEN = "Actors went on strike against the studios on Friday. "


@pytest.mark.parametrize(
    ("text", "title", "org", "role"),
    [
        # a students' body is no union and no side, even named for the university
        (_CAMPUS + "Mia Holt, president of the Kelvin University Students' Association, "
         "said students were angry.",
         "president", "Kelvin University Students' Association", Role.OTHER),
        (_CAMPUS + "The Kelvin University Students' Union said it backed the staff.",
         None, "Kelvin University Students' Union", Role.OTHER),
        # a major, a sophomore: students
        (_CAMPUS + "Ravi Menon, a second-year history major, said his seminars had stopped.",
         "second-year history major", None, Role.OTHER),
        # a lecturer with no other body named, in the university's strike of lecturers:
        # its staff
        (_CAMPUS + "Dr Jo Baird, a senior lecturer in physics, said she had never struck.",
         "senior lecturer in physics", "Kelvin University", Role.WORKER),
        # an organ of a named union: an office of the union
        (_CAMPUS + "Sam Ure, a member of the UCU's national executive, said talks had failed.",
         "member of the UCU's national executive", "UCU", Role.UNION_OFFICIAL),
    ],
)  # fmt: skip
def test_campus_speakers(text: str, title: str | None, org: str, role: Role) -> None:
    sp = _speaker(text)
    assert (sp.title, sp.organization, sp.role) == (title, org, role)


def test_a_union_for_student_workers_stays_a_union() -> None:
    sp = _speaker(
        "Teaching assistants walked out on Monday. Mia Holt, president of the Kelvin "
        "Graduate Student Workers union, said the strike would go on."
    )
    assert sp.role is Role.UNION_OFFICIAL


@pytest.mark.parametrize(
    ("text", "title", "org", "role"),
    [
        # a small business beside the strike is a bystander's, its street no part of it
        (_SCREEN + '"Nobody eats out now," said Nick Pappas, owner of the Lantern Diner on '
         "West 46th Street.",
         "owner", "Lantern Diner", Role.OTHER),
        # a crew trade is a worker's, before a name too
        (_SCREEN + "Grip Dale Ortiz, of IATSE Local 80, said he had worked three days "
         "since April.",
         "Grip", "IATSE Local 80", Role.WORKER),
        (_SCREEN + '"I have had two days of work," said Dale Ortiz, a makeup artist.',
         "makeup artist", None, Role.WORKER),
        # a department capitalized by its place opens the title, no body's name
        (_SCREEN + "Casting director Noor Haddad said the deal mattered to her colleagues.",
         "Casting director", None, None),
        # an outside lawyer of the field
        (_SCREEN + "Labor attorney Gail Finch said such votes nearly always pass.",
         "labor attorney", None, Role.EXPERT),
        # an organ of a named union
        (_SCREEN + "Leon Avakian, a member of the WGA's negotiating committee, said the "
         "guild was waiting.",
         "member of the WGA's negotiating committee", "WGA", Role.UNION_OFFICIAL),
    ],
)  # fmt: skip
def test_screen_speakers(text: str, title: str | None, org: str | None, role: Role | None) -> None:
    sp = _speaker(text)
    assert (sp.title, sp.organization) == (title, org)
    if role is not None:
        assert sp.role is role


def test_the_studios_own_business_is_the_employer() -> None:
    sp = _speaker(
        "Cooks at the Lantern Diner walked out on Friday. "
        '"We pay fair wages," said Nick Pappas, owner of the Lantern Diner.'
    )
    assert (sp.organization, sp.role) == ("Lantern Diner", Role.EMPLOYER)


@pytest.mark.parametrize(
    "text",
    [
        "Drivers will stop work on Monday, said the tram union, which represents them.",
        "Drivers will stop work on Monday, said Unite, which represents them.",
    ],
)
def test_a_relative_clause_after_a_closing_cue_is_no_part_of_the_report(text: str) -> None:
    quotes = lq.parse(text).quotes
    assert [q.text for q in quotes] == ["Drivers will stop work on Monday"]


_GIG = "Couriers want a pay floor. "


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        # a customer's clause names no employer of hers
        (_GIG + "Meg Dunn, 31, who takes a Zipride home from night shifts at a hospital, "
         "said she feared losing her only late option.",
         None, None),
        # a worker's clause puts them on a named company's staff (one the registry
        # knows, or in a dispute one it does not)
        (_GIG + "Ana Ruiz, who drives for Lyft, said the floor was overdue.",
         "Lyft", Role.WORKER),
        ("Couriers went on strike over pay. Ana Ruiz, who drives for Zipride, said the "
         "floor was overdue.",
         None, Role.WORKER),
        # a relative clause about a company is no job of a person's
        (_GIG + "Fetcha, which stopped using employed couriers last year, said it was "
         "reviewing its rates.",
         None, None),
        # a lawmaker in a parliament's group is a politician, the group's leaning no part
        # of its name
        (_GIG + '"It is a start," said Anne Colin, a French lawmaker with the liberal '
         "Renew Europe group.",
         "Renew Europe", Role.GOVERNMENT),
        # a company named for the students it carries is still a company
        ("Bus drivers at Pioneer Student Transportation walked out. "
         '"We made our best offer," said Scott Hale, regional manager of Pioneer Student '
         "Transportation.",
         "Pioneer Student Transportation", Role.EMPLOYER),
    ],
)  # fmt: skip
def test_gig_and_platform_speakers(text: str, org: str | None, role: Role | None) -> None:
    sp = _speaker(text)
    assert (sp.organization, sp.role) == (org, role)


def test_a_source_after_according_to_reports_again_in_its_relative_clause() -> None:
    text = (
        "Riders walked out on Friday, according to the Couriers Union, which said the "
        "minimum fee had fallen to £2.80."
    )
    quotes = lq.parse(text).quotes
    assert [q.text for q in quotes] == [
        "Riders walked out on Friday",
        "the minimum fee had fallen to £2.80",
    ]
    assert {q.attribution.speaker.name for q in quotes if q.attribution} == {"Couriers Union"}


def test_a_union_branch_named_for_its_place() -> None:
    sp = _speaker(
        _SCREEN + '"We are fired up," said Tom Reilly, president of SAG-AFTRA\'s Boston '
        "Local, outside the gate."
    )
    assert (sp.organization, sp.role) == ("Boston Local", Role.UNION_OFFICIAL)


def test_a_kind_of_firm_before_its_name_is_no_part_of_it() -> None:
    sp = _speaker(
        _SCREEN + "Marcus Feld, an economist at the consulting firm Westgate Advisors, "
        "said production had fallen."
    )
    assert (sp.title, sp.organization, sp.role) == ("economist", "Westgate Advisors", Role.EXPERT)


def test_a_person_a_fronted_for_phrase_introduces_with_a_title_is_the_pronouns() -> None:
    text = (
        _CAMPUS + "Greg Mahon, a manager, said the offer was fair.\n\n"
        "For first-year student Liam Doyle, the picket line is part of his walk to class. "
        '"I know their names now," he said.'
    )
    assert _speaker(text, 1).name == "Liam Doyle"
