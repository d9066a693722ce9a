"""Quoted fragments inside reported speech: the exact words and the paraphrase, both.

``she said the offer was "an insult" to nurses`` gives an ``indirect`` quotation for the
reported clause and a ``partial`` one for the words in marks, with the same speaker.
Every case is invented.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from laborquotes import Quote, QuoteKind, extract_quotes, parse
from quoting import speaker_of

INDIRECT, PARTIAL = QuoteKind.INDIRECT, QuoteKind.PARTIAL

NESTED = [
    # (text, reported clause, [fragments], speaker)
    (
        'Ana Ruiz said the offer was "an insult" to nurses.',
        'the offer was "an insult" to nurses',
        ["an insult"],
        "Ana Ruiz",
    ),
    (
        'Tom Bell said the board had "no intention of cutting night pay" this year.',
        'the board had "no intention of cutting night pay" this year',
        ["no intention of cutting night pay"],
        "Tom Bell",
    ),
    (
        'The union told members that the deal was "dead in the water" and '
        '"totally unacceptable" to porters.',
        'the deal was "dead in the water" and "totally unacceptable" to porters',
        ["dead in the water", "totally unacceptable"],
        "The union",
    ),
    (
        "Kofi Mensah, a crane driver, said the owners were \u201cplaying games\u201d "
        "with the port.",
        "the owners were \u201cplaying games\u201d with the port",
        ["playing games"],
        "Kofi Mensah",
    ),
    # one word as the complement of a copula is the speaker's word too
    (
        'Ana Ruiz said the offer was "derisory".',
        'the offer was "derisory"',
        ["derisory"],
        "Ana Ruiz",
    ),
    (
        "Harbour Employers said it was \u201cdismayed\u201d by the vote.",
        "it was \u201cdismayed\u201d by the vote",
        ["dismayed"],
        "Harbour Employers",
    ),
    (
        'Tom Bell described the deal as "historic".',
        'the deal as "historic"',
        ["historic"],
        "Tom Bell",
    ),
    # one word after an article that follows a copula or ``as``, or after a naming
    # verb's short object
    (
        'Tom Bell said the offer was a "betrayal" of porters.',
        'the offer was a "betrayal" of porters',
        ["betrayal"],
        "Tom Bell",
    ),
    (
        'Tom Bell described the deal as an "insult".',
        'the deal as an "insult"',
        ["insult"],
        "Tom Bell",
    ),
    (
        'The union called the decision "shameful".',
        'the decision "shameful"',
        ["shameful"],
        "The union",
    ),
    (
        'The union called the new pay offer "derisory".',
        'the new pay offer "derisory"',
        ["derisory"],
        "The union",
    ),
    # a subject with a place after it: the clause's reading of the verb, for both
    (
        'Shop stewards at the plant said they had been "treated like dirt".',
        'they had been "treated like dirt"',
        ["treated like dirt"],
        "Shop stewards at the plant",
    ),
    (
        'The exit polls in three states said turnout was "sharply down".',
        'turnout was "sharply down"',
        ["sharply down"],
        "The exit polls in three states",
    ),
    # the reported clause's own subject, with a verb of no speech, is no speaker (here
    # the subject of a progressive, read as a participle's clause)
    (
        'Jo Feeney said Calder was charging tenants "more than it ever has" this year.',
        'Calder was charging tenants "more than it ever has" this year',
        ["more than it ever has"],
        "Jo Feeney",
    ),
]


def _by_kind(quotes: list[Quote], kind: QuoteKind) -> list[Quote]:
    return [q for q in quotes if q.kind is kind]


@pytest.mark.parametrize(("text", "clause", "fragments", "speaker"), NESTED)
def test_fragment_in_reported_speech_is_its_own_partial_quotation(
    text: str, clause: str, fragments: list[str], speaker: str
) -> None:
    quotes = extract_quotes(text)
    [outer] = _by_kind(quotes, INDIRECT)
    inner = _by_kind(quotes, PARTIAL)
    assert outer.text == clause
    assert [q.text for q in inner] == fragments
    for q in inner:
        assert outer.span.start < q.span.start < q.span.end <= outer.span.end
        assert text[q.span.start : q.span.end] == q.text
        assert q.attribution == outer.attribution
    assert {speaker_of(q) for q in quotes} == {speaker}


NOT_NESTED = [
    # any other single word in marks stays a scare quote, inside reported speech too
    ('Ana Ruiz said the "fair" rota had failed nurses.', [INDIRECT]),
    ('Ana Ruiz said the offer would "modernise" the service.', [INDIRECT]),
    # no reported speech around the fragment: scare quotes
    ('The offer was "an insult" to some.', []),
    # the clause opens with the mark: one partial quotation, no paraphrase
    (
        'Ana Ruiz said that "we will not go back until the contract is signed."',
        [PARTIAL],
    ),
    # words in marks right after the verb, then a phrase of place, time or medium: the
    # words are quoted, no clause is reported
    ('Ana Ruiz said "we will win" in a tweet on Monday.', [PARTIAL]),
    ('Tom Bell said "no deal yet" on the radio.', [PARTIAL]),
    # a name in marks inside reported speech is no fragment of speech
    ('Ana Ruiz said the so-called "fair rota" plan had failed nurses.', [INDIRECT]),
]


@pytest.mark.parametrize(("text", "kinds"), NOT_NESTED)
def test_other_marks_in_reported_speech(text: str, kinds: list[QuoteKind]) -> None:
    assert [q.kind for q in extract_quotes(text)] == kinds


def test_article_keeps_both_records_in_text_order() -> None:
    text = (
        "MILLBROOK -- Nurses voted to strike on Monday.\n\n"
        'Ana Ruiz, the union president, said the offer was "an insult" to nurses.'
    )
    quotes = parse(text).quotes
    assert [q.kind for q in quotes] == [INDIRECT, PARTIAL]
    assert quotes[0].span.start < quotes[1].span.start


_FRAGMENTS = st.sampled_from(
    ["an insult", "a disgrace to the city", "dead on arrival", "playing games with pay"]
)
_SPEAKERS = st.sampled_from(["Ana Ruiz", "Tom Bell", "The union"])


@settings(max_examples=40, deadline=None)
@given(fragment=_FRAGMENTS, speaker=_SPEAKERS, curly=st.booleans())
def test_any_fragment_in_reported_speech(fragment: str, speaker: str, curly: bool) -> None:
    o, c = ("\u201c", "\u201d") if curly else ('"', '"')
    text = f"{speaker} said the pay offer was {o}{fragment}{c} for every nurse on the ward."
    quotes = extract_quotes(text)
    assert [q.kind for q in quotes] == [INDIRECT, PARTIAL]
    outer, inner = quotes
    assert inner.text == fragment
    assert inner.attribution == outer.attribution
    assert speaker_of(inner) == speaker


def test_voices_count_the_words_and_their_paraphrase_once() -> None:
    text = (
        "MILLBROOK -- Nurses voted to strike on Monday.\n\n"
        "Ana Ruiz, president of the Millbrook Nurses Union, said the offer was "
        '"an insult" to nurses.'
    )
    article = parse(text)
    assert [q.kind for q in article.quotes] == [INDIRECT, PARTIAL]
    assert [(v.key, v.quotes) for v in article.voices.by_role] == [("union_official", 1)]
    assert [v.quotes for v in article.voices.by_organization] == [1]


#: (text, the words in marks, their speaker): words in marks inside a relative clause
#: about the subject, then the main verb and its clause: ``said he was relieved`` is a
#: verb and a clause, no inverted cue (``"...," said he``).
RELATIVE_FRAGMENTS = [
    ('Ana Ruiz, who called the offer "an insult to every nurse," said talks would resume.',
     "an insult to every nurse,", "Ana Ruiz"),
    ('Mayor Tom Bell, who had called the strike "a disaster for the city," said he was relieved.',
     "a disaster for the city,", "Tom Bell"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "words", "speaker"), RELATIVE_FRAGMENTS)
def test_words_in_marks_inside_a_relative_clause_are_the_subject_s(
    text: str, words: str, speaker: str
) -> None:
    [fragment] = _by_kind(extract_quotes(text), PARTIAL)
    assert (fragment.text, speaker_of(fragment)) == (words, speaker)


def test_an_inverted_cue_still_names_its_speaker() -> None:
    [quote] = extract_quotes('"The offer is an insult," said Ana Ruiz, a nurse.')
    assert speaker_of(quote) == "Ana Ruiz"


def test_a_passive_naming_verbs_agent_speaks_the_words() -> None:
    text = (
        "Two pools in Fenmoor will close after councillors backed a budget described by "
        'the council leader as "the hardest I have had to set".'
    )
    [q] = [q for q in extract_quotes(text) if q.kind is PARTIAL]
    assert speaker_of(q) == "the council leader"


#: (text, fragment, speaker, cue): a passive verb of naming right before words in marks
#: (``was branded``, ``was described as``, ``was accused of``) and its agent after them:
#: the words are the agent's, however few; ``by all accounts`` names no agent.
PASSIVE_AGENTS_AFTER = [
    ('The plan was branded "a shambles" by the union.', "a shambles", "the union", "branded"),
    ('The offer was described as "derisory" by Unite general secretary Ana Ruiz.', "derisory", "Ana Ruiz", "described"),
    ("The minister was accused of \"cowardice\" by the union's general secretary, Ana Ruiz.", "cowardice", "Ana Ruiz", "accused"),
    ('The cuts were slammed as "reckless" by Labour.', "reckless", "Labour", "slammed"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "fragment", "speaker", "cue"), PASSIVE_AGENTS_AFTER)
def test_a_passive_agent_after_the_words(text: str, fragment: str, speaker: str, cue: str) -> None:
    (q,) = [q for q in extract_quotes(text) if q.kind is PARTIAL]
    assert q.text == fragment
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.cue) == (speaker, cue)


def test_by_all_accounts_is_no_agent() -> None:
    text = 'The plan was branded "a shambles", by all accounts.'
    assert all(
        q.attribution is None or q.attribution.speaker.name != "all accounts"
        for q in extract_quotes(text)
    )


#: A time between the subject and its verb (``Ana Ruiz last night branded``) is no verb:
#: the words in marks keep the verb as their cue.
@pytest.mark.parametrize(
    "text",
    [
        'Union chief Ana Ruiz last night branded the offer "an insult to every nurse".',
        'Ana Ruiz yesterday branded the offer "an insult to every nurse".',
        'Ana Ruiz on Tuesday branded the offer "an insult to every nurse".',
    ],
)
def test_a_time_before_the_verb(text: str) -> None:
    (q,) = [q for q in extract_quotes(text) if q.kind is PARTIAL]
    assert q.attribution is not None
    assert (q.attribution.speaker.name, q.attribution.cue) == ("Ana Ruiz", "branded")


#: A speaker phrase after a verb of speech that stands closer to the words in marks than
#: the sentence subject's own verb speaks them: ``The firm was fined, with a judge
#: describing its systems as "..."``.
def test_a_person_with_a_closer_verb_of_speech() -> None:
    text = (
        'The firm was fined, with a judge describing its systems as "little more than paperwork".'
    )
    (q,) = [q for q in extract_quotes(text) if q.kind is PARTIAL]
    assert q.attribution is not None
    assert q.attribution.speaker.name == "a judge"


#: ``the statement added`` after ``In a statement, the council said ...``: the council's
#: (a noun phrase never runs over a verb of speech: ``the council said recruitment``).
def test_the_statement_added_is_the_bodys() -> None:
    text = (
        'In a statement, the council said recruitment for eight posts was "well advanced". '
        "The pilot had been approved in the budget, the statement added."
    )
    (q,) = [q for q in extract_quotes(text) if q.text.startswith("The pilot")]
    assert q.attribution is not None
    assert q.attribution.speaker.name == "the council"
