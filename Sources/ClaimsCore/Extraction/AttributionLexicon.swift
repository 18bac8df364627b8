// The words attribution goes by, as named lists: reporting verbs, the titles and roles that come
// before a name, the words that make a phrase an organisation, a medium or an audience, and the
// capitalised words that are never a speaker. Stages read these; they hold no logic.

enum AttributionLexicon {
    /// Reporting verbs, as printed, with the verb they are a form of.
    static let verbs: [String: String] = {
        let lemmas: [String: [String]] = [
            "say": ["said", "says", "say"], "tell": ["told", "tells", "tell"], "add": ["added", "adds"],
            "state": ["stated", "states"], "claim": ["claimed", "claims"], "note": ["noted", "notes"],
            "warn": ["warned", "warns"], "announce": ["announced", "announces"], "insist": ["insisted", "insists"],
            "argue": ["argued", "argues"], "stress": ["stressed", "stresses"], "explain": ["explained", "explains"],
            "urge": ["urged", "urges"], "declare": ["declared", "declares"], "admit": ["admitted", "admits"],
            "deny": ["denied", "denies"], "confirm": ["confirmed", "confirms"], "regret": ["regretted", "regrets"],
            "reply": ["replied", "replies"], "respond": ["responded", "responds"], "write": ["wrote", "writes", "written"],
            "concede": ["conceded", "concedes"], "acknowledge": ["acknowledged", "acknowledges"], "vow": ["vowed", "vows"],
            "pledge": ["pledged", "pledges"], "promise": ["promised", "promises"], "predict": ["predicted", "predicts"],
            "suggest": ["suggested", "suggests"], "maintain": ["maintained", "maintains"], "reiterate": ["reiterated", "reiterates"],
            "recall": ["recalled", "recalls"], "emphasise": ["emphasised", "emphasized", "emphasises", "emphasizes"],
            "underline": ["underlined", "underlines"], "observe": ["observed", "observes"], "remark": ["remarked", "remarks"],
            "comment": ["commented", "comments"], "complain": ["complained", "complains"], "boast": ["boasted", "boasts"],
            "blast": ["blasted", "blasts"], "fume": ["fumed", "fumes"], "slam": ["slammed", "slams"], "rage": ["raged", "rages"],
            "allege": ["alleged", "alleges"], "assert": ["asserted", "asserts"], "contend": ["contended", "contends"],
            "caution": ["cautioned", "cautions"], "estimate": ["estimated", "estimates"], "reveal": ["revealed", "reveals"],
            "disclose": ["disclosed", "discloses"], "report": ["reported", "reports"], "post": ["posted"], "tweet": ["tweeted", "tweets"],
            "continue": ["continued"], "conclude": ["concluded", "concludes"], "agree": ["agreed", "agrees"],
            "recommend": ["recommended"], "propose": ["proposed", "proposes"], "demand": ["demanded", "demands"],
            "assure": ["assured", "assures"], "hint": ["hinted", "hints"], "counter": ["countered", "counters"],
            "retort": ["retorted"], "quip": ["quipped"], "joke": ["joked"], "ask": ["asked", "asks"], "call": ["called", "calls"],
            "accuse": ["accused", "accuses"], "signal": ["signalled", "signaled", "signals"], "forecast": ["forecast", "forecasts"],
            "describe": ["described", "describes"], "cite": ["cited", "cites"], "quote": ["quoted"], "threaten": ["threatened", "threatens"],
            "order": ["ordered"], "plead": ["pleaded", "pled"], "protest": ["protested"], "lament": ["lamented", "laments"],
            "concur": ["concurred"], "specify": ["specified"], "clarify": ["clarified"], "indicate": ["indicated", "indicates"],
            "point": ["pointed"], "go": ["went"], "hit": ["hit"], "put": ["put"], "inform": ["informed", "informs"],
            "express": ["expressed", "expresses"], "apologise": ["apologised", "apologized"], "blame": ["blamed", "blames"], "brand": ["branded", "brands"], "dismiss": ["dismissed", "dismisses"],
            "laugh": ["laughed", "laughs"], "sigh": ["sighed", "sighs"], "smile": ["smiled", "smiles"], "grin": ["grinned", "grins"],
            "chuckle": ["chuckled", "chuckles"], "shout": ["shouted", "shouts"], "yell": ["yelled", "yells"], "whisper": ["whispered", "whispers"],
            "mutter": ["muttered", "mutters"], "exclaim": ["exclaimed", "exclaims"], "groan": ["groaned", "groans"], "scoff": ["scoffed", "scoffs"],
            "snap": ["snapped"], "gush": ["gushed", "gushes"], "sob": ["sobbed"],
            "affirm": ["affirmed", "affirms"], "reaffirm": ["reaffirmed", "reaffirms"], "underscore": ["underscored", "underscores"],
            "issue": ["issued"], "publish": ["published"], "share": ["shared"],
        ]
        var forms: [String: String] = [:]
        for (lemma, list) in lemmas { for form in list { forms[form] = lemma } }
        return forms
    }()

    /// Participles that report what the sentence's subject said: ", saying ...", "insisting ...".
    static let participles: [String: String] = [
        "saying": "say", "insisting": "insist", "arguing": "argue", "warning": "warn", "claiming": "claim", "adding": "add",
        "noting": "note", "stressing": "stress", "acknowledging": "acknowledge", "admitting": "admit", "conceding": "concede",
        "vowing": "vow", "pledging": "pledge", "promising": "promise", "telling": "tell", "declaring": "declare",
        "calling": "call", "accusing": "accuse", "describing": "describe", "denying": "deny", "explaining": "explain",
        "branding": "brand", "blasting": "blast", "slamming": "slam", "urging": "urge", "stating": "state", "confirming": "confirm",
        "announcing": "announce", "asserting": "assert", "complaining": "complain", "predicting": "predict", "reiterating": "reiterate",
        "emphasising": "emphasise", "emphasizing": "emphasise", "underlining": "underline", "affirming": "affirm", "dismissing": "dismiss",
        // "went even further, writing: “...”", "posting on Facebook: “...”".
        "writing": "write", "posting": "post", "tweeting": "tweet", "replying": "reply",
    ]

    /// Verbs that report speech only with a particle ("pointed out", "went on", "hit out").
    static let particleVerbs: [String: String] = ["point": "out", "go": "on", "hit": "out", "put": "it"]
    /// Verbs of how something was that report only a quotation beside them: "“You learn
    /// everybody's business,” he laughed", never "he laughed at the idea".
    static let quotationOnlyVerbs: Set<String> = [
        "laugh", "sigh", "smile", "grin", "chuckle", "shout", "yell", "whisper", "mutter", "exclaim", "groan", "scoff", "snap", "gush", "sob",
    ]

    /// Verbs that report speech only with "that" or a quotation after them: "asked that ...", not
    /// "asked her about the delay"; "responded that ...", not "responded with an exercise".
    static let thatVerbs: Set<String> = [
        "ask", "order", "respond", "reply", "continue", "recall", "agree", "express", "inform", "apologise", "blame",
        "signal", "indicate", "hint", "comment", "demand", "propose", "recommend", "concur", "specify", "clarify", "complain",
        "issue", "publish", "share", "post",
    ]
    /// Verbs that need their object to be speech or a quotation ("called it 'a disgrace'",
    /// "described the plan as ...") rather than a clause.
    static let objectVerbs: Set<String> = [
        "call", "describe", "brand", "dismiss", "accuse", "cite", "quote", "order", "ask", "demand", "slam", "blast",
    ]

    /// Titles and roles written before a name ("Transport Minister Helen Marsh", "Col. Ines Varga").
    static let titles: Set<String> = [
        "minister", "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor", "governor",
        "mayor", "senator", "sen", "councillor", "councilor", "leader", "director", "chief", "general", "gen",
        "prime", "deputy", "foreign", "defence", "defense", "environment", "transport", "finance", "interior",
        "health", "opposition", "chairman", "chairwoman", "chair", "ambassador", "commander", "king", "queen",
        "prince", "princess", "judge", "justice", "professor", "prof", "dr", "mr", "mrs", "ms", "miss", "sir", "dame",
        "lord", "lady", "officer", "official", "vice", "head", "premier", "coach", "captain", "capt", "economy",
        "trade", "education", "labour", "labor", "energy", "agriculture", "culture", "mp", "mep", "lawmaker", "rep",
        "representative", "col", "colonel", "cllr", "gov", "dc", "ds", "pc", "di", "dci", "dsi", "corporal", "cpl", "private", "pte", "trooper", "lance", "sergeant-major", "lt", "lieutenant", "maj", "major", "sgt", "sergeant", "adm", "admiral",
        "brig", "brigadier", "cmdr", "commodore", "advocate", "con", "commissioner", "inspector", "insp", "supt", "superintendent", "det",
        "detective", "constable", "executive", "ceo", "cfo", "founder", "owner", "manager", "analyst", "economist",
        "researcher", "scientist", "editor", "correspondent", "rabbi", "imam", "father", "bishop", "archbishop",
        "pope", "cardinal", "reverend", "rev", "sheikh", "emir", "sultan", "ayatollah", "state", "first", "interim",
        "acting", "former", "ex", "senior", "junior", "assistant", "associate", "attorney", "prosecutor", "auditor",
        "treasurer", "speaker", "whip", "envoy", "diplomat", "delegate", "negotiator", "adviser", "advisor",
        "counsellor", "counselor", "clerk", "registrar", "provost", "dean", "principal", "undersecretary",
        "under-secretary", "garda", "td", "cr", "alderman", "congressman", "congresswoman", "assemblyman",
        "assemblywoman", "barrister", "solicitor", "msp", "mla", "councilman", "councilwoman", "councilmember", "alderwoman",
        "selectman", "selectwoman", "congressmember", "assemblymember", "chairperson", "pastor", "trustee", "rector", "vicar",
        "chaplain", "deacon", "snr",
    ]

    /// Letters after a name that are no part of it: "Conall Ruane SC", "Ana Ruiz MP".
    static let postNominals: Set<String> = [
        "sc", "qc", "kc", "mp", "msp", "mep", "td", "mla", "obe", "mbe", "cbe", "kbe", "phd",
    ]

    /// Words that make a capitalised phrase an organisation rather than a person.
    static let organisationWords: Set<String> = [
        "association", "ministry", "council", "agency", "company", "inc", "ltd", "llc", "plc", "group", "bank",
        "university", "party", "union", "authority", "authorities", "department", "office", "commission", "committee",
        "court", "police", "service", "services", "board", "trust", "institute", "foundation", "federation",
        "coalition", "alliance", "front", "movement", "army", "navy", "force", "forces", "guard", "corporation",
        "corp", "airlines", "airways", "railways", "government", "administration", "parliament", "assembly", "senate",
        "congress", "cabinet", "kremlin", "embassy", "consulate", "secretariat", "directorate", "bureau", "center",
        "centre", "hospital", "school", "club", "league", "society", "network", "organisation", "organization",
        "fund", "chamber", "unit", "team", "brigade", "regiment", "command", "house", "palace", "municipality",
        "prefecture", "region", "province", "county", "city", "state", "republic", "kingdom", "industries",
        "holdings", "partners", "systems", "technologies", "motors", "energy", "oil", "gas", "power", "water",
        "telecom", "media", "press", "confederation", "affairs", "policy", "relations", "development", "security",
        "monitoring", "resources", "markets", "securities", "capital", "holdings", "foods", "therapeutics",
        "pharmaceuticals", "labs", "laboratories", "rail", "railways", "ports", "shipping", "logistics", "research",
        "studies", "law", "compact", "consortium", "exchange", "observatory", "programme", "initiative", "council",
        "delegation", "mission", "operation", "commission", "tribunal", "prefecture", "ministries", "nutrition", "nations",
        "organization", "bloc", "coalition", "fire", "rescue", "emergency", "emergencies", "fc", "rovers", "cjsc", "ojsc", "jsc", "pjsc", "gmbh", "ag", "bv", "nv",
        "spa", "s.a", "s.a.s", "s.p.a", "n.v", "b.v", "s.r.l", "s.l", "co", "sarl", "oy", "ab", "asa", "kk", "pty", "sa", "sas", "srl", "oyj", "llp", "bhd", "tbk", "ltda", "saa",
        "forum", "guild", "collective", "caucus", "syndicate",
        "athletic", "wanderers", "albion", "town", "county", "united", "rangers", "hotspur",
        "air", "aviation", "aerospace", "motor", "electric", "steel", "mining", "minerals", "metals", "chemicals",
        "composites", "distribution", "insurance", "brewery", "breweries", "farms", "retail", "stores", "supermarkets", "apparel", "garments", "textiles", "footwear", "museum", "museu", "museo", "musée", "gallery", "galeria", "galleria", "library", "archives",
        "pharma", "biotech", "robotics", "software", "solar", "renewables", "utilities", "electricity", "semiconductor",
        "automotive", "cooperative", "co-operative", "bancorp", "zone", "minera", "cooperativa", "constructora", "naviera", "petrolera", "financial", "investments",
        // The same words in the languages whose names news copy prints untranslated.
        "compañía", "compania", "companhia", "empresa", "sociedad", "sociedade", "sindicato", "asociación", "associação", "associacao",
        "federación", "federação", "ministerio", "ministério", "banco", "grupo", "instituto", "universidad", "universidade", "fundación",
        "fundação", "consejo", "conselho", "partido", "société", "societe", "compagnie", "groupe", "banque", "ministère", "ministere",
        "gesellschaft", "verband", "stiftung", "ministerium", "bundesamt", "gmbh", "società", "societa", "gruppo", "banca", "ente",
    ]

    /// Words that make a phrase a newspaper, broadcaster or agency: the channel words travel through.
    static let mediaWords: Set<String> = [
        "agency", "news", "press", "times", "post", "herald", "gazette", "journal", "tribune", "telegraph",
        "guardian", "radio", "tv", "television", "channel", "network", "broadcasting", "broadcaster", "wire", "daily",
        "weekly", "magazine", "review", "observer", "chronicle", "courier", "express", "mirror", "mail", "record",
        "programme", "program", "newspaper", "paper", "website", "podcast", "show", "outlet", "bulletin",
        "newsletter", "tabloid", "broadsheet", "newswire", "service", "standard", "independent", "sentinel",
        "semanario", "semanário", "giornale", "quotidien", "tygodnik", "noticias", "notícias", "folha",
        "examiner", "dispatch", "inquirer", "bbc", "cnn", "npr", "pbs", "abc", "cbs", "nbc", "fox", "sky", "itv",
        "rt", "reuters", "ap", "afp", "tass", "interfax", "sputnik", "xinhua", "anadolu", "bloomberg", "ria",
        "novosti", "efe", "ansa", "dpa", "kyodo", "yonhap", "pti", "bernama", "antara", "irna", "mena", "wafa",
        "apa", "bta", "ukrinform", "belta", "station", "mag", "paper", "publication", "outlet", "fm",
        "advertiser", "kurier", "zeitung", "tidning", "tidende", "avis", "dagblad", "krant", "courant", "correio", "diário", "diario",
        "jornal", "gazeta", "gazzetta", "corriere", "argus", "clarion", "bugle", "ledger", "monitor", "intelligencer",
        "pap", "ctk", "mti", "hina", "tanjug", "kuna", "isna", "fars", "sana", "petra", "qna", "wam", "ani", "ians",
        "aap", "cna", "vna", "pna", "belga", "anp", "tt", "ntb", "stt", "lusa", "kantipur", "jiji", "nhk", "kbs", "yle",
        "ertnews", "ekathimerini", "notimex", "telam", "agerpres", "bnr", "ukrinform", "unian", "tasnim", "mehr", "saba",
    ]

    /// Whom one tells without the words travelling further: not a via.
    static let audiences: Set<String> = [
        "reporters", "journalists", "press", "conference", "briefing", "mps", "lawmakers", "parliament", "senators",
        "pals", "friends", "mates", "team-mates", "teammates", "followers", "readers", "onlookers", "well-wishers",
        "committee", "supporters", "crowd", "rally", "students", "staff", "employees", "court", "jury", "investors",
        "analysts", "colleagues", "delegates", "members", "residents", "voters", "audience", "listeners", "viewers",
        "lawyers", "judges", "officials", "assembly", "congress", "senate", "hearing", "meeting", "summit", "forum",
        "session", "me", "us", "him", "her", "them", "workers", "shareholders", "fans", "party", "nation", "people",
        "activists", "diplomats", "ministers", "council", "cabinet", "parliamentarians", "deputies", "guests",
        "representatives", "msps", "meps", "peers", "commons", "lords", "bundestag", "duma", "knesset", "congressmen",
        "commission", "panel", "inquiry", "tribunal", "audience", "crowds", "mourners", "graduates", "farmers",
        "officers", "troops", "soldiers", "executives", "bankers", "donors", "envoys",
    ]

    /// Bodies that speak without a name: "police said", "prosecutors said". Loose groups
    /// ("analysts say", "residents said") are nobody in particular and are not proposed.
    static let groupSpeakers: Set<String> = [
        "police", "authorities", "prosecutors", "investigators", "rescuers", "firefighters", "paramedics", "coastguard",
        "organisers", "organizers",
    ]

    /// Words a tabloid puts before a name that are neither titles nor part of it ("Grandad Ron
    /// Tibbs", "Tenant Jordan Pyle", "Mum-of-three Sharon Keeble").
    static let descriptors: Set<String> = [
        "grandad", "grandpa", "grandma", "gran", "granny", "nan", "mum", "dad", "mother", "father", "tenant",
        "pensioner", "student", "driver", "nurse", "teacher", "fan", "shopper", "chef", "landlord", "landlady",
        "neighbour", "neighbor", "widow", "widower", "passenger", "resident", "worker", "farmer", "victim", "witness",
        "owner", "boss", "star", "singer", "actor", "actress", "presenter", "host", "striker", "keeper", "veteran",
        "pal", "mate", "bride", "groom", "holidaymaker", "motorist", "cyclist", "punter", "customer", "survivor", "skipper",
        "gaffer", "operator", "diner", "caller", "reader", "viewer", "listener", "commuter", "parent", "mourner",
        "organiser", "organizer", "broadcaster", "campaigner", "activist", "tycoon", "millionaire", "billionaire", "ace",
        "legend", "hero", "influencer", "comedian", "chairman", "publican", "landlord", "stallholder", "shopkeeper",
        "grower", "gardener", "dog-walker", "midwife", "carer", "rival", "winner", "champion", "boxer", "jockey",
        "herder", "fisherman", "fisher", "shepherd", "villager", "trader", "vendor", "miner", "nomad", "crofter",
        "wife", "husband", "partner", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "son", "daughter",
        "brother", "sister", "uncle", "aunt", "niece", "nephew", "cousin", "referee", "organiser",
        "regular", "grandmother", "grandfather", "granddad", "grandson", "granddaughter", "local", "homeowner", "householder",
        "barmaid", "barman", "waitress", "waiter", "cabbie", "postman", "postwoman", "blonde", "brunette", "redhead", "bombshell",
        "stunner", "hunk", "wonderkid", "youngster", "starlet", "beauty",
    ]

    /// What a business is, before its name: "Insurer Meridiaan", "Promoters Big Night Live".
    static let businessDescriptors: Set<String> = [
        "insurer", "promoter", "promoters", "brokerage", "broker", "lender", "retailer", "supermarket", "carmaker", "automaker",
        "housebuilder", "bookmaker", "bookmakers", "carrier", "airline", "miner", "shipper", "operator", "developer",
    ]

    /// Adjectives a tabloid puts before a name it has given already: "Furious Ron", "Red-faced Calloway".
    static let tabloidAdjectives: Set<String> = [
        "furious", "fuming", "heartbroken", "devastated", "tearful", "proud", "brave", "defiant", "shamed", "disgraced",
        "tragic", "grieving", "stunned", "shocked", "angry", "livid", "outraged", "delighted", "thrilled", "elated",
        "jubilant", "smitten", "cheeky", "plucky", "hapless", "embattled", "beleaguered", "distraught", "terrified",
        "relieved", "overjoyed", "emotional", "bitter", "seething", "raging", "gutted", "stricken", "weeping", "sobbing",
        "glamorous", "stunning", "troubled", "axed", "sacked", "jailed", "tearful", "baffled", "bemused", "horrified",
        "under-fire", "cash-strapped", "crisis-hit", "scandal-hit", "struggling", "relegation-threatened", "besieged",
    ]

    /// Plural nouns that open a sentence without naming anyone: "Analysts say ...".
    static let looseGroups: Set<String> = [
        "analysts", "experts", "critics", "residents", "witnesses", "observers", "sources", "officials", "diplomats",
        "economists", "scientists", "researchers", "campaigners", "activists", "locals", "villagers", "neighbours",
        "neighbors", "relatives", "survivors", "passengers", "traders", "investors", "doctors", "lawyers", "parents",
        "teachers", "farmers", "workers", "protesters", "supporters", "opponents", "some", "many", "others", "insiders",
    ]

    /// Words after "the" that make a description an organisation or office ("the ministry said").
    static let organisationHeads: Set<String> = [
        "ministry", "government", "company", "council", "agency", "department", "embassy", "army", "police",
        "committee", "commission", "court", "office", "trust", "board", "union", "party", "authority", "authorities",
        "administration", "kremlin", "bank", "firm", "group", "consortium", "developer", "miner", "producer", "supplier", "startup", "military", "navy", "presidency", "cabinet",
        "secretariat", "campaign", "organisation", "organization", "club", "federation", "association", "coalition",
        "alliance", "foundation", "institute", "university", "hospital", "school", "city", "county", "state",
        "regulator", "watchdog", "prosecutor", "prosecutors", "operator", "utility", "airline", "insurer", "carrier",
        "charity", "network", "centre", "center", "service", "force", "forces", "unit", "spokesman", "spokeswoman",
        "delegation", "mission", "operation", "secretariat", "directorate", "inspectorate", "ombudsman", "tribunal",
        "release", "filing", "notice", "consulate", "bureau", "observatory", "station", "secretariat", "prefecture",
        "spokesperson", "statement", "report", "museum", "gallery", "library", "archive", "zoo", "theatre", "orchestra",
        "brigade", "coastguard", "fund", "chamber", "parliament", "assembly", "senate", "congress", "legislature", "municipality",
        "panel", "registry", "laboratory", "clinic", "guild", "league", "confederation", "society", "academy", "cooperative",
        "district", "province", "canton",
    ]

    /// Heads of a description that name a person, not an office ("the spokesman", "the chief").
    static let personHeads: Set<String> = [
        "spokesman", "spokeswoman", "spokesperson", "prosecutor", "chief", "head", "leader", "minister", "secretary",
        "director", "governor", "mayor", "president", "official", "officer", "executive", "diplomat", "envoy", "person",
        "expert", "specialist",
    ]

    /// Capitalised words that start a sentence or a clause and are never part of a name.
    static let openers: Set<String> = [
        "but", "and", "or", "so", "yet", "though", "although", "however", "meanwhile", "still", "also", "now", "then",
        "later", "earlier", "instead", "indeed", "moreover", "furthermore", "separately", "elsewhere", "today",
        "yesterday", "tonight", "this", "that", "these", "those", "when", "while", "after", "before", "since", "as",
        "if", "because", "despite", "in", "on", "at", "for", "from", "with", "by", "of", "to", "under", "over",
        "speaking", "asked", "writing", "addressing", "there", "here", "it", "its", "his", "her", "their", "our",
        "my", "your", "what", "which", "who", "whom", "why", "how", "where", "once", "only", "even", "just",
        "perhaps", "maybe", "overall", "finally", "first", "second", "third", "last", "next", "again", "about", "ask",
    ]

    /// Capitalised words that are not names: months, weekdays, modal and auxiliary verbs that a
    /// headline capitalises ("Putin Would ..."), and words of places ("Bennett Place").
    /// ("Jan" is left out: it is as often a given name, "Government spokesman Jan Richter"; dates
    /// are read by DateText, which knows it as a month.)
    static let notNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday",
        "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "would", "will", "could", "should", "can",
        "might", "must", "shall", "has", "have", "had", "is", "was", "were", "are", "be", "been", "do", "does", "did",
        "not", "no", "yes", "place", "street", "square", "avenue", "road", "lane", "bridge", "park", "hall",
        "airport", "station", "stadium", "building", "tower", "plaza", "port", "harbour", "harbor", "river", "sea",
        "ocean", "lake", "mountain", "valley", "island", "islands", "gulf", "strait", "desert", "border", "front",
    ]

    /// The words of `notNames` that name a kind of place: they end no name ("Bennett Place") but
    /// may stand inside one ("Black Sea Watch", "Port Talbot Works").
    static let placeWords: Set<String> = [
        "place", "street", "square", "avenue", "road", "lane", "bridge", "park", "hall", "airport", "station", "stadium",
        "building", "tower", "plaza", "port", "harbour", "harbor", "river", "sea", "ocean", "lake", "mountain", "valley",
        "island", "islands", "gulf", "strait", "desert", "border", "front",
    ]

    /// Buildings that speak for a government: "Downing Street said".
    static let institutions: Set<String> = [
        "downing street", "number 10", "no 10", "white house", "the white house", "elysee", "elysee palace", "whitehall",
        "the pentagon", "pentagon", "blue house", "quai d'orsay", "chigi palace", "zhongnanhai", "the vatican", "vatican",
        "garda síochána", "an garda síochána", "garda siochana", "an garda siochana",
    ]

    /// Countries and capitals and large cities that datelines and narrative put beside verbs
    /// ("ANKARA, Dec 8", "Ankara responded"): never speakers on their own.
    static let places: Set<String> = [
        "mongolia", "ulaanbaatar", "kyrgyzstan", "bishkek", "tajikistan", "dushanbe", "turkmenistan", "ashgabat", "astana", "tashkent",
        "almaty", "nepal", "kathmandu", "myanmar", "cambodia", "laos", "bangladesh", "sri lanka", "new zealand", "wellington",
        "ankara", "moscow", "kyiv", "kiev", "london", "paris", "berlin", "beijing", "washington", "brussels",
        "tehran", "damascus", "baghdad", "cairo", "istanbul", "jerusalem", "gaza", "beirut", "riyadh", "doha",
        "dubai", "delhi", "new delhi", "mumbai", "tokyo", "seoul", "pyongyang", "taipei", "hong kong", "singapore",
        "jakarta", "manila", "bangkok", "hanoi", "sydney", "canberra", "ottawa", "toronto", "mexico city", "brasilia",
        "buenos aires", "lima", "bogota", "caracas", "havana", "madrid", "rome", "lisbon", "athens", "vienna",
        "warsaw", "prague", "budapest", "bucharest", "sofia", "belgrade", "minsk", "tbilisi", "yerevan", "baku",
        "kabul", "islamabad", "karachi", "dhaka", "colombo", "nairobi", "lagos", "abuja", "johannesburg", "pretoria",
        "addis ababa", "khartoum", "tripoli", "tunis", "algiers", "rabat", "geneva", "stockholm", "oslo",
        "copenhagen", "helsinki", "dublin", "edinburgh", "amsterdam", "the hague", "new york", "los angeles",
        "chicago", "houston", "miami", "russia", "ukraine", "turkey", "syria", "iran", "iraq", "israel", "china",
        "japan", "india", "pakistan", "france", "germany", "britain", "england", "scotland", "wales", "ireland",
        "italy", "spain", "portugal", "greece", "poland", "egypt", "libya", "yemen", "lebanon", "jordan", "qatar",
        "europe", "asia", "africa", "america", "brazil", "mexico", "canada", "australia", "nigeria", "kenya",
        "ethiopia", "sudan", "afghanistan", "united states", "the united states", "united kingdom", "the united kingdom",
        "kazakhstan", "uzbekistan", "norway", "sweden", "finland", "denmark", "estonia", "latvia", "lithuania",
        "belarus", "georgia", "armenia", "azerbaijan", "serbia", "croatia", "hungary", "romania", "bulgaria",
        "netherlands", "belgium", "austria", "switzerland", "czech republic", "slovakia", "iceland", "argentina",
        "chile", "colombia", "venezuela", "peru", "cuba", "indonesia", "malaysia", "vietnam", "thailand",
        "philippines", "korea", "south korea", "north korea", "taiwan", "saudi arabia", "emirates", "morocco",
        "algeria", "tunisia", "ghana", "senegal", "somalia", "uganda", "tanzania", "zimbabwe", "south africa",
        "new zealand", "astana", "tashkent", "almaty", "kurgan", "arizona", "california", "texas", "florida",
    ]

    /// "In his words": the pronoun a possessive stands for.
    static let possessivePronouns: [String: String] = ["his": "he", "her": "she", "their": "they", "its": "it"]

    /// Pronouns that stand for a speaker, and what they fit.
    static let pronouns: [String: Gender] = ["he": .male, "she": .female, "they": .plural, "it": .thing, "we": .plural]

    enum Gender: Equatable {
        case male, female, plural, thing
    }
}

extension AttributionLexicon {
    /// What a paper calls a person by nationality once it has named them: "the Portuguese", "the Swede".
    static let demonyms: Set<String> = [
        "portuguese", "swede", "dane", "norwegian", "finn", "german", "frenchman", "frenchwoman", "dutchman", "dutchwoman", "spaniard",
        "italian", "scot", "scotsman", "welshman", "welshwoman", "irishman", "irishwoman", "englishman", "englishwoman", "brazilian",
        "argentine", "argentinian", "american", "canadian", "australian", "aussie", "kiwi", "nigerian", "ghanaian", "senegalese", "croat",
        "serb", "pole", "czech", "slovak", "hungarian", "romanian", "bulgarian", "greek", "turk", "russian", "ukrainian", "japanese",
        "korean", "mexican", "colombian", "chilean", "uruguayan", "belgian", "swiss", "austrian", "icelander", "moroccan", "egyptian",
        "algerian", "tunisian", "jamaican", "cameroonian", "ivorian", "indian", "pakistani", "kenyan", "south african", "peruvian",
        "venezuelan", "ecuadorian", "slovenian", "albanian", "bosnian", "georgian", "armenian", "israeli", "iranian", "iraqi", "lebanese",
    ]
}
