"""The registry's matcher: every registered name and acronym found in one pass.

A :class:`~laborquotes._orgs.Registry` compiles its names into one combined regular
expression (a character trie, so each position costs a few steps) the first time it
searches a text; a registry too large for that uses :class:`_WordMatcher`, which looks
names up word by word. An ambiguous name is marked ``^`` or ``~`` in the registry: a
match of it counts only where the words around it allow (:func:`_policy_ok`).
"""

from __future__ import annotations

import contextlib
import gc
import re as _re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from . import _places as places
from ._org_names import (
    _ALLOWED_NEXT,
    _ALLOWED_PREV,
    _APOS,
    _DASH,
    _NORM_TABLE,
    BRANCH_NEXT,
    ORG_START_VERBS,
    _lazy,
    _lazy_re,
    _norm,
)
from ._vocab import CONTINENTS

if TYPE_CHECKING:
    from ._orgs import OrgEntry


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
    return "|".join(head + after_first + rest for head, rest in _trie_branches(words, fold))


def _trie_branches(words: Iterable[str], fold: bool) -> list[tuple[str, str]]:
    """The branches of :func:`_trie_pattern`, one per first character: the pattern of
    that character, and of the rest of the trie after it."""
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

    return [(_char_pattern(ch, 0, fold), emit(child, 1)) for ch, child in trie.items() if ch != ""]


def _merged_branches(tables: Iterable[tuple[Iterable[str], bool]], after_first: str) -> str:
    """One alternation of the tries of *tables* (words, fold), one branch per first
    character: the rests of the tables that share it are alternatives after it, in the
    tables' order. It matches as the tries' branches one after another would (only the
    branches of one first character can match at a place, in the same order), but the
    scan tests each first character once instead of once per table."""
    rests: dict[str, list[str]] = {}
    for words, fold in tables:
        for head, rest in _trie_branches(words, fold):
            rests.setdefault(head, []).append(rest)
    return "|".join(
        head + after_first + (alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")")
        for head, alts in rests.items()
    )


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
        policies = dict(e.markers) if e.markers else _policies(names)
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
        body = _merged_branches(((ci, True), (cs, False)), start) or "(?!)"
        self._pattern = _re.compile(rf"(?:{body})(?![\w&])")

    def finditer(self, text: str) -> Iterator[tuple[int, int, list[_Form]]]:
        """Registry matches in text order."""
        # (each form as written looked up once per text: a long text writes a few names
        # many times)
        looked_up: dict[str, list[_Form] | None] = {}
        for m in self._pattern.finditer(text):
            found = m.group()
            if found in looked_up:
                forms = looked_up[found]
            else:
                forms = looked_up[found] = self._ci.get(_norm(found, fold=True)) or self._cs.get(
                    _norm(found, fold=False)
                )
            if forms:
                start, end = m.span()
                yield start, end, forms


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
_OF_NEXT = _lazy(r"[^\S\n]of[^\S\n](?:the[^\S\n])?([A-Z][\w'’.&-]*+)")


def _continues_with_of(text: str, end: int) -> bool:
    """Whether ``of`` and a capitalized word that names no place follow *end*: the name
    goes on (``Chamber of Commerce of Metropolitan Montreal``; not ``Ford of Europe``)."""
    m = _OF_NEXT().match(text, end, min(len(text), end + 40))
    if m is None:
        return False
    word = m.group(1)
    return (
        places.lookup_region(word) is None
        and not places.is_place(word)
        and (word not in _CONTINENTS)
    )


_CONTINENTS = frozenset(CONTINENTS)
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
    if n is not None and n.group(1) in BRANCH_NEXT:
        return True  # ``Unison Scotland said``: a branch's name, at a sentence's start too
    if _continues_with_of(text, end):
        return False  # ``the Chamber of Commerce of Metropolitan Montreal``: a longer name
    if policy == "~" and _SENTENCE_START().search(before) is not None:
        # ``Unison said``, ``Equity, the actors' union, ...``: a common word that opens a
        # sentence names the body when it speaks or is described right after
        return _SPEAKS_AFTER().match(text, end, min(len(text), end + 40)) is not None
    return True


#: After a form opening a sentence: a verb of speech, or an apposition that describes it.
_SPEAKS_AFTER = _lazy(
    r"(?:[^\S\n]++(?:" + "|".join(ORG_START_VERBS) + r")|,[^\S\n]++(?:the|which|whose))(?![\w\-])"
)
