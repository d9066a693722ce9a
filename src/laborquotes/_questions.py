"""Reported questions whose asker is not named: ``Asked whether the strike would go ahead,
Ruiz said ...``, ``... she said when asked about the vote.``, ``He was asked why ...``.

The question is reported speech (``indirect``), but its asker (a reporter, an interviewer)
is nobody the text names, and the person asked is the one who *answers*: the record has no
attribution rather than the wrong one. Only the participle and the passive are read here
(``Asked whether``, ``when asked if``, ``was asked what``); a named asker (``the union asked
whether ...``) is a reporting verb with a subject, read by :mod:`._indirect`.

One scan for ``asked`` and a question word; the question runs to the next comma, colon,
semicolon, dash or quotation mark, or to its sentence's end, so the work is linear.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ._clauses import WORD_RE
from ._frames import WH_WORDS
from ._marks import Structure
from ._patterns import lazy_stdlib

__all__ = ["unnamed_questions"]

#: Words that open the question after ``asked`` (the question words and ``about``).
QUESTION_LEADS: tuple[str, ...] = tuple(sorted({*WH_WORDS, "about", "which", "whom"}))
#: The words before ``asked`` that leave its asker unnamed: a passive (``was asked``) or a
#: subordinator before the participle (``when asked``); or none, at a sentence's start.
UNNAMED_ASKER_LEADS: tuple[str, ...] = (
    "after", "are", "be", "been", "before", "being", "if", "is", "once", "unless", "was",
    "were", "when", "whenever", "while",
)  # fmt: skip
#: Adverbs read past between a lead and ``asked`` (``was also asked``, ``Later asked``);
#: after a subject they leave the asker named (``Ruiz then asked``).
ASKER_ADVERBS: tuple[str, ...] = ("again", "also", "later", "then")
#: A question has at least this many words, and ends before any of these characters.
_MIN_WORDS = 2
_ENDS = ',;:"“”—–()'
#: How far a question may run, in characters.
_REACH = 300


@lazy_stdlib
def _sked_re() -> str:
    # ``sked`` and a question word: ``asked`` without its first letter (a literal first,
    # which ``re`` finds several times faster than a class of two letters: ``a`` is
    # everywhere). The ``A`` or ``a`` and the word boundary before it are tested in Python.
    leads = "|".join(QUESTION_LEADS)
    return rf"sked[ \t]+(?:{leads})(?![\w’'-])"


def _asked_at(text: str) -> Iterator[tuple[int, int]]:
    """Where ``asked`` and a question word stand in *text*, as ``(start, end)`` of
    ``asked``, in order, as one expression (``asked`` or ``Asked``, spaces or tabs, a word
    of :data:`QUESTION_LEADS` ending a word) would find them with ``finditer`` (the tests
    compare the two): each found from its literal ``sked`` and checked for the ``A`` or
    ``a`` before it."""
    search = _sked_re().search
    pos = 1
    while (m := search(text, pos)) is not None:
        at = m.start() - 1
        if text[at] in "Aa":
            yield at, m.start() + len("sked")
            pos = m.end() + 1  # (matches do not overlap: the next opens at m.end() or later)
        else:
            pos = m.start() + 1


def unnamed_questions(
    text: str,
    st: Structure,
    mark_spans: tuple[list[int], list[int]],
    reported: tuple[list[int], list[int]],
) -> list[tuple[int, int]]:
    """The spans of the questions an unnamed asker put, in order: outside the quotations
    *mark_spans* and the clauses already *reported* with a speaker (both sorted, each
    given as its starts and its ends: two lists of ints, not a pair per span)."""
    out: list[tuple[int, int]] = []
    marks = _Spans(*mark_spans)
    taken = _Spans(*reported)
    for at, asked_end in _asked_at(text):
        if at and (text[at - 1].isalnum() or text[at - 1] in "_’'-"):
            continue  # (``unasked``, ``re-asked``: inside a word)
        if not _unnamed_asker(text, st, at) or marks.holds(at):
            continue
        span = _question(text, st, asked_end)
        if span is None or taken.meets(*span) or (out and span[0] < out[-1][1]):
            continue
        out.append(span)
    return out


def _unnamed_asker(text: str, st: Structure, at: int) -> bool:
    """Whether ``asked`` at *at* opens its sentence or follows one of
    :data:`UNNAMED_ASKER_LEADS` (``when asked``, ``was asked``), with an adverb of
    :data:`ASKER_ADVERBS` between or not."""
    ss = st.sentence_start(at)
    word, k = _word_back(text, ss, at)
    if word in _ADVERBS:
        word, k = _word_back(text, ss, k)
    return word == "" or word in _LEADS  # (``Asked whether ...``: the sentence's start)


def _word_back(text: str, ss: int, pos: int) -> tuple[str, int]:
    """The word before *pos* (lower case, read up to :data:`_LONGEST_WORD` characters)
    and where it starts; ``""`` when the sentence starts before it."""
    k = pos
    while k > ss and not text[k - 1].isalnum():
        k -= 1
    j = k
    while j > max(ss, k - _LONGEST_WORD) and text[j - 1].isalnum():
        j -= 1
    if j > ss and text[j - 1].isalnum():
        return "-", j  # (a longer word than any lead)
    return text[j:k].lower(), j


_LEADS = frozenset(UNNAMED_ASKER_LEADS)
_ADVERBS = frozenset(ASKER_ADVERBS)
_LONGEST_WORD = 8


class _Spans:
    """Sorted, disjoint spans, asked whether a position or a span falls in one."""

    __slots__ = ("ends", "starts")

    def __init__(self, starts: list[int], ends: list[int]) -> None:
        self.starts = starts
        self.ends = ends

    def holds(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and self.starts[i] < pos < self.ends[i]

    def meets(self, a: int, b: int) -> bool:
        """Whether ``[a, b)`` overlaps one of the spans."""
        i = bisect.bisect_left(self.starts, b) - 1
        return i >= 0 and self.ends[i] > a


def _question(text: str, st: Structure, after: int) -> tuple[int, int] | None:
    """The question after ``asked`` (from its first word up to its end)."""
    a = after
    while a < len(text) and text[a] in " \t":
        a += 1
    end = min(st.sentence_end(a), a + _REACH)
    b = a
    while b < end and text[b] not in _ENDS and text[b] != "\n":
        b += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ".?!"):
        b -= 1
    if len(WORD_RE.findall(text, a, b)) < _MIN_WORDS:
        return None
    return a, b
