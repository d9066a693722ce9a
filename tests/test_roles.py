"""The role rule tables: a person's title and organization kind, a group's phrase."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import OrgKind, Role, _roles
from laborquotes._roles import GROUP_RULES, PERSON_RULES, group_role, hint_kind, person_role

U, F, E, G = OrgKind.UNION, OrgKind.FEDERATION, OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP
GOV, M, OTH = OrgKind.GOVERNMENT, OrgKind.MEDIA, OrgKind.OTHER


@pytest.mark.parametrize(
    ("title", "kind", "role"),
    [
        # union officials
        ("president", U, Role.UNION_OFFICIAL),
        ("chief negotiator", U, Role.UNION_OFFICIAL),
        ("secretary-treasurer", U, Role.UNION_OFFICIAL),
        ("spokeswoman", F, Role.UNION_OFFICIAL),
        ("a member of the bargaining committee", U, Role.UNION_OFFICIAL),
        ("union president", None, Role.UNION_OFFICIAL),
        ("intensive care nurse and president", U, Role.UNION_OFFICIAL),
        ("a correction officer and member", U, Role.WORKER),
        ("president of the union", None, Role.UNION_OFFICIAL),
        (None, U, Role.UNION_OFFICIAL),
        # a company's board member runs it; a union's sits on its board
        ("board member", E, Role.EMPLOYER),
        ("board member", U, Role.UNION_OFFICIAL),
        # a minister, whatever the portfolio
        ("Industrial Relations Minister", None, Role.GOVERNMENT),
        ("human resources minister", GOV, Role.GOVERNMENT),
        ("labour relations manager", E, Role.EMPLOYER),
        # family and pensioners: outside the dispute
        ("Mum-of-two", None, Role.OTHER),
        ("grandmother", None, Role.OTHER),
        # workers
        ("assembly line operator", None, Role.WORKER),
        ("machine operator", E, Role.WORKER),
        ("a member of", U, Role.WORKER),
        ("member", U, Role.WORKER),
        ("a stunt performer", U, Role.WORKER),
        ("a warehouse worker", E, Role.WORKER),
        ("a nurse at", E, Role.WORKER),
        ("a striking nurse", None, Role.WORKER),
        ("a picketer", None, Role.WORKER),
        ("a 20-year veteran", U, Role.WORKER),
        # employer
        ("spokesperson", E, Role.EMPLOYER),
        ("chief executive", G, Role.EMPLOYER),
        ("negotiator", G, Role.EMPLOYER),
        ("chief executive", None, Role.EMPLOYER),
        ("a spokeswoman for the company", None, Role.EMPLOYER),
        # government
        ("Labor Secretary", None, Role.GOVERNMENT),
        ("Sen.", None, Role.GOVERNMENT),
        ("mediator", GOV, Role.GOVERNMENT),
        ("a federal mediator", None, Role.GOVERNMENT),
        ("Prime Minister", None, Role.GOVERNMENT),
        ("spokesman", GOV, Role.GOVERNMENT),
        # experts
        ("a labor economist at", OTH, Role.EXPERT),
        ("professor of industrial relations", None, Role.EXPERT),
        ("an analyst", E, Role.EXPERT),
        (None, OTH, Role.EXPERT),
        ("chief executive", OTH, Role.EXPERT),  # of a research firm
        # media
        ("staff writer", M, Role.MEDIA),
        ("a reporter", None, Role.MEDIA),
        ("editor", M, Role.MEDIA),
        (None, M, Role.MEDIA),
        # nothing to go on
        (None, None, None),
        ("", None, None),
        ("a resident of Burbank", None, Role.OTHER),
        # trades and services not in the first tables
        ("civil servant", None, Role.WORKER),
        ("tea plucker", None, Role.WORKER),
        ("waitress", None, Role.WORKER),
    ],
)
def test_person_role(title: str | None, kind: OrgKind | None, role: Role | None) -> None:
    assert person_role(title, kind) is role


@pytest.mark.parametrize(
    ("phrase", "kind", "role"),
    [
        ("SAG-AFTRA leadership", U, Role.UNION_OFFICIAL),
        ("the union", None, Role.UNION_OFFICIAL),
        ("the union", U, Role.UNION_OFFICIAL),
        ("union leaders", None, Role.UNION_OFFICIAL),
        ("the nurses' union", None, Role.UNION_OFFICIAL),
        ("the Teamsters", U, Role.UNION_OFFICIAL),
        ("SAG-AFTRA members", U, Role.WORKER),
        ("striking workers", None, Role.WORKER),
        ("the nurses", None, Role.WORKER),
        ("The studios", None, Role.EMPLOYER),
        ("the studios", G, Role.EMPLOYER),
        ("the company", E, Role.EMPLOYER),
        ("management", None, Role.EMPLOYER),
        ("Amazon", E, Role.EMPLOYER),
        ("NBC", M, Role.MEDIA),
        ("Deadline", M, Role.MEDIA),
        ("the government", None, Role.GOVERNMENT),
        ("the labor board", GOV, Role.GOVERNMENT),
        ("analysts", None, Role.EXPERT),
        ("people", None, None),
        ("Company officials", None, Role.EMPLOYER),
        ("hospital officials", None, Role.EMPLOYER),
        ("city officials", None, Role.GOVERNMENT),
        ("union officials", None, Role.UNION_OFFICIAL),
        ("officials", E, Role.EMPLOYER),
        ("the leadership", None, None),
    ],
)
def test_group_role(phrase: str, kind: OrgKind | None, role: Role | None) -> None:
    assert group_role(phrase, kind) is role


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Local 7", U),
        ("Amalgamated Widget Guild", U),
        ("Department of Labor", GOV),
        ("the Springfield Gazette", M),
        ("Acme Widgets Inc.", E),
        ("Eastern State University", OTH),
        ("Jane Doe", None),
        # a title's last word decides before the words in front of it
        ("court reporter", M),
        ("court clerk", GOV),
    ],
)
def test_hint_kind(name: str, kind: OrgKind | None) -> None:
    assert hint_kind(name) is kind


def test_rule_tables_are_data() -> None:
    roles = {r.role for r in PERSON_RULES} | {r.role for r in GROUP_RULES}
    assert roles == set(Role)
    assert all(r.note for r in (*PERSON_RULES, *GROUP_RULES))


def test_docs_print_every_rule() -> None:
    from pathlib import Path

    page = (Path(__file__).resolve().parent.parent / "docs" / "labour.md").read_text("utf-8")
    for rule in (*PERSON_RULES, *GROUP_RULES):
        assert rule.note in page, rule.note


# --------------------------------------------------------------------------- issue 15: titles and sides


@pytest.mark.parametrize(
    ("title", "kind", "role"),
    [
        # union presidents and general secretaries are union officials, not government
        ("general secretary", None, Role.UNION_OFFICIAL),
        ("acting general secretary", None, Role.UNION_OFFICIAL),
        ("deputy general secretary", U, Role.UNION_OFFICIAL),
        ("the union's general secretary", None, Role.UNION_OFFICIAL),
        ("TUC general secretary", None, Role.UNION_OFFICIAL),
        ("ACTU secretary", None, Role.UNION_OFFICIAL),
        ("president of the Fire Brigades Union", None, Role.UNION_OFFICIAL),
        ("Unison's head of health", None, Role.UNION_OFFICIAL),
        ("works convenor", None, Role.UNION_OFFICIAL),
        ("Labor Council secretary", None, Role.UNION_OFFICIAL),
        ("general secretary of the Communist Party", None, Role.GOVERNMENT),
        # a union's lawyer or representative speaks for the union, not as a worker
        ("a lawyer for the union", None, Role.UNION_OFFICIAL),
        ("the union's lawyer", None, Role.UNION_OFFICIAL),
        ("a union representative", None, Role.UNION_OFFICIAL),
        ("a representative", U, Role.UNION_OFFICIAL),
        ("solicitor", U, Role.UNION_OFFICIAL),
        ("a lawyer representing the nurses", None, Role.UNION_OFFICIAL),
        ("regional organiser", U, Role.UNION_OFFICIAL),
        # analysts at research groups, law firms and pricing services are experts
        ("an analyst at a pricing service", None, Role.EXPERT),
        ("head of research at a law firm", None, Role.EXPERT),
        ("a partner at the law firm Hale Brothers", None, Role.EXPERT),
        ("director of the Lakeside Research Group", None, Role.EXPERT),
        ("an employment lawyer", None, Role.EXPERT),
        ("an employment lawyer representing the airline", None, Role.EMPLOYER),
        ("an employment lawyer for the union", None, Role.UNION_OFFICIAL),
        ("a lawyer for the company", None, Role.EMPLOYER),
        ("national president", None, Role.UNION_OFFICIAL),
        ("senior analyst", E, Role.EXPERT),
        # British and Commonwealth titles; politicians of every party are government
        ("chief executive", None, Role.EMPLOYER),
        ("shadow home secretary", None, Role.GOVERNMENT),
        ("shadow chancellor", None, Role.GOVERNMENT),
        ("the Labour MP for Leeds North", None, Role.GOVERNMENT),
        ("Conservative leader", None, Role.GOVERNMENT),
        ("Labour leader", None, Role.GOVERNMENT),
        ("Liberal Democrat spokesman", None, Role.GOVERNMENT),
        ("the SNP's economy spokeswoman", None, Role.GOVERNMENT),
        ("Greens senator", None, Role.GOVERNMENT),
        ("business minister", None, Role.GOVERNMENT),
        ("premier", None, Role.GOVERNMENT),
        ("Treasurer", None, Role.GOVERNMENT),
        ("MLA for Surrey-Whalley", None, Role.GOVERNMENT),
        ("NDP MPP", None, Role.GOVERNMENT),
        ("Fianna Fáil TD", None, Role.GOVERNMENT),
        ("deputy first minister", None, Role.GOVERNMENT),
        ("a Labour peer", None, Role.GOVERNMENT),
        ("opposition leader", None, Role.GOVERNMENT),
        ("Democratic leader", None, Role.GOVERNMENT),
        # a lower-case "labour leader" is a union leader
        ("labour leader", None, Role.UNION_OFFICIAL),
        # "local" is not a union local: local government and health boards
        ("a spokeswoman for the local council", None, Role.GOVERNMENT),
        ("a spokesman for the county council", None, Role.GOVERNMENT),
        ("a spokesman for the local health board", None, Role.EMPLOYER),
        ("chief executive of the health authority", None, Role.EMPLOYER),
        ("president of Local 1005", None, Role.UNION_OFFICIAL),
        # bodies called "union" that are not labour unions; people outside the dispute
        ("president of the students' union", None, Role.OTHER),
        ("a spokesman for the Welsh Rugby Union", None, Role.OTHER),
        ("a spokesman for the Ulster Hockey Union", None, Role.OTHER),
        ("a spokesman for the European Union", None, Role.GOVERNMENT),
        ("a passenger", None, Role.OTHER),
        ("a passenger", E, Role.OTHER),
        ("a parent at the school", None, Role.OTHER),
        # a bystander's word before a manager's head word names what they manage
        ("passenger services director", E, Role.EMPLOYER),
        ("customer experience manager", E, Role.EMPLOYER),
        ("patient safety officer", E, Role.EMPLOYER),
        ("a customer", E, Role.OTHER),
        ("students' union president", None, Role.OTHER),
        # trades of garment, warehouse and transit copy
        ("bus captain", None, Role.WORKER),
        ("stower", None, Role.WORKER),
        ("seamstress", None, Role.WORKER),
        # and the trades stay workers
        ("a resident doctor", None, Role.WORKER),
        ("a graduate student", U, Role.WORKER),
        # a minister's official spokesman (British usage)
        ("official spokesman", None, Role.GOVERNMENT),
        # a university's spokesperson speaks for it, as no expert
        ("spokesperson", OTH, Role.OTHER),
    ],
)
def test_person_role_issue15(title: str, kind: OrgKind | None, role: Role) -> None:
    assert person_role(title, kind) is role


@pytest.mark.parametrize(
    ("phrase", "kind", "role"),
    [
        ("the local", None, Role.UNION_OFFICIAL),
        ("local officials", None, Role.GOVERNMENT),
        ("the council", None, Role.GOVERNMENT),
        ("the health board", None, Role.EMPLOYER),
        ("the Welsh Rugby Union", None, Role.OTHER),
        ("the students' union", None, Role.OTHER),
        ("Labour", None, Role.GOVERNMENT),
        ("the Conservatives", None, Role.GOVERNMENT),
        ("a statement", E, Role.EMPLOYER),
        ("the statement", U, Role.UNION_OFFICIAL),
        ("stranded passengers", None, Role.OTHER),
        ("the football players' union", None, Role.UNION_OFFICIAL),
        # critics of a policy are no press; nothing says who they are
        ("Critics", None, None),
        ("her critics", None, None),
    ],
)
def test_group_role_issue15(phrase: str, kind: OrgKind | None, role: Role) -> None:
    assert group_role(phrase, kind) is role


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("TUC general secretary", F),
        ("Unison", U),
        ("the European Union", GOV),
        ("the African Union", GOV),
        ("the Eurasian Customs Union", GOV),
        ("the Welsh Rugby Union", OTH),
        ("the Kent Netball Union", OTH),
        ("the students' union", OTH),
        ("the Graduate Students Union", U),
        ("the local council", GOV),
        ("the local health board", E),
        ("local 1005", U),
        ("Labour leader", GOV),
        ("Labor Council", U),
        ("a law firm", OTH),
        ("a pricing service", OTH),
        # a legislator's letters, whatever registry acronym they spell
        ("MNA for Laval-Nord", GOV),
        ("TD for Cork South", GOV),
        ("MLA for Belfast West", GOV),
        # a workplace, not a legislature
        ("the Wayne Assembly plant", E),
        ("the Fernhill assembly line", E),
        ("the Legislative Assembly", GOV),
        ("the Acme factory", E),
    ],
)
def test_hint_kind_issue15(name: str, kind: OrgKind) -> None:
    assert hint_kind(name) is kind


_VOCABULARIES = [
    name
    for name in _roles.__all__
    if name.endswith(("_WORDS", "_OFFICES")) and name != "GOVERNMENT_GROUP_WORDS"
]


@pytest.mark.parametrize("name", _VOCABULARIES)
def test_vocabularies_are_sorted_and_unique(name: str) -> None:
    words = getattr(_roles, name)
    assert list(words) == sorted(set(words)), name


@pytest.mark.parametrize("row", range(len(_roles.KIND_HINTS)))
def test_kind_hints_are_sorted_and_unique(row: int) -> None:
    words = _roles.KIND_HINTS[row][1]
    assert list(words) == sorted(set(words))


# --------------------------------------------------------------------------- roles by side
# (issue 15: the dispute decides the roles; every sentence is invented)


@pytest.mark.parametrize(
    ("title", "kind", "role"),
    [
        ("vice-chancellor", OTH, Role.EMPLOYER),
        ("provost", None, Role.EMPLOYER),
        ("professor of history", OTH, Role.EXPERT),
        ("a spokesman for the Scottish Hockey Union", None, Role.OTHER),
        ("a spokeswoman for the Welsh Rowing Union", None, Role.OTHER),
        ("president of the Northern Netball Union", None, Role.OTHER),
        ("secretary of the Eastvale Sports Union", None, Role.OTHER),
        # a critic of the arts writes for the press
        ("film critic", None, Role.MEDIA),
        ("theatre critic", None, Role.MEDIA),
    ],
)
def test_person_role_outside_labour(title: str, kind: OrgKind | None, role: Role) -> None:
    assert person_role(title, kind) is role


def _speakers(text: str) -> list[tuple[str, str | None, Role | None]]:
    out = []
    for q in lq.parse(text).quotes:
        sp = q.attribution.speaker if q.attribution is not None else None
        if sp is not None:
            out.append((sp.name, sp.organization, sp.role))
    return out


_BBC_STRIKE = (
    "Staff at the BBC began a 24-hour strike called by the NUJ on Monday. "
    '"We regret the disruption," said Ann Lee, a BBC spokeswoman. '
    '"Programmes will run," said Bob Day, the BBC\'s director of labour relations. '
    '"We are solid," said Cara Wu, the NUJ\'s general secretary.'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a broadcaster's people in a strike at the broadcaster are the employer
        (_BBC_STRIKE, [("Ann Lee", "BBC", Role.EMPLOYER), ("Bob Day", "BBC", Role.EMPLOYER), ("Cara Wu", "NUJ", Role.UNION_OFFICIAL)]),
        # ... and a journalist speaking as such is media
        ('"The vote is close," said Ann Lee, a BBC correspondent.', [("Ann Lee", "BBC", Role.MEDIA)]),
        # another company's spokesman is a third party; the struck company's is the employer
        (
            "Shop workers at Asda began a strike called by the GMB. "
            '"Our stores are open as usual," said Tom Hale, a spokesman for Tesco. '
            '"We are open," said Jo Bell, an Asda spokeswoman.',
            [("Tom Hale", "Tesco", Role.OTHER), ("Jo Bell", "Asda", Role.EMPLOYER)],
        ),
        # a public body that employs the strikers: its people are the employer
        (
            "Teachers voted to strike after Cosla made a pay offer, the EIS said. "
            '"The offer is fair," said Ann Burke, a Cosla spokeswoman.',
            [("EIS", "EIS", Role.UNION_OFFICIAL), ("Ann Burke", "Cosla", Role.EMPLOYER)],
        ),
        # "a company spokesman", "a union spokesman": the dispute's sides
        (
            "Bus drivers at Stagecoach walked out on Monday in a row with Unite over pay. "
            '"Services will resume," a company spokesman said. '
            '"We are solid," a union spokesman said.',
            [("a company spokesman", "Stagecoach", Role.EMPLOYER), ("a union spokesman", "Unite", Role.UNION_OFFICIAL)],
        ),
        # a title that says whose office it is
        (
            "The EIS said talks with councils had failed. "
            'Its general secretary, Ann Kerr, said: "Teachers are ready."',
            [("EIS", "EIS", Role.UNION_OFFICIAL), ("Ann Kerr", "EIS", Role.UNION_OFFICIAL)],
        ),
        # ... also when no table knows the company: the one quoted by name just before
        (
            "Lorry drivers at Fernhill Haulage began a strike called by Unite. "
            "Fernhill Haulage said the walkout was unnecessary. "
            'Its chief executive, Dan Moss, said: "Our door is open."',
            [("Fernhill Haulage", "Fernhill Haulage", Role.EMPLOYER), ("Dan Moss", "Fernhill Haulage", Role.EMPLOYER)],
        ),
        (
            "Cleaners at Harbour Facilities Group walked out over pay, the GMB said. "
            "Harbour Facilities Group said its offer was fair. "
            'The company\'s managing director, Rita Sole, said: "We want a deal."',
            [("GMB", "GMB", Role.UNION_OFFICIAL), ("Harbour Facilities Group", "Harbour Facilities Group", Role.EMPLOYER), ("Rita Sole", "Harbour Facilities Group", Role.EMPLOYER)],
        ),
        # a company a manager named is what "the airline" means later
        (
            "Cabin crew at Bluewing Air began a 48-hour strike on Monday in a dispute over pay, "
            'Unite said. "We will keep flying," said Ian Roe, chief executive of Bluewing. '
            "The airline said its offer was generous.",
            [("Unite", "Unite", Role.UNION_OFFICIAL), ("Ian Roe", "Bluewing Air", Role.EMPLOYER), ("Bluewing Air", "Bluewing Air", Role.EMPLOYER)],
        ),
        # a bare spokesperson speaks for the organization named right before ...
        (
            "Postal workers at Northway Post began a strike on Monday, the union said. "
            'Northway Post said its offer was fair. "The demands would cost billions," '
            "spokesperson Lisa Moore said in an e-mail.",
            [("the union", None, Role.UNION_OFFICIAL), ("Northway Post", "Northway Post", Role.EMPLOYER), ("Lisa Moore", "Northway Post", Role.EMPLOYER)],
        ),
        # ... but not for the news outlet a sentence names
        (
            'The senator spoke to the AP on Monday. "We will not comment," spokesman Tom Bell said.',
            [("Tom Bell", None, Role.OTHER)],
        ),
        # one capitalised word opening a sentence is no company for "its" to mean
        (
            "Dock workers walked out on Monday, the union said. Officials said the port was "
            'closed. Its chief executive, Amy Ross, said: "We are talking."',
            [("the union", None, Role.UNION_OFFICIAL), ("Officials", None, Role.GOVERNMENT), ("Amy Ross", None, Role.EMPLOYER)],
        ),
        # a legislator's letters are no organization (an acronym the registry may hold)
        (
            'Nurses walked out at six hospitals, the FIQ said. '
            '"This is a crisis," said health critic Jean Roy, the MNA for Laval-Nord.',
            [("FIQ", "FIQ", Role.UNION_OFFICIAL), ("Jean Roy", None, Role.GOVERNMENT)],
        ),
        # "of" inside a group's name stays in its organization
        # (a central bank is a public body)
        ("The Reserve Bank of Fiji said rates would stay on hold.", [("The Reserve Bank of Fiji", "Reserve Bank of Fiji", Role.GOVERNMENT)]),
        # a statement speaks for the organization behind it, by its name
        (
            'The GMB issued a statement on Friday. "Members will not be bullied," the statement said.',
            [("GMB", "GMB", Role.UNION_OFFICIAL)],
        ),
        # a registered union's name as the speaker, where the registry wants context
        ("Unite said the offer was an insult.", [("Unite", "Unite", Role.UNION_OFFICIAL)]),
        # a council the registry does not know, in its own bin strike, is the employer ...
        (
            "Refuse collectors went on strike on Monday, the GMB said. "
            '"We have made a fair offer," a council spokeswoman said. '
            "Castlebridge City Council said the strike was regrettable.",
            [("GMB", "GMB", Role.UNION_OFFICIAL), ("a council spokeswoman", "the council", Role.EMPLOYER), ("Castlebridge City Council", "Castlebridge City Council", Role.EMPLOYER)],
        ),
        # ... but county prosecutors and a party's health spokesman are not
        (
            "Teachers walked out on Monday, the union said. "
            '"Charges may follow," county prosecutors said. '
            '"Talk to them," said Ann Vale, the Greens\' health spokeswoman.',
            [("the union", None, Role.UNION_OFFICIAL), ("county prosecutors", None, Role.GOVERNMENT), ("Ann Vale", "Greens", Role.GOVERNMENT)],
        ),
    ],
)  # fmt: skip
def test_roles_by_side(text: str, expected: list[tuple[str, str | None, Role]]) -> None:
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"The money is not there," said Cllr Ann Reid.',
        "Cllr. Ann Reid said the money was not there.",
        "Bin workers began a strike. Cllr Ann Reid said the money was not there.",
    ],
)
def test_a_councillor_by_honorific_is_government(text: str) -> None:
    # the abbreviated office is the title (as written), and gives the role
    sp = next(q.attribution.speaker for q in lq.parse(text).quotes if q.attribution)
    title = "Cllr." if "Cllr." in text else "Cllr"
    assert (sp.name, sp.title, sp.role) == ("Ann Reid", title, Role.GOVERNMENT)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Acme Haulage said the offer stood. Its chief executive, Dan Moss, said it was final.", "chief executive"),
        ("Dockers walked out. Its press officer, Councillor Rhona Baird, said the budget was spent.", "press officer"),
        ("Nurses walked out. Their spokeswoman, Ann Lee, said wards were shut.", "spokeswoman"),
    ],
)  # fmt: skip
def test_a_resolved_title_loses_its_owner_pronoun(text: str, title: str) -> None:
    quotes = [q for q in lq.parse(text).quotes if q.attribution is not None]
    assert quotes
    assert quotes[-1].attribution is not None
    assert quotes[-1].attribution.speaker.title == title


@pytest.mark.parametrize(
    ("phrase", "role"),
    [
        ("Grain shippers", Role.OTHER),
        ("small businesses", Role.OTHER),
        ("exporters", Role.OTHER),
        ("the company", Role.EMPLOYER),
    ],
)
def test_group_role_outside_the_dispute(phrase: str, role: Role) -> None:
    assert group_role(phrase, None) is role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office only unions have, in a dispute: the dispute's union
        (
            "The Widget Engineers Association said members backed stoppages. "
            "Federal secretary Jo Ruiz said engineers were angry.",
            [
                (
                    "Widget Engineers Association",
                    "Widget Engineers Association",
                    Role.UNION_OFFICIAL,
                ),
                ("Jo Ruiz", "Widget Engineers Association", Role.UNION_OFFICIAL),
            ],
        ),
        # a title in apposition that says whose office it is
        (
            "The NDP named Lee Park, the party's labour critic, on Monday. "
            '"Workers have rights," said Lee Park.',
            [("Lee Park", "NDP", Role.GOVERNMENT)],
        ),
    ],
)
def test_whose_office(text: str, expected: list[tuple[str, str | None, Role]]) -> None:
    assert _speakers(text) == expected


# --------------------------------------------------------------------------- fast paths

_PIECES = st.sampled_from(
    [
        "a", "union", "members'", "Ruiz's", " ", "  ", "\n", "...", "\u2014", "-", ".", "s",
        "'", "\u2019", "U.S.", "(", ")", "shop-floor", "\u015f", "\u0301", "_", "9", "leader",
        ",", "\u00a0", "general secretary", "NURSES", "staffers",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_the_head_word_is_the_last_word_the_pattern_finds(phrase: str) -> None:
    whole = _roles._HEAD_WORD().search(phrase[-80:])
    assert _roles._head(phrase) == (whole.group(1) if whole is not None else "")


def _plain_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words}, key=len)
    body = "|".join(reversed(alts))
    return re.compile(rf"(?<![\w-])(?:{body})(?:e?s)?(?![\w-])", re.IGNORECASE)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([_roles.WORKER_WORDS, _roles.UNION_OFFICIAL_WORDS, _roles.EMPLOYER_WORDS]),
    st.lists(_PIECES, max_size=12).map("".join),
)
def test_a_word_table_is_found_as_its_plain_alternation_finds_it(
    words: tuple[str, ...], phrase: str
) -> None:
    assert _roles._has(words, phrase) == (_plain_pattern(words).search(phrase) is not None)


def test_a_body_of_users_is_no_union() -> None:
    text = "Ada Hale, chair of the Bus Passengers Council, said riders were fed up."
    kinds = {o.name: o.kind for o in lq.find_organizations(text)}
    assert kinds.get("Bus Passengers Council") is not OrgKind.UNION


#: (clause, disputed, role): a relative clause after a name tells the person's work
#: (a worker in a dispute, where the work is at the employer's or at no place named)
#: or a life the dispute touches (``other``); else nothing.
RELATIVE_CLAUSES = [
    ("who has worked at the plant for 20 years", True, Role.WORKER),
    ("who installs wiring harnesses", True, Role.WORKER),
    ("who joined the airline in 2019", True, Role.WORKER),
    ("who has driven for Fenwick Buses for 12 years", True, Role.WORKER),
    ("who has long worked in the laundry at the hospital", True, Role.WORKER),
    ("who works at a bakery nearby", True, Role.OTHER),
    ("who commutes to Leeds", True, Role.OTHER),
    ("who lives near the depot", False, Role.OTHER),
    ("whose daughter relies on the school bus", True, Role.OTHER),
    ("whose hip operation was postponed twice", True, Role.OTHER),
    ("whose job is at risk", True, Role.WORKER),
    ("whose support cratered last week", False, None),
    ("who joined the picket line", True, None),
    ("who voted for the union", True, Role.WORKER),
    ("who walked out on Monday", True, Role.WORKER),
    ("who voted for the union", False, None),
    # work at a place for a length of time is a worker's, dispute or none; a term in
    # office is not (``served``)
    ("who has worked at the plant for 20 years", False, Role.WORKER),
    ("who has served in the Senate for 20 years", False, None),
    ("who worked at the plant", False, None),
    ("a welder", True, None),
]  # fmt: skip


@pytest.mark.parametrize(("clause", "disputed", "role"), RELATIVE_CLAUSES)
def test_relative_role(clause: str, disputed: bool, role: Role | None) -> None:
    assert _roles.relative_role(clause, disputed, ["Fenwick Buses"]) is role


@pytest.mark.parametrize(
    "text",
    [
        "Tom Varga, who runs a bakery on Queen Street, said trade was slow.",
        "Tom Varga, who runs a cafe on King Street West, said trade was slow.",
        "Tom Varga, who owns a shop on President Avenue, said trade was slow.",
    ],
)
def test_an_office_word_in_a_street_s_name_is_no_office(text: str) -> None:
    sp = next(q.attribution.speaker for q in lq.parse(text).quotes if q.attribution)
    assert sp.role is not Role.GOVERNMENT


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Ana Ruiz, chief executive of the homelessness charity Safe Harbour, said rents rose.", Role.OTHER),
        ("Tom Lee, director of the pressure group Clean Air Now, said rents rose.", Role.OTHER),
        # a researcher at an institute stays an expert
        ("Tom Lee, a researcher at the Harbour Institute, said rents rose.", Role.EXPERT),
    ],
)  # fmt: skip
def test_a_charity_s_people_are_no_experts(text: str, role: Role) -> None:
    sp = next(q.attribution.speaker for q in lq.parse(text).quotes if q.attribution)
    assert sp.role is role


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a public health service speaks as a public body where no dispute is reported
        ("The Harbour Health Board said beds were full.", Role.GOVERNMENT),
        ("Dr Ana Ruiz, chief executive of Kingsmere NHS Trust, said beds were full.", Role.GOVERNMENT),
        # in a strike at it, it is the employer
        (
            "Nurses at Kingsmere NHS Trust went on strike on Monday.\n\n"
            "Dr Ana Ruiz, chief executive of Kingsmere NHS Trust, said beds were full.",
            Role.EMPLOYER,
        ),
    ],
)  # fmt: skip
def test_a_public_health_service_is_government_outside_a_dispute(text: str, role: Role) -> None:
    sp = next(q.attribution.speaker for q in lq.parse(text).quotes if q.attribution)
    assert sp.role is role


@pytest.mark.parametrize(
    ("title", "role", "organization"),
    [
        ("Organizer", Role.UNION_OFFICIAL, "Inland Logistics Workers Union"),
        ("Lead organiser", Role.UNION_OFFICIAL, "Inland Logistics Workers Union"),
        # whose organizer a community organizer is, the title does not say
        ("Community organizer", Role.OTHER, None),
    ],
)
def test_a_disputes_organizer_speaks_for_its_union(
    title: str, role: Role, organization: str | None
) -> None:
    text = (
        "Warehouse workers at Shelvio walked out on Friday, the Inland Logistics Workers "
        f"Union said. {title} Ana Ruiz said the walkout would go on."
    )
    speakers = [q.attribution.speaker for q in lq.parse(text).quotes if q.attribution]
    ruiz = next(sp for sp in speakers if sp.name == "Ana Ruiz")
    assert (ruiz.role, ruiz.organization) == (role, organization)


@pytest.mark.parametrize("name", ["Council Tax Watch", "Rail Users Action", "Harbour Voice"])
def test_a_campaigns_name_is_no_public_body(name: str) -> None:
    assert hint_kind(name) is None
    text = f'"Bills have doubled," said Kay Roe, a spokeswoman for the campaign group {name}.'
    [quote] = lq.parse(text).quotes
    assert quote.attribution is not None
    assert quote.attribution.speaker.role is Role.OTHER


#: (description, role): a kind of place after ``in the`` in a relative clause is where
#: the work is done, no government's; working for the place, or sitting on its council,
#: is (but a trade at a public body is its staff's: a clerk is a worker, no official).
LOCALITIES = [
    ("who has driven buses in the city for 20 years", Role.OTHER),
    ("who has taught in the county since 2001", Role.OTHER),
    ("who has worked for the city for 20 years", Role.GOVERNMENT),
    ("a nursing student from the city's north side", Role.OTHER),
    ("a clerk in the county's finance department", Role.WORKER),
    ("who sits on the city council", Role.GOVERNMENT),
    ("a councillor in the city", Role.GOVERNMENT),
]


@pytest.mark.parametrize(("described", "role"), LOCALITIES)
def test_a_locality_in_a_relative_clause_is_where_not_whose(described: str, role: Role) -> None:
    assert _roles.person_role(described, None) is role


@pytest.mark.parametrize(
    "text",
    ["Health officials said the risk was low.", "Public health officials said the risk was low."],
)
def test_health_officials_are_government_outside_a_dispute(text: str) -> None:
    (q,) = lq.parse(text).quotes
    assert q.attribution is not None
    assert q.attribution.speaker.role is Role.GOVERNMENT


#: (dispute, speaker's sentence, office): the employer's own officers in its dispute, not
#: workers for ``member`` or ``nurse``: a council's cabinet seat, a hospital's clinical
#: executives.
OWN_DISPUTE_OFFICES = [
    (
        "Refuse collectors at Wexley Borough Council will strike from Monday, the GMB said.",
        '"Our offer is fair," said Cllr Anne Dorsey, the council\'s {office}.',
        office,
    )
    for office in ("executive member for resources", "cabinet member for housing")
] + [
    (
        "Nurses at Fenmoor General NHS Trust walked out on Monday, the RCN said.",
        "Dr Ada Lusk, {office} at Fenmoor General NHS Trust, said our offer is fair.",
        office,
    )
    for office in ("chief nurse", "director of nursing", "medical director")
]


@pytest.mark.parametrize(("dispute", "sentence", "office"), OWN_DISPUTE_OFFICES)
def test_an_employers_own_officer_in_its_dispute(dispute: str, sentence: str, office: str) -> None:
    text = f"{dispute}\n\n{sentence.format(office=office)}"
    att = next(q.attribution for q in lq.parse(text).quotes if "offer is fair" in q.text)
    assert att is not None
    assert (att.speaker.title, att.speaker.role) == (office, Role.EMPLOYER)


def test_a_credit_union_is_a_business_no_labour_union() -> None:
    assert hint_kind("Harbour Spruce Credit Union") is OrgKind.EMPLOYER
    text = "Harbour Spruce Credit Union's chief executive, Ada Lusk, said members were repaid."
    (q,) = lq.parse(text).quotes
    assert q.attribution is not None
    assert q.attribution.speaker.role is Role.EMPLOYER


#: (name or title, kind): a place's word inside a capitalized name that another word
#: ends is no government's; a government's word, or an office, ending it keeps it; public
#: emergency services and offices are a government's.
NAME_PLACE_WORDS = [
    ("Northern Counties Ambulance Service", OrgKind.GOVERNMENT),
    ("West Riding Fire and Rescue Service", OrgKind.GOVERNMENT),
    ("Office for Students", OrgKind.GOVERNMENT),
    ("Harbour City Coachlines", OrgKind.EMPLOYER),  # (its last word: a business's)
    ("Ocean County College", OrgKind.OTHER),
    ("Leeds City Council", OrgKind.GOVERNMENT),
    ("New York State Assembly", OrgKind.GOVERNMENT),
    ("New York City Public Advocate", OrgKind.GOVERNMENT),
    ("Emergency department nurse", OrgKind.EMPLOYER),
]


@pytest.mark.parametrize(("text", "kind"), NAME_PLACE_WORDS)
def test_a_place_word_inside_a_name(text: str, kind: OrgKind | None) -> None:
    assert hint_kind(text) is kind


def test_a_construction_company_and_its_managing_director() -> None:
    text = (
        "About 60 CFMEU members blockaded the Kestrel Constructions site on Tuesday.\n\n"
        "Kestrel Constructions said in a statement that the money would be paid.\n\n"
        'Its managing director, Russell Pike, said the blockade was "unlawful".'
    )
    roles = {
        q.attribution.speaker.name: q.attribution.speaker.role
        for q in lq.parse(text).quotes
        if q.attribution
    }
    assert roles == {"Kestrel Constructions": Role.EMPLOYER, "Russell Pike": Role.EMPLOYER}


def test_a_cafe_owner_in_a_strike_town_is_a_bystander() -> None:
    text = (
        "Miners at Talgai Creek walked out on Monday.\n\n"
        "Moranbah cafe owner Tracey Dell said a long shutdown would hurt local businesses."
    )
    (q,) = lq.parse(text).quotes
    assert q.attribution is not None
    assert (q.attribution.speaker.title, q.attribution.speaker.role) == ("cafe owner", Role.OTHER)


#: Who runs or owns a body, and the users it speaks for, are no words of its kind: a
#: party's name before ``-run`` / ``-led`` makes no union; a users' group is no firm (no
#: kind: its people are ``other``, see below).
RUN_BY_AND_USERS = [
    ("Labour-run Hartsmere City Council", OrgKind.GOVERNMENT),
    ("Labour-led Fenmoor Council", OrgKind.GOVERNMENT),
    ("Dunmere Rail Users' Group", None),
    ("Kestrel Bus Passengers Group", None),
    ("Severn Mill Trains", OrgKind.EMPLOYER),  # (its last word: a business's)
]


@pytest.mark.parametrize(("name", "kind"), RUN_BY_AND_USERS)
def test_who_runs_a_body_and_whom_it_serves(name: str, kind: OrgKind | None) -> None:
    assert hint_kind(name) is kind


def test_a_party_run_council_and_its_leader_are_government() -> None:
    text = (
        "Labour-run Hartsmere City Council said it must save £9m next year. "
        'Council leader Cllr Ana Bright said the cuts were "the hardest we have made".'
    )
    speakers = [q.attribution.speaker for q in lq.parse(text).quotes if q.attribution]
    assert {sp.role for sp in speakers} == {Role.GOVERNMENT}
    assert {sp.organization for sp in speakers} == {"Hartsmere City Council"}


#: In a strike whose employer the article never names as one, a ministry named after a
#: business's word is no employer, a users' group's officer is no manager, and a former
#: executive manages nothing now.
OUTSIDERS_OF_A_STRIKE = [
    'A Department for Transport spokesman said the strike was "a matter for both sides".',
    "Eli Moss, secretary of the Dunmere Rail Users' Group, said riders were fed up.",
    "Eli Moss, chair of the Dunmere Rail Users' Group, said riders were fed up.",
    "Tom Reay, a former rail industry executive, said the dispute had been coming.",
]


@pytest.mark.parametrize("sentence", OUTSIDERS_OF_A_STRIKE)
def test_outsiders_of_a_strike_are_no_employer(sentence: str) -> None:
    text = f"Guards at Dunmere Vale Trains walked out on Monday, the RMT said. {sentence}"
    speakers = [q.attribution.speaker for q in lq.parse(text).quotes if q.attribution]
    assert speakers[0].role is Role.UNION_OFFICIAL
    assert len(speakers) > 1
    assert all(sp.role is not Role.EMPLOYER for sp in speakers[1:])
    if "Users'" in sentence:
        assert all(sp.role is Role.OTHER for sp in speakers[1:])  # (no expert, no official)


#: India's words for a union (``sangh``, ``sanghatana``) make its officers union officials.
@pytest.mark.parametrize(
    "title",
    ["president of the sanghatana", "Sangh president", "general secretary of the Mazdoor Sangh"],
)
def test_an_indian_unions_officer(title: str) -> None:
    assert person_role(title, None) is Role.UNION_OFFICIAL


#: A president or chair who is also the chief executive is a company's head, no state's.
@pytest.mark.parametrize("title", ["President and CEO", "president and chief executive"])
def test_a_president_and_chief_executive_is_an_employer(title: str) -> None:
    assert person_role(title, None) is Role.EMPLOYER


#: An office of the board that the striking workers' employer names runs the employer,
#: as a company's board does (rule 6): ``Board President`` in a teachers' strike.
def test_the_president_of_the_employing_board_is_the_employer() -> None:
    text = (
        "Teachers in the Dunmore Valley School District went on strike on Monday after "
        "talks with the Dunmore Valley Board of Education broke down.\n\n"
        "Board President Hal Brink said the district could not pay more."
    )
    assert _speakers(text) == [("Hal Brink", "Dunmore Valley Board of Education", Role.EMPLOYER)]


#: A described owner of one lower-case word and a noun: the employer the article named.
def test_the_transit_authoritys_chief_executive_is_the_employer() -> None:
    text = (
        "Drivers at the Orrin Bay Regional Transit Authority voted to strike.\n\n"
        "The transit authority's chief executive, Mia Sorel, said the agency had offered 6%."
    )
    sp = lq.parse(text).quotes[0].attribution
    assert sp is not None
    assert (sp.speaker.title, sp.speaker.organization, sp.speaker.role) == (
        "chief executive",
        "Orrin Bay Regional Transit Authority",
        Role.EMPLOYER,
    )


def test_a_legislator_of_a_party_named_like_a_union_is_government() -> None:
    text = (
        "Ana Ruiz, a lawmaker from the Civic Workers Union who sits for Tarwin, said "
        "she would file a bill."
    )
    assert _speakers(text)[0][2] is Role.GOVERNMENT


def test_the_school_board_president_is_the_school_districts() -> None:
    text = (
        "Teachers in the Dunmore Valley School District went on strike on Monday.\n\n"
        'School board President Hal Brink called the walkout "reckless" and said the '
        "district had offered raises."
    )
    sps = _speakers(text)
    assert sps
    assert set(sps) == {("Hal Brink", "Dunmore Valley School District", Role.EMPLOYER)}


#: A word no organization is before a union's unit names the unit (``Kisaru branch``);
#: the officer speaks for the dispute's union. Offices of a branch are a union's only.
BRANCH_OFFICERS = [
    ("Teachers in Tarwin threatened to strike, Kuppet said.\n\nTarwin branch executive secretary Ann Koros said promotions were late.",
     "Tarwin branch executive secretary", "Kuppet"),
    ("Members of Unite walked out.\n\nUnite branch secretary Ann Lee said the port was shut.",
     "branch secretary", "Unite"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "title", "org"), BRANCH_OFFICERS)
def test_a_branch_officer_speaks_for_the_union(text: str, title: str, org: str) -> None:
    sp = lq.parse(text).quotes[-1].attribution.speaker  # type: ignore[union-attr]
    assert (sp.title, sp.organization, sp.role) == (title, org, Role.UNION_OFFICIAL)


#: Riders and couriers who log off an app in protest are on strike: the dispute's
#: action; a rider is a worker.
def test_a_log_off_is_a_strike_and_a_rider_a_worker() -> None:
    text = (
        "Hundreds of delivery riders logged off the Bikzo app across Perth on Friday, "
        "with the Transport Workers' Union of Australia warning of further action.\n\n"
        "One rider said his income had halved."
    )
    art = lq.parse(text)
    assert art.dispute is not None
    assert art.dispute.action is lq.DisputeAction.STRIKE
    assert _speakers(text)[-1] == ("One rider", None, Role.WORKER)


@pytest.mark.parametrize("title", ["doctoral candidate in chemistry", "PhD candidate"])
def test_a_candidate_for_a_degree_is_no_candidate_for_office(title: str) -> None:
    assert person_role(title, None) is not Role.GOVERNMENT


def test_a_meat_plant_named_by_its_trade_is_the_employer() -> None:
    text = (
        "Staff at Tarwin Valley Meats were locked out yesterday, according to Siptu.\n\n"
        "In a statement, Tarwin Valley Meats said it had been left with no option."
    )
    assert _speakers(text)[-1] == ("Tarwin Valley Meats", "Tarwin Valley Meats", Role.EMPLOYER)
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == ["Tarwin Valley Meats"]


#: Teaching and research staff of the dispute's employer, in an article that writes them
#: in the plural too (a strike of lecturers), are its workers; an academic elsewhere, or
#: one the article does not count among the strikers, is an expert.
def test_academic_staff_of_the_employer_in_their_strike() -> None:
    text = (
        "Lecturers at Tarwin University walked out on Monday in a row over casual contracts."
        "\n\nDr Ana Ruiz, a lecturer at Tarwin University, said workloads had doubled.\n\n"
        "Professor Tom Lee, an economist at Hallam University, said the strike could spread."
    )
    assert [role for _, _, role in _speakers(text)] == [Role.WORKER, Role.EXPERT]


def test_an_academic_commenting_on_a_strike_is_an_expert() -> None:
    text = (
        "Porters at Tarwin University walked out on Monday over pay.\n\n"
        "Dr Ana Ruiz, a lecturer in employment relations at Tarwin University, said the "
        "dispute could run for months."
    )
    assert _speakers(text)[-1][2] is Role.EXPERT


#: The governing board named after the dispute's employer is on the employer's side; a
#: place's mayor whose name opens the employer's is the town's, not the employer's.
def test_the_employers_board_and_the_towns_mayor() -> None:
    text = (
        "Teachers in the Maple Falls Unified School District walked off the job on Monday."
        "\n\nDana Kerr, president of the Maple Falls Unified School District Board of "
        "Education, said the board would meet on Tuesday.\n\n"
        "Maple Falls Mayor Tom Lee said in a statement that he had spoken with both sides."
    )
    assert [(role, org) for _, org, role in _speakers(text)] == [
        (Role.EMPLOYER, "Maple Falls Unified School District Board of Education"),
        (Role.GOVERNMENT, None),
    ]


#: In a strike at a publisher, its spokesman is the employer's and its reporters are its
#: workers, not the press speaking as such; the workplace is read after ``Members of the
#: union (ACRONYM) at``.
def test_a_strike_at_a_publisher() -> None:
    text = (
        "Members of the National Union of Journalists (NUJ) at Pennine Press Group voted "
        "by 87% in favour of strike action.\n\n"
        'A spokesman for Pennine Press Group said the company was "disappointed".\n\n'
        "Picketing outside the office, senior reporter Luke Fanning said it was his first "
        "strike."
    )
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == ["Pennine Press Group"]
    roles = [role for _, _, role in _speakers(text)]
    assert roles == [Role.EMPLOYER, Role.EMPLOYER, Role.WORKER]


def test_a_reporter_outside_a_dispute_is_the_press() -> None:
    text = (
        "Drivers at Fernhill Haulage walked out on Monday.\n\n"
        "Senior reporter Luke Fanning said the strike would spread."
    )
    assert _speakers(text)[-1][2] is Role.MEDIA


#: A public body whose staff the article names as the workforce (``Civil servants at the
#: Department for Work and Pensions``, ``outside workers for the City of Brackenridge``)
#: is the dispute's employer: its spokesperson and its mayor speak for it, and ``the
#: department`` / ``the city`` refer to it.
def test_a_civil_service_dispute() -> None:
    text = (
        "Civil servants at the Department for Work and Pensions will strike next week, the "
        "PCS union said.\n\nA DWP spokesperson said it was disappointed.\n\n"
        "The department said processing times had improved."
    )
    assert _speakers(text)[1:] == [
        ("A DWP spokesperson", "Department for Work and Pensions", Role.EMPLOYER),
        ("Department for Work and Pensions", "Department for Work and Pensions", Role.EMPLOYER),
    ]


def test_a_city_workers_strike() -> None:
    text = (
        "About 300 outside workers for the City of Brackenridge walked off the job Monday "
        "after talks with CUPE Local 4410 broke down.\n\n"
        'Mayor Graham Petrakis said the city had made "a fair offer."\n\n'
        "The city said contracting out would save $1.2 million."
    )
    dispute = lq.parse(text).dispute
    assert dispute is not None
    assert [o.name for o in dispute.employers] == ["City of Brackenridge"]
    assert [(name, role) for name, _, role in _speakers(text)] == [
        ("Graham Petrakis", Role.EMPLOYER),
        ("Graham Petrakis", Role.EMPLOYER),
        ("City of Brackenridge", Role.EMPLOYER),
    ]


def test_a_city_named_before_its_noun_is_a_place() -> None:
    text = "Bus drivers in Mexico City and Orange County walked out, the union said."
    names = [o.name for o in lq.parse(text).organizations]
    assert "Mexico City" not in names
    assert "Orange County" not in names


#: In a lockout by an orchestra: its board chair and, at a sentence's start, its
#: ``Orchestra chief executive`` are its management; ``X, whose president, NAME,`` is
#: the president of the body before ``whose``.
def test_an_orchestra_lockout() -> None:
    text = (
        "The Harbourlight Symphony Orchestra has locked out its 48 musicians.\n\n"
        '"This is the hardest decision this board has made," board chair Robert Mack said.'
        "\n\nThe musicians are represented by the Halifax local of the Canadian Federation "
        "of Musicians, whose president, Genevieve Aucoin, said the players learned of it "
        "from a news release.\n\n"
        "Orchestra chief executive Colleen Barr told reporters the board had offered a raise."
    )
    orchestra = "Harbourlight Symphony Orchestra"
    assert _speakers(text) == [
        ("Robert Mack", orchestra, Role.EMPLOYER),
        (
            "Genevieve Aucoin",
            "Halifax local of the Canadian Federation of Musicians",
            Role.UNION_OFFICIAL,
        ),
        ("Colleen Barr", orchestra, Role.EMPLOYER),
    ]


#: Hard-wrapped copy (an archive export): the workplace after ``workers of`` is read
#: across a wrap, and a worker of that council is a worker, not its government.
def test_a_workplace_cut_by_a_hard_wrap() -> None:
    lines = [
        "DUNMORE: Rubbish piled up on Monday as the strike by nearly 900 bin",
        "workers of the Dunmore Municipal Corporation (DMC) entered its third",
        "day, with no talks planned.",
        "",
        "Rekha Pillai, 48, a sweeper with the DMC for 12 years, said she had not",
        "been paid since March.",
        "",
        "Municipal commissioner Arun Bhat said the money would be paid by Friday.",
    ]
    corp = "Dunmore Municipal Corporation"
    assert _speakers("\n".join(lines)) == [
        ("Rekha Pillai", corp, Role.WORKER),
        ("Arun Bhat", None, Role.EMPLOYER),
    ]


#: The head of an employing body by a title its kind has (a municipal commissioner, a
#: town manager) is its management.
@pytest.mark.parametrize(
    ("body", "title"),
    [
        ("Dunmore Municipal Corporation", "Municipal commissioner"),
        ("Town of Kelso", "Town manager"),
        ("City of Kelso", "City administrator"),
    ],
)
def test_heads_of_an_employing_body(body: str, title: str) -> None:
    text = (
        f"Sanitation workers of the {body} went on strike on Monday.\n\n"
        f"{title} Arun Bhat said the offer was fair."
    )
    assert _speakers(text)[0][2] is Role.EMPLOYER


#: A possessive and a kin word are family, whatever the owner's name reads as (``Mills``
#: is no company here).
@pytest.mark.parametrize("owner", ["Mills'", "Steelworks'", "Ana Ruiz's"])
def test_a_relative_is_no_employer(owner: str) -> None:
    text = (
        "Kestrel Care was fined $90,000 over a fall at one of its homes.\n\n"
        f"Outside court, {owner} son Peter Lang said no fine would bring his mother back."
    )
    assert _speakers(text) == [("Peter Lang", None, Role.OTHER)]


#: ``the agency`` is whichever public body or business the text named last before it,
#: not a labour board named later.
def test_the_agency_is_the_body_named_before() -> None:
    text = (
        "Kelso Valley Home Care Services locked out 60 home-care workers on Saturday.\n\n"
        '"We did not want this," said Ruth Dale, the agency\'s executive director.\n\n'
        "The union said it would complain to the Nova Scotia Labour Board."
    )
    assert _speakers(text)[0] == ("Ruth Dale", "Kelso Valley Home Care Services", Role.EMPLOYER)


#: ``labour`` before a public office's noun names the office, not a union.
@pytest.mark.parametrize(
    "speaker",
    [
        "A spokeswoman for the provincial labour ministry",
        "A Labor Department spokesman",
        "A spokesman for the state labour commissioner",
    ],
)
def test_a_labour_office_is_no_union(speaker: str) -> None:
    text = (
        "Workers at Kestrel Poultry, members of UFCW Local 401, went on strike.\n\n"
        f"{speaker} said mediators remained available."
    )
    assert _speakers(text)[0][2] is Role.GOVERNMENT


#: At work for the dispute's one employer: a trade in a relative clause at its place
#: for a length of time, a site named by its place, a manager of a site.
@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        (
            '"My hands ache," said Rosa Vale, 44, who has trimmed loins at the plant for 11 years.',
            Role.WORKER,
        ),
        ('"My hands ache," said Rosa Vale, a packer at the Grangemouth plant.', Role.WORKER),
        (
            '"My hands ache," said Rosa Vale, a customer adviser at the Leith branch.',
            Role.WORKER,
        ),
        ('Plant manager Rosa Vale said the offer was fair. "It is fair," she said.', Role.EMPLOYER),
    ],
)
def test_at_work_for_the_one_employer(sentence: str, role: Role) -> None:
    text = f"Workers at Kestrel Foods, members of Unite, voted to strike.\n\n{sentence}"
    assert _speakers(text)[0] == ("Rosa Vale", "Kestrel Foods", role)


#: A union's officer at a branch keeps the branch: it is the union's.
def test_a_branch_officer_is_not_the_employers() -> None:
    text = (
        "Workers at Kestrel Foods, members of Unite, voted to strike.\n\n"
        '"We are ready," said Rosa Vale, secretary of the Leith branch.'
    )
    assert _speakers(text)[0][1] != "Kestrel Foods"


#: A passive relative clause at the employer's place tells a patient, no worker.
def test_treated_at_the_hospital_is_no_worker() -> None:
    clause = "who has been treated at the hospital for a heart condition for a decade"
    assert _roles.relative_role(clause, True, ["Kestrel General Hospital"]) is not Role.WORKER


#: An employing council's managers are its management; its elected members and the
#: opposition are politicians.
def test_an_employing_councils_politicians() -> None:
    text = (
        "Home carers employed by Kelso Council will strike next week, the GMB said.\n\n"
        "Ian Reid, the Conservative group leader on Kelso Council, said the council had "
        "drifted into the dispute.\n\n"
        "The council's head of adult social care, Ruth Kerr, said services would run."
    )
    roles = {name: role for name, _org, role in _speakers(text)}
    assert roles["Ian Reid"] is Role.GOVERNMENT
    assert roles["Ruth Kerr"] is Role.EMPLOYER


#: A public body that locks its workforce out is the dispute's employer, and its mayor
#: its management; a union officer's bargaining unit is no organization.
def test_a_town_that_locks_out_its_staff() -> None:
    text = (
        "The Town of Kelso Bay, N.S., has locked out about 85 municipal employees.\n\n"
        'Mayor Hal Brennan said council had "run out of road" after months of talks.\n\n'
        '"A lockout is a choice," said Jenna Moss, the NSGEU staff representative for the '
        "bargaining unit."
    )
    people = _speakers(text)
    assert people[0][0] == "Hal Brennan"
    assert people[0][2] is Role.EMPLOYER
    assert people[-1] == ("Jenna Moss", "NSGEU", Role.UNION_OFFICIAL)


#: The singular of the workforce's plural is a worker's title in its dispute (``guard``
#: in a strike of guards), though alone it names no trade; so is a clerical officer.
@pytest.mark.parametrize(
    ("workforce", "sentence"),
    [
        ("guards", "Guard Rae Amadi said colleagues worked 60-hour weeks."),
        ("guards", "Another guard, who asked not to be named, said colleagues were tired."),
        ("clerks", "Clerical officer Rae Amadi said colleagues worked 60-hour weeks."),
    ],
)
def test_one_of_the_workforce(workforce: str, sentence: str) -> None:
    text = (
        f"About 90 {workforce} employed by Castlegate Facilities walked out on Monday.\n\n"
        f"{sentence}"
    )
    assert _speakers(text)[0][2] is Role.WORKER


#: A retired one of the trade is no longer of the workforce.
def test_a_retired_one_of_the_workforce_is_not() -> None:
    text = (
        "About 90 guards employed by Castlegate Facilities walked out on Monday.\n\n"
        "Retired guard Rae Amadi said the courts were unsafe."
    )
    assert _speakers(text)[0][2] is not Role.WORKER


#: ``it`` names no person: after a sentence whose subject is a name, that name is a
#: body's; and a business named after a trade (``Laurentian Courier``) is no workforce.
def test_it_is_the_body_before_and_a_trade_named_business() -> None:
    text = (
        "Unite said members at Kestrel Mail would strike.\n\n"
        "Carl Ashdown, the union's national officer, said the vote was clear.\n\n"
        "Kestrel Mail, formed from a merger in 2016, carries a fifth of the parcels. It said "
        'it was "disappointed" by the result.\n\n'
        'Kestrel Courier called the strike "a shame" in a statement.'
    )
    people = _speakers(text)
    assert [p for p in people if p[0] == "Carl Ashdown"] == [
        # (``Unite said`` opening the text names the union: ``the union`` is Unite)
        ("Carl Ashdown", "Unite", Role.UNION_OFFICIAL)
    ]
    assert ("Kestrel Mail", "Kestrel Mail", Role.EMPLOYER) in people
    assert people[-1][0] == "Kestrel Courier"
    assert people[-1][2] is not Role.WORKER


#: ``it`` after a body that spoke in the sentence before, or in its own sentence, is
#: that body; a person who spoke last is never ``it``.
@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Dockers at Saltmarsh Terminals voted to strike, Unite said.\n\n"
            "Saltmarsh said contingency plans were in place. It added that it would "
            "keep the port open.",
            "Saltmarsh Terminals",
        ),
        (
            "Culinary workers set a strike deadline at Silver Mesa Resorts.\n\n"
            "Silver Mesa said it had offered a raise, and it described the deadline as "
            '"a stunt."',
            "Silver Mesa",
        ),
    ],
)
def test_it_is_a_body_that_spoke(text: str, body: str) -> None:
    names = [name for name, _org, _role in _speakers(text)]
    assert names[-1] == body


#: A union's officer described as ``the union's ... at <Employer>`` is the union's.
def test_a_union_officer_at_the_employer() -> None:
    text = (
        "Flight attendants at Cascadia Air, members of the Association of Flight "
        "Attendants, picketed on Monday.\n\n"
        '"None of it is on the clock," said Renata Okafor, the union\'s council president '
        "at Cascadia Air."
    )
    name, org, role = _speakers(text)[-1]
    assert (name, role) == ("Renata Okafor", Role.UNION_OFFICIAL)
    assert org != "Cascadia Air"


#: A party's leader on a council is a politician, even on the council that employs the
#: strikers; the council's managers stay its management.
@pytest.mark.parametrize(
    ("lead", "role"),
    [
        ("The council's Labour leader, Councillor Fiona Hay,", Role.GOVERNMENT),
        ("The council's Conservative leader, Fiona Hay,", Role.GOVERNMENT),
        ("The council's chief executive, Fiona Hay,", Role.EMPLOYER),
    ],
)
def test_a_partys_leader_on_an_employing_council(lead: str, role: Role) -> None:
    text = (
        "Bin workers employed by Kelso Bay City Council walked out on Monday.\n\n"
        f"{lead} said the strike was regrettable."
    )
    assert _speakers(text)[-1][2] is role


#: An employer named later without the nouns of its kind that close its name
#: (``Kestrel Philharmonic's`` of ``Kestrel Philharmonic Orchestra``, ``Tern & Vine's``
#: of ``Tern & Vine Theatre Company``): its officers are the employer's.
@pytest.mark.parametrize(
    ("company", "short"),
    [
        ("Kestrel Philharmonic Orchestra", "Kestrel Philharmonic"),
        ("Tern & Vine Theatre Company", "Tern & Vine"),
    ],
)
def test_an_employer_written_without_its_kind(company: str, short: str) -> None:
    text = (
        f"Musicians at the {company} have voted to strike over pay.\n\n"
        f"{short}'s chief executive, Ana Ruiz, said the offer was fair."
    )
    assert _speakers(text)[-1][2] is Role.EMPLOYER
