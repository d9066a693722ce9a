"""Who is who in African and Asian English-language copy: ``Cde`` before a name, a
county assembly's member, a company's acronym defined after its full name, a mining
company by its first words, public-sector staff, a legislator ``of the`` body they sit
for, and a union of a profession. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import speakers
from laborquotes import Role


def test_comrade_abbreviated_is_a_courtesy_style() -> None:
    text = "Deputy Minister of Health and Child Care Cde Tendai Moyo said the matter was in hand."
    assert speakers(text) == {
        "Tendai Moyo": ("Deputy Minister of Health and Child Care", None, Role.GOVERNMENT)
    }


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Lurambi MCA Janet Wafula said the committee would meet.", "Lurambi MCA"),
        ("Janet Wafula, the MCA for Lurambi, said the committee would meet.", "MCA for Lurambi"),
    ],
)
def test_a_member_of_a_county_assembly_is_a_legislator(text: str, title: str) -> None:
    assert speakers(text) == {"Janet Wafula": (title, None, Role.GOVERNMENT)}


def test_an_acronym_without_the_companys_legal_form() -> None:
    text = (
        "Drivers at Coastline Transit Services Limited (CTS) went on strike on Monday, the "
        "union said.\n\n"
        "CTS's Head of Corporate Affairs, Efua Mensah, said the arrears had been paid."
    )
    found = speakers(text)
    assert found["Efua Mensah"] == (
        "Head of Corporate Affairs",
        "Coastline Transit Services Limited",
        Role.EMPLOYER,
    )


def test_a_mining_company_by_its_first_words() -> None:
    text = (
        "Kafue Crest Copper Mines Plc will cut 400 jobs at its Mindolo shaft, the union "
        "said.\n\n"
        "Kafue Crest corporate affairs manager Ruth Banda said the cuts were needed."
    )
    # (shown as the article writes it; the full name is the organization's)
    assert speakers(text)["Ruth Banda"] == (
        "corporate affairs manager",
        "Kafue Crest",
        Role.EMPLOYER,
    )
    [company] = [o for o in laborquotes.parse(text).organizations if o.name.startswith("Kafue")]
    assert company.name == "Kafue Crest Copper Mines Plc"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a trade or a grade at a public body: its staff
        (
            "Civil servants stayed away on Monday. Bola Ade, a clerical officer at the "
            "Federal Ministry of Works, said her pay no longer covered her fares.",
            "Bola Ade",
            Role.WORKER,
        ),
        (
            "Ana Ruiz, a nurse at the Department of Health, said the wards were full.",
            "Ana Ruiz",
            Role.WORKER,
        ),
        # the body's officials and legislators stay government
        (
            "Tom Lee, a spokesman for the Department of Health, said the wards were safe.",
            "Tom Lee",
            Role.GOVERNMENT,
        ),
        (
            "Noor Ali, an assistant undersecretary at the Ministry of Labour, said the "
            "rules would change.",
            "Noor Ali",
            Role.GOVERNMENT,
        ),
    ],
)
def test_public_sector_staff(text: str, name: str, role: Role) -> None:
    assert speakers(text)[name][2] is role


def test_a_workplace_is_never_a_pronoun() -> None:
    text = (
        "Workers at Acme Foods Ltd walked out on Monday.\n\n"
        '"I just want to be employed by the company I work for," said Jo Park, a packer.'
    )
    assert [o.name for o in laborquotes.parse(text).organizations] == ["Acme Foods Ltd"]


def test_a_legislator_of_the_body_after_a_comma() -> None:
    text = (
        "Lawmaker Chan Ka-wai, of the Federation of Trade Unions, said he had written to "
        "the Labour Department."
    )
    assert speakers(text) == {
        "Chan Ka-wai": ("Lawmaker", "Federation of Trade Unions", Role.GOVERNMENT)
    }


def test_a_list_of_trades_in_a_name_keeps_its_commas() -> None:
    text = "The Union of Bakers, Millers and Allied Workers said it would strike."
    assert [o.name for o in laborquotes.parse(text).organizations] == [
        "Union of Bakers, Millers and Allied Workers"
    ]


def test_a_union_of_a_profession() -> None:
    text = (
        "Teachers are spending hours on data entry, according to a survey by the National "
        "Union of the Teaching Profession (NUTP).\n\n"
        "NUTP Selangor secretary Rahman Yusof said 3,000 teachers took part."
    )
    article = laborquotes.parse(text)
    assert [o.name for o in article.organizations] == ["National Union of the Teaching Profession"]
    assert speakers(text)["Rahman Yusof"][2] is Role.UNION_OFFICIAL
