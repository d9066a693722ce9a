"""Reported speech found in round 6 (issue 16), several phrasings per rule, with the
cases each rule must leave alone (short invented sentences).

- findings and rulings with a bare clause (``the study found wages had stalled``), the
  speaker being the document's owner where the phrase names one;
- ``told``/``urged`` and a listener, then a short ``to``-infinitive (``Police told
  residents to stay indoors``), not a closing tail;
- verbs of advising and pleading (``advised members that``, ``pleaded with drivers to``);
- a verb after the clause before its speaker in the plural or the present
  (``..., say the Greens``, ``..., claims the company``);
- a participle reporting for a capitalised plural (``Porters walked out, saying ...``) or
  after a dateline's participle lead;
- a verb's bare form that modifies a title or a name (``CFMEU state secretary Jo Ames``,
  ``A Treasury report found``) is no verb.
"""

from __future__ import annotations

import pytest

import laborquotes as lq
from quoting import INDIRECT, all_quotes, marked, source_of, speaker_of


def _reports(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, source_of(text, q)) for q in all_quotes(text) if q.kind is INDIRECT]


FINDINGS = [
    # (text, reported clause, source as written)
    (
        "The study found nurses were working unpaid overtime.",
        "nurses were working unpaid overtime",
        "The study",
    ),
    (
        "The report found wages had stalled for a decade.",
        "wages had stalled for a decade",
        "The report",
    ),
    (
        "The tribunal ruled the dismissal was unfair.",
        "the dismissal was unfair",
        "The tribunal",
    ),
    (
        "The audit concluded the depot could not stay open.",
        "the depot could not stay open",
        "The audit",
    ),
    (
        "A survey of members found most would vote to strike.",
        "most would vote to strike",
        "A survey of members",
    ),
    (
        "A report by the Low Pay Commission found that one worker in five was underpaid.",
        "one worker in five was underpaid",
        "the Low Pay Commission",
    ),
    (
        "The union's own survey found members were ready to walk out.",
        "members were ready to walk out",
        "The union",
    ),
    (
        "Research from the Harlow Institute found that pay had stalled.",
        "pay had stalled",
        "the Harlow Institute",
    ),
]


#: ``according to`` a document speaks for the owner it names, as a finding does: a body
#: or a person after ``by``, a pronoun's antecedent (an earlier speaker).
ACCORDING_TO_DOCUMENTS = [
    ("Pay fell by 9%, according to a report by the Low Pay Commission.", "Low Pay Commission"),
    ("Pay fell by 9%, according to an analysis by Ana Ruiz.", "Ana Ruiz"),
    (
        "Kestrel Foods said sales were flat. Pay fell by 9%, according to its annual report.",
        "Kestrel Foods",
    ),
    ("Pay fell by 9%, according to figures from the union.", "the union"),
    ("Pay fell by 9%, according to data released by the Marlow Institute.", "the Marlow Institute"),
    ("Pay fell by 9%, according to statistics published by Dana Okafor.", "Dana Okafor"),
]


@pytest.mark.parametrize(("text", "speaker"), ACCORDING_TO_DOCUMENTS)
def test_according_to_a_document_is_its_owners_report(text: str, speaker: str) -> None:
    found = [q for q in lq.extract_quotes(text) if q.text.startswith("Pay fell")]
    assert [q.attribution.speaker.name for q in found if q.attribution] == [speaker]


@pytest.mark.parametrize(("text", "clause", "source"), FINDINGS)
def test_a_finding_reports_its_clause(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


NOT_FINDINGS = [
    "Ana Ruiz found a job that was better paid.",
    "The inquiry found the courage to say it was wrong.",
    "The judge ruled out any delay that would harm staff.",
    "Members may find the offer tempting as it would end the dispute.",
    "As a general rule, if pay is low, staff will leave.",
    "Under party rules, the leader would stand down.",
]


@pytest.mark.parametrize("text", NOT_FINDINGS)
def test_an_object_or_a_noun_is_no_finding(text: str) -> None:
    assert _reports(text) == []


def test_a_named_modifier_keeps_the_document_with_its_organization() -> None:
    text = "A Treasury report found the scheme would cost more."
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [(q.text, source_of(text, q)) for q in quotes] == [
        ("the scheme would cost more", "A Treasury report")
    ]
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.speaker.organization == "Treasury"


INFINITIVES = [
    ("Police told residents to stay indoors.", "to stay indoors", "Police"),
    ("The union told members to go home.", "to go home", "The union"),
    ("Managers told staff to stay away.", "to stay away", "Managers"),
    (
        "LEEDS - Speaking to workers, Ana Ruiz promised to deliver change for all.",
        "to deliver change for all",
        "Ana Ruiz",
    ),
    ("The council advised residents to boil water.", "residents to boil water", "The council"),
    (
        "The chief constable pleaded with drivers to stay off the roads.",
        "drivers to stay off the roads",
        "The chief constable",
    ),
    (
        "The union appealed to members to stay calm.",
        "members to stay calm",
        "The union",
    ),
    (
        "Ana Ruiz instructed stewards to close the gates.",
        "stewards to close the gates",
        "Ana Ruiz",
    ),
    (
        "The Teachers' Federation has advised members that the ban remains in place.",
        "the ban remains in place",
        "The Teachers' Federation",
    ),
]


@pytest.mark.parametrize(("text", "clause", "source"), INFINITIVES)
def test_a_short_infinitive_after_a_listener_reports(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


CLOSING_TAILS = [
    # (text, clause, source): ``to`` and a listener or a noun phrase stay a tail
    ("The strike will end, Ana Ruiz told reporters.", "The strike will end", "Ana Ruiz"),
    ("The strike will end, Ana Ruiz told the Post to its face.", "The strike will end", "Ana Ruiz"),
    ("The depot will close, Tom Bell said to reporters.", "The depot will close", "Tom Bell"),
]


@pytest.mark.parametrize(("text", "clause", "source"), CLOSING_TAILS)
def test_a_tail_after_a_closing_verb_stays_a_tail(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


NOT_ADVICE = [
    "Tom Bell pleaded guilty to assault.",
    "The union appealed to the court for a delay.",
    "The firm was ill-advised to cut pay.",
    "Ana Ruiz advised the board on its pensions for years.",
    "Ana Ruiz advised foreign leaders on how to win elections.",
]


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_advice_and_pleas_need_their_complement(text: str) -> None:
    assert _reports(text) == []


INVERTED = [
    ("Pay must rise this year, say the Greens.", "Pay must rise this year", "the Greens"),
    ("Pay must rise this year, say union leaders.", "Pay must rise this year", "union leaders"),
    (
        "Nobody is safe from the cuts, warn union leaders.",
        "Nobody is safe from the cuts",
        "union leaders",
    ),
    ("The depot is losing money, claims the company.", "The depot is losing money", "the company"),
    ("The deal is dead, claim ministers.", "The deal is dead", "ministers"),
    ("It is a fair deal, admits Tom Bell.", "It is a fair deal", "Tom Bell"),
    ("The strike will go ahead, insist the stewards.", "The strike will go ahead", "the stewards"),
]


@pytest.mark.parametrize(("text", "clause", "source"), INVERTED)
def test_a_plural_or_present_verb_before_its_speaker(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


def test_say_as_for_example_reports_nothing() -> None:
    assert _reports("Some cities, say Leeds or York, have tried it.") == []


PARTICIPLES = [
    ("Porters walked out on Monday, saying the rota was unsafe.", "the rota was unsafe", "Porters"),
    ("Nurses staged a protest, arguing that the ward was unsafe.", "the ward was unsafe", "Nurses"),
    (
        "Cleaners downed tools, insisting the contract was void.",
        "the contract was void",
        "Cleaners",
    ),
]


@pytest.mark.parametrize(("text", "clause", "speaker"), PARTICIPLES)
def test_a_capitalised_plural_speaks_its_participle(text: str, clause: str, speaker: str) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [q.text for q in quotes] == [clause]
    assert speaker_of(quotes[0]) == speaker


def test_a_stop_word_opening_a_sentence_speaks_nothing() -> None:
    assert _reports("Perhaps the board knew, saying nothing.") == []


def test_a_dateline_participle_lead_is_no_subject() -> None:
    text = (
        "Pay talks.\n\nLEEDS, England - Rallying hundreds of drivers, Ana Ruiz thanked them "
        "and promised to win the dispute."
    )
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [(q.text, speaker_of(q)) for q in quotes] == [("to win the dispute", "Ana Ruiz")]


MODIFIERS = [
    # (text, clause, source): a verb's bare form inside the speaker phrase
    (
        "CFMEU state secretary Jo Ames said the site was unsafe.",
        "the site was unsafe",
        "CFMEU state secretary Jo Ames",
    ),
    (
        "An Ofsted report found that the school was failing.",
        "the school was failing",
        "An Ofsted report",
    ),
    ("The BBC report said pay would rise.", "pay would rise", "The BBC report"),
]


@pytest.mark.parametrize(("text", "clause", "source"), MODIFIERS)
def test_a_bare_verb_form_as_a_modifier(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


VERBS_KEPT = [
    # (text, clause, source): the same words as verbs
    ("The Greens say pay must rise.", "pay must rise", "The Greens"),
    ("The Guardian reported that pay would rise.", "pay would rise", "The Guardian"),
    (
        "Hillary Clinton says rival Bernie Sanders took the money.",
        "rival Bernie Sanders took the money",
        "Hillary Clinton",
    ),
    ("Ana Ruiz told secretary Tom Bell the site was unsafe.", "the site was unsafe", "Ana Ruiz"),
    (
        "The firm's owners urged staff not to walk out.",
        "staff not to walk out",
        "The firm's owners",
    ),
]


@pytest.mark.parametrize(("text", "clause", "source"), VERBS_KEPT)
def test_the_same_words_as_verbs_still_report(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


HARD_WRAPPED_SINGLE = [
    ("'The depot is\nunsafe for staff,' said Tom Bell.", "The depot is\nunsafe for staff,"),
    ("'We don't want\na strike,' said Ana Ruiz.", "We don't want\na strike,"),
    ("  'Nobody here\nwants this,' said Jo Ames.", "Nobody here\nwants this,"),
]


@pytest.mark.parametrize(("text", "words"), HARD_WRAPPED_SINGLE)
def test_a_single_marked_quotation_over_a_line_break(text: str, words: str) -> None:
    assert [q.text for q in marked(text)] == [words]


MARKUP = [
    '<a href="/news/strike">Strike latest</a>',
    '<a href="/news/pay" >Pay talks</a> resume',
    '<img src="/x.png" alt="Pickets" /> at the gate',
]


@pytest.mark.parametrize("text", MARKUP)
def test_an_attribute_value_closing_before_its_tag_end_is_markup(text: str) -> None:
    assert marked(text) == []


def test_a_quotation_after_markup_is_still_found() -> None:
    text = '<p class="lead">"We will strike," said Ana Ruiz.</p>'
    assert [q.text for q in marked(text)] == ["We will strike,"]


CLOSING_WITH_QUOTED_WORDS = [
    # (text, reported clause, quoted words, source): both records, one attribution
    (
        'Staff were "at breaking point", according to the RCN.',
        'Staff were "at breaking point"',
        "at breaking point",
        "the RCN",
    ),
    (
        'The offer was "an insult to every nurse", the union said.',
        'The offer was "an insult to every nurse"',
        "an insult to every nurse",
        "the union",
    ),
    (
        "Morale had sunk to “an all-time low”, Tom Bell told reporters.",
        "Morale had sunk to “an all-time low”",
        "an all-time low",
        "Tom Bell",
    ),
]


@pytest.mark.parametrize(("text", "clause", "words", "source"), CLOSING_WITH_QUOTED_WORDS)
def test_quoted_words_in_a_clause_before_its_cue(
    text: str, clause: str, words: str, source: str
) -> None:
    quotes = all_quotes(text)
    assert [(q.kind.value, q.text, source_of(text, q)) for q in quotes] == [
        ("indirect", clause, source),
        ("partial", words, source),
    ]


QUOTATIONS_BEFORE_A_CUE = [
    # (text, the direct quotation): the clause before the cue is the quotation
    ('"We will strike," she said.', "We will strike,"),
    ('Fans chanted, "Build a wall," the paper reported.', "Build a wall,"),
    ('Tom Bell said: "We will win," the paper reported.', "We will win,"),
]


@pytest.mark.parametrize(("text", "words"), QUOTATIONS_BEFORE_A_CUE)
def test_a_quotation_before_a_cue_stays_direct(text: str, words: str) -> None:
    assert [(q.kind.value, q.text) for q in all_quotes(text) if q.text == words] == [
        ("direct", words)
    ]
    assert not [q for q in all_quotes(text) if q.kind is INDIRECT and words in q.text]


OBJECTS_OF_A_PAST_VERB = [
    "Tom Bell rejected claims that the depot was unsafe.",
    "Ana Ruiz welcomed reports that the depot would reopen.",
]


@pytest.mark.parametrize("text", OBJECTS_OF_A_PAST_VERB)
def test_a_plural_noun_after_a_past_verb_reports_nothing(text: str) -> None:
    assert _reports(text) == []


def test_a_relative_clause_keeps_its_verb() -> None:
    text = "The man who was arrested says he is innocent."
    assert _reports(text) == [("he is innocent", "The man who was arrested")]


SINGLE_MARKED_IN_REPORTED_SPEECH = [
    # (text, reported clause, words in single marks, source): copy with no double marks
    (
        "Tom Bell said the board had been 'utterly reckless' with pensions.",
        "the board had been 'utterly reckless' with pensions",
        "utterly reckless",
        "Tom Bell",
    ),
    (
        "The union said it was 'deeply disappointed' by the decision.",
        "it was 'deeply disappointed' by the decision",
        "deeply disappointed",
        "The union",
    ),
    (
        "The deal, Ms Ruiz said, was 'a betrayal of every nurse'.",
        "The deal, Ms Ruiz said, was 'a betrayal of every nurse'",
        "a betrayal of every nurse",
        "Ms Ruiz",
    ),
    (
        "Bell said members were 'angry' about the offer.",
        "members were 'angry' about the offer",
        "angry",
        "Bell",
    ),
    (
        "The minister described the deal as 'historic'.",
        "the deal as 'historic'",
        "historic",
        "The minister",
    ),
    (
        "Ana Ruiz called the offer 'a kick in the teeth'.",
        "the offer 'a kick in the teeth'",
        "a kick in the teeth",
        "Ana Ruiz",
    ),
]


#: (text, clause, words, source): verbs that judge their object with ``as`` (or name it,
#: for ``branded``) report the words in marks, and the clause around them.
JUDGED_AS = [
    ('The union rejected the offer as "frankly insulting".', 'the offer as "frankly insulting"', "frankly insulting", "The union"),
    ('Ana Ruiz branded the offer "a kick in the teeth".', 'the offer "a kick in the teeth"', "a kick in the teeth", "Ana Ruiz"),
    ('Ana Ruiz condemned the cuts as "reckless and cruel".', 'the cuts as "reckless and cruel"', "reckless and cruel", "Ana Ruiz"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "words", "source"), JUDGED_AS)
def test_a_judging_verb_with_as(text: str, clause: str, words: str, source: str) -> None:
    quotes = all_quotes(text)
    assert [(q.kind.value, q.text, source_of(text, q)) for q in quotes] == [
        ("indirect", clause, source),
        ("partial", words, source),
    ]


def test_a_judging_verb_without_as_reports_nothing() -> None:
    assert all_quotes("The union rejected the offer on Monday.") == []


@pytest.mark.parametrize(("text", "clause", "words", "source"), SINGLE_MARKED_IN_REPORTED_SPEECH)
def test_single_marked_words_inside_reported_speech(
    text: str, clause: str, words: str, source: str
) -> None:
    quotes = all_quotes(text)
    assert [(q.kind.value, q.text, source_of(text, q)) for q in quotes] == [
        ("indirect", clause, source),
        ("partial", words, source),
    ]


SINGLE_MARKS_LEFT_ALONE = [
    # (text): apostrophes, a name in marks with no reporting verb, lone words
    "The workers' union said pay would rise.",
    "He said the '90s were hard and rock 'n' roll was dead.",
    "The 'Fair Pay Now' campaign began in May.",
    "He said 'no' to the 'deal'.",
    "The union rejected the 'final' offer.",
]


@pytest.mark.parametrize("text", SINGLE_MARKS_LEFT_ALONE)
def test_single_marks_that_hold_no_reported_words(text: str) -> None:
    assert marked(text) == []


def test_double_marks_elsewhere_keep_single_ones_nested() -> None:
    text = "\"We will strike,\" Ana Ruiz said. Tom Bell said the plan was 'a disgrace to us'."
    assert [q.text for q in marked(text)] == ["We will strike,"]


UNREAL_SPEECH = [
    # speech supposed, asked about or denied by a longer subject: no report
    "If the board had said the depot would close, members would have walked out.",
    "Unless the minister were to say the offer is final, talks go on.",
    "Did the board say the depot would close?",
    "Would the union say the same of its own rota?",
    "Nobody at the union would say whether a ballot was planned.",
    "No one from the firm said the depot would close.",
    "None of the stewards said the vote was rigged.",
    # a condition with a plain past or present verb
    "If the union said yes, the strike would end tomorrow.",
    "Unless the union says otherwise, the strike will go ahead.",
    "Even if the minister said sorry, nurses would still walk out.",
]


@pytest.mark.parametrize("text", UNREAL_SPEECH)
def test_supposed_asked_or_denied_speech_reports_nothing(text: str) -> None:
    assert _reports(text) == []


REAL_SPEECH_NEAR_THOSE_WORDS = [
    (
        "If approved, the union said, the deal would run to 2030.",
        "If approved, the union said, the deal would run to 2030",
        "the union",
    ),
    (
        "Ana Ruiz said that if the board had lied, the union would strike.",
        "if the board had lied, the union would strike",
        "Ana Ruiz",
    ),
    (
        "Did you see that? Ana Ruiz said the depot would close.",
        "the depot would close",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "clause", "source"), REAL_SPEECH_NEAR_THOSE_WORDS)
def test_a_condition_or_a_question_nearby_leaves_a_report(
    text: str, clause: str, source: str
) -> None:
    assert _reports(text) == [(clause, source)]


OVER_PARAGRAPHS = [
    # (text, speaker of every piece): a quotation left open at its paragraph's end
    (
        "“We waited three years for this offer and it is not enough.\n\n"
        "“Nobody wants a strike, but the board left us no choice,” said Ana Ruiz.",
        "Ana Ruiz",
    ),
    ('"One.\n\n"Two, three and four.\n\n"Five and six," said Tom Bell.', "Tom Bell"),
    (
        "'The rota is unsafe for every driver.\n\n'We will not work it,' said Jo Ames.",
        "Jo Ames",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), OVER_PARAGRAPHS)
def test_a_quotation_over_paragraphs_speaks_with_its_last_piece(text: str, speaker: str) -> None:
    quotes = marked(text)
    assert len(quotes) >= 2
    assert {speaker_of(q) for q in quotes} == {speaker}


def test_a_closed_paragraph_does_not_take_the_next_speaker() -> None:
    text = '"We will win," the crowd chanted.\n\n"Nobody wants a strike," said Ana Ruiz.'
    assert [speaker_of(q) for q in marked(text)] == ["the crowd", "Ana Ruiz"]


RESUMED_AFTER_THE_CUE = [
    # (text, the two pieces): single marks resume after the cue's comma
    (
        "'We were let down,' said Mr Bell, 'and we won't take it.'",
        ["We were let down,", "and we won't take it."],
    ),
    ("'The plan,' she said, 'was never costed.'", ["The plan,", "was never costed."]),
    (
        "'Pay is low,' Jo Ames told the BBC, 'and it is getting lower.'",
        ["Pay is low,", "and it is getting lower."],
    ),
]


@pytest.mark.parametrize(("text", "pieces"), RESUMED_AFTER_THE_CUE)
def test_a_single_marked_quotation_resumes_after_its_cue(text: str, pieces: list[str]) -> None:
    assert [q.text for q in marked(text)] == pieces


COMMA_INSIDE_THE_MARK = [
    # (text, reported clause, words in marks, source)
    (
        'Members have been "kept in the dark," Tom Bell said.',
        'Members have been "kept in the dark,"',
        "kept in the dark,",
        "Tom Bell",
    ),
    (
        'Workers are "angry and exhausted," according to the union.',
        'Workers are "angry and exhausted,"',
        "angry and exhausted,",
        "the union",
    ),
    (
        "The strike was “the only option left,” Ana Ruiz said.",
        "The strike was “the only option left,”",
        "the only option left,",
        "Ana Ruiz",
    ),
]


@pytest.mark.parametrize(("text", "clause", "words", "source"), COMMA_INSIDE_THE_MARK)
def test_quoted_words_closing_with_a_comma_inside_the_mark(
    text: str, clause: str, words: str, source: str
) -> None:
    quotes = all_quotes(text)
    assert [(q.kind.value, q.text, source_of(text, q)) for q in quotes] == [
        ("indirect", clause, source),
        ("partial", words, source),
    ]


def test_a_capitalised_quotation_after_another_stays_direct() -> None:
    text = 'He cited a study showing "wages fell." "Your figures are wrong," Ana Ruiz wrote.'
    kinds = [(q.kind.value, q.text) for q in all_quotes(text)]
    assert ("direct", "Your figures are wrong,") in kinds


def test_a_quotation_after_the_verb_keeps_the_verb_for_itself() -> None:
    text = (
        'Bell said the rota "would never work," a steward recalled, adding that Bell '
        'said of the depot: "It will close."'
    )
    assert "It will close." in [q.text for q in marked(text)]


def test_a_word_in_marks_after_what_someone_called_is_theirs() -> None:
    text = 'Tom Bell said the board offered what Ana Ruiz called "crumbs" last year.'
    quotes = all_quotes(text)
    assert [(q.kind.value, q.text, speaker_of(q)) for q in quotes] == [
        ("indirect", 'the board offered what Ana Ruiz called "crumbs" last year', "Tom Bell"),
        ("partial", "crumbs", "Ana Ruiz"),
    ]


def test_words_in_marks_after_what_someone_described_as() -> None:
    text = 'The union rejected what the minister described as "a generous offer."'
    assert [(q.kind.value, source_of(text, q)) for q in marked(text)] == [
        ("partial", "the minister")
    ]


QUOTED_INFINITIVES = [
    ('Ana Ruiz urged members to "stand firm."', 'members to "stand firm."', "stand firm."),
    (
        'Ana Ruiz urged members to "stand firm" in talks.',
        'members to "stand firm" in talks',
        "stand firm",
    ),
    ('Ana Ruiz said members should "stand firm."', 'members should "stand firm."', "stand firm."),
]


@pytest.mark.parametrize(("text", "clause", "words"), QUOTED_INFINITIVES)
def test_words_in_marks_at_the_end_keep_their_closing_mark(
    text: str, clause: str, words: str
) -> None:
    assert [(q.kind.value, q.text) for q in all_quotes(text)] == [
        ("indirect", clause),
        ("partial", words),
    ]


POSSESSOR_SUBJECTS = [
    # (text, the speaker of the words in marks): not the possessor before a title
    (
        'The union\'s general secretary said the firm had "lost the plot".',
        "The union's general secretary",
    ),
    (
        "The union's general secretary said the firm had 'lost the plot'.",
        "The union's general secretary",
    ),
]


@pytest.mark.parametrize(("text", "source"), POSSESSOR_SUBJECTS)
def test_a_possessor_is_no_subject_of_words_in_marks(text: str, source: str) -> None:
    assert [(q.kind.value, source_of(text, q)) for q in all_quotes(text)] == [
        ("indirect", source),
        ("partial", source),
    ]


LONGER_LISTENERS = [
    # (text, reported clause, source): the listener phrase stays out of the clause
    (
        "Ana Ruiz told a press conference the strike would go ahead.",
        "the strike would go ahead",
        "Ana Ruiz",
    ),
    (
        "Tom Bell told the House of Commons the scheme had failed.",
        "the scheme had failed",
        "Tom Bell",
    ),
    ("She told a rally in Dublin the fight was not over.", "the fight was not over", "She"),
    ("He told a packed meeting the vote was rigged.", "the vote was rigged", "He"),
    (
        "The depot was losing money, he told the court in his filing.",
        "The depot was losing money",
        "he",
    ),
    ("Tom Bell told the union members would strike.", "members would strike", "Tom Bell"),
]


@pytest.mark.parametrize(("text", "clause", "source"), LONGER_LISTENERS)
def test_a_listener_of_several_words_before_a_bare_clause(
    text: str, clause: str, source: str
) -> None:
    assert _reports(text) == [(clause, source)]


THAT_VERBS = [
    # (text, reported clause): verbs that report a clause with ``that`` written
    ("Ana Ruiz quipped that the depot would close.", "the depot would close"),
    ("Tom Bell retorted that the figures were wrong.", "the figures were wrong"),
    ("The stewards grumbled that the rota was unfair.", "the rota was unfair"),
    ("Ana Ruiz fumed that the board had lied.", "the board had lied"),
    ("The panel recommended that pay should rise.", "pay should rise"),
    ("Tom Bell reckoned that a deal was close.", "a deal was close"),
    ("Ana Ruiz signalled that talks could resume.", "talks could resume"),
    ("Ana Ruiz signaled that talks could resume.", "talks could resume"),
]


@pytest.mark.parametrize(("text", "clause"), THAT_VERBS)
def test_more_verbs_report_a_that_clause(text: str, clause: str) -> None:
    assert [q.text for q in all_quotes(text) if q.kind is INDIRECT] == [clause]


def test_british_spellings_of_naming_and_signalling() -> None:
    text = "Critics labelled the deal a sell-out."
    assert _reports(text) == [("the deal a sell-out", "Critics")]


NOUNS_NOT_VERBS = [
    "A mass protest that drew 5,000 people ended peacefully.",
    "The minister is musing over a reshuffle.",
]


@pytest.mark.parametrize("text", NOUNS_NOT_VERBS)
def test_a_noun_or_a_verb_without_its_clause_reports_nothing(text: str) -> None:
    assert _reports(text) == []


CARRIED_BY_A_PASSIVE = [
    # (text, reported clause, source, cue)
    (
        "Ana Ruiz was quoted as saying the strike would go on.",
        "the strike would go on",
        "Ana Ruiz",
        "was quoted as saying",
    ),
    (
        "Tom Bell is reported to have said the depot would close.",
        "the depot would close",
        "Tom Bell",
        "is reported to have said",
    ),
    (
        "The minister was heard to say the offer was final.",
        "the offer was final",
        "The minister",
        "was heard to say",
    ),
]


@pytest.mark.parametrize(("text", "clause", "source", "cue"), CARRIED_BY_A_PASSIVE)
def test_a_passive_that_keeps_its_subject_the_speaker(
    text: str, clause: str, source: str, cue: str
) -> None:
    quotes = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert [(q.text, source_of(text, q)) for q in quotes] == [(clause, source)]
    assert quotes[0].attribution is not None
    assert quotes[0].attribution.cue == cue


def test_other_passives_still_report_nothing() -> None:
    assert _reports("Ana Ruiz was told to say nothing.") == []
    assert _reports("The drivers were urged to stay off the roads.") == []


def test_an_excerpt_after_a_colon_keeps_its_author() -> None:
    text = (
        "From Ana Ruiz's column in the Herald:\n\n"
        '"The depot has been run down for years.\n\n'
        '"At the last meeting the manager told us, “Go home,” and left."'
    )
    quotes = [q for q in marked(text) if q.text.startswith("The depot")]
    assert [speaker_of(q) for q in quotes] != ["the manager"]


def test_a_piece_in_other_marks_is_a_quotation_inside() -> None:
    text = (
        '"The wards are short every night.\n\n'
        "“Nobody wants a strike,” said Ana Ruiz.\n\n"
        "Tom Bell disagreed."
    )
    first = [q for q in marked(text) if q.text.startswith("The wards")]
    assert [speaker_of(q) for q in first] == [None]


LISTENERS = [
    # (text, reported clause, source as written)
    ("The premier told parliament the strike was regrettable.", "the strike was regrettable", "The premier"),
    ("Dana Fox told legislators the offer would stand.", "the offer would stand", "Dana Fox"),
    ("Dana Fox told broadcaster Westwave the offer would stand.", "the offer would stand", "Dana Fox"),
    ("Dana Fox told newspaper Daily Record the offer would stand.", "the offer would stand", "Dana Fox"),
    ("Dana Fox told reporters at Harbour House the offer would stand.", "the offer would stand", "Dana Fox"),
    ("Dana Fox told investigators in March the offer would stand.", "the offer would stand", "Dana Fox"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), LISTENERS)
def test_a_legislature_or_a_named_medium_is_the_listener(
    text: str, clause: str, source: str
) -> None:
    assert _reports(text) == [(clause, source)]


PARTICIPLE_AFTER_CLOSING = [
    # (text, the reports in order, each with its source as written)
    (
        "Pay has stalled, the union said, adding that members would ballot.",
        [("Pay has stalled", "the union"), ("members would ballot", "the union")],
    ),
    (
        "Staff are tired, Ana Ruiz told reporters on Monday, saying talks would resume.",
        [("Staff are tired", "Ana Ruiz"), ("talks would resume", "Ana Ruiz")],
    ),
    (
        "Nurses are exhausted, the union said in a statement on Monday, adding that "
        "its members would ballot for strike action.",
        [
            ("Nurses are exhausted", "the union"),
            ("its members would ballot for strike action", "the union"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "reports"), PARTICIPLE_AFTER_CLOSING)
def test_a_participle_after_a_closing_cue_reports_its_own_clause(
    text: str, reports: list[tuple[str, str]]
) -> None:
    assert _reports(text) == reports


def test_the_college_speaks_for_the_college_named_before() -> None:
    text = (
        "Nurses at the Royal College of Nursing voted to strike.\n\n"
        "Staff are exhausted, the college said on Monday."
    )
    [q] = [q for q in lq.parse(text).quotes if q.kind is INDIRECT]
    assert q.text == "Staff are exhausted"
    assert q.attribution is not None
    assert q.attribution.speaker.organization == "Royal College of Nursing"


TIME_BEFORE_VERB = [
    # (text, reported clause, source as written)
    ("The union yesterday said the walkout would go ahead.", "the walkout would go ahead", "The union"),
    ("Union leaders last night warned that the walkout would go ahead.", "the walkout would go ahead", "Union leaders"),
    ("Ana Ruiz this week said the walkout would go ahead.", "the walkout would go ahead", "Ana Ruiz"),
    ("The party today claimed the walkout would go ahead.", "the walkout would go ahead", "The party"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), TIME_BEFORE_VERB)
def test_a_time_between_subject_and_verb_is_no_part_of_the_speaker(
    text: str, clause: str, source: str
) -> None:
    assert _reports(text) == [(clause, source)]


def test_a_time_before_a_participle_leaves_the_sentence_alone() -> None:
    text = "Ana Ruiz started a petition this week calling on the board to resign."
    assert all(source != "Ana Ruiz started a petition" for _, source in _reports(text))


HEADLINE_SPEAKERS = [
    # (text, reported clause, source as written)
    ("Depot strike will go ahead, says union boss\n\nBody text follows.", "Depot strike will go ahead", "union boss"),
    ("Talks have collapsed, says minister.", "Talks have collapsed", "minister"),
    ("Talks have collapsed, say union bosses.", "Talks have collapsed", "union bosses"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), HEADLINE_SPEAKERS)
def test_a_bare_title_after_an_inverted_verb_ending_the_line_speaks(
    text: str, clause: str, source: str
) -> None:
    assert _reports(text) == [(clause, source)]


#: (text, reported clause, source as written): an unnamed source with how it knows
#: (``close to the talks``, ``familiar with the plan``), after or before the clause.
UNNAMED_SOURCES = [
    ("The depot will close in June, sources close to the talks said.", "The depot will close in June", "sources close to the talks"),
    ("The depot will close in June, people familiar with the plan said.", "The depot will close in June", "people familiar with the plan"),
    ("The depot will close in June, two people with knowledge of the talks said.", "The depot will close in June", "two people with knowledge of the talks"),
    ("The depot will close in June, officials briefed on the matter said.", "The depot will close in June", "officials briefed on the matter"),
    ("People familiar with the plan said the depot will close in June.", "the depot will close in June", "People familiar with the plan"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), UNNAMED_SOURCES)
def test_an_unnamed_source_and_how_it_knows(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


#: (text, reported clause, source as written): a time that points back or at today
#: after a closing verb (``said last night``, ``warned this morning``).
CLOSING_TIMES = [
    ("Postal workers will strike next week, the union said last night.", "Postal workers will strike next week", "the union"),
    ("Postal workers will strike next week, the union warned this morning.", "Postal workers will strike next week", "the union"),
    ("Postal workers will strike next week, the union said last Friday.", "Postal workers will strike next week", "the union"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), CLOSING_TIMES)
def test_a_closing_verb_then_a_pointing_time(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


#: (text, reported clauses): a subordinate clause of the verb's up to the sentence's
#: end reports nothing; one that opens a reported clause before its comma does, and so
#: does a ``that`` clause after it.
ADJUNCT_CLAUSES = [
    ('"It is about dignity," Ana Ruiz, 29, said as she held a sign.', []),
    ("Tom Bell testified before the panel as the strike went on.", []),
    ("Ana Ruiz said while she backs the union, the strike is wrong.", ["while she backs the union, the strike is wrong"]),
    ("Ana Ruiz said as the talks ended that the strike is wrong.", ["the strike is wrong"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clauses"), ADJUNCT_CLAUSES)
def test_a_subordinate_clause_of_the_verb_is_no_report(text: str, clauses: list[str]) -> None:
    assert [clause for clause, _ in _reports(text)] == clauses


#: (text, reported clause, speaker as written): ``quoted X as saying``: X speaks, the
#: subject only quotes.
QUOTED_AS = [
    ("The Harbour Daily quoted a local official as saying the dispute would be settled.", "the dispute would be settled", "a local official"),
    ("State media quoted a factory manager as saying that wages would rise.", "wages would rise", "a factory manager"),
    ("Ana Ruiz leads the union. The paper quoted her as saying the strike was lawful.", "the strike was lawful", "her"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), QUOTED_AS)
def test_quoted_as_saying_names_the_speaker(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


def test_a_closing_verb_then_a_place_of_three_words_reports_nothing() -> None:
    text = '"We are underpaid," Ana Ruiz, a union president, said at Denver International Airport.'
    assert _reports(text) == []


#: (text, reported clauses): a participle after a cue inside a sentence is the writer's
#: comment unless it reports (``noting``) or opens the clause's subject (a gerund: then
#: the longer side is the clause, as before).
PARTICIPLE_AFTER_CUE = [
    ("Teachers have voted to strike, the union has announced, raising the prospect of closures in the spring.",
     ["Teachers have voted to strike"]),
    ("The depot will stay shut, the company said, citing the safety of its drivers on the road.",
     ["The depot will stay shut"]),
    ("Some staff may face warnings, she added, sacking drivers would be a very heavy-handed step.",
     ["sacking drivers would be a very heavy-handed step"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clauses"), PARTICIPLE_AFTER_CUE)
def test_a_participle_after_a_cue_inside_the_sentence(text: str, clauses: list[str]) -> None:
    assert [clause for clause, _ in _reports(text)] == clauses


#: ``offered`` with goods for its object reports nothing; with words, it does.
OFFERS = [
    ("Drivers walked out after the firm offered a pay rise of just 2 per cent.", []),
    ("The company offered a 3 per cent rise on Monday.", []),
    ("The operator offered $5,000 to each driver who returned.", []),
    ("Ana Ruiz offered her thoughts on the proposed deal.", ["her thoughts on the proposed deal"]),
    ("The company offered to meet the union on Friday.", ["to meet the union on Friday"]),
    # a company's figures reported are no report; a clause reported is
    ("Kestrel Air reported a net profit of $62 million last year.", []),
    ("The brewer reported net income of $112 million, or 71 cents a share.", []),
    ("The Gazette reported the company had cut 200 jobs.", ["the company had cut 200 jobs"]),
    ("The union reported that members had voted to strike.", ["members had voted to strike"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clauses"), OFFERS)
def test_goods_offered_are_no_report(text: str, clauses: list[str]) -> None:
    assert [clause for clause, _ in _reports(text)] == clauses


def test_an_amount_in_rand_or_rupees_offered_is_no_report() -> None:
    assert _reports("The mine owner has offered R850 a year more.") == []
    assert _reports("The corporation offered Rs 500 a month to each driver.") == []


def test_a_warning_strike_is_no_warning() -> None:
    assert _reports("Workers at Veltmann Ltd held warning strikes on Tuesday.") == []


#: ``X issued a statement saying ...``: the document speaks for the one who put it out.
ISSUED_STATEMENTS = [
    ("The borough council released a statement on Wednesday saying the claims were false.", "the claims were false", "The borough council"),
    ("Dana Pruitt issued a statement saying she would not step down.", "she would not step down", "Dana Pruitt"),
    ("The hauliers' union put out a statement Friday saying the offer was too low.", "the offer was too low", "The hauliers' union"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), ISSUED_STATEMENTS)
def test_a_statement_put_out_speaks_for_its_issuer(text: str, clause: str, source: str) -> None:
    assert _reports(text) == [(clause, source)]


def test_a_person_and_an_appositive_before_said_is_no_inverted_closing() -> None:
    text = (
        "Sabine Kroll, an economist at Tarwin Bank, said wage deals in the range of 5% "
        "looked likely, which would hurt exporters."
    )
    assert _reports(text) == [
        (
            "wage deals in the range of 5% looked likely, which would hurt exporters",
            "Sabine Kroll, an economist at Tarwin Bank",
        )
    ]


#: A person's name, then ``of`` and a body, opening the sentence: the person speaks.
PERSON_OF_A_BODY = [
    ("Deputy Ana Ruiz of the Workers' Party said the plan was unfair.", "the plan was unfair", "Deputy Ana Ruiz of the Workers' Party"),
    ("Ana Ruiz of the Green Party, who sits for Tarwin, said the plan was unfair.", "the plan was unfair", "Ana Ruiz of the Green Party, who sits for Tarwin"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "clause", "source"), PERSON_OF_A_BODY)
def test_a_person_of_a_body_speaks(text: str, clause: str, source: str) -> None:
    [q] = [q for q in all_quotes(text) if q.kind is INDIRECT]
    assert q.attribution is not None
    assert q.attribution.speaker.name == "Ana Ruiz"
    assert (q.text, source_of(text, q)) == (clause, source)


#: A verb of speech that also ends a job reports nothing with a person as its object
#: (``dismissed a steward``); with people it answers (``critics who ...``) or a person
#: judged ``as`` something, it reports.
DISMISSED = [
    ("The firm dismissed a union representative last spring.", []),
    ("The council dismissed 40 workers on Monday.", []),
    ("The hospital dismissed him in May.", []),
    (
        "The mayor dismissed critics who called the levy unfair.",
        [("critics who called the levy unfair", "The mayor")],
    ),
    (
        "The mayor dismissed the steward as a troublemaker.",
        [("the steward as a troublemaker", "The mayor")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISMISSED)
def test_a_person_dismissed_is_no_report(text: str, expected: list[tuple[str, str]]) -> None:
    assert _reports(text) == expected


#: ``according to`` a body's own figures, or its figures with a name of their own: the
#: body is the source, not the subject of the clause after the comma.
ACCORDING_TO_FIGURES = [
    "According to the union's own figures, Tarwin General has the longest waits.",
    "According to the union's figures, Tarwin General has the longest waits.",
    "According to the union's Ward Watch figures, Tarwin General has the longest waits.",
]


@pytest.mark.parametrize("text", ACCORDING_TO_FIGURES)
def test_according_to_a_body_s_figures(text: str) -> None:
    assert _reports(text) == [("Tarwin General has the longest waits", "the union")]


#: A capitalised modifier and a plural of a title's noun open a sentence before a
#: participle of speech: the group speaks (``Care assistants ..., claiming ...``), not
#: a person named ``Care``; a surname ending in ``s`` stays a person.
PARTICIPLE_GROUPS = [
    (
        "Care assistants at a Tarwin home will walk out next week, claiming they do nurses' work.",
        "Care assistants",
    ),
    ("Bus drivers walked out on Monday, saying they were owed back pay.", "Bus drivers"),
    ("Ana Sanders walked out on Monday, saying she was owed back pay.", "Ana Sanders"),
]


@pytest.mark.parametrize(("text", "source"), PARTICIPLE_GROUPS)
def test_a_modified_plural_before_a_participle(text: str, source: str) -> None:
    assert [s for _, s in _reports(text)] == [source]


#: A report inside a relative clause ends at the comma before the main clause's
#: ``said`` (``..., who ... because the union had asked members not to discuss it,
#: said he ...``): both reports are found, each with its own speaker.
def test_an_embedded_report_ends_before_the_main_said() -> None:
    text = (
        "One porter, who asked not to be named because the union had asked members "
        "not to discuss the offer, said he wanted to see the pension terms."
    )
    found = [(q.text, q.attribution.speaker.name) for q in lq.parse(text).quotes if q.attribution]
    assert found == [
        ("members not to discuss the offer", "the union"),
        ("he wanted to see the pension terms", "One porter"),
    ]
