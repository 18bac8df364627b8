// Stage 5 of extraction, continued: how the resolver compares names. Folded keys, whole words,
// initials ("MoD" for the Ministry of Defence), and the gender a given name or a title shows.

extension SpeakerResolver {
    /// A name without the "Former" a sentence opened with: "Rovers" of "Former Rovers".
    static func withoutFormer(_ name: String) -> String? {
        guard name.hasPrefix("Former "), name.count > 7 else { return nil }
        return String(name.dropFirst(7))
    }

    /// "mod" for "Ministry of Defence", "un" for "United Nations".
    /// ("kira" for "Karoo Institute for Radio Astronomy" too: initials with and without the small words.)
    static func initials(_ name: String) -> [String] {
        let all = words(name)
        let small: Set<String> = ["of", "for", "and", "the", "de", "du", "des", "la", "le", "del", "di", "da", "on", "in"]
        return [String(all.compactMap(\.first)), String(all.filter { !small.contains($0) }.compactMap(\.first))]
    }

    /// "Josiane Marchetti" is a woman, by her given name, when the lexicon knows it.
    static func gender(ofGivenName name: String) -> AttributionLexicon.Gender? {
        guard let first = name.split(separator: " ").first else { return nil }
        return AttributionLexicon.givenNames[NameFolding.key(String(first))]
    }

    static func gender(fromTitles roles: [String]) -> AttributionLexicon.Gender? {
        if roles.contains(where: { ["mr", "sir", "lord", "king", "prince", "spokesman", "chairman", "father", "brother"].contains($0) }) { return .male }
        if roles.contains(where: { ["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "spokeswoman", "chairwoman", "sister"].contains($0) }) {
            return .female
        }
        return nil
    }

    static func words(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" }).map(String.init)
    }

    /// Lower case, no accents, single spaces: "Erdoğan" and "Erdogan" are one name.
    static func key(_ text: String) -> String {
        NameFolding.key(text)
    }

    /// Whether `words` appear as whole words in `name`: "peskov" in "dmitry peskov".
    static func containsWords(_ name: String, _ words: String) -> Bool {
        (" " + name + " ").contains(" " + words + " ")
    }
}
