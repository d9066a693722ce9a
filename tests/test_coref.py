"""Identity (``_coref``): surnames, pronouns and title references resolved to the people
named before them (short invented examples)."""

from __future__ import annotations

import pytest

import laborquotes as lq
from quoting import INDIRECT, all_quotes, marked, source_of, speaker_of


def test_surname_resolves_to_full_name_and_keeps_title() -> None:
    text = (
        '"We want to work," said Rosa Kent, a member of Local 12.\n\n'
        '"We want fair residuals," Kent explained.'
    )
    quotes = marked(text)
    a = quotes[1].attribution
    assert a is not None
    assert a.speaker.name == "Rosa Kent"
    assert a.speaker.organization == "Local 12"
    assert text[a.source_span.start : a.source_span.end] == "Kent"
    assert a.cue == "explained"


def test_surname_resolves_to_name_mentioned_earlier() -> None:
    text = 'Ana Ruiz has led Local 7 since 2019.\n\n"We are not done," Ruiz said.'
    assert speaker_of(marked(text)[0]) == "Ana Ruiz"


def test_pronoun_resolves_to_recent_person() -> None:
    text = 'Ana Ruiz spoke outside the plant. "We are not done," she said.'
    quotes = marked(text)
    assert speaker_of(quotes[0]) == "Ana Ruiz"
    assert source_of(text, quotes[0]) == "she"


def test_role_resolves_to_titled_person() -> None:
    text = (
        '"The bill is dead," said Sen. Mary Smith.\n\n'
        '"We will try again next year," the senator added.'
    )
    quotes = marked(text)
    assert speaker_of(quotes[1]) == "Mary Smith"
    assert source_of(text, quotes[1]) == "the senator"


def test_surname_is_not_a_pair_of_people() -> None:
    text = (
        "Ana Ruiz and Tom Bell led the march on Monday.\n\n"
        "The members are ready to strike on Friday, Bell said."
    )
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert speaker_of(quotes[-1]) == "Tom Bell"


GENDERED = [
    # (text, speaker of the last quote)
    ('Ana Ruiz met Tom Bell at the plant gate.\n\n"We are not going back," she said.', "Ana Ruiz"),
    (
        '"We will vote," said Ana Ruiz.\n\n"So will we," said Tom Bell.\n\n"Not before Friday," she said.',
        "Ana Ruiz",
    ),
    (
        '"We will vote," said Tom Bell.\n\n"So will we," said Ana Ruiz.\n\n"Not before Friday," he said.',
        "Tom Bell",
    ),
    (
        '"We will vote," Mrs. Okafor said.\n\n"So will we," said Tom Bell.\n\n"Not before Friday," she said.',
        "Okafor",
    ),
    # no earlier person of that gender: the pronoun stays unresolved (never the other
    # gender's speaker)
    (
        '"We will vote," said Tom Bell.\n\n"So will we," Mr. Okafor said.\n\n"Not before Friday," she said.',
        "she",
    ),
    ('"We will vote," said Tom Bell.\n\n"Not before Friday," she said.', "she"),
    ('"Wait," Janet Cole said. "Why?" he asked.', "he"),
    # a female given name alone tells the gender too (a male one may be a surname)
    ('"Wait," said Joe. "Stop," said Mia. "Why?" he asked.', "Joe"),
    ('"We will vote," said Lee Okafor.\n\n"Not before Friday," she said.', "Lee Okafor"),
]


@pytest.mark.parametrize(("text", "speaker"), GENDERED)
def test_pronoun_gender(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


PREVIOUS_SUBJECT = [
    # (text, speaker of the last quote): ``he`` / ``she`` is the person who is the
    # subject of the sentence before, when that is surely a person's name
    # ... after a fronted phrase of time or a fronted clause
    (
        '"Six years is right," said Crown prosecutor Neil Brask.\n\n'
        'After the verdict, Victor Hale turned to the gallery.\n\n"I am sorry," he said.',
        "Victor Hale",
    ),
    (
        '"Six years is right," said Crown prosecutor Neil Brask.\n\n'
        "When given a chance to speak, Victor Hale turned to the gallery.\n\n"
        '"I am sorry," he said.',
        "Victor Hale",
    ),
    (
        '"We will strike," said Omar Haddad, the union president.\n\n'
        'Tom Bell, the chief executive, rejected the offer. "We cannot pay that," he said.',
        "Tom Bell",
    ),
    (
        '"We will strike," said Omar Haddad.\n\n'
        'Tom Bell rejected the offer.\n\n"We cannot pay that," he said.',
        "Tom Bell",
    ),
    # not the subject of a leading subordinate clause
    (
        '"We will strike," said Omar Haddad.\n\n'
        'After Tom Bell asked about the deadline, Haddad shrugged. "We will see," he said.',
        "Omar Haddad",
    ),
    # not a place read as a name
    (
        '"We will strike," said Omar Haddad.\n\n'
        'New Hampshire votes next week. "We will see," he said.',
        "Omar Haddad",
    ),
    # a title, a comma and a name, then the verb: the verb is no appositive
    (
        'The governor, Alan Pierce, addressed the crowd on Sunday.\n\n"Go home and rest."',
        "Alan Pierce",
    ),
    # an unnamed official or spokesperson is one person
    (
        'A senior official of the company said output had moved. "The strike is illegal," he said.',
        "A senior official of the company",
    ),
    # a known given name alone as the subject
    ('Edward shook his head. "No," he said.', "Edward"),
    ('Karen spoke first. Tom spoke next. "We are tired," he said.', "Tom"),
    # not one of the other gender
    (
        '"We will strike," said Ana Ruiz.\n\nTom Bell rejected the offer. "We will see," she said.',
        "Ana Ruiz",
    ),
    # after a fronted phrase of place, its relative clause and a noun before the name
    (
        '"We will strike," said Ana Ruiz.\n\nIn Carrowbeg, Nuala Keane was unmoved.\n\n'
        '"We pay our way," she said.',
        "Nuala Keane",
    ),
    (
        '"We will strike," said Ana Ruiz.\n\nOutside the depot, where pickets gathered at '
        'dawn, pensioner Nuala Keane was unmoved.\n\n"We pay our way," she said.',
        "Nuala Keane",
    ),
    # a relative clause between the subject and its verb; a bystander's title before it
    (
        '"We will strike," said Tom Bell.\n\nRetiree Graham Quinn, whose wife is in hospital, '
        'stopped to shake hands.\n\n"They have been wonderful to her," he said.',
        "Graham Quinn",
    ),
    # a fronted phrase with no person after it leaves the speaker as she was
    (
        '"We will strike," said Ana Ruiz.\n\nIn Carrowbeg, the mood was grim.\n\n'
        '"We will see," she said.',
        "Ana Ruiz",
    ),
]


def test_a_role_reference_after_a_named_subject() -> None:
    text = (
        '"We will win," said Tom Bell, the mayor.\n\n'
        "Ana Ruiz is launching her campaign this week. The Detroit organizer is telling "
        'members she will have "a lot of support" after the vote.'
    )
    assert speaker_of(marked(text)[-1]) == "Ana Ruiz"


@pytest.mark.parametrize(("text", "speaker"), PREVIOUS_SUBJECT)
def test_pronoun_after_a_named_subject(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


def test_a_named_thing_is_not_a_pronoun_antecedent() -> None:
    text = (
        'The march, led by Ana Ruiz, went down Wall Street on Monday.\n\n"We are ready," she said.'
    )
    assert speaker_of(marked(text)[-1]) == "Ana Ruiz"


def test_a_place_is_not_a_pronoun_antecedent() -> None:
    text = 'The vote in New Hampshire is next week.\n\n"We are ready for it," she said.'
    assert speaker_of(marked(text)[-1]) != "New Hampshire"


ROLES_NAMED_EARLIER = [
    # (text, speaker of the last quote): a role reference to a person named with that
    # title earlier, who has not spoken yet
    (
        "Union president Ana Ruiz spoke first.\n\n"
        '"We will strike on Monday," the president told reporters.',
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz, the local's president, spoke first.\n\n"
        '"We will strike on Monday," the president said.',
        "Ana Ruiz",
    ),
    (
        '"We will strike," said Tom Bell.\n\nPresident Ana Ruiz agreed.\n\n'
        '"We will strike on Monday," the president said.',
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), ROLES_NAMED_EARLIER)
def test_role_resolves_to_a_name_written_earlier(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


def test_pronoun_skips_a_group() -> None:
    text = (
        '"We will vote," said Tom Bell.\n\n'
        '"The plan is a disaster for the town," Critics said.\n\n'
        '"Not before Friday," he said.'
    )
    assert speaker_of(marked(text)[-1]) == "Tom Bell"


def test_pronoun_skips_a_speaker_of_the_other_gender() -> None:
    text = (
        '"We will strike tonight," said Robin Tate.\n\n'
        '"There is no deal yet," said Omar Diaz.\n\n'
        '"We mean it this time," she said.'
    )
    quotes = marked(text)
    assert [speaker_of(q) for q in quotes] == ["Robin Tate", "Omar Diaz", "Robin Tate"]


#: (text, how the article describes Ana Ruiz where she is first named; ``None``: not at all)
APPOSITIVES: list[tuple[str, str | None]] = [
    ("Ana Ruiz, president of Local 7, spoke on Monday.", "president of Local 7"),
    ("Strike leader Ana Ruiz spoke on Monday.", "Strike leader"),
    ("Ana Ruiz, 52, a welder at the plant, spoke.", "a welder at the plant"),
    ("The head of the dock workers union, Ana Ruiz, spoke.", "The head of the dock workers union"),
    # a verb after the comma, a word that is no title before the name, nothing at all
    ("Ana Ruiz, accused the company of lying.", None),
    ("Ana Ruiz, said the talks failed.", None),
    ("They met rival Ana Ruiz on Monday.", None),
    ("Ana Ruiz spoke.", None),
    # an audience is no description: a preposition's object, a participle of speech
    ("Speaking to reporters, Ana Ruiz said no.", None),
    ("Asked by delegates, Ana Ruiz said no.", None),
    ("Addressing shop stewards, Ana Ruiz said no.", None),
    ("Ana Ruiz, speaking to reporters outside the depot, said no.", None),
    ("Ana Ruiz, talking with union members, said no.", None),
    # ... but whom she speaks for, a title before its preposition, a writer's outlet are
    ("Ana Ruiz, speaking for the council, said no.", "speaking for the council"),
    ("The party's candidate for mayor, Ana Ruiz, said no.", "The party's candidate for mayor"),
    ("Ana Ruiz, writing in the Courier, said no.", "writing in the Courier"),
    ("They spoke to Councillor Ana Ruiz on Monday.", "Councillor"),
]


@pytest.mark.parametrize(("text", "description"), APPOSITIVES)
def test_appositive(text: str, description: str | None) -> None:
    from laborquotes._coref import appositive

    assert appositive(text, "Ana Ruiz", len(text)) == description


def test_a_short_name_is_not_looked_up() -> None:
    from laborquotes._coref import appositive

    assert appositive("Li, a nurse, spoke.", "Li", 19) is None


def test_a_bare_name_takes_its_namesake_title_and_organization() -> None:
    from laborquotes._coref import fill_from_namesakes

    text = '"No," said Ana Ruiz, a nurse at Mercy. "Never," Ruiz said.'
    full = lq.Speaker(name="Ana Ruiz", title="nurse", organization="Mercy")
    bare = lq.Speaker(name="Ruiz")
    quotes = [
        lq.Quote(
            text=t,
            span=lq.Span(start=text.index(t), end=text.index(t) + len(t)),
            kind=lq.QuoteKind.DIRECT,
            attribution=lq.Attribution(
                speaker=sp,
                source_span=lq.Span(start=0, end=1),
                cue="said",
                cue_span=lq.Span(start=0, end=1),
            ),
        )
        for t, sp in (("No,", full), ("Never,", bare))
    ]
    filled = fill_from_namesakes(quotes)
    speakers = [q.attribution.speaker for q in filled if q.attribution is not None]
    assert [(s.name, s.title, s.organization) for s in speakers] == [
        ("Ana Ruiz", "nurse", "Mercy"),
        ("Ana Ruiz", "nurse", "Mercy"),  # reported at the fullest form of the name
    ]


#: (text, phrase, the organization it points at by position)
REFERENCES = [
    (
        "The Teamsters walked out on Monday. The union said no.",
        "the union",
        "Teamsters",
    ),
    ("The Teamsters walked out on Monday. The union said no.", "its leadership", None),
]


@pytest.mark.parametrize(("text", "phrase", "org"), REFERENCES)
def test_organization_reference(text: str, phrase: str, org: str | None) -> None:
    from laborquotes._coref import ArticleOrgs, display_name
    from laborquotes._orgs import default_registry

    reg = default_registry()
    art = ArticleOrgs(text, reg.find(text), reg)
    found, _shown = art.resolve(phrase, len(text))
    assert (display_name(found) if found is not None else None) == org


def test_a_company_quoted_later_leads_as_if_held_from_the_start() -> None:
    # (company_led_by, asked before and after add_quoted, answers as a fresh index would)
    from laborquotes._coref import ArticleOrgs
    from laborquotes._model import Organization, OrgKind
    from laborquotes._orgs import default_registry

    acme, acme2, brant = (
        Organization(name=n, kind=OrgKind.EMPLOYER)
        for n in ("Acme Foods", "Acme Freight", "Brantley Foods")
    )
    art = ArticleOrgs("", [acme], default_registry())
    assert art.company_led_by("Acme") is acme
    art.add_quoted(brant)
    assert art.company_led_by("Brantley") is brant
    art.add_quoted(acme2)  # (two companies open with ``Acme``: neither is meant)
    assert art.company_led_by("Acme") is None
    fresh = ArticleOrgs("", [acme, brant, acme2], default_registry())
    assert fresh.company_led_by("Acme") is None
    assert fresh.company_led_by("Brantley") is brant


# --------------------------------------------------------------------------- agreement


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        pytest.param(
            'Ana Ruiz led the march on Monday.\n\n"Stop!" the crowd shouted.\n\n'
            '"We will win this," she said.',
            ["the crowd", "Ana Ruiz"],
            id="he-she-skip-a-crowd",
        ),
        pytest.param(
            'Tom Hart spoke first. "Shame!" the audience replied. "We stay," he said.',
            ["the audience", "Tom Hart"],
            id="he-skips-an-audience",
        ),
        pytest.param(
            "Drivers walked out on Monday.\n\nRosa Kent, a driver, was at the gate. "
            '"Enough," the union members said. '
            '"We are tired," she said.',
            ["the union members", "Rosa Kent"],
            id="she-skips-plural-members",
        ),
        pytest.param(
            'Leo Grant, a porter, joined the picket. "Pay us," the protesters chanted.\n\n'
            '"I have two children," he said.',
            ["the protesters", "Leo Grant"],
            id="he-skips-protesters",
        ),
        pytest.param(
            'The union said it would strike. "Never," said Ana Ruiz. "We are united," they said.',
            ["The union", "Ana Ruiz", "The union"],
            id="they-prefers-the-group",
        ),
    ],
)
def test_number_agreement(text: str, speakers: list[str]) -> None:
    assert [speaker_of(q) for q in all_quotes(text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            'Jorge Diaz, a driver, was angry. "Mark Evans failed us. We will not forget," he said.',
            "Jorge Diaz",
            id="a-name-in-the-quote",
        ),
        pytest.param(
            'Ana Ruiz opened the meeting. Maria Santos, a nurse, spoke next. "We are tired. '
            'Peter Grant told us to wait. We waited," she said.',
            "Maria Santos",
            id="a-name-in-the-quote-of-the-other-gender",
        ),
        pytest.param(
            "The Education Secretary, Kirsty Lindqvist, urged both sides to talk. "
            '"Nobody wants a strike," she said.',
            "Kirsty Lindqvist",
            id="a-title-and-a-name-in-commas",
        ),
        pytest.param(
            "Union organiser Brian Falk praised the deal on Monday.\n\n"
            'Tom Axel, a rival organiser, mocked it. "Nice try," Axel said.\n\n'
            'Falk fired back: "We know you are jealous," he wrote.',
            "Brian Falk",
            id="the-subject-before-the-quotation-in-its-sentence",
        ),
        pytest.param(
            "Lee Park hosted the rally.\n\n"
            'Asked about Kent, Ana Ruiz said "I know nothing about that," she said.',
            "Ana Ruiz",
            id="the-subject-not-the-object",
        ),
        pytest.param(
            'Jo Kim led the march. "Go home," Kim said.\n\n'
            'He added that Ben Dale is "not a serious man," he said.',
            "Jo Kim",
            id="not-the-subject-of-a-reported-clause",
        ),
    ],
)
def test_pronoun_antecedent_outside_its_quotation(text: str, speaker: str) -> None:
    assert speaker_of(marked(text)[-1]) == speaker


def test_a_continuation_paragraph_stays_with_the_current_speaker() -> None:
    text = (
        'Jorge Diaz, a driver, was angry on Monday. "We will not forget this," he said.\n\n'
        '"Nobody here wants a strike. But we will walk out if we must."\n\n'
        "Karen White, a manager at the depot, said the company would talk."
    )
    quotes = all_quotes(text)
    assert [speaker_of(q) for q in quotes[:2]] == ["Jorge Diaz", "Jorge Diaz"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Siobhan Ni Bhriain chairs the board. "No," Ms Ni Bhriain said.', "Siobhan Ni Bhriain"),
        ('"We agree," said Deborah Powell-Haami. "Yes," Ms Powell-Haami said.',
         "Deborah Powell-Haami"),
        ('"Fine," said Ana Maria Ruiz. "Good," Ruiz said.', "Ana Maria Ruiz"),
    ],
)  # fmt: skip
def test_honorific_and_surname_take_the_fullest_form(text: str, speaker: str) -> None:
    assert speaker_of(all_quotes(text)[-1]) == speaker


@pytest.mark.parametrize(
    ("phrase", "plural"),
    [
        ("the crowd", True),
        ("the audience", True),
        ("protesters", True),
        ("the union members", True),
        ("some of the drivers", True),
        ("a nurse at the clinic", False),
        ("the boss", False),
        ("a spokeswoman for the union's members", False),
        ("the campus", False),
    ],
)
def test_is_plural(phrase: str, plural: bool) -> None:
    from laborquotes._coref import is_plural

    assert is_plural(phrase) is plural


def test_fullest_names_leave_an_ambiguous_surname() -> None:
    from laborquotes._coref import fullest_names

    names = ["Ruiz", "Ana Ruiz", "Lee", "Tom Lee", "Ann Lee", "Ms Ruiz", "Liberal MP Jo Park"]
    assert fullest_names([*names, "Park"]) == {"Ruiz": "Ana Ruiz", "Ms Ruiz": "Ana Ruiz"}


@pytest.mark.parametrize(
    ("text", "speaker", "title"),
    [
        ('The Minister for Ports, Cian Dolan, said the talks would resume.',
         "Cian Dolan", "Minister for Ports"),
        # (the owner stays before enrichment, which resolves it and drops it)
        ("Its press officer, Councillor Rhona Baird, said the budget was spent.",
         "Rhona Baird", "Its press officer"),
        ("The union's regional organiser, Ffion ap Gwyn, said members were angry.",
         "Ffion ap Gwyn", None),
        ('Ana Ruiz, the editor of the Daily Post, said: "Sales fell."', "Ana Ruiz", None),
        # a party before the title: the party is the organization, not part of the title
        ("The Conservative MP for Lichfield, Ana Ruiz, said the strike was wrong.",
         "Ana Ruiz", "MP for Lichfield"),
    ],
)  # fmt: skip
def test_a_title_then_a_name_in_apposition_is_that_person(
    text: str, speaker: str, title: str | None
) -> None:
    quotes = all_quotes("Dockers walked out on Monday.\n\n" + text)
    assert quotes
    assert speaker_of(quotes[0]) == speaker
    sp = quotes[0].attribution.speaker if quotes[0].attribution else None
    assert sp is not None
    if title is not None:
        assert sp.title == title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person named with that title before, with the title and organization
        ('Frances Carr, the TUC general secretary, spoke at the rally. '
         '"Workers are angry," the TUC general secretary said.',
         ("Frances Carr", "general secretary", "TUC")),
        ('Owen Price, the Unite regional officer, led the picket. '
         '"We will win," the Unite regional officer said.',
         ("Owen Price", "regional officer", "Unite")),
        # nobody named: the phrase, its title and its organization
        ("The CWU deputy general secretary said the ballot result was clear.",
         ("The CWU deputy general secretary", "deputy general secretary", "CWU")),
        # no organization at its start: the title noun
        ('"We are not moving," the union president said.', ("the union president", "president", None)),
        # a place is no organization
        ('"We are not moving," the Halton senator said.', ("the Halton senator", "senator", None)),
        # a formal title in capitals, whole
        ('Ann Lee, the Prime Minister, toured the site. "We will act," the Prime Minister said.',
         ("Ann Lee", "Prime Minister", None)),
        # a registered organization whose name ends with a title's noun is itself
        ('Ann Ruiz, the chief executive of the clinic, spoke first. '
         'The Health Service Executive said it would meet the union.',
         ("Health Service Executive", None, "Health Service Executive")),
    ],
)  # fmt: skip
def test_a_title_reference_keeps_title_and_organization(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    quotes = [q for q in lq.parse(text).quotes if q.attribution is not None]
    assert quotes
    sp = quotes[-1].attribution.speaker if quotes[-1].attribution else None
    assert sp is not None
    assert (sp.name, sp.title, sp.organization) == expected


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a pronoun of the other gender than the last speaker, who opens the sentence
        # before: not that speaker
        ("Mary Smith said the deal was close. He said it was not.", ["Mary Smith", "He"]),
        (
            "Mary Smith met John Brown on Monday. She said the deal was close, but he said "
            "it was not.",
            ["Mary Smith", "John Brown"],
        ),
        (
            "Mary Smith said the deal was close, and John Brown agreed. He said talks would "
            "resume.",
            ["Mary Smith", "John Brown"],
        ),
        # ``Miss.`` after a town is Mississippi, which tells no gender
        (
            'Cole Hart, 33, of Tupelo, Miss., doubts the plan. "It will fail," he said.',
            ["Cole Hart"],
        ),
    ],
)
def test_a_pronoun_takes_a_speaker_of_its_gender(text: str, speakers: list[str]) -> None:
    got = [speaker_of(q) for q in all_quotes(text)]
    assert got[-len(speakers) :] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a relation before the name (a possessive pronoun and a noun): the name speaks
        ("His colleague Darren Pike said morale was high.", [("Darren Pike", "colleague", None)]),
        (
            '"We have a path to victory," added his campaign manager Jeff Weaver.',
            [("Jeff Weaver", "campaign manager", None)],
        ),
        # kin before the name, what the person is after it: the latter is the title
        (
            "Her husband, Derek Marsh, a shop steward for the GMB, said the union would fight.",
            [("Derek Marsh", "shop steward", "GMB")],
        ),
        # husband and wife: one surname, two people, each with their own title
        (
            "Pauline Marsh said the plant was cold. Derek Marsh, a shop steward for the GMB, "
            "said the union would fight.",
            [("Pauline Marsh", None, None), ("Derek Marsh", "shop steward", "GMB")],
        ),
    ],
)
def test_relations_and_namesakes(
    text: str, speakers: list[tuple[str, str | None, str | None]]
) -> None:
    got = []
    for q in lq.parse(text).quotes:
        assert q.attribution is not None
        sp = q.attribution.speaker
        got.append((sp.name, sp.title, sp.organization))
    assert got == speakers


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # ``the chancellor`` is not the shadow chancellor, nor ``the leader`` the deputy
        (
            "Chancellor Ann Thwaite said the budget was fair. The shadow chancellor, Owen "
            "Pritch, said it was a disgrace. The chancellor said her door was open.",
            "Ann Thwaite",
        ),
        (
            "Leader Tom Hart said the party was united. The deputy leader, Ann Cole, said "
            "the vote was close. The leader said he would stay.",
            "Tom Hart",
        ),
    ],
)
def test_a_title_reference_skips_another_rank(text: str, last: str) -> None:
    assert speaker_of(all_quotes(text)[-1]) == last


@pytest.mark.parametrize(
    ("text", "last"),
    [
        # a kin description of someone just named
        (
            '"We work every weekend," said Tamika Rowe, a nurse. The mother of two said '
            "she was exhausted.",
            "Tamika Rowe",
        ),
        (
            '"We work every weekend," said Tamika Rowe, a nurse. "I am exhausted," the '
            "mother-of-two said.",
            "Tamika Rowe",
        ),
        # the noun of a rank written abbreviated before the name
        (
            "Capt. Marcus Webb, chairman of the pilots union, said the vote was clear. "
            '"We are ready," the captain said.',
            "Marcus Webb",
        ),
        (
            'Det. Sgt. Ann Pryce said the inquiry was open. "We have leads," the sergeant said.',
            "Ann Pryce",
        ),
    ],
)
def test_a_description_refers_to_the_person_just_named(text: str, last: str) -> None:
    assert speaker_of(all_quotes(text)[-1]) == last


#: (text, speaker of the last quote): the agent of a passive in the sentence before is
#: the antecedent of ``he`` / ``she`` when the sentence's subject is no person.
PASSIVE_AGENTS = [
    ('Ana Ruiz, an analyst, said costs rose. "It hurts," she said.\n\nThe walkout was backed by Carla Mendes, the local MP. She said the workers were right.', "Carla Mendes"),
    ("The plan was criticised by Tom Reed, a councillor. He said it was unfair.", "Tom Reed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name"), PASSIVE_AGENTS)
def test_the_agent_of_a_passive_is_the_antecedent(text: str, name: str) -> None:
    att = lq.parse(text).quotes[-1].attribution
    assert att is not None
    assert att.speaker.name == name


#: A hometown after a person's age (``Ana Ruiz, 71, of Red Deer,``) ends no subject: the
#: person is the antecedent of the pronoun that follows.
def test_a_hometown_after_the_age_keeps_the_subject() -> None:
    text = (
        "Dr. Ana Osei said patients were worried.\n\n"
        "Norman Whitehorse, 71, of Red Deer, has been waiting since January.\n\n"
        '"I keep waiting," he said.'
    )
    att = lq.parse(text).quotes[-1].attribution
    assert att is not None
    assert att.speaker.name == "Norman Whitehorse"


def test_of_a_topic_is_no_subject() -> None:
    text = "Of the strike, Ana Ruiz, a steward, said it would go on."
    att = lq.parse(text).quotes[0].attribution
    assert att is not None
    assert att.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Health Minister Tom Vale said in a statement that the bill was rushed.\n\n"
            '"We heard about this bill on the radio," the statement said.',
            "Tom Vale",
        ),
        (
            "Harbour Ferries said in a statement that sailings would resume.\n\n"
            '"We thank our passengers for their patience," the statement said.',
            "Harbour Ferries",
        ),
        (
            "In a statement, department spokesperson Ana Lindqvist said the road was funded.\n\n"
            '"The work will finish in May," the statement said.',
            "Ana Lindqvist",
        ),
        (
            "Ana Ruiz said she would step down, and sent a letter to members.\n\n"
            '"I will not stand again," the letter said.',
            "Ana Ruiz",
        ),
    ],
)
def test_a_statement_speaks_for_whoever_made_it(text: str, name: str) -> None:
    last = lq.parse(text).quotes[-1]
    assert last.attribution is not None
    assert last.attribution.speaker.name == name


def test_a_statement_made_long_after_the_last_speaker_is_not_theirs() -> None:
    text = (
        "Tom Vale said the bill was rushed.\n\n"
        + "The debate went on for hours, and many amendments were tabled. " * 4
        + "A statement was issued late on Friday.\n\n"
        + '"We will review the bill," the statement said.'
    )
    last = lq.parse(text).quotes[-1]
    assert last.attribution is not None
    assert last.attribution.speaker.name != "Tom Vale"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Anne-Marie de Valcourt said the province could no longer pay.\n\n"
            '"We are asking a great deal," de Valcourt said.',
            "Anne-Marie de Valcourt",
        ),
        (
            "Anne-Marie de Valcourt said the province could no longer pay.\n\n"
            "De Valcourt said the offers would go out by the fall.",
            "Anne-Marie de Valcourt",
        ),
        (
            "Piet van Dorp, a spokesman for Harbour Lines, said the port was shut.\n\n"
            '"It will reopen soon," van Dorp said.',
            "Piet van Dorp",
        ),
    ],
)
def test_a_surname_with_its_particle_is_the_person_named_before(text: str, name: str) -> None:
    last = lq.parse(text).quotes[-1].attribution
    assert last is not None
    assert last.speaker.name == name


@pytest.mark.parametrize(
    "text",
    [
        "Liberal MNA Ana Ruiz said the plan was rushed.\n\n"
        "The ministry says it is setting aside $60 million for the towns.",
        "The Conservative MP for Keswater, Tom Lee, said the dykes were old. "
        "The agency says the scheme is still a priority.",
    ],
)
def test_a_public_body_s_reference_means_no_party(text: str) -> None:
    last = lq.parse(text).quotes[-1].attribution
    assert last is not None
    assert last.speaker.organization not in ("Liberal", "Conservative")
    assert last.speaker.role is lq.Role.GOVERNMENT


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ('"It is unfair," said a 34-year-old welder who gave only her surname, Wang.', "Wang", "welder"),
        ("A 34-year-old welder who gave only her surname, Wang, said the pay was late.", "Wang", "welder"),
        ("An official at the district bureau, who gave only his surname, Liang, said talks went on.", "Liang", "official"),
        ("A driver who asked to be identified only by his first name, Tomas, said the pay was late.", "Tomas", "driver"),
        ("One worker, identified only as Ravi, said the pay was late.", "Ravi", "worker"),
        ('"The pay is late," said a 22-year-old machinist surnamed Zhou.', "Zhou", "machinist"),
        ('"The pay is late," said a welder who only gave his surname as Lee.', "Lee", "welder"),
        ('"The pay is late," said another worker, who gave only his surname, Zhou.', "Zhou", "worker"),
        # no job's noun before the clause: no title
        ('"The pay is late," said a woman who gave only her surname, Huang.', "Huang", None),
    ],
)  # fmt: skip
def test_a_name_given_in_a_clause_names_the_unnamed_speaker(
    text: str, name: str, title: str | None
) -> None:
    quotes = lq.parse(text).quotes
    assert len(quotes) == 1  # (``asked to be identified only by ...`` reports nothing)
    att = quotes[0].attribution
    assert att is not None
    assert (att.speaker.name, att.speaker.title) == (name, title)


#: ``it`` after the body that is its sentence's subject is that body (``The union wants
#: an end to what it says is "..."``), even before anyone has spoken.
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The union wants an end to what it says is the "reckless and unchecked" use of agency staff.',
            "The union",
        ),
        (
            'Unite served notice of strikes over what it described as "chronic and dangerous" understaffing.',
            "Unite",
        ),
    ],
)
def test_it_is_its_sentences_body(text: str, name: str) -> None:
    quotes = [q for q in lq.parse(text).quotes if q.kind is lq.QuoteKind.PARTIAL]
    assert [q.attribution.speaker.name for q in quotes if q.attribution] == [name]


#: A definite description of a walk of life (``the retired schoolteacher``) is the person
#: who is the subject of the sentence before, when not the last speaker.
def test_an_epithet_is_the_person_just_introduced() -> None:
    text = (
        "Tom Lee said the fund was gone. Elaine Kostiuk, 81, was among the victims. In a "
        "statement read in court, the retired schoolteacher said she had to sell her home."
    )
    quotes = [q for q in lq.parse(text).quotes if q.text.startswith("she had")]
    assert [q.attribution.speaker.name for q in quotes if q.attribution] == ["Elaine Kostiuk"]


def test_a_parent_named_as_an_affiliation_is_no_antecedent() -> None:
    text = (
        "The Tarwin Graduate Workers Union, an affiliate of the United Auto Workers, "
        "represents 1,800 teaching assistants.\n\n"
        "The union said its members earn less than a living wage."
    )
    sp = lq.parse(text).quotes[0].attribution.speaker  # type: ignore[union-attr]
    assert sp.organization == "Tarwin Graduate Workers Union"


def test_the_spokesperson_after_a_body_named_before_the_title() -> None:
    text = (
        "A Department for Transport spokesperson said the offer was fair.\n\n"
        '"Our door remains open," the spokesperson said.'
    )
    sp = lq.parse(text).quotes[-1].attribution.speaker  # type: ignore[union-attr]
    assert (sp.name, sp.organization) == (
        "A Department for Transport spokesperson",
        "Department for Transport",
    )


def test_an_age_after_a_quotation_of_two_sentences_is_the_subject_before_it() -> None:
    text = (
        "Kylie Brandt stood outside the clinic. "
        '"I will not wait in a motel for a month. Not me," the 27-year-old said.'
    )
    assert lq.parse(text).quotes[0].attribution.speaker.name == "Kylie Brandt"  # type: ignore[union-attr]


#: A pronoun after its own sentence's subject and verb of speech is that subject
#: (``Kasich says if he ...``), not the last speaker; the object of a preposition is no
#: such subject (``With a vote for Lee ruled out, ...``).
def test_a_pronoun_after_its_sentence_subject_and_verb_of_speech() -> None:
    text = (
        '"We will win," Ana Ruiz said on Friday.\n\n'
        "Tom Vale says if he spent the day at the depot he would be shouting at "
        'drivers, saying "Vote for me."'
    )
    assert lq.parse(text).quotes[-1].attribution.speaker.name == "Tom Vale"  # type: ignore[union-attr]


#: An honorific and a surname opening the sentence before a pronoun name the person
#: written in full before it, though that person has not spoken (not a company named
#: in between); an honorific of the other gender names nobody.
def test_an_honorific_and_a_surname_before_a_pronoun_name_the_full_name() -> None:
    text = (
        "Colm Barrow, 51, was let go by Hartwell Freight in June.\n\n"
        "Mr Barrow, a crane driver, was the site's union steward.\n\n"
        'Outside the tribunal, he said: "They wanted me gone."'
    )
    assert lq.parse(text).quotes[0].attribution.speaker.name == "Colm Barrow"  # type: ignore[union-attr]


def test_an_honorific_of_the_other_gender_names_nobody_before() -> None:
    text = (
        "Nora Barrow runs the depot.\n\n"
        "Mr Barrow, her brother, drives for it.\n\n"
        'He said: "We are fine."'
    )
    assert lq.parse(text).quotes[0].attribution.speaker.name != "Nora Barrow"  # type: ignore[union-attr]


#: A surname quoted after a full name described with a title and a body gets the body
#: too, as it gets the title; a place before the title is no body.
CARRIED_BODIES = [
    (
        "The panel is led by Ana Ruiz, a former judge of the Tarwin High Court.\n\n"
        '"We will sit in May," Ruiz said.',
        ("former judge", "Tarwin High Court"),
    ),
    (
        "The appeal is led by Ana Ruiz, a lawyer at Baird Cole.\n\n"
        '"We will sit in May," Ruiz said.',
        ("lawyer", "Baird Cole"),
    ),
    (
        'Ana Ruiz, a Boca Raton lawyer, filed the appeal.\n\n"We will sit in May," Ruiz said.',
        ("Boca Raton lawyer", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_BODIES)
def test_a_surname_gets_the_body_of_the_first_description(
    text: str, expected: tuple[str, str | None]
) -> None:
    sp = lq.parse(text).quotes[0].attribution.speaker  # type: ignore[union-attr]
    assert (sp.name, sp.title, sp.organization) == ("Ana Ruiz", *expected)


#: Malay and Chinese names are shortened to their first words after an honour (``Datuk
#: Wong`` for ``Datuk Wong Kah Seng``), and ``Madam`` is a courtesy honorific, as ``Ms``
#: is (no title), before a name later shortened to its given name.
def test_an_honour_and_the_first_word_of_a_longer_name() -> None:
    text = (
        "Harbour Gloves director Datuk Lim Kah Wai said the wages would be paid.\n\n"
        '"We are not running away," said Datuk Lim.'
    )
    quotes = lq.parse(text).quotes
    # (a Malaysian honour is no part of the name: ``Datuk Lim`` is ``Lim Kah Wai``)
    assert [q.attribution.speaker.name for q in quotes] == ["Lim Kah Wai"] * 2  # type: ignore[union-attr]


def test_madam_is_a_courtesy_honorific() -> None:
    text = (
        "Madam Nurul Huda Osman, 52, who runs a stall, said the rent had doubled.\n\n"
        '"I cannot pay it," said Madam Nurul.'
    )
    speakers = [q.attribution.speaker for q in lq.parse(text).quotes]  # type: ignore[union-attr]
    assert [(sp.name, sp.title) for sp in speakers] == [("Nurul Huda Osman", None)] * 2


#: A title opened by ``a``, ``another`` or ``one`` and set off before a name in the
#: sentence before a pronoun names the pronoun's person (``Another parent, Tom Lee, 45,
#: was more sympathetic. "...," he said``), past a kin descriptor and an age; ``One of
#: the authors`` is a share, no title.
APPOSED_AFTER_A = [
    "Another parent, Tom Lee, was more sympathetic.",
    "Another parent, dad-of-two Tom Lee, 45, was more sympathetic.",
    "A driver, Tom Lee, was more sympathetic.",
]


@pytest.mark.parametrize("lead", APPOSED_AFTER_A)
def test_a_name_apposed_after_an_indefinite_title(lead: str) -> None:
    text = f'"We will strike," said Sir Mark Hale.\n\n{lead} "The staff are tired," he said.'
    assert lq.parse(text).quotes[-1].attribution.speaker.name == "Tom Lee"  # type: ignore[union-attr]


#: A description that names a woman or a man (``a woman in Tarwin``) has that gender: a
#: pronoun of the other gender passes over it to the person before.
def test_a_description_s_gender_word() -> None:
    text = (
        "Tom Vale is telling voters he is tough after a woman in Tarwin, Ohio, told him she "
        'worries he is "too soft" on rivals.\n\n'
        "Vale is running a positive campaign. But he says that does not make him weak."
    )
    last = lq.parse(text).quotes[-1]
    assert last.attribution.speaker.name == "Tom Vale"  # type: ignore[union-attr]
