"""Unions no table knows that the article says represent a workforce. Every case is
invented."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import laborquotes
from laborquotes import Role
from laborquotes._model import OrgKind
from laborquotes._represented import (
    MAX_REPRESENTED,
    UNION_NAME_JOINERS,
    with_represented_unions,
)


def _unions(text: str) -> list[tuple[str, str | None]]:
    return [(o.name, o.acronym) for o in with_represented_unions(text, ())]


@pytest.mark.parametrize(
    ("text", "unions"),
    [
        (
            "The Bund Freier Lokfuehrer (BFL), which represents about 9,000 train drivers, "
            "called a strike.",
            [("Bund Freier Lokfuehrer", "BFL")],
        ),
        (
            "Loom Workers Front, which represents garment workers, said pay was late.",
            [("Loom Workers Front", None)],
        ),
        (
            "The Sindicato de Estibadores, representing 600 dockers, said so.",
            [("Sindicato de Estibadores", None)],
        ),
    ],
)
def test_a_name_that_represents_a_workforce_is_a_union(
    text: str, unions: list[tuple[str, str | None]]
) -> None:
    assert _unions(text) == unions


@pytest.mark.parametrize(
    "text",
    [
        # a person who represents a district; an advocacy group's members are no workforce
        "Ana Ruiz, who represents the eastern district, said so.",
        "Shoppers First, which represents 2 million members, said prices were too high.",
        # one word may open a sentence
        "Lawyers, who represent 40 nurses, said so.",
    ],
)
def test_no_union_without_a_name_and_a_workforce(text: str) -> None:
    assert _unions(text) == []


def test_its_acronym_names_it_and_its_people_speak_for_it() -> None:
    text = (
        "The Bund Freier Lokfuehrer (BFL), which represents about 9,000 train drivers, "
        'called a strike.\n\n"We will not back down," BFL spokesman Jan Roth said.'
    )
    article = laborquotes.parse(text)
    [union] = article.organizations
    assert (union.kind, union.acronym) == (OrgKind.UNION, "BFL")
    assert [text[m.start : m.end] for m in union.mentions] == [
        "Bund Freier Lokfuehrer",
        "BFL",
        "BFL",
    ]
    attribution = article.quotes[-1].attribution
    assert attribution is not None
    speaker = attribution.speaker
    assert (speaker.name, speaker.role) == ("Jan Roth", Role.UNION_OFFICIAL)


def test_the_count_is_bounded() -> None:
    names = [f"Front {chr(65 + i // 26)}{chr(97 + i % 26)}x Aa" for i in range(MAX_REPRESENTED + 5)]
    text = " ".join(f"The {n}, which represents nurses, met." for n in names)
    assert len(with_represented_unions(text, ())) == MAX_REPRESENTED


@given(st.text(alphabet="Ab (C), which represents nurses\n", max_size=200))
def test_spans_slice_back_on_any_text(text: str) -> None:
    for org in with_represented_unions(text, ()):
        assert all(text[m.start : m.end] in (org.name, org.acronym) for m in org.mentions)


@pytest.mark.parametrize(
    ("text", "unions"),
    [
        ("The strike was called by the flight attendants' union SNPCL on Monday.", ["SNPCL"]),
        ("The pilots' union Vereinigung Cockpit called a strike.", ["Vereinigung Cockpit"]),
        (
            "The dockers' union Sindicato de Estibadores del Sur struck.",
            ["Sindicato de Estibadores del Sur"],
        ),
        ("A walkout by the drivers' union Ferrovia. It began at dawn.", ["Ferrovia"]),
        # an officer, a day, a union with no workforce named before it: none
        ("The nurses' union President Ana Ruiz said so.", []),
        ("The workers' union Monday said talks had failed.", []),
        ("The union SNPCL said so.", []),
    ],
)
def test_a_name_after_a_workforces_union_is_a_union(text: str, unions: list[str]) -> None:
    assert [o.name for o in with_represented_unions(text, ())] == unions


def test_union_name_joiners_are_sorted_and_unique() -> None:
    assert list(UNION_NAME_JOINERS) == sorted(set(UNION_NAME_JOINERS))
