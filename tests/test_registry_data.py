"""The registry's data (``data/organizations.txt``): coverage outside the United States and
the kinds of bodies that are called "union" without being labour unions (issue 15).

Every sentence here is invented.
"""

from __future__ import annotations

from importlib import resources

import pytest

import laborquotes as lq
from laborquotes import OrgKind, Role


def _orgs(text: str) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.kind.value, o.country) for o in lq.find_organizations(text)]


# --------------------------------------------------------------------------- coverage


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # United Kingdom
        ("Members of the T&G voted to strike.", "Transport and General Workers' Union", "union", "GB"),
        ("Members of Amicus said the plant would close.", "Amicus", "union", "GB"),
        ("The NUT and the NASUWT met on Friday.", "National Union of Teachers", "union", "GB"),
        ("Napo balloted probation staff.", "Napo", "union", "GB"),
        ("Cleaners in the IWGB walked out.", "Independent Workers' Union of Great Britain", "union", "GB"),
        ("The BFAWU backed the bakers.", "Bakers, Food and Allied Workers' Union", "union", "GB"),
        # Ireland
        ("The Psychiatric Nurses Association said.", "Psychiatric Nurses Association", "union", "IE"),
        ("Consultants in the IHCA voted.", "Irish Hospital Consultants Association", "union", "IE"),
        # Canada
        ("The BCNU warned of shortages.", "British Columbia Nurses' Union", "union", "CA"),
        ("United Nurses of Alberta said.", "United Nurses of Alberta", "union", "CA"),
        ("The SFPQ and the FAE marched.", "Syndicat de la fonction publique et parapublique du Québec", "union", "CA"),
        ("The Saskatchewan Federation of Labour said.", "Saskatchewan Federation of Labour", "federation", "CA"),
        # Australia and New Zealand
        ("The QNMU met the minister.", "Queensland Nurses and Midwives' Union", "union", "AU"),
        ("The NSW Teachers Federation said.", "New South Wales Teachers Federation", "union", "AU"),
        ("UnionsWA called a rally.", "UnionsWA", "federation", "AU"),
        ("The NZRDA announced a strike.", "New Zealand Resident Doctors' Association", "union", "NZ"),
        # South Africa and India
        ("Samwu members marched in Durban.", "South African Municipal Workers' Union", "union", "ZA"),
        ("Popcru said wardens would strike.", "Police and Prisons Civil Rights Union", "union", "ZA"),
        ("Fedusa and Nactu backed the call.", "Federation of Unions of South Africa", "federation", "ZA"),
        ("The AIBEA called a bank strike.", "All India Bank Employees' Association", "union", "IN"),
        ("Hind Mazdoor Sabha joined the strike.", "Hind Mazdoor Sabha", "federation", "IN"),
        # Spain, France, Italy, Germany
        ("The CSIF and ELA rejected the offer.", "Central Sindical Independiente y de Funcionarios", "federation", "ES"),
        ("Pilots of the SEPLA walked out.", "Sindicato Español de Pilotos de Líneas Aéreas", "union", "ES"),
        ("The CFE-CGC signed the deal.", "Confédération française de l'encadrement - Confédération générale des cadres", "federation", "FR"),
        ("The FIOM called a stoppage.", "Federazione Impiegati Operai Metallurgici", "union", "IT"),
        ("The GEW and the Marburger Bund said.", "Gewerkschaft Erziehung und Wissenschaft", "union", "DE"),
        ("IG BCE members voted.", "IG Bergbau, Chemie, Energie", "union", "DE"),
        # Latin America
        ("The SNTE teachers marched in Oaxaca.", "Sindicato Nacional de Trabajadores de la Educación", "union", "MX"),
        ("The UOM called a strike in Córdoba.", "Unión Obrera Metalúrgica", "union", "AR"),
        ("The PIT-CNT called a general strike.", "Plenario Intersindical de Trabajadores - Convención Nacional de Trabajadores", "federation", "UY"),
        ("The CGTP marched in Lima.", "Confederación General de Trabajadores del Perú", "federation", "PE"),
        # second pass: more of each country, with their short forms
        ("Members of NIPSA walked out in Belfast.", "Northern Ireland Public Service Alliance", "union", "GB"),
        ("Pay rose, Accord said.", "Accord", "union", "GB"),
        ("The MLSA balloted laboratory staff.", "Medical Laboratory Scientists Association", "union", "IE"),
        ("The NSNU warned of shortages.", "Nova Scotia Nurses' Union", "union", "CA"),
        ("The CSD and the CSN marched.", "Centrale des syndicats démocratiques", "federation", "CA"),
        ("Engineers in the ALAEA voted.", "Australian Licensed Aircraft Engineers Association", "union", "AU"),
        ("The NZPFU called a strike.", "New Zealand Professional Firefighters Union", "union", "NZ"),
        ("Sactwu members marched in Cape Town.", "South African Clothing and Textile Workers' Union", "union", "ZA"),
        ("The BEFI backed the bank strike.", "Bank Employees Federation of India", "federation", "IN"),
        ("Train drivers of SEMAF walked out.", "Sindicato Español de Maquinistas Ferroviarios", "union", "ES"),
        ("The SNES-FSU called a strike.", "Syndicat national des enseignements de second degré", "union", "FR"),
        ("The FILT-CGIL called a stoppage.", "Federazione Italiana Lavoratori Trasporti", "union", "IT"),
        ("The DPolG said officers were tired.", "Deutsche Polizeigewerkschaft", "union", "DE"),
        ("SMATA called a strike at the plant.", "Sindicato de Mecánicos y Afines del Transporte Automotor", "union", "AR"),
        ("The CNTE marched in Oaxaca.", "Coordinadora Nacional de Trabajadores de la Educación", "union", "MX"),
    ],
)  # fmt: skip
def test_unions_and_federations_by_country(text: str, name: str, kind: str, country: str) -> None:
    assert _orgs(text)[0] == (name, kind, country)


# --------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # political unions
        ("The European Union and the EU said.", [("European Union", "government", None)]),
        ("The African Union met in Addis Ababa.", [("African Union", "government", None)]),
        # sports unions
        ("The Welsh Rugby Union said.", [("Welsh Rugby Union", "other", "GB")]),
        ("The IRFU and the RFU met.", [("Irish Rugby Football Union", "other", "IE"), ("Rugby Football Union", "other", "GB")]),
        # a students' union
        ("The NUS backed the lecturers.", [("National Union of Students", "other", "GB")]),
        ("The Union of Students in Ireland said.", [("Union of Students in Ireland", "other", "IE")]),
        # local government and health boards
        ("The Local Government Association said.", [("Local Government Association", "government", "GB")]),
        ("Cosla made a new offer.", [("Convention of Scottish Local Authorities", "government", "GB")]),
        ("The Health Service Executive said.", [("Health Service Executive", "employer", "IE")]),
        ("NHS Greater Glasgow and Clyde said.", [("NHS Greater Glasgow and Clyde", "employer", "GB")]),
        # parties
        ("The Labour Party and the Tories", [("Labour Party", "government", "GB"), ("Conservative Party", "government", "GB")]),
        ("Sinn Fein and Fine Gael", [("Sinn Féin", "government", "IE"), ("Fine Gael", "government", "IE")]),
        ("The NDP and the Bloc Quebecois", [("New Democratic Party", "government", "CA"), ("Bloc Québécois", "government", "CA")]),
        # a common word as a name, only where it is one
        ("The Paris Accord was signed.", []),
        # not a labour union, not an organization
        ("Labour costs rose in May.", []),
        ("Local councils met in May.", []),
    ],
)  # fmt: skip
def test_kinds_of_unions_that_are_not_labour_unions(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert _orgs(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        ("Staff at Marks & Spencer, Marks and Spencer and M&S", "Marks & Spencer", ["Marks & Spencer", "Marks and Spencer", "M&S"]),
        ("Procter & Gamble and Procter and Gamble", "Procter & Gamble", ["Procter & Gamble", "Procter and Gamble"]),
        ("Workers at Harland and Wolff said", "Harland & Wolff", ["Harland and Wolff"]),
        ("Tate & Lyle said", "Tate & Lyle", ["Tate & Lyle"]),
        ("The Transport & General Workers' Union said", "Transport and General Workers' Union", ["Transport & General Workers' Union"]),
        ("The Bakers, Food and Allied Workers Union said", "Bakers, Food and Allied Workers' Union", ["Bakers, Food and Allied Workers Union"]),
    ],
)  # fmt: skip
def test_names_with_ampersand_or_and_keep_their_full_name(
    text: str, name: str, forms: list[str]
) -> None:
    orgs = lq.find_organizations(text)
    assert orgs[0].name == name
    assert [s.slice(text) for s in orgs[0].mentions] == forms


# --------------------------------------------------------------------------- roles through parse


@pytest.mark.parametrize(
    ("text", "organization", "role"),
    [
        ('"We will not be bullied," said Dan Ward, general secretary of the Communication Workers Union.', "Communication Workers Union", Role.UNION_OFFICIAL),
        ('"We are ready to strike," said Sipho Dube, general secretary of SAMWU.', "SAMWU", Role.UNION_OFFICIAL),
        ('"Bins will be collected," said Ann Burke, a spokeswoman for the local council.', "the local council", Role.GOVERNMENT),
        ('"The wards are safe," said Ian Moss, a spokesman for the local health board.', "the local health board", Role.EMPLOYER),
        ('"Talks have stalled," said Joe Mann, a spokesman for Marks & Spencer.', "Marks & Spencer", Role.EMPLOYER),
        ('"Brussels will not act," a European Union spokesman said.', "European Union", Role.GOVERNMENT),
        ('"The pay rise is overdue," said Kate Lyle, a lawyer for the union.', "the union", Role.UNION_OFFICIAL),
        ('"Prices will rise," said Owen Park, an analyst at the pricing service FuelData.', "the pricing service FuelData", Role.EXPERT),
        ('"Enough is enough," said Fergal Byrne, a Fianna Fáil TD.', "Fianna Fáil", Role.GOVERNMENT),
    ],
)  # fmt: skip
def test_roles_of_speakers(text: str, organization: str | None, role: Role) -> None:
    speaker = lq.parse(text).quotes[0].attribution.speaker  # type: ignore[union-attr]
    assert (speaker.organization, speaker.role) == (organization, role)


@pytest.mark.parametrize(
    "text",
    [
        '"The pitch is ready," said Priya Shah, a spokeswoman for the Welsh Rugby Union.',
        '"We back the lecturers," said Tom Reilly, president of the National Union of Students.',
    ],
)
def test_spokespeople_of_non_labour_unions_are_other(text: str) -> None:
    speaker = lq.parse(text).quotes[0].attribution.speaker  # type: ignore[union-attr]
    assert speaker.role is Role.OTHER


# --------------------------------------------------------------------------- the file


def _data_lines() -> list[str]:
    text = resources.files("laborquotes").joinpath("data/organizations.txt").read_text("utf-8")
    return text.splitlines()


def test_every_new_entry_names_its_source() -> None:
    lines = _data_lines()
    start = next(i for i, line in enumerate(lines) if "issue 15: wider coverage" in line)
    entries = [i for i in range(start, len(lines)) if lines[i] and not lines[i].startswith("#")]
    # entries of the issue-15 sections each follow a "# src:" line
    stop = next(i for i in entries if lines[i].startswith("employer_group;"))
    for i in (i for i in entries if i < stop):
        assert lines[i - 1].startswith("# src: "), lines[i]


def test_canonical_names_are_unique() -> None:
    names = [e.name.casefold() for e in lq.load_registry()]
    assert len(names) == len(set(names))


def test_every_kind_is_used() -> None:
    assert {e.kind for e in lq.load_registry()} == set(OrgKind)


# --------------------------------------------------------------------------- markers


def test_acronyms_and_aliases_carry_no_markers() -> None:
    for entry in lq.load_registry():
        for form in (entry.name, *entry.acronyms, *entry.aliases):
            assert not form.startswith(("^", "~")), (entry.name, form)


@pytest.mark.parametrize(
    ("kwargs", "acronyms", "aliases", "markers"),
    [
        ({"acronyms": "^WU|~WID", "aliases": ["~Widget", "Widget Union"]}, ("WU", "WID"), ("Widget", "Widget Union"), (("WID", "~"), ("WU", "^"), ("Widget", "~"))),
        # the stricter marker wins when a form is given twice
        ({"aliases": ["^Widget", "~Widget"]}, (), ("Widget", "Widget"), (("Widget", "~"),)),
        # markers given as their own field
        ({"aliases": ["Widget"], "markers": {"Widget": "^"}}, (), ("Widget",), (("Widget", "^"),)),
        ({"acronyms": "WMU"}, ("WMU",), (), ()),
    ],
)  # fmt: skip
def test_markers_are_their_own_field(
    kwargs: dict[str, object],
    acronyms: tuple[str, ...],
    aliases: tuple[str, ...],
    markers: tuple[tuple[str, str], ...],
) -> None:
    entry = lq.OrgEntry(name="Widget Makers Union", **kwargs)
    assert (entry.acronyms, entry.aliases, entry.markers) == (acronyms, aliases, markers)


def test_a_marker_still_guards_its_form() -> None:
    reg = lq.load_registry(
        {"name": "Widget Makers Union", "aliases": ["~Widget"], "kind": "union"}, builtin=False
    )
    assert [o.name for o in reg.find("Pay rose, Widget said.")] == ["Widget Makers Union"]
    assert reg.find("Widget prices rose.") == ()
    # (at a sentence's start, a verb of speech after the form names the body)
    assert [o.name for o in reg.find("Widget said pay rose.")] == ["Widget Makers Union"]
    assert reg.entries[0].acronym is None


def test_a_bad_marker_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="marker"):
        lq.OrgEntry(name="Widget Makers Union", markers={"Widget": "!"})
