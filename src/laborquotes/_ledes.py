"""Delayed identification: a lede that describes a person the next paragraph names.

News copy often opens with a description and names the person only in the paragraph
after it: ``The Home Secretary was accused of misleading MPs on Tuesday.`` then ``Ana
Ruiz told the Commons that ...``; ``New rules were unveiled by the province's housing
minister.`` then ``Luc Roy said ...``. The speaker records of the name then carry the
lede's title (``Home Secretary``, ``minister``), from which the enrichment reads the
role, as it does for ``Home Secretary Ana Ruiz said``.

The rule is narrow, so that it holds for copy in general:

- the lede is the first paragraph of the body (after the dateline; a headline or a
  byline, short lines without a full stop, is skipped), of at most :data:`MAX_LEDE`
  characters;
- it has exactly one definite description of a person: ``the``, ``The`` or an owner's
  ``X's``, up to three words that describe the office, and an office
  (:data:`~laborquotes._vocab.OFFICE_NOUNS`), with no name after it (``Home Secretary
  Ana Ruiz`` is named already);
- the next paragraph opens with the full name of a person speaker who has no title and
  no organization of their own, and whose surname the text has not written before.

:func:`with_lede_titles` runs after the quotes are attributed and before the
enrichment (:mod:`laborquotes._labour`), which reads roles from titles.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import attrs

from ._coref import with_speaker
from ._model import Quote, Speaker
from ._patterns import alternation, lazy
from ._vocab import OFFICE_NOUNS

__all__ = ["LEDE_STOP_WORDS", "MAX_LEDE", "with_lede_titles"]

#: The longest lede read, in characters (a longer first paragraph is no news lede).
MAX_LEDE = 1_500
#: A paragraph with fewer words is a headline, a byline or a caption, not the lede.
_LEDE_WORDS = 8
#: How far before an office word its description is read.
_DESCRIPTION_REACH = 60
#: At most this many words between ``the`` and the office (``municipal affairs``).
_MODIFIERS = 3

#: Words that cannot describe an office: between one of them and the office word there
#: is no description (``the union said its president``).
LEDE_STOP_WORDS: frozenset[str] = frozenset(
    (
        "a", "an", "and", "as", "at", "by", "for", "from", "had", "has", "her", "his",
        "in", "is", "its", "of", "on", "or", "our", "said", "says", "their", "to", "was",
        "were", "with",
    )
)  # fmt: skip


@lazy
def _office_re() -> str:
    """An office word (``minister``, ``Secretary``) as a whole word."""
    return rf"(?<![\w'’-]){alternation(OFFICE_NOUNS, capitalized=True)}(?![\w'’-])"


@lazy
def _named_after_re() -> str:
    """A name right after a title (``Secretary Ana Ruiz``, ``minister, Ana Ruiz``)."""
    return r"[^\S\n]{0,3},?[^\S\n]{1,3}\p{Lu}"


def _paragraphs(text: str, start: int) -> Iterator[tuple[int, int]]:
    """The paragraphs of *text* from *start* on: the stretches between line breaks that
    read as prose (enough words, a full stop or a closing mark at the end)."""
    for m in _line_re().finditer(text, start):
        pos, end = m.span()
        if end - pos > MAX_LEDE:
            return  # (no paragraph break near: no lede to read)
        line = m.group().strip()
        if len(line.split()) >= _LEDE_WORDS and line[-1:] in ".!?\"'”’":
            yield pos, end


@lazy
def _line_re() -> str:
    """A line that is not empty (one scan skips a run of empty ones)."""
    return r"[^\n]++"


def _description(lede: str) -> str | None:
    """The title of the one definite description of a person in *lede*, or ``None``
    (none, or more than one)."""
    found: set[str] = set()
    for m in _office_re().finditer(lede):
        if _named_after_re().match(lede, m.end()) is None:
            title = _described_title(lede[max(0, m.start() - _DESCRIPTION_REACH) : m.end()])
            if title is not None:
                found.add(title)
    return found.pop() if len(found) == 1 else None


def _described_title(before: str) -> str | None:
    """The title that *before* ends with, after ``the`` or an owner's ``X's`` and up to
    :data:`_MODIFIERS` words that describe the office (``the prime minister``, ``The
    Home Secretary``, ``Acme's chief executive``), or ``None``."""
    words = before.split()
    office = words[-1]
    for k in range(len(words) - 2, max(-1, len(words) - 2 - _MODIFIERS), -1):
        word = words[k]
        if word in ("the", "The") or word.endswith(("'s", "’s")):
            return " ".join(words[k + 1 :])
        capital = word[:1].isupper()
        if word.lower() in LEDE_STOP_WORDS or not word.isalpha() or capital != office[:1].isupper():
            return None  # (``the union said its president``: no description)
    return None


def _named_speaker(text: str, lede: int, start: int, quotes: Sequence[Quote]) -> Speaker | None:
    """The untitled person speaker whose full name opens the paragraph at *start*, when
    the lede (from *lede*) does not write their surname (a headline may)."""
    for q in quotes:
        sp = q.attribution.speaker if q.attribution is not None else None
        if sp is None or sp.is_group or sp.title or sp.organization or " " not in sp.name:
            continue
        after = start + len(sp.name)
        if text.startswith(sp.name, start) and not text[after : after + 1].isalnum():
            surname = sp.name.rsplit(" ", 1)[1]
            return None if surname in text[lede:start] else sp
    return None


def with_lede_titles(text: str, quotes: Sequence[Quote], lead: int = 0) -> list[Quote]:
    """*quotes*, the speaker that the paragraph after the lede names (from *lead*, the
    body's start) with the title the lede describes them by (see the module)."""
    paragraphs = _paragraphs(text, lead)
    lede = next(paragraphs, None)
    after = next(paragraphs, None)
    if lede is None or after is None:
        return list(quotes)
    title = _description(text[lede[0] : lede[1]])
    if title is None:
        return list(quotes)
    paragraph = text[after[0] : after[1]]
    start = after[0] + len(paragraph) - len(paragraph.lstrip())
    named = _named_speaker(text, lede[0], start, quotes)
    if named is None:
        return list(quotes)
    titled = attrs.evolve(named, title=title)
    out = []
    for q in quotes:
        att = q.attribution
        if att is not None and att.speaker == named:
            q = with_speaker(q, att, titled, q.speaker)
        out.append(q)
    return out
