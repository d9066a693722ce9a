"""enrich(): organizations, group references, roles and voices, on hand-built quotes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import laborquotes as lq
from laborquotes import _coref, _labour


def _quote(text: str, words: str, speaker: lq.Speaker, source: str | None = None) -> lq.Quote:
    """A quote record for *words* in *text*, said by *speaker* written as *source*."""
    start = text.index(words)
    s_start = text.index(source or speaker.name)
    att = lq.Attribution(
        speaker=speaker,
        source_span=lq.Span(start=s_start, end=s_start + len(source or speaker.name)),
        cue="said",
    )
    return lq.Quote(
        text=words,
        span=lq.Span(start=start, end=start + len(words)),
        kind=lq.QuoteKind.DIRECT,
        attribution=att,
    )


def _speakers(quotes: list[lq.Quote]) -> list[lq.Speaker]:
    return [q.attribution.speaker for q in quotes if q.attribution is not None]


TEXT = (
    "The Widget Workers Union (WWU) and the Amalgamated Producers Alliance failed to agree. "
    '"We are ready to strike," said Ana Ruiz, president of the WWU. '
    '"The offer is fair," the company said. '
    'The union said it would picket. "I need this job," said Bo Chan, a member of the WWU. '
    'Chan added: "We will win." '
    '"Talks will resume," said Dee Park, a federal mediator.'
)


@pytest.fixture
def enriched() -> tuple[list[lq.Quote], tuple[lq.Organization, ...], lq.Voices]:
    quotes = [
        _quote(
            TEXT,
            "We are ready to strike,",
            lq.Speaker(name="Ana Ruiz", title="president", organization="the WWU"),
        ),
        _quote(TEXT, "The offer is fair,", lq.Speaker(name="the company", is_group=True)),
        _quote(TEXT, "it would picket", lq.Speaker(name="The union", is_group=True)),
        _quote(
            TEXT,
            "I need this job,",
            lq.Speaker(name="Bo Chan", title="a member of", organization="the WWU"),
        ),
        _quote(TEXT, "We will win.", lq.Speaker(name="Chan")),
        _quote(TEXT, "Talks will resume,", lq.Speaker(name="Dee Park", title="a federal mediator")),
    ]
    return _labour.enrich(TEXT, quotes)


def test_enrich_roles(
    enriched: tuple[list[lq.Quote], tuple[lq.Organization, ...], lq.Voices],
) -> None:
    quotes, _, _ = enriched
    roles = [(s.name, s.role) for s in _speakers(quotes)]
    assert roles == [
        ("Ana Ruiz", lq.Role.UNION_OFFICIAL),
        ("Amalgamated Producers Alliance", lq.Role.EMPLOYER),  # "the company", at its fullest
        ("Widget Workers Union", lq.Role.UNION_OFFICIAL),  # "The union", at its fullest
        ("Bo Chan", lq.Role.WORKER),
        ("Bo Chan", lq.Role.WORKER),  # "Chan" at the fullest form of the name
        ("Dee Park", lq.Role.GOVERNMENT),
    ]


def test_enrich_group_references_resolve(
    enriched: tuple[list[lq.Quote], tuple[lq.Organization, ...], lq.Voices],
) -> None:
    quotes, _, _ = enriched
    sp = _speakers(quotes)
    # a bare reference ("The union") is named at its fullest: the organization it means
    assert sp[2].name == "Widget Workers Union"
    assert sp[2].organization == "Widget Workers Union"
    assert sp[2].is_group
    # "the WWU": an acronym the article spells out is shown by the name spelled out
    assert sp[0].organization == "Widget Workers Union"
    # a short name takes the organization of the same person elsewhere
    assert sp[4].organization == "Widget Workers Union"


def test_enrich_organizations(
    enriched: tuple[list[lq.Quote], tuple[lq.Organization, ...], lq.Voices],
) -> None:
    _, orgs, _ = enriched
    names = [(o.name, o.kind) for o in orgs]
    assert ("Widget Workers Union", lq.OrgKind.UNION) in names
    wwu = next(o for o in orgs if o.name == "Widget Workers Union")
    assert wwu.acronym == "WWU"
    assert len(wwu.mentions) == 4
    for s in wwu.mentions:
        assert s.slice(TEXT) in ("Widget Workers Union", "WWU")


def test_enrich_voices(
    enriched: tuple[list[lq.Quote], tuple[lq.Organization, ...], lq.Voices],
) -> None:
    _, _, voices = enriched
    by_role = {v.key: v for v in voices.by_role}
    assert list(by_role) == ["union_official", "worker", "employer", "government"]
    assert by_role["worker"].quotes == 2
    assert by_role["worker"].speakers == 1  # "Bo Chan", and "Chan" at its fullest form
    assert by_role["union_official"].names == ("Ana Ruiz", "Widget Workers Union")
    first = voices.by_organization[0]
    assert first.key == "Widget Workers Union"
    assert first.quotes == 4
    assert first.names == ("Ana Ruiz", "Widget Workers Union", "Bo Chan")


def test_article_defined_acronym_with_possessive() -> None:
    text = 'The Widget Workers Union (WWU) met. "No," said Jo Kim, the WWU\'s president.'
    sp = lq.Speaker(name="Jo Kim", title="the WWU's president")
    out, _, _ = _labour.enrich(text, [_quote(text, "No,", sp)])
    (got,) = _speakers(out)
    assert (got.organization, got.role) == ("Widget Workers Union", lq.Role.UNION_OFFICIAL)


def test_the_studios_resolves_to_the_employer_group() -> None:
    text = 'The AMPTP met the WGA. The studios said the offer was fair. "No," said the union.'
    quotes = [
        _quote(text, "the offer was fair", lq.Speaker(name="The studios", is_group=True)),
        _quote(text, "No,", lq.Speaker(name="the union", is_group=True)),
    ]
    out, _, _ = _labour.enrich(text, quotes)
    studios, union = _speakers(out)
    assert (studios.organization, studios.role) == ("AMPTP", lq.Role.EMPLOYER)
    assert (union.organization, union.role) == ("WGA", lq.Role.UNION_OFFICIAL)


def test_the_studios_without_an_employer_group_keeps_no_organization() -> None:
    text = "The studios said the offer was fair."
    out, _, _ = _labour.enrich(
        text, [_quote(text, "the offer was fair", lq.Speaker(name="The studios", is_group=True))]
    )
    (sp,) = _speakers(out)
    assert (sp.name, sp.organization, sp.role) == ("The studios", None, lq.Role.EMPLOYER)


def test_nearest_union_wins_for_the_union() -> None:
    text = (
        "The UAW struck Ford. The Teamsters joined in another city. "
        "Later, the union said it was proud."
    )
    out, _, _ = _labour.enrich(
        text, [_quote(text, "it was proud", lq.Speaker(name="the union", is_group=True))]
    )
    # (the registry's organization, named as the article writes it)
    assert _speakers(out)[0].organization == "Teamsters"


def test_publication_speaking_is_media_and_a_group() -> None:
    text = "Deadline reports the talks resumed."
    out, orgs, _ = _labour.enrich(
        text, [_quote(text, "the talks resumed", lq.Speaker(name="Deadline"))]
    )
    (sp,) = _speakers(out)
    assert (sp.is_group, sp.organization, sp.role) == (True, "Deadline", lq.Role.MEDIA)
    assert [o.kind for o in orgs] == [lq.OrgKind.MEDIA]


@pytest.mark.parametrize(
    ("name", "organization", "role", "group"),
    [
        ("The flight attendants union", None, lq.Role.UNION_OFFICIAL, True),
        ("A union spokesman in Rio de Janeiro", "Rio de Janeiro", lq.Role.UNION_OFFICIAL, False),
        ("The seamen's leaders", None, lq.Role.UNION_OFFICIAL, True),
        ("Company officials", None, lq.Role.EMPLOYER, True),
    ],
)
def test_described_speakers(
    name: str, organization: str | None, role: lq.Role, group: bool
) -> None:
    text = f"{name} said the talks failed."
    sp = lq.Speaker(name=name, organization=organization, is_group=name.endswith("s") and group)
    out, _, _ = _labour.enrich(text, [_quote(text, "the talks failed", sp)])
    (got,) = _speakers(out)
    assert (got.role, got.is_group) == (role, group)


def test_existing_role_is_kept() -> None:
    text = '"Yes," said Al Bee.'
    sp = lq.Speaker(name="Al Bee", role=lq.Role.EXPERT)
    out, _, _ = _labour.enrich(text, [_quote(text, "Yes,", sp)])
    assert _speakers(out)[0].role is lq.Role.EXPERT


def test_unattributed_quotes_pass_through() -> None:
    text = '"Nobody said this."'
    q = lq.Quote(text="Nobody said this.", span=lq.Span(start=1, end=18), kind=lq.QuoteKind.DIRECT)
    out, orgs, voices = _labour.enrich(text, [q])
    assert out == [q]
    assert orgs == ()
    assert voices == lq.Voices()


def test_empty() -> None:
    assert _labour.enrich("", []) == ([], (), lq.Voices())


def test_voices_order_is_deterministic() -> None:
    text = 'A. B. C. "x," said Ann Oh, a reporter. "y," said Bo Li, a nurse.'
    quotes = [
        _quote(text, "x,", lq.Speaker(name="Ann Oh", title="a reporter")),
        _quote(text, "y,", lq.Speaker(name="Bo Li", title="a nurse")),
    ]
    one = _labour.enrich(text, quotes)[2]
    two = _labour.enrich(text, list(quotes))[2]
    assert one == two
    assert [v.key for v in one.by_role] == ["worker", "media"]  # Role order, not text order


def test_parse_attribution_gets_a_role() -> None:
    a = lq.parse_attribution("said Jane Doe, a nurse at Kaiser Permanente.")
    assert a is not None
    assert a.speaker.role is lq.Role.WORKER


def test_display_name() -> None:
    org = lq.Organization(name="United Auto Workers", acronym="UAW", aliases=("UAW",))
    assert lq.display_name(org) == "UAW"
    org = lq.Organization(name="United Auto Workers", acronym="UAW")
    assert lq.display_name(org) == "United Auto Workers"


@pytest.mark.parametrize(
    "template",
    [
        '"Word {i} here," said Jo Smith{i}, president of Local {i}. ',
        '"Word {i} here," the union said of the Widget{i} Workers Union. ',
        '"Word {i} here," the studios said. UAW Local {i} and GM. ',
    ],
    ids=["locals", "generic-unions", "references"],
)
def test_many_organizations_and_quotes(template: str) -> None:
    # Thousands of distinct organizations and speakers: every lookup must stay local.
    text = "".join(template.format(i=i) for i in range(3000))
    quotes = [
        _quote(
            text,
            f"Word {i} here,",
            lq.Speaker(name="the union", is_group=True),
            source=f"Word {i} here",
        )
        for i in range(0, 3000, 7)
    ]
    out, orgs, voices = _labour.enrich(text, quotes)
    assert len(out) == len(quotes)
    assert len(orgs) >= 3000
    assert voices.by_role[0].key == "union_official"


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # a title just before the name
        (
            'Strike leader Jo Park spoke. "We stay out," Park said.',
            "Jo Park",
            lq.Role.UNION_OFFICIAL,
        ),
        ('Plant manager Al Roe spoke. "We will hire," Roe said.', "Al Roe", lq.Role.EMPLOYER),
        # a comma-set title phrase before the name
        (
            'The head of the Port Authority, Kim Lau, spoke. "Ships wait," Lau said.',
            "Kim Lau",
            lq.Role.GOVERNMENT,
        ),
        # an apposition after the name
        (
            'Sam Voss, who was labour minister, spoke. "No," Voss said.',
            "Sam Voss",
            lq.Role.GOVERNMENT,
        ),
        # the quote first, then the name with an age and a description
        ('"Enough," said Chris Rowe, 44, who works at the plant.', "Chris Rowe", lq.Role.WORKER),
        # an age before the description
        (
            'Jo Kim, 52, a nurse at the hospital, spoke. "Enough," Kim said.',
            "Jo Kim",
            lq.Role.WORKER,
        ),
        # a verb after the name is not a description; "rival" is not a title
        (
            'Employers chairman, Ed Bos, accused the union. "Fine," Bos said.',
            "Ed Bos",
            lq.Role.EMPLOYER,
        ),
        ('They attacked rival Ann Lee. "Wrong," Lee said.', "Ann Lee", None),
    ],
)
def test_bare_names_take_the_article_description(
    text: str, name: str, role: lq.Role | None
) -> None:
    words = text[text.index('"') + 1 : text.index('"', text.index('"') + 1)]
    q = _quote(text, words, lq.Speaker(name=name))
    out, _, _ = _labour.enrich(text, [q])
    assert _speakers(out)[0].role is role


_PIECES = st.sampled_from(
    ["", " ", "the union", "UAW", "Local 7", "a member of", "president", "the studios",
     "Deadline", "Jo Kim", "Kim", "’s", "Acme Corp.", "Writers Guild", ",", "\n", "a"]
)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(
    body=st.lists(_PIECES, max_size=12).map(" ".join),
    speakers=st.lists(
        st.tuples(_PIECES, st.none() | _PIECES, st.none() | _PIECES, st.booleans()),
        max_size=5,
    ),
)
def test_property_enrich_keeps_quotes(
    body: str, speakers: list[tuple[str, str | None, str | None, bool]]
) -> None:
    text = body + " said."
    quotes = [
        lq.Quote(
            text=text[:1],
            span=lq.Span(start=0, end=min(1, len(text))),
            kind=lq.QuoteKind.INDIRECT,
            attribution=lq.Attribution(
                speaker=lq.Speaker(name=name, title=title, organization=org, is_group=group),
                source_span=lq.Span(start=0, end=0),
            ),
        )
        for name, title, org, group in speakers
    ]
    out, orgs, voices = _labour.enrich(text, quotes)
    # A person is reported at the fullest form of their name the speakers give
    # ("Kim" -> "Jo Kim"), a bare reference as the organization it means ("the union"
    # -> "United Auto Workers"), a name cut before a joiner as its organization's whole
    # name ("Writers Guild" -> "Writers Guild of America"); every other name comes back
    # as written.
    fullest = _coref.fullest_names([name for name, _, _, group in speakers if not group])
    assert len(out) == len(quotes)
    for before, after in zip(quotes, out, strict=True):
        assert before.span == after.span
        assert before.attribution is not None
        assert after.attribution is not None
        written = before.attribution.speaker
        expected = written.name if written.is_group else fullest.get(written.name, written.name)
        got = after.attribution.speaker.name
        if got != expected and (
            _labour._bare_reference(written.name) or _labour._cut_name(written.name, got)
        ):
            # ("the union": a bare reference is named as the organization it means)
            assert got in {o.name for o in orgs}
            continue
        assert got == expected
    counted = sum(v.quotes for v in voices.by_role)
    assert counted <= len(quotes)
    for o in orgs:
        for s in o.mentions:
            assert s.slice(text)


@pytest.mark.parametrize(
    ("text", "organization", "role"),
    [
        (
            "Talks with the Harbor Terminal Operators Association broke down. "
            'The association said in a statement that it "made a fair offer to everyone."',
            "Harbor Terminal Operators Association",
            "employer",
        ),
        (
            "The Riverside Nurses Guild voted on Monday. "
            'The guild said the vote "was a clear message to the hospital."',
            "Riverside Nurses Guild",
            "union_official",
        ),
        # a court or a tribunal named before: ``the court``, ``the tribunal``
        (
            "The Labour Court heard the dispute on Monday. "
            'The court said the offer "fell short of what the law requires."',
            "Labour Court",
            "government",
        ),
        (
            "The Employment Appeal Tribunal sat on Monday. "
            'The tribunal said the dismissal "was unfair in every respect."',
            "Employment Appeal Tribunal",
            "government",
        ),
    ],
)
def test_head_noun_references(text: str, organization: str, role: str) -> None:
    quotes = lq.extract_quotes(text)
    assert quotes
    speaker = quotes[0].attribution.speaker if quotes[0].attribution else None
    assert speaker is not None
    assert speaker.organization == organization
    assert speaker.role is not None
    assert speaker.role.value == role


#: ``(text, organization, role)`` of the first quote's speaker: a name cut short inside
#: a longer organization name is that organization; a minister is never a side of the
#: dispute, even with the employer's word in the portfolio; a publican is a bystander.
SIDE_ROWS: list[tuple[str, str | None, lq.Role | None]] = [
    (
        "Miners were locked out on Monday. The Mining and Energy Union's district "
        'president, Tom Ladd, said: "This is war."',
        "Mining and Energy Union",
        lq.Role.UNION_OFFICIAL,
    ),
    (
        "Nurses walked out at four HSE hospitals. The Minister for Health, Ann Kelso, "
        'said: "Talks must resume."',
        None,
        lq.Role.GOVERNMENT,
    ),
    (
        '"Trade has halved," said publican Jo Pike, as RMT members walked out on Monday.',
        None,
        lq.Role.OTHER,
    ),
]


@pytest.mark.parametrize(("text", "org", "role"), SIDE_ROWS)
def test_sides_and_whole_names(text: str, org: str | None, role: lq.Role | None) -> None:
    quotes = lq.parse(text).quotes
    assert quotes
    att = quotes[0].attribution
    assert att is not None
    assert (att.speaker.organization, att.speaker.role) == (org, role)


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # an acronym the article never defines, spelled by a name it writes in full
        (
            "The Academic Staff Union of Universities began a strike on Monday. ASUU "
            "President, Prof. Chidi Nwankwo, said the strike was total.",
            "union_official",
        ),
        (
            "The Lakeside Nurses Union voted to strike. LNU president Ann Roe said the vote "
            "was clear.",
            "union_official",
        ),
    ],
)
def test_an_undefined_acronym_takes_the_kind_of_its_full_name(text: str, role: str) -> None:
    [quote] = lq.parse(text).quotes
    assert quote.attribution is not None
    sp = quote.attribution.speaker
    assert sp.role is not None
    assert sp.role.value == role


def test_the_statement_speaks_for_the_maker_named_with_it() -> None:
    text = (
        "Cooks walked off the job on Friday at the Marlow Bay Hotel.\n\n"
        "In a statement, the hotel said it had made a generous offer.\n\n"
        '"Our doors remain open," the statement said.'
    )
    att = lq.parse(text).quotes[-1].attribution
    assert att is not None
    assert (att.speaker.organization, att.speaker.role) == ("Marlow Bay Hotel", lq.Role.EMPLOYER)


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        (
            "Ana Ruiz of the Leeds-based Institute of Wage Studies said pay had stalled.",
            "Institute of Wage Studies",
        ),
        (
            '"Rents have doubled," said Ana Ruiz, a spokeswoman for the housing charity '
            "Safe Doors Ireland.",
            "Safe Doors Ireland",
        ),
        (
            "Ana Ruiz, a director at Pune-based consultancy Eastfield Advisory, said output "
            "would fall.",
            "Eastfield Advisory",
        ),
        (
            "Wages were too low, said Ana Ruiz, head of the Dhaka-based rights group Loom Watch.",
            "Loom Watch",
        ),
        # a branch's street is no part of the company's name
        (
            "Ana Ruiz, a cashier at the Shelvio on Mill Street, said she works 28 hours a week.",
            "Shelvio",
        ),
    ],
)
def test_a_lead_that_describes_the_organization_is_no_part_of_it(
    sentence: str, organization: str
) -> None:
    [quote] = lq.parse(sentence).quotes
    assert quote.attribution is not None
    assert quote.attribution.speaker.organization == organization
