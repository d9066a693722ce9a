"""Reporting verbs and their complement frames, as data.

Reported speech is read from a reporting verb and the complement it takes, not from a
list of sentence shapes: :data:`REPORTING_FRAMES` says, for each verb (a lemma, or a
lemma with its particle: ``call for``), which complements report words:

``that-only``
    a ``that``-clause, the word ``that`` written (``the court ruled that``, ``the
    inquiry found that``: rulings and findings, whose verbs take other objects too);
``that``
    a ``that``-clause or a bare clause (``said (that) the talks failed``); such a verb
    may also close a sentence after its clause (``The talks failed, the union said.``);
``to``
    a ``to``-infinitive, after a listener or not (``urged members to strike``,
    ``vowed to strike``);
``as``
    an object with an ``as``-complement (``described the offer as an insult``);
``naming``
    an object and what it is called, an ``a``/``an`` phrase or words in marks
    (``called the offer an insult``, ``called the owners "greedy"``);
``wh``
    a question clause, after a listener or not (``asked whether``, ``asked her why``);
``object``
    a noun-phrase object and what hangs from it (``criticized the offer``,
    ``accused the board of stalling``, ``called for a strike``).

The reported clause is the complement, up to the end of its sentence; the verb, its
subject and its listener (``told reporters``) are the cue.
"""

from __future__ import annotations

import functools

from . import _vocab as V

__all__ = [
    "AS",
    "COLON_NOT_SPEAKERS",
    "FRACTIONS",
    "NAMING",
    "NOT_PLURAL_MODIFIERS",
    "NOT_SUBJECT_HEADS",
    "OBJECT",
    "PARTICIPLE_LEADS",
    "PLURAL_DETERMINERS",
    "PLURAL_HEADS",
    "PRE_VERB_WORDS",
    "PROGRESSIVE_AUXILIARIES",
    "QUANTITY_LEADS",
    "RELATIVE_LEADS",
    "REPORTING_FRAMES",
    "SPEECH_NOUN_FRAMES",
    "THAT",
    "THAT_ONLY",
    "TO",
    "TO_CARRIERS",
    "WH",
    "WH_WORDS",
    "frame_forms",
    "frames_of",
]

THAT = "that"
THAT_ONLY = "that-only"
TO = "to"
AS = "as"
NAMING = "naming"
WH = "wh"
OBJECT = "object"

#: Each reporting verb with the complements that report words (sorted by verb).
REPORTING_FRAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accuse", (OBJECT,)),
    ("acknowledge", (THAT,)),
    ("add", (THAT,)),
    ("admit", (THAT,)),
    ("agree", (THAT, TO)),
    ("allege", (THAT,)),
    ("announce", (THAT, OBJECT)),
    ("apologize for", (OBJECT,)),
    ("argue", (THAT,)),
    ("ask", (TO, WH)),
    ("ask for", (OBJECT,)),
    ("assert", (THAT,)),
    ("assure", (THAT,)),
    ("blast", (OBJECT,)),
    ("boast", (THAT,)),
    ("boast about", (OBJECT,)),
    ("boast of", (OBJECT,)),
    ("brag", (THAT,)),
    ("call", (AS, NAMING)),
    ("call for", (OBJECT,)),
    ("call on", (TO,)),
    ("caution", (THAT,)),
    ("caution against", (OBJECT,)),
    ("characterize", (AS,)),
    ("charge", (THAT,)),
    ("cite", (OBJECT,)),
    ("claim", (THAT, OBJECT)),
    ("comment", (THAT,)),
    ("complain", (THAT,)),
    ("complain about", (OBJECT,)),
    ("concede", (THAT,)),
    ("conclude", (THAT_ONLY,)),
    ("confirm", (THAT, OBJECT)),
    ("contend", (THAT,)),
    ("counter", (THAT,)),
    ("criticize", (OBJECT,)),
    ("declare", (THAT,)),
    ("decry", (OBJECT,)),
    ("demand", (THAT, OBJECT)),
    ("deny", (THAT, OBJECT)),
    ("deride", (OBJECT,)),
    ("describe", (AS,)),
    ("determine", (THAT_ONLY,)),
    ("disclose", (THAT,)),
    ("dismiss", (OBJECT,)),
    ("echo", (OBJECT,)),
    ("emphasize", (THAT,)),
    ("estimate", (THAT,)),
    ("explain", (THAT, WH)),
    ("express", (OBJECT,)),
    ("find", (THAT_ONLY,)),
    ("hint", (THAT,)),
    ("indicate", (THAT,)),
    ("inform", (THAT,)),
    ("insist", (THAT,)),
    ("joke about", (OBJECT,)),
    ("label", (AS,)),
    ("lament", (THAT, OBJECT)),
    ("maintain", (THAT,)),
    ("mention", (THAT, OBJECT)),
    ("mock", (OBJECT,)),
    ("note", (THAT,)),
    ("observe", (THAT,)),
    ("offer", (TO, OBJECT)),
    ("pledge", (THAT, TO, OBJECT)),
    ("point out", (THAT,)),
    ("point to", (OBJECT,)),
    ("praise", (OBJECT,)),
    ("predict", (THAT,)),
    ("promise", (THAT, TO, OBJECT)),
    ("propose", (THAT, OBJECT)),
    ("question", (WH, OBJECT)),
    ("rail against", (OBJECT,)),
    ("reaffirm", (THAT, OBJECT)),
    ("reassure", (THAT,)),
    ("recall", (THAT,)),
    ("reiterate", (THAT,)),
    ("remark", (THAT,)),
    ("remind", (THAT,)),
    ("repeat", (THAT, OBJECT)),
    ("reply", (THAT,)),
    ("report", (THAT, OBJECT)),
    ("respond", (THAT,)),
    ("reveal", (THAT, OBJECT)),
    ("rule", (THAT_ONLY,)),
    ("say", (THAT,)),
    ("signal", (THAT,)),
    ("slam", (OBJECT,)),
    ("speak about", (OBJECT,)),
    ("speak of", (OBJECT,)),
    ("speculate", (THAT,)),
    ("state", (THAT,)),
    ("stress", (THAT,)),
    ("suggest", (THAT, OBJECT)),
    ("tell", (THAT, TO)),
    ("testify", (THAT,)),
    ("threaten", (TO,)),
    ("tout", (OBJECT,)),
    ("tweet", (THAT,)),
    ("underscore", (THAT,)),
    ("urge", (TO,)),
    ("vow", (THAT, TO)),
    ("warn", (THAT, TO)),
    ("warn against", (OBJECT,)),
    ("warn of", (OBJECT,)),
    ("wonder", (WH,)),
    ("write", (THAT,)),
    ("write about", (OBJECT,)),
)

#: Nouns of speech after a possessor, with the word that opens their content:
#: ``the union's demand that ...``, ``her call for ...``, ``his pledge to ...`` (the
#: possessor is the speaker; sorted by noun).
SPEECH_NOUN_FRAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accusation", ("that",)),
    ("admission", ("that",)),
    ("argument", ("that",)),
    ("assertion", ("that",)),
    ("assurance", ("that",)),
    ("call", ("for",)),
    ("calls", ("for",)),
    ("claim", ("that",)),
    ("claims", ("that",)),
    ("complaint", ("that",)),
    ("contention", ("that",)),
    ("demand", ("for", "that")),
    ("demands", ("for",)),
    ("denial", ("that",)),
    ("insistence", ("that",)),
    ("plea", ("for",)),
    ("pledge", ("that", "to")),
    ("prediction", ("that",)),
    ("promise", ("that", "to")),
    ("statement", ("that",)),
    ("suggestion", ("that",)),
    ("threat", ("to",)),
    ("vow", ("that", "to")),
    ("warning", ("that",)),
)

#: Words before a quantity that speaks as a group (``Nearly half said``).
QUANTITY_LEADS: tuple[str, ...] = (
    "about", "almost", "around", "fewer than", "just", "less than", "more than", "nearly",
    "only", "over", "roughly", "some", "under",
)  # fmt: skip

#: Fractions that speak as a group (``Two-thirds say``).
FRACTIONS: tuple[str, ...] = (
    "four-fifths", "one-fifth", "one-half", "one-quarter", "one-third", "three-fifths",
    "three-fourths", "three-quarters", "two-fifths", "two-thirds",
)  # fmt: skip

#: Plural heads without an ``-s`` that speak as a group (``the women say``).
PLURAL_HEADS: tuple[str, ...] = ("clergy", "men", "people", "police", "staff", "women")

#: Determiners that may open a plural group subject (``the women``, ``many voters``).
PLURAL_DETERMINERS: tuple[str, ...] = (
    "both", "many", "most", "other", "several", "some", "the", "these", "those",
)  # fmt: skip

#: Words that never stand in a plural group subject (``and``, ``was``, ``the``).
NOT_PLURAL_MODIFIERS: tuple[str, ...] = (
    "a", "an", "and", "are", "as", "at", "but", "by", "for", "from", "had", "has", "have",
    "he", "her", "his", "in", "is", "it", "of", "on", "or", "she", "that", "the", "their",
    "they", "this", "to", "was", "we", "were", "which", "who", "with",
)  # fmt: skip

#: Modifiers that end no subject noun phrase: a verb form after them is a noun
#: (``a former state senator``, ``no mention``, ``the key question``).
NOT_SUBJECT_HEADS: tuple[str, ...] = (
    "chief", "first", "former", "home", "key", "last", "less", "more", "much", "new", "next", "no",
    "old", "other", "same", "senior", "then", "top",
)  # fmt: skip

#: Relative words before the subject of a reporting verb: ``a deal that officials said
#: would fail``, ``which critics said was unfair``.
RELATIVE_LEADS: tuple[str, ...] = ("that", "what", "where", "which", "whom")

#: Line heads before a colon that name no speaker (``Note: ...``, ``Related: ...``), with
#: the field labels of archive exports (LexisNexis, ProQuest, Factiva: ``Byline:``).
COLON_NOT_SPEAKERS: tuple[str, ...] = (
    "abstract", "accession number", "author", "body", "by", "byline", "caption",
    "clarification", "classification", "column", "contact", "contributing", "copyright",
    "correction", "credit",
    "date and time", "dateline", "distribution", "document type", "document-type", "edition",
    "editor's note", "editor’s note", "email", "filed under", "full text", "graphic",
    "headline", "highlight", "image", "job number", "language", "language of publication",
    "length", "listen", "load-date", "location", "more", "name", "note", "notes", "pages",
    "people", "photo", "photos", "place of publication", "posted", "publication date",
    "publication info", "publication title", "publication year", "publication-type",
    "published", "publisher", "read more", "related", "search terms", "search type", "section",
    "see also", "series", "share", "source", "source type", "sources", "subject", "subscribe",
    "tags", "the latest", "title", "topics", "type", "update", "updated", "url", "video",
    "watch",
)  # fmt: skip

#: Words between a subject and its reporting verb that the adverb skip leaves:
#: ``have long insisted``, ``has twice complained``, ``now say``, ``first testified``.
PRE_VERB_WORDS: tuple[str, ...] = (
    "already", "also", "ever", "first", "long", "now", "once", "since", "still", "twice",
)  # fmt: skip

#: Words before ``to`` that leave the verb after it a report of their subject:
#: ``continued to insist``, ``went on to say``, ``was quick to point out``, ``began to
#: argue`` (but not ``declined to say``, ``refused to comment``, ``plans to announce``).
TO_CARRIERS: tuple[str, ...] = (
    "began", "begin", "begins", "continue", "continued", "continues", "continuing",
    "hastened", "likely", "on", "proceeded", "quick", "rushed",
)  # fmt: skip

#: Words before a participle that reports the words of its sentence's subject:
#: ``by saying``, ``after telling``, ``while arguing``, ``before urging``.
PARTICIPLE_LEADS: tuple[str, ...] = (
    "after", "and", "before", "by", "since", "when", "while", "without",
)  # fmt: skip

#: The auxiliaries of a progressive verb (``is suggesting``, ``has been warning``).
PROGRESSIVE_AUXILIARIES: tuple[str, ...] = ("am", "are", "been", "is", "was", "were")

#: Words that open a question clause (``asked whether``, ``questioned why``).
WH_WORDS: tuple[str, ...] = ("how", "if", "what", "when", "where", "whether", "who", "why")


def _forms(verb: str) -> frozenset[str]:
    """Every inflected form of *verb*, its particle kept (``call for`` -> calls for)."""
    head, _, particle = verb.partition(" ")
    forms = V.verb_forms((head,))
    return frozenset(f"{f} {particle}" for f in forms) if particle else forms


@functools.cache
def _form_table() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for verb, frames in REPORTING_FRAMES:
        for form in _forms(verb):
            table[form] = frames
    return table


def frame_forms() -> frozenset[str]:
    """Every inflected form of the verbs of :data:`REPORTING_FRAMES`."""
    return frozenset(_form_table())


def frames_of(form: str) -> tuple[str, ...]:
    """The frames of an inflected verb form (lower case); ``()`` for another word."""
    return _form_table().get(form, ())
