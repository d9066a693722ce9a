"""The place tables: which country an article's places name."""

from __future__ import annotations

import pytest

from laborquotes import _places


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Drivers in Sydney and NSW walked out.", "AU"),
        ("Nurses in Toronto, Ontario, walked out.", "CA"),
        ("Australian and Irish unions met in Dublin and Cork, said an Irish official.", "IE"),
        ("New South Wales and Wales", None),  # (a tie: no country)
        ("The union said the offer was final.", None),
    ],
)
def test_country_hint(text: str, country: str | None) -> None:
    assert _places.country_hint(text) == country
