"""Speaker phrases that are only the end of an organization's name.

The speaker grammar reads capitalized words and a few joiners, so a name with other
lower-case words (``Fédération interprofessionnelle de la santé du Québec``, ``Unión
General de Trabajadores``, ``Confédération des syndicats nationaux``) leaves it its last
capitalized words only: ``du Québec said`` would speak for a place. When the registry
has found an organization whose mention starts before such a speaker phrase, in the
same sentence, and ends inside it (where the phrase ends, or where its appositive
opens), the organization is the speaker: the attribution's ``source_span`` starts at
the mention and the speaker is its name as written (a group; the enrichment then gives
it the organization and its role). So is a mention that is the whole head of a speaker
phrase the grammar read as a person's name (``the Compagnie fluviale du Rhône``).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from ._model import Attribution, Organization, Quote, Span, Speaker
from ._vocab import ORG_NAME_JOINERS

__all__ = ["whole_org_speakers"]

#: What may not stand inside an organization's mention before the speaker phrase: the
#: end of a sentence or a line break (two mentions run together are no one name).
_BREAKS = frozenset('.!?\n"“”')


def whole_org_speakers(
    text: str, orgs: Sequence[Organization], quotes: Sequence[Quote]
) -> list[Quote]:
    """*quotes*, each whose speaker phrase opens inside an organization's mention (and
    runs to its end, or on into an appositive) given that whole mention as its speaker.
    Quotes are parsed before :func:`laborquotes.parse` builds the cast: none has one."""
    mentions = sorted((m.start, m.end) for org in orgs for m in org.mentions)
    if not mentions:
        return list(quotes)
    return [_whole(text, mentions, q) for q in quotes]


def _whole(text: str, mentions: list[tuple[int, int]], q: Quote) -> Quote:
    att = q.attribution
    if att is None or att.source_span is None:
        return q
    src = att.source_span
    found = _mention_in(text, mentions, src.start, src.end)
    if found is None:
        return q
    start, end = found
    if start >= src.start:
        # (the phrase opens with the name, which the grammar read as a person's: the
        # name as written, its article kept)
        if att.speaker.is_group:
            return q
        start = src.start
    speaker = Speaker(
        name=" ".join(text[start:end].split()),
        title=None,
        organization=None,
        role=None,
        is_group=True,
        person=att.speaker.person,
    )
    new = Attribution(
        speaker=speaker,
        source_span=Span(start=start, end=max(src.end, end)),
        cue=att.cue,
        cue_span=att.cue_span,
        date=att.date,
    )
    return Quote(text=q.text, span=q.span, kind=q.kind, attribution=new)


def _mention_in(
    text: str, mentions: list[tuple[int, int]], src_start: int, src_end: int
) -> tuple[int, int] | None:
    """The mention that is the head of the speaker phrase ``[src_start, src_end)``: one
    that opens before it and ends inside it, or one that opens it (after an article)."""
    k = bisect.bisect_left(mentions, (src_start, -1))
    if k > 0:
        start, end = mentions[k - 1]
        if start < src_start < end <= src_end and _tail_ok(text, start, src_start, end, src_end):
            return start, end
    lead = text[src_start : src_start + _ARTICLE_REACH]
    skip = next((len(a) for a in _ARTICLES if lead.startswith(a)), 0)
    k = bisect.bisect_left(mentions, (src_start + skip, -1))
    if k < len(mentions) and mentions[k][0] == src_start + skip:
        start, end = mentions[k]
        if (
            (end <= src_end or _joined_on(text, src_end, end))
            and len(text[start:end].split()) > 1  # (``Bloomberg said``: maybe a surname)
            and _tail_ok(text, start, start, end, max(src_end, end))
        ):
            return start, end
    return None


def _joined_on(text: str, src_end: int, end: int) -> bool:
    """Whether the mention goes on past the speaker phrase's end at *src_end* with a
    joiner of a name (``said Transport for Wales``: the phrase read ``Transport``)."""
    rest = text[src_end:end].split(" ", 2)
    return len(rest) == 3 and rest[0] == "" and rest[1] in _JOINERS


_JOINERS = frozenset(ORG_NAME_JOINERS)


#: An article before an organization's name in a speaker phrase.
_ARTICLES = ("the ", "The ")
_ARTICLE_REACH = 4


def _tail_ok(text: str, start: int, src_start: int, end: int, src_end: int) -> bool:
    """Whether the mention ``[start, end)`` holds no sentence end before the speaker
    phrase at *src_start*, and the phrase runs on after it (to *src_end*) only into an
    appositive (``, which represents ...``)."""
    if not _BREAKS.isdisjoint(text[start:src_start]):
        return False
    after = text[end:src_end].lstrip()
    close = after.find(")") if after[:1] == "(" else -1
    if close > 1 and after[1:close].isupper() and after[close + 1 :].strip():
        return False  # (``Barbados Workers' Union (BWU) deputy general secretary Ann Reid``)
    return not after or after[0] in ",("
