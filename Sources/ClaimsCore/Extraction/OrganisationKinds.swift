// Stage 5 of extraction, continued: what kind of organisation a name is, so that "the company"
// finds a business and not a ministry, and "the emergency agency" finds the agency named before.

extension SpeakerResolver {
    /// The head noun of an organisation described in lower case ("alliance" in "geneva-based
    /// alliance of 38 groups") and the words before it that a name must have too (not whose it is,
    /// where it is based or how big: "the chain's largest trade union" needs "trade").
    static func describedOrganisation(_ name: String) -> (head: String, modifiers: Set<String>)? {
        var words = name.split(separator: " ").map(String.init)
        if let of = words.firstIndex(of: "of"), of > 0 { words = Array(words[..<of]) }
        guard let head = words.last, AttributionLexicon.organisationHeads.contains(head), !AttributionLexicon.personHeads.contains(head) else { return nil }
        let modifiers = words.dropLast().filter { word in
            !(word.hasSuffix("'s") || word.hasSuffix("’s") || word.hasSuffix("est") || word.contains("-") || word.allSatisfy(\.isNumber)
                || ["the", "a", "an", "its", "their", "main", "new", "local", "national", "own", "biggest", "leading"].contains(word))
        }
        return (head, Set(modifiers))
    }

    /// Nouns for a business that are a person's trade too: "broadcaster and judge", "film producer".
    static let peopleToo: Set<String> = [
        "broadcaster", "producer", "developer", "publisher", "builder", "contractor", "distributor", "importer", "exporter", "processor",
        "maker", "operator", "campaign", "provider", "supplier", "platform", "miner", "ombudsman", "carrier", "prosecutors",
    ]

    /// A ministry, police force, union or office rather than a business.
    static func isPublicBody(_ name: String) -> Bool {
        isPublicBody(words: Self.words(name))
    }

    static func isPublicBody(words: [String]) -> Bool {
        !Set(words).isDisjoint(with: [
            "ministry", "department", "council", "police", "government", "agency", "authority", "union", "office", "embassy",
            "parliament", "committee", "court", "army", "navy", "kremlin", "commission", "federation", "association", "service",
        ])
    }

    /// An organisation "the company" can mean: not a public body, and not a university, a
    /// hospital, a charity, a region or a place where a plant is built.
    static func isBusiness(_ entity: Entity) -> Bool {
        guard !entity.isPerson, !isPublicBody(words: entity.words) else { return false }
        let words = Set(entity.words)
        return words.isDisjoint(with: [
            "university", "zone", "region", "institute", "school", "hospital", "centre", "center", "foundation", "trust", "charity",
            "museum", "college", "academy", "province", "county", "city", "state", "republic", "and",
        ]) && !AttributionLexicon.titles.contains(entity.words.first ?? "") && !AttributionLexicon.places.contains(entity.key) && !entity.name.split(separator: " ").allSatisfy({ AttributionLexicon.places.contains($0.lowercased()) })
            && !(entity.name.count > 3 && entity.name == entity.name.uppercased() && !entity.name.contains(" "))
    }
}
