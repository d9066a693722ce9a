"""The record model: frozen, slotted, keyword-only attrs classes.

Every located record carries a :class:`Span` into the exact string the caller
passed, so ``text[record.span.start:record.span.end]`` is what the record reports.
Records convert to JSON-ready dicts with ``to_dict()`` and back with
``Class.from_dict()``; they compare equal after the round trip and pickle.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar

import attrs

__all__ = [
    "Article",
    "Attribution",
    "Byline",
    "Dateline",
    "Dispute",
    "DisputeAction",
    "Mention",
    "MentionKind",
    "OrgKind",
    "Organization",
    "Person",
    "Quote",
    "QuoteKind",
    "Role",
    "Span",
    "Speaker",
    "VoiceCount",
    "Voices",
]

_R = TypeVar("_R", bound="_Record")


class QuoteKind(str, enum.Enum):
    """How a quotation is reported."""

    #: Words in quotation marks, a sentence or more, given to a speaker.
    DIRECT = "direct"
    #: A quoted fragment inside the reporter's own sentence.
    PARTIAL = "partial"
    #: Reported speech without quotation marks (``X said the union ...``).
    INDIRECT = "indirect"

    def __str__(self) -> str:
        return self.value


class Role(str, enum.Enum):
    """The part a speaker plays in a labour story."""

    UNION_OFFICIAL = "union_official"
    WORKER = "worker"
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    EXPERT = "expert"
    MEDIA = "media"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class OrgKind(str, enum.Enum):
    """What kind of organization a registry entry or a mention is."""

    UNION = "union"
    FEDERATION = "federation"
    EMPLOYER_GROUP = "employer_group"
    EMPLOYER = "employer"
    GOVERNMENT = "government"
    MEDIA = "media"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


class MentionKind(str, enum.Enum):
    """How a mention of a person refers to them."""

    #: The name in full (``Ana Ruiz``, ``Lord Ashworth of Crail``).
    FULL = "full"
    #: The surname, or the first name, alone (``Ruiz``).
    SURNAME = "surname"
    #: An honorific and the surname (``Ms Ruiz``, ``Dr. Ruiz``).
    HONORIFIC = "honorific"
    #: A title that stands for the person (``the senator``, ``the union's president``).
    TITLE = "title"
    #: A personal pronoun (``she``, ``he``).
    PRONOUN = "pronoun"
    #: Any other description (``a spokeswoman for the union``).
    DESCRIPTION = "description"


class DisputeAction(str, enum.Enum):
    """What the parties to a labour dispute are doing (``Dispute.action``)."""

    #: Workers stop work (``went on strike``, ``a 48-hour stoppage``).
    STRIKE = "strike"
    #: The employer shuts workers out (``locked out``, ``a lockout``).
    LOCKOUT = "lockout"
    #: Workers leave the job (``walked out``, ``a walkout``).
    WALKOUT = "walkout"
    #: Action short of a strike, or not named more closely (``industrial action``).
    INDUSTRIAL_ACTION = "industrial_action"
    #: Working strictly to contract (``work-to-rule``).
    WORK_TO_RULE = "work_to_rule"
    #: Refusing overtime (``an overtime ban``).
    OVERTIME_BAN = "overtime_ban"
    #: A picket line or a protest at the workplace.
    PICKET = "picket"
    #: Members vote on action or an offer (``a strike ballot``, ``voted to ratify``).
    BALLOT = "ballot"
    #: A deal, an agreement, a settlement or a contract.
    DEAL = "deal"
    #: Talks, negotiations, bargaining, an offer.
    TALKS = "talks"

    def __str__(self) -> str:
        return self.value


# --------------------------------------------------------------------------- dict conversion


def _to_json(value: Any) -> Any:
    if isinstance(value, _Record):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_to_json(v) for v in value]
    return value


def _date_from(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        return dt.date.fromisoformat(value)
    raise TypeError(f"expected an ISO date string, got {type(value).__name__}")


def _typed(cls: type[_R], value: Any) -> _R | None:
    if value is None or isinstance(value, cls):
        return value
    if isinstance(value, Mapping):
        return cls.from_dict(value)
    raise TypeError(f"expected a mapping for {cls.__name__}, got {type(value).__name__}")


def _tuple_of(cls: type[_R], value: Any) -> tuple[_R, ...]:
    if value is None:
        return ()
    out: list[_R] = []
    for v in value:
        item = _typed(cls, v)
        if item is None:
            raise TypeError(f"a list of {cls.__name__} cannot hold null")
        out.append(item)
    return tuple(out)


def _role_or_name(value: Any) -> Role | str:
    """A role's value as the :class:`Role`, any other string as it is."""
    if isinstance(value, Role):
        return value
    if not isinstance(value, str):
        raise TypeError(f"expected a role or a name, got {type(value).__name__}")
    return _ROLES.get(value, value)


_ROLES: dict[str, Role] = {r.value: r for r in Role}


def _str_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        raise TypeError("expected a list of strings, got a string")
    return tuple(str(v) for v in value)


#: Field metadata key: ``False`` keeps a field out of ``to_dict()`` (the article's own text).
_SERIALIZE = "serialize"


def serialized_fields(cls: type[Any]) -> list[str]:
    """The names of the fields that ``to_dict()`` writes, in order."""
    return [f.name for f in attrs.fields(cls) if f.metadata.get(_SERIALIZE, True)]


class _Record:
    """Mixin: ``to_dict()`` / ``from_dict()`` for attrs records."""

    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict whose keys are the field names."""
        return {
            f.name: _to_json(getattr(self, f.name))
            for f in attrs.fields(type(self))  # type: ignore[arg-type]
            if f.metadata.get(_SERIALIZE, True)
        }

    @classmethod
    def from_dict(cls: type[_R], data: Mapping[str, Any]) -> _R:
        """Build the record from what :meth:`to_dict` returned (unknown keys are an error)."""
        if not isinstance(data, Mapping):
            raise TypeError(
                f"{cls.__name__}.from_dict() needs a mapping, got {type(data).__name__}"
            )
        names = {f.name for f in attrs.fields(cls)}  # type: ignore[arg-type]
        unknown = set(data) - names
        if unknown:
            raise ValueError(f"unknown keys for {cls.__name__}: {', '.join(sorted(unknown))}")
        kwargs = {k: cls._convert_field(k, v) for k, v in data.items()}
        return cls(**kwargs)

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        return value


# --------------------------------------------------------------------------- records


@attrs.frozen(kw_only=True, order=True)
class Span(_Record):
    """Half-open character offsets ``[start, end)`` into the caller's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int:
            for name, value in (("start", start), ("end", end)):
                if not isinstance(value, int) or isinstance(value, bool):
                    raise TypeError(
                        f"Span.{name} must be an int, got {type(value).__name__} {value!r}"
                    )
        if not 0 <= start <= end:
            raise ValueError(f"invalid span: start={start}, end={end}")

    def slice(self, text: str) -> str:
        """Return ``text[start:end]``."""
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


#: The slots of :class:`Span`, written directly by :func:`span_of`.
_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__


def span_of(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` for offsets the parser computed: two ints that
    pass the checks are stored without the keyword call and the post-init (records are
    built by the thousand in a long text); anything else goes through the constructor,
    which raises as it always does."""
    if type(start) is not int or type(end) is not int or not 0 <= start <= end:
        return Span(start=start, end=end)
    span: Span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def _span_field(name: str, value: Any) -> Any:
    return _typed(Span, value)


@attrs.frozen(kw_only=True)
class Dateline(_Record):
    """Where, when and through which wire or station a story was filed."""

    #: The dateline as written, ``text[span.start:span.end]``.
    text: str
    #: Covers the dateline from its first letter through its separator (``-``, ``—``, ...).
    span: Span
    #: The place as written (``BURBANK``, ``Washington``).
    city: str | None = None
    #: Full name of the state, province or region (``California``), when given or implied.
    region: str | None = None
    #: USPS code of a US state (``CA``).
    state_code: str | None = None
    #: ISO 3166-1 alpha-2 code of the country, where known.
    country: str | None = None
    #: Wire services and stations, normalised, in order (``("CBS", "KYMA", "KECY")``).
    agencies: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    #: The filing date, with the year chosen from ``published`` or a metadata line.
    date: dt.date | None = None
    #: Offset where the story's body begins, just after the separator and its spaces.
    body_start: int = 0

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "span":
            return _span_field(name, value)
        if name == "date":
            return _date_from(value)
        return value


@attrs.frozen(kw_only=True)
class Speaker(_Record):
    """Who said it: a person or a group, as resolved in the article."""

    #: Full name (``Jeff Tores``) or, for a group, the phrase as written (``the union``).
    name: str
    #: Title or description (``staff writer``, ``a member of``), if any.
    title: str | None = None
    #: Organization the speaker speaks for or belongs to (``SAG-AFTRA``).
    organization: str | None = None
    #: Role in a labour story; ``None`` when nothing supports one.
    role: Role | None = None
    #: ``True`` when the speaker is an organization or group, not a person.
    is_group: bool = False
    #: Index of the speaker in :attr:`Article.people`, or ``None`` (a group, or a
    #: speaker parsed outside an article).
    person: int | None = None

    @property
    def display_name(self) -> str:
        """How tables and pages name the speaker. The name (its fullest form in the
        article); for a group that only points at an organization (``the company``), the
        organization; for a speaker left as a bare pronoun or with no name, the title,
        else the organization, else the name as written."""
        name = " ".join(self.name.split())
        if self.is_group and self.organization and _pointer_only(name):
            # ``the company``, ``the statement``: the organization it was resolved to
            return " ".join(self.organization.split())
        if name and name.lower() not in _BARE_PRONOUNS:
            return name
        for alt in (self.title, self.organization):
            if alt and alt.strip():
                return " ".join(alt.split())
        return name

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "role" and value is not None:
            return Role(value)
        return value


#: Pronouns that name nobody when a speaker could not be resolved.
_BARE_PRONOUNS = frozenset({"he", "i", "it", "she", "they", "we", "you"})
#: Words that open a phrase that only points at an organization (``the company``).
_POINTERS = frozenset({"its", "that", "the", "their", "this"})
#: Such a phrase has at most this many words (``the rail company``).
_POINTER_WORDS = 3


def _pointer_only(name: str) -> bool:
    """Whether a group's *name* only points at an organization: an article or a
    possessive and common nouns (``the company``, ``the union's statement``), no name."""
    words = name.split()
    return (
        1 < len(words) <= _POINTER_WORDS
        and words[0].lower() in _POINTERS
        and all(w[:1].islower() for w in words[1:])
    )


@attrs.frozen(kw_only=True)
class Attribution(_Record):
    """The link from a quotation to its speaker."""

    speaker: Speaker
    #: The speaker as written near this quote (a name, a title, a pronoun, ``the union``).
    source_span: Span
    #: The reporting verb or phrase (``said``, ``according to``), if any.
    cue: str | None = None
    cue_span: Span | None = None
    #: When it was said, from cues such as ``said Tuesday``, resolved against the article date.
    date: dt.date | None = None

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "speaker":
            return _typed(Speaker, value)
        if name in ("source_span", "cue_span"):
            return _span_field(name, value)
        if name == "date":
            return _date_from(value)
        return value


@attrs.frozen(kw_only=True)
class Quote(_Record):
    """A quotation: its words, where they are, how they are reported, and who said them."""

    #: The quoted words, ``text[span.start:span.end]`` (without the quotation marks).
    text: str
    span: Span
    kind: QuoteKind
    attribution: Attribution | None = None
    #: The cast entry of the speaker (set by :func:`laborquotes.parse`; not written by
    #: ``to_dict()``, relinked by ``Article.from_dict()``): read it as :attr:`speaker`.
    _cast: Person | Organization | None = attrs.field(
        default=None, repr=False, eq=False, metadata={_SERIALIZE: False}
    )

    @property
    def speaker(self) -> Person | Organization | None:
        """The quote's speaker in the article's cast, the :class:`Person` of
        ``Article.people`` or, for a group, the :class:`Organization` of
        ``Article.organizations`` it speaks for (``None``: unattributed, a group no
        organization stands for, or a quote made outside :func:`laborquotes.parse`)."""
        return self._cast

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "span":
            return _span_field(name, value)
        if name == "kind":
            return QuoteKind(value)
        if name == "attribution":
            return _typed(Attribution, value)
        return value


@attrs.frozen(kw_only=True)
class Organization(_Record):
    """An organization mentioned in the article, deduplicated across its aliases."""

    #: Canonical name (``Screen Actors Guild-American Federation of Television and Radio
    #: Artists`` or, for an unregistered one, the name as first written).
    name: str
    acronym: str | None = None
    kind: OrgKind = OrgKind.OTHER
    #: ISO 3166-1 alpha-2 country code, where known.
    country: str | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    #: Every mention in the text, in order.
    mentions: tuple[Span, ...] = ()

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "kind":
            return OrgKind(value)
        if name == "mentions":
            return _tuple_of(Span, value)
        return value


@attrs.frozen(kw_only=True)
class Mention(_Record):
    """One place where the article refers to a person, and how."""

    #: ``text[span.start:span.end]`` is the mention as written (``Ms Ruiz``, ``she``).
    span: Span
    kind: MentionKind

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "span":
            return _span_field(name, value)
        if name == "kind":
            return MentionKind(value)
        return value


@attrs.frozen(kw_only=True)
class Person(_Record):
    """A person of the article's cast: one entry however often and however named."""

    #: The canonical name, the fullest form the article writes (``Ana Maria Ruiz``).
    name: str
    #: Every mention found, in text order (the full name, ``Ruiz``, ``Ms Ruiz``, the
    #: pronouns and titles that attribute quotes to her).
    mentions: tuple[Mention, ...] = ()
    #: Title or description (``general secretary``), as the speaker records give it.
    title: str | None = None
    #: Index into ``Article.organizations`` of the organization the person speaks
    #: for, or ``None`` when the article names none (or names one no table knows).
    organization: int | None = None
    #: Role in a labour story, from the person's quotes.
    role: Role | None = None

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "mentions":
            return _tuple_of(Mention, value)
        if name == "role" and value is not None:
            return Role(value)
        return value


#: The slots of :class:`Quote` and of :class:`Attribution`, in the order of their
#: fields, written directly by :func:`quote_of` and :func:`attribution_of`.
_Q_TEXT, _Q_SPAN, _Q_KIND, _Q_ATTRIBUTION, _Q_CAST = (
    Quote.__dict__[f.name].__set__ for f in attrs.fields(Quote)
)
_A_SPEAKER, _A_SOURCE, _A_CUE, _A_CUE_SPAN, _A_DATE = (
    Attribution.__dict__[f.name].__set__ for f in attrs.fields(Attribution)
)


def quote_of(
    text: str,
    span: Span,
    kind: QuoteKind,
    attribution: Attribution | None,
    cast: Person | Organization | None = None,
) -> Quote:
    """``Quote(text=..., span=..., kind=..., attribution=..., cast=...)`` for records the
    parser builds, its slots written without the keyword call (which costs twice as
    much: a long text's quotes are built by the thousand, and again as the speakers
    are resolved and the cast linked)."""
    quote: Quote = object.__new__(Quote)
    _Q_TEXT(quote, text)
    _Q_SPAN(quote, span)
    _Q_KIND(quote, kind)
    _Q_ATTRIBUTION(quote, attribution)
    _Q_CAST(quote, cast)
    return quote


def attribution_of(
    speaker: Speaker,
    source_span: Span,
    cue: str | None,
    cue_span: Span | None,
    date: dt.date | None,
) -> Attribution:
    """``Attribution(...)`` with these fields, built as :func:`quote_of` builds a quote."""
    att: Attribution = object.__new__(Attribution)
    _A_SPEAKER(att, speaker)
    _A_SOURCE(att, source_span)
    _A_CUE(att, cue)
    _A_CUE_SPAN(att, cue_span)
    _A_DATE(att, date)
    return att


@attrs.frozen(kw_only=True)
class VoiceCount(_Record):
    """Quotes and distinct speakers for one role or one organization."""

    #: The :class:`Role` counted (in ``Voices.by_role``) or the organization's name (in
    #: ``Voices.by_organization``).
    key: Role | str = attrs.field(converter=_role_or_name)
    quotes: int = 0
    speakers: int = 0
    names: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)


@attrs.frozen(kw_only=True)
class Voices(_Record):
    """Who gets a voice: counts per role and per organization."""

    by_role: tuple[VoiceCount, ...] = ()
    by_organization: tuple[VoiceCount, ...] = ()

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        return _tuple_of(VoiceCount, value)


@attrs.frozen(kw_only=True)
class Byline(_Record):
    """Who wrote the article: ``By Ana Ruiz and Tom Lee, Associated Press``."""

    #: The authors' names as written, in order.
    authors: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    #: The wire service or agency credited with them (``Associated Press``), if any.
    agency: str | None = None
    #: The byline as written, from ``By`` (or the first name) to its end.
    span: Span

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name == "span":
            return _span_field(name, value)
        return value


def _action(value: Any) -> DisputeAction:
    return value if isinstance(value, DisputeAction) else DisputeAction(value)


def _actions(value: Any) -> tuple[DisputeAction, ...]:
    if isinstance(value, str):
        raise TypeError("expected a list of dispute actions, got a string")
    return tuple(_action(v) for v in value or ())


@attrs.frozen(kw_only=True)
class Dispute(_Record):
    """The labour dispute an article reports: what is happening, and who is on each side.

    The sides are organizations of ``Article.organizations`` (the same records).
    """

    #: The most escalated action reported (a strike over the talks that may end it).
    action: DisputeAction = attrs.field(converter=_action)
    #: Every action reported, in order of first mention.
    actions: tuple[DisputeAction, ...] = attrs.field(default=(), converter=_actions)
    #: The workers' side (unions and federations), in order of first mention.
    unions: tuple[Organization, ...] = ()
    #: The employer's side (companies, employer groups, and the public bodies, such as a
    #: council or a health board, that employ the workers), in order of first mention.
    employers: tuple[Organization, ...] = ()
    #: Where the article says so, each phrase that ties an action to a party
    #: (``workers at X walked out``), in text order.
    evidence: tuple[Span, ...] = ()

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name in ("unions", "employers"):
            return _tuple_of(Organization, value)
        if name == "evidence":
            return _tuple_of(Span, value)
        return value


@attrs.frozen(kw_only=True)
class Article(_Record):
    """Everything :func:`laborquotes.parse` found in one article."""

    dateline: Dateline | None = None
    quotes: tuple[Quote, ...] = ()
    organizations: tuple[Organization, ...] = ()
    #: The people of the article, in order of first mention (see :class:`Person`).
    people: tuple[Person, ...] = ()
    voices: Voices = attrs.field(factory=Voices)
    #: The date the caller gave as ``published`` or a metadata line (``date 2023-08-16``) gave.
    published: dt.date | None = None
    #: The headline, when the text opens with one (or an archive export names it).
    headline: str | None = None
    headline_span: Span | None = None
    #: The byline (``By A and B, Associated Press``), when the text carries one.
    byline: Byline | None = None
    #: The publication (``The Guardian``), when the text or an export's metadata names it.
    outlet: str | None = None
    #: The article's range in the text passed (an archive export holds many articles).
    span: Span | None = None
    #: What the parser could not do in full (a safety budget cut work, a field did not parse).
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_str_tuple)
    #: The labour dispute the article reports, or ``None`` when it reports none.
    dispute: Dispute | None = None
    #: The text the spans index (not written by ``to_dict()``); lets the article render itself.
    text: str | None = attrs.field(default=None, repr=False, eq=False, metadata={_SERIALIZE: False})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Build the article from what ``to_dict()`` returned, with each quote's
        :attr:`Quote.speaker` linked to the cast again."""
        article = super().from_dict(data)
        return attrs.evolve(
            article, quotes=link_speakers(article.quotes, article.people, article.organizations)
        )

    def to_html(self, *, title: str | None = None) -> str:
        """A self-contained HTML page showing the article with its quotations marked
        (needs :attr:`text`, which :func:`laborquotes.parse` sets)."""
        from ._html import page_html

        return page_html([("", self)], title=title)

    def _repr_html_(self) -> str:
        """The HTML view in a notebook (Jupyter)."""
        from ._html import fragment_html

        return fragment_html(self)

    @classmethod
    def _convert_field(cls, name: str, value: Any) -> Any:
        if name in ("headline_span", "span"):
            return _span_field(name, value)
        if name == "byline":
            return _typed(Byline, value)
        if name == "dateline":
            return _typed(Dateline, value)
        if name == "quotes":
            return _tuple_of(Quote, value)
        if name == "organizations":
            return _tuple_of(Organization, value)
        if name == "people":
            return _tuple_of(Person, value)
        if name == "voices":
            return _typed(Voices, value) or Voices()
        if name == "published":
            return _date_from(value)
        if name == "dispute":
            return _typed(Dispute, value)
        return value


# --------------------------------------------------------------------------- the cast


class OrganizationIndex:
    """Finds an organization of a tuple by a written form (its canonical name, acronym or
    an alias, case and spacing aside): one dict, built once, so that a cast of many
    speakers over many organizations costs one lookup each."""

    __slots__ = ("_keys",)

    def __init__(self, organizations: Sequence[Organization]) -> None:
        self._keys: dict[str, int] = {}
        for i, org in enumerate(organizations):
            for form in (org.name, org.acronym or "", *org.aliases):
                if form and form.strip():
                    self._keys.setdefault(" ".join(form.split()).casefold(), i)

    def find(self, written: str | None) -> int | None:
        """The index of the organization *written* names, or ``None`` (a leading
        ``the``, as in ``the WWU``, is not part of the name unless the name has it)."""
        if not written or not written.strip():
            return None
        key = " ".join(written.split()).casefold()
        found = self._keys.get(key)
        if found is None and key.startswith("the "):
            found = self._keys.get(key[4:])
        return found


def first_mention(org: Organization) -> tuple[int, int]:
    """Where *org* is first written, as a sort key (``(0, 0)`` when it is written
    nowhere): organizations are listed in order of first mention."""
    return (org.mentions[0].start, org.mentions[0].end) if org.mentions else (0, 0)


def organization_index(written: str | None, organizations: Sequence[Organization]) -> int | None:
    """The index of the organization *written* names in *organizations* (its canonical
    name, acronym or an alias, case and spacing aside), or ``None``."""
    return OrganizationIndex(organizations).find(written)


def speaker_entry(
    speaker: Speaker,
    people: Sequence[Person],
    organizations: Sequence[Organization],
    index: OrganizationIndex | None = None,
) -> Person | Organization | None:
    """The cast entry *speaker* stands for: its :class:`Person` (by
    :attr:`Speaker.person`) or, for a group, the organization its organization or its
    name names (:func:`organization_index`; give *index* to look up many)."""
    if speaker.person is not None:
        return people[speaker.person] if 0 <= speaker.person < len(people) else None
    if not speaker.is_group:
        return None
    found = index if index is not None else OrganizationIndex(organizations)
    for written in (speaker.organization, speaker.name):
        i = found.find(written)
        if i is not None:
            return organizations[i]
    return None


def link_speakers(
    quotes: Sequence[Quote], people: Sequence[Person], organizations: Sequence[Organization]
) -> tuple[Quote, ...]:
    """*quotes* with :attr:`Quote.speaker` set from the cast."""
    out = []
    index = OrganizationIndex(organizations)
    for q in quotes:
        att = q.attribution
        entry = (
            speaker_entry(att.speaker, people, organizations, index) if att is not None else None
        )
        out.append(q if entry is q.speaker else attrs.evolve(q, cast=entry))
    return tuple(out)
