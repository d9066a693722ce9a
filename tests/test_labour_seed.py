"""Golden test: organizations, roles and voices on the seed article."""

from __future__ import annotations

import laborquotes as lq


def _speakers(article: lq.Article) -> dict[str, lq.Speaker]:
    out: dict[str, lq.Speaker] = {}
    for q in article.quotes:
        if q.attribution is not None:
            out.setdefault(q.attribution.speaker.name, q.attribution.speaker)
    return out


def test_seed_people_roles(seed_text: str) -> None:
    sp = _speakers(lq.parse(seed_text))
    tores = sp["Jeff Tores"]
    assert (tores.role, tores.organization) == (lq.Role.WORKER, "SAG-AFTRA")
    kiefer = sp["Peter Kiefer"]
    assert (kiefer.role, kiefer.organization) == (lq.Role.MEDIA, "The Ankler")


def test_seed_group_speakers(seed_text: str) -> None:
    article = lq.parse(seed_text)
    indirect = {
        q.attribution.speaker.name: q.attribution.speaker
        for q in article.quotes
        if q.kind is lq.QuoteKind.INDIRECT and q.attribution is not None
    }
    leadership = indirect["SAG-AFTRA leadership"]
    assert leadership.is_group
    assert (leadership.role, leadership.organization) == (lq.Role.UNION_OFFICIAL, "SAG-AFTRA")
    studios = indirect["The studios"]
    assert studios.is_group
    assert studios.role is lq.Role.EMPLOYER


def test_seed_unions(seed_text: str) -> None:
    article = lq.parse(seed_text)
    unions = {o.acronym: o for o in article.organizations if o.kind is lq.OrgKind.UNION}
    assert {"SAG-AFTRA", "WGA"} <= set(unions)
    # "Writer's Guild of America (WGA)": the misspelling and the acronym are one organization
    assert "Writer's Guild of America" in unions["WGA"].aliases
    for o in article.organizations:
        for s in o.mentions:
            assert s.slice(seed_text) in (o.name, *o.aliases)


def test_seed_voices(seed_text: str) -> None:
    voices = lq.parse(seed_text).voices
    by_role = {v.key: v for v in voices.by_role}
    assert {"union_official", "worker", "employer", "media"} <= set(by_role)
    assert "Jeff Tores" in by_role["worker"].names
    assert "Peter Kiefer" in by_role["media"].names
    assert voices.by_organization[0].key == "SAG-AFTRA"
