"""Who is who in Irish and Northern Irish copy, and an employer named only as a
workplace's operator: Irish surnames with a prefixed ``h`` or ``t``, ``Sr`` before a
nun's name, constituencies ending in a compound point of the compass, a legislator
referred to by party and letters, and ``the operator, X``. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import Found, speakers
from laborquotes import Role
from laborquotes._dispute import owner_mentions


#: An Irish surname whose capital comes after a prefixed ``h`` or ``t`` (``Ó hAodha``)
#: ends a subject like any name, in reported speech as in a quotation's cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Labour TD Máire Ní hAodha said the cuts were wrong.",
            {"Máire Ní hAodha": ("TD", "Labour", Role.GOVERNMENT)},
        ),
        (
            "Cathal Ó hUiginn said the depot would close.",
            {"Cathal Ó hUiginn": (None, None, None)},
        ),
        (
            "Senator Rónán Mac an tSaoir said the offer was fair.",
            {"Rónán Mac an tSaoir": ("Senator", None, Role.GOVERNMENT)},
        ),
    ],
)
def test_an_irish_surname_with_a_prefixed_letter(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: ``Sr`` before a name is a nun's style (``Sister``), part of neither name nor title;
#: after a name it is still ``Senior``.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('"We pray for a settlement," said Sr Nuala Brennan.', "Nuala Brennan"),
        ("Sr Nuala Brennan said the hostel was full.", "Nuala Brennan"),
        ("Peter Doyle Sr said the hostel was full.", "Peter Doyle Sr"),
    ],
)
def test_sister_before_a_name(text: str, name: str) -> None:
    assert list(speakers(text)) == [name]


#: A constituency may end in a compound point of the compass (``Cork North-West``).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Fine Gael TD for Cork North-West Donncha Ó Sé said teachers were tired.",
            {"Donncha Ó Sé": ("TD for Cork North-West", "Fine Gael", Role.GOVERNMENT)},
        ),
        (
            "Labour MP for Bristol South-East Olwen Rowe said the cuts were wrong.",
            {"Olwen Rowe": ("MP for Bristol South-East", "Labour", Role.GOVERNMENT)},
        ),
    ],
)
def test_a_constituency_ending_in_a_compound_point(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: ``the Sinn Féin MLA``, ``the Labour MP``: a legislator by party and letters, no
#: organization. It is the politician just quoted (a minister sits as a member), never a
#: nurse or a union's officer.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Finance Minister Liam Mac Giolla said he wanted a fair deal.\n\n"
            '"I will not make promises I cannot keep," the Sinn Féin MLA told the assembly.',
            ["Liam Mac Giolla", "Liam Mac Giolla"],
        ),
        (
            "Ann Rowe, the Labour MP for Leeds East, said the trust had failed.\n\n"
            '"Patients deserve better," the Labour MP told reporters.',
            ["Ann Rowe", "Ann Rowe"],
        ),
        (
            "Nurse Ann Rowe said she was exhausted.\n\n"
            '"We back the nurses," the Labour MP told reporters.',
            ["Ann Rowe", "the Labour MP"],
        ),
    ],
)
def test_a_legislator_by_party_and_letters(text: str, expected: list[str]) -> None:
    found = laborquotes.parse(text).quotes
    assert [q.attribution.speaker.name if q.attribution else None for q in found] == expected


def test_a_legislator_by_party_is_a_person() -> None:
    sp = laborquotes.parse_attribution("the SDLP MLA said")
    assert sp is not None
    assert (sp.speaker.name, sp.speaker.is_group) == ("the SDLP MLA", False)


#: A company the text names only as a workplace's operator (``the operator, Corvane
#: Trams,``) is an organization, on the employer side; a person who owns a shop is none.
def test_a_workplaces_operator_is_an_organization() -> None:
    text = (
        "Tram drivers walked out on Monday after the operator, Corvane Trams, refused to "
        'meet them.\n\n"We have made a fair offer," a spokeswoman said.'
    )
    art = laborquotes.parse(text)
    assert [o.name for o in art.organizations] == ["Corvane Trams"]
    assert art.dispute is not None
    assert [o.name for o in art.dispute.employers] == ["Corvane Trams"]
    assert speakers(text) == {"a spokeswoman": ("spokeswoman", "Corvane Trams", Role.EMPLOYER)}


@pytest.mark.parametrize(
    ("text", "people", "names"),
    [
        ("The trams' operator, Corvane Trams, said so.", False, ["Corvane Trams"]),
        ("Drivers blamed the operator, Corvane Trams, for it.", False, ["Corvane Trams"]),
        (
            "The site is managed by the Harbour Trust. Audit files show it.",
            False,
            ["Harbour Trust"],
        ),
        (
            "It is run by the Centre for Missing Persons of Leeds.",
            False,
            ["Centre for Missing Persons of Leeds"],
        ),
        ("Ann Dale, the owner of a cafe, said so.", True, ["Ann Dale"]),
        ("Ann Dale, the owner of a cafe, said so.", False, []),
    ],
)
def test_owner_mentions(text: str, people: bool, names: list[str]) -> None:
    found = list(owner_mentions(text, people=people))
    assert [name for _, name in found] == names
    assert all(text[at : at + len(name)] == name for at, name in found)


def test_an_owners_short_name_written_longer_is_no_new_company() -> None:
    text = (
        "Porters at Kestrel Vale Health went on strike on Friday.\n\n"
        "Kestrel, which operates two hospitals, said in a statement that it had offered "
        "a raise."
    )
    names = [o.name for o in laborquotes.parse(text).organizations]
    assert "Kestrel" not in names
