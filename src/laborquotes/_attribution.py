"""Attribution phrases: who said it, and through which reporting verb.

The patterns are generated from the tables in :mod:`laborquotes._vocab` once, on
first use, and applied only to short windows (a clause next to a quotation), so
their cost does not grow with the article. A matched speaker phrase becomes a
:class:`Cand`: the span as written, a name or a group phrase, title and organization.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

import regex

from . import _vocab as V

__all__ = [
    "Cand",
    "find_cue_after",
    "find_cue_before",
    "parse_standalone",
    "speaker_forward",
    "subject_before",
    "subject_exact",
    "verb_re",
]


class Cand(NamedTuple):
    """A speaker phrase found in the text (before resolution)."""

    #: ``person`` / ``pron`` / ``group`` / ``role`` / ``unnamed``
    kind: str
    start: int
    end: int
    name: str
    title: str | None
    org: str | None
    is_group: bool


class Cue(NamedTuple):
    """A speaker and the reporting verb that links it to a quotation."""

    cand: Cand
    cue_start: int
    cue_end: int
    #: ``after`` / ``before`` / ``dash`` / ``according`` / ``colon``
    how: str


# --------------------------------------------------------------------------- patterns

_NAMEWORD = (
    r"(?:(?:\p{Lu}\.){2,}+"
    r"|\p{Lu}[\p{L}\p{M}\-]*+(?:['’]\p{Lu}[\p{L}\p{M}\-]*+)?+\.?+"
    r"|\p{Ll}{1,3}-\p{Lu}[\p{L}\p{M}\-]*+)"
)
_CAPWORD = r"(?:[\p{Lu}\d][\p{L}\p{M}\d&\-.]*+)"
_S = r"[^\S\n]*+\n?[^\S\n]*+"  # whitespace with at most one line break
_S1 = r"(?:[^\S\n]++\n?[^\S\n]*+|\n[^\S\n]*+)"  # at least one whitespace character
_DETS = V.SPEAKER_DETERMINERS
_START_PARTICLES = (
    "de",
    "De",
    "van",
    "Van",
    "von",
    "da",
    "di",
    "du",
    "dos",
    "del",
    "der",
    "ter",
    "bin",
    "ibn",
)
_APP_STOP = (
    "said",
    "says",
    "adding",
    "saying",
    "noting",
    "according",
    "as",
    "when",
    "while",
    "because",
    "after",
    "before",
    "and",
    "but",
    "in",
    "on",
    "at",
    "told",
    "explaining",
    "arguing",
    "referring",
    "calling",
    "which",
    "where",
    "if",
    "though",
    "although",
)
_SKIP_AFTER_VERB = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "today",
    "tonight",
    "yesterday",
    "recently",
    "later",
    "earlier",
    "then",
    "also",
    "again",
    "once",
    "simply",
    "flatly",
    "bluntly",
)


def _alt(words: tuple[str, ...] | frozenset[str] | set[str]) -> str:
    return V.trie_pattern(tuple(sorted(set(words))))


def _words_ci(words: tuple[str, ...]) -> set[str]:
    out: set[str] = set()
    for w in words:
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return out


def _rests_re(rests: set[str]) -> str:
    # Longest first where one is a prefix of another, as a trie tries them.
    body = "|".join(regex.escape(r) for r in sorted(rests - {""}, key=lambda r: r + "\U0010ffff"))
    if not body:
        return ""
    return f"(?:{body})?" if "" in rests else f"(?:{body})"


def _words_re(words: Iterable[str], *, ci: bool = False) -> str:
    """An alternation of *words* (*ci*: and of their capitalized copies) for the speaker
    patterns: one branch per first character, then the rests as a plain list.

    It tries the words in the same order as :func:`_alt`'s trie, and matches as fast with
    ``regex``, but compiles in two thirds of the time (nested groups are what ``regex``
    parses slowly). With *ci*, a capitalized word shares its lower-case twin's branch
    (``[Aa](?:gent|ide)``), which halves the table again.
    """
    rests: dict[str, set[str]] = {}
    for w in _words_ci(tuple(words)) if ci else set(words):
        rests.setdefault(w[:1], set()).add(w[1:])
    alts: list[str] = []
    for ch in sorted(rests):
        low = ch.lower()
        if low != ch and rests.get(low) == rests[ch]:
            continue  # emitted with its lower-case twin
        up = ch.upper()
        head = f"[{up}{ch}]" if up != ch and rests.get(up) == rests[ch] else regex.escape(ch)
        alts.append(head + _rests_re(rests[ch]))
    return "(?:" + "|".join(alts) + ")"


@functools.cache
def _parts() -> dict[str, str]:
    particles = _words_re(V.NAME_PARTICLES)
    suffixes = _words_re(V.NAME_SUFFIXES)
    name = (
        rf"(?:(?:{_words_re(_START_PARTICLES)}){_S1})?{_NAMEWORD}"
        rf"(?:{_S1}(?:(?:{particles}){_S1}){{0,2}}{_NAMEWORD}){{0,7}}"
        rf"(?:,?{_S1}(?:{suffixes})(?!\w))?"
    )
    fn = (
        r"(?!(?:was|were|is|are|be|been|being|has|have|had|who|whom|which|that|and|or|but|"
        r"from|to|of|in|on|at|by|with|as|for|not|will|would|could|should|may|might|can|did|"
        r"do|does|than|then|when|while|if|because|after|before|also|this|these|those|it|"
        r"until|unless|since|without|although|though|whether|where|once|"
        r"he|she|they|we|i|you|him|her|them|us|me|his|its|their|our|my|your)(?![\w\-’']))"
    )
    word = rf"(?:{fn}[\p{{L}}\d][\p{{L}}\p{{M}}\d'’\-]*+)"
    low = rf"(?:{fn}\p{{Ll}}[\p{{L}}\p{{M}}\d'’\-]*+)"
    tlow = set(V.TITLE_NOUNS) | set(V.TITLE_MODIFIERS)
    tlow -= {"of", "the", "a", "an", "its", "his", "her", "their", "our", "and", "co-"}
    title_low = rf"(?:then-)?(?:{_words_re(tlow)})(?![\w\-])"
    poss = rf"{_CAPWORD}['’]s?+"
    pre = (
        rf"(?:(?:(?:{_CAPWORD}|{title_low}){_S1}){{0,4}}{title_low}"
        rf"(?:{_S1}of{_S1}(?:the{_S1})?(?:{_CAPWORD}|\p{{Ll}}++))?{_S1}"
        rf"|(?:(?:the|The){_S1})?(?:{_CAPWORD}{_S1}){{0,3}}{poss}{_S1}"
        rf"(?:(?:{_CAPWORD}|{low}){_S1}){{0,4}}?)"
    )
    gmod_words = (set(V.TITLE_MODIFIERS) | set(V.GROUP_NOUNS) | set(V.TITLE_NOUNS)) - set(_DETS)
    gmod_words -= {"of", "and", "co-", "white house"}
    gmod = rf"(?:{poss}|{_CAPWORD}|(?:{_words_re(gmod_words)})(?![\w\-]))"
    groups = [g for g in V.GROUP_NOUNS if " " not in g]
    group_noun = rf"{_words_re(groups, ci=True)}(?![\w\-])"
    dets = rf"{_words_re(_DETS, ci=True)}(?![\w\-])"
    org_tail = (
        rf"(?:{_S1}(?:of|for|at|with|from|in){_S1}(?:the{_S1})?"
        rf"(?:{_CAPWORD}{_S1}){{0,4}}{_CAPWORD})?"
    )
    title_noun = rf"{_words_re(V.TITLE_NOUNS, ci=True)}(?![\w\-])"
    preps = "of|for|in|at|with|from|on|to|inside|within|near|outside"
    pp = (
        rf"(?:{_S1}(?:{preps}){_S1}(?:(?:the|a|an|his|her|their|its){_S1})?"
        rf"(?:{word}{_S1}){{0,2}}{word})"
    )
    ofx = (
        rf"(?:{_S1}of{_S1}(?:the{_S1})?(?:{_CAPWORD}['’]s{_S1}|{_CAPWORD}{_S1}"
        rf"|(?:for|and|of|on|&){_S1}){{0,8}}{_CAPWORD})"
    )
    return {
        "low": low,
        "ofx": ofx,
        "name": name,
        "pre": pre,
        "poss": poss,
        "group": (
            rf"(?:{dets}{_S1})?(?:{gmod}{_S1}){{0,4}}{group_noun}(?:{_S1}\d{{1,5}}+(?!\w))?{org_tail}"
            rf"(?!{_S1}(?:{title_low}|\p{{Lu}}\p{{Ll}}|\d)|['’])"
        ),
        "role": (
            rf"(?:the|The){_S1}(?:{gmod}{_S1}){{0,3}}{title_noun}"
            rf"(?:{_S1}of{_S1}(?:the{_S1})?\p{{Ll}}++)?"
            rf"(?:{_S1}and{_S1}(?:{gmod}{_S1}){{0,3}}{title_noun})?{org_tail}"
        ),
        "unnamed": (
            rf"(?:a|an|A|An|one|One|another|Another){_S1}"
            rf"(?:{gmod}{_S1}){{0,3}}{title_noun}{org_tail}"
            rf"(?!{_S1}\p{{Lu}}\p{{Ll}})"
        ),
        "person2": (
            rf"(?P<p2pre>(?:(?:{dets}{_S1})?(?:{gmod}{_S1}){{0,3}}{title_noun}"
            rf"|(?:(?:the|The){_S1})?(?:{_CAPWORD}{_S1}){{0,3}}(?:{poss}|\p{{Ll}}[\p{{L}}\-]*+['’]s?+)"
            rf"{_S1}(?:{low}{_S1}){{0,3}}{low})"
            rf"(?:{_S1}of{_S1}\p{{Ll}}++)?)"
            rf"\s*+,\s*+(?P<p2name>{name})"
        ),
        "partitive": (
            rf"(?:one|One|some|Some|many|Many|most|Most|several|Several|two|Two|three|Three|"
            rf"each|Each|none|None|all|All|both|Both|any|Any){_S1}of{_S1}"
            rf"(?:the|those|these|his|her|their|its|our){_S1}(?:{word}{_S1}){{0,2}}{low}"
            # ``hundreds of nurses``, ``dozens of striking workers``
            rf"|(?:hundreds|Hundreds|thousands|Thousands|dozens|Dozens|scores|Scores){_S1}of"
            rf"{_S1}(?:{word}{_S1}){{0,2}}?{low}(?<=s)"
        ),
        "np": (
            rf"(?:{dets}{_S1}(?:(?:{_CAPWORD}{_S1}){{0,3}}{_CAPWORD}(?![\w\-’'])"
            rf"|(?:{low}{_S1}){{1,2}}(?:{_CAPWORD}{_S1}){{0,2}}{_CAPWORD}(?![\w\-’'])"
            rf"|(?:{_CAPWORD}{_S1}){{0,3}}(?:{word}{_S1}){{0,3}}?{word}){pp}?"
            rf"|(?:{_CAPWORD}{_S1}|{low}{_S1}){{0,2}}{fn}\p{{Ll}}[\p{{L}}\-]{{1,30}}[a-rt-z]s(?![\w\-])"
            rf"|{poss}{_S1}(?:{word}{_S1}){{0,2}}{low})"
        ),
        "pron": r"(?:he|she|they|we|it|He|She|They|We|It|I|you|You)(?![\w’'\-])",
    }


#: The named groups of :func:`_heads` other than the person's, for a pattern that
#: keeps only the person alternative (the code reads them all).
_NOT_PERSON = "(?!)" + "".join(
    f"(?P<{g}>)"
    for g in ("pron", "person2", "p2pre", "p2name", "group", "role", "unnamed", "partitive", "np")
)


def _heads(p: dict[str, str], *, only_person: bool = False) -> str:
    person = (
        rf"(?P<person>(?P<pre>{p['pre']})?(?P<name>{p['name']}(?:{_S1}and{_S1}{p['name']})?)"
        rf"(?P<ofx>{p['ofx']})?)"
    )
    if only_person:
        return rf"{_NOT_PERSON}|{person}"
    return (
        rf"(?P<pron>{p['pron']})"
        rf"|(?P<person2>{p['person2']})"
        rf"|(?P<group>{p['group']})"
        rf"|(?P<role>{p['role']})"
        rf"|(?P<unnamed>{p['unnamed']})"
        rf"|(?P<partitive>{p['partitive']})"
        rf"|(?P<np>{p['np']})"
        rf"|{person}"
    )


@functools.cache
def _speaker_re(loose: bool = False) -> regex.Pattern[str]:
    """A speaker phrase: one pattern for both slots, as it takes long to compile.

    ``fullmatch`` is a whole clause subject: ``Jeff Tores, a member of SAG-AFTRA,`` / ``the
    union`` / ``he``. ``match`` is the phrase right after an inverted verb (``said Jeff
    Tores``), which ends at ``m.end("head")``: the appositive part after it can match empty,
    so it never changes what the head matches.

    *loose* keeps only the person alternative and also accepts any lower-case words as a
    title before a name (``councilmember Mark Levine``, ``said election lawyer Joe
    Birkenstock``), for the tight slot next to a quotation. The other alternatives are the
    same as without *loose*, so callers try the strict pattern first and fall back to this
    one only where no other alternative could have matched.
    """
    p = dict(_parts())
    if loose:
        p["pre"] = (
            rf"(?:{p['pre']}|(?:(?:{_CAPWORD}|{p['low']}){_S1}(?:of{_S1})?){{0,3}}{p['low']}{_S1})"
        )
    app = (
        r"(?:\s*+\((?P<paren>[^()\n]{1,60}+)\))?"
        r"(?:\s*+,\s*+(?P<apptext>[^,;\"“”]{1,150}?(?:,\s*+[^,;\"“”]{1,150}?){0,3})\s*+,"
        r"|\s++(?P<rel>(?:who|whose|which)\s[^,;\"“”]{1,100}?))?"
    )
    return regex.compile(rf"(?P<head>{_heads(p, only_person=loose)}){app}(?:\s*+,)?")


@functools.cache
def _app_fwd_re() -> regex.Pattern[str]:
    stop = _alt(_APP_STOP)
    # A line break inside an appositive is a hard wrap (``a welder at the\nWarren
    # plant``) unless a sentence ends before it or the next line is indented.
    ch = r"(?:[^,;:!?\"“”()\n]|(?<![.!?\"”])\n(?=[^\s]))"
    return regex.compile(
        rf"\s*+(?:\((?P<paren>[^()\n]{{1,60}}+)\)\s*+)?"
        rf"(?:,\s*+(?!(?:{stop}|\w+ing)\b)(?P<app>{ch}{{2,150}}+)"
        rf"(?:,\s*+(?P<app2>(?:a|an|the)\s{ch}{{2,120}}+))?)?"
    )


@functools.cache
def verb_re() -> regex.Pattern[str]:
    """Any form of a reporting verb, as a whole word."""
    forms = set(V.verb_forms())
    forms |= {f[:1].upper() + f[1:] for f in V.INVERTING_VERBS if not f.endswith("s")}
    # A phrasal verb reports speech only when its particle ends the clause (``Trump went
    # on, "..."``, ``she pointed out that``), not in ``the Senate goes on recess``.
    phrasal = rf"(?:{_alt(V.phrasal_forms())})(?=\s*+[,.:;!?—–]|\s++that\b)"
    return regex.compile(rf"(?<![\w\-’'])(?:{phrasal}|{_alt(forms)})(?![\w\-’'])")


@functools.cache
def indirect_verb_re() -> re.Pattern[str]:
    """Forms of the verbs that introduce indirect speech, plus ``according to``."""
    return re.compile(
        rf"(?<![\w\-’'])(?:{_alt(V.verb_forms(V.INDIRECT_VERBS))}|[Aa]ccording to)(?![\w\-’'])"
    )


@functools.cache
def _lead_re() -> regex.Pattern[str]:
    return regex.compile(r"[\s,]*+(?P<dash>(?:—|–|--?)\s*+)?(?:as\s++(?=\S))?")


@functools.cache
def _skip_after_verb_re() -> regex.Pattern[str]:
    return regex.compile(rf"(?:{_S1}(?:on{_S1})?(?:{_alt(_SKIP_AFTER_VERB)})(?!\w))*+{_S1}")


@functools.cache
def _last_name_re() -> regex.Pattern[str]:
    return regex.compile(
        r"(?<![\w’'\-])\p{Lu}\p{Ll}++(?:\s\p{Lu}\.)?(?:\s\p{Lu}[\p{Ll}’'\-]++){0,2}"
        r"(?=[^\p{Lu}]*+\Z)"
    )


@functools.cache
def _cap_verb_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Lu}\p{Ll}++(?=\s)")


@functools.cache
def _bare_name_re() -> regex.Pattern[str]:
    """One to three capitalized words and nothing else."""
    return regex.compile(r"\p{Lu}\p{Ll}[\p{L}’'\-]*+(?:[ ]\p{Lu}\p{Ll}[\p{L}’'\-]*+){0,2}")


@functools.cache
def _word_start_re() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\w’'\-.])[\w(]")


@functools.cache
def _adverbs() -> frozenset[str]:
    return frozenset(w.lower() for w in V.ADVERBS)


_WEEKDAYS = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
)


@functools.cache
def _quoted_as_re() -> regex.Pattern[str]:
    aux = "|".join(V.QUOTED_AS_AUX)
    return regex.compile(rf"(?<![\w-])(?:{aux})(?:\s++(?:later|also|once|often))?\s++quoted\s++$")


def strip_adverbs(text: str, start: int, end: int) -> int:
    """The end of a subject before a verb at *end*, skipping ``also``, ``later``, ``-ly``,
    ``on Tuesday`` and ``went on to``."""
    advs = _adverbs()
    while True:
        e = end
        while e > start and text[e - 1].isspace():
            e -= 1
        k = e
        while k > start and (text[k - 1].isalpha() or text[k - 1] == "-"):
            k -= 1
        word = text[k:e]
        if (word in _WEEKDAYS or word in ("on", "to", "went", "goes", "go")) and (
            k > start and text[k - 1].isspace()
        ):
            end = k
            continue
        if word == "as" and k > start and text[k - 1].isspace():
            # ``Braynard is quoted as saying``
            m = _quoted_as_re().search(text, max(start, k - 40), k)
            if m is not None:
                end = m.start()
                continue
        if k == e or not word.islower() or not (word in advs or word.endswith("ly")):
            return end
        if k > start and not text[k - 1].isspace():
            return end
        end = k


# --------------------------------------------------------------------------- tables as sets

_HONORIFICS = frozenset(V.HONORIFICS)
_INVERTING = frozenset(V.INVERTING_VERBS)
_LEMMAS = frozenset(V.REPORTING_VERBS)
#: Verbs that take an object, so ``told reporters`` is not ``said Jane``.
_NO_INVERSION = V.verb_forms(("tell", "inform", "remind", "urge", "ask", "call", "accuse"))
_NO_INVERSION = frozenset(f for f in _NO_INVERSION if f not in ("asked", "asks"))
_TITLE_WORDS = frozenset(V.TITLE_NOUNS)
#: What may follow a group named after a dash for it to sign the quotation.
_DASH_SIGN_ENDS = frozenset(",.;:)")
_STOP = frozenset(V.NAME_STOPWORDS)
_ORG = frozenset(V.ORG_WORDS)
_SUFFIX = frozenset(V.NAME_SUFFIXES)
_TRAIL_STOP = frozenset(
    {
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "Today",
        "Yesterday",
        "Tonight",
        "In",
        "On",
        "At",
        "The",
        "A",
        "But",
        "And",
    }
)
_PREPS = ("of", "for", "at", "with", "from", "in", "to")


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _strip_article(s: str) -> str:
    for art in ("a ", "an ", "the ", "its ", "his ", "her ", "their ", "our "):
        if s.startswith(art):
            return s[len(art) :]
    return s


_FINITE_VERBS = frozenset(V.FINITE_VERBS)


def split_title(text: str) -> tuple[str | None, str | None]:
    """Split a descriptor into ``(title, organization)``.

    ``a member of SAG-AFTRA`` -> (``member``, ``SAG-AFTRA``); ``staff writer for The
    Ankler`` -> (``staff writer``, ``The Ankler``); ``UAW president`` -> (``president``,
    ``UAW``).
    """
    seg = " ".join(text.split(",")[0].split())
    if not seg or seg.split()[0].lower() in ("who", "which", "whose", "whom", "that"):
        return None, None
    words = seg.split(" ")
    if seg.replace("-", "").isdigit() or any(w.lower() in _FINITE_VERBS for w in words):
        # An age (``Ana Ruiz, 54,``) or a clause (``members are ready``) is not a title.
        return None, None
    for i, w in enumerate(words):
        if w in _PREPS and 0 < i < len(words) - 1:
            rest = words[i + 1 :]
            if rest[0] == "the" and len(rest) > 1:
                rest = rest[1:]
            named = rest[0][:1].isupper() or rest[0][:1].isdigit()
            if named or words[i + 1] == "the":
                title = _strip_article(" ".join(words[:i]))
                org_words = rest if named else words[i + 1 :]
                return (title or None), " ".join(org_words).rstrip(".")
    # Leading capitalized words (an acronym or an organization) before a title noun.
    k = 0
    while k < len(words) - 1 and (words[k][:1].isupper() or words[k][:1].isdigit()):
        k += 1
    if k and words[k][:1].islower():
        org = " ".join(words[:k]).removesuffix("'s").removesuffix("’s")
        caps = words[:k]
        if len(caps) >= 2 or _is_acronym(caps[0]) or caps[0] in _ORG:
            return _strip_article(" ".join(words[k:])), org
        return _strip_article(seg), None
    return _strip_article(seg), None


def _clean_name(text: str, start: int, end: int) -> tuple[int, int, list[str]]:
    """Strip stop words, honorifics and a sentence period from a name span."""
    seg = text[start:end]
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", seg)]
    while tokens and text[tokens[0][0] : tokens[0][1]] in _STOP:
        tokens.pop(0)
    while len(tokens) > 1 and text[tokens[-1][0] : tokens[-1][1]].rstrip(".,") in _TRAIL_STOP:
        tokens.pop()
    pre: list[str] = []
    for k in range(len(tokens) - 2, -1, -1):
        tok = text[tokens[k][0] : tokens[k][1]]
        rest = [text[x:y].rstrip(",") for x, y in tokens[k + 1 :]]
        if all(r in _SUFFIX for r in rest):
            continue  # ``Martin L. King Jr.``: a name is left after the title
        if tok in _HONORIFICS or (tok[:1].isupper() and tok.lower() in _TITLE_WORDS):
            pre = [text[a:b] for a, b in tokens[: k + 1]]
            tokens = tokens[k + 1 :]
            break
    if not tokens:
        return start, start, pre
    a, b = tokens[0][0], tokens[-1][1]
    last = text[tokens[-1][0] : b]
    if last.endswith(".") and len(last) > 2 and last not in _SUFFIX and last.count(".") == 1:
        b -= 1
    while b > a and text[b - 1] == ",":
        b -= 1
    return a, b, pre


def _person(text: str, m: regex.Match[str], app: str | None, app_end: int | None) -> Cand | None:
    ns, ne = m.span("name")
    a, b, hon = _clean_name(text, ns, ne)
    if a >= b:
        return None
    name = " ".join(text[a:b].split())
    pre = m.group("pre") or ""
    pre_words = " ".join([*pre.split(), *hon]).strip()
    title: str | None = None
    org: str | None = None
    if pre_words:
        title, org = split_title(pre_words)
        if title is None:
            title = pre_words
    if app:
        t2, o2 = split_title(app)
        if t2 or o2:
            title, org = t2 or title, o2 or org
    if m.group("ofx"):
        org = org or " ".join(m.group("ofx").split()[1:]).removeprefix("the ")
        if app_end is None or app_end < m.end("ofx"):
            b = m.end("ofx")
            app_end = None
    words = name.split()
    if len(words) == 1 and not hon and words[0].lower() in _GROUP_PLURALS:
        # ``Critics said``, ``Witnesses told police``: a capitalized plural noun that
        # opens the sentence names a group of people, not a person.
        start = m.start("pre") if m.group("pre") else a
        end = app_end if app_end is not None else b
        return Cand("group", start, end, name, title, org, True)
    is_group = (
        any(w in _ORG for w in words)
        or (len(words) == 1 and _is_acronym(words[0]) and len(words[0]) > 1)
        or (words[0] == "The" and len(words) > 1)
    )
    start = m.start("pre") if m.group("pre") else (ns if hon else a)
    end = app_end if app_end is not None else b
    if is_group:
        return Cand("group", start, end, name, title, org or name, True)
    return Cand("person", start, end, name, title, org, False)


_AGENT_SUFFIXES = ("er", "or", "ist", "man", "woman", "ian", "ant", "ent", "ee")
_GROUP_PLURALS = frozenset(
    w for w in (*V.GROUP_NOUNS, *V.PEOPLE_PLURALS) if w.endswith("s") and not w.endswith("ss")
)


def _cand_from(
    text: str, m: regex.Match[str], app: str | None = None, app_end: int | None = None
) -> Cand | None:
    cand = _tidy(text, _cand_from_raw(text, m, app, app_end))
    if cand is None or cand.end <= cand.start or text[cand.end - 1] != ".":
        return cand
    # A sentence period is not part of the speaker (``said the Teamsters.``), but an
    # abbreviation's is (``Jr.``, ``Inc.``, ``L.``).
    k = text.rfind(" ", cand.start, cand.end) + 1
    token = text[max(k, cand.start) : cand.end]
    core = token[:-1]
    if token in _SUFFIX or "." in core or len(core) <= 1 or core in _ABBREV_KEEP:
        return cand
    return cand._replace(
        end=cand.end - 1,
        name=cand.name.removesuffix("."),
        org=cand.org.removesuffix(".") if cand.org else cand.org,
        title=cand.title.removesuffix(".") if cand.title else cand.title,
    )


_ABBREV_KEEP = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr", "St", "Mass", "Calif"})

#: Words that open a sentence, a clause or a question, never a speaker or a first name:
#: ``And Gallup``, ``Is Sanders``.
CLAUSE_LEADS = frozenset(V.SENTENCE_CONJUNCTIONS) | frozenset(
    w.capitalize() for w in (*V.SUBORDINATORS, *V.QUESTION_AUXILIARIES)
)
_TAIL_VERBS = V.verb_forms()
_NOT_NAMES = frozenset(_DETS) | frozenset(V.NOUN_DETERMINERS)


def _tidy(text: str, cand: Cand | None) -> Cand | None:
    """Drop a clause word caught at either end of a speaker phrase: a conjunction or a
    question's auxiliary before it (``But polls``, ``Is Sanders``), a reporting verb
    after it (``McConnell says``)."""
    if cand is None or cand.kind == "pron":
        return cand
    words = cand.name.split()
    if len(words) < 2:
        return cand
    if words[0] in CLAUSE_LEADS:
        lead = words[0]
        k = cand.start
        if text.startswith(lead, k):
            k += len(lead)
            while k < cand.end and text[k].isspace():
                k += 1
        name = cand.name[len(lead) :].lstrip()
        org = cand.org
        if org is not None and org.split(" ", 1)[0] == lead:
            org = org[len(lead) :].lstrip() or None
        cand = cand._replace(start=k, name=name, org=org)
        words = words[1:]
    if (
        len(words) >= 2
        and cand.kind != "person"
        and words[-1] in _TAIL_VERBS
        and words[-1].endswith(("s", "ed"))
        and words[-2][:1].isupper()
        and words[-2].lower() not in _NOT_NAMES
    ):
        # A name, then a verb read as a noun: ``McConnell says``, ``Gallup finds`` (but
        # ``His comments``, ``The evidence for the last claim`` stay as they are).
        last = words[-1]
        e = text.rfind(last, cand.start, cand.end)
        if e > cand.start:
            name = cand.name[: -len(last)].rstrip()
            end = e
            while end > cand.start and text[end - 1].isspace():
                end -= 1
            cand = cand._replace(end=end, name=name)
    return cand


def _cand_from_raw(
    text: str, m: regex.Match[str], app: str | None = None, app_end: int | None = None
) -> Cand | None:
    if m.group("pron") is not None:
        s, e = m.span("pron")
        return Cand("pron", s, e, m.group("pron"), None, None, False)
    if m.group("person2") is not None:
        ns, ne = m.span("p2name")
        a, b, _hon = _clean_name(text, ns, ne)
        if a >= b:
            return None
        title, org = split_title(" ".join(m.group("p2pre").split()))
        s = m.start("person2")
        return Cand(
            "person", s, max(b, app_end or b), " ".join(text[a:b].split()), title, org, False
        )
    for kind in ("group", "role", "unnamed", "partitive", "np"):
        if m.group(kind) is None:
            continue
        s, e = m.span(kind)
        phrase = " ".join(m.group(kind).split())
        words = phrase.split()
        head = words[-1].lower()
        for i, w in enumerate(words):
            if i and w in _PREPS:
                head = words[i - 1].lower()
                break
        caps = [w for w in words if w[:1].isupper() and w not in _STOP]
        org = " ".join(caps).removesuffix("'s").removesuffix("’s") if caps else None
        end = max(e, app_end or e)
        if kind in ("unnamed", "partitive"):
            title, org2 = split_title(phrase)
            plural = kind == "partitive" and words[0].lower() not in ("one", "each")
            return Cand("unnamed", s, end, phrase, title, org2, plural)
        if kind == "np":
            if len(words) > 1 and all(w[:1].isupper() for w in words[1:]):
                return Cand("group", s, end, phrase, None, " ".join(words[1:]), True)
            if head.endswith("s") and not head.endswith("ss"):
                return Cand("group", s, end, phrase, None, org, True)
            if words[0].lower() == "the" and head.endswith(_AGENT_SUFFIXES):
                return Cand("role", s, end, phrase, None, org, False)
            return Cand("unnamed", s, end, phrase, None, org, False)
        if app:
            org = split_title(app)[1] or org
        return Cand(kind, s, end, phrase, None, org, kind == "group")
    return _person(text, m, app, app_end)


def subject_exact(text: str, start: int, end: int, *, loose: bool = False) -> Cand | None:
    """The speaker when ``text[start:end]`` is exactly a subject phrase, else ``None``."""
    seg = text[start:end]
    trail = len(seg) - len(seg.rstrip())
    end -= trail
    lead = len(seg) - len(seg.lstrip())
    start += lead
    if end - start < 1 or end - start > 220:
        return None
    m = _speaker_re().fullmatch(text, start, end)
    if m is None and loose:
        m = _speaker_re(True).fullmatch(text, start, end)
    if m is None:
        return None
    return _from_subject(text, m, end)


def _from_subject(text: str, m: regex.Match[str], end: int) -> Cand | None:
    app = m.group("apptext")
    has_app = bool(app or m.group("rel") or m.group("paren"))
    cand = _cand_from(text, m, app, end if has_app else None)
    if cand is not None:
        e = cand.end
        while e > cand.start and text[e - 1] in ", \t\r\n":
            e -= 1
        if e != cand.end:
            cand = cand._replace(end=e)
    return cand


@functools.cache
def _start_words() -> frozenset[str]:
    """Lower-case words that can open a subject phrase (``the``, ``he``, ``union``)."""
    words = set(_DETS) | set(V.PRONOUNS) | set(V.TITLE_NOUNS) | set(V.TITLE_MODIFIERS)
    words |= set(V.GROUP_NOUNS) | set(_START_PARTICLES) | {"then-"}
    return frozenset(words)


#: Words after which a pronoun still starts the subject (``and he said``).
_PRON_OK_BEFORE = frozenset(
    {
        "and",
        "but",
        "or",
        "so",
        "yet",
        "then",
        "that",
        "when",
        "as",
        "because",
        "while",
        "although",
        "though",
        "if",
        "since",
        "where",
        "after",
        "before",
        "until",
        "now",
    }
)

_CLAUSE_PUNCT = ',;:()"“”—–[]'


def _last_punct(text: str, start: int, end: int) -> int:
    """Offset of the last clause punctuation in ``text[start:end]``, or ``start - 1``."""
    best = start - 1
    for ch in _CLAUSE_PUNCT:
        i = text.rfind(ch, start, end)
        if i > best:
            best = i
    return best


_DASHES = "-—–"


def _dash_appositive(text: str, start: int, end: int) -> Cand | None:
    """``A former president -- Ana Ruiz, who led the strike -- said``: the subject is the
    person named between the dashes, else the phrase before the first dash."""
    close = end
    while close > start and text[close - 1] in _DASHES:
        close -= 1
    if close == end or (end - close == 1 and text[close] == "-"):
        return None  # a hyphen is not a dash
    if close <= start or not text[close - 1].isspace():
        return None
    k = close
    while k > start and text[k - 1].isspace():
        k -= 1
    opening = max(
        text.rfind(" -- ", start, k), text.rfind("—", start, k), text.rfind("–", start, k)
    )
    if opening < start:
        return None
    inner = opening + (4 if text.startswith(" -- ", opening) else 1)
    while inner < k and text[inner].isspace():
        inner += 1
    comma = text.find(",", inner, k)
    cand = subject_exact(text, inner, comma if comma > 0 else k)
    if cand is not None and cand.kind == "person":
        return cand._replace(end=k) if comma > 0 else cand
    head = opening
    while head > start and text[head - 1] in _DASHES:
        head -= 1
    return subject_before(text, start, head) if head > start else None


def subject_before(text: str, start: int, end: int) -> Cand | None:
    """The longest subject phrase that ends exactly at *end* (searched from *start*)."""
    if end - start > 240:
        start = end - 240
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    if text[end - 1] in _DASHES:
        dashed = _dash_appositive(text, start, end)
        if dashed is not None:
            return dashed
    regions: list[tuple[int, int]] = []
    last = text[end - 1]
    if last in ",)":
        # ``Name, appositive,`` / ``Name (R-Texas)``: the name ends at an earlier comma
        # or parenthesis.
        cut = end - 1
        for _ in range(3):
            k = max(text.rfind(",", start, cut), text.rfind("(", start, cut))
            if k < start:
                break
            regions.append((_last_punct(text, start, k) + 1, k))
            cut = k
    else:
        ra = _last_punct(text, start, end) + 1
        # A subject without punctuation is at most nine words long.
        k = end
        for _ in range(9):
            j = text.rfind(" ", ra, k)
            if j < 0:
                break
            k = j
        else:
            ra = max(ra, k)
        regions.append((ra, end))
    if len(regions) == 1:
        # Fast path: a lone pronoun (``he said``).
        ra, rb = regions[0]
        k = rb
        while k > ra and text[k - 1].isalpha():
            k -= 1
        word = text[k:rb]
        if word.lower() in V.PRONOUNS and (k == ra or text[k - 1].isspace()):
            j = k
            while j > ra and text[j - 1].isspace():
                j -= 1
            prev_k = j
            while prev_k > ra and text[prev_k - 1].isalpha():
                prev_k -= 1
            prev = text[prev_k:j]
            if j == ra or not prev or prev.lower() in _PRON_OK_BEFORE or not prev.isalpha():
                return Cand("pron", k, rb, word, None, None, False)
        # Fast path: the region is just a name (``Trump said``, ``Jane Doe said``).
        nm = _bare_name_re().fullmatch(text, ra + len(text[ra:rb]) - len(text[ra:rb].lstrip()), rb)
        if nm is not None:
            words = nm.group().split()
            if words[0] not in _STOP and not any(
                w in _HONORIFICS or w in _ORG or w.lower() in _TITLE_WORDS for w in words
            ):
                a, b, _hon = _clean_name(text, nm.start(), nm.end())
                if a < b:
                    name = " ".join(text[a:b].split())
                    if " " not in name and name.lower() in _GROUP_PLURALS:
                        return Cand("group", a, b, name, None, None, True)
                    return Cand("person", a, b, name, None, None, False)
    pat = _speaker_re()
    starts = _start_words()
    tried: set[int] = set()
    fallback: Cand | None = None
    for ra, rb in reversed(regions):
        for w in _word_start_re().finditer(text, ra, rb):
            ws = w.start()
            if ws in tried:
                continue
            tried.add(ws)
            ch = text[ws]
            if not (ch.isupper() or ch == "("):
                we = ws
                while we < rb and (text[we].isalpha() or text[we] == "-"):
                    we += 1
                if text[ws:we].lower() not in starts:
                    continue
            m = pat.fullmatch(text, ws, end)
            if m is None:
                continue
            cand = _from_subject(text, m, end)
            if cand is None:
                continue
            if cand.kind in ("person", "pron") or len(regions) == 1:
                return cand
            # ``At the rally, Ana Ruiz, a retired welder,``: a named person in a
            # later segment beats a phrase with everything after it as its appositive.
            if fallback is None:
                fallback = cand
            break
    return fallback


def speaker_forward(text: str, pos: int, end: int, *, loose: bool = False) -> Cand | None:
    """A speaker phrase starting at *pos* (after ``said``), with its appositive.

    *loose* accepts any lower-case words as a title before a name (``said election
    lawyer Joe Birkenstock``), for the slot right after an inverted verb.
    """
    m = _speaker_re().match(text, pos, end)
    if loose and (m is None or m.group("person") is not None):
        m = _speaker_re(True).match(text, pos, end)
    if m is None:
        return None
    if m.group("pron") is not None:
        return _cand_from(text, m)
    head_end = m.end("head")
    a = _app_fwd_re().match(text, head_end, end)
    app = None
    app_end = None
    if a is not None and (a.group("app") or a.group("paren")):
        app = a.group("app")
        grp = "app2" if a.group("app2") else ("app" if app else "paren")
        app_end = a.end(grp) + (1 if grp == "paren" else 0)
        raw = text[head_end:app_end].rstrip()
        app_end = head_end + len(raw)
        while app_end > head_end and text[app_end - 1] in ".":
            app_end -= 1
        if app:
            app = app.rstrip(". ")
    return _cand_from(text, m, app, app_end)


#: A listener after ``told`` / ``assured``: a name, ``reporters``, ``him``, ``the crowd``.
LISTENER = (
    r"(?:(?:the\s++)?\p{Lu}[\w.’'&\-]*+(?:\s++\p{Lu}[\w.’'&\-]*+){0,4}"
    rf"|{_alt(V.LISTENER_WORDS)}|(?:{_alt(V.NOUN_DETERMINERS)})\s++\w++)"
)


def speaker_after_verb(text: str, pos: int, end: int) -> Cand | None:
    """The speaker right after an inverted verb (``said Jeff Tores``): the strict
    pattern, else a person with any lower-case title (``said election lawyer Joe Smith``)."""
    cand = speaker_forward(text, pos, end)
    if cand is None or (cand.kind == "unnamed" and cand.start == pos):
        loose = speaker_forward(text, pos, end, loose=True)
        if loose is not None and loose.kind == "person":
            return loose
    return cand


_NOUN_BEFORE = frozenset(
    {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such"}
)


def _word_before(text: str, pos: int) -> tuple[str, int]:
    e = pos
    while e > 0 and text[e - 1] == " ":
        e -= 1
    k = e
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    return text[k:e], k


def noun_like(text: str, vs: int, word: str) -> bool:
    """``Trump's comments`` / ``a snappy retort``: a verb form that is a noun here."""
    if word.endswith("ed") and not word.endswith("eed"):
        prev, _ = _word_before(text, vs)
        return prev.lower() in _NOUN_BEFORE
    prev, k = _word_before(text, vs)
    if prev.lower() in _NOUN_BEFORE or prev.endswith(("'s", "’s", "s'", "s’")):
        return True
    # ``a snappy retort``: a base form after an indefinite article and an adjective.
    if word.lower() in _LEMMAS and prev and prev[:1].islower():
        return _word_before(text, k)[0].lower() in ("a", "an")
    return False


@functools.cache
def _any_verb_re() -> regex.Pattern[str]:
    return regex.compile(r"\p{Ll}[\p{Ll}\-]{1,20}(?:ed|es|s)(?![\w\-’'])")


def find_cue_after(text: str, pos: int, end: int, *, open_clause: bool = False) -> Cue | None:
    """An attribution that follows a quotation: ``, said X`` / ``, X said`` / ``— X``.

    *open_clause* says the quotation ended with a comma (or ``?``/``!``), so the words
    after it must be its attribution: any verb will do (``, the nominee riffed``).
    """
    lead = _lead_re().match(text, pos, end)
    if lead is None:
        return None
    p = lead.end()
    if p >= end:
        return None
    vre = verb_re()
    v = vre.match(text, p, end)
    if (
        v is not None
        and v.group().lower() not in _NO_INVERSION
        and not v.group().lower().endswith("ing")
    ):
        # A participle never inverts: ``", saying the town ..."`` reports the subject's words.
        q = v.end()
        skip = _skip_after_verb_re().match(text, q, end)
        if skip is not None:
            q = skip.end()
        cand = speaker_after_verb(text, q, end)
        if cand is not None:
            return Cue(cand, v.start(), v.end(), "after")
        return None
    if text.startswith("according to", p):
        q = p + len("according to")
        while q < end and text[q].isspace():
            q += 1
        cand = speaker_forward(text, q, end)
        if cand is not None:
            return Cue(cand, p, p + len("according to"), "according")
        return None
    if lead.group("dash"):
        cand = speaker_forward(text, p, end)
        if cand is not None and cand.kind in ("group", "unnamed"):
            # ``"..." — the union.`` signs a quotation; ``"..." — the balloons fell`` does not.
            tail = text[cand.end : end].lstrip()
            if tail and tail[0] not in _DASH_SIGN_ENDS:
                return None
        if cand is not None and cand.kind in ("person", "group", "unnamed"):
            return Cue(cand, lead.start("dash"), lead.start("dash") + 1, "dash")
        return None
    limit = min(end, p + 230)
    for n_verb, v in enumerate(vre.finditer(text, p, limit)):
        if n_verb >= 3:
            break  # the attribution clause is short: its verb is among the first few
        vs = v.start()
        if noun_like(text, vs, v.group()):
            continue
        subj_end = strip_adverbs(text, p, vs)
        cand = subject_exact(text, p, subj_end, loose=True)
        if cand is not None:
            return Cue(cand, vs, v.end(), "after")
        # ``"..." before the incident, she said.``: the clause after the quotation ends
        # with a comma and the attribution.
        cand = subject_before(text, p, subj_end)
        if (
            cand is not None
            and (
                text[p : cand.start].rstrip().endswith(",")
                # ``"...," Ana Ruiz -- the local's president -- said.``
                or (
                    text[p:subj_end].rstrip()[-1:] in _DASHES
                    and not any(c in text[p : cand.start] for c in '.;:"“”')
                )
            )
        ):
            return Cue(cand, vs, v.end(), "after")
        head = text[p:subj_end].rstrip()
        comma = text.find(",", p, p + 60)
        if head.endswith(",") and 0 < comma < p + len(head) - 1 and p + len(head) - comma < 120:
            # ``"...," Ana Ruiz, wearing a "Local 7" cap, said``: a named person, then an
            # appositive the subject patterns cannot read.
            cand = subject_exact(text, p, comma)
            if (
                cand is not None
                and cand.kind == "person"
                and not any(c in text[comma : p + len(head)] for c in ".;:")
            ):
                return Cue(cand._replace(end=p + len(head) - 1), vs, v.end(), "after")
        if text[p:vs].rstrip().endswith(","):
            # ``..., in sharp contrast to X, says Dante Scala``
            q = v.end()
            while q < end and text[q].isspace():
                q += 1
            cand = speaker_forward(text, q, end)
            if cand is not None and cand.kind in ("person", "unnamed"):
                return Cue(cand, vs, v.end(), "after")
        # Only the first verb or two can close the attribution clause.
        if vs - p > 180:
            break
    if open_clause:
        # Any verb: ``, remembered Roy Verley`` / ``, the nominee riffed``.
        av = _any_verb_re().match(text, p, end)
        if av is not None:
            q = av.end()
            while q < end and text[q].isspace():
                q += 1
            cand = speaker_forward(text, q, end)
            if cand is not None and cand.kind in ("person", "unnamed", "role"):
                return Cue(cand, av.start(), av.end(), "after")
        cand = speaker_forward(text, p, end)
        if cand is not None:
            av = _any_verb_re().match(text, strip_adverbs_forward(text, cand.end, end), end)
            if av is not None:
                return Cue(cand, av.start(), av.end(), "after")
    return None


def strip_adverbs_forward(text: str, pos: int, end: int) -> int:
    """Skip whitespace and adverbs (``also``, ``-ly``) after *pos*."""
    advs = _adverbs()
    while True:
        q = pos
        while q < end and text[q].isspace():
            q += 1
        k = q
        while k < end and text[k].isalpha():
            k += 1
        word = text[q:k]
        if word and (word in advs or (word.endswith("ly") and word.islower())):
            pos = k
            continue
        return q


@functools.cache
def _relative_re() -> regex.Pattern[str]:
    return regex.compile(r"(?<![\w’'\-])(?:who|which)(?=(?:\s++[\p{Ll}’'\-]++){0,5}+\s*+\Z)")


def relative_subject(text: str, start: int, end: int) -> Cand | None:
    """``Beck, who has in the past described ...``: the relative pronoun as written,
    standing for the name before it."""
    m = _relative_re().search(text, max(start, end - 60), end)
    if m is None:
        return None
    between = text[m.end() : end].split()
    if any(w in V.PRONOUNS for w in between) or (between and between[0] in ("the", "a", "an")):
        return None  # ``which he described as``: the pronoun is the subject
    k = m.start()
    while k > start and text[k - 1] in " ,\t\r\n":
        k -= 1
    antecedent = subject_before(text, start, k)
    if antecedent is None or antecedent.kind not in ("person", "group", "unnamed", "role"):
        return None
    return antecedent._replace(kind=antecedent.kind, start=m.start(), end=m.end())


#: Words after which a new clause (with its own subject) begins.
_CLAUSE_OPENERS = frozenset(
    {
        "and",
        "but",
        "although",
        "though",
        "because",
        "while",
        "as",
        "when",
        "since",
        "so",
        "yet",
        "if",
        "after",
        "before",
        "which",
        "who",
        "whom",
        "whereas",
        "until",
    }
)


def _last_word(s: str) -> str:
    k = len(s)
    while k > 0 and s[k - 1].isalpha():
        k -= 1
    return s[k:].lower()


@functools.cache
def _clause_subject_re() -> regex.Pattern[str]:
    advs = _alt(_words_ci(V.ADVERBS))
    return regex.compile(
        r"(?:(?<=^)|(?<=[\s,(—]))"
        r"(?P<s>(?:he|she|they|we|I|He|She|They|We)"
        r"|\p{Lu}\p{Ll}[\p{L}’'\-]*+(?:[ ]\p{Lu}\.)?(?:[ ]\p{Lu}\p{Ll}[\p{L}’'\-]*+){0,2})"
        rf"(?:\s++(?:{advs}|\p{{Ll}}++ly))*+"
        r"\s++(?P<v>\p{Ll}{2,}+(?:ed|es|s)|said|told|wrote|spoke|took|made|gave|sent|went"
        r"|came|put|held|led|met|ran|won|lost|left|brought|thought|knew|felt)(?![\w’'\-])"
    )


def participle_subject(text: str, start: int, end: int) -> Cue | None:
    """The subject of the last finite clause before a participle (``he defended ...,
    saying``), when it is a pronoun or a name."""
    last = None
    for m in _clause_subject_re().finditer(text, max(start, end - 250), end):
        last = m
    if last is None:
        return None
    s0, s1 = last.span("s")
    word = last.group("s")
    if word.lower() in V.PRONOUNS:
        cand: Cand | None = Cand("pron", s0, s1, word, None, None, False)
    else:
        if word.split()[0] in _STOP:
            return None
        cand = subject_exact(text, s0, s1)
        if cand is None or cand.kind != "person":
            return None
    if cand is None or noun_like(text, last.start("v"), last.group("v")):
        return None
    return Cue(cand, last.start("v"), last.end("v"), "before")


def _with_participle(text: str, start: int, v: regex.Match[str]) -> Cue | None:
    """``..., with Ana Ruiz reportedly yelling: "..."``: the participle's own subject."""
    vs = v.start()
    i = text.rfind("with ", max(start, vs - 120), vs)
    if i < 0 or (i > 0 and text[i - 1].isalnum()):
        return None
    q = i + len("with ")
    end = strip_adverbs(text, q, vs)
    if end <= q or "," in text[q:vs]:
        return None  # ``celebrated with supporters, declaring``: not the participle's subject
    cand = subject_exact(text, q, end)
    if cand is None or cand.kind not in ("person", "pron", "group", "role"):
        return None
    return Cue(cand, vs, v.end(), "before")


_MANNER = frozenset(V.MANNER_CUES)


def _as_put_it(text: str, start: int, end: int) -> Cue | None:
    """``..., as Ana Ruiz put it, "..."``: the ``as`` clause right before the mark."""
    lo = max(start, end - 150)
    i = max(text.rfind(" as ", lo, end), text.rfind("As ", lo, end) - 1)
    if i < lo - 1:
        return None
    q = i + 4
    cand = speaker_forward(text, q, end)
    if cand is None or cand.start != q or cand.kind not in ("person", "pron", "group", "role"):
        return None
    rest = text[cand.end : end].strip(" ,:\t\r\n")
    if rest.lower() not in _MANNER:
        return None
    cs = text.find(rest, cand.end, end)
    return Cue(cand, cs, cs + len(rest), "before")


@functools.cache
def _told_gap_re() -> regex.Pattern[str]:
    # ``Reid told reporters that he ...``: the listener between the verb and the clause.
    return regex.compile(rf"{LISTENER}(?:\s++that)?")


def _reporter_of(text: str, start: int, verbs: list[regex.Match[str]], cand: Cand) -> Cue | None:
    """``Trump said he responded: "..."``: *he*, right after a named speaker's reporting
    verb, is that speaker (``Trump``), not whoever spoke last."""
    if cand.kind != "pron" or cand.name.lower() not in ("he", "she"):
        return None
    for v in verbs:
        if v.end() > cand.start:
            break
        gap = text[v.end() : cand.start].strip()
        if v.group().endswith("ing"):
            continue
        if gap not in ("", "that") and _told_gap_re().fullmatch(gap) is None:
            continue
        subj_end = strip_adverbs(text, start, v.start())
        if subj_end <= start:
            continue
        named = subject_before(text, start, subj_end)
        if named is not None and named.kind == "person" and _gender_fits(text, named, cand):
            return Cue(named, v.start(), v.end(), "before")
    return None


#: Gender (``m`` / ``f``) told by a first name, and by an honorific or a title (lower case).
FIRST_GENDER: dict[str, str] = {
    **dict.fromkeys(V.FEMALE_FIRST_NAMES, "f"),
    **dict.fromkeys(V.MALE_FIRST_NAMES, "m"),
}
WORD_GENDER: dict[str, str] = {
    **{w.lower(): "f" for w in V.FEMALE_WORDS},
    **{w.lower(): "m" for w in V.MALE_WORDS},
}


def _gender_fits(text: str, named: Cand, pron: Cand) -> bool:
    """``Tom Lee said she ...``: a first name, honorific or title of the other gender
    rules the name out for the pronoun."""
    other = "f" if pron.name.lower() == "he" else "m"
    for w in text[named.start : named.end].split():
        w = w.rstrip(",")
        low = w.lower()
        g = FIRST_GENDER.get(w) or WORD_GENDER.get(low) or WORD_GENDER.get(low.rstrip("."))
        if g == other:
            return False
    return True


def find_cue_before(text: str, start: int, end: int, *, partial: bool) -> Cue | None:
    """An attribution before a quotation: ``X said:`` / ``X told reporters,`` / ``X:``.

    ``text[start:end]`` is the clause before the opening mark. For a partial quote
    (a fragment inside the reporter's sentence) the verb may be anywhere before it.
    """
    # The clause before a quotation is short; never look further back than this.
    start = max(start, end - 400)
    seg = text[start:end]
    stripped = seg.rstrip()
    if not stripped:
        return None
    manner = _as_put_it(text, start, end)
    if manner is not None:
        return manner
    vre = verb_re()
    verbs = list(vre.finditer(text, start, end))
    nearest: Cue | None = None
    participle = False
    if verbs and verbs[-1].group().endswith("ing") and len(text[verbs[-1].end() : end]) < 25:
        # ``..., saying, "..."``: the participle's subject is that of the clause it hangs
        # from (``even as he defended the campaign, saying``), else the main clause's.
        partial = participle = True
        near = _with_participle(text, start, verbs[-1])
        if near is not None:
            return near
        near = participle_subject(text, start, verbs[-1].start())
        if near is not None:
            return near
    for v in reversed(verbs):
        if v.group().endswith("ing") or noun_like(text, v.start(), v.group()):
            continue  # a participle (``..., saying``) has no subject of its own
        tail = text[v.end() : end]
        if not partial and len(tail) > 90:
            break
        head = text[start : v.start()].rstrip()
        normal = None
        if head.endswith((",", "—", "–", "--")):
            # ``John Podesta, a former adviser, said Obama "..."``: a named subject
            # before the verb wins over the inverted reading (also after a dash).
            normal = subject_before(text, start, strip_adverbs(text, start, v.start()))
        if (
            (normal is None or normal.kind not in ("person", "pron"))
            and len(tail) < 120
            and v.group().lower() in _INVERTING
            and (not head or head.endswith((",", ":", "—")))
        ):
            # Inverted: ``But, said Solovey, "..."``.
            q = v.end()
            while q < end and text[q].isspace():
                q += 1
            fwd = speaker_forward(text, q, end)
            rest = text[fwd.end : end] if fwd is not None else ""
            if (
                fwd is not None
                and (normal is None or fwd.kind == "person")
                and (
                    not rest.strip(" ,:\t\r\n")
                    or (head.endswith(",") and rest.lstrip().startswith(","))
                )
            ):
                # ``The deal, says Carl Anthony, is ...``; but ``The lawmaker, who ...,
                # said Trump's remarks "..."`` keeps its subject.
                return Cue(fwd, v.start(), v.end(), "before")
        subj_end = strip_adverbs(text, start, v.start())
        if subj_end <= start:
            continue
        cand = relative_subject(text, start, subj_end) or subject_before(text, start, subj_end)
        if cand is None:
            continue
        cue = _reporter_of(text, start, verbs, cand) or Cue(cand, v.start(), v.end(), "before")
        if not partial:
            return cue
        if nearest is None:
            nearest = cue
        # In the reporter's sentence, the speaker is the subject of the main clause:
        # ``Gorka warned that officers he has spoken with "understand ..."``.
        lead = text[start : cand.start].rstrip()
        if not lead or lead.endswith(",") or _last_word(lead) in _CLAUSE_OPENERS:
            return cue
    if nearest is not None and not participle:
        return nearest
    if stripped.endswith(":"):
        colon = start + len(stripped) - 1
        k = start + len(seg) - len(seg.lstrip())
        cv = _cap_verb_re().match(text, k, colon)
        if cv is not None and cv.group().lower() in V.verb_forms():
            q = cv.end()
            while q < colon and text[q].isspace():
                q += 1
            cand = subject_exact(text, q, colon)
            if cand is not None:
                return Cue(cand, cv.start(), cv.end(), "before")
    if stripped.endswith(":") and verbs:
        # ``Former secretary of state Ana Ruiz:``: a verb form (``state``) inside a title.
        colon = start + len(stripped) - 1
        k = start + len(seg) - len(seg.lstrip())
        whole = subject_exact(text, k, colon)
        if whole is not None and whole.kind == "person" and whole.start == k:
            return Cue(whole, colon, colon + 1, "colon")
    if stripped.endswith(":") and not verbs:
        # ``Ana Ruiz: "..."`` / ``More from Jones: "..."`` / ``Here's Clinton in 1992: "..."``
        colon = start + len(stripped) - 1
        cand = subject_exact(text, start, colon)
        if cand is None:
            cand = subject_before(text, start, colon)
            # Only a speaker standing apart (``Pollsters agree - Carl Bialik:``), not the
            # object of the sentence (``delivered a message to Trump:``).
            head = text[start : cand.start].rstrip() if cand is not None else ""
            if (
                cand is not None
                and head
                and not head.endswith(("-", "—", "–", ","))
                and _any_verb_re().search(text, start, cand.start)
            ):
                return None
        if cand is None:
            m = _last_name_re().search(text, max(start, colon - 80), colon)
            opener = (
                m is not None
                and " " not in m.group()
                and not text[start : m.start()].strip()
                and text.startswith(",", m.end())
            )
            if m is not None and not opener:
                # (``Wait, it gets better:``: a word opening the sentence, then a comma,
                # is an interjection, not a speaker.)
                cand = subject_exact(text, m.start(), m.end())
        if cand is not None and cand.kind in ("person", "group"):
            return Cue(cand, colon, colon + 1, "colon")
    idx = seg.rfind("according to")
    if idx >= 0:
        q = start + idx + len("according to")
        while q < end and text[q].isspace():
            q += 1
        cand = speaker_forward(text, q, end)
        if cand is not None:
            return Cue(cand, start + idx, start + idx + len("according to"), "according")
    return None


def parse_standalone(text: str) -> Cue | None:
    """Parse an attribution on its own: ``said Jane Doe, president of Local 7.``"""
    end = len(text)
    stripped = text.rstrip()
    end = len(stripped)
    while end > 0 and text[end - 1] in ".;":
        end -= 1
    cue = find_cue_after(text, 0, end)
    if cue is not None:
        return cue
    return find_cue_before(text, 0, end, partial=True)
