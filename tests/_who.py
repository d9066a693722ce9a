"""What the who-is-who tests read of a parse: each speaker by name, with their title,
organization and role (shared by the tests of regional, Irish, Indian and business
naming and of local bodies)."""

from __future__ import annotations

import laborquotes
from laborquotes import Role

#: A speaker's title, organization and role.
Found = tuple[str | None, str | None, Role | None]


def speakers(text: str) -> dict[str, Found]:
    """Each speaker's name in *text*, with their title, organization and role."""
    out = {}
    for q in laborquotes.parse(text).quotes:
        if q.attribution is not None:
            sp = q.attribution.speaker
            out[sp.name] = (sp.title, sp.organization, sp.role)
    return out
