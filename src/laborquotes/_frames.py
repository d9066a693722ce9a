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
    (``called the offer an insult``, ``called the owners "greedy"``), or a word that
    judges (``called the plan reckless``, ``calling them liars``: see
    :data:`NAMING_COMPLEMENTS`);
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
    "AS_JUDGED",
    "BARE_CLAUSE_LEADS",
    "COLON_LABEL_ENDS",
    "COLON_NOT_SPEAKERS",
    "COLON_SPEECH_NOUNS",
    "COMPLEMENT_LEADS",
    "DEGREE_ADVERBS",
    "DISMISSED_STAFF_NOUNS",
    "DOCUMENT_NOUNS",
    "EVALUATIVE_ENDINGS",
    "FINITE_HEADS",
    "FRACTIONS",
    "GOODS_NOUNS",
    "GOODS_OBJECT_VERBS",
    "ING_COMPOUND_NOUNS",
    "INVERTED_CLOSERS",
    "ISSUING_VERBS",
    "NAMING",
    "NAMING_COMPLEMENTS",
    "NAMING_DETERMINERS",
    "NAMING_OBJECT_PRONOUNS",
    "NAMING_PREFIXES",
    "NOT_BARE_SUBJECT_WORDS",
    "NOT_CLAUSE_LEADS",
    "NOT_NAMING_COMPLEMENTS",
    "NOT_PLURAL_MODIFIERS",
    "NOT_SUBJECT_HEADS",
    "OBJECT",
    "OBJECT_FOLLOWERS",
    "OBJECT_NOT_SPEECH_VERBS",
    "OBJECT_PRONOUNS",
    "PARTICIPLE_LEADS",
    "PASSIVE_CARRIERS",
    "PERSON_OBJECT_VERBS",
    "PLURAL_DETERMINERS",
    "PLURAL_HEADS",
    "PRE_VERB_WORDS",
    "PROGRESSIVE_AUXILIARIES",
    "PUBLISHING_PARTICIPLES",
    "QUANTITY_LEADS",
    "QUANTITY_NOUNS",
    "REFUSAL_WORDS",
    "RELATIVE_LEADS",
    "RELATIVE_NAMING_VERBS",
    "REPORTING_FRAMES",
    "SECOND_PREDICATE_VERBS",
    "SPEECH_IDIOMS",
    "SPEECH_NOUN_FRAMES",
    "THAT",
    "THAT_ONLY",
    "TO",
    "TO_CARRIERS",
    "UN_ENDINGS",
    "WH",
    "WH_WORDS",
    "frame_forms",
    "frames_of",
]

THAT = "that"
THAT_ONLY = "that-only"
TO = "to"
AS = "as"
#: ``as`` and a judgement in marks or with ``a``/``an`` (``rejected the offer as "an
#: insult"``), not a clause (``reject the offer as strikes loom``).
AS_JUDGED = "as-judged"
NAMING = "naming"
WH = "wh"
OBJECT = "object"

#: Each reporting verb with the complements that report words (sorted by verb).
REPORTING_FRAMES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("accuse", (OBJECT,)),
    ("acknowledge", (THAT,)),
    ("add", (THAT,)),
    ("admit", (THAT,)),
    ("advise", (THAT_ONLY, TO)),
    ("agree", (THAT, TO)),
    ("allege", (THAT,)),
    ("announce", (THAT, OBJECT)),
    ("apologize for", (OBJECT,)),
    ("appeal to", (TO,)),
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
    ("brand", (AS_JUDGED, NAMING)),
    ("call", (AS, NAMING)),
    ("call for", (OBJECT,)),
    ("call on", (TO,)),
    ("caution", (THAT,)),
    ("caution against", (OBJECT,)),
    ("characterize", (AS,)),
    ("charge", (THAT_ONLY,)),
    ("cite", (OBJECT,)),
    ("claim", (THAT, OBJECT)),
    ("comment", (THAT,)),
    ("complain", (THAT,)),
    ("complain about", (OBJECT,)),
    ("concede", (THAT,)),
    ("conclude", (THAT_ONLY,)),
    ("condemn", (AS_JUDGED,)),
    ("confirm", (THAT, OBJECT)),
    ("contend", (THAT,)),
    ("counter", (THAT,)),
    ("criticize", (OBJECT,)),
    ("declare", (THAT,)),
    ("decry", (OBJECT,)),
    ("demand", (THAT, OBJECT)),
    ("denounce", (AS_JUDGED,)),
    ("deny", (THAT, OBJECT)),
    ("deride", (OBJECT,)),
    ("describe", (AS,)),
    ("determine", (THAT_ONLY,)),
    ("disclose", (THAT,)),
    ("dismiss", (OBJECT, AS_JUDGED)),
    ("echo", (OBJECT,)),
    ("emphasize", (THAT,)),
    ("estimate", (THAT,)),
    ("explain", (THAT, WH)),
    ("express", (OBJECT,)),
    ("find", (THAT_ONLY,)),
    ("fume", (THAT_ONLY,)),
    ("grumble", (THAT_ONLY,)),
    ("hail", (AS_JUDGED,)),
    ("hint", (THAT,)),
    ("implore", (TO,)),
    ("indicate", (THAT,)),
    ("inform", (THAT,)),
    ("insist", (THAT,)),
    ("instruct", (TO,)),
    ("joke about", (OBJECT,)),
    ("label", (AS, NAMING)),
    ("lament", (THAT, OBJECT)),
    ("maintain", (THAT,)),
    ("mention", (THAT, OBJECT)),
    ("mock", (OBJECT,)),
    ("muse", (THAT_ONLY,)),
    ("note", (THAT,)),
    ("observe", (THAT,)),
    ("offer", (TO, OBJECT)),
    ("plead with", (TO,)),
    ("pledge", (THAT, TO, OBJECT)),
    ("point out", (THAT,)),
    ("point to", (OBJECT,)),
    ("praise", (OBJECT,)),
    ("predict", (THAT,)),
    ("promise", (THAT, TO, OBJECT)),
    ("propose", (THAT, OBJECT)),
    ("question", (WH, OBJECT)),
    ("quip", (THAT_ONLY,)),
    ("rail against", (OBJECT,)),
    ("reaffirm", (THAT, OBJECT)),
    ("reassure", (THAT,)),
    ("recall", (THAT,)),
    ("reckon", (THAT_ONLY,)),
    ("recommend", (THAT_ONLY,)),
    ("reiterate", (THAT,)),
    ("reject", (AS_JUDGED,)),
    ("remark", (THAT,)),
    ("remind", (THAT,)),
    ("repeat", (THAT, OBJECT)),
    ("reply", (THAT,)),
    ("report", (THAT, OBJECT)),
    ("respond", (THAT,)),
    ("retort", (THAT_ONLY,)),
    ("reveal", (THAT, OBJECT)),
    ("rule", (THAT_ONLY,)),
    ("say", (THAT,)),
    ("signal", (THAT,)),
    ("slam", (OBJECT,)),
    ("speak about", (OBJECT,)),
    ("speak of", (OBJECT,)),
    ("speculate", (THAT,)),
    ("state", (THAT_ONLY,)),
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

#: Words after a reporting verb that open no reported clause before a quotation, beside
#: the prepositions of place, time and object (``tweeted back at him, "..."``, ``told
#: Ruiz of the Post, "..."``, ``blasted out an email, "..."``).
NOT_CLAUSE_LEADS: tuple[str, ...] = ("back", "of", "out")

#: Words that judge, said of a naming verb's object without ``a``/``an``: ``called the
#: plan reckless``, ``calling them liars``, ``called it unacceptable`` (sorted). A word
#: with one of :data:`EVALUATIVE_ENDINGS` judges too (``dangerous``, ``irresponsible``),
#: but for :data:`NOT_NAMING_COMPLEMENTS`. A word that only names or places (``called
#: her sister``, ``called the union official``) reports nothing.
NAMING_COMPLEMENTS: tuple[str, ...] = (
    "absurd", "alarming", "appalling", "bad", "biased", "bigots", "bizarre", "brave",
    "brilliant", "clowns", "concerning", "conservative", "corrupt", "cowardly", "cowards",
    "crazy", "criminals", "crooked", "crooks", "cruel", "deceptive", "delusional",
    "disappointing", "disgusting", "dishonest", "disturbing", "divisive", "dumb",
    "embarrassing", "encouraging", "evil", "excessive", "extreme", "extremists", "fake",
    "false", "flawed", "foolish", "fraudulent", "good", "great", "heartbreaking", "heroes",
    "hypocrites", "hypocritical", "idiots", "ignorant", "illegal", "illegitimate", "immoral",
    "inaccurate", "inadequate", "inappropriate", "incompetent", "insane", "insulting",
    "irrelevant", "lawful", "lazy", "legitimate", "liars", "liberal", "losers", "misguided",
    "misleading", "moderate", "murderers", "naive", "nasty", "offensive", "overblown",
    "partisan", "pathetic", "premature", "progressive", "promising", "racist", "racists",
    "radical", "rapists", "rigged", "rude", "sad", "sexist", "shocking", "sick", "silly",
    "smart", "socialist", "stupid", "terrible", "terrorists", "thugs", "toxic", "traitors",
    "troubling", "unfair", "unfit", "unqualified", "unsettling", "untrue", "unwise", "weak",
    "worrying", "wrong",
)  # fmt: skip

#: Endings of words that judge (``dangerous``, ``shameful``, ``reckless``,
#: ``irresponsible``, ``unacceptable``, ``derisory``), in a word of at least six letters.
EVALUATIVE_ENDINGS: tuple[str, ...] = ("able", "ful", "ible", "less", "ory", "ous")

#: Endings of words that judge after ``un-`` (``unpatriotic``, ``unconstitutional``,
#: ``unprecedented``).
UN_ENDINGS: tuple[str, ...] = ("al", "ant", "ed", "ent", "ic", "ive")

#: Prefixes of a judging word or a stance (``un-American``, ``pro-choice``,
#: ``anti-union``).
NAMING_PREFIXES: tuple[str, ...] = ("anti-", "pro-", "un-")

#: Words of a judging form that are nouns or names, not judgements (``called the office
#: timetable``, ``called them united``).
NOT_NAMING_COMPLEMENTS: tuple[str, ...] = (
    "accessory", "armful", "bible", "cable", "category", "collectible", "constable",
    "convertible", "directory", "dormitory", "factory", "handful", "history", "inventory",
    "laboratory", "memory", "mouthful", "notable", "observatory", "parable", "repository",
    "roundtable", "spoonful", "syllable", "table", "territory", "theory", "timetable",
    "trajectory", "turntable", "unidentified", "unified", "unionized", "united", "unnamed",
    "variable", "vegetable", "victory",
)  # fmt: skip

#: Pronouns that may be a naming verb's whole object (``called it unacceptable``).
NAMING_OBJECT_PRONOUNS: tuple[str, ...] = (
    "her", "herself", "him", "himself", "it", "itself", "me", "myself", "them", "themselves",
    "these", "this", "those", "us", "you", "yourself",
)  # fmt: skip

#: Words that open a naming verb's object noun phrase (``called the plan reckless``).
NAMING_DETERMINERS: tuple[str, ...] = (
    "her", "his", "its", "my", "our", "that", "the", "their", "these", "this", "those", "your",
)  # fmt: skip

#: Adverbs of degree before a judging word (``called it totally unacceptable``; an
#: ``-ly`` adverb is read as one too).
DEGREE_ADVERBS: tuple[str, ...] = (
    "downright", "plain", "pretty", "quite", "rather", "so", "too", "very",
)  # fmt: skip

#: Verbs that open a second predicate of the subject after an object complement
#: (``criticized the plan and refused to ...``, ``described himself as X and has said
#: ...``): finite auxiliaries and common irregular pasts (a regular past, ``-ed``, counts
#: when an object, ``to`` or a name follows it).
SECOND_PREDICATE_VERBS: tuple[str, ...] = (
    "became", "began", "brought", "came", "could", "did", "does", "drew", "fought", "gave",
    "got", "had", "has", "have", "is", "kept", "lost", "made", "met", "paid", "ran", "sent",
    "should", "sought", "spent", "stood", "took", "was", "went", "were", "will", "won", "would",
)  # fmt: skip

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

#: Nouns of a quantity after ``a`` (``said about a third of services``): with
#: :data:`FRACTIONS`, ``half`` and the small numbers, what makes ``about`` or ``over``
#: after a verb an approximation that opens its clause, not a topic.
QUANTITY_NOUNS: tuple[str, ...] = (
    "billion", "dozen", "fifth", "half", "hundred", "million", "quarter", "third",
    "thousand",
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
    "abstract", "accession number", "analysis", "author", "body", "bombshell", "breaking",
    "by", "byline", "caption", "clarification", "classification", "column", "contact",
    "contributing", "copyright", "correction", "credit", "date and time", "dateline",
    "distribution", "document type", "document-type", "edition", "editor's note",
    "editor’s note", "email", "exclusive", "explainer", "fact check", "factbox",
    "filed under", "full text", "graphic", "headline", "highlight", "image", "job number",
    "language", "language of publication", "length", "listen", "load-date", "location",
    "more", "name", "note", "notes", "opinion", "pages", "paid notice",
    "partial transcript", "people", "photo", "photos", "place of publication", "poll",
    "posted", "publication date", "publication info", "publication title",
    "publication year", "publication-type", "published", "publisher", "read more", "recap",
    "related", "revealed", "search terms", "search type", "section", "see also", "series",
    "share", "short reads", "source", "source type", "sources", "subject", "subscribe",
    "tags", "the latest", "timeline", "title", "topics", "transcript", "type", "update",
    "updated", "url", "video", "watch",
)  # fmt: skip

#: Last words of a colon line's head that make it a label of the page, no speaker
#: (``Monday's Morning Email:``, ``Delegate Update:``).
COLON_LABEL_ENDS: tuple[str, ...] = (
    "briefing", "digest", "email", "modified", "newsletter", "posted", "preview", "published",
    "recap", "roundup", "update", "updated",
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

#: Words before ``to`` that make the verb after it speech withheld, no report and no
#: quotation's cue (``"...". The firm declined to comment.``, ``was unable to say``).
REFUSAL_WORDS: tuple[str, ...] = (
    "decline", "declined", "declines", "declining", "refuse", "refused", "refuses",
    "refusing", "unable", "unwilling",
)  # fmt: skip

#: Words before a participle that reports the words of its sentence's subject:
#: ``by saying``, ``after telling``, ``while arguing``, ``before urging``.
PARTICIPLE_LEADS: tuple[str, ...] = (
    "after", "and", "before", "by", "since", "when", "while", "without",
)  # fmt: skip

#: Verb forms that close a reported clause before their speaker (``..., say the
#: Greens.``, ``..., claims the company.``, ``..., warn union leaders.``), beside the
#: inverting verbs of the vocabulary (``..., said Ruiz.``): plural present forms and
#: forms of verbs that invert only after the clause they report.
INVERTED_CLOSERS: tuple[str, ...] = (
    "add", "admit", "admits", "admitted", "agree", "agrees", "argue", "claim", "claimed",
    "claims", "complain", "complained", "complains", "concede", "concedes", "conceded",
    "insist", "maintain", "maintains", "predict", "predicts", "say", "warn",
)  # fmt: skip

#: Words before a single word in marks that make it the speaker's complement (``said it
#: was "disappointed"``, ``described the deal as 'historic'``), not a scare quote.
COMPLEMENT_LEADS: tuple[str, ...] = (
    "are", "as", "be", "been", "is", "remained", "seemed", "was", "were",
)  # fmt: skip

#: Naming verbs in a relative clause right before words in marks (``what Ana Ruiz
#: called "crumbs"``, ``which the union described as "a betrayal"``): its subject
#: speaks those words, not the speaker of the clause around them.
RELATIVE_NAMING_VERBS: tuple[str, ...] = (
    "branded", "brands", "call", "called", "calls", "described", "describes", "dubbed",
    "dubs", "labeled", "labelled", "labels", "termed", "terms",
)  # fmt: skip

#: Words that open a bare clause right after a listener phrase (``told a press
#: conference the strike ...``, ``told a rally in Leeds they ...``): they end it.
BARE_CLAUSE_LEADS: tuple[str, ...] = (
    "a", "an", "he", "her", "his", "it", "its", "my", "our", "she", "that", "the", "their",
    "there", "these", "they", "this", "those", "we",
)  # fmt: skip

#: Passive phrases before a verb of speech whose subject is still the speaker (``was
#: quoted as saying``, ``is reported to have said``, ``was heard to say``).
PASSIVE_CARRIERS: tuple[str, ...] = (
    "heard to", "quoted as", "reported to have", "understood to have",
)  # fmt: skip

#: Finite verbs that show a bare clause after a finding or a ruling (``the study found
#: nurses were working``, ``the tribunal ruled the dismissal was unfair``): its subject,
#: a few words, then one of these. An object (``found a way``, ``ruled out a strike``)
#: reaches none of them.
FINITE_HEADS: tuple[str, ...] = (
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might",
    "must", "should", "was", "were", "will", "would",
)  # fmt: skip

#: Pronouns that, right after a verb of the ``that`` frame with no ``that`` written, may
#: be its object (``said it twice``, ``said so herself``, ``said nothing about pay``)
#: rather than the subject of a clause (``said it was over``).
OBJECT_PRONOUNS: tuple[str, ...] = ("anything", "everything", "it", "nothing", "so", "this")

#: Words after such a pronoun that make it the object: no verb can follow it there
#: (prepositions, reflexives, adverbs of time, manner and degree).
OBJECT_FOLLOWERS: tuple[str, ...] = (
    "about", "again", "aloud", "at", "before", "best", "during", "earlier", "for", "from",
    "herself", "himself", "in", "itself", "last", "later", "loudly", "myself", "on",
    "once", "ourselves", "outright", "plainly", "privately", "publicly", "repeatedly",
    "themselves", "to", "today", "too", "twice", "with", "yesterday", "yourself",
)  # fmt: skip

#: Nouns that an ``-ing`` form of a verb of speech modifies, which make it no verb
#: (``held warning strikes``, ``a warning shot``, ``ignored warning signs``).
ING_COMPOUND_NOUNS: tuple[str, ...] = (
    "label", "labels", "letter", "letters", "light", "lights", "shot", "shots", "sign",
    "signs", "stoppage", "stoppages", "strike", "strikes", "walkout", "walkouts",
)  # fmt: skip

#: Verbs of speech that also end a job: a person as their plain object (``dismissed a
#: union representative``, ``dismissed him``, ``dismissed 40 workers``) is no report; a
#: person judged ``as`` something is (``dismissed the mayor as out of touch``).
PERSON_OBJECT_VERBS: tuple[str, ...] = ("dismiss",)
#: Nouns of staff whose job such a verb ends, besides the trades of
#: :data:`~laborquotes._roles.WORKER_WORDS` (not ``critics``: ``dismissed critics who
#: ...`` answers them).
DISMISSED_STAFF_NOUNS: tuple[str, ...] = (
    "director", "executive", "manager", "officer", "official", "rep", "representative",
    "staff", "steward", "workers",
)  # fmt: skip

#: Verbs whose plain object may be goods or figures, not words (``offered a pay rise``,
#: ``reported a net profit of $62 million``; but ``offered his condolences``): an object
#: of :data:`GOODS_NOUNS` or an amount is no report.
GOODS_OBJECT_VERBS: tuple[str, ...] = ("offer", "report")
#: Nouns of pay, goods and a company's figures in an object (``a pay rise``, ``a 3%
#: raise``, ``a new contract``, ``net income of``, ``a loss``).
GOODS_NOUNS: tuple[str, ...] = (
    "bonus", "bonuses", "cash", "compensation", "contract", "deal", "deficit", "discount",
    "earnings", "hike", "income", "increase", "jobs", "loss", "losses", "lump", "money",
    "package", "pay", "payment", "payments", "pension", "profit", "profits", "raise",
    "raises", "refund", "revenue", "revenues", "rise", "rises", "salary", "sales",
    "settlement", "shares", "surplus", "turnover", "wage", "wages",
)  # fmt: skip

#: Verbs of the ``that`` frame whose plain object is seldom words said (``conceded
#: defeat``, ``added new routes``, ``maintains close ties``, ``wrote a book``, ``tweeted
#: a photo``, ``signals a long grind``, ``state Senate``, ``admitted the offence``,
#: ``observed a strike``): with no ``that`` and no sign of a clause after them, they
#: report nothing.
OBJECT_NOT_SPEECH_VERBS: tuple[str, ...] = (
    "add", "admit", "concede", "maintain", "observe", "signal", "state", "tweet", "write",
)  # fmt: skip

#: Nouns of speech that introduce the words after a colon, after their owner (``The
#: company's response:``, ``Her reply was short:``, ``In his own words:``): the owner is
#: the speaker.
COLON_SPEECH_NOUNS: tuple[str, ...] = (
    "advice", "answer", "assessment", "comment", "conclusion", "explanation", "message",
    "reaction", "reply", "response", "retort", "thoughts", "verdict", "view", "warning",
    "words",
)  # fmt: skip

#: Fixed phrases holding a verb of speech that report no one's words (``As they say,
#: ...``, ``Having said that, ...``, ``It goes without saying that ...``).
SPEECH_IDIOMS: tuple[str, ...] = (
    "as people say", "as the saying goes", "as they say", "easier said than done",
    "goes without saying", "having said that", "having said this", "needless to say",
    "so to speak", "suffice it to say", "that being said", "that is to say",
    "to say the least", "when all is said and done",
)  # fmt: skip

#: Words that end the subject of such a bare clause before its verb: a preposition, a
#: relative, a subordinator or an infinitive make the words an object or an adjunct
#: (``found the courage to say``, ``find him compelling as he would``).
NOT_BARE_SUBJECT_WORDS: tuple[str, ...] = (
    "and", "as", "at", "because", "but", "by", "for", "from", "if", "in", "of", "on", "or",
    "since", "so", "than", "that", "though", "to", "unless", "when", "where", "whether",
    "which", "while", "who", "with",
)  # fmt: skip

#: Documents whose findings are reported (``a report found that``, ``the study
#: concluded``): the speaker is the document's owner where the phrase names one
#: (``a report by the Low Pay Commission``, ``the union's survey``, ``a Treasury
#: review``), else the document.
DOCUMENT_NOUNS: tuple[str, ...] = (
    "analysis", "assessment", "audit", "data", "estimate", "figures", "forecast", "memo",
    "paper", "poll", "projection", "report", "research", "review", "statistics", "study",
    "survey",
)  # fmt: skip

#: Participles between a document and its owner (``figures released by the ONS``).
PUBLISHING_PARTICIPLES: tuple[str, ...] = (
    "commissioned", "compiled", "issued", "produced", "published", "released",
)  # fmt: skip

#: Verbs that put out a document right before it: ``issued a statement saying``, ``put
#: out a statement that ...`` (the document's words are the subject's).
ISSUING_VERBS: tuple[str, ...] = (
    "emailed", "issued", "posted", "published", "put out", "released", "sent", "sent out",
    "tweeted",
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
