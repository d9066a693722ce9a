"""The labour dispute an article reports: the action, the union side, the employer side.

:func:`find_dispute` reads the words of industrial action and bargaining (the
:data:`ACTIONS` table: ``strike``, ``locked out``, ``pay talks``, ``strike ballot`` ...)
and the organizations named close to them, in the same sentence:

- an action counts when a union is named near it, or (for the words that only labour
  news uses: ``strike``, ``walked out``, ``pay talks``) when workers are (``nurses at X
  walked out``). ``talks``, ``deal`` or ``vote`` alone need a union: trade talks and
  elections are not labour disputes;
- unions and federations near a counted action are the union side; companies, employer
  groups and public bodies that employ (a council, a health board, a university: the
  :data:`EMPLOYING_BODY_WORDS`) near it are the employer side; a broadcaster or a
  newspaper is when the sentence ties it to the action (``a strike at the BBC``,
  ``the network's offer``). Mediators, courts, parties and ministries are never a side;
- once an action counts, any action word with a party near it counts, and a body named
  in one sentence with the union side is on the employer side
  (``the union said X had refused to move``); a dispute with no union named near its
  actions has the union the article names most;
- ``the union`` or ``the company`` near an action, with no name, stand for the union and
  the employer the article names most.

The dispute's action is the most escalated one reported (:data:`ESCALATION`). Every step
looks at a bounded window around one action word: linear in the text's length.
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterable, Iterator, Sequence

from ._marks import TITLE_ABBREVIATIONS
from ._model import Dispute, DisputeAction, Organization, OrgKind, Span
from ._org_match import _trie_pattern
from ._org_names import _APOS, _DASH, _lazy_re, _norm
from ._patterns import alternation, lazy, lazy_stdlib
from ._vocab import GOVERNMENT_BODY_NOUNS, WORKER_COUNCIL_WORDS

__all__ = [
    "ACTIONS",
    "EMPLOYER_CUES",
    "EMPLOYING_BODY_WORDS",
    "ESCALATION",
    "EXPERT_AFFILIATIONS",
    "LISTENER_LEADS",
    "NEUTRAL_BODY_WORDS",
    "NOT_LABOUR_MODIFIERS",
    "OPENING_OWNER_NOUNS",
    "OWNER_NOUNS",
    "OWNER_PARTICIPLES",
    "OWNER_VERBS",
    "STRIKE_VERB_OBJECTS",
    "UNNAMED_EMPLOYER_WORDS",
    "WORKFORCE_WORDS",
    "ActionWords",
    "employing_body",
    "expert_affiliation",
    "find_dispute",
    "introduced_as_employer",
    "lowered",
    "owned_by",
    "owner_mentions",
    "owner_names",
]

_A = DisputeAction

#: Words of action and bargaining: phrase, action, and whether only labour news uses it
#: (``True``: counts with workers near it; ``False``: needs a union named near it).
ACTIONS: tuple[tuple[str, DisputeAction, bool], ...] = (
    ("agreement", _A.DEAL, False),
    ("arbitration", _A.TALKS, False),
    ("arbitrator", _A.TALKS, False),
    ("arbitrators", _A.TALKS, False),
    ("ballot", _A.BALLOT, False),
    ("balloted", _A.BALLOT, True),
    ("balloting", _A.BALLOT, True),
    ("bandh", _A.STRIKE, True),
    ("bargaining", _A.TALKS, False),
    ("boycott work", _A.STRIKE, True),
    ("boycotted work", _A.STRIKE, True),
    ("collective agreement", _A.DEAL, True),
    ("collective bargaining", _A.TALKS, True),
    ("conciliation", _A.TALKS, False),
    ("contract battle", _A.TALKS, True),
    ("contract dispute", _A.TALKS, True),
    ("contract fight", _A.TALKS, True),
    ("contract talks", _A.TALKS, True),
    ("deal", _A.DEAL, False),
    ("dharna", _A.PICKET, True),
    ("down tools", _A.STRIKE, True),
    ("downed tools", _A.STRIKE, True),
    ("downing tools", _A.STRIKE, True),
    ("enterprise agreement", _A.DEAL, True),
    ("go-slow", _A.INDUSTRIAL_ACTION, True),
    ("hartal", _A.STRIKE, True),
    ("industrial action", _A.INDUSTRIAL_ACTION, True),
    ("industrial dispute", _A.TALKS, True),
    ("job action", _A.INDUSTRIAL_ACTION, True),
    ("labor dispute", _A.TALKS, True),
    ("labour dispute", _A.TALKS, True),
    ("lock out", _A.LOCKOUT, True),
    ("lock-out", _A.LOCKOUT, True),
    ("locked out", _A.LOCKOUT, True),
    ("locked-out", _A.LOCKOUT, True),
    ("locking out", _A.LOCKOUT, True),
    ("lockout", _A.LOCKOUT, True),
    ("lockouts", _A.LOCKOUT, True),
    ("log off", _A.STRIKE, True),
    ("log-off", _A.STRIKE, True),
    ("log-offs", _A.STRIKE, True),
    ("logged off", _A.STRIKE, True),
    ("logging off", _A.STRIKE, True),
    ("mediation", _A.TALKS, False),
    ("negotiated", _A.TALKS, False),
    ("negotiates", _A.TALKS, False),
    ("negotiating", _A.TALKS, False),
    ("negotiations", _A.TALKS, False),
    ("offer", _A.TALKS, False),
    ("overtime ban", _A.OVERTIME_BAN, True),
    ("pay award", _A.DEAL, True),
    ("pay battle", _A.TALKS, True),
    ("pay claim", _A.TALKS, True),
    ("pay deal", _A.DEAL, True),
    ("pay dispute", _A.TALKS, True),
    ("pay fight", _A.TALKS, True),
    ("pay offer", _A.TALKS, True),
    ("pay row", _A.TALKS, True),
    ("pay talks", _A.TALKS, True),
    ("picket", _A.PICKET, True),
    ("picket line", _A.PICKET, True),
    ("picket lines", _A.PICKET, True),
    ("picketed", _A.PICKET, True),
    ("picketing", _A.PICKET, True),
    ("pickets", _A.PICKET, True),
    ("ratification vote", _A.BALLOT, True),
    ("ratified", _A.DEAL, False),
    ("refused to work", _A.STRIKE, True),
    ("refusing to work", _A.STRIKE, True),
    ("settlement", _A.DEAL, False),
    ("sick-out", _A.STRIKE, True),
    ("sickout", _A.STRIKE, True),
    ("sit-in", _A.PICKET, True),
    ("sit-ins", _A.PICKET, True),
    ("stay away from work", _A.STRIKE, True),
    ("stay off the job", _A.STRIKE, True),
    ("stay off work", _A.STRIKE, True),
    ("stayed away from work", _A.STRIKE, True),
    ("stayed off the job", _A.STRIKE, True),
    ("stayed off the production line", _A.STRIKE, True),
    ("stayed off their production lines", _A.STRIKE, True),
    ("stayed off work", _A.STRIKE, True),
    ("staying away from work", _A.STRIKE, True),
    ("staying off the job", _A.STRIKE, True),
    ("staying off work", _A.STRIKE, True),
    ("stop work", _A.STRIKE, False),
    ("stop-work", _A.STRIKE, True),
    ("stoppage", _A.STRIKE, True),
    ("stoppages", _A.STRIKE, True),
    ("stopped work", _A.STRIKE, False),
    ("strike", _A.STRIKE, True),
    ("strike ballot", _A.BALLOT, True),
    ("strike vote", _A.BALLOT, True),
    ("strikers", _A.STRIKE, True),
    ("strikes", _A.STRIKE, True),
    ("striking", _A.STRIKE, True),
    ("struck work", _A.STRIKE, True),
    ("talks", _A.TALKS, False),
    ("tentative agreement", _A.DEAL, True),
    ("tentative deal", _A.DEAL, True),
    ("voted to accept", _A.BALLOT, True),
    ("voted to ratify", _A.BALLOT, True),
    ("voted to reject", _A.BALLOT, True),
    ("voted to strike", _A.BALLOT, True),
    ("wage deal", _A.DEAL, True),
    ("wage dispute", _A.TALKS, True),
    ("wage offer", _A.TALKS, True),
    ("wage talks", _A.TALKS, True),
    ("walk out", _A.WALKOUT, True),
    ("walk-out", _A.WALKOUT, True),
    ("walked off the job", _A.WALKOUT, True),
    ("walked off the line", _A.WALKOUT, True),
    ("walked out", _A.WALKOUT, True),
    ("walking out", _A.WALKOUT, True),
    ("walkout", _A.WALKOUT, True),
    ("walkouts", _A.WALKOUT, True),
    ("walks out", _A.WALKOUT, True),
    ("work stoppage", _A.STRIKE, True),
    ("work to rule", _A.WORK_TO_RULE, True),
    ("work-to-rule", _A.WORK_TO_RULE, True),
)

#: The action a dispute is reported as: the first of these that the article has.
ESCALATION: tuple[DisputeAction, ...] = (
    _A.LOCKOUT, _A.STRIKE, _A.WALKOUT, _A.INDUSTRIAL_ACTION, _A.WORK_TO_RULE, _A.OVERTIME_BAN,
    _A.PICKET, _A.BALLOT, _A.DEAL, _A.TALKS,
)  # fmt: skip

#: The people who take action (``nurses at X walked out``).
WORKFORCE_WORDS: tuple[str, ...] = (
    "academics", "actors", "adjuncts", "anaesthetists", "anesthesiologists", "assemblers",
    "attendants", "autoworkers", "bakers", "baristas", "bartenders", "bin workers", "binmen",
    "bricklayers", "butchers", "cabin crew", "caregivers", "carers", "carpenters",
    "caseworkers", "cashiers", "cleaners", "clerks", "collectors", "conductors", "controllers",
    "cooks", "couriers", "crew", "crews", "custodians", "dancers", "dentists", "dishwashers",
    "dispatchers", "dockers", "dockworkers", "doctors", "drivers", "electricians", "employees",
    "engineers", "faculty", "farmworkers", "firefighters", "fishermen", "guards", "handlers",
    "helpers", "housekeepers", "instructors", "interns", "janitors", "journalists", "laborers",
    "labourers", "lecturers", "librarians", "loggers", "longshore workers", "longshoremen",
    "machinists", "mechanics", "members", "midwives", "miners", "musicians", "nurses",
    "operators", "orderlies", "packers", "paramedics", "performers", "pharmacists",
    "physicians", "pilots", "plumbers", "porters", "posties", "postmen", "professors",
    "radiographers", "riders", "sailors", "seafarers", "servers", "sonographers", "sorters",
    "staff", "staffers", "steelworkers", "stevedores", "surgeons", "teachers", "technicians",
    "therapists", "tradesmen", "tradespeople", "truckies", "union", "unions", "welders",
    "wharfies", "workers", "workforce", "writers",
)  # fmt: skip

#: Words of a public or other body's name that make it an employer (``the city council``,
#: ``a health board``, ``the University of X``).
EMPLOYING_BODY_WORDS: tuple[str, ...] = (
    "authorities", "authority", "board of education", "borough", "city of", "college",
    "council", "councils", "county", "district", "education board", "executive", "health",
    "health board", "hospital", "hospitals", "municipal corporation", "municipality", "nhs",
    "police", "post", "registry", "school", "school board", "schools", "service", "shire",
    "town of", "township", "transit", "transport", "trust", "universities", "university",
    "village of",
)  # fmt: skip

#: Words of a body's name that keep it off both sides (mediators, courts, parties,
#: regulators: ``the Employment Relations Authority``, ``the Financial Conduct Authority``).
NEUTRAL_BODY_WORDS: tuple[str, ...] = (
    "arbitration", "commission", "competition", "conciliation", "conduct", "court",
    "department", "employment relations", "government", "health and safety", "labor board",
    "labor relations", "labour board", "labour relations", "mediation", "minister",
    "ministry", "ombudsman", "parliament", "party", "regulator", "regulatory",
    "relations board", "secretary", "standards", "tribunal",
)  # fmt: skip

#: Words right before an action word that make it no labour action (``a trade deal``,
#: ``peace talks``, ``a drone strike``).
NOT_LABOUR_MODIFIERS: tuple[str, ...] = (
    "air", "arms", "book", "brexit", "budget", "business", "ceasefire", "climate", "drone",
    "first", "free trade", "free-trade", "licensing", "merger", "military", "missile",
    "nuclear", "peace", "plea", "pre-emptive", "preemptive", "publishing", "record",
    "retaliatory", "sponsorship", "tariff", "trade", "transfer", "tv",
)  # fmt: skip

#: Words right after ``strike`` / ``striking`` that make it the verb *to strike* (``striking
#: business deals``, ``strike a balance``), not a strike.
STRIKE_VERB_OBJECTS: tuple[str, ...] = (
    "a", "an", "back", "balance", "blow", "blows", "business", "chord", "deal", "deals",
    "fear", "gold",
)  # fmt: skip

#: How far either side of an action word a party may be named (within its sentence).
_WINDOW = 160
_UNION_KINDS = frozenset({OrgKind.UNION, OrgKind.FEDERATION})
_EMPLOYER_KINDS = frozenset({OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP})
_BY_PHRASE: dict[str, tuple[DisputeAction, bool]] = {p: (a, s) for p, a, s in ACTIONS}


# The patterns that scan whole articles run on the lower-cased text, as character tries
# compiled by the standard library's ``re`` (each branch opens with a literal, so that
# the scan skips other text in C; spaces, dashes and apostrophes match their variants);
# the word boundary before a match is checked on the few matches (:func:`_starts_word`).
@functools.cache
def _action_re() -> re.Pattern[str]:
    return re.compile(f"(?:{_trie_pattern(_BY_PHRASE, False)})(?![\\w-])")


@functools.cache
def _action_lead_re() -> re.Pattern[str]:
    """:func:`_action_re` right after a character that a word may follow: any but an
    ASCII letter, digit, dash or underscore (``é`` too: a few more leads, each checked
    again). The scan tries the words at about one place in five, not at most letters."""
    return re.compile(f"[^a-z0-9_-](?:{_trie_pattern(_BY_PHRASE, False)})(?![\\w-])")


#: Most characters an action word may be written with (a space: up to three).
_ACTION_LENGTH = max(len(p) + 2 * p.count(" ") for p in _BY_PHRASE)


@functools.cache
def _outside_actions_re() -> re.Pattern[str]:
    """The last character before the end that no action word holds (as
    :func:`_action_re` writes them: a space as any, a dash as any)."""
    chars = {c for p in _BY_PHRASE for c in p}
    marks = (_DASH if "-" in chars else "") + (_APOS if "'" in chars else "")
    inside = "\\s" + re.escape("".join(sorted(chars - {" ", "-", "'"})) + marks)
    return re.compile(f"[^{inside}][{inside}]*\\Z")


def _words_re(words: Iterable[str]) -> str:
    return rf"(?i)(?<![\w-]){alternation(words)}(?![\w-])"


@functools.cache
def _workforce_re() -> re.Pattern[str]:
    return re.compile(f"(?:{_trie_pattern(WORKFORCE_WORDS, False)})(?![\\w-])")


def lowered(text: str) -> str:
    """*text* in lower case, with the same offsets."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@lazy
def _not_labour_before_re() -> str:
    """A modifier that makes the action word after it no labour action (``trade``)."""
    return rf"(?<![\w-]){alternation(NOT_LABOUR_MODIFIERS)}[\s-]++\Z"


@lazy
def _strike_object_re() -> str:
    """An object after ``strike`` that makes it the verb (``striking a deal``)."""
    return rf"[^\S\n]++{alternation(STRIKE_VERB_OBJECTS)}(?![\w-])"


#: The action words that may be the verb *to strike* (``striking business deals``).
_STRIKE_FORMS = frozenset({"strike", "strikes", "striking"})
#: How far before an action word its modifier is looked for.
_MODIFIER_SPAN = 24


def _labour_use(low: str, start: int, end: int) -> bool:
    """Whether the action word at *start*-*end* of the lower-cased text is used of labour:
    not after a modifier that makes it something else (``trade talks``, ``drone
    strike``), nor the verb *to strike* (``striking a deal``)."""
    if _not_labour_before_re().search(low, max(0, start - _MODIFIER_SPAN), start) is not None:
        return False
    return low[start:end] not in _STRIKE_FORMS or _strike_object_re().match(low, end) is None


@lazy
def _body_re() -> str:
    return _words_re(EMPLOYING_BODY_WORDS)


@lazy
def _neutral_re() -> str:
    return _words_re(NEUTRAL_BODY_WORDS)


@lazy
def _generic_re() -> str:
    return r"(?i)\b(?:the|its|their)\ (?:(?P<u>union|unions)|(?P<e>company|employer|management))\b"


#: Where :func:`_generic_re` may match, in the lower-cased text (``İ`` and ``ſ`` are
#: ``i`` and ``s`` to ``regex`` without case, and stay as they are lower-cased): the
#: standard library finds these, and :func:`_generic_re` is tried at each. No word of a
#: match starts inside one of these. (Every branch opens with one character, so that the
#: scan skips other text in C: a branch opening with a class such as ``[iİ]`` stops it.)
_generic_candidate_re = _lazy_re(
    r"th(?:e|eir)\ (?:union|company|employer|management)"
    r"|it[sſ]\ (?:union|company|employer|management)"
    r"|İt[sſ]\ (?:union|company|employer|management)"
)


def _generic(text: str, low: str) -> list[tuple[int, int, bool]]:
    """``the union``, ``its employer`` ...: start, end, and whether it is the union
    (*low* is *text* lower-cased, as :func:`lowered` gives it)."""
    full = _generic_re()
    out = []
    for c in _generic_candidate_re().finditer(low):
        m = full.match(text, c.start())
        if m is not None:
            out.append((m.start(), m.end(), bool(m.group("u"))))
    return out


#: A word that ties a broadcaster or a newspaper named after it to the action (``a strike
#: at the BBC``; not ``told the BBC``).
@lazy
def _link_before_re() -> str:
    return r"(?i)(?:\b(?:at|against)\ (?:the\ )?)$"


#: Words right before an outlet that make it the one spoken to (``told RNZ's Morning
#: Report``, ``in an interview with CBC``, ``said on ABC radio``): no side of a dispute.
LISTENER_LEADS: tuple[str, ...] = (
    "appearing on", "interview with", "interviewed by", "said on", "says on", "speaking on",
    "speaking to", "spoke to", "tell", "telling", "tells", "told",
)  # fmt: skip
#: How far before an outlet its listener's lead may start.
_LISTENER_REACH = 24


@lazy
def _listener_before_re() -> str:
    leads = alternation(LISTENER_LEADS)
    return rf"(?i)(?<![\w-]){leads}\ (?:the\ )?$"


#: Titles of people who comment from outside a dispute: the body named right after one
#: (``a labor expert at the University of X``, ``an analyst with Acme Bank``) is where
#: they work, not a side of the dispute.
EXPERT_AFFILIATIONS: tuple[str, ...] = (
    "academic", "analyst", "economist", "expert", "historian", "professor", "researcher",
    "scholar", "specialist",
)  # fmt: skip
#: How far before a mention its expert's title may end (with what may come between:
#: ``a professor of public administration at``, ``economist Rafael Ortega of``).
_AFFILIATION_SPAN = 80
#: Most words between an expert's title and the preposition before the workplace: their
#: field after ``of`` (in lower case) or their name (capitalised).
_AFFILIATION_WORDS = 4


@lazy
def _affiliation_re() -> str:
    words = alternation(EXPERT_AFFILIATIONS)
    field = rf"\ of(?:\ [a-z][\w-]*+){{1,{_AFFILIATION_WORDS - 1}}}"  # (``of public law``)
    name = rf"(?:\ \p{{Lu}}[\w'’.-]*+){{1,{_AFFILIATION_WORDS}}}"  # (``Rafael Ortega``)
    between = rf"(?:{field}|{name})?"
    return rf"(?<![\w-])(?i:{words})s?{between}\ (?:at|of|with|from|in)\ (?:the\ )?\Z"


@lazy_stdlib
def _sentence_end_re() -> str:
    # (no end after a title's abbreviation: ``nurses at St. Brendan's walked out``; one
    # look-behind per length of abbreviation, as ``re`` needs a fixed width in one)
    by_length: dict[int, list[str]] = {}
    for a in sorted(TITLE_ABBREVIATIONS):
        if a.isalpha():
            by_length.setdefault(len(a), []).append(a)
    kept = "".join(rf"(?<!\b(?:{'|'.join(t)})\.)" for _, t in sorted(by_length.items()))
    # (every branch opens with one character, then the look-arounds: the scan skips other
    # text in C, which it does not when a branch opens with a class such as ``[!?]``)
    after = r"(?=[\"”’']?\s+[\"“‘']?[A-Z])"
    return rf"\.{kept}{after}|!{after}|\?{after}|\n"


#: What an employer's owner or operator is called, and what it does (``the hospital's
#: owner, X``; ``X, which owns the hospital``; ``the plant is operated by X``): it is the
#: employer side, with the workplace it owns.
OWNER_NOUNS: tuple[str, ...] = ("operator", "owner", "parent", "parent company")
OWNER_VERBS: tuple[str, ...] = ("manages", "operates", "owns", "runs")
OWNER_PARTICIPLES: tuple[str, ...] = ("managed", "operated", "owned", "run")
#: Owner's nouns that open a sentence as a title of the name after them (``Owner Tasman
#: Media said``); not ``Parent`` (``Parent Teacher Association``).
OPENING_OWNER_NOUNS: tuple[str, ...] = ("Operator", "Owner")


#: An owner's name: capitalized words, joiners between them.
_OWNER_NAME = r"\p{Lu} [\w&'’.\-]*+ (?: [ ] (?: of | and | for | & | \p{Lu} [\w&'’.\-]*+ ) ){0,7}+"


@lazy
def _owner_after_re() -> str:
    """An owner's words with its name after them (``owned by X``, ``the hospital's
    owner, X``, ``the operator, X,``, ``Owner X said``, ``the paper's owner X``)."""
    nouns = alternation(OWNER_NOUNS)
    opening = alternation(OPENING_OWNER_NOUNS)
    return rf"""
        (?: (?<! [\w-] ) (?i: {alternation(OWNER_PARTICIPLES)} ) [ \t]++ by
          | (?: ['’] s | s ['’] | (?<! [\w-] ) (?: the | its ) ) [ \t]++ (?i: {nouns} ) [ \t]*+ ,
          | (?: ['’] s | s ['’] ) [ \t]++ (?i: {nouns} ) (?= [ \t]++ \p{{Lu}} )
          | (?: \A | (?<= [.!?"”] [ \t] ) | (?<= \n ) ) (?: {opening} ) (?= [ \t]++ \p{{Lu}} )
        ) [ \t]++ (?: the [ \t]++ )? (?P<name> {_OWNER_NAME} )
    """


@lazy
def _owner_tail_re() -> str:
    """An owner's words after its name, from the comma: ``, which owns`` (*verb*), or
    ``, the owner of``, which may follow a person's name."""
    return rf"""
        , [ \t]++
        (?: (?P<verb> (?: which | that ) [ \t]++ (?i: {alternation(OWNER_VERBS)} ) )
          | (?: the | its ) [ \t]++ (?i: {alternation(OWNER_NOUNS)} ) [ \t]++ of
        ) (?! [\w-] )
    """


@lazy
def _owner_name_end_re() -> str:
    """An owner's name that ends where the window read ends (before the comma)."""
    return rf"(?<! [\w&'’.\-] ) {_OWNER_NAME} [ \t]*+ \Z"


#: How far before an owner's words its name is read.
_OWNER_NAME_REACH = 160


def owner_mentions(text: str, *, people: bool = True) -> Iterator[tuple[int, str]]:
    """Where *text* writes an employer's owner or operator, and its name (``Golden
    Coast Health, which owns the hospital``, ``St Jude's is run by Mercy Health``,
    ``the operator, Tarn Buses,``), to the end of its sentence, without a last ``of``,
    ``for`` or ``and`` or a first ``The``, in text order: the employer side, with the
    workplace they own. *people*: also a name before ``, the owner of`` (a shop's
    owner is a person). A name before the owner's words is read back from their comma,
    in a bounded window: the scan runs at the comma, not at every capital."""
    for at, written in heapq.merge(_names_after_cues(text), _names_before_tails(text, people)):
        name = _owner_name(at, written)
        if name is not None:
            yield name


def _names_after_cues(text: str) -> Iterator[tuple[int, str]]:
    """The names written after an owner's words (``owned by X``), in order: the words
    are read where a literal scan finds ``by`` or an owner's noun, in a bounded window."""
    last = -1
    for hit in _owner_cue_word_re().finditer(text):
        lo = max(0, hit.start() - _OWNER_CUE_LEAD)
        m = _owner_after_re().search(text, lo, hit.end() + _OWNER_NAME_REACH)
        if m is not None and m.start() <= hit.start() and m.start() > last:
            last = m.start()
            yield m.start("name"), m.group("name")


@lazy_stdlib
def _owner_cue_word_re() -> str:
    """``by`` or an owner's noun, as written (a first capital too): the scan's literals."""
    nouns = {n.split()[0] for n in OWNER_NOUNS}
    return "|".join([" by ", *sorted(nouns), *sorted(n.capitalize() for n in nouns)])


#: How far before ``by`` or an owner's noun the owner's words may start (``operated``,
#: ``the hospital's``).
_OWNER_CUE_LEAD = 16


def _names_before_tails(text: str, people: bool) -> Iterator[tuple[int, str]]:
    """The names written right before an owner's words (``X, which owns``), in order."""
    for m in _owner_tail_re().finditer(text):
        if m.group("verb") is None and not people:
            continue
        comma = m.start()
        n = _owner_name_end_re().search(text, max(0, comma - _OWNER_NAME_REACH), comma)
        if n is not None:
            yield n.start(), n.group().rstrip(" \t")


def _owner_name(at: int, written: str) -> tuple[int, str] | None:
    """An owner's name as written at *at*, to the end of its sentence, without a last
    joiner or a first ``The``."""
    words = _to_sentence_end(written.split(" "))
    while words and words[-1] in _OWNER_NAME_JOINERS:
        words.pop()
    if words[:1] == ["The"]:
        del words[0]  # (``The Acme Group, which owns the mill``)
        at += 4
    name = " ".join(words).rstrip(".,")
    return (at, name) if name else None


_OWNER_NAME_JOINERS = ("&", "and", "for", "of")


def _to_sentence_end(words: list[str]) -> list[str]:
    """*words* up to one that ends a sentence (``Committee.`` of ``owned by the
    Committee. Audit files show``): a full stop after a word of four letters or more."""
    for k, w in enumerate(words[:-1]):
        if w.endswith(".") and len(w) > 4 and "." not in w[:-1]:
            return words[: k + 1]
    return words


def owner_names(text: str) -> frozenset[str]:
    """The names of :func:`owner_mentions`. (A one-word name is kept: it is only ever
    compared with an organization's.)"""
    return frozenset(name for _, name in owner_mentions(text))


def owned_by(name: str, owners: frozenset[str]) -> bool:
    """Whether *name* is one of *owners* (:func:`owner_names`) or their first words
    (``Golden Coast`` for ``Golden Coast Health``)."""
    return any(o == name or o.startswith(name + " ") for o in owners)


class _Mentions:
    """The organizations' mentions in text order, looked up by place."""

    def __init__(self, orgs: Sequence[Organization]) -> None:
        events = sorted((s.start, s.end, i) for i, o in enumerate(orgs) for s in o.mentions)
        self.starts = [e[0] for e in events]
        self.events = events

    def within(self, lo: int, hi: int) -> list[tuple[int, int, int]]:
        i = bisect.bisect_left(self.starts, lo)
        out = []
        while i < len(self.events) and self.events[i][0] < hi:
            if self.events[i][1] <= hi:
                out.append(self.events[i])
            i += 1
        return out


class _Marks:
    """The matches of one pattern in the whole text, found once and looked up by place
    (each action word then costs a bisection, not a scan of its window). Their starts
    and ends are two lists of ints, not one of pairs: a long text has tens of thousands
    of sentence ends, and each pair would be one more object the garbage collector
    counts."""

    def __init__(self, starts: list[int], stops: list[int]) -> None:
        self.starts = starts
        #: Where the marks end, in order.
        self.stops = stops

    def within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        i = bisect.bisect_left(self.starts, lo)
        j = bisect.bisect_left(self.starts, hi, i)
        return [(a, b) for a, b in zip(self.starts[i:j], self.stops[i:j], strict=True) if b <= hi]

    def window(self, start: int, end: int, size: int) -> tuple[int, int]:
        """The stretch from *start* to *end* widened by *size* either way, but not past
        a mark (the sentence's ends)."""
        lo, hi = max(0, start - size), end + size
        i = bisect.bisect_left(self.starts, start) - 1
        if i >= 0 and self.starts[i] >= lo:
            lo = self.stops[i]
        j = bisect.bisect_left(self.starts, end)
        if j < len(self.starts) and self.starts[j] < hi:
            hi = self.starts[j] + 1
        return lo, hi


def _marks(pattern: re.Pattern[str], text: str, *, words: bool) -> _Marks:
    # (each span is dropped as soon as its two ints are listed)
    flat = [x for m in pattern.finditer(text) for x in m.span()]
    starts, stops = flat[::2], flat[1::2]
    if not words:
        return _Marks(starts, stops)
    kept = [k for k, a in enumerate(starts) if _starts_word(text, a)]
    return _Marks([starts[k] for k in kept], [stops[k] for k in kept])


#: Most characters a workforce word may be written with (a space: up to three).
_WORKFORCE_LENGTH = max(len(w) + 2 * w.count(" ") for w in WORKFORCE_WORDS)
#: How far before a stretch its scan for workforce words may start.
_RESTART_REACH = 200
#: The last character before the end that no workforce word holds (no letter, no space).
_outside_words_re = _lazy_re(r"[^\w\s][\w\s]*\Z")


def _workforce_marks(low: str, hits: Sequence[tuple[int, int, DisputeAction, bool]]) -> _Marks:
    """The workforce words of *low* (the text lower-cased) that :meth:`_Finder.hit` may
    read: those in the window of a labour word of *hits*, as the scan of the whole text
    finds them (``cabin workers``: no ``workers`` there, as ``bin workers`` took it).

    Each window is scanned from right after a character that no workforce word holds, so
    that no match of the whole text's scan runs across the start, and up to the longest
    word past its end; with no such character close before it, the whole text is."""
    windows = _merged(
        (max(0, s - _WINDOW), min(len(low), e + _WINDOW)) for s, e, _, labour in hits if labour
    )
    pattern = _workforce_re()
    starts: list[int] = []
    stops: list[int] = []
    for a, b in windows:
        start = 0
        if a > 0:
            cut = _outside_words_re().search(low, max(0, a - _RESTART_REACH), a)
            if cut is None:
                return _marks(pattern, low, words=True)
            start = cut.start() + 1
        for m in pattern.finditer(low, start, min(len(low), b + _WORKFORCE_LENGTH + 1)):
            if m.start() >= a and m.end() <= b and _starts_word(low, m.start()):
                starts.append(m.start())
                stops.append(m.end())
    return _Marks(starts, stops)


def _action_matches(low: str) -> list[re.Match[str]]:
    """The matches of :func:`_action_re` in *low* (the text lower-cased) that open a
    word, as the scan of the whole text finds them (with some that do not): a match
    that opens inside a word hides any that opens before its end (``subcontract
    talks``: no ``talks`` there, as ``contract talks`` took it).

    :func:`_action_lead_re` finds where they may open: any match that opens a word does
    so right after one of its leads' first character, or inside a lead (the leads' scan
    skipped it). The stretch of each lead is scanned again with :func:`_action_re` from
    right after a character that no action word holds, so that no match of the whole
    text's scan runs across the start, and up to the longest word past its end; with no
    such character close before it, the whole text is."""
    windows = [[0, 1]]
    for lead in _action_lead_re().finditer(low):
        if lead.start() + 1 - windows[-1][1] < _RESTART_REACH:
            windows[-1][1] = lead.end()  # (close leads are scanned as one: linear time)
        else:
            windows.append([lead.start() + 1, lead.end()])
    pattern = _action_re()
    out: list[re.Match[str]] = []
    for a, b in windows:
        cut = _outside_actions_re().search(low, max(0, a - _RESTART_REACH), a)
        if cut is None and a > _RESTART_REACH:
            return list(pattern.finditer(low))
        start = 0 if cut is None else cut.start() + 1
        for m in pattern.finditer(low, start, min(len(low), b + _ACTION_LENGTH + 1)):
            if m.start() >= b:
                break
            if m.start() >= a:
                out.append(m)
    return out


def _starts_word(text: str, at: int) -> bool:
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-_")


def expert_affiliation(text: str, start: int) -> bool:
    """Whether the mention at *start* is an outside expert's workplace (``an analyst at
    Acme Bank``, ``a labour expert at Brookfield University``): no side of a dispute."""
    return _affiliation_re().search(text, max(0, start - _AFFILIATION_SPAN), start) is not None


def _side(text: str, org: Organization, start: int, end: int) -> str:
    """``"u"`` (union side), ``"e"`` (employer side) or ``""`` for a mention at start-end
    (``""`` also for an outside expert's workplace: ``an analyst at Acme Bank``)."""
    if org.kind in _UNION_KINDS:
        return "u"
    if expert_affiliation(text, start):
        return ""
    if org.kind in _EMPLOYER_KINDS:
        return "e"
    if _neutral(org):
        # (``civil servants at the Department for Work and Pensions``: a department at
        # which its staff act employs them; one of labour, a court, a party does not)
        return "e" if _departmental(org.name) and _linked(text, start) else ""
    if org.kind is not OrgKind.MEDIA:
        return "e" if _body_re().search(org.name) is not None else ""
    if _listener_before_re().search(text, max(0, start - _LISTENER_REACH), start) is not None:
        return ""  # (``told RNZ's Morning Report``: the outlet spoken to)
    return "e" if _linked(text, start) or text[end : end + 2] in ("'s", "’s") else ""


def _linked(text: str, start: int) -> bool:
    """Whether ``at`` or ``against`` stands right before the mention at *start*."""
    return _link_before_re().search(text, max(0, start - 16), start) is not None


def _departmental(name: str) -> bool:
    """Whether *name* is neutral (:data:`NEUTRAL_BODY_WORDS`) only as a government
    department or ministry (``Department for Work and Pensions``), not one of labour
    or employment, whose staff may be a dispute's workforce."""
    words = {m.group().lower() for m in _neutral_re().finditer(name)}
    return words <= _DEPARTMENT_WORDS and _labour_portfolio_re().search(name) is None


_DEPARTMENT_WORDS = frozenset(GOVERNMENT_BODY_NOUNS)


@lazy
def _labour_portfolio_re() -> str:
    return r"(?i)\b(?:labou?r|employment|workplace|industrial|relations)\b"


class _Finder:
    """Collects the counted actions, the sides and the evidence of one article."""

    def __init__(self, words: ActionWords, orgs: Sequence[Organization]) -> None:
        self.text = words.text
        self.orgs = orgs
        self.mentions = _Mentions(orgs)
        self.ends, self.workforce, self.generic = words.marks()
        self.generic_starts = [g[0] for g in self.generic]
        self.actions: list[DisputeAction] = []
        self.sides: dict[str, set[int]] = {"u": set(), "e": set()}
        self.evidence: list[tuple[int, int]] = []
        self.counted: set[int] = set()
        self.top = {side: _most_named(orgs, side) for side in ("u", "e")}

    def parties(self, lo: int, hi: int) -> dict[str, list[tuple[int, int, int]]]:
        """The mentions of each side's organizations between *lo* and *hi*."""
        text = self.text
        found: dict[str, list[tuple[int, int, int]]] = {"u": [], "e": []}
        for s, e, i in self.mentions.within(lo, hi):
            side = _side(text, self.orgs[i], s, e)
            if side:
                found[side].append((s, e, i))
        i = bisect.bisect_left(self.generic_starts, lo)
        while i < len(self.generic) and self.generic[i][1] <= hi:
            gs, ge, union = self.generic[i]
            side = "u" if union else "e"
            top = self.top[side]
            if not found[side] and top is not None:
                found[side].append((gs, ge, top))
            i += 1
        return found

    def hit(self, start: int, end: int, action: DisputeAction, labour_only: bool) -> None:
        """Count the action at *start* when a union or (for labour words) workers are
        named near it; once one counts, a labour word or a party near any will do."""
        if start in self.counted:
            return
        lo, hi = self.ends.window(start, end, _WINDOW)
        hi = min(hi, len(self.text))
        found = self.parties(lo, hi)
        staff = self.workforce.within(lo, hi) if labour_only else []
        workforce = staff[0] if staff else None
        established = bool(self.actions)
        if not (found["u"] or workforce or (established and (found["e"] or labour_only))):
            return
        if not (established or labour_only or found["e"]) and self._federations_only(found["u"]):
            return  # ``the AFL-CIO's endorsement must be ratified``: a federation's politics
        self.counted.add(start)
        self.actions.append(action)
        parts = [(start, end)]
        for side, hits in found.items():
            self.sides[side].update(i for _, _, i in hits)
            if hits:
                closest = min(hits, key=lambda h: abs(h[0] - start))
                parts.append((closest[0], closest[1]))
        if len(parts) == 1 and workforce is not None:
            parts.append(workforce)
        self.evidence.append((min(p[0] for p in parts), max(p[1] for p in parts)))

    def _federations_only(self, unions: list[tuple[int, int, int]]) -> bool:
        """Whether the union side near an action is only federations (``the AFL-CIO``,
        ``the TUC``), whose bargaining words are often politics, not a dispute."""
        return all(self.orgs[i].kind is OrgKind.FEDERATION for _, _, i in unions)

    def co_mentions(self) -> None:
        """A body named in one sentence with the union side, or with a reference to it,
        is the employer side too (``the union said Canada Post had refused to move``,
        ``Canada Post said the union had walked away``)."""
        unions = self.sides["u"]
        if not unions and self.top["u"] is not None:
            unions.add(self.top["u"])
        if not unions:
            return
        # Only the sentences that hold a union's mention, or a reference to the union
        # (``Acme said it regretted the union's refusal``): one bisection each.
        his = [*self.ends.stops, len(self.text)]
        done = set()
        named = [(s, e) for s, e, i in self.mentions.events if i in unions]
        referred = [(s, e) for s, e, union in self.generic if union]
        for s, e in sorted(named + referred):
            k = bisect.bisect_right(his, s)
            if k < len(his) and e <= his[k] and k not in done:
                done.add(k)
                self._sentence(his[k - 1] if k else 0, his[k], unions)

    def _sentence(self, lo: int, hi: int, unions: set[int]) -> None:
        here = self.mentions.within(lo, hi)
        for s, e, i in here:
            if i not in unions and _side(self.text, self.orgs[i], s, e) == "e":
                self.sides["e"].add(i)

    def owners(self, owners: frozenset[str]) -> None:
        """An employer's owner or operator is the employer side (``Golden Coast Health,
        which owns the hospital``, ``the hospital is owned by Bay Path Health``):
        *owners*, the names the text writes so (:func:`owner_names`)."""
        if not owners:
            return
        text, taken = self.text, self.sides["u"] | self.sides["e"]
        for s, e, i in self.mentions.events:
            if i in taken or self.orgs[i].kind is not OrgKind.EMPLOYER:
                continue
            if owned_by(text[s:e], owners) or owned_by(self.orgs[i].name, owners):
                self.sides["e"].add(i)
                taken.add(i)

    def _striking_union(self) -> set[int]:
        """When only federations are on the union side, the first union the article
        names (``the Kamgar Union, affiliated to the Hind Mazdoor Sabha``): a federation
        supports; its member union is the party."""
        unions = self.sides["u"]
        if not unions or any(self.orgs[i].kind is not OrgKind.FEDERATION for i in unions):
            return set()
        first = next((i for i, o in enumerate(self.orgs) if o.kind is OrgKind.UNION), None)
        return set() if first is None else {first}

    def dispute(self) -> Dispute | None:
        if not self.actions:
            return None
        seen = list(dict.fromkeys(self.actions))
        action = next(a for a in ESCALATION if a in seen)
        unions = self.sides["u"] | self._striking_union()
        employers = self.sides["e"] - unions
        if not employers and self.top["e"] is not None and self.top["e"] not in unions:
            # (no employer near an action or named with the union: the employer the
            # article names most, ``The Riverton School District has offered raises``)
            employers = {self.top["e"]}
        return Dispute(
            action=action,
            actions=tuple(seen),
            unions=tuple(self.orgs[i] for i in sorted(unions)),
            employers=tuple(self.orgs[i] for i in sorted(employers)),
            evidence=tuple(Span(start=a, end=b) for a, b in _merged(self.evidence)),
        )


def _neutral(org: Organization) -> bool:
    return _neutral_re().search(org.name) is not None


#: Words of an unregistered body's name that make it an employer in a dispute with no
#: employer named (``Castlebridge City Council``; not ``Cook County``).
UNNAMED_EMPLOYER_WORDS: tuple[str, ...] = (
    "authority", "board of education", "city schools", "council", "county schools",
    "health board", "hospital", "hospital trust", "municipal corporation", "municipality",
    "nhs trust", "prison service", "prisons service", "probation service", "public schools",
    "railway board", "railways", "school board", "school boards", "school district",
    "university",
)  # fmt: skip


#: Words right before a name that introduce it as the employer of the dispute (``a pay
#: offer from Acme Buses``, ``locked out by their employer, Acme Mining``; and a
#: workforce at it, ``lorry drivers at Acme Haulage``: :data:`WORKFORCE_WORDS` + ``at``).
EMPLOYER_CUES: tuple[str, ...] = (
    "agreement with", "contract with", "dispute with", "employed by", "employees of",
    "employer", "employer,", "locked out by", "lockout at", "managed by", "negotiating with",
    "negotiations with", "off the job at", "offer from", "operated by", "operations at",
    "owned by", "picket line at", "picket line outside", "picket lines at",
    "picket lines outside", "picketed outside", "picketing outside", "production at",
    "proposal from", "run by", "staff of", "stop work at", "stopped work at", "strike against",
    "strike at", "strikes against", "strikes at", "talks with", "walked out at", "walkout at",
    "workers of",
)  # fmt: skip
#: How far before the first mention of a name its cue is looked for.
_CUE_SPAN = 40


@lazy
def _employer_cue_re() -> str:
    cues = rf"(?:{alternation(EMPLOYER_CUES)}|{alternation(WORKFORCE_WORDS)}\s++at)"
    return rf"(?i)(?<![\w-]){cues}\s++(?:the\s++|their\s++|its\s++)?\Z"


def introduced_as_employer(text: str, name: str) -> bool:
    """Whether the article introduces *name* as the employer: its first mention comes
    right after an employer cue (:data:`EMPLOYER_CUES`), as in ``a pay offer from
    Midland Buses`` or ``locked out by their employer, Ridge Mining``."""
    at = text.find(name) if name[:1].isupper() else -1
    if at < 0:
        return False
    return _employer_cue_re().search(text, max(0, at - _CUE_SPAN), at) is not None


@lazy
def _unnamed_re() -> str:
    return _words_re(UNNAMED_EMPLOYER_WORDS)


def employing_body(name: str) -> bool:
    """Whether *name* is a public body that employs people (``Castlebridge City Council``,
    ``the Harbour Health Board``), not a mediator, a court or a ministry."""
    return (
        _unnamed_re().search(name) is not None
        and _neutral_re().search(name) is None
        and _workers_council_re().search(name) is None
    )


@lazy
def _workers_council_re() -> str:
    return _words_re(WORKER_COUNCIL_WORDS)  # (``the care workers' council``: the union side)


def _most_named(orgs: Sequence[Organization], side: str) -> int | None:
    kinds = _UNION_KINDS if side == "u" else _EMPLOYER_KINDS
    best = None
    for i, o in enumerate(orgs):
        if o.kind in kinds and (best is None or len(o.mentions) > len(orgs[best].mentions)):
            best = i
    return best


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


class ActionWords:
    """What :func:`find_dispute` reads of a text whatever its organizations: the words of
    action and bargaining, and (when asked) the sentence ends, the workforce words and
    the references to a side around them. Read once per text: the dispute is read
    again when the workplaces add organizations."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.low = low = lowered(text)
        self.hits = [
            (m.start(), m.end(), *_BY_PHRASE[_norm(m.group(), fold=True)])
            for m in _action_matches(low)
            if _starts_word(text, m.start()) and _labour_use(low, m.start(), m.end())
        ]
        self._marks: tuple[_Marks, _Marks, list[tuple[int, int, bool]]] | None = None
        self._owners: frozenset[str] | None = None

    def owners(self) -> frozenset[str]:
        """The names the text writes as an employer's owner (:func:`owner_names`)."""
        if self._owners is None:
            self._owners = owner_names(self.text)
        return self._owners

    def marks(self) -> tuple[_Marks, _Marks, list[tuple[int, int, bool]]]:
        """The sentence ends, the workforce words and the references to a side."""
        if self._marks is None:
            text, low = self.text, self.low
            self._marks = (
                _marks(_sentence_end_re(), text, words=False),
                _workforce_marks(low, self.hits),
                _generic(text, low),
            )
        return self._marks


def find_dispute(
    text: str, orgs: Sequence[Organization], words: ActionWords | None = None
) -> Dispute | None:
    """The dispute *text* reports, with its sides among *orgs* (the article's
    organizations), or ``None``. *words*: what was read of *text* already.

    >>> find_dispute("Nurses walked out on Monday.", ()).action.value
    'walkout'
    >>> find_dispute("Trade talks resumed in Geneva.", ()) is None
    True
    """
    if words is None or words.text is not text:
        words = ActionWords(text)
    hits = words.hits
    if not any(labour for *_, labour in hits) and not any(o.kind in _UNION_KINDS for o in orgs):
        return None  # no action can count: none needs only workers, and no union is named
    finder = _Finder(words, orgs)
    for h in hits:
        finder.hit(*h)
    if not finder.actions:
        return None
    for h in hits:  # the dispute is established: every action word may name a party
        finder.hit(*h)
    finder.co_mentions()
    finder.owners(words.owners())
    return finder.dispute()
