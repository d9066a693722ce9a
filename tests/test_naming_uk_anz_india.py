"""Who is who in British, Irish, Australian, New Zealand and Indian labour copy: a party
written before a legislator's letters (``Congress MLA``), a seat's possessive before a
party's member (``Leeds East's Labour MP``), Indian unions' and forums' names, a public
body's acronym defined in brackets, a company after a kind that is a job too
(``operator``, ``builder``), a bench title's tribunal, a union's branch in a state, a
worker who is the employer's customer, an organization speaking by its acronym at its
fullest, and the partitive ``one of`` with no office. Every case is invented."""

from __future__ import annotations

import pytest

import laborquotes as lq
from laborquotes import Role


def _speakers(text: str) -> list[lq.Speaker]:
    return [q.attribution.speaker for q in lq.parse(text).quotes if q.attribution is not None]


def _last(text: str) -> lq.Speaker:
    found = _speakers(text)
    assert found, text
    return found[-1]


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # India's Congress: a party right before a legislator's letters, no body
        ("Congress MLA Ravi Menon said the wage had not been paid.", "MLA", "Congress"),
        ("Congress MP Anjali Rao said the strike was justified.", "MP", "Congress"),
        # a seat's possessive before a party's member: the party, not the seat
        ("Harbury North's Labour MP, Jo Tate, said she had met both sides.", "MP", "Labour"),
        ("Fenwick West's Conservative MP, Tom Hale, said pupils were losing out.",
         "MP", "Conservative"),
    ],
)  # fmt: skip
def test_party_legislators(text: str, title: str, org: str) -> None:
    sp = _last(text)
    assert (sp.title, sp.organization, sp.role) == (title, org, Role.GOVERNMENT)


def test_congress_alone_is_no_party() -> None:
    sp = _last("Congress leaders said the bill would fail.")
    assert sp.organization is None


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # Indian unions' heads: a council, an assembly, a forum
        ("The strike was called by the Barak Chah Shramik Parishad (BCSP), which said "
         "wages were late.", "Barak Chah Shramik Parishad"),
        ("The Nilgiri Mazdoor Sabha said the garden owed three months of wages.",
         "Nilgiri Mazdoor Sabha"),
        # ``the forum`` after a forum of unions named in the lede
        ("Branches shut as staff struck in a walkout called by the United Forum of Harbour "
         "Staff Associations (UFHSA).\n\nThe forum, an umbrella body of six unions, said "
         "cheques could not be cleared.", "United Forum of Harbour Staff Associations"),
        # ``Union ... of`` a place: a labour union
        ("Nurses walked out, led by the Nursing and Midwifery Union of Westmark (NMUW).\n\n"
         "Union state secretary Dana Pryce said the offer left nurses worse off.",
         "Nursing and Midwifery Union of Westmark"),
    ],
)  # fmt: skip
def test_union_names(text: str, org: str) -> None:
    sp = _last(text)
    assert (sp.organization, sp.role) == (org, Role.UNION_OFFICIAL)


def test_a_union_state_title_after_a_paragraph_break_is_no_verb() -> None:
    text = (
        "Teachers walked out across the state, led by the Teachers Federation of Westmark "
        "(TFW).\n\nFederation state president Alana Reyes said staff were exhausted."
    )
    sp = _last(text)
    assert (sp.name, sp.title, sp.organization) == (
        "Alana Reyes",
        "state president",
        "Teachers Federation of Westmark",
    )


def test_a_public_bodys_acronym_defined_in_brackets() -> None:
    text = (
        "Tramline runs the network under contract to the Harbour Transport Authority (HTA)."
        "\n\nThe HTA said it would lay on extra buses."
    )
    art = lq.parse(text)
    body = next(o for o in art.organizations if o.name == "Harbour Transport Authority")
    assert body.acronym == "HTA"
    assert [text[m.start : m.end] for m in body.mentions] == ["Harbour Transport Authority", "HTA"]
    sp = _last(text)
    assert (sp.name, sp.organization, sp.role) == (
        "Harbour Transport Authority",
        "Harbour Transport Authority",
        Role.GOVERNMENT,
    )


@pytest.mark.parametrize(
    ("text", "name", "org", "role"),
    [
        # a kind that is a job too, before a name ending in a business's word: a company
        ("Tram drivers struck in a pay dispute with operator Tramline Transit Services.\n\n"
         "Tramline said it had offered 5 per cent.",
         "Tramline Transit Services", "Tramline Transit Services", Role.EMPLOYER),
        ("About 200 workers walked off a site on Monday.\n\nBuilder Ostler Constructions "
         "said in a statement that it had stopped all lifts.",
         "Ostler Constructions", "Ostler Constructions", Role.EMPLOYER),
        # ... but a person after it is a person
        ('"It is unsafe," said crane operator Wiremu Hale.',
         "Wiremu Hale", None, Role.WORKER),
        # an organization speaking by its acronym, at the name the article spells out
        ("Guards will strike, the Rail Guards and Operatives Union (RGOU) said.\n\n"
         "The RGOU said 90 per cent had voted yes.",
         "Rail Guards and Operatives Union", "Rail Guards and Operatives Union",
         Role.UNION_OFFICIAL),
    ],
)  # fmt: skip
def test_companies_and_bodies(text: str, name: str, org: str | None, role: Role) -> None:
    sp = _last(text)
    assert (sp.name, sp.organization, sp.role) == (name, org, role)


@pytest.mark.parametrize(
    ("text", "title", "org"),
    [
        # a union's branch in a state after its acronym: the state is the title's
        ("Crews walked off, the Harbour Construction Workers Union (HCWU) said.\n\nHCWU "
         "Queensland organiser Rua Tane said it was the second incident.",
         "Queensland organiser", "Harbour Construction Workers Union"),
        ("Dockers walked off, the Quay Workers Union of Australia (QWUA) said.\n\nQWUA West "
         "Australian branch secretary Dale Kerr said the ruling was a win.",
         "West Australian branch secretary", "Quay Workers Union of Australia"),
        # a union officer by the union's acronym at a workplace: the union's
        ("Dale Kerr, PCEU branch secretary at the Licensing Centre in Swansea, told "
         "reporters staff would join picket lines.", "branch secretary", "PCEU"),
    ],
)  # fmt: skip
def test_union_branches_and_workplaces(text: str, title: str, org: str) -> None:
    sp = _last(text)
    assert (sp.title, sp.organization, sp.role) == (title, org, Role.UNION_OFFICIAL)


def test_a_bench_title_with_no_side_sits_in_its_commission() -> None:
    text = (
        "A carer was awarded €9,000 by the Workplace Relations Commission (WRC).\n\n"
        "Adjudication officer Ciarán Ó Dálaigh found that she had been penalised."
    )
    sp = _last(text)
    assert (sp.organization, sp.role) == ("Workplace Relations Commission", Role.GOVERNMENT)


def test_an_association_of_homes_is_an_employers_group() -> None:
    sp = _last("A spokeswoman for the Coastal Care Homes Association said it did not comment.")
    assert (sp.organization, sp.role) == ("Coastal Care Homes Association", Role.EMPLOYER)


@pytest.mark.parametrize(
    ("text", "org", "role"),
    [
        # a worker whose clause tells they use the service: a customer
        ("Tram drivers at Tramline Transit Services walked out on Monday.\n\nAt one stop, "
         "Orla Hynes, a nurse who commutes from Tallow, said she would leave home earlier.",
         None, Role.OTHER),
        ("Drivers at Wexbury Buses walked out.\n\nNurse Orla Hynes, 29, who relies on the "
         "number 12, said she had lost two shifts.", None, Role.OTHER),
        # the employer's staff stay its workforce, of any trade
        ("Tram drivers at Tramline Transit Services walked out on Monday.\n\nOrla Hynes, a "
         "driver, said she had lost a week's pay.",
         "Tramline Transit Services", Role.WORKER),
        ("Drivers at Wexbury Buses walked out.\n\nCleaner Orla Hynes said the rota was "
         "unsafe.", "Wexbury Buses", Role.WORKER),
    ],
)  # fmt: skip
def test_a_customer_of_the_employer(text: str, org: str | None, role: Role) -> None:
    sp = _last(text)
    assert (sp.organization, sp.role) == (org, role)


def test_a_ministers_portfolio_is_no_company_by_its_first_word() -> None:
    text = (
        "Dr Ivy Lark, a fellow at the Health Policy Trust think tank, said each strike "
        "cost millions.\n\nThe Health Secretary, Owen Pell, described the walkout as "
        '"reckless".'
    )
    sp = _last(text)
    assert (sp.title, sp.organization, sp.role) == ("Health Secretary", None, Role.GOVERNMENT)


@pytest.mark.parametrize(
    "apposition",
    [
        "one of the two men closest to the crane",
        "one of the loudest voices in the hall",
    ],
)
def test_one_of_a_plural_of_no_office_gives_no_title(apposition: str) -> None:
    sp = _last(f"Labourer Rua Tane, {apposition}, said he heard a loud crack.")
    assert (sp.title, sp.organization) == ("Labourer", None)
    assert _last(f"Rua Tane, {apposition}, said he heard a loud crack.").title is None


def test_a_union_title_with_no_dispute_points_at_the_union_named_last() -> None:
    text = (
        "The rally was organised by the Malabar Anganwadi Workers Federation (MAWF).\n\n"
        "On Monday, union president Leela Das said workers had been ignored."
    )
    sp = _last(text)
    assert (sp.title, sp.organization, sp.role) == (
        "president",
        "Malabar Anganwadi Workers Federation",
        Role.UNION_OFFICIAL,
    )


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        # a number's comma does not end a relative clause's report
        ("The rally was organised by the Malabar Workers Federation, which said more than "
         "12,000 women had taken part.", "more than 12,000 women had taken part"),
        # ``Rs.`` (rupees) ends no sentence
        ("Leela Das said she had paid Rs. 400 for an autorickshaw.",
         "she had paid Rs. 400 for an autorickshaw"),
    ],
)  # fmt: skip
def test_indian_copy_clauses(text: str, clause: str) -> None:
    assert [q.text for q in lq.parse(text).quotes] == [clause]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decimal in the object of ``rejected ... as``
        ('The union rejected a 3.5 per cent offer as "derisory".',
         [("indirect", 'a 3.5 per cent offer as "derisory"', "The union"),
          ("partial", "derisory", "The union")]),
        # a naming verb whose object is the noun before its relative clause
        ('Drivers will walk out over a pay offer the union has described as "derisory".',
         [("partial", "derisory", "the union")]),
        ('Drivers rejected the offer, which the union described as "derisory".',
         [("partial", "derisory", "the union")]),
    ],
)  # fmt: skip
def test_a_word_judged_as(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = [
        (q.kind.value, q.text, q.attribution.speaker.name if q.attribution else "")
        for q in lq.parse(text).quotes
    ]
    assert found == expected


def test_a_state_portfolio_of_ports_is_no_organization() -> None:
    sp = _last('"Nobody wins," WA Ports Minister Kiri Dane said.')
    assert (sp.title, sp.organization, sp.role) == ("WA Ports Minister", None, Role.GOVERNMENT)


def test_a_council_of_parents_is_no_side() -> None:
    text = (
        "Teachers across the state will stop work on Tuesday.\n\n"
        "According to the Westmark Council of School Parents, families will struggle."
    )
    assert _last(text).role is Role.OTHER


@pytest.mark.parametrize(
    ("text", "name", "org"),
    [
        # a person described first and named later by the description's head noun
        ("A records clerk in Tallow who handles benefit claims said she shares a flat with "
         "her sister.\n\n\"Some days I could apply myself,\" said the clerk, Rosa Dela Vega, "
         "a member for nine years.", "Rosa Dela Vega", None),
        # ... and a workplace after the description is no speaker
        ("A porter at the Harbour General Hospital who has moved patients for 20 years said "
         "he takes home less.\n\n\"My knees are done,\" said the porter, Felix Amaro.",
         "Felix Amaro", "Harbour General Hospital"),
    ],
)  # fmt: skip
def test_a_description_named_later(text: str, name: str, org: str | None) -> None:
    first = _speakers(text)[0]
    assert (first.name, first.organization) == (name, org)


def test_an_unnamed_description_keeps_its_words_without_a_later_name() -> None:
    text = 'A nurse said she was tired.\n\n"We are done," said the union\'s president, Ann Lee.'
    assert _speakers(text)[0].name == "A nurse"


def test_an_abbreviated_title_carries_to_the_surname() -> None:
    text = 'Rep. Dana Whitlow welcomed the deal. "Stores must stay open," Whitlow said.'
    sp = _last(text)
    assert (sp.name, sp.title, sp.role) == ("Dana Whitlow", "Rep.", Role.GOVERNMENT)


def test_a_relative_clause_after_a_description_is_no_speaker() -> None:
    text = "A fish plant worker who commutes from the island every morning said she had lost pay."
    sp = _last(text)
    assert (sp.name, sp.title) == ("A fish plant worker", "fish plant worker")


def test_the_woman_named_after_a_comma() -> None:
    text = (
        "A fish plant worker who commutes from the island said she had lost two days' pay."
        '\n\n"It is not my fault," said the woman, Lorna Kearney.'
    )
    assert [sp.name for sp in _speakers(text)] == ["Lorna Kearney", "Lorna Kearney"]


def test_a_part_of_town_after_from_is_no_organization() -> None:
    sp = _last("A sanitation driver from the Eastgate neighborhood, Milo Brandt, said pay lagged.")
    assert (sp.name, sp.title, sp.organization) == ("Milo Brandt", "sanitation driver", None)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # ``staff`` at the struck workplace, in a dispute: its workforce
        ("Nurses walked out at Kestrel General Hospital on Monday.\n\nStaff at Kestrel "
         "General Hospital said they were exhausted.", Role.WORKER),
        ("Nurses walked out at Kestrel General Hospital on Monday.\n\nHospital staff said "
         "they were exhausted.", Role.WORKER),
        # a politician's staff stay the government's
        ("Campaign staff said the senator would run.", Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_staff_in_a_dispute(text: str, role: Role) -> None:
    assert _last(text).role is role
