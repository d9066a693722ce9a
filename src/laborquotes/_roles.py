"""Speaker roles: the rule table that maps title, organization and phrase to a :class:`Role`.

Everything that decides a role is data in this module: word lists and
:data:`PERSON_RULES` / :data:`GROUP_RULES`, ordered tables whose first matching
row wins. ``docs/labour.md`` prints the tables.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs
import regex

from . import _vocab as V
from ._model import OrgKind, Role
from ._org_names import CONSUMER_BODY_WORDS, LABOUR_WORDS, _lazy, student_body
from ._orgs import default_registry
from ._patterns import lazy_stdlib, trie_alternation
from ._places import demonym_length
from ._vocab import (
    AUTHORED_DOCUMENTS,
    DURATION_UNITS,
    HEAD_CUT_PREPOSITIONS,
    LEGISLATOR_POSTNOMINALS,
)

__all__ = [
    "ACADEMIC_STAFF_WORDS",
    "BOARD_WORDS",
    "BUSINESS_UNION_WORDS",
    "BYSTANDER_WORDS",
    "CAMPAIGN_NAME_HEADS",
    "CAMPAIGN_WORDS",
    "CIVIC_UNION_WORDS",
    "CLERGY_WORDS",
    "ELECTED_BODY_HEADS",
    "ELECTED_MEMBER_WORDS",
    "EMPLOYER_GROUP_WORDS",
    "EMPLOYER_ONLY_OFFICES",
    "EMPLOYER_WORDS",
    "EXPERT_WORDS",
    "GOVERNMENT_GROUP_WORDS",
    "GOVERNMENT_WORDS",
    "GROUP_RULES",
    "JOINED_EXECUTIVE_TITLES",
    "KIND_HINTS",
    "LEARNER_WORDS",
    "LEGISLATOR_WORDS",
    "MANAGER_HEADS",
    "MEDIA_WORDS",
    "MINISTER_WORDS",
    "NAME_PLACE_MODIFIERS",
    "NEWSROOM_WORKER_WORDS",
    "NEWSROOM_WORK_VERBS",
    "OUTSIDE_LAWYER_WORDS",
    "PARTY_WORDS",
    "PERSON_RULES",
    "POLITICAL_UNION_WORDS",
    "PUBLIC_STAFF_WORDS",
    "RESEARCH_BODY_HEADS",
    "SERVICE_HEADS",
    "STAFF_MANAGEMENT_WORDS",
    "TITLE_HEADS",
    "UNION_OFFICES",
    "UNION_OFFICIAL_WORDS",
    "UNION_ONLY_OFFICES",
    "UNION_SIDE_TITLES",
    "UNION_WORDS",
    "VOICE_WORDS",
    "WORKER_WORDS",
    "WORSHIP_PLACE_WORDS",
    "RoleRule",
    "business_name",
    "document_head",
    "elected_member",
    "employer_only_office",
    "group_role",
    "hint_kind",
    "management_title",
    "outside_lawyer",
    "person_role",
    "relative_role",
    "staff_clause",
    "study_clause",
    "union_not_labour",
    "union_only_office",
    "union_side_title",
    "users_body",
]

# --------------------------------------------------------------------------- vocabularies
# Words and phrases are matched as whole words, in any case, with a plural "s" optional.

#: A union office or part (``president``, ``chief negotiator``, ``shop steward``).
UNION_OFFICIAL_WORDS: tuple[str, ...] = (
    "adviser", "advisor", "assistant general secretary", "assistant secretary", "attorney",
    "bargaining committee", "bargaining team", "barrister", "board", "board member",
    "branch secretary", "business agent", "business manager", "chair", "chairman",
    "chairperson", "chairwoman", "chief", "chief negotiator", "co-founder", "co-ordinator",
    "committee", "convener", "convenor", "coordinator", "counsel", "delegate",
    "deputy general secretary", "director", "executive board", "executive director",
    "federation", "founder", "general president", "general secretary", "guild", "head",
    "industrial officer", "lawyer", "leader", "leadership", "legal officer", "national officer",
    "national secretary", "negotiating committee", "negotiating team", "negotiator", "officer",
    "official", "organiser", "organizer", "picket captain", "president", "press officer",
    "regional officer", "regional organiser", "regional secretary", "rep", "representative",
    "secretary", "secretary-treasurer", "shop steward", "solicitor", "spokesman",
    "spokesperson", "spokeswoman", "staffer", "state secretary", "steward", "strike captain",
    "treasurer", "union", "union rep", "unions", "vice president",
)  # fmt: skip

#: Offices a person holds in a union (not the nouns that name the union itself), its
#: lawyers and representatives included: they speak for the union, not as workers.
UNION_OFFICES: tuple[str, ...] = (
    "assistant general secretary", "assistant secretary", "assistant secretary-general",
    "attorney", "barrister", "branch secretary", "business agent", "business manager",
    "central committee member", "chair", "chairman", "chairperson", "chairwoman",
    "chief negotiator", "convener", "convenor", "counsel", "delegate",
    "deputy general secretary", "deputy secretary-general", "executive committee member",
    "executive council member", "executive director", "general president", "general secretary",
    "industrial officer", "lawyer", "leader", "legal officer", "national executive member",
    "national officer", "national secretary", "negotiator", "official", "organiser",
    "organizer", "president", "press officer", "regional officer", "regional organiser",
    "regional secretary", "rep", "representative", "secretary", "secretary-general",
    "secretary-treasurer", "shop steward", "solicitor", "spokesman", "spokesperson",
    "spokeswoman", "state secretary", "steward", "treasurer", "vice president",
)  # fmt: skip

#: Offices of an employer's management: in an article that reports a dispute, a person
#: holding one with no organization named speaks for its employer (``Superintendent Mark
#: Lowe said``, ``chief executive Ann Lee``).
EMPLOYER_ONLY_OFFICES: tuple[str, ...] = (
    "bursar", "ceo", "cfo", "chief executive", "chief executive officer",
    "chief financial officer", "chief fire officer", "chief operating officer",
    "chief operations officer", "chief people officer", "coo", "director of human resources",
    "director of labor relations", "director of labour relations",
    "employee relations director", "general manager", "head of human resources",
    "human resources director", "industrial relations director", "labor relations director",
    "labour relations manager", "managing director", "operations director", "provost",
    "superintendent", "vice chancellor", "vice president of labor relations",
    "vice-chancellor", "vice-president of labour relations",
)  # fmt: skip

#: Offices that only a union has: a person holding one speaks for a union even when
#: no organization is named (``general secretary``, ``convenor``).
UNION_ONLY_OFFICES: tuple[str, ...] = (
    "assistant federal secretary", "assistant general secretary", "bargaining unit chair",
    "bargaining unit president", "branch chair", "branch chairman", "branch chairperson",
    "branch chief", "branch executive secretary", "branch organising secretary",
    "branch organizing secretary", "branch president", "branch secretary", "branch treasurer",
    "chapel chair", "chapel officer", "chief steward", "convener", "convenor",
    "deputy general secretary", "father of chapel", "father of the chapel", "federal secretary",
    "general president", "general secretary", "house committee chair",
    "house committee delegate", "house committee member", "international president",
    "local president", "mother of chapel", "mother of the chapel", "national officer",
    "national president", "national representative", "regional officer", "regional organiser",
    "regional secretary", "shop steward", "trades hall secretary", "union boss", "union chief",
    "union leader", "union official", "union organiser", "union organizer", "union president",
    "union rep", "union representative", "union secretary", "unit chair", "workers council",
    "workers' council", "workers’ council", "works convenor", "works council",
    "zonal secretary",
)  # fmt: skip

#: Whole titles of a dispute's organizers (``Organizer Ana Ruiz``): in an article whose
#: dispute names a union, a person holding one with no organization named speaks for
#: the union (not a ``community organizer``, whose title says whose they are).
UNION_SIDE_TITLES: tuple[str, ...] = (
    "chief organiser", "chief organizer", "lead organiser", "lead organizer", "organiser",
    "organizer", "picket captain", "senior organiser", "senior organizer",
    "strike captain", "strike organiser", "strike organizer",
)  # fmt: skip

#: Rank and file: members and the trades they work in (and the initials of trades:
#: ``HCA``, ``RN``, ``PSW``; :data:`~laborquotes._vocab.JOB_ACRONYMS`).
WORKER_WORDS: tuple[str, ...] = (
    "actor", "actress", "adjunct", "aide", "air traffic controller", "apprentice", "assembler",
    "assembly line operator", "assistant", "associate", "athlete", "attendant", "auto worker",
    "autoworker", "background actor", "baggage handler", "baker", "bank teller", "barista",
    "bartender", "bellhop", "benefits adviser", "bin worker", "binman", "boilermaker", "boner",
    "boom operator", "bricklayer", "bus captain", "bus driver", "bus operator", "butcher",
    "caddie", "call centre worker", "call handler", "camera operator", "cane cutter",
    "care assistant", "care worker", "caregiver", "carer", "carpenter", "cashier", "cellist",
    "charge nurse", "checkout operator", "checkout worker", "chief resident", "chorister",
    "civil servant", "claims processor", "cleaner", "clerical assistant", "clerical officer",
    "clerical worker", "clerk", "cna", "co-pilot", "coalminer", "concreter", "conductor",
    "control room operator", "cook", "copilot", "costumer", "courier", "craftsman",
    "crane driver", "crane operator", "crew member", "cricketer", "custodial worker",
    "custodian", "customer adviser", "customer advisor", "customer service adviser",
    "customer service agent", "customer service representative", "dancer", "deckhand",
    "defenceman", "defenseman", "dinner lady", "dishwasher", "dispatcher", "docker",
    "dockworker", "doctor", "doctoral candidate", "doctoral student", "dogman", "driller",
    "driver", "education assistant", "education worker", "educational assistant", "educator",
    "electrician", "employee", "employee of", "emt", "engineer", "equipment operator",
    "farm worker", "farmhand", "farmworker", "fast-food worker", "firefighter", "firemen",
    "first officer", "fisherman", "fitter", "flautist", "flight attendant", "flight engineer",
    "footballer", "forklift operator", "formworker", "fruit picker", "gaffer", "game tester",
    "garbage collector", "goalie", "goalkeeper", "goaltender", "gp", "graduate student",
    "graduate worker", "grip", "grocery worker", "groundsman", "hair stylist", "hairstylist",
    "handler", "harpist", "has worked", "hca", "healthcare assistant", "home care worker",
    "home support worker", "home-support worker", "hotel worker", "house officer",
    "housekeeper", "housekeeping", "infielder", "intern", "ironworker", "janitor", "jockey",
    "joiner", "junior doctor", "key grip", "knitting operator", "laborer", "labourer", "lasher",
    "lathe operator", "lecturer", "letter carrier", "librarian", "line operator", "line worker",
    "linebacker", "lineman", "linemen", "linesman", "lineworker", "loader", "locked-out",
    "longshore worker", "longshoreman", "longshoremen", "loom operator", "lpn",
    "machine operator", "machinist", "mail carrier", "make-up artist", "makeup artist",
    "meat worker", "meatpacker", "meatworker", "mechanic", "mechanist", "medical registrar",
    "medical resident", "member", "membership", "midfielder", "midwife", "millwright", "miner",
    "mineworker", "mortgage adviser", "musician", "nanny", "nurse", "nursing assistant",
    "oboist", "orderly", "outfielder", "packer", "paramedic", "percussionist", "performer",
    "pharmacist", "phd candidate", "phd student", "physician", "pianist", "picker", "picket",
    "picketer", "pilot", "pipefitter", "pitcher", "plant operator", "plasterer", "player",
    "plucker", "plumber", "porter", "postal worker", "postdoc", "postie", "postman",
    "postwoman", "press operator", "prop master", "propmaster", "psw", "purser", "qa tester",
    "quarterback", "rank and file", "rank-and-file", "receptionist", "refuse collector",
    "reliever", "resident doctor", "resident physician", "retail worker", "rider", "rigger",
    "rn", "roofer", "rookie", "room attendant", "sailor", "sanitation worker", "scaffolder",
    "screener", "screenwriter", "script supervisor", "seafarer", "seaman", "seamen",
    "seamstress", "security guard", "server", "set decorator", "set dresser", "sewer",
    "sewing operator", "shearer", "shelf stacker", "shop worker", "shortstop", "shotfirer",
    "signaller", "signalman", "singer", "slaughterman", "social worker", "software tester",
    "sorter", "specialty registrar", "staff member", "staff nurse", "stagehand", "stand-in",
    "steel fixer", "steelworker", "stevedore", "stewardess", "storeman", "stower",
    "streetcar operator", "striker", "striking", "stunt", "substitute teacher",
    "subway operator", "support worker", "surgical registrar", "surgical resident", "sweeper",
    "switchboard operator", "tailor", "tally clerk", "tea plucker", "teacher",
    "teaching assistant", "technician", "telephone operator", "teller", "tester", "therapist",
    "till operator", "tradie", "train driver", "train operator", "trainee", "tram operator",
    "transit operator", "truck driver", "truck operator", "trucker", "truckie", "trumpeter",
    "tug master", "tugmaster", "tutor", "usher", "veteran", "violinist", "violist", "waiter",
    "waitress", "ward sister", "warehouse", "waterside worker", "welder", "wharfie",
    "who works", "winger", "worked at", "worker", "works at", "writer",
)  # fmt: skip
#: Words of :data:`WORKER_WORDS` that are no public body's trade or grade: a member's
#: (``Member of Parliament``), words any official may be described by (``assistant``,
#: ``employee``), and clauses of working (``who works``).
_NOT_PUBLIC_STAFF = frozenset(
    (
        "aide", "assistant", "associate", "employee", "employee of", "has worked", "member",
        "membership", "rank and file", "rank-and-file", "staff member", "veteran",
        "who works", "worked at", "works at",
    )
)  # fmt: skip
#: Of :data:`WORKER_WORDS`, the trades and grades of a public body's staff (``clerk``,
#: ``nurse``).
PUBLIC_STAFF_WORDS: tuple[str, ...] = tuple(w for w in WORKER_WORDS if w not in _NOT_PUBLIC_STAFF)

#: The management of a workforce in a title, whose holder manages the staff (``employee
#: relations manager``, ``head of human resources``): not a worker for the word
#: ``employee`` or ``workforce``.
STAFF_MANAGEMENT_WORDS: tuple[str, ...] = (
    "employee relations", "hr", "human resources", "industrial relations", "labor relations",
    "labour relations", "people and culture", "personnel", "workforce",
)  # fmt: skip

#: Seats on a board that runs a company (``Falkenau board member``) or a council's
#: cabinet (``executive member for resources``, ``portfolio holder``), and a hospital's
#: clinical executives (``chief nurse``, ``medical director``): no worker.
BOARD_WORDS: tuple[str, ...] = (
    "board member", "cabinet member", "chief medical officer", "chief nurse",
    "chief nursing officer", "director of nursing", "director on the board", "executive board",
    "executive member", "lead member", "management board", "medical director",
    "member of the board", "portfolio holder", "supervisory board",
)  # fmt: skip

#: Offices of a minister: the office, not its portfolio (``Human Resources Minister``),
#: says whom the person speaks for.
MINISTER_WORDS: tuple[str, ...] = (
    "minister", "ministers", "secretary of state", "social care secretary",
)  # fmt: skip

#: Members of a legislature, government whatever their party's name says (``a lawmaker
#: from the Radical Civic Union``: a party, no labour union).
LEGISLATOR_WORDS: tuple[str, ...] = (
    "assemblyman", "assemblymember", "assemblywoman", "congressman", "congresswoman",
    "lawmaker", "legislator", "mca", "member of parliament", "mla", "mp", "mpl", "mpp", "msp",
    "senator",
)  # fmt: skip

#: Elected members of a council and the opposition: politicians, even of a council that
#: employs the workforce in a dispute.
ELECTED_MEMBER_WORDS: tuple[str, ...] = (
    "alderman", "alderperson", "alderwoman", "congressman", "congresswoman", "council member",
    "councillor", "councilman", "councilmember", "councilor", "councilwoman", "group leader",
    "lawmaker", "legislator", "mep", "opposition", "senator",
)  # fmt: skip

#: The last words of an elected body's name: a member of it is elected (``a member of the
#: council``, ``City Council member``), whoever its staff are.
ELECTED_BODY_HEADS: tuple[str, ...] = (
    "assembly", "congress", "council", "legislature", "parliament", "senate",
)  # fmt: skip

#: Management, owners and their spokespeople.
EMPLOYER_WORDS: tuple[str, ...] = (
    "airline", "airlines", "attorney", "automaker", "automakers", "boss", "carrier", "carriers",
    "ceo", "cfo", "chairman", "chairwoman", "chief", "chief executive",
    "chief executive officer", "chief financial officer", "chief operating officer",
    "chief people officer", "companies", "company", "coo", "corporation", "counsel", "director",
    "district", "employer", "employers", "executive", "firm", "founder", "head", "hospital",
    "hospitals", "hr", "human resources", "lawyer", "league", "management", "management team",
    "manager", "negotiator", "network", "networks", "official", "operator", "operators",
    "owner", "owners", "port", "ports", "president", "producer", "producers", "railroad",
    "railroads", "railway", "railways", "representative", "retailer", "school district",
    "spokesman", "spokesperson", "spokeswoman", "streamer", "streamers", "studio", "studios",
    "vice president",
)  # fmt: skip

#: Nouns that name the employer side by themselves (``the studios``, ``management``).
EMPLOYER_GROUP_WORDS: tuple[str, ...] = (
    "airline", "airlines", "automaker", "automakers", "boss", "bosses", "carmaker", "carmakers",
    "carrier", "carriers", "ceo", "ceos", "chipmaker", "companies", "company", "corporation",
    "district", "employer", "employers", "executive", "executives", "firm", "hospital", "hospitals",
    "hotel", "hotels", "insurer", "league", "lender", "management", "management team",
    "manufacturer", "manufacturers", "network", "networks", "operator", "operators", "owners",
    "port", "ports", "producer", "producers", "railroad", "railroads", "railway", "railways",
    "retailer", "retailers", "school district", "steelmaker", "streamer", "streamers", "studio",
    "studios",
)  # fmt: skip

#: Public office of any party, in government or in opposition (``minister``, ``shadow
#: home secretary``, ``MLA``, ``TD``), mediation and government agencies.
GOVERNMENT_WORDS: tuple[str, ...] = (
    "administration", "agency", "alderman", "alderperson", "alderwoman", "am", "ambassador",
    "arbitrator", "area commander", "asec.", "assembly member", "assemblyman", "assemblymember",
    "assemblywoman", "attorney general", "backbencher", "business secretary", "cabinet",
    "candidate", "chancellor of the exchequer", "chief inspector", "chief minister",
    "chief of police", "chief superintendent", "chief whip", "cllr", "cllr.", "commander",
    "commissioner", "comptroller", "conciliator", "congressman", "congressmember",
    "congresswoman", "const.", "constable", "coroner", "corporal", "corporator", "coun",
    "coun.", "council leader", "council member", "councillor", "councilman", "councilmember",
    "councilor", "councilwoman", "cpl.", "cr", "crown attorney", "crown counsel",
    "crown prosecutor", "cst.", "del.", "delegate to congress", "department",
    "deputy collector", "deputy leader of the party", "deputy premier", "deputy prime minister",
    "deputy reeve", "deputy secretary", "det", "det.", "detective", "diplomat",
    "district attorney", "district collector", "district magistrate",
    "district medical officer", "economic adviser", "economic advisor", "education secretary",
    "envoy", "first minister", "fiscal depute", "freeholder", "frontbencher", "gov.",
    "government", "government adviser", "government advisor", "governments", "governor",
    "health secretary", "home secretary", "house speaker", "insp", "insp.", "inspector general",
    "judge", "junior minister", "justice", "labor board", "labor secretary", "labour board",
    "labour secretary", "lawmaker", "leader of the council", "leader of the opposition",
    "legislator", "lieutenant", "lord mayor", "lt.", "mayor", "mca", "mec", "mediator",
    "medical officer of health", "member for", "member of parliament",
    "member of provincial parliament", "member of the legislative assembly", "mep", "mhr",
    "minister", "minister of state", "ministry", "mla", "mna", "mp", "mpl", "mpp", "msp",
    "no 10", "no. 10", "nominee", "number 10", "official spokesman", "official spokesperson",
    "official spokeswoman", "ombudsman", "opposition leader", "party leader", "peer", "police",
    "police chief", "premier", "president biden", "president trump", "presidential adviser",
    "presidential advisor", "press secretary", "prime minister", "procurator fiscal",
    "prosecutor", "reeve", "regulator", "regulators", "rep.", "sarpanch", "secretary",
    "secretary general", "secretary of labor", "secretary of labour", "secretary of state",
    "selectman", "selectwoman", "sen.", "senator", "sergeant", "sgt", "sgt.", "shadow",
    "shadow chancellor", "shadow minister", "sheriff", "speaker", "spokesman for the ministry",
    "state premier", "state representative", "state senator", "supt", "tahsildar", "taoiseach",
    "td", "teachta dála", "transport secretary", "transportation secretary", "treasurer",
    "treasurer of the state", "treasury", "tánaiste", "undersecretary", "usec.", "whip",
    "white house", "whitehall",
)  # fmt: skip

#: More words that name government when a group speaks (``the city said``).
GOVERNMENT_GROUP_WORDS: tuple[str, ...] = (
    *GOVERNMENT_WORDS,
    "authorities", "city", "congress", "county", "court", "legislators", "lawmakers",
    "officials", "parliament", "police", "province", "state", "the president",
)  # fmt: skip

#: Clergy: outside a labour dispute, whoever they speak for (``the parish priest``, ``an
#: imam``), as a minister of a place of worship is (:data:`WORSHIP_PLACE_WORDS`).
CLERGY_WORDS: tuple[str, ...] = (
    "archbishop", "bishop", "imam", "parish priest", "pastor", "priest", "rabbi", "vicar",
)  # fmt: skip
#: Places of worship: a minister of one is clergy (``minister at Bethel chapel``), no
#: government's.
WORSHIP_PLACE_WORDS: tuple[str, ...] = (
    "cathedral", "chapel", "church", "congregation", "gurdwara", "kirk", "mosque", "parish",
    "synagogue", "temple",
)  # fmt: skip

#: Outside experts.
EXPERT_WORDS: tuple[str, ...] = (
    "academic", "analyst", "biologist", "chief economist", "commentator", "consultant",
    "criminologist", "dean", "demographer", "director of research", "ecologist", "economist",
    "epidemiologist", "expert", "fellow", "forecaster", "geographer", "geologist",
    "head of research", "historian", "industry analyst", "labor economist", "labor expert",
    "labor historian", "labor relations expert", "labour expert", "law professor", "lecturer",
    "market analyst", "meteorologist", "observer", "political scientist", "pollster",
    "professor", "research associate", "research director", "research fellow", "researcher",
    "scholar", "senior analyst", "senior fellow", "sociologist", "specialist", "statistician",
    "strategist", "think tank", "think-tank", "toxicologist", "virologist",
)  # fmt: skip

#: Teaching and research staff (of :data:`EXPERT_WORDS` and :data:`WORKER_WORDS`): of the
#: dispute's employer (a university in a strike of its staff), one of its workforce; of
#: another body, an expert.
ACADEMIC_STAFF_WORDS: tuple[str, ...] = (
    "academic", "lecturer", "postdoc", "professor", "research associate", "research fellow",
    "researcher", "tutor",
)  # fmt: skip

#: Newsroom and studio jobs (of :data:`MEDIA_WORDS` and more): in a dispute at a
#: publisher or broadcaster, its workforce, not the press speaking as such.
#: Verbs of a newsroom's work in a clause about a person (``who has anchored the
#: evening news``, ``who covers the courts``): in a newsroom's dispute, one of its staff.
NEWSROOM_WORK_VERBS: tuple[str, ...] = (
    "anchored", "anchors", "covered", "covers", "edited", "edits", "photographed",
    "presented", "presents", "produced", "produces", "reported", "reports",
)  # fmt: skip
NEWSROOM_WORKER_WORDS: tuple[str, ...] = (
    "anchor", "camera operator", "correspondent", "journalist", "news anchor", "newsreader",
    "photographer", "photojournalist", "presenter", "producer", "reporter", "sub-editor",
    "subeditor",
)  # fmt: skip

#: Lawyers who comment on the law from outside; a lawyer of one side speaks for that side.
OUTSIDE_LAWYER_WORDS: tuple[str, ...] = (
    "employment attorney", "employment law expert", "employment law specialist",
    "employment lawyer", "industrial relations lawyer", "labor attorney", "labor law attorney",
    "labor lawyer", "labour attorney", "labour lawyer",
)  # fmt: skip

#: The press (a critic of the arts, not ``critics`` of a policy, nor a Canadian
#: party's ``health critic``).
MEDIA_WORDS: tuple[str, ...] = (
    "anchor", "art critic", "blog", "blogger", "book critic", "broadcaster", "columnist",
    "contributing writer", "contributor", "correspondent", "dance critic", "editor",
    "editor-in-chief", "editorial board", "film critic", "food critic", "host", "journalist",
    "magazine", "music critic", "news", "newsletter", "newspaper", "outlet", "podcast",
    "podcaster", "publication", "publisher", "report", "reporter", "reports",
    "restaurant critic", "senior writer", "staff writer", "television critic", "theater critic",
    "theatre critic", "trade publication", "tv critic",
)  # fmt: skip

#: Words in a title or phrase that say which side it is when no organization does.
UNION_WORDS: tuple[str, ...] = (
    "brotherhood", "federation", "guild", "guilds", "labor council", "labor leader",
    "labor leaders", "labour council", "labour leader", "labour leaders", "mazdoor sangh",
    "sangh", "sangha", "sanghatana", "shop steward", "teamsters", "trade union",
    "trade unions", "trades hall", "trades union", "union", "unions",
)  # fmt: skip

#: A second title of a company's head joined to a first (``president and CEO``,
#: ``president and chief executive``): an employer's, whatever the first says.
JOINED_EXECUTIVE_TITLES: tuple[str, ...] = (
    "and ceo", "and chief executive", "and chief executive officer", "and chief operating officer",
    "and coo", "and managing director",
)  # fmt: skip

#: Head words of a manager's title: a bystander's word before one names what they
#: manage (``passenger services director``, ``patient safety officer``), not who they are.
MANAGER_HEADS: tuple[str, ...] = (
    "controller", "director", "executive", "manager", "officer", "spokesman",
    "spokesperson", "spokeswoman", "superintendent", "supervisor",
)  # fmt: skip

#: Head words of a worker's title that a bystander's word may open (``customer adviser``,
#: ``passenger assistant``, ``patient care assistant``): whom the work serves.
SERVICE_HEADS: tuple[str, ...] = (
    "adviser", "advisor", "agent", "assistant", "handler", "representative", "worker",
)  # fmt: skip

#: People and bodies outside the dispute (``a passenger``, ``a parent``, ``a students'
#: union``, a sports body).
BYSTANDER_WORDS: tuple[str, ...] = (
    "business owner", "businesses", "bystander", "cafe owner", "café owner", "commuter",
    "cricket", "customer", "dad", "exporter", "fan", "father", "football", "grandfather",
    "grandmother", "grandparent", "grocer", "hawker", "hockey", "holidaymaker", "importer",
    "local resident", "member of the public", "mother", "motorist", "mum", "neighbor",
    "neighbour", "netball", "parent", "passenger", "patient", "pensioner", "pub owner",
    "publican", "pupil", "residents' association", "restaurant owner", "restaurateur",
    "retiree", "rowing", "rugby", "salon owner", "shipper", "shop owner", "shopkeeper",
    "shopper", "small business", "sporting body", "sports club", "sports union", "stallholder",
    "store owner", "street vendor", "student president", "student union", "students union",
    "students' union", "students’ union", "supporter", "tourist", "trader", "traveler",
    "traveller", "union of students", "vendor", "voter", "widow", "widower",
)  # fmt: skip

#: Political parties and their members, matched as written (capitalised): a title
#: with one (``Labour leader``, ``Conservative MP``) is a politician's.
PARTY_WORDS: tuple[str, ...] = (
    "ACT", "ANC", "Australian Greens", "BJP", "Bloc Quebecois", "Bloc Québécois", "Coalition",
    "Conservative", "Conservatives", "DUP", "Democrat", "Democratic", "Democrats", "Fianna Fail",
    "Fianna Fáil", "Fine Gael", "GOP", "Green Party", "Greens", "LNP", "Labor", "Labour", "Lib Dem",
    "Lib Dems", "Liberal", "Liberal Democrat", "Liberal Democrats", "Liberals", "NDP", "NZ First",
    "Nationals", "New Democrat", "New Democrats", "New Zealand First", "One Nation",
    "People Before Profit", "Plaid Cymru", "Reform UK", "Republican", "Republicans", "SNP",
    "Sinn Fein", "Sinn Féin", "Social Democrats", "Te Pati Maori", "Te Pāti Māori", "Tories",
    "Tory", "UKIP",
)  # fmt: skip

#: Words that make a ``... Union`` a political union (``European Union``).
POLITICAL_UNION_WORDS: tuple[str, ...] = (
    "african", "arab", "customs", "economic union", "eurasian", "european",
    "inter-parliamentary", "monetary", "parliamentary", "postal union", "soviet",
    "telecommunication",
)  # fmt: skip

#: Titles of people who speak for their organization (``a university spokesperson``).
VOICE_WORDS: tuple[str, ...] = (
    "press officer", "spokesman", "spokespeople", "spokesperson", "spokeswoman",
)  # fmt: skip

#: Words of a charity or a campaign group, in its description or its name (``the
#: homelessness charity Safe Harbour``): its people speak for it, as no experts.
CAMPAIGN_WORDS: tuple[str, ...] = (
    "advocacy group", "campaign group", "campaigners", "charities", "charity",
    "pressure group", "rights group", "trust",
)  # fmt: skip

#: People who study at a school or a university, outside a dispute there (``college
#: student``, ``economics major``, ``sophomore``), as the last word of a title.
LEARNER_WORDS: tuple[str, ...] = (
    "freshman", "freshmen", "major", "majors", "pupil", "pupils", "sophomore", "sophomores",
    "student", "students", "undergraduate", "undergraduates",
)  # fmt: skip

#: Words that make a ``... Union`` a sporting, student or civic body.
CIVIC_UNION_WORDS: tuple[str, ...] = (
    "amateur", "athletic", "athletics", "badminton", "basketball", "boxing", "civil liberties",
    "consumers", "cricket", "cycling", "debating", "football", "gaelic", "golf",
    "hockey", "hurling", "mothers", "netball", "rowing", "rugby", "sailing", "sport",
    "sporting", "sports", "student", "students", "students'", "students’", "swimming",
    "tenants", "tennis", "volleyball",
)  # fmt: skip

#: Words of a place's government that a company's name may hold before its own last
#: word (``Harbour City Coachlines``, ``State Street Bank``): no government's there.
NAME_PLACE_MODIFIERS: tuple[str, ...] = ("City", "County", "State")
_NAME_MODIFIERS = frozenset(w.lower() for w in NAME_PLACE_MODIFIERS)
_BUSINESS_WORDS = frozenset(V.BUSINESS_WORDS)
_TITLE_NOUNS = frozenset(V.TITLE_NOUNS)

#: Words of a union's name that make it a business (``Credit Union``): no labour union.
BUSINESS_UNION_WORDS: tuple[str, ...] = ("credit",)

#: Words in an organization's name that tell its kind when the registry does not know it;
#: the first row with a word in the name wins.
KIND_HINTS: tuple[tuple[OrgKind, tuple[str, ...]], ...] = (
    (
        OrgKind.GOVERNMENT,
        (
            "union cabinet", "union finance minister", "union government", "union home minister",
            "union labour minister", "union minister", "union ministry", "union territory",
        ),
    ),
    (
        OrgKind.UNION,
        (
            "alliance du personnel", "allied workers", "auto workers", "autoworkers", "brotherhood",
            "common front", "federal secretary", "federation of labor", "federation of labour",
            "front commun", "general workers", "guild", "labor council", "labor federation",
            "labor leader", "labour council", "labour federation", "labour leader", "mazdoor sangh",
            "sangh", "sangha", "sanghatana", "strike", "strike committee", "strike leader",
            "strikers", "syndicat", "syndicats", "teamsters", "trade union", "trades council",
            "trades hall", "trades union", "union", "union branch", "workers council",
            "workers united", "workers' council", "workers’ council", "works council",
        ),
    ),
    (
        OrgKind.EMPLOYER,
        (
            "airport operator", "assembly line", "assembly line worker", "assembly plant",
            "assembly worker", "assembly workers", "bus operator", "carmaker",
            "emergency department", "emergency room", "employer", "employers",
            "employers' association", "employers' organization", "factory",
            "ferry operator", "health authority", "health board", "health district",
            "health service", "health service executive", "health trust",
            "hospital association", "hospital council", "hospital trust",
            "hospitals association", "management", "mill", "mine", "network operator",
            "nhs trust", "owners", "plant", "port operator", "rail operator", "refinery",
            "retailer", "shipyard", "smelter", "terminal", "train operator", "warehouse",
        ),
    ),
    (
        OrgKind.GOVERNMENT,
        (
            "administration", "agency", "ambulance service", "assembly", "authority",
            "band council", "board", "borough", "bureau", "business secretary", "cabinet",
            "campaign", "caucus", "central bank",
            "chancellor of the exchequer", "city", "city of", "city's", "city’s",
            "commission", "congress", "constabulary", "coroner", "coroners", "council",
            "councillor", "councilor", "county", "county's", "county’s", "court",
            "cree nation", "democratic", "democrats", "department", "directorate", "dáil",
            "education secretary", "federal", "fire and rescue", "fire brigade", "fire service",
            "first nation", "foreign secretary", "garda",
            "gardai", "gardaí", "gop", "government", "governor", "governor's",
            "health official", "health officials", "health secretary", "home secretary",
            "house of commons", "house of lords", "house of representatives", "house speaker",
            "inspectorate", "lawmaker",
            "legislator", "legislature", "local authority", "local council",
            "local government", "mayor", "mayor's", "mep", "minister", "ministers",
            "ministry", "mla", "mna", "mounted police", "mp", "mpp", "mps", "msp",
            "municipal", "municipality", "office for", "office of", "oireachtas", "ombudsman",
            "opposition", "parliament", "party", "police", "premier", "press secretary",
            "prison service", "prisons service", "probation service", "prosecution service",
            "province's", "province’s", "provincial", "public health",
            "regulator", "republican", "republicans", "reserve bank", "secretary of state",
            "senate", "senator",
            "senedd", "shadow", "sheriff", "sheriff's", "sheriff’s", "shire", "state of",
            "state's", "state’s", "taoiseach", "td", "territory's", "territory’s",
            "transport secretary", "tribal council", "tribal government", "tribunal",
            "tánaiste", "watchdog", "white house",
        ),
    ),
    (
        OrgKind.MEDIA,
        (
            "broadcasting", "magazine", "media", "news", "podcast", "press", "radio",
            "reporter", "television", "tv",
        ),
    ),
    (
        OrgKind.OTHER,
        (
            "advisers", "advisors", "advisory", "advocacy", "advocacy group", "analysts",
            "analytics", "bank", "campaign group", "campaigners", "capital", "center for",
            "centre for", "charities", "charity", "college", "consultancy", "consultants",
            "consulting", "economic", "economics", "foundation", "fund", "institute",
            "intelligence", "law firm", "lobby group", "partners", "patients", "polling",
            "pressure group", "price information", "price reporting", "pricing", "project",
            "ratings", "research", "research group", "rights group", "school of",
            "solicitors", "think tank", "think-tank", "thinktank", "university",
        ),
    ),
    (
        OrgKind.EMPLOYER,
        (
            "airline", "airlines", "bank", "builders", "carrier", "co", "co.", "company",
            "construction", "constructions", "contractors", "corp", "corp.", "developments",
            "entertainment", "firm", "foods", "group", "health", "holdings", "hospital", "inc",
            "inc.", "industries", "lines", "llc", "logistics", "ltd", "manufacturing", "mills",
            "mining", "motor", "motors", "packing", "pictures", "plc", "processors", "productions",
            "railroad", "railway", "retailer", "shipping", "steel", "stores", "studio", "studios",
        ),
    ),
)  # fmt: skip

#: Capitalised last words of a campaign's or a watchdog group's name (``Council Tax
#: Watch``, ``Rail Users Action``): no kind of :data:`KIND_HINTS`, whatever words of a
#: public body its name holds (its people are ``other``, as campaigners are).
CAMPAIGN_NAME_HEADS: tuple[str, ...] = ("Action", "Campaign", "Coalition", "Voice", "Watch")
_CAMPAIGN_HEADS = frozenset(CAMPAIGN_NAME_HEADS)
#: A government body's head, then ``of`` or ``for`` and its portfolios
#: (:data:`~laborquotes._vocab.LISTED_BODY_HEADS`: ``Department of``, ``Ministry for``).
_PORTFOLIO_BODY = _lazy(
    rf"(?:[Tt]he\s{{1,3}})?(?:{'|'.join(V.LISTED_BODY_HEADS)})\s{{1,3}}(?:of|for)\s{{1,3}}\p{{Lu}}"
)

#: Words that are not titles although the tables above list them (``news``, ``union``).
_NOT_TITLES = frozenset(
    {
        *("news", "report", "reports", "company", "companies", "studio", "studios", "union"),
        *("unions", "guild", "local", "federation", "board", "state", "city", "county"),
        *("department", "agency", "government", "administration", "ministry", "court"),
        *("police", "congress", "parliament", "management", "network", "networks", "league"),
        *("district", "port", "ports", "employer", "employers", "firm", "corporation"),
        *("hospital", "hospitals", "airline", "airlines", "railroad", "railway", "carrier"),
        *("magazine", "newspaper", "outlet", "publication", "blog", "podcast", "striking"),
        *("picket", "warehouse", "stunt", "veteran", "locked-out"),
        *("biden", "trump", "automaker", "automakers", "carriers", "cabinet", "owners"),
        *("producers", "operators", "operator", "streamer", "streamers", "retailer"),
    }
)


def _title_heads() -> frozenset[str]:
    words = (
        *UNION_OFFICIAL_WORDS, *WORKER_WORDS, *EMPLOYER_WORDS, *GOVERNMENT_WORDS,
        *EXPERT_WORDS, *MEDIA_WORDS, *OUTSIDE_LAWYER_WORDS,
    )  # fmt: skip
    heads = {w.split()[-1].lower() for w in words}
    return frozenset(heads - _NOT_TITLES)


#: The last word of a title written before a name (``campaign manager``, ``strike leader``).
TITLE_HEADS: frozenset[str] = _title_heads()

# --------------------------------------------------------------------------- rule tables

_UNIONS = frozenset({OrgKind.UNION, OrgKind.FEDERATION})
_EMPLOYERS = frozenset({OrgKind.EMPLOYER, OrgKind.EMPLOYER_GROUP})
_ANY_BUT_UNION = frozenset(set(OrgKind) - _UNIONS) | {None}


@attrs.frozen(kw_only=True)
class RoleRule:
    """One row of a rule table: when it applies and the role it gives.

    A row applies when the organization's kind is in ``kinds`` (``None`` in it stands
    for "no organization"; an empty ``kinds`` means any) and, if ``words`` is not empty,
    the title (for a person) or the phrase (for a group) has one of them. With
    ``head=True`` the word must be the phrase's last word (``union`` in ``the nurses'
    union``, ``members`` in ``union members``). ``indefinite=True`` requires a title that
    opens with ``a``/``an`` (``a member of``).
    """

    role: Role
    words: tuple[str, ...] = ()
    #: When not empty, the text must also have one of these.
    also: tuple[str, ...] = ()
    kinds: frozenset[OrgKind | None] = frozenset()
    head: bool = False
    indefinite: bool = False
    #: Head words that keep the row from applying (``passenger services director``: a
    #: director, whatever the words before it say).
    unless_heads: tuple[str, ...] = ()
    #: Why the row exists; printed in the docs.
    note: str = ""


_EXECUTIVES: tuple[str, ...] = (
    "boss", "ceo", "cfo", "chairman of the board", "chief executive", "chief executive officer",
    "chief financial officer", "chief operating officer", "chief operations officer",
    "chief people officer", "coo", "director of human resources",
    "director of labour relations", "employee relations director", "executive",
    "general manager", "head of human resources", "human resources", "human resources director",
    "industrial relations director", "labour relations manager", "management", "manager",
    "managing director", "operations director", "owner", "vice president of labor relations",
    "vice-president of labour relations",
)  # fmt: skip
#: Heads of a university or college: management of the institution, not experts.
_INSTITUTION_HEADS: tuple[str, ...] = ("provost", "vice chancellor", "vice-chancellor")
#: People who speak for others; with workers' words (``a lawyer for the nurses``) they
#: speak for the workers' side.
_SPOKESPEOPLE: tuple[str, ...] = (
    "attorney", "attorneys", "barrister", "counsel", "lawyer", "lawyers", "leader", "leaders",
    "leadership", "negotiator", "organiser", "organizer", "representative", "representatives",
    "solicitor", "solicitors", "spokesman", "spokesmen", "spokesperson", "spokeswoman",
)  # fmt: skip

#: Rules for a person; the first row that applies wins.
PERSON_RULES: tuple[RoleRule, ...] = (
    RoleRule(
        role=Role.OTHER,
        words=CLERGY_WORDS,
        note="a priest, pastor, vicar, rabbi or imam: clergy, outside the dispute",
    ),
    RoleRule(
        role=Role.OTHER,
        words=("minister",),
        also=WORSHIP_PLACE_WORDS,
        note="a minister of a chapel, church or parish: clergy, no government's",
    ),
    RoleRule(
        role=Role.EXPERT,
        words=EXPERT_WORDS,
        kinds=_ANY_BUT_UNION,
        note="analyst, professor, economist ... of anything but a union",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=(
            "bargaining committee",
            "negotiating committee",
            "executive board",
            "board member",
            "bargaining team",
            "negotiating team",
            "committee member",
            "council member",
            "executive member",
        ),
        kinds=_UNIONS,
        note="member of a union's bargaining committee, board, council or executive",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICES,
        kinds=_UNIONS,
        note="an office in a union, even held by a worker (``a nurse and president of``)",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=MINISTER_WORDS,
        kinds=_ANY_BUT_UNION,
        note="a minister, whatever the portfolio (``Industrial Relations Minister``)",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=ELECTED_MEMBER_WORDS,
        kinds=_ANY_BUT_UNION,
        note="an elected member or the opposition, even of an employing council "
        "(``the Conservative group leader on Kelso Council``), no manager of it",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=("leader",),
        also=V.PARTIES,
        kinds=_ANY_BUT_UNION,
        note="a party's leader, even of an employing council (``the council's Labour "
        "leader``), no manager of it",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=LEGISLATOR_WORDS,
        kinds=_UNIONS,
        note="a legislator of a party named like a union (``a lawmaker from the Civic Union``)",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=BOARD_WORDS,
        kinds=_EMPLOYERS,
        note="a member of a company's board runs it (``board member``), no worker",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=STAFF_MANAGEMENT_WORDS,
        kinds=_ANY_BUT_UNION,
        note="a manager of the staff (``employee relations manager``), not one of them",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        kinds=_UNIONS | _EMPLOYERS,
        note="member of a union; worker, nurse, striker ... of a union or an employer",
    ),
    RoleRule(
        role=Role.WORKER,
        words=PUBLIC_STAFF_WORDS,
        kinds=frozenset({OrgKind.GOVERNMENT}),
        note="a nurse, a clerk ... of a public body: its staff, no official (``a clerical "
        "officer at the Ministry of Works``; a member of a legislature is not one)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICIAL_WORDS,
        kinds=_UNIONS,
        note="president, secretary, negotiator, spokesperson ... of a union",
    ),
    RoleRule(
        role=Role.WORKER,
        kinds=_UNIONS,
        indefinite=True,
        note="'a ... with the union' (an ordinary member described by a trade)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        kinds=_UNIONS,
        note="anyone else speaking for a union",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_ONLY_OFFICES,
        kinds=frozenset({None}) | _EMPLOYERS,
        note="an office only unions have (``general secretary``, ``convenor``), with no "
        "organization or at a workplace (``a shop steward at the plant``)",
    ),
    RoleRule(
        role=Role.OTHER,
        words=BYSTANDER_WORDS,
        kinds=_ANY_BUT_UNION,
        unless_heads=(*MANAGER_HEADS, *SERVICE_HEADS),
        note="a passenger, parent, patient or students' union: outside the dispute (not "
        "a manager or a worker named after them: ``customer services director``, "
        "``customer adviser``)",
    ),
    RoleRule(
        role=Role.OTHER,
        words=LEARNER_WORDS,
        kinds=frozenset({OrgKind.GOVERNMENT}) | _EMPLOYERS,
        head=True,
        note="a student or a pupil of a body on a side (``a nursing student at the "
        "university`` in its strike or another's): no manager and no staff of it",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        kinds=_EMPLOYERS,
        note="executive, spokesperson, negotiator ... of a company or employer group",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        kinds=frozenset({OrgKind.GOVERNMENT}),
        note="anyone speaking for a government body or agency",
    ),
    RoleRule(
        role=Role.EXPERT,
        words=OUTSIDE_LAWYER_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="an employment lawyer with no side (a side's lawyer speaks for it)",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=JOINED_EXECUTIVE_TITLES,
        kinds=_ANY_BUT_UNION,
        note="a president or chair who is also the chief executive: a company's, no state's",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=GOVERNMENT_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="minister, senator, mayor, mediator ...",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=_SPOKESPEOPLE,
        also=WORKER_WORDS,
        kinds=frozenset({None}),
        note="a spokesman or leader for the workers (``a spokesman for the miners``)",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=("president", "vice president", "presidential", "chancellor", "king", "queen"),
        kinds=frozenset({None}),
        note="a president with no organization is a head of state",
    ),
    RoleRule(
        role=Role.MEDIA,
        words=MEDIA_WORDS,
        note="reporter, editor, columnist ...",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=EMPLOYER_ONLY_OFFICES,
        kinds=frozenset({OrgKind.MEDIA}),
        note="the chief executive or labour relations head of a publisher or broadcaster: "
        "its management, not its press",
    ),
    RoleRule(
        role=Role.MEDIA,
        kinds=frozenset({OrgKind.MEDIA}),
        note="writer, editor ... of a publication",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="worker, striker, nurse ... with no organization",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=_INSTITUTION_HEADS,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="a vice-chancellor or provost runs the university its staff work for",
    ),
    RoleRule(
        role=Role.OTHER,
        words=VOICE_WORDS,
        kinds=frozenset({OrgKind.OTHER}),
        head=True,
        note="a spokesperson of a university, institute or charity speaks for it, as no expert",
    ),
    RoleRule(
        role=Role.OTHER,
        words=LEARNER_WORDS,
        kinds=frozenset({None, OrgKind.OTHER}),
        head=True,
        note="a student or a pupil of a school or university (not a student nurse)",
    ),
    RoleRule(
        role=Role.OTHER,
        words=CAMPAIGN_WORDS,
        kinds=frozenset({OrgKind.OTHER}),
        note="anyone from a charity or a campaign group: a voice outside, no expert",
    ),
    RoleRule(
        role=Role.EXPERT,
        kinds=frozenset({OrgKind.OTHER}),
        note="someone from a university, institute or research firm",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=_EXECUTIVES,
        kinds=frozenset({None}),
        note="chief executive, owner, manager ... with no organization",
    ),
)

#: Rules for a group or organization speaking (``the union``, ``the studios``,
#: ``SAG-AFTRA leadership``, ``Deadline``); the first row that applies wins.
#: Heads of a public body's offices (``the city's emergency management office``).
PUBLIC_OFFICE_HEADS: tuple[str, ...] = ("agency", "bureau", "department", "office")
#: Owners that make such an office a public body's (``the governor's office``).
PUBLIC_OWNERS: tuple[str, ...] = (
    "city's", "city’s", "county's", "county’s", "governor's", "governor’s", "mayor's",
    "mayor’s", "premier's", "premier’s", "state's", "state’s",
)  # fmt: skip

GROUP_RULES: tuple[RoleRule, ...] = (
    RoleRule(
        role=Role.GOVERNMENT,
        words=PUBLIC_OFFICE_HEADS,
        head=True,
        also=PUBLIC_OWNERS,
        note="an office of a city, a state or a governor (``the city's emergency "
        "management office``, ``the governor's office``): a public body, whatever it manages",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        head=True,
        note="members, workers, nurses ... (``SAG-AFTRA members``)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_OFFICIAL_WORDS,
        head=True,
        kinds=_UNIONS,
        note="the union, its leadership, negotiators (``SAG-AFTRA leadership``)",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=EMPLOYER_WORDS,
        head=True,
        kinds=_EMPLOYERS,
        note="a company's officials, spokespeople, executives",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=EMPLOYER_GROUP_WORDS,
        head=True,
        kinds=frozenset({None, OrgKind.OTHER}),
        note="the studios, the company, management, executives",
    ),
    RoleRule(
        role=Role.EXPERT,
        words=EXPERT_WORDS,
        head=True,
        note="analysts, experts, economists",
    ),
    RoleRule(
        role=Role.GOVERNMENT,
        words=GOVERNMENT_GROUP_WORDS,
        head=True,
        kinds=frozenset({None, OrgKind.GOVERNMENT, OrgKind.OTHER}),
        note="the government, the ministry, officials, lawmakers",
    ),
    RoleRule(role=Role.UNION_OFFICIAL, kinds=_UNIONS, note="a union speaking"),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=("local", "locals"),
        head=True,
        kinds=frozenset({None}),
        note="the local: a union's branch, as the phrase's last word (not ``local officials``)",
    ),
    RoleRule(role=Role.EMPLOYER, kinds=_EMPLOYERS, note="a company or employer group speaking"),
    RoleRule(role=Role.GOVERNMENT, kinds=frozenset({OrgKind.GOVERNMENT}), note="an agency"),
    RoleRule(
        role=Role.MEDIA,
        kinds=frozenset({OrgKind.MEDIA}),
        note="a publication speaking (``Deadline reports``)",
    ),
    RoleRule(role=Role.MEDIA, words=MEDIA_WORDS, head=True, note="reports, newspapers"),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=_SPOKESPEOPLE,
        head=True,
        also=WORKER_WORDS,
        note="the workers' leaders or spokesmen (``the seamen's leaders``)",
    ),
    RoleRule(
        role=Role.OTHER,
        words=BYSTANDER_WORDS,
        kinds=_ANY_BUT_UNION,
        note="passengers, parents, a students' union, a rugby union: outside the dispute",
    ),
    RoleRule(
        role=Role.WORKER,
        words=WORKER_WORDS,
        note="a phrase about workers anywhere (``striking nurses at the hospital``)",
    ),
    RoleRule(
        role=Role.UNION_OFFICIAL,
        words=UNION_WORDS,
        note="a phrase about a union anywhere",
    ),
    RoleRule(
        role=Role.EMPLOYER,
        words=("employers", "employer", "management", "companies", "studios", "owners"),
        note="a phrase about employers anywhere (``industry employers in the region``)",
    ),
    RoleRule(
        role=Role.OTHER,
        words=CAMPAIGN_WORDS,
        kinds=frozenset({OrgKind.OTHER}),
        note="a charity or a campaign group speaking: a voice outside, no expert",
    ),
    RoleRule(role=Role.EXPERT, kinds=frozenset({OrgKind.OTHER}), note="an institute speaking"),
)

# --------------------------------------------------------------------------- matching


def _word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    # Laid out as a trie (a space in a word is any run of spaces or a hyphen:
    # ``attorney-general``): a search only asks
    # whether a word is there, which the order of the alternatives does not change.
    body = trie_alternation({w.lower() for w in words}, depth=4).replace("\\ ", r"[\s-]+")
    return re.compile(rf"(?<![\w-]){body}(?:e?s)?(?![\w-])", re.IGNORECASE)


_PATTERNS: dict[tuple[str, ...], re.Pattern[str]] = {}


def _has(words: tuple[str, ...], text: str) -> bool:
    pat = _PATTERNS.get(words)
    if pat is None:
        pat = _PATTERNS[words] = _word_pattern(words)
    return pat.search(text) is not None


#: Plural heads of people before ``of`` and the body they belong to (``Employees of the
#: corporation``; not ``Union of Nurses``, nor ``members of Congress``, whose body decides).
_PEOPLE_OF = frozenset(("employees", "staff", "workers"))
_HEAD_WORD = _lazy(r"([\w][\w.-]*+)['’]?s?['’]?\W*+$")
#: A preposition that ends a group's head (``Nurses at Castlebridge Hospital``, ``Drivers
#: for Fernhill Buses``); not ``of``, which may be inside a name (``Union of Nurses``).
_HEAD_CUT = _lazy(rf"\s(?:{'|'.join(HEAD_CUT_PREPOSITIONS)})\s")
_INDEFINITE = _lazy(r"^\s*+(?:a|an|one)\s", regex.IGNORECASE)
#: A preposition that ends a phrase, with the spaces before it.
_LINK_END = _lazy(r"\s++(?:at|for|from|of|with)\s*+$")


def _head(phrase: str) -> str:
    # (``Workers of``: a phrase whose organization was taken out ends with its link)
    phrase = _LINK_END().sub("", phrase)
    # (``Workers at Harbour Foods``: the head comes before a place of work)
    cut = _HEAD_CUT().search(phrase)
    if cut is not None and cut.start() > 0:
        phrase = phrase[: cut.start()]
    of = phrase.find(" of ")
    if of > 0 and phrase[:of].rpartition(" ")[2].lower() in _PEOPLE_OF:
        phrase = phrase[:of]  # ``Employees of the transport corporation``: its people
    tail = phrase[-80:]
    # The head word is the last word (or the one before a final ``'s``): no match opens
    # before the last space that a word character follows, so the search starts there
    # (and, finding nothing there, looks at the whole tail as before).
    kept = tail.rstrip()
    words = kept.rsplit(None, 1)
    last = len(kept) - len(words[-1]) if words else 0
    m = _HEAD_WORD().search(tail, last) if last else None
    if m is None:
        m = _HEAD_WORD().search(tail)
    return m.group(1) if m is not None else ""


def _first_role(rules: tuple[RoleRule, ...], text: str, kind: OrgKind | None) -> Role | None:
    """The role of the first of *rules* that applies (the phrase's head word read once)."""
    head: str | None = None
    for rule in rules:
        if rule.kinds and kind not in rule.kinds:
            continue
        if rule.indefinite and _INDEFINITE().match(text) is None:
            continue
        if rule.words:
            if rule.head and head is None:
                head = _head(text)
            probe = head if rule.head else text
            if not probe or not _has(rule.words, probe):
                continue
        if rule.unless_heads and _final_word(text).lower() in rule.unless_heads:
            continue
        if not rule.also or _has(rule.also, text):
            return rule.role
    return None


def _final_word(text: str) -> str:
    """The last word of *text* as written (``""`` for none)."""
    words = text.rsplit(None, 1)
    return words[-1] if words else ""


@functools.lru_cache(maxsize=4096)
def elected_member(title: str | None, body: str | None) -> bool:
    """Whether *title* is a membership of *body*, an elected body (``member`` of ``the
    council``, not of the works council or of a union)."""
    if not title or not body or title.lower().rsplit(" ", 1)[-1] != "member":
        return False
    head = body.lower().rsplit(" ", 1)[-1]
    return head in _ELECTED_BODY_HEADS and hint_kind(body) is OrgKind.GOVERNMENT


_ELECTED_BODY_HEADS = frozenset(ELECTED_BODY_HEADS)


def person_role(title: str | None, kind: OrgKind | None) -> Role | None:
    """The role of a person from their title and their organization's kind.

    ``None`` when there is neither a title nor an organization.

    >>> person_role("a member of", OrgKind.UNION).value
    'worker'
    >>> person_role("staff writer", OrgKind.MEDIA).value
    'media'
    """
    text = title or ""
    if not text.strip() and kind is None:
        return None
    if " " in text and _STREET().search(text) is not None:
        text = _STREET().sub("", text)  # (``who runs a bakery on Queen Street``)
    if " the " in text:
        # (``who has driven buses in the city``, ``a nursing student from the city's
        # north side``: where, not whose)
        text = _LOCALITY().sub("", text)
    if "candidate" in text:
        text = _DEGREE_CANDIDATE().sub(r"\1 student", text)  # (``doctoral candidate``)
    if " of the " in text:
        # ``co-chair of the resident doctors committee``: an office of an organ, whatever
        # trade the organ's name holds (no doctor's)
        text = _ORGAN_OFFICE().sub(_without_trades, text)
    if _ABBREVIATED_WORDS.intersection(text.split()):
        # ``Asst Prof``, ``Supt.``: the noun each abbreviation stands for
        text = " ".join(V.ABBREVIATED_TITLES.get(w, w) for w in text.split())
    if kind is None and _kin_of(text):
        return Role.OTHER  # ``Mills' son``: a family's, not a mill's
    if kind is None:
        kind = hint_kind(text)
        if kind is OrgKind.EMPLOYER and text.split(" ", 1)[0] in _RELATIVE_LEADS:
            # (a workplace in a relative clause makes no officer of it: ``who has
            # trimmed loins at the plant``; :func:`relative_role` reads it)
            kind = None
    role = _first_role(PERSON_RULES, text, kind)
    if role in _NOW_ONLY and text.split(" ", 1)[0].lower() in _PAST_WORK:
        # ``Retired teacher Lorraine Kibbe``, ``a former rail executive``: no longer of a
        # workforce or of a management
        return Role.OTHER
    return Role.OTHER if role is None else role


#: An office of a body's organ and the words that name the organ (``co-chair of the
#: resident doctors committee``: :data:`~laborquotes._vocab.ORGAN_NOUNS`).
_ORGAN_OFFICE = lazy_stdlib(
    lambda: (
        rf"\A(?P<office>.+?)[ ]of[ ]the[ ](?P<words>(?:[\w'’\-]+[ ]){{0,3}})"
        rf"(?P<organ>{'|'.join(V.ORGAN_NOUNS)})\Z"
    )
)


#: The one-word trades of :data:`WORKER_WORDS` (``doctor``, ``nurse``).
_TRADE_WORDS = frozenset(w for w in WORKER_WORDS if " " not in w)


def _without_trades(m: re.Match[str]) -> str:
    """The office of an organ (:data:`_ORGAN_OFFICE`) without the trades its name holds
    (``resident doctors``), which say whom it speaks for, not what its officer does."""
    kept = [w for w in m.group("words").split() if w.rstrip("s'’") not in _TRADE_WORDS]
    office, organ = m.group("office"), m.group("organ")
    if office.rsplit(" ", 1)[-1] == "member":
        # (``a member of the national executive``: a national executive member)
        lead = office.removeprefix("a ").removeprefix("an ").removesuffix("member")
        return " ".join((*lead.split(), *kept, organ, "member"))
    return " ".join((office, "of the", *kept, organ))


#: Abbreviated ranks and offices (``Prof``, ``Supt.``:
#: :data:`~laborquotes._vocab.ABBREVIATED_TITLES`).
_ABBREVIATED_WORDS = frozenset(V.ABBREVIATED_TITLES)


def _kin_of(title: str) -> bool:
    """Whether *title* is a possessive and a kin word (``Mills' son``, ``the dead man's
    daughter``): a relative of someone, whatever the owner's name reads as."""
    owner, _, kin = title.rpartition(" ")
    return kin.lower() in _KIN and owner.endswith(("'s", "’s", "s'", "s’"))


#: Modifiers of a worker's title that put the work in the past (``retired teacher``).
_PAST_WORK = frozenset(V.PAST_WORK_MODIFIERS)
#: The roles a title with such a modifier no longer has.
_NOW_ONLY = frozenset((Role.EMPLOYER, Role.WORKER))


#: A capitalized place's name ending in a street's word (``Queen Street``, ``King
#: Street West``): a place, whatever office its first word names.
_STREET = lazy_stdlib(
    lambda: (
        r"[A-Z][\w'’]*(?:[^\S\n][A-Z][\w'’]*){0,2}?[^\S\n]"
        rf"(?:{'|'.join(map(re.escape, V.STREET_WORDS))})(?![\w-])"
    )
)
#: A candidate for a degree (``doctoral candidate``, ``PhD candidate``): a student, no
#: candidate for office.
_DEGREE_CANDIDATE = lazy_stdlib(
    lambda: r"(?i)\b(doctoral|ph\.?d\.?|master'?s|graduate)[^\S\n]+candidate\b"
)
#: A kind of place after ``in the`` (``in the city``): where, not whose.
#: Words of a part of a place after its possessive (``the city's north side``).
_PARTS_OF_TOWN = (*V.COMPASS_WORDS, *V.TOWN_PART_WORDS)
_LOCALITY = lazy_stdlib(
    lambda: (
        rf"\b(?:across|around|from|in)[^\S\n]+the[^\S\n]+(?:{'|'.join(V.LOCALITY_NOUNS)})"
        rf"(?:['’]s(?:[^\S\n]+(?:{'|'.join(_PARTS_OF_TOWN)})){{1,2}}\b|\b)"
    )
)
_RELATIVE_LEADS = frozenset(V.RELATIVE_PRONOUNS)
_WORK_VERBS = frozenset(V.RELATIVE_WORK_VERBS)
_STUDY_VERBS = frozenset(V.STUDY_VERBS)
_TEACHING = frozenset(("taught", "teach", "teaches"))
#: Verbs that put a person on a workplace's staff where the place is the employer's.
_STAFF_VERBS = _WORK_VERBS | _TEACHING
_SCHOOL_CLASS = frozenset(V.SCHOOL_CLASS_WORDS)
_LIFE_VERBS = frozenset(V.RELATIVE_LIFE_VERBS)
_ACTION_VERBS = frozenset(V.RELATIVE_ACTION_VERBS)
_OWNER_VERBS = frozenset(V.RELATIVE_OWNER_VERBS)
#: Nouns of someone's work after ``whose`` (``whose job is at risk``).
_WORK_NOUNS = frozenset(("contract", "hours", "job", "pay", "post", "role", "shift", "wages"))
#: The people a person leads in a dispute (``whose members``).
_MEMBERSHIP_NOUNS = frozenset(V.MEMBERSHIP_NOUNS)
_AUXILIARIES = frozenset(V.RELATIVE_AUXILIARIES)
_KIN = frozenset(V.KIN_TITLES) | frozenset(("child", "children", "kids", "sons", "daughters"))
#: Common nouns of a place of work that the dispute's employer may be written as (``the
#: plant``, ``the hospital``, ``the company``).
_EMPLOYER_PLACES = frozenset(
    (*V.WORKPLACE_NOUNS, *V.SIDE_BODY_WORDS, *V.SIDE_EMPLOYER_WORDS, *V.TITLE_REFERENCE_HEADS)
) | frozenset(V.RELATIVE_WORKPLACE_NOUNS)
#: The preposition and the place of the work after a relative clause's verb (``at the
#: plant``, ``for Acme Foods``, ``at a hospital laundry``).
_WORK_PLACE = _lazy(
    r"\b(?:at|for|with|in|joined)\s++(?:(?P<det>the|a|an)\s++)?"
    r"(?P<words>[\w-]++(?:\s++(?!(?:at|for|with|in)\b)[\w-]++)?)"
)


#: Units of a length of time (``for 22 years``, ``in decades``): no workplace.
_DURATION_UNITS = frozenset(DURATION_UNITS)


def _duration(words: str) -> bool:
    """Whether *words*, read after ``for`` or ``in``, are a stretch of time."""
    return words[:1].isdigit() or any(w in _DURATION_UNITS for w in words.split())


def relative_role(clause: str, disputed: bool, employers: Iterable[str]) -> Role | None:
    """The role a relative clause after a person's name tells (``who has worked at the
    plant for 20 years``: a worker in a dispute; ``who commutes to Leeds``, ``whose son
    ...``: someone the dispute touches, ``other``); ``None`` when it tells neither.
    *employers* are the names of the dispute's employers."""
    words = clause.replace(",", " ").split()
    if not words or words[0] not in ("who", "whose"):
        return None
    if words[0] == "whose":
        # ``whose daughter ...``, ``whose hip operation was postponed``: a life the dispute
        # touches; ``whose job is at risk``: in a dispute, a worker's
        if len(words) < 3 or words[1] in _KIN:
            return Role.OTHER if len(words) > 1 and words[1] in _KIN else None
        if not disputed:
            return None  # (``Ana Ruiz, whose support cratered``: no side to tell)
        if words[1] in _MEMBERSHIP_NOUNS:
            return Role.UNION_OFFICIAL  # ``whose members have had no rise``: she leads them
        return Role.WORKER if words[1] in _WORK_NOUNS else Role.OTHER
    verbs = _clause_verb(words)
    if (
        verbs
        and verbs[0] in _TEACHING
        and _SCHOOL_CLASS.intersection(p for w in words for p in w.lower().split("-"))
    ):
        # ``who teaches Grade 8 at a school``, ``who teaches eighth-grade social studies``
        return Role.WORKER if disputed else None
    if verbs and verbs[0] in _STUDY_VERBS:
        return Role.EXPERT  # ``who studies public-sector unions``
    if not verbs or verbs[0] in _LIFE_VERBS:
        return Role.OTHER if verbs else None
    if verbs[0] in _ACTION_VERBS:
        return Role.WORKER if disputed else None  # (``who voted for the union``)
    if verbs[0] in _OWNER_VERBS and disputed:
        # ``who runs a hardware store``: a business of their own, none of the dispute's
        # (``who runs the plant`` tells no side here)
        after = words[words.index(verbs[0]) + 1 :][:1]
        return Role.OTHER if after and after[0] in ("a", "an") else None
    if not disputed:
        return _tenured(words, verbs[0], clause)
    places = _work_places(clause)
    at_employer = _at_employer(places, employers)
    if verbs[0] in _STAFF_VERBS and at_employer:
        return Role.WORKER  # ``who has worked at the plant``, ``who has taught at the college``
    if verbs[0] not in _WORK_VERBS:
        # ``who has trimmed loins at the plant for 11 years``: the trade at the
        # employer's place, for a length of time (not a passive: ``who has been
        # treated at the hospital for a decade``)
        active, tenure = "been" not in words[1:4], bool(_DURATION_UNITS.intersection(words))
        return Role.WORKER if active and at_employer and tenure else None
    if places and places[0]["det"] in ("a", "an"):
        return Role.OTHER  # (``who works at a hospital laundry``: another workplace)
    if places and places[0]["det"] is None and places[0]["words"][:1].isupper():
        # ``who drives for Lyft``: on a named company's staff, one of its workforce
        return Role.WORKER if verbs[0] != "joined" else None
    return Role.WORKER if not places and verbs[0] != "joined" else None


def _tenured(words: list[str], verb: str, clause: str) -> Role | None:
    """In an article that reports no dispute, a clause of work at a place for a length of
    time (``who has installed seat frames at the Warren plant for 11 years``, ``who
    worked on its assembly line for 22 years``): a worker; not an office held (``who
    has served in the Senate for a decade``)."""
    if verb in _OFFICE_TERMS or "been" in words[1:4] or not _DURATION_UNITS.intersection(words):
        return None
    return Role.WORKER if verb in _WORK_VERBS or _work_places(clause) else None


#: Verbs of a term in office, not of work on a staff.
_OFFICE_TERMS = frozenset(("joined", "served", "serves", "started"))


def staff_clause(clause: str, employers: Iterable[str]) -> bool:
    """Whether the relative *clause* puts a person on the staff of the dispute's employer:
    a verb of working or teaching, and a place of the employer (``who has taught at the
    college since 2004``; not ``who has taught labour law for a decade``)."""
    words = clause.replace(",", " ").split()
    verbs = _clause_verb(words)
    if words[:1] != ["who"] or not verbs or verbs[0] not in _STAFF_VERBS:
        return False
    return _at_employer(_work_places(clause), employers)


def study_clause(clause: str) -> bool:
    """Whether a relative *clause*'s verb is one of study (``who researches dock unions
    at the Tideway Institute``): an outside expert's clause."""
    verbs = _clause_verb(clause.replace(",", " ").split())
    return bool(verbs) and verbs[0] in _STUDY_VERBS


def _clause_verb(words: list[str]) -> list[str]:
    """The verb of a relative clause's *words* (``who has worked at``: ``worked``), in a
    list of one, or none."""
    return [w for w in words[1:4] if w not in _AUXILIARIES][:1]


def _work_places(clause: str) -> list[regex.Match[str]]:
    """The places of work a relative clause names (``at the plant``), not its lengths of
    time (``for a decade``)."""
    return [p for p in _WORK_PLACE().finditer(clause) if not _duration(p["words"])]


def _at_employer(places: list[regex.Match[str]], employers: Iterable[str]) -> bool:
    """Whether one of the *places* of a relative clause is the employer's: a place of
    work with ``the`` (``at the plant``) or a word of an employer's name."""
    names = {w for name in employers for w in name.split() if w[:1].isupper()}
    return any(
        place["det"] not in ("a", "an")
        and any(w.lower() in _EMPLOYER_PLACES or w in names for w in place["words"].split())
        for place in places
    )


def management_title(title: str | None) -> bool:
    """Whether *title* holds a word of management or of speaking for an employer
    (:data:`EMPLOYER_WORDS`, :data:`STAFF_MANAGEMENT_WORDS`: ``director``, ``spokesman``,
    ``HR manager``); ``cable splicer`` holds none."""
    if not title:
        return False
    return _has(EMPLOYER_WORDS, title) or _has(STAFF_MANAGEMENT_WORDS, title)


def union_only_office(title: str) -> bool:
    """Whether *title* holds an office only unions have (``general secretary``)."""
    return _has(UNION_ONLY_OFFICES, title)


def outside_lawyer(title: str | None) -> bool:
    """Whether *title* is a lawyer's of a field (``labour lawyer``, ``employment
    lawyer``: :data:`OUTSIDE_LAWYER_WORDS`), who speaks for no side unless retained."""
    return bool(title) and _has(OUTSIDE_LAWYER_WORDS, title or "")


def union_side_title(title: str) -> bool:
    """Whether *title*, whole, is a dispute organizer's (``Organizer``, ``lead
    organiser``: :data:`UNION_SIDE_TITLES`)."""
    return " ".join(title.split()).casefold() in _UNION_SIDE_TITLES


_UNION_SIDE_TITLES = frozenset(UNION_SIDE_TITLES)


def employer_only_office(title: str) -> bool:
    """Whether *title* holds an office of an employer's management (``chief executive``)."""
    return _has(EMPLOYER_ONLY_OFFICES, title)


@functools.lru_cache(maxsize=4096)
def group_role(phrase: str, kind: OrgKind | None) -> Role | None:
    """The role of a group or organization speaking, from its phrase and organization.

    >>> group_role("SAG-AFTRA leadership", OrgKind.UNION).value
    'union_official'
    >>> group_role("The studios", None).value
    'employer'
    """
    given = kind
    phrase = document_head(phrase)
    if kind is None:
        kind = hint_kind(phrase)  # "company officials", "the nurses' union"
    rules = _BUSINESS_RULES if _business_named(phrase, kind) else GROUP_RULES
    role = _first_role(rules, phrase, kind)
    if role is not None:
        return role
    return Role.OTHER if given is not None else None


def _business_named(phrase: str, kind: OrgKind | None) -> bool:
    """Whether *phrase* is a company's proper name whose last word is a trade's
    (``Laurentian Courier``, ``Kestrel Builders``): a business, not its workers, so no
    row of :data:`GROUP_RULES` that reads workers applies."""
    words = phrase.split()
    return (
        kind in (None, OrgKind.EMPLOYER, OrgKind.MEDIA)
        and len(words) > 1
        and words[0].lower() not in ("a", "an", "the")
        and all(w[:1].isupper() for w in words)
        and words[-1][1:].islower()
    )


#: :data:`GROUP_RULES` for a business's proper name: none that reads workers.
_BUSINESS_RULES = tuple(r for r in GROUP_RULES if r.role is not Role.WORKER)


def document_head(phrase: str) -> str:
    """*phrase* cut after a document's noun that opens it (``a summary the union gave
    members`` -> ``a summary``, ``a letter to members`` -> ``a letter``): the document
    speaks for its author, whatever the words after it name."""
    words = phrase.split(None, 3)
    if len(words) > 2 and words[0].lower() in _DOCUMENT_LEADS:
        for k in (1, 2):
            if k < len(words) - 1 and words[k] in _DOCUMENTS:
                # (not before its author: ``a statement from Ana Ruiz's office``)
                return phrase if words[k + 1] in _AUTHOR_LINKS else " ".join(words[: k + 1])
    return phrase


_DOCUMENTS = frozenset(AUTHORED_DOCUMENTS)
_DOCUMENT_LEADS = frozenset(("a", "an", "its", "the", "their"))
_AUTHOR_LINKS = frozenset(("by", "from", "of"))


#: A legislator's post-nominal letters (``MNA``, ``TD``), which some registry acronyms share.
_LEGISLATOR_LETTERS = frozenset(LEGISLATOR_POSTNOMINALS)


@functools.lru_cache(maxsize=4096)
def hint_kind(text: str) -> OrgKind | None:
    """Guess an organization's kind from a name or a title.

    In order: an organization of the package's registry named in it (``TUC general
    secretary``); a union that is not a labour union (``European Union``, ``students'
    union``, ``Welsh Hockey Union``); a union found by the generic patterns (``Local 7``);
    a party (``Labour leader``, ``Conservative MP``: government); then ``KIND_HINTS``.
    """
    if text.split(" ", 1)[0] in _LEGISLATOR_LETTERS:
        return OrgKind.GOVERNMENT  # ``MNA for Laval``: not the nurses' association
    reg = default_registry()
    # A title is not a sentence: "Unite general secretary" names Unite (``~Unite``).
    for m in reg.mentions("of " + text):
        if m.entry >= 0:
            return reg.entries[m.entry].kind
    other = _union_not_labour(text)
    if other is not None:
        return other
    hit = reg.first_in(text)
    if hit is not None:
        return hit[0].kind
    if (
        _LOCAL_UNIT().search(text) is not None
        or _THE_LOCAL().fullmatch(text) is not None
        or _PLACE_LOCAL().fullmatch(text) is not None
    ):
        # ``Local 7``; ``the local``, ``the New York Local``: a union's branch
        return OrgKind.UNION
    if _NAMED_LOCAL().fullmatch(text) is not None:
        return OrgKind.UNION  # ``the Steelworkers local``: a union's branch by its name
    if _WORKFORCE_UNIT().fullmatch(text) is not None:
        return OrgKind.UNION  # ``the machinists' District 100``: a union's numbered unit
    if _party(text) and not _has(_UNION_HINTS_BUT_LEADER, text):
        return OrgKind.GOVERNMENT
    if _workforce_name(text):
        return OrgKind.UNION  # ``Allied Municipal Workers``: a workforce's own name
    head = _head_kind(text)
    if head is not None:
        return head
    if _final_word(text) in _CAMPAIGN_HEADS and _PORTFOLIO_BODY().match(text) is None:
        # ``Council Tax Watch``: a campaign (no kind says it), not the council; but
        # ``Department of Climate Action`` is a ministry whose portfolio ends so
        return None
    if users_body(text):
        return None  # ``Vale Rail Users' Group``: a service's users, no firm or council
    if _RESEARCH_NAME().match(text) is not None:
        return OrgKind.OTHER  # ``Institute for Government``: a research body, whatever its field
    for kind, words in KIND_HINTS:
        probe = _without_name_modifiers(text) if kind is OrgKind.GOVERNMENT else text
        if _has(words, probe) or (kind is OrgKind.MEDIA and _MASTHEAD().search(text)):
            return kind
    return OrgKind.EMPLOYER if business_name(text) else None


_CONSUMERS = frozenset(CONSUMER_BODY_WORDS)
#: Heads of a research body's name before its field (``Institute for Government``).
RESEARCH_BODY_HEADS: tuple[str, ...] = ("Center", "Centre", "Foundation", "Institute")

#: A research body's head, then ``for`` or ``of`` and its field (``Institute for Fiscal
#: Studies``, ``Centre for Cities``): the field names no kind.
_RESEARCH_NAME = _lazy(
    rf"(?:[Tt]he\s++)?(?:{'|'.join(RESEARCH_BODY_HEADS)})\s++(?:for|of|on)\s++\p{{Lu}}"
)


def users_body(text: str) -> bool:
    """Whether *text* is a capitalized name with a word for a service's users before
    its head (``Rail Passengers Council``, ``Bus Users Group``, ``Patients
    Association``, ``Kelvin Students' Union``), or after its head and ``of`` (``Council of
    School Parents``; not ``Survey of Consumers``, whose head is no body's)."""
    parts = text.split()
    words = [w.lower().rstrip("'’") for w in parts[:-1] if w[:1].isupper()]
    if "of" in parts[1:-1] and parts[parts.index("of") - 1] in _BODY_HEADS_OF:
        words.append(parts[-1].lower())
    return not _CONSUMERS.isdisjoint(words) or student_body([w.lower().rstrip("'’") for w in parts])


#: Heads of a body named ``<head> of <members>`` (``Council of School Parents``).
_BODY_HEADS_OF = frozenset(("Association", "Council", "Federation", "Forum", "Union"))


def business_name(text: str) -> bool:
    """Whether *text* is a capitalized name ending in a business's word (``Harbour City
    Coachlines``, ``Kestrel Buses``)."""
    parts = text.split()
    return len(parts) > 1 and parts[-1] in _BUSINESS_WORDS and all(w[:1].isupper() for w in parts)


def _without_name_modifiers(text: str) -> str:
    """*text* without the place words inside a capitalized name that another word ends
    (``Harbour City Coachlines``, ``State Street Bank``): no government's by them; a
    name they end, or one that a government's word ends, keeps them (``Leeds City
    Council``)."""
    words = text.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return text
    if words[-1].lower() in _TITLE_NOUNS:
        return text  # ``New York City Public Advocate``: an office of the city
    kept = [w for w in words[:-1] if w.lower() not in _NAME_MODIFIERS]
    return " ".join((*kept, words[-1])) if len(kept) < len(words) - 1 else text


def _workforce_name(text: str) -> bool:
    """Whether *text* is a name of capitalized words ending in a workforce's plural
    (``Allied Municipal Workers``, ``Harbour Nurses``; :data:`LABOUR_WORDS`): a union
    the tables do not know, whatever trade or sector its other words name."""
    words = text.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 2 or not all(w[:1].isupper() or w in _NAME_JOINERS for w in words):
        return False
    last = words[-1]
    return last.endswith("s") and last.casefold() in LABOUR_WORDS


_NAME_JOINERS = frozenset(V.ORG_NAME_JOINERS)


def _head_kind(text: str) -> OrgKind | None:
    """The kind a title's last word, in lower case, gives by itself (``court reporter``:
    a reporter, whatever the words before it say)."""
    last = _final_word(text)
    if not last.islower() or last not in _HEAD_KINDS or _has(_PHRASE_HINTS, text):
        return None  # (``health board``, ``law firm``: a phrase of the hints decides)
    if _has(_OTHER_HINTS, text[: -len(last)]):
        return None  # (``consulting firm``, ``research group``: what it does decides)
    return _HEAD_KINDS[last]


#: Words of a newspaper's name (``The Observer``, ``the Daily Post``), media only when
#: capitalized: ``the review`` (an inquiry) or ``a political observer`` is no outlet.
MASTHEAD_WORDS: tuple[str, ...] = (
    "Chronicle", "Daily", "Gazette", "Herald", "Journal", "Observer", "Post", "Review",
    "Times", "Tribune", "Weekly",
)  # fmt: skip
_MASTHEAD = _lazy(rf"(?<![\w-])(?:{'|'.join(MASTHEAD_WORDS)})(?![\w-])")


#: ``the local``, ``the local's``: a union's branch named by the noun alone.
_THE_LOCAL = _lazy(r"(?i)(?:the|its|their)\s{1,3}locals?(?:['’]s?)?")
#: ``the Steelworkers local``, ``Unifor locals``: a name, then the branch's noun.
_NAMED_LOCAL = _lazy(r"(?:[Tt]he\s{1,3})?(?:\p{Lu}[\w.&'’\-]*+\s{1,3}){1,4}locals?")
#: A workforce's possessive, then a numbered unit (``the machinists' District 100``,
#: ``the drivers' Lodge 12``): a union's.
_WORKFORCE_UNIT = _lazy(
    rf"(?:[Tt]he\s{{1,3}})?\p{{Ll}}++(?<=s)['’]\s{{1,3}}(?i:{'|'.join(V.NUMBERED_UNITS)})"
    r"\s{1,3}\d{1,5}+"
)
#: ``Local 7``, ``local No. 12``: a union's branch (``local`` alone is a place word).
_LOCAL_UNIT = _lazy(r"(?i)\blocals?\s{1,3}(?:no\.\s{0,2})?\d")
#: A union's branch named for its place, capitalized (``the New York Local``).
_PLACE_LOCAL = _lazy(r"(?:[Tt]he\s{1,3})?(?:\p{Lu}[\w.'’\-]*+\s{1,3}){1,3}Local")
#: Words of a labour union's name that keep a ``... Union`` a labour union.
_LABOUR_NAME_WORDS: tuple[str, ...] = (
    *sorted(LABOUR_WORDS), "labor", "labour", "players", "trade union", "trades union",
)  # fmt: skip
_UNION_HINTS_BUT_LEADER: tuple[str, ...] = tuple(
    w
    for w in next(ws for k, ws in KIND_HINTS if k is OrgKind.UNION)
    if w not in ("labor leader", "labour leader")
)


def union_not_labour(text: str) -> bool:
    """Whether *text* names a union that is no labour union (``the students' union``,
    ``the rugby union``, ``the European Union``)."""
    return _union_not_labour(text) is not None


def _union_not_labour(text: str) -> OrgKind | None:
    """``OTHER`` for a sporting, student or civic union, ``GOVERNMENT`` for a political one."""
    if not _has(("union", "unions"), text) or _has(_LABOUR_NAME_WORDS, text):
        return None
    if _has(POLITICAL_UNION_WORDS, text) and not _regional_nationality(text):
        return OrgKind.GOVERNMENT
    if _has(CIVIC_UNION_WORDS, text):
        return OrgKind.OTHER
    if _has(BUSINESS_UNION_WORDS, text):
        return OrgKind.EMPLOYER  # ``Coast Spruce Credit Union``: a lender, a business
    return None


def _regional_nationality(text: str) -> bool:
    """Whether *text* holds a nationality of two words (``a South African union``,
    ``North American unions``): no political union (the African Union)."""
    words = text.split()
    return any(demonym_length(words, i) == 2 for i in range(len(words) - 1))


@functools.cache
def _party_pattern() -> re.Pattern[str]:
    body = "|".join(re.escape(w) for w in sorted(PARTY_WORDS, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{body})(?:['’]s)?(?![\w-])")


def _party(text: str) -> bool:
    """Whether *text* names a political party as written (capitalised)."""
    return _party_pattern().search(text) is not None


#: The one-word hints of :data:`KIND_HINTS`, each with the first kind that lists it (not
#: the weak ``other`` kind: ``campaign advisers`` stay a campaign's), and the hints of
#: several words, which decide before a title's last word does.
_HEAD_KINDS: dict[str, OrgKind] = {}
for _kind, _words in KIND_HINTS:
    for _word in _words:
        if " " not in _word and _kind is not OrgKind.OTHER:
            _HEAD_KINDS.setdefault(_word, _kind)
_OTHER_HINTS: tuple[str, ...] = next(ws for k, ws in KIND_HINTS if k is OrgKind.OTHER)
_PHRASE_HINTS: tuple[str, ...] = tuple(
    sorted({w for _, words in KIND_HINTS for w in words if " " in w})
)
