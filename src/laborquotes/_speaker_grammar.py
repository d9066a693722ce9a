"""The grammar of a speaker phrase, as named ``re.VERBOSE`` rules.

A speaker phrase is the subject of a reporting verb, or the phrase right after an
inverted one. Its alternatives, tried in this order::

    speaker   := head appositive? ","?
    head      := pron | person2 | titled | org_titled | group | role | unnamed | partitive | np
               | person
    pron      := he | she | they | we | it | I | you
    person2   := (title_noun | possessive words) "," ("the" title)? name ofx?  # his rival, Ana Ruiz
    group     := det? modifier{0,4} group_noun number? org_tail  # the Teamsters local
    role      := "the" (group_noun "'s")? modifier{0,3} title_noun org_tail
                                                    # the president of the union
    unnamed   := ("a" | "one" | "another") (modifier | word){0,3} title_noun tenure? unit_pp?
                 org_tail
                                                    # a nurse, an interior ministry official
               | ("someone" | "everyone" ...) pp?   # someone from the union
    partitive := quantifier "of" det words                       # some of the workers
    np        := det noun phrase | plural noun | possessive noun # the company's owners
                 (not ``the`` before a style: ``The Rt Hon Ana Ruiz`` is a person)
    titled    := ("the" words{0,3} | possessive words{0,3}) title name  # the Labour MP Ana Ruiz
    person    := pre? name ("and" name)? ("of" Organization)? place?  # union president Ana Ruiz
    place     := ("in" | "from") Place, ending the subject          # Ana Ruiz in Leeds
    pre       := title words | possessive words | Unit number title  # UAW Region 8 Director
               | modifier? Title (of | for | at) Words ...          # Secretary of State for Health
               | Words (of | for) Words Title                       # Bank of Canada Governor
               | word? title                                       # machine operator
               | "the" words{0,3} title                             # the shadow chancellor
               | possessive_pronoun words{1,3}                     # his campaign manager
    name      := start_particle? name_word (particle{0,2} name_word){0,7} (suffix | postnominal)?

:func:`speaker_source` expands these rules from :data:`RULES` and the word tables of
:mod:`laborquotes._vocab` (:func:`_tables`); :mod:`laborquotes._speakers` compiles it
and turns a match into a candidate record.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from . import _vocab as V
from ._org_names import LISTED
from ._patterns import alternation, capitalized_forms, expand

__all__ = [
    "BARE_WORDS",
    "NAMED_GROUPS",
    "RULES",
    "appositive_forward_source",
    "bare_speaker_source",
    "bare_words",
    "mute_openers",
    "speaker_source",
    "unclosing_function_words",
    "unread_function_words",
    "without_optional_repeats",
]

#: The named pieces of the grammar. ``{name}`` refers to another piece or to a word table
#: of :func:`_tables`; everything else is a ``VERBOSE`` pattern.
RULES: dict[str, str] = {
    # At least one white-space character, with at most one line break.
    "s1": r"(?: [^\S\n]++ (?: \n [^\S\n]*+ )? | \n [^\S\n]*+ )",
    # A word of a name: ``A.F.L.``, ``Ruiz``, ``O'Neill``, ``Jr.``, ``al-Assad``; a
    # glottal stop or a syllable mark inside a Pacific or an African name (``Fa'afoi``,
    # ``Su'a``, ``Ng'ang'a``), not a possessive or a contraction (``Smith's``, ``He'll``);
    # ``h`` or ``t`` before the capital of an Irish surname (``Ó hEadhra``, ``an tSaoi``).
    "name_word": r"""(?:
        (?: \p{Lu} \. ){2,}+
      | \p{Lu} [\p{L}\p{M}\-]*+
        (?: ['’] \p{Lu} [\p{L}\p{M}\-]*+
          | (?: ['’‘] (?! (?: s | ll | re | ve | d | t | m ) (?! [\p{L}\p{M}] ) )
            \p{Ll} [\p{L}\p{M}\-]*+ ){1,2}+
        )?+ \.?+
      | \p{Ll}{1,3} - \p{Lu} [\p{L}\p{M}\-]*+
      | \p{Ll}{1,4} ['’] \p{Lu} [\p{L}\p{M}\-]*+  # (``d'Entremont``, ``dell'Acqua``)
      | [ht] \p{Lu} \p{Ll} [\p{L}\p{M}\-]*+  # (an Irish surname's prefix: ``Ó hEadhra``)
    )""",
    # A capitalized word or a number (``Local``, ``SAG-AFTRA``, ``7``).
    "capword": r"(?: [\p{Lu}\d] [\p{L}\p{M}\d&\-.]*+ )",
    # Not a function word (``was``, ``and``, ``he``): these never belong to a phrase.
    "fn": r"(?! {function_word} (?![\w\-’']) )",
    "word": r"(?: {fn} [\p{L}\d] [\p{L}\p{M}\d'’\-]*+ )",
    "low": r"(?: {fn} \p{Ll} [\p{L}\p{M}\d'’\-]*+ )",
    "name": r"""
        (?: {start_particle} {s1} )?
        {name_word}
        (?: {s1} (?: {name_particle} {s1} ){0,2} {name_word} ){0,7}
        (?: ,? {s1} (?: {suffix} | {postnominal} ) (?!\w) )?
    """,
    # A particle inside a name: ``van``, ``al``, ``ap``; ``an`` after ``Mac``.
    "name_particle": r"(?: {particle} | (?<= (?<![\w\-]) {gaelic} [ ] ) an )",
    # A lower-case title word (``president``, ``then-chief``, ``co-president``).
    "title_low": r"(?: {title_prefix} )? {title_word} (?![\w\-])",
    "poss": r"{capword} ['’] s?+",
    # A plural possessive inside a body's name (``Ontario Nurses' Association``).
    "plural_poss": r"(?<= s ) ['’] (?= [^\S\n] )",
    # (a cheap test first, before an alternative that must read a possessive: ``poss``,
    # or a lower-case one in ``person2``; these are tried at the start of the phrase only,
    # and most phrases hold no apostrophe, so one scan to the end of the span rules them
    # out before their capitalized words are read one by one)
    "apos_ahead": r"(?= [^'’]*+ ['’] )",
    # What stands before a name: ``union president``, ``the UAW's``, ``UAW Region 8
    # Director`` (a numbered unit, then a title), ``Mayor of London``, a described owner
    # (``the union's``).
    "pre": r"""(?:
        (?: (?: {capword} (?: {plural_poss} | {joined} | {s1} {name_and} (?= {and_trades} )
                            | {and_org} )?
              | {title_low} | (?<= \p{L} [ ] ) \( \p{Lu}{2,8}+ \) ) {s1} ){0,5}
        (?: {np_low} {s1} ){0,2}? {title_low} {joined_title}? {scope_of}? {s1} {title_paren}?
        (?! {title_cap} {s1} (?: of | for ) {s1} )  # (``former Secretary of State``)
      | {apos_ahead} (?: {the} {s1} )? (?: {capword} {s1} ){0,3} {poss} {s1}
        (?: (?: {capword} | {low} ) {s1} ){0,4}?
      | {owned_title}
      | (?: {capword} {s1} ){1,3} \d{1,5}+ {s1} (?: {title_low} {s1} ){0,2} {title_noun} {s1}
      | (?: (?: {capword} | {adverb_modifier} ) {s1} ){0,2}
        (?: {title_prefix} )? (?: {title_cap} | {legislator} )
        (?: {s1} (?: of | for | at | from ) {s1} (?: the {s1} )?
            (?: {capword} {s1} (?: {name_and} {s1} )? ){0,3}? {capword} ){1,3}?
        {s1} {title_paren}?
      | (?: {capword} {s1} ){0,3} {title_cap} {s1} {title_paren}  # (``Medical Officer (Health)``)
      # (``School board President``: a body's noun before a capitalized title)
      | (?: {capword} {s1} )? (?= \p{Ll} ) {group_word} {s1} (?= {title_cap} {s1} \p{Lu} )
      | {title_cap} {s1} of {s1} \p{Ll}++ (?: {s1} \p{Ll}++ )?+ {s1}  # (``Director of nursing``)
      # (``Senator the Hon.``, ``Health Minister Dr the Hon.``: a capitalized title
      # before a style of address)
      | (?: {capword} {s1} ){0,2} (?: {title_cap} | {legislator} ) {s1} (?= {address_style} )
      | {org_title_pre}
      | {titled_pre}
      | {the} {s1} {group_word} ['’] s {s1}
      | {possessive_pronoun} {s1} (?: (?: {low} | {title_low} ) {s1} ){1,3}
    )""",
    # ``Bank of Canada Governor``, ``Port of Vancouver CEO``: a name with ``of`` or ``for``,
    # then a capitalized title (wire style), before a name.
    # (``Canadian Auto and Allied Workers president``: ``and`` joins the trades of a
    # union's name, capitalized words whose last is a plural)
    "and_trades": r"""(?:
        {s1} (?: \p{Lu} [\p{L}\-]*+ {s1} ){0,2} \p{Lu} [\p{L}\-]*+ (?<= s ) (?![\w\-])
    )""",
    # (``Gold Coast Hospital and Health Service spokesman``, ``Capital and Coast DHB
    # chief executive``: ``and`` inside a body's name, whose last word is an
    # organization's or, after a word of the name, an acronym, before its officer's
    # title; not a party's: ``Ana Ruiz and Green Party leader Tom Lee`` are two people)
    "and_body": r"""(?:
        {s1} (?: (?: \p{Lu} [\p{L}\-]*+ {s1} ){0,2} (?! Party ) {org_word}
                | (?: \p{Lu} [\p{L}\-]*+ {s1} ){1,2} \p{Lu}{2,6}+ ) (?![\w\-’'])
        {s1} (?: \p{Ll} [\p{L}\-]*+ {s1} ){0,2}? {title_low} {s1} \p{Lu}
    )""",
    "and_org": r"""(?:
        {s1} {name_and} (?= {and_body} ) {s1} (?: \p{Lu} [\p{L}\-]*+ {s1} ){0,2}?
        (?: {org_word} | \p{Lu}{2,6}+ (?![\w\-’']) )
    )""",
    "org_title_pre": r"""
        (?: {capword} {s1} ){1,2} (?: of | for ) {s1} (?: the {s1} )?
        (?: {capword} {s1} (?: {name_and} {s1} )? ){0,3}? {capword} {s1}
        (?: {title_cap} | {title_acronym} ) {s1}
    """,
    # A person after such a title (tried before the organization's name reads as a group).
    "org_titled": r"(?= {org_title_pre} {name_word} ) {person}",
    # ``the Labour MP``, ``the union's general secretary``, ``the actor``: ``the``, up to
    # three words and a title, before a name (British and wire style; no commas).
    # A title's field in brackets (Indian style: ``general manager (HR)``, ``District
    # Medical Officer (Health)``).
    "title_paren": r"(?: \( \p{L} [\p{L}&\- ]{0,22}+ \) {s1} )",
    "titled_pre": r"""
        {the} {s1} (?: (?: {poss} | {capword} | {low} ) {s1} ){0,3}? {title_any} {title_of}? {s1}
        {title_paren}?
    """,
    # ``Unite's general secretary``, ``Labour's shadow health secretary``: an owner's title.
    "owned_title": r"""
        {apos_ahead} (?: {the} {s1} )? (?: {capword} {s1} ){0,2} {poss} {s1}
        (?: {low} {s1} ){0,3}? {title_any} {title_of}? {s1} {title_paren}?
    """,
    # A title's scope after ``of``: one capitalized word, not the first of a longer name
    # (``the president of the National Union of Teachers`` is no titled person), or one or
    # two lower-case words, not ``the`` (``the union's head of health``, ``Unison's
    # director of organising``, ``the vice president of labor relations``).
    "title_of": r"""(?:
        {s1} of {s1}
        (?: (?: the {s1} )? {capword} (?! {s1} (?: [\p{Lu}\d] | {of_joiner} {s1} \p{Lu} ) )
          | (?! the (?![\w\-’']) ) {low} (?: {s1} (?! the (?![\w\-’']) ) {low} )?+ )
    )""",
    # A second title joined by ``and`` (``president and CEO``, ``chairman and chief
    # executive``).
    "joined_title": r"""(?:
        {s1} (?: and | & ) {s1} (?: (?: {np_low} {s1} )?? {title_low} | {title_acronym} (?![\w\-]) )
    )""",
    # A title's scope after ``of`` before a name: one capitalized word, or one or two
    # lower-case words (``union president of Local 7``, ``vice president of labor
    # relations``).
    "scope_of": r"""(?:
        {s1} of {s1} (?: the {s1} )? (?: {capword} | \p{Ll}++ (?: {s1} \p{Ll}++ )?+ )
      | (?<= spokes (?: man | woman | person ) ) {s1} on {s1}
        \p{Ll}++ (?: {s1} (?: and {s1} )?+ \p{Ll}++ ){0,2}+
    )""",
    # A style of address between a title and a name (``Minister of Education the Hon.
    # Grenville Hinds``, ``Senator the Hon.``, ``Health Minister Dr the Hon.``): no part
    # of the title or the name.
    "address_style": r"""(?:
        (?: (?: Dr | Prof ) \.?+ {s1} )?+ the {s1} (?: (?: Rt | Right | Most ) \.?+ {s1} )?+
        (?: Hon \.?+ | Honourable | Honorable ) (?![\w\-’']) {s1}
    )""",
    # A title noun (not a modifier: ``the leading``, ``the former`` are no titles).
    "title_any": r"(?: {title_noun} | {title_acronym} (?![\w\-]) )",
    # A titled person after ``the``: a name of two words or more, the first no stop word
    # (``the company Tuesday said`` is a time; ``the Justice Department`` no person).
    "titled": r"""
        (?= (?: {titled_pre} | {owned_title} ) (?! {name_stop} (?![\w\-’']) )
            {name_word} {s1} (?: {name_particle} {s1} ){0,2} {name_word} )
        {person}
    """,
    # ``of`` or ``for`` inside an organization's name before a title (``Canadian Union of
    # Postal Workers president``), before a capitalized word (not ``and``, which may join
    # two people: ``President Ana Ruiz and Democratic candidate Tom Lee``).
    "joined": r"(?: {s1} (?: of | for ) (?: {s1} the )?+ (?= {s1} [\p{Lu}\d] ) )",
    # The loose slot next to a quotation also takes any lower-case words as a title.
    "loose_pre": r"""(?:
        {pre}
      | (?: (?: {capword} | {low} ) {s1} (?: of {s1} )? ){0,3} {low} {s1}
    )""",
    # A group's modifier: ``Unite's``, ``Teamsters``, ``local``, a plural possessive
    # (``the drivers' union``, ``the nurses’ union``), or the initials a name is given in
    # brackets (``the Kilusang Mayo Uno (KMU) labour federation``).
    "gmod": r"""(?:
        {poss} | {capword} | {group_modifier} (?![\w\-]) | \p{Ll} [\p{L}\-]*+ (?<=s) ['’] (?=\s)
      | \( \p{Lu} [\p{Lu}\d&]{1,7}+ \)
    )""",
    "group_noun": r"{group_word} (?![\w\-])",
    "dets": r"{determiner} (?![\w\-])",
    "title_noun": r"{title_noun_word} (?![\w\-])",
    # ``for the Department of Health``, ``at Ford``: a name may hold joiners (``of``,
    # ``and``) between its capitalized words; or a description (``of the finance
    # ministry``, ``for the company``).
    # A body's name whose words ``of``, ``for`` or ``and`` join (``Department of Health
    # and Social Care``), before its officer's title.
    "body_joined": r"(?: {capword} {body_rest} )",
    "body_rest": r"""(?:
        (?: {s1} (?: (?: of | for | {name_and} ) {s1} (?: the {s1} )? )? {capword} ){1,6}
    )""",
    # (a comma inside a body's name that lists its portfolios or trades: ``for the
    # Department of Enterprise, Trade and Employment``, ``at the Rail, Tram and Bus Union``)
    # A comma inside a body's name that lists its portfolios after ``of`` or ``for``
    # (``the Department of Enterprise, Trade and Employment``), or a union's that lists
    # its trades before its head (``the Rail, Tram and Bus Union``): the list closes with
    # ``and`` (see :data:`~laborquotes._org_names.LISTED`).
    "listed_comma": r"(?: {listed_body_comma} | {listed_union_comma} )",
    "listed_body_comma": r"""(?:
        , (?<= {listed_body_head} [ ] (?: of | for ) [ ] (?: the [ ] )?
               (?: \p{Lu} [\p{L}\-]* [ ] ){0,2} \p{Lu} [\p{L}\-]*
               (?: , [ ] \p{Lu} [\p{L}\-]* (?: [ ] \p{Lu} [\p{L}\-]* )? ){0,3} , )
        (?= [ ] {listed} ) [ ]
    )""",
    "listed_union_comma": r"""(?:
        , (?= [ ] {listed} [\p{L}\-]*+ (?: [ ] \p{Lu} [\p{L}\-]*+ )? [ ]
              {listed_name_head} (?![\w\-]) ) [ ]
    )""",
    "org_tail": r"""(?:
        {s1} {org_preposition} {s1} (?: the {s1} )?
        (?: {capword} (?: ['’] s?+ )?+
            (?: {s1} (?: {of_joiner} {s1} (?: the {s1} )? )?+ | {listed_comma} ) ){0,7}
        {capword}
      | {s1} {org_preposition} {s1} {one_of}?+ (?: the | its | their | a | an ) {s1}
        (?: (?: {low} | {capword} ) {s1} ){0,3}
        {group_word} s?+ (?![\w\-’'])
      | {s1} {org_preposition} {s1} {one_of}?+ (?: the | its | their ) {s1}
        (?: (?: {low} | {capword} ) {s1} ){0,2} {workplace} s?+ (?![\w\-’'])
        (?: {s1} of {s1} (?: the {s1} )? (?: {capword} {s1} ){0,3} {capword} )?
    )?""",
    # (one workplace of several: ``a nurse at one of the hospitals``)
    "one_of": r"(?: one {s1} of {s1} )",
    "pp": r"""(?:
        {s1} {phrase_preposition} {s1} (?: {phrase_determiner} {s1} )?
        (?: {np_word} {s1} ){0,2} {np_word}
    )""",
    # ``of the United Auto Workers``, ``of Local 7``, ``of advocacy group Fair Wage``
    # (wire style: a kind of body, then its name).
    "ofx": r"""(?:
        {s1} of {s1} (?: the {s1} )? {kind_lead}?+
        (?: {capword} ['’] s {s1} | {capword} {s1} | {of_joiner} {s1} ){0,8} {capword}
    )""",
    # ``Leeds-based research firm``, ``rights group``: where a body is based and what
    # kind it is, in lower case before its name.
    "kind_lead": r"""(?:
        (?: (?: \p{Lu} [\p{L}\p{M}]*+ {s1} ){0,2}+ \p{Lu} [\p{L}\p{M}]*+ - {base_participle} {s1} )?
        (?: {low} {s1} ){0,2}? {business_kind} {s1} (?= \p{Lu} )
    )""",
    "group": r"""
        (?: {dets} {s1} )? (?: {gmod} {s1} (?: {name_and} {s1} (?= [\p{Lu}\d] ) )?+ ){0,4}
        {group_noun} (?: {s1} \d{1,5}+ (?!\w) )? {org_tail}
        (?! {s1} (?: {title_low} | \p{Lu}\p{Ll} | \d | {name_and} {and_body} ) | ['’]
          | {body_rest} {s1} {title_noun} )  # (a longer body's officer: ``unnamed``)
    """,
    # ``and`` or ``&`` between two capitalized words of a name (``the Nurses and Midwives'
    # Association``, ``Trump and Clinton supporters``).
    "name_and": r"(?: and | & )",
    "role": r"""
        {the} {s1} (?: {group_word} ['’] s {s1} )? (?: {gmod} {s1} ){0,3} {title_noun}
        (?: {s1} of {s1} (?: the {s1} )? (?! the (?![\w\-’']) ) \p{Ll}++ )?
        (?: {s1} and {s1} (?: {gmod} {s1} ){0,3} {title_noun} )? {org_tail}
    """,
    # How long an unnamed speaker has done the work (``a driver with 19 years at ...``).
    "tenure": r"""(?:
        {s1} (?: with | of ) {s1} (?: \d{1,2}+ | {number_word} ) {s1} years
        (?: ['’] {s1} {tenure_noun} (?![\w\-]) )?+
    )""",
    # Where in the workplace (``on a surgical ward``, ``in the emergency department``).
    "unit_pp": r"""(?:
        {s1} (?: on | in ) {s1} (?: a | an | the ) {s1} (?: {low} {s1} ){0,2}? {work_unit}
    )""",
    "unnamed": r"""
        {indefinite} {s1} (?: (?: {gmod} | {np_low} ) {s1} ){0,3}
        (?: {title_noun} | {job_acronym} (?![\w\-]) )
        {tenure}?+ {unit_pp}?+ {org_tail}
        (?! {s1} \p{Lu}\p{Ll} ) {unnamed_loc}?
      | {indefinite} {s1} {body_joined} {s1} {title_noun} {org_tail} (?! {s1} \p{Lu}\p{Ll} )
      | {indefinite_person} (?![\w\-]) {pp}{0,2}
    """,
    # After the title of ``person2``: ``of state``, ``for Transport``, ``of the
    # Eastfield students' union``, ``in Limerick``; two scopes joined by ``and`` right
    # before the comma (``head of safety and training, Ana Ruiz``).
    "p2tail": r"""(?:
        {s1} {org_preposition} {s1} (?: the {s1} )?
        (?: (?: {capword} | {low} ) {s1} ){0,3} (?: {capword} | {low} )
        (?: {s1} and {s1} (?: (?: {capword} | {low} ) {s1} ){0,2} (?: {capword} | {low} )
            (?= \s*+ , ) )?+
    )""",
    # (a cheap test first: ``p2pre`` holds no comma, and one follows it)
    "comma_ahead": r"(?= [^,]{0,300}+ , )",
    "person2": r"""
        {comma_ahead}
        (?P<p2pre>
            (?: (?: {dets} {s1} | {indefinite} {s1} )?
                (?: (?: {gmod} | {np_low} (?<! ['’] s ) ) {s1}
                    (?: (?<= \p{Lu} [\p{Ll}\p{M}\-]* \s ) {name_and} {s1}
                        (?= \p{Lu} [\p{L}\p{M}\-]*+ \s )
                      # (``work and pensions spokesman``: a portfolio of two fields)
                      | (?<= \p{Ll} \s ) and {s1} (?= \p{Ll}++ {s1} {title_any} ) )?+ ){0,3}
                {title_any}
              | {apos_ahead} (?: {the} {s1} )?
                (?: (?: {capword} | {np_low} ) {s1}
                    (?: (?<= \p{Lu} [\p{Ll}\p{M}\-]* \s ) {name_and} {s1} (?= \p{Lu} ) )?+ ){0,4}?
                (?: {poss} | \p{Ll} [\p{L}\-]*+ ['’] s?+ ) {s1}
                (?: {demonym} {s1} (?= \p{Ll} ) )?+
                (?: (?: {capword} | {low} ) {s1}
                    (?: (?<= \p{Ll} \s ) and {s1} (?= \p{Ll} ) )?+ ){0,3}
                {low}
            )
            {p2tail}{0,3}
        )
        \s*+ , \s*+ (?! {title_cap} {s1} of (?!\w) )  # (``Speaker of the House``: a title)
        (?P<p2mid> {the} {s1} (?: {low} {s1} ){0,3}? {title_low} {s1} )?  # (``the ex-chairman``)
        # (not a possessive: ``Ana Ruiz MP, Labour's health spokesperson``)
        (?> (?P<p2name> {name} ) ) (?! ['’] s (?! [\p{L}\p{M}] ) ) (?P<p2of> {ofx} )?
    """,
    "partitive": r"""
        {partitive_quantifier} {s1} of {s1} {partitive_determiner} {s1}
        (?: {word} {s1} ){0,2} {low}
      | {partitive_multitude} {s1} of {s1} (?: {word} {s1} ){0,2}? {low} (?<=s)
    """,
    # (not ``The Post's Ana Ruiz`` or ``the union's Ana Ruiz``: a possessive, then a name,
    # is a person's ``pre``; nor ``One Nation leader Ana Ruiz``: a determiner opening a
    # party's name, a title, then a name; nor ``His colleague Ana Ruiz``)
    "np": r"""(?:
        (?! {the} {s1} (?: {capword} {s1} ){0,2} {poss} {s1} {name} (?![\w\-’']) )
        (?! {the} {s1} {group_word} ['’] s {s1} {name} (?![\w\-’']) (?! {s1} {title_low} ) )
        (?! {dets} {s1} (?: {capword} {s1} ){1,3} {title_low} {s1} {name_word} {s1} {name_word}
            (?![\w\-’']) )
        (?! {possessive_pronoun} {s1} (?: {low} {s1} ){1,2} {name_word} {s1} {name_word}
            (?![\w\-’']) )
        {dets} {s1} (?! {style} (?![\w.]) )
        (?: (?: {capword} {s1} ){0,3} {capword} (?![\w\-’'])
          | (?: {np_low} {s1} ){1,2} (?: {capword} {s1} ){0,2} {capword} (?![\w\-’'])
          | (?: (?<= (?<![\w\-]) (?: [Aa]ll | [Bb]oth ) \s ) (?: the | these | those ) {s1} )?
            (?: {capword} {s1} ){0,3} (?: {np_word} {s1} ){0,3}? {np_word}
        ) (?: {source_tail} | {pp} )?
      | (?: {capword} {s1} | {low} {s1} ){0,2}
        (?: {fn} \p{Ll} [\p{L}\-]{1,30} [a-rt-z] s (?![\w\-]) {source_tail}?
          | people {source_tail} )
      | {apos_ahead}
        (?! (?: {capword} {s1} ){0,2} {poss} {s1} (?: {word} {s1} ){0,2}? {title_low} {s1}
            {name_word} {s1} {name_word} (?![\w\-’']) )  # (a title, then a person's name)
        (?: {capword} {s1} ){0,2} {poss} {s1} (?: {word} {s1} ){0,2} {low}
    )""",
    # What says how an unnamed source knows (``close to the talks``, ``familiar with the
    # matter``, ``with knowledge of the plan``), after ``sources`` or ``two people``.
    "source_tail": r"""(?:
        {s1} {source_modifier} {s1} (?: {phrase_determiner} {s1} )?
        (?: {np_word} {s1} ){0,2} {np_word}
    )""",
    # A word inside a noun phrase after its determiner: never a second article (``In a
    # statement the union said``: two phrases, the second the subject).
    "np_article": r"(?: [Tt]he | [Aa]n? ) (?![\w\-’'])",
    # Nor a verb of speech (``the council said recruitment for eight posts``: a subject,
    # its verb and a clause).
    "np_word": r"(?: (?! {np_article} | {np_stop_verb} (?![\w\-’']) ) {word} )",
    "np_low": r"(?: (?! {np_article} | {np_stop_verb} (?![\w\-’']) ) {low} )",
    "pron": r"{subject_pronoun} (?![\w’'\-])",
    "person": r"""
        (?P<person>
            (?P<pre> {person_pre} )?
            (?: (?<= \S {s1} ) {address_style} )?
            (?P<name> {name} (?: {s1} and {s1} {name} )? )
            (?P<ofx> {ofx} )?
            (?P<loc> {loc} )?
        )
    """,
    # Where a subject is from, ending the subject: ``Ramesh Gupta in Lucknow said``.
    # Where an unnamed speaker's workplace is (``a nurse at Fenwick Hospital in Red Deer``),
    # ending the phrase or its head before an appositive's comma.
    # (an area named after ``the``: ``a carer from the Inverlorne area``; a compass point
    # in lower case before a place: ``in west Clare``)
    "unnamed_loc": r"""(?:
        {s1} {location_prep} {s1}
        (?: the {s1} (?= (?: \p{Lu}\p{Ll}++ {s1} ){1,3} {area_noun} (?![\w\-]) ) )?+
        (?: {compass} {s1} (?=\p{Lu}) )?+
        \p{Lu}\p{Ll}++ (?: {s1} \p{Lu}\p{Ll}++ ){0,2} (?: {s1} {area_noun} (?![\w\-]) )?+
        (?= \s*+ (?: , | \Z ) )
    )""",
    "loc": r"""
        {s1} {location_prep} {s1} \p{Lu}\p{Ll}++ (?: {s1} \p{Lu}\p{Ll}++ ){0,2}
        (?= \s*+ \Z )
    """,
    "heads": r"""
        (?P<pron> {pron} )
      | (?P<person2> {person2} )
      | {titled}
      | {org_titled}
      | (?P<group> {group} )
      | (?P<role> {role} )
      | (?P<unnamed> {unnamed} )
      | (?P<partitive> {partitive} )
      | (?P<np> {np} )
      | {person}
    """,
    # The loose pattern keeps only the person; the other groups exist, empty, since
    # the code reads them all.
    "person_only": r"(?!) {empty_groups} | {person}",
    # After the head: ``(R-Texas)``, ``, a member of Local 7,``, ``who leads it``.
    "appositive": r"""
        (?: \s*+ \( (?P<paren> [^()\n]{1,60}+ ) \) )?
        (?: \s*+ , \s*+ (?! {quantity_lead} ) (?! (?: and | but ) \s++ (?: who | which ) \s )
            (?P<apptext> [^,;"“”]{1,150}? (?: , \s*+ [^,;"“”]{1,150}? ){0,3} ) \s*+ ,
            (?! (?<= \d , ) \d{3} (?!\d) )  # (``300,000``: a thousands separator)
          | \s++ (?P<rel> (?: who | whose | which ) \s [^,;"“”]{1,100}?
                (?: , \s*+ (?: and | but ) \s++ (?: who | whose | which ) \s [^,;"“”]{1,100}? )? )
        )?
    """,
    # (``Health Canada, roughly 300,000 people ...``: a quantity opens a clause, no
    # apposition; an age alone does: ``Ana Ruiz, 34,``)
    "quantity_lead": r"(?: {quantity_adverb} ) \s++ [\d$£€]",
    "speaker": r"(?P<head> {head_choice} ) {appositive} (?: \s*+ , )?",
    # A line break inside an appositive is a hard wrap (``a welder at the\nWarren
    # plant``) unless a sentence ends before it or the next line is indented.
    # (a letter or a few in parentheses closing a word: ``CPI(M) MLA``, ``JD(U)``)
    "app_char": r"""(?:
        [^,;:!?"“”()\n] | (?<![.!?"”]) \n (?=[^\s]) | (?<= \w ) \( \p{Lu}{1,3}+ \)
    )""",
    # A short aside in lower case in parentheses inside an appositive (``vice-president
    # (human resources) at Kestrel Air``): a portfolio or a unit, part of the title (not
    # an acronym: ``the United Auto Workers (UAW)``).
    "app_paren": r"(?: (?<= \w [ ] ) \( \p{Ll} [^()\n,;]{0,39}+ \) (?= [ ] \w | [,.] ) )",
    # (then a hometown: ``Ana Ruiz, 71, of Red Deer, has waited``; a comma inside a body's
    # name that lists its portfolios is no end: ``a spokeswoman for the Department of
    # Enterprise, Trade and Employment``)
    "appositive_forward": r"""
        \s*+ (?: \( (?P<paren> [^()\n]{1,60}+ ) \) \s*+ )?
        (?: , \s*+ (?! (?: {appositive_stop} | {irregular_past} | (?! {ing_title} \b ) \w+ing
                         | \p{Ll}{2,}ed ) \b )
            (?! {quantity_lead} )
            (?P<app> (?: {app_char} | {app_paren} | {listed_comma} ){2,150}+ )
            (?: , \s*+ (?P<app2> (?: a | an | the ) \s {app_char}{2,120}+ | {app_org} ) )?
            (?: , \s*+ (?P<home> of [ ] {place_word} (?: [ ] {place_word} ){0,2}+ ) (?= \s*+ , ) )?
        )?
    """,
    "place_word": r"\p{Lu} [\p{L}\p{M}\-]*+",
    # ``said A. Rao, state president, CITU.``: an organization's name after the title,
    # ending the sentence (read as the title's organization); a plural possessive and an
    # acronym in parentheses may end it (``Bank Employees' Association (BEA)``).
    "app_org": r"""
        \p{Lu} [\p{L}\p{M}\d&.\-]*+
        (?: [ ] (?: \p{Lu} [\p{L}\p{M}\d&.\-]*+ (?: ['’] (?! s\w) s?+ )?+ | of | for | and ) ){0,6}
        (?: [ ] \( \p{Lu}{2,8}+ \) )?+
        (?= [.;]? \s*+ \Z | [.;] \s )
    """,
}

#: The named groups of the head other than the person's.
NAMED_GROUPS = (
    "pron", "person2", "p2pre", "p2mid", "p2name", "p2of", "group", "role", "unnamed",
    "partitive", "np",
)  # fmt: skip


def _title_words() -> set[str]:
    return (set(V.TITLE_NOUNS) | set(V.TITLE_MODIFIERS)) - set(V.NOT_TITLE_WORDS)


def _group_modifiers() -> set[str]:
    words = set(V.TITLE_MODIFIERS) | set(V.GROUP_NOUNS) | set(V.TITLE_NOUNS)
    words |= set(V.GROUP_RANK_MODIFIERS)
    return words - set(V.SPEAKER_DETERMINERS) - set(V.NOT_GROUP_MODIFIERS)


#: A word table: its words, and whether each also stands capitalized.
Table = tuple[tuple[str, ...], bool]


@functools.cache
def _word_tables() -> dict[str, Table]:
    """The word tables the rules refer to."""
    return {
        "adverb_modifier": (V.ADVERB_TITLE_MODIFIERS, False),
        "appositive_stop": (V.APPOSITIVE_STOPS, False),
        "irregular_past": (V.COMMON_IRREGULAR_PASTS, False),
        "base_participle": (V.BASE_PARTICIPLES, False),
        "business_kind": (V.BUSINESS_KIND_NOUNS, False),
        "number_word": (V.NUMBER_WORDS, False),
        "tenure_noun": (V.TENURE_NOUNS, False),
        "determiner": (V.SPEAKER_DETERMINERS, True),
        "function_word": (V.FUNCTION_WORDS, False),
        "group_modifier": (tuple(sorted(_group_modifiers())), False),
        "group_word": (tuple(g for g in V.GROUP_NOUNS if " " not in g), True),
        "indefinite": (V.INDEFINITE_LEADS, True),
        "np_stop_verb": (V.NOUN_PHRASE_STOP_VERBS, False),
        "indefinite_person": (V.INDEFINITE_PERSONS, True),
        "of_joiner": (V.ORG_NAME_JOINERS, False),
        "org_word": (V.ORG_WORDS, False),
        "org_preposition": (V.ORG_PREPOSITIONS, False),
        "partitive_determiner": (V.PARTITIVE_DETERMINERS, False),
        "partitive_multitude": (V.PARTITIVE_MULTITUDES, True),
        "partitive_quantifier": (V.PARTITIVE_QUANTIFIERS, True),
        "particle": (V.NAME_PARTICLES, False),
        "postnominal": (V.NAME_POSTNOMINALS, False),
        "location_prep": (V.LOCATION_PREPOSITIONS, False),
        "area_noun": (V.AREA_NOUNS, False),
        "compass": (V.COMPASS_WORDS, False),
        "gaelic": (V.GAELIC_PATRONYMS, False),
        "phrase_determiner": (V.PHRASE_DETERMINERS, False),
        "possessive_pronoun": (tuple(sorted(V.POSSESSIVE_PRONOUNS)), True),
        "phrase_preposition": (V.PHRASE_PREPOSITIONS, False),
        "start_particle": (V.NAME_START_PARTICLES, False),
        "style": (V.STYLE_HONORIFICS, False),
        "subject_pronoun": (V.SUBJECT_PRONOUNS, True),
        "suffix": (V.NAME_SUFFIXES, False),
        "source_modifier": (V.SOURCE_MODIFIERS, False),
        "the": (("the",), True),
        "workplace": (V.WORKPLACE_NOUNS, False),
        "work_unit": (V.WORK_UNIT_NOUNS, False),
        "title_noun_word": (V.TITLE_NOUNS, True),
        "title_cap": (
            tuple(sorted({c for w in V.TITLE_NOUNS for c in capitalized_forms(w)})),
            False,
        ),
        "title_word": (tuple(sorted(_title_words())), False),
        "title_acronym": ((*V.LEGISLATOR_POSTNOMINALS, *V.EXECUTIVE_ACRONYMS), False),
        "title_prefix": (V.TITLE_PREFIXES, False),
        "quantity_adverb": (V.QUANTITY_ADVERBS, True),
        "legislator": (V.LEGISLATOR_POSTNOMINALS, False),
        "demonym": (V.DEMONYMS, False),
        "job_acronym": (V.JOB_ACRONYMS, False),
        "listed_body_head": (V.LISTED_BODY_HEADS, False),
        "listed_name_head": (V.LISTED_NAME_HEADS, False),
        "name_stop": (V.NAME_STOPWORDS, False),
        # title words in -ing, which open an appositive (``, managing director of``)
        "ing_title": (tuple(sorted(w for w in _title_words() if w.endswith("ing"))), False),
    }


@functools.cache
def _tables() -> dict[str, str]:
    """The word tables the rules refer to, as alternations."""
    tables = {
        name: alternation(words, capitalized=capitalized)
        for name, (words, capitalized) in _word_tables().items()
    }
    tables["empty_groups"] = "".join(f"(?P<{g}>)" for g in NAMED_GROUPS)
    tables["listed"] = LISTED
    return tables


def _opening_tables() -> tuple[Iterable[str], ...]:
    """Every word table an alternative of the head (or of ``pre``, ``loose_pre`` and
    ``name``) can open with. The other openings are a capitalized word or a number
    (``capword``, ``name_word``), a lower-case possessive (``person2``) and a lower-case
    word that is no function word (``low``, ``word``: ``fn`` rules function words out)."""
    return (
        V.SUBJECT_PRONOUNS,
        V.SPEAKER_DETERMINERS,
        _group_modifiers(),
        V.GROUP_NOUNS,
        V.TITLE_NOUNS,
        _title_words(),
        ("the",),
        V.INDEFINITE_LEADS,
        V.PARTITIVE_QUANTIFIERS,
        V.PARTITIVE_MULTITUDES,
        V.NAME_START_PARTICLES,
    )


@functools.cache
def mute_openers() -> frozenset[str]:
    """Function words that open no speaker phrase (``of``, ``that``, ``while``): in none
    of :func:`_opening_tables`, in lower or in capitalized form.

    A span whose first word is one of them (the whole word: ``that's`` may open a
    lower-case possessive) matches neither speaker pattern, strict or loose: the caller
    skips the pattern."""
    opening: set[str] = set()
    for table in _opening_tables():
        for word in table:
            lead = regex.match(_LEAD_RUN, word)
            head = lead.group() if lead is not None else word
            opening.update((head, head[:1].upper() + head[1:]))
    return frozenset(V.FUNCTION_WORDS) - opening


#: Tables the rules read in look-arounds only: they rule words out and consume none.
_LOOKAROUND_TABLES = frozenset(
    ("appositive_stop", "function_word", "irregular_past", "name_stop", "style")
)


@functools.cache
def unread_function_words() -> frozenset[str]:
    """Function words the speaker pattern never consumes (``that``, ``was``, ``by``):
    in none of the tables it reads, and not written in its rules (counted loosely: every
    run of lower-case letters of a rule, so also ``p`` of ``\\p{Lu}``).

    ``fn`` keeps a function word out of every free word (``low``, ``word``), so one of
    them, as a whole word, stands in a speaker phrase only in an appositive (after a
    comma, a parenthesis, ``who`` or ``which``) or as the lower-case word after ``of`` or
    ``of the`` (``secretary of state``). A span holding one elsewhere fullmatches
    neither speaker pattern."""
    read = {"a", "all", "an", "both", "the"}  # (``[Aa]ll``, ``[Tt]he`` in the rules)
    for name, (words, _) in _word_tables().items():
        if name not in _LOOKAROUND_TABLES:
            for word in words:
                read.update(word.split())
    for rule in RULES.values():
        read.update(regex.findall(r"[a-z]++", rule))
    return frozenset(V.FUNCTION_WORDS) - read


#: Tables whose words may end a head of two words or more: a title, a group, a workplace,
#: ``someone``, a name's suffix (a pronoun is a head alone).
_CLOSING_TABLES = (
    "group_word", "indefinite_person", "postnominal", "suffix", "title_noun_word", "workplace",
)  # fmt: skip


@functools.cache
def unclosing_function_words() -> frozenset[str]:
    """Function words no head of two words or more ends with (``and``, ``to``, ``he``),
    save as the lower-case word after ``of`` or ``of the`` (``the secretary of state``).

    Every other word a head may end with is a capitalized word or a number, ``people``, a
    free lower-case word (``fn`` rules function words out) or a word of
    :data:`_CLOSING_TABLES`. So a span whose last word is one of them after another word
    (not ``of`` or ``the``) fullmatches neither speaker pattern unless an appositive ends
    it: a relative clause (``who``, ``which``), as the span ends in a letter."""
    tables = _word_tables()
    closing = {w for name in _CLOSING_TABLES for w in tables[name][0]}
    return frozenset(V.FUNCTION_WORDS) - closing


#: The letters, digits and hyphens at the front of a word (``fn`` and the word tables end
#: a word at a character that is none of them).
_LEAD_RUN = r"[\w\-]*+"


def speaker_source(*, loose: bool = False) -> str:
    """The text of the speaker pattern (*loose*: the person alternative only, with any
    lower-case words as a title before the name)."""
    choice = {
        "head_choice": "{person_only}" if loose else "{heads}",
        "person_pre": "{loose_pre}" if loose else "{pre}",
    }
    return without_optional_repeats(expand("{speaker}", {**RULES, **_tables(), **choice}))


def rule_source(*names: str) -> str:
    """The text of the grammar's rules *names*, as alternatives (``tenure``): for code
    that strips what a rule matched from a phrase it read."""
    return expand("|".join(f"{{{n}}}" for n in names), {**RULES, **_tables()})


#: The words a bare name may hold, from the start of a span (``Ana Ruiz, a nurse``: up to
#: the comma): letters, marks, ``&``, ``-``, ``.`` and white space, no word opening in
#: a lower-case letter (``of``, ``union``, ``he``). Group 1 takes what stops it there and
#: no bare name holds: a digit, an apostrophe, or the space before a lower-case word.
#: (One run of possessive repeats: a search for the first such character, tried at
#: each character of the span, took half again as long.)
BARE_WORDS = r"""
    (?! \p{Ll} ) (?: [\p{L}\p{M}&\-.]++ | \s++ (?! \p{Ll} ) )*+ ( [\d'’\s] )?
"""


@functools.cache
def bare_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What rules out a bare name (:func:`bare_speaker_source`) in a span whose words,
    up to :data:`BARE_WORDS`, are capitalized, hold no digit and no apostrophe: its first
    word being an opener (a pronoun, a determiner, ``A``, ``Someone``, ``The``), a
    word being a group's, or the word before a comma or a bracket there being a title
    (a bracket may hold a title's field: ``Medical Officer (Health)``); each word
    read up to its first ``.`` or ``&`` (so as the tables' words, which hold neither).

    Every head but ``person`` needs, in such a span, one of them; so does ``pre``:

    * ``pron``, ``unnamed``, ``role``, ``np`` and ``titled`` open with an opener (or
      read an apostrophe: ``owned_title``, ``np``); ``group`` reads a group's word;
    * ``person2`` reads a title right before its comma (or an apostrophe);
    * ``org_titled``, ``partitive`` and the rest of ``np`` read a lower-case word
      (``of``, ``for``, a plural);
    * ``pre`` reads a lower-case title word, ``of``, ``for`` or ``at`` (``union
      president``, ``Secretary of State``), a digit (``Region 8 Director``), an
      apostrophe, or opens with ``The`` (``The Labour MP``), or with ``His`` before a
      lower-case word."""
    tables = _word_tables()

    def forms(*names: str) -> frozenset[str]:
        words: set[str] = set()
        for name in names:
            table, capitalized = tables[name]
            words.update(table)
            if capitalized:  # (as :func:`~laborquotes._patterns.alternation` writes them)
                words.update(form for word in table for form in capitalized_forms(word))
        return frozenset(words)

    openers = forms("subject_pronoun", "determiner", "indefinite", "indefinite_person", "the")
    return openers, forms("group_word"), forms("title_noun_word", "title_acronym")


def bare_speaker_source() -> str:
    """The text of the speaker pattern for a bare name (:func:`bare_words`): the strict
    pattern with ``person`` its only head and no ``pre``. Its groups are the strict
    pattern's, in the same order (so a match has the same groups, by name and by
    number); the others' stand empty in a branch that never matches."""
    pieces = {**RULES, **_tables(), "person_pre": "{pre}"}
    heads = expand("{heads}", pieces)
    names = dict.fromkeys(regex.findall(r"\(\?P<(\w++)>", heads))
    empty = "".join(f"(?P<{name}>)" for name in names)
    choice = {"head_choice": f"(?!) {empty} | {{person}}", "person_pre": "(?!)"}
    return without_optional_repeats(expand("{speaker}", {**pieces, **choice}))


#: A piece of a ``VERBOSE`` pattern: a property, an escape, a set, a comment, a group's
#: opening, or one character.
_PIECE = regex.compile(
    r"\\[pPN]\{[^}]*+\}|\\.|\[\^?+\]?+(?:\\.|[^\]\\])*+\]|\#[^\n]*+|\(\?:|.", regex.DOTALL
)


def without_optional_repeats(source: str) -> str:
    """*source* with each greedy optional group ``(?:X)?`` written ``(?:X|)``.

    The two make the same choice (``X`` first, then nothing), but ``regex`` keeps a
    state for every repeat of a pattern and sets them all up at each match: the speaker
    pattern is matched a few thousand times per MB, and its optional groups were about
    a quarter of its repeats. (Comments are dropped; a possessive ``?+``, a lazy ``??``
    and an optional capturing group stay as they are.)"""
    out: list[str] = []
    opens: list[bool] = []  # for each open group, whether it is ``(?:``
    pieces = _PIECE.findall(source)
    k = 0
    while k < len(pieces):
        piece = pieces[k]
        k += 1
        if piece.startswith("#"):
            continue
        if piece.startswith("("):
            opens.append(piece == "(?:")
        elif piece == ")" and opens.pop():
            q = k
            while q < len(pieces) and pieces[q].isspace():
                q += 1
            if pieces[q : q + 1] == ["?"] and pieces[q + 1 : q + 2] not in (["+"], ["?"]):
                piece, k = "|)", q + 1
        out.append(piece)
    return "".join(out)


def appositive_forward_source() -> str:
    """The text of the pattern for an appositive after a speaker found forward."""
    return expand("{appositive_forward}", {**RULES, **_tables()})
