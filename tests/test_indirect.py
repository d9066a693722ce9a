"""Reported speech without marks (``_indirect``): ``X said (that) ...``, ``..., X said.``,
``according to X, ...`` (short invented examples)."""

from __future__ import annotations

import datetime as dt

import pytest

import laborquotes as lq
from laborquotes._quotes import find_quotes
from quoting import DIRECT, INDIRECT, all_quotes, marked, source_of, speaker_of

INDIRECT_CASES = [
    (
        "Ana Ruiz said the union would not accept the offer.",
        "the union would not accept the offer",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz said that the union would not accept the offer.",
        "the union would not accept the offer",
        "Ana Ruiz",
    ),
    (
        "Local 12 leadership says the union is ready to return to the bargaining table.",
        "the union is ready to return to the bargaining table",
        "Local 12 leadership",
    ),
    (
        "The studios maintain they have made a fair offer.",
        "they have made a fair offer",
        "The studios",
    ),
    (
        "According to Ana Ruiz, the union will not accept the offer.",
        "the union will not accept the offer",
        "Ana Ruiz",
    ),
    # more speech verbs, a longer object of ``told``, participles
    (
        "Ana Ruiz agreed that the company may struggle to keep the plant open.",
        "the company may struggle to keep the plant open",
        "Ana Ruiz",
    ),
    (
        "Tom Bell told a crowded hall at a hotel in Detroit that he is not giving up.",
        "he is not giving up",
        "Tom Bell",
    ),
    (
        "Union officials have told their allies in the plant that the count is close.",
        "the count is close",
        "Union officials",
    ),
    (
        "The union landed in hot water by saying that the judge cannot be impartial.",
        "the judge cannot be impartial",
        "The union",
    ),
    # a scare-quoted word inside the reported clause does not stop it
    (
        "Tom Bell said he would be “shocked” if the members voted the offer down.",
        "he would be “shocked” if the members voted the offer down",
        "Tom Bell",
    ),
    (
        "Hundreds of nurses said they would walk out on Monday.",
        "they would walk out on Monday",
        "Hundreds of nurses",
    ),
    # an inverted closing ``..., said X.``
    (
        "The talks broke down over pensions, said Ana Ruiz, a spokeswoman for the union.",
        "The talks broke down over pensions",
        "Ana Ruiz",
    ),
    (
        "The talks broke down over pensions, said union spokeswoman Ana Ruiz.",
        "The talks broke down over pensions",
        "Ana Ruiz",
    ),
    (
        "The talks broke down over pensions, said Ana Ruiz, a union spokeswoman, on Tuesday.",
        "The talks broke down over pensions",
        "Ana Ruiz",
    ),
    # a union local with its number
    (
        "UAW Local 600 said the members would vote on Sunday.",
        "the members would vote on Sunday",
        "UAW Local 600",
    ),
    # a closing ``..., X said`` with a short phrase after the verb
    (
        "A quick deal is vital for the plant, Ana Ruiz said after meeting the mayor.",
        "A quick deal is vital for the plant",
        "Ana Ruiz",
    ),
    (
        "The talks failed on Monday, the union said in a statement.",
        "The talks failed on Monday",
        "the union",
    ),
    (
        "In Detroit, Ana Ruiz said in a statement the union would strike on Monday.",
        "the union would strike on Monday",
        "Ana Ruiz",
    ),
    # quantities, a second verb of the subject, a subject with a relative clause
    (
        "Each side said the other would be to blame if the plant closed.",
        "the other would be to blame if the plant closed",
        "Each side",
    ),
    (
        "Of the members, 74 percent said they are ready to strike.",
        "they are ready to strike",
        "74 percent",
    ),
    (
        "Union members in Detroit who watched the vote said they were not surprised.",
        "they were not surprised",
        "Union members in Detroit",
    ),
    # a quotation earlier in the sentence does not stop the reported clause after it
    (
        "“That is the question,” Tom Bell said, noting he would back any of the others.",
        "he would back any of the others",
        "Tom Bell",
    ),
    (
        "The union will not accept the offer, Ana Ruiz said.",
        "The union will not accept the offer",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz told reporters the union would strike on Monday.",
        "the union would strike on Monday",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz said Tuesday that the union would not accept the offer.",
        "the union would not accept the offer",
        "Ana Ruiz",
    ),
    (
        "Ana Ruiz told The Canadian Press that the union would not accept the offer.",
        "the union would not accept the offer",
        "Ana Ruiz",
    ),
    (
        "The union said in a statement that members had voted to strike.",
        "members had voted to strike",
        "The union",
    ),
    (
        "Labour Minister Tom Bell said on Twitter that both sides must return to the table.",
        "both sides must return to the table",
        "Tom Bell",
    ),
    (
        "The talks broke down late Monday, Ruiz added.",
        "The talks broke down late Monday",
        "Ruiz",
    ),
    (
        "Ana Ruiz, who has led the local since 2019, said members are tired of waiting.",
        "members are tired of waiting",
        "Ana Ruiz",
    ),
    # an approximate figure opens the clause
    (
        "The Port Unions Forum said about 9,000 dockers would join the strike.",
        "about 9,000 dockers would join the strike",
        "The Port Unions Forum",
    ),
    (
        "Ana Ruiz said over 300 beds would close.",
        "over 300 beds would close",
        "Ana Ruiz",
    ),
    # ... and so does a quantity in words
    (
        "Harbour Coaches said about a third of its routes would not run.",
        "about a third of its routes would not run",
        "Harbour Coaches",
    ),
    (
        "Ana Ruiz said over half of the wards were short of staff.",
        "over half of the wards were short of staff",
        "Ana Ruiz",
    ),
    (
        "Tom Bell said about two-thirds of the drivers had voted.",
        "about two-thirds of the drivers had voted",
        "Tom Bell",
    ),
    # a name that ends in ``to`` is no infinitive's ``to``
    (
        "The strike began on Thursday, union president Jaime Soto said.",
        "The strike began on Thursday",
        "Jaime Soto",
    ),
    # a closing cue's tail may name the means first (``by phone from Lima``)
    (
        "The strike began on Thursday, union president Jaime Reyes said by phone from Lima.",
        "The strike began on Thursday",
        "Jaime Reyes",
    ),
    # a registered organization after ``according to`` is read whole
    (
        "Fares will rise by five per cent, according to Transport for London.",
        "Fares will rise by five per cent",
        "Transport for London",
    ),
    # a verb's base form between an adjective and a plural head is its modifier
    (
        "Senior fire officers said the calls had been answered in time.",
        "the calls had been answered in time",
        "Senior fire officers",
    ),
    (
        "Angry rail workers said the new rota was unsafe.",
        "the new rota was unsafe",
        "Angry rail workers",
    ),
    # an unnamed person with a title is the subject a second verb shares
    (
        "A spokeswoman at the depot rejected the offer but warned that bins would go unemptied.",
        "bins would go unemptied",
        "A spokeswoman at the depot",
    ),
    # a comma inside a figure ends no phrase after the verb
    (
        "Lerato Dube, a cashier, said the wage of R9,800 did not cover rent.",
        "the wage of R9,800 did not cover rent",
        "Lerato Dube",
    ),
    (
        "Anil Rao, a driver, said a salary of Rs 22,000 was too little.",
        "a salary of Rs 22,000 was too little",
        "Anil Rao",
    ),
    # a verb's form after an article or a possessive is a noun: no second report
    (
        "Ana Ruiz said staff at Kestrel, Marlow and Dene hospitals had heeded the call.",
        "staff at Kestrel, Marlow and Dene hospitals had heeded the call",
        "Ana Ruiz",
    ),
    (
        "Tom Bell said the depot, the yard and the offices had ignored his warning.",
        "the depot, the yard and the offices had ignored his warning",
        "Tom Bell",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), INDIRECT_CASES)
def test_indirect_speech(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


TITLES_NOT_CLAUSES = [
    # (text, source as written, title): an appositive is a title, a clause or an age is not
    (
        "According to Ana Ruiz, the union president, the members are ready to strike.",
        "Ana Ruiz, the union president",
        "union president",
    ),
    ("According to Ana Ruiz, members are ready to strike on Monday.", "Ana Ruiz", None),
    (
        "According to Ana Ruiz, president of Local 7, members are ready to strike.",
        "Ana Ruiz, president of Local 7",
        "president",
    ),
    ('"We will strike on Monday," said Ana Ruiz, 54.', "Ana Ruiz, 54", None),
]


@pytest.mark.parametrize(("text", "source", "title"), TITLES_NOT_CLAUSES)
def test_titles_are_not_clauses_or_ages(text: str, source: str, title: str | None) -> None:
    a = all_quotes(text)[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == source
    assert a.speaker.title == title


def test_the_verb_of_a_quotation_reports_no_clause_after_it() -> None:
    text = (
        "“The company needs to come back to the table,” union president Fran Lee told "
        "reporters Thursday outside the union's headquarters in Detroit."
    )
    assert [q.kind for q in all_quotes(text)] == [DIRECT]


def test_a_subordinate_report_does_not_take_the_next_quotation() -> None:
    text = (
        "“Your work is amazing,” Tom Bell assured Ana Ruiz, after Ruiz assured Bell that "
        "most of her members backed the deal. “I will not let you down.”"
    )
    quotes = marked(text)
    assert [speaker_of(q) for q in quotes] == ["Tom Bell", "Tom Bell"]


def test_listener_verbs() -> None:
    cases = {
        "Ana Ruiz warned the union would strike on Monday.": "the union would strike on Monday",
        "Ana Ruiz warned members that the union would strike.": "the union would strike",
        "Ana Ruiz assured Tom Bell that the union would wait.": "the union would wait",
        "Ana Ruiz told your reporter that the union would wait.": "the union would wait",
    }
    for text, clause in cases.items():
        assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


def test_a_quotation_is_never_swallowed_by_indirect_speech() -> None:
    text = "“Nothing prepares you for it,” the president will say, according to excerpts."
    quotes = all_quotes(text)
    assert [(q.kind, q.text) for q in quotes] == [(DIRECT, "Nothing prepares you for it,")]


def test_indirect_speech_needs_a_speaker() -> None:
    text = "What's more, the decision to skip the vote, complaining about the offer, cost him."
    assert [q for q in all_quotes(text) if q.kind is INDIRECT] == []


def test_indirect_group_speaker_is_group() -> None:
    text = "The studios maintain they have made a fair offer."
    q = all_quotes(text)[0]
    assert q.attribution is not None
    assert q.attribution.speaker.is_group


@pytest.mark.parametrize(
    "text",
    [
        "The union has said nothing.",
        "He wanted to say more.",
        "The company, it is said, is for sale.",
        # a speech verb read as a noun after a quantity, or with a prepositional object
        "Some states remained too close to call on Tuesday night.",
        "The nominee was confirmed by the Senate in November of that year.",
        "Ana Ruiz agreed with the company on most of the points raised.",
        # a preposition with a figure as its object
        "Another eight states, with 83 seats, have split control.",
    ],
)
def test_not_indirect_speech(text: str) -> None:
    assert [q for q in all_quotes(text) if q.kind is INDIRECT] == []


def test_time_inside_reported_words_is_not_the_speech_date() -> None:

    quotes = find_quotes("Ana Ruiz said the union would strike on Monday.", dt.date(2023, 8, 16))
    a = quotes[0].attribution
    assert a is not None
    assert a.date is None


# --------------------------------------------------------------------------- frames
# (issue 16 item 1: a reporting verb and the complement it takes, one case per frame)

FRAME_CASES = [
    # (frame, text, reported clause, speaker)
    # a verb that also takes a plain object still reports a clause
    (
        "bare clause after add",
        "Ana Ruiz added she had warned the board twice about the rota.",
        "she had warned the board twice about the rota",
        "Ana Ruiz",
    ),
    (
        "state with that written",
        "The report states that the depot lost money for a decade.",
        "the depot lost money for a decade",
        "The report",
    ),
    (
        "bare clause after admit",
        "Ana Ruiz admitted the talks had stalled.",
        "the talks had stalled",
        "Ana Ruiz",
    ),
    (
        "bare clause after concede",
        "The operator conceded the timetable was unworkable for most drivers.",
        "the timetable was unworkable for most drivers",
        "The operator",
    ),
    # a subject whose last word ends in a conjunction's letters (``Rand``, ``Ireland``)
    (
        "that after a name ending in -and",
        "Mr Rand wrote that the depot would close in June.",
        "the depot would close in June",
        "Rand",
    ),
    (
        "bare clause after a name ending in -and",
        "The Teachers' Union of Ireland said lecturers had been ignored.",
        "lecturers had been ignored",
        "The Teachers' Union of Ireland",
    ),
    # a capitalized word inside a name is no verb (``Rail``)
    (
        "bare clause after an organization's spokesman",
        "A Harbour Rail spokesman said the depot would close in June.",
        "the depot would close in June",
        "A Harbour Rail spokesman",
    ),
    (
        "that after write",
        "Tom Bell wrote that the depot would close at the end of the year.",
        "the depot would close at the end of the year",
        "Tom Bell",
    ),
    (
        "that",
        "Ana Ruiz insisted that the members had voted for the deal.",
        "the members had voted for the deal",
        "Ana Ruiz",
    ),
    (
        "bare clause",
        "The nurses' union claimed the hospital had cut two wards.",
        "the hospital had cut two wards",
        "The nurses' union",
    ),
    (
        "to after urge",
        "Ana Ruiz urged members to reject the offer at the next meeting.",
        "members to reject the offer at the next meeting",
        "Ana Ruiz",
    ),
    (
        "to after call on",
        "The council called on the company to reopen the depot in March.",
        "the company to reopen the depot in March",
        "The council",
    ),
    (
        "to after ask",
        "Tom Bell asked the drivers to stay off the roads until Friday.",
        "the drivers to stay off the roads until Friday",
        "Tom Bell",
    ),
    (
        "as after describe",
        "Ana Ruiz described the pay offer as an insult to every nurse.",
        "the pay offer as an insult to every nurse",
        "Ana Ruiz",
    ),
    (
        "wh after ask",
        "Tom Bell asked the minister whether the mine would stay open.",
        "whether the mine would stay open",
        "Tom Bell",
    ),
    (
        "wh after question",
        "Ana Ruiz questioned why the board had waited so long to act.",
        "why the board had waited so long to act",
        "Ana Ruiz",
    ),
    (
        "object after criticize",
        "Tom Bell criticized the board for its handling of the dispute.",
        "the board for its handling of the dispute",
        "Tom Bell",
    ),
    (
        "object after accuse",
        "The union accused the airline of stalling the talks for a year.",
        "the airline of stalling the talks for a year",
        "The union",
    ),
    (
        "a ruling with that",
        "The court ruled that the strike was lawful under the new act.",
        "the strike was lawful under the new act",
        "The court",
    ),
    (
        "a finding with that",
        "The tribunal found that managers had ignored the safety warnings.",
        "managers had ignored the safety warnings",
        "The tribunal",
    ),
    (
        "object after call for",
        "Ana Ruiz called for a public inquiry into the closure of the plant.",
        "a public inquiry into the closure of the plant",
        "Ana Ruiz",
    ),
    (
        "a conjunction before the subject",
        "The firm has hired new managers for the plant in Leeds, but Ana Ruiz said the "
        "cuts would go ahead.",
        "the cuts would go ahead",
        "Ana Ruiz",
    ),
    (
        "a closing verb with a long tail",
        "The depot will close in June, Tom Bell said in an interview on Sunday with a "
        "local radio station.",
        "The depot will close in June",
        "Tom Bell",
    ),
    (
        "mention with an object",
        "Ana Ruiz mentioned the closure of the depot in her speech to members.",
        "the closure of the depot in her speech to members",
        "Ana Ruiz",
    ),
    (
        "offer with an infinitive",
        "The company offered to raise wages by four percent over two years.",
        "to raise wages by four percent over two years",
        "The company",
    ),
    (
        "pledge with an object",
        "Ana Ruiz pledged full support for the striking bus drivers.",
        "full support for the striking bus drivers",
        "Ana Ruiz",
    ),
    (
        "point out that",
        "Tom Bell pointed out that the plant had not made a profit in years.",
        "the plant had not made a profit in years",
        "Tom Bell",
    ),
    (
        "remind a listener that",
        "Ana Ruiz reminded members that the vote closes on Friday.",
        "the vote closes on Friday",
        "Ana Ruiz",
    ),
    (
        "promise with an infinitive",
        "Ana Ruiz promised to hold a ballot on the offer within a week.",
        "to hold a ballot on the offer within a week",
        "Ana Ruiz",
    ),
    (
        "suggest with an object",
        "Tom Bell suggested a shorter working week for the night shift.",
        "a shorter working week for the night shift",
        "Tom Bell",
    ),
    (
        "threaten with an infinitive",
        "The board threatened to close the plant if the strike went ahead.",
        "to close the plant if the strike went ahead",
        "The board",
    ),
    (
        "a prepositional object after speak about",
        "Ana Ruiz spoke about the need for a new contract with the teachers.",
        "the need for a new contract with the teachers",
        "Ana Ruiz",
    ),
    (
        "a prepositional object after complain about",
        "The nurses have long complained about the night rota at the hospital.",
        "the night rota at the hospital",
        "The nurses",
    ),
    (
        "a prepositional object after apologize for",
        "The mayor apologized for the delays in the bargaining process.",
        "the delays in the bargaining process",
        "The mayor",
    ),
    (
        "a prepositional object after warn of",
        "Tom Bell warned of job losses at the mill if the strike went on.",
        "job losses at the mill if the strike went on",
        "Tom Bell",
    ),
    (
        "a prepositional object after rail against",
        "Ana Ruiz railed against the pay freeze in a speech to members.",
        "the pay freeze in a speech to members",
        "Ana Ruiz",
    ),
    (
        "a prepositional object after ask for",
        "The drivers asked for a rise of four percent over two years.",
        "a rise of four percent over two years",
        "The drivers",
    ),
    (
        "a prepositional object after boast of",
        "Tom Bell boasted of his record in winning pay rises for porters.",
        "his record in winning pay rises for porters",
        "Tom Bell",
    ),
    (
        "as reported by a source, then the clause",
        "As first reported by the Daily Post, the board will close the depot in June.",
        "the board will close the depot in June",
        "the Daily Post",
    ),
    (
        "as reported by, with an adverb in -ly",
        "As widely reported by the Daily Post, the board will close the depot in June.",
        "the board will close the depot in June",
        "the Daily Post",
    ),
    (
        "a listener with a title before a name",
        "Tom Bell told radio host Ana Ruiz on Wednesday that the offer was a joke.",
        "the offer was a joke",
        "Tom Bell",
    ),
    (
        "a listener with a title, then a bare clause",
        "Ana Ruiz told host Tom Bell she believed the talks would resume.",
        "she believed the talks would resume",
        "Ana Ruiz",
    ),
    (
        "a listener word after a modifier",
        "Ana Ruiz told cheering supporters that the strike would go on.",
        "the strike would go on",
        "Ana Ruiz",
    ),
    (
        "a named medium with a figure and a possessive",
        "Ana Ruiz told Metro Radio 2's Drive show the depot could stay shut for weeks.",
        "the depot could stay shut for weeks",
        "Ana Ruiz",
    ),
    (
        "a medium with a figure and a medium noun",
        "Tom Bell told KTV's 6.30 program that the union would not give way.",
        "the union would not give way",
        "Tom Bell",
    ),
    (
        "a name, then a medium noun",
        "Ana Ruiz told KPQ radio the walkout was fair.",
        "the walkout was fair",
        "Ana Ruiz",
    ),
    (
        "a figure before a name",
        "Tom Bell told 4 Live the drivers had earned more.",
        "the drivers had earned more",
        "Tom Bell",
    ),
    (
        "a body, then a medium noun",
        "Ana Ruiz told the State Assembly committee the fund had gone missing.",
        "the fund had gone missing",
        "Ana Ruiz",
    ),
    (
        "a rally of a number of listeners",
        "Tom Bell told a rally of 3,000 cleaners the fight would go on.",
        "the fight would go on",
        "Tom Bell",
    ),
    (
        "a possessive name, then a medium noun",
        "Ana Ruiz told the Herald's podcast the members felt let down.",
        "the members felt let down",
        "Ana Ruiz",
    ),
    (
        "a short listener before that",
        "Tom Bell told others on Monday that the board had threatened him.",
        "the board had threatened him",
        "Tom Bell",
    ),
]


@pytest.mark.parametrize(
    ("frame", "text", "clause", "speaker"), FRAME_CASES, ids=[c[0] for c in FRAME_CASES]
)
def test_reporting_frames(frame: str, text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause], frame
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # negated or denied speech is no report
        "Ana Ruiz did not say whether the union would strike next week.",
        "Tom Bell would not say how many members had voted for the deal.",
        "Ana Ruiz declined to say whether the union would strike next week.",
        "The board plans to announce that the plant will close in the spring.",
        "The minister refused to say when the mine would close for good.",
        "Nobody said the company would close the plant before the winter.",
        "Tom Bell never said the union would accept the offer in full.",
        # a passive verb: its subject is the listener
        "The drivers were urged to stay off the roads until Friday.",
        # a verb without its frame: no object and ``to``, no question word
        "Ana Ruiz asked about the pension fund at the meeting on Monday.",
        # a ruling or finding needs ``that`` written: other objects are no report
        "Police found the body of a missing driver near the depot on Monday.",
        "The tribunal concluded the hearing on the dismissal late on Friday.",
        "The board described the plan in a letter to all of its members.",
        # a plain object after a verb that seldom takes one as words said
        "The board conceded defeat on Tuesday after a long night of talks.",
        "The operator added four new routes to its timetable in May.",
        "The union has maintained close ties with the regional council.",
        "Ana Ruiz wrote a book about the dockers of her home town.",
        "The council tweeted a photo of the picket line at the depot.",
        "The vote signals a long winter of disputes on the railways.",
        "The driver admitted the offence at the magistrates' court on Monday.",
        "Bus workers observed a 12-hour strike across the district on Monday.",
        "Private operators charged up to three times the normal fare on Monday.",
        "Police charged the driver with dangerous driving after the crash.",
        "Rust Belt states Ohio and Michigan backed the union in the last election.",
        "The minister defended the policy in question period on Monday afternoon.",
        "The proposal in question would switch the rota for every depot in the city.",
        # a fixed phrase with a verb of speech
        "As they say, the early bird catches the worm on the night shift.",
        "Having said that, the rail link is still years away from opening.",
        "Easier said than done, the plan needs money the council does not have.",
        "It goes without saying that the rail link is years away from opening.",
        # a pronoun object, not a clause's subject: nothing that could be a verb follows it
        "The convenor said it twice at the gate of the depot on Monday.",
        "The shop steward said so herself at the branch meeting in March.",
        "The regional organiser said nothing about the pay offer on Friday.",
        "Ana Ruiz admitted this, but the branch voted for the strike anyway.",
        "Ana Ruiz said it again on the picket line outside the bus garage.",
        # a preposition's phrase is no clause; a listener with a possessive is one phrase
        "The convenor spoke during a long meeting of the branch at the depot.",
        "The steward told her brother late Sunday outside the depot gates.",
        pytest.param(
            "The steward told her brother late on Sunday outside the depot gates.",
            marks=pytest.mark.xfail(
                strict=True, reason="a time of two words after a listener opens a clause"
            ),
        ),
        "The organiser agreed with that specific point at the meeting on Monday.",
        # a verb's form after a noun's modifier is a noun
        "Nurses reject pay offer as strikes loom across the region.",
        "The improved offer came after weeks of talks at the depot.",
    ],
)
def test_not_a_report(text: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


SPEECH_NOUN_CASES = [
    (
        "a name's claim that",
        "Nurses laughed at Ana Ruiz's claim that the wards were fully staffed.",
        "the wards were fully staffed",
        "Ana Ruiz",
    ),
    (
        "a possessive pronoun and warning that",
        "Tom Bell spoke at the depot. His warning that the line would close was ignored.",
        "the line would close was ignored",
        "Tom Bell",
    ),
    (
        "a group's call for",
        "The rally backed the drivers' call for a shorter working week, and then ended.",
        "a shorter working week",
        "the drivers",
    ),
    (
        "a modifier and pledge to",
        "Ana Ruiz met the porters. Her repeated pledge to restore the night shift was welcome.",
        "to restore the night shift was welcome",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(
    ("form", "text", "content", "speaker"),
    SPEECH_NOUN_CASES,
    ids=[c[0] for c in SPEECH_NOUN_CASES],
)
def test_speech_nouns(form: str, text: str, content: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [content], form
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # a noun of speech without its complement word, or with another
        "Ana Ruiz's claim was dismissed by the board on Monday afternoon.",
        "Tom Bell's call to the union office went unanswered for days.",
        # ``as`` and a verb that is no report, or ``by`` without the lead ``as``
        "As expected by analysts, the board approved the closure in March.",
        "The deal was reported by the Daily Post, and the board approved it in March.",
        # a first-person possessor is no reporter's source
        "My claim that the depot would close was wrong, she admitted later on.",
    ],
)
def test_not_a_speech_noun(text: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


@pytest.mark.xfail(strict=True, reason="a noun clause ends before the main verb")
def test_a_noun_clause_before_the_main_verb() -> None:
    text = "Tom Bell left early. His warning that the line would close was ignored."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == ["the line would close"]


@pytest.mark.xfail(strict=True, reason="its as a possessor of a noun of speech")
def test_its_call_for() -> None:
    text = "The union renewed its call for a general strike in the spring."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == ["a general strike in the spring"]


@pytest.mark.xfail(strict=True, reason="a listener between a verb and its particle")
def test_a_listener_before_the_particle() -> None:
    text = "Ana Ruiz spoke to reporters about the closure of the depot."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == ["the closure of the depot"]


@pytest.mark.xfail(strict=True, reason="a verb form after a light verb is a noun")
def test_a_noun_after_a_light_verb() -> None:
    text = "Union members make jokes about the new canteen rules at the depot."
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


#: (text, the reported clause): a pronoun that opens a clause, its verb after it
PRONOUN_SUBJECTS = [
    ("The convenor said it was the longest strike in the depot's history.",
     "it was the longest strike in the depot's history"),
    ("The operator said it still expected the buses to run on Monday.",
     "it still expected the buses to run on Monday"),
    ("The mayor said nothing would change before the council met again.",
     "nothing would change before the council met again"),
    ("The steward said so many drivers had left that the route was cut.",
     "so many drivers had left that the route was cut"),
    ("The union said it found no sign of the promised pay rise.",
     "it found no sign of the promised pay rise"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause"), PRONOUN_SUBJECTS)
def test_a_pronoun_that_opens_a_clause(text: str, clause: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


#: (text, the reported clause): a phrase after the verb, then ``that`` and the clause
PHRASE_THEN_THAT = [
    ("The union said for the first time that the strike could spread to other depots.",
     "the strike could spread to other depots"),
    ("The operator claimed without evidence that drivers had staged the breakdowns.",
     "drivers had staged the breakdowns"),
    ("Ana Ruiz explained through a spokesman that she had left the talks early.",
     "she had left the talks early"),
    ("The council has said for months that it cannot afford the pay rise.",
     "it cannot afford the pay rise"),
    ("Ana Ruiz told her brother on Sunday that she would stand for election.",
     "she would stand for election"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause"), PHRASE_THEN_THAT)
def test_a_phrase_then_that(text: str, clause: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


def test_that_after_another_verb_is_that_verbs() -> None:
    text = (
        "Tom Bray, an organiser who argued with Ana Ruiz at the branch meeting, said in an "
        "interview that the vote had been rigged."
    )
    (report,) = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert report.text == "the vote had been rigged"
    assert report.attribution is not None
    assert report.attribution.speaker.name == "Tom Bray"


#: (text, the reported clause): listeners of several words, a call sign, and a clause
#: whose subject follows the listener
LISTENERS = [
    ("Ana Ruiz told 3AW the laws were working.", "the laws were working"),
    ("Ana Ruiz told Senate estimates the laws were working.", "the laws were working"),
    ("Ana Ruiz told the PA news agency the offer was poor.", "the offer was poor"),
    ("Ana Ruiz told the union's annual conference the offer was poor.", "the offer was poor"),
    ("Ana Ruiz told reporters the union wants a deal that protects pensions.",
     "the union wants a deal that protects pensions"),
    ("Ana Ruiz told union members at the depot that the offer was poor.", "the offer was poor"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause"), LISTENERS)
def test_listeners(text: str, clause: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


#: (text, the reported clause): a setting between the verb and a clause with no ``that``
SETTINGS = [
    ("Ana Ruiz said in a phone interview the union would strike on Monday.",
     "the union would strike on Monday"),
    ("Ana Ruiz said during a news conference the depot would close.", "the depot would close"),
    ("Ana Ruiz said in an email the company had refused to meet.",
     "the company had refused to meet"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause"), SETTINGS)
def test_a_setting_before_a_bare_clause(text: str, clause: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


def test_object_pronoun_tables_are_sorted_data() -> None:
    from laborquotes._frames import OBJECT_FOLLOWERS, OBJECT_PRONOUNS

    for table in (OBJECT_FOLLOWERS, OBJECT_PRONOUNS):
        assert list(table) == sorted(set(table))


def test_frames_table_is_sorted_data() -> None:
    from laborquotes._frames import REPORTING_FRAMES, frames_of

    verbs = [verb for verb, _ in REPORTING_FRAMES]
    assert verbs == sorted(set(verbs))
    assert frames_of("urged") == ("to",)
    assert frames_of("calls for") == ("object",)
    assert frames_of("table") == ()


def test_an_object_ends_before_a_second_reporting_verb() -> None:
    text = "Tom Bell praised the nurses on the night shift and said the board would meet them."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [
        "the nurses on the night shift",
        "the board would meet them",
    ]
    assert [speaker_of(q) for q in quotes] == ["Tom Bell", "Tom Bell"]


GROUP_CASES = [
    # (text, clause, speaker): shares of a poll and plural groups speak as a group
    (
        "On pay, 26% say they are underpaid by their employer.",
        "they are underpaid by their employer",
        "26%",
    ),
    (
        "Six in 10 say the strike was worth it in the end.",
        "the strike was worth it in the end",
        "Six in 10",
    ),
    (
        "Nearly nine out of 10 said they would vote for the deal.",
        "they would vote for the deal",
        "Nearly nine out of 10",
    ),
    (
        "Two-thirds of members said the offer fell short of inflation.",
        "the offer fell short of inflation",
        "Two-thirds of members",
    ),
    (
        "The depot has lost money for years, and transport analysts say it will close soon.",
        "it will close soon",
        "transport analysts",
    ),
    (
        "The women say managers still watch the picket line every night.",
        "managers still watch the picket line every night",
        "The women",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), GROUP_CASES)
def test_group_speakers(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == speaker
    assert a.speaker.is_group


PROGRESSIVE_CASES = [
    # (text, clause, speaker): a progressive verb reports (it is no passive), and the
    # subject is read past its auxiliaries and adverbs
    (
        "Ana Ruiz is suggesting the union beat expectations in the ballot.",
        "the union beat expectations in the ballot",
        "Ana Ruiz",
    ),
    (
        "The drivers have been warning that the depot is running out of cash.",
        "the depot is running out of cash",
        "The drivers",
    ),
    (
        "Tom Bell is calling for the board to resign over the pension losses.",
        "the board to resign over the pension losses",
        "Tom Bell",
    ),
    (
        "The nurses have long insisted they were never consulted on the rota.",
        "they were never consulted on the rota",
        "The nurses",
    ),
    (
        "Tom Bell continued to insist that he never met the contractor.",
        "he never met the contractor",
        "Tom Bell",
    ),
    (
        "The stewards were quick to point out that the vote was unanimous.",
        "the vote was unanimous",
        "The stewards",
    ),
    (
        "Ana Ruiz went on to say that some members are angry at the board.",
        "some members are angry at the board",
        "Ana Ruiz",
    ),
    (
        "Night porters were more likely to say the offer was unfair.",
        "the offer was unfair",
        "Night porters",
    ),
    (
        "Dock workers now say the new cranes have cost them two shifts a week.",
        "the new cranes have cost them two shifts a week",
        "Dock workers",
    ),
]


SPEAKERS_WITH_VERB_WORDS = [
    # (text, clause, source): a word that is also a reporting verb, inside a name or after
    # a determiner, leaves the phrase a speaker
    (
        "The State Department said it had found no record of the memo.",
        "it had found no record of the memo",
        "The State Department",
    ),
    (
        "Protest groups say the new route keeps marchers far from the plant.",
        "the new route keeps marchers far from the plant",
        "Protest groups",
    ),
    (
        "The rail union warned that services would be cut on Sundays.",
        "services would be cut on Sundays",
        "The rail union",
    ),
]


CLAUSE_SUBJECTS = [
    # (text, clause, source): a short noun phrase that opens a clause after a comma or a
    # dash speaks as a group
    (
        "Along with its other claims, the lawsuit says the council broke the law.",
        "the council broke the law",
        "the lawsuit",
    ),
    (
        "The depot is quiet -- and some picket leaders say the strike is over.",
        "the strike is over",
        "some picket leaders",
    ),
    (
        "In a poll of nurses, those surveyed say the rota is unsafe at night.",
        "the rota is unsafe at night",
        "those surveyed",
    ),
]


PARTICIPLES = [
    # (text, clause, speaker): a participle after a subordinator, or with a particle,
    # reports the words of its sentence's subject
    (
        "Ana Ruiz left the meeting early after telling members the offer was final.",
        "the offer was final",
        "Ana Ruiz",
    ),
    (
        "Tom Bell backed the strike, pointing out that the last raise was in 2019.",
        "the last raise was in 2019",
        "Tom Bell",
    ),
    (
        "The union praised the nurses while arguing the rota must change.",
        "the rota must change",
        "The union",
    ),
]


OBJECT_THEN_CLAUSE = [
    # (text, reports, speaker): a short object is a report of its own (``questioned the
    # offer``), next to the clause of the participle or the second verb
    (
        "In an interview, Ana Ruiz questioned the offer, saying the plan could not work.",
        ["the offer", "the plan could not work"],
        "Ana Ruiz",
    ),
    (
        "In a statement, Governor Ana Ruiz blasted the company and said the state would help.",
        ["the company", "the state would help"],
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "reports", "speaker"), OBJECT_THEN_CLAUSE)
def test_object_then_clause(text: str, reports: list[str], speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == reports
    assert {speaker_of(q) for q in quotes} == {speaker}


SHORT_REPORTS = [
    # (text, clause, speaker): two words may be what was said
    ("Asked if the union would strike, Ana Ruiz said it would.", "it would", "Ana Ruiz"),
    ("Tom Bell announced his retirement on Monday.", "his retirement on Monday", "Tom Bell"),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), SHORT_REPORTS)
def test_two_word_reports(text: str, clause: str, speaker: str) -> None:
    # (an unnamed asker's question is a record of its own, with no attribution)
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT and q.attribution is not None]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # two words that open with a preposition or a time are the verb's tail
        "The union responded on Twitter.",
        "Ana Ruiz spoke well of them, and the board replied last week.",
        "Contributing: Ana Ruiz and Tom Bell",
    ],
)
def test_short_tails_are_no_report(text: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "clause", "source"),
    [
        (
            "Three stewards -- Ruiz, Bell and Ames -- agreed the rota was unsafe.",
            "the rota was unsafe",
            "Three stewards",
        ),
        (
            "Ana Ruiz — who led the walkout in 2019 — said members would vote again.",
            "members would vote again",
            "Ana Ruiz",
        ),
    ],
)
def test_a_subject_before_an_aside_in_dashes(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(("text", "clause", "speaker"), PARTICIPLES)
def test_participles_after_subordinators(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert quotes[-1].text == clause
    assert speaker_of(quotes[-1]) == speaker


GROUP_ANTECEDENTS = [
    # (text, clause, source): a relative pronoun after a share or a short noun phrase
    # speaks for it; the relative clause ends at its comma
    (
        "Most backed the deal, compared with 23 percent who said the offer was too low.",
        "the offer was too low",
        "who",
    ),
    (
        "The first question came from a young driver, who said the shifts were too long.",
        "the shifts were too long",
        "who",
    ),
    (
        "For a steward who said the depot was unsafe, the vote came too late.",
        "the depot was unsafe",
        "who",
    ),
]


@pytest.mark.parametrize(("text", "clause", "source"), GROUP_ANTECEDENTS)
def test_group_antecedents_of_who(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(("text", "clause", "source"), CLAUSE_SUBJECTS)
def test_subjects_that_open_a_clause(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(("text", "clause", "source"), SPEAKERS_WITH_VERB_WORDS)
def test_speakers_holding_a_verb_word(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert source_of(text, quotes[0]) == source


@pytest.mark.parametrize(("text", "clause", "speaker"), PROGRESSIVE_CASES)
def test_progressive_verbs_report(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz was told the plant would close at the end of the year.",
        "The night shift at the depot is demanding and poorly paid.",
        # a verb form after a modifier or inside a clause is a noun or a participle
        "The vote was close, and a former state official backed the deal.",
        "On Monday, the union made no mention of the pay offer at the rally.",
        "After the talks, the board released a new plan calling for more shifts.",
        # a verb form after a possessive is a noun
        "The union's report on the depot safety checks came out on Monday.",
        "Tom Bell's claims about the pension fund were never tested in court.",
        "The deal is expected to be announced by the board next week.",
        "Tom Bell was declared the winner of the union election on Friday.",
    ],
)
def test_a_passive_verb_reports_nothing(text: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "clause", "source"),
    [
        # a relative clause: the pronoun as written stands for the name before it
        (
            "Tom Bell, who said the deal was fair, voted for it on Monday.",
            "the deal was fair",
            "who",
        ),
        # a restrictive relative clause, no comma before the pronoun
        (
            "The plan drew fire from drivers and shop owners who say the fees are too high.",
            "the fees are too high",
            "who",
        ),
        # the cue inside a relative clause: the words after the verb
        (
            "The board passed a rule on overtime, which critics said was unfair to new staff.",
            "was unfair to new staff",
            "critics",
        ),
        (
            "The walkout lasted a week, a cost that company executives said could hurt profits.",
            "could hurt profits",
            "company executives",
        ),
    ],
)
def test_relative_clauses(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == source


def test_first_person_is_no_report() -> None:
    text = "Ruiz spoke at length. I said the vote would be close, and it was."
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "clause", "source"),
    [
        # a source phrase that is no speaker's name: a document, a poll, records
        (
            "Two depots were sold at a loss, according to a report in the local paper.",
            "Two depots were sold at a loss",
            "a report in the local paper",
        ),
        (
            "Most members oppose the deal, according to a union poll taken last week.",
            "Most members oppose the deal",
            "a union poll taken last week",
        ),
        (
            "The depot lost money last year, according to the annual report.",
            "The depot lost money last year",
            "the annual report",
        ),
        (
            "But, according to the survey, most drivers want a shorter week.",
            "most drivers want a shorter week",
            "the survey",
        ),
        (
            # the cue inside the clause: the clause whole, as with a verb
            "Membership, according to the union, has grown in every region since May.",
            "Membership, according to the union, has grown in every region since May",
            "the union",
        ),
        (
            "The strike, according to union figures, was solidly supported.",
            "The strike, according to union figures, was solidly supported",
            "union figures",
        ),
        # a title set off after the source is the source's, not the reported clause
        (
            "The offer was generous, according to Mark Tully, the firm's finance director.",
            "The offer was generous",
            "Mark Tully, the firm's finance director",
        ),
        (
            "Fares will rise in May, according to Ana Ruiz, a spokeswoman for the operator.",
            "Fares will rise in May",
            "Ana Ruiz, a spokeswoman for the operator",
        ),
        # a comma between digits separates thousands, no clause
        (
            "According to the Harbour Board, roughly 300,000 tonnes pass through each year.",
            "roughly 300,000 tonnes pass through each year",
            "the Harbour Board",
        ),
        (
            "According to the Harbour Board, roughly 300,000 tonnes pass through, and more will.",
            "roughly 300,000 tonnes pass through, and more will",
            "the Harbour Board",
        ),
        # a relative clause after the source is its own; the clause follows it
        (
            "According to Lt. Dana Whitby, who leads the unit, the gang hit 38 sites.",
            "the gang hit 38 sites",
            "Lt. Dana Whitby",
        ),
        (
            "According to Ana Ruiz, the union's treasurer, 2,400 members have paid.",
            "2,400 members have paid",
            "Ana Ruiz, the union's treasurer",
        ),
    ],
)
def test_according_to_any_source(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == source


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a cue inside the clause: the clause is read whole, the cue inside its span
        (
            "The plan, she argued, was never costed by anyone at the ministry.",
            "The plan, she argued, was never costed by anyone at the ministry",
            "she",
        ),
        # quoted words inside the clause after the cue keep it whole
        (
            'The offer, Jo Reid said, was "an insult to every nurse".',
            'The offer, Jo Reid said, was "an insult to every nurse"',
            "Jo Reid",
        ),
        (
            "The talks will resume, Ruiz said on Monday, once the board has a new offer.",
            "The talks will resume, Ruiz said on Monday, once the board has a new offer",
            "Ruiz",
        ),
        (
            "The deal is fair, said Tom Bell, but the members will decide on Friday.",
            "The deal is fair, said Tom Bell, but the members will decide on Friday",
            "Tom Bell",
        ),
        (
            "The depot will close in June and all of its staff will move, Tom Bell says, to a site in the north.",
            "The depot will close in June and all of its staff will move, Tom Bell says, to a site in the north",
            "Tom Bell",
        ),
    ],
)
def test_cue_inside_the_clause(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


@pytest.mark.parametrize(
    ("text", "clause", "source"),
    [
        (
            "Ruiz: Pay Offer Is An Insult To Every Nurse\n\nThe union spoke.",
            "Pay Offer Is An Insult To Every Nurse",
            "Ruiz",
        ),
        (
            "Talks failed.\n\nThe transcript follows.\n\nIt was long.\n\n"
            "ANA RUIZ: We will strike if the board does not move.",
            "We will strike if the board does not move",
            "ANA RUIZ",
        ),
    ],
)
def test_colon_lines(text: str, clause: str, source: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == source


@pytest.mark.parametrize(
    "text",
    [
        "Note: this story was updated on Monday with new figures.",
        "The reason is simple: the board has no money left to spend.",
        "Q: Will the union strike on Monday if the talks fail?",
        "The Latest: Union votes to strike at the plant in Leeds",
        "Breaking: Union votes to strike at the plant in Leeds",
        "Revealed: What the board kept from the drivers for a year",
        "Friday's Morning Email: The depot strike enters its second week",
        "Strike Update: The latest count of the picket lines across the city",
        "Poll: Most voters back the nurses in their dispute with the board",
        "Peers attack post office plan\n\nLast Updated: 12:01am GMT 29/11/2007",
        "Ohio: Ann Hale, Tom Reed, Jo Price, Sam Dunn and Lee Park were named.",
    ],
)
def test_colon_lines_without_a_speaker(text: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        # a headline: a capitalized verb after a short name that opens the line
        (
            "Ruiz Says Strike Will Go Ahead On Monday\n\nThe vote was held.",
            "Strike Will Go Ahead On Monday",
            "Ruiz",
        ),
        # a participle after ``and``, an absolute ``with``
        (
            "Tom Bell walked out, blaming the board and saying that the vote had been rigged.",
            "the vote had been rigged",
            "Tom Bell",
        ),
        (
            "Members backed the offer in the end, with two in 10 saying they would still strike.",
            "they would still strike",
            "two in 10",
        ),
    ],
)
def test_headlines_and_participles(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


def test_a_long_title_case_subject_is_no_headline_speaker() -> None:
    text = "Big Win For Local Union Members As Board Says Offer Is Final\n\nText."
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


def test_two_reports_in_one_sentence() -> None:
    text = (
        "Some members said the deal was fair, while other members said they would vote against it."
    )
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [(q.text, speaker_of(q)) for q in quotes] == [
        ("the deal was fair", "Some members"),
        ("they would vote against it", "other members"),
    ]


def test_a_colon_dateline_is_no_speaker() -> None:
    text = "Bank Staff Walk Out\n\nNEW DELHI: Bank staff began a two-day strike on Monday."
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == []


def test_told_a_listener_that_is_no_infinitive() -> None:
    text = "The minister told peers that the board had no plans to appoint a mediator."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == ["the board had no plans to appoint a mediator"]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Plant managers said 2024 was the slowest year for orders.",
            "2024 was the slowest year for orders",
            "Plant managers",
        ),
        (
            "The treasurer said $40 million had been set aside for back pay.",
            "$40 million had been set aside for back pay",
            "The treasurer",
        ),
        (
            "Ana Ruiz said that about 300 drivers would join the picket.",
            "about 300 drivers would join the picket",
            "Ana Ruiz",
        ),
    ],
)
def test_clauses_opening_with_a_figure_or_after_that(text: str, clause: str, speaker: str) -> None:
    test_indirect_speech(text, clause, speaker)


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Ana Ruiz paid off the loan in five years, but said she could not keep teaching.",
            "she could not keep teaching",
            "Ana Ruiz",
        ),
        (
            "The company raised its offer but said the plant would still close in June.",
            "the plant would still close in June",
            "The company",
        ),
    ],
)
def test_a_verb_after_but_reports_for_the_subject(text: str, clause: str, speaker: str) -> None:
    test_indirect_speech(text, clause, speaker)


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Tom Bell, the union president, called the offer an insult to every nurse.",
            "the offer an insult to every nurse",
            "Tom Bell",
        ),
        (
            "Tom Bell called the deal a “critical moment” for the union.",
            "the deal a “critical moment” for the union",
            "Tom Bell",
        ),
    ],
)
def test_naming_frame_of_call(text: str, clause: str, speaker: str) -> None:
    test_indirect_speech(text, clause, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "The union called off a strike planned for Monday.",
        "Tom Bell called up a friend a day later.",
    ],
)
def test_call_with_a_particle_names_nothing(text: str) -> None:
    assert not [q for q in all_quotes(text) if q.kind is INDIRECT and q.text.startswith("a ")]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Tom Bell argued that “owners” had let the dispute drag on for months.",
            "“owners” had let the dispute drag on for months",
            "Tom Bell",
        ),
        (
            'Ana Ruiz said "the owners" had let the dispute drag on for months.',
            '"the owners" had let the dispute drag on for months',
            "Ana Ruiz",
        ),
    ],
)
def test_a_clause_may_open_with_words_in_marks(text: str, clause: str, speaker: str) -> None:
    test_indirect_speech(text, clause, speaker)


def test_a_quotation_after_the_verb_is_no_clause_opening() -> None:
    text = 'Ana Ruiz said "we will not go back," and left the hall.'
    assert [q for q in all_quotes(text) if q.kind is INDIRECT] == []


def test_a_participle_after_a_clause_reports_again() -> None:
    text = "Ana Ruiz said the deal was fair to every driver, noting that pay would rise in May."
    quotes = [q.text for q in all_quotes(text) if q.kind is INDIRECT]
    assert quotes == ["the deal was fair to every driver", "pay would rise in May"]


def test_question_with_an_object() -> None:
    test_indirect_speech(
        "Tom Bell questioned the cost of the new pension plan at the meeting.",
        "the cost of the new pension plan at the meeting",
        "Tom Bell",
    )


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "The depot will not reopen this year, Tom Bell told The Daily Post.",
            "The depot will not reopen this year",
            "Tom Bell",
        ),
        (
            "The depot will not reopen this year, Ana Ruiz told the Daily Post on Monday.",
            "The depot will not reopen this year",
            "Ana Ruiz",
        ),
        (
            "The depot will not reopen this year, Ana Ruiz told Metro Radio 2's Drive show.",
            "The depot will not reopen this year",
            "Ana Ruiz",
        ),
        (
            "The vote was rigged, Tom Bell told a town hall in Perth.",
            "The vote was rigged",
            "Tom Bell",
        ),
        ("The vote was rigged, Tom Bell told KPQ radio.", "The vote was rigged", "Tom Bell"),
        ("The vote was rigged, Tom Bell told 4 Live.", "The vote was rigged", "Tom Bell"),
    ],
)
def test_a_closing_verb_with_its_listener(text: str, clause: str, speaker: str) -> None:
    test_indirect_speech(text, clause, speaker)


def test_an_object_of_promise_at_the_end_is_no_listener() -> None:
    # only ``tell`` names a listener that may end the sentence: here the object is
    # what is promised, not a listener before a closing cue
    test_indirect_speech(
        "Facing a strike, the mayor promised a pay rise.", "a pay rise", "the mayor"
    )


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Critics of the plan said the fees would hurt small firms.",
            "the fees would hurt small firms",
            "Critics of the plan",
        ),
        (
            "Those surveyed say stricter rules would prevent injuries.",
            "stricter rules would prevent injuries",
            "Those surveyed",
        ),
        (
            "Officials at the ministry said the fees would hurt small firms.",
            "the fees would hurt small firms",
            "Officials at the ministry",
        ),
        (
            "A person familiar with the talks says the union will focus on pay first.",
            "the union will focus on pay first",
            "A person familiar with the talks",
        ),
    ],
)
def test_a_whole_noun_phrase_subject(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "In a long letter the board said the fees would hurt small firms.",
        "Rattling off numbers the board said the fees would hurt small firms.",
    ],
)
def test_a_phrase_of_setting_is_no_whole_subject(text: str) -> None:
    for q in all_quotes(text):
        a = q.attribution
        assert a is None or not text[a.source_span.start :].startswith(("In ", "Rattling"))


def test_a_clause_before_a_quotation_that_a_second_verb_reports() -> None:
    text = "Ana Ruiz said the members will meet on Fridays, but added, “It is time we changed.”"
    assert [(q.kind, q.text) for q in all_quotes(text)] == [
        (INDIRECT, "the members will meet on Fridays"),
        (DIRECT, "It is time we changed."),
    ]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Some said they wanted a leader from outside the union.",
            "they wanted a leader from outside the union",
            "Some",
        ),
        (
            "Almost half said the strike fund was too small.",
            "the strike fund was too small",
            "Almost half",
        ),
        (
            "One in five say the strike fund is too small.",
            "the strike fund is too small",
            "One in five",
        ),
    ],
)
def test_a_quantity_before_a_past_or_plural_verb_speaks(
    text: str, clause: str, speaker: str
) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    a = quotes[0].attribution
    assert a is not None
    assert text[a.source_span.start : a.source_span.end] == speaker


def test_a_field_code_is_no_part_of_a_whole_subject() -> None:
    text = "TD      The port board said cargo would be sent to other docks.\n"
    for q in all_quotes(text):
        a = q.attribution
        assert a is None or not text[a.source_span.start :].startswith("TD")


@pytest.mark.parametrize(
    ("text", "pos", "expected"),
    [
        ("Ruiz Says Strike Is On", 0, True),
        ("Pay deal.\n   Ruiz Says Strike Is On", 13, True),
        ("Pay deal. Ruiz Says Strike Is On", 10, False),
        ("\n" + " " * 500 + "Ruiz", 501, False),
    ],
)  # fmt: skip
def test_a_name_opens_its_line(text: str, pos: int, expected: bool) -> None:
    from laborquotes._indirect import _opens_line

    assert _opens_line(text, pos) is expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('The company said the claim was "unaffordable".', 'the claim was "unaffordable"'),
        ("The board said the offer was “final and fair”.", "the offer was “final and fair”"),
        ("The union said the talks had failed.", "the talks had failed"),
    ],
)
def test_a_clause_keeps_the_closing_mark_it_opens(text: str, content: str) -> None:
    # The punctuation trimmed from a clause's end never leaves a quotation open in it.
    found = [q for q in find_quotes(text, None) if q.kind is INDIRECT]
    assert [q.text for q in found] == [content]


@pytest.mark.parametrize(
    ("text", "reports"),
    [
        ('"It is over," one porter, who asked not to be named, said.', []),
        (
            "A porter who asked not to be identified claimed rotas were unfair.",
            ["rotas were unfair"],
        ),
    ],
)
def test_the_terms_of_an_anonymous_source_are_no_report(text: str, reports: list[str]) -> None:
    found = [q for q in find_quotes(text, None) if q.kind is INDIRECT]
    assert [q.text for q in found] == reports


def test_a_listener_noun_is_no_title_before_a_name() -> None:
    # ``investigators Ana Ruiz`` is no title and name: the listener, then the clause
    text = "Tom Bell told investigators Ana Ruiz had lied about the accounts."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == ["Ana Ruiz had lied about the accounts"]
    assert speaker_of(quotes[0]) == "Tom Bell"


def test_a_quotation_after_a_mid_clause_cue_keeps_its_own_record() -> None:
    """Words after the cue that hold a quotation or a participle's report are not joined
    to the clause before the cue: the quotation stays a record of its own."""
    text = 'The crew left as soon as the shift was over, Ruiz said, adding, "We had no orders."'
    found = [(q.kind, q.text) for q in lq.parse(text).quotes]
    assert found == [
        (lq.QuoteKind.INDIRECT, "The crew left as soon as the shift was over"),
        (lq.QuoteKind.DIRECT, "We had no orders."),
    ]


def test_a_quotation_after_a_short_clause_and_its_cue() -> None:
    text = 'The mill closed, Ruiz said, adding, "We had no orders."'
    kinds = [q.kind for q in lq.parse(text).quotes]
    assert lq.QuoteKind.DIRECT in kinds


@pytest.mark.parametrize(
    "text",
    [
        "DETROIT (AP) — Workers walked off the job on Friday, the union said.",
        "NEW DELHI: Workers walked off the job on Friday, the unions claimed.",
        "LONDON, March 3 (Reuters) - Workers walked off the job on Friday, the union said.",
        "Strike halts plants\n\nTOLEDO, Ohio (AP) — Workers walked off the job on Friday, the union said.",
    ],
)
def test_a_dateline_is_no_part_of_a_reported_clause(text: str) -> None:
    article = lq.parse(text)
    assert article.dateline is not None
    [q] = article.quotes
    assert q.text == "Workers walked off the job on Friday"
    assert q.span.start == article.dateline.body_start


#: (text, the speaker of the partial quotation inside the reported clause): a verb of
#: the clause reads no subject that holds the reporting verb before it.
NESTED_PARTIAL_SPEAKERS = [
    ('Morgan said officers had found "clear signs of tampering" at the depot.', "Morgan"),
    ('Ana Ruiz said inspectors had found "serious breaches" on two buses.', "Ana Ruiz"),
    # (the clause's own verb reads no better subject: the reporter's attribution)
    ('Ruiz said managers had called the offer "final and binding" on Monday.', "Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), NESTED_PARTIAL_SPEAKERS)
def test_the_speaker_of_a_partial_inside_a_report(text: str, speaker: str) -> None:
    (partial,) = [q for q in all_quotes(text) if q.kind is lq.QuoteKind.PARTIAL]
    assert partial.attribution is not None
    assert partial.attribution.speaker.name == speaker


def test_a_capitalized_verb_inside_a_name_is_no_cue() -> None:
    # ``State`` of a university's name, with the sentence in sentence case after it
    text = "Sandra Ibsen of Coastal State University said the vote could spread."
    (q,) = lq.parse(text).quotes
    assert q.text == "the vote could spread"
    assert q.attribution is not None
    assert q.attribution.speaker.organization == "Coastal State University"
