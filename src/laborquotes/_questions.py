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
import re

from ._frames import WH_WORDS
from ._marks import Structure
from ._patterns import lazy_stdlib

__all__ = ["unnamed_questions"]

#: Words that open the question after ``asked`` (the question words and ``about``).
QUESTION_LEADS: tuple[str, ...] = tuple(sorted({*WH_WORDS, "about", "which", "whom"}))
#: The words before ``asked`` that leave its asker unnamed: a passive (``was asked``) or a
#: subordinator before the participle (``when asked``); or none, at a sentence's start.
UNNAMED_ASKER_LEADS: tuple[str, ...] = (
    "after", "also", "again", "are", "be", "been", "before", "being", "is", "later", "once",
    "then", "was", "were", "when", "while",
)  # fmt: skip
#: A question has at least this many words, and ends before any of these characters.
_MIN_WORDS = 2
_ENDS = ',;:"“”—–()'
#: How far a question may run, in characters.
_REACH = 300


@lazy_stdlib
def _asked_re() -> str:
    # (no look-behind first: ``re`` finds the leading letters fast; the word boundary
    # before ``asked`` is tested in Python)
    leads = "|".join(QUESTION_LEADS)
    return rf"([Aa]sked)[ \t]+(?:{leads})(?![\w’'-])"


def unnamed_questions(
    text: str, st: Structure, mark_spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The spans of the questions an unnamed asker put (outside quotations), in order."""
    out: list[tuple[int, int]] = []
    starts = [a for a, _ in mark_spans]
    for m in _asked_re().finditer(text):
        at = m.start()
        if at and (text[at - 1].isalnum() or text[at - 1] in "_’'-"):
            continue  # (``unasked``, ``re-asked``: inside a word)
        if not _unnamed_asker(text, st, at) or _quoted(starts, mark_spans, at):
            continue
        span = _question(text, st, m.end(1))
        if span is not None and (not out or span[0] >= out[-1][1]):
            out.append(span)
    return out


def _unnamed_asker(text: str, st: Structure, at: int) -> bool:
    """Whether ``asked`` at *at* opens its sentence or follows one of
    :data:`UNNAMED_ASKER_LEADS` (``when asked``, ``was asked``)."""
    ss = st.sentence_start(at)
    k = at
    while k > ss and not text[k - 1].isalnum():
        k -= 1
    if k <= ss:
        return True  # (``Asked whether ...``, also after an opening bracket or a dash)
    j = k
    while j > max(ss, k - 8) and text[j - 1].isalpha():
        j -= 1
    return text[j:k].lower() in _LEADS


_LEADS = frozenset(UNNAMED_ASKER_LEADS)


def _quoted(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    i = bisect.bisect_right(starts, pos) - 1
    return i >= 0 and spans[i][0] < pos < spans[i][1]


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
    if len(re.findall(r"\w+", text[a:b])) < _MIN_WORDS:
        return None
    return a, b
