"""Who is who in Indian English copy: initials after an office of ``X of Y``, a
union's Hindi head noun standing for it (``Samiti``, ``Sangh``), the kind of worker a
dispute's workforce is named by, and a worker's department. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import Found, speakers
from laborquotes import Role


#: Initials before a name after an office written with ``of`` are the name's
#: (``Leader of the Opposition V.M. Abdul Rasheed``), not the office's last word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Leader of the Opposition V.M. Abdul Rasheed said the government had failed.",
            {"V.M. Abdul Rasheed": ("Leader of the Opposition", None, Role.GOVERNMENT)},
        ),
        (
            "Minister of Labour P. K. Mohan Das said the talks would resume.",
            {"P. K. Mohan Das": ("Minister of Labour", None, Role.GOVERNMENT)},
        ),
        (
            "Secretary of State for Social Care Ann Lee said the talks would resume.",
            {"Ann Lee": ("Secretary of State for Social Care", None, Role.GOVERNMENT)},
        ),
    ],
)
def test_initials_after_an_office_of(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: ``Samiti``, ``Sangh``: a union's head noun alone stands for the union the article
#: named with it (as ``Federation`` does), and leaves the title.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike was called by the Anganwadi Karmachari Sangharsh Samiti.\n\n"
            "Samiti convener Meena Patil said the centres were shut.",
            {
                "Meena Patil": (
                    "convener",
                    "Anganwadi Karmachari Sangharsh Samiti",
                    Role.UNION_OFFICIAL,
                )
            },
        ),
        (
            "Workers of the Rashtriya Mill Mazdoor Sangh went on strike on Monday.\n\n"
            "The Sangh said the management had failed to pay wages.",
            {"The Sangh": (None, "Rashtriya Mill Mazdoor Sangh", Role.UNION_OFFICIAL)},
        ),
    ],
)
def test_a_unions_hindi_head_noun(text: str, expected: dict[str, Found]) -> None:
    assert speakers(text) == expected


#: In a dispute, the word before ``workers`` names a kind of worker (``ASHA workers``):
#: a person with that title is one of them; so are ``helpers``.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "ASHA workers went on strike on Monday. Kamala Devi, an ASHA from Rohtak, "
            "said she earned Rs 6,500 a month.",
            "Kamala Devi",
        ),
        (
            "Anganwadi workers and helpers went on strike. Sunita Pawar, a helper at a "
            "centre in Haveli, said she had not been paid.",
            "Sunita Pawar",
        ),
    ],
)
def test_a_kind_of_worker_in_a_dispute(text: str, name: str) -> None:
    assert speakers(text)[name][2] is Role.WORKER


#: A clause that puts a person in a department of the struck employer, in a dispute,
#: tells a worker (a department was read as a government's).
def test_a_worker_in_a_department() -> None:
    text = (
        "Jute workers went on strike on Monday.\n\n"
        '"They cut our PF," said Rafiq Alam, who has worked in the spinning department '
        "for 19 years."
    )
    assert speakers(text) == {"Rafiq Alam": (None, None, Role.WORKER)}


#: A union's name read back from its head after ``of the`` keeps no ``the``.
@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Workers of the Kestrel Bus Workers Federation went on strike on Monday.",
            ["Kestrel Bus Workers Federation"],
        ),
        (
            "Members of the Rashtriya Mill Mazdoor Sangh went on strike on Monday.",
            ["Rashtriya Mill Mazdoor Sangh"],
        ),
    ],
)
def test_a_unions_name_after_of_the(text: str, names: list[str]) -> None:
    assert [o.name for o in laborquotes.parse(text).organizations] == names
