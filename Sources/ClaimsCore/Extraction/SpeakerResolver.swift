// Stage 5 of extraction: who a phrase means. Keeps the people and organisations the article has
// named so far, with their roles and, where the article shows it, whether "he" or "she" fits;
// resolves surnames to full names, pronouns to the last compatible person (paragraphs back, not
// only sentences), descriptions ("the diplomat") to the last entity whose roles fit, and prefers
// speakers the record already knows, by name or alias.

/// A speaker as resolved: the name to record, and whether the record already has them.
struct ResolvedSpeaker: Equatable {
    var name: String
    var isKnown: Bool
    var isPerson: Bool
}

struct SpeakerResolver {
    struct Entity {
        let name: String
        var roles: Set<String>
        var gender: AttributionLexicon.Gender?
        var isPerson: Bool
        var isKnown: Bool
        /// How often the article has named them, for "A:" in an interview.
        var mentions = 1
        /// Whether a claim has been given to them (pronouns and descriptions prefer speakers).
        var hasSpoken = false
        /// Whether a sentence has had them as its subject or speaker: only such can be "he" or "it"
        /// later ("it would take the dispute to the United Nations" does not make the UN "he").
        var isSubject = false
        /// For an organisation, who spoke for it last ("a spokeswoman for the ministry"): "she"
        /// may mean the organisation while that spokeswoman is the latest speaker.
        var voice: AttributionLexicon.Gender?
        /// `name` folded (NameFolding.key), worked out once.
        let key: String
        /// `name`'s words in lower case (SpeakerResolver.words), worked out once: every lookup asks.
        let words: [String]

        init(name: String, roles: Set<String>, gender: AttributionLexicon.Gender?, isPerson: Bool, isKnown: Bool) {
            self.name = name
            self.roles = roles
            self.gender = gender
            self.isPerson = isPerson
            self.isKnown = isKnown
            key = SpeakerResolver.key(name)
            words = SpeakerResolver.words(name)
        }
    }

    let known: KnownSpeakers
    private(set) var entities: [Entity] = []

    init(known: [KnownSpeaker]) {
        self.known = KnownSpeakers(known)
    }

    /// Notes a person or organisation the article names (as a speaker or not), so that later
    /// surnames, pronouns and descriptions can refer to it.
    @discardableResult
    mutating func note(_ phrase: SpeakerPhrase, asSubject: Bool = false, described: [String] = []) -> String? {
        guard let resolved = resolve(phrase), let index = entities.lastIndex(where: { $0.name == resolved.name }) else { return nil }
        entities[index].roles.formUnion(described)
        if asSubject { entities[index].isSubject = true }
        return resolved.name
    }

    /// Makes a speaker the latest entity, as the subject of the sentence just read.
    mutating func touch(_ name: String) {
        guard let index = entities.lastIndex(where: { $0.name == name }) else { return }
        var entity = entities.remove(at: index)
        entity.hasSpoken = true
        entity.isSubject = true
        entities.append(entity)
    }

    /// Makes an entity the latest, as the subject of the sentence just read (without it having spoken).
    mutating func touchSubject(_ name: String) {
        guard let index = entities.lastIndex(where: { $0.name == name }) else { return }
        var entity = entities.remove(at: index)
        entity.isSubject = true
        entities.append(entity)
    }

    /// Whether the article has called `name` the one who asks: a host, presenter or interviewer.
    func isInterviewer(_ name: String) -> Bool {
        guard let entity = entities.last(where: { $0.name == name }) else { return false }
        return !entity.roles.isDisjoint(with: ["host", "presenter", "interviewer", "anchor", "moderator"])
    }

    /// Whether a capitalised word is the surname of someone the article has named: "Wolna" after
    /// "Katarzyna Wolna".
    func isKnownSurname(_ word: String) -> Bool {
        let key = Self.key(word)
        guard word.count >= 3, !["the", "a", "an"].contains(key), !AttributionLexicon.titles.contains(key), !AttributionLexicon.openers.contains(key) else { return false }
        return entities.contains { $0.isPerson && Self.containsWords($0.key, key) }
            || known.hasWord(key)
    }

    /// Notes what the article calls an organisation as it speaks: "the mine's largest union,
    /// Sindicato Uno, said" makes "the union" Sindicato Uno later (not the union's president).
    mutating func noteDescription(_ words: [String], of name: String) {
        guard let index = entities.lastIndex(where: { $0.name == name }), !entities[index].isPerson else { return }
        entities[index].roles.formUnion(words.filter { AttributionLexicon.organisationHeads.contains($0) || EntityMentions.organisationNouns.contains($0) })
    }

    mutating func noteVoice(_ gender: AttributionLexicon.Gender, of name: String) {
        if let index = entities.lastIndex(where: { $0.name == name }) { entities[index].voice = gender }
    }

    /// A gender the article shows for the last person: "Ms Marsh", or "he"/"she" used of them.
    mutating func noteGender(_ gender: AttributionLexicon.Gender, of name: String) {
        if let index = entities.lastIndex(where: { $0.name == name }), entities[index].gender == nil {
            entities[index].gender = gender
        }
    }

    mutating func resolve(_ phrase: SpeakerPhrase) -> ResolvedSpeaker? {
        switch phrase {
        case .subject, .previousSubject:
            return nil
        case .interviewee:
            guard let index = entities.indices.filter({ entities[$0].isPerson }).max(by: { entities[$0].mentions < entities[$1].mentions }) else { return nil }
            return remember(entities[index])
        case .pronoun(let gender):
            let fits: (Entity) -> Bool
            switch gender {
            case .male, .female:
                fits = { $0.isPerson && $0.isSubject && ($0.gender == nil || $0.gender == gender) || !$0.isPerson && $0.voice == gender && $0.hasSpoken }
            case .plural, .thing: fits = { !$0.isPerson && $0.isSubject }
            }
            // Else the last person of that gender named in passing: "He spoke to Lorna Abad, 52,
            // ...", then "..., she said"; "The first thing Ousmane Thiaw does ...", then "he says".
            let named: (Entity) -> Bool = { $0.isPerson && $0.gender == gender && (gender == .male || gender == .female) }
            let unknown: (Entity) -> Bool = { $0.isPerson && $0.gender == nil && (gender == .male || gender == .female) }
            guard let index = entities.lastIndex(where: fits) ?? entities.lastIndex(where: named) ?? entities.lastIndex(where: unknown) else { return nil }
            if gender == .male || gender == .female, entities[index].gender == nil { entities[index].gender = gender }
            return remember(entities[index])
        case .description(let head, let words):
            let wanted = Set(words.filter { !["the", "a", "an", "its", "his", "her", "their", "of", "for"].contains($0) })
            // An alias the record gives: "the governor", "head of the region".
            let phrase = Self.key(words.drop { ["the", "a", "an"].contains($0) }.joined(separator: " "))
            if !phrase.isEmpty, let speaker = known.named(phrase) {
                return remember(Entity(name: speaker.name, roles: Set(words), gender: nil, isPerson: true, isKnown: true))
            }
            // "the club" after "Club Atlético Puerto Norte" (not its president, "club president X").
            let isOffice = AttributionLexicon.organisationHeads.contains(head) && !AttributionLexicon.personHeads.contains(head)
            if isOffice, let index = entities.lastIndex(where: { !$0.isPerson && ($0.words.contains(head) || $0.roles.contains(head)) }) {
                return remember(entities[index])
            }
            if let index = entities.lastIndex(where: { $0.roles.contains(head) && wanted.isSubset(of: $0.roles.union([head])) })
                ?? entities.lastIndex(where: { $0.roles.contains(head) })
            {
                return remember(entities[index])
            }
            // "gushed the Millbrook chief" after "Millbrook boss Stuart Okafor": the other words of
            // the description name what the person was introduced with, whatever the title.
            let modifiers = wanted.subtracting([head, "former", "ex", "new", "old", "veteran", "young"])
            if AttributionLexicon.personHeads.contains(head) || SpeakerPhrases.isPersonNoun(head) || AttributionLexicon.descriptors.contains(head),
                !AttributionLexicon.organisationHeads.contains(head) || AttributionLexicon.personHeads.contains(head),
                !modifiers.isEmpty, modifiers.allSatisfy({ !$0.contains("-") && !$0.allSatisfy(\.isNumber) }),
                let index = entities.lastIndex(where: { entity in
                    // ("Millbrook's manager" is Millbrook's.)
                    entity.isPerson && !modifiers.isDisjoint(with: entity.roles.map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? String($0.dropLast(2)) : $0 })
                })
            {
                return remember(entities[index])
            }
            // "A spokesman said": for the organisation last heard from.
            if ["spokesman", "spokeswoman", "spokesperson", "spokespeople"].contains(head), wanted == [head],
                let index = entities.lastIndex(where: { !$0.isPerson && $0.hasSpoken })
            {
                return remember(entities[index])
            }
            // "the statement said", "according to the release": the organisation last heard from.
            if ["statement", "release", "report", "filing", "notice", "website"].contains(head),
                let index = entities.lastIndex(where: { !$0.isPerson && $0.hasSpoken }) ?? entities.lastIndex(where: { !$0.isPerson })
            {
                return remember(entities[index])
            }
            // "the company", "the firm": the last business named (not a ministry, police or a union).
            if ["company", "firm", "group", "carrier", "airline", "operator", "insurer", "lender", "retailer", "manufacturer", "maker", "provider", "chain",
                "consortium", "developer", "miner", "producer", "supplier", "utility", "club", "owner", "startup", "business", "brand",
                "network", "broadcaster", "channel", "station", "publisher", "team", "side", "recycler", "exporter", "importer", "distributor",
                "refiner", "processor", "contractor", "builder", "drugmaker", "chipmaker", "steelmaker", "carmaker", "automaker"].contains(head),
                let index = entities.lastIndex(where: { Self.isBusiness($0) && $0.hasSpoken })
                    ?? entities.lastIndex(where: { Self.isBusiness($0) && $0.isSubject })
                    ?? entities.lastIndex(where: Self.isBusiness)
                    // "Kyklades Lines has put out a statement. The company said": a name taken for a
                    // person's (no given name, title, role or "he" or "she") when no business is named.
                    ?? entities.lastIndex(where: { $0.isPerson && !$0.isKnown && $0.gender == nil && $0.roles.isEmpty && $0.name.contains(" ") })
            {
                var business = entities[index]
                business.isPerson = false
                return remember(business)
            }
            // An organisation named earlier: "the ministry" after "the transport ministry", "the
            // utility" after "Gauteng Water, the city-owned utility".
            if AttributionLexicon.organisationHeads.contains(head),
                let index = entities.lastIndex(where: { !$0.isPerson && ($0.name.lowercased().split(separator: " ").contains(Substring(head)) || $0.roles.contains(head)) })
            {
                return remember(entities[index])
            }
            // A recorded speaker whose role has every word.
            if !wanted.isEmpty, let speaker = known.withRole(wanted) {
                return remember(Entity(name: speaker.name, roles: Set(words), gender: nil, isPerson: true, isKnown: true))
            }
            // "the mum-of-two told the Beacon": the last person the article spoke of.
            if head == "person", let index = entities.lastIndex(where: { $0.isPerson && ($0.hasSpoken || $0.isSubject) }) {
                return remember(entities[index])
            }
            // "the diplomat added", "the chief executive said": the last person who spoke.
            // Or whom the last sentences were about: "the ex-England star said" after "Rovers boss
            // Kenny Doyle backed his keeper" (a tabloid's description, a newcomer's role).
            let tabloid = words.contains { $0.contains("-") || AttributionLexicon.descriptors.contains($0) || ["ex", "former", "star", "chief", "queen", "king"].contains($0) }
            if AttributionLexicon.personHeads.contains(head) || SpeakerPhrases.isPersonNoun(head) || tabloid,
                !AttributionLexicon.organisationHeads.contains(head) || AttributionLexicon.personHeads.contains(head),
                let index = entities.lastIndex(where: { $0.isPerson && ($0.hasSpoken || $0.isSubject) })
            {
                return remember(entities[index])
            }
            if AttributionLexicon.organisationHeads.contains(head), !["spokesman", "spokeswoman", "spokesperson", "statement", "report"].contains(head) {
                // "the ministry" with no ministry named before: the office as the article calls it
                // ("her department": the department).
                let name = words.filter { !["the", "a", "an", "his", "her", "its", "their"].contains($0) }.joined(separator: " ")
                return remember(Entity(name: name, roles: [head], gender: nil, isPerson: false, isKnown: false))
            }
            return nil
        case .organisation(var name):
            // "The Tigris-Euphrates Basin Forum said": the article is no part of the name.
            if name.hasPrefix("The "), name.count > 4 { name.removeFirst(4) }
            // "Former Rovers skipper Gary Hollins": what someone was is no part of the club's name.
            if let rest = Self.withoutFormer(name) { name = rest }
            // "the government's own environment directorate": the directorate.
            let parts = name.split(separator: " ")
            if name.first?.isLowercase == true, let own = parts.firstIndex(of: "own"), own >= 1, own + 1 < parts.count,
                parts[own - 1].hasSuffix("'s") || parts[own - 1].hasSuffix("’s")
            {
                name = parts[(own + 1)...].joined(separator: " ")
            }
            // "Kvaløy Seafood’s profit ..., the fish farmer said": the owner, not its possessive.
            if name.hasSuffix("'s") || name.hasSuffix("’s") { name.removeLast(2) }
            // "Ankara-based Centre for ...": where it is based is no part of its name.
            if let space = name.firstIndex(of: " "), SpeakerPhrases.placeModifiers.contains(where: { name[..<space].lowercased().hasSuffix($0) }) {
                name = String(name[name.index(after: space)...])
            }
            // "the country's National Emergency Management Agency": whose it is, said in passing.
            if let space = name.firstIndex(of: " "), name.first?.isLowercase == true, name[..<space].hasSuffix("'s") || name[..<space].hasSuffix("’s"),
                name[name.index(after: space)...].first?.isUppercase == true
            {
                name = String(name[name.index(after: space)...])
            }
            if let speaker = knownSpeaker(named: name) {
                return remember(Entity(name: speaker.name, roles: [], gender: nil, isPerson: false, isKnown: true))
            }
            let key = Self.key(name)
            // "the emergency agency" after "the National Emergency Management Agency of Mongolia",
            // "the Geneva-based alliance of 38 groups" after "the Global Heat Resilience Alliance":
            // a description whose head and other words the name has.
            if name == name.lowercased(), let described = Self.describedOrganisation(name),
                let index = entities.lastIndex(where: { entity in
                    let words = Set(entity.words)
                    return !entity.isPerson && entity.name != entity.name.lowercased() && words.contains(described.head) && described.modifiers.isSubset(of: words)
                })
            {
                return remember(entities[index])
            }
            if let index = entities.lastIndex(where: { $0.key == key }) {
                // "Voltrea Recycling will build ..., the company said": a name taken for a person's
                // (no title, no "he" or "she") is an organisation's once the article says so.
                var entity = entities[index]
                if entity.isPerson, entity.gender == nil, entity.roles.isEmpty { entity.isPerson = false }
                return remember(entity)
            }
            // "MoD" after "the Ministry of Defence".
            if name.count <= 6, name.count >= 2, name.uppercased() == name || name.filter(\.isUppercase).count >= 2,
                let index = entities.lastIndex(where: { !$0.isPerson && Self.initials($0.name).contains(key.filter { $0 != "." }) })
            {
                return remember(entities[index])
            }
            // "the Board" after "the Match Officials Board", "the port authority" after "the Gdynia Port Authority".
            if !key.contains(" ") || name == name.lowercased(), let index = entities.lastIndex(where: { !$0.isPerson && $0.key.hasSuffix(" " + key) }) {
                return remember(entities[index])
            }
            // "Aguamar ..., the company said" after "Aguamar Pacífico S.A.": a business by its first word.
            if !key.contains(" "), let index = entities.lastIndex(where: { !$0.isPerson && $0.key.hasPrefix(key + " ") }) { return remember(entities[index]) }
            // "Qasr Maritime" after "Qasr Maritime Holdings", "Leisure Managers" after "the
            // Association of Municipal Leisure Managers": a short form of a name given before.
            if let index = organisation(shortenedTo: key) { return remember(entities[index]) }
            return remember(Entity(name: name, roles: Set(Self.words(name)), gender: nil, isPerson: false, isKnown: false))
        case .person(var name, var roles):
            // "Chidinma Ezeh's third novel": the person, not the possessive.
            if name.count > 3, name.hasSuffix("'s") || name.hasSuffix("’s") { name.removeLast(2) }
            // "Former Rovers skipper ...": a sentence's capital, not a name's.
            if let rest = Self.withoutFormer(name) {
                name = rest
                roles.append("former")
            }
            let gender = Self.gender(fromTitles: roles) ?? (name.contains(" ") ? Self.gender(ofGivenName: name) : nil)
            if let speaker = knownSpeaker(named: name) {
                // A one-word name on record ("Rapidão") is an organisation's, unless an alias made it a surname.
                // ("Voltrea Recycling", on record as a "Dutch battery recycler", is a business.)
                let roleHead = speaker.role.flatMap { $0.split(separator: ",").first }
                    .flatMap { Self.words(String($0)).prefix { !["of", "at", "for", "in", "to", "with", "from", "and"].contains($0) }.last } ?? ""
                let isPerson = speaker.name.contains(" ") && !Self.words(speaker.name).contains(where: AttributionLexicon.organisationWords.contains)
                    && (!EntityMentions.organisationNouns.contains(roleHead) && !AttributionLexicon.organisationHeads.contains(roleHead)
                        || AttributionLexicon.personHeads.contains(roleHead) || Self.peopleToo.contains(roleHead) || Self.gender(ofGivenName: speaker.name) != nil)
                return remember(Entity(name: speaker.name, roles: Set(roles + Self.words(speaker.role ?? "")), gender: gender, isPerson: isPerson, isKnown: true))
            }
            let key = Self.key(name)
            // "chief executive of Voltrea Recycling" after "Voltrea Recycling, the battery recycler":
            // an organisation already.
            if let index = entities.lastIndex(where: { !$0.isPerson && $0.key == key }) { return remember(entities[index]) }
            // The same person again, or by surname: "Marsh" after "Helen Marsh" ("Mrs Marchetti"
            // is Josiane, not Bernard).
            if let index = entities.lastIndex(where: { $0.isPerson && Self.containsWords($0.key, key) && (gender == nil || $0.gender == nil || $0.gender == gender) })
                ?? entities.lastIndex(where: { $0.isPerson && Self.containsWords($0.key, key) })
            {
                var entity = entities[index]
                entity.roles.formUnion(roles)
                if entity.gender == nil { entity.gender = gender }
                return remember(entity)
            }
            // "B. Ganzorig" after "Batbayar Ganzorig": an initial and the surname.
            let parts = key.filter { $0 != "." }.split(separator: " ")
            if parts.count == 2, parts[0].count == 1, let index = entities.lastIndex(where: { entity in
                entity.isPerson && entity.key.split(separator: " ").count >= 2 && entity.key.hasPrefix(String(parts[0])) && entity.key.hasSuffix(" " + parts[1])
            }) {
                return remember(entities[index])
            }
            // "Fenwright" after "Fenwright Engineering": a short name of an organisation.
            if !key.contains(" "), let index = entities.lastIndex(where: { !$0.isPerson && Self.containsWords($0.key, key) }) {
                return remember(entities[index])
            }
            // "Selwyn Freight" after "Selwyn Freight Holdings": an organisation, named short.
            if roles.isEmpty, let index = organisation(shortenedTo: key) { return remember(entities[index]) }
            // A surname alone that a recorded speaker has.
            let partial = known.containing(key)
            if partial.count == 1, let speaker = partial.first {
                return remember(Entity(name: speaker.name, roles: Set(roles), gender: gender, isPerson: true, isKnown: true))
            }
            // "Rapidão said": news names a person in full first, so one word nobody has had
            // yet, with no title, is an organisation.
            if !key.contains(" "), roles.isEmpty, gender == nil {
                return remember(Entity(name: name, roles: Set(Self.words(name)), gender: nil, isPerson: false, isKnown: false))
            }
            return remember(Entity(name: name, roles: Set(roles), gender: gender, isPerson: true, isKnown: false))
        }
    }

    /// The organisation named before of which `key` is a short form: "qasr maritime" of "Qasr
    /// Maritime Holdings" (one word more at the end), "leisure managers" of "the Association of
    /// Municipal Leisure Managers" (words before that are no title or possessive: "Nepal's
    /// Mountaineering Permits Office" is how the article calls the office).
    private func organisation(shortenedTo key: String) -> Int? {
        guard key.contains(" ") else { return nil }
        return entities.lastIndex { entity in
            guard !entity.isPerson, entity.key.count > key.count else { return false }
            if entity.key.hasPrefix(key + " ") { return !entity.key.dropFirst(key.count + 1).contains(" ") }
            guard entity.key.hasSuffix(" " + key) else { return false }
            let before = Self.words(String(entity.key.dropLast(key.count + 1)))
            // (Not the last of a pair: "Delta Oleaginosa" of "Pampa Agro and Delta Oleaginosa".)
            return before.last != "and" && !before.contains(where: { AttributionLexicon.titles.contains($0) || $0.hasSuffix("'s") || $0.hasSuffix("’s") })
        }
    }

    private func knownSpeaker(named name: String) -> KnownSpeaker? {
        let key = Self.key(name)
        return known.named(key)
    }

    private mutating func remember(_ entity: Entity) -> ResolvedSpeaker {
        var merged = entity
        if let index = entities.firstIndex(where: { $0.name == entity.name }) {
            merged.roles.formUnion(entities[index].roles)
            if merged.gender == nil { merged.gender = entities[index].gender }
            merged.mentions = entities[index].mentions + 1
            merged.hasSpoken = entities[index].hasSpoken
            merged.isSubject = entities[index].isSubject
            entities.remove(at: index)
        }
        entities.append(merged)
        return ResolvedSpeaker(name: merged.name, isKnown: merged.isKnown, isPerson: merged.isPerson)
    }
}
