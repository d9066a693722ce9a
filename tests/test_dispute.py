"""``Article.dispute``: the action an article reports and the organizations on each side.

Every sentence here is invented.
"""

from __future__ import annotations

import pickle

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import Dispute, DisputeAction
from laborquotes._dispute import ACTIONS, ESCALATION, expert_affiliation, find_dispute

A = DisputeAction


def _dispute(text: str) -> tuple[str, list[str], list[str]] | None:
    d = lq.parse(text).dispute
    if d is None:
        return None
    return d.action.value, [o.name for o in d.unions], [o.name for o in d.employers]


# --------------------------------------------------------------------------- detection


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # workers at X walked out; the union named in the sentence
        ("Bus drivers at Stagecoach walked out on Monday, the Unite union said.", ("walkout", ["Unite the Union"], ["Stagecoach"])),
        # workers and an action, nobody named
        ("Nurses walked out on Monday.", ("walkout", [], [])),
        # Indian copy: employees boycott work
        ("Over 9,000 employees of the power utility boycotted work on Monday.", ("strike", [], [])),
        # a broadcaster is the employer when the strike is at it
        ("Staff at the BBC began a 24-hour strike called by the NUJ.", ("strike", ["National Union of Journalists"], ["BBC"])),
        # ... but not when it is only where something was said
        ("An NUJ official told the BBC that pay talks had stalled.", ("talks", ["National Union of Journalists"], [])),
        # a public body that employs (local authorities) is the employer side
        ("Teachers voted to strike after Cosla made a pay offer, the EIS said.", ("ballot", ["Educational Institute of Scotland"], ["Convention of Scottish Local Authorities"])),
        # talks between the union and X; the conciliation service is on neither side
        ("Talks between Unite and Royal Mail resumed at Acas on Tuesday.", ("talks", ["Unite the Union"], ["Royal Mail"])),
        # X locked out its members
        ("The British Columbia Maritime Employers Association locked out members of ILWU Canada.", ("lockout", ["International Longshore and Warehouse Union Canada"], ["British Columbia Maritime Employers Association"])),
        # the most escalated action wins; a later sentence with a labour word counts
        ("The RMT said talks had failed. It called a strike for next week.", ("strike", ["National Union of Rail, Maritime and Transport Workers"], [])),
        # sides named in a later sentence, together
        ("Nurses went on strike on Monday.\n\nThe INMO said the Health Service Executive had ignored its warnings.", ("strike", ["Irish Nurses and Midwives Organisation"], ["Health Service Executive"])),
        # an overtime ban and a work-to-rule
        ("Members of Unison began an overtime ban at the hospital.", ("overtime_ban", ["Unison"], [])),
        ("The INMO began a work-to-rule on Monday.", ("work_to_rule", ["Irish Nurses and Midwives Organisation"], [])),
        # a federation with an employer, or a federation's strike, is a dispute
        ("The TUC said the deal for Royal Mail staff was fair.", ("deal", ["Trades Union Congress"], ["Royal Mail"])),
        ("The AFL-CIO backed the strike by nurses at the hospital.", ("strike", ["AFL-CIO"], [])),
        # an outside expert's workplace is no side, also in a sentence with the action
        ("Nurses at Kaiser walked out, the CNA said. Ana Ruiz, a labor expert at the University of California, said the strike could last.", ("strike", ["California Nurses Association"], ["Kaiser Permanente"])),
        ("Dockers walked out, the ILWU said. Tom Bell, an analyst at Morgan Stanley, said the strike would cost millions.", ("strike", ["International Longshore and Warehouse Union"], [])),
        # a company in one sentence with a reference to the union is the employer side
        ("Drivers walked out on Friday, the Teamsters said.\n\nUPS said it regretted the union's decision.", ("walkout", ["International Brotherhood of Teamsters"], ["United Parcel Service"])),
    ],
)  # fmt: skip
def test_dispute_is_found(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert _dispute(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "",
        "No dispute here at all.",
        "Trade talks between the two countries resumed in Geneva on Monday.",
        "The senator struck a deal with the governor on the budget.",
        "A drone strike killed three people near the border, officials said.",
        "The striking thing about the vote was the turnout.",
        "The European Union reached a deal with Canada on tariffs.",
        # a federation's politics: an endorsement to ratify, a trade deal, a policy
        "The AFL-CIO endorsement must be ratified by leaders of its member unions.",
        "The TUC said the trade deal with Canada would cost thousands of jobs.",
        "The GMB said the free-trade agreement would hurt workers in the car industry.",
        "The CLC welcomed the peace talks, its president said.",
        # the verb *to strike*, and strikes that are no industrial action
        "Senior staffers were striking business deals at the summit.",
        "Dock workers said they hoped the two sides would strike a balance.",
        "Air strikes hit the port overnight, dock workers said.",
    ],
)
def test_no_dispute(text: str) -> None:
    assert lq.parse(text).dispute is None


def test_evidence_spans_index_the_text() -> None:
    text = "Bus drivers at Stagecoach walked out on Monday, the Unite union said."
    d = lq.parse(text).dispute
    assert d is not None
    assert [s.slice(text) for s in d.evidence] == [
        "Stagecoach walked out on Monday, the Unite union"
    ]


def test_actions_are_listed_in_order_of_first_mention() -> None:
    text = "Pay talks between the GMB and Asda failed. The GMB then called a strike."
    d = lq.parse(text).dispute
    assert d is not None
    assert d.actions == (A.TALKS, A.STRIKE)
    assert d.action is A.STRIKE


def test_sides_are_the_articles_organizations() -> None:
    text = "Staff at the BBC began a strike called by the NUJ."
    art = lq.parse(text)
    assert art.dispute is not None
    for org in (*art.dispute.unions, *art.dispute.employers):
        assert org in art.organizations


def test_the_union_stands_for_the_union_the_article_names_most() -> None:
    text = "Pay is too low, Unison said. Cleaners walked out on Monday, the union said."
    assert _dispute(text) == ("walkout", ["Unison"], [])


# --------------------------------------------------------------------------- the tables


def test_action_table_is_sorted_and_unique() -> None:
    phrases = [p for p, _, _ in ACTIONS]
    assert phrases == sorted(phrases)
    assert len(phrases) == len(set(phrases))


def test_every_action_can_be_reported() -> None:
    assert set(ESCALATION) == set(DisputeAction)
    assert {a for _, a, _ in ACTIONS} == set(DisputeAction)


# --------------------------------------------------------------------------- the record


def test_dispute_record_round_trips() -> None:
    text = "Staff at the BBC began a strike called by the NUJ."
    art = lq.parse(text)
    data = art.to_dict()
    assert data["dispute"]["action"] == "strike"
    assert lq.Article.from_dict(data) == art
    assert pickle.loads(pickle.dumps(art.dispute)) == art.dispute


def test_dispute_record_is_frozen_and_keyword_only() -> None:
    d = Dispute(action="strike", actions=["strike", "talks"])
    assert d.action is A.STRIKE
    assert d.actions == (A.STRIKE, A.TALKS)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        d.action = A.TALKS  # type: ignore[misc]
    with pytest.raises(TypeError):
        Dispute("strike")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"action": "riot"}, ValueError),
        ({"action": "strike", "actions": "strike"}, TypeError),
    ],
)
def test_dispute_record_checks_its_values(
    kwargs: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        Dispute(**kwargs)  # type: ignore[arg-type]


def test_no_dispute_is_null_in_the_dict() -> None:
    assert lq.parse("Nothing happened.").to_dict()["dispute"] is None


# --------------------------------------------------------------------------- properties

_WORDS = st.sampled_from(
    [
        "strike", "walked out", "talks", "Unite", "the union", "Royal Mail", "at", "the BBC",
        "workers", "Cosla", ".", ",", "\n", "locked out", "deal", "the company", "nurses",
    ]
)  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_dispute_is_well_formed_on_any_text(text: str) -> None:
    art = lq.parse(text)
    d = art.dispute
    if d is None:
        return
    assert d.action in d.actions
    assert d.evidence == tuple(sorted(d.evidence))
    for a, b in zip(d.evidence, d.evidence[1:], strict=False):
        assert a.end < b.start
    assert all(0 <= s.start < s.end <= len(text) for s in d.evidence)
    assert not set(d.unions) & set(d.employers)
    assert set(d.unions) | set(d.employers) <= set(art.organizations)


def test_many_action_words_stay_cheap() -> None:
    text = "Workers at Royal Mail began a strike. " * 2000
    d = find_dispute(text, lq.find_organizations(text))
    assert d is not None
    assert d.action is A.STRIKE
    assert len(d.evidence) >= 1


#: ``(text, speaker organization, role)``: a name the article introduces as the employer
#: (``a pay offer from X``, ``locked out by their employer, X``) speaks for the employer
#: side when the dispute names no registered employer.
INTRODUCED_EMPLOYER_ROWS: list[tuple[str, str | None, lq.Role | None]] = [
    ("Drivers will strike after Unite members rejected a pay offer from Midland Buses. "
     "Midland Buses said the offer was fair.", "Midland Buses", lq.Role.EMPLOYER),
    ("Miners were locked out by their employer, Ridge Mining, on Monday. "
     "Ridge Mining said the site was unsafe.", "Ridge Mining", lq.Role.EMPLOYER),
    # no cue, but a business's name (its last word ``Buses``) in a dispute whose employer
    # no one names: the business that speaks is that employer
    ("Drivers will strike after Unite members rejected a pay offer. "
     "Midland Buses said the offer was fair.", "Midland Buses", lq.Role.EMPLOYER),
    # no cue and no business word: no organization is assumed of the name (a person
    # named in full with nothing else in a dispute is the public)
    ("Drivers will strike after Unite members rejected a pay offer. "
     "Ana Midland said the offer was fair.", None, lq.Role.OTHER),
]  # fmt: skip


@pytest.mark.parametrize(("text", "org", "role"), INTRODUCED_EMPLOYER_ROWS)
def test_a_name_introduced_as_the_employer_speaks_for_it(
    text: str, org: str | None, role: lq.Role | None
) -> None:
    art = lq.parse(text)
    assert art.dispute is not None
    att = art.quotes[-1].attribution
    assert att is not None
    assert (att.speaker.organization, att.speaker.role) == (org, role)


#: (text, the employer side): with no employer of the tables near an action, a quoted
#: organization the article introduces as the employer, a public employer, or a business
#: by its name's last word is it; a name with no such cue is not.
QUOTED_EMPLOYER_ROWS: list[tuple[str, list[str]]] = [
    ("Drivers at Fernhill Haulage walked out on Monday. Fernhill Haulage said its offer was fair.",
     ["Fernhill Haulage"]),
    ("Drivers will strike after Unite members rejected a pay offer from Midland Buses. "
     "Midland Buses said the offer was fair.", ["Midland Buses"]),
    ('Bin workers walked out on Monday. "We are disappointed," Castlebridge City Council said.',
     ["Castlebridge City Council"]),
    ('Drivers walked out on Monday. "We are disappointed," Acme Foods said.', ["Acme Foods"]),
    ('Drivers walked out on Monday. "We are disappointed," Ana Foster said.', []),
    ("Pilots began a strike against Skyline Air on Monday, the union said. Skyline Air said "
     "its offer was fair.", ["Skyline Air"]),
    ("Cleaners walked out after negotiations with Harbour Care Homes broke down. Harbour Care "
     "Homes said the offer was fair.", ["Harbour Care Homes"]),
    ("Conservancy workers went on strike. The Vellore Municipal Corporation said salaries would "
     "be paid.", ["Vellore Municipal Corporation"]),
    ("Employees of the Kestrel Municipality walked out on Monday, the union said.",
     ["Kestrel Municipality"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "employers"), QUOTED_EMPLOYER_ROWS)
def test_a_quoted_employer_joins_the_employer_side(text: str, employers: list[str]) -> None:
    art = lq.parse(text)
    assert art.dispute is not None
    assert [o.name for o in art.dispute.employers] == employers
    assert all(any(o is x for x in art.organizations) for o in art.dispute.employers)


def test_a_dateline_city_in_capitals_names_no_organization() -> None:
    # (``CAPE`` is also a union's acronym in the registry)
    art = lq.parse(
        "CAPE TOWN, South Africa (AP) — Mine workers walked out on Monday, the union said."
    )
    assert art.dateline is not None
    assert art.dateline.city == "CAPE TOWN"
    assert [o.name for o in art.organizations] == ["Associated Press"]
    assert art.dispute is not None
    assert art.dispute.unions == ()


@pytest.mark.parametrize(
    ("text", "action"),
    [
        ("Miners struck work at the Kgomo pit on Monday.", DisputeAction.STRIKE),
        ("Nurses downed tools at the Lakeside hospital on Monday.", DisputeAction.STRIKE),
        ("Bus workers observed a 12-hour bandh across the district.", DisputeAction.STRIKE),
        ("Teachers staged a sit-in outside the education office.", DisputeAction.PICKET),
        ("Sanitation workers began a dharna outside the civic centre.", DisputeAction.PICKET),
    ],
)
def test_actions_of_south_asian_and_african_copy(text: str, action: DisputeAction) -> None:
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert dispute.action is action


def test_a_federation_supports_and_its_member_union_is_the_party() -> None:
    text = (
        "The Rivulet Weavers Union, which is affiliated to the Hind Mazdoor Sabha (HMS), "
        "continued its strike on Monday.\n\nHMS national secretary Asha Menon said the "
        "federation backed the strike.\n\nUnion president Vikram Sen said talks had failed."
    )
    article = lq.parse(text)
    assert article.dispute is not None
    assert article.dispute.unions[0].name == "Rivulet Weavers Union"
    speakers = [q.attribution.speaker for q in article.quotes if q.attribution]
    assert speakers[0].organization == "Hind Mazdoor Sabha"  # (the acronym the text defines)
    assert speakers[-1].organization == "Rivulet Weavers Union"


def test_an_experts_university_is_no_employer() -> None:
    text = (
        "Porters will strike next month, the Harbour Porters Union said. Dr Nita Rowe, a "
        "labour expert at Kestrel Vale University, said the talks were fragile."
    )
    article = lq.parse(text)
    assert article.dispute is not None
    assert article.dispute.employers == ()


#: An outlet spoken to (``told``, ``in an interview with``, ``said on``) is no side of
#: the dispute, even with a possessive (``RNZ's Morning Report``).
OUTLETS_SPOKEN_TO = [
    "Nurses will strike next week. The union's president Jane Rua told RNZ's Morning Report nurses were exhausted.",
    "Teachers walked out on Monday. Ana Ruiz, a teacher, said in an interview with CBC that classes were too big.",
    "Bus drivers walked out. Union secretary Tom Bell said on ABC's AM program that the offer was poor.",
]


@pytest.mark.parametrize("text", OUTLETS_SPOKEN_TO)
def test_an_outlet_spoken_to_is_no_side(text: str) -> None:
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == []


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Kestrel Components stayed off their production lines on Monday.",
        "Drivers at Fenwick Buses stayed away from work on Monday over pay.",
        "Cleaners at Harbour Hospital stayed off work for a second day.",
    ],
)
def test_staying_off_work_is_a_strike(text: str) -> None:
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert dispute.action is lq.DisputeAction.STRIKE


@pytest.mark.parametrize(
    "text",
    [
        "A pay dispute between the council and the Harbour Workers Union went to arbitration.",
        "The contract dispute with Unite dragged into a third month.",
    ],
)
def test_a_pay_or_contract_dispute_is_reported(text: str) -> None:
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert dispute.action is lq.DisputeAction.TALKS


@pytest.mark.parametrize(
    ("text", "word", "expert"),
    [
        ("an analyst at Acme Bank", "Acme", True),
        ("a professor of public administration at the University of Leeds", "University", True),
        ("Media economist Rafa Ortiz of Westbrook University", "Westbrook", True),
        ("Associate Professor Goh Wei Ling of the Central University", "Central", True),
        # workers at a body are its workforce, whatever word came before
        ("Workers at the University of Leeds", "University", False),
        ("the economist said workers at the University of Leeds", "University", False),
    ],
)
def test_an_experts_workplace_after_their_field_or_name(text: str, word: str, expert: bool) -> None:
    assert expert_affiliation(text, text.index(word)) is expert
