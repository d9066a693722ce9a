"""The organization registry and the organization finder.

The registry is package data (``data/organizations.txt``), read on first use,
never at import time. A :class:`Registry` compiles its names into one combined
regular expression (a character trie, so each position costs a few steps) the
first time it searches a text. Generic patterns catch unions the registry lacks
(``Amalgamated Widget Workers Union``, ``Local 222``, ``CUPE 3903``).
"""

from __future__ import annotations

import bisect
import contextlib
import functools
import gc
import os
import re as _re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Union

import attrs
import regex

from ._model import Organization, OrgKind, Span

__all__ = [
    "EMPLOYER_NAME_WORDS",
    "ENV_REGISTRY",
    "GENERIC_HEADS",
    "LABOUR_WORDS",
    "NON_LABOUR_UNION_WORDS",
    "OrgEntry",
    "OrgMention",
    "Registry",
    "default_registry",
    "find_organizations",
    "load_registry",
]

#: Environment variable: extra registry files (``os.pathsep``-separated) that the default
#: registry adds to the package's own, so the CLI and ``parse()`` see them too.
ENV_REGISTRY = "LABORQUOTES_REGISTRY"

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
    "Steelworkers Autoworkers Technicians Controllers Attendants Librarians Clerks "
    "Operators Janitors Graduate Postal Transit Transport Railway Rail "
    "Stagehands Performers Directors Editors Screenwriters Broadcast Crew Academic "
    "Tertiary Academics"
)

#: Words that make a name with a generic head an employer group
#: (``Pacific Terminal Operators Association``, ``Hospital Employers Council``).
EMPLOYER_NAME_WORDS: frozenset[str] = _folded_words(
    "Employers Employer Operators Owners Producers Manufacturers Contractors Builders "
    "Shippers Carriers Railroads Airlines Hospitals Retailers Grocers Companies Industries "
    "Industry Business Businesses Enterprises Management Chamber Commerce Publishers "
    "Broadcasters Studios Automakers Dealers Merchants Restaurants Hotels Bankers"
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
    "Kingdom"
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

#: Words that may follow an ambiguous one-word name without making it part of a longer
#: capitalised name (``Disney CEO Bob Iger``).
_ALLOWED_NEXT: frozenset[str] = _words(
    "CEO CFO COO Chief Executive President Chairman Chairwoman Chair Spokesman "
    "Spokeswoman Spokesperson Inc Inc. Corp Corp. Co Co. LLC Ltd Ltd. PLC Group Said Says"
)
#: Capitalised words that may precede an ambiguous name (``at Ford``, ``The Ford plant``).
_ALLOWED_PREV: frozenset[str] = _words(
    "The A An At In On For Of And But By With From To As Both While When If That Like "
    "Than Or Against Between Only Rival Including Unlike Under Said Says Told Whether "
    "Because Since After Before Where Union Unions"
)

_KINDS = {k.value: k for k in OrgKind}


def _lazy(pattern: str, flags: int = 0) -> Callable[[], regex.Pattern[str]]:
    """A pattern compiled on first use (keeps ``import laborquotes`` fast)."""

    @functools.cache
    def get() -> regex.Pattern[str]:
        return regex.compile(pattern, flags)

    return get


def _lazy_re(pattern: str, flags: int = 0) -> Callable[[], _re.Pattern[str]]:
    """A standard-library pattern compiled on first use."""

    @functools.cache
    def get() -> _re.Pattern[str]:
        return _re.compile(pattern, flags)

    return get


# --------------------------------------------------------------------------- entries


def _tuple_of_str(value: Any) -> tuple[str, ...]:
    if value is None or value == "":
        return ()
    if isinstance(value, str):
        if "|" not in value:
            v = value.strip()
            return (v,) if v else ()
        return tuple(v.strip() for v in value.split("|") if v.strip())
    return tuple(str(v).strip() for v in value if str(v).strip())


def _kind(value: Any) -> OrgKind:
    if isinstance(value, OrgKind):
        return value
    if value in _KINDS:
        return _KINDS[value]
    if isinstance(value, str) and value.strip().lower() in _KINDS:
        return _KINDS[value.strip().lower()]
    raise ValueError(f"unknown organization kind {value!r}; use one of {', '.join(_KINDS)}")


def _country(value: Any) -> str | None:
    if value is None or value == "":
        return None
    code = value.strip() if isinstance(value, str) else ""
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise ValueError(f"country must be an ISO 3166-1 alpha-2 code, got {value!r}")
    return code.upper()


@attrs.frozen(kw_only=True)
class OrgEntry:
    """One organization of the registry.

    Acronyms match case-sensitively. Names and aliases of two or more words match in any
    case; one-word names match as written or in capitals. Prefix an acronym or alias
    with ``^`` to reject it inside a longer capitalised name (``Doug Ford``), or with
    ``~`` to reject it there and at the start of a sentence too (``Unite``, ``Equity``).
    """

    #: The canonical name.
    name: str = attrs.field(converter=str)
    kind: OrgKind = attrs.field(default=OrgKind.OTHER, converter=_kind)
    #: ISO 3166-1 alpha-2 code, or ``None`` for international bodies.
    country: str | None = attrs.field(default=None, converter=_country)
    acronyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: Other names and common misspellings (``Writer's Guild``).
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an organization needs a non-empty name")

    @property
    def acronym(self) -> str | None:
        """The first acronym, without its ``^``/``~`` marker, or ``None``."""
        return self.acronyms[0].lstrip("^~") if self.acronyms else None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> OrgEntry:
        """Build an entry from a dict with ``name`` and optional ``kind``, ``country``,
        ``acronyms`` and ``aliases`` (lists or ``|``-separated strings)."""
        unknown = set(data) - {"name", "kind", "country", "acronyms", "aliases"}
        if unknown:
            raise ValueError(f"unknown keys for an organization: {', '.join(sorted(unknown))}")
        if "name" not in data:
            raise ValueError("an organization needs a 'name'")
        return cls(
            name=data["name"],
            kind=data.get("kind", OrgKind.OTHER),
            country=data.get("country"),
            acronyms=data.get("acronyms"),
            aliases=data.get("aliases"),
        )


def _parse_lines(lines: Iterable[str], source: str) -> list[OrgEntry]:
    """The entries of a registry file's lines; errors name *source*, the line and the problem."""
    out: list[OrgEntry] = []
    with _gc_paused():
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if not line or line.startswith("#"):
                continue
            out.append(_parse_line(line, source, number))
    return out


def _parse_line(line: str, source: str, number: int) -> OrgEntry:
    fields = line.split(";")
    if len(fields) != 5:
        raise ValueError(
            f"{source}:{number}: expected 5 ';'-separated fields "
            f"(kind;country;name;acronyms;aliases), got {len(fields)}: {line[:60]!r}"
        )
    kind, country, name, acronyms, aliases = (f.strip() for f in fields)
    try:
        return OrgEntry(name=name, kind=kind, country=country, acronyms=acronyms, aliases=aliases)
    except ValueError as exc:
        raise ValueError(f"{source}:{number}: {exc}") from None


def _decode(data: bytes, source: str) -> list[str]:
    """The lines of a UTF-8 registry file (a leading byte-order mark is dropped).

    Lines end at ``\n`` only (``\r`` is stripped with the other spaces), so the numbers
    in error messages are those an editor shows.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ValueError(
            f"{source}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x}); "
            "save the registry as UTF-8"
        ) from None
    return text.split("\n")


def _read_file(path: str | os.PathLike[str]) -> list[OrgEntry]:
    p = Path(path)
    return _parse_lines(_decode(p.read_bytes(), str(p)), str(p))


@functools.cache
def _package_entries() -> tuple[OrgEntry, ...]:
    from importlib import resources  # imported on first use: import time stays low

    data = resources.files("laborquotes").joinpath("data/organizations.txt")
    source = "organizations.txt"
    return tuple(_parse_lines(_decode(data.read_bytes(), source), source))


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


def _char_pattern(ch: str, depth: int, fold: bool) -> str:
    if ch == "'":
        return f"[{_APOS}]"
    if ch == "-":
        return f"[{_DASH}]"
    if ch == " ":
        return r"\s{1,3}"
    if fold and ch.isalpha():
        up = ch.upper()
        if depth == 0 and len(up) == 1:
            return _re.escape(up)  # a name opens with a capital: "Writers Guild", "WRITERS GUILD"
        if len(up) == 1 and up != ch:
            return f"[{ch}{up}]"
    return _re.escape(ch)


def _trie_pattern(words: Iterable[str], fold: bool, after_first: str = "") -> str:
    """A regular expression matching any of *words*, longest first, as a character trie
    (*after_first* goes right after the first character of every word)."""
    return "|".join(_trie_branches(words, fold, after_first))


def _trie_branches(words: Iterable[str], fold: bool, after_first: str = "") -> list[str]:
    """The branches of :func:`_trie_pattern`, one per first character."""
    trie: dict[str, Any] = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any], depth: int) -> str:
        branches = [
            _char_pattern(ch, depth, fold) + emit(child, depth + 1)
            for ch, child in node.items()
            if ch != ""
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return [
        _char_pattern(ch, 0, fold) + after_first + emit(child, 1)
        for ch, child in trie.items()
        if ch != ""
    ]


class _Form:
    """One written form of an entry (plain class: attrs classes cost import time)."""

    __slots__ = ("entry", "is_acronym", "policy")

    def __init__(self, *, entry: int, policy: str, is_acronym: bool) -> None:
        self.entry = entry
        #: "" plain, "^" reject inside a longer capitalised name, "~" also at sentence start
        self.policy = policy
        self.is_acronym = is_acronym


_Tables = tuple[dict[str, list[_Form]], dict[str, list[_Form]]]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big registry is built: its many small
    containers hold no cycles, and collections would otherwise cost a third of the time."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _form_tables(entries: Sequence[OrgEntry]) -> _Tables:
    """The written forms of *entries*: case-insensitive ones (names of two or more words,
    keyed folded) and case-sensitive ones (acronyms, one-word names), each a list of forms."""
    with _gc_paused():
        return _form_tables_of(entries)


def _form_tables_of(entries: Sequence[OrgEntry]) -> _Tables:
    ci: dict[str, list[_Form]] = {}
    cs: dict[str, list[_Form]] = {}
    for i, e in enumerate(entries):
        names = [(a, False) for a in (e.name, *e.aliases)] + [(a, True) for a in e.acronyms]
        policies = _policies(names)
        plain = _Form(entry=i, policy="", is_acronym=False)  # shared: forms are read-only
        for raw, is_acr in names:
            form = raw.lstrip("^~").strip()
            if not form:
                continue
            policy = policies.get(form, "") if policies else ""
            f = _Form(entry=i, policy=policy, is_acronym=is_acr) if policy or is_acr else plain
            key = _norm(form, fold=False)
            if not is_acr and " " in key:
                pairs = [(key.lower(), ci)]
            elif is_acr or form.isupper():
                pairs = [(key, cs)]
            else:
                pairs = [(key, cs), (_norm(form.upper(), fold=False), cs)]
            for key, table in pairs:
                bucket = table.get(key)
                if bucket is None:
                    table[key] = [f]
                elif all(x.entry != i for x in bucket):
                    bucket.append(f)
    return ci, cs


_STRICTNESS = {"": 0, "^": 1, "~": 2}


def _policies(names: list[tuple[str, bool]]) -> dict[str, str]:
    """The marker of each form (``^``, ``~``): a form written anywhere with a marker keeps
    it (the canonical name too). Forms without one are left out."""
    policies: dict[str, str] = {}
    for raw, _ in names:
        p = raw[:1]
        if p not in ("^", "~"):
            continue
        form = raw[1:].strip()
        if _STRICTNESS[p] >= _STRICTNESS[policies.get(form, "")]:
            policies[form] = p
    return policies


#: Registries up to this many forms, none longer than ``_TRIE_MAX_FORM`` characters, are
#: compiled into one character-trie expression (fastest to scan, but compiling costs
#: about a microsecond per pattern character and recurses once per character); larger
#: ones use :class:`_WordMatcher`, which builds in linear time with no recursion.
_TRIE_MAX_FORMS = 8000
_TRIE_MAX_FORM = 128


def _matcher(entries: Sequence[OrgEntry]) -> _Matcher | _WordMatcher:
    ci, cs = _form_tables(entries)
    longest = max(map(len, (*ci, *cs)), default=0)
    if len(ci) + len(cs) <= _TRIE_MAX_FORMS and longest <= _TRIE_MAX_FORM:
        return _Matcher(ci, cs)
    return _WordMatcher(ci, cs)


class _Matcher:
    """The compiled search machinery of a registry: one character trie, compiled lazily.

    Case-sensitive forms (acronyms, one-word names) and case-insensitive ones (names of
    two or more words, which must still open with a capital) share one expression,
    compiled by the standard library's ``re``, the fastest engine on big alternations.
    """

    __slots__ = ("_ci", "_cs", "_pattern")

    def __init__(self, ci: dict[str, list[_Form]], cs: dict[str, list[_Form]]) -> None:
        self._ci = ci
        self._cs = cs
        # One alternation of the case-insensitive forms' branches, then the case-sensitive
        # ones', each branch opening with its first character (a literal), so that the
        # scan skips other text in C; ``(?<!\w.)`` after that character says the form
        # starts a word. A match is a case-insensitive form when that table has it (the
        # first alternatives that can match it are those).
        # "UAW-represented" and "SEIU-UHW" still name the UAW and the SEIU; a longer
        # registered form ("SAG-AFTRA") wins over its first part.
        start = r"(?<!\w.)"
        branches = _trie_branches(ci, True, start) + _trie_branches(cs, False, start)
        body = "|".join(branches) if branches else "(?!)"
        self._pattern = _re.compile(rf"(?:{body})(?![\w&])")

    def finditer(self, text: str) -> Iterator[tuple[int, int, list[_Form]]]:
        """Registry matches in text order."""
        for m in self._pattern.finditer(text):
            found = m.group()
            forms = self._ci.get(_norm(found, fold=True)) or self._cs.get(_norm(found, fold=False))
            if forms:
                yield m.start(), m.end(), forms


def _word_counts(keys: Iterable[str]) -> dict[str, int]:
    """The most words of any key, by its first word (``"united"``: 3 for
    ``"united auto workers"``)."""
    out: dict[str, int] = {}
    for key in keys:
        if " " in key:
            words = key.count(" ") + 1
            first = key[: key.index(" ")]
            if out.get(first, 1) < words:
                out[first] = words
    return out


def _first_chars(key: str, fold: bool) -> str:
    """The characters a form can open with in the text (as :func:`_char_pattern` says)."""
    ch = key[0]
    if ch == "'":
        return _APOS
    if ch == "-":
        return _DASH
    if fold and ch.isalpha() and len(ch.upper()) == 1:
        return ch.upper()
    return ch


def _char_ok(kc: str, tc: str, depth: int) -> bool:
    """Whether text character *tc* matches folded form character *kc* (:func:`_char_pattern`)."""
    if kc == "'":
        return tc in _APOS
    if kc == "-":
        return tc in _DASH
    if kc.isalpha():
        up = kc.upper()
        if depth == 0 and len(up) == 1:
            return tc == up
        if len(up) == 1 and up != kc:
            return tc in (kc, up)
    return tc == kc


def _canon(token: str, fold: bool) -> str:
    """*token* with one apostrophe and one dash, lower-cased per character when *fold*."""
    out = token.translate(_NORM_TABLE)
    if not fold:
        return out
    low = out.lower()
    if len(low) != len(out):  # a letter whose lower case is longer: keep the offsets
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in out)
    return low


_SPACE = _lazy_re(r"\s")
_NOT_SPACE = _lazy_re(r"\S")
_CUT = _lazy_re(r"[^\w&]")


class _WordMatcher:
    """The same matches as :class:`_Matcher`, found with hash tables instead of one
    expression: at each place a form can open, the words that follow are looked up, the
    longest case-insensitive form first, then the longest case-sensitive one. Building
    it costs one pass over the forms, so a registry of any size loads in linear time."""

    __slots__ = ("_ci", "_ci_more", "_cs", "_cs_more", "_starts")

    def __init__(self, ci: dict[str, list[_Form]], cs: dict[str, list[_Form]]) -> None:
        self._ci = ci
        self._cs = cs
        self._ci_more = _word_counts(ci)
        self._cs_more = _word_counts(cs)
        firsts = {c for k in {k[0] for k in ci} for c in _first_chars(k, True)}
        firsts |= {c for k in {k[0] for k in cs} for c in _first_chars(k, False)}
        chars = "".join(_re.escape(c) for c in sorted(firsts))
        self._starts = _re.compile(rf"(?<!\w)[{chars}]" if chars else "(?!)")

    def finditer(self, text: str) -> Iterator[tuple[int, int, list[_Form]]]:
        """Registry matches in text order."""
        last = 0
        for m in self._starts.finditer(text):
            p = m.start()
            if p < last:
                continue
            e = self._longest(text, p, True)
            if e < 0:
                e = self._longest(text, p, False)
                if e < 0:
                    continue
            found = text[p:e]
            forms = self._ci.get(_norm(found, fold=True)) or self._cs.get(_norm(found, fold=False))
            last = e
            if forms:
                yield p, e, forms

    def _longest(self, text: str, p: int, fold: bool) -> int:
        """The end of the longest form of one table that matches at *p*, or -1."""
        table, more = (self._ci, self._ci_more) if fold else (self._cs, self._cs_more)
        n = len(text)
        best = -1
        prefix = ""
        q = p
        words = 1
        while True:
            space = _SPACE().search(text, q)
            te = space.start() if space is not None else n
            canon = _canon(text[q:te], fold)
            # Where the form may end inside the word: before a character that is
            # neither a word character nor ``&``, or at the word's end.
            cuts = [c.start() - q for c in _CUT().finditer(text, q, te)]
            for c in reversed([*cuts, te - q]):
                key = prefix + canon[:c]
                if c and key in table and (not fold or self._exact(key, text, p)):
                    best = q + c
                    break
            if not prefix:
                most = more.get(canon, 1)
            nxt = _NOT_SPACE().search(text, te) if words < most else None
            if nxt is None or not 1 <= nxt.start() - te <= 3:
                return best
            prefix += canon + " "
            q = nxt.start()
            words += 1

    @staticmethod
    def _exact(key: str, text: str, p: int) -> bool:
        """Whether folded *key* matches at *p* character by character (case rules)."""
        i = p
        for depth, kc in enumerate(key):
            if kc == " ":
                while text[i].isspace():
                    i += 1
                continue
            if not _char_ok(kc, text[i], depth):
                return False
            i += 1
        return True


_PREV_WORD = _lazy(r"([A-Z][\w'’.&-]*+)[^\S\n]{1,3}$")
_NEXT_WORD = _lazy(r"[^\S\n]{1,3}([A-Z][\w'’.&-]*+)")
_SENTENCE_START = _lazy(r"(?:^|[.!?:;\"“”‘(\n]|[.!?]['’\"”])\s*+$")


def _policy_ok(text: str, start: int, end: int, policy: str) -> bool:
    if not policy:
        return True
    before = text[max(0, start - 40) : start]
    m = _PREV_WORD().search(before)
    if m is not None and m.group(1) not in _ALLOWED_PREV:
        return False
    n = _NEXT_WORD().match(text, end, min(len(text), end + 40))
    if n is not None and n.group(1) not in _ALLOWED_NEXT:
        return False
    return not (policy == "~" and _SENTENCE_START().search(before) is not None)


# --------------------------------------------------------------------------- generic patterns

_CAP = r"(?:[A-Z](?:[\w'’&-]|\.(?=\w))*|\d{1,5}(?=\s))"
_CONN = r"(?:(?:of|and|&|for|in)(?:[^\S\n]{1,2}the)?|de|des|du|la|del|y)"
#: Space inside a name: one or two spaces, or a line break of hard-wrapped copy.
_SP = r"(?:[^\S\n]{1,2}|[^\S\n]?\n[^\S\n]?)"
_SEP = rf"{_SP}(?:{_CONN}{_SP}){{0,2}}"
_HEAD = "|".join(sorted(GENERIC_HEADS, key=len, reverse=True))
#: Finds head nouns and ``Local``: a plain literal alternation is the fastest scan; word
#: boundaries are checked on the few hits.
_HEAD_FINDER = _lazy_re(
    "|".join(sorted({*GENERIC_HEADS, "Guild", "Local", "United"}, key=len, reverse=True))
)
#: ``United Nurses of Alberta``, ``United Teachers of Dade``: "United", trade words, a place.
_UNITED = _lazy(
    rf"United(?:{_SP}[A-Z][\w'’&-]*+){{1,4}}"
    rf"(?:{_SP}of{_SP}(?:the{_SP})?[A-Z][\w'’&-]*+(?:{_SP}[A-Z][\w'’&-]*+){{0,3}})?"
)
_LOCAL = _lazy_re(r"Locals?[^\S\n]{1,3}(?:No\.[^\S\n]{0,2})?\d{1,5}(?:[A-Z]{1,3})?(?![\w-])")
#: The capitalised words before a head noun, matched backwards from it.
_BEFORE = _lazy(rf"(?r)(?<![\w'’.&-])(?:{_CAP},?{_SEP}){{1,8}}")
#: ``of the Widget Workers`` after a head noun.
_AFTER = _lazy(
    rf"{_SP}of{_SP}(?:the{_SP})?[A-Z](?:[\w'’&-]|\.(?=\w))*+"
    rf"(?:{_SP}(?:(?:of|&|for|in){_SP}(?:the{_SP})?)?[A-Z](?:[\w'’&-]|\.(?=\w))*+){{0,5}}"
)
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


def _generic_kind(name: str) -> OrgKind | None:
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
    labour = any(
        w in LABOUR_WORDS or w + "s" in LABOUR_WORDS or w.endswith(("workers", "worker"))
        for w in words
    )
    if not labour:
        labour = "trade union" in low
    if not labour and words and words[-1] in ("union", "unions") and len(words) >= 2:
        # "National Merchant Marine Union": a name ending in Union is a labour union
        # unless it is one of the other kinds (``European Union``, ``Credit Union``).
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
    end = head_end
    after = _AFTER().match(text, end)
    if after is None and start == head_start:
        return None  # a bare "Union" or "the Federation" names nothing
    if after is not None:
        end = after.end()
    elif _NAME_GOES_ON().match(text, end) is not None:
        return None
    start = _strip_leading(text, start, end)
    words = _WORD().findall(text, start, head_start)
    if after is None and words and all(w in _GENERIC_ADJECTIVES for w in words):
        return None  # "Trade Union leaders", "the National Union" name no one union
    return start, end


def _strip_leading(text: str, start: int, end: int) -> int:
    # "the Conflicts Secretary of the Bolivian Miners Federation": a title is not the name
    for title in _TITLE_OF().finditer(text, start, end):
        start = title.end()
    while True:
        m = _WORD().match(text, start, end)
        if m is None or m.group() not in _LEADING_NOISE:
            return start
        nxt = _WORD_SPACE().match(text, start, end)
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
        if target is None or target == short or target in renamed:
            continue
        f, t = found[short], found[target]
        t.mentions.extend(f.mentions)
        t.forms.extend(x for x in f.forms if x not in t.forms)
        t.acronym = t.acronym or f.acronym
        renamed[short] = target
        del found[short]
    if renamed:
        out[:] = [(a, b, c, renamed.get(k, k), w) for a, b, c, k, w in out]


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


RegistrySource = Union["Registry", OrgEntry, Mapping[str, Any], str, "os.PathLike[str]"]


def _generic_united(
    text: str, hs: int, found: dict[_Key, _Found], out: list[_Hit], taken: _Taken
) -> None:
    """``United Steelworkers``, ``United Food and Commercial Workers``: a trade after it."""
    u = _UNITED().match(text, hs)
    if u is None or (hs > 0 and text[hs - 1].isalnum()):
        return
    tail = text.find(" of", hs, u.end())
    trade = _WORD().findall(text, hs + 6, tail if tail > 0 else u.end())
    if not trade or not any(
        w.lower() in LABOUR_WORDS or w.lower() + "s" in LABOUR_WORDS for w in trade
    ):
        return
    start, end = u.span()
    if taken.overlaps(start, end):
        return
    name = " ".join(u.group().split())
    key = "gen:" + _norm(name, fold=True)
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, OrgKind.UNION, None, None, set(), [], [])
    _record(f, out, start, end, -1, key, u.group())
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
    name = " ".join(m.group().split())
    key = "local:" + name.casefold()
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, OrgKind.UNION, None, None, set(), [], [])
    _record(f, out, start, end, -1, key, text[start:end])
    taken.add(start, end)


def _generic_name(
    text: str,
    hs: int,
    he: int,
    found: dict[_Key, _Found],
    out: list[_Hit],
    taken: _Taken,
    generic_acronyms: dict[str, str],
) -> None:
    """A capitalised name ending in a head word (``Harbor Pilots Association``), with an
    acronym defined after it (``(HPA)``) remembered for later mentions."""
    span = _generic_span(text, hs, he)
    if span is None:
        return
    start, end = span
    if taken.overlaps(start, end):
        return
    raw = text[start:end]
    if raw.endswith(".") and len(raw.rsplit(None, 1)[-1]) > 4:
        end -= 1  # "... Flight Attendants." ends a sentence, not the name
        raw = raw[:-1]
    kind = _generic_kind(raw)
    if kind is None:
        return
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


class Registry:
    """An immutable set of organizations with a fast finder.

    >>> reg = Registry([OrgEntry(name="Widget Makers Union", acronyms="WMU", kind="union")])
    >>> [o.name for o in reg.find("The WMU and Widget Makers Union met.")]
    ['Widget Makers Union']
    """

    __slots__ = ("_by_name", "_entries", "_matcher", "_phrases")

    def __init__(self, entries: Iterable[OrgEntry | Mapping[str, Any]] = ()) -> None:
        items: list[OrgEntry] = []
        for e in entries:
            if isinstance(e, OrgEntry):
                items.append(e)
            elif isinstance(e, Mapping):
                items.append(OrgEntry.from_mapping(e))
            else:
                raise TypeError(
                    f"a registry entry must be an OrgEntry or a mapping, got {type(e).__name__}"
                )
        # Later entries with the same canonical name replace earlier ones.
        by_name: dict[str, int] = {}
        merged: list[OrgEntry] = []
        for e in items:
            key = _norm(e.name, fold=True)
            if key in by_name:
                merged[by_name[key]] = e
            else:
                by_name[key] = len(merged)
                merged.append(e)
        self._entries: tuple[OrgEntry, ...] = tuple(merged)
        self._by_name = by_name
        self._matcher: _Matcher | _WordMatcher | None = None
        self._phrases: dict[str, tuple[Organization, int, int] | None] = {}

    # ----------------------------------------------------------------- container

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[OrgEntry]:
        return iter(self._entries)

    def __repr__(self) -> str:
        return f"<Registry of {len(self._entries)} organizations>"

    @property
    def entries(self) -> tuple[OrgEntry, ...]:
        """The entries, in order."""
        return self._entries

    def get(self, name: str) -> OrgEntry | None:
        """The entry whose canonical name, acronym or alias is *name*, or ``None``."""
        if not isinstance(name, str):
            raise TypeError(f"Registry.get() needs str, got {type(name).__name__}")
        i = self._by_name.get(_norm(name, fold=True))
        if i is not None:
            return self._entries[i]
        for start, end, forms in self._get_matcher().finditer(name):
            if start == 0 and end == len(name):
                return self._entries[forms[0].entry]
        return None

    def extend(self, *sources: RegistrySource) -> Registry:
        """A new registry with more entries: registries, entries, mappings or files.

        An entry whose canonical name is already present replaces the old one.
        """
        extra: list[OrgEntry] = []
        for src in sources:
            extra.extend(_entries_from(src))
        return Registry([*self._entries, *extra])

    # ----------------------------------------------------------------- matching

    def _get_matcher(self) -> _Matcher | _WordMatcher:
        if self._matcher is None:
            self._matcher = _matcher(self._entries)
        return self._matcher

    def mentions(self, text: str) -> list[OrgMention]:
        """Every registry and generic mention in *text*, in order (overlaps removed)."""
        return [
            OrgMention(start=m[0], end=m[1], entry=m[2], key=str(m[3])) for m in self._scan(text)[0]
        ]

    def _scan(self, text: str) -> tuple[list[_Hit], dict[_Key, _Found]]:
        """The mentions (start, end, entry, key, form as written) and the organizations."""
        found: dict[_Key, _Found] = {}
        out: list[_Hit] = []
        taken = _Taken()
        entries = self._entries
        for start, end, forms in self._get_matcher().finditer(text):
            form = forms[0]
            if form.policy or len(forms) > 1:
                ok = [f for f in forms if _policy_ok(text, start, end, f.policy)]
                if not ok:
                    continue
                form = ok[0]
            i = form.entry
            f = found.get(i)
            if f is None:
                e = entries[i]
                acronyms = {a.lstrip("^~") for a in e.acronyms}
                f = found[i] = _Found(e.name, e.kind, e.country, e.acronym, acronyms, [], [])
            _record(f, out, start, end, i, i, text[start:end])
            if f.kind not in _UNION_KINDS:
                continue  # a union's name may hold an employer's: "Coalition of Kaiser ... Unions"
            taken.add(start, end)
            if text[end : end + 1] == " ":
                nxt = text[end + 1 : end + 2]
                if nxt.isdigit() or nxt in ("L", "D"):
                    local_end = _local_after(text, start, end, f, found, out)
                    if local_end:
                        taken.add(start, local_end)
        self._scan_generic(text, found, out, taken)
        _merge_generic_suffixes(found, out)
        out.sort(key=lambda h: (h[0], h[1]))
        return out, found

    @staticmethod
    def _scan_generic(text: str, found: dict[_Key, _Found], out: list[_Hit], taken: _Taken) -> None:
        generic_acronyms: dict[str, str] = {}
        for h in _HEAD_FINDER().finditer(text):
            hs, he = h.span()
            head = h.group()
            glued = hs > 0 and (text[hs - 1].isalnum() or text[hs - 1] in "-'’")
            if glued and head != "Guild":
                continue
            if text[he : he + 1].isalnum() and not (head == "Local" and text[he : he + 1] == "s"):
                continue
            if head == "United":
                _generic_united(text, hs, found, out, taken)
            elif head == "Local":
                _generic_local(text, hs, found, out, taken)
            else:
                _generic_name(text, hs, he, found, out, taken, generic_acronyms)
        for acronym, key in generic_acronyms.items():
            pat = regex.compile(rf"(?<![\w&-]){regex.escape(acronym)}(?![\w&]|-\w)")
            f = found[key]
            for am in pat.finditer(text):
                if not taken.overlaps(am.start(), am.end()):
                    _record(f, out, am.start(), am.end(), -1, key, am.group())
                    taken.add(am.start(), am.end())

    def first_in(self, phrase: str) -> tuple[Organization, int, int] | None:
        """The first organization named in a short *phrase*, with its offsets (cached)."""
        cache = self._phrases
        if phrase in cache:
            return cache[phrase]
        mentions, found = self._scan(phrase)
        result = None
        if mentions:
            # the earliest mention, the longest at that place ("Teamsters Local 705")
            first = min(mentions, key=lambda m: (m[0], -m[1]))
            org = _organizations({first[3]: found[first[3]]})[0]
            result = (org, first[0], first[1])
        if len(cache) >= 20000:
            cache.clear()
        cache[phrase] = result
        return result

    def find(self, text: str) -> tuple[Organization, ...]:
        """Every organization mentioned in *text*, deduplicated, in order of first mention."""
        if not isinstance(text, str):
            raise TypeError(f"Registry.find() needs str, got {type(text).__name__}")
        return _organizations(self._scan(text)[1])


def _organizations(found: Mapping[_Key, _Found]) -> tuple[Organization, ...]:
    orgs = []
    for f in found.values():
        mentions = tuple(Span(start=a, end=b) for a, b in sorted(set(f.mentions)))
        orgs.append(
            Organization(
                name=f.name,
                acronym=f.acronym,
                kind=f.kind,
                country=f.country,
                aliases=tuple(x for x in f.forms if x != f.name),
                mentions=mentions,
            )
        )
    orgs.sort(key=lambda o: (o.mentions[0].start, o.mentions[0].end) if o.mentions else (0, 0))
    return tuple(orgs)


def _as_sources(extra: Any) -> list[Any]:
    if isinstance(extra, Registry | OrgEntry | Mapping | str | os.PathLike):
        return [extra]
    return list(extra)


def _entries_from(src: Any) -> list[OrgEntry]:
    if isinstance(src, Registry):
        return list(src.entries)
    if isinstance(src, OrgEntry):
        return [src]
    if isinstance(src, Mapping):
        return [OrgEntry.from_mapping(src)]
    if isinstance(src, str | os.PathLike):
        return _read_file(src)
    if isinstance(src, Iterable) and not isinstance(src, bytes | bytearray):
        out: list[OrgEntry] = []
        for item in src:
            out.extend(_entries_from(item))
        return out
    raise TypeError(
        "registry sources are Registry, OrgEntry, mappings, file paths or lists of them, "
        f"got {type(src).__name__}"
    )


@functools.cache
def default_registry() -> Registry:
    """The package's registry plus the files named in ``$LABORQUOTES_REGISTRY``.

    Built on first use and cached for the life of the process.
    """
    reg = Registry(_package_entries())
    extra = os.environ.get(ENV_REGISTRY, "")
    paths = [p for p in extra.split(os.pathsep) if p.strip()]
    return reg.extend(*paths) if paths else reg


def load_registry(
    extra: RegistrySource | Iterable[RegistrySource] | None = None, *, builtin: bool = True
) -> Registry:
    """Return a registry: the package's own (unless ``builtin=False``) plus *extra*.

    *extra* may be a file path (the ``kind;country;name;acronyms;aliases`` format of
    the package's ``organizations.txt``), an :class:`OrgEntry`, a mapping such as
    ``{"name": "Widget Makers Union", "acronyms": ["WMU"], "kind": "union"}``, another
    :class:`Registry`, or a list of these. Entries whose canonical name is already
    registered replace the built-in ones.
    """
    base = default_registry() if builtin else Registry()
    if extra is None:
        return base
    return base.extend(*_as_sources(extra))


def find_organizations(text: str, *, registry: Registry | None = None) -> tuple[Organization, ...]:
    """Every organization mentioned in *text*, deduplicated across aliases, in order.

    >>> [o.acronym for o in find_organizations("The UAW and the United Auto Workers")]
    ['UAW']
    """
    if not isinstance(text, str):
        raise TypeError(f"find_organizations() needs str, got {type(text).__name__}")
    reg = default_registry() if registry is None else _check_registry(registry)
    return reg.find(text)


def _check_registry(registry: Any) -> Registry:
    if not isinstance(registry, Registry):
        raise TypeError(f"registry must be a Registry, got {type(registry).__name__}")
    return registry
