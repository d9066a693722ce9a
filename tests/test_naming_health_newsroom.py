"""Who is who in health-care, newsroom and tribunal labour copy: trainee doctors, a
professional body beside another workforce's strike, a state branch's officers, a body's
own name for its officers (``Association general secretary``), a broadcaster that is
the employer of its striking journalists, an owner named as a title (``Owner Tasman
Media said``), an employers' association by what it represents, a member of an elected
council, a person ``of`` a union, ``it`` in a clause after a plural subject, and a
listener with a setting (``told analysts on a call that``). Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes import Role


def _speaker(text: str, index: int = 0) -> lq.Speaker:
    quotes = [q for q in lq.parse(text).quotes if q.attribution is not None]
    assert len(quotes) > index, text
    return quotes[index].attribution.speaker  # type: ignore[union-attr]


_NURSES = "Nurses at Harbour Health will strike on Monday over staffing. "
_DOCTORS = "Trainee doctors walked out of hospitals across the country on Monday. "
_PAPER = "Journalists at the Kestrel Ledger walked out on Monday over job cuts. "


@pytest.mark.parametrize(
    ("text", "title", "org", "role"),
    [
        # a medical resident at a hospital is a trainee doctor, not its management
        (_DOCTORS + "A second-year surgical resident at a Busan hospital said he had "
         "worked 90 hours a week.",
         "second-year surgical resident", None, Role.WORKER),
        (_DOCTORS + "A medical registrar at a Leeds hospital said rotas were impossible.",
         "medical registrar", None, Role.WORKER),
        # a professional body's president beside another workforce's strike: a third party
        (_NURSES + "Anil Rao, president of the Coastal Medical Association, said doctors "
         "backed the nurses.",
         "president", "Coastal Medical Association", Role.OTHER),
        # a state branch's president: the state is the office's scope, no government's
        (_NURSES + "Coastal Medical Association NSW president Anil Rao said doctors backed "
         "the nurses.",
         "NSW president", "Coastal Medical Association", Role.OTHER),
        # the last word of the union's name standing for it before a title
        ("Nurses will strike on Monday. The Harbour Nurses and Midwives' Association said "
         "members had voted. Association general secretary Jo Pike said pay was the issue.",
         "general secretary", "Harbour Nurses and Midwives' Association",
         Role.UNION_OFFICIAL),
    ],
)  # fmt: skip
def test_health_speakers(text: str, title: str | None, org: str | None, role: Role) -> None:
    sp = _speaker(text, index=-1 if "Association said" in text else 0)
    assert (sp.title, sp.organization, sp.role) == (title, org, role)


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        # an employers' association, by what it says it represents
        ("Care workers at 40 homes walked out. The Lakeside Care Association, which "
         "represents most providers, said homes were losing money.",
         "Lakeside Care Association", Role.EMPLOYER),
        # and a union, by the workforce it represents
        ("Care workers at 40 homes walked out. The Care Staff Alliance, which represents "
         "5,000 carers, said members were angry.",
         "Care Staff Alliance", Role.UNION_OFFICIAL),
    ],
)  # fmt: skip
def test_represented_bodies(text: str, org: str, role: Role) -> None:
    sp = _speaker(text)
    assert (sp.organization, sp.role) == (org, role)


@pytest.mark.parametrize(
    ("text", "name", "org", "role"),
    [
        # a broadcaster named by its initials first, then in full: one employer
        ("Journalists at the public broadcaster NRBC walked off the job on Friday. The "
         "National Regional Broadcasting Corporation said it was disappointed.",
         "The National Regional Broadcasting Corporation",
         "National Regional Broadcasting Corporation", Role.EMPLOYER),
        # its head, in its own journalists' strike
        ("Journalists at the national broadcaster EBN will hold a stoppage on Thursday. The "
         "director "
         "general of the Eastern Broadcasting Network, Mary Hale, said funds were short.",
         "Mary Hale", "Eastern Broadcasting Network", Role.EMPLOYER),
        # the paper's owner, named as a title at the start of a sentence
        (_PAPER + "Owner Tasman Media said the changes were needed.",
         "Tasman Media", "Tasman Media", Role.EMPLOYER),
        (_PAPER + "Owner Tasman Media said the changes were needed. Tasman Media editorial "
         "director Graham Voss said the paper would go on.",
         "Graham Voss", "Tasman Media", Role.EMPLOYER),
    ],
)  # fmt: skip
def test_newsroom_employers(text: str, name: str, org: str, role: Role) -> None:
    sp = _speaker(text, index=-1)
    assert (sp.name, sp.organization, sp.role) == (name, org, role)


def test_its_officer_after_a_fronted_statement() -> None:
    sp = _speaker(
        "Nurses began a work-to-rule. In a statement, the HSE said it was committed to "
        "talks at the Workplace Relations Commission.\n\nIts chief operations officer, "
        "Conor Lyle, told reporters that 900 nurses had been hired.",
        index=-1,
    )
    assert (sp.organization, sp.role) == ("HSE", Role.EMPLOYER)


def test_it_in_a_clause_after_a_plural_subject() -> None:
    text = (
        "Resident doctors will walk out for five days after the Harbour Medical Union "
        'rejected what it called "a pay offer that papers over the cracks".'
    )
    sp = _speaker(text)
    assert (sp.name, sp.role) == ("Harbour Medical Union", Role.UNION_OFFICIAL)


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        ("Nurses will strike on Monday. Jane Doe of the Harbour Nurses Union said members "
         "were angry.", "Jane Doe", "Harbour Nurses Union"),
        ("Nurses will strike on Monday. President Jane Doe of the Harbour Nurses Union said "
         "members were angry.", "Jane Doe", "Harbour Nurses Union"),
    ],
)  # fmt: skip
def test_a_person_of_a_union(text: str, name: str, org: str) -> None:
    sp = _speaker(text)
    assert (sp.name, sp.organization, sp.role) == (name, org, Role.UNION_OFFICIAL)


@pytest.mark.parametrize(
    ("text", "title", "org", "role"),
    [
        # a member of an elected council is elected, in its own staff's dispute too
        ("Bin workers are striking against Harbridge City Council. Jane Moss, a member of "
         "the council, said the council had spent too much.",
         "member", "the council", Role.GOVERNMENT),
        # a works council is the workforce's
        ("Car workers are striking at Acme. Jane Moss, a member of the works council, said "
         "the company had spent too much.",
         "member", "the works council", Role.WORKER),
        # a length of service is no organization
        ("Firefighters won a 9 percent raise. Dana Grier, a firefighter with 12 years on "
         "the job, said colleagues had left.",
         "firefighter", None, Role.WORKER),
        # a nation's government, its noun in lower case, owns the office
        ("Shipyard workers walked out. Kirsty Baird, the Scottish government's economy "
         "secretary, said she had spoken to both sides.",
         "economy secretary", "Scottish government", Role.GOVERNMENT),
        # where an unnamed body is based leaves it unnamed
        ("Workers struck at the plant. An analyst with a Mumbai-based rating agency said "
         "supplies could be hit.",
         "analyst", None, Role.EXPERT),
        # the city's counsel is the city's, whatever ``labor`` in the title says
        ("Members of Millbridge Firefighters Local 27 won an award from an arbitrator. The "
         "city's labor counsel, Ben Kessler, said the city would appeal.",
         "labor counsel", "The city", Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_public_and_tribunal_speakers(text: str, title: str, org: str | None, role: Role) -> None:
    sp = _speaker(text)
    assert (sp.title, sp.organization, sp.role) == (title, org, role)


@pytest.mark.parametrize(
    "cue",
    [
        "told analysts on a call that",
        "told analysts during a call that",
        "told officials",
        "told negotiators at the talks that",
    ],
)
def test_a_listener_and_a_setting(cue: str) -> None:
    text = f"Sarah Lum, the chief executive of Acme Foods, {cue} output would fall."
    quotes = lq.parse(text).quotes
    assert [(q.kind.value, q.text) for q in quotes] == [("indirect", "output would fall")]
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.name == "Sarah Lum"


@pytest.mark.parametrize(
    "text",
    [
        "Harbour nurses are in a pay row with the trust.",
        "Firefighters are in a contract fight with the city.",
        "An arbitrator ruled for Millbridge Firefighters Local 27 on Thursday.",
    ],
)
def test_dispute_words(text: str) -> None:
    assert lq.parse(text).dispute is not None


@pytest.mark.parametrize(
    "text",
    [
        "Workers at the Voltara Cell Manufacturing plant walked out. Voltara said its offer "
        "was fair.",
        "Members of UAW Local 3340 set up picket lines outside the Voltara Cell "
        "Manufacturing plant. Voltara said its offer was fair.",
    ],
)
def test_a_business_named_before_its_plant_is_the_employer(text: str) -> None:
    article = lq.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Voltara Cell Manufacturing"]
    sp = _speaker(text)
    assert (sp.organization, sp.role) == ("Voltara Cell Manufacturing", Role.EMPLOYER)


def test_a_place_before_its_mine_stays_a_site() -> None:
    text = "Miners at the Wattle Creek mine walked out on Monday."
    assert [o.name for o in lq.parse(text).organizations] == []


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        # a newsroom job in a strike of journalists, whatever the employer's name says
        ("Journalists at Northern Wire walked out on Monday. Photographer Deepa Raman said "
         "she had shot every election since 2006.",
         "Northern Wire", Role.WORKER),
        # a reporter of the broadcaster named in full, the employer named by initials
        ("Journalists at the national broadcaster EBN will hold a stoppage on Thursday. "
         "Aoife Tighe, a reporter at the Eastern Broadcasting Network, said contracts were "
         "the issue.",
         "Eastern Broadcasting Network", Role.WORKER),
        # a newspaper's union officers: the union's
        (_PAPER + "Ledger house committee chair Ben Castro said the cuts went too far.",
         "Ledger", Role.UNION_OFFICIAL),
        # a reporter outside a newsroom's dispute speaks as the press
        ("Nurses at Harbour Health walked out on Monday. Reporter Deepa Raman said the "
         "strike was large.",
         None, Role.MEDIA),
    ],
)  # fmt: skip
def test_newsroom_staff(text: str, org: str | None, role: Role) -> None:
    sp = _speaker(text)
    assert (sp.organization, sp.role) == (org, role)


@pytest.mark.parametrize(
    "text",
    [
        "Workers at Acme struck. The Acme Workers' Union, an affiliate of the Korean Metal "
        "Workers' Union (KMWU), said it will strike again.",
        "Workers at Acme struck. About 600 members of the Acme Workers' Union walked off "
        "the job. The union, an affiliate of the Korean Metal Workers' Union (KMWU), said "
        "it will strike again.",
    ],
)
def test_a_union_affiliated_to_another_speaks_for_itself(text: str) -> None:
    sp = _speaker(text)
    assert (sp.name, sp.organization) == ("Acme Workers' Union", "Acme Workers' Union")


_DEPARTMENT = "Nurses began a work-to-rule. The Department of Health said talks would go on. "


@pytest.mark.parametrize(
    ("title_and_name", "org"),
    [
        ("The Minister for Health, Aoife Brennan,", "Department of Health"),
        ("Health Minister Aoife Brennan", "Department of Health"),
        # the opposition holds no department; a title with no portfolio names none
        ("Shadow Health Minister Aoife Brennan", None),
        ("Prime Minister Aoife Brennan", None),
    ],
)
def test_a_minister_of_a_named_department(title_and_name: str, org: str | None) -> None:
    sp = _speaker(_DEPARTMENT + f"{title_and_name} said the action would not help.", index=-1)
    assert (sp.name, sp.organization, sp.role) == ("Aoife Brennan", org, Role.GOVERNMENT)


@pytest.mark.parametrize(
    ("title", "words"),
    [
        ("Health and Social Care Secretary", {"health", "social", "care"}),
        ("Minister for Foreign Affairs", {"foreign", "affairs"}),
        ("Vice Health Minister", {"health"}),
        ("general secretary", set()),
        ("shadow justice secretary", set()),
    ],
)
def test_the_portfolio_of_a_title(title: str, words: set[str]) -> None:
    from laborquotes._portfolios import portfolio

    assert portfolio(title) == words


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("Nurses at Hudson Mercy Health walked out. Kevin Osei, a nurse at Hudson Mercy's "
         "Manhattan hospital, said staffing was unsafe.", "Hudson Mercy"),
        ("Engineers at Altamont Aerospace walked out. Jo Reed, a manager at Altamont's "
         "commercial airplane unit, said the plant was closed.", "Altamont"),
    ],
)  # fmt: skip
def test_a_part_after_its_owner_names_the_owner(text: str, org: str) -> None:
    assert _speaker(text).organization == org


@pytest.mark.parametrize(
    ("text", "org"),
    [
        ("The Fair Work Commission ordered Tarrant Coal to bargain. Deputy President Lachlan "
         "Ferris said the company had failed to respond.", "Fair Work Commission"),
        # two bodies a deputy president may sit in: neither is read
        ("The Fair Work Commission and the Harbour Industrial Tribunal both ruled. Deputy "
         "President Lachlan Ferris said the company had failed to respond.", None),
    ],
)  # fmt: skip
def test_a_bench_title_sits_in_the_one_body_named(text: str, org: str | None) -> None:
    sp = _speaker(text)
    assert (sp.organization, sp.role) == (org, Role.GOVERNMENT)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ('Journalists at the Clarion walked out. "We love this paper," said Dana Whit, the '
         "unit's chair and a courts reporter at the Clarion.", "chair"),
        ("Nurses struck. Bronwyn Teale, the opposition's health spokeswoman, said the "
         "government had failed.", "health spokeswoman"),
    ],
)  # fmt: skip
def test_a_bodys_possessive_before_a_title(text: str, title: str) -> None:
    assert _speaker(text).title == title


def test_a_name_alone_outside_a_picket_line_is_a_place() -> None:
    text = (
        'Hotel workers at Lakeside Hospitality Group are on strike. "We stay," Ana Boa '
        "said on a picket line outside the Lakeside Harbourfront."
    )
    article = lq.parse(text)
    assert article.dispute is not None
    assert [o.name for o in article.dispute.employers] == ["Lakeside Hospitality Group"]


def test_a_named_store_of_its_owner_in_a_place() -> None:
    text = (
        "Shop workers at Sabela Retail went on strike. Nomvula Khumalo, a cashier at "
        "Sabela's Jabulani store in Soweto, said pay was too low."
    )
    assert (_speaker(text).organization, _speaker(text).role) == ("Sabela", Role.WORKER)


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        ("Platform workers walked out. Brad Teal, an organiser with the Offshore Alliance, "
         "said workers were patient.", "Offshore Alliance", Role.UNION_OFFICIAL),
        ("Offshore workers struck. Lederne leader Aud Kvale said they respected the law.",
         "Lederne", Role.UNION_OFFICIAL),
        ("Offshore workers struck. Offshore Norge said the demands were too high.",
         "Offshore Norge", Role.EMPLOYER),
        ("Miners struck. Karabo Sithe, the EFF spokesperson on mineral resources, said it "
         "was war.", "EFF", Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_offshore_and_south_african_registry_entries(text: str, org: str, role: Role) -> None:
    sp = _speaker(text)
    assert (sp.organization, sp.role) == (org, role)


def test_a_business_before_a_number_of_its_sites() -> None:
    text = (
        "Workers at more than 40 Southern Grill restaurants will walk off the job. Southern "
        "Grill chief executive Grant Hale said the offer was fair."
    )
    assert (_speaker(text).organization, _speaker(text).role) == ("Southern Grill", Role.EMPLOYER)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a clause of a newsroom's work, in a strike of journalists: one of its staff
        ("Journalists at KSVR walked out. Rosa Del, who has anchored the station's evening "
         "news for 14 years, said the owner wanted cuts.", Role.WORKER),
        # the same clause beside another workforce's strike: the press
        ("Nurses at Harbour Health walked out. Rosa Del, who has anchored the station's "
         "evening news for 14 years, said the strike was big.", Role.MEDIA),
    ],
)  # fmt: skip
def test_a_clause_of_newsroom_work(text: str, role: Role) -> None:
    assert _speaker(text).role is role


def test_reporters_as_listeners_make_no_newsroom_dispute() -> None:
    text = (
        "Nurses at Harbour Health walked out. The minister told reporters talks would "
        "resume. Reporter Deepa Raman said the strike was large."
    )
    assert _speaker(text, index=-1).role is Role.MEDIA
