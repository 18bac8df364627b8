// Stage 3 of extraction, continued: what a speaker phrase names. A person's name with its titles
// and roles, the mouthpiece of an organisation ("a spokesman for the port authority"), or a
// description ("the Turkish president") the resolver will match to someone named before.

extension SpeakerPhrases {
    /// A person's name after a title that runs through an "of" phrase: "Governor of the Kurgan
    /// Region Yevgeny Tarkhanov", "official representative of the Russian Foreign Ministry Irina
    /// Vlasova". The name is the last two capitalised words (three with a particle: "Abd al Aziz").
    static func personName(_ words: [Token]) -> (name: String, roles: [String])? {
        // "General Director of the state shipping company Arktikflot Pavel Sedykh": a company noun too.
        guard let lastLower = words.lastIndex(where: { !$0.isCapitalized }),
            ["of", "for", "on", "at", "the", "and", "to"].contains(words[lastLower].lower) || EntityMentions.organisationNouns.contains(words[lastLower].lower)
                // "The governor of Phuket province Anucha Srisuwan".
                || Self.regionNouns.contains(words[lastLower].lower)
                // "the head of the regional health department Pavel Orlov".
                || AttributionLexicon.organisationWords.contains(words[lastLower].lower) && lastLower + 2 < words.count
                    && AttributionLexicon.givenNames[NameFolding.withoutDiacritics(words[lastLower + 1].lower)] != nil
                // "Captain of the nuclear icebreaker Polyarnaya Zvezda Gennady Trofimov": a ship's
                // (or a firm's) name, then a given name and a surname.
                || lastLower + 3 < words.count && Self.isGivenName(words[words.count - 2]),
            words[..<lastLower].contains(where: { AttributionLexicon.titles.contains($0.lower.trimmingCharacters(in: ".")) || isRoleLike($0.lower) }),
            // ("The Association of Rural Bus Operators", "the Karoo Institute for Radio Astronomy":
            // an organisation and no title before its "of" or "for".)
            !(words[..<lastLower].contains(where: { AttributionLexicon.organisationWords.contains($0.lower) })
                && !words[..<lastLower].contains(where: { word in
                    let bare = word.lower.trimmingCharacters(in: ".")
                    return AttributionLexicon.titles.contains(bare) || bare.hasSuffix("s") && AttributionLexicon.titles.contains(String(bare.dropLast()))
                }))
        else { return nil }
        let run = Array(words[(lastLower + 1)...])
        guard words[lastLower].lower != "and" || run.count >= 3 else { return nil }
        // ("the head of the health department Marat Yesenov": two words after an organisation are
        // its name, unless the first is a given name.)
        guard run.count >= 3 || run.count == 2 && words[lastLower].lower != "the" && words[lastLower].lower != "of"
            && (!EntityMentions.organisationNouns.contains(words[lastLower].lower) && !AttributionLexicon.organisationWords.contains(words[lastLower].lower)
                || AttributionLexicon.givenNames[NameFolding.withoutDiacritics(run[0].lower)] != nil || Self.regionNouns.contains(words[lastLower].lower))
        else { return nil }
        var take = 2
        // "Minister of Tourism Javier Ortega Lazo": a given name and two surnames.
        if run.count >= 4 || run.count == 3 && words[lastLower].lower != "the", Self.isGivenName(run[run.count - 3]), !Self.isGivenName(run[run.count - 2]) { take = 3 }
        if run.count >= 3, Self.particles.contains(run[run.count - 2].lower) { take = 3 }
        // "Yelena Sergeyevna Vorobyova": a given name, a patronymic and the surname.
        if run.count >= 3, Self.isPatronymic(run[run.count - 2].lower) { take = 3 }
        // "Chairman of the Suez Canal Economic Zone Hossam Eldin Ragab": the name is what follows the
        // organisation's last word.
        if let organisation = run.lastIndex(where: { AttributionLexicon.organisationWords.contains($0.lower) }), (2...3).contains(run.count - organisation - 1) {
            take = run.count - organisation - 1
        }
        // "Nguyen Thi Kim Thoa": a Vietnamese name is the family name and all after it.
        if let family = (max(0, run.count - 4)..<(run.count - 2)).first(where: { Self.vietnameseFamilyNames.contains(NameFolding.withoutDiacritics(run[$0].lower)) }) {
            take = run.count - family
        }
        let name = run.suffix(take)
        guard name.allSatisfy({ !AttributionLexicon.organisationWords.contains($0.lower) && !AttributionLexicon.titles.contains($0.lower)
            && !AttributionLexicon.notNames.contains($0.lower) && !AttributionLexicon.places.contains($0.lower) })
        else { return nil }
        let roles = words.dropLast(take).map(\.lower).filter { !["the", "a", "an", "of", "for", "on", "at"].contains($0) }
        return (name.map(\.text).joined(separator: " "), roles)
    }

    /// Words that open the name of a lake, a mountain or an island: "Lago Grey", "Mount Kenya".
    static let leadingPlaceWords: Set<String> = ["lake", "lago", "loch", "lac", "laguna", "mount", "monte", "cerro", "volcán", "volcano", "río", "glacier"]

    /// The small words inside a surname: "Abd al Aziz", "Ursula von der Leyen".
    static let particles: Set<String> = ["al", "bin", "ibn", "de", "van", "von", "der", "den", "da", "del", "la", "le", "du", "ter", "ten", "abu", "el", "dos", "das", "do", "di"]

    /// A given name the lexicon knows ("Gennady", "Javier").
    static func isGivenName(_ word: Token) -> Bool {
        word.isCapitalized && AttributionLexicon.givenNames[NameFolding.withoutDiacritics(word.lower)] != nil
    }

    /// The nouns of a region a title can run through: "governor of Phuket province".
    static let regionNouns: Set<String> = ["province", "region", "district", "county", "oblast", "krai", "territory", "municipality", "prefecture", "governorate", "state"]

    /// "Sergeyevna", "Pavlovich": the middle of a Russian, Ukrainian or Belarusian name.
    static func isPatronymic(_ word: String) -> Bool {
        word.count > 5 && ["ovna", "evna", "ovich", "evich", "ivna", "ichna", "yevich", "yevna"].contains(where: word.hasSuffix)
    }

    /// The commonest Vietnamese family names, which open a name of three or four words.
    static let vietnameseFamilyNames: Set<String> = [
        "nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui", "do", "ho", "ngo", "duong", "ly", "dinh", "truong",
    ]

    /// The organisation behind a mouthpiece: "a spokesman for the port authority", "the press
    /// service of the directorate", "the Russian Foreign Ministry's press service", "analysts at
    /// Hollis & Grant", "the ministry's statement".
    static func mouthpiece(_ words: [Token]) -> SpeakerPhrase? {
        let lower = words.map(\.lower)
        let mouthpieces: Set<String> = [
            "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "representatives", "analysts", "service", "office",
            "statement", "release", "website", "account", "observers", "monitors", "officials", "experts", "inspectors",
            "researchers", "scientists", "forecasters", "economists", "engineers", "doctors", "staff", "officers", "lawyers",
            "managers", "executives", "directors",
        ]
        // "X's press service", "X's statement".
        if let last = lower.last, ["service", "statement", "release", "spokesman", "spokeswoman", "spokesperson", "website", "account", "report", "office"].contains(last),
            let possessive = words.lastIndex(where: { $0.lower.hasSuffix("'s") || $0.lower.hasSuffix("’s") }),
            last != "office" || lower[possessive + 1..<lower.count - 1].contains("press"),
            possessive + 1 < words.count, words[(possessive + 1)...].allSatisfy({ !$0.isCapitalized || $0.lower == last })
        {
            var owner = Array(words[...possessive])
            let bare = String(owner[owner.count - 1].text.dropLast(2))
            owner[owner.count - 1].text = bare
            return classify(words: owner, appositive: nil, allowPlace: true)
        }
        // "a spokesman for X", "the press service of X", "analysts at X".
        if let index = lower.firstIndex(where: { mouthpieces.contains($0) }), index + 2 < words.count, ["for", "of", "at", "from"].contains(lower[index + 1]),
            index <= 3, index == 0 || ["the", "a", "an", "press", "official", "chief", "senior"].contains(lower[index - 1]) || index == 1
        {
            var rest = Array(words[(index + 2)...])
            if let first = rest.first, ["the", "a", "an"].contains(first.lower) { rest.removeFirst() }
            guard !rest.isEmpty else { return nil }
            // "the Office of Public Works", "the office of the governor": an office is its own speaker.
            if lower[index] == "office", words[index].isCapitalized || !rest.contains(where: \.isCapitalized) {
                return .organisation(words[index...].map(\.text).joined(separator: " "))
            }
            if rest.count == 1, AttributionLexicon.organisationHeads.contains(rest[0].lower) {
                return .description(head: rest[0].lower, words: [rest[0].lower])
            }
            // "a spokeswoman for supermarket chain Grocer's Pride": the chain's name.
            if rest.count >= 2, !rest[0].isCapitalized, case .organisation(let name)? = classify(words: rest, appositive: nil, allowPlace: false) {
                return .organisation(name)
            }
            return .organisation(rest.map(\.text).joined(separator: " "))
        }
        return nil
    }

    /// Endings of nouns for people who do something: "spokesman", "analyst", "officer", "director".
    static let agentEndings = ["man", "woman", "ist", "er", "or"]

    static func isPersonNoun(_ word: String) -> Bool {
        agentEndings.contains(where: word.hasSuffix) || ["ant", "ent", "ian"].contains(where: word.hasSuffix) || AttributionLexicon.titles.contains(word)
    }

    /// A name: the last run of capitalised words that are not titles; the words before it are roles.
    static func named(_ words: [Token], appositiveRoles: [String], allowPlace: Bool) -> SpeakerPhrase? {
        for count in [3, 2, 1] where words.count >= count {
            let tail = words.suffix(count).map(\.text).joined(separator: " ")
            if AttributionLexicon.institutions.contains(NameFolding.key(tail)) { return .organisation(tail) }
        }
        var nameWords: [Token] = []
        // "Conall Ruane SC", "Ana Ruiz MP": letters after a name are no part of it.
        var words = words
        while words.count >= 3, let last = words.last, AttributionLexicon.postNominals.contains(last.lower), last.text == last.text.uppercased() { words.removeLast() }
        // "Ministry of Foreign Affairs and Trade": after an organisation's "of", a department's
        // words ("Trade", "Health") are its name, not a title.
        let ofName = words.indices.contains { index in
            index + 1 < words.count && words[index + 1].lower == "of" && AttributionLexicon.organisationWords.contains(words[index].lower) && words[index].isCapitalized
        }
        for (position, word) in words.enumerated().reversed() {
            let bare = word.lower.trimmingCharacters(in: ".")
            // "Airlines for a Connected Europe": an article after "for" or "of" inside a name.
            let innerArticle = ["a", "an", "the"].contains(word.text) && !nameWords.isEmpty && position >= 2
                && ["for", "of"].contains(words[position - 1].text) && words[position - 2].isCapitalized
            guard word.isCapitalized || innerArticle || ["&", "and", "of", "for"].contains(bare) && !nameWords.isEmpty && nameWords.count < 5
                || ["de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "ter", "bin", "al", "dos", "das", "del", "do", "della", "des"].contains(bare) && !nameWords.isEmpty,
                !AttributionLexicon.titles.contains(bare) || AttributionLexicon.organisationWords.contains(nameWords.last?.lower ?? "") || ofName && word.isCapitalized
                    // "Minsk City Health Committee Irina Zhukovskaya": a title's word that names a committee or a ministry.
                    || nameWords.count >= 3 && AttributionLexicon.organisationWords.contains(nameWords[0].lower) && word.isCapitalized
                    // "Havlund Energy", "Baltic Trade": a department's word that ends a business's name.
                    || nameWords.isEmpty && position > 0 && AttributionLexicon.organisationWords.contains(bare) && words[position - 1].isCapitalized
                        && !AttributionLexicon.titles.contains(words[position - 1].lower)
                    // "Dean Calloway": a title that is also a first name, before a surname alone.
                    || bare == "dean" && nameWords.count == 1 && position == 0,
                // ("Park said", "Hall added": a surname alone that is also a place's word.)
                // ("Ministry of the Sea", "Port Authority of the Gulf": it ends an office's name.)
                !AttributionLexicon.notNames.contains(bare) || AttributionLexicon.placeWords.contains(bare) && (!nameWords.isEmpty || words.count == 1 && ["park", "hall", "lane", "street", "bridge"].contains(bare)
                    || words.contains(where: { $0.isCapitalized && AttributionLexicon.organisationWords.contains($0.lower) })),
                !AttributionLexicon.openers.contains(bare) || !nameWords.isEmpty && word.isCapitalized && !["in", "on", "at", "for", "of", "by", "with", "to", "from", "and"].contains(bare)
                    || !nameWords.isEmpty && ["of", "for", "and"].contains(word.text) || innerArticle
            else { break }
            nameWords.insert(word, at: 0)
        }
        while let first = nameWords.first, !first.isCapitalized { nameWords.removeFirst() }
        guard !nameWords.isEmpty, nameWords.count <= 7 else { return nil }
        // "Grandad Ron Tibbs", "Mum-of-three Sharon Keeble": what a tabloid calls someone.
        var described: [String] = []
        // "(Ambassador to) Mongolia Hiroshi Tanabe": the country a title names is no part of the name.
        if nameWords.count >= 3, AttributionLexicon.places.contains(nameWords[0].lower), words.count > nameWords.count,
            words[words.count - nameWords.count - 1].lower == "to",
            !nameWords.contains(where: { AttributionLexicon.organisationWords.contains($0.lower) || AttributionLexicon.mediaWords.contains($0.lower) })
        {
            words.remove(at: words.count - nameWords.count)
            described.append(nameWords.removeFirst().lower)
        }
        // ("Great-grandmother Edna Rowley": a descriptor after a hyphen too.)
        let descriptorTail = nameWords.first.map { String($0.lower.split(separator: "-").last ?? "") } ?? ""
        if nameWords.count >= 3, AttributionLexicon.descriptors.contains(nameWords[0].lower) || nameWords[0].text.filter({ $0 == "-" }).count >= 2
            || AttributionLexicon.businessDescriptors.contains(nameWords[0].lower)
            || AttributionLexicon.tabloidAdjectives.contains(nameWords[0].lower)
            || nameWords[0].text.contains("-") && AttributionLexicon.descriptors.contains(descriptorTail)
        {
            words.remove(at: words.count - nameWords.count)
            described.append(nameWords.removeFirst().lower)  // "Host Gord Pynn" is a host
        } else if nameWords.count >= 3, nameWords[0].lower == "don", AttributionLexicon.givenNames[NameFolding.key(nameWords[1].text)] == .male {
            // "Don Paolo Rinaldi": a priest's title before his given name.
            words.remove(at: words.count - nameWords.count)
            described.append(nameWords.removeFirst().lower)
        } else if nameWords.count == 2, Self.isTabloidAdjective(nameWords[0]) || AttributionLexicon.descriptors.contains(nameWords[0].lower)
            // "Nine-year-old Osian", "Mum-of-two Kerry".
            || nameWords[0].lower.hasSuffix("-year-old") || nameWords[0].lower.contains("-of-")
        {
            // "Furious Ron", "Red-faced Calloway": someone named before, and how they feel.
            words.remove(at: words.count - nameWords.count)
            described.append(nameWords.removeFirst().lower)
        }
        // "Azerrail Cargo CJSC Tofig Karimov", "Russian Foreign Ministry Irina Vlasova": an
        // organisation and then the person who speaks for it.
        // ("Club Deportivo Ribera" is all a club's name: a name opens with its noun there.)
        if nameWords.count >= 3, AttributionLexicon.titles.contains(nameWords[0].lower), Self.vietnameseFamilyNames.contains(NameFolding.withoutDiacritics(nameWords[1].lower)) {
            nameWords.removeFirst()
        }
        // ("Department of Health Lê Thị Thu Hà": the department's name after its "of" is no part of hers.)
        if var last = nameWords.lastIndex(where: { AttributionLexicon.organisationWords.contains($0.lower) }), last > 0 {
            if last + 2 < nameWords.count, nameWords[last + 1].lower == "of", AttributionLexicon.titles.contains(nameWords[last + 2].lower) { last += 2 }
            let rest = nameWords[(last + 1)...]
            let vietnamese = rest.first.map { Self.vietnameseFamilyNames.contains(NameFolding.withoutDiacritics($0.lower)) } ?? false
            if rest.count >= 2, rest.count <= (vietnamese ? 4 : 3), rest.first?.isCapitalized == true,
                rest.allSatisfy({ !AttributionLexicon.organisationWords.contains($0.lower) && !AttributionLexicon.mediaWords.contains($0.lower) })
            {
                nameWords = Array(rest)
            }
        }
        // "the nuclear icebreaker Polyarnaya Zvezda Gennady Trofimov": a ship's or a firm's name
        // (after a common noun, or of two words), then a given name the lexicon knows and a surname.
        let afterNoun = words.count > nameWords.count && !words[words.count - nameWords.count - 1].isCapitalized
            && !["the", "a", "an", "of", "for", "and", "to", "at", "on", "in"].contains(words[words.count - nameWords.count - 1].lower)
        if nameWords.count >= 4 || nameWords.count == 3 && afterNoun, Self.isGivenName(nameWords[nameWords.count - 2]),
            !nameWords.dropLast(2).contains(where: { Self.isGivenName($0) || Self.particles.contains($0.lower) })
        {
            nameWords.removeFirst(nameWords.count - 2)
        }
        // "Central Bank of Kenya Governor Ruth Achieng": an organisation, a title, then the person.
        if let title = nameWords.lastIndex(where: { Self.personalTitles.contains($0.lower) }), title > 0, (2...3).contains(nameWords.count - title - 1),
            nameWords[..<title].contains(where: { AttributionLexicon.organisationWords.contains($0.lower) }),
            nameWords[(title + 1)...].allSatisfy({ word in
                [AttributionLexicon.organisationWords, AttributionLexicon.titles, AttributionLexicon.mediaWords, AttributionLexicon.places, AttributionLexicon.notNames]
                    .allSatisfy { !$0.contains(word.lower) }
            })
        {
            let person = nameWords[(title + 1)...].map(\.text).joined(separator: " ")
            return .person(name: person, roles: words.dropLast(nameWords.count - title - 1).map(\.lower) + appositiveRoles)
        }
        // "Analysts say", "Critics said": nobody in particular.
        if nameWords.count == 1, roleTokens(words, nameWords).isEmpty, AttributionLexicon.looseGroups.contains(nameWords[0].lower) { return nil }
        let roleTokens = words.dropLast(nameWords.count)
        let name = nameWords.map(\.text).joined(separator: " ")
        let nameLower = name.lowercased()
        if nameWords.allSatisfy({ $0.text.count > 1 && $0.text == $0.text.uppercased() && $0.text.contains(where: \.isLetter) }), nameWords.count == 1 || roleTokens.isEmpty,
            !AttributionLexicon.mediaWords.contains(nameLower)
        {
            // "KIRA", "EFCC": an organisation's initials, when they are no place's name.
            if nameWords.count == 1, (2...5).contains(nameWords[0].text.count), roleTokens.isEmpty, !AttributionLexicon.places.contains(nameLower),
                !AttributionLexicon.notNames.contains(nameLower), !Self.shortWords.contains(nameLower), !Self.notInitials.contains(nameLower)
            {
                return .organisation(nameWords[0].text)
            }
            return nil  // "MOSCOW", "ANKARA": a dateline.
        }
        // "Orr's Instagram told a different story": someone's account is not a speaker.
        if let last = nameWords.last, ["instagram", "facebook", "twitter", "tiktok", "telegram", "youtube", "linkedin", "snapchat"].contains(last.lower),
            nameWords.count >= 2, nameWords[nameWords.count - 2].lower.hasSuffix("'s") || nameWords[nameWords.count - 2].lower.hasSuffix("’s")
        {
            return nil
        }
        // "Colombia, Venezuela and Spain": a list of places is no organisation.
        if nameWords.count >= 3, nameWords.allSatisfy({ AttributionLexicon.places.contains($0.lower) || ["and", "&"].contains($0.lower) }) { return nil }
        // "Lago Grey", "Mount Kenya": a lake or a mountain is a place, not a person.
        if nameWords.count >= 2, Self.leadingPlaceWords.contains(nameWords[0].lower) { return nil }
        if AttributionLexicon.places.contains(nameLower) || nameLower.hasPrefix("the ") && AttributionLexicon.places.contains(String(nameLower.dropFirst(4))) {
            return allowPlace && roleTokens.isEmpty ? .organisation(name) : nil
        }
        // "Islamic State-held towns" is nobody; "the Lisbon-based Maritime Narcotics Coordination
        // Centre" is the centre: a modifier before the name is no part of it.
        let modifiers = ["-held", "-led", "-backed", "-based", "-listed", "-owned", "-run", "-born", "-funded"]
        if let modifier = nameWords.lastIndex(where: { word in modifiers.contains { word.lower.hasSuffix($0) } }) {
            guard modifier + 1 < nameWords.count, nameWords[(modifier + 1)...].contains(where: { AttributionLexicon.organisationWords.contains($0.lower) })
                || nameWords.count - modifier - 1 >= 2 && !nameWords[modifier].lower.hasSuffix("-held")
            else { return nil }
            return named(Array(nameWords[(modifier + 1)...]), appositiveRoles: appositiveRoles, allowPlace: allowPlace)
        }
        let roles = roleTokens.map(\.lower) + appositiveRoles
        if nameWords.contains(where: { AttributionLexicon.organisationWords.contains($0.lower) })
            || nameWords.count >= 2 && (AttributionLexicon.mediaWords.contains(nameWords[nameWords.count - 1].lower)
                // "Jornal da Foz", "Semanário Tejo", "Tygodnik Brzeg": a paper's word first.
                || Self.paperWords.contains(nameWords[0].lower)
                || nameWords.contains(where: { Self.broadcastWords.contains($0.lower) }))
            || nameWords.contains(where: { $0.text == "&" || $0.lower == "and" || $0.lower == "of" })
        {
            // "Fishermen's Association", "Northern Wire", "Transport Ministry", "Hollis & Grant".
            // The capitalised words before the name belong to it, with the connectors between them.
            let firstCapital = roleTokens.lastIndex(where: { !$0.isCapitalized && !["of", "for", "and"].contains($0.text) }).map { $0 + 1 } ?? roleTokens.startIndex
            let organisation = (roleTokens[firstCapital...].drop { !$0.isCapitalized } + nameWords).map(\.text).joined(separator: " ")
            return .organisation(organisation)
        }
        // "Russian state nuclear corporation Severatom", "broadband provider Brightwire".
        if let before = roleTokens.last, !before.isCapitalized,
            EntityMentions.organisationNouns.contains(before.lower) || ["corporation", "conglomerate", "cooperative", "newspaper", "daily", "weekly", "channel", "magazine", "broadcaster", "station", "website", "app"].contains(before.lower)
        {
            return .organisation(name)
        }
        if let clauseEnd = roleTokens.lastIndex(where: { !$0.isCapitalized && !AttributionLexicon.titles.contains($0.lower) && !isRoleLike($0.lower) }) {
            // A lower-case word that is no title: what comes before it is a clause ("The claims
            // angered Turkish President Recep Tayyip Erdogan"); the name and the titles after it stay.
            guard nameWords.count >= 2 else { return nil }
            let titlesAfter = roleTokens[roleTokens.index(after: clauseEnd)...].map(\.lower)
            return .person(name: name, roles: described + titlesAfter + appositiveRoles)
        }
        // "It", "UN": too short to be a name, unless a surname such as "Li" or "Wu".
        if nameWords.count == 1, roleTokens.isEmpty, words.count == 1, nameWords[0].text.count <= 2,
            nameWords[0].text == nameWords[0].text.uppercased() || Self.shortWords.contains(nameWords[0].lower)
        {
            return nil
        }
        return .person(name: name, roles: described + roles)
    }

    /// Titles only a person holds, which end an organisation's name and open a person's.
    static let personalTitles: Set<String> = [
        "governor", "minister", "president", "chairman", "chairwoman", "director", "secretary", "spokesman", "spokeswoman", "spokesperson",
        "ceo", "commissioner", "ambassador", "mayor", "rector", "dean", "manager", "leader", "deputy", "chancellor", "premier",
        "dr", "prof", "professor", "mr", "mrs", "ms", "sir", "dame",
    ]

    /// The word for a newspaper that opens its name in the languages news copy leaves untranslated.
    static let paperWords: Set<String> = [
        "jornal", "semanario", "semanário", "diario", "diário", "gazeta", "kurier", "tidning", "avisen", "dagblad", "krant", "giornale",
        "corriere", "quotidien", "tygodnik", "gazzetta", "noticias", "notícias", "correio", "folha",
    ]

    /// Capitals that are no organisation: times, zones, a doctor, a knockout, a tax.
    static let notInitials: Set<String> = [
        "gp", "ko", "gmt", "bst", "cet", "cest", "eet", "eest", "utc", "est", "edt", "pdt", "pst", "am", "pm", "ok", "id", "dj", "mc", "tv",
        "vip", "vat", "gdp", "ceo", "cfo", "coo", "cto", "phd", "mba", "ai", "it", "pr", "hr", "ev", "evs", "suv", "atm", "omg", "lol",
    ]

    /// Two-letter words that open sentences and are no one's name.
    static let shortWords: Set<String> = [
        "it", "he", "we", "me", "my", "no", "so", "oh", "ok", "up", "us", "an", "as", "at", "be", "by", "do", "go", "if", "in", "is",
        "of", "on", "or", "to", "hi", "am", "ah", "eh", "ex", "mr", "ms", "dr", "st",
    ]

    /// Words that make any name a broadcaster's: "BBC Radio Scotland", "Radio Teranga".
    static let broadcastWords: Set<String> = [
        "radio", "tv", "television", "channel", "news", "bbc", "cnn", "npr", "pbs", "abc", "cbs", "nbc", "itv", "broadcasting", "fm",
    ]

    /// "Furious", "Red-faced", "Love-struck": a capitalised adjective, not a first name.
    static func isTabloidAdjective(_ word: Token) -> Bool {
        let lower = word.lower
        if AttributionLexicon.tabloidAdjectives.contains(lower) { return true }
        guard let hyphen = lower.firstIndex(of: "-") else { return false }
        let tail = lower[lower.index(after: hyphen)...]
        return ["faced", "eyed", "hearted", "stricken", "struck", "mouthed", "headed", "skinned", "haired"].contains(String(tail))
    }

    static func roleTokens(_ words: [Token], _ nameWords: [Token]) -> ArraySlice<Token> {
        words.dropLast(nameWords.count)
    }

    static func isRoleLike(_ word: String) -> Bool {
        agentEndings.contains(where: word.hasSuffix) || word.hasSuffix("'s") || word.hasSuffix("’s") || ["of", "for", "and", "the", "at", "on", "in"].contains(word)
    }

    /// The role words of an appositive: "the company's chief quality officer for North America".
    static func roleWords(_ tokens: ArraySlice<Token>) -> [String] {
        tokens.filter(\.isWord).map(\.lower).filter { !["the", "a", "an", "of", "for", "and", "who", "at", "in"].contains($0) }
    }
}
