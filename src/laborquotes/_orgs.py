"""The organization registry: its entries, its file format, and the finder.

The registry is package data (``data/organizations.txt``), read on first use,
never at import time. A :class:`Registry` finds its names with the matcher of
:mod:`laborquotes._org_match` and, with the generic patterns of
:mod:`laborquotes._org_names`, the unions it lacks.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, Union

import attrs

from ._model import Organization, OrgKind, Span, first_mention
from ._org_match import _Form, _gc_paused, _Matcher, _matcher, _policy_ok, _WordMatcher
from ._org_names import (
    _ACRONYM_DEF,
    _UNION_KINDS,
    OrgMention,
    _Found,
    _generic_local,
    _generic_name,
    _generic_united,
    _Hit,
    _Key,
    _lazy,
    _lazy_re,
    _local_after,
    _merge_bare_locals,
    _merge_generic_suffixes,
    _norm,
    _record,
    _Taken,
    generic_companies,
    literal_matches,
    name_initials,
    name_marks,
)
from ._places import country_hint, demonym_length
from ._vocab import FUNCTION_WORDS, LEGISLATOR_POSTNOMINALS, NAME_STOPWORDS, SPEAKER_DETERMINERS

#: What may not stand right before a generic name's acronym written again, and after it.
_ACRONYM_BEFORE = _lazy(r"[\w&-]")
_ACRONYM_AFTER = _lazy(r"[\w&]|-\w")

__all__ = [
    "ENV_REGISTRY",
    "LED_BODY_WORDS",
    "OrgEntry",
    "Registry",
    "article_country",
    "default_registry",
    "find_organizations",
    "load_registry",
]


#: Environment variable: extra registry files (``os.pathsep``-separated) that the default
#: registry adds to the package's own, so the CLI and ``parse()`` see them too.
ENV_REGISTRY = "LABORQUOTES_REGISTRY"

_KINDS = {k.value: k for k in OrgKind}

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


_MARKS = ("^", "~")


def _unmarked(forms: tuple[str, ...], found: dict[str, str]) -> tuple[str, ...]:
    """*forms* without their leading markers, which go into *found* (the stricter wins)."""
    out = []
    for form in forms:
        mark = form[:1]
        if mark == "^" or mark == "~":
            form = form[1:].strip()
            if not form:
                continue
            if mark == "~" or found.get(form) != "~":
                found[form] = mark
        out.append(form)
    return tuple(out)


def _markers(value: Any) -> tuple[tuple[str, str], ...]:
    if not value:
        return ()
    pairs = value.items() if isinstance(value, Mapping) else value
    out: dict[str, str] = {}
    for pair in pairs:
        form, mark = pair
        if mark not in _MARKS:
            raise ValueError(f"a marker is '^' or '~', got {mark!r} for {form!r}")
        out[str(form).strip()] = mark
    return tuple(sorted(out.items()))


@attrs.frozen(kw_only=True)
class OrgEntry:
    """One organization of the registry.

    Acronyms match case-sensitively. Names and aliases of two or more words match in any
    case; one-word names match as written or in capitals. Prefix an acronym or alias
    with ``^`` to reject it inside a longer capitalised name (``Doug Ford``), or with
    ``~`` to reject it there and at the start of a sentence too (``Unite``, ``Equity``),
    unless a verb of speech or a describing apposition follows (``Unison said``).
    """

    #: The canonical name.
    name: str = attrs.field(converter=str)
    kind: OrgKind = attrs.field(default=OrgKind.OTHER, converter=_kind)
    #: ISO 3166-1 alpha-2 code, or ``None`` for international bodies.
    country: str | None = attrs.field(default=None, converter=_country)
    #: Acronyms as written (``UAW``), without the ``^``/``~`` markers (see :attr:`markers`).
    acronyms: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: Other names and common misspellings (``Writer's Guild``), without markers.
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_tuple_of_str)
    #: The forms that match only where the words around them allow, each with its
    #: marker: ``("Ford", "^")`` (not inside a longer capitalised name), ``("Unite",
    #: "~")`` (not there, nor at the start of a sentence). A form given with a leading
    #: marker (``"~Unite"``) is stored here and without it in :attr:`aliases`.
    markers: tuple[tuple[str, str], ...] = attrs.field(default=(), converter=_markers)

    def __attrs_post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("an organization needs a non-empty name")
        # (A registry may hold 200,000 entries: one joined string is the cheap test.)
        forms = "\0".join(self.acronyms + self.aliases)
        if "^" in forms or "~" in forms or self.name.startswith(_MARKS):
            self._take_markers()

    def _take_markers(self) -> None:
        """Move the leading markers of the name and forms into :attr:`markers`."""
        found = dict(self.markers)
        object.__setattr__(self, "name", _unmarked((self.name,), found)[0] or self.name)
        object.__setattr__(self, "acronyms", _unmarked(self.acronyms, found))
        object.__setattr__(self, "aliases", _unmarked(self.aliases, found))
        object.__setattr__(self, "markers", tuple(sorted(found.items())))

    @property
    def acronym(self) -> str | None:
        """The first acronym, or ``None``."""
        return self.acronyms[0] if self.acronyms else None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> OrgEntry:
        """Build an entry from a dict with ``name`` and optional ``kind``, ``country``,
        ``acronyms`` and ``aliases`` (lists or ``|``-separated strings) and ``markers``
        (a mapping of form to ``^`` or ``~``)."""
        unknown = set(data) - {"name", "kind", "country", "acronyms", "aliases", "markers"}
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
            markers=data.get("markers"),
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


RegistrySource = Union["Registry", OrgEntry, Mapping[str, Any], str, "os.PathLike[str]"]


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
        self._phrases: dict[str, tuple[tuple[Organization, int, int] | None, object]] = {}

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

    def _scan(
        self, text: str, asked: list[bool] | None = None
    ) -> tuple[list[_Hit], dict[_Key, _Found]]:
        """The mentions (start, end, entry, key, form as written) and the organizations
        (*asked* gets ``True`` when the article's country chose between two entries)."""
        found: dict[_Key, _Found] = {}
        out: list[_Hit] = []
        taken = _Taken()
        entries = self._entries
        spelled: dict[int, bool] = {}
        defined: dict[str, _Key] = {}  # acronyms the text defines for registry names
        redefined = _Redefined(text)  # registry acronyms the text gives another name
        for start, end, forms in self._get_matcher().finditer(text):
            if _not_a_name_here(text, start, end):
                continue
            form = forms[0]
            if form.is_acronym and _redefined(text[start:end], entries, form, redefined):
                continue
            if form.policy or len(forms) > 1:
                ok = [f for f in forms if _policy_ok(text, start, end, f.policy)]
                if not ok:
                    continue
                form = ok[0] if len(ok) == 1 else self._spelled_out(ok, text, spelled, asked, found)
            i = form.entry
            if entries[i].kind is OrgKind.EMPLOYER and _MODEL().match(text, end) is not None:
                continue  # (``a Boeing 727 captain``: a maker's model; ``SEIU 1199`` is a local)
            qualified = (
                _qualified_start(text, start, end)
                if not form.is_acronym and entries[i].kind in _UNION_KINDS
                else None
            )
            if qualified is not None:
                # ``Healthcare Workers United``, ``Marsden Valley National Union of Teachers``: the
                # registered name ends a longer name, of a body of its own (same kind)
                start = qualified
                f = _qualified(text, start, end, entries[i], found)
                _record(f, out, start, end, -1, "gen:" + _norm(f.name, fold=True), text[start:end])
            else:
                f = _registered(entries, i, found)
                _record(f, out, start, end, i, i, text[start:end])
                _defined_acronym(text, end, f, i, defined, taken)
            if f.kind not in _UNION_KINDS:
                continue  # a union's name may hold an employer's: "Coalition of Kaiser ... Unions"
            taken.add(start, end)
            if text[end : end + 1] == " ":
                nxt = text[end + 1 : end + 2]
                if nxt.isdigit() or nxt in ("L", "D"):
                    local_end = _local_after(text, start, end, f, found, out)
                    if local_end:
                        taken.add(start, local_end)
        heads, legal_forms = name_marks(text)
        self._scan_generic(text, heads, found, out, taken, defined)
        generic_companies(text, found, out, legal_forms)
        if not out and not found:
            return out, found  # (most short phrases: nothing to merge, drop or sort)
        _drop_generic_twins(found, out)
        _merge_generic_suffixes(found, out)
        _merge_bare_locals(found, out)
        out.sort(key=lambda h: (h[0], h[1]))
        return out, found

    def _spelled_out(
        self,
        forms: list[_Form],
        text: str,
        spelled: dict[int, bool],
        asked: list[bool] | None,
        found: dict[_Key, _Found],
    ) -> _Form:
        """Of the entries a shared acronym or name may stand for (``HSE``, ``TWU``), the
        first whose full name the text spells out (``the Health and Safety Executive``),
        else one the text named before (*found*: ``TWU`` after ``the Transport Workers'
        Union``), else the first of the article's country (:func:`article_country`), else
        the first. Each entry's name is looked for once per text (*spelled* remembers)."""
        for f in forms:
            if f.entry not in spelled:
                spelled[f.entry] = self._entries[f.entry].name in text
            if spelled[f.entry]:
                return f
        for f in forms:
            if f.entry in found:
                return f
        if asked is not None:
            asked.append(True)
        country = _current_country()
        return next((f for f in forms if self._entries[f.entry].country == country), forms[0])

    @staticmethod
    def _scan_generic(
        text: str,
        heads: list[tuple[int, int]],
        found: dict[_Key, _Found],
        out: list[_Hit],
        taken: _Taken,
        defined: dict[str, _Key],
    ) -> None:
        """The generic names (and ``Local 7``) at their *heads* (:func:`name_marks`), then
        the acronyms the text defines, for them and for registry names (*defined*),
        wherever written again."""
        generic_acronyms: dict[str, _Key] = dict(defined)
        for hs, he in heads:
            head = text[hs:he]
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
            # ``(?<![\w&-])ACRONYM(?![\w&]|-\w)``, with no expression compiled per text
            f = found[key]
            for start, end, written in literal_matches(
                text, [acronym], _ACRONYM_BEFORE(), _ACRONYM_AFTER()
            ):
                if not taken.overlaps(start, end):
                    entry = key if isinstance(key, int) else -1
                    _record(f, out, start, end, entry, key, written)
                    taken.add(start, end)

    def first_in(self, phrase: str) -> tuple[Organization, int, int] | None:
        """The first organization named in a short *phrase*, with its offsets (cached)."""
        cache = self._phrases
        if phrase in cache:
            result, country = cache[phrase]
            if country is _ANY_COUNTRY or country == _current_country():
                return result
        asked: list[bool] = []
        mentions, found = self._scan(phrase, asked)
        result = None
        if mentions:
            # the earliest mention, the longest at that place ("Teamsters Local 705")
            first = min(mentions, key=lambda m: (m[0], -m[1]))
            org = _organizations({first[3]: found[first[3]]})[0]
            result = (org, first[0], first[1])
        if len(cache) >= 20000:
            cache.clear()
        # (a phrase read by the article's country is remembered for that country only)
        cache[phrase] = (result, _current_country() if asked else _ANY_COUNTRY)
        return result

    def find(self, text: str) -> tuple[Organization, ...]:
        """Every organization mentioned in *text*, deduplicated, in order of first mention."""
        if not isinstance(text, str):
            raise TypeError(f"Registry.find() needs str, got {type(text).__name__}")
        return _organizations(self._scan(text)[1])


# --------------------------------------------------------------------------- country


class _Country:
    """The country of the article being read: its dateline's, else the one its places
    name most often (:func:`~laborquotes._places.country_hint`), read on first use."""

    __slots__ = ("_code", "_read", "_text")

    def __init__(self, text: str, dateline_country: str | None) -> None:
        self._text = text
        self._code = dateline_country
        self._read = dateline_country is not None

    @property
    def code(self) -> str | None:
        if not self._read:
            self._code, self._read, self._text = country_hint(self._text), True, ""
        return self._code


_ARTICLE_COUNTRY: contextvars.ContextVar[_Country | None] = contextvars.ContextVar(
    "laborquotes_article_country", default=None
)
#: A cached phrase no country decided.
_ANY_COUNTRY = object()


@contextlib.contextmanager
def article_country(text: str, dateline_country: str | None) -> Iterator[None]:
    """Within it, a name or an acronym that two registry entries share and the text does
    not spell out (``the Transport Workers' Union``, ``TWU``) is the entry of *text*'s
    country, where one is: its dateline's (*dateline_country*), else the one its places
    name most often. Per thread and task (a context variable)."""
    token = _ARTICLE_COUNTRY.set(_Country(text, dateline_country))
    try:
        yield
    finally:
        _ARTICLE_COUNTRY.reset(token)


def _current_country() -> str | None:
    found = _ARTICLE_COUNTRY.get()
    return None if found is None else found.code


#: A legislator's post-nominal letters (``MNA``, ``TD``), which some registry acronyms
#: share (the Minnesota Nurses Association).
_LEGISLATOR_LETTERS = frozenset(LEGISLATOR_POSTNOMINALS)
#: ``for`` and a capitalized word after the letters: a constituency (``MNA for Laval``).
_CONSTITUENCY = _lazy(r"[^\S\n]++for[^\S\n]++\p{Lu}")


def _defined_acronym(
    text: str, end: int, f: _Found, key: _Key, defined: dict[str, _Key], taken: _Taken
) -> None:
    """An acronym defined in parentheses right after a registry name that the registry
    does not give it (``Hind Mazdoor Sabha (HMS)``): the name's too, written again later,
    when its letters are the initials of the name's capitalized words. (The definition
    itself is no second mention.)"""
    if "(" not in text[end : end + 3]:
        return  # (a cheap test first: the bracket opens within two spaces)
    m = _ACRONYM_DEF().match(text, end)
    if m is None or m.group(1) in f.acronyms or m.group(1) in defined:
        return
    acronym = m.group(1)
    if acronym.isupper() and acronym == name_initials(f.name):
        f.acronyms.add(acronym)
        f.acronym = f.acronym or acronym
        defined[acronym] = key
        taken.add(*m.span(1))


#: A parenthesized stretch of text with no parenthesis inside (``(UAW)``).
_PARENTHESIZED = _lazy_re(r"\(([^()]*)\)")


class _Redefined:
    """What :func:`_redefined` answered for each acronym of one text, and where each
    parenthesized stretch of the text is first written, read in one scan when first asked
    (a long text asks for several acronyms, each written nowhere in parentheses: a
    ``str.find`` of each over the whole text read it all, once per acronym)."""

    __slots__ = ("_first", "seen", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.seen: dict[str, bool] = {}
        self._first: dict[str, int] | None = None

    def find(self, inner: str) -> int:
        """``text.find("(" + inner + ")")``: a parenthesis-free *inner* written in
        parentheses is a match of :data:`_PARENTHESIZED` (no match opens inside another)."""
        if "(" in inner or ")" in inner:
            return self.text.find(f"({inner})")
        if self._first is None:
            self._first = {}
            for m in _PARENTHESIZED().finditer(self.text):
                self._first.setdefault(m.group(1), m.start())
        return self._first.get(inner, -1)


def _redefined(
    acronym: str, entries: tuple[OrgEntry, ...], form: _Form, redefined: _Redefined
) -> bool:
    """Whether the text defines the registry's *acronym* for a name of its own (``the
    Ulster Allied Workers Union (UAW)``, where the registry's UAW is another body): the
    capitalized words before its first ``(ACRONYM)`` have its letters as initials, in
    order, and open with a word no name of the entry opens with. Such an acronym names
    the text's body, not the registry's."""
    seen, text = redefined.seen, redefined.text
    if acronym not in seen:
        seen[acronym] = False
        at = redefined.find(acronym)
        if at > 0:
            run = _capitalized_run(text, at).removeprefix("The ").split()
            entry = entries[form.entry]
            firsts = {
                n.removeprefix("The ").split()[0].lower() for n in (entry.name, *entry.aliases)
            }
            seen[acronym] = (
                len(run) >= 2
                and run[0].lower() not in firsts
                and _in_order(acronym, name_initials(" ".join(run)))
            )
    return seen[acronym]


def _in_order(letters: str, initials: str) -> bool:
    """Whether *letters* are initials of *initials*, in order (``UAW`` of ``UAWU``)."""
    it = iter(initials)
    return all(c in it for c in letters)


#: How far before ``(ACRONYM)`` the name it defines may start, in characters.
_DEFINED_REACH = 120
#: Words that may join the capitalized words of a name (``and``, ``of``, ``&``).
_NAME_JOINERS = frozenset(("&", "and", "for", "of", "the"))


def _capitalized_run(text: str, at: int) -> str:
    """The capitalized words (and the words that join them) right before *at*."""
    words = text[max(0, at - _DEFINED_REACH) : at].split()
    if at > _DEFINED_REACH and words:
        words.pop(0)  # (a word cut short)
    k = len(words)
    while k > 0 and (words[k - 1][:1].isupper() or words[k - 1] in _NAME_JOINERS):
        k -= 1
    while k < len(words) and words[k] in _NAME_JOINERS:
        k += 1
    return " ".join(words[k:])


def _not_a_name_here(text: str, start: int, end: int) -> bool:
    """Whether the registry form at ``text[start:end]`` names no organization there: a
    legislator's letters, a leader's government, a word of a nationality."""
    return (
        _legislator_letters(text, start, end)
        or _leaders_government(text, start, end)
        or _inside_nationality(text, start, end)
    )


#: A model's designation after a maker's name (``a Boeing 727 captain``, ``an Airbus
#: A320``, ``a Ford F-150``): the maker's product, no mention of the maker.
_MODEL = _lazy(r"[^\S\n][A-Z]{0,2}-?\d{2,4}+(?:-\d{1,4}+)?(?![\w,])")


def _legislator_letters(text: str, start: int, end: int) -> bool:
    """Whether the mention ``text[start:end]`` is a legislator's letters before the
    constituency (``the MNA for Rosemont``, ``TD for Cork South``), no organization."""
    return text[start:end] in _LEGISLATOR_LETTERS and bool(
        _CONSTITUENCY().match(text, end, min(len(text), end + 12))
    )


#: ``the Ford government``, ``the Trump administration``: a leader's surname before the
#: body they lead, which names no company (:data:`LED_BODY_WORDS`).
LED_BODY_WORDS: tuple[str, ...] = ("administration", "cabinet", "government", "ministry")
_LED_BODY = _lazy(rf"[^\S\n]++(?:{'|'.join(LED_BODY_WORDS)})(?![\w-])")


def _leaders_government(text: str, start: int, end: int) -> bool:
    """Whether the one-word mention ``text[start:end]`` is a leader's surname before the
    body they lead (``the Ford government``: not Ford Motor Company)."""
    return (
        text[end : end + 1].isspace()
        and " " not in text[start:end]
        and bool(_LED_BODY().match(text, end, min(len(text), end + 16)))
    )


#: How far before a mention the first word of a nationality of two words may start.
_NATIONALITY_REACH = 12


#: How far before a registered name the capitalized words of a longer name are read.
_QUALIFIER_REACH = 60
#: Up to three capitalized words right before a registered name, one space apart, on
#: its line (``Starbucks``, ``Kenya``, ``British Columbia``).
_QUALIFIER_WORDS = _lazy(r"(?<![\w'’&.-])(?:\p{Lu}[\p{L}\p{M}&-]*+[^\S\n]){1,3}+\Z")
#: Capitalized words that open a phrase, no name (``The``, ``Monday``, ``Yesterday``).
_QUALIFIER_STOPS = frozenset(
    (
        *NAME_STOPWORDS,
        *(w.capitalize() for w in (*FUNCTION_WORDS, *SPEAKER_DETERMINERS)),
    )
)


def _qualified_start(text: str, start: int, end: int) -> int | None:
    """Where a longer name ending in the registered union's name at *start*-*end* starts:
    the capitalized words right before it (``Healthcare Workers United``, ``Marsden Valley
    National Union of Teachers``), when the name has two words or more and the words are
    no function word, participle or possessive, and the line is no headline in title
    case; ``None`` otherwise. (Only for unions: a person's name before other bodies' is
    a description, ``the Obama White House``.)"""
    if " " not in text[start:end] or text[start - 1 : start] != " ":
        return None
    m = _QUALIFIER_WORDS().search(text, max(0, start - _QUALIFIER_REACH), start)
    if m is None:
        return None
    words = m.group().split()
    while words and (
        words[0] in _QUALIFIER_STOPS or words[0].endswith(("ing", "ed")) or words[0].isupper()
    ):
        words.pop(0)
    if not words or any(w in _QUALIFIER_STOPS or w.isupper() for w in words):
        return None
    lo = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, end + _LINE_REACH)
    line = text[line_start : line_end if line_end >= 0 else end + _LINE_REACH]
    if not _LOWER_WORD().search(line):
        return None  # (``Nurses Back Royal College of Nursing Deal``: a headline)
    return start - len(" ".join(words)) - 1


#: How far either way the line around a name is read (a bound: one long paragraph has
#: no line ends to stop the search).
_LINE_REACH = 300
#: A lower-case word of four letters or more (a line with none is a headline).
_LOWER_WORD = _lazy(r"(?<![\w'’-])\p{Ll}{4,}+(?![\w'’-])")


def _registered(entries: tuple[OrgEntry, ...], i: int, found: dict[_Key, _Found]) -> _Found:
    """The organization of registry entry *i* (made on its first mention)."""
    f = found.get(i)
    if f is None:
        e = entries[i]
        f = found[i] = _Found(e.name, e.kind, e.country, e.acronym, set(e.acronyms), [], [])
    return f


def _qualified(
    text: str, start: int, end: int, entry: OrgEntry, found: dict[_Key, _Found]
) -> _Found:
    """The organization of the longer name at *start*-*end* (of *entry*'s kind)."""
    name = " ".join(text[start:end].split())
    key = "gen:" + _norm(name, fold=True)
    f = found.get(key)
    if f is None:
        f = found[key] = _Found(name, entry.kind, None, None, set(), [], [])
    return f


def _inside_nationality(text: str, start: int, end: int) -> bool:
    """Whether the mention's first word ends a nationality of two words (``a South
    African union official``: no mention of the African Union)."""
    before = text[max(0, start - _NATIONALITY_REACH) : start]
    if not before.endswith(" "):
        return False
    words = [*before.split()[-1:], *text[start:end].split()[:1]]
    return len(words) == 2 and demonym_length(words, 0) == 2


def _drop_generic_twins(found: dict[_Key, _Found], out: list[_Hit]) -> None:
    """A registered employer's name that the generic patterns read again (``... Employers
    Association``) is one organization: the generic reading of the same span goes."""
    generic = [h for h in out if h[2] < 0 and isinstance(h[3], str) and h[3].startswith("gen:")]
    if not generic:
        return
    registered = {(h[0], h[1]) for h in out if h[2] >= 0}
    twins = [h for h in generic if (h[0], h[1]) in registered]
    if not twins:
        return
    gone = {id(h) for h in twins}
    out[:] = [h for h in out if id(h) not in gone]
    for h in twins:
        f = found.get(h[3])
        if f is not None:
            f.mentions.remove((h[0], h[1]))
            if not f.mentions:
                del found[h[3]]


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
    orgs.sort(key=first_mention)
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
    if _ARTICLE_COUNTRY.get() is not None:
        return reg.find(text)
    with article_country(text, None):  # (a name two entries share: the text's country)
        return reg.find(text)


def _check_registry(registry: Any) -> Registry:
    if not isinstance(registry, Registry):
        raise TypeError(f"registry must be a Registry, got {type(registry).__name__}")
    return registry
