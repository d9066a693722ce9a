"""Who is who in public-sector disputes as US local copy writes them: a person titled
after a body's name with ``of`` (``... Federation of Teachers President X``), a city, a
district or a college as the employer of its own staff, a professor who teaches at the
struck college, and courtesy styles of the Philippines and Malaysia. Every case is
invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import speakers
from laborquotes import Role


#: A body's name with ``of``, then a capitalized title and a person's name: the name
#: ends before the title, whatever the first name (the vocabulary's given names are a
#: sample: ``Ramona``, ``Kari`` are not in it).
@pytest.mark.parametrize(
    ("body", "first", "role"),
    [
        ("Hillcrest Federation of Teachers", "Ramona", Role.UNION_OFFICIAL),
        ("Westfield Association of Nurses", "Kari", Role.UNION_OFFICIAL),
        ("Millbrook Board of Education", "Ramona", Role.GOVERNMENT),
        ("Dunmore Board of Education", "Linda", Role.GOVERNMENT),
    ],
)
def test_a_title_after_a_bodys_name_with_of(body: str, first: str, role: Role) -> None:
    text = f"{body} President {first} Okafor-Reyes said the deal caps class sizes at 26."
    assert speakers(text) == {f"{first} Okafor-Reyes": ("President", body, role)}


@pytest.mark.parametrize(
    "name",
    [
        "Union of Chief Petty Officers",
        "Federation of Nurses and Health Professionals",
        "Illinois State Board of Elections",
    ],
)
def test_a_name_with_of_and_no_person_in_it_stays_whole(name: str) -> None:
    text = f"The {name} said it would appeal the ruling."
    assert [o.name for o in laborquotes.parse(text).organizations] == [name]


#: City workers strike; the only company named is in a striker's quotation, far from
#: any word of the strike. The city, whose employees they are, is the employer.
_CITY_STRIKE = (
    "About 300 city workers walked off the job Monday. The strikers, employees of the "
    "City of Ashgrove and members of AFSCME Local 2210, include drivers and clerks.\n\n"
    '"Half my crew drive for Uber at night," said Tom Lee, a driver.\n\n'
    "City Manager Ana Ruiz said the city had offered a fair deal.\n\n"
    '"We are still at the table," said Jo Park, a city spokeswoman.'
)


def test_the_city_employs_its_striking_workers() -> None:
    article = laborquotes.parse(_CITY_STRIKE)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["City of Ashgrove"]
    found = speakers(_CITY_STRIKE)
    assert found["Ana Ruiz"] == ("City Manager", "City of Ashgrove", Role.EMPLOYER)
    assert found["Jo Park"] == ("spokeswoman", "City of Ashgrove", Role.EMPLOYER)


def test_a_company_named_where_the_strike_is_stays_the_employer() -> None:
    text = (
        "Drivers at Quickcart Logistics walked off the job Monday in a dispute over pay, the "
        "union said. The City of Ashgrove said its own staff were not affected.\n\n"
        '"We will not be moved," said Tom Lee, a driver.'
    )
    article = laborquotes.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Quickcart Logistics"]


#: A faculty strike at a college no table knows: the college employs its faculty.
_COLLEGE_STRIKE = (
    "Faculty at Brackley Valley College went on strike Monday.\n\n"
    "College President Ana Ruiz said enrollment had fallen by a fifth.\n\n"
    "Nursing professor Tom Lee, who has taught at the college since 2004, said the "
    "program had lost four instructors.\n\n"
    "Jo Park, a labor researcher at Eastmoor University, said such strikes are rare."
)


def test_the_college_employs_its_faculty() -> None:
    article = laborquotes.parse(_COLLEGE_STRIKE)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Brackley Valley College"]
    found = speakers(_COLLEGE_STRIKE)
    assert found["Ana Ruiz"] == ("College President", "Brackley Valley College", Role.EMPLOYER)
    assert found["Tom Lee"][2] is Role.WORKER
    assert found["Jo Park"] == ("labor researcher", "Eastmoor University", Role.EXPERT)


def test_a_professor_with_no_tie_to_the_employer_stays_an_expert() -> None:
    text = (
        "Faculty at Brackley Valley College went on strike Monday.\n\n"
        "Tom Lee, a history professor who has taught labor law for a decade, said "
        "such strikes are rare."
    )
    assert speakers(text)["Tom Lee"][2] is Role.EXPERT


#: Courtesy styles before a name: a lawyer's (the Philippines), Mr and Mrs in Malay.
@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Regional Director Atty. Grace Villamor said both sides were invited.",
            "Grace Villamor",
            "Regional Director",
        ),
        (
            "Union counsel Atty Jose Dela Pena said the hospital could pay.",
            "Jose Dela Pena",
            "union counsel",
        ),
        ("Encik Rahman Yusof said the forms were due on Friday.", "Rahman Yusof", None),
        ('"We are tired," said Puan Siti Aishah, a teacher.', "Siti Aishah", "teacher"),
    ],
)
def test_courtesy_styles_are_no_title(text: str, name: str, title: str | None) -> None:
    assert speakers(text)[name][0] == title


#: A transit strike: the authority is named only where its chief speaks of its offer,
#: and the one company named is in a rider's quotation.
_TRANSIT_STRIKE = (
    "No buses in Kestrel County as transit workers strike\n\n"
    "Bus service across Kestrel County stopped Monday after 400 drivers with ATU Local "
    "1701 walked off the job.\n\n"
    "Harbour Valley Transit Authority CEO Ana Ruiz said the authority's final offer was "
    "fair.\n\n"
    "HVTA said in a statement that paratransit would continue.\n\n"
    '"Nobody can afford an Uber every day," said Jo Park, a rider.'
)


def test_the_body_that_makes_the_offer_is_the_employer() -> None:
    article = laborquotes.parse(_TRANSIT_STRIKE)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Harbour Valley Transit Authority"]
    found = speakers(_TRANSIT_STRIKE)
    assert found["Ana Ruiz"] == ("CEO", "Harbour Valley Transit Authority", Role.EMPLOYER)


def test_an_undefined_acronym_speaking_is_the_body_it_spells() -> None:
    found = speakers(_TRANSIT_STRIKE)
    assert found["HVTA"] == (None, "Harbour Valley Transit Authority", Role.EMPLOYER)


def test_a_county_named_before_as_is_no_staff_adjective() -> None:
    # (``Kestrel County as transit workers strike``: no ``county workers``)
    from laborquotes._public_employers import _owned_staff_re

    assert _owned_staff_re().search("Kestrel County as transit workers strike") is None
    assert _owned_staff_re().search("county road workers walked out") is not None


@pytest.mark.parametrize("district", ["DFL-St. Cloud", "D-St. Louis", "R-Ft. Worth"])
def test_a_party_and_a_saints_town_end_no_sentence(district: str) -> None:
    text = f"State Sen. Aisha Farah, {district}, who sponsors the bill, said lawmakers must act."
    assert speakers(text)["Aisha Farah"][2] is Role.GOVERNMENT
