// How an article refers to whoever is speaking: a name with its title, a description, or a pronoun.
import FoundationEssentials

enum SpeakerMention: Equatable {
    /// "Kremlin spokesman Dmitry Peskov" → name "Dmitry Peskov", roles ["kremlin", "spokesman"].
    case name(String, roles: [String])
    /// "the spokesman", "the Turkish president" → head "president", words ["turkish", "president"].
    case description(head: String, words: [String])
    /// "he", "she", "they".
    case pronoun

    /// Words that are titles, not names, even when capitalised ("Transport Minister Helen Marsh").
    static let titleWords: Set<String> = [
        "minister", "president", "spokesman", "spokeswoman", "spokesperson", "secretary", "chancellor", "governor",
        "mayor", "senator", "councillor", "councilor", "leader", "director", "chief", "general", "prime", "deputy",
        "foreign", "defence", "defense", "environment", "transport", "finance", "interior", "health", "opposition",
        "council", "chairman", "chairwoman", "chair", "ambassador", "commander", "king", "queen", "prince", "judge",
        "professor", "dr", "mr", "mrs", "ms", "sir", "officer", "official", "vice", "head", "premier", "coach",
        "captain", "economy", "trade", "education", "justice", "labour", "labor", "energy", "agriculture", "culture",
        "police", "fire", "army", "navy", "state", "city", "mp", "lawmaker", "minister's",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "it"]

    /// Reads a short phrase in subject position; nil when it does not look like a speaker.
    static func parse(_ phrase: String) -> SpeakerMention? {
        let cleaned = phrase.trimming(charactersIn: " ,.;:\"“”'")
        let tokens = cleaned.split(separator: " ").map(String.init)
        guard (1...9).contains(tokens.count) else { return nil }
        let lower = tokens.map { $0.lowercased() }
        if tokens.count == 1, pronouns.contains(lower[0]) { return .pronoun }
        if let last = tokens.last, last.first?.isLowercase == true {
            // A description: "the spokesman", "the Turkish president", "Kremlin officials".
            guard let determiner = lower.first, ["the", "a", "an", "its", "his", "her", "their"].contains(determiner) else { return nil }
            return .description(head: lower.last ?? "", words: Array(lower.dropFirst()))
        }
        // The trailing run of capitalised words that are not titles is the name.
        var nameTokens: [String] = []
        for token in tokens.reversed() {
            let bare = token.lowercased().trimming(charactersIn: "'’s")
            guard let first = token.first, first.isUppercase, !titleWords.contains(token.lowercased()),
                !titleWords.contains(bare)
            else { break }
            nameTokens.insert(token, at: 0)
        }
        // "The Kremlin", "The Northern Agency": the article is not part of the name.
        if nameTokens.count > 1, nameTokens.first == "The" { nameTokens.removeFirst() }
        guard !nameTokens.isEmpty else { return nil }
        let roles = lower.dropLast(nameTokens.count).filter { $0 != "the" && $0 != "a" }
        // A verb-less clause is not a speaker: every non-name word should be a role or article word.
        guard roles.count <= 4 else { return nil }
        return .name(nameTokens.joined(separator: " "), roles: Array(roles))
    }
}
