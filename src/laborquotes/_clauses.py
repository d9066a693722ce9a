"""The reporter's sentence: its subject, its verb, and what may close it.

Both quotation finders read the sentence a quotation or a reported clause sits in:
:mod:`._quotes` for ``Ana Ruiz shot back, "..."`` (the subject speaks the quotation) and
:mod:`._indirect` for ``..., saying the plan ...`` (a participle reports its subject's
words). The pieces they share live here, below both, so that the data flows one way.

- :func:`sentence_subject` finds the subject of the sentence before a position, trying
  the likely starts in turn (after a dateline, a conjunction, an introductory phrase);
  :func:`subject_at` reads one start; :func:`not_a_speaker` rejects phrases that are no
  speaker (``Two years later``, ``A newly released ad``).
- :func:`closing_tail` says whether what follows a closing ``..., the union said`` is a
  short phrase of place, time or medium rather than a clause of its own.
- :func:`inside_marks` says whether a position sits inside a quotation.
"""

from __future__ import annotations

import re

import regex

from . import _vocab as V
from ._attribution import Cand, Cue, How, speaker_forward, subject_exact
from ._marks import Structure
from ._org_names import _lazy
from ._speakers import Kind, time_phrase

__all__ = [
    "GROUP_KINDS",
    "NAME_STOPWORDS",
    "NOT_VERBS",
    "SENTENCE_WINDOW",
    "SMALL_WORDS",
    "SPEAKING_KINDS",
    "SUBORDINATORS",
    "VERB_FORMS",
    "WORD_RE",
    "closing_tail",
    "dateline_lead_re",
    "in_headline",
    "inside_marks",
    "not_a_speaker",
    "passive_agent_after",
    "plural_opening",
    "sentence_subject",
    "subject_at",
    "verb_after_re",
]

# --------------------------------------------------------------------------- speaker kinds
# (sets of :class:`._speakers.Kind`)

#: Phrases that can speak a quotation: a name, a pronoun, a group, a title reference.
SPEAKING_KINDS = frozenset({Kind.PERSON, Kind.PRON, Kind.GROUP, Kind.ROLE})
#: Phrases that are a group, named or not (``the union``, ``a spokesman``).
GROUP_KINDS = frozenset({Kind.GROUP, Kind.UNNAMED})
#: What may be a sentence's subject.
_SUBJECT_KINDS = SPEAKING_KINDS | GROUP_KINDS

# --------------------------------------------------------------------------- word tables
# (sets built from the tables of :mod:`laborquotes._vocab`)

SMALL_WORDS = frozenset(V.SMALL_WORDS)
NOT_VERBS = frozenset(V.NOT_VERBS)
_SUBJECT_STARTS = frozenset(V.SUBJECT_STARTS)
VERB_FORMS = V.verb_forms()
NAME_STOPWORDS = frozenset(V.NAME_STOPWORDS)
_SENTENCE_CONJ = frozenset(V.SENTENCE_CONJUNCTIONS)
SUBORDINATORS = frozenset(V.SUBORDINATORS)
_NOT_HEADS = frozenset(V.NOT_SPEAKER_HEADS)
_MODIFIER_ENDS = tuple(V.MODIFIER_ENDINGS)
_NOT_STARTS = frozenset(V.NOT_SPEAKER_STARTS)
_NUMBERED_UNITS = frozenset(V.NUMBERED_UNITS)
#: Words after which a verb form is a noun's modifier (``the rail union``).
_MODIFIED_AFTER = (
    frozenset(V.NOUN_DETERMINERS)
    | frozenset(V.NOUN_QUANTIFIERS)
    | frozenset(V.INDEFINITE_LEADS)  # (``One fuming passenger``, ``another angry driver``)
    | frozenset(("some", "many"))
)
#: ``Six in 10``, ``nine out of 10``: a share of people, not a number after a noun.
_RATIO = frozenset(("in", "of"))
#: First words of what may follow a closing verb (see :func:`closing_tail`).
_TAIL_STARTS = frozenset(
    (
        *V.ATTRIBUTION_TAIL_PREPOSITIONS,
        *V.ATTRIBUTION_TAIL_TIMES,
        *V.ATTRIBUTION_TAIL_DEICTICS,
        *V.TAIL_PARTICIPLE_LEADS,
        "by",
    )
)

# --------------------------------------------------------------------------- limits

#: How far a quotation or a verb looks back or ahead in its sentence.
SENTENCE_WINDOW = 260
#: An introductory phrase ends at one of its first commas, this close to the start.
_INTRO_COMMAS = 3
_INTRO_SPAN = 200
#: How far around a position the article is searched for another mention of a name.
_NAME_WINDOW = 50_000
#: A closing tail is shorter than this.
_TAIL_MAX = 90
#: A headline line is at most this long; a longer line is prose.
_HEADLINE_MAX = 200
#: A title-case line needs at least this many capitalized words to be a headline.
_HEADLINE_MIN_WORDS = 4

# --------------------------------------------------------------------------- grammar

#: A word, for counting words (the standard library: faster here than ``regex``).
WORD_RE = re.compile(r"\w+")
_ACCORDING = "according to"

#: The verb right after a subject: ``Tom Lee, R-Ky., delivered`` (the subject's last
#: period comes before the comma) and ``..., president of the United Auto Workers (UAW),
#: said`` (an acronym in brackets), with one adverb allowed before it.
verb_after_re = _lazy(
    r"(?:\.(?=,))?(?:\s*+\([^()\n]{1,40}+\))?\s*+,?\s*+"
    # (a time between the subject and its verb: ``Ana Ruiz last night branded``)
    rf"(?:{time_phrase()}\s++)?"
    r"(?:(?:also|then|later|again|\p{Ll}+ly)\s++)?(\p{Ll}{2,}+)\b"
)
#: A dateline that opens a sentence: ``TOLEDO, May 3 (AP) — ``.
dateline_lead_re = _lazy(
    r"\p{Lu}[\p{Lu} .'’\-]{1,40}+,[^\n—–]{0,60}?\s(?:—|–|--?)\s++"
    # (a place alone, in capitals, then a dash: ``MONTREAL -- ``, ``NEW DELHI — ``)
    r"|\p{Lu}{3,}+(?:[ \-]\p{Lu}{2,}+){0,3}+[ ](?:—|–|--)[ ]++"
)
#: A comma and a conjunction that open a second clause.
_conj_re = _lazy(rf"[,;]\s++(?:{'|'.join(V.CLAUSE_CONJUNCTIONS)})\s++")


def _closing_tail_pattern() -> str:
    preps = "|".join(V.ATTRIBUTION_TAIL_PREPOSITIONS)
    times = "|".join(V.ATTRIBUTION_TAIL_TIMES)
    dets = "|".join(V.NOUN_DETERMINERS)
    leads = "|".join(V.TAIL_PARTICIPLE_LEADS)
    phrase = (
        rf"(?:(?:{preps})\s++(?:(?:{dets})\s++)?[\w’'\-]++(?:\s++[\w’'\-]++)?"
        r"(?:\s++\p{Lu}[\w’'\-]*+){0,2}"  # (a longer name: ``at Denver International Airport``)
        rf"|(?:{times})(?:\s++(?:{'|'.join(V.DAY_PARTS)}))?"
        rf"|(?:{'|'.join(V.ATTRIBUTION_TAIL_DEICTICS)})\s++"
        rf"(?:{'|'.join((*V.ATTRIBUTION_TAIL_PERIODS, *V.WEEKDAYS))}))"
    )
    # (a medium first: ``by phone from Antofagasta``, ``by email on Tuesday``)
    medium = rf"by\s++(?:{'|'.join(V.SPEAKING_MEANS)})(?:\s++{phrase})?"
    return rf"(?:{phrase}|{medium}|(?:{leads})\s++\p{{Ll}}{{1,20}}ing\b[^,;:]{{0,60}})"


#: A short phrase of place, time or medium after a closing verb.
_closing_tail_re = _lazy(_closing_tail_pattern())

# --------------------------------------------------------------------------- small tests


def in_headline(text: str, pos: int) -> bool:
    """Whether *pos* is on a title-case line (``Mayor Opens Bridge Nobody Wanted``),
    where capitalised words run together and are not a name."""
    # Look no further than a headline is long: a longer line is none.
    lo, hi = max(0, pos - _HEADLINE_MAX - 1), min(len(text), pos + _HEADLINE_MAX + 1)
    a = text.rfind("\n", lo, pos) + 1
    b = text.find("\n", pos, hi)
    if (a == 0 and lo > 0) or (b < 0 and hi < len(text)):
        return False
    line = text[a : b if b >= 0 else len(text)]
    if len(line) > _HEADLINE_MAX:
        return False
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return len(words) >= _HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words)


def inside_marks(st: Structure, a: int, p: int) -> bool:
    """Whether *p* follows an odd number of double quotation marks from *a* (a
    paragraph start); by bisection in an index of the marks, not a count from *a*."""
    return st.count_double_marks(a, p) % 2 == 1


def closing_tail(rest: str) -> bool:
    """Whether *rest* may follow a closing ``..., the union said``: a short phrase of
    place, time or medium (``in a court filing``, ``on Tuesday``, ``after meeting the
    mayor``), never a clause of its own."""
    return (
        len(rest) < _TAIL_MAX
        and rest.split(" ", 1)[0] in _TAIL_STARTS
        and _closing_tail_re().fullmatch(rest) is not None
    )


def _used_twice(text: str, name: str, pos: int) -> bool:
    """Whether *name* is written at least twice near *pos* (a bounded window, so that a
    long document of many articles costs the same per character)."""
    hi = pos + _NAME_WINDOW
    i = text.find(name, max(0, pos - _NAME_WINDOW), hi)
    return i >= 0 and text.find(name, i + len(name), hi) >= 0


def not_a_speaker(cand: Cand) -> bool:
    """A phrase read as a sentence's subject that cannot be its speaker: it holds a
    reporting verb (``tells reporters``), is a span of time (``Two years``) or opens
    with a preposition or a contraction (``Amid the noise``, ``That's why``)."""
    words = cand.name.lower().split()
    if not words:
        return True
    if words[0] in _NOT_STARTS or words[-1] in _NOT_HEADS:
        return True
    if cand.kind not in GROUP_KINDS:
        return False
    if len(words) >= 2 and (
        (
            words[-1].isdigit()
            and words[-2] not in _NUMBERED_UNITS
            and words[-2] not in _RATIO
            and not cand.name.split()[-2].isupper()  # (``UFCW 3000``: a union's local)
        )
        or words[-1].endswith(_MODIFIER_ENDS)
    ):
        # ``The 60 second ad``, ``a fundraising email``, ``A newly released ad``: the
        # phrase stops at a modifier, before its head noun.
        return True
    # A reporting verb before the head noun (a head noun may look like a verb: ``claim``).
    return _holds_verb(cand.name.split())


def _holds_verb(written: list[str]) -> bool:
    """Whether a phrase (its words as written) holds a reporting verb before its head:
    ``Ruiz tells reporters``; but a capitalized word is part of a name (``the State
    Department``) and a word after a determiner modifies the head (``the rail union``,
    ``some protest leaders``)."""
    if len(written) == 1:
        return written[0].lower() in VERB_FORMS  # ``Report:``, ``Claims``
    for i, w in enumerate(written[:-1]):
        low = w.lower()
        if low not in VERB_FORMS:
            continue
        if w != low and (
            i == 0
            or written[i + 1][:1].isupper()
            or (i > 1 and written[i - 1][:1].isupper())
            or written[i - 1] in _NAME_JOINERS
        ):
            # ``State Department``, ``Protest groups``, ``a Network Rail spokesman``, the
            # ``Office of Rail and Road``: a name or a first word
            continue
        before = written[i - 1].lower() if i else ""
        if before in _MODIFIED_AFTER or before.endswith(("'s", "’s")):
            continue
        if (
            i == len(written) - 2
            and written[-1].endswith("s")
            and not low.endswith(_VERB_SUFFIXES)
            and not before.endswith("s")
            and before not in _VERB_LEADS
        ):
            # ``Senior fire officers``, ``Angry rail workers``: a base form after an
            # adjective, before a plural head, is the head's modifier (a verb's base
            # form follows a plural or ``to``: ``Officials warn residents``)
            continue
        return True
    return False


_VERB_SUFFIXES = ("s", "ed", "ing")
#: Lower-case words inside a capitalized name (``Office of Rail and Road``).
_NAME_JOINERS = frozenset(("&", "and", "for", "of"))
#: Words after which a verb's base form is a verb (``to answer``, ``will warn``).
_VERB_LEADS = frozenset(
    ("can", "could", "did", "do", "does", "may", "might", "must", "should", "to", "will", "would")
)


# --------------------------------------------------------------------------- the subject


def sentence_subject(text: str, st: Structure, open_pos: int, ss: int | None = None) -> Cue | None:
    """The subject of the reporter's sentence before *open_pos* (a quotation or a verb):
    ``Ana Ruiz shot back, "..."``. *ss* is the sentence start, when the caller knows it."""
    if ss is None:
        ss = st.sentence_start(open_pos)
    if open_pos - ss > SENTENCE_WINDOW:
        return None
    if text.startswith(("According to ", "according to "), ss):
        cand = speaker_forward(text, ss + len(_ACCORDING) + 1, open_pos)
        if cand is not None:
            return Cue(cand, ss, ss + len(_ACCORDING), How.ACCORDING)
    agent = _passive_agent(text, ss, open_pos)
    if agent is not None:
        return agent  # ``X was described by the judge as "..."``: the judge's words
    ps = st.para_span(st.paragraph(ss))[0]
    for p in _subject_starts(text, ss, open_pos):
        if inside_marks(st, ps, p):
            continue  # the reporter's subject is never inside a quotation
        cue = subject_at(text, p, open_pos)
        if cue is not None:
            return cue
    return None


def _passive_agent(text: str, ss: int, open_pos: int) -> Cue | None:
    """The agent of a passive verb of naming before the quotation at *open_pos* (``Tom
    Lee was described by the judge as "a thief"``): the words in marks are the agent's,
    not the subject's."""
    if text.find("by", ss, open_pos) < 0:
        return None  # (a cheap test first: most sentences hold no agent)
    m = _passive_naming_re().search(text, ss, open_pos)
    if m is None:
        return None
    cand = speaker_forward(text, m.end(), open_pos)
    if cand is None or cand.kind is Kind.PRON:
        return None
    return Cue(cand, m.start("verb"), m.end("verb"), How.BEFORE)


#: A passive verb of naming, then ``by`` and its agent (``was described by``, ``were
#: branded ... by``): the agent names what follows.
_passive_naming_re = _lazy(
    r"(?<![\w-])(?:was|were|been|is|are|being)\s++(?:\w++ly\s++)?"
    rf"(?P<verb>{'|'.join(V.PASSIVE_NAMING_VERBS)})"
    r"(?:\s++[\w'’.-]++){0,6}?\s++by\s++"
)


#: A passive verb of naming right before a quotation (``was branded "``, ``were
#: described as "``, ``was accused of "``).
_passive_before_re = _lazy(
    rf"(?<![\w-])(?:{'|'.join(V.PASSIVE_AUXILIARIES)})\s++(?:\w++ly\s++)?"
    rf"(?P<verb>{'|'.join(V.PASSIVE_NAMING_VERBS)})(?:\s++(?:as|of|for))?\s*+\Z"
)
#: ``by`` right after a closing mark (a comma or a period on either side of it).
_agent_after_re = _lazy(r"[,.]?[\"”’']?[,.]?\s++by\s++")
#: How far before the opening mark the passive verb may start.
_PASSIVE_BEFORE_REACH = 60


def passive_agent_after(text: str, pair: tuple[int, int], end: int) -> Cue | None:
    """The agent after a quotation (``pair``: where its opening mark is, where its
    closing mark ends) of a passive verb of naming right before it: ``The plan was
    branded "a shambles" by the union``, ``was accused of "cowardice" by Jo Bell``."""
    open_pos, close = pair
    b = _agent_after_re().match(text, close, end)  # (anchored and cheap: first)
    if b is None:
        return None
    m = _passive_before_re().search(text, max(0, open_pos - _PASSIVE_BEFORE_REACH), open_pos)
    if m is None:
        return None
    cand = speaker_forward(text, b.end(), end)
    if cand is None or cand.kind is Kind.PRON or cand.start != b.end():
        return None
    if cand.name.lower() in _NOT_AGENTS:
        return None  # ``by all accounts``, ``by contrast``: no agent
    return Cue(cand, m.start("verb"), m.end("verb"), How.BEFORE)


_NOT_AGENTS = frozenset(V.NOT_AGENT_PHRASES)


def _subject_starts(text: str, ss: int, end: int) -> list[int]:
    """Where the subject of the sentence at *ss* may start, the likeliest first."""
    starts = _opening_starts(text, ss, end)
    # An introductory phrase (``Speaking to reporters on Monday, in Leeds, Ruiz ...``):
    # try the words after each of its first commas.
    q = ss
    for _ in range(_INTRO_COMMAS):
        comma = text.find(",", q, end)
        if comma < 0 or comma - ss > _INTRO_SPAN:
            break
        q = comma + 1
        while q < end and text[q].isspace():
            q += 1
        starts.append(q)
    second = _second_clause(text, ss, end)
    if second is not None:
        starts.insert(0, second)
    return starts


#: Participles that open a title (``Managing Director``, ``Acting Chief Executive``).
_TITLE_PARTICIPLES = frozenset(V.TITLE_PARTICIPLES)


def _opening_starts(text: str, ss: int, end: int) -> list[int]:
    """The subject at the sentence start, after an opening conjunction (``And she
    said``), after a dateline, or after a subordinating conjunction (``As Ruiz left``)."""
    first = text[ss : ss + 16].split(" ", 1)[0]
    starts = [ss]
    # (an opening participle: ``Rallying the drivers, Ruiz``; but ``Managing Director
    # Ana Ruiz appealed ...`` opens with a title)
    participle = first.endswith("ing") and first.lower() not in _TITLE_PARTICIPLES
    if (first in NAME_STOPWORDS and first not in _SUBJECT_STARTS) or participle:
        starts = []
    if first in _SENTENCE_CONJ and text.startswith(" ", ss + len(first)):
        starts = [ss + len(first) + 1]  # ``And she made a point of saying "..."``
    dl = dateline_lead_re().match(text, ss, end)
    if dl is not None:
        starts = [dl.end()]  # ``TOLEDO, May 3 (AP) — The union released ...``
        lead = text[dl.end() : dl.end() + 16].split(" ", 1)[0]
        if lead.endswith("ing") and text.find(",", dl.end(), end) >= 0:
            # ``LEEDS - Rallying the drivers, Ruiz ...``: a participle opens an
            # introductory phrase; the subject follows its comma
            starts = []
    q = starts[0] if starts else ss
    sub = text[q : q + 12].split(" ", 1)[0]
    if sub.lower() in SUBORDINATORS and text.find(",", q, end) < 0:
        # ``But as Ruiz promised to end "the lockout for good," members ...``: the
        # quotation sits in the subordinate clause, whose subject follows the conjunction.
        starts.insert(0, q + len(sub) + 1)
    return starts


def _second_clause(text: str, ss: int, end: int) -> int | None:
    """``The votes are not counted, but the union is claiming "..."``: the clause after
    the last conjunction holds the quotation, so its subject comes first."""
    last = None
    for m in _conj_re().finditer(text, ss, end):
        last = m
    if last is None:
        return None
    first_word = text[last.end() : last.end() + 20].split(" ", 1)[0]
    if first_word.islower() and (first_word in VERB_FORMS or first_word.endswith("ed")):
        return None  # ``..., and said``: a second verb, no new subject
    return last.end()


def subject_at(text: str, p: int, end: int) -> Cue | None:
    """The subject phrase at *p* and its verb, before *end*."""
    cand = speaker_forward(text, p, end)
    if cand is None or cand.kind not in _SUBJECT_KINDS:
        return None
    if cand.kind in GROUP_KINDS:
        verb = _verb_inside(text, cand)
        if verb is not None:
            return _head_before(text, cand, verb)
    if not_a_speaker(cand):
        return None
    # A lone capitalized word opening a sentence is a name only if the article uses it
    # elsewhere too (``Sitting down with ...`` is not a speaker).
    if (
        cand.kind == Kind.PERSON
        and " " not in cand.name
        and (cand.name.endswith("ing") or not _used_twice(text, cand.name, cand.start))
    ):
        return None
    v = verb_after_re().match(text, cand.end, end)
    if v is not None and v.group(1).lower() in _NOT_HEADS:
        return None  # ``A few days later, ...``: a span of time, not a subject and its verb
    if v is None or v.group(1) in NOT_VERBS:
        return _name_and_verb(text, cand)
    cand, v = _longer_noun_phrase(text, cand, v, end)
    return Cue(cand, v.start(1), v.end(1), How.SUBJECT)


_NOUN_PHRASE_KINDS = frozenset((Kind.UNNAMED, Kind.ROLE, Kind.GROUP))


def _longer_noun_phrase(
    text: str, cand: Cand, v: regex.Match[str], end: int
) -> tuple[Cand, regex.Match[str]]:
    """*cand* and its verb *v*, or the noun phrase one word longer when that word is no
    verb of speech and a verb of speech follows the longer phrase (``the school
    district said``: not ``the school`` and ``district``)."""
    if cand.kind not in _NOUN_PHRASE_KINDS or v.group(1) in VERB_FORMS:
        return cand, v
    longer = subject_exact(text, cand.start, v.end(1))
    if longer is None or longer.kind not in _NOUN_PHRASE_KINDS:
        return cand, v
    v2 = verb_after_re().match(text, longer.end, end)
    if v2 is None or v2.group(1) not in VERB_FORMS:
        return cand, v
    return longer, v2


def plural_opening(text: str, ss: int, end: int) -> Cand | None:
    """``Porters walked out, saying ...``: a lone capitalised plural that opens the
    sentence at *ss* (before *end*) and is followed by a lower-case word, read as a
    group of people (the subject of a participle)."""
    m = _first_word_re().match(text, ss, end)
    if m is None:
        return None
    word = m.group(1)
    if not _plural_noun(word):
        # ``Care assistants walked out, saying ...``: a capitalised modifier, then a
        # plural of a title's noun
        people = _modified_plural_re().match(text, ss, end)
        if people is None or people.group(2).removesuffix("s") not in _TITLE_NOUNS:
            return None
        word = people.group()
    return Cand(Kind.GROUP, ss, ss + len(word), word, None, None, True)


#: A capitalised word and a lower-case one: the lone word that opens a sentence.
_first_word_re = _lazy(r"(\p{Lu}\p{Ll}++) \p{Ll}")
#: A capitalised word and a lower-case plural (``Care assistants``, ``Bus drivers``).
_modified_plural_re = _lazy(r"(\p{Lu}\p{Ll}++) (\p{Ll}{4,}+)(?<=s)(?![\w\-])")
_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)


def _plural_noun(word: str) -> bool:
    """``Porters``, ``Nurses``: a capitalised plural, no stop word (``Perhaps``)."""
    return (
        len(word) > _PLURAL_MIN
        and word.endswith("s")
        and word[-2:-1].islower()
        and word[-2] not in "su"
        and word[1:].islower()
        and word not in NAME_STOPWORDS
    )


#: A plural read that way is longer than this (not ``Bus``, ``Gas``).
_PLURAL_MIN = 4


def _verb_inside(text: str, cand: Cand) -> re.Match[str] | None:
    """A reporting verb inside a group phrase, before its last word."""
    for w in WORD_RE.finditer(text, cand.start, cand.end):
        if w.group().lower() in VERB_FORMS and w.end() < cand.end:
            return w
    return None


def _head_before(text: str, cand: Cand, verb: re.Match[str]) -> Cue | None:
    """``Ruiz described families ...``: a reporting verb inside the phrase ends its
    subject (``Ruiz``); a phrase that starts with the verb has none."""
    if verb.start() <= cand.start:
        return None
    head = subject_exact(text, cand.start, verb.start())
    if head is None or head.kind not in SPEAKING_KINDS:
        return None
    return Cue(head, verb.start(), verb.end(), How.SUBJECT)


#: Group nouns (``Democrats``, ``workers``): never a name's verb.
_GROUP_WORDS = frozenset(g for g in V.GROUP_NOUNS if " " not in g)


def _name_and_verb(text: str, cand: Cand) -> Cue | None:
    """``Ruiz supports "..."``: a capitalized name and its verb read as one group phrase
    (not ``Social Democrats TD Sean Dunne ... and said``: a group's noun is no verb)."""
    words = cand.name.split()
    if cand.kind != Kind.GROUP or len(words) < 2 or not words[-1].endswith("s"):
        return None
    if words[-1].lower() in _GROUP_WORDS:
        return None
    k = cand.end - len(words[-1])
    name = subject_exact(text, cand.start, k)
    if name is None or name.kind != Kind.PERSON:
        return None
    return Cue(name, k, cand.end, How.SUBJECT)
