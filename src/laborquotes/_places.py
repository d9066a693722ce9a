"""Place and wire-service tables for datelines.

Everything here is data: keys are *normalised* (lower case, letters only, see
:func:`key`), so ``Calif.``, ``CALIF`` and ``calif`` all find California. Add a
wire variant or a city by adding a row, never by touching a regex.
"""

from __future__ import annotations

from collections import Counter

import regex

from . import _vocab as V

__all__ = [
    "AGENCIES",
    "AGENCY_NAMES",
    "CITIES",
    "COUNTRIES",
    "DEMONYM_COUNTRIES",
    "NOT_CALL_SIGNS",
    "PROVINCES",
    "STATES",
    "STATE_CODES",
    "Place",
    "agency",
    "country_hint",
    "demonym_length",
    "is_call_sign",
    "is_region",
    "is_state_code",
    "key",
    "lookup_city",
    "lookup_region",
]

_NON_LETTERS = regex.compile(r"[^\p{L}]++")


def key(s: str) -> str:
    """Normalise a place or agency for table look-up: lower case, letters only."""
    return _NON_LETTERS.sub("", s).casefold()


#: (full name, USPS code) of each US state, D.C. and the territories AP datelines use.
_STATE_NAMES: tuple[tuple[str, str], ...] = (
    ("Alabama", "AL"),
    ("Alaska", "AK"),
    ("Arizona", "AZ"),
    ("Arkansas", "AR"),
    ("California", "CA"),
    ("Colorado", "CO"),
    ("Connecticut", "CT"),
    ("Delaware", "DE"),
    ("District of Columbia", "DC"),
    ("Florida", "FL"),
    ("Georgia", "GA"),
    ("Hawaii", "HI"),
    ("Idaho", "ID"),
    ("Illinois", "IL"),
    ("Indiana", "IN"),
    ("Iowa", "IA"),
    ("Kansas", "KS"),
    ("Kentucky", "KY"),
    ("Louisiana", "LA"),
    ("Maine", "ME"),
    ("Maryland", "MD"),
    ("Massachusetts", "MA"),
    ("Michigan", "MI"),
    ("Minnesota", "MN"),
    ("Mississippi", "MS"),
    ("Missouri", "MO"),
    ("Montana", "MT"),
    ("Nebraska", "NE"),
    ("Nevada", "NV"),
    ("New Hampshire", "NH"),
    ("New Jersey", "NJ"),
    ("New Mexico", "NM"),
    ("New York", "NY"),
    ("North Carolina", "NC"),
    ("North Dakota", "ND"),
    ("Ohio", "OH"),
    ("Oklahoma", "OK"),
    ("Oregon", "OR"),
    ("Pennsylvania", "PA"),
    ("Rhode Island", "RI"),
    ("South Carolina", "SC"),
    ("South Dakota", "SD"),
    ("Tennessee", "TN"),
    ("Texas", "TX"),
    ("Utah", "UT"),
    ("Vermont", "VT"),
    ("Virginia", "VA"),
    ("Washington", "WA"),
    ("West Virginia", "WV"),
    ("Wisconsin", "WI"),
    ("Wyoming", "WY"),
    ("Puerto Rico", "PR"),
    ("Guam", "GU"),
    ("U.S. Virgin Islands", "VI"),
)

#: AP abbreviations and the wire variants seen in practice -> USPS code.
#: (Full names, and the USPS codes written with periods such as ``N.Y.``, are added below.)
_STATE_ABBREVIATIONS: dict[str, str] = {
    "ala": "AL",
    "ariz": "AZ",
    "ark": "AR",
    "calif": "CA",
    "cal": "CA",
    "cali": "CA",
    "colo": "CO",
    "conn": "CT",
    "del": "DE",
    "dela": "DE",
    "fla": "FL",
    "flor": "FL",
    "ga": "GA",
    "ill": "IL",
    "ills": "IL",
    "ind": "IN",
    "kan": "KS",
    "kans": "KS",
    "ky": "KY",
    "ken": "KY",
    "la": "LA",
    "md": "MD",
    "mass": "MA",
    "mich": "MI",
    "minn": "MN",
    "miss": "MS",
    "mo": "MO",
    "mont": "MT",
    "neb": "NE",
    "nebr": "NE",
    "nev": "NV",
    "okla": "OK",
    "ore": "OR",
    "oreg": "OR",
    "pa": "PA",
    "penn": "PA",
    "penna": "PA",
    "tenn": "TN",
    "tex": "TX",
    "va": "VA",
    "vt": "VT",
    "wash": "WA",
    "wis": "WI",
    "wisc": "WI",
    "wva": "WV",
    "wyo": "WY",
    "dc": "DC",
    "washingtondc": "DC",
    "pr": "PR",
    "puertorico": "PR",
    "usvi": "VI",
    "vi": "VI",
}

#: USPS codes also written by some wires (``IL``, ``Il.``, ``N.Y.``).
_BARE_USPS: tuple[str, ...] = tuple(code for _name, code in _STATE_NAMES if code.isalpha())

#: Canadian provinces and territories: full name -> (postal code, wire abbreviations).
_PROVINCE_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Alberta", "AB", ("alta", "alb")),
    ("British Columbia", "BC", ("bc",)),
    ("Manitoba", "MB", ("man",)),
    ("New Brunswick", "NB", ("nb",)),
    ("Newfoundland", "NL", ("nfld", "nf", "newfoundlandandlabrador")),
    ("Nova Scotia", "NS", ("ns",)),
    ("Ontario", "ON", ("ont",)),
    ("Prince Edward Island", "PE", ("pei",)),
    ("Quebec", "QC", ("que", "qc", "québec")),
    ("Saskatchewan", "SK", ("sask",)),
    ("Northwest Territories", "NT", ("nwt",)),
    ("Nunavut", "NU", ()),
    ("Yukon", "YT", ("yukonterritory",)),
)

#: States and territories of Australia and India (names; ``NSW`` too), for titles and
#: datelines of their copy (``Queensland Premier``, ``BENGALURU, Karnataka``). The short
#: codes that name other things (``SA``, ``ACT``, ``NT``, ``Vic``) are left out.
_STATE_ROWS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("New South Wales", "AU", ("nsw",)),
    ("Northern Territory", "AU", ()),
    ("Australian Capital Territory", "AU", ()),
    ("Queensland", "AU", ()),
    ("South Australia", "AU", ()),
    ("Tasmania", "AU", ()),
    ("Victoria", "AU", ()),
    ("Western Australia", "AU", ()),
    ("Andhra Pradesh", "IN", ()),
    ("Assam", "IN", ()),
    ("Bihar", "IN", ()),
    ("Chhattisgarh", "IN", ()),
    ("Gujarat", "IN", ()),
    ("Haryana", "IN", ()),
    ("Himachal Pradesh", "IN", ()),
    ("Jharkhand", "IN", ()),
    ("Karnataka", "IN", ()),
    ("Kerala", "IN", ()),
    ("Madhya Pradesh", "IN", ()),
    ("Maharashtra", "IN", ()),
    ("Odisha", "IN", ()),
    ("Punjab", "IN", ()),
    ("Rajasthan", "IN", ()),
    ("Tamil Nadu", "IN", ()),
    ("Telangana", "IN", ()),
    ("Uttar Pradesh", "IN", ()),
    ("Uttarakhand", "IN", ()),
    ("West Bengal", "IN", ()),
)

#: The short codes of Australia's states and territories, as a union's or a party's copy
#: writes them before an office of their branch (``AMWU SA state secretary``, ``ETU Vic
#: secretary``): read there only, as the office's scope, never as an organization.
STATE_CODES: tuple[str, ...] = ("ACT", "NSW", "NT", "Qld", "SA", "Tas", "Vic", "WA")  # fmt: skip


def is_state_code(word: str) -> bool:
    """Whether *word* is one of :data:`STATE_CODES` (``SA``, ``QLD`` or ``Qld``)."""
    return word in _STATE_CODES


_STATE_CODES = frozenset(STATE_CODES) | frozenset(c.upper() for c in STATE_CODES)


#: Regions inside a country that an office covers (``regional secretary for the North
#: West``, ``district leader for Bavaria``): the English regions (ONS), Ireland's
#: provinces, Germany's and Austria's states, South Africa's provinces and New Zealand's
#: regions; and the world's regions of a business's offices (``sales director for
#: Europe``). Not dateline regions: no dateline reads them.
_SCOPE_REGIONS: tuple[str, ...] = (
    "Africa", "Americas", "Asia", "Asia Pacific", "Asia-Pacific", "Auckland",
    "Baden-Württemberg", "Bavaria", "Brandenburg", "Canterbury", "Carinthia", "Connacht",
    "EMEA", "East Anglia", "East Midlands", "East of England", "Eastern Cape", "Europe",
    "Free State", "Gauteng", "Hesse", "KwaZulu-Natal", "Latin America", "Leinster",
    "Limpopo", "Lower Austria", "Lower Saxony", "Mecklenburg-Vorpommern", "Middle East",
    "Midlands", "Mpumalanga", "Munster", "North America", "North East",
    "North Rhine-Westphalia", "North West", "Northern Cape", "Otago", "Rhineland-Palatinate",
    "Saarland", "Saxony", "Saxony-Anhalt",
    "Schleswig-Holstein", "South East", "South West", "Styria", "Thuringia", "Tyrol",
    "Ulster", "Upper Austria", "Waikato", "Wellington", "West Midlands", "Western Cape",
    "Yorkshire", "Yorkshire and the Humber",
)  # fmt: skip
_SCOPE_REGION_KEYS = frozenset(key(r) for r in _SCOPE_REGIONS)

#: Countries and the other names wire datelines give them -> ISO 3166-1 alpha-2.
#: (Historic names map to today's code: West Germany -> DE, Soviet Union -> RU.)
_COUNTRY_ROWS: tuple[tuple[str, str], ...] = (
    ("DE", "Germany|West Germany|East Germany|W. Germany|Federal Republic of Germany"),
    ("GB", "United Kingdom|Britain|Great Britain|England|Scotland|Wales|Northern Ireland|U.K.|UK"),
    ("US", "United States|U.S.|USA|U.S.A."),
    ("RU", "Russia|Soviet Union|USSR|U.S.S.R."),
    ("CN", "China|People's Republic of China"),
    ("TW", "Taiwan"),
    ("HK", "Hong Kong"),
    ("JP", "Japan"),
    ("KR", "South Korea|Korea"),
    ("KP", "North Korea"),
    ("IN", "India"),
    ("PK", "Pakistan"),
    ("BD", "Bangladesh"),
    ("LK", "Sri Lanka|Ceylon"),
    ("NP", "Nepal"),
    ("AF", "Afghanistan"),
    ("IR", "Iran"),
    ("IQ", "Iraq"),
    ("SY", "Syria"),
    ("LB", "Lebanon"),
    ("IL", "Israel"),
    ("PS", "West Bank|Gaza Strip|Palestinian Territories"),
    ("JO", "Jordan"),
    ("SA", "Saudi Arabia"),
    ("AE", "United Arab Emirates|UAE|U.A.E."),
    ("KW", "Kuwait"),
    ("QA", "Qatar"),
    ("BH", "Bahrain"),
    ("OM", "Oman"),
    ("YE", "Yemen|North Yemen|South Yemen"),
    ("TR", "Turkey|Türkiye"),
    ("EG", "Egypt"),
    ("LY", "Libya"),
    ("TN", "Tunisia"),
    ("DZ", "Algeria"),
    ("MA", "Morocco"),
    ("SD", "Sudan"),
    ("SS", "South Sudan"),
    ("ET", "Ethiopia"),
    ("ER", "Eritrea"),
    ("SO", "Somalia"),
    ("DJ", "Djibouti"),
    ("KE", "Kenya"),
    ("UG", "Uganda"),
    ("TZ", "Tanzania"),
    ("RW", "Rwanda"),
    ("BI", "Burundi"),
    ("CD", "Congo|Democratic Republic of Congo|Democratic Republic of the Congo|Zaire"),
    ("CG", "Republic of Congo|Congo Republic"),
    ("NG", "Nigeria"),
    ("GH", "Ghana"),
    ("CI", "Ivory Coast|Cote d'Ivoire|Côte d'Ivoire"),
    ("SN", "Senegal"),
    ("ML", "Mali"),
    ("NE", "Niger"),
    ("TD", "Chad"),
    ("CM", "Cameroon"),
    ("GA", "Gabon"),
    ("AO", "Angola"),
    ("ZM", "Zambia"),
    ("ZW", "Zimbabwe|Rhodesia"),
    ("MZ", "Mozambique"),
    ("MW", "Malawi"),
    ("BW", "Botswana"),
    ("NA", "Namibia"),
    ("ZA", "South Africa"),
    ("LS", "Lesotho"),
    ("SZ", "Swaziland|Eswatini"),
    ("MG", "Madagascar"),
    ("MU", "Mauritius"),
    ("LR", "Liberia"),
    ("SL", "Sierra Leone"),
    ("GN", "Guinea"),
    ("BF", "Burkina Faso|Upper Volta"),
    ("FR", "France"),
    ("IT", "Italy"),
    ("ES", "Spain"),
    ("PT", "Portugal"),
    ("NL", "Netherlands|Holland|The Netherlands"),
    ("BE", "Belgium"),
    ("LU", "Luxembourg"),
    ("CH", "Switzerland"),
    ("AT", "Austria"),
    ("IE", "Ireland|Irish Republic|Republic of Ireland"),
    ("DK", "Denmark"),
    ("NO", "Norway"),
    ("SE", "Sweden"),
    ("FI", "Finland"),
    ("IS", "Iceland"),
    ("PL", "Poland"),
    ("CZ", "Czech Republic|Czechia"),
    ("SK", "Slovakia"),
    ("HU", "Hungary"),
    ("RO", "Romania|Rumania"),
    ("BG", "Bulgaria"),
    ("GR", "Greece"),
    ("CY", "Cyprus"),
    ("MT", "Malta"),
    ("RS", "Serbia|Yugoslavia"),
    ("HR", "Croatia"),
    ("SI", "Slovenia"),
    ("BA", "Bosnia|Bosnia and Herzegovina|Bosnia-Herzegovina"),
    ("ME", "Montenegro"),
    ("MK", "North Macedonia|Macedonia"),
    ("AL", "Albania"),
    ("XK", "Kosovo"),
    ("UA", "Ukraine"),
    ("BY", "Belarus|Byelorussia"),
    ("MD", "Moldova"),
    ("LT", "Lithuania"),
    ("LV", "Latvia"),
    ("EE", "Estonia"),
    ("GE", "Georgia (country)"),
    ("AM", "Armenia"),
    ("AZ", "Azerbaijan"),
    ("KZ", "Kazakhstan"),
    ("UZ", "Uzbekistan"),
    ("KG", "Kyrgyzstan"),
    ("TJ", "Tajikistan"),
    ("TM", "Turkmenistan"),
    ("MN", "Mongolia"),
    ("TH", "Thailand|Siam"),
    ("VN", "Vietnam|Viet Nam"),
    ("KH", "Cambodia|Kampuchea"),
    ("LA", "Laos"),
    ("MM", "Myanmar|Burma"),
    ("MY", "Malaysia"),
    ("SG", "Singapore"),
    ("ID", "Indonesia"),
    ("PH", "Philippines|The Philippines"),
    ("AU", "Australia"),
    ("NZ", "New Zealand"),
    ("PG", "Papua New Guinea"),
    ("FJ", "Fiji"),
    ("CA", "Canada"),
    ("MX", "Mexico"),
    ("GT", "Guatemala"),
    ("HN", "Honduras"),
    ("SV", "El Salvador"),
    ("NI", "Nicaragua"),
    ("CR", "Costa Rica"),
    ("PA", "Panama"),
    ("CU", "Cuba"),
    ("JM", "Jamaica"),
    ("HT", "Haiti"),
    ("DO", "Dominican Republic"),
    ("TT", "Trinidad|Trinidad and Tobago"),
    ("BB", "Barbados"),
    ("BS", "Bahamas|The Bahamas"),
    ("BM", "Bermuda"),
    ("KY", "Cayman Islands|Grand Cayman"),
    ("CO", "Colombia"),
    ("VE", "Venezuela"),
    ("EC", "Ecuador"),
    ("PE", "Peru"),
    ("BO", "Bolivia"),
    ("CL", "Chile"),
    ("AR", "Argentina"),
    ("UY", "Uruguay"),
    ("PY", "Paraguay"),
    ("BR", "Brazil"),
    ("GY", "Guyana"),
    ("SR", "Suriname"),
    ("VA", "Vatican|Vatican City|Holy See"),
    ("MC", "Monaco"),
    ("LI", "Liechtenstein"),
    ("AD", "Andorra"),
    ("SM", "San Marino"),
    ("GI", "Gibraltar"),
    ("JE", "Jersey"),
    ("GG", "Guernsey"),
    ("IM", "Isle of Man"),
)

#: Towns and cities that are not stand-alone dateline cities (:data:`CITIES`): where a
#: person lives or a body is based (``Ann Reid of Leeds``). Names that are also common
#: first names or surnames (``Preston``, ``Bolton``, ``Regina``, ``Hamilton``) are left out.
_TOWN_ROWS: tuple[tuple[str, str], ...] = (
    ("Albury", "AU"), ("Alice Springs", "AU"), ("Ballarat", "AU"), ("Bendigo", "AU"),
    ("Bunbury", "AU"), ("Cairns", "AU"), ("Dubbo", "AU"), ("Fremantle", "AU"),
    ("Geelong", "AU"), ("Gold Coast", "AU"), ("Hobart", "AU"), ("Ipswich", "AU"),
    ("Kalgoorlie", "AU"), ("Karratha", "AU"), ("Launceston", "AU"), ("Mackay", "AU"),
    ("Mildura", "AU"), ("Mount Isa", "AU"), ("Parramatta", "AU"), ("Penrith", "AU"),
    ("Rockhampton", "AU"), ("Tamworth", "AU"), ("Toowoomba", "AU"), ("Townsville", "AU"),
    ("Wagga Wagga", "AU"), ("Wollongong", "AU"), ("Brampton", "CA"), ("Burnaby", "CA"),
    ("Charlottetown", "CA"), ("Fredericton", "CA"), ("Gatineau", "CA"), ("Guelph", "CA"),
    ("Iqaluit", "CA"), ("Kamloops", "CA"), ("Kelowna", "CA"), ("Kitchener", "CA"),
    ("Laval", "CA"), ("Lethbridge", "CA"), ("Mississauga", "CA"), ("Moncton", "CA"),
    ("Nanaimo", "CA"), ("Oshawa", "CA"), ("Saanich", "CA"), ("Saskatoon", "CA"),
    ("Sherbrooke", "CA"), ("St. John's", "CA"), ("Sudbury", "CA"), ("Thunder Bay", "CA"),
    ("Trois-Rivières", "CA"), ("Whitehorse", "CA"), ("Yellowknife", "CA"), ("Aberdeen", "GB"),
    ("Barnsley", "GB"), ("Basildon", "GB"), ("Birmingham", "GB"), ("Blackburn", "GB"),
    ("Blackpool", "GB"), ("Bournemouth", "GB"), ("Bradford", "GB"), ("Brighton", "GB"),
    ("Bristol", "GB"), ("Cambridge", "GB"), ("Canterbury", "GB"), ("Colchester", "GB"),
    ("Coventry", "GB"), ("Doncaster", "GB"), ("Dundee", "GB"), ("Exeter", "GB"),
    ("Gateshead", "GB"), ("Gloucester", "GB"), ("Grimsby", "GB"), ("Harrogate", "GB"),
    ("Huddersfield", "GB"), ("Inverness", "GB"), ("Leeds", "GB"), ("Leicester", "GB"),
    ("Luton", "GB"), ("Manchester", "GB"), ("Middlesbrough", "GB"), ("Milton Keynes", "GB"),
    ("Newcastle", "GB"), ("Northampton", "GB"), ("Norwich", "GB"), ("Nottingham", "GB"),
    ("Oldham", "GB"), ("Oxford", "GB"), ("Peterborough", "GB"), ("Plymouth", "GB"),
    ("Portsmouth", "GB"), ("Rochdale", "GB"), ("Rotherham", "GB"), ("Salford", "GB"),
    ("Sheffield", "GB"), ("Southampton", "GB"), ("Stockport", "GB"), ("Sunderland", "GB"),
    ("Swansea", "GB"), ("Swindon", "GB"), ("Wakefield", "GB"), ("Warrington", "GB"),
    ("Wigan", "GB"), ("Wolverhampton", "GB"), ("Worcester", "GB"), ("Wrexham", "GB"),
    ("York", "GB"), ("Athlone", "IE"), ("Carlow", "IE"), ("Clonmel", "IE"), ("Cork", "IE"),
    ("Drogheda", "IE"), ("Dundalk", "IE"), ("Ennis", "IE"), ("Galway", "IE"),
    ("Kilkenny", "IE"), ("Letterkenny", "IE"), ("Limerick", "IE"), ("Mullingar", "IE"),
    ("Navan", "IE"), ("Sligo", "IE"), ("Tralee", "IE"), ("Waterford", "IE"), ("Wexford", "IE"),
    ("Agra", "IN"), ("Ahmedabad", "IN"), ("Amritsar", "IN"), ("Bhopal", "IN"),
    ("Bhubaneswar", "IN"), ("Chandigarh", "IN"), ("Coimbatore", "IN"), ("Dehradun", "IN"),
    ("Ernakulam", "IN"), ("Faridabad", "IN"), ("Gurgaon", "IN"), ("Gurugram", "IN"),
    ("Guwahati", "IN"), ("Howrah", "IN"), ("Indore", "IN"), ("Jaipur", "IN"), ("Jammu", "IN"),
    ("Kanpur", "IN"), ("Kochi", "IN"), ("Kozhikode", "IN"), ("Lucknow", "IN"),
    ("Ludhiana", "IN"), ("Madurai", "IN"), ("Mangaluru", "IN"), ("Mysuru", "IN"),
    ("Nagpur", "IN"), ("Nashik", "IN"), ("Noida", "IN"), ("Patna", "IN"), ("Pune", "IN"),
    ("Raipur", "IN"), ("Ranchi", "IN"), ("Secunderabad", "IN"), ("Shimla", "IN"),
    ("Srinagar", "IN"), ("Surat", "IN"), ("Thane", "IN"), ("Thiruvananthapuram", "IN"),
    ("Vadodara", "IN"), ("Varanasi", "IN"), ("Vijayawada", "IN"), ("Visakhapatnam", "IN"),
    ("Christchurch", "NZ"), ("Dunedin", "NZ"), ("Invercargill", "NZ"), ("Napier", "NZ"),
    ("Palmerston North", "NZ"), ("Rotorua", "NZ"), ("Tauranga", "NZ"), ("Whangarei", "NZ"),
    ("Bridgeport", "US"), ("Camden", "US"), ("Chandler", "US"), ("Columbus", "US"),
    ("Irvine", "US"), ("Riverside", "US"), ("Santa Ana", "US"), ("Scranton", "US"),
    ("Spokane", "US"), ("Stamford", "US"), ("Stockton", "US"), ("Syracuse", "US"),
    ("Tacoma", "US"), ("Toledo", "US"), ("Trenton", "US"), ("Tucson", "US"), ("Tulsa", "US"),
    ("Wichita", "US"), ("Yonkers", "US"), ("Youngstown", "US"),
)  # fmt: skip

#: Stand-alone dateline cities -> (region name or None, USPS code or None, ISO country).
#: AP's 30 US cities, its international list (plus Ottawa), and old forms still in archives.
_CITY_ROWS: tuple[tuple[str, str | None, str | None, str], ...] = (
    # AP: US cities that stand alone in datelines.
    ("Atlanta", "Georgia", "GA", "US"),
    ("Baltimore", "Maryland", "MD", "US"),
    ("Boston", "Massachusetts", "MA", "US"),
    ("Chicago", "Illinois", "IL", "US"),
    ("Cincinnati", "Ohio", "OH", "US"),
    ("Cleveland", "Ohio", "OH", "US"),
    ("Dallas", "Texas", "TX", "US"),
    ("Denver", "Colorado", "CO", "US"),
    ("Detroit", "Michigan", "MI", "US"),
    ("Honolulu", "Hawaii", "HI", "US"),
    ("Houston", "Texas", "TX", "US"),
    ("Indianapolis", "Indiana", "IN", "US"),
    ("Las Vegas", "Nevada", "NV", "US"),
    ("Los Angeles", "California", "CA", "US"),
    ("Miami", "Florida", "FL", "US"),
    ("Milwaukee", "Wisconsin", "WI", "US"),
    ("Minneapolis", "Minnesota", "MN", "US"),
    ("New Orleans", "Louisiana", "LA", "US"),
    ("New York", "New York", "NY", "US"),
    ("Oklahoma City", "Oklahoma", "OK", "US"),
    ("Philadelphia", "Pennsylvania", "PA", "US"),
    ("Phoenix", "Arizona", "AZ", "US"),
    ("Pittsburgh", "Pennsylvania", "PA", "US"),
    ("St. Louis", "Missouri", "MO", "US"),
    ("Salt Lake City", "Utah", "UT", "US"),
    ("San Antonio", "Texas", "TX", "US"),
    ("San Diego", "California", "CA", "US"),
    ("San Francisco", "California", "CA", "US"),
    ("Seattle", "Washington", "WA", "US"),
    ("Washington", "District of Columbia", "DC", "US"),
    # AP: international cities that stand alone.
    ("Amsterdam", None, None, "NL"),
    ("Baghdad", None, None, "IQ"),
    ("Bangkok", None, None, "TH"),
    ("Beijing", None, None, "CN"),
    ("Beirut", None, None, "LB"),
    ("Berlin", None, None, "DE"),
    ("Brussels", None, None, "BE"),
    ("Cairo", None, None, "EG"),
    ("Djibouti", None, None, "DJ"),
    ("Dublin", None, None, "IE"),
    ("Geneva", None, None, "CH"),
    ("Gibraltar", None, None, "GI"),
    ("Guatemala City", None, None, "GT"),
    ("Havana", None, None, "CU"),
    ("Helsinki", None, None, "FI"),
    ("Hong Kong", None, None, "HK"),
    ("Islamabad", None, None, "PK"),
    ("Istanbul", None, None, "TR"),
    ("Jerusalem", None, None, "IL"),
    ("Johannesburg", None, None, "ZA"),
    ("Kabul", None, None, "AF"),
    ("Kuwait City", None, None, "KW"),
    ("London", None, None, "GB"),
    ("Luxembourg", None, None, "LU"),
    ("Macao", None, None, "MO"),
    ("Macau", None, None, "MO"),
    ("Madrid", None, None, "ES"),
    ("Mexico City", None, None, "MX"),
    ("Milan", None, None, "IT"),
    ("Monaco", None, None, "MC"),
    ("Montreal", "Quebec", None, "CA"),
    ("Moscow", None, None, "RU"),
    ("Munich", None, None, "DE"),
    ("New Delhi", None, None, "IN"),
    ("Ottawa", "Ontario", None, "CA"),
    ("Panama City", None, None, "PA"),
    ("Paris", None, None, "FR"),
    ("Prague", None, None, "CZ"),
    ("Quebec City", "Quebec", None, "CA"),
    ("Rio de Janeiro", None, None, "BR"),
    ("Rome", None, None, "IT"),
    ("San Marino", None, None, "SM"),
    ("Sao Paulo", None, None, "BR"),
    ("São Paulo", None, None, "BR"),
    ("Shanghai", None, None, "CN"),
    ("Singapore", None, None, "SG"),
    ("Stockholm", None, None, "SE"),
    ("Sydney", None, None, "AU"),
    ("Tokyo", None, None, "JP"),
    ("Toronto", "Ontario", None, "CA"),
    ("Vatican City", None, None, "VA"),
    ("Vienna", None, None, "AT"),
    ("Zurich", None, None, "CH"),
    # Other capitals and wire hubs that datelines give without a country.
    ("Athens", None, None, "GR"),
    ("Bonn", None, None, "DE"),
    ("Frankfurt", None, None, "DE"),
    ("Hamburg", None, None, "DE"),
    ("Brasilia", None, None, "BR"),
    ("Buenos Aires", None, None, "AR"),
    ("Caracas", None, None, "VE"),
    ("Bogota", None, None, "CO"),
    ("Lima", None, None, "PE"),
    ("Santiago", None, None, "CL"),
    ("Quito", None, None, "EC"),
    ("La Paz", None, None, "BO"),
    ("Montevideo", None, None, "UY"),
    ("Copenhagen", None, None, "DK"),
    ("Oslo", None, None, "NO"),
    ("Warsaw", None, None, "PL"),
    ("Budapest", None, None, "HU"),
    ("Bucharest", None, None, "RO"),
    ("Sofia", None, None, "BG"),
    ("Belgrade", None, None, "RS"),
    ("Kyiv", None, None, "UA"),
    ("Kiev", None, None, "UA"),
    ("Ankara", None, None, "TR"),
    ("Tehran", None, None, "IR"),
    ("Teheran", None, None, "IR"),
    ("Riyadh", None, None, "SA"),
    ("Dubai", None, None, "AE"),
    ("Abu Dhabi", None, None, "AE"),
    ("Doha", None, None, "QA"),
    ("Damascus", None, None, "SY"),
    ("Amman", None, None, "JO"),
    ("Tel Aviv", None, None, "IL"),
    ("Nairobi", None, None, "KE"),
    ("Lagos", None, None, "NG"),
    ("Harare", None, None, "ZW"),
    ("Seoul", None, None, "KR"),
    ("Manila", None, None, "PH"),
    ("Jakarta", None, None, "ID"),
    ("Kuala Lumpur", None, None, "MY"),
    ("Taipei", None, None, "TW"),
    ("Hanoi", None, None, "VN"),
    ("Melbourne", None, None, "AU"),
    ("Wellington", None, None, "NZ"),
    ("Vancouver", "British Columbia", None, "CA"),
    ("Calgary", "Alberta", None, "CA"),
    ("Edmonton", "Alberta", None, "CA"),
    ("Winnipeg", "Manitoba", None, "CA"),
    ("Mumbai", None, None, "IN"),
    ("Karachi", None, None, "PK"),
    ("Kolkata", None, None, "IN"),
    ("Chennai", None, None, "IN"),
    ("Ho Chi Minh City", None, None, "VN"),
    ("Yangon", None, None, "MM"),
    ("United Nations", None, None, ""),
    # Other large US cities that local papers give without a state (unambiguous ones).
    ("Austin", "Texas", "TX", "US"),
    ("Fort Worth", "Texas", "TX", "US"),
    ("El Paso", "Texas", "TX", "US"),
    ("Corpus Christi", "Texas", "TX", "US"),
    ("Lubbock", "Texas", "TX", "US"),
    ("Laredo", "Texas", "TX", "US"),
    ("Plano", "Texas", "TX", "US"),
    ("Jacksonville", "Florida", "FL", "US"),
    ("Tampa", "Florida", "FL", "US"),
    ("Orlando", "Florida", "FL", "US"),
    ("Tallahassee", "Florida", "FL", "US"),
    ("Fort Lauderdale", "Florida", "FL", "US"),
    ("Toledo", "Ohio", "OH", "US"),
    ("Akron", "Ohio", "OH", "US"),
    ("Dayton", "Ohio", "OH", "US"),
    ("Charlotte", "North Carolina", "NC", "US"),
    ("Raleigh", "North Carolina", "NC", "US"),
    ("Greensboro", "North Carolina", "NC", "US"),
    ("Nashville", "Tennessee", "TN", "US"),
    ("Memphis", "Tennessee", "TN", "US"),
    ("Knoxville", "Tennessee", "TN", "US"),
    ("Chattanooga", "Tennessee", "TN", "US"),
    ("Louisville", "Kentucky", "KY", "US"),
    ("Tucson", "Arizona", "AZ", "US"),
    ("Mesa", "Arizona", "AZ", "US"),
    ("Scottsdale", "Arizona", "AZ", "US"),
    ("Sacramento", "California", "CA", "US"),
    ("Fresno", "California", "CA", "US"),
    ("Oakland", "California", "CA", "US"),
    ("Long Beach", "California", "CA", "US"),
    ("Bakersfield", "California", "CA", "US"),
    ("Anaheim", "California", "CA", "US"),
    ("Santa Ana", "California", "CA", "US"),
    ("Stockton", "California", "CA", "US"),
    ("San Jose", "California", "CA", "US"),
    ("Burbank", "California", "CA", "US"),
    ("Hollywood", "California", "CA", "US"),
    ("Omaha", "Nebraska", "NE", "US"),
    ("Wichita", "Kansas", "KS", "US"),
    ("Topeka", "Kansas", "KS", "US"),
    ("Tulsa", "Oklahoma", "OK", "US"),
    ("Albuquerque", "New Mexico", "NM", "US"),
    ("Santa Fe", "New Mexico", "NM", "US"),
    ("Boise", "Idaho", "ID", "US"),
    ("Spokane", "Washington", "WA", "US"),
    ("Tacoma", "Washington", "WA", "US"),
    ("Des Moines", "Iowa", "IA", "US"),
    ("Green Bay", "Wisconsin", "WI", "US"),
    ("St. Paul", "Minnesota", "MN", "US"),
    ("Duluth", "Minnesota", "MN", "US"),
    ("Kansas City", "Missouri", "MO", "US"),
    ("Baton Rouge", "Louisiana", "LA", "US"),
    ("Shreveport", "Louisiana", "LA", "US"),
    ("Little Rock", "Arkansas", "AR", "US"),
    ("Newark", "New Jersey", "NJ", "US"),
    ("Jersey City", "New Jersey", "NJ", "US"),
    ("Trenton", "New Jersey", "NJ", "US"),
    ("Buffalo", "New York", "NY", "US"),
    ("Albany", "New York", "NY", "US"),
    ("Rochester", "New York", "NY", "US"),
    ("Syracuse", "New York", "NY", "US"),
    ("Hartford", "Connecticut", "CT", "US"),
    ("New Haven", "Connecticut", "CT", "US"),
    ("Providence", "Rhode Island", "RI", "US"),
    ("Harrisburg", "Pennsylvania", "PA", "US"),
    ("Allentown", "Pennsylvania", "PA", "US"),
    ("Norfolk", "Virginia", "VA", "US"),
    ("Virginia Beach", "Virginia", "VA", "US"),
    ("Annapolis", "Maryland", "MD", "US"),
    ("Anchorage", "Alaska", "AK", "US"),
    ("Juneau", "Alaska", "AK", "US"),
    ("Reno", "Nevada", "NV", "US"),
    ("Sioux Falls", "South Dakota", "SD", "US"),
    ("Fargo", "North Dakota", "ND", "US"),
    ("Billings", "Montana", "MT", "US"),
    ("Cheyenne", "Wyoming", "WY", "US"),
    ("Flint", "Michigan", "MI", "US"),
    ("Lansing", "Michigan", "MI", "US"),
    ("Grand Rapids", "Michigan", "MI", "US"),
    ("Fort Wayne", "Indiana", "IN", "US"),
    ("Gary", "Indiana", "IN", "US"),
    ("San Juan", "Puerto Rico", "PR", "US"),
    # Other cities that datelines give without a country.
    ("Lisbon", None, None, "PT"),
    ("Canberra", None, None, "AU"),
    ("Bern", None, None, "CH"),
    ("The Hague", None, None, "NL"),
    ("Reykjavik", None, None, "IS"),
    ("Tallinn", None, None, "EE"),
    ("Riga", None, None, "LV"),
    ("Vilnius", None, None, "LT"),
    ("Minsk", None, None, "BY"),
    ("Tbilisi", None, None, "GE"),
    ("Yerevan", None, None, "AM"),
    ("Baku", None, None, "AZ"),
    ("Astana", None, None, "KZ"),
    ("Tashkent", None, None, "UZ"),
    ("Khartoum", None, None, "SD"),
    ("Addis Ababa", None, None, "ET"),
    ("Kampala", None, None, "UG"),
    ("Kigali", None, None, "RW"),
    ("Dakar", None, None, "SN"),
    ("Accra", None, None, "GH"),
    ("Abuja", None, None, "NG"),
    ("Kinshasa", None, None, "CD"),
    ("Luanda", None, None, "AO"),
    ("Lusaka", None, None, "ZM"),
    ("Maputo", None, None, "MZ"),
    ("Pretoria", None, None, "ZA"),
    ("Cape Town", None, None, "ZA"),
    ("Durban", None, None, "ZA"),
    ("Mogadishu", None, None, "SO"),
    ("Tripoli", None, None, "LY"),
    ("Tunis", None, None, "TN"),
    ("Algiers", None, None, "DZ"),
    ("Rabat", None, None, "MA"),
    ("Casablanca", None, None, "MA"),
    ("Sanaa", None, None, "YE"),
    ("Muscat", None, None, "OM"),
    ("Manama", None, None, "BH"),
    ("Kathmandu", None, None, "NP"),
    ("Dhaka", None, None, "BD"),
    ("Colombo", None, None, "LK"),
    ("Phnom Penh", None, None, "KH"),
    ("Pyongyang", None, None, "KP"),
    ("Ulaanbaatar", None, None, "MN"),
    ("Auckland", None, None, "NZ"),
    ("Brisbane", None, None, "AU"),
    ("Perth", None, None, "AU"),
    ("Port-au-Prince", None, None, "HT"),
    ("Santo Domingo", None, None, "DO"),
    ("Managua", None, None, "NI"),
    ("Tegucigalpa", None, None, "HN"),
    ("San Salvador", None, None, "SV"),
    ("Asuncion", None, None, "PY"),
    ("Guadalajara", None, None, "MX"),
    ("Monterrey", None, None, "MX"),
    ("Tijuana", None, None, "MX"),
    ("Edinburgh", None, None, "GB"),
    ("Glasgow", None, None, "GB"),
    ("Liverpool", None, None, "GB"),
    ("Belfast", None, None, "GB"),
    ("Cardiff", None, None, "GB"),
    ("Marseille", None, None, "FR"),
    ("Lyon", None, None, "FR"),
    ("Barcelona", None, None, "ES"),
    ("Seville", None, None, "ES"),
    ("Naples", None, None, "IT"),
    ("Turin", None, None, "IT"),
    ("Florence", None, None, "IT"),
    ("Venice", None, None, "IT"),
    ("Cologne", None, None, "DE"),
    ("Stuttgart", None, None, "DE"),
    ("Duesseldorf", None, None, "DE"),
    ("Dusseldorf", None, None, "DE"),
    ("Rotterdam", None, None, "NL"),
    ("Antwerp", None, None, "BE"),
    ("Gothenburg", None, None, "SE"),
    ("Krakow", None, None, "PL"),
    ("Gdansk", None, None, "PL"),
    ("Kharkiv", None, None, "UA"),
    ("Odesa", None, None, "UA"),
    ("Odessa", None, None, "UA"),
    ("Lviv", None, None, "UA"),
    ("Osaka", None, None, "JP"),
    ("Kyoto", None, None, "JP"),
    ("Busan", None, None, "KR"),
    ("Shenzhen", None, None, "CN"),
    ("Guangzhou", None, None, "CN"),
    ("Wuhan", None, None, "CN"),
    ("Chongqing", None, None, "CN"),
    ("Tianjin", None, None, "CN"),
    ("Chengdu", None, None, "CN"),
    ("Hangzhou", None, None, "CN"),
    ("Nanjing", None, None, "CN"),
    ("Bengaluru", None, None, "IN"),
    ("Bangalore", None, None, "IN"),
    ("Hyderabad", None, None, "IN"),
    ("Lahore", None, None, "PK"),
    ("Peshawar", None, None, "PK"),
    ("Kandahar", None, None, "AF"),
    ("Mosul", None, None, "IQ"),
    ("Basra", None, None, "IQ"),
    ("Erbil", None, None, "IQ"),
    ("Aleppo", None, None, "SY"),
    ("Gaza City", None, None, "PS"),
    ("Ramallah", None, None, "PS"),
    ("Haifa", None, None, "IL"),
    ("Jeddah", None, None, "SA"),
    ("Mecca", None, None, "SA"),
    # Old forms still found in archives.
    ("Peking", None, None, "CN"),
    ("Canton", None, None, "CN"),
    ("Bombay", None, None, "IN"),
    ("Calcutta", None, None, "IN"),
    ("Madras", None, None, "IN"),
    ("Saigon", None, None, "VN"),
    ("Rangoon", None, None, "MM"),
    ("Leningrad", None, None, "RU"),
    ("Salisbury", None, None, "ZW"),
    ("Dacca", None, None, "BD"),
)

#: Wire services, networks and release wires: normalised key -> name as published.
_AGENCY_ROWS: tuple[tuple[str, str], ...] = (
    ("AP", "AP|Associated Press|The Associated Press"),
    ("Reuters", "Reuters|Reuter"),
    ("AFP", "AFP|Agence France-Presse|Agence France Presse"),
    ("UPI", "UPI|United Press International"),
    ("dpa", "dpa|Deutsche Presse-Agentur"),
    ("Xinhua", "Xinhua|New China News Agency|NCNA"),
    ("Bloomberg", "Bloomberg|Bloomberg News"),
    ("Kyodo", "Kyodo|Kyodo News"),
    ("Yonhap", "Yonhap"),
    ("ANSA", "ANSA"),
    ("EFE", "EFE"),
    ("TASS", "TASS|Tass|ITAR-TASS"),
    ("Interfax", "Interfax"),
    ("PTI", "PTI|Press Trust of India"),
    ("IANS", "IANS"),
    ("UNI", "UNI|United News of India"),
    ("ANI", "ANI|Asian News International"),
    ("APP", "APP|Associated Press of Pakistan"),
    ("BSS", "BSS|Bangladesh Sangbad Sangstha"),
    ("AAP", "AAP|Australian Associated Press"),
    ("NZPA", "NZPA|New Zealand Press Association"),
    ("SAPA", "SAPA|Sapa|South African Press Association"),
    ("PAP", "PAP|Polish Press Agency"),
    ("Jiji", "Jiji|Jiji Press"),
    ("Lusa", "Lusa"),
    ("Belga", "Belga"),
    ("ANP", "ANP"),
    ("Europa Press", "Europa Press"),
    ("Prensa Latina", "Prensa Latina"),
    ("CP", "CP|Canadian Press|The Canadian Press"),
    ("PA", "PA|Press Association"),
    ("Anadolu", "Anadolu|AA"),
    ("WAM", "WAM"),
    ("SPA", "SPA"),
    ("IRNA", "IRNA"),
    ("MENA", "MENA"),
    ("Bernama", "Bernama"),
    ("Antara", "Antara"),
    ("KCNA", "KCNA"),
    ("CNA", "CNA"),
    ("CNN", "CNN"),
    ("CNN Business", "CNN Business"),
    ("CBS", "CBS|CBS News"),
    ("NBC", "NBC|NBC News"),
    ("ABC", "ABC|ABC News"),
    ("FOX", "FOX|Fox|Fox News"),
    ("CBC", "CBC|CBC News"),
    ("BBC", "BBC"),
    ("NPR", "NPR"),
    ("PBS", "PBS"),
    ("MarketWatch", "MarketWatch"),
    ("Dow Jones", "Dow Jones|DJ"),
    ("CNBC", "CNBC"),
    ("HealthDay", "HealthDay|HealthDay News"),
    ("KHN", "KHN|Kaiser Health News"),
    ("CQ", "CQ"),
    ("AP-NORC", "AP-NORC"),
    ("PRNewswire", "PRNewswire|PR Newswire|PRNewswire-FirstCall|PRNewswire-USNewswire"),
    ("GLOBE NEWSWIRE", "GLOBE NEWSWIRE|GlobeNewswire|Globe Newswire"),
    ("BUSINESS WIRE", "BUSINESS WIRE|BusinessWire|Business Wire"),
    ("ACCESSWIRE", "ACCESSWIRE|AccessWire"),
    ("Marketwired", "Marketwired|Marketwire|MARKET WIRE"),
    ("EIN Presswire", "EIN Presswire|EINPresswire"),
    ("SPX", "SPX"),
)


class Place:
    """A table entry: full name, USPS code (US states only) and ISO country code."""

    __slots__ = ("code", "country", "kind", "name")

    def __init__(self, name: str | None, code: str | None, country: str | None, kind: str) -> None:
        self.name = name
        self.code = code
        self.country = country or None
        #: ``state``, ``province``, ``country`` or ``city``.
        self.kind = kind

    def __repr__(self) -> str:
        return f"Place({self.name!r}, {self.code!r}, {self.country!r}, {self.kind!r})"


def _build_states() -> dict[str, Place]:
    by_code = {code: name for name, code in _STATE_NAMES}
    out: dict[str, Place] = {}
    for name, code in _STATE_NAMES:
        out[key(name)] = Place(name, code, "US", "state")
    for abbr, code in _STATE_ABBREVIATIONS.items():
        out.setdefault(abbr, Place(by_code[code], code, "US", "state"))
    # Codes written with periods (``N.Y.``, ``W.Va.`` handled above) or bare (``NY``).
    for code in _BARE_USPS:
        out.setdefault(code.lower(), Place(by_code[code], code, "US", "state"))
    return out


def _build_provinces() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for name, _code, abbrs in _PROVINCE_NAMES:
        place = Place(name, None, "CA", "province")
        out[key(name)] = place
        for a in abbrs:
            out.setdefault(key(a), place)
    return out


def _build_other_states() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for name, country, abbrs in _STATE_ROWS:
        place = Place(name, None, country, "state")
        out[key(name)] = place
        for a in abbrs:
            out.setdefault(key(a), place)
    return out


def _build_countries() -> dict[str, Place]:
    out: dict[str, Place] = {}
    for code, names in _COUNTRY_ROWS:
        canonical = names.split("|")[0]
        for n in names.split("|"):
            out.setdefault(key(n), Place(canonical, None, code, "country"))
    return out


#: normalised key -> Place for US states (names, AP abbreviations, wire variants, USPS codes).
STATES: dict[str, Place] = _build_states()
#: normalised key -> Place for Canadian provinces and territories.
PROVINCES: dict[str, Place] = _build_provinces()
#: normalised key -> Place for the states and territories of Australia and India.
OTHER_STATES: dict[str, Place] = _build_other_states()
#: normalised key -> Place (name = canonical country name) for countries.
COUNTRIES: dict[str, Place] = _build_countries()
#: normalised key -> Place implied by a stand-alone dateline city.
CITIES: dict[str, Place] = {
    key(city): Place(region, code, country, "city") for city, region, code, country in _CITY_ROWS
}
#: normalised key -> ISO country of the towns of :data:`_TOWN_ROWS`.
TOWNS: dict[str, str] = {key(town): country for town, country in _TOWN_ROWS}
#: normalised key -> agency name as published.
AGENCIES: dict[str, str] = {
    key(alias): name for name, aliases in _AGENCY_ROWS for alias in aliases.split("|")
}

#: Every published agency name (the values of :data:`AGENCIES`).
AGENCY_NAMES: frozenset[str] = frozenset(AGENCIES.values())

#: Acronyms shaped like call signs that are organizations, not stations.
NOT_CALL_SIGNS: frozenset[str] = frozenset(
    {"WHO", "WTO", "WFP", "WWF", "WEF", "WMO", "WIPO", "WNBA", "WWE", "WSJ", "WPA", "WGA"}
    | {"KGB", "KFC", "KPMG", "KKK", "KKR", "WLF", "WBA", "WBC", "WBO", "WIC", "WTI", "CFIUS"}
)

_CALL_SIGN = regex.compile(r"(?:[KW][A-Z]{2,3}|C[FHIJK][A-Z]{2})(?:-(?:TV|FM|AM|DT|CD|LP))?")


def is_call_sign(token: str) -> bool:
    """``True`` for a North American broadcast call sign such as ``KYMA`` or ``WMBD-TV``."""
    return token not in NOT_CALL_SIGNS and _CALL_SIGN.fullmatch(token) is not None


def agency(token: str) -> str | None:
    """Return the normalised name of a wire, network or station, or ``None`` if unknown."""
    token = " ".join(token.split())
    if not token:
        return None
    name = AGENCIES.get(key(token))
    if name is not None:
        return name
    if is_call_sign(token):
        return token
    return None


def lookup_region(piece: str) -> Place | None:
    """A US state, Canadian province, country, or Australian or Indian state named by a
    dateline's region piece."""
    k = key(piece)
    if not k:
        return None
    return STATES.get(k) or PROVINCES.get(k) or COUNTRIES.get(k) or OTHER_STATES.get(k)


def is_region(piece: str) -> bool:
    """Whether *piece* names a region an office may cover: a state, a province, a
    country, a city of the tables or a region of :data:`_SCOPE_REGIONS` (``the`` aside:
    ``the North West``)."""
    piece = piece.removeprefix("the ")
    return (
        key(piece) in _SCOPE_REGION_KEYS
        or lookup_region(piece) is not None
        or lookup_city(piece) is not None
    )


#: The adjectives of :data:`~laborquotes._vocab.DEMONYMS`, by their number of words.
_DEMONYMS = frozenset(V.DEMONYMS)
_DEMONYM_WORDS = max(len(d.split()) for d in V.DEMONYMS)


def demonym_length(words: list[str], i: int) -> int:
    """How many words from ``words[i]`` are an adjective of nationality (``Chinese``,
    ``South African``): the longest, 0 for none."""
    for n in range(min(_DEMONYM_WORDS, len(words) - i), 0, -1):
        if " ".join(words[i : i + n]) in _DEMONYMS:
            return n
    return 0


def lookup_city(city: str) -> Place | None:
    """What a stand-alone city implies (``CHICAGO`` -> Illinois, IL, US), or ``None``."""
    return CITIES.get(key(city))


def is_place(name: str) -> bool:
    """Whether *name* is a city, a town, a region or a country the tables know
    (``Leeds``, ``Ontario``, ``Fort Lauderdale``): where someone lives or works."""
    k = key(name)
    return k in TOWNS or lookup_city(name) is not None or lookup_region(name) is not None


#: Adjectives of nationality that say which country an article is about, with its ISO
#: code (a name of :data:`COUNTRIES`, a state or a city says it too).
DEMONYM_COUNTRIES: tuple[tuple[str, str], ...] = (
    ("American", "US"), ("Australian", "AU"), ("British", "GB"), ("Canadian", "CA"),
    ("English", "GB"), ("Indian", "IN"), ("Irish", "IE"), ("Kiwi", "NZ"), ("Nigerian", "NG"),
    ("Scottish", "GB"), ("South African", "ZA"), ("Welsh", "GB"),
)  # fmt: skip
_DEMONYM_COUNTRY = dict(DEMONYM_COUNTRIES)

#: A run of one to three capitalized words (``New South Wales``, ``Sydney``, ``NSW``).
_CAPITAL_RUN = regex.compile(r"(?<![\w\-])\p{Lu}[\p{L}.\-]*+(?:[ ]\p{Lu}[\p{L}.\-]*+){0,2}+")


def country_hint(text: str) -> str | None:
    """The country the places of *text* name most often (countries, states, provinces,
    the cities of the tables and adjectives of nationality: ``Sydney``, ``NSW``,
    ``Australian``), as an ISO code; ``None`` for none or a tie. One pass over the
    text, its capitalized runs read longest first (``New South Wales``, not ``Wales``)."""
    counts: Counter[str] = Counter()
    for m in _CAPITAL_RUN.finditer(text):
        words = m.group().split(" ")
        i = 0
        while i < len(words):
            n, code = _place_at(words, i)
            if code is not None:
                counts[code] += 1
            i += n
    if not counts:
        return None
    (first, top), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == top else first


def _place_at(words: list[str], i: int) -> tuple[int, str | None]:
    """How many of *words* from *i* name a place, and its country (``1, None``: none)."""
    for n in range(len(words) - i, 0, -1):
        piece = " ".join(words[i : i + n])
        place = lookup_region(piece) or lookup_city(piece)
        code = place.country if place is not None else _DEMONYM_COUNTRY.get(piece)
        if code is not None:
            return n, code
        if is_state_code(piece):
            return n, "AU"
    return 1, None
