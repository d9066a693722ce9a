"""Employers the registry lacks that an article names as the workplace of its workforce.

``Drivers at Fernhill Haulage walked out``, ``a pay offer from Bowen Ridge Resources``,
``Northline Rail drivers voted to strike``: the name is the employer, though no table
knows it. Read here before the dispute is found, so that its employer side has it and a
later ``the company`` or ``a company spokeswoman`` resolves to it by position, as it
does for an employer the registry knows.

A name is read right after an employer cue (:data:`~laborquotes._dispute.EMPLOYER_CUES`,
a workforce word and ``at``, an action, a day and ``at``), right before a workforce word,
or as the subject of a lockout. After a cue, two capitalised words that are no place and
no person's name are enough; before a workforce word the name must read as an
organization's by itself (:func:`~laborquotes._quoted_orgs.listable`: the last word a
business word or a head noun, ``Fernhill Haulage``, ``Port of Tilbury``). A lone
capitalised word may be a place or a season (``strike at Christmas``, ``workers at
Dagenham``) and is left alone; a name before a site noun is a site (``the Wattle Creek
mine``) unless a quantity comes first (``at a Kelso Build site``); a name ends before a
possessive. The short forms of each name written alone (``Skyward`` of ``Skyward
Airlines``) are its aliases. :func:`~laborquotes._labour.enrich_article` reads
workplaces only in an article that reports a dispute.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

import attrs
import regex

from ._dispute import EMPLOYER_CUES, WORKFORCE_WORDS, employing_body, lowered
from ._model import Organization, OrganizationIndex, OrgKind, Span, first_mention
from ._org_names import LEGAL_ABBREVIATIONS, _lazy, _Taken, company_short_form, literal_matches
from ._patterns import alternation, lazy, lazy_stdlib, trie_alternation
from ._places import demonym_length, lookup_city, lookup_region
from ._quoted_orgs import BUSINESS_WORDS, NAME_JOINERS, listable
from ._roles import hint_kind
from ._speakers import based_lead
from ._vocab import (
    COMPASS_WORDS,
    DEMONYMS,
    ORG_DESCRIPTORS,
    ORG_WORDS,
    STUDY_VERBS,
    SUBJECT_STARTS,
    WEEKDAYS,
    WORKPLACE_NOUNS,
    given_names,
)

__all__ = [
    "ACTIONS_BEFORE_A_DAY",
    "BODY_NAME_ENDS",
    "CUED_BUSINESS_NOUNS",
    "CUED_ORG_DESCRIPTORS",
    "EMPLOYER_ACTS",
    "GENERIC_NAME_WORDS",
    "GOVERNMENT_BODY_ENDS",
    "NAME_END_LEGAL_FORMS",
    "NOT_STAFF_OF",
    "NOT_WORKFORCE_AFTER_NAME",
    "OWNED_SITE_LEADS",
    "PAY_OFFER_WORDS",
    "PLACE_OPENERS",
    "SITE_COUNT_APPROXIMATORS",
    "SITE_NOUNS",
    "STAFF_LEADS",
    "short_forms",
    "with_workplaces",
]

#: Words that end a public employer's name, after which ``in`` names the workplace of
#: the workforce before it (``teachers in Millbrook Public Schools``).
BODY_NAME_ENDS: tuple[str, ...] = (
    "Agency", "Authority", "Board", "College", "Council", "District", "Health", "Hospital",
    "Hospitals", "Registry", "Schools", "Service", "Trust", "University",
)  # fmt: skip

#: Nouns that end a public body's name (``the Land Registry``, ``the Passport Office``):
#: a workplace so named is a government's (the dispute's sides make it the employer).
GOVERNMENT_BODY_ENDS: tuple[str, ...] = ("Agency", "Department", "Ministry", "Office", "Registry")

#: Actions after which a day, then ``at``, leads to the workplace (``went on strike
#: Tuesday at``, ``walked off the job on Monday at``).
ACTIONS_BEFORE_A_DAY: tuple[str, ...] = (
    "off the job", "stopped work", "strike", "walked out", "walkout",
)  # fmt: skip

#: An employer's acts against its workforce: the name before one is the employer's
#: (``Skyfare Catering sacked 670 staff``).
EMPLOYER_ACTS: tuple[str, ...] = ("dismissed", "fired", "laid off", "sacked", "suspended")
#: What an employer offers its workforce (``Acme offered raises``, ``has offered a 3% pay
#: rise``): the name before ``offered`` is the employer's.
PAY_OFFER_WORDS: tuple[str, ...] = (
    "increase", "increases", "pay", "raise", "raises", "rise", "rises", "salary", "wage",
    "wages",
)  # fmt: skip
#: Words before the workforce an employer acts against (``sacked all its drivers``).
STAFF_LEADS: tuple[str, ...] = ("about", "all", "its", "nearly", "some", "the", "their")

#: Kinds of business read before a workplace's name only after an employer cue (``cabin
#: crew at French carrier Air Lumiere``): elsewhere a job (``mail carrier Tom Lee``).
CUED_ORG_DESCRIPTORS: tuple[str, ...] = ("carrier",)

#: Nouns of a kind of business that, after up to two lower-case words of its trade, may
#: stand between an employer cue and the name (``employed by ground handling firm
#: Swissair``, ``staff at cleaning contractor Brightwater``).
CUED_BUSINESS_NOUNS: tuple[str, ...] = (
    "company", "contractor", "firm", "maker", "producer", "provider", "subcontractor",
    "supplier",
)  # fmt: skip

#: Workforce words that do not make the name before them a workplace (``Unite members``,
#: ``Labour Party members``, ``the Acme Foods union``), or that are verbs too (``the
#: Secret Service guards his hotel``).
NOT_WORKFORCE_AFTER_NAME: tuple[str, ...] = ("guards", "members", "union", "unions")

#: Workforce words whose ``of`` names no employer (``members of Unifor``, ``unions of
#: the sector``).
NOT_STAFF_OF: tuple[str, ...] = ("members", "union", "unions")

#: Legal forms that close a workplace's name though the tables' scan leaves them out, as
#: they name more than companies elsewhere (``Co. Durham``, ``the state AG``, ``Cricket
#: SA``): right after an employer cue they are the company's (``Daehan Motor Co``).
NAME_END_LEGAL_FORMS: tuple[str, ...] = ("AB", "AG", "Co", "SA", "SE")

#: Words that open many organizations' names, never a name alone (``National``).
GENERIC_NAME_WORDS: tuple[str, ...] = (
    "American", "British", "Central", "City", "Eastern", "First", "General", "Global",
    "Greater", "International", "Metro", "Metropolitan", "National", "New", "North",
    "Northern", "Regional", "Royal", "South", "Southern", "St", "St.", "State", "United",
    "West", "Western",
)  # fmt: skip

#: Nouns of places of work, singular, that make the name before them a site's or a
#: place's (``the Wattle Creek mine``, ``Maple Ridge schools``).
SITE_NOUNS: tuple[str, ...] = tuple(
    sorted(
        {
            *WORKPLACE_NOUNS,
            *("campus", "colliery", "hotel", "office", "outlet", "restaurant", "school"),
            *("shaft", "shop"),
        }
    )
)

#: Workforce words of a newsroom (``journalists at the Pennine Press``).
_NEWSROOM = frozenset(("journalists", "staff", "staffers", "writers"))
#: Words of quantity before a name and a kind of place, which make the name the place's
#: owner (``at a Kelso Build site``, ``at four Eastbrook Health hospitals``).
OWNED_SITE_LEADS: tuple[str, ...] = (
    "a", "all", "an", "both", "eight", "five", "four", "nine", "one", "seven", "several",
    "six", "ten", "three", "two",
)  # fmt: skip

#: Words before a number of sites (``at more than 40 Southern Grill restaurants``).
SITE_COUNT_APPROXIMATORS: tuple[str, ...] = (
    "about", "almost", "around", "more than", "nearly", "over", "some",
)  # fmt: skip

#: Kinds a workplace may be read as: none known, or an employer.
_GOVERNMENT_ENDS = frozenset(GOVERNMENT_BODY_ENDS)
_EMPLOYER_KINDS = frozenset({None, OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP, OrgKind.OTHER})
#: Capitalised words that open a description before a name (``Striking Acme Foods
#: drivers``), besides words ending in ``-ing`` or ``-ed``.
_LEADS = frozenset((*SUBJECT_STARTS, "Ex", "Former", "Senior", "Top"))
_FIRST_NAMES = given_names()
#: First words of a place's name of two words (``workers at Port Botany``, ``at Mount
#: Isa``, ``at Fort Lennox``): a place, no employer.
PLACE_OPENERS: tuple[str, ...] = ("Cape", "Fort", "Lake", "Mount", "Port")
#: Most workplaces read in one article.
_MAX_FOUND = 50

#: What may not touch a name where it is written again: a word's character before it; a
#: word's character (a possessive's ``'s`` aside), or a capitalised word (``Skyward
#: Holdings``), after it.
_before = _lazy(r"[\w&'’.-]")
_after = _lazy(r"[\w&-]|['’](?!s?+(?!\w))|[^\S\n]{1,2}\p{Lu}")

# A name: capitalised words, joined by a space, ``of``, ``of the`` or ``&`` (no full stop:
# ``workers at Acme Foods. The company`` ends at ``Foods``).
# (``St. Brendan's Medical Center``: a saint's abbreviation keeps its full stop)
_WORD = r"(?:St\.|Ste\.|Mt\.|[\p{Lu}\d][\w&'’-]*+)"
# A legal form's full stop is the name's (``Halvorsen Axle Co.``).
_LEGAL_STOP = rf"(?:(?<=[^\S\n](?:{'|'.join(LEGAL_ABBREVIATIONS)}))\.)?+"
_NAME = rf"""
    {_WORD}
    (?: [^\S\n]++ (?: (?: of | & | de | del | des | du | der ) [^\S\n]++ (?: the [^\S\n]++ )?+ )?+
        {_WORD} ){{0,6}}+
    {_LEGAL_STOP}
"""


@lazy
def _after_cue_re() -> str:
    # (a workforce may name its union between: ``members of Unifor at Kestrel Aero``,
    # ``members of the National Union of Journalists (NUJ) at Pennine Press``)
    joined = r"(?:of[^\S\n]++(?:the[^\S\n]++)?+)?+"
    name = rf"(?:{_WORD}(?:[^\S\n]++{joined}{_WORD}){{0,4}}+)"
    acronym = r"(?:[^\S\n]++\(\p{Lu}[\p{Lu}&\-]{1,9}+\))?+"
    union = rf"(?:[^\S\n]++of[^\S\n]++(?:the[^\S\n]++)?+{name}{acronym})?+"
    # (case-sensitive, a word or its capitalized first letter: ``regex`` scans a
    # case-insensitive alternation several times slower)
    staff = rf"(?P<staff>{alternation(WORKFORCE_WORDS, capitalized=True)})"
    # (a day may stand between an action and its place: ``went on strike Tuesday at``)
    day = rf"(?:on[^\S\n]++)?+(?:{alternation(WEEKDAYS)}|today|yesterday|overnight)"
    actions = alternation(ACTIONS_BEFORE_A_DAY).replace(r"\ ", r"[^\S\n]++")
    acted = rf"{actions}[^\S\n]++{day}[^\S\n]++at"
    # (``teachers in Millbrook Public Schools``: ``in`` before a name that a body's word
    # ends, not before a town's)
    body = rf"(?:\p{{Lu}}[\w'’.\-]*+[^\S\n]++){{1,4}}(?:{alternation(BODY_NAME_ENDS)})(?![\w-])"
    # (``talks between the United Auto Workers and Kestrel Driveline Systems``: the other
    # party after a union's name, or after ``the union``, and ``and``)
    between = rf"between[^\S\n]++(?:the[^\S\n]++)?+(?:{name}{acronym}|union)[^\S\n]++and"
    # (``bin workers of the Kesley Council``: ``workers of``, a cue, inside a workforce's
    # words, which the scan reads whole)
    staff_of = alternation([w for w in WORKFORCE_WORDS if w not in NOT_STAFF_OF], capitalized=True)
    cues = rf"""(?:{alternation(EMPLOYER_CUES, capitalized=True)}
        |{staff}{union}[^\S\n]++(?:at|in[^\S\n]++the|in(?=[^\S\n]++{body}))|{acted}
        |(?:{staff_of})[^\S\n]++of|{between})"""
    # (a quantity before the name makes it a site's owner: ``at a Kelso Build site``,
    # ``at four Eastbrook Health private hospitals``)
    approx = rf"(?:{alternation(SITE_COUNT_APPROXIMATORS)})[^\S\n]++"
    owned = rf"(?P<owned>{alternation(OWNED_SITE_LEADS)}|(?:{approx})?+\d{{1,4}}+)"
    # (a kind of business may stand before the name, wire style, with its nationality:
    # ``at carmaker Daehan``, ``at South Korean automaker Daehan``)
    nation = rf"(?:{alternation(DEMONYMS)}[^\S\n]++)?+"
    kinds = (*ORG_DESCRIPTORS, *CUED_ORG_DESCRIPTORS)
    descriptor = rf"{alternation(kinds)}(?:[^\S\n]++(?:chain|giant|group))?+"
    trade = rf"(?:\p{{Ll}}[\p{{Ll}}\-]*+[^\S\n]++){{0,2}}?{alternation(CUED_BUSINESS_NOUNS)}"
    kind = rf"(?:(?P<desc>{nation}(?:{descriptor}|{trade}))[^\S\n]++)?+"
    # (where it is based or whose it is, before the name: ``at South Korean-owned Daesan``)
    based = rf"(?:{based_lead()})?+"
    return rf"""(?x)(?<![\w-]) {cues} [^\S\n]++
        (?: (?: the | their | its ) [^\S\n]++ | {owned} [^\S\n]++ )?+ {based} {kind}
        (?P<name> {_NAME} )"""


@lazy_stdlib
def _cue_start_re() -> str:
    """Where a cue of :func:`_after_cue_re` may open: its first words, in the text
    lower-cased (the cue itself is then matched on the text as written)."""
    return rf"(?<![\w-]){_cue_words()}(?![\w-])"


def _cue_words() -> str:
    words = (*EMPLOYER_CUES, *WORKFORCE_WORDS, *ACTIONS_BEFORE_A_DAY, "between", "walked")
    return trie_alternation(words)


@lazy_stdlib
def _cue_lead_re() -> str:
    """:func:`_cue_start_re` with the character before it, any but an ASCII letter,
    digit, dash or underscore, in place of its look-behind: the scan then tries the
    words at about one place in five, not at every letter. (A character past ASCII may
    be a letter: a word after one is no cue's start, :func:`_cue_starts` skips it.)"""
    return rf"[^a-z0-9_\-]{_cue_words()}(?![\w-])"


def _cue_starts(low: str) -> Iterator[int]:
    """Where :func:`_cue_start_re` matches in *low*, as its scan of the whole text finds
    them (a match hides any that opens before its end), found with :func:`_cue_lead_re`."""
    first = _cue_start_re().match(low)  # (no character before the text's first word)
    if first is not None:
        yield 0
    at = first.end() - 1 if first is not None else 0
    lead = _cue_lead_re()
    while (m := lead.search(low, at)) is not None:
        before = low[m.start()]
        if before.isalnum() or before == "_":
            at = m.start() + 1  # (a letter past ASCII: the word goes on)
            continue
        yield m.start() + 1
        at = m.end() - 1  # (a cue may open right after the last one's end, as a scan tries)


@lazy
def _site_re() -> str:
    """A workplace noun after a name, which makes the name a site's or a place's
    (``miners at the Kurrajong Creek mine``, ``teachers at Maple Ridge schools``), not
    the employer's."""
    return rf"[^\S\n]++{alternation(SITE_NOUNS)}(?:e?s)?+(?![\w-])"


#: The first words of a lockout's (``locked out``) and of a pay offer's (``offered``, or
#: ``said it had offered``) words after a name.
_LOCKOUT_OPENERS = ("locked", "locks")
_OFFER_OPENER = "offered"
#: An employer's report of its own offer, before ``offered`` (``said it had offered``).
_SAID_IT = r"(?:said|says)[^\S\n]+(?:that[^\S\n]+)?it[^\S\n]+"


def _lockout_source() -> str:
    """A lockout, as written after the employer's name (``locked out``)."""
    return rf"(?:{'|'.join(_LOCKOUT_OPENERS)})[^\S\n]+out(?![\w-])"


def _dismissal_source() -> str:
    """An employer's act against its workforce and the workforce (``sacked 670 staff``,
    ``dismissed all its drivers``), as written after the employer's name."""
    acts = alternation(EMPLOYER_ACTS).replace(r"\ ", r"[^\S\n]+")
    staff = alternation(_after_name_words())
    lead = rf"(?:\d[\d,]*|{alternation(STAFF_LEADS)})[^\S\n]+"
    return rf"(?:{acts})[^\S\n]+(?:{lead}){{0,2}}(?:{staff})(?![\w-])"


def _pay_offer_source() -> str:
    """A pay offer, as written after the employer's name (``offered raises``, ``has offered
    teachers a 3% rise``, ``offered a pay increase``, ``said it had offered a 3% rise``)."""
    staff = alternation(_after_name_words())
    pay = alternation(PAY_OFFER_WORDS)
    # (``Wessex Coastal said it had offered a 3% rise``: its own report of the offer)
    said = rf"(?:{_SAID_IT}(?:ha[sd][^\S\n]+)?)?"
    return (
        rf"{said}{_OFFER_OPENER}[^\S\n]+(?:(?:its|their)[^\S\n]+)?(?:(?:{staff})[^\S\n]+)?"
        rf"(?:an?[^\S\n]+)?(?:\d[\d.]*[^\S\n]*(?:%|per[^\S\n]+cent|percent)[^\S\n]+)?"
        rf"(?:{pay})(?![\w-])"
    )


#: What an employer does to its workforce, by name: the words after the employer's.
_ACTS = {
    "lockout": _lockout_source,
    "dismissal": _dismissal_source,
    "pay offer": _pay_offer_source,
}


@lazy
def _before_act_re(act: str) -> str:
    """A name right before an act of :data:`_ACTS` (``Kestrel Aero locked out``,
    ``Skyfare Catering sacked 670 staff``): the employer."""
    return rf"""(?<![\w&'’-]) (?P<name> {_NAME} ) [^\S\n]++ (?: (?: has | had ) [^\S\n]++ )?+
        {_ACTS[act]()}"""


def _after_name_words() -> tuple[str, ...]:
    return tuple(w for w in WORKFORCE_WORDS if w not in NOT_WORKFORCE_AFTER_NAME)


@lazy
def _before_workforce_re() -> str:
    return rf"""(?x)(?<![\w&'’-]) (?P<name> {_NAME} ) [^\S\n]++
        (?P<staff> {alternation(_after_name_words())} ) (?![\w-])"""


#: The kinds of words read after a name: the acts of :data:`_ACTS`, then a workforce's
#: (:func:`_before_workforce_re`).
_AFTER_NAME = (*_ACTS, "workforce")


@lazy_stdlib
def _after_name_re() -> str:
    """The words after a name of every kind of :data:`_AFTER_NAME`, after a space, in one
    scan (group ``k0`` ... of the kind): a look-ahead, so that one kind's words do not
    hide another's inside them. No two kinds open with the same word, so at most one
    matches at a place. (The space first: the scan skips other text in C.)"""
    sources = [*(_ACTS[act]() for act in _ACTS), alternation(_after_name_words()) + r"(?![\w-])"]
    kinds = "|".join(f"(?P<k{i}>{source})" for i, source in enumerate(sources))
    return rf"[^\S\n](?={kinds})"


@lazy_stdlib
def _after_name_lead_re() -> str:
    """Where :func:`_after_name_re` may match: a space before the first word of a kind's
    words (``said`` only before ``it``). Each is tried with :func:`_after_name_re`: its
    kinds' look-ahead costs several times this scan's test at every space. (Any
    character past ASCII counts as a space here, a few more places tried: the scan
    tests a class of plain characters faster than the spaces of every script.)"""
    firsts = {
        w.split()[0]
        for w in (*_LOCKOUT_OPENERS, *EMPLOYER_ACTS, _OFFER_OPENER, *_after_name_words())
    }
    spaces = r"[\t\x0b\x0c\r\x1c-\x20\x80-\U0010ffff]"
    return rf"{spaces}(?:{trie_alternation(firsts)}|(?={_SAID_IT}))"


def _after_name_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of :func:`_after_name_re` in *text*, found at the places of
    :func:`_after_name_lead_re` (the words it finds hold no space: no place is hidden)."""
    after = _after_name_re()
    for lead in _after_name_lead_re().finditer(text):
        m = after.match(text, lead.start())
        if m is not None:
            yield m


def _before_name_re(kind: str) -> regex.Pattern[str]:
    return _before_workforce_re() if kind == "workforce" else _before_act_re(kind)


#: How far before the words after it a name may start.
_NAME_REACH = 200


def _named_before(text: str) -> list[list[regex.Match[str]]]:
    """For each kind of :data:`_AFTER_NAME`, the matches of its pattern (a name, then the
    words after it: :func:`_before_act_re`, :func:`_before_workforce_re`), in order.

    The standard library finds the words after the names, of all kinds in one scan; each
    kind's pattern is tried only in the stretch before its words (``regex`` would try
    the name at every capital of the text). Each kind keeps its own place, as a scan of
    its words alone would: words inside its last words are skipped (``offered`` of
    ``said it had offered a rise``), and a name is looked for after its last one only."""
    patterns = [_before_name_re(kind) for kind in _AFTER_NAME]
    found: list[list[regex.Match[str]]] = [[] for _ in patterns]
    ends = [0] * len(patterns)  # (where each kind's last words end)
    done = [0] * len(patterns)  # (where each kind's last match ends)
    for c in _after_name_matches(text):
        group = c.lastgroup or ""
        k = int(group[1:])
        start, end = c.span(group)
        if start < ends[k]:
            continue
        ends[k] = end
        if start >= done[k]:
            m = patterns[k].search(text, max(done[k], start - _NAME_REACH), end)
            if m is not None:
                done[k] = m.end()
                found[k].append(m)
    return found


#: A relative clause of study before a workforce's words (``who studies dock unions
#: at``): the place after them is where the speaker studies, no workplace of the dispute.
_studied_re = _lazy(rf"(?<![\w-])who[^\S\n]++(?:{alternation(STUDY_VERBS)})(?![\w-])[^,.;:\n]*+\Z")
#: How far before the workforce's words the relative clause may open, in characters.
_STUDY_REACH = 80


def _names(text: str, low: str) -> Iterator[tuple[int, int, bool, bool, bool]]:
    """The spans of the names written as workplaces, in no particular order, each with
    whether a cue comes before it (else a workforce word follows it), whether its
    workforce is a newsroom's (``journalists at``, ``staff at``) and whether a kind of
    business stands before it (``at ground handling firm Swissair``). *low* is *text*
    lower-cased."""
    cue = _after_cue_re()
    for at in _cue_starts(low):
        # (the standard library finds where a cue may open twice as fast as ``regex``
        # scans the whole pattern: the pattern is then tried there only)
        m = cue.match(text, at)
        if m is None or _studied_re().search(text, max(0, at - _STUDY_REACH), at):
            continue  # (``who studies public-sector unions at Redfield University``)
        owner = _owner(m)
        if "outside" in text[m.start() : m.start("name")]:
            # (``picket lines outside the Acme Foods plant``: a business's site; outside a
            # name alone is a place, ``outside the Lakeport Harbourfront``)
            named = owner
        else:
            named = owner or _site_re().match(text, m.end()) is None
        if named:
            newsroom = (m.group("staff") or "").lower() in _NEWSROOM
            joined = _and_body_re().match(text, m.end("name"))
            end = joined.end() if joined is not None else m.end("name")
            yield m.start("name"), end, True, newsroom, bool(m.group("desc"))
    *acts, staffed = _named_before(text)
    for matches in acts:
        for m in matches:
            start, end = m.span("name")
            yield _without_leads(text, start, end), end, True, False, False
    for m in staffed:
        start, end = m.span("name")
        newsroom = m.group("staff").lower() in _NEWSROOM
        yield _without_leads(text, start, end), end, False, newsroom, False


#: ``and`` and the rest of a body's name after the first words a cue read (``staff at
#: the Land and Property Registry``): the name goes on to the body's noun.
_and_body_re = _lazy(
    rf"[^\S\n]++(?:and|&)[^\S\n]++(?:\p{{Lu}}[\w'’.\-]*+[^\S\n]++){{0,3}}"
    rf"(?:{alternation(BODY_NAME_ENDS)})(?![\w'’-])"
)


_BUSINESS_WORDS = frozenset(BUSINESS_WORDS)


def _owner(m: regex.Match[str]) -> bool:
    """Whether the name of a cue's match owns the site after it: a quantity before it
    (``at a Kelso Build site``) or a possessive in it or at its end (``at Bokamoso
    Platinum's Kgaswane shafts``, ``at Tarrow Coal's mine``)."""
    name = m.group("name")
    if name.endswith(("'s", "’s")) or bool(m.group("owned")):
        return True
    if name.rsplit(None, 1)[-1] in _BUSINESS_WORDS and " " in name:
        return True  # (``at the Kestrel Foods plant``: a business's name, its plant)
    return any(p in name for p in ("'s ", "’s ", "s' ", "s’ "))


def _without_leads(text: str, start: int, end: int) -> int:
    """*start* past the words that open a description (``Striking``, ``The``)."""
    while start < end:
        word, _, rest = text[start:end].partition(" ")
        lead = word in _LEADS or word.endswith(("ing", "ed"))
        if not lead or not rest:
            break
        start = end - len(rest.lstrip())
    return start


def _saints(text: str, start: int) -> bool:
    """Whether the name at *start* is a saint's (``St. Brendan's Medical Center``): its
    possessive is part of it."""
    return text.startswith(("St. ", "St ", "Saint "), start)


def _headline_cut(text: str, start: int, end: int) -> int:
    """*end*, or, for a name read in a first line of capitalized words (a headline in
    title case: ``Staff at Brightwire Media Stage First Walkout``), the end of its
    longest opening words of two or more that the text writes again below it
    (``Brightwire Media``): a headline's verbs are capitalized too. A name the text never
    writes again is none (``Doctors at a Kelso Hospital Vote to Strike``): *start*."""
    line_end = text.find("\n", start)
    if text.rfind("\n", 0, start) >= 0 or line_end < 0 or not _title_case(text[:line_end]):
        return end
    words = text[start:end].split(" ")
    for n in range(len(words), 1, -1):
        prefix = " ".join(words[:n])
        if text.find(prefix, line_end) >= 0:
            return start + len(prefix)
    return start


def _title_case(line: str) -> bool:
    """Whether *line* is in title case: every word of four letters or more capitalized."""
    words = [w for w in line.split() if len(w) >= _TITLE_CASE_LETTERS and w[:1].isalpha()]
    return len(words) >= _TITLE_CASE_LETTERS and all(w[:1].isupper() for w in words)


#: How long a word a title-case headline capitalizes, and how many such words it holds.
_TITLE_CASE_LETTERS = 4


def _without_possessive(text: str, start: int, end: int) -> int:
    """*end* before the first ``'s`` of the name, or the apostrophe of a plural's, the
    owner's (``workers at Acme Foods's depot``, ``production at Bokamoso Platinum's
    Kgaswane shafts``, ``at Greenway Supermarkets' Truganina centre``)."""
    cut = min(
        (k for k in (text.find("'s", start, end), text.find("’s", start, end)) if k > 0), default=-1
    )
    if cut > start and (cut + 2 == end or text[cut + 2].isspace()) and not _saints(text, start):
        return cut
    plural = min(
        (k for k in (text.find("s' ", start, end), text.find("s’ ", start, end)) if k > 0),
        default=-1,
    )
    if plural > start:
        return plural + 1  # ``Greenway Supermarkets' Truganina centre``
    return end - 1 if text[end - 2 : end] in ("s'", "s’") else end  # ``Bluecrest Logistics'``


def _kind(
    name: str, index: OrganizationIndex, cued: bool, newsroom: bool, described: bool = False
) -> OrgKind | None:
    """The kind of the workplace *name*, or ``None``: not one the article's organizations
    do not hold. After a cue (*cued*) a name of two capitalised words is enough, when it
    is no place and no person's (``at Kestrel Aerostructures``); before a workforce
    word, it must read as an organization's by itself (``Fernhill Haulage drivers``; not
    ``New York teachers``). A newspaper's name stays media's where a newsroom works
    (``journalists at the Pennine Press``: the dispute's sides make it the employer),
    and is an employer's where another workforce does (``postal workers at Northway
    Post``)."""
    if index.find(name) is not None:
        return None
    if described and _lone(name):
        return OrgKind.EMPLOYER  # (``employed by ground handling firm Swissair``)
    if not listable(name) and not (cued and _named(name)):
        return None
    kind = hint_kind(name)
    if kind is None and cued and name.rsplit(" ", 1)[-1] in _GOVERNMENT_ENDS:
        return OrgKind.GOVERNMENT  # (``staff at the Land Registry``: a public body, ``the agency``)
    if kind is OrgKind.MEDIA and newsroom:
        return kind
    if kind in _EMPLOYER_KINDS or kind is OrgKind.MEDIA:
        return OrgKind.EMPLOYER
    if kind is OrgKind.GOVERNMENT and employing_body(name):
        return kind  # (``the city council``)
    return None


def _lone(name: str) -> bool:
    """Whether *name* is one capitalized word that is no place and no first name: after
    a kind of business, that business's name."""
    return (
        " " not in name
        and name[:1].isupper()
        and name not in _FIRST_NAMES
        and lookup_city(name) is None
        and lookup_region(name) is None
    )


_COMPASS = frozenset(COMPASS_WORDS)


def _named(name: str) -> bool:
    """Whether *name*, two words at least, is no place and no person's name."""
    words = name.split()
    if len(words) < 2 or words[-1] in NAME_JOINERS or words[0] in _FIRST_NAMES:
        return False
    if len(words) == 2 and words[0] in PLACE_OPENERS:
        return False
    if all(w.lower() in _COMPASS for w in words):
        return False  # (``the North West``: a region)
    if demonym_length(words, 0) or words[0] in _LEADS:
        return False
    return lookup_city(name) is None and lookup_region(name) is None


def with_workplaces(
    text: str, orgs: Sequence[Organization], low: str | None = None
) -> tuple[Organization, ...]:
    """*orgs* (the article's organizations, in order of first mention) and the workplaces
    *text* names that they do not hold, as employers with every place each is written
    (*low*: *text* lower-cased, as :func:`~laborquotes._dispute.lowered` gives it).

    >>> [o.name for o in with_workplaces("Drivers at Fernhill Haulage walked out.", ())]
    ['Fernhill Haulage']
    """
    index = OrganizationIndex(orgs)
    taken = _Taken()
    for o in orgs:
        for m in o.mentions:
            taken.add(m.start, m.end)
    found: dict[str, Organization] = {}
    known: set[int] = set()  # (companies the tables found by their legal form)
    for start, stop, cued, newsroom, described in _names(
        text, lowered(text) if low is None else low
    ):
        end = _headline_cut(text, start, _without_possessive(text, start, stop))
        if end <= start:
            continue
        name = text[start:end]
        if name in _NO_NAMES:
            continue  # (``employed by the company I work for``: a pronoun)
        at = index.find(name)
        if at is not None and orgs[at].kind is OrgKind.EMPLOYER and not orgs[at].acronym:
            known.add(at)
        if name in found or taken.overlaps(start, end):
            continue
        kind = _kind(name, index, cued, newsroom, described)
        if kind is None:
            continue
        found[name] = Organization(name=name, kind=kind, mentions=(Span(start=start, end=end),))
        if len(found) >= _MAX_FOUND:
            break
    if not found and not known:
        return tuple(orgs)
    kept = [_also_short(text, o) if i in known else o for i, o in enumerate(orgs)]
    out = [*kept, *_with_short_forms(text, list(found.values()))]
    out.sort(key=first_mention)
    return tuple(out)


#: Words that open a subject and name no workplace alone (``I``, ``We``, ``The``).
_NO_NAMES = frozenset(SUBJECT_STARTS)


def _also_short(text: str, org: Organization) -> Organization:
    """*org*, a workplace the tables found (``Ostara Chips Inc``, by its legal form), with
    its short forms written alone as aliases too (``Ostara said``)."""
    (short,) = _with_short_forms(text, [org])
    aliases = tuple(sorted({*org.aliases, *short.aliases}))
    spans = sorted({*org.mentions, *short.mentions}, key=lambda m: (m.start, m.end))
    return attrs.evolve(org, aliases=aliases, mentions=tuple(spans))


def short_forms(name: str) -> list[str]:
    """The shorter forms of *name* it may be written as: without its legal form
    (:func:`~laborquotes._org_names.company_short_form`, ``Halvorsen Axle`` of
    ``Halvorsen Axle Co.``), and :func:`_short_name` of that (``Ostara`` of ``Ostara
    Chips Inc``)."""
    stem = company_short_form(name)
    words = stem.split()
    if stem == name and len(words) > 2 and words[-1].rstrip(".") in NAME_END_LEGAL_FORMS:
        stem = " ".join(words[:-1])
    forms = [stem] if stem != name else []
    words = stem.split()
    if len(words) > 2 and _national_arm(words[-1]):
        stem = " ".join(words[:-1])  # (``Sunvale Electronics`` of ``... India Pvt Ltd``)
        forms.append(stem)
    short = _short_name(stem)
    return [*forms, short] if short is not None else forms


def _national_arm(word: str) -> bool:
    """Whether *word*, closing a company's name, names the country of a national arm
    (``India``, ``UK``)."""
    place = lookup_region(word)
    return place is not None and place.kind == "country"


def _short_name(name: str) -> str | None:
    """*name* without its last words that are business words or an organization's head
    nouns (``Skyward`` of ``Skyward Airlines``, ``Acme`` of ``Acme Hospital``, ``Carrow``
    of ``Carrow Health System``), when what is left reads as a name: one or two words,
    no common word of names (``National``) and no place (``Leeds`` of ``Leeds
    Hospital``)."""
    words = name.split()
    k = len(words)
    while k > 1 and (words[k - 1] in BUSINESS_WORDS or words[k - 1] in ORG_WORDS):
        k -= 1  # (``Carrow Health System`` -> ``Carrow``)
    if k == len(words) or k > 2 or words[k - 1] in NAME_JOINERS:
        return None
    short = " ".join(words[:k])
    saint = k == 2 and words[0] in ("St", "St.", "Saint")  # (``St. Aidan's``: a saint's)
    if any(w in _LEADS or (w in GENERIC_NAME_WORDS and not saint) for w in words[:k]):
        return None
    if demonym_length(words[:k], 0) or lookup_region(short) or lookup_city(short):
        return None
    return short


def _with_short_forms(text: str, found: list[Organization]) -> list[Organization]:
    """*found* with every place each name is written, and its short forms
    (:func:`short_forms`) where they are written alone (``Skyward's chief executive``;
    not ``Skyward Holdings``), as an alias."""
    shorts = {short: o.name for o in found for short in short_forms(o.name)}
    spans: dict[str, list[Span]] = {o.name: [] for o in found}
    written: dict[str, set[str]] = {o.name: set() for o in found}
    names = sorted({*spans, *shorts}, key=len, reverse=True)
    for start, end, name in literal_matches(text, names, _before(), _after()):
        owner = shorts.get(name, name) if name not in spans else name
        spans[owner].append(Span(start=start, end=end))
        if owner != name:
            written[owner].add(name)
    return [
        attrs.evolve(o, aliases=tuple(sorted(written[o.name])), mentions=tuple(spans[o.name]))
        if spans[o.name]
        else o
        for o in found
    ]
