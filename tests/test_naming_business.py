"""Who is who in British business and Canadian copy: the British spelling
``co-ordinator``, a broker or a consultancy named by its kind before its name, surnames
with an elided particle, and a schoolteacher described by a clause. Every case is
invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import Found, speakers
from laborquotes import Role


@pytest.mark.parametrize("spelling", ["co-ordinator", "coordinator"])
def test_a_unions_co_ordinator(spelling: str) -> None:
    text = (
        "Refuse collectors at Brightway will strike on Monday.\n\n"
        f'Unite regional {spelling} Danny Hughes said: "We will win."'
    )
    title = f"regional {spelling}"
    assert speakers(text) == {"Danny Hughes": (title, "Unite", Role.UNION_OFFICIAL)}


#: A broker or a consultancy written by its kind before its name (``at broker
#: Whitcombe Hale``): the name is the organization, the kind no part of the title.
@pytest.mark.parametrize("kind", ["broker", "stockbroker", "brokerage"])
def test_an_analyst_at_a_broker(kind: str) -> None:
    text = f"Tom Brannock, an analyst at {kind} Whitcombe Hale, said the stoppage would cost £20m."
    assert speakers(text) == {"Tom Brannock": ("analyst", "Whitcombe Hale", Role.EXPERT)}


def test_a_consultancy_by_its_kind() -> None:
    text = "Up to 600 flights could be grounded, according to aviation consultancy Skyline Metrics."
    assert [o.name for o in laborquotes.parse(text).organizations] == ["Skyline Metrics"]


def test_a_mortgage_broker_is_a_person() -> None:
    text = '"Rates will rise," said mortgage broker Tom Lee.'
    assert speakers(text) == {"Tom Lee": ("mortgage broker", None, Role.OTHER)}


#: A surname with an elided particle (``d'Entremont``, ``dell'Acqua``) is a name's
#: word, before a verb and after an inverted cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferry crews may strike. Unifor regional director Jean-Paul d'Entremont said "
            "the union would give notice.",
            {"Jean-Paul d'Entremont": ("regional director", "Unifor", Role.UNION_OFFICIAL)},
        ),
        (
            '"We are ready," said Marie d’Amour, a nurse.',
            {"Marie d’Amour": ("nurse", None, Role.WORKER)},
        ),
    ],
)
def test_an_elided_particle_in_a_surname(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: ``who teaches Grade 8 at a school``, in a teachers' dispute: one of them, not an
#: outside expert (``who teaches economics at a university`` still is one).
@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            "Teachers went on strike on Monday. Kat Melnyk, who teaches Grade 8 at a Regina "
            "school, said she spends $900 a year on supplies.",
            Role.WORKER,
        ),
        (
            "Kat Melnyk, who teaches economics at Regina University, said the deal was fair.",
            Role.EXPERT,
        ),
    ],
)
def test_a_schoolteachers_clause(text: str, role: Role) -> None:
    assert speakers(text)["Kat Melnyk"][2] is role


def test_a_class_on_a_subject_is_no_schoolteachers() -> None:
    text = (
        "Teachers went on strike on Monday. Kat Melnyk, who teaches a class on labour law "
        "at Regina University, said the strike was lawful."
    )
    assert speakers(text)["Kat Melnyk"][2] is not Role.WORKER
