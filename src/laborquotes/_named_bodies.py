"""Public bodies no table knows, named by capitalised words before a body's noun.

``The Kestrel Harbour Authority has refused to meet the crews``, ``the Westmarch
Valley Health Trust``, ``the Arden Pay Review Commission``: a name that ends in a
noun of :data:`~laborquotes._vocab.PUBLIC_BODY_HEADS` is an organization's, though no
table knows it. It joins the article's organizations, so that a later ``the authority
said`` or ``the trust said`` resolves to it by position (``HEAD_REFERENCES``), and a
dispute may name it as the employer.

The name is one to four capitalised words (``of``, ``and`` or ``&`` between them),
read back from the noun in a bounded window, and ``of`` and capitalised words after
the noun (``Illinois State Board of Elections``); a sentence-initial function word or an
article is no part of it (``The Kestrel Harbour Authority`` -> ``Kestrel Harbour
Authority``), and a bare noun (``the Board``, ``The Authority``) names nothing. Its kind
is the one its words tell (:func:`~laborquotes._roles.hint_kind`: ``Health Trust``, an
employer), else government. One scan for the nouns finds the candidates, so the work is
linear.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ._model import Organization, OrganizationIndex, OrgKind
from ._owners import is_given_name
from ._patterns import alternation, lazy, lazy_stdlib
from ._quoted_orgs import with_found
from ._roles import hint_kind
from ._vocab import ORG_NAME_JOINERS, PUBLIC_BODY_HEADS, SUBJECT_STARTS

__all__ = ["MAX_BODIES", "with_named_bodies"]

#: At most this many bodies are read from one text (a long export stays cheap).
MAX_BODIES = 50
#: How far back from the noun a name is read.
_NAME_REACH = 80
_NOT_FIRST = frozenset(SUBJECT_STARTS)
#: Endings of a word that make the words no body's name: a possessive, a contraction.
_NOT_NAME_ENDINGS = ("'s", "’s", "'t", "’t")
#: The kinds a body's words may give it; any other reading leaves it a government's.
_TOLD_KINDS = frozenset((OrgKind.EMPLOYER, OrgKind.MEDIA, OrgKind.OTHER))


@lazy_stdlib
def _head_re() -> str:
    """A space, then a body's noun ending a word, after a word's last letter (the space
    first: a scan that opens with a look-behind has no fast search)."""
    heads = "|".join(sorted(PUBLIC_BODY_HEADS, key=len, reverse=True))
    return rf"[ ](?<=[a-z.&'’][ ])(?:{heads})(?![\w'’-])"


@lazy
def _name_before_re() -> str:
    """Capitalised words (joiners between them) right before the end of a window."""
    joiner = alternation(ORG_NAME_JOINERS)
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&'’.-]*+"
    return rf"(?<![\w'’-]){word}(?:[ ](?:{joiner}[ ])?{word}){{0,3}}+[ ]\Z"


@lazy
def _of_tail_re() -> str:
    """``of`` and capitalised words after the noun (``Board of Elections``,
    ``Commission of Inquiry``), part of the name."""
    word = r"\p{Lu}[\p{L}\p{M}\p{N}&.-]*+"
    return rf"[ ]of[ ](?:the[ ])?{word}(?:[ ](?:and[ ])?{word}){{0,3}}+(?<![.])"


def _named(text: str) -> Iterator[tuple[int, str]]:
    """The names that end in a body's noun, with where each starts, in order."""
    for m in _head_re().finditer(text):
        head = m.start() + 1
        found = _name_before_re().search(text, max(0, head - _NAME_REACH), head)
        if found is None:
            continue
        words = found.group().split()
        for k in range(len(words) - 1, -1, -1):
            if words[k].endswith(".") and len(words[k]) > 2 and "." not in words[k][:-1]:
                words = words[k + 1 :]  # (``said on Tuesday. Kestrel Harbour Authority``)
                break
        while words and (words[0] in _NOT_FIRST or words[0].lower() in _NOT_FIRST):
            words = words[1:]  # (``The Kestrel Harbour Authority``)
        if not words or words[0].lower() in ORG_NAME_JOINERS or is_given_name(words[0]):
            continue  # (a bare noun; or ``Ana Ruiz Board``, a person's name before it)
        if any(w.endswith(_NOT_NAME_ENDINGS) for w in words):
            continue  # (``Don't Trust``, ``the Post's Board``: no name of a body)
        tail = _of_tail_re().match(text, m.end())
        end = tail.end() if tail is not None else m.end()
        start = m.start() - len(" ".join(words))
        if text[start:head] != " ".join(words) + " ":
            continue  # (words a line break or two spaces apart: no span to slice back)
        yield start, text[start:end]


def _kind(name: str) -> OrgKind:
    """What kind of body *name* is: the kind its words tell, else a government's (a
    trust's: a charity's, ``other``)."""
    told = hint_kind(name)
    if told in _TOLD_KINDS:
        return told
    return OrgKind.OTHER if name.endswith(" Trust") else OrgKind.GOVERNMENT


def with_named_bodies(
    text: str, orgs: Sequence[Organization], *, government: bool = True
) -> list[Organization]:
    """*orgs* and the public bodies *text* names that none of them is (see the module),
    each with every place its name is written, in order of first mention; a
    government's only if *government* (the dispute's sides are read before they join:
    a regulator or a transport authority named near a strike is no employer unless
    the article says so)."""
    index = OrganizationIndex(orgs)
    found: dict[str, tuple[int, OrgKind]] = {}
    for at, name in _named(text):
        if name in found or index.find(name) is not None:
            continue
        kind = _kind(name)
        if kind is OrgKind.GOVERNMENT and not government:
            continue
        found[name] = (at, kind)
        if len(found) >= MAX_BODIES:
            break
    return with_found(text, orgs, found)
