"""Organizations, speaker roles and the voices summary (stub, owned by the labour work)."""

from __future__ import annotations

from collections.abc import Sequence

from ._model import Organization, Quote, Voices

__all__ = ["enrich"]


def enrich(
    text: str, quotes: Sequence[Quote]
) -> tuple[list[Quote], tuple[Organization, ...], Voices]:
    """Return the quotes with organizations and roles resolved, the organizations, the voices."""
    return list(quotes), (), Voices()
