"""Local governments named by a place (``Tessaway County``, ``Khanyisa Local
Municipality``), their officers and staff, and people named by where they live. Every
case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import speakers
from laborquotes import Role
from laborquotes._public_employers import WORKING_VERBS
from laborquotes._vocab import (
    BODY_ADJECTIVES,
    PLACE_GOVERNMENT_HEADS,
    RESIDENCE_NOUNS,
    STAFF_ADJECTIVE_HEADS,
)

_COUNTY_STRIKE = (
    "Road crews in Wendover County walked off the job on Monday after talks with county "
    "officials broke down.\n\n"
    'County Administrator Ray Pruitt said the county had "bargained in good faith."\n\n'
    "Tom Bale, a snowplow driver for the county, said he had never struck before.\n\n"
    "A county spokeswoman said talks would resume on Friday.\n\n"
    "It is the first walkout by county employees in thirty years."
)


#: A county the article writes as ``the county`` is a local government: its staff's
#: strike makes it the employer, its administrator and spokeswoman speak for it.
def test_a_county_is_the_employer_of_its_staff() -> None:
    article = laborquotes.parse(_COUNTY_STRIKE)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Wendover County"]
    found = speakers(_COUNTY_STRIKE)
    assert found["Ray Pruitt"] == ("County Administrator", "Wendover County", Role.EMPLOYER)
    assert found["Tom Bale"] == ("snowplow driver", "Wendover County", Role.WORKER)
    assert found["A county spokeswoman"][1:] == ("Wendover County", Role.EMPLOYER)


#: With no lower-case ``county`` for a government, ``X County`` is a place; and a name
#: that goes on (``Wendover County Council``) is that longer body's.
@pytest.mark.parametrize(
    "text",
    [
        "Fire crews fought a blaze in Wendover County on Monday. Tom Bale said it was fierce.",
        "Wendover County Council said the county would cut bus routes. Tom Bale said so.",
    ],
)
def test_a_county_is_a_place_otherwise(text: str) -> None:
    names = [o.name for o in laborquotes.parse(text).organizations]
    assert "Wendover County" not in names


#: ``of`` and a town, a state or a county after a name, or after a word of residence, is
#: where the person lives: no organization, a member of the public.
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('"It was fierce," said Tom Bale of Boston.', "Tom Bale", None),
        ('"It was fierce," said Tom Bale of Wendover County.', "Tom Bale", None),
        ('"It was fierce," said Tom Bale, a resident of Wendover County.', "Tom Bale", "resident"),
        ('"It was fierce," said Tom Bale, a longtime resident of Ohio.', "Tom Bale", None),
    ],
)
def test_a_home_town_is_no_organization(text: str, name: str, title: str | None) -> None:
    got_title, org, role = speakers(text)[name]
    assert org is None
    assert role is Role.OTHER
    if title is not None:
        assert got_title == title


#: An office after ``of`` keeps its body: a county's commissioner speaks for it.
def test_an_office_of_a_county_keeps_it() -> None:
    found = speakers('"We will vote," said Tom Bale, a commissioner of Wendover County.')
    assert found["Tom Bale"][:2] == ("commissioner", "Wendover County")


_MUNICIPAL_STRIKE = (
    "Refuse workers at the Khanyisa Local Municipality downed tools on Monday over unpaid "
    "overtime, the union said.\n\n"
    "Municipal spokesperson Lindiwe Dube said the municipality had set money aside.\n\n"
    "Municipal manager Mr Sipho Zwane said the municipality would not pay strikers."
)


#: ``municipal`` before a title means the municipality (``BODY_ADJECTIVES``): in its
#: workers' strike, the employer.
def test_a_municipal_officer_speaks_for_the_municipality() -> None:
    found = speakers(_MUNICIPAL_STRIKE)
    for name in ("Lindiwe Dube", "Sipho Zwane"):
        assert found[name][1:] == ("Khanyisa Local Municipality", Role.EMPLOYER)


#: A minister is never a side, whatever body's word their portfolio shares.
def test_a_minister_stays_government() -> None:
    text = (
        "Nurses at the Westmarch Health Board went on strike on Monday.\n\n"
        'Health Minister Tom Lee said the strike was "regrettable."'
    )
    assert speakers(text)["Tom Lee"][1:] == (None, Role.GOVERNMENT)


def test_tables_are_sorted_and_unique() -> None:
    for table in (PLACE_GOVERNMENT_HEADS, RESIDENCE_NOUNS, STAFF_ADJECTIVE_HEADS):
        assert list(table) == sorted(set(table))
    assert list(BODY_ADJECTIVES) == sorted(set(BODY_ADJECTIVES))


#: A body named ``City of ...`` is referred to by its first noun: ``city workers`` are
#: its staff, so it is their strike's employer.
def test_city_workers_are_the_citys_staff() -> None:
    text = (
        "About 300 city outside workers walked off the job on Monday, leaving trash "
        "uncollected. They maintain parks for the City of Larch Falls.\n\n"
        "The city's chief administrative officer, Dev Rana, said residents should hold "
        "onto their garbage.\n\n"
        "Ken Oates, a grader driver with the city, said he had no choice but to walk."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["City of Larch Falls"]
    found = speakers(text)
    assert found["Dev Rana"][1:] == ("City of Larch Falls", Role.EMPLOYER)
    assert found["Ken Oates"][1:] == ("City of Larch Falls", Role.WORKER)


#: A striker who works for the body, referred to by its head noun, says it employs
#: the workforce (``WORKING_VERBS``).
def test_a_worker_for_the_municipality() -> None:
    text = (
        "About 400 workers downed tools on Monday over unpaid overtime, the union said.\n\n"
        "A spokesperson for the Mbaleni Local Municipality said the municipality had set "
        "money aside.\n\n"
        "One cleaner, who has worked for the municipality for nine years, said she was owed "
        "three months of pay."
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Mbaleni Local Municipality"]


def test_working_verbs_are_sorted() -> None:
    assert list(WORKING_VERBS) == sorted(set(WORKING_VERBS))
