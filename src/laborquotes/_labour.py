"""Organizations, speaker roles and the voices summary.

:func:`enrich` runs after the quotes are found. It finds every organization in the
article (:mod:`._orgs`), resolves what each speaker's organization and group phrase
stand for (``the union`` is the union the article is about, ``the studios`` the
employer group it names), gives each speaker a :class:`Role` by the rule tables of
:mod:`._roles`, and counts who gets a voice.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence

import attrs
import regex

from ._model import (
    Attribution,
    Organization,
    OrgKind,
    Quote,
    QuoteKind,
    Role,
    Speaker,
    VoiceCount,
    Voices,
)
from ._orgs import Registry, _lazy, default_registry
from ._roles import TITLE_HEADS, group_role, hint_kind, person_role

__all__ = [
    "HEAD_REFERENCES",
    "REFERENCE_KINDS",
    "display_name",
    "enrich",
    "enrich_attribution",
    "summarize_voices",
]

_UNION_KINDS = (OrgKind.UNION, OrgKind.FEDERATION)
_GROUP_EMPLOYER = (OrgKind.EMPLOYER_GROUP, OrgKind.EMPLOYER)
_ONE_EMPLOYER = (OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP)

#: What a generic reference stands for: a word of the phrase -> organization kinds to
#: look for, in order of preference. The organization chosen is the nearest one of that
#: kind named before the quote, else the one named most often.
REFERENCE_KINDS: tuple[tuple[tuple[str, ...], tuple[OrgKind, ...]], ...] = (
    (("guild", "guilds"), _UNION_KINDS),
    (("union", "unions", "local", "federation", "labor", "labour"), _UNION_KINDS),
    (
        (
            "studios", "producers", "companies", "employers", "automakers", "carriers",
            "railroads", "railways", "airlines", "hospitals", "league", "owners",
            "networks", "streamers", "management", "executives", "ports",
        ),
        _GROUP_EMPLOYER,
    ),
    (
        (
            "studio", "company", "employer", "automaker", "carrier", "railroad", "railway",
            "airline", "hospital", "retailer", "firm", "corporation", "network",
            "streamer", "port", "operator", "district",
        ),
        _ONE_EMPLOYER,
    ),
    (("government", "ministry", "department", "administration", "agency"), (OrgKind.GOVERNMENT,)),
)  # fmt: skip


@functools.cache
def _reference_patterns() -> tuple[tuple[regex.Pattern[str], tuple[OrgKind, ...]], ...]:
    return tuple(
        (regex.compile(rf"(?i)(?<![\w-])(?:{'|'.join(words)})(?![\w-])"), kinds)
        for words, kinds in REFERENCE_KINDS
    )


#: Head nouns that point at the organization named last with that word in its name
#: (``the association`` -> ``Pacific Terminal Operators Association``), whatever its kind.
HEAD_REFERENCES: tuple[str, ...] = (
    "association", "alliance", "council", "coalition", "confederation", "federation",
    "guild", "brotherhood", "league", "chamber", "board", "commission", "institute",
)  # fmt: skip


@functools.cache
def _head_reference() -> regex.Pattern[str]:
    return regex.compile(rf"(?i)(?<![\w-])(?:{'|'.join(HEAD_REFERENCES)})(?![\w-])")


#: A phrase that only points at an organization (``the union``, ``its leadership``).
_REFERENCE_START = _lazy(r"(?i)^\s*+(?:the|its|their|this|that|both|each|a|an)\b")
#: How far back a reference looks for the organization it means.
_WINDOW = 2000
#: Phrases are looked at up to this many words, names up to this many.
_MAX_WORDS = 40
_MAX_FORM_WORDS = 12
_EDGE_PUNCT = " ,.;:()[]\"“”‘’'"
_POSSESSIVE = _lazy(r"['’]s?$")


def display_name(org: Organization) -> str:
    """How speakers and the voices summary name an organization: its acronym when the
    article writes it, otherwise its canonical name."""
    if org.acronym and org.acronym in org.aliases:
        return org.acronym
    return org.name


class _Article:
    """Organizations of one article, with lookups by name and by position."""

    def __init__(self, text: str, orgs: Sequence[Organization], registry: Registry) -> None:
        self.text = text
        self.orgs = orgs
        self.registry = registry
        self.by_name = {o.name: o for o in orgs}
        events = sorted((s.start, i) for i, o in enumerate(orgs) for s in o.mentions)
        self.starts = [s for s, _ in events]
        self.owners = [i for _, i in events]
        # Every form the article wrote, for names the registry does not know ("the WWU").
        self.forms: dict[str, Organization] = {}
        for o in orgs:
            for form in (o.name, *o.aliases):
                self.forms.setdefault(" ".join(form.split()), o)
        self.first_words = {f.split(" ", 1)[0] for f in self.forms}
        self.cache: dict[str, Organization | None] = {}
        # The most named organization of each kind (and of each kind with "Guild").
        self.top: dict[tuple[OrgKind, bool], Organization] = {}
        for o in orgs:
            for key in ((o.kind, False), (o.kind, True)):
                if key[1] and not _is_guild(o):
                    continue
                best = self.top.get(key)
                if best is None or len(o.mentions) > len(best.mentions):
                    self.top[key] = o

    def lookup(self, phrase: str) -> Organization | None:
        """The article's organization named in *phrase* (``SAG-AFTRA leadership``)."""
        if phrase in self.cache:
            return self.cache[phrase]
        hit = self.registry.first_in(phrase)
        found = self.by_name.get(hit[0].name, hit[0]) if hit is not None else None
        if found is None and self.forms:
            found = self._article_form(phrase)
        self.cache[phrase] = found
        return found

    def _article_form(self, phrase: str) -> Organization | None:
        words = phrase.split()[:_MAX_WORDS]
        for i, first in enumerate(words):
            if _POSSESSIVE().sub("", first.strip(_EDGE_PUNCT)) not in self.first_words:
                continue
            for j in range(min(len(words), i + _MAX_FORM_WORDS), i, -1):
                cand = _POSSESSIVE().sub("", " ".join(words[i:j]).strip(_EDGE_PUNCT))
                org = self.forms.get(cand)
                if org is not None:
                    return org
        return None

    def nearest(self, kinds: Sequence[OrgKind], pos: int, guild: bool) -> Organization | None:
        """The organization of *kinds* named last before *pos*, else the most named one."""
        for kind in kinds:
            i = bisect.bisect_left(self.starts, pos) - 1
            while i >= 0 and self.starts[i] >= pos - _WINDOW:
                org = self.orgs[self.owners[i]]
                if org.kind is kind and (not guild or _is_guild(org)):
                    return org
                i -= 1
            top = self.top.get((kind, guild))
            if top is not None:
                return top
        if guild:
            return self.nearest(kinds, pos, guild=False)
        return None

    def nearest_named(self, head: str, pos: int) -> Organization | None:
        """The organization named last before *pos* whose name has the word *head*."""
        i = bisect.bisect_left(self.starts, pos) - 1
        while i >= 0 and self.starts[i] >= pos - _WINDOW:
            org = self.orgs[self.owners[i]]
            if head in org.name.casefold().split():
                return org
            i -= 1
        return None

    def reference(self, phrase: str, pos: int) -> tuple[Organization | None, bool]:
        """Resolve a generic reference; the flag says whether *phrase* was one."""
        m = _head_reference().search(phrase)
        if m is not None:
            org = self.nearest_named(m.group().casefold(), pos)
            if org is not None:
                return org, True
        for pattern, kinds in _reference_patterns():
            m = pattern.search(phrase)
            if m is not None:
                guild = m.group().lower().startswith("guild")
                return self.nearest(kinds, pos, guild), True
        return None, False


def _is_guild(org: Organization) -> bool:
    return "guild" in org.name.lower() or any("guild" in a.lower() for a in org.aliases)


def _resolve_org(
    art: _Article, written: str | None, pos: int
) -> tuple[Organization | None, str | None]:
    """The organization *written* names, and the name to show for the speaker."""
    if written is None or not written.strip():
        return None, written
    org = art.lookup(written)
    if org is not None:
        return org, written
    if _REFERENCE_START().match(written) is not None:
        ref, _ = art.reference(written, pos)
        if ref is not None:
            return ref, display_name(ref)
    return None, written


def _speaker_pos(att: Attribution, quote: Quote) -> int:
    return min(att.source_span.start, quote.span.start)


def _enrich_speaker(
    art: _Article, sp: Speaker, att: Attribution, quote: Quote
) -> tuple[Speaker, Organization | None]:
    pos = _speaker_pos(att, quote)
    org, shown = _resolve_org(art, sp.organization, pos)
    name_org = art.lookup(sp.name)
    is_group = sp.is_group
    if not is_group and _described(sp.name) and _GROUP_HEAD().search(sp.name) is not None:
        is_group = True  # "The flight attendants union said"
    if not is_group and name_org is not None:
        # The whole name is an organization's (``Deadline reports``, ``NBC said``).
        hit = art.registry.first_in(sp.name)
        if hit is not None and hit[1] == 0 and hit[2] >= len(sp.name.rstrip(" .,")):
            is_group = True
    if is_group:
        if org is None and name_org is not None:
            org, shown = name_org, display_name(name_org)
        if org is None:
            ref, _ = art.reference(sp.name, pos)
            if ref is not None:
                org, shown = ref, display_name(ref)
        kind = org.kind if org is not None else hint_kind(shown or sp.name)
        role = sp.role or group_role(_without_org(art, sp.name), kind)
    else:
        title = sp.title
        if title and _AGE().match(title) is not None:
            title = None
        guessed = False
        if not title and not sp.organization:
            seen_by = max(att.source_span.end, pos)
            title = _described(sp.name) or _appositive(art.text, sp.name, seen_by)
            guessed = title is not None
        if org is None and sp.organization is None and title:
            org = art.lookup(title)
            if org is None and _has_reference(title):
                org, _ = art.reference(title, pos)
            if org is not None:
                shown = display_name(org)
        kind = org.kind if org is not None else None
        described = title
        if kind is None and shown:
            kind = hint_kind(shown)
            # An organization no table knows may be a description ("Leeds who joined
            # the picket line"): its words count with the title's.
            described = f"{title or ''} {shown}".strip()
        if _described(sp.name) and sp.name != title:
            # "A union spokesman in Rio de Janeiro": the name describes the speaker too
            described = f"{sp.name} {described or ''}".strip()
            if kind is None:
                kind = hint_kind(sp.name)
        role = sp.role or person_role(described, kind)
        if guessed and role is Role.OTHER and org is None:
            role = None  # a guessed description that no rule reads supports no role
    new = attrs.evolve(sp, organization=shown, role=role, is_group=is_group)
    return new, org


def _positional(sp: Speaker) -> bool:
    """Whether resolving *sp* depends on where it is quoted (references, descriptions)."""
    if sp.is_group or not sp.title or not sp.organization:
        return True
    return _REFERENCE_START().match(sp.organization) is not None or _has_reference(sp.title)


def _without_org(art: _Article, phrase: str) -> str:
    """The phrase with the organization it names taken out (``SAG-AFTRA members`` ->
    ``members``), so that a name like ``United Auto Workers`` is not read as workers."""
    hit = art.registry.first_in(phrase)
    if hit is None:
        return phrase
    return (phrase[: hit[1]] + " " + phrase[hit[2] :]).strip()


#: The last word of a group phrase that names an organization (``the flight attendants
#: union``), not a person.
_GROUP_HEAD = _lazy(
    r"(?i)\b(?:union|unions|guild|federation|company|companies|studios|management|"
    r"employers|producers|league|government|ministry|administration|association)\W*+$"
)
_DESCRIBED = _lazy(r"^(?:(?i:a|an|the|one|two|three|several|some|many)\s|\p{Ll})")


def _described(name: str) -> str | None:
    """A speaker written as a description (``a spokesman for the miners``) is its own title."""
    return name if _DESCRIBED().match(name) is not None else None


_APPOSITIVE = _lazy(r",\s{1,3}+(?:\d{1,3},\s{1,3}+)?((?:[^,.;:!?\"“”]|\.(?=\w)){3,120}+)")
#: A title that is only an age (``Jo Kim, 52, who has been on strike``).
_AGE = _lazy(r"\A\s*+\d{1,3}\s*+\Z")
#: Up to twelve words just before a name, back to the start of its sentence or clause.
_PREFIX = _lazy(r"(?r)(?:^|[.;:!?\"“”(]|,\s)\s*((?:[\w'’&-]+\s{1,3}){0,11}[\w'’&-]+),?\s{1,3}\Z")


#: First words that show the text after ``Name,`` is not a description of the name.
_NOT_APPOSITIVE = frozenset(
    {
        *("says", "said", "told", "tells", "adds", "added", "and", "but", "or", "who's"),
        *("he", "she", "they", "it", "is", "was", "has", "had"),
    }
)


def _is_title(word: str) -> bool:
    w = _POSSESSIVE().sub("", word.lower()).rstrip(".,")
    return w in TITLE_HEADS or (w.endswith("s") and w[:-1] in TITLE_HEADS)


#: How far before a quote ``_appositive`` looks for the first mention of its speaker.
_APPOSITIVE_WINDOW = 50_000


def _appositive(text: str, name: str, before: int) -> str | None:
    """How the article first describes *name*: ``Name, president of X,`` or
    ``union leader Name`` (the words written just before it in its clause)."""
    if len(name) < 4:
        return None
    # The first mention in a bounded window before the quote (an article's own length),
    # so that a long document of many articles costs the same per character.
    i = text.find(name, max(0, before - _APPOSITIVE_WINDOW), before + len(name) + 1)
    if i < 0:
        return None
    end = i
    for _ in range(2):
        m = _PREFIX().search(text, max(0, end - 160), end)
        if m is None:
            break
        words = m.group(1).split()
        if all(w[:1].isupper() for w in words) and len(words) <= 2:
            end = m.start(1)  # "Authority, Murilo Rubens Habbema": a first name; go back
            continue
        # "strike leader Name" or "Employers' chairman, Name, accused ...": a title just
        # before the name describes it (not "rival Name" or "to boycott Name").
        if _is_title(words[-1]):
            return " ".join(words[-6:])
        # "The head of the National Merchant Marine Authority, Name": a title phrase
        # set off by a comma.
        if "," in text[m.end(1) : end] and any(_is_title(w) for w in words[:3]):
            return " ".join(words)
        break
    a = _APPOSITIVE().match(text, i + len(name), min(len(text), i + len(name) + 130))
    if a is None:
        return None
    words = a.group(1).split()
    first = words[0].lower() if words else ""
    if first.endswith("ed") or first in _NOT_APPOSITIVE:
        return None  # "Name, accused the union": a verb, not a description
    return " ".join(words)


_TITLE_REFERENCE = _lazy(
    r"(?i)\b(?:the|its|their)\s++(?:union|guild|local|company|studio|studios|employer)\b"
)


def _has_reference(title: str) -> bool:
    return _TITLE_REFERENCE().search(title) is not None


def _fill_from_namesakes(quotes: Sequence[Quote]) -> list[Quote]:
    """Give a person written without title or organization those of the same person
    elsewhere in the article (``Tores explained`` after ``Jeff Tores, a member of ...``)."""
    best: dict[str, Speaker] = {}
    for q in quotes:
        sp = q.attribution.speaker if q.attribution else None
        if sp is None or sp.is_group or not (sp.title or sp.organization):
            continue
        words = sp.name.split()
        if not words:
            continue
        for key in {sp.name.lower(), words[-1].lower()}:
            best.setdefault(key, sp)
    if not best:
        return list(quotes)
    out = []
    for q in quotes:
        att = q.attribution
        sp = att.speaker if att else None
        if att is None or sp is None or sp.is_group or sp.title or sp.organization:
            out.append(q)
            continue
        words = sp.name.split()
        known = best.get(sp.name.lower()) or (best.get(words[-1].lower()) if words else None)
        if known is None:
            out.append(q)
            continue
        new = attrs.evolve(sp, title=known.title, organization=known.organization)
        out.append(attrs.evolve(q, attribution=attrs.evolve(att, speaker=new)))
    return out


def enrich(
    text: str, quotes: Sequence[Quote], *, registry: Registry | None = None
) -> tuple[list[Quote], tuple[Organization, ...], Voices]:
    """Return the quotes with organizations and roles resolved, the organizations, the voices."""
    reg = default_registry() if registry is None else registry
    orgs = reg.find(text)
    art = _Article(text, orgs, reg)
    out: list[Quote] = []
    resolved: list[Organization | None] = []
    # A person whose description points at nothing by position resolves the same way
    # wherever they are quoted: resolve them once.
    same: dict[Speaker, tuple[Speaker, Organization | None]] = {}
    for q in _fill_from_namesakes(quotes):
        att = q.attribution
        if att is None:
            out.append(q)
            resolved.append(None)
            continue
        done = same.get(att.speaker)
        if done is None:
            done = _enrich_speaker(art, att.speaker, att, q)
            if not _positional(att.speaker):
                same[att.speaker] = done
        sp, org = done
        if sp != att.speaker:
            q = attrs.evolve(q, attribution=attrs.evolve(att, speaker=sp))
        out.append(q)
        resolved.append(org)
    return out, orgs, summarize_voices(out, resolved)


def summarize_voices(
    quotes: Sequence[Quote], organizations: Iterable[Organization | None] | None = None
) -> Voices:
    """Count quotes and distinct speakers per role and per organization.

    Roles come in the order of :class:`Role`; organizations by number of quotes, then
    by first quote. A speaker's organization is keyed by :func:`display_name` when it
    was resolved (give the resolved organizations in *organizations*, one per quote),
    else by the organization as written. Quotes without a speaker, a role or an
    organization are left out of the respective count.
    """
    orgs = list(organizations) if organizations is not None else [None] * len(quotes)
    by_role: dict[str, tuple[list[int], dict[str, str]]] = {}
    by_org: dict[str, tuple[list[int], dict[str, str]]] = {}
    for i, q in enumerate(quotes):
        sp = q.attribution.speaker if q.attribution else None
        if sp is None:
            continue
        org = orgs[i] if i < len(orgs) else None
        if sp.role is not None:
            _count(by_role, sp.role.value, i, sp.name)
        key = display_name(org) if org is not None else sp.organization
        if key:
            _count(by_org, key, i, sp.name)
    role_order = {r.value: n for n, r in enumerate(Role)}
    roles = sorted(by_role.items(), key=lambda kv: role_order[kv[0]])
    org_items = sorted(by_org.items(), key=lambda kv: (-len(kv[1][0]), kv[1][0][0]))
    return Voices(
        by_role=tuple(_voice(k, v) for k, v in roles),
        by_organization=tuple(_voice(k, v) for k, v in org_items),
    )


def _count(
    table: dict[str, tuple[list[int], dict[str, str]]], key: str, index: int, name: str
) -> None:
    entry = table.setdefault(key, ([], {}))
    entry[0].append(index)
    entry[1].setdefault(name.casefold(), name)


def _voice(key: str, value: tuple[list[int], dict[str, str]]) -> VoiceCount:
    indexes, names = value
    return VoiceCount(
        key=key, quotes=len(indexes), speakers=len(names), names=tuple(names.values())
    )


def enrich_attribution(
    text: str, attribution: Attribution | None, *, registry: Registry | None = None
) -> Attribution | None:
    """The attribution with its speaker's organization and role resolved."""
    if attribution is None:
        return None
    quote = Quote(text="", span=attribution.source_span, kind=QuoteKind.INDIRECT)
    out, _, _ = enrich(text, [attrs.evolve(quote, attribution=attribution)], registry=registry)
    return out[0].attribution
