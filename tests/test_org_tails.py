"""A speaker phrase that is only the end of an organization's name speaks for the whole
organization (``laborquotes._org_tails``): names with lower-case words, as French,
Spanish and Italian unions write them, which the speaker grammar cannot read whole."""

from __future__ import annotations

import pytest

import laborquotes as lq

#: Invented organizations, each with lower-case words inside its name.
REGISTRY = lq.load_registry(
    [
        {"name": "Syndicat général des agents de la voirie de Lyon", "kind": "union"},
        {"name": "Sindicato unido de la limpieza de Sevilla", "kind": "union"},
        {"name": "Compagnie fluviale du Rhône", "kind": "employer"},
    ]
)


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        (
            "The Syndicat général des agents de la voirie de Lyon said the strike would go on.",
            "Syndicat général des agents de la voirie de Lyon",
            lq.Role.UNION_OFFICIAL,
        ),
        (
            "The Sindicato unido de la limpieza de Sevilla, which has 4,000 members, said the "
            "offer was too low.",
            "Sindicato unido de la limpieza de Sevilla",
            lq.Role.UNION_OFFICIAL,
        ),
        (
            '"The boats will sail," the Compagnie fluviale du Rhône said on Tuesday.',
            "Compagnie fluviale du Rhône",
            lq.Role.EMPLOYER,
        ),
    ],
)
def test_the_whole_name_speaks(text: str, org: str, role: lq.Role) -> None:
    (quote,) = lq.parse(text, registry=REGISTRY).quotes
    att = quote.attribution
    assert att is not None
    assert att.speaker.name.removeprefix("the ").removeprefix("The ") == org
    assert att.speaker.organization == org
    assert att.speaker.role is role
    assert org in text[att.source_span.start : att.source_span.end]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # another sentence between the mention and the speaker: two phrases, not one name
        (
            "He left the Compagnie fluviale du Rhône. Ana Ruiz said the boats would sail.",
            "Ana Ruiz",
        ),
        # the organization's name ends before the speaker phrase starts
        (
            "At the Compagnie fluviale du Rhône, Ana Ruiz said the boats would sail.",
            "Ana Ruiz",
        ),
    ],
)
def test_a_speaker_outside_the_name_is_kept(text: str, speaker: str) -> None:
    (quote,) = lq.parse(text, registry=REGISTRY).quotes
    assert quote.attribution is not None
    assert quote.attribution.speaker.name == speaker
