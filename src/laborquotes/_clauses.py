"""The reporter's sentence: its subject, its verb, and what may close it.

Both quotation finders read the sentence a quotation or a reported clause sits in:
:mod:`._quotes` for ``Ana Ruiz shot back, "..."`` (the subject speaks the quotation) and
:mod:`._indirect` for ``..., saying the plan ...`` (a participle reports its subject's
words). The pieces they share live here, below both, so that the data flows one way.
"""

from __future__ import annotations

from ._orgs import _lazy

__all__ = ["NOT_VERBS", "SMALL_WORDS", "in_headline", "verb_after_re"]

# --------------------------------------------------------------------------- word tables
# (to move into ``_vocab`` when the vocabulary split lands)

#: Short words that title case leaves in lower case (``Bridge over the River``).
SMALL_WORDS: frozenset[str] = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "de", "el", "for", "from",
        "in", "into", "is", "la", "nor", "not", "of", "on", "or", "over", "so", "the", "to",
        "up", "v.", "vs", "vs.", "with", "yet",
    )
)  # fmt: skip

#: Words that follow a subject without being its verb (``Ana Ruiz and ...``).
NOT_VERBS: frozenset[str] = frozenset(
    ("a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with")
)

# --------------------------------------------------------------------------- grammar

#: The verb right after a subject: ``Tom Lee, R-Ky., delivered`` (the subject's last
#: period comes before the comma) and ``..., president of the United Auto Workers (UAW),
#: said`` (an acronym in brackets), with one adverb allowed before it.
verb_after_re = _lazy(
    r"(?:\.(?=,))?(?:\s*+\([^()\n]{1,40}+\))?\s*+,?\s*+"
    r"(?:(?:also|then|later|again|\p{Ll}+ly)\s++)?(\p{Ll}{2,}+)\b"
)

#: A headline line is at most this long; a longer line is prose.
_HEADLINE_MAX = 200
#: A title-case line needs at least this many capitalized words to be a headline.
_HEADLINE_MIN_WORDS = 4


def in_headline(text: str, pos: int) -> bool:
    """Whether *pos* is on a title-case line (``Mayor Opens Bridge Nobody Wanted``),
    where capitalised words run together and are not a name."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a : b if b >= 0 else len(text)]
    if len(line) > _HEADLINE_MAX:
        return False
    words = [w for w in line.split() if w[:1].isalpha() and w.lower() not in SMALL_WORDS]
    return len(words) >= _HEADLINE_MIN_WORDS and all(w[0].isupper() for w in words)
