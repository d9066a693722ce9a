"""Where a literal is written in one text, each stretch of the text read once.

A question asked once per quotation (``is the speaker's name followed by an age
within an article's length of here?``) reads a window of the text around each
quotation: on a long document, the same characters are read again for every
quotation of the same speaker. :class:`LiteralIndex` remembers, for each literal,
the places it was found in the stretch read so far; a window that moves forward reads
only what it adds.
"""

from __future__ import annotations

import bisect

__all__ = ["LiteralIndex"]


class LiteralIndex:
    """The places of literals in one text, found with ``str.find`` (in C)."""

    __slots__ = ("_read", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        #: literal -> (lo, hi, places): every place ``p`` of the literal with
        #: ``lo <= p`` and ``p + len(literal) <= hi``, in order.
        self._read: dict[str, tuple[int, int, list[int]]] = {}

    def places(self, literal: str, lo: int, hi: int) -> list[int]:
        """Every place where *literal* (not empty) is written inside ``text[lo:hi]``,
        overlapping ones included, in order: what ``str.find(literal, p + 1, hi)``
        finds from ``lo`` on, one place after another."""
        n = len(literal)
        read = self._read.get(literal)
        if read is not None and read[0] <= lo <= read[1]:
            a, b, found = read
            if hi > b:
                # (the window moved forward: read only the stretch it adds)
                found.extend(self._scan(literal, max(a, b - n + 1), hi))
                self._read[literal] = (a, hi, found)
            i = bisect.bisect_left(found, lo)
            return found[i : bisect.bisect_right(found, hi - n, i)]
        found = self._scan(literal, lo, hi)
        self._read[literal] = (lo, hi, found)
        return list(found)

    def _scan(self, literal: str, lo: int, hi: int) -> list[int]:
        out: list[int] = []
        at = self.text.find(literal, lo, hi)
        while at >= 0:
            out.append(at)
            at = self.text.find(literal, at + 1, hi)
        return out
