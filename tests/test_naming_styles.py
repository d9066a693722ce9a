"""Who is who in sports labour news, Caribbean and Commonwealth parliamentary styles and
European wire copy: players' unions and leagues, players as workers, a league's
commissioner, ``the Hon.`` between a title and a name, a spokesperson ``on`` a
portfolio, Dutch and Spanish particles, a first of two surnames, and a place that
opens a business's name. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes
from _who import speakers
from laborquotes import Role


@pytest.mark.parametrize(
    ("text", "name", "organization"),
    [
        (
            "The Professional Footballers' Association said players were exhausted.",
            "Professional Footballers' Association",
            "Professional Footballers' Association",
        ),
        (
            "The Harbourside Cricketers' Association said the tour was off.",
            "Harbourside Cricketers' Association",
            "Harbourside Cricketers' Association",
        ),
    ],
)
def test_a_players_association_is_a_union(text: str, name: str, organization: str) -> None:
    assert speakers(text) == {name: (None, organization, Role.UNION_OFFICIAL)}


def test_a_players_union_chief_executive_is_its_official() -> None:
    text = (
        "Players may boycott the tests, the Rugby League Players Association (RLPA) said.\n\n"
        "RLPA chief executive Tom Lee said the players had no insurance."
    )
    assert speakers(text)["Tom Lee"] == (
        "chief executive",
        "Rugby League Players Association",
        Role.UNION_OFFICIAL,
    )


@pytest.mark.parametrize(
    "title", ["midfielder", "goalkeeper", "reliever", "quarterback", "defenceman"]
)
def test_a_player_is_a_worker(title: str) -> None:
    text = (
        "The league locked out its players on Monday, the players' union said.\n\n"
        f"Harbour City {title} Jo Park said the players were united."
    )
    assert speakers(text)["Jo Park"][2] is Role.WORKER


def test_a_leagues_commissioner_is_its_management() -> None:
    text = (
        "Major League Baseball locked out its players on Monday after talks with the "
        "Major League Baseball Players Association collapsed.\n\n"
        'Commissioner Tom Lee said: "We have made five proposals."'
    )
    assert speakers(text)["Tom Lee"][2] is Role.EMPLOYER


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        (
            "Minister of Education the Hon. Gail Hinds told the House that repairs had begun.",
            "Gail Hinds",
            "Minister of Education",
        ),
        (
            "Senator the Hon. Ian Cash told the Senate that the cheques were ready.",
            "Ian Cash",
            "Senator",
        ),
        (
            "Health Minister Dr the Hon. Errol Chambers said the sick-out was unfair.",
            "Errol Chambers",
            "Health Minister",
        ),
        (
            "Prime Minister the Most Hon. Delroy Reid said talks would resume.",
            "Delroy Reid",
            "Prime Minister",
        ),
    ],
)
def test_a_style_of_address_between_a_title_and_a_name(text: str, name: str, title: str) -> None:
    assert speakers(text) == {name: (title, None, Role.GOVERNMENT)}


def test_a_spokesperson_on_a_portfolio() -> None:
    text = "Opposition spokesman on health Dr Kevin Lynn said the Government had known for years."
    assert speakers(text) == {
        "Kevin Lynn": ("Opposition spokesman on health", None, Role.GOVERNMENT)
    }


@pytest.mark.parametrize(
    "name",
    ["Sander van 't Hoff", "Joost van ’t Veld", "María de los Ángeles Ortega", "Juan de las Heras"],
)
def test_particles_inside_a_name(name: str) -> None:
    text = f'"Prices rose faster than wages," said {name}, an economist at Harbour Bank.'
    assert speakers(text) == {name: ("economist", "Harbour Bank", Role.EXPERT)}


def test_the_first_of_two_surnames_names_the_person() -> None:
    text = (
        "Lucía Benítez Ortega, a union delegate, said hiring had stopped. Drivers were "
        "covering extra shifts every week, according to Benítez."
    )
    found = {q.attribution.speaker.name for q in laborquotes.parse(text).quotes if q.attribution}
    assert found == {"Lucía Benítez Ortega"}


def test_a_place_that_opens_a_business_name_is_still_the_place() -> None:
    text = (
        "Staff at Brussels Airport walked out on Monday. Brussels police said 4,000 people marched."
    )
    assert speakers(text)["Brussels police"][2] is Role.GOVERNMENT


def test_a_security_screener() -> None:
    text = "At Hamburg airport, security screener Aylin Demir, 34, said her pay had barely moved."
    assert speakers(text) == {"Aylin Demir": ("security screener", None, Role.WORKER)}


@pytest.mark.parametrize("union", ["Harbour Teachers' Union", "Harbour Teachers' Union (HTU)"])
def test_a_title_at_a_first_mention_that_quotes_nothing(union: str) -> None:
    # (named in full as an object, ``met by``; quoted later by honorific and surname)
    text = (
        f"Teachers were met by {union} president Cheryl Bynoe.\n\n"
        "Ms Bynoe said the union had written to the ministry in September."
    )
    assert speakers(text) == {
        "Cheryl Bynoe": ("president", "Harbour Teachers' Union", Role.UNION_OFFICIAL)
    }
