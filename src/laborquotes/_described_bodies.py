"""The government body a lower-case description names: ``the finance ministry``, ``a
justice department spokeswoman``, ``a senior ministry of health official``.

Wire copy often names a ministry or department by its portfolio, in lower case, with no
proper name a table could know. :func:`described_body` reads it out of a speaker's
name or title, so that the speaker's organization is the body, not nothing:

- a body noun (:data:`~._vocab.GOVERNMENT_BODY_NOUNS`) after one or two lower-case
  words of its portfolio (``finance ministry``, ``state department``), or before
  ``of`` and one or two such words (``ministry of finance``);
- a person's rank before the portfolio (``senior``, ``top``:
  :data:`~._vocab.PERSON_RANK_WORDS`), an article, a function word and (after ``of``) a
  title are no part of the body, and a body with no portfolio (``the department``, ``a
  ministry official``) is none: it refers to a body named elsewhere.
"""

from __future__ import annotations

import functools

from . import _vocab as V

__all__ = ["described_body"]

_BODIES = frozenset(V.GOVERNMENT_BODY_NOUNS)
#: Words that end a portfolio on the left: a rank, an article, a function word.
_NOT_PORTFOLIO = (
    frozenset(V.PERSON_RANK_WORDS) | frozenset(V.FUNCTION_WORDS) | frozenset(("a", "an", "the"))
)
_TITLES = frozenset(V.TITLE_NOUNS)
#: At most this many words of a portfolio are read (one more after ``of``).
_PORTFOLIO_WORDS = 2


def _portfolio(words: list[str]) -> list[str]:
    """The portfolio words at the end of *words* (lower case, no rank, at most two)."""
    out: list[str] = []
    for w in reversed(words[-_PORTFOLIO_WORDS:]):
        if not w.isalpha() or not w.islower() or w in _NOT_PORTFOLIO:
            break
        out.append(w)
    return out[::-1]


@functools.lru_cache(maxsize=4096)  # (asked at every quotation of the same speaker)
def described_body(phrase: str | None) -> str | None:
    """The government body that *phrase* (a speaker's name or title) describes in lower
    case, as written without article or rank (``finance ministry``); ``None`` when it
    names none."""
    if not phrase:
        return None
    words = phrase.replace(",", " ").split()
    for k, word in enumerate(words):
        w = word.removesuffix("'s").removesuffix("’s")
        if w not in _BODIES:
            continue
        before = _portfolio(words[:k])
        if before:
            return " ".join((*before, w))
        if w == word and words[k + 1 : k + 2] == ["of"]:
            after = _after_of(words[k + 2 : k + 2 + _PORTFOLIO_WORDS + 1])
            if after:
                return " ".join((w, "of", *after))
    return None


def _after_of(words: list[str]) -> list[str]:
    """The portfolio after ``ministry of`` (``foreign affairs``), up to a title noun."""
    out: list[str] = []
    for word in words:
        w = word.removesuffix("'s").removesuffix("’s")
        if not w.isalpha() or not w.islower() or w in _NOT_PORTFOLIO or w in _TITLES:
            break
        out.append(w)
        if w != word:
            break  # (``the ministry of health's spokesman``)
    return out
