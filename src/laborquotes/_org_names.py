"""What an organization's name looks like, without the registry.

The word tables of organization names (head nouns, labour and employer words), the
generic patterns that catch unions the registry lacks (``Amalgamated Widget Workers
Union``, ``Local 222``, ``CUPE 3903``), and the bookkeeping of the mentions one text
holds, which :class:`~laborquotes._orgs.Registry` fills while it scans.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re as _re
from collections.abc import Callable, Iterator, Sequence

import regex

from . import _vocab as V
from ._compile_cache import compile_pattern
from ._model import OrgKind, Span
from ._patterns import trie_alternation
from ._places import demonym_length, lookup_region

__all__ = [
    "BRANCH_NEXT",
    "CONSUMER_BODY_WORDS",
    "EMPLOYER_NAME_WORDS",
    "GENERIC_HEADS",
    "LABOUR_WORDS",
    "LISTED",
    "NON_LABOUR_UNION_WORDS",
    "ORG_START_VERBS",
    "STUDENT_BODY_HEADS",
    "STUDENT_BODY_WORDS",
    "STUDENT_WORKER_WORDS",
    "OrgMention",
    "before_titled_name",
    "name_initials",
    "student_body",
]

# --------------------------------------------------------------------------- literal names


def literal_matches(
    text: str,
    names: list[str],
    before: regex.Pattern[str],
    after: regex.Pattern[str],
) -> Iterator[tuple[int, int, str]]:
    """What ``(?<!B)(?:n1|n2|...)(?!A)`` finds in *text* with ``finditer`` (*before* is
    ``B``, one character; *after* is ``A``), with no pattern compiled per call for a
    few names or a short text: the places each name is written (``str.find``), at each
    the first of *names* (in their order) whose look-ahead holds, matches that do not
    overlap, in text order. An empty name matches nowhere (it would name nothing)."""
    names = [n for n in names if n]
    if (len(names) - _TRIE_FINDS) * len(text) > _TRIE_COMPILE_CHARS * len(names):
        yield from _trie_matches(text, names, before, after)
        return
    at: dict[int, list[str]] = {}
    for name in names:
        i = text.find(name)
        while i >= 0:
            at.setdefault(i, []).append(name)
            i = text.find(name, i + 1)
    last = 0
    for p in sorted(at):
        if p < last or (p > 0 and before.match(text, p - 1) is not None):
            continue
        for name in at[p]:
            end = p + len(name)
            if after.match(text, end) is None:
                yield p, end, name
                last = end
                break


#: A scan of a text for many names at once (:func:`_trie_matches`) costs about as much
#: as this many ``str.find`` of the whole text, and compiling it, per name, about as
#: much as a ``str.find`` of this many characters: many names in a long text are found
#: in one scan, a few names or a short text with ``str.find``.
_TRIE_FINDS = 15
_TRIE_COMPILE_CHARS = 120_000


def _trie_matches(
    text: str, names: list[str], before: regex.Pattern[str], after: regex.Pattern[str]
) -> Iterator[tuple[int, int, str]]:
    """:func:`literal_matches` (*names* not empty) by one scan for all of the names:
    the standard library's ``re`` finds the next place any name is written (the first
    place at or after where it is asked to look, so none is passed over), where the
    names written there are tried in their order; after a match the scan goes on from
    its end, after a place that gives none from the next character."""
    scan = _re.compile(trie_alternation(names))
    by_first: dict[str, list[str]] = {}
    for name in names:
        by_first.setdefault(name[0], []).append(name)
    m = scan.search(text)
    while m is not None:
        p = m.start()
        nxt = p + 1
        if p == 0 or before.match(text, p - 1) is None:
            for name in by_first[text[p]]:
                end = p + len(name)
                if text.startswith(name, p) and after.match(text, end) is None:
                    yield p, end, name
                    nxt = end
                    break
        m = scan.search(text, nxt)


# --------------------------------------------------------------------------- vocabularies


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _folded_words(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in text.split())


#: Head nouns that end (or start, with ``of``) the name of a labour organization.
GENERIC_HEADS: tuple[str, ...] = (
    "Union",
    "Unions",
    "Guild",
    "Brotherhood",
    "Federation",
    "Association",
    "Alliance",
    "Council",
    "Congress",
    "Organization",
    "Organisation",
    "Confederation",
    "Forum",
    # the word for a trade union in the name of a union abroad (``Sindicato de
    # Trabajadores de ...``, ``Syndicat des ...``)
    "Gewerkschaft",
    "Sindicato",
    "Syndicat",
    # and in India (``Kamgar Sanghatana``, ``Mazdoor Sangh``, ``Shramik Mahasangh``,
    # ``Karmachari Sangharsh Samiti``, ``Chah Shramik Parishad``, ``Mazdoor Sabha``,
    # ``Karmachari Manch``: a union's council, assembly or forum)
    "Mahasangh",
    "Manch",
    "Parishad",
    "Sabha",
    "Samiti",
    "Sangathan",
    "Sangh",
    "Sanghatana",
)

#: Words that make a name with a generic head a labour organization
#: (``Widget Workers Union``, but not ``European Union`` or ``Credit Union``).
LABOUR_WORDS: frozenset[str] = _folded_words(
    "Workers Employees Employes Workmen Labor Labour Laborers Labourers Teachers "
    "Educators Education Faculty Professors Nurses Midwives Physicians Doctors Residents "
    "Interns Pilots Drivers Engineers Machinists Firefighters Fighters Officers Police "
    "Patrolmen Deputies Troopers Guards Staff Musicians Actors Artists Writers "
    "Journalists Miners Mineworkers Dockworkers Longshoremen Longshore Seafarers Sailors "
    "Carpenters Electricians Plumbers Pipefitters Painters Farmworkers Teamsters "
    "Steelworkers Metalworkers Ironworkers Autoworkers Technicians Controllers Attendants "
    "Librarians Clerks Profession Teaching Nursing Midwifery Sramik Players Footballers "
    "Cricketers Athletes "
    "Jockeys "
    "Operators Janitors Graduate Postal Transit Transport Railway Rail "
    "Stagehands Performers Directors Editors Screenwriters Broadcast Crew Academic "
    "Tertiary Academics "
    # workers and teachers in Indian unions' names (Marathi and Hindi)
    "Kamgar Karmachari Mazdoor Shramik Shikshak"
)

#: Words that make a name with a generic head an employer group
#: (``Pacific Terminal Operators Association``, ``Hospital Employers Council``).
EMPLOYER_NAME_WORDS: frozenset[str] = _folded_words(
    "Employers Employer Operators Owners Producers Manufacturers Contractors Builders "
    "Shippers Carriers Railroads Airlines Hospitals Retailers Grocers Companies Industries "
    "Industry Business Businesses Enterprises Management Chamber Commerce Publishers "
    "Broadcasters Studios Automakers Dealers Merchants Restaurants Hotels Bankers Planters "
    "Homes"
)

#: Heads that make a name a union whatever trade it names (``Crane Operators Union``).
_UNION_NAME_HEADS: frozenset[str] = _folded_words("Union Unions Guild Brotherhood Local")

#: Words of names ending in ``Union`` that are not labour unions.
NON_LABOUR_UNION_WORDS: frozenset[str] = _folded_words(
    "European Soviet African Eurasian Arab Latin Pan Credit Federal Civil Liberties Customs "
    "Monetary Economic Banking Currency Western Telecommunication Telecommunications "
    "Parliamentary Inter-Parliamentary Postal Universal Student Students Football Rugby "
    "Cricket Athletic Conservation Mothers Oxford Cambridge Debating Christian Democratic "
    "Social Party Liberal Conservative National-Liberal Green Farmers State Station "
    "Square Free Baptist Church Evangelical Methodist Jewish Muslim Islamic Consumers Tenants "
    "Rationalist Humanist Amateur Cyclists Cycling Golf Tennis Chess Olympic Nature "
    "Wildlife Bird Astronomical Geophysical Mathematical Scientific Soviets Republics "
    "Kingdom Hockey Netball Rowing Sports Sport Sporting Athletics Swimming Boxing "
    "Basketball Volleyball Badminton Squash Sailing Yachting Canoe Canoeing Equestrian "
    "Gaelic Hurling Bowls Lacrosse Baseball Softball Skating Ski Skiing Triathlon Gymnastics "
    "Judo Wrestling Archery Fencing Polo Snooker Darts Angling Racing Motorcycle Touring "
    "Speedway Surf Surfing Students' Students’ Pupils Ratepayers"
)

#: Words that alone before a head noun name no particular organization.
_GENERIC_ADJECTIVES: frozenset[str] = _words(
    "Trade Trades Labor Labour National General Local State Federal Public Free Independent "
    "United Industrial Central Main Big Major Largest Biggest New Mining Workers"
)

#: Capitalised words that are not part of an organization name when they open one.
_LEADING_NOISE: frozenset[str] = _words(
    "The A An And But Striking Locked Rival Both Its Their His Her Our Only Members "
    "Member Leaders Officials While When As If At In On For By From With"
)
#: A workforce opening a sentence before its employer's name, and the word joining them
#: (``Employees of Coastal Power Distribution Company Limited``): no part of the name.
_LEADING_STAFF: frozenset[str] = _words("Employees Staff Workers")
#: Words of a body that speaks for the users of a service, not for its workers (``Rail
#: Passengers Council``, ``Bus Users Group``): its name is no union's.
CONSUMER_BODY_WORDS: tuple[str, ...] = (
    "commuters", "consumers", "customers", "parents", "passengers", "patients", "residents",
    "taxpayers", "tenants", "users",
)  # fmt: skip
_CONSUMER_WORDS = frozenset(CONSUMER_BODY_WORDS)
#: Words of a body of a college's students (``Students' Union``, ``Student Association``):
#: no union of workers, unless its name says they work (:data:`STUDENT_WORKER_WORDS`).
STUDENT_BODY_WORDS: tuple[str, ...] = ("student", "students")
#: The last words of a students' body's name (not ``Pioneer Student Transportation``).
STUDENT_BODY_HEADS: tuple[str, ...] = (
    "association", "council", "government", "guild", "senate", "society", "union",
)  # fmt: skip
#: Words that make a students' body a union of student workers (``Graduate Student
#: Workers``, ``Graduate Students Union``).
STUDENT_WORKER_WORDS: tuple[str, ...] = ("employees", "graduate", "worker", "workers")
_STUDENT_WORDS = frozenset(STUDENT_BODY_WORDS)
_STUDENT_WORKERS = frozenset(STUDENT_WORKER_WORDS)
_STUDENT_HEADS = frozenset(STUDENT_BODY_HEADS)


def student_body(words: Sequence[str]) -> bool:
    """Whether the lower-case *words* of a name (no possessive ending) are a students'
    body's: a word for students, a body's head last, and no word for student workers."""
    return (
        len(words) > 1
        and words[-1] in _STUDENT_HEADS
        and not _STUDENT_WORDS.isdisjoint(words[:-1])
        and _STUDENT_WORKERS.isdisjoint(words)
    )


_STAFF_LINKS: frozenset[str] = _words("at of")

#: Words that may follow an ambiguous one-word name without making it part of a longer
#: capitalised name (``Disney CEO Bob Iger``; a nation's or a state's branch: ``Unite
#: Scotland``, ``Unison Cymru``).
#: The nations' and states' names of a union's branch (``Unite Scotland``): after an
#: ambiguous name, the name is the body's even at a sentence's start.
BRANCH_NEXT: frozenset[str] = _words(
    "Scotland Wales Cymru England Northern NSW Queensland Victoria Tasmania Ontario Quebec"
)
#: Verbs of speech after an ambiguous name opening a sentence (``Unison said``,
#: ``Equity warned``): the name is the body's there too.
ORG_START_VERBS: tuple[str, ...] = (
    "added", "adds", "announced", "argued", "argues", "claimed", "claims", "confirmed",
    "has said", "insisted", "insists", "said", "says", "stated", "told", "warned", "warns",
)  # fmt: skip
_ALLOWED_NEXT: frozenset[str] = BRANCH_NEXT | _words(
    "CEO CFO COO Chief Executive President Chairman Chairwoman Chair Spokesman "
    "Spokeswoman Spokesperson Inc Inc. Corp Corp. Co Co. LLC Ltd Ltd. PLC Group Said Says"
)
#: Capitalised words that may precede an ambiguous name (``at Ford``, ``The Ford plant``;
#: a tabloid's epithet: ``Hardline Unite boss``).
_ALLOWED_PREV: frozenset[str] = _words(
    "The A An At In On For Of And But By With From To As Both While When If That Like "
    "Than Or Against Between Only Rival Including Unlike Under Said Says Told Whether "
    "Because Since After Before Where Union Unions Hardline Militant Defiant Furious "
    "Embattled Beleaguered Firebrand"
)


def _lazy(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A pattern compiled on first use (keeps ``import laborquotes`` fast)."""

    @functools.cache
    def get() -> regex.Pattern[str]:
        return compile_pattern(pattern, flags)

    return get


def _lazy_re(pattern: str, flags: int = 0) -> Callable[[], _re.Pattern[str]]:
    """A standard-library pattern compiled on first use."""

    @functools.cache
    def get() -> _re.Pattern[str]:
        return _re.compile(pattern, flags)

    return get


# --------------------------------------------------------------------------- matching

_APOS = "'’ʼ`´"
_DASH = "-‐‑‒–—"


def _norm(s: str, fold: bool) -> str:
    """Normalise a name for lookup: one apostrophe, one dash, single spaces."""
    # (In ASCII text only the backtick changes: a cheap test skips most translations.)
    out = s.translate(_NORM_TABLE) if "`" in s or not s.isascii() else s
    out = " ".join(out.split())
    return out.lower() if fold else out


_NORM_TABLE = str.maketrans({**dict.fromkeys(_APOS, "'"), **dict.fromkeys(_DASH, "-")})


# --------------------------------------------------------------------------- generic patterns

_CAP = r"(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|\d{1,5}(?=\s))"
_CONN = r"(?:(?:of|and|&|for|in)(?:[^\S\n]{1,2}the)?|de|des|du|la|del|y)"
#: Space inside a name: one or two spaces, or a line break of hard-wrapped copy.
_SP = r"(?:[^\S\n]{1,2}|[^\S\n]?\n[^\S\n]?)"
_SEP = rf"{_SP}(?:{_CONN}{_SP}){{0,2}}"
_HEAD = "|".join(sorted(GENERIC_HEADS, key=len, reverse=True))
#: The head nouns, ``Local`` and ``United``, found by :func:`name_marks`.
_HEAD_WORDS = frozenset({*GENERIC_HEADS, "Guild", "Local", "United"})
#: ``United Nurses of Alberta``, ``United Teachers of Dade``: "United", trade words, a place.
_UNITED = _lazy(
    rf"United(?:{_SP}(?:(?:and|&){_SP})?+[A-Z][\w'’&-]*+){{1,4}}"
    rf"(?:{_SP}of{_SP}(?:the{_SP})?[A-Z][\w'’&-]*+(?:{_SP}[A-Z][\w'’&-]*+){{0,3}})?"
)
_LOCAL = _lazy_re(r"Locals?[^\S\n]{1,3}(?:No\.[^\S\n]{0,2})?\d{1,5}(?:[A-Z]{1,3})?(?![\w-])")
#: The capitalised words before a head noun, matched backwards from it (a comma inside
#: a name before a capitalized word only: ``Food, Beverage and Tobacco``; ``Ana Lee, of
#: the Federation of ...`` is a name and an appositive).
_BEFORE = _lazy(rf"(?r)(?<![\w'’.&-])(?:{_CAP}(?:,{_SP}|{_SEP})){{1,8}}")
#: The rest of a list of trades inside a name after a comma, up to its ``and`` and the
#: first letter after it (``of Food, Beverage and Tobacco Employees``): items of one or
#: two capitalized words.
LISTED = (
    r"[A-Z][\w'’&-]*+(?:[^\S\n]{1,2}[A-Z][\w'’&-]*+)?"
    r"(?:,[^\S\n]{1,2}[A-Z][\w'’&-]*+(?:[^\S\n]{1,2}[A-Z][\w'’&-]*+)?){0,3}"
    r",?[^\S\n]{1,2}(?:and|&)[^\S\n]{1,2}[A-Z]"
)
#: ``of the Widget Workers`` after a head noun.
_AFTER = _lazy(
    rf"{_SP}(?:of|de|del|des|du|der){_SP}(?:the{_SP}|la{_SP}|los{_SP}|les{_SP})?"
    rf"[A-Z](?:[\w'’&-]|\.(?=\w))*+"
    rf"(?:(?:{_SP}(?:(?:of|&|for|in|and|de|des|du|del|la){_SP}(?:the{_SP})?)?|,{_SP}(?={LISTED}))"
    rf"[A-Z](?:[\w'’&-]|\.(?=\w))*+){{0,6}}"
)
#: ``and`` inside the words after a head noun, and the words after it.
_AND_TAIL = _lazy(rf"{_SP}and{_SP}(?!.*{_SP}and{_SP})(.+)$", regex.DOTALL)
#: A capitalised word right after a head noun: the name goes on (``Union Pacific``,
#: ``General Union Mining Corp``), unless it is a local (``Teamsters Union Local 7``).
_NAME_GOES_ON = _lazy(r"[^\S\n]{1,2}(?!Locals?\b)[A-Z][a-z]")
_ACRONYM_DEF = _lazy(r"[^\S\n]{0,2}\([^\S\n]{0,2}([A-Z][A-Za-z&./-]{1,11})[^\S\n]{0,2}\)")
#: ``Local 600``, ``District 751``, ``Local Lodge 751`` or a bare number that is not a year
#: (``CUPE 3903``, not ``UAW 2023``) after a union's name.
_LOCAL_NUMBER = _lazy(
    r"[^\S\n]{1,2}(?:(?:Local[^\S\n]Lodge|Local|District|Lodge)[^\S\n]{1,2}"
    r"(?:No\.[^\S\n]{0,2})?|(?!(?:19|20)\d\d(?!\d)))"
    r"(\d{1,5}(?:[A-Z]{1,3})?)(?![\w-])"
)
_WORD = _lazy(r"[\w'’]+")
_POSSESSIVE = _lazy(r"['’]s?$")
_TITLE_OF = _lazy(
    r"\b(?:Secretary|President|Chairman|Chairwoman|Chair|Leader|Leaders|Head|Spokesman|"
    r"Spokeswoman|Spokesperson|Members?|Director|Officials?|Vice-President|Treasurer)"
    r"\s{1,3}of\s{1,3}(?:the\s{1,3})?"
)
_WORD_BEFORE = _lazy(r"(?r)(?<![\w'’.&-])[A-Z][\w'’.&-]*")
_WORD_SPACE = _lazy(r"[\w'’]+[^\S\n]++")
#: A capitalized word and a lower-case one joined by a hyphen, a modifier before a name
#: (``CITU-affiliated``, ``Leeds-based``, ``Labour-run``), and the space after it.
_COMPOUND_SPACE = _lazy(r"\p{Lu}[\w'’]*+(?:-[\w'’]++)*?-\p{Ll}++[^\S\n]++")
_FEDERATION_HINTS = (
    "federation of labor",
    "federation of labour",
    "council of trade unions",
    "congress of trade unions",
    "labour congress",
    "labor congress",
    "labor council",
    "labour council",
    "trades council",
    "trades union congress",
    "building trades",
    "building and construction trades",
    "trade union congress",
    "confederation",
    "labor federation",
    "labour federation",
)


#: The words for a trade union in other languages' union names.
_FOREIGN_UNION_HEADS = ("gewerkschaft", "sindicato", "syndicat")


#: ``Labour-run``, ``Tory-led``: who runs a body, no word of its name.
_RUN_BY = _lazy(rf"^(?:[Tt]he\s++)?[\w'’]++-(?:{'|'.join(V.BASE_PARTICIPLES)})\s++")


def _generic_kind(name: str) -> OrgKind | None:
    name = _RUN_BY().sub("", name)
    low = name.casefold()
    words = [_POSSESSIVE().sub("", w.casefold()) for w in _WORD().findall(name)]
    if any(w in EMPLOYER_NAME_WORDS for w in words) and not any(
        w.endswith(("workers", "worker", "employees")) or w in _UNION_NAME_HEADS for w in words
    ):
        return OrgKind.EMPLOYER_GROUP
    if any(h in low for h in _FEDERATION_HINTS):
        return OrgKind.FEDERATION
    if low.endswith("guild") or " guild" in low or "guild " in low or "newsguild" in low:
        return OrgKind.UNION
    if any(w in _CONSUMER_WORDS for w in words):
        # (``Rail Passengers Council``, ``Carrigmore Residents' Association``: a body of
        # a service's users or a place's people, no union and no side of a dispute)
        return OrgKind.OTHER
    labour = any(
        w in LABOUR_WORDS or w + "s" in LABOUR_WORDS or w.endswith(("workers", "worker"))
        for w in words
    )
    if not labour:
        labour = "trade union" in low or any(h in low for h in _FOREIGN_UNION_HEADS)
    core = words[: words.index("of")] if "of" in words else words
    if not labour and any(len(p) >= 2 and p[-1] in ("union", "unions") for p in (words, core)):
        # "National Merchant Marine Union", "Harbour Pilots Union of Tasmania": a name
        # whose head is Union is a labour union unless it is one of the other kinds
        # (``European Union``, ``Credit Union``).
        labour = not any(w in NON_LABOUR_UNION_WORDS for w in words)
    return OrgKind.UNION if labour else None


def _generic_span(text: str, head_start: int, head_end: int) -> tuple[int, int] | None:
    """The extent of a generic name around the head noun at ``[head_start, head_end)``."""
    if text[head_start - 1 : head_start].isalpha():  # NewsGuild, ScreenGuild
        word = _WORD_BEFORE().match(text, max(0, head_start - 30), head_start)
        start = word.start() if word is not None else head_start
    else:
        before = _BEFORE().match(text, max(0, head_start - 160), head_start)
        start = before.start() if before is not None else head_start
        if text[start:head_start].rstrip().endswith(","):
            start = head_start  # ``Ana Lowe, Council of ...``: a comma right before the head
            # ends what stands before it (a list inside a name has words after its comma)
    end = head_end
    after = _AFTER().match(text, end)
    if after is None and start == head_start:
        return None  # a bare "Union" or "the Federation" names nothing
    if after is not None:
        end = _and_trimmed(text, after.start(), after.end())
    elif _NAME_GOES_ON().match(text, end) is not None:
        return None
    start = _strip_leading(text, start, end)
    end = before_titled_name(text, head_end, end)
    words = _WORD().findall(text, start, head_start)
    if after is None and words and all(w in _GENERIC_ADJECTIVES for w in words):
        return None  # "Trade Union leaders", "the National Union" name no one union
    return start, end


def before_titled_name(text: str, start: int, end: int) -> int:
    """*end*, or where a capitalized title and a first name in ``text[start:end]`` begin
    (``Oakvale Federation of Teachers President Ann Cole``: the name ends before
    ``President``; ``Union of Chief Petty Officers`` goes on)."""
    words = list(_WORD().finditer(text, start, end))
    for k, (a, b) in enumerate(itertools.pairwise(words)):
        if a.group().lower() in _TITLE_NOUNS and (
            b.group() in V.given_names() or _name_after_title(a.group(), words[k + 1 :])
        ):
            cut = a.start()
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
    return end


_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)
#: How many words a person's name after a title in a name's tail may have.
_TITLED_NAME_WORDS = (2, 4)


def _name_after_title(title: str, rest: list[regex.Match[str]]) -> bool:
    """Whether the capitalized *title* ends a name's words and *rest*, the words after
    it to the end, are a person's name (``... of Teachers President Ramona Delgado``: two
    to four capitalized words, none a title, a trade or a body's head), whatever the
    first name (the given names of the vocabulary are a sample)."""
    low, high = _TITLED_NAME_WORDS
    return (
        title[:1].isupper()
        and low <= len(rest) <= high
        and all(_person_name_word(w.group()) for w in rest)
    )


def _person_name_word(word: str) -> bool:
    """Whether *word* may be a word of a person's name (``Delgado``, ``O'Donnell``), not
    of a body's (``Officers``, ``Teachers``, ``Union``)."""
    low = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and low not in _TITLE_NOUNS
        and low.rstrip("s") not in _TITLE_NOUNS
        and low not in LABOUR_WORDS
        and not low.endswith(_TRADE_ENDINGS)
        and word not in _HEAD_WORDS
    )


#: Endings of the trades a union's name joins with ``and`` (``Boilermakers``); a
#: plural alone is not enough: surnames end in ``s`` too (``and Tom Jones``).
_JOINER_SPLIT = _lazy(rf"{_SP}(?:of|&|for|in|de|des|du|del|la){_SP}")
#: (``-ists``, ``-ians``, ``-als``: ``Pharmacists``, ``Clinicians``, ``Health Professionals``,
#: plurals of callings that surnames rarely end with)
_TRADE_ENDINGS = ("als", "employees", "ians", "ists", "makers", "men", "workers")


def _and_trimmed(text: str, start: int, end: int) -> int:
    """Where the words after a head noun end: ``and`` joins trades (``Union of Bus and
    Tram Drivers``, ``of Boilermakers and Riveters``, ``of Food, Beverage and Tobacco
    Employees``: plural or trade words after it), not a name that follows the union's
    (``the Federation of Labour and Ana Ruiz``, ``the Union of Nurses, Ana Ruiz and``)."""
    while True:
        m = _AND_TAIL().search(text, start, end)
        if m is None:
            return end
        # the words joined, up to the next joiner (``and Tram Drivers`` of the North)
        tail = _WORD().findall(_JOINER_SPLIT().split(m.group(1), maxsplit=1)[0])
        last = tail[-1].casefold() if tail else ""
        if last in LABOUR_WORDS or last.endswith(_TRADE_ENDINGS):
            return end
        end = m.start()
        comma = text.find(",", start, end)
        if comma >= 0:
            end = comma  # (the list that ``and`` closes goes too: ``Nurses, Ana Ruiz``)


def _person_of(text: str, start: int, end: int) -> int:
    """*start*, or past a person's name and ``of`` that open the words before a head
    (``Jane Doe of the Harbour Nurses Union``, ``President Jane Doe of ...``: she is of
    it, not its name's)."""
    first = _WORD_SPACE().match(text, start, end)
    at = start
    if first is not None and first.group().strip().lower() in _TITLE_NOUNS:
        at = first.end()
    m = _PERSON_OF().match(text, at, end)
    if m is None or m.end() >= end or m.group(1) not in V.given_names():
        return start
    return m.end() + 4 if text.startswith("the ", m.end()) else m.end()


def _strip_leading(text: str, start: int, end: int) -> int:
    # "the Strike Secretary of the Lakeland Miners Federation": a title is not the name
    for title in _TITLE_OF().finditer(text, start, end):
        start = title.end()
    start = _person_of(text, start, end)
    while True:
        compound = _COMPOUND_SPACE().match(text, start, end)
        if compound is not None and compound.end() < end:
            # ``the CITU-affiliated MRTC Staff and Workers' Federation``, ``the
            # Leeds-based Northern Drivers Union``: a modifier, no word of the name
            start = compound.end()
            continue
        m = _WORD().match(text, start, end)
        if m is None or m.group() not in _LEADING_NOISE | _LEADING_STAFF:
            return start
        nxt = _WORD_SPACE().match(text, start, end)
        if m.group() in _LEADING_STAFF:
            link = _WORD_SPACE().match(text, nxt.end(), end) if nxt is not None else None
            if link is None or link.group().strip() not in _STAFF_LINKS:
                return start  # (``Workers United``: a name)
            nxt = link
        if nxt is None or nxt.end() >= end:
            return start
        start = nxt.end()


# --------------------------------------------------------------------------- mentions


class OrgMention:
    """One place in the text where an organization is named."""

    __slots__ = ("end", "entry", "key", "start")

    def __init__(self, *, start: int, end: int, entry: int, key: str) -> None:
        self.start = start
        self.end = end
        #: Index of the organization in the registry, or ``-1`` for a generic match.
        self.entry = entry
        #: The key that groups mentions of one organization.
        self.key = key

    @property
    def span(self) -> Span:
        """Where the mention is."""
        return Span(start=self.start, end=self.end)

    def __repr__(self) -> str:
        return f"OrgMention(span={self.span!r}, entry={self.entry}, key={self.key!r})"


class _Found:
    """An organization found in one text, while its mentions are collected."""

    __slots__ = ("acronym", "acronyms", "country", "forms", "kind", "mentions", "name")

    def __init__(
        self,
        name: str,
        kind: OrgKind,
        country: str | None,
        acronym: str | None,
        acronyms: set[str],
        forms: list[str],
        mentions: list[tuple[int, int]],
    ) -> None:
        self.name = name
        self.kind = kind
        self.country = country
        self.acronym = acronym
        self.acronyms = acronyms
        self.forms = forms
        self.mentions = mentions


def _merge_generic_suffixes(found: dict[_Key, _Found], out: list[_Hit]) -> None:
    """One unregistered union written in full and shortened (``National Merchant Marine
    Union``, later ``Merchant Marine Union``) is one organization."""
    keys = [k for k in found if isinstance(k, str) and k.startswith("gen:")]
    if len(keys) < 2:
        return
    # every word-suffix of every name -> the shortest name that ends with it
    by_suffix: dict[str, str] = {}
    for k in keys:
        name = k[4:]
        for i, ch in enumerate(name):
            if ch == " ":
                tail = name[i + 1 :]
                best = by_suffix.get(tail)
                if best is None or len(k) < len(best):
                    by_suffix[tail] = k
    renamed: dict[_Key, _Key] = {}
    for short in keys:
        target = by_suffix.get(short[4:])
        if target is not None and target != short and target not in renamed:
            renamed[short] = target
    _merge(found, out, renamed)


def _merge(found: dict[_Key, _Found], out: list[_Hit], renamed: dict[_Key, _Key]) -> None:
    """Each organization of *renamed*'s keys, one with the organization of its value: its
    mentions, forms and acronym are the other's, its hits in *out* name the other."""
    for short, target in renamed.items():
        f, t = found.pop(short), found[target]
        t.mentions.extend(f.mentions)
        t.forms.extend(x for x in f.forms if x not in t.forms)
        t.acronym = t.acronym or f.acronym
    if renamed:
        out[:] = [(a, b, c, renamed.get(k, k), w) for a, b, c, k, w in out]


def name_initials(name: str) -> str:
    """The initials of *name*'s capitalized words, an opening ``The`` aside (``Hind
    Mazdoor Sabha`` -> ``HMS``)."""
    return "".join(w[0] for w in name.removeprefix("The ").split() if w[:1].isupper())


def _merge_bare_locals(found: dict[_Key, _Found], out: list[_Hit]) -> None:
    """A local written alone (``Local 408``) where the text names it in full
    (``United Food and Retail Workers Local 408``, ``UAW Local 408``) is that local."""
    bares: list[str] = []
    by_tail: dict[str, list[str]] = {}  # ``local 408`` -> the keys of the named locals
    for k in found:
        if not isinstance(k, str) or not k.startswith("local:"):
            continue
        if k.startswith("local:local"):
            bares.append(k)
        else:
            by_tail.setdefault(k[k.rfind(" local") + 1 :], []).append(k)
    renamed: dict[_Key, _Key] = {}
    for bare in bares:
        whole = by_tail.get(bare[6:], [])
        if len(whole) == 1:
            renamed[bare] = whole[0]
    _merge(found, out, renamed)


_Key = int | str
#: A mention: start, end, registry entry (-1 generic), organization key, form as written.
_Hit = tuple[int, int, int, _Key, str]
_UNION_KINDS = (OrgKind.UNION, OrgKind.FEDERATION)
#: No name is longer than this, so spans overlapping a new one start at most this far back.
_MAX_NAME = 400


class _Taken:
    """Spans already claimed by a mention, with a fast overlap test (sorted starts)."""

    __slots__ = ("_ends", "_starts")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)

    def overlaps(self, start: int, end: int) -> bool:
        lo = bisect.bisect_left(self._starts, start - _MAX_NAME)
        hi = bisect.bisect_left(self._starts, end)
        return any(self._ends[j] > start for j in range(lo, hi))


def _record(
    f: _Found, out: list[_Hit], start: int, end: int, entry: int, key: _Key, written: str
) -> None:
    f.mentions.append((start, end))
    if written not in f.forms:
        f.forms.append(written)
    out.append((start, end, entry, key, written))


def _local_after(
    text: str, start: int, end: int, parent: _Found, found: dict[_Key, _Found], out: list[_Hit]
) -> int:
    """``UAW Local 600`` or ``CUPE 3903`` after a union's name: a local of its own."""
    m = _LOCAL_NUMBER().match(text, end, min(len(text), end + 30))
    if m is None:
        return 0
    # A bare number needs an acronym before it (``CUPE 3903``), ``Local`` does not.
    if not m.group().strip()[:1].isalpha() and text[start:end] not in parent.acronyms:
        return 0
    name = " ".join(text[start : m.end()].split())
    key = "local:" + name.casefold()
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, OrgKind.UNION, parent.country, None, set(), [], [])
    _record(f, out, start, m.end(), -1, key, text[start : m.end()])
    return m.end()


def _before_title(text: str, start: int, end: int) -> int:
    """Where a union's name in ``text[start:end]`` ends before an officer's title read
    with it (``United Rubber Workers International President``: at ``Workers``)."""
    words = list(_WORD().finditer(text, start, end))
    for k, w in enumerate(words):
        if k and w.group().lower() in _TITLE_NOUNS:
            last = words[k - 1]
            while k > 1 and last.group().lower() not in LABOUR_WORDS:
                k -= 1
                last = words[k - 1]
            return last.end() if last.group().lower() in LABOUR_WORDS else end
    return end


def _generic_united(
    text: str, hs: int, found: dict[_Key, _Found], out: list[_Hit], taken: _Taken
) -> None:
    """``United Steelworkers``, ``United Food and Commercial Workers``: a trade after it."""
    u = _UNITED().match(text, hs)
    if u is None or (hs > 0 and text[hs - 1].isalnum()):
        return
    tail = text.find(" of", hs, u.end())
    trade = _WORD().findall(text, hs + 6, tail if tail > 0 else u.end())
    trade = [w.rstrip("'’") for w in trade]  # (``United Care Workers' union``)
    if not trade or not any(
        w.lower() in LABOUR_WORDS or w.lower() + "s" in LABOUR_WORDS for w in trade
    ):
        return
    start, end = u.span()
    end = _before_title(text, start, end)
    if u.group().endswith(("s'", "s’")):
        end -= 1  # (``the United Care Workers' union``: a plural's possessive)
    if u.group().endswith((" Local", " Locals")) and _LOCAL().match(text, u.end() - 5) is not None:
        return  # (``United Metalworkers Local 418``: the local's name, read with its number)
    if taken.overlaps(start, end):
        return
    name = " ".join(text[start:end].split())
    key = "gen:" + _norm(name, fold=True)
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, OrgKind.UNION, None, None, set(), [], [])
    _record(f, out, start, end, -1, key, text[start:end])
    taken.add(start, end)


def _generic_local(
    text: str, hs: int, found: dict[_Key, _Found], out: list[_Hit], taken: _Taken
) -> None:
    """``Local 7``, ``Local 1199``: a numbered local of no registered union."""
    m = _LOCAL().match(text, hs)
    if m is None:
        return
    start, end = m.span()
    if taken.overlaps(start, end):
        return
    start = _labour_name_before(text, start, taken)  # ``United Metalworkers Local 418``
    name = " ".join(text[start:end].split())
    key = "local:" + name.casefold()
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, OrgKind.UNION, None, None, set(), [], [])
    _record(f, out, start, end, -1, key, text[start:end])
    taken.add(start, end)


def _labour_name_before(text: str, start: int, taken: _Taken) -> int:
    """Where the capitalized words right before a local's ``Local`` start, when they
    name a union of workers no table knows (``United Metalworkers Local 418``, ``the
    Amalgamated Transit Workers Local 1190``: a word of :data:`LABOUR_WORDS` among
    them); *start* itself otherwise."""
    words = _CAPITALIZED_BEFORE().search(text, max(0, start - _NAME_BEFORE_REACH), start)
    if words is None or taken.overlaps(words.start(), start):
        return start
    parts = words.group().split()
    while parts and parts[0] in _NAME_LEADS:
        parts.pop(0)
    joins = [i for i, w in enumerate(parts) if w in ("and", "&")]
    if joins and parts[joins[-1] - 1] in _EMPLOYER_ENDS:
        # ``the Metro Transit System and United Transit Employees Local 998``: two bodies
        parts = parts[joins[-1] + 1 :]
    if not parts or not any(
        w.casefold() in LABOUR_WORDS or w.casefold().endswith("workers") for w in parts
    ):
        return start
    return start - len(" ".join(parts)) - (start - words.end()) - 1


#: Words that end an employer's name before ``and`` (``the Metro Transit System and``):
#: what follows is another body's name.
_EMPLOYER_ENDS = frozenset(
    (*V.ORG_WORDS, "District", "Schools", "Service", "Services", "System", "Systems")
)
#: How far before ``Local`` a union's name is read.
_NAME_BEFORE_REACH = 80
#: Capitalized words that open a sentence or a phrase, no name (``Members``, ``The``).
_NAME_LEADS = frozenset(("A", "An", "Members", "Some", "The", "Workers"))
#: Up to five capitalized words, one space apart (or ``and`` / ``&`` between), right
#: before a position.
_CAPITALIZED_BEFORE = _lazy(
    r"(?<![\w'’&-])(?:\p{Lu}[\p{L}'’-]*+ (?:(?:and|&) (?=\p{Lu}))?+){1,5}+(?=\Z)"
)


def _generic_name(
    text: str,
    hs: int,
    he: int,
    found: dict[_Key, _Found],
    out: list[_Hit],
    taken: _Taken,
    generic_acronyms: dict[str, _Key],
) -> None:
    """A capitalised name ending in a head word (``Harbor Pilots Association``), with an
    acronym defined after it (``(HPA)``) remembered for later mentions."""
    span = _generic_span(text, hs, he)
    if span is None:
        return
    start, end = span
    if text.startswith("the ", start):
        start += 4  # (``Workers of the Kestrel Bus Workers Federation``: no name's word)
    if taken.overlaps(start, end):
        return
    raw = text[start:end]
    if raw.endswith(".") and len(raw.rsplit(None, 1)[-1]) > 4:
        end -= 1  # "... Flight Attendants." ends a sentence, not the name
        raw = raw[:-1]
    kind = _generic_kind(raw)
    if kind is None or (_LOCAL().match(text, end + 1) is not None and text[end : end + 1] == " "):
        return  # (``Municipal Employees Union Local 57``: read with its local's number)
    name = " ".join(raw.split())
    key = "gen:" + _norm(name, fold=True)
    acr = _ACRONYM_DEF().match(text, end)
    acronym = acr.group(1) if acr is not None else None
    f = found.get(key)
    if f is None:
        acronyms = {acronym} if acronym else set()
        f = found[key] = _Found(name, kind, None, acronym, acronyms, [], [])
    _record(f, out, start, end, -1, key, raw)
    taken.add(start, end)
    if acronym is not None and acronym not in generic_acronyms:
        generic_acronyms[acronym] = key


# --------------------------------------------------------------------------- companies

#: Legal forms that close a company's name (``Kestrel Foods Ltd``, ``Vesta GmbH``), as
#: written. Left out: ``SA`` (South Africa, South Australia: ``Cricket SA``), ``AG``
#: (an attorney general: ``the state AG``), bare
#: ``Co.`` (``Co. Durham``, ``Co Cork``) and ``Corporation`` (``City of London
#: Corporation``, a broadcaster): they name more than companies.
LEGAL_SUFFIXES: tuple[str, ...] = (
    "ASA", "B.V.", "BV", "Bhd", "Corp", "GmbH", "Inc", "Incorporated", "L.L.C.",
    "LLC", "LLP", "Limited", "Ltd", "N.V.", "NV", "Oyj", "PLC", "Plc", "S.A.", "S.p.A.",
    "SpA", "plc",
)  # fmt: skip
#: Words that stand between a company's name and its legal form (``Acme Pty Ltd``,
#: ``Pelham Brothers & Co``, ``Kuala Steel Sdn Bhd``).
_LEGAL_LINKS: tuple[str, ...] = ("Co", "Co.", "Private", "Pte", "Pvt", "Pvt.", "Pty", "Sdn")
#: Partnerships' closing words, a legal form of their own (``Pelham Brothers & Co``).
_LEGAL_CLOSERS: tuple[str, ...] = ("& Co", "and Co")
#: Legal forms of professional partnerships (``Baird Cole LLP``): law and accounting
#: firms, outside a dispute unless the article puts them in it (kind ``other``).
PARTNERSHIP_FORMS: tuple[str, ...] = ("L.L.P.", "LLP")
#: Abbreviated legal forms: a full stop right after one is part of the name (``Inc.``).
LEGAL_ABBREVIATIONS: tuple[str, ...] = ("Bhd", "Co", "Corp", "Inc", "Ltd")
_LEGAL_ABBREVIATIONS = frozenset(LEGAL_ABBREVIATIONS)


def _alternation(forms: tuple[str, ...]) -> str:
    return "|".join(_re.escape(f) for f in sorted(forms, key=len, reverse=True))


#: What may not follow a legal form (``Incorporated``, not ``Inc`` of it; not ``Co.`` of
#: ``Co.uk``).
_LEGAL_END = r"(?![\w&'’-]|\.\w)"
#: The legal forms that open with a capital, and those that do not (``plc``, ``& Co``):
#: these are found with ``str.find``, as the scan's test at every ``a`` and ``p`` costs
#: more than the rest of it.
_CAPITAL_LEGAL = tuple(f for f in (*LEGAL_SUFFIXES, *_LEGAL_CLOSERS) if f[:1].isupper())
_OTHER_LEGAL = tuple(f for f in (*LEGAL_SUFFIXES, *_LEGAL_CLOSERS) if not f[:1].isupper())
#: Finds the head nouns (and ``Local``, ``United``) and the legal forms that open with a
#: capital, in one scan: a plain alternation (a look-ahead after each legal form) is the
#: fastest scan (a look-behind at every place would cost more than the rest of the
#: finder); word boundaries and the linking words (``Pty``) are checked on the few
#: hits. No head noun holds a legal form, nor runs into one: the scan of both finds
#: what the scan of each would.
_NAME_MARK_FINDER = _lazy_re(
    "|".join(
        [
            *sorted(_HEAD_WORDS, key=len, reverse=True),
            *(_re.escape(f) + _LEGAL_END for f in sorted(_CAPITAL_LEGAL, key=len, reverse=True)),
        ]
    )
)
_legal_end = _lazy_re(_LEGAL_END)


def name_marks(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The head nouns of generic names (``Union``, ``Local``, ``United``) and the legal
    forms of companies' names (``Ltd``, ``plc``) written in *text*, in order: where
    ``_HEAD_WORDS`` longest first, and the legal forms longest first with
    :data:`_LEGAL_END` after them, are found by scans of their own."""
    heads: list[tuple[int, int]] = []
    legal: list[tuple[int, int]] = []
    for m in _NAME_MARK_FINDER().finditer(text):
        (heads if m.group() in _HEAD_WORDS else legal).append(m.span())
    other = len(legal)
    for form in _OTHER_LEGAL:  # (none holds another, nor a capital's legal form)
        i = text.find(form)
        while i >= 0:
            if _legal_end().match(text, i + len(form)) is not None:
                legal.append((i, i + len(form)))
            i = text.find(form, i + 1)
    # (``& Co``, ``and Co``: a legal form already found ends where its ``Co`` does)
    ends = {e for _, e in legal}
    legal.extend(co for co in _company_co(text) if co[1] not in ends)
    legal.extend(_company_ag(text))
    if len(legal) > other:
        legal.sort()
    return heads, legal


def _company_co(text: str) -> Iterator[tuple[int, int]]:
    """``Co`` closing a company's name (``Halvorsen Axle Co. said``, ``Acme Co, the
    maker``): after a space, before a word in lower case or a comma; not a county's
    (``Co Cork``, ``Co. Kerry``: a capital follows) nor a link (``Acme Co Ltd``)."""
    i = text.find(" Co")
    while i >= 0:
        if _co_end().match(text, i + 3) is not None:
            yield i + 1, i + 3
        i = text.find(" Co", i + 3)


#: What follows ``Co`` of a company's name: its full stop, then a word in lower case or
#: a comma, a semicolon, a colon or a closing parenthesis.
_co_end = _lazy_re(r"\.?(?:[^\S\n]+[a-z]|[,;:)])")


def _company_ag(text: str) -> Iterator[tuple[int, int]]:
    """``AG`` or ``SE`` closing a German or European company's name (``Keppler-Hausmann
    AG said``, ``Vesta SE,``): after a capitalized word that is no state's, before a word
    in lower case or a comma; not an attorney general's letters (``Texas AG Ken Lee``,
    ``the state AG``, ``the AG's office``: a name, a lower-case word or a possessive)."""
    for form in (" AG", " SE"):
        i = text.find(form)
        while i >= 0:
            lead = _ag_lead().search(text, max(0, i - 40), i)
            if (
                lead is not None
                and _co_end().match(text, i + 3) is not None
                and not _regional(text[max(0, i - 40) : i].split()[-3:])
            ):
                yield i + 1, i + 3
            i = text.find(form, i + 3)


def _regional(words: list[str]) -> bool:
    """Whether the last of *words* name a state, a nation or a people's region (``New
    York``, ``Texas``, ``South Australian``): an office's owner, no company's name."""
    return any(
        lookup_region(" ".join(words[k:])) is not None or demonym_length(words, k) == len(words) - k
        for k in range(len(words))
    )


#: A capitalized word of a company's name right before ``AG``/``SE``, no state's or
#: nation's (``Texas AG``, ``Ohio AG``: an attorney general).
_ag_lead = _lazy_re(r"(?<![\w.])[A-Z][\w&'’-]*[a-z][\w&'’-]*\Z")


#: A linking word right before a legal form (``Pty`` of ``Acme Pty Ltd``), backwards.
_LEGAL_LINK_BEFORE = _lazy(rf"(?r)(?<![\w&'’.-])(?:{_alternation(_LEGAL_LINKS)})[^\S\n]$")
_GLUED = frozenset("&'’.-")
#: How far before a legal form its linking word may start (``Private Limited``).
_LINK_REACH = 9


def _legal_forms(
    text: str, forms: list[tuple[int, int]] | None = None
) -> Iterator[tuple[int, int]]:
    """The legal forms written in *text* (*forms*: :func:`name_marks` gave them), with a
    linking word before."""
    for ls, le in name_marks(text)[1] if forms is None else forms:
        prev = text[ls - 1 : ls]
        if prev.isalnum() or prev == "_" or prev in _GLUED:
            continue
        link = _LEGAL_LINK_BEFORE().search(text, max(0, ls - _LINK_REACH), ls)
        yield (link.start() if link is not None else ls), le


#: The name before a legal form, matched backwards: capitalised words, joined by ``&``,
#: ``and`` or ``of`` (``Bank of Lisbon plc``), on one line.
_COMPANY_BEFORE = _lazy(
    rf"(?r)(?<![\w'’.&-])(?:{_CAP}[^\S\n]{{1,2}}(?:(?:&|and|of)[^\S\n]{{1,2}})?){{1,6}}"
)
#: A number alone before a company's name: a count of its sites, no word of the name.
_LEADING_COUNT = _lazy(r"\d[\d,]*+[^\S\n]{1,2}(?=\p{Lu})")
#: Most companies with a legal form looked for again by their short name in one text.
_MAX_COMPANIES = 40


def _company_span(text: str, ls: int, le: int) -> tuple[int, int] | None:
    """The extent of a company's name that closes with the legal form at ``[ls, le)``."""
    before = _COMPANY_BEFORE().match(text, max(0, ls - 160), ls)
    if before is None:
        return None
    start = _past_person(text, _strip_leading(text, before.start(), ls), ls)
    count = _LEADING_COUNT().match(text, start, ls)
    if count is not None:
        start = count.end()  # (``outside 14 Perdana Bank Bhd branches``: how many)
    words = _WORD().findall(text, start, ls)
    if not words or all(w in _LEADING_NOISE for w in words):
        return None
    if text[le : le + 1] == "." and text[ls:le].split()[-1] in _LEGAL_ABBREVIATIONS:
        le += 1
    return start, le


#: A person's first name and surname, then ``of``: who works at the company that follows
#: (``Ana Ruiz of Baird and Cole Inc``).
_PERSON_OF = _lazy(
    r"(?<![\w'’.&-])(\p{Lu}\p{Ll}++)[^\S\n]{1,2}(?:\p{Lu}\.[^\S\n]{1,2})?\p{Lu}[\p{L}'’-]++[^\S\n]{1,2}of[^\S\n]{1,2}"
)


def _past_person(text: str, start: int, end: int) -> int:
    """Where a company's name written in ``text[start:end]`` begins after a person's
    name and ``of`` (``Analyst Ana Ruiz of Acme Corp``: at ``Acme``); *start* when there
    is none."""
    for m in _PERSON_OF().finditer(text, start, end):
        if m.group(1) in V.given_names():
            start = m.end()
    return start


def company_short_form(name: str) -> str:
    """A company's name without its legal form (``Kestrel Foods``)."""
    forms = list(_legal_forms(name))
    return name[: forms[-1][0]].rstrip(" ,&") if forms else name


def generic_companies(
    text: str, found: dict[_Key, _Found], out: list[_Hit], forms: list[tuple[int, int]]
) -> None:
    """Companies named with their legal form (``Brightline plc``, ``Norland Inc.``),
    and later by their short name (``Brightline``): employers, unless a registered or
    generic name (any mention in *out*) already holds the place. *forms*: the legal
    forms :func:`name_marks` found in *text*."""
    shorts: dict[str, str] = {}
    taken: _Taken | None = None
    for ls, le in _legal_forms(text, forms):
        if taken is None:
            taken = _Taken()
            for h in sorted(out):
                taken.add(h[0], h[1])
        span = _company_span(text, ls, le)
        if span is None or taken.overlaps(*span):
            continue
        start, end = span
        raw = text[start:end]
        name = " ".join(raw.split())
        key = "co:" + _norm(name.rstrip("."), fold=True)
        f = found.get(key)
        if f is None:
            kind = OrgKind.OTHER if name.endswith(PARTNERSHIP_FORMS) else OrgKind.EMPLOYER
            f = found[key] = _Found(name, kind, None, None, set(), [], [])
        _record(f, out, start, end, -1, key, raw)
        taken.add(start, end)
        short = company_short_form(name)
        if short != name and len(shorts) < _MAX_COMPANIES:
            shorts.setdefault(short, key)
            partners = _partnership_form(short)
            if partners is not None:
                shorts.setdefault(partners, key)
    if shorts and taken is not None:
        _short_mentions(text, shorts, found, out, taken)


def _partnership_form(short: str) -> str | None:
    """The partners' names a company of two names goes by, without its trade
    (``Dunmore and Pike`` of ``Dunmore and Pike Engineering Services``), else ``None``."""
    words = short.split()
    while len(words) > _PARTNER_WORDS and words[-1] in _BUSINESS_WORDS:
        words.pop()
    if (
        len(words) == _PARTNER_WORDS
        and words[1] in ("and", "&")
        and len(words) < len(short.split())
    ):
        return " ".join(words)
    return None


#: ``Dunmore and Pike``: two names and their joiner.
_PARTNER_WORDS = 3
_BUSINESS_WORDS = frozenset(V.BUSINESS_WORDS)


def _short_mentions(
    text: str, shorts: dict[str, str], found: dict[_Key, _Found], out: list[_Hit], taken: _Taken
) -> None:
    """Every later place a company's short name is written (one pass for all of them)."""
    names = sorted(shorts, key=len, reverse=True)
    hits = literal_matches(text, names, _short_before(), _short_after())
    for start, end, short in hits:
        if taken.overlaps(start, end):
            continue
        key = shorts[short]
        _record(found[key], out, start, end, -1, key, short)
        taken.add(start, end)


#: What may not stand right before a company's short name, and right after it.
_SHORT_BEFORE = r"[\w&'’.-]"
_SHORT_AFTER = r"[\w&'’-]|[^\S\n]{1,2}[A-Z]"
_short_before = _lazy(_SHORT_BEFORE)
_short_after = _lazy(_SHORT_AFTER)
