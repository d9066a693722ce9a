"""Data tables for quotations and speakers: reporting verbs, titles, pronouns, groups.

Everything the quote and attribution rules know about English news wording lives
here as plain tuples and dicts, so a rule can be extended by adding a word, and the
regular expressions of the quotation side (:mod:`laborquotes._speaker_grammar`,
:mod:`laborquotes._attribution`) are generated from these tables once, lazily. Each
table is sorted and holds each word once (``tests/test_vocab.py`` checks it).
"""

from __future__ import annotations

import functools

__all__ = [
    "ABBREVIATED_TITLES",
    "ACADEMIC_BODY_WORDS",
    "ACADEMIC_GRADES",
    "ACCORDING_TO",
    "ADDRESS_STYLES",
    "ADJECTIVAL_REFERENCE_HEADS",
    "ADVERBIAL_PREPOSITIONS",
    "ADVERBS",
    "ADVERB_TITLE_MODIFIERS",
    "AFTER_VERB_ADVERBS",
    "AGENT_SUFFIXES",
    "ANY_PERSON_NOUNS",
    "APPOSED_BODY_HEADS",
    "APPOSITIVE_BUSINESS_NOUNS",
    "APPOSITIVE_STOPS",
    "AREA_NOUNS",
    "ARTS_BODY_NOUNS",
    "ASKING_VERBS",
    "AS_TITLE_VERBS",
    "ATTRIBUTION_PHRASES",
    "ATTRIBUTION_TAIL_DEICTICS",
    "ATTRIBUTION_TAIL_PERIODS",
    "ATTRIBUTION_TAIL_PREPOSITIONS",
    "ATTRIBUTION_TAIL_TIMES",
    "AUTHORED_DOCUMENTS",
    "BACKING_NOUNS",
    "BASE_PARTICIPLES",
    "BEFORE_VERB_SKIPS",
    "BLOCK_TAGS",
    "BODY_ADJECTIVES",
    "BODY_VOICE_HEADS",
    "BODY_VOICE_RANKS",
    "BRIEFING_NOUNS",
    "BUSINESS_KIND_NOUNS",
    "BUSINESS_WORDS",
    "CENTRED_PRONOUNS",
    "CIVIL_STYLES",
    "CLAUSE_BREAK_CONJUNCTIONS",
    "CLAUSE_CONJUNCTIONS",
    "CLAUSE_DASHES",
    "CLAUSE_OPENERS",
    "CLAUSE_PRONOUNS",
    "COMMON_IRREGULAR_PASTS",
    "COMMON_ORG_NOUNS",
    "COMPANY_OFFICER_TITLES",
    "COMPANY_TITLE_NOUNS",
    "COMPASS_WORDS",
    "COMPOUND_STYLES",
    "CONSTITUENCY_ENDS",
    "CONTACT_PARTICIPLES",
    "CONTENT_LINKS",
    "CONTINENTS",
    "CONTRAST_CONJUNCTIONS",
    "COUNTRY_ACRONYMS",
    "COURTESY_HONORIFICS",
    "CUSTOMER_CLAUSE_VERBS",
    "DAIL_ONLY_PARTIES",
    "DAY_PARTS",
    "DEMONYMS",
    "DEPARTMENT_HEAD_TITLES",
    "DEPARTMENT_WORDS",
    "DESCRIPTION_BODY_LEADS",
    "DESCRIPTION_BODY_NOUNS",
    "DISTRIBUTIVES",
    "DURATION_UNITS",
    "EMPLOYER_KIND_NOUNS",
    "EPITHET_NOUNS",
    "EXECUTIVE_ACRONYMS",
    "FEMALE_FIRST_NAMES",
    "FEMALE_WORDS",
    "FIELD_TITLES",
    "FIELD_WORDS",
    "FINITE_VERBS",
    "FOR_PORTFOLIO_TITLES",
    "FRONTED_PREPOSITIONS",
    "FUNCTION_WORDS",
    "GAELIC_PATRONYMS",
    "GOVERNMENT_BODY_NOUNS",
    "GROUP_NOUNS",
    "GROUP_RANK_MODIFIERS",
    "HEAD_CUT_PREPOSITIONS",
    "HEAD_REFERENCES",
    "HONORIFICS",
    "HONOURS",
    "INDEFINITE_LEADS",
    "INDEFINITE_PERSONS",
    "INDIRECT_VERBS",
    "INLINE_TAGS",
    "INSTITUTION_HEADS",
    "INTERVIEW_LEADS",
    "INVERTING_VERBS",
    "IRISH_SURNAME_OPENERS",
    "IRREGULAR_FORMS",
    "JOB_ACRONYMS",
    "JOB_LIKE_BUSINESS_NOUNS",
    "KEPT_ABBREVIATIONS",
    "KIN_DESCRIPTORS",
    "KIN_REFERENCES",
    "KIN_TITLES",
    "LABOUR_OFFICE_NOUNS",
    "LEGISLATIVE_CHAMBERS",
    "LEGISLATOR_POSTNOMINALS",
    "LETTERS_ONLY_PARTIES",
    "LISTED_BODY_HEADS",
    "LISTED_NAME_HEADS",
    "LISTENER_PARTICIPLES",
    "LISTENER_VERBS",
    "LISTENER_WORDS",
    "LOCALITY_NOUNS",
    "LOCAL_BUSINESS_WORDS",
    "LOCAL_GOVERNMENT_OF_HEADS",
    "LOCATION_PREPOSITIONS",
    "MALE_FIRST_NAMES",
    "MALE_WORDS",
    "MANNER_CUES",
    "MEDIUM_NOUNS",
    "MEMBERSHIP_LINKS",
    "MEMBERSHIP_NOUNS",
    "MEMBER_BODY_NOUNS",
    "MINISTERIAL_BODY_WORDS",
    "MODIFIER_ENDINGS",
    "NAME_PARTICLES",
    "NAME_POSSESSORS",
    "NAME_POSTNOMINALS",
    "NAME_START_PARTICLES",
    "NAME_STOPWORDS",
    "NAME_SUFFIXES",
    "NAME_TRAIL_STOPS",
    "NAMING_CUES",
    "NAMING_PARTICLES",
    "NEUTRAL_KIN_WORDS",
    "NICKNAME_CUES",
    "NOT_AGENCY_HEADS",
    "NOT_AGENT_PHRASES",
    "NOT_APPOSITIVE_STARTS",
    "NOT_GROUP_MODIFIERS",
    "NOT_ORG_LEADS",
    "NOT_PERSON_NAME_WORDS",
    "NOT_SPEAKER_HEADS",
    "NOT_SPEAKER_STARTS",
    "NOT_TITLE_WORDS",
    "NOT_VERBS",
    "NOT_WHOLE_SUBJECT_STARTS",
    "NOUN_DETERMINERS",
    "NOUN_LEADS",
    "NOUN_MODIFIERS",
    "NOUN_PHRASE_STOP_VERBS",
    "NOUN_QUANTIFIERS",
    "NO_REFERENT_PRONOUNS",
    "NUMBERED_UNITS",
    "NUMBER_WORDS",
    "OBJECT_PREPOSITIONS",
    "OBJECT_PRONOUNS",
    "OBJECT_PRONOUN_SUBJECTS",
    "OBJECT_VERBS",
    "OFFICE_NOUNS",
    "OFFICE_RANK_MODIFIERS",
    "OFFICE_VERBS",
    "OF_PORTFOLIO_OFFICES",
    "OF_TITLES",
    "ON_BEHALF_PREPOSITIONS",
    "ORGAN_NOUNS",
    "ORG_APPOSITIVE_PREPOSITIONS",
    "ORG_DESCRIPTORS",
    "ORG_KIND_DESCRIBERS",
    "ORG_LEAD_MODIFIERS",
    "ORG_NAME_JOINERS",
    "ORG_PART_NOUNS",
    "ORG_PREPOSITIONS",
    "ORG_TAIL_DESCRIPTORS",
    "ORG_TITLE_HEADS",
    "ORG_WORDS",
    "OUTSIDE_PLURALS",
    "OWNER_NOUNS",
    "PARTIES",
    "PARTITIVE_DETERMINERS",
    "PARTITIVE_MULTITUDES",
    "PARTITIVE_QUANTIFIERS",
    "PARTY_ABBREVIATIONS",
    "PARTY_INITIALS",
    "PARTY_INITIAL_NAMES",
    "PARTY_LABEL_LEADS",
    "PASSIVE_AUXILIARIES",
    "PASSIVE_NAMING_VERBS",
    "PAST_WORK_MODIFIERS",
    "PATRONYMIC_PARTICLES",
    "PEOPLE_PLURALS",
    "PERSONAL_OFFICE_WORDS",
    "PERSONAL_PRONOUNS",
    "PERSONAL_STAFF_TITLES",
    "PERSON_GROUP_NOUNS",
    "PERSON_RANK_WORDS",
    "PHRASAL_REPORTING_VERBS",
    "PHRASE_DETERMINERS",
    "PHRASE_PREPOSITIONS",
    "PLACE_GOVERNMENT_HEADS",
    "PLACE_OFFICES",
    "POLITICAL_LABEL_HEADS",
    "POLITICAL_LABEL_MODIFIERS",
    "POLITICAL_LEANINGS",
    "PORTFOLIO_OFFICES",
    "PORTFOLIO_TITLES",
    "PORTFOLIO_TITLE_HEADS",
    "PORTFOLIO_WORDS",
    "POSSESSIVE_PRONOUNS",
    "PRONOUNS",
    "PRONOUN_LEADS",
    "PROSPECT_WORDS",
    "PUBLIC_BODY_HEADS",
    "PUBLIC_SERVICE_WORDS",
    "QUANTITY_ADVERBS",
    "QUANTITY_SUBJECTS",
    "QUESTION_AUXILIARIES",
    "QUOTED_AS_ADVERBS",
    "QUOTED_AS_AUX",
    "RANK_STYLES",
    "REFERENCE_HEAD_FALLBACKS",
    "RELATIVE_ACTION_VERBS",
    "RELATIVE_AUXILIARIES",
    "RELATIVE_LIFE_VERBS",
    "RELATIVE_OWNER_VERBS",
    "RELATIVE_PRONOUNS",
    "RELATIVE_WORKPLACE_NOUNS",
    "RELATIVE_WORK_VERBS",
    "REPORTED_CLAUSE_OPENERS",
    "REPORTING_VERBS",
    "RESIDENCE_NOUNS",
    "SCHOOL_CLASS_WORDS",
    "SCHOOL_YEAR_WORDS",
    "SEAT_STYLES",
    "SECTOR_MODIFIERS",
    "SECTOR_WORDS",
    "SENTENCE_CASE_MODIFIERS",
    "SENTENCE_CONJUNCTIONS",
    "SERVED_UNITS",
    "SETTING_OPENERS",
    "SETTING_PREPOSITIONS",
    "SHORTENED_BODY_HEADS",
    "SIDE_BODY_WORDS",
    "SIDE_EMPLOYER_WORDS",
    "SIDE_UNION_WORDS",
    "SMALL_WORDS",
    "SOURCE_MODIFIERS",
    "SPEAKER_DETERMINERS",
    "SPEAKING_MEANS",
    "SPEECH_NOUNS",
    "STAFF_ADJECTIVE_HEADS",
    "STATEMENT_NOUNS",
    "STATEMENT_WORDS",
    "STREET_WORDS",
    "STUDY_VERBS",
    "STYLE_HONORIFICS",
    "SUBJECT_PRONOUNS",
    "SUBJECT_STARTS",
    "SUBORDINATORS",
    "SURNAME_ORG_WORDS",
    "SURNAME_PARTICLES",
    "SURNAME_SUFFIXES",
    "TAIL_PARTICIPLE_LEADS",
    "TENURE_NOUNS",
    "THIRD_PERSON_PRONOUNS",
    "TIME_LEADS",
    "TIME_WORDS",
    "TITLE_ARTICLES",
    "TITLE_FIRST_NAMES",
    "TITLE_LEAD_PREPOSITIONS",
    "TITLE_MODIFIERS",
    "TITLE_NOUNS",
    "TITLE_PARTICIPLES",
    "TITLE_PREFIXES",
    "TITLE_PREPOSITIONS",
    "TITLE_REFERENCE_HEADS",
    "TOWN_PART_WORDS",
    "UNIT_TITLE_WORDS",
    "UNNAMING_DETERMINERS",
    "WARD_UNITS",
    "WEEKDAYS",
    "WORKER_COUNCIL_WORDS",
    "WORKPLACE_NOUNS",
    "WORK_CUES",
    "WORK_NOUNS",
    "WORK_UNIT_NOUNS",
]

#: Last words of a business's name (``Fernhill Haulage``, ``Bowen Ridge Resources``,
#: ``Kestrel Constructions``): the name is a company's, an employer.
BUSINESS_WORDS: tuple[str, ...] = (
    "Aerospace", "Air", "Airlines", "Airport", "Airports", "Airways", "Animation", "Apparel",
    "Automotive", "Bakeries", "Bank", "Beverages", "Bottlers", "Breweries", "Brewery",
    "Broadcasting", "Builders", "Buses", "Catering", "Cement", "Chemicals", "Chips", "Cinemas",
    "Cleaning", "Coaches", "Coachlines", "Coachways", "Coal", "Communications", "Components",
    "Construction", "Constructions", "Contracting", "Contractors", "Copper", "Dairies", "Dairy",
    "Developments", "Distilleries", "Distribution", "Electronics", "Energy", "Engineering",
    "Enterprises", "Entertainment", "Farms", "Films", "Fisheries", "Foods", "Freight", "Games",
    "Garments", "Gas", "Gold", "Group", "Haulage", "Health", "Holdings", "Homes", "Hospitality",
    "Hotels", "Industries", "Insurance", "Interactive", "Investments", "Iron", "Laboratories",
    "Logistics", "Manufacturing", "Meats", "Media", "Medical", "Metals", "Mills", "Minerals",
    "Mines", "Mining", "Motors", "Nickel", "Oil", "Packaging", "Partners", "Parts", "Petroleum",
    "Pharmaceuticals", "Pictures", "Plastics", "Platinum", "Poultry", "Power", "Productions",
    "Properties", "Publishing", "Rail", "Railways", "Records", "Resources", "Restaurants",
    "Retail", "Seafoods", "Semiconductor", "Semiconductors", "Services", "Shipping",
    "Shipyards", "Steel", "Stores", "Studio", "Studios", "Sugar", "Supermarkets", "System",
    "Systems", "Technologies", "Telecom", "Television", "Textile", "Textiles", "Timber",
    "Trains", "Trams", "Transit", "Transport", "Trucking", "Utilities", "Ventures", "Water",
)  # fmt: skip

#: Nouns of a kind of business that, in apposition after a name, make it a company's
#: (``Hartwell Stores, the supermarket chain,``, ``the delivery app Ryda``;
#: :mod:`laborquotes._described_companies`):
#: none that names a person too (``builder``, ``developer``, ``miner``), and none of an
#: analysts' firm (``consultancy``, ``stockbroker``), whose staff comment as experts.
APPOSITIVE_BUSINESS_NOUNS: tuple[str, ...] = (
    "airline", "app", "automaker", "bank", "brewer", "broadcaster", "broker", "brokerage",
    "carmaker", "chain", "chipmaker", "company", "conglomerate", "consultancy", "corporation",
    "distributor", "drugmaker", "firm", "insurer", "lender", "manufacturer", "miner",
    "multinational", "platform", "refiner", "retailer", "shipbuilder", "start-up", "startup",
    "steelmaker", "stockbroker", "supermarket", "supplier", "utility", "wholesaler",
)  # fmt: skip

#: Kinds of business that are people's jobs too (``crane operator Zach Moran``): a name
#: right after one is a company's only when it ends in one of :data:`BUSINESS_WORDS`
#: (``operator Citylink Tram Services``, ``builder Corvell Constructions``).
JOB_LIKE_BUSINESS_NOUNS: tuple[str, ...] = ("builder", "contractor", "operator")

#: Nouns for any person, which a name after them and a comma names (``said the woman,
#: Ana Ruiz``) and which may name a person described before (``A fish plant worker ...
#: said``).
ANY_PERSON_NOUNS: tuple[str, ...] = ("man", "woman")

#: Offices a lede may describe a person by before naming them (``The Home Secretary
#: was accused ...``; :mod:`laborquotes._ledes`): heads of bodies and holders of posts,
#: not trades.
OFFICE_NOUNS: tuple[str, ...] = (
    "administrator", "ambassador", "chairman", "chairwoman", "chancellor", "commissioner",
    "director", "executive", "governor", "leader", "manager", "mayor", "minister",
    "premier", "president", "prosecutor", "secretary", "senator", "sheriff", "spokesman",
    "spokesperson", "spokeswoman", "superintendent", "treasurer",
)  # fmt: skip

#: Title nouns that, after ``the``, name a company, not a person (``the rail operator
#: said``; but ``crane operator Joe Lee``).
COMPANY_TITLE_NOUNS: tuple[str, ...] = (
    "captain",
    "co-chairman",
    "co-chairwoman",
    "co-leader",
    "co-president",
    "operator",
)

#: Reporting verbs by lemma. Forms are generated by :func:`verb_forms`; irregular
#: forms are listed in :data:`IRREGULAR_FORMS`.
REPORTING_VERBS: tuple[str, ...] = (
    "accuse", "acknowledge", "add", "admit", "advise", "affirm", "agree", "allege",
    "announce", "answer", "apologise", "apologize", "argue", "ask", "assert", "assure",
    "attest", "aver", "bark", "bellow", "blast", "boast", "brag", "brand", "call",
    "caution", "chant", "characterise", "characterize", "charge", "cheer", "chide", "chime",
    "chirp", "cite", "claim", "clarify", "comment", "complain", "concede", "conclude",
    "concur", "confess", "confide", "confirm", "contend", "continue", "counter",
    "criticise", "criticize", "croak", "cry", "declare", "decry", "demand", "deny",
    "deride", "describe", "detail", "disclose", "dismiss", "dispute", "drawl", "dub",
    "echo", "elaborate", "emphasise", "emphasize", "estimate", "exclaim", "exhort",
    "explain", "express", "find", "fire", "fret", "fume", "gasp", "gripe", "groan", "growl",
    "grumble", "guess", "gush", "heckle", "hint", "hiss", "holler", "howl", "implore",
    "indicate", "inform", "inquire", "insist", "instruct", "interject", "interrupt", "jeer",
    "joke", "label", "lament", "laugh", "maintain", "marvel", "mention", "moan", "mock",
    "mourn", "mumble", "murmur", "muse", "mutter", "narrate", "note", "object", "observe",
    "offer", "opine", "plead", "pledge", "point", "posit", "post", "praise", "pray",
    "preach", "predict", "proclaim", "promise", "pronounce", "propose", "protest",
    "question", "quip", "quote", "rage", "rail", "rant", "rasp", "read", "reaffirm",
    "reason", "reassure", "rebut", "recall", "reckon", "recount", "reflect", "reiterate",
    "rejoin", "relate", "remark", "remind", "repeat", "reply", "report", "respond",
    "retort", "reveal", "roar", "say", "scoff", "scold", "scream", "shoot", "shout", "sigh",
    "signal", "slam", "snap", "snarl", "sneer", "sniff", "sob", "speak", "speculate",
    "stammer", "state", "stress", "stutter", "suggest", "summarise", "summarize", "swear",
    "tease", "tell", "term", "testify", "text", "theorise", "theorize", "threaten",
    "thunder", "tout", "trumpet", "tweet", "underline", "underscore", "urge", "venture",
    "volunteer", "vow", "wail", "warn", "whine", "whisper", "wonder", "write", "yell",
)  # fmt: skip

#: Irregular forms: lemma -> extra forms (past, participle).
IRREGULAR_FORMS: dict[str, tuple[str, ...]] = {
    "find": ("found",),
    "label": ("labeled", "labelled", "labelling"),
    "plead": ("pled",),
    "read": (),
    "say": ("said",),
    "shoot": ("shot",),
    "signal": ("signaled", "signalled", "signalling"),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "tell": ("told",),
    "write": ("wrote", "written"),
}

#: Phrasal reporting verbs, (verb lemma, particle): ``"...," Trump went on``.
PHRASAL_REPORTING_VERBS: tuple[tuple[str, str], ...] = (
    ("break", "in"), ("chime", "in"), ("cut", "in"), ("fire", "back"), ("go", "on"),
    ("hit", "back"), ("lash", "out"), ("point", "out"), ("push", "back"), ("shoot", "back"),
    ("speak", "up"), ("spell", "out"), ("sum", "up"), ("weigh", "in"),
)  # fmt: skip

#: Past forms of the phrasal verbs' lemmas that are not regular.
_PHRASAL_PAST: dict[str, tuple[str, ...]] = {
    "break": ("broke", "broken"),
    "cut": ("cut",),
    "go": ("went", "gone"),
    "hit": ("hit",),
    "shoot": ("shot",),
    "speak": ("spoke", "spoken"),
}


def phrasal_forms() -> frozenset[str]:
    """Every inflected form of :data:`PHRASAL_REPORTING_VERBS` (``went on``, ``shoots back``)."""
    out: set[str] = set()
    for lemma, particle in PHRASAL_REPORTING_VERBS:
        base, third, past, ing = _regular_forms(lemma)
        pasts = _PHRASAL_PAST.get(lemma, (past,))
        if lemma in ("hit", "cut"):
            ing = lemma + lemma[-1] + "ing"
        out.update(f"{w} {particle}" for w in (base, third, ing, *pasts))
    return frozenset(out)


#: Lemmas whose final consonant doubles (quip -> quipped).
_DOUBLING: frozenset[str] = frozenset(
    ("admit", "aver", "chat", "concur", "omit", "quip", "rebut", "regret", "snap", "sob")
)

#: Verbs that can stand before their speaker (``said Jane Doe``, ``asked the senator``).
INVERTING_VERBS: tuple[str, ...] = (
    "added", "adds", "answered", "answers", "argued", "argues", "asked", "asks", "cautioned",
    "cautions", "concluded", "concludes", "continued", "continues", "countered", "counters",
    "declared", "declares", "exclaimed", "exclaims", "explained", "explains", "insisted",
    "insists", "noted", "notes", "observed", "observes", "offered", "offers", "quipped",
    "quips", "recalled", "recalls", "remarked", "remarks", "replied", "replies", "responded",
    "responds", "said", "says", "stated", "states", "suggested", "suggests", "tweeted",
    "tweets", "warned", "warns", "writes", "wrote",
)  # fmt: skip

#: Verbs that introduce reported speech without quotation marks (``X said the ...``).
INDIRECT_VERBS: tuple[str, ...] = (
    "acknowledge", "add", "admit", "agree", "allege", "announce", "argue", "assert", "assure",
    "boast", "brag", "caution", "charge", "claim", "comment", "complain", "concede", "confirm",
    "contend", "counter", "declare", "deny", "disclose", "emphasize", "estimate", "explain",
    "hint", "indicate", "inform", "insist", "maintain", "note", "observe", "predict", "promise",
    "reassure", "recall", "reiterate", "remark", "reply", "report", "respond", "reveal", "say",
    "signal", "speculate", "state", "stress", "suggest", "tell", "testify", "tweet", "vow",
    "warn", "write",
)  # fmt: skip

#: The attribution phrase ``according to``.
ACCORDING_TO = "according to"

#: Multi-word cues that introduce a source (``according to X``).
ATTRIBUTION_PHRASES: tuple[str, ...] = ("according to", "in the words of", "per")

#: Adverbs and auxiliaries that may stand between a speaker and the verb (``he later said``).
ADVERBS: tuple[str, ...] = (
    "again", "allegedly", "already", "also", "apparently", "bluntly", "can", "can't", "cannot",
    "could", "couldn't", "did", "didn't", "does", "doesn't", "don't", "earlier", "even",
    "famously", "finally", "flatly", "frequently", "further", "had", "had also", "has",
    "has also", "have", "herself", "himself", "immediately", "itself", "just", "later", "may",
    "might", "must", "never", "not", "often", "once", "only", "previously", "privately",
    "publicly", "quickly", "recently", "repeatedly", "reportedly", "should", "simply", "since",
    "still", "subsequently", "themselves", "then", "then-", "told", "will", "won't", "would",
    "wouldn't",
)  # fmt: skip

#: ``X is quoted as saying``: the auxiliaries of the passive ``quoted as`` that may stand
#: between a speaker and a participle reporting verb.
QUOTED_AS_AUX: tuple[str, ...] = ("are", "be", "been", "being", "is", "was", "were")

#: Personal pronouns that can be the speaker of a quote.
PRONOUNS: dict[str, str] = {
    "he": "m",
    "i": "s",
    "it": "n",
    "she": "f",
    "they": "p",
    "we": "p",
    "you": "s",
}


def _word_list(words: str) -> tuple[str, ...]:
    """The whitespace-separated words of a long table written as a block."""
    return tuple(words.split())


#: Common first names that name a woman in English-language news (unisex names such
#: as Chris, Pat, Jordan, Kelly or Robin are left out). Used to match ``she`` / ``her``
#: to the most recent female speaker; a name in neither table matches both pronouns.
FEMALE_FIRST_NAMES: tuple[str, ...] = _word_list(
    """
    Abby Abena Abigail Ada Adele Aditi Adriana Adrienne Adwoa Agatha Agnes Agnieszka Aiko
    Ailbhe Aileen Ailsa Aimee Aine Aisha Aisling Akiko Akosua Alana Alba Alejandra
    Alessandra Alexa Alexandra Alexis Alice Alicia Alina Alisha Alison Allison Alyssa Amal
    Amalia Amanda Amani Amber Amelia Amina Amira Amy Ana Anastasia Andrea Andrée Angela
    Angelica Angelina Angie Anika Anita Anjali Anke Ann Anna Annabel Annabelle Anne
    Annemarie Annette Annick Annie Antoinette Antonia Aoife Archana Ariana Arlene Aroha Asha
    Ashley Astrid Audrey Ava Ayanna Ayesha Azizah Barbara Beatrice Beatriz Becky Belinda
    Bernadette Bethan Bethany Betsy Betty Beverly Bianca Birgit Blanca Bonnie Brenda Brianna
    Brid Bridget Bridie Brigitte Brittany Bronagh Bronwyn Bríd Busisiwe Caitlin Caitriona
    Camila Camille Candace Candice Caoimhe Carina Carla Carly Carmen Carol Carole Caroline
    Carolyn Carrie Cassandra Catalina Catherine Cathy Catriona Cecile Cecilia Cerys Chantal
    Charlene Charlotte Charmaine Chelsea Cheryl Chiara Chioma Chloe Christa Christina
    Christine Cindy Claire Clara Clare Claudette Claudia Claudine Clodagh Colleen Connie
    Constance Consuelo Cynthia Céline Daisy Dalia Daniela Danielle Daphne Darlene Debbie
    Deborah Debra Deepa Deepika Deirdre Delia Della Delphine Denise Desiree Diana Diane
    Dianne Dina Divya Dolores Donna Doreen Doris Dorothea Dorothy Edith Eileen Eilís Elaine
    Eleanor Elena Eleni Elisa Elisabeth Elise Eliza Elizabeth Ella Ellen Ellie Eloise Elsa
    Elsie Emilia Emilie Emily Emma Erica Erin Esperanza Estelle Esther Ethel Eugenia Eunice
    Eva Eve Evelyn Farida Faridah Fatima Fatuma Federica Felicity Fernanda Fiona Fionnuala
    Flora Florence Folake Frances Francesca Francine Freya Funmilayo Gabriela Gabriella
    Gabrielle Gail Geeta Gemma Genevieve Geneviève Georgina Geraldine Gertrude Ghada Gillian
    Gina Ginette Giselle Giulia Gladys Gloria Grace Graciela Grainne Greta Gretchen Gráinne
    Guadalupe Guylaine Gwen Gwendolyn Gwyneth Hadiza Hala Hana Hanan Hannah Harriet Hazel
    Heather Heidi Heike Helen Helena Henrietta Hessa Hilary Hillary Hiroko Holly Huda Huma
    Hélène Ida Ifeoma Ilaria Ilhan Iman Imelda Imogen Indira Ines Inge Ingrid Inés Irene
    Iris Isabel Isabella Isabelle Isobel Jacinda Jacqueline Jacqui Jamila Jana Jane Janelle
    Janet Janette Janice Janine Jasmine Jeanette Jeanne Jeannie Jemima Jenna Jennie Jennifer
    Jenny Jessica Jill Joan Joanna Joanne Jocelyn Johanne Jolene Josefina Josephine Josianne
    Josie Josée Joyce Juanita Judith Judy Julia Julianne Julie Juliet June Justine Jyoti
    Kaitlyn Kamala Kara Karen Karin Karina Karine Kasia Katarzyna Kate Katherine Kathleen
    Kathryn Kathy Katie Katja Katrin Katrina Kavita Kayla Keiko Keisha Kelli Kellie Khadija
    Kimberly Kirsten Kirsty Krista Kristen Kristin Kristina Kylie Laila Lakisha Lakshmi
    Lamia Lara Larissa Lata Latifa Latoya Laura Lauren Layla Leah Leanne Leila Lena Lerato
    Lesley Leticia Liliana Lillian Lilly Lily Lina Linda Lindiwe Lisa Lise Liza Lois Lola
    Lorena Loretta Lori Lorna Lorraine Louisa Louise Lucia Lucie Lucy Lucía Luisa Luz Lydia
    Lynn Mabel Madeleine Madeline Madison Mae Maeve Magdalena Maggie Maia Maire Mairead
    Mairéad Manju Manon Mara Marcela Marcia Margaret Margarita Margot Marguerite Maria
    Mariam Marian Mariana Marianne Maribel Maricel Marie Marilyn Marina Marisol Marites
    Marjorie Marla Marlene Marsha Marta Martha Martina Mary Maryam Maryse María Maureen
    Maxine Maya Meena Megan Megyn Mei Melania Melanie Melinda Melissa Mere Meredith Mhairi
    Mia Michaela Micheline Michelle Mila Mildred Millie Mindy Miranda Mireille Miriam Moira
    Molly Mona Monica Monika Monique Morag Muriel Myra Myriam Máire Mélanie Nadia Nadine
    Nancy Nandini Naoko Naomi Natalie Natasha Nathalie Nawal Neha Nell Nellie Ngozi Nia
    Niamh Nicola Nicole Nikki Nina Nirmala Nisha Njeri Nkechi Nneka Noelle Nokuthula Nomsa
    Nomvula Noor Nora Noraini Norma Nour Noura Nuala Nurul Odette Olga Olivia Orla Paige
    Palesa Pamela Paola Patricia Patsy Paula Pauline Peggy Penelope Penny Petra Philippa
    Phyllis Pilar Polly Pooja Poonam Poppy Preeti Priscilla Priya Rachael Rachel Radha Rania
    Raquel Rasha Rebecca Rebekah Reem Refilwe Regina Rekha Renata Renee Rhiannon Rhonda Rima
    Rita Ritu Roberta Rocío Rohani Roisin Rosa Rosalie Rosalind Rosalinda Rosanna Rose
    Rosemary Roxanne Rukhsana Ruth Róisín Sabine Sabrina Sachiko Sadia Sadie Sally Salma
    Salome Salwa Samantha Samar Samira Sana Sandra Sangeeta Saoirse Sara Sarah Sarita Savita
    Seema Selena Serena Shabnam Shaikha Shalini Shanice Shannon Shanti Sharon Shauna Sheena
    Sheila Shelley Sherry Shilpa Shirin Shirley Shobha Shona Shreya Sian Silvia Simone
    Sinead Sinéad Siobhan Siobhán Siti Siân Smita Sneha Sofia Sofía Solange Soledad Sonal
    Sonia Sophia Sophie Sorcha Stacey Stella Stephanie Stéphanie Sudha Sue Sujata Sumitra
    Sunita Susan Susana Susanne Sushma Suzanne Suzy Swati Sylvia Sylvie Tabitha Tamara
    Tamika Tammy Tania Tanisha Tanya Tara Tatiana Teresa Thandi Thandiwe Thea Thelma
    Theresa Tiffany Tina Tonya Tracey Tracy Trudy Ulrike Uma Ursula Usha Valentina Valeria
    Valerie Valérie Vandana Vanessa Vera Verity Veronica Verónica Vicki Vickie Vicky
    Victoria Vidya Viola Violet Virginia Vivian Véronique Wafa Wairimu Wanda Wanjiku Wendy
    Whitney Wilma Winifred Ximena Xiomara Yasmin Yasmine Yesenia Yetunde Yolanda Yumiko
    Yvette Yvonne Zahra Zainab Zanele Zara Zarina Zeina Zeinab Zelda Zodwa Zoe Zoë Áine
    Édith Émilie
    """
)

#: Common first names that name a man in English-language news (see
#: :data:`FEMALE_FIRST_NAMES`).
MALE_FIRST_NAMES: tuple[str, ...] = _word_list(
    """
    Aaron Abdel Abdelaziz Abdul Abdulla Abdullah Abel Abraham Abubakar Adam Adebayo Adel
    Ademola Adolfo Adrian Ahmad Ahmed Ajay Akash Akhil Al Alain Alan Alasdair Albert Alberto
    Alec Alejandro Alessandro Alexander Alfie Alfonso Alfred Ali Alistair Allen Alok Alonso
    Alvaro Alvin Amadou Ambrose Amir Amit Amitabh Anand Anders Andre Andreas Andres Andrew
    André Andrés Andy Angelo Anil Anthony Antoine Anton Antonio Anwar Archie Arjun Armando
    Arnold Arthur Arturo Arun Arvind Ashok Ashraf Augustine Ayman Ayodele Babajide Barack
    Barney Barry Bart Bashir Ben Benedict Benjamin Benoît Bernard Bernardo Bernie Bertrand
    Bheki Bilal Bill Billy Bob Bobby Bogdan Bongani Boris Brad Bradley Brandon Brendan Brent
    Brett Brian Brock Bruce Bruno Bryan Caleb Callum Calvin Carl Carlo Carlos Cathal Cecil
    Cedric Cesar Chad Charles Charlie Chidi Chinedu Christian Christoph Christophe
    Christopher Chuck Chukwuemeka Ciaran Ciarán Cillian Clarence Claude Clayton Clifford
    Clint Clive Clyde Cody Colin Colm Conor Conrad Cormac Cornelius Craig Cristian Cristiano
    Curtis Cyril César Dafydd Dale Damian Damien Damon Dan Daniel Danny Dario Darius Darragh
    Darrell Darren Darryl Dauda Dave David Declan Deepak Denis Dennis Derek Dermot Desmond
    Diarmuid Dick Didier Diego Dieter Dimitri Dinesh Dmitry Dominic Dominik Don Donal Donald
    Donnie Doug Douglas Dumisani Duncan Dustin Dwight Dylan Dónal Eamon Eamonn Earl Ed Eddie
    Edgar Edmund Eduardo Edward Edwin Eli Elias Elijah Elliot Elliott Emeka Emil Emilio
    Emmanuel Emmett Emre Enda Enrique Eoin Eric Erik Ernest Ernesto Ernie Errol Esteban
    Ethan Euan Eugene Evan Everett Ewan Fabian Fadi Fahad Faisal Farid Farouk Federico
    Felipe Felix Fergal Fernando Fidel Filipe Filipo Finbarr Fintan Floyd Francis Francisco
    Frank Franklin François Fred Freddie Frederick Gabriel Gareth Gary Gaurav Gavin Gaétan
    Gene Geoff Geoffrey George Gerald Gerard Gerardo Gerhard Gideon Gilbert Giles Gilles
    Gino Giovanni Girish Giuseppe Glen Glenn Gopal Goran Gordon Graeme Graham Greg Gregory
    Gus Gustavo Hakim Hal Hamad Hamid Hamish Hamza Hank Hans Harish Harold Harry Harvey
    Hassan Hector Heinz Helmut Hemi Henry Herbert Herman Hernan Hideo Hiroshi Hisham Horace
    Howard Hubert Hugh Hugo Humberto Hussein Iain Ian Ibrahim Ifeanyi Ignacio Igor Ikechukwu
    Imran Ira Irving Isaac Isaiah Ismail Ivan Jabulani Jack Jacob Jacques Jaime Jake Jamal
    James Jared Jarrod Jason Jassim Javed Javier Jay Jeb Jeff Jeffery Jeffrey Jens Jeremiah
    Jeremy Jerome Jerry Jesse Jim Jimmie Jimmy Jitendra Joaquin Joaquín Joe Joel Joey Johan
    Johann John Johnny Jon Jonah Jonas Jonathan Jordi Jorge Jose Josef Joseph Josh Joshua
    José Juan Jules Julian Julio Julius Justin Jürgen Kamal Kareem Karim Karl Keith Kelvin
    Ken Kenji Kenneth Kevin Khalid Kieran Killian Klaus Kofi Kojo Kunal Kurt Kwame Kyle
    Lachlan Lamar Lance Larry Lars Laurence Lawrence Leo Leon Leonard Leonardo Leroy Lester
    Lewis Liam Lionel Lloyd Lorenzo Louis Luc Luca Lucas Luciano Ludwig Luigi Luis Luiz Luke
    Lwazi Lyle Magnus Mahesh Mahmoud Majid Malcolm Mandla Manfred Manish Manoj Mansour
    Manuel Marc Marcel Marcelo Marco Marcos Marcus Mariano Mario Marius Mark Markus Marlon
    Martin Martín Marvin Mateo Mathew Mathieu Matt Matteo Matthew Matthias Maurice Mauricio
    Max Maxime Maxwell Mehdi Mehmet Melvin Micah Michael Michel Micheál Mick Mickey Miguel
    Mihai Mike Miles Mitch Mitchell Mohamed Mohammed Mohan Mohsen Moses Mthunzi Muhammad
    Mukesh Musa Mustafa Mzwandile Nabil Naresh Nasser Nathan Nathaniel Ned Neil Neville
    Niall Nicholas Nick Nigel Nikhil Nikolai Nils Nitin Nnamdi Noah Noel Norbert Norman
    Normand Obinna Oisin Oisín Olaf Oleksandr Oliver Olusegun Oluwaseun Omar Osama Oscar
    Otis Otto Owain Owen Pablo Padraig Pascal Patrick Paul Pavel Pedro Percy Perry Pete
    Peter Phil Philip Philippe Phillip Pierre Pieter Piotr Pradeep Prakash Pranav Pádraig
    Quentin Rafael Rahul Raj Rajendra Rajesh Rajiv Rakesh Ralf Ralph Ramesh Rami Ramiro
    Ramon Ramón Randall Randy Raphael Rashad Rashid Raul Ravi Rawiri Ray Raymond Raúl Reggie
    Reginald Reince Reuben Reynaldo Reza Rhys Ricardo Richard Richie Rick Ricky Rob Robbie
    Robert Roberto Rocco Rodney Rodolfo Rodrigo Roger Rohan Rohit Roland Rolf Roman Romeo
    Ron Ronald Ronan Ronnie Rory Rowan Roy Ruairi Ruairí Rudolf Rudy Rufus Rupert Russell
    Ryan Réjean Sachin Saeed Salem Salvador Salvatore Sam Sami Samir Sammy Samuel Sandeep
    Sanjay Sanjeev Sanjiv Santiago Santosh Satish Saul Scott Seamus Sean Sebastian Sebastián
    Sekou Serge Sergei Sergey Sergio Seth Seán Shane Shashi Shaun Shawn Sheldon Sibusiso
    Siddharth Sidney Sifiso Simon Sione Sipho Spencer Stan Stanislav Stanley Stefan Stefano
    Stephen Steve Steven Stewart Stuart Stéphane Sudhir Sultan Sunil Suresh Sven Sylvain
    Séamus Tadhg Takeshi Tamati Tane Tarek Tariq Ted Terence Terrence Tevita Thabo Thaddeus
    Themba Theo Theodore Thierry Thomas Thulani Tim Timothy Tobias Toby Todd Tom Tomas
    Tomasz Tommy Tomás Tony Travis Trevor Trey Troy Tshepo Tunde Tyler Tyrone Uchenna Ulrich
    Umar Umberto Uwe Valentin Vaughn Victor Vijay Vikas Vikram Viliami Vincent Vinod Virgil
    Vladimir Vusi Waldemar Walid Wallace Walter Wayne Werner Wesley Wilbur Wilfred Willem
    William Willie Winston Wiremu Wolfgang Xavier Xolani Yannick Yasser Yaw Yousef Youssef
    Yuri Yusuf Yves Zach Zachary Zack Ziad Zoltan Zubair Éamon Éric Étienne
    """
)

#: Honorifics and title words that mark a woman (``Mrs. Ruiz``, ``the congresswoman``).
FEMALE_WORDS: tuple[str, ...] = (
    "Baroness", "Countess", "Dame", "Lady", "Madam", "Miss", "Mme", "Mme.", "Mrs", "Mrs.", "Ms",
    "Ms.", "Queen", "Shrimati", "Smt", "Smt.", "Viscountess", "actress", "alderwoman",
    "assemblywoman", "businesswoman", "chairwoman", "congresswoman", "councilwoman", "daughter",
    "first lady", "girl", "grandmother", "mom", "mother", "mum", "sister", "spokeswoman",
    "widow", "wife", "woman",
)  # fmt: skip

#: Honorifics and title words that mark a man (``Mr. Bell``, ``the congressman``).
MALE_WORDS: tuple[str, ...] = (
    "Baron", "Earl", "King", "Lord", "Mr", "Mr.", "Shri", "Sir", "Viscount", "alderman",
    "assemblyman", "boy", "brother", "businessman", "chairman", "congressman", "councilman",
    "dad", "father", "grandfather", "husband", "man", "son", "spokesman",
)  # fmt: skip

#: Abbreviated honorifics and titles written before a name (with their period).
HONORIFICS: tuple[str, ...] = (
    "Adm.", "Admiral", "Agent", "Alderman", "Alhaja", "Alhaji", "Amb.", "Ambassador", "Analyst",
    "Anchor", "Archbishop", "Asec.", "Assemblyman", "Assemblymember", "Assemblywoman", "Assoc",
    "Assoc.", "Asst", "Asst.", "Attorney", "Atty", "Atty.", "Auditor", "Awang", "Baron",
    "Baroness", "Barr.", "Bishop", "Brother", "Canon", "Capt.", "Captain", "Cardinal", "Cde",
    "Cde.", "Chairman", "Chairwoman", "Chancellor", "Chief", "Cllr", "Cllr.", "Cmdr.", "Cmdt.",
    "Coach", "Col.", "Colonel", "Commissioner", "Comptroller", "Comrade", "Congressman",
    "Congresswoman", "Const.", "Corporal", "Correspondent", "Coun", "Coun.", "Councillor",
    "Councilman", "Councilmember", "Councilor", "Councilwoman", "Countess", "Cpl.", "Cr", "Cr.",
    "Cst.", "Dame", "Datin", "Dato", "Dato'", "Dato’", "Datuk", "Dayang", "Dean", "Del.",
    "Deputy", "Det", "Det.", "Detective", "Director", "Doctor", "Dr", "Dr.", "Earl",
    "Economist", "Editor", "Encik", "Engr.", "Father", "Fr", "Fr.", "Gen.", "General", "Gov.",
    "Governor", "Govs.", "Haji", "Hajia", "Hajjah", "Hon.", "Honourable", "Host", "Imam",
    "Insp", "Insp.", "Inspector", "Judge", "Justice", "King", "Lady", "Leader", "Lieutenant",
    "Lord", "Lt.", "Madam", "Maj.", "Major", "Malam", "Mallam", "Mayor", "Mdm", "Mdm.",
    "Minister", "Miss", "Mme", "Mme.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Msgr.", "Mx",
    "Mx.", "Nurse", "Officer", "Pastor", "Pengiran", "Pope", "Premier", "Pres.", "President",
    "Prime", "Prince", "Princess", "Private", "Prof", "Prof.", "Professor", "Puan", "Pvt.",
    "Queen", "Rabbi", "Rep.", "Representative", "Reps.", "Rev", "Rev.", "Revd", "Rt", "Rt.",
    "Sec.", "Secretary", "Sen.", "Senator", "Sens.", "Sergeant", "Sgt", "Sgt.", "Sheriff",
    "Shri", "Shrimati", "Sir", "Sister", "Smt", "Smt.", "Speaker", "Sr", "Superintendent",
    "Supt", "Supt.", "Treasurer", "Trustee", "Usec.", "Vice", "Viscount", "Viscountess", "YB",
)  # fmt: skip

#: Abbreviated ranks and offices written before a name, and the noun a later reference
#: uses (``Capt. Ana Ruiz`` ... ``the captain``).
ABBREVIATED_TITLES: dict[str, str] = {
    "Adm.": "admiral", "Asec.": "assistant secretary", "Capt.": "captain",
    "Cllr": "councillor", "Cllr.": "councillor", "Cmdr.": "commander", "Col.": "colonel",
    "Const.": "constable", "Coun": "councillor", "Coun.": "councillor", "Cpl.": "corporal",
    "Cr": "councillor", "Cst.": "constable", "Det": "detective", "Det.": "detective",
    "Gen.": "general", "Gov.": "governor", "Insp": "inspector", "Insp.": "inspector",
    "Lt.": "lieutenant", "Maj.": "major", "Prof": "professor", "Prof.": "professor",
    "Rep.": "congressman", "Sen.": "senator", "Sgt": "sergeant", "Sgt.": "sergeant",
    "Supt": "superintendent", "Supt.": "superintendent", "Usec.": "undersecretary",
}  # fmt: skip

#: Courtesy honorifics (of :data:`HONORIFICS`), with and without a full stop: written
#: before a name, part of neither the name nor the title (``Mr Ruiz``, ``Dr. Ana Ruiz``).
COURTESY_HONORIFICS: tuple[str, ...] = (
    "Alhaja", "Alhaji", "Atty", "Atty.", "Awang", "Barr.", "Cde", "Cde.", "Comrade", "Datin",
    "Dato", "Dato'", "Dato’", "Datuk", "Dayang", "Dr", "Dr.", "Encik", "Engr.", "Fr", "Fr.",
    "Haji", "Hajia", "Hajjah", "Hon.", "Honourable", "Madam", "Malam", "Mallam", "Mdm", "Mdm.",
    "Miss", "Mme", "Mme.", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Mx", "Mx.", "Pengiran",
    "Prof", "Prof.", "Puan", "Rev", "Rev.", "Revd", "Rt", "Rt.", "Shri", "Shrimati", "Smt",
    "Smt.", "Sr", "YB",
)  # fmt: skip

#: What a statement is called: a statement speaks for whoever made it (``"...", the
#: statement said``: the organization behind it, or the person who made it).
STATEMENT_WORDS: tuple[str, ...] = (
    "announcement", "email", "filing", "letter", "memo", "news release", "notice",
    "press release", "release", "statement", "submission", "website",
)  # fmt: skip

#: Verbs of a relative clause that tell a speaker studies a field (``who studies
#: public-sector unions at Redfield University``): an outside expert, not the workforce.
STUDY_VERBS: tuple[str, ...] = (
    "analyses", "analyzes", "researches", "specialises", "specializes", "studies",
    "teaches", "tracks", "writes",
)  # fmt: skip

#: Words of a school's classroom in a relative clause after ``teaches`` (``who teaches
#: Grade 8 at a Regina school``): a schoolteacher, of a teachers' dispute's workforce.
#: (Not ``class``: ``who teaches a class on labour law`` may be an outside expert.)
SCHOOL_CLASS_WORDS: tuple[str, ...] = (
    "grade", "kindergarten", "primary", "pupils", "school", "schools", "secondary", "year",
)  # fmt: skip

#: Modifiers of a title that a sentence's start capitalizes (``Municipal chairperson
#: Beena Suresh said``, ``Regional organiser ...``): no organization's name.
SENTENCE_CASE_MODIFIERS: tuple[str, ...] = (
    "city", "county", "district", "municipal", "provincial", "regional",
)  # fmt: skip

#: Kinds of place after ``in the`` in a relative clause (``who has driven buses in the
#: city``): where the work is done, no government that employs the person.
LOCALITY_NOUNS: tuple[str, ...] = (
    "area", "borough", "city", "country", "county", "district", "nation", "province", "region",
    "state", "suburbs", "territory", "town", "village",
)  # fmt: skip

#: Last words of a small local business's name (``Harbor Diner``, ``Radford Cleaners``):
#: in a dispute the article does not place at it, a bystander's business.
LOCAL_BUSINESS_WORDS: tuple[str, ...] = (
    "Bakery", "Barbershop", "Bistro", "Cafe", "Café", "Cleaners", "Deli", "Diner", "Florist",
    "Grill", "Laundromat", "Pizzeria", "Pub", "Restaurant", "Salon", "Tavern",
)  # fmt: skip

#: Nouns of a body's organ (``the WGA's negotiating committee``, ``Unite's executive
#: board``): a member or chair of one holds an office of the body that owns it.
ORGAN_NOUNS: tuple[str, ...] = (
    "board", "caucus", "committee", "council", "executive", "panel", "team",
)  # fmt: skip

#: Political leanings written in lower case before a party's or a group's name (``the
#: liberal Renew Europe group``): they describe it, no part of the name.
POLITICAL_LEANINGS: tuple[str, ...] = (
    "center-left", "center-right", "centre-left", "centre-right", "centrist", "conservative",
    "far-left", "far-right", "left-wing", "leftist", "liberal", "nationalist", "populist",
    "right-wing", "socialist",
)  # fmt: skip

#: Words that end a street's name (``Queen Street``, ``King's Road``): a royal or an
#: office word before one names a place, no person's office.
STREET_WORDS: tuple[str, ...] = (
    "Ave", "Ave.", "Avenue", "Blvd", "Blvd.", "Boulevard", "Drive", "Highway", "Lane",
    "Parkway", "Rd", "Road", "St", "Street",
)  # fmt: skip

#: Words of a compass point, an area or nearness written in lower case before a place (``in east
#: London``, ``in northern Ontario``, ``in south-west England``, ``from nearby Leeds``).
#: Nouns of an area a person covers after ``for the`` and its capitalized names (``for
#: the Okanagan and Thompson regions``), or lives in (``from the Eastgate neighborhood``):
#: a scope or a home, no organization.
AREA_NOUNS: tuple[str, ...] = (
    "area", "areas", "districts", "neighborhood", "neighborhoods", "neighbourhood",
    "neighbourhoods", "region", "regions", "suburb", "suburbs", "zone", "zones",
)  # fmt: skip

COMPASS_WORDS: tuple[str, ...] = (
    "central", "east", "eastern", "inner", "nearby", "neighboring", "neighbouring", "north",
    "north-east", "north-west", "northeast", "northern", "northwest", "outer", "rural",
    "south", "south-east", "south-west", "southeast", "southern", "southwest", "west",
    "western",
)  # fmt: skip

#: Words before a number that make it a quantity (``roughly 300,000``, ``more than 40``):
#: after a comma, they open a clause, not an apposition to a name.
QUANTITY_ADVERBS: tuple[str, ...] = (
    "about", "almost", "approximately", "around", "fewer than", "less than", "more than",
    "nearly", "over", "roughly", "some", "under", "up to",
)  # fmt: skip

#: Words of a public health service's name (``NHS``, ``Harbour Health Board``, ``the
#: HSE``): in an article that reports no dispute, its people speak for a public body.
PUBLIC_SERVICE_WORDS: tuple[str, ...] = (
    "DHB", "HSE", "Health Authority", "Health Board", "Health Service", "Health Services",
    "Health Trust", "Hospital Trust", "Hospitals Trust", "NHS",
)  # fmt: skip

#: Participles of naming in a passive whose agent names what follows in marks (``was
#: described by the judge as "a thief"``, ``was branded by the union as "an insult"``).
PASSIVE_NAMING_VERBS: tuple[str, ...] = (
    "accused", "attacked", "blasted", "branded", "called", "condemned", "criticised",
    "criticized", "denounced", "derided", "described", "dismissed", "dubbed", "hailed",
    "labeled", "labelled", "lambasted", "praised", "slammed", "termed",
)  # fmt: skip

#: Nouns of a walk of life that a definite description of a person just named ends in
#: (``the retired schoolteacher``, ``the pensioner``): that person, not a new one.
EPITHET_NOUNS: tuple[str, ...] = (
    "businessman", "businesswoman", "farmer", "grandfather", "grandmother", "homeowner",
    "landlord", "pensioner", "retiree", "schoolteacher", "shopkeeper", "veteran", "widow",
    "widower",
)  # fmt: skip

#: Verb forms of speech that no noun phrase holds (``the council said recruitment ...``
#: is a subject and its verb, not one phrase).
NOUN_PHRASE_STOP_VERBS: tuple[str, ...] = ("added", "said", "says", "told")

#: Words of a body whose capitalized office before a name is a minister's, one title
#: (``Treasury Board President Ana Roy``, ``Privy Council President``).
MINISTERIAL_BODY_WORDS: tuple[str, ...] = ("Cabinet", "Privy", "Treasury")

#: Heads of a union's name that lists its trades with commas before them (``Rail, Tram
#: and Bus Union``, ``Food, Drink and Allied Workers``): a comma inside the name.
LISTED_NAME_HEADS: tuple[str, ...] = (
    "Association", "Federation", "Guild", "Union", "Workers",
)  # fmt: skip

#: Heads of a government body's name or office that may list its portfolios with commas
#: (``the Department of Enterprise, Trade and Employment``, ``Minister for Housing, Local
#: Government and Heritage``): a comma after them is inside the name.
LISTED_BODY_HEADS: tuple[str, ...] = (
    "Department", "Minister", "Ministry", "Office", "Secretary",
)  # fmt: skip

#: Offices whose capitalized words before them are a portfolio, not a body's name
#: (``Local Government Minister``, ``Local Government Secretary``: one office each).
PORTFOLIO_OFFICES: tuple[str, ...] = ("Minister", "Secretary")

#: Verbs of work before ``as`` and a title in a relative clause (``who has worked as an
#: emergency physician``, ``who served as mayor``): the title is hers.
AS_TITLE_VERBS: tuple[str, ...] = ("served", "serves", "work", "worked", "works")

#: The people a person leads in a dispute, after ``whose`` (``whose members``).
MEMBERSHIP_NOUNS: tuple[str, ...] = ("members", "membership")

#: Offices whose portfolio follows ``of`` before a name (``Additional Commissioner of
#: Labour``): one office, not one of a party.
OF_PORTFOLIO_OFFICES: tuple[str, ...] = ("commissioner",)

#: Capitalized words of a department a title heads after ``of`` (``Head of Corporate
#: Communications``, ``Director of Operations``), besides :data:`PORTFOLIO_WORDS`: part
#: of the title, no organization.
DEPARTMENT_WORDS: tuple[str, ...] = (
    "Compliance", "Corporate", "Customer", "Engineering", "Estates", "External",
    "Facilities", "Human", "Legal", "Logistics", "Marketing", "Media", "Nursing",
    "Operations", "People", "Policy", "Procurement", "Public", "Research", "Risk", "Sales",
    "Strategy",
)  # fmt: skip

#: Titles that head a department named after ``of`` (``Director of Operations``).
DEPARTMENT_HEAD_TITLES: tuple[str, ...] = ("director", "head", "manager", "vice-president")

#: Phrases after ``by`` that name no agent (``was branded "..." by all accounts``).
NOT_AGENT_PHRASES: tuple[str, ...] = (
    "all accounts", "comparison", "contrast", "default", "design", "far", "law", "now",
    "then",
)  # fmt: skip

#: Forms of ``be`` before a passive's participle (``was backed by Ana Ruiz``).
PASSIVE_AUXILIARIES: tuple[str, ...] = ("are", "been", "being", "is", "was", "were")

#: Fields of study that are also parties' names, capitalized only by a sentence's start
#: before one of :data:`FIELD_TITLES` (``Labour economist Ana Ruiz``: no party).
FIELD_WORDS: tuple[str, ...] = (
    "employment", "entertainment", "labor", "labour",
)  # fmt: skip

#: Titles of people who study or report a field (``labour economist``, ``labor lawyer``).
FIELD_TITLES: tuple[str, ...] = (
    "academic", "analyst", "attorney", "consultant", "correspondent", "economist", "editor",
    "expert", "historian", "lawyer", "lecturer", "professor", "reporter", "researcher",
    "scholar", "specialist", "writer",
)  # fmt: skip

#: Prefixes a title word may carry (``co-president``, ``then-chief``).
TITLE_PREFIXES: tuple[str, ...] = ("co-", "then-")

#: Ranks written right before a name that, after a title of lower-case words, are the
#: person's style, not their title (``labour law expert Professor Ana Ruiz``: the title is
#: ``labour law expert``; ``opposition leader Councillor Tom Lee``: ``opposition leader``;
#: ``transport spokesman Senator Tom Lee``: ``transport spokesman``).
RANK_STYLES: tuple[str, ...] = (
    "Capt.", "Captain", "Cllr", "Cllr.", "Constable", "Coun", "Coun.", "Councillor", "Cr",
    "Cr.", "Dr", "Dr.", "Inspector", "Professor", "Sen.", "Senator", "Sergeant",
    "Superintendent",
)  # fmt: skip

#: The styles of :data:`RANK_STYLES` that are a legislator's seat: a style only after a
#: title noun (``transport spokesman Senator``), not after the seat's level (``state
#: Sen.``, whose title it is).
SEAT_STYLES: tuple[str, ...] = ("Sen.", "Senator")

#: The styles of :data:`RANK_STYLES` that follow a capitalized office too (``Vice-Chancellor
#: Professor Ana Ruiz``, ``Council Leader Councillor Tom Lee``); a police rank after a
#: capitalized word is a rank of its own (``Chief Constable``, ``Detective Inspector``).
CIVIL_STYLES: tuple[str, ...] = (
    "Cllr", "Cllr.", "Coun", "Coun.", "Councillor", "Cr", "Cr.", "Professor",
)  # fmt: skip

#: Styles written after ``the`` before a name (of :data:`COURTESY_HONORIFICS`): ``The Rt
#: Hon Ana Ruiz MP``, ``the Hon. Tom Lee`` name a person, not a group.
STYLE_HONORIFICS: tuple[str, ...] = ("Hon", "Hon.", "Honourable", "Rt", "Rt.")

#: Styles that are a name's first word as often as a style (``Hon Hai``, the company):
#: a style only after one of :data:`STYLE_LEADS` (``the Rt Hon Ana Ruiz``, ``the Hon Tom
#: Lee``), where a name never begins.
BARE_STYLES: tuple[str, ...] = ("Hon",)

#: Continents that close an organization's name as a country does (``Communications
#: Workers of America``, ``Ford of Europe``).
CONTINENTS: tuple[str, ...] = (
    "Africa", "America", "Asia", "Europe", "North America", "South America",
)  # fmt: skip

#: Two-word styles of address whose words are no styles alone (Malaysian and Bruneian
#: honours: ``Tan Sri Ong Teck Chuan``, ``Datuk Seri Ana Rahman``, ``Yang Berhormat``):
#: (first word, second word). ``Tan`` is a surname and ``Sri`` a given name elsewhere.
COMPOUND_STYLES: tuple[tuple[str, str], ...] = (
    ("Datin", "Seri"), ("Dato", "Seri"), ("Dato", "Sri"), ("Dato'", "Seri"), ("Dato'", "Sri"),
    ("Dato’", "Seri"), ("Dato’", "Sri"), ("Datuk", "Seri"), ("Datuk", "Sri"), ("Puan", "Sri"),
    ("Tan", "Sri"), ("Toh", "Puan"), ("Yang", "Berhormat"),
)  # fmt: skip

#: Words of a college's or a university's name (``Tarwin University``): an employer
#: whose lecturers and researchers are its staff in its dispute.
ACADEMIC_BODY_WORDS: tuple[str, ...] = ("College", "Polytechnic", "University")

#: Academic grades written before a professor's style (``Associate Professor``, the
#: Singapore and Malaysian ``Assoc Prof``, ``Asst. Prof.``): with the grade, ``Prof`` is
#: part of the title, no courtesy honorific.
ACADEMIC_GRADES: tuple[str, ...] = (
    "Adjunct", "Assistant", "Assoc", "Assoc.", "Associate", "Asst", "Asst.", "Emeritus",
)  # fmt: skip

#: Styles of address after ``The`` before a name (``The Rev Dr Ana Ruiz``, ``The Very Rev
#: Tom Lee``, ``The Hon Ana Ruiz``): a person, no body named ``The ...``.
ADDRESS_STYLES: tuple[str, ...] = (
    "Hon", "Most", "Rev", "Revd", "Reverend", "Right", "Rt", "Very",
)  # fmt: skip

#: What a bare style (:data:`BARE_STYLES`) follows when it is a style.
STYLE_LEADS: tuple[str, ...] = ("Rt", "Rt.", "The", "the")

#: British honours and peerages (of :data:`HONORIFICS`): part of the name form, never a
#: title (``Sir Tom Lee``, ``Baroness Ruiz``, ``Lord Lee of Leeds``).
HONOURS: tuple[str, ...] = (
    "Baron", "Baroness", "Countess", "Dame", "Earl", "Lady", "Lord", "Sir", "Viscount",
    "Viscountess",
)  # fmt: skip

#: Post-nominal letters of a member of a legislature (``Ana Ruiz MP``, ``Tom Lee TD``):
#: the person's title when written after the name.
LEGISLATOR_POSTNOMINALS: tuple[str, ...] = (
    "AM", "MCA", "MEP", "MHA", "MHR", "MLA", "MLC", "MNA", "MP", "MPL", "MPP", "MS", "MSP",
    "TD",
)  # fmt: skip

#: Job titles written as capitals before a name (``the Acme CEO Ana Ruiz``); with
#: :data:`LEGISLATOR_POSTNOMINALS` (``the Labour MP Ana Ruiz``), the title acronyms.
EXECUTIVE_ACRONYMS: tuple[str, ...] = ("CEO", "CFO", "COO", "CTO")

#: Trades written as their initials before a name or after ``a``, ``one`` or ``another``
#: (``HCA Donna Marsh``, ``RN Ana Ruiz``, ``a GP``, ``another HCA``): a job, no
#: organization.
JOB_ACRONYMS: tuple[str, ...] = ("CNA", "EMT", "GP", "HCA", "LPN", "PSW", "RN")

#: Post-nominal honours and degrees, after a name or its comma (``Ana Ruiz, PhD``,
#: ``Tom Lee OBE``): part of neither the name nor the title.
NAME_POSTNOMINALS: tuple[str, ...] = (
    "CBE", "DBE", "KBE", "KC", "M.D.", "MBE", "MD", "OBE", "Ph.D.", "PhD", "QC", "SC",
)  # fmt: skip

#: Political parties as written before a title or inside a parenthesis (``Labour MP``,
#: ``Conservative leader``, ``(Labour, Leeds East)``): the politician's organization.
#: Parties whose name is also a common word (``Green``, ``National``) are left out.
#: Australia's ``Labor`` is in: capitalized, it names the party (the US ``Labor
#: Secretary`` and ``Labor Department`` are read as a portfolio and a body). India's
#: ``Congress`` is out (the US Congress is a body); its full name is in. Ireland's,
#: Northern Ireland's and the main parties of South Africa, Nigeria, Ghana, Kenya and
#: Uganda are in by their short names (``ODM MP``, ``NUP legislator``); ``DA`` is out (a
#: district attorney).
PARTIES: tuple[str, ...] = (
    "A Partnership for National Unity", "AAP", "ACT", "ACT Party", "AIADMK", "ANC", "APC",
    "APNU", "Aam Aadmi Party", "Alliance Party", "Aontú", "Australian Greens",
    "Australian Labor Party", "BJD", "BJP", "BLP", "BSP", "Bahujan Samaj Party",
    "Barbados Labour Party", "Bharatiya Janata Party", "Biju Janata Dal", "Bloc Québécois",
    "CAQ", "CPI", "CPI(M)", "Coalition Avenir Québec", "Conservative", "Conservative Party",
    "Conservatives", "DAB", "DAP", "DLP", "DMK", "DUP", "Democrat", "Democratic",
    "Democratic Labour Party", "Democrats", "EFF", "Fianna Fáil", "FijiFirst", "Fine Gael",
    "Green Party", "Greens", "Indian National Congress", "JD(S)", "JD(U)", "JLP",
    "Jamaica Labour Party", "Janata Dal (Secular)", "Janata Dal (United)", "LNP", "Labor",
    "Labor Party", "Labour", "Labour Party", "Lib Dem", "Lib Dems", "Liberal",
    "Liberal Democrat", "Liberal Democrats", "Liberal National Party", "Liberal Party",
    "Liberals", "NCP", "NDC", "NDP", "NRM", "NUP", "NZ First", "National Party", "Nationals",
    "Nationals WA", "New Democrat", "New Democratic", "New Zealand First", "ODM", "One Nation",
    "PAP", "PDP", "PKR", "PNM", "Pakatan Harapan", "Pangu Pati", "Parti Québécois",
    "People Before Profit", "People's Action Party", "People's National Movement",
    "People's National Party", "Perikatan Nasional", "Plaid Cymru", "Progressive Conservative",
    "Progressive Conservatives", "Québec solidaire", "RJD", "Rashtriya Janata Dal", "Reform UK",
    "Republican", "Republicans", "SDLP", "SNP", "SODELPA", "Samajwadi Party",
    "Scottish Conservative", "Scottish Conservatives", "Scottish Greens", "Scottish Labour",
    "Scottish Lib Dem", "Scottish Lib Dems", "Scottish Liberal Democrat",
    "Scottish Liberal Democrats", "Shiv Sena", "Sinn Fein", "Sinn Féin", "Social Democrats",
    "TDP", "Te Pāti Māori", "Telugu Desam Party", "The Nationals", "Tories", "Tory",
    "Trinamool Congress", "UDA", "UKIP", "UMNO", "UUP", "Ukip", "Ulster Unionist Party",
    "Ulster Unionists", "United National Congress", "Welsh Conservative", "Welsh Conservatives",
    "Welsh Labour", "Welsh Lib Dem", "Welsh Lib Dems", "Welsh Liberal Democrat",
    "Welsh Liberal Democrats", "YSRCP",
)  # fmt: skip

#: Parties whose short name is also a body's (India's ``Congress``; the US Congress): a
#: party only right before a legislator's letters (``Congress MLA Ana Rao``, ``Congress
#: MP``), where no body stands.
LETTERS_ONLY_PARTIES: tuple[str, ...] = ("Congress",)

#: Parties as parliamentary style abbreviates them inside a parenthesis after a member's
#: name (``Ana Ruiz (Con, Leeds East)``, ``Cllr Tom Lee (FF)``), with the party each names.
PARTY_ABBREVIATIONS: dict[str, str] = {
    "Con": "Conservative", "FF": "Fianna Fáil", "FG": "Fine Gael", "LD": "Liberal Democrat",
    "Lab": "Labour", "PC": "Plaid Cymru", "SF": "Sinn Féin",
}  # fmt: skip

#: Parties of :data:`PARTIES` whose members sit in the Dáil only (``Ana Ruiz (Fine Gael,
#: Cork South)`` is a TD, not an MP).
DAIL_ONLY_PARTIES: tuple[str, ...] = ("Fianna Fáil", "Fine Gael")

#: Titles of kin and company (``Ana Ruiz's brother``): the owner before them is a person,
#: not an organization.
KIN_TITLES: tuple[str, ...] = (
    "aunt", "brother", "cousin", "daughter", "father", "friend", "grandfather",
    "grandmother", "husband", "mother", "nephew", "niece", "partner", "sister", "son",
    "uncle", "widow", "wife",
)  # fmt: skip

#: Kin words that open a description of the person just named (``the mother of two``,
#: ``the grandfather``).
KIN_REFERENCES: tuple[str, ...] = ("father", "grandfather", "grandmother", "mother")

#: Family words of no gender: the unnamed speaker they describe (``one parent``) is who
#: a later ``the mother`` or ``the father`` is.
NEUTRAL_KIN_WORDS: tuple[str, ...] = ("grandparent", "grandparents", "parent", "relative")

#: Family descriptors written before a name in British and tabloid style (``Grandfather
#: Tom Price``, ``Mum Jane Hill``; also ``Mother-of-two``): no part of the name, and no
#: title. (``Father``, ``Mother``, ``Sister`` and ``Brother`` are left out: a priest's
#: or a nun's style.)
KIN_DESCRIPTORS: tuple[str, ...] = (
    "dad", "gran", "grandad", "granddad", "grandfather", "grandma", "grandmother", "grandpa",
    "mum", "widow", "widower",
)  # fmt: skip

#: Offices held for one person (``Ana Ruiz's campaign manager``, ``Tom Lee's lawyer``):
#: an owner before them that no organization table knows is a person, not an
#: organization.
PERSONAL_STAFF_TITLES: tuple[str, ...] = (
    "aide", "aides", "attorney", "attorneys", "campaign", "campaign chair",
    "campaign chairman", "campaign manager", "campaign managers", "chief of staff",
    "confidant", "confidants", "lawyer", "lawyers", "press secretary", "running mate",
    "solicitor",
)  # fmt: skip

#: Lower-case heads of a politician's label written right before the name (``Republican
#: presidential candidate Ana Ruiz``, ``GOP front-runner Tom Lee``).
POLITICAL_LABEL_HEADS: tuple[str, ...] = (
    "candidate", "challenger", "contender", "front-runner", "frontrunner", "hopeful",
    "incumbent", "leader", "nominee", "rival",
)  # fmt: skip

#: Lower-case words before the head of a politician's label (``former``, ``presidential``,
#: ``then-``), with the capitalised words (parties, places, titles) around them.
POLITICAL_LABEL_MODIFIERS: tuple[str, ...] = (
    "backbench", "congressional", "ex-", "former", "gubernatorial", "mayoral", "of",
    "opposition", "parliamentary", "presidential", "senate", "shadow", "then", "then-",
    "veteran",
)  # fmt: skip

#: Nouns of a body of members that, alone before a capitalized office, name the body the
#: article means (``Association President Kevin Lee``: ``President`` of the association
#: named before); not a legislature's (``House Speaker``, ``Senate Majority Leader`` are
#: one title each).
MEMBER_BODY_NOUNS: tuple[str, ...] = ("Association", "Brotherhood", "Federation", "Guild", "Union")

#: Nouns of help after ``with the`` and before ``of`` (``with the support of Unite``,
#: ``with the backing of the council``): an absolute phrase, no appositive naming whom a
#: person or a body works for.
BACKING_NOUNS: tuple[str, ...] = (
    "approval", "assistance", "backing", "blessing", "consent", "help", "support",
)  # fmt: skip

#: Modifiers that put a title's work in the past (``retired nurse``, ``former director``,
#: ``ex miner``): no longer of a workforce or a management, and a relative clause after
#: such a title may say what the person is now.
PAST_WORK_MODIFIERS: tuple[str, ...] = ("ex", "ex-", "former", "retired")

#: Words before a party's name in a legislator's label (``Local Labour MP``, ``Senior
#: Conservative MP``, ``rebel Tory MP``): the party is still the label's organization
#: (not before other titles: ``a senior Democratic aide``).
PARTY_LABEL_LEADS: tuple[str, ...] = ("backbench", "local", "rebel", "senior", "veteran")

#: Prepositions before a place rather than an organization (``a commuter from Leeds``,
#: ``a teacher at a school in Perth``) when no organization word or acronym follows.
LOCATION_PREPOSITIONS: tuple[str, ...] = ("from", "in")

#: Title modifiers that may stand before the organization in a title (``former UAW
#: president``, ``then-Labour leader``): they belong to the title.
ADVERB_TITLE_MODIFIERS: tuple[str, ...] = (
    "acting", "current", "former", "incoming", "interim", "late", "long-time", "longtime",
    "newly", "one-time", "onetime", "outgoing", "presumptive", "retired", "then",
)  # fmt: skip

#: Legislative chambers whose officers' titles open with them (``Senate majority
#: leader``, ``Assembly Speaker``, ``House Democratic whip``): no organization.
LEGISLATIVE_CHAMBERS: tuple[str, ...] = ("Assembly", "Commons", "House", "Lords", "Senate")

#: Country abbreviations that are no organization before a title (``US Ambassador``).
COUNTRY_ACRONYMS: tuple[str, ...] = ("UAE", "UK", "US", "USA")

#: Prepositions that open an appositive naming only an organization (``Tom Lee, of the
#: research group Aerofocus``).
ORG_APPOSITIVE_PREPOSITIONS: tuple[str, ...] = ("at", "from", "of", "with")

#: Offices of a place, whose capitalized words before them name the place (``Maple Falls
#: Mayor``, ``Tarwin Shire Councillor``): never an organization's officer, even where
#: the place begins the name of a company or a school district of the article.
PLACE_OFFICES: tuple[str, ...] = (
    "alderman", "councillor", "councilman", "councilor", "councilwoman", "governor",
    "lord mayor", "mayor", "premier", "sheriff",
)  # fmt: skip

#: Titles whose words after ``of`` belong to the title, naming no body, when they are
#: the whole title (``Justice of the Peace Ana Ruiz``, ``Chief of Staff Tom Lee``).
OF_TITLES: tuple[str, ...] = (
    "chief of staff", "clerk of the court",
    "head of service", "justice of the peace", "master of the rolls",
)  # fmt: skip

#: Titles that take their portfolio after ``for`` or ``of`` (``Minister for Transport``,
#: ``Secretary of State for Wales``, ``Cabinet Secretary for Health``, ``Principal
#: Secretary for Labour``): the portfolio is no organization.
PORTFOLIO_TITLES: tuple[str, ...] = (
    "cabinet secretary", "leader of the house", "leader of the opposition", "mayor",
    "minister", "parliamentary secretary", "principal secretary", "secretary of state",
)  # fmt: skip

#: Titles that take their portfolio after ``for`` only (``Commissioner for Education``);
#: after ``of``, a body follows (``commissioner of Wendover County``).
FOR_PORTFOLIO_TITLES: tuple[str, ...] = ("commissioner",)

#: Participles before ``by`` and the outlet that reached a speaker (``Workers contacted
#: by Reuters said``): the outlet is no part of who speaks.
CONTACT_PARTICIPLES: tuple[str, ...] = (
    "contacted", "interviewed", "polled", "questioned", "quoted", "reached", "surveyed",
)  # fmt: skip

#: Means of speaking after ``by`` in a closing cue's tail (``said by phone from Lima``).
SPEAKING_MEANS: tuple[str, ...] = (
    "e-mail", "email", "fax", "letter", "phone", "telephone", "text message", "video link",
)  # fmt: skip

#: Points of the compass and place nouns that end a constituency's name (``MP for
#: Bristol West``, ``Member for Pioneer Heights``).
CONSTITUENCY_ENDS: tuple[str, ...] = (
    "Bay", "Central", "Coast", "Downs", "East", "Heights", "Hills", "Mid-East", "Mid-West",
    "North", "North-East", "North-West", "Northeast", "Northwest", "Ranges", "South",
    "South-East", "South-West", "Southeast", "Southwest", "Vale", "Valley", "West",
)  # fmt: skip

#: Words that open the title of an office in a union's unit (``branch secretary``,
#: ``local president``): a place before one names the unit (``MUA Sydney branch
#: secretary``), not the union.
UNIT_TITLE_WORDS: tuple[str, ...] = (
    "area", "branch", "chapter", "district", "division", "local", "lodge", "region",
    "regional",
)  # fmt: skip

#: Words that end a government office's portfolio (``Minister for Foreign Affairs``,
#: ``Minister for Municipal Administration``): read back from a name the grammar took
#: them into (it reads the portfolio after ``for`` or ``of`` as short as it can).
PORTFOLIO_WORDS: tuple[str, ...] = (
    "Administration", "Affairs", "Agriculture", "Arts", "Children", "Communications",
    "Communities", "Culture", "Defence", "Defense", "Development", "Economy", "Education",
    "Employment", "Energy", "Enterprise", "Environment", "Equality", "Expenditure", "Finance",
    "Fisheries", "Government", "Health", "Heritage", "Housing", "Industry", "Infrastructure",
    "Innovation", "Integration", "Justice", "Labor", "Labour", "Pensions", "Planning", "Ports",
    "Reform", "Relations", "Resources", "Revenue", "Safety", "Science", "Security", "Services",
    "Skills", "Sport", "Technology", "Tourism", "Trade", "Training", "Transport", "Welfare",
    "Works", "Youth",
)  # fmt: skip

#: Nouns (lower case) that make a descriptor a title: ``union president``,
#: ``staff writer``, ``a member of``. Also used for role references (``the senator``).
TITLE_NOUNS: tuple[str, ...] = (
    "accountant", "accountant-general", "activist", "actor", "actress", "actuary", "adjuster",
    "administrator", "adviser", "advisor", "advocate", "agent", "agronomist", "aide",
    "alderman", "alderperson", "alderwoman", "ally", "am", "ambassador", "anaesthetist",
    "analyst", "anchor", "anesthetist", "apprentice", "architect", "artist", "assembler",
    "assemblyman", "assemblymember", "assemblywoman", "assessor", "assistant", "associate",
    "athlete", "attendant", "attendee", "attorney", "attorney-general", "auditor",
    "auditor-general", "aunt", "author", "autoworker", "backbencher", "backer", "baker",
    "banker", "barista", "barrister", "bartender", "bellhop", "billionaire", "binman",
    "biologist", "bishop", "blogger", "boilermaker", "boss", "bricklayer", "broker", "brother",
    "builder", "bursar", "business", "businessman", "businesswoman", "butcher", "caddie",
    "campaigner", "candidate", "captain", "cardiologist", "caregiver", "carer", "caretaker",
    "carpenter", "cashier", "cathaoirleach", "cellist", "ceo", "cfo", "chair", "chairman",
    "chairperson", "chairwoman", "challenger", "chancellor", "chef", "chief", "chorister",
    "cleaner", "clerk", "co-chair", "co-founder", "co-leader", "co-ordinator", "coach",
    "coalminer", "cofounder", "colleague", "collector", "columnist", "comedian", "commander",
    "commentator", "commissioner", "commuter", "comptroller", "concreter", "conductor",
    "confidant", "congressman", "congresswoman", "constable", "consultant", "contender",
    "contractor", "controller", "convener", "convenor", "coo", "cook", "coordinator", "coroner",
    "corporator", "correspondent", "costumer", "councillor", "councilman", "councilmember",
    "councilor", "councilwoman", "counsel", "counsellor", "counselor", "courier", "cousin",
    "craftsman", "cricketer", "criminologist", "critic", "cto", "curator", "custodian",
    "customer", "dancer", "daughter", "dean", "deckhand", "defender", "delegate", "demographer",
    "dentist", "depute", "deputy", "dermatologist", "detective", "developer", "dietitian",
    "director", "director-general", "dishwasher", "dispatcher", "docker", "dockworker",
    "doctor", "dogman", "donor", "driller", "driver", "ecologist", "economist", "editor",
    "educator", "electrician", "emir", "employee", "engineer", "entrepreneur", "epidemiologist",
    "executive", "expert", "exporter", "fan", "farmer", "farmhand", "farmworker", "father",
    "fellow", "firefighter", "fisherman", "fitter", "flautist", "footballer", "foreman",
    "formworker", "founder", "freelancer", "friend", "front-runner", "frontbencher",
    "frontrunner", "fundraiser", "garda", "general", "geographer", "geologist", "geriatrician",
    "goalkeeper", "governor", "governor-general", "graduate", "grandfather", "grandmother",
    "grip", "grocer", "groundsman", "guard", "guest", "gynaecologist", "gynecologist",
    "haematologist", "handler", "harbormaster", "harbourmaster", "harpist", "hawker", "head",
    "hematologist", "historian", "holidaymaker", "homeowner", "hopeful", "host", "householder",
    "housekeeper", "husband", "immunologist", "impersonator", "importer", "incumbent",
    "insider", "inspector", "inspector-general", "instructor", "intern", "investigator",
    "investor", "ironworker", "janitor", "joiner", "judge", "judge-executive", "justice",
    "kaiarahi", "kaiwhakahaere", "kaiārahi", "kaumatua", "kaumātua", "king", "laborer",
    "labourer", "lasher", "lawmaker", "lawyer", "leader", "lecturer", "legislator", "librarian",
    "lineman", "linesman", "lineworker", "loader", "lobbyist", "longshoreman", "loyalist",
    "machinist", "magistrate", "magnate", "manager", "marshal", "master", "mayor", "mca",
    "meatpacker", "meatworker", "mec", "mechanic", "mechanist", "mediator", "member", "mep",
    "meteorologist", "microbiologist", "midwife", "millwright", "miner", "mineworker",
    "minister", "mla", "mna", "moderator", "mogul", "monarch", "mother", "motorist", "mp",
    "mpl", "mpp", "msp", "musician", "nanny", "negotiator", "neighbor", "neighbour",
    "neurologist", "nominee", "novelist", "nurse", "oboist", "obstetrician", "officer",
    "official", "ombudsman", "oncologist", "operative", "operator", "opponent", "optometrist",
    "organiser", "organizer", "owner", "packer", "paediatrician", "panelist", "paramedic",
    "parent", "partner", "passenger", "pastor", "pathologist", "patient", "pediatrician",
    "peer", "pensioner", "percussionist", "performer", "pharmacist", "physician", "physicist",
    "physiotherapist", "pianist", "picker", "picketer", "pilot", "pipefitter", "pitcher",
    "planner", "plasterer", "plucker", "plumber", "pollster", "porter", "postie", "postman",
    "postmaster-general", "postwoman", "premier", "president", "prince", "princess",
    "principal", "processor", "producer", "professor", "proprietor", "prosecutor", "protester",
    "provost", "psychiatrist", "psychologist", "publican", "pundit", "purser", "queen",
    "radiographer", "radiologist", "receptionist", "reeve", "referee", "registrar",
    "registrar-general", "relative", "rep", "reporter", "representative", "researcher",
    "resident", "retiree", "rider", "rigger", "rival", "roofer", "sailor", "sarpanch",
    "scaffolder", "scholar", "scientist", "screener", "screenwriter", "seafarer", "seaman",
    "seamstress", "secretary", "secretary-general", "secretary-treasurer", "selectman",
    "selectwoman", "senator", "senior", "servant", "shearer", "sheikh", "sheriff", "shop",
    "shopkeeper", "shopper", "shotfirer", "signaller", "signalman", "singer", "sister",
    "slaughterman", "sociologist", "soldier", "solicitor", "solicitor-general", "son",
    "sonographer", "sorter", "source", "speaker", "specialist", "spokesman", "spokesperson",
    "spokeswoman", "staff", "staffer", "stagehand", "star", "statistician", "steelworker",
    "stevedore", "steward", "stewardess", "storeman", "strategist", "striker", "student",
    "stylist", "subcontractor", "superintendent", "supervisor", "supporter", "surgeon",
    "surgeon-general", "surrogate", "surveyor", "survivor", "sweeper", "tahsildar", "tailor",
    "taoiseach", "td", "teacher", "technician", "teller", "tenant", "tester", "therapist",
    "tourist", "toxicologist", "trader", "tradie", "trainee", "traveler", "traveller",
    "treasurer", "treasurer-general", "trucker", "truckie", "trumpeter", "trustee", "tugmaster",
    "tumuaki", "tutor", "tycoon", "tánaiste", "umpire", "uncle", "under-secretary",
    "undersecretary", "usher", "vendor", "veteran", "veterinarian", "vice", "vice-chair",
    "vice-chairman", "vice-chancellor", "vice-president", "vice-principal", "victim",
    "violinist", "violist", "virologist", "volunteer", "voter", "waiter", "waitress", "warden",
    "welder", "wharfie", "whip", "widow", "wife", "witness", "worker", "writer",
)  # fmt: skip

#: Modifiers that may precede a title noun: ``former``, ``acting``, ``presidential``.
TITLE_MODIFIERS: tuple[str, ...] = (
    "a", "acting", "agriculture", "an", "and", "appointed", "area", "assistant", "associate",
    "aviation", "banking", "branch", "business", "camera", "campaign", "care", "casting",
    "chief", "city", "civil", "co-", "coal", "communications", "compliance", "conservative",
    "contributing", "costume", "county", "criminal", "culture", "current", "data", "defence",
    "defense", "deputy", "development", "digital", "district", "divisional", "economic",
    "education", "elected", "election", "employment", "energy", "engineering", "entertainment",
    "environment", "environmental", "executive", "factory", "federal", "fellow", "finance",
    "financial", "first", "foreign", "former", "founding", "freight", "general", "health",
    "her", "his", "home", "house", "housing", "human", "immigration", "incoming", "independent",
    "industrial", "industry", "influential", "intelligence", "interim", "international",
    "investment", "its", "junior", "justice", "labor", "labour", "late", "lead", "leading",
    "legal", "legislative", "liberal", "lighting", "local", "location", "long-time", "longtime",
    "maintenance", "majority", "managing", "marketing", "media", "military", "minority",
    "national", "newly", "news", "nursing", "of", "one-time", "onetime", "operations", "our",
    "outgoing", "party", "pensions", "planning", "plant", "policy", "political", "presidential",
    "press", "presumptive", "prime", "principal", "private", "program", "progressive",
    "project", "prominent", "property", "public", "regional", "relations", "research",
    "resources", "retail", "retired", "rights", "safety", "sector", "security", "senate",
    "senior", "shadow", "shipping", "site", "social", "sound", "staff", "state", "steel",
    "store", "team", "tech", "technology", "telecoms", "the", "their", "then", "top", "tourism",
    "transport", "treasury", "trial", "union", "veteran", "vice", "vice-presidential", "ward",
    "wardrobe", "welfare", "white",
)  # fmt: skip

#: Words that may open a speaker phrase before its title or group noun (``the``,
#: ``its``, ``several``, ``news``, ``plant``): determiners and common pre-modifiers.
SPEAKER_DETERMINERS: tuple[str, ...] = (
    "a", "all", "an", "another", "both", "five", "four", "her", "his", "its", "many", "most",
    "one", "other", "our", "several", "some", "the", "their", "three", "two",
)  # fmt: skip

#: Auxiliary and copular verb forms: a descriptor holding one is a clause, not a title
#: (``According to Ana Ruiz, members are ready ...``).
FINITE_VERBS: tuple[str, ...] = (
    "are", "aren't", "can", "could", "did", "does", "had", "has", "have", "is", "isn't", "must",
    "should", "was", "wasn't", "were", "will", "won't", "would",
)  # fmt: skip

#: Head nouns of a sentence subject that is never a speaker: spans of time
#: (``Fifteen minutes later, ...``, ``Two years ago ...``) and abstract nouns (a sentence
#: about them does not quote them).
NOT_SPEAKER_HEADS: tuple[str, ...] = (
    "balloons", "centuries", "century", "conditions", "day", "days", "decade", "decades",
    "fact", "facts", "hour", "hours", "idea", "ideas", "instance", "irony", "issue", "issues",
    "minute", "minutes", "month", "months", "paradox", "phrase", "problem", "problems",
    "question", "questions", "rationale", "reason", "reasons", "second", "seconds", "showing",
    "week", "weeks", "words", "year", "years",
)  # fmt: skip

#: First words of a phrase that is never a speaker when read as a sentence subject:
#: prepositions and contractions that open a clause (``Amid responses ...``,
#: ``That's why he wanted to "..."``, ``See live updates``).
#: Word endings of modifiers (adverbs, adjectives, participles) that cannot end a
#: speaker's noun phrase (``a newly``, ``the religious``, ``a fundraising``).
MODIFIER_ENDINGS: tuple[str, ...] = ("edly", "ous", "tly", "wly")

NOT_SPEAKER_STARTS: tuple[str, ...] = (
    "after", "alongside", "amid", "among", "before", "despite", "during", "here's", "here’s",
    "it's", "it’s", "see", "since", "that's", "that’s", "there's", "there’s", "unless", "until",
    "what's", "what’s", "without",
)  # fmt: skip

#: First words of a sentence that open no whole-phrase subject (``In a tweet Ruiz
#: said``, ``She also said``): prepositions, pronouns, adverbs and determiners of time.
NOT_WHOLE_SUBJECT_STARTS: tuple[str, ...] = (
    "about", "above", "across", "after", "against", "along", "amid", "among", "around",
    "as", "at", "before", "behind", "below", "beside", "between", "beyond", "by",
    "despite", "during", "earlier", "for", "from", "he", "her", "his", "i", "in", "inside",
    "into", "it", "its", "last", "later", "like", "my", "near", "next", "of", "off", "on",
    "our", "outside", "over", "she", "since", "that", "their", "then", "there",
    "they", "this", "through", "throughout", "to", "toward", "towards", "under",
    "until", "upon", "we", "what", "when", "where", "which", "while", "who", "with",
    "within", "without", "you", "your",
)  # fmt: skip

#: How an unnamed source knows what they report, after the source (``sources close to
#: the talks``, ``two people familiar with the matter``).
SOURCE_MODIFIERS: tuple[str, ...] = (
    "aware of", "briefed on", "close to", "familiar with", "involved in", "knowledgeable about",
    "with direct knowledge of", "with knowledge of",
)  # fmt: skip

#: Plural nouns for people that, capitalized at the start of a sentence (``Witnesses
#: said``), name a group rather than a person. :data:`GROUP_NOUNS` plurals count too.
PEOPLE_PLURALS: tuple[str, ...] = (
    "attorneys", "citizens", "clergy", "commentators", "conservatives", "customers",
    "demonstrators", "diplomats", "economists", "environmentalists", "families", "fans",
    "farmers", "historians", "lawyers", "liberals", "locals", "millennials", "neighbors",
    "neighbours", "officers", "parents", "passengers", "patients", "physicians", "police",
    "pollsters",
    "priests", "progressives", "rabbis", "readers", "relatives", "residents", "scholars",
    "shoppers", "soldiers", "students", "survivors", "troops", "victims", "viewers",
    "witnesses",
)  # fmt: skip

GROUP_NOUNS: tuple[str, ...] = (
    "account", "activists", "actors", "administration", "advisers", "advisors", "advocates",
    "agencies", "agency", "aides", "airline", "airlines", "airport", "alliance", "analysts",
    "announcement", "association", "audit", "authorities", "authority", "automaker", "bank",
    "board", "body", "borough", "bosses", "brigade", "broadcaster", "cabinet", "campaign",
    "campaigns", "carmaker", "carrier", "center", "centre", "chain", "charity", "chipmaker",
    "cleaners", "club", "coalition", "college", "commission", "committee", "companies",
    "company", "complaint", "congress", "corporation", "council", "county", "court", "courts",
    "critics", "data", "delegates", "democrats", "department", "dockers", "doctors", "document",
    "documents", "drivers", "economists", "employees", "employer", "employers", "engineers",
    "executives", "experts", "federation", "figures", "filing", "firefighters", "firm", "firms",
    "force", "forum", "foundation", "fund", "government", "governments", "grocer", "group",
    "groups", "guild", "guilds", "hospital", "hotel", "house", "industry", "inquiry",
    "insiders", "institute", "insurer", "investigators", "jury", "kremlin", "lawmakers",
    "lawsuit", "leaders", "leadership", "league", "lecturers", "legislators", "lender",
    "letter", "local", "magazine", "management", "manufacturer", "members", "memo", "midwives",
    "miners", "ministry", "municipality", "negotiators", "network", "networks", "newspaper",
    "nurses", "observers", "office", "official", "officials", "operator", "operators",
    "opponents", "organisation", "organisers", "organization", "organizations", "organizers",
    "outlet", "owners", "panel", "paramedics", "parliament", "parties", "party", "pentagon",
    "people", "picketers", "pickets", "pilots", "police", "poll", "polls", "porters", "post",
    "prison", "producers", "prosecutors", "protesters", "railroad", "railway", "regulator",
    "regulators", "release", "report", "reports", "representatives", "republicans",
    "researchers", "residents", "retailer", "review", "school", "scientists", "secretariat",
    "senate", "senators", "shire", "society", "sources", "spokespeople", "spokesperson",
    "staff", "staffers", "statement", "steelmaker", "stewards", "store", "strikers", "studio",
    "studios", "study", "supermarket", "supporters", "survey", "surveys", "teachers", "team",
    "teams", "tribunal", "trust", "union", "unions", "university", "utility", "voters",
    "watchdog", "website", "white house", "workers", "writers",
)  # fmt: skip

#: Nouns of :data:`GROUP_NOUNS` that name one person in the singular (``an official of
#: the company``, ``a spokesperson``): after ``a`` such a phrase may be ``he`` or ``she``.
PERSON_GROUP_NOUNS: tuple[str, ...] = ("official", "spokesperson")

#: Title words that are also common first names: before a lone surname one is the
#: person's first name (``Dean Rowe said``, ``Handler Dean Rowe``), before a full name
#: a title (``Dean Ana Ruiz``).
TITLE_FIRST_NAMES: tuple[str, ...] = ("Dean",)

#: Kinds of business written right before its name, wire style (``German carrier
#: Lufthansa said``, ``Retailer Tesco said``, ``airport operator Fraport``): the name after
#: one is a company's, not a person's. Words that are also people's jobs stand only in
#: two-word kinds (``machine operator Ana Ruiz``, ``mail carrier Tom Lee``, ``miner Jo
#: Bright`` are people).
ORG_DESCRIPTORS: tuple[str, ...] = (
    "accounting firm", "airline", "airport operator", "automaker", "bank", "brewer",
    "broadcaster", "budget carrier", "bus operator", "carmaker", "chipmaker", "conglomerate",
    "consulting firm", "distributor", "drugmaker", "ferry operator", "flag carrier", "grocer",
    "insurer", "investment bank", "law firm", "lender", "low-cost carrier", "manufacturer",
    "mining company", "mining group", "network operator", "planemaker", "port operator",
    "rail operator", "research firm", "retailer", "shipbuilder", "steelmaker", "supermarket",
    "terminal operator", "train operator", "utility",
)  # fmt: skip

#: Capitalized words that mark a capitalized phrase as an organization (``the Roosevelt
#: Institute``) rather than a person.
ORG_WORDS: tuple[str, ...] = (
    "ABC", "AFP", "AP", "Administration", "Agency", "Airlines", "Airport", "Airports",
    "Alliance", "Association", "Authority", "Axios", "BBC", "Bank", "Board", "Bureau", "CBS",
    "CNN", "Campaign", "Caucus", "Center", "Centre", "Chamber", "Channel", "Club", "Co.",
    "Coalition", "College", "Commission", "Committee", "Company", "Congress", "Corp", "Corp.",
    "Corporation", "Council", "Court", "Daily", "Department", "Directorate", "Employees",
    "Entertainment", "Facebook", "Federation", "Forum", "Foundation", "Fox", "Fund", "Gazette",
    "Government", "Group", "Guild", "Herald", "Holdings", "Hospital", "House", "Inc", "Inc.",
    "Industries", "Initiative", "Inspectorate", "Institute", "Journal", "Kremlin", "LLC",
    "Labs", "Leadership", "League", "Local", "Ltd", "Ltd.", "MSNBC", "Magazine", "Management",
    "Media", "Ministry", "Motors", "NBC", "NPR", "Network", "News", "Office", "Organisation",
    "Organization", "PAC", "PLC", "Parliament", "Partners", "Party", "Pentagon", "Pictures",
    "Police", "Politico", "Port", "Ports", "Post", "Press", "Project", "Radio", "Railroad",
    "Railway", "Reuters", "School", "Schools", "Senate", "Service", "Services", "Society",
    "Studio", "Studios", "Systems", "TV", "Teamsters", "Technologies", "Television", "Times",
    "Tribunal", "Tribune", "Trust", "Twitter", "Union", "University", "Weekly", "Workers",
)  # fmt: skip

#: Whole titles of a company's officers (``Chief Executive Ana Ruiz said``): with no
#: organization written, the company the article is about (``chief ... officer`` too).
COMPANY_OFFICER_TITLES: tuple[str, ...] = (
    "board chair", "board chairman", "board chairwoman", "ceo", "cfo", "chair of the board",
    "chairman", "chairman of the board", "chairwoman", "chief executive", "coo",
    "executive chairman", "finance chief", "finance director", "managing director",
    "mill manager", "mine manager", "plant manager", "president and ceo",
    "president and chief executive", "site manager", "store manager",
)  # fmt: skip

#: Last words of a public body's name (``Kestrel Harbour Authority``, ``Westmarch Valley
#: Health Trust``): a name of capitalised words before one is an organization's.
PUBLIC_BODY_HEADS: tuple[str, ...] = (
    "Authority", "Board", "Commission", "Inspectorate", "Ombudsman", "Regulator",
    "School District", "Tribunal", "Trust",
)  # fmt: skip

#: Nouns of a part of an organization after its possessive owner (``Altamont's
#: commercial airplane unit``): the owner is the organization.
ORG_PART_NOUNS: tuple[str, ...] = (
    "arm", "branch", "business", "chapter", "depot", "division", "factory", "hospital", "local",
    "mill", "mine", "newsroom", "office", "offices", "operations", "plant", "site", "station",
    "store", "subsidiary", "unit", "warehouse", "yard",
)  # fmt: skip

#: A hospital's wards and units, written before a title as its owner would be (``ICU
#: nurse``, ``A&E consultant``): part of the title, no organization.
WARD_UNITS: tuple[str, ...] = ("A&E", "CCU", "ER", "ICU", "NICU", "PICU")

#: Units of a workplace an unnamed speaker works in, after ``on``/``in`` and a
#: determiner (``a nurse on a surgical ward at Fenwick Hospital``, ``a driver on the
#: night shift``): where, no organization.
WORK_UNIT_NOUNS: tuple[str, ...] = (
    "crew", "department", "desk", "floor", "line", "shift", "team", "unit", "ward", "wing",
)  # fmt: skip

#: Nouns that end the name of a hospital or a service whose first words may stand for
#: it (``St. Adelaide`` of ``St. Adelaide Regional Medical Center``), as a public body's
#: (:data:`PUBLIC_BODY_HEADS`) may.
SHORTENED_BODY_HEADS: tuple[str, ...] = (
    "Center", "Centre", "Clinic", "Hospital", "Hospitals", "Infirmary", "Service", "Services",
    "System",
)  # fmt: skip

#: Nouns that end the name of a place of learning no table knows (``Northern Plains
#: University``, ``Wexbridge College``): an organization (``other``; the employer in its
#: own staff's dispute), read as the bodies of :data:`PUBLIC_BODY_HEADS` are.
INSTITUTION_HEADS: tuple[str, ...] = ("College", "University")

#: Nouns of an arts body's name (``the Harbourlight Symphony Orchestra``), which written
#: alone before a title at a sentence's start refer to it (``Orchestra chief executive``).
ARTS_BODY_NOUNS: tuple[str, ...] = (
    "ballet", "opera", "orchestra", "symphony", "theater", "theatre",
)  # fmt: skip

#: Nouns of a local government whose name goes on with ``of`` and a place (``the City of
#: Brackenridge``, ``Town of Kelso Bay``, ``Shire of Tarwin``): a government body.
LOCAL_GOVERNMENT_OF_HEADS: tuple[str, ...] = (
    "Borough", "City", "County", "Municipality", "Shire", "Town", "Township", "Village",
)  # fmt: skip

#: Nouns of :data:`LOCAL_GOVERNMENT_OF_HEADS` that also close a place's name (``Tessaway
#: County``): that name is a local government's where the article writes the noun in lower
#: case for it (``the county said``, ``county officials``), else a place's.
PLACE_GOVERNMENT_HEADS: tuple[str, ...] = ("County", "Municipality")

#: A local government's head nouns that stand before its staff as an adjective
#: (``county employees``, ``council bin workers``): that body's workforce.
STAFF_ADJECTIVE_HEADS: tuple[str, ...] = (
    "borough", "city", "council", "county", "district", "municipality", "shire", "town",
    "township",
)  # fmt: skip

#: Nouns of a person by where they live (``a resident of Leeds``): the place after ``of``
#: is no organization.
RESIDENCE_NOUNS: tuple[str, ...] = (
    "commuter", "customer", "holidaymaker", "homeowner", "inhabitant", "local", "motorist",
    "native", "parent", "passenger", "patient", "pensioner", "resident", "retiree", "shopper",
    "taxpayer", "tourist", "traveler", "traveller", "voter",
)  # fmt: skip

#: ``as X put it, "..."``: the words after a speaker that make an ``as`` clause an
#: attribution of the quotation that follows.
MANNER_CUES: tuple[str, ...] = (
    "described it", "describes it", "phrased it", "phrases it", "put it", "puts it", "said",
    "says", "writes", "wrote",
)  # fmt: skip

#: Nouns for something said: ``Ana Ruiz's promise to "..."`` quotes Ana Ruiz.
SPEECH_NOUNS: tuple[str, ...] = (
    "accusation", "admission", "answer", "argument", "assertion", "boast", "call",
    "catchphrase", "claim", "comment", "comments", "complaint", "demand", "dictum",
    "insistence", "message", "phrase", "plea", "pledge", "prediction", "promise", "quip",
    "remark", "remarks", "reply", "response", "retort", "slogan", "statement",
    "suggestion", "tweet", "vow", "warning", "words",
)  # fmt: skip

#: Verbs that put a question to someone: ``Lee asked Ana Ruiz whether ...`` (the answer
#: after it is the person asked).
ASKING_VERBS: tuple[str, ...] = ("asked", "pressed", "questioned")

#: What ends one clause of a sentence and opens the next: a spaced dash (``... - Ana
#: Ruiz: "..."``), a comma and one of these conjunctions (``..., but she ...``), ``;``.
CLAUSE_DASHES: tuple[str, ...] = ("-", "--", "–", "—")
CLAUSE_BREAK_CONJUNCTIONS: tuple[str, ...] = ("and", "but")

#: Object pronouns as the subjects they stand for (``quoted him as saying``: he said).
OBJECT_PRONOUN_SUBJECTS: dict[str, str] = {"her": "she", "him": "he", "them": "they"}

#: Words that link a speech noun to the words in marks it introduces (``her remark
#: that "..."``, ``his call for "..."``, ``the claim of "..."``).
CONTENT_LINKS: tuple[str, ...] = ("for", "of", "that", "to")

#: Possessive pronouns that name a speaker before a speech noun (``her remark that
#: "..."``, ``his call for "..."``), each with the subject pronoun it stands for.
POSSESSIVE_PRONOUNS: dict[str, str] = {"her": "she", "his": "he", "their": "they"}

#: Object pronouns as a speaker (``According to her, ...``): the subject pronoun they
#: stand for.
OBJECT_PRONOUNS: dict[str, str] = {"her": "she", "him": "he", "them": "they"}

#: Words that may open a reporter's sentence before its subject
#: (``And she went on to say ...``): the subject follows them.
#: Conjunctions after a comma that open a contrasting clause (``..., although the union
#: said``).
CONTRAST_CONJUNCTIONS: tuple[str, ...] = ("although", "but", "though", "whereas", "while")

SENTENCE_CONJUNCTIONS: tuple[str, ...] = ("And", "But", "Now", "Or", "So", "Still", "Then", "Yet")

#: Conjunctions that open a subordinate clause before the main one (``As Trump
#: pledged to ..., many ...``): a quotation inside the clause is its subject's.
SUBORDINATORS: tuple[str, ...] = (
    "after", "although", "as", "because", "before", "once", "since", "though", "when",
    "whereas", "while",
)  # fmt: skip

#: Auxiliaries that open a question (``Is Sanders finally ...?``): never part of a name.
#: (``Will`` is left out: it is a first name too.)
QUESTION_AUXILIARIES: tuple[str, ...] = (
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "should", "was",
    "were", "would",
)  # fmt: skip

#: Quantities that speak as a group right before a reporting verb (``Some said``,
#: ``Most of them say``); numbers, ``N percent`` and ``N in 10`` are read as well.
QUANTITY_SUBJECTS: tuple[str, ...] = (
    "All", "Both", "Few", "Half", "Many", "Most", "Others", "Several", "Some", "a majority",
    "a minority", "a plurality", "a quarter", "a third", "all", "both", "few", "half",
    "majorities", "many", "most", "others", "several", "some",
)  # fmt: skip

#: Words before a singular noun that make a group of it (``Each side said``).
DISTRIBUTIVES: tuple[str, ...] = ("each", "either", "every", "neither")

#: Words before a noun that make a following verb form a noun (``the charge``, ``his
#: reply``) and that never end a name (``His comments``).
NOUN_DETERMINERS: tuple[str, ...] = (
    "a", "an", "her", "his", "its", "my", "our", "that", "the", "their", "these", "this",
    "those", "your",
)  # fmt: skip

#: Quantity words before a verb form that make it a noun (``some states``, ``other
#: charges``); :data:`QUANTITY_SUBJECTS` count too.
NOUN_QUANTIFIERS: tuple[str, ...] = ("five", "four", "no", "other", "such", "three", "two")

#: Speech verbs whose listener stands between them and the reported clause (``told
#: reporters that``, ``assured Trump that``, ``reminded members that``).
LISTENER_VERBS: tuple[str, ...] = (
    "advise", "assure", "inform", "notify", "promise", "reassure", "remind", "tell", "warn",
)  # fmt: skip

#: Prepositions that, right after a speech verb, give it an object rather than a
#: reported clause (``agreed with``, ``confirmed by``, ``commented on``). ``to`` and
#: ``of`` are left out: ``vowed to strike``, ``warned of a walkout`` report speech.
OBJECT_PREPOSITIONS: tuple[str, ...] = (
    "about", "across", "against", "behind", "beside", "between", "by", "during", "for", "from",
    "inside", "into", "near", "outside", "over", "through", "toward", "towards", "under",
    "upon", "with", "without",
)  # fmt: skip

#: Particles after ``call`` that make it no naming verb (``called off``, ``called for``).
NAMING_PARTICLES: tuple[str, ...] = (
    "back", "for", "in", "off", "on", "out", "to", "up", "upon",
)  # fmt: skip

#: Words that make a capitalised pair no person's name (``Wall Street``, ``Election Day``,
#: ``Federal Reserve``): never read as a pronoun's antecedent.
NOT_PERSON_NAME_WORDS: tuple[str, ...] = (
    "Academy", "Act", "Action", "American", "Americans", "Avenue", "Bank", "Bay", "Belt",
    "Bill", "Coast", "Convention", "County", "Court", "Day", "Democratic", "Democrats",
    "Depression", "Election", "Embassy", "Front", "Fund", "Great", "Heights", "History",
    "Hotel", "Islamic", "Island", "Islands", "Lake", "Law", "Market", "Movement", "Ocean",
    "Park", "Patriots", "Policy", "Primary", "Qaeda", "Recession", "Republican", "Republicans",
    "Reserve", "Review", "River", "Sea", "Several", "Square", "State", "States", "Street",
    "Train", "Valley", "War", "Watch", "World",
)  # fmt: skip

#: Common nouns that end a named listener or medium after ``told`` (``told LBC radio``,
#: ``told ABC's 7.30 program``, ``told the Senate committee``).
MEDIUM_NOUNS: tuple[str, ...] = (
    "agency", "broadcaster", "channel", "committee", "conference", "estimates", "forum",
    "hearing", "inquiry", "newspaper", "panel", "podcast", "program", "programme", "radio",
    "show", "station", "summit", "television", "website",
)  # fmt: skip

#: Listeners named after ``told`` (``told reporters that``), besides names and a
#: determiner with its noun (``told the crowd``).
LISTENER_WORDS: tuple[str, ...] = (
    "MPs", "MSPs", "analysts", "attendees", "colleagues", "constituents", "councillors",
    "customers", "delegates", "detectives", "employees", "executives", "followers", "her",
    "him", "investigators", "investors", "journalists", "jurors", "lawmakers", "legislators",
    "listeners", "managers", "me", "members", "negotiators", "officers", "officials", "parents",
    "parliament", "peers", "police", "protesters", "reporters", "residents", "senators",
    "shareholders", "staff", "students", "supporters", "them", "us", "viewers", "voters",
    "workers",
)  # fmt: skip

#: Units of an organization written with a number (``UAW Local 600``, ``District 9``):
#: a group speaker may end with the number.
NUMBERED_UNITS: tuple[str, ...] = (
    "branch", "chapter", "council", "district", "division", "local", "lodge", "region",
    "section", "unit",
)  # fmt: skip

#: Words that open a short phrase allowed after a closing ``..., she said``
#: (``in a court filing``, ``on Twitter``, ``during the rally``).
ATTRIBUTION_TAIL_PREPOSITIONS: tuple[str, ...] = (
    "after", "at", "before", "during", "from", "in", "on", "over", "through", "to", "via",
)  # fmt: skip

#: Time words allowed alone after a closing ``..., she said`` (``Tuesday``, ``later``).
ATTRIBUTION_TAIL_TIMES: tuple[str, ...] = (
    "Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday", "afterward",
    "afterwards", "earlier", "later", "recently", "today", "tonight", "yesterday",
)  # fmt: skip

#: ``last night``, ``this morning``, ``last week``: a word that points at a time, then
#: a period of the day or of the calendar (or a weekday), allowed after a closing ``...,
#: the union said``.
ATTRIBUTION_TAIL_DEICTICS: tuple[str, ...] = ("last", "this")
ATTRIBUTION_TAIL_PERIODS: tuple[str, ...] = (
    "afternoon", "evening", "month", "morning", "night", "week", "weekend", "year",
)  # fmt: skip

#: Capitalized words that are never the first word of a person's name.
NAME_STOPWORDS: tuple[str, ...] = (
    "A", "About", "According", "Addressing", "After", "Again", "Against", "All", "Also",
    "Although", "Among", "An", "And", "Another", "April", "As", "Asked", "At", "August",
    "Because", "Before", "Besides", "Both", "But", "By", "Commenting", "Continuing", "Days",
    "Decades", "December", "During", "Each", "Earlier", "Editor", "Eight", "Even", "Ever",
    "Every", "Explaining", "February", "Finally", "First", "Five", "For", "Four", "Friday",
    "From", "He", "Hence", "Her", "Here", "His", "Hours", "How", "However", "I", "If", "Image",
    "In", "Indeed", "Instead", "Into", "It", "Its", "January", "July", "June", "Just",
    "Lamenting", "Last", "Later", "Like", "Listen", "Many", "March", "May", "Maybe",
    "Meanwhile", "Moments", "Monday", "Months", "Most", "Mr", "My", "Narrating", "Next",
    "Nine", "No", "Nor", "Not", "November", "Now", "October", "Of", "Oh", "On", "Once", "One",
    "Only", "Or", "Other", "Others", "Otherwise", "Our", "Over", "Perhaps", "Photo",
    "Reacting", "Read", "Recalling", "Reflecting", "Replying", "Responding", "Said",
    "Saturday", "Says", "Second", "September", "Seven", "She", "Shortly", "Since", "Six", "So",
    "Some", "Soon", "Speaking", "Still", "Sunday", "Ten", "That", "The", "Their", "Then",
    "There", "These", "They", "Third", "This", "Those", "Though", "Three", "Through",
    "Thursday", "Thus", "To", "Today", "Told", "Tomorrow", "Tonight", "Tuesday", "Two",
    "UPDATE", "Ultimately", "Under", "Unlike", "Until", "Update", "Video", "Watch", "We",
    "Wednesday", "Weeks", "Welcoming", "Well", "What", "When", "Where", "Which", "While",
    "Who", "Whom", "Why", "With", "Without", "Writing", "Years", "Yes", "Yesterday", "Yet",
    "You", "Your",
)  # fmt: skip

#: Lower-case particles inside names (``Ludwig van Beethoven``, ``Mr. de Vos``), and the
#: ampersand that joins the words of a firm's name (``Marks & Spencer``).
NAME_PARTICLES: tuple[str, ...] = (
    "&", "'t", "St.", "a/l", "a/p", "ab", "af", "al", "ap", "ben", "bin", "binti", "d/o", "da",
    "dan", "das", "de", "del", "dela", "della", "delos", "den", "der", "di", "do", "dos", "du",
    "el", "ibn", "ka", "la", "las", "le", "los", "s/o", "ten", "ter", "van", "von", "wa", "y",
    "zu", "’t",
)  # fmt: skip

#: Particles that join a father's name to a person's (``Zaki bin Haji Abu Hassan``,
#: ``Ravi a/l Muthu``): an honour after one is the father's (of :data:`NAME_PARTICLES`).
PATRONYMIC_PARTICLES: tuple[str, ...] = (
    "a/l", "a/p", "ap", "ben", "bin", "binti", "d/o", "ibn", "s/o",
)  # fmt: skip

#: Irish surname openers written as a word of their own (``Ó Murchú``, ``Ní Bhriain``,
#: ``Mac Suibhne``): the surname is the opener and what follows it.
IRISH_SURNAME_OPENERS: tuple[str, ...] = ("Mac", "Mhic", "Nic", "Ní", "O", "Uí", "Ó")

#: Gaelic surname openers after which ``an`` is part of the name (``Mac an t-Saoir``).
GAELIC_PATRONYMS: tuple[str, ...] = ("Mac", "Mhic", "Nic")

#: Name suffixes (``Martin Luther King Jr.``).
NAME_SUFFIXES: tuple[str, ...] = ("Esq.", "II", "III", "IV", "Jr", "Jr.", "Sr", "Sr.", "V")

#: Words before a quoted title that mark it as the title of a work, not speech.
WORK_NOUNS: tuple[str, ...] = (
    "act", "album", "albums", "article", "bill", "blog", "book", "books", "campaign", "column",
    "comedy", "documentary", "drama", "episode", "episodes", "essay", "exhibit", "exhibition",
    "film", "films", "game", "hashtag", "headline", "initiative", "magazine", "memoir", "movie",
    "movies", "musical", "newsletter", "novel", "novels", "op-ed", "opera", "operation",
    "painting", "play", "plays", "podcast", "poem", "program", "programme", "project", "report",
    "segment", "series", "show", "shows", "single", "sitcom", "slogan", "song", "songs", "tour",
    "track", "video",
)  # fmt: skip

#: Verbs and phrases right before a quoted title that mark it as a title.
WORK_CUES: tuple[str, ...] = (
    "aired", "airing", "appeared on", "appearing on", "entitled", "headed", "headlined",
    "host of", "hosted", "hosts", "in", "named", "on", "star of", "starring", "titled",
)  # fmt: skip

#: Words right before a quote that mark a nickname.
NICKNAME_CUES: tuple[str, ...] = (
    "a.k.a.", "aka", "also called", "better known as", "called herself", "called himself",
    "calls herself", "calls himself", "dubbed", "go by", "goes by", "known as", "nicknamed",
    "so called", "so-called",
)  # fmt: skip

#: Words right before a quote that name what follows when it is written as a title
#: (``a campaign branded "Fair Pay Now"``); before lower-case words they may report
#: someone's words (``she branded the offer "derisory"``), which stay quotations.
NAMING_CUES: tuple[str, ...] = (
    "badged as", "billed as", "branded", "christened", "labeled", "labelled", "marketed as",
    "rebranded", "renamed", "styled", "termed", "trademarked",
)  # fmt: skip


def _regular_forms(lemma: str) -> tuple[str, ...]:
    if lemma.endswith("ee"):
        return (lemma, lemma + "s", lemma + "d", lemma + "ing")
    if lemma.endswith("e"):
        return (lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing")
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return (lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing")
    if lemma in _DOUBLING:
        last = lemma[-1]
        return (lemma, lemma + "s", lemma + last + "ed", lemma + last + "ing")
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        return (lemma, lemma + "es", lemma + "ed", lemma + "ing")
    return (lemma, lemma + "s", lemma + "ed", lemma + "ing")


@functools.cache
def given_names() -> frozenset[str]:
    """Every first name of :data:`FEMALE_FIRST_NAMES` and :data:`MALE_FIRST_NAMES`."""
    return frozenset(FEMALE_FIRST_NAMES) | frozenset(MALE_FIRST_NAMES)


@functools.cache
def verb_forms(lemmas: tuple[str, ...] = REPORTING_VERBS) -> frozenset[str]:
    """Return every inflected form of *lemmas* (``say`` -> say, says, said, saying)."""
    out: set[str] = set()
    for lemma in lemmas:
        if lemma in IRREGULAR_FORMS:
            # Base, -s and -ing forms as for a regular verb (``write`` -> writes,
            # writing), the past forms from the table (wrote, written).
            base, third, _past, ing = _regular_forms(lemma)
            out.update((base, third, ing))
            out.update(IRREGULAR_FORMS[lemma])
            if lemma == "plead":
                out.add("pleaded")
        else:
            out.update(_regular_forms(lemma))
    return frozenset(out)


# --------------------------------------------------------------------------- speaker grammar

#: Words that open a clause, never an appositive after a speaker (``said Ana Ruiz,
#: adding ...``, ``said Ana Ruiz, when asked``).
APPOSITIVE_STOPS: tuple[str, ...] = (
    "according", "adding", "after", "although", "and", "arguing", "as", "at", "because",
    "before", "but", "calling", "explaining", "if", "in", "noting", "on", "referring", "said",
    "saying", "says", "though", "told", "when", "where", "which", "while",
)  # fmt: skip

#: Function words that never belong to a speaker phrase (auxiliaries, prepositions,
#: conjunctions, pronouns); matched in lower case only.
FUNCTION_WORDS: tuple[str, ...] = (
    "after", "also", "although", "and", "are", "as", "at", "be", "because", "been", "before",
    "being", "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has",
    "have", "he", "her", "him", "his", "i", "if", "in", "is", "it", "its", "may", "me", "might",
    "my", "not", "of", "on", "once", "or", "our", "she", "should", "since", "than", "that",
    "their", "them", "then", "these", "they", "this", "those", "though", "to", "unless",
    "until", "us", "was", "we", "were", "when", "where", "whether", "which", "while", "who",
    "whom", "will", "with", "without", "would", "you", "your",
)  # fmt: skip

#: Words that open an unnamed speaker (``a nurse``, ``one organizer``, ``another driver``).
INDEFINITE_LEADS: tuple[str, ...] = ("a", "an", "another", "one")

#: Pronouns that stand for an unnamed person, with a phrase of where they are (``Someone
#: in the crowd``, ``somebody from the union``).
INDEFINITE_PERSONS: tuple[str, ...] = ("everybody", "everyone", "somebody", "someone")

#: Words that join the words of an organization's name after ``of`` (``the Brotherhood
#: of Locomotive Engineers and Trainmen``).
ORG_NAME_JOINERS: tuple[str, ...] = ("&", "and", "for", "of", "on")

#: Prepositions between a group or title and its organization (``members of Local 7``,
#: ``a nurse at Mercy Hospital``).
ORG_PREPOSITIONS: tuple[str, ...] = ("at", "for", "from", "in", "of", "outside", "with")

#: Prepositions that may extend a noun-phrase speaker (``the drivers outside the depot``).
PHRASE_PREPOSITIONS: tuple[str, ...] = (
    "at", "for", "from", "in", "inside", "near", "of", "on", "outside", "to", "with", "within",
)  # fmt: skip

#: Determiners inside such a prepositional phrase.
PHRASE_DETERMINERS: tuple[str, ...] = ("a", "an", "her", "his", "its", "the", "their")

#: Quantities that open a partitive speaker (``some of the drivers``).
PARTITIVE_QUANTIFIERS: tuple[str, ...] = (
    "all", "any", "both", "each", "many", "most", "none", "one", "several", "some", "three",
    "two",
)  # fmt: skip

#: Determiners after a partitive's ``of``.
PARTITIVE_DETERMINERS: tuple[str, ...] = (
    "her", "his", "its", "our", "the", "their", "these", "those",
)  # fmt: skip

#: Large counts that open a plural speaker (``hundreds of nurses``).
PARTITIVE_MULTITUDES: tuple[str, ...] = ("dozens", "hundreds", "scores", "thousands")

#: Particles that may open a name (``de Blasio``, ``van Hollen``, ``bin Salman``).
NAME_START_PARTICLES: tuple[str, ...] = (
    "De", "Van", "bin", "da", "de", "del", "dela", "delos", "der", "di", "dos", "du", "ibn",
    "ter", "van", "von",
)  # fmt: skip

#: Subject pronouns a speaker phrase may be (matched also capitalized).
SUBJECT_PRONOUNS: tuple[str, ...] = ("I", "he", "it", "she", "they", "we", "you")

#: Subject pronouns of a finite clause before a participle (matched also capitalized).
CLAUSE_PRONOUNS: tuple[str, ...] = ("I", "he", "she", "they", "we")

#: Words that end no name (with :data:`WEEKDAYS`): ``Ana Ruiz On`` is ``Ana Ruiz``.
NAME_TRAIL_STOPS: tuple[str, ...] = (
    "A", "And", "At", "But", "In", "On", "The", "Today", "Tonight", "Yesterday",
)  # fmt: skip

#: Prepositions between a title and its organization (``president of Local 7``).
TITLE_PREPOSITIONS: tuple[str, ...] = ("at", "for", "from", "in", "of", "to", "with")

#: Determiners after a title's preposition that name no organization (``a writer on a
#: police drama``, ``a modeler in his first union job``).
UNNAMING_DETERMINERS: tuple[str, ...] = ("a", "an", "her", "his", "its", "their")

#: Articles and possessives dropped from the front of a title (``a member`` -> ``member``,
#: ``one striking worker`` -> ``striking worker``; ``One`` only before a lower-case word:
#: ``One Nation leader`` keeps it).
TITLE_ARTICLES: tuple[str, ...] = (
    "a", "an", "another", "her", "his", "its", "one", "our", "the", "their",
)  # fmt: skip

#: Words of the title tables that are no title by themselves.
NOT_TITLE_WORDS: tuple[str, ...] = (
    "a", "an", "and", "co-", "her", "his", "its", "of", "our", "the", "their",
)  # fmt: skip

#: How a membership is coordinated with a job in an appositive (``a nurse and a member
#: of the union``): the words between them.
MEMBERSHIP_LINKS: tuple[str, ...] = (
    "and a longtime member of", "and a member of", "and member of",
)  # fmt: skip

#: Prepositions after a group's head noun, before where its people work (``Workers at
#: Harbour Foods``, ``Nurses in the NHS``): the head of the phrase comes before one.
HEAD_CUT_PREPOSITIONS: tuple[str, ...] = ("at", "for", "from", "in", "with")

#: Words in a description with no organization that name a side of the dispute
#: (``a union spokesman``, ``company officials``) or a public employer's body, whose
#: named employer it means (``a council spokeswoman``).
SIDE_UNION_WORDS: tuple[str, ...] = (
    "federation", "guild", "local", "mahasangh", "samiti", "sangh", "sanghatana", "union",
    "unions",
)  # fmt: skip
SIDE_EMPLOYER_WORDS: tuple[str, ...] = (
    "company", "corporation", "district", "employer", "employers", "firm", "management",
)  # fmt: skip
#: Adjectives of :data:`SIDE_BODY_WORDS`, and the body's noun each means (``a municipal
#: spokesperson``: the municipality's).
BODY_ADJECTIVES: tuple[tuple[str, str], ...] = (("municipal", "municipality"),)
SIDE_BODY_WORDS: tuple[str, ...] = (
    "airline", "authority", "board", "borough", "city", "college", "council", "county",
    "health", "hospital", "municipal", "port", "post", "railway", "shire", "town", "trust",
    "university",
)  # fmt: skip

#: Common nouns for an employer that own a person besides :data:`GROUP_NOUNS` (``the
#: district's attorney``, ``the carrier's chief executive``).
OWNER_NOUNS: tuple[str, ...] = (
    "airline", "authority", "automaker", "carrier", "district", "operator", "railroad",
    "railway", "retailer", "trust",
)  # fmt: skip

#: Workers' own councils (a German ``works council``, ``the care workers' council``):
#: bodies of the union side, no employer's council.
WORKER_COUNCIL_WORDS: tuple[str, ...] = (
    "workers council", "workers' council", "workers’ council", "works council",
)  # fmt: skip

#: Words that make a title another office than the bare title (``shadow chancellor``,
#: ``deputy leader``): ``the chancellor`` refers to no one holding such a title.
OFFICE_RANK_MODIFIERS: tuple[str, ...] = (
    "acting", "assistant", "associate", "deputy", "interim", "junior", "shadow", "vice",
)  # fmt: skip

#: Words that, with a number, name a school year, not an organization (``Year 12
#: student``, ``Grade 3 teacher``).
SCHOOL_YEAR_WORDS: tuple[str, ...] = ("class", "form", "grade", "year")

#: Words of rank or size before a group noun (``Britain's biggest union``, ``the
#: country's second-largest carrier``): modifiers of a group, never of a title.
GROUP_RANK_MODIFIERS: tuple[str, ...] = (
    "biggest", "largest", "second-biggest", "second-largest", "smallest",
    "third-largest",
)  # fmt: skip

#: Nouns of a government body that a lower-case description names with its portfolio
#: (``the finance ministry``, ``a justice department spokeswoman``, ``a ministry of
#: health official``).
GOVERNMENT_BODY_NOUNS: tuple[str, ...] = ("department", "ministry")

#: Words of a person's rank or standing before a described body (``a senior finance
#: ministry official``): they describe the person, not the body.
PERSON_RANK_WORDS: tuple[str, ...] = (
    "acting", "assistant", "chief", "deputy", "former", "junior", "longtime", "retired",
    "second", "senior", "third", "top", "veteran",
)  # fmt: skip

#: Words of the title and group tables that modify no group noun.
NOT_GROUP_MODIFIERS: tuple[str, ...] = ("and", "co-", "of", "white house")

#: Relative pronouns: a descriptor that opens with one is a clause, not a title.
RELATIVE_PRONOUNS: tuple[str, ...] = ("that", "which", "who", "whom", "whose")

#: Verbs of an office in a relative clause after a name, and the title they give
#: (``Ana Ruiz, who chairs the Harbour Board,`` -> ``chair`` of the Harbour Board).
OFFICE_VERBS: dict[str, str] = {
    "chairs": "chair", "directs": "director", "founded": "founder", "heads": "head",
    "leads": "leader", "manages": "manager", "runs": "head",
}  # fmt: skip

#: Verbs of a relative clause that say where a person works, studies or teaches (``an
#: associate professor who studies labour relations at Allendale College``): the named
#: body after ``at`` or ``for`` is hers (``who has driven for Halifax Transit``), and the
#: clause tells the role (``who has worked at Acme for 20 years``, a worker).
WORKPLACE_CLAUSE_VERBS: tuple[str, ...] = (
    "assembled", "assembles", "cleaned", "cleans", "cooked", "cooks", "covered", "covers",
    "delivered", "delivers", "driven", "drives", "drove", "installed", "installs", "lectured",
    "lectures", "nursed", "packed", "packs", "researches", "sorted", "sorts", "specialises",
    "specializes", "stocked", "stocks", "studies", "taught", "teaches", "worked", "works",
)  # fmt: skip

#: Verbs of a relative clause that tell a speaker uses a company's service (``who takes
#: a Lyft home``, ``who shops at FreshWay``, ``who commutes from Tallow``): a customer, no
#: one of its staff.
CUSTOMER_CLAUSE_VERBS: tuple[str, ...] = (
    "booked", "books", "bought", "buys", "catches", "caught", "commuted", "commutes",
    "depended", "depends", "flew", "flies", "ordered", "orders", "relied", "relies", "rides",
    "rode", "shopped", "shops", "takes", "took", "used", "uses",
)  # fmt: skip

#: Abbreviations whose period belongs to the speaker (``Acme Inc.``).
KEPT_ABBREVIATIONS: tuple[str, ...] = (
    "Bros", "Calif", "Co", "Corp", "Inc", "Jr", "Ltd", "Mass", "Sr", "St",
)  # fmt: skip

#: Endings of agent nouns (``the organizer``, ``the spokeswoman``): ``the`` + one of
#: them is a role.
AGENT_SUFFIXES: tuple[str, ...] = ("ant", "ee", "ent", "er", "ian", "ist", "man", "or", "woman")

#: Words after which a pronoun still starts the subject (``and he said``).
PRONOUN_LEADS: tuple[str, ...] = (
    "after", "although", "and", "as", "because", "before", "but", "if", "now", "or", "since",
    "so", "that", "then", "though", "until", "when", "where", "while", "yet",
)  # fmt: skip

#: Verbs that take an object, so ``told reporters`` is not ``said Jane``, and
#: ``"...," described the plan as ...`` is no inverted speaker ``the plan``: the verbs of a
#: listener and those whose object is named or judged (``described X as``, ``hailed X as``).
OBJECT_VERBS: tuple[str, ...] = (
    "accuse", "ask", "brand", "call", "characterise", "characterize", "condemn", "denounce",
    "describe", "dismiss", "hail", "inform", "label", "remind", "tell", "urge",
)  # fmt: skip

#: Words skipped between a subject and its verb (with :data:`WEEKDAYS`): ``Ruiz on
#: Tuesday said``, ``Ruiz went on to say``.
BEFORE_VERB_SKIPS: tuple[str, ...] = ("go", "goes", "on", "to", "went")

#: HTML tags left in scraped copy that open or close a paragraph (``<p>``, ``</div>``,
#: ``<br/>``): block elements, line breaks and images. Inline tags (``<a>``, ``<em>``) are
#: not here: they sit inside a sentence.
BLOCK_TAGS: tuple[str, ...] = (
    "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "img", "li", "ol", "p",
    "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
)  # fmt: skip

#: HTML tags left in scraped copy that sit inside a sentence (``said <a href="/r">Ana
#: Ruiz</a>``, ``<strong>``): skipped between a reporting verb and its speaker.
INLINE_TAGS: tuple[str, ...] = ("a", "abbr", "b", "cite", "em", "i", "span", "strong", "u")

#: Adverbs between ``is`` and ``quoted as`` (``Ruiz was later quoted as saying``).
QUOTED_AS_ADVERBS: tuple[str, ...] = ("also", "later", "often", "once")

#: The days of the week.
WEEKDAYS: tuple[str, ...] = (
    "Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday",
)  # fmt: skip

#: Words skipped between an inverted verb and its speaker (with :data:`WEEKDAYS`):
#: ``said on Tuesday Ana Ruiz``, ``said flatly Ana Ruiz``.
AFTER_VERB_ADVERBS: tuple[str, ...] = (
    "again", "also", "bluntly", "earlier", "flatly", "later", "once", "recently", "simply",
    "then", "today", "tonight", "yesterday",
)  # fmt: skip

#: Words before a verb form that make it a noun (``the retort``, ``their claims``).
NOUN_LEADS: tuple[str, ...] = (
    "a", "an", "her", "his", "its", "my", "no", "our", "such", "the", "their", "these",
    "those", "your",
)  # fmt: skip

#: Prepositions whose object is no title of the name after it (``Speaking to reporters,
#: Ana Ruiz``, ``Asked by delegates, Ana Ruiz``): the phrase is an adverbial.
ADVERBIAL_PREPOSITIONS: tuple[str, ...] = (
    "about", "at", "by", "for", "from", "in", "on", "to", "with", "without",
)  # fmt: skip

#: Participles whose object is the audience, not the speaker's post (``Ana Ruiz,
#: speaking to reporters,``; ``Addressing delegates, Ana Ruiz``). (``writing in the
#: Post`` is left out: it names the writer's outlet.)
LISTENER_PARTICIPLES: tuple[str, ...] = (
    "addressing", "answering", "briefing", "speaking", "talking", "telling", "testifying",
)  # fmt: skip

#: Prepositions after such a participle that name whom the speaker speaks for, not to
#: (``speaking for the government``, ``speaking on behalf of the union``).
ON_BEHALF_PREPOSITIONS: tuple[str, ...] = ("for", "on")

#: Titles held at a company or a body, after which one unknown capitalized word is its
#: name (``Lear spokesman``, ``Acme chief executive``, ``Harvard president``), not a
#: place (titles of elected office are left out: ``Leeds councillor``).
ORG_TITLE_HEADS: tuple[str, ...] = (
    "analyst", "boss", "chair", "chairman", "chairperson", "chairwoman", "director",
    "economist", "executive", "founder", "manager", "negotiator", "organiser", "organizer",
    "owner", "president", "spokesman", "spokesperson", "spokeswoman", "steward",
)  # fmt: skip

#: Capitalized words before such a title that name no organization (``Family
#: spokesman``, ``Opposition health spokesman``).
NOT_ORG_LEADS: tuple[str, ...] = ("campaign", "community", "family", "opposition")

#: Words of such a title that make the capitalized word before it a person's office,
#: not an organization (``Clinton campaign manager``).
PERSONAL_OFFICE_WORDS: tuple[str, ...] = ("campaign",)

#: The last words of bodies that ``the agency`` does not refer to: institutions and
#: councils, each with a noun of its own (``the hospital``, ``the council``).
NOT_AGENCY_HEADS: tuple[str, ...] = (
    "college", "council", "court", "hospital", "school", "university",
)  # fmt: skip

#: The units a union's officer serves, after ``for the`` (``the NSGEU staff
#: representative for the bargaining unit``): no organization.
SERVED_UNITS: tuple[str, ...] = ("bargaining unit", "unit")

#: Words of a part of a place after its possessive, besides the compass points (``the
#: city's north side``, ``the town's east end``).
TOWN_PART_WORDS: tuple[str, ...] = ("center", "centre", "edge", "end", "outskirts", "side")

#: Nouns of a workplace that a relative clause's ``at the`` names as the employer's,
#: besides :data:`WORKPLACE_NOUNS` (``who has worked at the centre for four years``).
RELATIVE_WORKPLACE_NOUNS: tuple[str, ...] = (
    "center", "centre", "department", "office", "section",
)  # fmt: skip

#: Workplaces named by a common noun after a group (``workers at the plant``, ``staff at
#: the depot``, ``miners at the pit``): the group's place of work, part of its phrase.
WORKPLACE_NOUNS: tuple[str, ...] = (
    "airport", "branch", "clinic", "depot", "docks", "facility", "factory", "garage", "home",
    "hub", "mill", "mine", "mines", "pit", "plant", "plants", "port", "refinery", "shipyard",
    "site", "smelter", "station", "steelworks", "store", "stores", "terminal", "ward",
    "warehouse", "works", "yard",
)  # fmt: skip

#: Words that introduce an interview's guest before their name (``The Star sat down
#: with organiser Ana Ruiz``), read before a transcript's first question.
INTERVIEW_LEADS: tuple[str, ...] = (
    "Q&A with", "caught up with", "interview with", "interviewed", "sat down with", "spoke to",
    "spoke with", "talked to", "talked with",
)  # fmt: skip

#: Heads of an unnamed speaker's description that speak for a body, and the body's nouns
#: written before them (``a health board spokesman``, ``a senior company official``):
#: the nouns name the organization, the title is the head (``spokesman``, ``official``).
BODY_VOICE_HEADS: tuple[str, ...] = (
    "official", "representative", "source", "spokesman", "spokesperson", "spokeswoman",
)  # fmt: skip
#: Ranks kept before such a head (``a senior council official`` -> ``senior official``).
BODY_VOICE_RANKS: tuple[str, ...] = ("acting", "deputy", "former", "junior", "senior", "top")
#: Words of a compound body noun before it (``health board``, ``water authority``).
DESCRIPTION_BODY_LEADS: tuple[str, ...] = ("fire", "health", "water")
DESCRIPTION_BODY_NOUNS: tuple[str, ...] = (
    "agency", "airline", "authority", "board", "borough", "carrier", "city", "company",
    "corporation", "council", "county", "department", "employer", "firm", "government",
    "hospital", "management", "ministry", "operator", "police", "railway", "school", "shire",
    "trust", "union", "university",
)  # fmt: skip

#: Heads of a title that a portfolio joined by ``and`` may open (``the health and social
#: care secretary``, ``the culture, media and sport spokeswoman``).
PORTFOLIO_TITLE_HEADS: tuple[str, ...] = (
    "commissioner", "correspondent", "director", "editor", "minister", "secretary",
    "spokesman", "spokesperson", "spokeswoman",
)  # fmt: skip

#: Plural heads of people who study or watch a field (``Labor experts``, ``union
#: analysts``): the words before them name the field, no organization of the article.
OUTSIDE_PLURALS: tuple[str, ...] = (
    "academics", "analysts", "commentators", "economists", "experts", "historians",
    "observers", "professors", "researchers", "scholars", "watchers",
)  # fmt: skip

#: Nouns of a kind of business written between ``at`` and its name (``an economist at
#: consultancy Quadrante``, ``a partner at law firm Baird Cole``).
BUSINESS_KIND_NOUNS: tuple[str, ...] = (
    "agency", "bank", "broker", "brokerage", "chain", "charity", "company", "consultancy",
    "firm", "fund", "group", "insurer", "lender", "manufacturer", "publisher", "retailer",
    "stockbroker", "tank",
)  # fmt: skip

#: Participles after a place or a nation and a hyphen, before an organization's name,
#: that say where it is based or whose it is (``the Jakarta-based``, ``South
#: Korean-owned``, ``Labour-run``, ``SNP-led``): no part of the name.
BASE_PARTICIPLES: tuple[str, ...] = ("based", "controlled", "led", "owned", "run")

#: Verbs of a relative clause after a person's name that tell their work (``who has
#: worked at the plant for 20 years``, ``who installs wiring``): in a dispute, a worker,
#: where the work is at the employer's (or at no place named).
RELATIVE_WORK_VERBS: tuple[str, ...] = (
    "assembles", "cleans", "cooks", "delivers", "driven", "drives", "earns", "employed",
    "installs", "joined", "nursed", "packs", "served", "serves", "sorts", "started",
    "stocks", "taught", "teaches", "work", "worked", "working", "works",
)  # fmt: skip

#: Verbs of such a clause that tell a part in the dispute's action (``who voted for the
#: union``, ``who walked out on Monday``): in a dispute, a worker wherever it took place.
RELATIVE_ACTION_VERBS: tuple[str, ...] = ("picketed", "struck", "voted", "walked")

#: Verbs of such a clause that tell a business of one's own (``who runs a hardware
#: store``, ``who owns a cafe``): with an indefinite object, someone the dispute touches.
RELATIVE_OWNER_VERBS: tuple[str, ...] = ("owned", "owns", "ran", "runs")

#: Verbs of such a clause that tell a life outside the dispute (``who commutes to
#: Leeds``, ``who relies on the buses``): someone the dispute touches (``other``).
RELATIVE_LIFE_VERBS: tuple[str, ...] = (
    "commuted", "commutes", "depended", "depends", "evacuated", "fled", "lived", "lives",
    "relied", "relies", "rescued", "rides", "shops", "suffered", "suffers", "survived",
    "traveled", "travelled", "travels", "uses", "visited", "visits", "waited",
)  # fmt: skip

#: Words read past between ``who`` and its verb (``who has long worked``).
RELATIVE_AUXILIARIES: tuple[str, ...] = (
    "already", "also", "been", "had", "has", "have", "is", "just", "long", "now", "once",
    "only", "still", "was",
)  # fmt: skip

#: A US legislator's party initial in a party-state tag after the name (``Sen. Ann Lee,
#: D-Ohio,``; ``(R-Texas)``), and the party it names: no title, the party.
PARTY_INITIAL_NAMES: tuple[tuple[str, str], ...] = (
    ("D", "Democrat"), ("I", "Independent"), ("R", "Republican"),
)  # fmt: skip
PARTY_INITIALS: tuple[str, ...] = tuple(letter for letter, _ in PARTY_INITIAL_NAMES)

#: Modifiers that make the verb form after them a noun (``pay offer``, ``the improved
#: offer``, ``the latest report``, ``a fresh claim``): no verb follows them.
NOUN_MODIFIERS: tuple[str, ...] = (
    "best", "contract", "final", "fresh", "improved", "latest", "new", "pay", "revised",
    "salary", "wage",
)  # fmt: skip

#: Words after which a new clause (with its own subject) begins.
CLAUSE_OPENERS: tuple[str, ...] = (
    "after", "although", "and", "as", "because", "before", "but", "if", "since", "so", "though",
    "until", "when", "whereas", "which", "while", "who", "whom", "yet",
)  # fmt: skip

#: Irregular past forms of common verbs: a clause's finite verb before a participle, and
#: no appositive's first word (``Ana Ruiz, struck a defiant tone``).
COMMON_IRREGULAR_PASTS: tuple[str, ...] = (
    "became", "began", "brought", "came", "drew", "felt", "fought", "gave", "got", "held",
    "kept", "knew", "led", "left", "lost", "made", "met", "paid", "put", "ran", "said", "sat",
    "sent", "sought", "spent", "spoke", "stood", "struck", "thought", "told", "took", "went",
    "won", "wrote",
)  # fmt: skip


# ------------------------------------------------------------ clauses, references, reported speech

#: Short words that title case leaves in lower case (``Bridge over the River``).
SMALL_WORDS: tuple[str, ...] = (
    "a", "an", "and", "are", "as", "at", "be", "but", "by", "de", "el", "for", "from", "in", "into",
    "is", "la", "nor", "not", "of", "on", "or", "over", "so", "the", "to", "up", "v.", "vs", "vs.",
    "with", "yet",
)  # fmt: skip

#: Words that follow a subject without being its verb (``Ana Ruiz and ...``).
NOT_VERBS: tuple[str, ...] = (
    "a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to", "with",
)  # fmt: skip

#: Capitalized function words that may still open a subject (``The union``, ``Each side``).
SUBJECT_STARTS: tuple[str, ...] = (
    "A", "All", "An", "Another", "Both", "Each", "Every", "He", "Her", "His", "I", "It", "Its",
    "Many", "Most", "My", "One", "Other", "Our", "Several", "She", "Some", "The", "Their", "They",
    "Three", "Two", "We",
)  # fmt: skip

#: Conjunctions after a comma that open a second clause (``..., but the union said``).
CLAUSE_CONJUNCTIONS: tuple[str, ...] = (
    "although", "and", "but", "so", "though", "whereas", "while", "yet",
)  # fmt: skip

#: Words that open a participle phrase after a closing verb (``said after meeting ...``).
TAIL_PARTICIPLE_LEADS: tuple[str, ...] = ("after", "before", "when", "while")

#: Parts of the day after a closing time word (``said Tuesday morning``).
DAY_PARTS: tuple[str, ...] = ("afternoon", "evening", "morning", "night")

#: Pronouns that stand for one person (``they`` / ``it`` stand for the last speaker).
PERSONAL_PRONOUNS: tuple[str, ...] = ("he", "i", "she", "you")

#: Pronouns whose antecedent may be the subject of the sentence before.
CENTRED_PRONOUNS: tuple[str, ...] = ("he", "she")

#: Name suffixes after which the word before is the surname (``Martin Luther King Jr.``).
SURNAME_SUFFIXES: tuple[str, ...] = ("II", "III", "IV", "Jr", "Sr")

#: Particles between a first name and a surname (``Ana de Ruiz``).
SURNAME_PARTICLES: tuple[str, ...] = (
    "da", "de", "del", "dela", "delos", "di", "la", "le", "van", "von",
)  # fmt: skip

#: First words that show the text after ``Name,`` is not a description of the name.
NOT_APPOSITIVE_STARTS: tuple[str, ...] = (
    "added", "adds", "after", "along", "also", "and", "before", "but", "for", "had", "has", "he",
    "however", "in", "is", "it", "like", "meanwhile", "on", "or", "said", "says", "she", "tells",
    "then", "they", "though", "told", "too", "was", "when", "where", "while", "who's",
)  # fmt: skip

#: Head nouns an appositive may describe a body with, besides :data:`HEAD_REFERENCES`
#: (``Kestrel Care, a charity,``): a later ``the charity`` is that body.
APPOSED_BODY_HEADS: tuple[str, ...] = ("charity",)

#: Nouns of a kind that close an employer's name besides :data:`BUSINESS_WORDS` (``Harbour
#: & Vine Theatre Company``): the name without them is the same employer's.
EMPLOYER_KIND_NOUNS: tuple[str, ...] = ("Company",)

#: Head nouns that point at the organization named last with that word in its name (``the
#: association`` -> ``Pacific Terminal Operators Association``), whatever its kind.
HEAD_REFERENCES: tuple[str, ...] = (
    "academy", "airport", "alliance", "association", "authority", "board", "borough",
    "brotherhood", "center", "centre", "chamber", "city", "club", "coalition", "college",
    "commission", "confederation", "council", "county", "court", "department", "federation",
    "forum", "foundation", "fund", "guild", "initiative", "institute", "league", "mahasangh",
    "ministry", "municipality", "network", "partnership", "project", "samiti", "sangh",
    "sanghatana", "shire", "society", "town", "tribunal", "trust",
)  # fmt: skip

#: A reference head, and the head of another body it stands for where the article names
#: no body with the first (``the authority`` for ``Harrowgate Borough Council``: a local
#: authority, in British usage).
REFERENCE_HEAD_FALLBACKS: tuple[tuple[str, str], ...] = (("authority", "council"),)

#: Reference heads that are adjectives too (``local resident``, ``a local councillor``):
#: a reference only as the head noun (``the local``, ``the local's president``).
ADJECTIVAL_REFERENCE_HEADS: tuple[str, ...] = ("local",)

#: Nouns of a public office for labour matters: ``labour`` or ``labor`` before one (``the
#: provincial labour ministry``, ``a Labor Department spokesman``) points at no union.
LABOUR_OFFICE_NOUNS: tuple[str, ...] = (
    "board", "commission", "commissioner", "court", "department", "inspector",
    "inspectorate", "inspectors", "minister", "ministry", "secretary", "tribunal",
)  # fmt: skip

#: Heads of a title that points at an organization (``a member of the union``).
TITLE_REFERENCE_HEADS: tuple[str, ...] = (
    "airline", "authority", "board", "carrier", "city", "club", "college", "company",
    "council", "district", "employer", "firm", "guild", "hospital", "hotel", "local",
    "ministry", "operator", "railroad", "railway", "retailer", "school", "studio", "studios",
    "trust", "union", "university",
)  # fmt: skip

#: Words before a time word between a verb and its clause (``said on Tuesday that``).
TIME_LEADS: tuple[str, ...] = ("earlier", "in", "last", "late", "on", "this")

#: Time words between a verb and its clause (``said on Tuesday that``).
TIME_WORDS: tuple[str, ...] = (
    "Friday", "Monday", "Saturday", "Sunday", "Thursday", "Tuesday", "Wednesday", "afternoon",
    "evening", "month", "morning", "night", "today", "week", "year", "yesterday",
)  # fmt: skip

#: Where a verb was said, after ``a`` / ``an`` (``said in a statement``).
STATEMENT_NOUNS: tuple[str, ...] = ("interview", "statement")

#: Words of :data:`ORG_WORDS` that are common surnames too: after a known given name they
#: end a person's name (``Amy Fox``, ``Liam Fox``), not an outlet's (``Post`` is left
#: out: mastheads open with place names that are given names too, ``Denver Post``).
SURNAME_ORG_WORDS: tuple[str, ...] = ("Fox",)

#: Documents whose author is named after ``by`` or ``from`` (``according to a statement
#: from the company``): the author is the source.
AUTHORED_DOCUMENTS: tuple[str, ...] = (
    "bulletin", "circular", "email", "filing", "leaflet", "letter", "memo", "newsletter",
    "notice", "post", "release", "report", "statement", "summary", "tweet",
)  # fmt: skip

#: Where a verb was said, after ``a [press]`` (``told a press briefing``).
BRIEFING_NOUNS: tuple[str, ...] = ("briefing", "call", "conference", "release")

#: Prepositions that open a fronted phrase of place or time before a sentence's subject
#: (``In Ballykeeran, Ana Ruiz was unmoved.``, ``Outside the depot, ...``), and
#: subordinators that open a fronted clause (``After the verdict, Ana Ruiz wept.``,
#: ``When given the chance, Ana Ruiz ...``).
FRONTED_PREPOSITIONS: tuple[str, ...] = (
    "Across", "After", "Among", "Around", "At", "Back", "Before", "Beside", "Despite", "Down",
    "During", "Following", "In", "Inside", "Near", "On", "Once", "Outside", "Over", "Since",
    "Until", "Up", "When", "While",
)  # fmt: skip

#: Prepositions of a setting between a verb and ``that`` (``said at the rally that``).
SETTING_PREPOSITIONS: tuple[str, ...] = (
    "after", "at", "before", "during", "in", "on", "to", "with",
)  # fmt: skip

#: Words of a description before an organization's name that tell its kind, which the
#: description keeps (``the think tank Halden Institute``, ``the union Unite``, ``the
#: government-funded``); other describing words are dropped (``the rival Willamette
#: Weekly`` -> ``Willamette Weekly``).
ORG_KIND_DESCRIBERS: tuple[str, ...] = (
    "advocacy", "agency", "association", "bank", "broadcaster", "campaign", "charity", "company",
    "consultancy", "council", "employer", "firm", "government", "group", "guild", "institute",
    "lobby", "ministry", "newspaper", "paper", "party", "regulator", "retailer", "state", "tank",
    "union", "university",
)  # fmt: skip

#: Common nouns for a kind of body that, capitalized as a sentence's first word before
#: a title, are part of the title, not an organization (``Media analyst``, ``Police
#: spokesman``, ``Hospital spokesman``, ``Committee chairman``).
COMMON_ORG_NOUNS: tuple[str, ...] = (
    "agency", "authority", "clinic", "committee", "department", "group", "hospital",
    "media", "ministry", "party", "police", "press", "service",
)  # fmt: skip

#: Capitalized words before an organization's name in a title that describe its place,
#: not its name (``Opposition NDP critic``).
ORG_LEAD_MODIFIERS: tuple[str, ...] = ("Official Opposition", "Opposition")

#: Kinds of body written after a name no table knows (``the Halden Institute think
#: tank``, ``of the Access for All Travellers group``): the name ends before them. (Not
#: ``union`` or ``party``, which give a kind; nor ``campaign`` or ``network``, which end
#: names: ``the Clinton campaign``.)
ORG_TAIL_DESCRIPTORS: tuple[str, ...] = (
    "campaign group", "charity", "coalition", "consultancy", "group", "lobby group",
    "pressure group", "think tank", "think-tank",
)  # fmt: skip

#: Sectors that, capitalized as a sentence's first word before a title, modify it
#: (``Mining analyst``, ``Aviation analyst``, ``Supply chain analyst``): no organization.
SECTOR_MODIFIERS: tuple[str, ...] = (
    "auto", "aviation", "banking", "climate", "commodities", "communications", "construction",
    "credit", "data", "defence", "defense", "energy", "equity", "finance", "financial",
    "healthcare", "housing", "insurance", "investment", "marketing", "markets", "mining", "oil",
    "operations", "personnel", "production", "property", "retail", "sales", "shipping", "steel",
    "supply", "tax", "tech", "technology", "telecoms", "transport",
)  # fmt: skip

#: Words of a sector or a market that a capitalized word before them modifies, in a
#: title (``Food industry analyst``, ``Small business owner``): no organization.
SECTOR_WORDS: tuple[str, ...] = (
    "business",
    "industry",
    "market",
    "sector",
    "trade",
)

#: Participles that open a title as a sentence's first word (``Managing Director Ana
#: Ruiz appealed ...``), not a participle phrase (``Rallying the drivers, ...``).
TITLE_PARTICIPLES: tuple[str, ...] = (
    "acting", "founding", "incoming", "managing", "outgoing", "presiding", "ranking",
)  # fmt: skip

#: Prepositions that open a setting set off by a comma before a clause's subject (``In
#: Louisville, Ky., welder Ana Ruiz said``, ``Outside the plant, Tom Lee said``).
SETTING_OPENERS: tuple[str, ...] = (
    "across", "after", "along", "amid", "at", "before", "during", "from", "in", "inside",
    "near", "on", "outside", "throughout",
)  # fmt: skip

#: Units of a length of time after a number (``a driver for 20 years``, ``a nurse of
#: three decades``): a duration, no organization.
DURATION_UNITS: tuple[str, ...] = (
    "centuries", "century", "days", "decade", "decades", "hours", "months", "weeks",
    "years",
)  # fmt: skip

#: Small numbers in ``four in 10``.
#: Possessives that open a body's own name, not its parent's (``King's College``).
NAME_POSSESSORS: tuple[str, ...] = (
    "Children", "King", "Men", "People", "Prince", "Princess", "Queen", "Women",
)  # fmt: skip

#: Words before ``to`` and a verb that say what a person is about to do, after their
#: title (``a student due to graduate``): the title ends before them.
PROSPECT_WORDS: tuple[str, ...] = (
    "able", "about", "due", "expected", "hoping", "likely", "poised", "set", "unable",
)  # fmt: skip

#: What a length of time after a title measures (``with 15 years' experience``,
#: ``a barrister of ten years' call``).
TENURE_NOUNS: tuple[str, ...] = ("call", "experience", "seniority", "service", "standing")

NUMBER_WORDS: tuple[str, ...] = (
    "eight", "five", "four", "nine", "one", "seven", "six", "three", "two",
)  # fmt: skip

#: Words that open a clause of its own after a reporting verb (``said he would``).
REPORTED_CLAUSE_OPENERS: tuple[str, ...] = ("I", "he", "it", "she", "that", "they", "we")

#: Pronouns that name no one outside the quotation.
NO_REFERENT_PRONOUNS: tuple[str, ...] = ("i", "it", "you")

#: Subject pronouns of a sentence that may name the speaker of the quotation paragraph after it.
THIRD_PERSON_PRONOUNS: tuple[str, ...] = ("he", "she", "they")

#: Prepositions before a title-case quotation that make it a name (``on "Meet the Press"``).
TITLE_LEAD_PREPOSITIONS: tuple[str, ...] = (
    "about", "at", "by", "during", "for", "from", "in", "into", "of", "on", "to", "with",
)  # fmt: skip


#: Adjectives of nationality, of world regions and of states (``a Chinese official``,
#: ``the French unions``, ``the Victorian branch``): they describe a speaker or a body,
#: and are no organization's name.
DEMONYMS: tuple[str, ...] = (
    "Afghan",
    "African",
    "Albanian",
    "Albertan",
    "Algerian",
    "American",
    "Angolan",
    "Arab",
    "Argentine",
    "Argentinian",
    "Armenian",
    "Asian",
    "Australian",
    "Austrian",
    "Azerbaijani",
    "Bahraini",
    "Bangladeshi",
    "Belarusian",
    "Belgian",
    "Bolivian",
    "Bosnian",
    "Brazilian",
    "British",
    "Bulgarian",
    "Burmese",
    "Californian",
    "Cambodian",
    "Cameroonian",
    "Canadian",
    "Caribbean",
    "Central African",
    "Central American",
    "Chilean",
    "Chinese",
    "Colombian",
    "Congolese",
    "Costa Rican",
    "Croatian",
    "Cuban",
    "Cypriot",
    "Czech",
    "Danish",
    "Dominican",
    "Dutch",
    "East African",
    "Ecuadorian",
    "Egyptian",
    "Emirati",
    "English",
    "Eritrean",
    "Estonian",
    "Ethiopian",
    "European",
    "Fijian",
    "Filipino",
    "Finnish",
    "Floridian",
    "French",
    "Georgian",
    "German",
    "Ghanaian",
    "Greek",
    "Guatemalan",
    "Haitian",
    "Honduran",
    "Hungarian",
    "Icelandic",
    "Indian",
    "Indonesian",
    "Iranian",
    "Iraqi",
    "Irish",
    "Israeli",
    "Italian",
    "Ivorian",
    "Jamaican",
    "Japanese",
    "Jordanian",
    "Kazakh",
    "Kenyan",
    "Korean",
    "Kosovar",
    "Kurdish",
    "Kuwaiti",
    "Kyrgyz",
    "Lao",
    "Latin American",
    "Latvian",
    "Lebanese",
    "Liberian",
    "Libyan",
    "Lithuanian",
    "Luxembourgish",
    "Macedonian",
    "Malagasy",
    "Malawian",
    "Malaysian",
    "Malian",
    "Maltese",
    "Mexican",
    "Middle Eastern",
    "Moldovan",
    "Mongolian",
    "Montenegrin",
    "Moroccan",
    "Mozambican",
    "Namibian",
    "Nepalese",
    "Nepali",
    "Nicaraguan",
    "Nigerian",
    "Nigerien",
    "North African",
    "North American",
    "North Korean",
    "Northern Irish",
    "Norwegian",
    "Omani",
    "Ontarian",
    "Pakistani",
    "Palestinian",
    "Panamanian",
    "Paraguayan",
    "Persian",
    "Peruvian",
    "Polish",
    "Portuguese",
    "Puerto Rican",
    "Qatari",
    "Queenslander",
    "Romanian",
    "Russian",
    "Rwandan",
    "Salvadoran",
    "Saudi",
    "Saudi Arabian",
    "Scandinavian",
    "Scottish",
    "Senegalese",
    "Serbian",
    "Singaporean",
    "Slovak",
    "Slovenian",
    "Somali",
    "South African",
    "South American",
    "South Australian",
    "South Korean",
    "South Sudanese",
    "Southeast Asian",
    "Soviet",
    "Spanish",
    "Sri Lankan",
    "Sudanese",
    "Swedish",
    "Swiss",
    "Syrian",
    "Taiwanese",
    "Tajik",
    "Tanzanian",
    "Tasmanian",
    "Texan",
    "Thai",
    "Tibetan",
    "Tunisian",
    "Turkish",
    "Turkmen",
    "Ugandan",
    "Ukrainian",
    "Uruguayan",
    "Uzbek",
    "Venezuelan",
    "Victorian",
    "Vietnamese",
    "Welsh",
    "West African",
    "West Australian",
    "Western Australian",
    "Yemeni",
    "Zambian",
    "Zimbabwean",
)
