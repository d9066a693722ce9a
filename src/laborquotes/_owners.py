"""Whose office a possessive names: a person's or an organization's.

``Unite's general secretary``, ``the RMT's leader`` and ``Amazon's spokesman`` name an
organization; ``Ana Ruiz's campaign manager``, ``Mr Ruiz's lawyer`` and ``Ruiz's aides``
(in an article that names Ana Ruiz) name a person, who is no organization; so does
``a spokesman for Senator Ana Ruiz``, the owner written after ``for``.
:class:`PersonOwners` tells them apart for an owner that no organization table knows
(the registry and the article's organizations are asked first, by the caller):

- an owner led by an honorific, an honour or a title written before names (``Mr Ruiz``,
  ``Sir Tom Lee``, ``Sen. Ruiz``, ``Senator Ana Ruiz``: :data:`~._vocab.HONORIFICS`) is a
  person;
- an owner with an organization word or an acronym (``Acme Group``, ``ACME``), or
  whose last word is a word of the name of one of the article's organizations (``the
  Chamber's``, in an article that names a chamber of commerce), is not;
- an owner led by a common first name (``Ana Ruiz``), or ending with one and a surname
  after a title noun (``Health Minister Ana Ruiz``), is a person;
- an owner whose last word is a surname the article gives a person (written after a
  first name or an honorific anywhere in the text) is a person;
- a one-word owner of an office held for one person (``Ruiz's campaign manager``,
  ``Ruiz's lawyer``: :data:`~._vocab.PERSONAL_STAFF_TITLES`) is a person.

The surnames are read in one pass over the capitalised words of the text, on first use.
"""

from __future__ import annotations

from collections.abc import Sequence

from . import _vocab as V
from ._coref import possessive_stripped
from ._marks import TITLE_ABBREVIATIONS
from ._model import Organization, OrgKind
from ._org_names import _lazy
from ._roles import hint_kind

__all__ = ["PersonOwners", "is_given_name"]

_GIVEN = V.given_names()
#: The preposition before the person a spokesperson speaks for.
_FOR = "for "
#: Words before a surname that make it a person's (``Mr``, ``Sir``, ``Sen.``).
_PERSON_LEADS = frozenset(V.HONORIFICS)
_STAFF = frozenset(V.PERSONAL_STAFF_TITLES)
_FUNCTION_WORDS = frozenset((*V.FUNCTION_WORDS, "a", "an", "the"))
#: Capitalized words that open a sentence or a line and are no first name (``About``).
_NOT_FIRST = frozenset(V.NAME_STOPWORDS)
#: The last characters of a word written with a mark to take off (``Ruiz.``, ``Ruiz'``).
_MARKED_ENDS = frozenset(".'’")
_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)
#: The longest office of :data:`_STAFF`, in words.
_STAFF_WORDS = max(len(t.split()) for t in V.PERSONAL_STAFF_TITLES)

#: The marks of a possessive.
_MARKS = ("'", "’")
#: Two capitalised words, each with the full stop of an abbreviation (``Sen.``), and one
#: space between (the second is looked at, not taken, so that it may begin the next
#: pair): one scan finds every word written right after another; Python sees only those.
_CAP_PAIR = _lazy(r"(?<![\w'’\-.])(\p{Lu}[\p{L}\p{M}'’\-]*+\.?)\ (?=(\p{Lu}[\p{L}\p{M}'’\-]*+\.?))")


def _sentence_end(word: str) -> bool:
    """Whether *word*, written before another capitalized word, ends a sentence with its
    full stop (``Monday.``, ``Inc.``), not an initial or a title's abbreviation (``J.``,
    ``Gov.``): the word after it opens the next sentence, no name's second word."""
    return word[-1] == "." and len(word) > 2 and word[:-1] not in TITLE_ABBREVIATIONS


def _unmarked(word: str) -> str:
    """*word* as written after another (:data:`_CAP_PAIR`), without the full stop or the
    possessive it ends with (``Ruiz.``, ``Ruiz's`` -> ``Ruiz``)."""
    if word[-1] in _MARKED_ENDS or "'" in word or "’" in word:
        return possessive_stripped(word.rstrip(".")).rstrip("'’")
    return word


def _titled_name(words: list[str]) -> bool:
    """``Health Minister Ryan Park``, ``Labour leader Ana Ruiz``: a title noun, then a
    first name and a surname at the end."""
    return (
        len(words) >= 3
        and words[-2] in _GIVEN
        and any(w.lower() in _TITLE_NOUNS for w in words[:-2])
    )


def is_given_name(word: str) -> bool:
    """Whether *word* is a first name of the tables (``Ana``), also hyphenated with
    another (``Marie-Ève``, ``Philippe-Antoine``)."""
    return word in _GIVEN or ("-" in word and word.split("-", 1)[0] in _GIVEN)


def _words(owner: str) -> list[str]:
    """The words of an owner as written before its possessive (``Ruiz’`` -> ``Ruiz``)."""
    words = owner.replace("’", "'").strip(" ,;:'\"“”").split()
    if words:
        words[-1] = possessive_stripped(words[-1]).rstrip("'")
    return [w for w in words if w]


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def staff_office(title: str | None) -> bool:
    """Whether *title* ends in an office held for one person (``deputy campaign
    manager``, ``top policy aide``)."""
    words = (title or "").lower().replace(",", " ").split()
    return any(" ".join(words[-n:]) in _STAFF for n in range(1, min(_STAFF_WORDS, len(words)) + 1))


class PersonOwners:
    """The people an article names, to tell a person's possessive from an organization's."""

    def __init__(self, text: str, orgs: Sequence[Organization] = ()) -> None:
        self._text = text
        self._orgs = orgs
        self._surnames: frozenset[str] | None = None
        self._second: frozenset[str] | None = None
        self._given: frozenset[str] = frozenset()
        self._org_words: frozenset[str] | None = None

    def org_words(self) -> frozenset[str]:
        """The words of the names of the article's organizations (``Chamber``)."""
        if self._org_words is None:
            self._org_words = frozenset(
                w for o in self._orgs for name in (o.name, *o.aliases) for w in name.split()
            )
        return self._org_words

    def surnames(self) -> frozenset[str]:
        """Surnames the article gives people (read once, on first use)."""
        if self._surnames is None:
            self._read_pairs()
            assert self._surnames is not None
        return self._surnames

    def given_names(self) -> frozenset[str]:
        """First names of the tables the article writes before another capitalized word,
        but for a company's first word before its second (``Orrin`` of ``Orrin
        Aircraft``)."""
        if self._second is None:
            self._read_pairs()
        return self._given

    def second_words(self) -> frozenset[str]:
        """Words the article writes right after a capitalized word that is no function
        word (``Johnson`` of ``Woody Johnson``, ``Railways`` of ``Northmoor Railways``;
        not ``Northmoor`` of ``A Northmoor spokesman``)."""
        if self._second is None:
            self._read_pairs()
            assert self._second is not None
        return self._second

    def _companies_led(self) -> dict[str, tuple[str, ...]]:
        """The first two words of the article's companies' names of two words or more, by
        first word: a word written where its company's second word follows (``Strike
        Stalls Tallgrass Aerostructures``, a headline) is that name's, no person's second
        word."""
        led: dict[str, list[str]] = {}
        for o in self._orgs:
            words = o.name.split(None, 2)
            if o.kind is OrgKind.EMPLOYER and len(words) > 1:
                led.setdefault(words[0], []).append(" ".join(words[:2]))
        return {w: tuple(names) for w, names in led.items()}

    def _read_pairs(self) -> None:
        """:meth:`surnames`, the words after a first name or an honorific and one space,
        and :meth:`second_words`, in one scan."""
        # (the words as written first, each distinct one then taken off its marks once:
        # a long text writes the same names again and again; one match at a time, not
        # a list of every pair, which a long text makes by the ten thousand and the
        # garbage collector would count)
        surnames: set[str] = set()
        second: set[str] = set()
        given: set[str] = set()
        led = self._companies_led()
        for m in _CAP_PAIR().finditer(self._text):
            first, w = m.groups()
            if first in _GIVEN and not (
                first in led and self._text.startswith(led[first], m.start(1))
            ):
                given.add(first)
            if first in _GIVEN or first in _PERSON_LEADS:
                surnames.add(w)
            if (
                first.lower() not in _FUNCTION_WORDS
                and first not in _NOT_FIRST
                and not (first.isupper() and len(first) > 1)
                and not _sentence_end(first)
                and not (w in led and self._text.startswith(led[w], m.start(2)))
            ):
                second.add(w)  # (not after ``About``, ``SOURCE``: no first name)
        self._surnames = frozenset(map(_unmarked, surnames))
        self._second = frozenset(map(_unmarked, second))
        self._given = frozenset(given)

    def possessive_in(self, owner: str, start: int, end: int) -> bool:
        """Whether *owner* is written as a possessive between *start* and *end*, or
        after ``for`` (``a spokesman for Senator Ana Ruiz``: whose office it is)."""
        at = self._text.find(owner, start, end)
        if at < 0 or self._text[max(start, at - 4) : at].lower() == "the ":
            return False  # (``the Chamber's policy director``: a body's, no person's)
        return (
            self._text.startswith(_MARKS, at + len(owner.rstrip("'’")))
            or self._text[max(start, at - len(_FOR)) : at] == _FOR
        )

    def is_person(self, owner: str, office: str | None) -> bool:
        """Whether *owner*, written before a possessive and found in no organization
        table, is a person; *office* is what they own (``campaign manager``)."""
        words = _words(owner)
        if not words or not words[-1][:1].isupper():
            return False
        if len(words) >= 2 and words[0] in _PERSON_LEADS:
            return True
        if _titled_name(words):
            return True
        if any(_is_acronym(w) for w in words) or hint_kind(" ".join(words)) is not None:
            return False
        if words[-1] in self.org_words():
            return False  # ``the Chamber's strategist``: a word of an organization's name
        if len(words) >= 2 and words[0] in _GIVEN:
            return True
        if len(words) == 1 and staff_office(office):
            return True
        return words[-1] in self.surnames()
