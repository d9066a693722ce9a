"""How the quotation side builds its regular expressions: one way to do each step.

* :func:`alternation` turns a word table into an escaped alternation that tries the
  longer of two words first where one begins the other (``says`` before ``say``).
* :func:`expand` fills a grammar rule's ``{piece}`` references from a table of named
  pieces, so a grammar reads as a list of short rules (in the manner of ``packaging``'s
  ``_tokenizer.DEFAULT_RULES``) instead of one long f-string.
* :func:`lazy` compiles a builder's pattern with the ``regex`` module, in
  ``re.VERBOSE`` mode, on first use only, and keeps it: importing the package compiles
  nothing. A long pattern comes from :mod:`._compile_cache` when an earlier process
  compiled it. (:func:`lazy_stdlib` does the same with ``re``, for a pattern that scans
  whole articles and needs nothing of ``regex``.)

Every rule is written for ``VERBOSE``: white space and ``#`` comments inside a rule are
layout, a literal space is ``\\ `` or ``[ ]``, and :func:`alternation` escapes both.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping
from typing import ParamSpec

import regex

from ._compile_cache import compile_pattern

__all__ = [
    "FLAGS",
    "alternation",
    "capitalized_forms",
    "expand",
    "lazy",
    "lazy_stdlib",
    "trie_alternation",
]

#: The flags of every pattern built here.
FLAGS = regex.VERBOSE

P = ParamSpec("P")

#: A ``{piece}`` reference inside a rule: lower-case letters, digits and ``_``. Unicode
#: properties (``\p{Lu}``) and counted repeats (``{0,4}``) never look like one.
_REFERENCE = regex.compile(r"\{([a-z][a-z0-9_]*+)\}")


def capitalized_forms(word: str) -> set[str]:
    """*word* with its first letter in upper case, and, for a hyphenated word, with the
    first letter of each part too (``Secretary-general``, ``Secretary-General``)."""
    forms = {word[:1].upper() + word[1:]}
    if "-" in word:
        forms.add("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return forms


def _capitalized_too(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        out.add(w)
        out |= capitalized_forms(w)
    return out


def _rests(rests: set[str]) -> str:
    # The longer first where one rest begins another: ``"d" + "\U0010ffff"`` sorts
    # after ``"dy"``.
    ordered = sorted(rests - {""}, key=lambda r: r + "\U0010ffff")
    body = "|".join(regex.escape(r) for r in ordered)
    if not body:
        return ""
    return f"(?:{body})?" if "" in rests else f"(?:{body})"


def alternation(words: Iterable[str], *, capitalized: bool = False) -> str:
    """An escaped alternation of *words* (with *capitalized*, also of each word with its
    first letter in upper case), as ``(?:...)``.

    Where one word begins another, the longer is tried first, so the alternation matches
    as the longest-first list of the words would. It is laid out as one branch per first
    character, then the rests as a plain list: the ``regex`` module matches that as fast
    as a full trie and compiles it faster. A capitalized word shares its lower-case
    twin's branch (``[Aa](?:gent|ide)``).
    """
    table = _capitalized_too(words) if capitalized else set(words)
    rests: dict[str, set[str]] = {}
    for w in table:
        rests.setdefault(w[:1], set()).add(w[1:])
    branches: list[str] = []
    for ch in sorted(rests):
        low = ch.lower()
        if low != ch and rests.get(low) == rests[ch]:
            continue  # emitted with its lower-case twin
        up = ch.upper()
        head = f"[{up}{ch}]" if up != ch and rests.get(up) == rests[ch] else regex.escape(ch)
        branches.append(head + _rests(rests[ch]))
    return "(?:" + "|".join(branches) + ")"


def trie_alternation(words: Iterable[str], *, capitalized: bool = False, depth: int = 3) -> str:
    """:func:`alternation` laid out as a trie of the words' first *depth* characters,
    every branch opening with one literal character (a capitalized word on a branch of
    its own), for a standard-library ``re`` pattern that scans whole articles.

    ``re`` tries the branches of an alternation in turn, but tests a literal at the head
    of a branch cheaply: over a news article this layout finds a long word list about
    twice as fast as :func:`alternation`. It matches as :func:`alternation` does (the
    longer of two words first where one begins the other; a word ends a branch last).
    """
    return _trie(_capitalized_too(words) if capitalized else set(words), depth)


def _trie(words: set[str], depth: int) -> str:
    if depth == 0 or len(words) <= 1:
        return _rests(words)
    heads: dict[str, set[str]] = {}
    for w in words - {""}:
        heads.setdefault(w[:1], set()).add(w[1:])
    body = "|".join(regex.escape(ch) + _trie(heads[ch], depth - 1) for ch in sorted(heads))
    return f"(?:{body})?" if "" in words else f"(?:{body})"


def expand(rule: str, pieces: Mapping[str, str]) -> str:
    """*rule* with each ``{name}`` replaced by ``pieces[name]``, itself expanded."""

    def fill(m: regex.Match[str]) -> str:
        return expand(pieces[m.group(1)], pieces)

    return _REFERENCE.sub(fill, rule)


def lazy(builder: Callable[P, str]) -> Callable[P, regex.Pattern[str]]:
    """Decorate a function that returns a pattern's text: calling it returns the
    compiled pattern (``regex`` module, :data:`FLAGS`), compiled once for each
    argument list."""

    @functools.cache
    def compiled(*args: P.args, **kwargs: P.kwargs) -> regex.Pattern[str]:
        return compile_pattern(builder(*args, **kwargs), FLAGS)

    functools.update_wrapper(compiled, builder)
    return compiled  # type: ignore[return-value]  # a cache wrapper keeps the signature


def lazy_stdlib(builder: Callable[P, str]) -> Callable[P, re.Pattern[str]]:
    """:func:`lazy` with the standard library's ``re``, for the rare pattern that uses
    only ``re`` syntax (no possessive quantifiers, no atomic groups, no ``\\p{..}``) and
    scans whole articles: ``re`` finds a word list's first characters about three times
    faster there than ``regex``, which gives up its fast scan after a look-behind."""

    @functools.cache
    def compiled(*args: P.args, **kwargs: P.kwargs) -> re.Pattern[str]:
        return re.compile(builder(*args, **kwargs), re.VERBOSE)

    functools.update_wrapper(compiled, builder)
    return compiled  # type: ignore[return-value]  # a cache wrapper keeps the signature
