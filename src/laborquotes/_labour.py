"""Organizations, speaker roles and the voices summary.

:func:`enrich` runs after the quotes are found. It finds every organization in the
article (:meth:`Registry.find <._orgs.Registry.find>`), resolves what each speaker's
organization and group phrase stand for (:class:`._coref.ArticleOrgs`: ``the union`` is
the union the article is about, ``the studios`` the employer group it names), gives each
speaker a :class:`Role` by the rule tables of :mod:`._roles`, and counts who gets a voice.
"""

from __future__ import annotations

import bisect
import functools
import unicodedata
from collections.abc import Iterable, Iterator, Sequence

import attrs
import regex

from ._coref import (
    HEAD_REFERENCES,
    REFERENCE_KINDS,
    REFERENCE_START,
    STATEMENT_PHRASE,
    AppositiveMemo,
    AppositivePlace,
    ArticleOrgs,
    appositive,
    appositive_at,
    appositive_place,
    as_introduced,
    display_name,
    fill_from_namesakes,
    has_reference,
    named_after_description,
    possessive_stripped,
    reference_word,
    speaker_with,
    with_speaker,
)
from ._described_bodies import described_body
from ._described_companies import with_described_companies
from ._dispute import (
    WORKFORCE_WORDS,
    ActionWords,
    employing_body,
    expert_affiliation,
    find_dispute,
    introduced_as_employer,
    owned_by,
)
from ._literal_index import LiteralIndex
from ._marks import unwrapped
from ._model import (
    Attribution,
    Dispute,
    Organization,
    OrgKind,
    Quote,
    QuoteKind,
    Role,
    Span,
    Speaker,
    VoiceCount,
    Voices,
    organization_index,
)
from ._named_bodies import named_bodies, with_named_bodies
from ._org_names import _lazy, company_short_form, name_initials
from ._org_tails import whole_org_speakers
from ._orgs import OrgEntry, Registry, default_registry
from ._owners import PersonOwners, is_given_name
from ._patterns import alternation, lazy, lazy_stdlib
from ._places import demonym_length, lookup_city, lookup_region
from ._portfolios import bench_body, portfolio_department
from ._public_employers import with_public_employer
from ._quoted_orgs import (
    listable,
    proper_name,
    quoted_organization,
    with_quoted,
)
from ._represented import (
    represented_employers,
    with_represented_employers,
    with_represented_unions,
)
from ._roles import (
    ACADEMIC_STAFF_WORDS,
    NEWSROOM_WORK_VERBS,
    NEWSROOM_WORKER_WORDS,
    TITLE_HEADS,
    business_name,
    document_head,
    elected_member,
    employer_only_office,
    group_role,
    hint_kind,
    management_title,
    outside_lawyer,
    person_role,
    relative_role,
    staff_clause,
    union_not_labour,
    union_only_office,
    union_side_title,
    users_body,
)
from ._speakers import business_led_by
from ._spelled_acronyms import (
    ACRONYM_MAX,
    INITIALS_MIN,
    initials_map,
    spelled_by,
    with_spelled_acronyms,
)
from ._vocab import (
    ABBREVIATED_TITLES,
    ACADEMIC_BODY_WORDS,
    ARTS_BODY_NOUNS,
    BASE_PARTICIPLES,
    BODY_ADJECTIVES,
    BODY_VOICE_HEADS,
    BODY_VOICE_RANKS,
    COMPANY_OFFICER_TITLES,
    CONTACT_PARTICIPLES,
    COURTESY_HONORIFICS,
    CUSTOMER_CLAUSE_VERBS,
    DESCRIPTION_BODY_LEADS,
    DESCRIPTION_BODY_NOUNS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    INDEFINITE_LEADS,
    JOB_ACRONYMS,
    LEGISLATOR_POSTNOMINALS,
    LOCAL_BUSINESS_WORDS,
    NUMBERED_UNITS,
    ORG_DESCRIPTORS,
    ORG_LEAD_MODIFIERS,
    ORG_NAME_JOINERS,
    ORG_PART_NOUNS,
    ORG_TAIL_DESCRIPTORS,
    PAST_WORK_MODIFIERS,
    PLACE_OFFICES,
    POLITICAL_LEANINGS,
    PUBLIC_BODY_HEADS,
    PUBLIC_SERVICE_WORDS,
    SHORTENED_BODY_HEADS,
    SIDE_BODY_WORDS,
    SIDE_EMPLOYER_WORDS,
    SIDE_UNION_WORDS,
    STAFF_ADJECTIVE_HEADS,
    STATEMENT_NOUNS,
    STATEMENT_WORDS,
    STREET_WORDS,
    TITLE_REFERENCE_HEADS,
    UNIT_TITLE_WORDS,
)
from ._workplaces import SITE_NOUNS, short_forms, with_workplaces

__all__ = [
    "BODY_HEAD_TITLES",
    "BODY_SPEAKER_HEADS",
    "CAPITALIZED_REFERENCE_MODIFIERS",
    "HEAD_REFERENCES",
    "OWNING_BODY_NOUNS",
    "REFERENCE_KINDS",
    "STATEMENT_WORDS",
    "Enriched",
    "display_name",
    "enrich",
    "enrich_article",
    "enrich_attribution",
    "summarize_voices",
]

#: The last word of a group phrase that names an organization (``the flight attendants
#: union``), not a person.
_GROUP_HEAD = _lazy(
    r"(?i)\b(?:union|unions|guild|federation|company|companies|studios|management|"
    r"employers|producers|league|government|ministry|administration|association)\W*+$"
)
#: A speaker written as a description (``a spokesman``, ``union members``).
_DESCRIBED = _lazy(r"^(?:(?i:a|an|the|one|two|three|several|some|many)\s|\p{Ll})")
#: How many names the answers that depend on a speaker's name alone are remembered for
#: (asked at every quotation of the same speaker).
_NAME_MEMO = 4096
#: A title that is only an age (``Jo Kim, 52, who has been on strike``).
_AGE = _lazy(r"\A\s*+\d{1,3}\s*+\Z")


#: Words that, in a speaker's description with no organization named, point at the
#: dispute's union (``a union spokesman``) or its employer (``a company spokeswoman``).
def _side_words_pattern() -> str:
    """The side words of a description (:data:`SIDE_UNION_WORDS`, ...), each a whole
    word; an adjectival one only as the head (``the local``, not ``local resident``:
    :func:`~laborquotes._coref.reference_word`)."""
    union = "|".join(map(reference_word, SIDE_UNION_WORDS))
    return (
        rf"(?i)(?<![\w-])(?:(?P<u>{union})|(?P<e>{'|'.join(SIDE_EMPLOYER_WORDS)})"
        rf"|(?P<body>{'|'.join(SIDE_BODY_WORDS)}))(?:['’]s?)?(?![\w-])"
    )


_SIDE_WORDS = _lazy(_side_words_pattern())


#: A title that opens with whose office it is (``its general secretary``, ``the
#: association's chief executive``).
_POSSESSOR = _lazy(
    r"^\s*+(?:(?P<pron>[Ii]ts|[Tt]heir)|(?:[Tt]he\s++)?(?P<noun>\p{Ll}[\w-]*+)(?P<s>['’]s?)"
    rf"|(?:[Tt]he\s++)?(?P<noun2>{'|'.join(HEAD_REFERENCES)}|college))\s"
)
#: Post-nominal letters of a legislator (``MNA``), never an organization before a title.
_LEGISLATORS = frozenset(LEGISLATOR_POSTNOMINALS)
#: How far before a quote the title of its speaker may be written.
_TITLE_LOOKBACK = 20_000


#: Public employers whose spokesperson, officials or management speak for the employer
#: of a dispute with no named employer (``a council spokeswoman``, ``district officials``).
BODY_SPEAKER_HEADS: tuple[str, ...] = (
    "authority", "board", "college", "council", "district", "hospital", "school", "trust",
    "university",
)  # fmt: skip

#: ``a council spokeswoman``, ``district officials``: such a body's speaker.
_BODY_SPOKESPERSON = _lazy(
    rf"(?i)(?<![\w-])(?:{'|'.join(BODY_SPEAKER_HEADS)})"
    r"(?:['’]s)?\s++(?:spokes(?:man|woman|person)|officials?|management)(?![\w-])"
)


def _business(name: str) -> bool:
    """Whether *name* is a business's proper name by its last word (``Kestrel Buses``,
    ``Karoo Components``): in a dispute whose employer no one names, the employer (not
    a body of its users, ``Vale Rail Users' Group``, or a government's, ``Department for
    Transport``)."""
    return (
        business_name(name)
        and listable(name)
        and hint_kind(name) in (None, OrgKind.EMPLOYER)
        and not users_body(name)
    )


#: Titles of the head of a kind of body, and the words of that body's name: with no
#: organization of their own, in a dispute whose employer is such a body, its
#: management (``Superintendent Ana Ruiz`` in a strike at the Dunmore School District).
BODY_HEAD_TITLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("administrative officer", ("city", "county", "municipality", "town")),
    ("city administrator", ("city",)),
    ("city manager", ("city", "council")),
    ("commissioner", ("league",)),
    ("county administrator", ("county",)),
    ("county executive", ("county",)),
    ("county manager", ("council", "county")),
    ("deputy commissioner", ("league",)),
    ("head teacher", ("academy", "school", "schools")),
    ("headteacher", ("academy", "school", "schools")),
    ("mayor", ("borough", "city", "municipality", "town", "township", "village")),
    ("municipal commissioner", ("corporation", "municipal", "municipality")),
    ("principal", ("academy", "college", "school", "schools")),
    ("provost", ("college", "university")),
    ("superintendent", ("board", "district", "division", "schools")),
    ("town administrator", ("town",)),
    ("town manager", ("town",)),
    ("vice-chancellor", ("university",)),
)

#: A body head's title -> the words of the kind of body they head.
_BODY_HEADS = dict(BODY_HEAD_TITLES)


def _unaccented(word: str) -> str:
    """*word* without its accents (``ÉBC`` -> ``EBC``: the initials of ``Éire Broadcasting
    Corporation`` as an acronym is written)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


class _Sides:
    """The sides of the article's dispute, for the roles: an organization of the employer
    side is an employer whatever its kind (a council, a broadcaster), and a company that
    is not on it is a third party."""

    def __init__(
        self,
        dispute: Dispute | None,
        text: str = "",
        owners: frozenset[str] = frozenset(),
        employer_groups: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self._introduced: dict[str, bool] = {}
        self._academic: frozenset[str] | None = None  # (:meth:`academic_plurals`)
        #: Names the text says represent employers (:func:`represented_employers`).
        self.employer_groups = employer_groups
        self._workforce: frozenset[str] | None = None  # (:meth:`workforce_singulars`)
        self._newsroom: bool | None = None  # (:meth:`newsroom_dispute`)
        self.disputed = dispute is not None
        self.unions = tuple(dispute.unions) if dispute is not None else ()
        self.employers = tuple(dispute.employers) if dispute is not None else ()
        # (and each company's name without its legal form: ``Laurentian Nickel Corp.``
        # and ``Laurentian Nickel`` are one employer)
        self.employer_names = frozenset(o.name for o in self.employers) | frozenset(
            company_short_form(o.name) for o in self.employers
        )
        #: The employers named by an acronym only (``ARBC``), for their full names.
        self._employer_acronyms = frozenset(
            o.name for o in self.employers if " " not in o.name and o.name.isupper()
        )
        self._associations_only = bool(self.employers) and all(
            o.kind is OrgKind.EMPLOYER_GROUP for o in self.employers
        )
        # Answers that depend on the text and a name only, remembered for this article.
        self.apposed: AppositiveMemo = {}
        self.whole: dict[str, Organization | None] = {}
        # What the speaker being resolved depended on: its place in the text (beyond
        # where its name is first written), and that first mention (-2: not asked).
        self.positional = False
        self.apposed_at = -2
        self._initials: dict[str, Organization | None] | None = None
        #: Where names are written (:func:`_aged`), each stretch of the text read once.
        self.written = LiteralIndex(text)
        #: :meth:`sole_company`'s answer, once asked (a one-item list: it may be ``None``).
        self._sole: list[Organization | None] = []
        #: The employer's owners the text names (:meth:`employs`), as the dispute read them.
        self._owners = owners

    def sole_company(self, art: ArticleOrgs) -> Organization | None:
        """The company an officer with no organization written works for: the
        dispute's one employer, else the one company the lede names (read once per
        article: a long document asks at each such officer)."""
        if not self._sole:
            self._sole.append(_sole_company(self.employers) or _sole_company(art.orgs, lede=True))
        return self._sole[0]

    def academic_plurals(self) -> frozenset[str]:
        """The titles of teaching and research staff the text writes in the plural
        (``lecturers``), singular: one scan of the text, on first use."""
        if self._academic is None:
            self._academic = _singulars(_ACADEMIC_PLURALS(), self.text)
        return self._academic

    def newsroom_dispute(self) -> bool:
        """Whether the dispute is at a publisher or a broadcaster (an employer of media's
        kind or name), or of its journalists (``Journalists at Northern Wire walked
        out``): its newsroom's people are its workforce (asked once)."""
        if self._newsroom is None:
            self._newsroom = any(
                o.kind is OrgKind.MEDIA or hint_kind(o.name) is OrgKind.MEDIA
                for o in self.employers
            ) or (self.disputed and _NEWSROOM_WORKFORCE().search(self.text) is not None)
        return self._newsroom

    def workforce_singulars(self) -> frozenset[str]:
        """The workforce words the text writes in the plural (``guards``), singular
        (``guard``), and the words it writes before ``workers`` (``ASHA workers``: an
        ``ASHA`` is one), lower-cased: one scan of the text each, on first use."""
        if self._workforce is None:
            found = _WORKFORCE_PLURALS().findall(self.text)
            kinds = _WORKERS_OF_A_KIND().findall(self.text)
            self._workforce = frozenset(w.lower()[:-1] for w in found) | frozenset(
                w.lower() for w in kinds
            )
        return self._workforce

    def spelled(self, orgs: Sequence[Organization], acronym: str) -> Organization | None:
        """:func:`~laborquotes._spelled_acronyms.spelled_by`, with the article's
        initials read once."""
        if self._initials is None:
            self._initials = initials_map(orgs)
        return spelled_by(self._initials, acronym)

    def quoted_kind(self, name: str) -> OrgKind | None:
        """The kind of an organization the registry lacks, from its name or, in a
        dispute whose employer no table knows, its side (``Midland Coachways``)."""
        if self.unnamed_employer(name):
            return OrgKind.EMPLOYER  # (a council in its own bin strike, as for speakers)
        if name in self.employer_groups:
            return OrgKind.EMPLOYER_GROUP  # (``, which represents most providers,``)
        return hint_kind(name)

    def kind(self, org: Organization | None) -> OrgKind | None:
        """*org*'s kind in this dispute: an employer on its employer side, and a public
        body that employs (``the Railway Board``, ``Leeds City Council``) in a dispute
        whose employer side names no one."""
        if org is None:
            return None
        if self.employs(org.name):
            return OrgKind.EMPLOYER
        if org.kind in (OrgKind.GOVERNMENT, OrgKind.OTHER) and self.unnamed_employer(org.name):
            return OrgKind.EMPLOYER  # (a council, a university: the employer no one named)
        if org.kind is OrgKind.OTHER and org.name in self.employer_groups:
            return OrgKind.EMPLOYER_GROUP  # (``, which represents most providers,``)
        return org.kind

    def employs(self, name: str) -> bool:
        """Whether *name* is an organization of the employer side, as named or without
        its legal form, or the employer's owner or operator the text names
        (:func:`~._dispute.owner_names`: ``Golden Coast Health, which owns the
        hospital``), by its name or its first words (``Golden Coast``)."""
        if name in self.employer_names or company_short_form(name) in self.employer_names:
            return True
        if (
            self._employer_acronyms
            and " " in name
            and _unaccented(name_initials(name)) in self._employer_acronyms
        ):
            return True  # (``the Australian Regional Broadcasting Corporation``: ``ARBC``)
        return self.disputed and name[:1].isupper() and owned_by(name, self._owners)

    def unnamed_employer(self, name: str | None, *, described: bool = False) -> bool:
        """Whether *name*, an organization the registry does not know (``Castlebridge
        City Council``) or a description (``a council spokeswoman``), is the employer of
        a dispute whose employer side names no one."""
        if not name or not self.disputed or self.employers:
            return False
        if described:
            return _BODY_SPOKESPERSON().search(name) is not None
        return employing_body(name) or _business(name) or self._introduced_as_employer(name)

    def bystanders_business(self, org: Organization | None, shown: str | None) -> bool:
        """Whether the speaker's organization (*org*, or the name *shown*) is a small
        local business (:data:`~._vocab.LOCAL_BUSINESS_WORDS`: ``the Harbor Diner``) of
        no side in this article's dispute: none of the employer side, and not introduced
        as an employer (``a strike at the Harbor Diner``)."""
        name = _without_descriptor(shown) or (org.name if org is not None else None)
        if not name or not self.disputed or name.rsplit(None, 1)[-1] not in _LOCAL_BUSINESSES:
            return False
        if org in self.employers or self.employs(name):
            return False
        return not self._introduced_as_employer(name)

    def _introduced_as_employer(self, name: str) -> bool:
        """``Midland Buses said``, after ``a pay offer from Midland Buses``: a name the
        article introduces as the employer (asked once per name, for a bounded number of
        names: the first mention is looked for in the whole text)."""
        if name not in self._introduced and len(self._introduced) < _MAX_INTRODUCED:
            self._introduced[name] = introduced_as_employer(self.text, name.strip(" ,.;:"))
        return self._introduced.get(name, False)

    def role(
        self, org: Organization | None, role: Role | None, shown: str | None = None
    ) -> Role | None:
        """*role*, or ``other`` for an employer's person in another company's dispute.
        Where the employer side is only employers' associations (sector bargaining:
        ``the Banks' Association``), a company is one of their members: an employer.
        An employers' association (``Employers`` in its name) is on the employer side.
        So is a person whose organization is written as the employer's name (*shown*:
        ``Northgate NHS Foundation Trust``), whatever registered body it names inside."""
        if role is not Role.EMPLOYER or org is None or not self.employer_names:
            return role
        if shown in self.employer_names:
            return role
        if org.kind is OrgKind.EMPLOYER_GROUP and _EMPLOYERS_WORD().search(org.name):
            # (an employers' association speaks for the employer side of its sector:
            # ``the Korea Employers Federation`` in a strike at one of its members; a
            # business lobby, ``the Federation of Independent Business``, is a third party)
            return role
        if org.kind in (OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP):
            member = org.kind is OrgKind.EMPLOYER and self._associations_only
            return role if self.employs(org.name) or member else Role.OTHER
        return role

    def third_party(self, shown: str | None) -> bool:
        """Whether *shown*, a company no table knows, is outside the dispute: its
        employer side is named, and *shown* is a proper name that is none of it (not a
        description such as ``the firm``)."""
        if not shown or not self.employers or not shown[:1].isupper():
            return False
        if self._associations_only:
            return False  # (a member of the employers' association: see :meth:`role`)
        if _SIDE_WORDS().search(shown) is not None or self.unnamed_employer(shown):
            return False
        name = " ".join(shown.split())
        return not any(name == o.name or name in o.aliases for o in self.employers) and not (
            self.employs(name)
        )

    def heads_employer(self, title: str | None) -> bool:
        """Whether *title* is the head of a kind of body (:data:`BODY_HEAD_TITLES`) that
        the dispute's employer side holds (a superintendent and a school district)."""
        if not title or not self.employers:
            return False
        title = ABBREVIATED_TITLES.get(title, title)  # (``Supt.``: a superintendent)
        bodies = _BODY_HEADS.get(" ".join(title.lower().split()[-2:])) or _BODY_HEADS.get(
            title.lower().rsplit(" ", 1)[-1]
        )
        if bodies is None:
            return False
        return any(w.lower() in bodies for o in self.employers for w in o.name.split())

    def speaks_for_employer(self, title: str | None, shown: str | None) -> bool:
        """Whether a spokesperson of *shown*, an organization no table knows, speaks for
        the employer: in a dispute whose employer side names no registry organization, a
        named body (``STM spokesperson Ana Roy``; also in one whose employer side is only
        employers' associations, whose member it is) or the employer's description (``a
        spokesman for the firm``; also its lawyer or negotiator: ``the district's
        attorney``). A spokesperson is whoever's spokesperson they are."""
        if not self.disputed or not title or not shown:
            return False
        side = _SIDE_WORDS().search(shown)
        if side is not None and side.group("e") and _ADVOCATES().search(title):
            return True  # ``the company's lawyer``, ``the district's attorney``
        if not _SPOKES().search(title):
            return False
        if side is not None and side.group("e"):
            return True  # ``the firm``, ``the company``: the employer's
        no_company = not self.employers or self._associations_only
        return no_company and shown[:1].isupper() and side is None

    def party(self, described: str | None) -> Organization | None:
        """The side a description with no organization names (``a union spokesman``)."""
        if not described:
            return None
        if person_role(described, None) is Role.GOVERNMENT and not self._board_office(described):
            return None  # ``the Minister for Health``: a minister is never a side
        if union_not_labour(described):
            return None  # ``students' union president``: no labour union's
        m = _SIDE_WORDS().search(described)
        if m is None:
            # ``Federal secretary Jo Ruiz``: an office only unions have; ``Organizer Jo
            # Ruiz`` in a union's dispute
            if self.unions and (union_only_office(described) or union_side_title(described)):
                return _most_named(self.unions)
            firms = [o for o in self.employers if o.kind is not OrgKind.EMPLOYER_GROUP]
            if firms and employer_only_office(described):
                # ``Superintendent Mark Lowe``: the employer's (an employers' group has no
                # managing director of the workforce's)
                return _most_named(firms)
            return None
        if m.group("body"):
            # ``a council spokeswoman``: the employer with that word in its name
            word = m.group("body").casefold()
            word = _BODY_NOUN_OF.get(word, word)  # (``a municipal spokesperson``)
            named = [o for o in self.employers if word in o.name.casefold().split()]
            if not named and word == "board":
                named = self._schools_board(described)
            return named[0] if named else None
        side = self.unions if m.group("u") else self.employers
        return _most_named(side) if side else None

    def _board_office(self, described: str) -> bool:
        """Whether *described* is an office of a board or a local government that the
        employer side names (``Board President`` of a school board whose teachers
        strike, ``County Administrator`` of a county whose road crews do): the board
        runs the employer, as a company's board does."""
        words = [_BODY_NOUN_OF.get(w, w) for w in described.casefold().split()]
        bodies = _GOVERNING_WORDS.intersection(words[:-1])
        return bool(bodies) and (
            any(not bodies.isdisjoint(o.name.casefold().split()) for o in self.employers)
            or bool(self._schools_board(described))
        )

    def _schools_board(self, described: str) -> list[Organization]:
        """The employers a school board governs, for an office of ``school board``
        (``School board President``): those with *school* in their name (a school
        district, whose board it is)."""
        words = described.casefold().split()
        if "school" not in words or "board" not in words:
            return []
        return [o for o in self.employers if "school" in o.name.casefold().split()]


#: The words of a body whose offices are the employer's when it is (``board``, and the
#: nouns of a local government: ``County Administrator``).
_GOVERNING_WORDS = frozenset(("board", *STAFF_ADJECTIVE_HEADS))
_BODY_NOUN_OF = dict(BODY_ADJECTIVES)


def _most_named(side: Sequence[Organization]) -> Organization:
    """The organization of a side named most often, a union before a federation (``the
    Kamgar Union``, not the Hind Mazdoor Sabha it is affiliated to)."""
    return max(side, key=lambda o: (o.kind is not OrgKind.FEDERATION, len(o.mentions)))


def _statement_org(art: ArticleOrgs, name: str, pos: int) -> Organization | None:
    """The organization behind ``the statement``: the one named last, close before it
    (``Unite issued a statement. "...," the statement said``)."""
    if STATEMENT_PHRASE().match(name) is None:
        return None
    maker = _statement_maker(art, pos)
    if maker is not None:
        return maker
    i = bisect.bisect_left(art.starts, pos) - 1
    while i >= 0 and art.starts[i] >= pos - _STATEMENT_REACH:
        org = art.orgs[art.owners[i]]
        if org.kind is not OrgKind.MEDIA:
            return org
        i -= 1
    return None


def _statement_maker(art: ArticleOrgs, pos: int) -> Organization | None:
    """Who made the statement last written of shortly before *pos* (``In a statement,
    the hotel said ...``, ``In a statement, Acme said ...``): the organization it names."""
    found = None
    for m in _STATED_BY().finditer(art.text, max(0, pos - _STATEMENT_REACH), pos):
        found = m  # (the last one)
    if found is None:
        return None
    who = found.group("who")
    if who[:4].lower() == "the ":
        return art.reference(who, found.start("who"))[0]
    return art.lookup(who)


#: ``In a statement, the hotel said``: the maker of a statement, after it.
_STATED_BY = _lazy(
    r"(?i:in\s++(?:a|its|their)\s++statement)\s*+,\s*+"
    r"(?P<who>(?i:the)\s++\p{Ll}++|\p{Lu}[\w&'’.\-]*+(?:\s\p{Lu}[\w&'’.\-]*+){0,4}+)"
    r"\s++(?:said|says|added|stated)\b"
)


def _group_reference(art: ArticleOrgs, sides: _Sides, name: str, pos: int) -> Organization | None:
    """The organization a description means (``the union``, ``the hospital``): one the
    article holds, else one no table knows that the article names before it with the
    description's head noun (``Nurses at Castlebridge Hospital ... the hospital said``)."""
    org, pointed = art.reference(name, pos)
    if org is not None or not pointed:
        return org
    head = _reference_head(name)
    if head is None:
        return None
    # (the last capitalized head before the description, found in C; then the name
    # that ends with it, read in a short window)
    cap = head[:1].upper() + head[1:]
    at = art.text.rfind(" " + cap, max(0, pos - _HEAD_NAME_REACH), pos)
    if at < 0:
        return None
    end = at + 1 + len(cap)
    found = _head_name_re(head).search(art.text, max(0, at - _NAME_WORDS_REACH), end)
    if found is None or found.end(1) != end or not listable(found.group(1)):
        return None
    written = found.group(1)
    if any(w in _CAPITAL_FUNCTION_WORDS for w in written.split()[1:]):
        return None  # ``... Disputes Characterization Of Network``: a headline's words
    kind = sides.quoted_kind(written) or hint_kind(written) or OrgKind.OTHER
    where = Span(start=found.start(1), end=found.end(1))
    org = quoted_organization(art.text, written, where, kind, speaker=True)
    if org is None:
        return None
    art.add_quoted(org)
    art.listed.append(org)
    return org


def _reference_head(name: str) -> str | None:
    """The head noun of a short description (``the hospital`` -> ``hospital``)."""
    words = name.split()
    if not 1 < len(words) <= _HEAD_WORDS or not words[-1].isalpha() or not words[-1].islower():
        return None
    return words[-1]


@functools.lru_cache(maxsize=256)
def _head_name_re(head: str) -> regex.Pattern[str]:
    """A name of one to four capitalized words ending with *head* capitalized."""
    cap = head[:1].upper() + head[1:]
    return regex.compile(
        rf"(?<![\w\-])((?:\p{{Lu}}[\p{{L}}'’\-]*+[ ]){{1,4}}{regex.escape(cap)})(?![\w\-])"
    )


#: Function words capitalized, as in a headline's title case (never inside a name).
_CAPITAL_FUNCTION_WORDS = frozenset(w.capitalize() for w in FUNCTION_WORDS)
#: How far before a description the name it means may be written.
_HEAD_NAME_REACH = 2000
#: How far before its head noun such a name may start (four words).
_NAME_WORDS_REACH = 80
#: A description read this way has at most this many words (``the district hospital``).
_HEAD_WORDS = 3


#: At most this many speaker names are looked for as the employer an article introduces.
_MAX_INTRODUCED = 64
#: How far before ``the statement`` the organization that made it may be named.
_STATEMENT_REACH = 250


@functools.lru_cache(maxsize=_NAME_MEMO)
def _described(name: str) -> str | None:
    """A speaker written as a description (``a spokesman for the miners``) is its own title."""
    return name if _DESCRIBED().match(name) is not None else None


def _described_org(sp: Speaker) -> Speaker:
    """*sp*, or, for a phrase that describes an organization before its name (``The
    drivers' union Aslef``, ``the rail operator Northline``), the organization speaking
    by its name."""
    org = sp.organization
    if sp.is_group or not org or sp.title or not sp.name.endswith(" " + org):
        return sp
    lead = sp.name[: -len(org) - 1].split()
    if len(lead) < 2 or lead[0].lower() != "the" or lead[-1].lower() not in _DESCRIBING_NOUNS:
        return sp
    return speaker_with(sp, org, None, org, None, True)


#: The nouns of a description before an organization's name (``the drivers' union``).
_DESCRIBING_NOUNS = frozenset((*SIDE_UNION_WORDS, *SIDE_EMPLOYER_WORDS, "operator"))


def _speaker_pos(att: Attribution, quote: Quote) -> int:
    return min(att.source_span.start, quote.span.start)


def _enrich_speaker(
    art: ArticleOrgs,
    sides: _Sides,
    sp: Speaker,
    att: Attribution,
    quote: Quote,
    people: PersonOwners,
) -> tuple[Speaker, Organization | None]:
    """The speaker with organization and role resolved, and the organization."""
    pos = _speaker_pos(att, quote)
    sp = _org_led_title(art, people, _section_titled(art, _described_org(sp)), pos)
    if _org_reference(art, sp.organization):
        sides.positional = True
    org, shown = _employer_site(sides, sp.title, *_written_org(art, people, sp.organization, pos))
    if org is None and _unit_named(art, sp):
        sp, shown = _unit_titled(sp), None  # ``Kisaru branch chairman``
    if shown and (org is None or org.name not in art.by_name):
        sides.positional = True  # read in the span it is written in
        whole = _enclosing_org(art, shown, att.source_span)
        if whole is not None:
            org, shown = whole, display_name(whole)
    owner = None
    if org is None and shown and _persons_office(people, sp, att):
        # ``Ana Ruiz's campaign manager``: a person's office, not an organization's.
        owner, shown = shown, None
        sp = speaker_with(sp, sp.name, sp.title, None, sp.role, sp.is_group)
    head, name_org, whole = _name_orgs(art, sides, sp.name)
    if name_org is None:
        name_org, sp = _short_company(art, people, sp)
    named_employer = not (sp.title or sp.organization) and sides.unnamed_employer(sp.name)
    if whole is not None or named_employer or _is_group(art, sp, name_org):
        name_org = name_org or whole
        if org is None and name_org is not None:
            org, shown = name_org, display_name(name_org)
        if org is None and not (shown and proper_name(shown, speaker=True)):
            # (``A Harbour Department official``: the body it names, no other)
            org, shown, sp = _referred_org(art, sides, sp, shown, pos)
        if org is None and named_employer:
            shown = shown or sp.name  # ``Midland Buses said``: it speaks for itself
        if org is None and not shown:
            shown = described_body(sp.name)  # ``the transport ministry said``
        role = _group_speaker_role(art, sides, sp, org, shown, head, owner)
        title = _group_title(sp, org, shown)
        return speaker_with(sp, _fullest(art, sp, org, pos), title, shown, role, True), org
    read = _with_office(art.text, att.source_span, sp)
    org, shown = _its_office(art, att.source_span, sp.title, org, shown)
    seen_by = max(att.source_span.end, pos)
    org, shown, role = _person_role(art, sides, read, org, shown, seen_by, pos, owned=bool(owner))
    org, shown, role = _clause_role(art.text, att.source_span, sides, read.title, org, shown, role)
    if org is None and not shown:
        org, shown = _unwritten_owner(sides, sp, role)
    if org is None and not shown:
        org, shown, role = _office_body_role(art, sp.title, role)
    role = _owner_role(role, owner, sp.title or sp.name)
    read_owner = org is not None or shown is not None
    title = _unowned(sp.title, read=read_owner) or _description_title(sp.name)
    if read_owner:
        title = _voice_title(_without_side_noun(_after_org_name(title, shown)))
    return speaker_with(sp, sp.name, title, _without_descriptor(shown), role, False), org


def _public_office_body(
    art: ArticleOrgs, title: str | None
) -> tuple[Organization | None, str | None]:
    """The body a public office sits in, named in the article: a minister's department
    (``Health Minister``), a judge's or a commissioner's court or tribunal."""
    org = portfolio_department(art.orgs, title) or bench_body(art.orgs, title)
    return org, display_name(org) if org is not None else None


def _office_body_role(
    art: ArticleOrgs, title: str | None, role: Role | None
) -> tuple[Organization | None, str | None, Role | None]:
    """The body of a person with no organization written, and their role: a public
    office's body for a government's person (:func:`_public_office_body`); for one whose
    title alone told no side, the one tribunal or commission a bench title sits in
    (``Adjudication officer Ana Rao`` of ``the Workplace Relations Commission``), whose
    people are the government's."""
    if role is Role.GOVERNMENT:
        return (*_public_office_body(art, title), role)
    body = bench_body(art.orgs, title) if role in (None, Role.OTHER) else None
    if body is None:
        return None, None, role
    return body, display_name(body), Role.GOVERNMENT


#: ``staff`` as the head of a group's phrase (``Staff at Kestrel Hospital``, ``hospital
#: staff``): in a dispute, the workforce.
_STAFF_HEAD = _lazy(r"(?i)(?:^|\s)staff(?:\s++(?:at|of|in)\s|$)")


def _group_speaker_role(
    art: ArticleOrgs,
    sides: _Sides,
    sp: Speaker,
    org: Organization | None,
    shown: str | None,
    head: str,
    owner: str | None,
) -> Role | None:
    """The role of a group speaker (an organization, a body's people), by its kind and
    the dispute's sides."""
    kind = _group_kind(sides, org, shown, sp.name)
    role = sp.role or group_role(_without_org(art, head), kind)
    if role is Role.EMPLOYER and sides.disputed and _STAFF_HEAD().search(head) is not None:
        role = Role.WORKER  # ``Staff at Kestrel Hospital said``, in its strike: the workforce
    role = _owner_role(sides.role(org, role), owner, sp.name, group=True)
    role = _press_employer(sides, role, org, shown) or role
    if shown and not sp.role and users_body(shown):
        role = Role.OTHER  # ``the Kelvin University Students' Union``: no side's
    return _public_service_role(sides, role, org, shown)


def _unwritten_owner(
    sides: _Sides, sp: Speaker, role: Role | None
) -> tuple[Organization | None, str | None]:
    """Whose a person with no organization found is, by the words of the description
    (``a finance ministry official``), its described owner (``the union's president``:
    ``the union``), or, for one unnamed worker, the dispute's one employer."""
    title = None if sp.title in _JOB_ACRONYMS else sp.title  # (``HCA``: a trade, no body)
    shown = described_body(title or sp.name) or _described_owner(title)
    if shown:
        return None, shown
    if role is Role.EMPLOYER and title and title.lower() in _COMPANY_OFFICERS:
        # ``Managing director Niall Byrne told the paper ...``: a company's officer, no
        # company named, in a dispute with one employer: that employer's
        org = sides.employers[0] if len(sides.employers) == 1 else None
        return org, display_name(org) if org is not None else None
    if role is not Role.WORKER:
        return None, None
    org = None if sp.is_group else _unnamed_workers_employer(sides, sp.name)
    return org, display_name(org) if org is not None else None


_JOB_ACRONYMS = frozenset(JOB_ACRONYMS)


def _unnamed_workers_employer(sides: _Sides, name: str) -> Organization | None:
    """The dispute's one employer, for one worker of no organization written, unnamed
    (``One driver said``, ``a nurse said``) or named (``Ana Ruiz, a picker,``): whose
    worker she is; ``None`` otherwise (not for a group: ``Drivers said``)."""
    first = name.split(" ", 1)[0]
    if len(sides.employers) != 1 or sides.employers[0].kind is OrgKind.EMPLOYER_GROUP:
        return None  # (``NHS Employers``, a federation of employers, employs no one)
    if first.casefold() not in _ONE_UNNAMED and not (first[:1].isupper() and " " in name):
        return None
    return sides.employers[0]


#: Determiners of one unnamed person (``One driver``, ``a nurse``, ``another striker``).
_ONE_UNNAMED = frozenset(INDEFINITE_LEADS)


def _group_title(sp: Speaker, org: Organization | None, shown: str | None) -> str | None:
    """A group speaker's title: none for an organization by its name, whose appositive
    describes it (``Voltaris Energy, a startup that makes batteries,``); else its own
    (not its owner's), or the one its phrase describes (``Striking nurses``)."""
    named = org is not None or (shown is not None and shown in sp.name)
    title = (None if named else _unowned(sp.title)) or _description_title(sp.name)
    return _voice_title(title) if org is not None or shown else title


def _clause_role(
    text: str,
    span: Span,
    sides: _Sides,
    title: str | None,
    org: Organization | None,
    shown: str | None,
    role: Role | None,
) -> tuple[Organization | None, str | None, Role | None]:
    """*org*, *shown* and *role* read again with the relative clause in the speaker's
    phrase *span*: with no organization (:func:`_relative_in`), at the employer
    (:func:`_on_staff`); a worker whose clause tells they use the service (``a nurse who
    commutes from Tallow``, in a strike of tram drivers), of no trade the dispute's text
    writes as its workforce, is a customer, ``other``, with no organization."""
    clause = _who_clause(text, span) if role is Role.WORKER else None
    if clause and _customer_clause(clause) and not _of_workforce(sides, title):
        return None, None, Role.OTHER
    role = _relative_in(text, span, sides, role) if org is None else role
    return org, shown, _on_staff(text, span, sides, title, role)


def _on_staff(
    text: str, span: Span, sides: _Sides, title: str | None, role: Role | None
) -> Role | None:
    """*role*, or ``worker`` for the employer's person whose title holds no word of
    management and whose relative clause puts them on its staff (``a cable splicer who
    has worked for Atlantic Bell for 22 years``, in Atlantic Bell's strike; ``who drives
    for Lyft``)."""
    if role is not Role.EMPLOYER or management_title(title):
        return role
    clause = _who_clause(text, span)
    if clause is None:
        return role
    if sides.disputed and staff_clause(clause, sides.employer_names):
        return Role.WORKER
    # ``Ana Ruiz, who drives for Lyft,``: on a named company's staff, no manager of it
    return Role.WORKER if relative_role(clause, True, sides.employer_names) is Role.WORKER else role


def _who_in(text: str, span: Span) -> str | None:
    """The relative clause with ``who`` inside the speaker's phrase *span*, if any."""
    at = text.find(" who", span.start, span.end)
    return text[at + 1 : span.end] if at >= 0 else None


def _who_clause(text: str, span: Span) -> str | None:
    """:func:`_who_in`, or the relative clause right after *span* and set off by commas
    (``Ana Ruiz, who drives for Lyft, said``)."""
    inside = _who_in(text, span)
    if inside is not None:
        return inside
    if not text.startswith(", who ", span.end):
        return None
    stop = min(len(text), span.end + _CLAUSE_REACH)
    end = min((k for k in (text.find(c, span.end + 2, stop) for c in ",.;") if k > 0), default=-1)
    return text[span.end + 2 : end] if end > 0 else None


#: How far after a speaker's name a relative clause set off by commas is read.
_CLAUSE_REACH = 160


def _relative_in(text: str, span: Span, sides: _Sides, role: Role | None) -> Role | None:
    """*role*, or when no rule read one (``None``, ``other``), the role a relative clause
    inside the speaker's phrase *span* tells (:func:`~laborquotes._roles.relative_role`:
    ``Ana Ruiz, 31, a quality inspector who has worked at the plant for nine years``).
    An academic's title reads as an outside expert's, unless the clause puts them on the
    employer's staff (``a nursing professor who has taught at the college since 2004``,
    in the college's strike: a worker)."""
    if role not in (None, Role.OTHER, Role.EXPERT):
        return role
    clause = _who_in(text, span)
    if clause is None:
        return role
    if role is Role.EXPERT:
        on_staff = sides.disputed and staff_clause(clause, sides.employer_names)
        return Role.WORKER if on_staff else role
    return relative_role(clause, sides.disputed, sides.employer_names) or role


def _group_kind(
    sides: _Sides, org: Organization | None, shown: str | None, name: str
) -> OrgKind | None:
    """The kind of organization a group speaker *name* speaks for: its organization's,
    else the one its shown owner or its name hints at (``Chile's Labor Directorate``: a
    country is no body, the name is), the employer for the unnamed employer
    (``Castlebridge City Council said`` in its bin strike)."""
    if org is not None:
        return sides.kind(org)
    if sides.unnamed_employer(shown or name):
        return OrgKind.EMPLOYER
    if (shown or name) in sides.employer_groups:
        return OrgKind.EMPLOYER_GROUP  # (``, which represents most providers,``)
    return hint_kind(shown or name) or (hint_kind(name) if shown else None)


def _written_org(
    art: ArticleOrgs, people: PersonOwners, written: str | None, pos: int
) -> tuple[Organization | None, str | None]:
    """The organization a speaker's *written* organization names, and the name to show:
    :meth:`ArticleOrgs.resolve`, else a company by its first word (:func:`_company_led_by`)."""
    org, shown = art.resolve(written, pos)
    if org is None and shown:
        led = _company_led_by(art, people, shown) or _unit_of(art, shown)
        led = led or _owner_of_part(art, people, shown, pos)
        if led is not None:
            return led, led.name
        if shown.endswith(("s'", "s’")):
            return None, shown[:-1]  # (``the Acme Drivers' union``: a plural's possessive)
        headed = _headed_by(art, shown)
        if headed is not None:
            return headed, headed.name  # ``Orchestra chief executive Jo Bell``
        if shown.isalpha() and shown[:1].isupper() and not _persons_word(people, shown):
            # ``Kestrel's senior vice president`` after ``a Kestrel Logistics
            # warehouse``: a business the article names in full, by its first word
            return None, business_led_by(art.text, shown, pos) or shown
    if org is not None and shown:
        return org, _mention_only(art, org, shown)
    return org, shown


def _employer_site(
    sides: _Sides, title: str | None, org: Organization | None, shown: str | None
) -> tuple[Organization | None, str | None]:
    """*org* and *shown*, unless *shown* is a site named by its place (``a packer at the
    Grangemouth plant``, ``a cashier at the Leith branch``) where a worker of a dispute
    with one employer works: that employer's site, so the employer. (A union's officer
    at a branch is left alone: ``secretary of the Leith branch``.)"""
    if org is not None or not shown or len(sides.employers) != 1:
        return org, shown
    *place, noun = shown.split()
    if not place or len(place) > 3 or noun not in _SITES or not all(w[:1].isupper() for w in place):
        return org, shown
    if person_role(title, None) is not Role.WORKER:
        return org, shown
    employer = sides.employers[0]
    return employer, employer.name


#: The nouns of a site an employer's workers work at (``plant``, ``branch``, ``store``).
_SITES = frozenset(SITE_NOUNS)


def _headed_by(art: ArticleOrgs, word: str) -> Organization | None:
    """The one organization of the article whose name ends with *word*, a common noun
    capitalized at a sentence's start (``Orchestra chief executive`` after ``the
    Harbourlight Symphony Orchestra``: the orchestra's)."""
    return art.headed_by(word) if word.lower() in _HEAD_NOUNS else None


#: Common nouns an organization's name may end with, which written alone before a title
#: at a sentence's start refer to it.
_HEAD_NOUNS = frozenset((*HEAD_REFERENCES, *TITLE_REFERENCE_HEADS, *ARTS_BODY_NOUNS))


def _owner_of_part(
    art: ArticleOrgs, people: PersonOwners, shown: str, pos: int
) -> Organization | None:
    """The organization that owns a part of itself written as *shown* (``Altamont's
    commercial airplane unit``, ``Acme's European division``): the owner's, as written
    before the possessive."""
    m = _PART_OF().fullmatch(shown)
    if m is None:
        return None
    owner = m.group("owner")
    return art.resolve(owner, pos)[0] or _company_led_by(art, people, owner)


@lazy
def _PART_OF() -> str:
    """A possessive owner, lower-case words (and a place: ``Hudson Mercy's Manhattan
    hospital``) and a noun of a part of an organization (and where it is: ``Sabela's
    Jabulani store in Soweto``)."""
    return rf"""
        (?P<owner>\p{{Lu}}[\w&.\-]*+(?:[ ]\p{{Lu}}[\w&.\-]*+){{0,3}})['’]s[ ]
        (?:[\p{{Ll}}\-]++[ ]){{0,4}}(?:\p{{Lu}}[\p{{Ll}}\-]++[ ])?+{alternation(ORG_PART_NOUNS)}
        (?:[ ]in[ ]\p{{Lu}}[\p{{Ll}}\-]++(?:[ ]\p{{Lu}}[\p{{Ll}}\-]++)?)?+
    """


def _unit_of(art: ArticleOrgs, shown: str) -> Organization | None:
    """The organization a numbered unit belongs to where the article writes it with
    ``of`` (``District 88`` after ``District 88 of the Allied Machinists Union``), or
    the organization whose name it ends (``Allied Machinists Union District 88``)."""
    words = shown.split()
    if len(words) != 2 or words[0].lower() not in _NUMBERED_UNITS or not words[1].isdigit():
        return None
    for o in art.orgs:
        if o.name.endswith(" " + shown):
            return o  # (``District 914`` of ``Aerospace Machinists Union District 914``)
    at = art.text.find(shown + " of ")
    if at < 0:
        return None
    start = at + len(shown) + 4
    stop = _CLAUSE_END().search(art.text, start, start + _UNIT_OF_REACH)
    name = art.text[start : stop.start() if stop else start + _UNIT_OF_REACH].strip()
    return art.forms.get(name.removeprefix("the ")) or art.lookup(name)


#: How far the name after a unit's ``of`` may reach, in characters.
_UNIT_OF_REACH = 90
_NUMBERED_UNITS = frozenset(NUMBERED_UNITS)
_CLAUSE_END = lazy_stdlib(lambda: r"[,.;:()\n]")


def _mention_only(art: ArticleOrgs, org: Organization, shown: str) -> str:
    """*shown*, or the registry's mention of *org* in it where the other words only
    describe it: lower-case words before it (``the activist group X``) or a modifier of
    :data:`~laborquotes._vocab.ORG_LEAD_MODIFIERS` (``Opposition NDP``), lower-case words
    after it (``GMB union``, ``Local 294 in Albany``, ``X editorial board``). A longer
    name stays whole (``CNN Worldwide``, ``Senate Conservatives Fund``). The noun
    ``union`` after an acronym goes too (``PCS union``)."""
    part = _PART_OF().fullmatch(shown)
    if part is not None:
        return part.group("owner")  # (``Hudson Mercy's Manhattan hospital``: its owner)
    hit = art.registry.first_in(shown)
    if hit is None or art.by_name.get(hit[0].name, hit[0]).name != org.name:
        return shown
    start, end = hit[1], hit[2]
    lead, tail = shown[:start].strip(), shown[end:]
    if tail in ("'", "’", "'s", "’s") and not lead:
        return shown[start:end]  # (``the United Care Workers' union``: a possessive's mark)
    if (tail and not (tail[0] == " " and tail[1:2].islower())) or _name_goes_on(tail):
        return shown
    if lead and lead not in _ORG_LEAD_MODIFIERS and not all(w.islower() for w in lead.split()):
        return shown
    mention = shown[start:end]
    head, _, last = mention.rpartition(" ")
    if last.islower() and head in (org.name, org.acronym, *org.aliases):
        return head  # ``the GMB union``, ``PCS union``: the registry reads the noun too
    return mention if lead or tail else shown


def _name_goes_on(tail: str) -> bool:
    """Whether *tail*, after an organization's name, goes on with it: a joiner and a
    capitalized word (``at Irvine`` of ``University of California at Irvine``, ``and
    Skills`` of ``Department for Education and Skills``)."""
    joiner, _, rest = tail[1:].partition(" ")
    return joiner in _NAME_JOINERS and rest[:1].isupper()


def _without_descriptor(shown: str | None) -> str | None:
    """*shown* without a kind of body written after or before the name (``the Halden
    Institute think tank`` -> ``the Halden Institute``, ``the charity Patients First``
    -> ``Patients First``) or a political leaning before it (``the liberal Renew Europe
    group`` -> ``Renew Europe``), once the role is read (the kind may tell it: ``New
    Democrat Network think tank`` is no party)."""
    if not shown:
        return shown
    shown = _without_kind(shown)
    words = shown.split(" ", 2)
    if len(words) == 3 and words[0] == "the" and words[1] in _LEANINGS and words[2][:1].isupper():
        return words[2]  # ``the liberal Renew Europe``: its leaning, no part of its name
    return shown


def _without_kind(shown: str) -> str:
    """:func:`_without_descriptor` but for a leaning."""
    for kind in _ORG_TAIL_DESCRIPTORS:
        rest = shown.removesuffix(" " + kind)
        if rest != shown and rest.rsplit(None, 1)[-1][:1].isupper():
            return rest
        rest = shown.removeprefix("the ").removeprefix(kind + " ")
        if len(rest) < len(shown) - 4 and rest[:1].isupper():
            return rest  # ``the charity Patients First``
    lead = _DESCRIBED_LEAD().match(shown)
    if lead is not None and (lead.group("base") or lead.group("kind")):
        return shown[lead.end() :]  # ``Dhaka-based rights group Awaaz Labour Watch``
    street = _STREET_TAIL().search(shown)
    if street is not None and street.start() > 0:
        return shown[: street.start()]  # ``FreshWay on Mill Street``: a store of FreshWay
    return shown


@lazy
def _STREET_TAIL() -> str:
    """A street an organization's branch is on, ending the name (``on Mill Street``)."""
    name = r"(?:\p{Lu}[\p{L}'’.-]*+|\d{1,4}+(?:st|nd|rd|th))"  # (``West 46th Street``)
    return rf"[ ]on[ ](?:{name}[ ]){{1,3}}{alternation(STREET_WORDS)}\Z"


@lazy
def _DESCRIBED_LEAD() -> str:
    """A lead that only describes the organization named after it: a base
    (``Colombo-based``) and lower-case words of its kind (``the homelessness charity``,
    ``consultancy``)."""
    kinds = alternation((*ORG_TAIL_DESCRIPTORS, *ORG_DESCRIPTORS))
    base = rf"\p{{Lu}}[\p{{L}}.]*+(?:[ ]\p{{Lu}}[\p{{L}}.]*+)?-{alternation(BASE_PARTICIPLES)}"
    return rf"""
        (?:(?:the|a|an)[ ])?
        (?P<base>{base}[ ])?                        # where it is based
        (?:\p{{Ll}}[\p{{Ll}}-]*+[ ]){{0,3}}?         # what it works on
        (?P<kind>{kinds}[ ])?                       # its kind
        (?=\p{{Lu}})
    """


def _company_led_by(art: ArticleOrgs, people: PersonOwners, written: str) -> Organization | None:
    """The company a title's owner of one word means: the first word of its name
    (``Northmoor's operations director``, ``Swiftlane spokesman`` after ``Northmoor
    Railways``, ``Swiftlane Logistics``), unless the word names a person or a place in
    the article (``Trump's adviser`` beside ``Trump Restaurants LLC``; ``Johnson's``
    where ``Woody Johnson`` is written)."""
    word = possessive_stripped(written.strip()).rstrip("'’")
    if not (word.isalpha() and word[:1].isupper()) or word.isupper():
        return None  # (a capitalized word or a brand's inner capital: ``AeroServ``)
    led = art.company_led_by(word)
    if led is None:
        return None  # (asked first: the surnames are read from the whole text, on first use)
    if _persons_word(people, word):
        return None  # (a first name a person of the article is written with: ``Ana``)
    if (
        lookup_region(word) is not None
        or lookup_city(word) is not None
        or demonym_length([word], 0)
    ):
        return None
    return led


def _persons_word(people: PersonOwners, word: str) -> bool:
    """Whether *word* is a name a person of the article is written with (``Trump``)."""
    return (
        word in people.surnames() or word in people.second_words() or word in people.given_names()
    )


def _named_in_title(art: ArticleOrgs, people: PersonOwners, sp: Speaker, pos: int) -> Speaker:
    """*sp*, whose title opens with a name the article writes an organization as and no
    organization is given, with that name taken out of the title as the organization
    (``a Carrow spokeswoman`` after ``Carrow Health System``: title ``spokeswoman``,
    organization ``Carrow``; ``Nordhafen Logistik Chief Executive``; ``an Orrin
    spokesman`` after ``Orrin Aircraft Co.``, by :func:`_company_led_by`, and its first
    words, ``Calder Pointe Chief Executive`` after ``Calder Pointe Senior Living``)."""
    if sp.organization or not sp.title:
        return sp
    words = sp.title.split()
    if _PLACE_OFFICE_RE().search(sp.title) is not None:
        return sp  # ``Maple Falls Mayor``: a place's office, no body's
    if len(words) > 2 and words[1].lower() in _UNIT_WORDS and union_only_office(sp.title):
        return sp  # ``Kyabuhengo branch chairperson``: a place naming a union's unit
    # (not ``Health Secretary`` after ``the Health Policy Trust``: a minister's portfolio)
    office = person_role(sp.title, None) is Role.GOVERNMENT
    led = None if office else _company_led_by(art, people, words[0])
    for k in range(min(len(words) - 1, _TITLE_ORG_WORDS), 0, -1):
        lead, rest = " ".join(words[:k]), " ".join(words[k:])
        org = art.forms.get(lead) or led
        if org is not None and k > 1 and lead not in art.forms:
            # (``Calder Pointe Chief Executive`` after ``Calder Pointe Senior Living``: the
            # words its name opens with)
            org = org if org.name.startswith(lead + " ") else None
        if org is not None and (rest[:1].islower() or _title_head(rest)):
            shown = (
                as_introduced(org, lead)
                if lead in org.aliases or lead == org.name
                else display_name(org)
            )
            return speaker_with(sp, sp.name, rest, shown, sp.role, sp.is_group)
    rest = " ".join(words[1:])
    full = business_led_by(art.text, words[0], pos) if rest[:1].islower() else None
    if full is not None:
        # ``a Corrigan spokeswoman`` after ``the Corrigan Pictures lot``: a business the
        # article names with no cue that makes it one of its organizations
        return speaker_with(sp, sp.name, rest, full, sp.role, sp.is_group)
    return sp


def _company_short_forms(orgs: Sequence[Organization]) -> Iterator[tuple[str, Organization]]:
    """The companies' short forms of two words or more (``Nordhafen Logistik`` of
    ``Nordhafen Logistik GmbH``; not ``Transport`` of a union, nor ``Trump`` of ``Trump
    Restaurants LLC``, a surname too), with their company."""
    for o in orgs:
        if o.kind is OrgKind.EMPLOYER and not o.acronym:
            yield from ((s, o) for s in short_forms(o.name) if " " in s)
            yield from ((s, o) for s in _body_short_forms(o.name))


def _body_short_forms(name: str) -> Iterator[str]:
    """The shorter forms of an employing body's name of four words or more that ends in
    a body's noun (``Northwest Coastal`` and ``Northwest Coastal Ambulance Service`` of
    ``Northwest Coastal Ambulance Service NHS Trust``; ``St. Adelaide`` of ``St. Adelaide
    Regional Medical Center``): its first words, two at least, but no place's name
    (``North Wales``)."""
    words = name.split()
    if len(words) < _BODY_FORM_WORDS or words[-1] not in _SHORTENED_HEADS:
        return
    for k in range(2, len(words) - 1):
        if words[k - 1] in _NAME_JOINERS or not words[k - 1][:1].isupper():
            continue
        form = " ".join(words[:k])
        if (
            lookup_region(form) is None
            and lookup_city(form) is None
            and not demonym_length(words[:k], 0)
        ):
            yield form


#: The fewest words of a body's name that has shorter forms.
_BODY_FORM_WORDS = 4
#: Nouns that end an employing body's name its first words may stand for (a public
#: body's, and a hospital's or a school system's: ``St. Adelaide`` of ``St. Adelaide
#: Regional Medical Center``).
_SHORTENED_HEADS = frozenset((*PUBLIC_BODY_HEADS, *SHORTENED_BODY_HEADS))


#: Most words of an organization's name read at the start of a title.
_TITLE_ORG_WORDS = 3


def _title_head(words: str) -> bool:
    """Whether *words* end in a title's noun (``Chief Executive``)."""
    last = words.rsplit(None, 1)[-1].lower()
    return last in TITLE_HEADS


def _fullest(art: ArticleOrgs, sp: Speaker, org: Organization | None, pos: int) -> str:
    """A group speaker's name at its fullest: the organization's name for a short
    description that refers to it (``the airline``, ``their union``, ``the national
    union`` -> ``Skyward Airlines``), the name without its article where the rest names
    it (``the RMT``), else the name as written (``union members``, ``the companies``
    and ``the Obama administration`` are no such reference)."""
    bare = sp.name.removeprefix("the ").removeprefix("The ")
    if org is not None and not sp.title and bare[:1].isupper():
        # ``the RMT said``, ``Northline said``: the organization at its fullest (the name
        # the article spells out, a company's whole name: ``Tramline`` of ``Tramline
        # Transit Services``; a union's other forms as written: ``Unite``)
        if organization_index(bare, (org,)) is not None:
            return as_introduced(org, bare)
        if org.kind is OrgKind.EMPLOYER and org.name.startswith(bare + " "):
            return org.name
    if org is not None and not sp.title and _statement_of_a_side(sp.name):
        return display_name(org)  # ``according to a union statement``: the union's
    if org is not None and _cut_name(sp.name, org.name) and sp.name not in org.aliases:
        return org.name  # ``The Associated Society of ... (Aslef) said``: read cut at ``of``
    if org is None or sp.title or not _bare_reference(sp.name):
        return sp.name
    ref, pointed = art.reference(sp.name, pos)
    return org.name if pointed and ref is org else sp.name


def _cut_name(name: str, org_name: str) -> bool:
    """Whether a group speaker's *name* is the first words of its organization's name,
    cut before a joiner (``Associated Society`` of ``Associated Society of Locomotive
    Engineers and Firemen``)."""
    bare = name.removeprefix("The ").removeprefix("the ")
    return (
        len(bare.split()) >= 2
        and org_name.startswith(bare + " ")
        and org_name[len(bare) + 1 :].split(" ", 1)[0] in _NAME_JOINERS
    )


def _statement_of_a_side(name: str) -> bool:
    """Whether *name* is a side's statement (``a union statement``, ``the company's
    statement``): a document that speaks for the organization behind it."""
    words = name.lower().split()
    if len(words) != 3 or words[0] not in ("a", "an", "the") or words[2] not in _STATEMENTS:
        return False
    return words[1].removesuffix("'s").removesuffix("’s") in _SIDE_NOUNS


_STATEMENTS = frozenset(STATEMENT_NOUNS)
_ORG_LEAD_MODIFIERS = frozenset(ORG_LEAD_MODIFIERS)
#: Nouns of a group, no one person's office (``team``, ``committee``).
_GROUP_HEADS = frozenset(GROUP_NOUNS)
#: More nouns of a body whose possessive before a title says whose office it is (``the
#: unit's chair``, ``the opposition's health spokeswoman``, ``the system's chief medical
#: officer``).
OWNING_BODY_NOUNS: tuple[str, ...] = ("chapel", "opposition", "system", "unit")
#: A body's nouns whose possessive before a title says whose office it is (``The
#: theatre's artistic director``), though no organization of the noun was found.
_OWNER_BODY_NOUNS = (
    _GROUP_HEADS
    | frozenset(ARTS_BODY_NOUNS)
    | frozenset(HEAD_REFERENCES)
    | frozenset(OWNING_BODY_NOUNS)
)
#: Words that join the parts of a name, and ``at`` before a campus (``University of
#: California at Irvine``).
_NAME_JOINERS = frozenset((*ORG_NAME_JOINERS, "at"))
_ORG_TAIL_DESCRIPTORS = ORG_TAIL_DESCRIPTORS
_SIDE_NOUNS = frozenset((*SIDE_UNION_WORDS, *SIDE_EMPLOYER_WORDS))
#: A side's nouns that may open a title and only say whose it is (``union president``,
#: ``company spokeswoman``); not ``district`` (``district president``: a union's unit).
_OWNER_NOUNS = _SIDE_NOUNS - {"district"}
#: The determiners of a bare reference to an organization (``the union``).
_REFERENCE_DETERMINERS = frozenset(("its", "the", "their"))
#: A bare reference has at most this many words (``the national teachers' union``).
_REFERENCE_WORDS = 4


def _bare_reference(name: str) -> bool:
    """Whether *name* is a determiner, lower-case modifiers and one singular noun."""
    words = name.split()
    if not 2 <= len(words) <= _REFERENCE_WORDS or words[0].lower() not in _REFERENCE_DETERMINERS:
        return False
    head = words[-1]
    if not head.isalpha() or not head.islower() or (head.endswith("s") and not head.endswith("ss")):
        return False
    return all(w.islower() or w in CAPITALIZED_REFERENCE_MODIFIERS for w in words[1:-1])


#: Capitalized modifiers of a short reference to an organization (``the Crown
#: corporation``, ``the Crown entity``, ``the Federal regulator``).
CAPITALIZED_REFERENCE_MODIFIERS: tuple[str, ...] = ("Crown", "Federal", "Provincial", "State")


def _referred_org(
    art: ArticleOrgs, sides: _Sides, sp: Speaker, shown: str | None, pos: int
) -> tuple[Organization | None, str | None, Speaker]:
    """The organization a group speaker with none of its own refers to (``the union``,
    ``the statement``), its name as shown, and the speaker (a statement speaks as the
    organization that made it)."""
    sides.positional = True
    proper = proper_name(sp.name, speaker=True)
    # ``The School Boards Association said``: a name, not ``the association``
    ref = _group_reference(art, sides, sp.name, pos) if proper is None else None
    stated = None if ref is not None else _statement_org(art, sp.name, pos)
    ref = ref or stated
    if ref is None:
        return None, shown, sp
    shown = display_name(ref)
    if stated is not None:
        # ``"...," the statement said``: the organization that made it speaks
        sp = speaker_with(sp, shown, sp.title, sp.organization, None, True)
    return ref, shown, sp


def _unit_named(art: ArticleOrgs, sp: Speaker) -> bool:
    """Whether *sp*'s organization is one capitalized word (no acronym) before a title
    that opens with a union's unit (``branch chairman``, ``region secretary``) that no
    organization of the article or the registry is: the place the unit is named after."""
    org, title = sp.organization or "", sp.title or ""
    first = title.split(" ", 1)[0].lower()
    return (
        first in _UNIT_WORDS
        and " " not in org
        and org[:1].isupper()
        and org[1:].islower()
        and not sp.is_group
        and not art.registry.mentions("of " + org)
    )


_UNIT_WORDS = frozenset(UNIT_TITLE_WORDS)


def _unit_titled(sp: Speaker) -> Speaker:
    """*sp* with the word that names its unit (:func:`_unit_named`) put back into the
    title, no organization."""
    return speaker_with(sp, sp.name, f"{sp.organization} {sp.title}", None, sp.role, False)


def _without_side_noun(title: str | None) -> str | None:
    """*title* without the side's noun that opens it, once the organization it means is
    read (``union president`` -> ``president``, ``company spokeswoman`` ->
    ``spokeswoman``; not ``union`` alone, nor ``local councillor``)."""
    first, _, rest = (title or "").partition(" ")
    words = rest.split()
    if not words or first.lower() not in _OWNER_NOUNS or not all(w.islower() for w in words):
        return title
    if len(words) > 1 and first.lower() == "local":
        return title  # (``local council leader``)
    return rest if words[-1] in TITLE_HEADS else title


def _owned_office(words: list[str]) -> str | None:
    """The office after a capitalized owner's possessive (``Mr Pendry's official
    spokesman`` -> ``official spokesman``): lower-case words ending in an office's noun."""
    k = next((i for i, w in enumerate(words) if w.endswith(("'s", "’s"))), -1)
    rest = words[k + 1 :]
    if k < 0 or not all(w[:1].isupper() for w in words[: k + 1]) or words[0] in ("The", "A"):
        return None  # (``the RNC's rules committee``: a body's)
    if not rest or not all(w.islower() for w in rest) or rest[-1] in _GROUP_HEADS:
        return None  # (``Cruz's political team``: a group)
    return " ".join(rest) if rest[-1] in TITLE_HEADS else None


@functools.lru_cache(maxsize=_NAME_MEMO)
def _description_title(name: str) -> str | None:
    """The title an unnamed speaker's description gives (``A senior railway official,
    who ...`` -> ``senior railway official``): its words after the article up to a
    comma or a preposition, ending in an office's noun; or the office a capitalized
    owner holds (``Mr Pendry's official spokesman``)."""
    words = name.split(",", 1)[0].split()[:_DESCRIPTION_WORDS]
    owned = _owned_office(words)
    if owned is not None:
        return owned
    if len(words) < 2 or words[0].casefold() not in ("a", "an", "one"):
        return None  # (``One senior lecturer, who ...``: one of them, as ``a``)
    body: list[str] = []
    last = ""
    i = 1
    while i < len(words):
        w = words[i]
        inside = w in _DESCRIPTION_STOPS and _between_capitals(words, i)
        if w in _DESCRIPTION_STOPS and not inside:
            break
        nationality = demonym_length(words, i)  # (``A senior Chinese official``)
        after = words[i + nationality] if i + nationality < len(words) else ""
        if nationality and after[:1].isupper():
            nationality = 0  # (``A Welsh Government spokesperson``: part of a name)
        body.extend(words[i : i + nationality])
        if w[:1].islower() and not inside:
            body.append(w)  # (other capitalized words name the organization: ``A Home
            # Office spokesperson``, ``A Department for Transport spokeswoman``)
        i += nationality or 1
        last = words[i - 1]
    if not body or last != body[-1] or last not in TITLE_HEADS:
        return None
    return " ".join(body)


def _after_org_name(title: str | None, shown: str | None) -> str | None:
    """*title* without the organization's name *shown* that opens it, before lower-case
    words (``ECG linesman`` -> ``linesman``, ``Unison regional organiser`` -> ``regional
    organiser``); or without the last word of that name, standing for it (``Association
    general secretary`` of the Nurses' Association -> ``general secretary``)."""
    if title and shown and " " in shown:
        head, _, rest = title.partition(" ")
        if rest.islower() and head.casefold() == shown.rsplit(" ", 1)[1].casefold():
            return rest
    if not title or not shown or not shown[:1].isupper() or not title.startswith(shown + " "):
        return title  # (not a body named by its field: ``interior ministry official``)
    rest = title[len(shown) + 1 :]
    return rest if rest.islower() else title


#: Kinds of region that name a branch of a body (``AMA NSW president``, ``Unifor Ontario
#: director``), not a country's office (``Wales secretary``).
_BRANCH_REGIONS = frozenset(("province", "state", "territory"))


def _branch_less(title: str | None) -> str | None:
    """*title* without the state or province that opens it, before lower-case words: the
    organization's branch (``NSW president`` -> ``president``), for reading the role (the
    title keeps its scope: ``NSW secretary``)."""
    head, _, rest = (title or "").partition(" ")
    if not rest or not rest.islower() or not head[:1].isupper():
        return title
    place = lookup_region(head)
    return rest if place is not None and place.kind in _BRANCH_REGIONS else title


def _voice_title(title: str | None) -> str | None:
    """*title* without the body's nouns before a head that speaks for it, once the
    organization they name is read (``health board spokesman`` -> ``spokesman``, ``senior
    company official`` -> ``senior official``); not a body named by its field
    (``interior ministry official``)."""
    body = (title or "").split(" ")
    if len(body) < 2 or body[-1] not in _BODY_VOICE_HEADS or body[-2] not in _BODY_NOUNS:
        return title
    if not all(w.islower() for w in body):
        return title
    keep = 0
    while keep < len(body) - 2 and body[keep] in _BODY_VOICE_RANKS:
        keep += 1
    if not all(w in _BODY_NOUNS or w in _BODY_LEADS for w in body[keep:-1]):
        return title  # (``interior ministry official``: a ministry named by its portfolio)
    return " ".join((*body[:keep], body[-1]))


_BODY_VOICE_HEADS = frozenset(BODY_VOICE_HEADS)
_BODY_NOUNS = frozenset(DESCRIPTION_BODY_NOUNS)
_BODY_LEADS = frozenset(DESCRIPTION_BODY_LEADS)
_BODY_VOICE_RANKS = frozenset(BODY_VOICE_RANKS)


def _between_capitals(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` stands between two capitalized words (inside a name)."""
    return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()


#: At most this many words of a description are read for its title.
_DESCRIPTION_WORDS = 8
#: Words after the title in a description (``a spokeswoman for the council``, ``a driver
#: based at Shrewsbury``).
_DESCRIPTION_STOPS = frozenset(("at", "based", "for", "from", "in", "of", "on", "who", "with"))


def _its_office(
    art: ArticleOrgs, span: Span, title: str | None, org: Organization | None, shown: str | None
) -> tuple[Organization | None, str | None]:
    """*org* and *shown*, or, with neither, the organization ``its`` or ``their`` before
    the title inside the speaker's phrase *span* means (``Ana Ruiz, its chief
    executive,``: the organization named last before, by
    :meth:`~._coref.ArticleOrgs.pronoun_owner`)."""
    if org is not None or shown or not title:
        return org, shown
    for pronoun in (" its ", " their "):
        at = art.text.find(pronoun + title, span.start, span.end)
        if at >= 0:
            owner = art.pronoun_owner(at + 1)
            return (owner, display_name(owner)) if owner is not None else (org, shown)
    return org, shown


#: ``Employers`` in a body's name: an employers' association, which bargains.
_EMPLOYERS_WORD = _lazy(r"\b[Ee]mployers\b")


def _with_office(text: str, span: Span, sp: Speaker) -> Speaker:
    """*sp* as its role is read: with no title, an honorific that is an elected office
    written before the name (``Cllr Ann Reid``) stands for one (the record keeps the
    honorific out of the title), and a home town after it (``Ann Reid of Leeds``) for a
    resident's."""
    if sp.title or sp.organization:
        return sp
    first = text[span.start : span.end].split(" ", 1)[0]
    before = text[max(0, span.start - _HONORIFIC_REACH) : span.start].split()
    office = OFFICE_HONORIFICS.get(first) or OFFICE_HONORIFICS.get(before[-1] if before else "")
    if office is None and _home_town(text, span, sp.name):
        office = "resident"
    if office is None:
        return sp
    return speaker_with(sp, sp.name, office, None, sp.role, sp.is_group)


def _home_town(text: str, span: Span, name: str) -> bool:
    """Whether the speaker's phrase at *span* is a person's *name*, ``of`` and a
    capitalized word, with no organization read from it: a home town (``Ann Reid of
    Leeds``)."""
    at = text.find(f"{name} of ", span.start, span.end)
    return (
        at >= 0 and name[:1].isupper() and text[at + len(name) + 4 : at + len(name) + 5].isupper()
    )


#: Courtesy honorifics that are an elected office, and the office they stand for.
OFFICE_HONORIFICS: dict[str, str] = {
    "Cllr": "councillor",
    "Cllr.": "councillor",
    "Coun": "councillor",
    "Coun.": "councillor",
    "Cr": "councillor",
    "Cr.": "councillor",
}
#: How far before a source span its honorific may be written (``Cllr. Ann Reid``).
_HONORIFIC_REACH = 8


def _unowned(title: str | None, read: bool = False) -> str | None:
    """The title without the possessive pronoun that said whose office it is, once
    read (``Its chief executive`` -> ``chief executive``); with *read* (the owner was
    resolved to an organization), also without a described owner (``The union's
    general secretary`` -> ``general secretary``)."""
    if title is None:
        return None
    first, _, rest = title.partition(" ")
    if rest and first.casefold() in _OWNER_PRONOUNS:
        return rest
    m = _DESCRIBED_OWNER().match(title)
    if m is not None and not read:
        # (an owner no organization was found for: its title alone when the owner is a
        # body's noun, ``The charity's executive director``; not ``the depot's``)
        owner = title[: m.end()].split()
        read = possessive_stripped(owner[-1]).casefold() in _OWNER_BODY_NOUNS
    return title[m.end() :] if read and m is not None and m.end() < len(title) else title


#: ``the union's``, ``The company's``, ``the hospital group's``, ``the BMA's``: an
#: article and a common noun's (three words at most) or an acronym's possessive, before
#: a title (which a region's letters, its adjective or a unit's capitalized words may
#: open: ``The union's WA secretary``, ``the union's Victorian state secretary``, ``The
#: union's Northern District vice-president``; or capitals, whole: ``The hospital
#: group's Chief Executive``).
_DESCRIBED_OWNER = _lazy(
    r"[Tt]he\s++(?:(?:\p{Ll}[\w-]*+\s++){0,2}\p{Ll}[\w-]*+|\p{Lu}{2,6}+)['’]s\s++"
    r"(?=\p{Ll}|\p{Lu}{2,4}+\s++\p{Ll}|(?:\p{Lu}\p{Ll}{2,20}+\s++){1,3}\p{Ll}"
    r"|(?:\p{Lu}\p{Ll}++\s++){0,3}\p{Lu}\p{Ll}++\Z)"
)


def _owner_phrase(title: str | None) -> str | None:
    """A title's described owner, without its possessive (``the hospital's chief
    nursing officer`` -> ``the hospital``), or ``None``."""
    m = _DESCRIBED_OWNER().match(title) if title else None
    return None if m is None or title is None else title[: m.end()].rstrip()[:-2]


def _described_owner(title: str | None) -> str | None:
    """The organization a title's described owner names as written, when no
    organization it refers to was found (``the union's president`` -> ``the union``):
    an organization's noun (:func:`~._coref.has_reference`), not ``the depot's``."""
    owner = _owner_phrase(title)
    return owner if owner is not None and has_reference(owner) else None


#: Possessive pronouns that may open a title (``its general secretary``).
_OWNER_PRONOUNS = frozenset(("its", "their"))


def _org_reference(art: ArticleOrgs, written: str | None) -> bool:
    """Whether :meth:`ArticleOrgs.resolve` reads *written* as a reference (``the
    union``), which depends on where the speaker is quoted."""
    if not written or not written.strip() or art.lookup(written) is not None:
        return False
    return REFERENCE_START().match(written) is not None


#: Not yet asked (a memo's default).
_UNKNOWN = Organization(name="")


def _owner_role(
    role: Role | None, owner: str | None, office: str, *, group: bool = False
) -> Role | None:
    """The role of a person's staff (*owner* is the person): ``government`` for a
    politician's (``Rep. Ana Ruiz's chief of staff``); a person otherwise ``other``."""
    if owner is None or role not in (None, Role.OTHER):
        return role
    if person_role(f"{office} {owner}", None) is Role.GOVERNMENT:
        return Role.GOVERNMENT
    return role if group else role or Role.OTHER


def _enclosing_org(art: ArticleOrgs, written: str, span: Span) -> Organization | None:
    """The organization named where *written* stands in the speaker's source span, when
    *written* is only part of its name (``Energy Union`` read out of ``The Mining and
    Energy Union's district president``)."""
    at = art.text.find(written, span.start, span.end)
    if at < 0:
        return None
    i = bisect.bisect_right(art.starts, at) - 1
    while i >= 0 and art.starts[i] >= at - _NAME_REACH:
        org = art.orgs[art.owners[i]]
        j = bisect.bisect_left(org.mentions, art.starts[i], key=lambda m: m.start)
        if j < len(org.mentions) and at + len(written) <= org.mentions[j].end:
            return org
        i -= 1
    return None


#: An office of a place (:data:`~laborquotes._vocab.PLACE_OFFICES`) closing a title.
_PLACE_OFFICE_RE = _lazy(rf"(?i:(?<![\w\-])(?:{'|'.join(PLACE_OFFICES)}))\Z")

#: How far before a cut-short name the start of the whole name may be.
_NAME_REACH = 120


def _org_led_title(art: ArticleOrgs, people: PersonOwners, sp: Speaker, pos: int) -> Speaker:
    """``Siptu transport organiser``, ``Unite regional officer``: a registry organization
    written at the start of a person's title is their organization, not part of the
    title."""
    title = sp.title
    if sp.is_group or not title or not title[:1].isupper():
        return sp
    # A title is not a sentence: ``Unite`` at its start is a name (see ``hint_kind``).
    found = art.registry.mentions("of " + title)
    if not found or found[0].start != 3 or found[0].entry < 0:
        return _named_in_title(art, people, sp, pos)
    cut = found[0].end - 3
    rest = title[cut:]
    if not (rest.startswith(" ") and rest[1:2].islower()) or title[:cut] in _LEGISLATORS:
        return sp  # (``MNA for Rosemont``: a legislator, not the nurses' association)
    org = art.lookup("of " + title[:cut])
    written = display_name(org) if org is not None else title[:cut]
    organization = sp.organization or written
    return speaker_with(sp, sp.name, rest.strip(), organization, sp.role, sp.is_group)


def _section_titled(art: ArticleOrgs, sp: Speaker) -> Speaker:
    """*sp*, whose organization is a registry union and the name of one of its sections
    (``CPSU Home Affairs section secretary``, ``Unison Health committee chair``), with
    the section's words in the title and the union as the organization; a branch by
    its place (``Unite Scotland``) or a numbered unit (``UAW Region 8``) stays the body."""
    org, title = sp.organization, sp.title
    if sp.is_group or not org or not title or not title[:1].islower():
        return sp
    found = art.registry.mentions("of " + org)
    if not found or found[0].start != 3 or found[0].entry < 0:
        return sp
    if art.registry.entries[found[0].entry].kind not in _UNION_KINDS:
        return sp
    section = org[found[0].end - 3 :].strip()
    words = section.split()
    if not 1 <= len(words) <= _SECTION_WORDS or not all(
        w.isalpha() and w[:1].isupper() and w.lower() not in _NUMBERED_UNITS for w in words
    ):
        return sp
    if lookup_region(section) is not None or lookup_city(section) is not None:
        return sp  # (``Unite Scotland``: the union's branch of a nation, its own body)
    union = org[: found[0].end - 3]
    known = art.lookup("of " + union)
    union = display_name(known) if known is not None else union
    return speaker_with(sp, sp.name, f"{section} {title}", union, sp.role, sp.is_group)


#: Most words of a union's section written between its name and a title.
_SECTION_WORDS = 3
_UNION_KINDS = frozenset((OrgKind.UNION, OrgKind.FEDERATION))


def _persons_office(people: PersonOwners, sp: Speaker, att: Attribution) -> bool:
    """Whether the speaker's organization is a person written as a possessive
    (``Ana Ruiz's campaign manager``, ``Mr Ruiz's aides``)."""
    owner = sp.organization or ""
    span = att.source_span
    return people.possessive_in(owner, span.start, span.end) and people.is_person(
        owner, sp.title or sp.name
    )


def _whole_name_org(art: ArticleOrgs, name: str) -> Organization | None:
    """The organization a speaker's whole name is (``Unite said``), even where the
    registry reads the word only inside a sentence: the subject of a reporting verb is
    a name, not the verb ``unite`` or the noun ``equity`` (unions only: a surname is
    not taken for a company)."""
    if not name[:1].isupper() or len(name) > 80:
        return None
    entry = _registry_entry(art.registry, name.strip(" ,.;:"))
    if entry is None or entry.kind not in (OrgKind.UNION, OrgKind.FEDERATION):
        return None
    org = art.by_name.get(entry.name)
    if org is not None:
        return org
    return Organization(
        name=entry.name, acronym=entry.acronym, kind=entry.kind, country=entry.country
    )


def _registry_entry(registry: Registry, name: str) -> OrgEntry | None:
    """``registry.get(name)``, remembered across articles for the default registry (the
    same speaker names come back)."""
    if registry is default_registry():
        return _default_entry(registry, name)
    return registry.get(name)


@functools.lru_cache(maxsize=4096)
def _default_entry(registry: Registry, name: str) -> OrgEntry | None:
    return registry.get(name)


#: ``contacted by Reuters``, ``interviewed by the paper``: who reached a group speaker.
_CONTACT_TAIL = _lazy(rf"[^\S\n]++(?:{'|'.join(CONTACT_PARTICIPLES)})[^\S\n]++by[^\S\n].*+\Z")


def _short_company(
    art: ArticleOrgs, people: PersonOwners, sp: Speaker
) -> tuple[Organization | None, Speaker]:
    """The company a one-word speaker names by its first word (``AeroServ said`` after
    ``AeroServ Bodendienste``), and the speaker, then a group: what its appositive says
    describes the company, no person's title (``Deltabay, a partner of ..., said``)."""
    if " " in sp.name or not sp.name[:1].isupper():
        return None, sp
    org = _company_led_by(art, people, sp.name)
    return org, sp if org is None else speaker_with(sp, sp.name, None, None, sp.role, True)


def _name_orgs(
    art: ArticleOrgs, sides: _Sides, name: str
) -> tuple[str, Organization | None, Organization | None]:
    """A speaker's *name* without the outlet that reached them, the organization it names
    and the organization it is the whole name of (remembered per text)."""
    head = _without_contact(name)  # (``Workers contacted by Reuters``: not Reuters)
    whole = sides.whole.get(head, _UNKNOWN)
    if whole is _UNKNOWN:
        whole = sides.whole[head] = _whole_name_org(art, head)
    named = art.lookup(head)
    if named is None and whole is None and head.isupper():
        # ``GKTA said``: the acronym the name of the Greater Kenwood Transit Authority spells
        whole = named = sides.spelled(art.orgs, head)
    return head, named, whole


def _without_contact(name: str) -> str:
    """*name* without the outlet that reached the speaker (``Workers contacted by
    Reuters`` -> ``Workers``)."""
    m = _CONTACT_TAIL().search(name)
    return name if m is None or m.start() == 0 else name[: m.start()]


def _is_group(art: ArticleOrgs, sp: Speaker, name_org: Organization | None) -> bool:
    """Whether *sp* speaks as a group: so marked, a group phrase that ends in an
    organization's head noun (``the flight attendants union``), or an organization's
    whole name (``NBC said``), or a name the article writes an organization as."""
    if sp.is_group or document_head(sp.name) != sp.name:
        return True  # (``a summary the union sent members``: its author speaks)
    if _described(sp.name) and _GROUP_HEAD().search(sp.name) is not None:
        return True
    if name_org is None:
        return False
    if not name_org.acronym and organization_index(sp.name, (name_org,)) is not None:
        return True  # (``Ostara said``: a name or short form the article gives the company)
    if art.forms.get(sp.name.strip()) is name_org:
        return True  # (``St. Adelaide says``: a body's first words, :func:`_body_short_forms`)
    hit = art.registry.first_in(sp.name)
    if hit is not None and hit[1] == 0:
        rest = sp.name[hit[2] :].strip(" .,")
        if not rest or lookup_region(rest) is not None:
            return True  # (``Unison Scotland said``: a registered body's branch in a nation)
    return _joint_names(art, sp.name)


#: What joins the names of organizations speaking together (``Fórsa and Siptu said``).
_JOINT = _lazy(r",[^\S\n]++(?:and[^\S\n]++)?|[^\S\n]++(?:and|&)[^\S\n]++")


def _joint_names(art: ArticleOrgs, name: str) -> bool:
    """Whether *name* is two or more organizations' whole names joined by ``and``, ``&``
    or commas (``Fórsa and Siptu``, ``GMB Scotland and Unison Scotland``): they speak
    together, as a group (the first one's organization and side)."""
    parts = _JOINT().split(name)
    if len(parts) < 2:
        return False
    for part in parts:
        org = art.lookup(part)
        forms = () if org is None else (org.name, org.acronym or org.name, *org.aliases)
        form = next((f for f in forms if part.startswith(f)), None)
        if form is None:
            return False
        rest = part[len(form) :].strip(" .,")
        if rest and lookup_region(rest) is None:
            return False  # (but ``Unison Scotland``: a union's branch in a nation)
    return True


def _person_role(
    art: ArticleOrgs,
    sides: _Sides,
    sp: Speaker,
    org: Organization | None,
    shown: str | None,
    seen_by: int,
    pos: int,
    *,
    owned: bool = False,
) -> tuple[Organization | None, str | None, Role | None]:
    """A person's organization, its name as shown, and the person's role, read from
    the title (or, with none written, the description the article gives); *owned*: the
    office is another person's (``Ana Ruiz's spokesman``)."""
    title, guessed, apposed = _read_title(art, sides, sp, seen_by)
    if org is None and sp.organization is None and title:
        # A description guessed from the article's apposition is not read for whose it is.
        # (``a spokesman for Senator Ruiz`` speaks for her: no side, no organization)
        org = _title_org(art, sides, title, pos, by_side=not (apposed or owned), spokes=not owned)
        shown = display_name(org) if org is not None else shown
    if org is None and shown and sp.organization == shown:
        org, shown = _spelled_out(art, sides, shown)
    kind = sides.kind(org)
    # (``CMA NSW president``: the state is the body's branch, no government's)
    described = _branch_less(title) if org is not None or shown else title
    if org is not None and kind is OrgKind.OTHER:
        # ``a spokeswoman for the Welsh Rugby Union``: the name tells what the body is.
        described = f"{title or ''} {org.name}".strip()
    if kind is None and shown:
        kind = OrgKind.EMPLOYER if sides.unnamed_employer(shown) else hint_kind(shown)
        kind = kind or _acronym_kind(art.text, shown)
        # An organization no table knows may be a description (``Leeds who joined the
        # picket line``): its words count with the title's.
        described = f"{_branch_less(title) or ''} {shown}".strip()
    if _described(sp.name) and sp.name != title:
        # ``A union spokesman in Lagos``: the name describes the speaker too.
        described = f"{sp.name} {described or ''}".strip()
        if kind is None:
            by_side = sides.unnamed_employer(sp.name, described=True)
            kind = OrgKind.EMPLOYER if by_side else hint_kind(sp.name)
    if shown and not sp.role and users_body(shown):
        return org, shown, Role.OTHER  # ``chair of the Rail Users' Group``: no side's
    role = sides.role(org, sp.role or person_role(described, kind), shown)
    if guessed and role is Role.OTHER and org is None:
        role = None  # a guessed description that no rule reads supports no role
    if apposed and title:
        # ``Jo Bright, who has worked at the plant for 20 years``: the clause tells her
        # work (or her life outside the dispute), not an organization's name
        role = relative_role(title, sides.disputed, sides.employer_names) or role
    if role is None and org is None and not title and not sides.disputed:
        role = Role.OTHER if _aged(sides.written, sp.name, seen_by) else None
    role = _sided_role(sides, role, org, kind, title, shown)
    return org, shown, _the_public(sides, sp, role, org, shown)


def _apposed_title(art: ArticleOrgs, sides: _Sides, name: str, seen_by: int) -> str | None:
    """How the article first describes the person *name* (:func:`appositive`), not a
    relative clause about a thing (``Fetcha, which stopped using couriers,``: no job)."""
    at = sides.apposed_at = appositive_at(art.text, name, seen_by)
    title = appositive(art.text, name, seen_by, sides.apposed, at)
    return None if title is not None and title.startswith("which ") else title


def _the_public(
    sides: _Sides, sp: Speaker, role: Role | None, org: Organization | None, shown: str | None
) -> Role | None:
    """*role*, or ``other`` for a person named in full in a dispute, of whom nothing a
    rule reads is said (``said Rick Gaudet``): the public. (In an article that reports no
    dispute, a name alone may be anyone's: a politician's.)"""
    if role is None and org is None and not sp.title and not shown and _full_name(sp):
        return Role.OTHER if sides.disputed else None
    return role


def _full_name(sp: Speaker) -> bool:
    """Whether *sp* is a person named in full (two capitalized words or more), no group,
    no description and no pronoun."""
    words = sp.name.split()
    return not sp.is_group and len(words) >= 2 and all(w[:1].isupper() for w in words)


def _spelled_out(art: ArticleOrgs, sides: _Sides, shown: str) -> tuple[Organization | None, str]:
    """The organization whose initials an acronym as written spells (``HFL spokeswoman``:
    Harbour Ferries Ltd), shown by its name; else none, and the acronym."""
    org = sides.spelled(art.orgs, shown)
    return org, display_name(org) if org is not None else shown


def _aged(written: LiteralIndex, name: str, before: int) -> bool:
    """Whether the text gives the age of the person *name* after their name (``Edna
    Marlow, 81,``), within an article's length of *before*: a member of the public, in
    an article that reports no dispute. (*written* finds the name in the text: asked at
    each quotation of a speaker, the window is read once, not once per quotation.)"""
    text = written.text
    places = written.places(name + ",", max(0, before - _AGED_REACH), before + _AGED_REACH)
    end = looks = 0
    for at in places:
        if at < end:
            continue  # (inside the name with its comma just read)
        end = at + len(name) + 1
        if _AGED().match(text, end, min(len(text), end + 6)) is not None:
            return True
        looks += 1
        if looks == _AGED_LOOKS:
            break
    return False


#: An age after a name and its comma (``, 81,``, ``, 9.``).
_AGED = _lazy(r"[^\S\n]?+\d{1,3}+(?:,|\.(?!\d))")
#: How many mentions of a name are read for an age after it, and how far from the
#: quotation (an article's length: a long document costs the same per character).
_AGED_LOOKS = 3
_AGED_REACH = 20_000


def _newsroom(sides: _Sides, title: str | None) -> bool:
    """Whether *title* is a newsroom or studio job (``senior reporter``) in a dispute
    at a publisher or broadcaster: one of its workforce."""
    if not title:
        return False
    if _NEWSROOM().search(title) is None and not (
        title.startswith("who ") and _NEWSROOM_WORK().search(title) is not None
    ):
        return False  # (``who has anchored the evening news``: a newsroom's work too)
    return sides.newsroom_dispute()


_NEWSROOM_WORK = _lazy(rf"(?<![\w\-])(?:{'|'.join(NEWSROOM_WORK_VERBS)})(?![\w\-])")
#: Journalists as a workforce at or of a workplace (``Journalists at Northern Wire``,
#: ``journalists and production staff at``, ``striking reporters``), not as listeners
#: (``told reporters``).
_NEWSROOM_WORKFORCE = _lazy(
    r"(?i)(?:striking[^\S\n]++(?:journalists|reporters)(?![\w\-])"
    r"|(?<![\w\-])(?:journalists|reporters|photographers|newsroom[^\S\n]++staff)"
    r"(?:[^\S\n]++and[^\S\n]++[\w\-]++(?:[^\S\n]++[\w\-]++)?)?+"
    r"[^\S\n]++(?:at|of|employed[^\S\n]++by)[^\S\n])"
)


_NEWSROOM = _lazy(rf"(?i)(?<![\w\-])(?:{'|'.join(NEWSROOM_WORKER_WORDS)})s?(?![\w\-])")


def _employers_board(sides: _Sides, org: Organization) -> bool:
    """Whether *org* is a governing body named after the dispute's employer (``the
    Maple Falls Unified School District Board of Education``, ``the Acme Foods
    board``): its name is the employer's, then more."""
    return org not in sides.employers and any(
        org.name.startswith(e.name + " ") for e in sides.employers
    )


def _singulars(plurals: regex.Pattern[str], text: str) -> frozenset[str]:
    """The words *plurals* finds in *text* (plurals in ``-s``), singular and lower-cased."""
    return frozenset(w.lower()[:-1] for w in plurals.findall(text))


def _of_workforce(sides: _Sides, title: str | None) -> bool:
    """Whether the last word of *title* (``guard``, ``another guard``) is the singular of
    a workforce word the text of a dispute writes in the plural (``90 guards walked
    out``): one of the workforce, though the word alone names no worker's trade."""
    if not sides.disputed or not title:
        return False
    words = title.lower().split()
    if _PAST_WORK.intersection(words):
        return False  # (``retired bus driver``: no longer of any workforce)
    return words[-1] in sides.workforce_singulars()


_PAST_WORK = frozenset(PAST_WORK_MODIFIERS)


def _read_title(
    art: ArticleOrgs, sides: _Sides, sp: Speaker, seen_by: int
) -> tuple[str | None, bool, bool]:
    """A person's title (an age is none), and with none written and no organization,
    the description the article gives (its name's, else an apposition's read before
    *seen_by*); whether it was guessed so, and whether from an apposition."""
    title = None if sp.title and _AGE().match(sp.title) is not None else sp.title
    if title or sp.organization:
        return title, False, False
    title = _described(sp.name)
    if title is not None:
        return title, True, False
    title = _apposed_title(art, sides, sp.name, seen_by)
    return title, title is not None, title is not None


#: Plural workforce words of no trade (``members``, ``workers``): no singular title.
_NO_TRADE = frozenset(("employees", "members", "unions", "workers"))
#: The plural workforce words of a trade (:data:`~laborquotes._dispute.WORKFORCE_WORDS`).
_TRADE_PLURALS = tuple(
    w for w in WORKFORCE_WORDS if w.endswith("s") and " " not in w and w not in _NO_TRADE
)
_WORKFORCE_PLURALS = _lazy(rf"(?i)(?<![\w\-])(?:{'|'.join(_TRADE_PLURALS)})(?![\w\-])")
#: A word before ``workers`` (``ASHA workers``, ``anganwadi workers``): the kind of
#: worker, which alone may be a person's title (``Kamlesh Devi, an ASHA``).
_WORKERS_OF_A_KIND = _lazy(r"(?<![\w\-])(\p{L}[\p{L}\-]*+)[ ]workers(?![\w\-])")


def _academic_workforce(sides: _Sides, title: str | None) -> bool:
    """Whether *title* is of teaching or research staff (``lecturer``) whom the article
    writes in the plural too (``Lecturers at Tarwin University walked out``): one of the
    dispute's workforce, not an academic asked about it."""
    m = _ACADEMIC_STAFF().search(title or "")
    if m is None:
        return False
    return m.group().lower() in sides.academic_plurals()


def _academic_employer(sides: _Sides) -> bool:
    """Whether the dispute's employer side holds a college or a university."""
    return any(not _ACADEMIC_BODIES.isdisjoint(o.name.split()) for o in sides.employers)


_ACADEMIC_BODIES = frozenset(ACADEMIC_BODY_WORDS)
#: A title of teaching or research staff (:data:`~laborquotes._roles.ACADEMIC_STAFF_WORDS`),
#: and their plurals in a text.
_ACADEMIC_STAFF = _lazy(rf"(?i)(?<![\w\-])(?:{'|'.join(ACADEMIC_STAFF_WORDS)})(?![\w\-])")
_ACADEMIC_PLURALS = _lazy(rf"(?i)(?<![\w\-])(?:{'|'.join(ACADEMIC_STAFF_WORDS)})s(?![\w\-])")


def _sided_role(
    sides: _Sides,
    role: Role | None,
    org: Organization | None,
    kind: OrgKind | None,
    title: str | None,
    shown: str | None,
) -> Role | None:
    """*role* read again with the dispute's sides, for an organization no table knows
    (*kind* ``None``) or none at all."""
    role = _public_service_role(sides, role, org, shown)
    office = _office_role(sides, role, org, shown, title)
    if office is not None:
        return office
    if (
        role is Role.EXPERT
        and (
            org in sides.employers or (org is None and shown is None and _academic_employer(sides))
        )
        and _academic_workforce(sides, title)
    ):
        # ``a lecturer at Tarwin University``, ``a senior lecturer in chemistry`` (no
        # other body named, in a university's dispute) in a strike of lecturers
        return Role.WORKER
    if role is Role.GOVERNMENT and org is not None and _employers_board(sides, org):
        return Role.EMPLOYER  # ``president of the Maple Falls School District Board``
    newsroom = _newsroom_role(sides, role, org, shown, title)
    if newsroom is not None:
        return newsroom
    if role in (Role.OTHER, None) and org is None and shown is None and _of_workforce(sides, title):
        return Role.WORKER  # ``guard Michelle Amadi`` in a strike of guards
    if role is Role.OTHER and kind is None and sides.speaks_for_employer(title, shown):
        return Role.EMPLOYER
    if (
        role in (Role.OTHER, Role.GOVERNMENT)
        and org is None
        and shown is None
        and sides.heads_employer(title)
    ):
        # ``Superintendent Ana Ruiz`` in a school district's strike, ``County manager
        # Tom Lee`` in a county council's
        return Role.EMPLOYER
    if role is Role.OTHER and kind is None and shown is None and title is not None:
        # ``The district's attorney``: the owner the title describes is the employer's
        if sides.speaks_for_employer(title, _owner_phrase(title)):
            return Role.EMPLOYER
    elif role is Role.EMPLOYER and org is None and sides.third_party(shown):
        return Role.OTHER  # ``a spokesman for Coastline Shipping`` in a strike at Network Rail
    elif role is Role.EMPLOYER and sides.bystanders_business(org, shown):
        return Role.OTHER  # ``owner of the Harbor Diner`` in a strike at the studios
    elif role is Role.GOVERNMENT and kind is None and _body_president(title, shown):
        # ``Bluepeak's vice president``: no head of state, a body's; in a dispute a
        # company's (the side the article reports), elsewhere a group's of any kind; a
        # body outside a named employer side is a third party's (``president of the
        # Harbour Medical Association`` in a strike at Harbour Health)
        return Role.EMPLOYER if sides.disputed and not sides.third_party(shown) else Role.OTHER
    return role


def _newsroom_role(
    sides: _Sides, role: Role | None, org: Organization | None, shown: str | None, title: str | None
) -> Role | None:
    """The role in a dispute at a news company, or ``None``: its newsroom's people are its
    workforce, its management the employer side (not the press)."""
    if (
        role in (Role.MEDIA, Role.OTHER, Role.EMPLOYER, None)
        and (org is None or org in sides.employers or sides.employs(org.name))
        and _newsroom(sides, title)
    ):
        return Role.WORKER  # ``senior reporter Luke Fanning`` in a strike at his paper
    return _press_employer(sides, role, org, shown)


def _press_employer(
    sides: _Sides, role: Role | None, org: Organization | None, shown: str | None
) -> Role | None:
    """``employer`` for the press speaking in a dispute at itself (``the broadcaster said``,
    ``the broadcaster's director general`` in its journalists' strike), else ``None``."""
    if role is Role.MEDIA and sides.employs(org.name if org is not None else shown or ""):
        return Role.EMPLOYER
    return None


def _office_role(
    sides: _Sides, role: Role | None, org: Organization | None, shown: str | None, title: str | None
) -> Role | None:
    """The role an office outside the sides' staff gives, or ``None``: a lawyer of a field
    at a firm of no side is an outside expert, a member of an elected body is elected."""
    name = org.name if org is not None else shown
    lawyer = role in (Role.EMPLOYER, Role.OTHER) and outside_lawyer(title)
    if lawyer and name and not sides.employs(name):
        return Role.EXPERT  # ``Labour lawyer Ana Ruiz, of the firm Baird Cole LLP``
    if role is Role.WORKER and elected_member(title, name):
        return Role.GOVERNMENT  # ``a member of the council`` in the council's strike
    return None


def _public_service_role(
    sides: _Sides, role: Role | None, org: Organization | None, shown: str | None
) -> Role | None:
    """``employer``, or ``government`` for a public health service in an article that
    reports no dispute (``the Harbour Health Board said``: a public body; in a strike
    at it, the employer)."""
    if role is not Role.EMPLOYER or sides.disputed:
        return role
    name = org.name if org is not None else shown or ""
    return Role.GOVERNMENT if _PUBLIC_SERVICE().search(name) is not None else role


#: Names of public health services (``NHS``, ``Health Service``, ``Health Board``,
#: ``DHB``): employers in a dispute, public bodies elsewhere.
_LOCAL_BUSINESSES = frozenset(LOCAL_BUSINESS_WORDS)
_LEANINGS = frozenset(POLITICAL_LEANINGS)
_PUBLIC_SERVICE = _lazy(rf"(?<![\w-])(?:{'|'.join(PUBLIC_SERVICE_WORDS)})(?![\w-])")


def _acronym_kind(text: str, shown: str) -> OrgKind | None:
    """The kind of the organization an acronym no table knows stands for, where the
    article defines it (``the Association of Mineworkers and Allied Workers Union
    (AMAWU)``): read from the capitalized name right before ``(ACRONYM)``."""
    if not (_ACRONYM_MIN <= len(shown) <= ACRONYM_MAX and shown.isupper() and shown.isalpha()):
        return None
    at = text.find(f"({shown})")
    if at < 0:
        return _initials_kind(text, shown)
    m = _DEFINED_NAME().search(text, max(0, at - _DEFINED_REACH), at)
    after = text[at + len(shown) + 2 : at + len(shown) + _AFTER_DEFINED].split()
    name = (m.group() if m is not None else "") + (f" {after[0]}" if after else "")
    return hint_kind(name) if name.strip() else None  # (``(SPU) union``: the noun after)


def _initials_kind(text: str, shown: str) -> OrgKind | None:
    """The kind of a name in the article whose capitalized words' initials spell the
    acronym (``the Academic Staff Union of Universities ... ASUU President``), when the
    article writes it undefined; one of three letters at least."""
    first = text.find(shown)
    if len(shown) < INITIALS_MIN or first < 0:
        return None
    # (the name is written near the acronym's first use, within an article's length)
    lo, hi = max(0, first - _INITIALS_REACH), first + _INITIALS_REACH
    for m in _CAPITALIZED_NAME().finditer(text, lo, hi):
        words = [w for w in m.group().split() if w[:1].isupper()]
        if words[0] == "The":
            words = words[1:]  # (``The Lakeside Nurses Union``: the article is no initial)
        if len(words) == len(shown) and name_initials(" ".join(words)) == shown:
            return hint_kind(m.group())
    return None


#: A capitalized word, then the joined words of a name (counted by the caller's ``{m,n}``).
_NAME_RUN = r"\p{Lu}[\p{L}'’\-]*+(?:\s++(?:(?:of|and|for|the|&)\s++)*+\p{Lu}[\p{L}'’\-]*+)"
#: How far from an acronym's first use the name it spells may be written.
_INITIALS_REACH = 20_000
#: Capitalized words joined by ``of``, ``and``, ``for``, ``the``, ``&`` (a name).
_CAPITALIZED_NAME = _lazy(rf"(?<![\w’'\-]){_NAME_RUN}{{1,9}}+")

_ACRONYM_MIN = 2
#: How far after ``(ACRONYM)`` its noun is read (``(SPU) union``).
_AFTER_DEFINED = 12
#: How far before ``(ACRONYM)`` the name it stands for may start.
_DEFINED_REACH = 120
#: Capitalized words (joined by ``of``, ``and``, ``for``, ``the``, ``&``) right before a
#: parenthesis: the name an acronym is defined for.
_DEFINED_NAME = _lazy(rf"{_NAME_RUN}{{0,9}}\s*+\Z")

_COURTESY = frozenset(COURTESY_HONORIFICS)
#: Titles that make a person with no organization a head of state, but a named body's
#: head where one is named (``Bluepeak's vice president``).
_PRESIDENTS = frozenset(("president", "vice-president"))


def _body_president(title: str | None, shown: str | None) -> bool:
    """Whether *title*, in lower case, is the presidency of *shown*, a proper name no
    table knows that names no place (``Bluepeak``; not ``France``) and no person (``Vice
    President`` is a head of state's title)."""
    title = _branch_less(title)  # (``NSW president``: a branch's)
    if not title or not title[:1].islower() or not shown or not shown[:1].isupper():
        return False
    if shown.split(" ", 1)[0] in _COURTESY:
        return False
    words = title.casefold().split()  # (``vice president``: its last word counts)
    if _PRESIDENTS.isdisjoint(words) or person_role(title, OrgKind.OTHER) is Role.GOVERNMENT:
        return False
    return lookup_region(shown) is None


#: A union's words that open a title as a reference (``union president``).
_UNION_HEADS = frozenset(SIDE_UNION_WORDS) - {"unions"}


def _title_org(
    art: ArticleOrgs, sides: _Sides, title: str, pos: int, *, by_side: bool, spokes: bool = True
) -> Organization | None:
    """The organization a title names (``TUC general secretary``), points at (``a
    member of the union``, ``its general secretary``, ``the college's director``), or,
    in a dispute and *by_side*, means by its side (``a company spokesman``). A
    legislator's letters name no organization (``MNA for Laval``: not a nurses'
    association)."""
    if title.split(" ", 1)[0] in _LEGISLATORS:
        return sides.party(title) if by_side else None
    # (an owner referred to first wins over a name after ``at``: ``the union's council
    # president at Cascadia Air`` is the union's)
    org = None if _referred_owner(title) or _customer_clause(title) else art.lookup(title)
    if org is None and has_reference(title):
        sides.positional = True
        # Read where the title is written: a later ``Ruiz said`` carries the first
        # mention's ``the union's president``, whatever union was named since.
        org, _ = art.reference(title, _written_at(art, title, pos))
    if org is None and not sides.disputed and title.split(" ", 1)[0] in _UNION_HEADS:
        # ``union president Ana Rao`` with no dispute read: the union named last
        org, _ = art.reference(f"the {title}", _written_at(art, title, pos))
    if org is None:
        m = _POSSESSOR().match(title)
        if m is not None and _is_office(title) is not False:
            sides.positional = True
            org = _possessor(art, title, pos, m)
    owner = _owner_phrase(title) if org is None else None
    if owner is not None:
        # ``the hospital's chief nursing officer``: the hospital named before it, also
        # one no table knows (``Nurses at Riverside Medical Center ...``)
        sides.positional = True
        org = _group_reference(art, sides, owner, _written_at(art, title, pos))
    if org is None and by_side:
        org = sides.party(title)
    if org is None and spokes and title.casefold() in SPOKES_TITLES:
        # ``Acme said ... "...," spokesperson Ana Ruiz said``: who she speaks for is
        # the organization named right before
        sides.positional = True
        org = art.last_named(pos, _SPOKES_REACH)
    if org is None and spokes and _company_officer(title):
        # ``Chief Executive Ana Ruiz said on a call with analysts``: the company the
        # article is about (its dispute's one employer, else its one company)
        org = sides.sole_company(art)
    return org


def _customer_clause(title: str) -> bool:
    """Whether *title* is a relative clause of a customer (``who takes a Lyft home``,
    :data:`~laborquotes._vocab.CUSTOMER_CLAUSE_VERBS`): the company it names is not
    the speaker's."""
    words = title.split(" ", 3)
    return words[0] == "who" and any(w in _CUSTOMER_VERBS for w in words[1:3])


_CUSTOMER_VERBS = frozenset(CUSTOMER_CLAUSE_VERBS)


def _referred_owner(title: str) -> bool:
    """Whether *title* opens with ``the``, a body's reference word and its possessive
    (``the union's``, ``the local's``)."""
    words = title.split(" ", 2)
    if len(words) < 3 or words[0].lower() != "the" or not words[1].endswith(("'s", "’s")):
        return False
    return has_reference(" ".join(words[:2]))


def _sole_company(orgs: Sequence[Organization], *, lede: bool = False) -> Organization | None:
    """The one company of *orgs* (``None`` for none or several); with *lede*, only one
    named in the lede and again later: the company an article is about (an article on
    politics names companies in passing)."""
    companies = [o for o in orgs if o.kind is OrgKind.EMPLOYER]
    if len(companies) != 1:
        return None
    company = companies[0]
    if not lede:
        return company
    first = company.mentions[0].start
    if first > _LEDE_CHARS or (len(company.mentions) < 2 and first > _OPENING_CHARS):
        return None  # (named once, it must open the article: ``Kestrel Stores Inc said``)
    return company


#: How far into an article its lede (the headline and first paragraph) reaches, and its
#: opening (a dateline and the first words of the first sentence).
_LEDE_CHARS = 400
_OPENING_CHARS = 120


_COMPANY_OFFICERS = frozenset(COMPANY_OFFICER_TITLES)


def _company_officer(title: str) -> bool:
    """Whether *title*, whole, is a company's officer's (``Chief Executive``, ``chief
    nursing officer``, ``CFO``): :data:`~laborquotes._vocab.COMPANY_OFFICER_TITLES`, or
    ``chief`` and one or two words, then ``officer``."""
    words = title.casefold().split()
    if " ".join(words) in _COMPANY_OFFICERS:
        return True
    return 3 <= len(words) <= 4 and words[0] == "chief" and words[-1] == "officer"


#: A title that says its holder speaks for an organization (``press officer``).
#: Titles of people who speak for an organization, alone (``spokesperson Ana Ruiz``).
SPOKES_TITLES: tuple[str, ...] = (
    "press officer", "press secretary", "spokesman", "spokesperson", "spokeswoman",
)  # fmt: skip
#: The same titles with their plurals, as found inside a longer title.
SPOKES_WORDS: tuple[str, ...] = (
    "press officer", "press secretary", "spokesman", "spokesmen", "spokespeople",
    "spokesperson", "spokeswoman", "spokeswomen",
)  # fmt: skip
_SPOKES = _lazy(
    r"(?i)(?<![\w-])(?:"
    + "|".join(regex.escape(w).replace(r"\ ", r"\s++") for w in SPOKES_WORDS)
    + r")(?![\w-])"
)
#: Titles of people who act for a side (its lawyers and negotiators): a spokesperson's
#: role with the employer's description (``the district's attorney``).
ADVOCATE_WORDS: tuple[str, ...] = (
    "attorney", "barrister", "counsel", "lawyer", "negotiator", "solicitor",
)  # fmt: skip
_ADVOCATES = _lazy(r"(?i)(?<![\w-])(?:" + "|".join(ADVOCATE_WORDS) + r")(?![\w-])")
#: How far before a bare spokesperson's quotation the organization is named.
_SPOKES_REACH = 400


def _possessor(art: ArticleOrgs, title: str, pos: int, m: regex.Match[str]) -> Organization | None:
    """The organization whose office a title is (*m*, :data:`_POSSESSOR` on it): ``its``
    / ``their`` is the one named last before; ``the college's`` (or ``council
    president``) the one named last with that word in its name."""
    # Read where the title is written (a later "Ms Ruiz" carries the first mention's).
    at = _written_at(art, title, pos)
    if m.group("pron"):
        return art.pronoun_owner(at)
    return art.nearest_named((m.group("noun") or m.group("noun2")).casefold(), at)


def _written_at(art: ArticleOrgs, title: str, pos: int) -> int:
    """Where *title* is written last before (or at) the quote at *pos*."""
    written = art.text.rfind(title, max(0, pos - _TITLE_LOOKBACK), pos + len(title) + 200)
    return written if written >= 0 else pos


def _is_office(title: str) -> bool:
    """Whether *title* names an office (``its general secretary``, ``the college's
    director for England``; not ``their approval of the bill``)."""
    words = (w.casefold().rstrip(".") for w in title.replace(",", " ").split()[1:])
    return any(w in TITLE_HEADS and w not in _LINK_WORDS for w in words)


#: Small words that the title tables hold (``a member of``) but that name no office.
_LINK_WORDS = frozenset({"a", "an", "and", "at", "for", "in", "of", "on", "the", "to"})


def _positional(sp: Speaker) -> bool:
    """Whether resolving *sp* depends on where it is quoted (references, descriptions)."""
    if sp.is_group or not sp.title or not sp.organization:
        return True
    return REFERENCE_START().match(sp.organization) is not None or has_reference(sp.title)


def _without_org(art: ArticleOrgs, phrase: str) -> str:
    """The phrase with the organization it names taken out (``Local 7 members`` ->
    ``members``), so that a name like ``United Auto Workers`` is not read as workers."""
    hit = art.registry.first_in(phrase)
    if hit is None:
        return phrase
    return (phrase[: hit[1]] + " " + phrase[hit[2] :]).strip()


#: A speaker resolved: the speaker record, and the organization it speaks for.
_Resolved = tuple[Speaker, Organization | None]


def _remembered(
    memo: dict[Speaker, _Resolved | dict[AppositivePlace, _Resolved]],
    art: ArticleOrgs,
    sides: _Sides,
    att: Attribution,
    quote: Quote,
    people: PersonOwners,
) -> _Resolved:
    """:func:`_enrich_speaker`, asked once per speaker, or once per speaker and the
    words around the first mention of its name (:func:`appositive_place`) when the
    description it reads there decides; never remembered when its place in the text
    was read. (In one long paragraph that mention moves with each quotation, but a
    passage repeated reads the same words there.)"""
    sp = att.speaker
    known = memo.get(sp)
    if isinstance(known, tuple):
        return known
    text = art.text
    if known is not None:
        pos = _speaker_pos(att, quote)
        at = appositive_at(text, sp.name, max(att.source_span.end, pos))
        done = known.get(appositive_place(text, sp.name, at))
        if done is not None:
            return done
    sides.positional, sides.apposed_at = False, -2
    done = _enrich_speaker(art, sides, sp, att, quote, people)
    if sides.positional:
        return done
    if sides.apposed_at == -2:
        memo[sp] = done
    else:
        by_place = known if known is not None else {}
        by_place[appositive_place(text, sp.name, sides.apposed_at)] = done
        memo[sp] = by_place
    return done


class Enriched:
    """What :func:`enrich_article` returns. The voices are counted when first asked for
    (:func:`laborquotes.parse` counts them after the cast, from :attr:`resolved`)."""

    __slots__ = ("_voices", "dispute", "organizations", "quotes", "resolved")

    def __init__(
        self,
        quotes: list[Quote],
        organizations: tuple[Organization, ...],
        dispute: Dispute | None,
        resolved: tuple[Organization | None, ...],
    ) -> None:
        self.quotes = quotes
        self.organizations = organizations
        self.dispute = dispute
        #: The organization each quote's speaker resolved to (for :func:`summarize_voices`).
        self.resolved = resolved
        self._voices: Voices | None = None

    @property
    def voices(self) -> Voices:
        """The voices of :attr:`quotes` (:func:`summarize_voices`)."""
        if self._voices is None:
            self._voices = summarize_voices(self.quotes, self.resolved)
        return self._voices


def enrich(
    text: str, quotes: Sequence[Quote], *, registry: Registry | None = None
) -> tuple[list[Quote], tuple[Organization, ...], Voices]:
    """Return the quotes with organizations and roles resolved, the organizations, the voices."""
    out = enrich_article(text, quotes, registry=registry)
    return out.quotes, out.organizations, out.voices


def enrich_article(
    text: str,
    quotes: Sequence[Quote],
    *,
    registry: Registry | None = None,
    place: tuple[int, int] | None = None,
) -> Enriched:
    """The quotes with organizations and roles resolved, the organizations, the voices
    and the dispute (whose sides decide the roles). *place*: the span of the
    dateline's city, where no organization is named (``CAPE TOWN`` is no union's
    acronym)."""
    reg = default_registry() if registry is None else registry
    found = with_described_companies(text, _outside(reg.find(text), place))
    bodies = named_bodies(text)
    found = with_named_bodies(text, found, bodies, government=False)
    found = with_represented_unions(text, found)
    found = with_spelled_acronyms(text, found)
    orgs, dispute, owners = _dispute_and_workplaces(text, tuple(found))
    groups = represented_employers(text)
    orgs = tuple(with_represented_employers(groups, with_named_bodies(text, orgs, bodies)))
    quotes = whole_org_speakers(text, orgs, quotes)
    dispute = with_public_employer(text, dispute, orgs, quotes)
    art = ArticleOrgs(text, orgs, reg)
    art.add_forms(_company_short_forms(orgs))
    sides = _Sides(dispute, text, owners, groups)
    people = PersonOwners(text, orgs)
    out: list[Quote] = []
    resolved: list[Organization | None] = []
    # A person whose description points at nothing by position resolves the same way
    # wherever they are quoted: resolve them once.
    same: dict[Speaker, _Resolved] = {}
    managed: set[str] = set()  # employers no table knows whose management is quoted
    # Any other speaker is resolved once per first mention of its name, unless its place
    # in the text is read (a reference, the span it is written in).
    memo: dict[Speaker, _Resolved | dict[AppositivePlace, _Resolved]] = {}
    for q in fill_from_namesakes(named_after_description(text, quotes)):
        att = q.attribution
        if att is None:
            out.append(q)
            resolved.append(None)
            continue
        done = same.get(att.speaker)
        if done is None and _positional(att.speaker):
            done = _remembered(memo, art, sides, att, q, people)
        elif done is None:
            done = _enrich_speaker(art, sides, att.speaker, att, q, people)
            same[att.speaker] = done
        sp, org = done
        if org is None:
            _hold_quoted(art, sides, sp, att.source_span, managed)
        if sp is not att.speaker and sp != att.speaker:
            q = with_speaker(q, att, sp, q.speaker)
        out.append(q)
        resolved.append(org)
    organizations = with_quoted(text, orgs, art.listed, reg, managed)
    if art.listed:
        _named_later(organizations, sides, out, resolved)
        if dispute is not None and not dispute.employers:
            dispute = _quoted_employers(dispute, sides, organizations, orgs, managed)
    return Enriched(out, organizations, dispute, tuple(resolved))


def _dispute_and_workplaces(
    text: str, orgs: tuple[Organization, ...]
) -> tuple[tuple[Organization, ...], Dispute | None, frozenset[str]]:
    """The dispute *text* reports and the organizations, with the workplaces of the
    dispute's workforce (``drivers at Fernhill Haulage``). These are read only in an
    article that reports a dispute (``a scholarship offer from West Point`` is no
    employer), and the sides are then read again with them. (In hard-wrapped copy they
    are read in the text unwrapped: a wrap may cut a name, or part it from its cue.)
    Also the names of the employer's owners, once there is a dispute."""
    flat = unwrapped(text)
    words = ActionWords(flat)  # (what the dispute reads of the text, read once)
    dispute = find_dispute(flat, orgs, words)
    if dispute is None:
        return orgs, None, frozenset()
    working = with_workplaces(flat, orgs, words.low)
    if working != orgs:
        dispute = find_dispute(flat, working, words)
    return working, dispute, words.owners()


def _outside(
    orgs: tuple[Organization, ...], place: tuple[int, int] | None
) -> tuple[Organization, ...]:
    """*orgs* without their mentions inside *place* (and without those left with none)."""
    if place is None:
        return orgs
    a, b = place
    out: list[Organization] = []
    for o in orgs:
        kept = tuple(m for m in o.mentions if m.end <= a or m.start >= b)
        if len(kept) == len(o.mentions):
            out.append(o)
        elif kept:
            out.append(attrs.evolve(o, mentions=kept))
    return tuple(out)


def _quoted_employers(
    dispute: Dispute,
    sides: _Sides,
    organizations: Sequence[Organization],
    registered: Sequence[Organization],
    managed: set[str],
) -> Dispute:
    """*dispute*, whose employer side no table names, with the organizations the article
    quotes that it introduces as the employer (``Drivers at Fernhill Haulage walked
    out ... Fernhill Haulage said``), that are a public employer (``Castlebridge City
    Council``) or whose management speaks for the employer side (*managed*: ``Fernhill
    Haulage chief executive Ana Ruiz said``), in order of first mention."""
    known = {id(o) for o in registered}
    found = tuple(
        o
        for o in organizations
        if id(o) not in known
        and o.kind is OrgKind.EMPLOYER
        and (_managed(o, managed, dispute) or sides.unnamed_employer(o.name))
        and not all(expert_affiliation(sides.text, m.start) for m in o.mentions)
    )
    return attrs.evolve(dispute, employers=found) if found else dispute


#: How near a dispute's evidence (an action and its parties) an employer whose
#: management is quoted must be named: about a sentence.
_MANAGED_REACH = 160


def _managed(org: Organization, managed: set[str], dispute: Dispute) -> bool:
    """Whether *org* is an employer whose management is quoted (*managed*) and is named
    near an action of the dispute (``drivers at Acme struck``; not a body named only
    where its own chief speaks, whose role may be misread)."""
    if org.name not in managed:
        return False
    ends = [e.end for e in dispute.evidence]  # (merged: sorted, not overlapping)
    for m in org.mentions:
        i = bisect.bisect_left(ends, m.start - _MANAGED_REACH)
        if i < len(ends) and dispute.evidence[i].start <= m.end + _MANAGED_REACH:
            return True
    return False


def _named_later(
    orgs: Sequence[Organization],
    sides: _Sides,
    out: list[Quote],
    resolved: list[Organization | None],
) -> None:
    """A speaker quoted by a bare name that no table knows (``Acme Buses said``), found
    to be an organization later in the article (``Acme Buses Ltd``, quoted as ``the
    firm``): the organization and its role, as its later mentions have them."""
    forms: dict[str, Organization] = {}
    for o in orgs:
        if sides.kind(o) not in (None, OrgKind.OTHER):
            for form in (o.name, *o.aliases):
                forms.setdefault(" ".join(form.split()), o)
    for i, q in enumerate(out):
        att = q.attribution
        if att is None or resolved[i] is not None:
            continue
        sp = att.speaker
        org = forms.get(" ".join(sp.name.split())) if not (sp.title or sp.organization) else None
        if org is None:
            continue
        role = sp.role or group_role(sp.name, sides.kind(org))
        sp = speaker_with(sp, sp.name, None, display_name(org), role, True)
        out[i] = with_speaker(q, att, sp, q.speaker)
        resolved[i] = org


#: How many employers whose management is quoted (``Acme chief executive X``) an
#: article may add to a dispute with no employer named.
_MAX_MANAGED = 8


def _hold_quoted(
    art: ArticleOrgs, sides: _Sides, sp: Speaker, where: Span, managed: set[str]
) -> None:
    """Let later references mean the organization a resolved speaker is, or speaks for,
    when no table knows it (``Midland Coachways said``; ``X, chief executive of
    Skyward``). One of no known kind is held for ``its`` / ``their`` only. An employer
    whose management speaks in a dispute goes into *managed* (``Skyward chief executive
    X``: the title says the name is an organization's, even a one-word one)."""
    untitled = not (sp.is_group or sp.title or sp.organization)
    speaker = sp.is_group or untitled
    written = sp.name if speaker else sp.organization
    name = proper_name(written, speaker=speaker) if written else None
    if name is None or name in art.quoted:
        return  # (the cheap tests first: this runs for every quote)
    if untitled and is_given_name(name.split(" ", 1)[0]):
        return  # (``Tom Reed said``: a person, no organization for a later ``Its``)
    kind = sides.quoted_kind(name)
    if kind is None and sp.role is Role.EMPLOYER and sides.disputed:
        kind = OrgKind.EMPLOYER  # the employer side's management speaks for it
    found = quoted_organization(art.text, name, where, kind or OrgKind.OTHER, speaker=speaker)
    if found is None:
        return
    art.listed.append(found)  # for Article.organizations, if it reads as one (with_quoted)
    employer = not speaker and kind is OrgKind.EMPLOYER and sp.role is Role.EMPLOYER
    # (a title: ``Acme chief executive X``; not a lawyer's of a field, whose firm is his)
    employer = employer and bool(sp.title) and not outside_lawyer(sp.title)
    if employer and len(managed) < _MAX_MANAGED:  # (each is looked for in the whole text)
        managed.add(found.name)
    if kind is None:
        art.add_untitled(found)
    else:
        art.add_quoted(found)


def summarize_voices(
    quotes: Sequence[Quote], organizations: Iterable[Organization | None] | None = None
) -> Voices:
    """Count quotes and distinct speakers per role and per organization.

    Roles come in the order of :class:`Role`; organizations by number of quotes, then
    by first quote. A speaker's organization is keyed by :func:`display_name` when it
    was resolved (give the resolved organizations in *organizations*, one per quote),
    else by the organization as written. Quotes without a speaker, a role or an
    organization are left out of the respective count. A partial quote inside the
    indirect one before it, with the same attribution, is counted with it, once.
    """
    orgs = list(organizations) if organizations is not None else [None] * len(quotes)
    by_role: dict[Role | str, tuple[list[int], dict[str, str]]] = {}
    by_org: dict[Role | str, tuple[list[int], dict[str, str]]] = {}
    outer: Quote | None = None
    for i, q in enumerate(quotes):
        sp = q.attribution.speaker if q.attribution else None
        if _nested(q, outer):
            continue  # its words in marks: counted with the indirect quote around them
        outer = q if q.kind is QuoteKind.INDIRECT else outer
        if sp is None:
            continue
        org = orgs[i] if i < len(orgs) else None
        if sp.role is not None:
            _count(by_role, sp.role, i, sp.name)
        key = display_name(org) if org is not None else sp.organization
        if key:
            _count(by_org, key, i, sp.name)
    roles = sorted(by_role.items(), key=lambda kv: _ROLE_ORDER[kv[0]])
    org_items = sorted(by_org.items(), key=lambda kv: (-len(kv[1][0]), kv[1][0][0]))
    return Voices(
        by_role=tuple(_voice(k, v) for k, v in roles),
        by_organization=tuple(_voice(k, v) for k, v in org_items),
    )


#: The order of the roles in the voices summary: that of :class:`Role`.
_ROLE_ORDER: dict[Role | str, int] = {r: n for n, r in enumerate(Role)}


def _nested(q: Quote, outer: Quote | None) -> bool:
    """A partial quote inside the indirect one before it, with the same attribution."""
    return (
        outer is not None
        and q.kind is QuoteKind.PARTIAL
        and outer.span.start < q.span.start < outer.span.end
        and q.attribution == outer.attribution
    )


def _count(
    table: dict[Role | str, tuple[list[int], dict[str, str]]],
    key: Role | str,
    index: int,
    name: str,
) -> None:
    entry = table.setdefault(key, ([], {}))
    entry[0].append(index)
    entry[1].setdefault(name.casefold(), name)


def _voice(key: Role | str, value: tuple[list[int], dict[str, str]]) -> VoiceCount:
    indexes, names = value
    return VoiceCount(
        key=key, quotes=len(indexes), speakers=len(names), names=tuple(names.values())
    )


def enrich_attribution(
    text: str, attribution: Attribution | None, *, registry: Registry | None = None
) -> Attribution | None:
    """The attribution with its speaker's organization and role resolved."""
    if attribution is None:
        return None
    quote = Quote(text="", span=attribution.source_span, kind=QuoteKind.INDIRECT)
    out, _, _ = enrich(text, [attrs.evolve(quote, attribution=attribution)], registry=registry)
    return out[0].attribution
