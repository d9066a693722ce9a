"""A fresh probe of reported speech and house styles (issue 16), written by hand before
the parser was run on it: short invented sentences from British, Irish, Indian,
Australian, Canadian and US wire styles, each with the record it should give.

A row names one record: its kind (``direct``, ``partial``, ``indirect``) or ``None`` for
"no quotation at all", the words it reports (compared with blanks folded and the edge
punctuation stripped; the found words may carry a little more, such as a listener or a
complementizer, but must hold these) and who said it (found in the speaker's name,
title or organization, or in the source phrase as written; ``None`` for no attribution).
A sentence that gives two records (quoted words inside a reported clause) has two rows.
"""

from __future__ import annotations

import pytest

import laborquotes as lq
from quoting import all_quotes

Row = tuple[str, str | None, str, str | None]


def _fold(s: str) -> str:
    return " ".join(s.split()).strip(" ,.;:").casefold()


def _said_by(text: str, q: lq.Quote, who: str | None) -> bool:
    a = q.attribution
    if who is None or a is None:
        return who is None and a is None
    sp = a.speaker
    found = [sp.name, sp.title, sp.organization, text[a.source_span.start : a.source_span.end]]
    return any(f is not None and who.casefold() in f.casefold() for f in found)


def _holds(q: lq.Quote, kind: str, words: str) -> bool:
    want, got = _fold(words), _fold(q.text)
    return q.kind.value == kind and want in got and len(got) <= 1.5 * len(want) + 15


BRITISH_SINGLE: list[Row] = [
    ("'We will not be bullied,' said Ana Ruiz.", "direct", "We will not be bullied", "Ana Ruiz"),
    (
        "'The offer is an insult,' the GMB organiser said. 'Our members deserve better.'",
        "direct",
        "The offer is an insult",
        "GMB organiser",
    ),
    (
        "'He told us \"go home\" and that was the end of it,' said Tom Bell.",
        "direct",
        'He told us "go home" and that was the end of it',
        "Tom Bell",
    ),
    (
        "'The workers' union will not back down,' said Ana Ruiz.",
        "direct",
        "The workers' union will not back down",
        "Ana Ruiz",
    ),
    ("'It's not over yet,' Mr Bell said.", "direct", "It's not over yet", "Bell"),
    (
        "Ana Ruiz said: 'We have been patient for long enough.'",
        "direct",
        "We have been patient for long enough",
        "Ana Ruiz",
    ),
    (
        "'Rock 'n' roll never paid the rent,' said the singer Jo Ames.",
        "direct",
        "Rock 'n' roll never paid the rent",
        "Jo Ames",
    ),
    (
        "'It feels like the '80s all over again,' said Ana Ruiz.",
        "direct",
        "It feels like the '80s all over again",
        "Ana Ruiz",
    ),
    (
        "'We gave them every chance,' Mr Bell told the BBC. 'They threw it back at us.'",
        "direct",
        "We gave them every chance",
        "Bell",
    ),
]

SHORT: list[Row] = [
    (
        'Tom Bell was asked if he would resign. "No," he said.',
        "direct",
        "No",
        "Tom Bell",
    ),
    ('"Hello," said Smith.', "direct", "Hello", "Smith"),
    ('"Absolutely not," Ana Ruiz replied.', "direct", "Absolutely not", "Ana Ruiz"),
    ("'Never,' said the minister.", "direct", "Never", "minister"),
    ('"Disgraceful," said Jo Ames, the branch secretary.', "direct", "Disgraceful", "Jo Ames"),
    (
        'Ana Ruiz was asked about the vote. "Yes, definitely," she said.',
        "direct",
        "Yes, definitely",
        "Ana Ruiz",
    ),
]

HARD_WRAPPED: list[Row] = [
    (
        '"We will not\ngo back to work until\nthe rota is fixed," said Ana Ruiz.',
        "direct",
        "We will not go back to work until the rota is fixed",
        "Ana Ruiz",
    ),
    (
        "'The depot is\nunsafe for staff,' said Tom Bell.",
        "direct",
        "The depot is unsafe for staff",
        "Tom Bell",
    ),
    (
        'Ana Ruiz said: "Nobody here\nwants a strike at all."',
        "direct",
        "Nobody here wants a strike at all",
        "Ana Ruiz",
    ),
]

MID_CUES: list[Row] = [
    (
        "Tom Bell has led the branch since 2009. The offer, he says, is the worst the union "
        "has seen in twenty years.",
        "indirect",
        "is the worst the union has seen in twenty years",
        "Tom Bell",
    ),
    (
        "Pay talks, the minister insisted, would resume early in the new year.",
        "indirect",
        "Pay talks, the minister insisted, would resume early in the new year",
        "minister",
    ),
    (
        '"We are ready," Ana Ruiz said, "and we will not wait any longer."',
        "direct",
        "We are ready",
        "Ana Ruiz",
    ),
    (
        '"We are ready," Ana Ruiz said, "and we will not wait any longer."',
        "direct",
        "and we will not wait any longer",
        "Ana Ruiz",
    ),
    (
        "Morale at the depot, Jo Ames told the BBC, has never been lower than it is today.",
        "indirect",
        "has never been lower than it is today",
        "Jo Ames",
    ),
]

TRAILING: list[Row] = [
    (
        "The talks collapsed late on Tuesday, according to the union.",
        "indirect",
        "The talks collapsed late on Tuesday",
        "union",
    ),
    (
        "Around 4,000 staff will lose their jobs, according to a leaked memo.",
        "indirect",
        "Around 4,000 staff will lose their jobs",
        "memo",
    ),
    (
        "The depot will close in March, a Harlow Foods spokesman said.",
        "indirect",
        "The depot will close in March",
        "Harlow Foods",
    ),
    (
        "No decision has been taken on the depot, the council's spokeswoman said.",
        "indirect",
        "No decision has been taken on the depot",
        "council",
    ),
    (
        "The ballot closes on Friday, Unite's regional secretary said.",
        "indirect",
        "The ballot closes on Friday",
        "Unite",
    ),
    (
        "Members will vote next week, union sources said.",
        "indirect",
        "Members will vote next week",
        "union sources",
    ),
    (
        "Wages have fallen in real terms since 2010, says Ana Ruiz.",
        "indirect",
        "Wages have fallen in real terms since 2010",
        "Ana Ruiz",
    ),
]

LISTENERS: list[Row] = [
    (
        "Ana Ruiz told the inquiry that she had raised the alarm twice.",
        "indirect",
        "she had raised the alarm twice",
        "Ana Ruiz",
    ),
    (
        "The chief executive told MPs the firm could not afford the rise.",
        "indirect",
        "the firm could not afford the rise",
        "chief executive",
    ),
    (
        "Tom Bell told delegates that the fight was far from over.",
        "indirect",
        "the fight was far from over",
        "Tom Bell",
    ),
    (
        "A spokesman told reporters the plant would reopen on Monday.",
        "indirect",
        "the plant would reopen on Monday",
        "spokesman",
    ),
    (
        "Jo Ames told the Irish Times that nurses were at breaking point.",
        "indirect",
        "nurses were at breaking point",
        "Jo Ames",
    ),
    ("Police told residents to stay indoors.", "indirect", "to stay indoors", "Police"),
    ("The union told members to ignore the letter.", "indirect", "to ignore the letter", "union"),
    (
        "The Tánaiste told the Dáil that talks with the unions would continue.",
        "indirect",
        "talks with the unions would continue",
        "Tánaiste",
    ),
    ("Ana Ruiz told ABC radio the deal was dead.", "indirect", "the deal was dead", "Ana Ruiz"),
    (
        "The minister told the Lok Sabha that the bill would be introduced next week.",
        "indirect",
        "the bill would be introduced next week",
        "minister",
    ),
    (
        "Managers told staff to clear their lockers by Friday.",
        "indirect",
        "to clear their lockers by Friday",
        "Managers",
    ),
]

URGING: list[Row] = [
    ("The union urged members to reject the offer.", "indirect", "to reject the offer", "union"),
    (
        "Nurses' leaders called on the government to reopen talks.",
        "indirect",
        "to reopen talks",
        "Nurses' leaders",
    ),
    (
        "The RMT warned that services would be disrupted all week.",
        "indirect",
        "services would be disrupted all week",
        "RMT",
    ),
    (
        "Ana Ruiz demanded an apology from the board.",
        "indirect",
        "an apology from the board",
        "Ana Ruiz",
    ),
    (
        "The company denied that it had broken the agreement.",
        "indirect",
        "it had broken the agreement",
        "company",
    ),
    (
        "Tom Bell insisted the strike would go ahead.",
        "indirect",
        "the strike would go ahead",
        "Tom Bell",
    ),
    (
        "The minister described the pay claim as unaffordable.",
        "indirect",
        "the pay claim as unaffordable",
        "minister",
    ),
    (
        "Ana Ruiz called the offer a slap in the face.",
        "indirect",
        "the offer a slap in the face",
        "Ana Ruiz",
    ),
    (
        "The Teachers' Federation has advised members that the ban remains in place.",
        "indirect",
        "the ban remains in place",
        "Teachers' Federation",
    ),
    ("The firm's owners urged staff not to walk out.", "indirect", "not to walk out", "owners"),
    ("Union leaders warned of further strikes.", "indirect", "further strikes", "Union leaders"),
    (
        "The chief constable pleaded with drivers to stay off the roads.",
        "indirect",
        "to stay off the roads",
        "chief constable",
    ),
]

QUESTIONS: list[Row] = [
    (
        "Ana Ruiz asked why the board had waited so long.",
        "indirect",
        "the board had waited so long",
        "Ana Ruiz",
    ),
    (
        "Tom Bell questioned whether the figures added up.",
        "indirect",
        "the figures added up",
        "Tom Bell",
    ),
    ("MPs asked how the cuts would be funded.", "indirect", "the cuts would be funded", "MPs"),
    (
        "Jo Ames asked whether the rota would change.",
        "indirect",
        "the rota would change",
        "Jo Ames",
    ),
]

FINDINGS: list[Row] = [
    ("The court ruled that the strike was lawful.", "indirect", "the strike was lawful", "court"),
    (
        "A report found that staffing levels were unsafe.",
        "indirect",
        "staffing levels were unsafe",
        "report",
    ),
    (
        "The study found nurses were working unpaid overtime.",
        "indirect",
        "nurses were working unpaid overtime",
        "study",
    ),
    (
        "The inquiry found that managers had ignored repeated warnings.",
        "indirect",
        "managers had ignored repeated warnings",
        "inquiry",
    ),
    (
        "A report by the Low Pay Commission found that one worker in five was underpaid.",
        "indirect",
        "one worker in five was underpaid",
        "Low Pay Commission",
    ),
    (
        "The Fair Work Commission ruled the dismissal was unfair.",
        "indirect",
        "the dismissal was unfair",
        "Fair Work Commission",
    ),
    (
        "The tribunal found that the firm had acted unlawfully.",
        "indirect",
        "the firm had acted unlawfully",
        "tribunal",
    ),
    (
        "The report found wages had stalled for a decade.",
        "indirect",
        "wages had stalled for a decade",
        "report",
    ),
]

PARTICIPIAL: list[Row] = [
    (
        "Porters walked out on Monday, saying the rota was unsafe.",
        "indirect",
        "the rota was unsafe",
        "Porters",
    ),
    (
        "Ana Ruiz resigned, saying that she had lost confidence in the board.",
        "indirect",
        "she had lost confidence in the board",
        "Ana Ruiz",
    ),
    (
        "The union rejected the offer, arguing that it fell short of inflation.",
        "indirect",
        "it fell short of inflation",
        "union",
    ),
    (
        "Tom Bell left the meeting early, insisting the vote was rigged.",
        "indirect",
        "the vote was rigged",
        "Tom Bell",
    ),
]

SPEAKER_AFTER: list[Row] = [
    ("Pay must rise this year, say the Greens.", "indirect", "Pay must rise this year", "Greens"),
    (
        "The strike will go ahead, insists Ana Ruiz.",
        "indirect",
        "The strike will go ahead",
        "Ana Ruiz",
    ),
    (
        "Nobody is safe from the cuts, warn union leaders.",
        "indirect",
        "Nobody is safe from the cuts",
        "union leaders",
    ),
    (
        "The depot is losing money, claims the company.",
        "indirect",
        "The depot is losing money",
        "company",
    ),
]

INSTITUTIONS: list[Row] = [
    (
        "The ministry said in a statement that talks would resume on Monday.",
        "indirect",
        "talks would resume on Monday",
        "ministry",
    ),
    (
        "A spokeswoman for Harlow Foods said the plant would stay open.",
        "indirect",
        "the plant would stay open",
        "Harlow Foods",
    ),
    (
        "The nurses' union said it would ballot members.",
        "indirect",
        "it would ballot members",
        "nurses' union",
    ),
    (
        "Indian Railways said in a statement that services would be restored by evening.",
        "indirect",
        "services would be restored by evening",
        "Indian Railways",
    ),
    (
        "The Department of Labour said the figures were provisional.",
        "indirect",
        "the figures were provisional",
        "Department of Labour",
    ),
    (
        "Union officials said the offer was final.",
        "indirect",
        "the offer was final",
        "Union officials",
    ),
    (
        "The All India Trade Union Congress said the strike would continue.",
        "indirect",
        "the strike would continue",
        "All India Trade Union Congress",
    ),
    (
        "Union leaders said Tuesday they would strike if talks failed.",
        "indirect",
        "they would strike if talks failed",
        "Union leaders",
    ),
    (
        "Unifor said in a news release that the deal protects pensions.",
        "indirect",
        "the deal protects pensions",
        "Unifor",
    ),
    (
        "CFMEU state secretary Jo Ames said the site was unsafe.",
        "indirect",
        "the site was unsafe",
        "Jo Ames",
    ),
    (
        "Fórsa general secretary Tom Bell said members were angry.",
        "indirect",
        "members were angry",
        "Tom Bell",
    ),
]

FLATTENED: list[Row] = [
    (
        "“The wards are short of staff. “Nobody wants a strike,” said Ana Ruiz.",
        "direct",
        "Nobody wants a strike",
        "Ana Ruiz",
    ),
    (
        "“The wards are short of staff. “Nobody wants a strike,” said Ana Ruiz.",
        "direct",
        "The wards are short of staff",
        "Ana Ruiz",
    ),
    (
        'Tom Bell spoke after the vote. "We tried everything. "In the end the board left us no '
        'choice," he said. "We will be back."',
        "direct",
        "In the end the board left us no choice",
        "Tom Bell",
    ),
]

NESTED_PARTIAL: list[Row] = [
    (
        'Ana Ruiz said the offer was "an insult" to nurses.',
        "partial",
        "an insult",
        "Ana Ruiz",
    ),
    (
        'Ana Ruiz said the offer was "an insult" to nurses.',
        "indirect",
        'the offer was "an insult" to nurses',
        "Ana Ruiz",
    ),
    (
        'The minister said the claim was "simply unaffordable" this year.',
        "partial",
        "simply unaffordable",
        "minister",
    ),
    (
        'The minister said the claim was "simply unaffordable" this year.',
        "indirect",
        'the claim was "simply unaffordable" this year',
        "minister",
    ),
    (
        "Tom Bell said the board had been 'utterly reckless' with pensions.",
        "partial",
        "utterly reckless",
        "Tom Bell",
    ),
    ('The union described the deal as "a betrayal".', "partial", "a betrayal", "union"),
]

NO_QUOTE: list[Row] = [
    ('<div class="story-body">Workers gathered outside.</div>', None, "", None),
    ("Ana Ruiz conceded defeat on Monday night.", None, "", None),
    ("The counters at the depot were closed for a week.", None, "", None),
    ("Tom Bell did not say whether the strike would go ahead.", None, "", None),
    ("The company declined to say how many jobs would go.", None, "", None),
    ("Nobody said the strike would be easy.", None, "", None),
    ('Critics call it a "fix".', None, "", None),
    ('The so-called "right to work" law was passed in 2012.', None, "", None),
    ('The campaign, dubbed "Fair Pay Now", began in May.', None, "", None),
    ('She starred in "The Long Shift" in 2004.', None, "", None),
    ("The union would not say if members had voted.", None, "", None),
    ("The workers' union and the drivers' union met on Monday.", None, "", None),
    ("The strike was said to be over by the weekend.", None, "", None),
    ("The minister refused to say when talks would resume.", None, "", None),
    ("Rock 'n' roll fans queued outside the hall in the '60s.", None, "", None),
    ('<a href="/news/strike">Strike latest</a>', None, "", None),
]

ROWS: list[Row] = (
    BRITISH_SINGLE
    + SHORT
    + HARD_WRAPPED
    + MID_CUES
    + TRAILING
    + LISTENERS
    + URGING
    + QUESTIONS
    + FINDINGS
    + PARTICIPIAL
    + SPEAKER_AFTER
    + INSTITUTIONS
    + FLATTENED
    + NESTED_PARTIAL
    + NO_QUOTE
)

# Rows the parser misses today (issue 16), with why.
KNOWN_MISSES: dict[int, str] = {
    99: "a naming verb with a word in marks ('call it a \"fix\"') reports the naming as "
    "indirect speech; the probe wants a scare quote and no record",
}


def _params() -> list[object]:
    out: list[object] = []
    for i, row in enumerate(ROWS):
        marks = []
        if i in KNOWN_MISSES:
            marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[i]))
        out.append(pytest.param(*row, id=f"{i:02d}", marks=marks))
    return out


@pytest.mark.parametrize(("text", "kind", "words", "who"), _params())
def test_probe(text: str, kind: str | None, words: str, who: str | None) -> None:
    quotes = all_quotes(text)
    if kind is None:
        assert [(q.kind.value, q.text) for q in quotes] == []
        return
    found = [q for q in quotes if _holds(q, kind, words)]
    assert found, [(q.kind.value, q.text) for q in quotes]
    assert any(_said_by(text, q, who) for q in found), [
        (
            q.text,
            q.attribution and text[q.attribution.source_span.start : q.attribution.source_span.end],
        )
        for q in found
    ]


def test_probe_is_large_enough() -> None:
    assert len(ROWS) >= 80
