"""The cast: one :class:`~._model.Person` per person the article quotes.

:func:`build_cast` runs last, on the quotes whose speakers :mod:`._coref` resolved and
:mod:`._labour` gave organizations and roles. Each person speaker (not a group, not a
pronoun nobody was found for) is one person, keyed by the name the speaker records give
(already the fullest form, :func:`._coref.fullest_names`). Their mentions are found in
one pass over the capitalised words of the text:

- the full name (``Ana Ruiz``) -> ``full``;
- an honorific and the surname (``Ms Ruiz``, ``Dr. Ruiz``) -> ``honorific``;
- the surname alone (``Ruiz``), when no other person of the cast has it -> ``surname``;

and each quote's speaker as written, when it is none of those: a pronoun -> ``pronoun``,
a phrase with a title noun (``the union's president``) -> ``title``, anything else
(``a spokeswoman``) -> ``description``. People are ordered by their first mention; each
speaker record gets :attr:`~._model.Speaker.person`, each quote its
:attr:`~._model.Quote.speaker`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import attrs

from . import _places as places
from . import _vocab as V
from ._coref import (
    PLACE_BITS,
    PLACE_MASK,
    AppositiveMemo,
    appositive,
    is_plural,
    place_key,
    split_honorific,
    with_speaker,
)
from ._model import (
    Mention,
    MentionKind,
    Organization,
    OrganizationIndex,
    Person,
    Quote,
    Role,
    Speaker,
    span_of,
    speaker_entry,
)
from ._org_names import _lazy
from ._owners import is_given_name
from ._patterns import alternation, lazy, trie_alternation
from ._roles import TITLE_HEADS, person_role
from ._speakers import split_title

__all__ = ["MAX_MENTIONS", "build_cast", "mention_kind"]

_PRONOUNS = frozenset(V.PRONOUNS)
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in V.HONORIFICS)
_HONORIFIC_ABBREVIATIONS = frozenset(h for h in V.HONORIFICS if h.endswith("."))
_DETERMINERS = frozenset(("A", "An", "Her", "His", "Its", "One", "Our", "The", "Their"))

#: At most this many people get their names looked for in the text (a long archive
#: export keeps a bounded cost per word).
_MAX_NAMED = 500
#: Up to this many distinct surnames, :func:`_surname_hits` looks for each with ``find``.
_FEW_SURNAMES = 12
#: Past this many characters per distinct surname, :func:`_surname_hits` compiles the
#: surnames into one pattern (its cost is per surname) instead of reading every word.
_TRIE_CHARS_PER_NAME = 400
#: At most this many mentions are kept per person, the first in the text (no news story
#: comes near it; text that repeats one name over and over stays cheap).
MAX_MENTIONS = 1_000
#: How far before a surname an honorific is looked for (``Baroness Ruiz``).
_HONORIFIC_SPAN = 14

#: A capitalised word, the last word of a possible name.
_word_re = _lazy(r"(?<![\w'’\-])\p{Lu}[\p{L}\p{M}'’\-]*+(?![\w'’\-])")
#: What a surname :data:`_word_re` can find looks like.
_surname_shape_re = _lazy(r"\p{Lu}[\p{L}\p{M}'’\-]*+")
#: An honorific (with or without its full stop) right before a position.
_honorific_before_re = _lazy(r"(?<![\w'’\-])(\p{Lu}[\p{L}]*+)\.?[^\S\n]++\Z")


#: Common first names (a surname-only person named in full elsewhere: ``Ana Ruiz``).
_GIVEN_NAMES = V.given_names()
#: How far before a surname its first name is looked for.
_GIVEN_SPAN = 24
#: A capitalised word and one space right before a position.
_given_before_re = _lazy(r"(?<![\w'’\-])(\p{Lu}\p{Ll}++)[^\S\n]\Z")

#: Lower-case words of a politician's label before a name (capitalised words pass too).
_LABEL_HEADS = frozenset(V.POLITICAL_LABEL_HEADS)
_LABEL_WORDS = _LABEL_HEADS | {w for w in V.POLITICAL_LABEL_MODIFIERS if not w.endswith("-")}
_LABEL_PREFIXES = tuple(w for w in V.POLITICAL_LABEL_MODIFIERS if w.endswith("-"))
#: How far before a mention its label is read, and how many words it may have.
_LABEL_SPAN = 64
_LABEL_WORDS_MAX = 6
#: Marks that end the clause before a label (``Ohio voters, Republican Ana Ruiz``).
_LABEL_STOPS = tuple(",;:!?()[]\"'“”‘’")
#: An appositive this long or longer is a clause, not a label.
_APPOSITIVE_WORDS_MAX = 8
#: How far after a name its party in parentheses is read (``Tom Lee (Labour, Leeds)``).
#: The bound also keeps the ``regex`` module from scanning the rest of the text for the
#: ``(`` the pattern requires, at every mention (quadratic on a long text with none).
_PARTY_REACH = 64


@lazy
def _party_after_re() -> str:
    """A party in parentheses after a name: ``Ana Ruiz (R-Ohio)``, ``Tom Lee (Labour,
    Leeds)``."""
    return rf"""[^\S\n]*+ \( (?: [RDI]- | {alternation(V.PARTIES)} (?![\w'’-]) )"""


@attrs.define
class _Entry:
    """What the cast knows of one person while it is built."""

    name: str
    speakers: list[Speaker] = attrs.Factory(list)
    #: Each mention's kind, by its place (:func:`._coref.place_key`).
    mentions: dict[int, MentionKind] = attrs.Factory(dict)
    #: Fuller names written for a person quoted by surname alone (``Ana Ruiz``).
    fuller: set[str] = attrs.Factory(set)


def _is_person(sp: Speaker) -> bool:
    """Whether *sp* is one person: not a group, not a pronoun nobody was found for, not
    a plural or collective description (``the crowd``, ``two drivers``)."""
    return not sp.is_group and _person_name(sp.name)


@functools.lru_cache(maxsize=4096)
def _person_name(name: str) -> bool:
    """:func:`_is_person` for a speaker that is not marked as a group (a pure function
    of the name, asked for each quote of the same speaker: remembered)."""
    name = name.strip()
    if not name or name.lower() in _PRONOUNS:
        return False
    return bool(_named(name)) or not is_plural(name)


def _named(name: str) -> list[str]:
    """The words of *name* when it is a person's name (``Ana Ruiz``), else none."""
    _, words = split_honorific(name)
    if not words or not words[0][:1].isupper() or words[0] in _DETERMINERS:
        return []
    return words


def mention_kind(written: str, name: str) -> MentionKind:
    """How *written*, the speaker of a quote as written, refers to the person *name*."""
    words = " ".join(written.split())
    if words.lower() in _PRONOUNS:
        return MentionKind.PRONOUN
    honorific, rest = split_honorific(words)
    full = _named(name)
    if rest and rest == full[-len(rest) :]:
        if honorific is not None and len(rest) < len(full):
            return MentionKind.HONORIFIC
        return MentionKind.FULL if len(rest) == len(full) else MentionKind.SURNAME
    if any(w.lower().strip(",.'’s") in TITLE_HEADS for w in words.split()):
        return MentionKind.TITLE
    return MentionKind.DESCRIPTION


def _entries(quotes: Sequence[Quote]) -> dict[str, _Entry]:
    """One entry per person speaker name, with the speaker records and the spans of
    the speaker as written."""
    entries: dict[str, _Entry] = {}
    for q in quotes:
        att = q.attribution
        if att is None or not _is_person(att.speaker):
            continue
        entry = entries.get(att.speaker.name)
        if entry is None:
            entry = entries[att.speaker.name] = _Entry(att.speaker.name)
        entry.speakers.append(att.speaker)
    return entries


#: The people who have one surname: each with the words of their name, the name as
#: written in full (joined once, not at each mention) and their entry.
_Owners = list[tuple[list[str], str, _Entry]]


def _name_mentions(text: str, entries: dict[str, _Entry]) -> None:
    """Add every written full name, honorific + surname and unshared surname."""
    by_last: dict[str, _Owners] = {}
    for entry in list(entries.values())[:_MAX_NAMED]:
        words = _named(entry.name)
        if words:
            by_last.setdefault(words[-1], []).append((words, " ".join(words), entry))
    if not by_last:
        return
    if len(by_last) > _FEW_SURNAMES:
        for start, end, owners in _surname_hits(text, by_last):
            _add_mention(text, start, end, owners)
        return
    # A surname's hits add mentions to its own people only: read one surname at a time,
    # and stop once all its people have their mentions (a name repeated all over a long
    # text costs no more).
    for key, owners in by_last.items():
        for start, end in _key_hits(text, key):
            _add_mention(text, start, end, owners)
            if all(len(entry.mentions) >= MAX_MENTIONS for _, _, entry in owners):
                break


def _add_mention(text: str, start: int, end: int, owners: _Owners) -> None:
    """The mention of one of *owners* (people with the surname at *start*-*end*)."""
    unshared = len(owners) == 1
    for words, full, entry in owners:
        if len(entry.mentions) >= MAX_MENTIONS:
            continue
        span = _name_at(text, start, end, words, full, unshared)
        if span is not None and len(words) == 1 and span[2] is MentionKind.FULL:
            span = _with_given(text, span, entry)
        if span is not None:
            entry.mentions[place_key(span[0], span[1])] = span[2]
            break


def _with_given(
    text: str, span: tuple[int, int, MentionKind], entry: _Entry
) -> tuple[int, int, MentionKind]:
    """A surname-only person's mention with the first name written before it (``Ana
    Ruiz``, after ``"...," Ruiz said``): the mention grows to it, and the name is kept
    as a fuller form of the person's."""
    m = _given_before_re().search(text, max(0, span[0] - _GIVEN_SPAN), span[0])
    if m is None or m.group(1) not in _GIVEN_NAMES:
        return span
    entry.fuller.add(f"{m.group(1)} {entry.name}")
    return m.start(1), span[1], MentionKind.FULL


def _surname_hits(text: str, by_last: dict[str, _Owners]) -> Iterable[tuple[int, int, _Owners]]:
    """The capitalized words of *text* (as :data:`_word_re` finds them) that are keys of
    *by_last*, in text order. A few surnames are found with ``str.find`` (in C), many by
    one scan of every capitalized word."""
    word = _word_re()
    if len(by_last) > _FEW_SURNAMES and len(text) < _TRIE_CHARS_PER_NAME * len(by_last):
        found = ((m.start(), m.end(), by_last.get(m.group())) for m in word.finditer(text))
        return [(a, b, owners) for a, b, owners in found if owners is not None]
    if len(by_last) > _FEW_SURNAMES:
        return _trie_hits(text, by_last)
    hits = [(a, b, owners) for key, owners in by_last.items() for a, b in _key_hits(text, key)]
    hits.sort(key=lambda h: h[0])
    return hits


def _key_hits(text: str, key: str) -> Iterator[tuple[int, int]]:
    """Where *key* is a whole capitalized word of *text* (:data:`_word_re`), in order,
    found with ``str.find`` (in C)."""
    word = _word_re()
    at = text.find(key)
    while at >= 0:
        m = word.match(text, at)
        if m is not None and m.end() == at + len(key):
            yield at, m.end()
        at = text.find(key, at + 1)


def _trie_hits(text: str, by_last: dict[str, _Owners]) -> Iterator[tuple[int, int, _Owners]]:
    """:func:`_surname_hits` for many surnames in a long text: the standard library's
    ``re`` finds the surnames (a trie, scanned in C), each hit then checked to be a
    whole word as :data:`_word_re` finds it. A surname is letters, marks, apostrophes
    and hyphens, so no word can start inside a hit that fails the check. The hits are
    yielded in text order as found (a long text has thousands, each read once: no list
    of them for the garbage collector to count)."""
    keys = [k for k in by_last if _surname_shape_re().fullmatch(k) is not None]
    if not keys:
        return
    word = _word_re()
    n = len(text)
    for m in re.finditer(trie_alternation(keys), text):
        at, end = m.span()
        # (Most hits stand between spaces or punctuation, which no word holds: whole
        # words at once; any other neighbour is left to the word pattern.)
        if (at == 0 or text[at - 1] in _NOT_WORD) and (end == n or text[end] in _NOT_WORD):
            yield at, end, by_last[m.group()]
            continue
        w = word.match(text, at)
        if w is not None and w.end() == end:
            yield at, end, by_last[m.group()]


#: Characters that are no part of a word :data:`_word_re` finds, on either side of it
#: (no letter, mark, digit, underscore, apostrophe or hyphen).
_NOT_WORD = frozenset(' \t\n\r,.;:!?()[]"“”/')


def _name_at(
    text: str, start: int, end: int, words: list[str], full: str, unshared: bool
) -> tuple[int, int, MentionKind] | None:
    """The mention of the name *words* (*full*, joined) that ends at *end*, if one does."""
    a = end - len(full)
    if len(words) > 1 and a >= 0 and text.startswith(full, a) and _boundary(text, a):
        return a, end, MentionKind.FULL
    if not unshared or " of " in full:
        return None
    h = None
    if start >= 2 and text[start - 1] in " \u00a0" and text[start - 2] not in ",;:":
        h = _honorific_before_re().search(text, max(0, start - _HONORIFIC_SPAN), start)
    if h is not None and h.group(1) in _HONORIFIC_WORDS:
        return h.start(1), end, MentionKind.HONORIFIC
    if len(words) > 1:
        return start, end, MentionKind.SURNAME
    return start, end, MentionKind.FULL


def _written(text: str, place: int) -> str:
    """The words at *place* (:func:`._coref.place_key`)."""
    return text[place >> PLACE_BITS : place & PLACE_MASK]


def _boundary(text: str, i: int) -> bool:
    return i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "'’-")


def _speaker_mentions(text: str, quotes: Sequence[Quote], entries: dict[str, _Entry]) -> None:
    """Add each quote's speaker as written, unless a name mention already covers it."""
    named = {id(e): sorted(e.mentions) for e in entries.values()}
    for q in quotes:
        att = q.attribution
        if att is None or not _is_person(att.speaker):
            continue
        entry = entries[att.speaker.name]
        a, b = att.source_span.start, att.source_span.end
        if b <= a or len(entry.mentions) >= MAX_MENTIONS or _overlaps(named[id(entry)], a, b):
            continue
        entry.mentions[place_key(a, b)] = mention_kind(text[a:b], entry.name)


def _overlaps(places: list[int], a: int, b: int) -> bool:
    """Whether ``[a, b)`` overlaps one of *places* (sorted, not overlapping each other)."""
    i = bisect.bisect_left(places, place_key(b, b)) - 1
    return i >= 0 and places[i] & PLACE_MASK > a


def _person(
    text: str,
    entry: _Entry,
    organizations: OrganizationIndex,
    apposed: AppositiveMemo,
) -> Person:
    """The record of one person: title and organization from the first speaker record
    that has them (the title, else how the article first describes the person:
    ``Ana Ruiz, general secretary of Unite,``), the role most of the person's quotes have
    (the first on a tie)."""
    name = next(iter(entry.fuller)) if len(entry.fuller) == 1 else entry.name
    title = next((sp.title for sp in entry.speakers if sp.title), None)
    if title is None and _named(name):
        first = min(entry.mentions, default=place_key(0, 0))
        if name != entry.name:  # described where the full name is written
            written = (m for m in sorted(entry.mentions) if _written(text, m) == name)
            first = next(written, first)
        title = appositive(text, name, first & PLACE_MASK, apposed)
        if title is not None and _hometown(title):
            title = None  # (``Ana Ruiz, 45, from Leeds``: where she is from, no title)
    org = next((sp.organization for sp in entry.speakers if sp.organization), None)
    roles: dict[Role, int] = {}
    for sp in entry.speakers:
        if sp.role is not None:
            roles[sp.role] = roles.get(sp.role, 0) + 1
    # The most common role, the first on a tie (as ``Counter.most_common`` gives it).
    role: Role | None = max(roles.items(), key=_count)[0] if roles else None
    short = _short_title(title) if role is None and name != entry.name else None
    if short is not None:
        role = person_role(short, None)
        role = None if role is Role.OTHER else role  # a description no rule reads
    if role is None and _politician(text, entry, apposed):
        role = Role.GOVERNMENT  # ``Sen. Ana Ruiz``, ``Republican candidate Ana Ruiz``
    mentions = tuple(
        Mention(span=span_of(k >> PLACE_BITS, k & PLACE_MASK), kind=entry.mentions[k])
        for k in sorted(entry.mentions)
    )
    return Person(
        name=name,
        mentions=mentions,
        title=title,
        organization=organizations.find(org),
        role=role,
    )


def _hometown(described: str) -> bool:
    """Whether *described*, how the article first describes a person, is only where
    they are from (``from Wollongong``, ``of Port Dufferin``, ``from Clevedon, who is
    due to fly``): no title."""
    words = described.split(" ", 2)
    return len(words) > 1 and words[0] in ("from", "of") and words[1][:1].isupper()


def _public(person: Person) -> Person:
    """*person*, ``other`` when named in full with no title, organization or role: in a
    dispute's article, a member of the public (``Ana Ruiz, 45, of Leeds, said``)."""
    if person.role is not None or person.title or person.organization is not None:
        return person
    if len(_named(person.name)) < 2:
        return person  # (a surname alone may be anyone's: a politician's)
    return attrs.evolve(person, role=Role.OTHER)


def _count(item: tuple[Role, int]) -> int:
    return item[1]


def _label_before(text: str, start: int) -> str:
    """The words of a politician's label written right before *start*, in its clause
    (``Republican presidential candidate``, ``Texas Sen.``, ``former Secretary of
    State``); empty when a word that is no label word comes first."""
    window = text[max(0, start - _LABEL_SPAN) : start]
    tokens = window[window.rfind("\n") + 1 :].split()
    words: list[str] = []
    for tok in reversed(tokens[-_LABEL_WORDS_MAX:]):
        if tok.endswith(_LABEL_STOPS) or tok.startswith(_LABEL_STOPS) or _possessive(tok):
            break
        if tok.endswith(".") and tok not in _HONORIFIC_ABBREVIATIONS and not _initials(tok):
            break  # the end of the sentence before
        if not (tok[:1].isupper() or tok in _LABEL_WORDS or tok.startswith(_LABEL_PREFIXES)):
            break
        if not words and not _label_head(tok):
            return ""  # ``President Bill Clinton``: a first name, not a label, before
        words.append(tok)
    return " ".join(reversed(words))


def _label_head(token: str) -> bool:
    """Whether *token*, right before a name, can end a politician's label (``Sen.``,
    ``nominee``, ``Republican``)."""
    return token in _LABEL_HEADS or person_role(token, None) is Role.GOVERNMENT


def _possessive(token: str) -> bool:
    """``Acme's``: the owner of what follows (``Acme's Tom Lee``), not a label."""
    return "'s" in token or "’s" in token


def _initials(token: str) -> bool:
    """``U.S.``, ``N.Y.``: letters and full stops."""
    return len(token) >= 4 and token[1] == "." and token.replace(".", "").isupper()


def _politician(text: str, entry: _Entry, apposed: AppositiveMemo) -> bool:
    """Whether the article labels the person a politician at one of their mentions: a
    label before the name (``Sen.``, ``Labour leader``, ``Republican presidential
    candidate``), a party in parentheses after it (``(R-Ohio)``, ``(Labour, Leeds)``) or
    an appositive (``Ana Ruiz, the Democratic nominee,``)."""
    for k in sorted(entry.mentions):
        a, b = k >> PLACE_BITS, k & PLACE_MASK
        honorific, _ = split_honorific(text[a:b])
        label = f"{_label_before(text, a)} {honorific or ''}".strip()
        if label and person_role(label, None) is Role.GOVERNMENT:
            return True
        # (the pattern needs a ``(`` within its reach: looked for in C first)
        if text.find("(", b, b + _PARTY_REACH) >= 0 and _party_after_re().match(
            text, b, b + _PARTY_REACH
        ):
            return True
    first = min(entry.mentions, default=None)
    if first is None or not _named(entry.name):
        return False
    title = appositive(text, entry.name, first & PLACE_MASK, apposed)
    return (
        title is not None
        and len(title.split()) <= _APPOSITIVE_WORDS_MAX
        and person_role(title, None) is Role.GOVERNMENT
    )


def build_cast(
    text: str,
    quotes: Sequence[Quote],
    organizations: Sequence[Organization],
    *,
    disputed: bool = False,
) -> tuple[tuple[Quote, ...], tuple[Person, ...]]:
    """The article's people, in order of first mention, and *quotes* with each person
    speaker's :attr:`~._model.Speaker.person` and each :attr:`~._model.Quote.speaker`.
    In an article that reports a dispute (*disputed*), a person named in full with no
    title, no organization and no role is a member of the public: ``other``."""
    entries = _entries(quotes)
    if entries:
        _name_mentions(text, entries)
        _speaker_mentions(text, quotes, entries)
    ordered = sorted(
        entries.values(), key=lambda e: min(e.mentions, default=place_key(len(text), 0))
    )
    index = {e.name: i for i, e in enumerate(ordered)}
    found = OrganizationIndex(organizations)
    apposed: AppositiveMemo = {}  # appositive() answers, for this text
    people = tuple(_person(text, e, found, apposed) for e in ordered)
    if disputed:
        people = tuple(_public(p) for p in people)
    out: list[Quote] = []
    # (a speaker record quoted again, as the same object, is linked once: one new record
    # for all its quotes, not one each for the garbage collector to count)
    linked: dict[int, Speaker] = {}
    for q in quotes:
        att = q.attribution
        if att is None:
            # (an unattributed quote has no cast entry, as link_speakers() gives it)
            out.append(q if q.speaker is None else attrs.evolve(q, cast=None))
            continue
        sp = att.speaker
        i = index.get(sp.name) if _is_person(sp) else None
        if i is not None:
            made = linked.get(id(sp))
            if made is None:
                made = linked[id(sp)] = _with_person(sp, i, people[i])
            sp = made
        # Linked here as link_speakers() links them: it would find nothing to do.
        entry = speaker_entry(sp, people, organizations, found)
        if sp is not att.speaker or entry is not q.speaker:
            q = with_speaker(q, att, sp, entry)
        out.append(q)
    return tuple(out), people


#: A description this long or longer is a clause, not a speaker's title.
_TITLE_WORDS_MAX = 5


def _short_title(described: str | None) -> str | None:
    """The title of a description (``the union president`` -> ``union president``) when
    it is a short phrase ending in a title word, else ``None``."""
    title = split_title(described)[0] if described else None
    words = (title or "").lower().split()
    # (``Ohio Secretary of State``: the head stands before the portfolio)
    head = next((words[:k] for k, w in enumerate(words[:-1]) if k and w in ("for", "of")), words)
    if not words or len(words) >= _TITLE_WORDS_MAX or head[-1].strip(",.") not in TITLE_HEADS:
        return None
    return title


#: Lower-case words a title carried to a later mention may hold (``former``, ``deputy``,
#: ``shadow``), not an article or a joiner at its start.
_TITLE_KEEP = (frozenset(V.TITLE_MODIFIERS) | TITLE_HEADS) - frozenset(
    (*V.TITLE_ARTICLES, *V.ORG_NAME_JOINERS)
)
_NAME_STOP = frozenset(V.NAME_STOPWORDS)


def _title_word(word: str) -> bool:
    """A word of a clean title: a title word or modifier, or a capitalized word that is
    no sentence opener (``FBI``, ``Texas``; not ``Since``)."""
    if word.lower() in _TITLE_KEEP:
        return True
    return word[:1].isupper() and word not in _NAME_STOP and word.replace("-", "").isalpha()


@functools.lru_cache(maxsize=4096)
def carried_title(described: str | None) -> str | None:
    """The title a person's description gives a later mention (``Graham said`` after
    ``Sharon Graham, Unite's general secretary,`` -> ``general secretary``): the short
    title, from its last run of title words (``criticized RNC Chairman`` -> ``RNC
    Chairman``, ``Since President`` -> ``President``). A pure function of the
    description, asked at each quote of the same person: remembered."""
    title = _short_title(described)
    if title is None:
        # ``spoke with the economic development minister``: the title ends it
        words = described.split() if described else []
        run = _title_run(words)
        if run is None or not _plain_title(run.split()):
            return None
        before = words[max(0, len(words) - len(run.split()) - 2) : -len(run.split())]
        # (not ``to run for president``, nor ``the daughter of a miner``)
        return None if "for" in before[-1:] or "of" in before else run
    return _title_run(title.split())


@functools.lru_cache(maxsize=4096)
def carried_organization(described: str | None) -> str | None:
    """The organization a person's description names for a later mention that names
    none (``Ruiz said`` after ``Ana Ruiz, a former judge of the Bombay High Court,`` ->
    ``Bombay High Court``): only where the description is a short title and its body."""
    if described is None or _short_title(described) is None:
        return None
    org = split_title(described)[1]
    return org if org is not None and _body_name(org) else None


_PARTY_NAMES = frozenset(V.PARTIES)
_HONORIFIC_WORDS = frozenset(h.rstrip(".") for h in V.HONORIFICS)


def _body_name(org: str) -> bool:
    """Whether *org*, read from a description, names a body surely: capitalized words
    and their joiners, not opened by a given name or an honorific (``Bill Clinton``,
    ``Mrs``), and of two words or more unless an acronym or a party (``FBI``, ``GOP``,
    ``Republican``; not ``Showtime`` nor ``As``)."""
    words = org.replace("’", "'").split()
    first = words[0].rstrip(".") if words else ""
    if not first[:1].isupper() or first in _HONORIFIC_WORDS or is_given_name(first):
        return False
    if any((not w[:1].isupper() and w not in _ORG_JOINERS) or w.endswith("-based") for w in words):
        return False  # (``New York-based``, ``far-right Front National party``)
    if places.is_place(org):
        return False  # (``a Boca Raton lawyer``: where, no body)
    if len(words) == 1:
        return org in _PARTY_NAMES or (len(org) > 1 and org.replace(".", "").isupper())
    return True


_ORG_JOINERS = frozenset(V.ORG_NAME_JOINERS)


#: A title read from the end of a longer description has at most this many words.
_RUN_WORDS = 4


def _plain_title(words: list[str]) -> bool:
    """Whether *words* read as a title on their own: a few words in lower case (a
    capitalized one only as the one word: ``President``), the last a title noun, no
    number and no organization's word (``Brennan Center for Justice`` is none)."""
    if len(words) > _RUN_WORDS or words[-1].lower() not in _TITLE_NOUN_WORDS:
        return False
    if len(words) > 1 and any(w[:1].isupper() for w in words):
        return False
    return not any(w.isdigit() or w in _ORG_WORDS for w in words)


_TITLE_NOUN_WORDS = frozenset(V.TITLE_NOUNS)
_ORG_WORDS = frozenset(V.ORG_WORDS)


def _title_run(words: list[str]) -> str | None:
    """The last run of title words of *words* (``criticized RNC Chairman`` -> ``RNC
    Chairman``), a portfolio after the title included (``Ohio Secretary of State``)."""
    k = len(words)
    while k > 0 and (
        _title_word(words[k - 1])
        or (words[k - 1] in ("for", "of") and 1 < k < len(words) and _title_word(words[k - 2]))
    ):
        k -= 1
    return " ".join(words[k:]) or None


def _with_person(sp: Speaker, index: int, person: Person) -> Speaker:
    """*sp* linked to its person, with the person's role when it has none of its own,
    and the person's full name and title when it was quoted by surname alone (``Ruiz``
    named in full only later as ``Ana Ruiz, the union president``)."""
    role = sp.role if sp.role is not None else person.role
    org = sp.organization or carried_organization(person.title)
    if person.name != sp.name and person.name.endswith(" " + sp.name):
        title = sp.title or carried_title(person.title)
        name = person.name
    elif (
        sp.person == index
        and sp.role == role
        and (sp.title or not person.title)
        and org == sp.organization
    ):
        return sp
    else:
        # (``Graham said`` after ``Sharon Graham, Unite's general secretary,``: the
        # speaker at the fullest form the article gives, the title included)
        name, title = sp.name, sp.title or carried_title(person.title)
    return Speaker(
        name=name,
        title=title,
        organization=org,
        role=role,
        is_group=sp.is_group,
        person=index,
    )
