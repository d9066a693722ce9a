"""Speaker roles: the rule table that maps title, organization and phrase to a :class:`Role`.

Everything that decides a role is data in this module: word lists and
:data:`PERSON_RULES` / :data:`GROUP_RULES`, ordered tables whose first matching
row wins. ``docs/labour.md`` prints the tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs
import regex

from ._model import OrgKind, Role
from ._orgs import _lazy

__all__ = [
    "EMPLOYER_GROUP_WORDS",
    "EMPLOYER_WORDS",
    "EXPERT_WORDS",
    "GOVERNMENT_GROUP_WORDS",
    "GOVERNMENT_WORDS",
    "GROUP_RULES",
    "KIND_HINTS",
    "MEDIA_WORDS",
    "PERSON_RULES",
    "TITLE_HEADS",
    "UNION_OFFICES",
    "UNION_OFFICIAL_WORDS",
    "UNION_WORDS",
    "WORKER_WORDS",
    "RoleRule",
    "group_role",
    "hint_kind",
    "person_role",
]

# --------------------------------------------------------------------------- vocabularies
# Words and phrases are matched as whole words, in any case, with a plural "s" optional.

#: A union office (``president``, ``chief negotiator``, ``shop steward``).
UNION_OFFICIAL_WORDS: tuple[str, ...] = (
    "president", "vice president", "secretary", "secretary-treasurer", "treasurer",
    "general secretary", "chair", "chairman", "chairwoman", "chairperson", "negotiator",
    "chief negotiator", "spokesperson", "spokesman", "spokeswoman", "representative", "rep",
    "director", "executive director", "leader", "leadership", "head", "chief", "official",
    "officer", "organizer", "organiser", "steward", "shop steward", "business agent",
    "business manager", "board", "board member", "executive board", "bargaining committee",
    "negotiating committee", "committee", "delegate", "founder", "co-founder", "coordinator",
    "counsel", "lawyer", "attorney", "staffer", "bargaining team", "negotiating team",
    "union", "unions", "guild", "local", "federation",
)  # fmt: skip

#: Offices a person holds in a union (not the nouns that name the union itself).
UNION_OFFICES: tuple[str, ...] = (
    "president", "vice president", "secretary", "secretary-treasurer", "treasurer",
    "general secretary", "chair", "chairman", "chairwoman", "chairperson", "negotiator",
    "chief negotiator", "spokesperson", "spokesman", "spokeswoman", "steward",
    "shop steward", "business agent", "business manager", "organizer", "organiser",
    "executive director", "leader", "delegate",
)  # fmt: skip

#: Rank and file: members and the trades they work in.
WORKER_WORDS: tuple[str, ...] = (
    "member", "membership", "worker", "striker", "picketer", "employee", "staff member",
    "rank-and-file", "rank and file", "nurse", "teacher", "educator", "driver", "bus driver",
    "truck driver", "operator", "mechanic", "actor", "actress", "performer", "writer",
    "screenwriter", "musician", "dancer", "singer", "stunt", "flight attendant", "pilot",
    "machinist", "welder", "electrician", "carpenter", "laborer", "labourer", "longshoreman",
    "longshore worker", "dockworker", "docker", "barista", "cashier", "clerk", "associate",
    "warehouse", "autoworker", "auto worker", "steelworker", "miner", "firefighter",
    "paramedic", "janitor", "custodian", "cook", "server", "housekeeper", "dishwasher",
    "bartender", "letter carrier", "mail carrier", "postal worker", "conductor", "engineer",
    "technician", "assembler", "line worker", "craftsman", "stagehand", "crew member",
    "graduate student", "teaching assistant", "resident physician", "doctor", "physician",
    "midwife", "caregiver", "aide", "assistant", "veteran", "picket", "striking",
    "locked-out", "retiree", "seamen", "longshoremen", "firemen", "signaller", "signalman",
    "porter", "courier", "lineman", "linemen", "orderly", "therapist", "pharmacist",
    "baggage handler", "handler", "loader",
    "packer", "picker", "sorter", "cleaner", "security guard", "sanitation worker",
    "garbage collector", "crane operator", "nursing assistant", "home care worker",
    "care worker", "social worker", "substitute teacher", "adjunct", "graduate worker",
    "postdoc", "farmworker", "farm worker", "fruit picker", "meatpacker", "seafarer",
    "seaman", "sailor", "deckhand", "trucker", "hotel worker", "room attendant",
    "housekeeping", "fast-food worker", "grocery worker", "retail worker", "employee of",
    "works at", "worked at", "has worked", "who works",
)  # fmt: skip

#: Management, owners and their spokespeople.
EMPLOYER_WORDS: tuple[str, ...] = (
    "ceo", "chief executive", "chief executive officer", "executive", "cfo", "coo",
    "chief operating officer", "chief financial officer", "chief people officer", "owner",
    "manager", "management", "boss", "human resources", "hr", "founder", "chairman",
    "chairwoman", "president", "vice president", "spokesperson", "spokesman", "spokeswoman",
    "negotiator", "representative", "director", "official", "head", "chief", "lawyer",
    "attorney", "counsel", "company", "companies", "studio", "studios", "producer",
    "producers", "employer", "employers", "corporation", "firm", "automaker", "automakers",
    "carrier", "carriers", "railroad", "railroads", "railway", "railways", "airline",
    "airlines", "hospital", "hospitals", "retailer", "operator", "operators", "league",
    "district", "school district", "port", "ports", "management team", "network", "networks",
    "streamer", "streamers", "owners",
)  # fmt: skip

#: Nouns that name the employer side by themselves (``the studios``, ``management``).
EMPLOYER_GROUP_WORDS: tuple[str, ...] = (
    "company", "companies", "studio", "studios", "producer", "producers", "employer",
    "employers", "management", "executive", "executives", "automaker", "automakers",
    "carrier", "carriers", "railroad", "railroads", "railway", "railways", "airline",
    "airlines", "hospital", "hospitals", "retailer", "retailers", "operator", "operators",
    "league", "owners", "network", "networks", "streamer", "streamers", "corporation", "firm",
    "district", "school district", "port", "ports", "boss", "bosses", "ceo", "ceos",
    "management team",
)  # fmt: skip

#: Public office, mediation and government agencies.
GOVERNMENT_WORDS: tuple[str, ...] = (
    "minister", "prime minister", "senator", "sen.", "governor", "gov.", "mayor",
    "mediator", "conciliator", "arbitrator", "congressman", "congresswoman", "congressmember",
    "lawmaker", "legislator", "assemblyman", "assemblywoman", "assembly member",
    "councilman", "councilwoman", "councillor", "councilor", "council member",
    "labor secretary", "labour secretary", "secretary of labor", "secretary of labour",
    "transport secretary", "transportation secretary", "health secretary",
    "education secretary", "business secretary", "secretary of state", "home secretary",
    "press secretary", "premier", "commissioner", "attorney general", "judge", "justice",
    "regulator", "regulators", "government", "governments", "ministry", "administration",
    "agency", "department", "white house", "state representative", "rep.", "mp",
    "member of parliament", "taoiseach", "tánaiste", "president biden", "president trump",
    "labor board", "labour board", "ombudsman", "presidential adviser", "presidential advisor",
    "government adviser", "government advisor", "economic adviser", "economic advisor",
    "ambassador", "diplomat", "envoy", "spokesman for the ministry", "cabinet",
    "secretary", "speaker", "house speaker", "police chief", "chief of police", "sheriff",
    "candidate", "nominee", "deputy secretary", "secretary general", "undersecretary",
    "comptroller", "treasurer of the state", "state senator", "delegate to congress",
)  # fmt: skip

#: More words that name government when a group speaks (``the city said``).
GOVERNMENT_GROUP_WORDS: tuple[str, ...] = (
    *GOVERNMENT_WORDS,
    "officials", "authorities", "lawmakers", "legislators", "congress", "parliament",
    "state", "city", "county", "province", "court", "police", "the president",
)  # fmt: skip

#: Outside experts.
EXPERT_WORDS: tuple[str, ...] = (
    "analyst", "professor", "economist", "researcher", "scholar", "lecturer", "expert",
    "historian", "academic", "fellow", "senior fellow", "research fellow", "consultant",
    "strategist", "observer", "specialist", "labor expert", "labour expert",
    "labor relations expert", "labor historian", "law professor", "dean", "sociologist",
    "political scientist", "pollster", "forecaster", "labor economist", "think tank",
)  # fmt: skip

#: The press.
MEDIA_WORDS: tuple[str, ...] = (
    "reporter", "journalist", "editor", "editor-in-chief", "columnist", "correspondent",
    "anchor", "critic", "host", "staff writer", "senior writer", "contributing writer",
    "contributor", "publisher", "editorial board", "reports", "report", "newspaper",
    "magazine", "outlet", "publication", "trade publication", "broadcaster", "news",
    "podcast", "podcaster", "newsletter", "blog", "blogger",
)  # fmt: skip

#: Words in a title or phrase that say which side it is when no organization does.
UNION_WORDS: tuple[str, ...] = (
    "union", "unions", "guild", "guilds", "local", "labor leader", "labour leader",
    "labor leaders", "labour leaders", "shop steward", "federation", "teamsters",
    "brotherhood", "labor council", "labour council",
)  # fmt: skip

#: Words in an organization's name that tell its kind when the registry does not know it.
KIND_HINTS: tuple[tuple[OrgKind, tuple[str, ...]], ...] = (
    (
        OrgKind.UNION,
        (
            "union", "guild", "local", "brotherhood", "workers united", "teamsters",
            "trades council", "labor council", "labour council", "federation of labor",
            "federation of labour", "labor federation", "labour federation", "strike leader",
            "strike committee", "labor leader", "labour leader", "strikers", "strike",
        ),
    ),
    (
        OrgKind.EMPLOYER,
        (
            "employer", "employers", "employers' organization", "employers' association",
            "management", "owners",
        ),
    ),
    (
        OrgKind.GOVERNMENT,
        (
            "department", "ministry", "agency", "board", "commission", "government",
            "senate", "congress", "parliament", "administration", "office of", "city of",
            "county", "state of", "authority", "bureau", "council", "court", "party",
            "campaign", "democrats", "republicans", "democratic", "republican", "gop",
            "caucus", "senate", "house", "police", "city", "federal", "provincial",
            "white house", "governor's", "mayor's",
        ),
    ),
    (
        OrgKind.MEDIA,
        (
            "news", "times", "post", "journal", "reporter", "magazine", "tribune", "herald",
            "gazette", "daily", "press", "radio", "tv", "television", "broadcasting",
            "media", "chronicle", "observer", "review", "weekly", "podcast",
        ),
    ),
    (
        OrgKind.OTHER,
        (
            "university", "college", "institute", "school of", "foundation", "center for",
            "centre for", "think tank", "research", "analytics", "economics", "bank",
            "capital", "partners", "advisors", "advisers", "consulting", "economic",
        ),
    ),
    (
        OrgKind.EMPLOYER,
        (
            "inc", "inc.", "corp", "corp.", "co", "co.", "company", "llc", "ltd", "plc", "group",
            "studios", "studio", "hospital", "airlines", "airline", "railway", "railroad",
            "motors", "motor", "entertainment", "pictures", "productions", "industries",
            "holdings", "stores", "health", "logistics", "processors", "foods", "mills",
            "mining", "steel", "shipping", "lines", "manufacturing", "packing", "bank",
        ),
    ),
)  # fmt: skip

#: Words that are not titles although the tables above list them (``news``, ``union``).
_NOT_TITLES = frozenset(
    {
        *("news", "report", "reports", "company", "companies", "studio", "studios", "union"),
        *("unions", "guild", "local", "federation", "board", "state", "city", "county"),
        *("department", "agency", "government", "administration", "ministry", "court"),
        *("police", "congress", "parliament", "management", "network", "networks", "league"),
        *("district", "port", "ports", "employer", "employers", "firm", "corporation"),
        *("hospital", "hospitals", "airline", "airlines", "railroad", "railway", "carrier"),
        *("magazine", "newspaper", "outlet", "publication", "blog", "podcast", "striking"),
        *("picket", "warehouse", "stunt", "veteran", "locked-out"),
        *("biden", "trump", "automaker", "automakers", "carriers", "cabinet", "owners"),
        *("producers", "operators", "operator", "streamer", "streamers", "retailer"),
    }
)


def _title_heads() -> frozenset[str]:
    words = (
        *UNION_OFFICIAL_WORDS, *WORKER_WORDS, *EMPLOYER_WORDS, *GOVERNMENT_WORDS,
        *EXPERT_WORDS, *MEDIA_WORDS,
    )  # fmt: skip
    heads = {w.split()[-1].lower() for w in words}
    return frozenset(heads - _NOT_TITLES)


#: The last word of a title written before a name (``campaign manager``, ``strike leader``).
TITLE_HEADS: frozenset[str] = _title_heads()

# --------------------------------------------------------------------------- rule tables

_UNIONS = frozenset({OrgKind.UNION, OrgKind.FEDERATION})
_EMPLOYERS = frozenset({OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP})
_ANY_BUT_UNION = frozenset(set(OrgKind) - _UNIONS) | {None}


@attrs.frozen(kw_only=True)
class RoleRule:
    """One row of a rule table: when it applies and the role it gives.

    A row applies when the organization's kind is in ``kinds`` (``None`` in it stands
    for "no organization"; an empty ``kinds`` means any) and, if ``words`` is not empty,
    the title (for a person) or the phrase (for a group) has one of them. With
    ``head=True`` the word must be the phrase's last word (``union`` in ``the nurses'
    union``, ``members`` in ``union members``). ``indefinite=True`` requires a title that
    opens with ``a``/``an`` (``a member of``).
    """

    role: Role
    words: tuple[str, ...] = ()
    #: When not empty, the text must also have one of these.
    also: tuple[str, ...] = ()
    kinds: frozenset[OrgKind | None] = frozenset()
    head: bool = False
    indefinite: bool = False
    #: Why the row exists; printed in the docs.
    note: str = ""


_EXECUTIVES: tuple[str, ...] = (
    "ceo", "chief executive", "executive", "cfo", "coo", "owner", "manager", "management",
    "boss", "human resources",
)  # fmt: skip
_SPOKESPEOPLE: tuple[str, ...] = (
    "spokesman", "spokeswoman", "spokesperson", "leader", "leadership", "representative",
    "negotiator", "organizer", "organiser", "leaders", "spokesmen", "representatives",
)  # fmt: skip

#: Rules for a person; the first row that applies wins.
PERSON_RULES: tuple[RoleRule, ...] = (
    RoleRule(
        role=Role.EXPERT,
        words=EXPERT_WORDS,
        kinds=_ANY_BUT_UNION,
        note="analyst, professor, economist ... of anything but a union",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=(
            "bargaining committee",
            "negotiating committee",
            "executive board",
            "board member",
            "bargaining team",
            "negotiating team",
        ),
        kinds=_UNIONS,
        note="member of a union's bargaining committee or board",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICES,
        kinds=_UNIONS,
        note="an office in a union, even held by a worker (``a nurse and president of``)",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        kinds=_UNIONS | _EMPLOYERS,
        note="member of a union; worker, nurse, striker ... of a union or an employer",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICIAL_WORDS,
        kinds=_UNIONS,
        note="president, secretary, negotiator, spokesperson ... of a union",
    ),
    RoleRule(
        role=Role.WORKER,
        kinds=_UNIONS,
        indefinite=True,
        note="'a ... with the union' (an ordinary member described by a trade)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        kinds=_UNIONS,
        note="anyone else speaking for a union",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        kinds=_EMPLOYERS,
        note="executive, spokesperson, negotiator ... of a company or employer group",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        kinds=frozenset({OrgKind.GOVERNMENT}),
        note="anyone speaking for a government body or agency",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=GOVERNMENT_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="minister, senator, mayor, mediator ...",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=_SPOKESPEOPLE,
        also=WORKER_WORDS,
        kinds=frozenset({None}),
        note="a spokesman or leader for the workers (``a spokesman for the miners``)",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=("president", "vice president", "presidential", "chancellor", "king", "queen"),
        kinds=frozenset({None}),
        note="a president with no organization is a head of state",
    ),
    RoleRule(
        role=Role.MEDIA,
        words=MEDIA_WORDS,
        note="reporter, editor, columnist ...",
    ),
    RoleRule(
        role=Role.MEDIA,
        kinds=frozenset({OrgKind.MEDIA}),
        note="writer, editor ... of a publication",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="worker, striker, nurse ... with no organization",
    ),
    RoleRule(
        role=Role.EXPERT,
        kinds=frozenset({OrgKind.OTHER}),
        note="someone from a university, institute or research firm",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=_EXECUTIVES,
        kinds=frozenset({None}),
        note="chief executive, owner, manager ... with no organization",
    ),
)

#: Rules for a group or organization speaking (``the union``, ``the studios``,
#: ``SAG-AFTRA leadership``, ``Deadline``); the first row that applies wins.
GROUP_RULES: tuple[RoleRule, ...] = (
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        head=True,
        note="members, workers, nurses ... (``SAG-AFTRA members``)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICIAL_WORDS,
        head=True,
        kinds=_UNIONS,
        note="the union, its leadership, negotiators (``SAG-AFTRA leadership``)",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=EMPLOYER_WORDS,
        head=True,
        kinds=_EMPLOYERS,
        note="a company's officials, spokespeople, executives",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=EMPLOYER_GROUP_WORDS,
        head=True,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="the studios, the company, management, executives",
    ),
    RoleRule(
        role=Role.EXPERT,
        words=EXPERT_WORDS,
        head=True,
        note="analysts, experts, economists",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=GOVERNMENT_GROUP_WORDS,
        head=True,
        kinds=frozenset({None, OrgKind.GOVERNMENT, OrgKind.OTHER}),
        note="the government, the ministry, officials, lawmakers",
    ),
    RoleRule(role=Role.UNION_OFFICIAL, kinds=_UNIONS, note="a union speaking"),
    RoleRule(role=Role.EMPLOYER, kinds=_EMPLOYERS, note="a company or employer group speaking"),
    RoleRule(role=Role.GOVERNMENT, kinds=frozenset({OrgKind.GOVERNMENT}), note="an agency"),
    RoleRule(
        role=Role.MEDIA,
        kinds=frozenset({OrgKind.MEDIA}),
        note="a publication speaking (``Deadline reports``)",
    ),
    RoleRule(role=Role.MEDIA, words=MEDIA_WORDS, head=True, note="reports, newspapers"),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=_SPOKESPEOPLE,
        head=True,
        also=WORKER_WORDS,
        note="the workers' leaders or spokesmen (``the seamen's leaders``)",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        note="a phrase about workers anywhere (``striking nurses at the hospital``)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_WORDS,
        note="a phrase about a union anywhere",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=("employers", "employer", "management", "companies", "studios", "owners"),
        note="a phrase about employers anywhere (``industry employers in the region``)",
    ),
    RoleRule(role=Role.EXPERT, kinds=frozenset({OrgKind.OTHER}), note="an institute speaking"),
)

# --------------------------------------------------------------------------- matching


def _word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    alts = sorted({re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words}, key=len)
    body = "|".join(reversed(alts))
    return re.compile(rf"(?<![\w-])(?:{body})(?:e?s)?(?![\w-])", re.IGNORECASE)


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _has(words: tuple[str, ...], text: str) -> bool:
    pat = _PATTERNS.get(words)
    if pat is None:
        pat = _PATTERNS[words] = _word_pattern(words)
    return pat.search(text) is not None


_HEAD_WORD = _lazy(r"([\w][\w.-]*+)['’]?s?['’]?\W*+$")
_INDEFINITE = _lazy(r"^\s*+(?:a|an|one)\s", regex.IGNORECASE)


def _head(phrase: str) -> str:
    m = _HEAD_WORD().search(phrase[-80:])
    return m.group(1) if m is not None else ""


def _applies(rule: RoleRule, text: str, kind: OrgKind | None, *, group: bool) -> bool:
    if rule.kinds and kind not in rule.kinds:
        return False
    if rule.indefinite and _INDEFINITE().match(text) is None:
        return False
    if rule.words:
        probe = _head(text) if rule.head else text
        if not probe or not _has(rule.words, probe):
            return False
    return not rule.also or _has(rule.also, text)


@functools.lru_cache(maxsize=4096)
def person_role(title: str | None, kind: OrgKind | None) -> Role | None:
    """The role of a person from their title and their organization's kind.

    ``None`` when there is neither a title nor an organization.

    >>> person_role("a member of", OrgKind.UNION).value
    'worker'
    >>> person_role("staff writer", OrgKind.MEDIA).value
    'media'
    """
    text = title or ""
    if not text.strip() and kind is None:
        return None
    if kind is None:
        kind = hint_kind(text)
    for rule in PERSON_RULES:
        if _applies(rule, text, kind, group=False):
            return rule.role
    return Role.OTHER


@functools.lru_cache(maxsize=4096)
def group_role(phrase: str, kind: OrgKind | None) -> Role | None:
    """The role of a group or organization speaking, from its phrase and organization.

    >>> group_role("SAG-AFTRA leadership", OrgKind.UNION).value
    'union_official'
    >>> group_role("The studios", None).value
    'employer'
    """
    given = kind
    if kind is None:
        kind = hint_kind(phrase)  # "company officials", "the nurses' union"
    for rule in GROUP_RULES:
        if _applies(rule, phrase, kind, group=True):
            return rule.role
    return Role.OTHER if given is not None else None


@functools.lru_cache(maxsize=4096)
def hint_kind(text: str) -> OrgKind | None:
    """Guess an organization's kind from words in its name or a title (``KIND_HINTS``)."""
    for kind, words in KIND_HINTS:
        if _has(words, text):
            return kind
    return None
