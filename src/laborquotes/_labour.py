"""Organizations, speaker roles and the voices summary.

:func:`enrich` runs after the quotes are found. It finds every organization in the
article (:meth:`Registry.find <._orgs.Registry.find>`), resolves what each speaker's
organization and group phrase stand for (:class:`._coref.ArticleOrgs`: ``the union`` is
the union the article is about, ``the studios`` the employer group it names), gives each
speaker a :class:`Role` by the rule tables of :mod:`._roles`, and counts who gets a voice.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import attrs

from ._coref import (
    HEAD_REFERENCES,
    REFERENCE_KINDS,
    REFERENCE_START,
    ArticleOrgs,
    appositive,
    display_name,
    fill_from_namesakes,
    has_reference,
)
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
from ._org_names import _lazy
from ._orgs import Registry, default_registry
from ._roles import group_role, hint_kind, person_role

__all__ = [
    "HEAD_REFERENCES",
    "REFERENCE_KINDS",
    "display_name",
    "enrich",
    "enrich_attribution",
    "summarize_voices",
]

#: The last word of a group phrase that names an organization (``the flight attendants
#: union``), not a person.
_GROUP_HEAD = _lazy(
    r"(?i)\b(?:union|unions|guild|federation|company|companies|studios|management|"
    r"employers|producers|league|government|ministry|administration|association)\W*+$"
)
#: A speaker written as a description (``a spokesman``, ``union members``).
_DESCRIBED = _lazy(r"^(?:(?i:a|an|the|one|two|three|several|some|many)\s|\p{Ll})")
#: A title that is only an age (``Jo Kim, 52, who has been on strike``).
_AGE = _lazy(r"\A\s*+\d{1,3}\s*+\Z")


def _described(name: str) -> str | None:
    """A speaker written as a description (``a spokesman for the miners``) is its own title."""
    return name if _DESCRIBED().match(name) is not None else None


def _speaker_pos(att: Attribution, quote: Quote) -> int:
    return min(att.source_span.start, quote.span.start)


def _enrich_speaker(
    art: ArticleOrgs, sp: Speaker, att: Attribution, quote: Quote
) -> tuple[Speaker, Organization | None]:
    """The speaker with organization and role resolved, and the organization."""
    pos = _speaker_pos(att, quote)
    org, shown = art.resolve(sp.organization, pos)
    name_org = art.lookup(sp.name)
    if _is_group(art, sp, name_org):
        if org is None and name_org is not None:
            org, shown = name_org, display_name(name_org)
        if org is None:
            ref, _ = art.reference(sp.name, pos)
            if ref is not None:
                org, shown = ref, display_name(ref)
        kind = org.kind if org is not None else hint_kind(shown or sp.name)
        role = sp.role or group_role(_without_org(art, sp.name), kind)
        return attrs.evolve(sp, organization=shown, role=role, is_group=True), org
    org, shown, role = _person_role(art, sp, org, shown, max(att.source_span.end, pos), pos)
    return attrs.evolve(sp, organization=shown, role=role, is_group=False), org


def _is_group(art: ArticleOrgs, sp: Speaker, name_org: Organization | None) -> bool:
    """Whether *sp* speaks as a group: so marked, a group phrase that ends in an
    organization's head noun (``the flight attendants union``), or an organization's
    whole name (``NBC said``)."""
    if sp.is_group:
        return True
    if _described(sp.name) and _GROUP_HEAD().search(sp.name) is not None:
        return True
    if name_org is None:
        return False
    hit = art.registry.first_in(sp.name)
    return hit is not None and hit[1] == 0 and hit[2] >= len(sp.name.rstrip(" .,"))


def _person_role(
    art: ArticleOrgs,
    sp: Speaker,
    org: Organization | None,
    shown: str | None,
    seen_by: int,
    pos: int,
) -> tuple[Organization | None, str | None, Role | None]:
    """A person's organization, its name as shown, and the person's role, read from
    the title (or, with none written, the description the article gives)."""
    title = sp.title
    if title and _AGE().match(title) is not None:
        title = None
    guessed = False
    if not title and not sp.organization:
        title = _described(sp.name) or appositive(art.text, sp.name, seen_by)
        guessed = title is not None
    if org is None and sp.organization is None and title:
        org = art.lookup(title)
        if org is None and has_reference(title):
            org, _ = art.reference(title, pos)
        if org is not None:
            shown = display_name(org)
    kind: OrgKind | None = org.kind if org is not None else None
    described = title
    if kind is None and shown:
        kind = hint_kind(shown)
        # An organization no table knows may be a description (``Leeds who joined the
        # picket line``): its words count with the title's.
        described = f"{title or ''} {shown}".strip()
    if _described(sp.name) and sp.name != title:
        # ``A union spokesman in Lagos``: the name describes the speaker too.
        described = f"{sp.name} {described or ''}".strip()
        if kind is None:
            kind = hint_kind(sp.name)
    role = sp.role or person_role(described, kind)
    if guessed and role is Role.OTHER and org is None:
        role = None  # a guessed description that no rule reads supports no role
    return org, shown, role


def _positional(sp: Speaker) -> bool:
    """Whether resolving *sp* depends on where it is quoted (references, descriptions)."""
    if sp.is_group or not sp.title or not sp.organization:
        return True
    return REFERENCE_START().match(sp.organization) is not None or has_reference(sp.title)


def _without_org(art: ArticleOrgs, phrase: str) -> str:
    """The phrase with the organization it names taken out (``Local 7 members`` ->
    ``members``), so that a name like ``United Auto Workers`` is not read as workers."""
    hit = art.registry.first_in(phrase)
    if hit is None:
        return phrase
    return (phrase[: hit[1]] + " " + phrase[hit[2] :]).strip()


def enrich(
    text: str, quotes: Sequence[Quote], *, registry: Registry | None = None
) -> tuple[list[Quote], tuple[Organization, ...], Voices]:
    """Return the quotes with organizations and roles resolved, the organizations, the voices."""
    reg = default_registry() if registry is None else registry
    orgs = reg.find(text)
    art = ArticleOrgs(text, orgs, reg)
    out: list[Quote] = []
    resolved: list[Organization | None] = []
    # A person whose description points at nothing by position resolves the same way
    # wherever they are quoted: resolve them once.
    same: dict[Speaker, tuple[Speaker, Organization | None]] = {}
    for q in fill_from_namesakes(quotes):
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
    organization are left out of the respective count. A partial quote inside the
    indirect one before it, with the same attribution, is counted with it, once.
    """
    orgs = list(organizations) if organizations is not None else [None] * len(quotes)
    by_role: dict[str, tuple[list[int], dict[str, str]]] = {}
    by_org: dict[str, tuple[list[int], dict[str, str]]] = {}
    outer: Quote | None = None
    for i, q in enumerate(quotes):
        sp = q.attribution.speaker if q.attribution else None
        if _nested(q, outer):
            continue  # its words in marks: counted with the indirect quote around them
        outer = q if q.kind is QuoteKind.INDIRECT else outer
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


def _nested(q: Quote, outer: Quote | None) -> bool:
    """A partial quote inside the indirect one before it, with the same attribution."""
    return (
        outer is not None
        and q.kind is QuoteKind.PARTIAL
        and outer.span.start < q.span.start < outer.span.end
        and q.attribution == outer.attribution
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
