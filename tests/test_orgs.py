"""The organization registry and finder: table tests of short invented sentences."""

from __future__ import annotations

import functools
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _org_match, _orgs


def _found(text: str, registry: lq.Registry | None = None) -> list[tuple[str, str, list[str]]]:
    orgs = lq.find_organizations(text, registry=registry)
    return [(o.name, o.kind.value, [s.slice(text) for s in o.mentions]) for o in orgs]


def _names(text: str) -> list[str]:
    return [o.name for o in lq.find_organizations(text)]


# --------------------------------------------------------------------------- the registry


def test_registry_size_and_kinds() -> None:
    reg = lq.load_registry()
    assert len(reg) >= 200
    kinds = {e.kind for e in reg}
    assert kinds == set(lq.OrgKind)
    countries = {e.country for e in reg}
    assert {"US", "CA", "GB", "IE", "AU", "NZ"} <= countries
    assert all(e.country is None or len(e.country) == 2 for e in reg)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("SAG-AFTRA", "union"),
        ("WGA", "union"),
        ("Writer's Guild", "union"),
        ("Teamsters", "union"),
        ("UAW", "union"),
        ("AFL-CIO", "federation"),
        ("Unifor", "union"),
        ("CUPE", "union"),
        ("RMT", "union"),
        ("SIPTU", "union"),
        ("ACTU", "federation"),
        ("E tū", "union"),
        ("IG Metall", "union"),
        ("COSATU", "federation"),
        ("AMPTP", "employer_group"),
        ("Pacific Maritime Association", "employer_group"),
        ("Starbucks", "employer"),
        ("Canada Post", "employer"),
        ("NLRB", "government"),
        ("The Ankler", "media"),
        ("Deadline", "media"),
    ],
)
def test_registry_get(name: str, kind: str) -> None:
    entry = lq.load_registry().get(name)
    assert entry is not None, name
    assert entry.kind.value == kind


def test_registry_get_unknown_and_type() -> None:
    reg = lq.load_registry()
    assert reg.get("Acme Widget Co-op") is None
    with pytest.raises(TypeError, match="needs str"):
        reg.get(3)  # type: ignore[arg-type]


def test_package_data_is_read_lazily() -> None:
    # A fresh interpreter: importing the package reads no registry and compiles no trie.
    code = (
        "import laborquotes, laborquotes._orgs as o; "
        "print(o._package_entries.cache_info().currsize, o.default_registry.cache_info().currsize); "
        "laborquotes.find_organizations('UAW'); "
        "print(o._package_entries.cache_info().currsize, o.default_registry.cache_info().currsize)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["0", "0", "1", "1"]


# --------------------------------------------------------------------------- finding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acronyms and names of one organization are deduplicated, in mention order
        (
            "The UAW said the United Auto Workers would strike.",
            [("United Auto Workers", "union", ["UAW", "United Auto Workers"])],
        ),
        # a common misspelling and curly apostrophes
        (
            "the Writer's Guild of America (WGA) and the Writers’ Guild",
            [
                (
                    "Writers Guild of America",
                    "union",
                    ["Writer's Guild of America", "WGA", "Writers’ Guild"],
                )
            ],
        ),
        # names of several words match in capitals too
        ("UNITED AUTO WORKERS STRIKE", [("United Auto Workers", "union", ["UNITED AUTO WORKERS"])]),
        # a long alias wins over its prefix
        (
            "Teamsters Canada said",
            [("Teamsters Canada", "union", ["Teamsters Canada"])],
        ),
        # employers and employer groups
        (
            "The AMPTP and Netflix said",
            [
                (
                    "Alliance of Motion Picture and Television Producers",
                    "employer_group",
                    ["AMPTP"],
                ),
                ("Netflix", "employer", ["Netflix"]),
            ],
        ),
    ],
)
def test_find_table(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the united auto workers",  # prose in lower case
        "Doug Ford said",  # an ambiguous one-word name inside a person's name
        "Harrison Ford starred",
        "Equity markets fell.",  # a common word at the start of a sentence
        "Unite behind the candidate, she said.",
        "The Soviet Union and the Customs Union.",
        "the American Civil Liberties Union",
        "the Credit Union of Texas",
        "the Muslim Brotherhood",
        "the World Trade Organization",
        "the United States and the United Nations",
        "",
    ],
)
def test_no_false_organizations(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("workers at the Ford plant", "Ford Motor Company"),
        ("members of Unite said", "Unite the Union"),
        ("the actors' union Equity said", "Equity"),
        ("Deadline reports the talks resumed.", "Deadline"),
    ],
)
def test_ambiguous_names_in_context(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("The Amalgamated Widget Workers Union said", "Amalgamated Widget Workers Union", "union"),
        (
            "the National Union of Healthcare Workers",
            "National Union of Healthcare Workers",
            "union",
        ),
        ("the Oakland Education Association", "Oakland Education Association", "union"),
        ("the Yukon Federation of Labour", "Yukon Federation of Labour", "federation"),
        (
            "the Springfield Association of Public Employees",
            "Springfield Association of Public Employees",
            "union",
        ),
        ("the Freelance Illustrators Guild", "Freelance Illustrators Guild", "union"),
        ("members of Local 222 voted", "Local 222", "union"),
        ("IBEW Local 11 members", "IBEW Local 11", "union"),
        ("CUPE 3903 members", "CUPE 3903", "union"),
        ("SEIU Local 121RN nurses", "SEIU Local 121RN", "union"),
        ("IAM District 751 members", "IAM District 751", "union"),
        ("Teamsters Local 2010 members", "Teamsters Local 2010", "union"),
        ("the United Nurses of Alberta said", "United Nurses of Alberta", "union"),
        ("United Academic Workers struck", "United Academic Workers", "union"),
        (
            "the Coalition of Kaiser Permanente Unions said",
            "Coalition of Kaiser Permanente Unions",
            "union",
        ),
        ("5,000 UAW-represented workers", "United Auto Workers", "union"),
        ("SEIU-UHW members", "Service Employees International Union", "union"),
        # ``and`` between the trade words, a local after a generic name
        ("members of United Bakers and Pastry Workers voted", "United Bakers and Pastry Workers", "union"),
        ("the United Bakers and Pastry Workers Local 61 said", "United Bakers and Pastry Workers Local 61", "union"),
        ("drivers in Civic Employees Union Local 903 voted", "Civic Employees Union Local 903", "union"),
        ("the United Ferry Workers' union said", "United Ferry Workers", "union"),
        # a list of trades with commas, closed by ``and`` and a trade word
        ("members of the National Union of Food, Drink and Tobacco Employees voted", "National Union of Food, Drink and Tobacco Employees", "union"),
        ("the Union of Bakers, Cooks and Allied Workers said", "Union of Bakers, Cooks and Allied Workers", "union"),
        # ... but a name after a comma and before ``and`` is no trade
        ("the Union of Nurses, Ana Ruiz and Tom Lee said", "Union of Nurses", "union"),
        ("the Union of Nurses, Cleaners and Night Visitors said", "Union of Nurses", "union"),
    ],
)  # fmt: skip
def test_generic_patterns(text: str, name: str, kind: str) -> None:
    orgs = {o.name: o for o in lq.find_organizations(text)}
    assert name in orgs, list(orgs)
    assert orgs[name].kind.value == kind
    for span in orgs[name].mentions:
        assert span.slice(text)


def test_generic_acronym_definition_links_later_mentions() -> None:
    text = "The Widget Workers Union (WWU) voted. The WWU said no."
    (org,) = lq.find_organizations(text)
    assert org.acronym == "WWU"
    assert [s.slice(text) for s in org.mentions] == ["Widget Workers Union", "WWU", "WWU"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # the text defines a registry acronym for a body of its own: the text's body
        (
            "The Maritime and Stevedoring Workers Union (MSWU) said no. The MSWU will meet.",
            ["Maritime and Stevedoring Workers Union"],
        ),
        (
            "The Ulster Allied Workers Union (UAW) voted. The UAW said no.",
            ["Ulster Allied Workers Union"],
        ),
        # the registry's own body, defined by its name, an alias or a description
        ("The United Auto Workers (UAW) voted. The UAW said no.", ["United Auto Workers"]),
        ("The autoworkers' union (UAW) voted. The UAW said no.", ["United Auto Workers"]),
    ],
)
def test_an_acronym_the_text_defines_names_the_text_s_body(text: str, names: list[str]) -> None:
    assert [o.name for o in lq.find_organizations(text)] == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalized title and a first name after a union's name are no part of it
        ("Oakvale Federation of Teachers President Ann Cole said no.", "Oakvale Federation of Teachers"),
        ("Union of Tram Drivers Secretary Omar Finch spoke.", "Union of Tram Drivers"),
        # a title word not followed by a first name stays in the name
        ("The Union of Chief Petty Officers met.", "Union of Chief Petty Officers"),
    ],
)  # fmt: skip
def test_a_title_and_a_name_end_an_organization_s_name(text: str, name: str) -> None:
    assert [o.name for o in lq.find_organizations(text)] == [name]


def test_a_body_s_name_before_and_is_no_part_of_a_local_s() -> None:
    text = "The deal between the Metro Transit System and United Tram Employees Local 998 holds."
    assert [o.name for o in lq.find_organizations(text)] == ["United Tram Employees Local 998"]


def test_year_after_acronym_is_not_a_local() -> None:
    assert _names("UAW 2023 contract") == ["United Auto Workers"]


def test_mentions_slice_back_and_are_ordered() -> None:
    text = "SAG-AFTRA and the WGA met; later SAG-AFTRA and the Writers Guild spoke."
    orgs = lq.find_organizations(text)
    assert [o.acronym for o in orgs] == ["SAG-AFTRA", "WGA"]
    for o in orgs:
        assert list(o.mentions) == sorted(o.mentions)
        assert all(s.slice(text) for s in o.mentions)
    assert orgs[1].aliases == ("WGA", "Writers Guild")


def test_find_organizations_type_errors() -> None:
    with pytest.raises(TypeError, match="needs str"):
        lq.find_organizations(b"UAW")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="Registry"):
        lq.find_organizations("UAW", registry="x")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- extending


def test_load_registry_with_mapping() -> None:
    reg = lq.load_registry(
        {"name": "Widget Makers Union", "acronyms": ["WMU"], "kind": "union", "country": "us"}
    )
    assert len(reg) == len(lq.load_registry()) + 1
    (org,) = lq.find_organizations("the WMU struck", registry=reg)
    assert (org.name, org.kind, org.country) == ("Widget Makers Union", lq.OrgKind.UNION, "US")


def test_load_registry_with_file(tmp_path: Path) -> None:
    path = tmp_path / "more.txt"
    path.write_text(
        "# my unions\nunion;US;Gadget Fixers Guild;GFG;Gadget Fixer's Guild\n", encoding="utf-8"
    )
    reg = lq.load_registry(path)
    assert [o.name for o in reg.find("the Gadget Fixer's Guild and GFG")] == ["Gadget Fixers Guild"]


def test_builtin_false_and_replacement() -> None:
    reg = lq.load_registry([lq.OrgEntry(name="Teamsters", kind="other")], builtin=False)
    assert len(reg) == 1
    replaced = lq.load_registry().extend({"name": "Netflix", "kind": "media"})
    assert replaced.get("Netflix") is not None
    assert replaced.get("Netflix").kind is lq.OrgKind.MEDIA  # type: ignore[union-attr]
    assert len(replaced) == len(lq.load_registry())


def test_env_registry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "env.txt"
    path.write_text("union;GB;Sprocket Workers Union;SWU;\n", encoding="utf-8")
    monkeypatch.setenv(_orgs.ENV_REGISTRY, str(path))
    _orgs.default_registry.cache_clear()
    try:
        assert _names("the SWU said") == ["Sprocket Workers Union"]
    finally:
        monkeypatch.delenv(_orgs.ENV_REGISTRY)
        _orgs.default_registry.cache_clear()


@pytest.mark.parametrize(
    ("entry", "error"),
    [
        ({"name": ""}, ValueError),
        ({"name": "X", "kind": "club"}, ValueError),
        ({"name": "X", "country": "USA"}, ValueError),
        ({"name": "X", "colour": "red"}, ValueError),
        ({"kind": "union"}, ValueError),
        (3, TypeError),
    ],
)
def test_bad_entries(entry: object, error: type[Exception]) -> None:
    with pytest.raises(error):
        lq.load_registry(entry, builtin=False)  # type: ignore[arg-type]


def test_bad_file_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text("union;US;Only three fields\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.txt:1"):
        lq.load_registry(path)


def test_parse_uses_registry_keyword() -> None:
    reg = lq.load_registry({"name": "Widget Makers Union", "acronyms": "WMU", "kind": "union"})
    text = '"We will strike," said Jo Lee, president of the WMU.'
    article = lq.parse(text, registry=reg)
    assert [o.name for o in article.organizations] == ["Widget Makers Union"]
    with pytest.raises(TypeError, match="Registry"):
        lq.parse(text, registry={"name": "x"})  # type: ignore[arg-type]


# --------------------------------------------------------------------------- hostile input


@pytest.mark.parametrize(
    "text",
    [
        "Union " * 20000,
        "Local " * 20000,
        "A " * 50000 + "Union",
        "Workers Union of " * 5000,
        "SAG-" * 20000,
        "United Auto " * 20000,
        "(" * 50000,
    ],
    ids=["unions", "locals", "capitals", "workers-union-of", "sag", "united-auto", "parens"],
)
def test_hostile_input_finishes(text: str) -> None:
    orgs = lq.find_organizations(text)
    for o in orgs:
        for s in o.mentions:
            assert 0 <= s.start < s.end <= len(text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["UAW", "the union", "Writers Guild", "Local 7", " ", ", ", "Union", "of", "Amazon",
             "Workers", "Teamsters", "\n", "’", "SAG-AFTRA", "Ford", "Doug", ".", "(WU)"]
        ),
        max_size=30,
    ).map("".join)
)  # fmt: skip
def test_property_mentions_are_valid(text: str) -> None:
    orgs = lq.find_organizations(text)
    seen: set[str] = set()
    for o in orgs:
        assert o.name not in seen
        seen.add(o.name)
        assert o.mentions
        assert list(o.mentions) == sorted(o.mentions)
        for s in o.mentions:
            assert 0 <= s.start < s.end <= len(text)
            assert s.slice(text).strip() == s.slice(text)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # hard-wrapped wire copy: a line break inside a name
        ("the National Association\nof Higher Education Teachers said", ["National Association of Higher Education Teachers"]),
        ("the Chilean Confederation of\nCopperworkers (CTC) said", ["Chilean Confederation of Copperworkers"]),
        # a company whose name holds a head noun
        ("owners General Union Mining Corp said", ["General Union Mining Corp"]),
        ("the Union Pacific railroad", ["Union Pacific"]),
        # generic words alone name no union
        ("Trade Union leaders said", []),
        # a title before "of the" is not part of the name
        ("the Strike Secretary of the Lakeland Miners Federation", ["Lakeland Miners Federation"]),
        # shipping companies' association is not a union: it is found as an employer group
        ("the Canadian Lake Carriers Association", ["Canadian Lake Carriers Association"]),
    ],
)  # fmt: skip
def test_generic_names_in_wire_copy(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "The Pacific Terminal Operators Association rejected it.",
            "Pacific Terminal Operators Association",
            "employer_group",
        ),
        ("The Hospital Employers Council said no.", "Hospital Employers Council", "employer_group"),
        (
            "The Widget Manufacturers Alliance said no.",
            "Widget Manufacturers Alliance",
            "employer_group",
        ),
        ("The Crane Operators Union voted to strike.", "Crane Operators Union", "union"),
        ("Members of the Hotel Workers Union marched.", "Hotel Workers Union", "union"),
    ],
)
def test_generic_employer_groups(text: str, name: str, kind: str) -> None:
    found = {(o.name, o.kind.value) for o in lq.parse(text).organizations}
    assert (name, kind) in found


# --------------------------------------------------------------------------- registry loading


def test_registry_file_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_text("union;US;Widget Makers Union;WMU;\n", encoding="utf-8-sig")
    reg = lq.load_registry(path, builtin=False)
    assert [e.name for e in reg] == ["Widget Makers Union"]
    assert _found("The WMU met.", reg) == [("Widget Makers Union", "union", ["WMU"])]


@pytest.mark.parametrize(
    ("body", "line", "problem"),
    [
        ("union;US;A Union;;\nunoin;US;B Union;;\n", 2, "unknown organization kind 'unoin'"),
        ("# comment\n\nunion;USA;A Union;;\n", 3, "ISO 3166-1 alpha-2"),
        ("union;US; ;;\n", 1, "non-empty name"),
        ("union;US;A Union\n", 1, "expected 5 ';'-separated fields"),
        ("union;US;A Union;;;\n", 1, "got 6"),
        ("union;US;A\x0bUnion;;\nunoin;US;B;;\n", 2, "unknown organization kind"),
        ("union;US;A Union;;\r\nunion;XYZ;B;;\r\n", 2, "alpha-2"),
    ],
    ids=["kind", "country", "name", "fields", "too-many", "vertical-tab", "crlf"],
)
def test_registry_file_errors_name_file_line_problem(
    tmp_path: Path, body: str, line: int, problem: str
) -> None:
    path = tmp_path / "reg.txt"
    path.write_bytes(body.encode("utf-8"))
    with pytest.raises(ValueError, match=rf"reg\.txt:{line}: .*{problem}") as info:
        lq.load_registry(path)
    assert str(path) in str(info.value)


def test_registry_file_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("union;US;A Union;;\nunion;FR;Caf\u00e9 Union;;\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"latin1\.txt:2: not UTF-8 text \(byte 0xe9\)"):
        lq.load_registry(path)


def test_registry_with_a_500_character_name(tmp_path: Path) -> None:
    name = "Amalgamated " + "Very " * 97 + "Long Workers Union"
    assert len(name) > 500
    path = tmp_path / "long.txt"
    path.write_text(f"union;US;{name};AVLWU;\n", encoding="utf-8")
    reg = lq.load_registry(path)
    text = f"Members of the {name} voted. The AVLWU said so."
    orgs = lq.parse(text, registry=reg).organizations
    assert orgs[0].name == name
    assert [s.slice(text) for s in orgs[0].mentions] == [name, "AVLWU"]


# The two matchers (one compiled trie; hash tables of words for big registries) must find
# the same forms at the same places.
_PIECES = st.sampled_from(
    [
        " ", "  ", "    ", "\n", "-", "\u2014", "'", "\u2019", ".", ",", "&", "(", '"',
        "s", "x", "U", "\u00e9", "\u212a", "Local 7", "United", "Union", "union",
    ]
)  # fmt: skip


@functools.cache
def _both_matchers() -> tuple[list[str], _org_match._Matcher, _org_match._WordMatcher]:
    ci, cs = _org_match._form_tables(lq.load_registry().entries)
    return sorted(ci) + sorted(cs), _org_match._Matcher(ci, cs), _org_match._WordMatcher(ci, cs)


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_word_matcher_finds_what_the_trie_finds(data: st.DataObject) -> None:
    keys, trie_matcher, word_matcher = _both_matchers()
    parts: list[str] = []
    for _ in range(data.draw(st.integers(1, 6))):
        key = data.draw(st.sampled_from(keys))
        key = data.draw(st.sampled_from([key, key.title(), key.upper()]))
        parts.append(key)
        parts.extend(data.draw(st.lists(_PIECES, max_size=3)))
    text = "".join(parts)
    trie = [(a, b, [f.entry for f in fs]) for a, b, fs in trie_matcher.finditer(text)]
    words = [(a, b, [f.entry for f in fs]) for a, b, fs in word_matcher.finditer(text)]
    assert words == trie


def test_big_registries_use_the_word_matcher() -> None:
    entries = [
        _orgs.OrgEntry(name=f"Widget Makers Union {i}", kind="union", acronyms=f"WMU{i}")
        for i in range(_org_match._TRIE_MAX_FORMS)
    ]
    reg = lq.Registry(entries)
    assert isinstance(reg._get_matcher(), _org_match._WordMatcher)
    text = "The Widget Makers Union 17 and WMU42 met."
    assert _found(text, reg) == [
        ("Widget Makers Union 17", "union", ["Widget Makers Union 17"]),
        ("Widget Makers Union 42", "union", ["WMU42"]),
    ]
    assert isinstance(lq.load_registry()._get_matcher(), _org_match._Matcher)


#: ``(text, [(name, kind)])``: an acronym two registry entries share stands for the one
#: the article spells out, else the first registered (Ireland's Health Service Executive).
SHARED_ACRONYM_ROWS: list[tuple[str, list[tuple[str, str]]]] = [
    ("The HSE said wards at Beaumont were short of nurses.", [("Health Service Executive", "employer")]),
    (
        "The Health and Safety Executive (HSE) said the site was unsafe. The HSE will return.",
        [("Health and Safety Executive", "government")],
    ),
    ("HSEX said nothing.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARED_ACRONYM_ROWS)
def test_a_shared_acronym_stands_for_the_spelled_out_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    found = lq.find_organizations(text)
    assert [(o.name, o.kind.value) for o in found] == expected
    assert all(len(o.mentions) >= 1 for o in found)


def test_a_spokeswoman_for_the_hse_speaks_for_the_employer_in_a_nurses_strike() -> None:
    text = '"We are short-staffed," said a spokeswoman for the HSE, as nurses walked out.'
    art = lq.parse(text)
    sp = art.quotes[0].attribution.speaker if art.quotes[0].attribution else None
    assert sp is not None
    assert sp.organization == "HSE"
    assert sp.role is lq.Role.EMPLOYER
    assert art.dispute is not None
    assert [o.name for o in art.dispute.employers] == ["Health Service Executive"]


# --------------------------------------------------------------------------- the matcher's layout

_MATCHER_PIECES = st.sampled_from(
    [
        "SAG-AFTRA", "SAG", "Unite", "UNITE", "the Unite union", "Screen Actors Guild", "SEIU",
        "Service Employees International Union", "UAW-represented", "NHS", "NHS Trust", " ",
        "  ", "\n", ".", "'s", "xUnite", "Teamsters", "Local 7", "AFL-CIO", "Sſ", "\u2019",
    ]
)  # fmt: skip


@functools.cache
def _plain_matcher_pattern() -> re.Pattern[str]:
    """The registry's tries as one branch after another (case-insensitive forms first)."""
    matcher = _orgs.default_registry()._get_matcher()
    assert isinstance(matcher, _org_match._Matcher)
    start = r"(?<!\w.)"
    branches = [
        head + start + rest
        for words, fold in ((matcher._ci, True), (matcher._cs, False))
        for head, rest in _org_match._trie_branches(words, fold)
    ]
    return re.compile(rf"(?:{'|'.join(branches)})(?![\w&])")


@settings(max_examples=200, deadline=None)
@given(st.lists(_MATCHER_PIECES, max_size=25).map("".join))
def test_one_branch_per_first_character_matches_as_the_tries_one_after_another(text: str) -> None:
    matcher = _orgs.default_registry()._get_matcher()
    assert isinstance(matcher, _org_match._Matcher)
    assert [m.span() for m in matcher._pattern.finditer(text)] == [
        m.span() for m in _plain_matcher_pattern().finditer(text)
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a leader's surname before the body they lead is no company
        ("Staff defied a law passed by the Ford government, CUPE said.", ["Canadian Union of Public Employees"]),
        ("The Ford administration and Unifor met on Monday.", ["Unifor"]),
        # the company itself
        ("Ford said its Kentucky plant would reopen.", ["Ford Motor Company"]),
        ("Ford and the government agreed a deal.", ["Ford Motor Company"]),
    ],
)  # fmt: skip
def test_a_leaders_government_is_no_company(text: str, names: list[str]) -> None:
    assert [o.name for o in lq.find_organizations(text)] == names


def test_a_local_written_alone_is_the_local_named_in_full() -> None:
    text = (
        "Bakers belong to United Bakers and Pastry Workers Local 61. "
        "Local 61 members voted on Sunday."
    )
    orgs = lq.find_organizations(text)
    assert [o.name for o in orgs] == ["United Bakers and Pastry Workers Local 61"]
    assert [m.slice(text) for m in orgs[0].mentions] == [
        "United Bakers and Pastry Workers Local 61",
        "Local 61",
    ]


#: (text, the organizations' names): capitalized words right before a registered
#: union's name of two words or more make a longer name, a union of its own; a word that
#: opens a phrase (a day, an article, a participle) and a headline's words do not.
QUALIFIED_UNION_NAMES = [
    ("The Marsden Valley National Union of Teachers said schools would stay shut.", ["Marsden Valley National Union of Teachers"]),
    ("Lena Park, president of Healthcare Workers United Local 44, said nurses were tired.", ["Healthcare Workers United", "Healthcare Workers United Local 44"]),
    ("On Monday National Union of Teachers members walked out.", ["National Union of Teachers"]),
    ("Striking Workers United members rallied outside.", ["Workers United"]),
    ("Nurses Back Royal College of Nursing Deal\nNurses voted to accept the deal.", ["Royal College of Nursing"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names"), QUALIFIED_UNION_NAMES)
def test_a_longer_name_ending_in_a_registered_unions(text: str, names: list[str]) -> None:
    assert [o.name for o in lq.find_organizations(text)] == names


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="(AB) \n", max_size=40),
    inner=st.text(alphabet="(AB) ", max_size=4),
)
def test_a_parenthesized_acronym_is_found_where_str_find_finds_it(text: str, inner: str) -> None:
    # (one scan of the text's parentheses answers for every acronym asked)
    assert _orgs._Redefined(text).find(inner) == text.find(f"({inner})")


#: ``the trust`` points at the trust named before (``Tarwin Valley Hospitals NHS
#: Trust``), not at the NHS named since; ``Its`` opening the sentence after ``the trust
#: said`` is the trust's.
def test_the_trust_and_its_officer() -> None:
    text = (
        "Porters at Tarwin Valley Hospitals NHS Trust will strike next week, Unison said.\n\n"
        "One porter said staff were leaving because agencies paid more than the NHS.\n\n"
        "In a statement, the trust said it valued its porters.\n\n"
        "Its chief operating officer, Dr Ana Ruiz, added: 'We have made a fair offer.'"
    )
    quotes = lq.parse(text).quotes
    trust = next(q for q in quotes if "valued its porters" in q.text)
    officer = next(q for q in quotes if "fair offer" in q.text)
    assert trust.attribution.speaker.name == "Tarwin Valley Hospitals NHS Trust"  # type: ignore[union-attr]
    assert officer.attribution.speaker.organization == "Tarwin Valley Hospitals NHS Trust"  # type: ignore[union-attr]


#: A name or an acronym two registry entries share (``the Transport Workers' Union``,
#: ``TWU``: Australia's and America's) is the entry of the article's country: its
#: dateline's, else the one its places name most often; one the text named before
#: decides a later acronym; with no clue, the first entry (America's).
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("SYDNEY (AAP) - Baggage handlers will strike, the Transport Workers' Union says.", "AU"),
        ("NEW YORK (AP) - Bus drivers may strike, the Transport Workers Union said.", "US"),
        (
            "Baggage handlers in Sydney and Melbourne will strike, the Transport Workers' "
            "Union says. NSW members voted on Monday.",
            "AU",
        ),
        ("Baggage handlers will strike, the Transport Workers Union said.", "US"),
    ],
)
def test_a_shared_name_is_the_entry_of_the_articles_country(text: str, country: str) -> None:
    (org,) = [o for o in lq.parse(text).organizations if "Transport Workers" in o.name]
    assert org.country == country


def test_an_acronym_after_its_spelled_name_is_the_same_entry() -> None:
    text = (
        "Baggage handlers will strike, the Transport Workers' Union of Australia says.\n\n"
        "TWU national secretary Ana Ruiz said the contractor had refused to meet."
    )
    sp = next(q for q in lq.parse(text).quotes if "refused" in q.text).attribution.speaker  # type: ignore[union-attr]
    assert sp.organization == "Transport Workers' Union of Australia"


def test_the_country_is_per_article() -> None:
    # (a phrase the registry read by one article's country is not remembered for the next)
    au = "SYDNEY (AAP) - TWU organiser Ana Ruiz said the deal was done."
    us = "NEW YORK (AP) - TWU organiser Ana Ruiz said the deal was done."
    for text, country in ((au, "AU"), (us, "US"), (au, "AU")):
        (org,) = [o for o in lq.parse(text).organizations if o.acronym == "TWU"]
        assert org.country == country


def test_find_organizations_reads_the_texts_country_too() -> None:
    text = "Drivers in Sydney and Perth will strike, the Transport Workers Union says."
    assert [o.country for o in lq.find_organizations(text)] == ["AU"]


#: A capitalized word hyphened to a lower-case one before a union's name is a modifier
#: (``the CITU-affiliated``, ``the Leeds-based``): the name starts after it.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The strike was called by the CITU-affiliated Kestrel Staff and Workers' "
            "Federation on Monday.",
            "Kestrel Staff and Workers' Federation",
        ),
        ("The Leeds-based Northern Drivers Union called the strike.", "Northern Drivers Union"),
        ("The Anglo-American Workers Union called the strike.", "Anglo-American Workers Union"),
    ],
)
def test_a_hyphened_modifier_before_a_unions_name(text: str, name: str) -> None:
    assert name in [o.name for o in lq.parse(text).organizations]
