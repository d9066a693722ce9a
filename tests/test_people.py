"""The cast of an article: ``Article.people``, mentions, canonical names, links.

Every article here is invented.
"""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes._model import link_speakers

M = lq.MentionKind

PAY_TALKS = (
    "Ana Maria Ruiz, the general secretary of Unite, said the offer was an insult.\n\n"
    '"We have waited long enough," Ms Ruiz said. "Our members will decide."\n\n'
    "Tom Okafor, a spokesman for the bus company, disagreed. "
    '"The offer is generous," he said.\n\n'
    '"We will not go higher than this," Mr Okafor added.\n\n'
    "Ruiz said a ballot would open next week."
)


def _cast(text: str) -> lq.Article:
    return lq.parse(text)


def _mentions(article: lq.Article, text: str, i: int) -> list[tuple[str, str]]:
    return [(m.span.slice(text), m.kind.value) for m in article.people[i].mentions]


def test_people_are_ordered_by_first_mention_with_canonical_names() -> None:
    article = _cast(PAY_TALKS)
    assert [p.name for p in article.people] == ["Ana Maria Ruiz", "Tom Okafor"]


def test_every_mention_of_a_person_and_how_it_refers() -> None:
    article = _cast(PAY_TALKS)
    assert _mentions(article, PAY_TALKS, 0) == [
        ("Ana Maria Ruiz", "full"),
        ("Ms Ruiz", "honorific"),
        ("Ruiz", "surname"),
    ]
    assert _mentions(article, PAY_TALKS, 1) == [
        ("Tom Okafor", "full"),
        ("he", "pronoun"),
        ("Mr Okafor", "honorific"),
    ]


def test_every_quote_names_its_speaker_at_the_fullest_form() -> None:
    article = _cast(PAY_TALKS)
    names = {q.attribution.speaker.name for q in article.quotes if q.attribution}
    assert names == {"Ana Maria Ruiz", "Tom Okafor"}


def test_speaker_person_and_quote_speaker_point_at_the_cast() -> None:
    article = _cast(PAY_TALKS)
    for q in article.quotes:
        assert q.attribution is not None
        sp = q.attribution.speaker
        assert sp.person is not None
        assert q.speaker is article.people[sp.person]
        assert q.speaker.name == sp.name


def test_person_organization_is_an_index_into_the_organizations() -> None:
    article = _cast(PAY_TALKS)
    ruiz = article.people[0]
    assert ruiz.organization is not None
    org = article.organizations[ruiz.organization]
    assert "Unite" in (org.name, org.acronym, *org.aliases)
    assert ruiz.role is lq.Role.UNION_OFFICIAL
    # how the article describes her ("the general secretary of Unite": the union is her
    # organization, the rest her title)
    assert ruiz.title == "general secretary"
    assert article.people[1].title == "spokesman"  # as his speaker record gives it


def test_a_group_speaker_is_no_person_and_speaks_for_its_organization() -> None:
    text = 'SAG-AFTRA said it would ballot its members. "We are ready," the union said.'
    article = _cast(text)
    assert article.people == ()
    quoted = [q for q in article.quotes if q.attribution is not None]
    assert quoted
    for q in quoted:
        assert q.attribution is not None
        assert q.attribution.speaker.person is None
        assert isinstance(q.speaker, lq.Organization)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param(
            '"Stop the cuts!" the crowd chanted. "We are tired," a nurse at the ward said.',
            ["a nurse at the ward"],
            id="a-crowd-is-no-person",
        ),
        pytest.param(
            'Siobhan Ni Bhriain chairs the council. "No deal yet," Ms Ni Bhriain said.',
            ["Siobhan Ni Bhriain"],
            id="two-word-surname",
        ),
        pytest.param(
            '"Fine," said Jo Park. "We agree," said Lee Chan. "Good," Park said.',
            ["Jo Park", "Lee Chan"],
            id="two-people",
        ),
        pytest.param("No one was quoted in this story.", [], id="nobody"),
    ],
)
def test_cast_names(text: str, names: list[str]) -> None:
    assert [p.name for p in _cast(text).people] == names


def test_the_cast_survives_to_dict_from_dict_and_pickle() -> None:
    article = _cast(PAY_TALKS)
    again = lq.Article.from_dict(article.to_dict())
    assert again == article
    assert again.people == article.people
    for q, r in zip(article.quotes, again.quotes, strict=True):
        assert q.speaker == r.speaker
    assert pickle.loads(pickle.dumps(article)).people == article.people


def test_mention_and_person_records_are_frozen_and_keyword_only() -> None:
    mention = lq.Mention(span=lq.Span(start=0, end=3), kind=M.FULL)
    person = lq.Person(name="Ana Ruiz", mentions=(mention,))
    with pytest.raises(AttributeError):
        person.name = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        lq.Person("Ana Ruiz")  # type: ignore[call-arg]
    assert lq.Person.from_dict(person.to_dict()) == person
    assert person.to_dict()["mentions"] == [{"span": {"start": 0, "end": 3}, "kind": "full"}]


@pytest.mark.parametrize(
    ("speaker", "shown"),
    [
        (lq.Speaker(name="Ana Ruiz", title="president"), "Ana Ruiz"),
        (lq.Speaker(name="a  spokeswoman for Unite"), "a spokeswoman for Unite"),
        (lq.Speaker(name="he", title="union president"), "union president"),
        (lq.Speaker(name="They", organization="Unite"), "Unite"),
        (lq.Speaker(name="she"), "she"),
        # a group that only points at an organization is shown by the organization
        (
            lq.Speaker(name="the company", organization="Harbour Buses", is_group=True),
            "Harbour Buses",
        ),
        (lq.Speaker(name="the statement", organization="Unison", is_group=True), "Unison"),
        (lq.Speaker(name="the company"), "the company"),
        (
            lq.Speaker(name="the Harbour Buses board", organization="Harbour Buses", is_group=True),
            "the Harbour Buses board",
        ),
    ],
)
def test_speaker_display_name(speaker: lq.Speaker, shown: str) -> None:
    assert speaker.display_name == shown


# --------------------------------------------------------------------------- properties

_FIRST = ["Ana", "Tom", "Jo", "Maria", "Lee"]
_LAST = ["Ruiz", "Okafor", "Park", "Santos", "Chan"]
_SENTENCES = st.sampled_from(
    [
        '"We want a fair deal," said {f} {l}, a union organiser.',
        '{f} {l} spoke at the depot. "Nobody wants this," she said.',
        '"The talks went well," Ms {l} said.',
        '"We will see," {l} added.',
        "The union said it would strike on Monday.",
        '"Stop!" the crowd shouted. "Enough," he said.',
        "{l} said the offer was too low.",
    ]
)
_ARTICLES = st.lists(
    st.tuples(_SENTENCES, st.sampled_from(_FIRST), st.sampled_from(_LAST)), max_size=8
).map(lambda parts: "\n\n".join(s.format(f=f, l=last) for s, f, last in parts))


@settings(max_examples=60, deadline=None)
@given(_ARTICLES)
def test_mentions_slice_back_and_people_come_in_order(text: str) -> None:
    article = lq.parse(text)
    firsts = []
    for person in article.people:
        assert person.mentions
        spans = [m.span for m in person.mentions]
        assert spans == sorted(spans)
        for m in person.mentions:
            assert m.span.slice(text) == text[m.span.start : m.span.end]
            assert m.span.slice(text).strip()
        firsts.append(spans[0].start)
    assert firsts == sorted(firsts)
    for q in article.quotes:
        sp = q.attribution.speaker if q.attribution is not None else None
        if sp is not None and sp.person is not None:
            assert article.people[sp.person].name == sp.name


#: ``(text, role of the quote's speaker)``: a politician of any party, in government or
#: in opposition, is ``government`` when the article labels them so at any mention,
#: even where the quote gives only an honorific (``Mr Brantley said``).
POLITICIAN_ROWS: list[tuple[str, lq.Role | None]] = [
    ('Texas Sen. Ted Brantley toured a plant. "We will win," Mr. Brantley said.', lq.Role.GOVERNMENT),
    ('Republican presidential candidate Don Brantley spoke. "Big," Mr Brantley said.', lq.Role.GOVERNMENT),
    ('Democratic front-runner Ana Whitlow spoke. "We can," Ms Whitlow said.', lq.Role.GOVERNMENT),
    ('former Labour leader Neil Kinsale spoke. "No," Mr Kinsale said.', lq.Role.GOVERNMENT),
    ('Ana Whitlow (D-Ohio) spoke. "Yes," Ms. Whitlow said.', lq.Role.GOVERNMENT),
    ('Jane Dorrit (Labour, Leeds Central) spoke. "No," Ms Dorrit said.', lq.Role.GOVERNMENT),
    ('Ana Whitlow, the Democratic nominee, spoke. "We can," Ms Whitlow said.', lq.Role.GOVERNMENT),
    # no political label: no role
    ('Voters backed Tom Brantley. "Fine," Mr Brantley said.', None),
    # a first name before the surname is no label (``President Bill Whitlow``)
    ('Ana Whitlow met former President Bill Brantley. "Fine," Ms Whitlow said.', None),
    # a possessive before the name is its owner, not a label
    ('The Campaign\'s Tom Brantley spoke. "Fine," Mr Brantley said.', None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "role"), POLITICIAN_ROWS)
def test_a_politician_labelled_anywhere_is_government(text: str, role: lq.Role | None) -> None:
    art = lq.parse(text)
    assert art.quotes
    assert art.quotes[0].attribution is not None
    assert art.quotes[0].attribution.speaker.role is role
    assert [p.role for p in art.people] == [role]
    if role is not None:
        assert [v.key for v in art.voices.by_role] == [role]


#: ``(text, speaker name, title, role)``: a person quoted by surname alone and named in
#: full only later (not as a speaker) is reported at the full name, with the title the
#: article gives there; two people of the surname leave it as written.
LATER_FULL_NAME_ROWS: list[tuple[str, str, str | None, lq.Role | None]] = [
    ('"We will win," Ms Ruiz said on Monday.\n\nThe strike was called by Ana Ruiz, the union president.', "Ana Ruiz", "union president", lq.Role.UNION_OFFICIAL),
    ('"Pay up," Kell said.\n\nThe talks were led by Tom Kell, the general secretary.', "Tom Kell", "general secretary", lq.Role.UNION_OFFICIAL),
    ('"Pay up," Kell said.\n\nTom Kell and Ann Kell both spoke at the rally.', "Kell", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "title", "role"), LATER_FULL_NAME_ROWS)
def test_a_person_named_in_full_only_later(
    text: str, name: str, title: str | None, role: lq.Role | None
) -> None:
    art = lq.parse(text)
    assert art.quotes
    att = art.quotes[0].attribution
    assert att is not None
    assert (att.speaker.name, att.speaker.title, att.speaker.role) == (name, title, role)
    assert [p.name for p in art.people] == [name]


_CAST_DIR = Path(__file__).parent / "casts"


@pytest.mark.parametrize("path", sorted(_CAST_DIR.glob("*.txt"))[:8], ids=lambda p: p.stem)
def test_the_cast_links_every_quote_as_link_speakers_does(path: Path) -> None:
    art = lq.parse(path.read_text(encoding="utf-8"))
    relinked = link_speakers(art.quotes, art.people, art.organizations)
    assert all(a is b for a, b in zip(relinked, art.quotes, strict=True))


#: (text, the role of Ana Ruiz in the cast): an audience after a participle of speech
#: gives the speaker no role; whom she speaks for does.
AUDIENCE_ROWS: list[tuple[str, lq.Role | None]] = [
    ("Ana Ruiz, speaking to reporters on Monday, said the depot would close.", None),
    ("Speaking to journalists, Ana Ruiz said the depot would close.", None),
    ("Ana Ruiz, speaking for the government, said the depot would close.", lq.Role.GOVERNMENT),
]


@pytest.mark.parametrize(("text", "role"), AUDIENCE_ROWS)
def test_an_audience_is_not_the_speakers_role(text: str, role: lq.Role | None) -> None:
    (person,) = lq.parse(text).people
    assert person.name == "Ana Ruiz"
    assert person.role is role


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            'Ann Colby, Ohio Secretary of State, criticized the ruling. "This has to stop," '
            "Colby said.",
            "Ohio Secretary of State",
        ),
        (
            'Ross Keane, the Minister for Health, visited the ward. "We hear you," Keane said.',
            "Minister for Health",
        ),
    ],
)
def test_a_title_with_its_portfolio_is_carried_whole(text: str, title: str) -> None:
    quote = lq.parse(text).quotes[-1]
    assert quote.kind == lq.QuoteKind.DIRECT
    assert quote.attribution is not None
    assert quote.attribution.speaker.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a title that ends a longer description of the first mention is carried
        (
            "Pat Drew spoke with the economic development minister, Hugh Kerrigan, on "
            'Monday. "We will help," Kerrigan said.',
            "economic development minister",
        ),
        (
            "Pat Drew met economic development minister Hugh Kerrigan on Monday. "
            '"We will help," Kerrigan said.',
            "economic development minister",
        ),
        # but not an office someone runs for
        (
            "Pat Drew, who plans to run for president, visited the plant on Monday. "
            '"We will help," Drew said.',
            None,
        ),
    ],
)
def test_a_title_ending_a_description_is_carried(text: str, title: str | None) -> None:
    quote = lq.parse(text).quotes[-1]
    assert quote.attribution is not None
    assert quote.attribution.speaker.title == title
