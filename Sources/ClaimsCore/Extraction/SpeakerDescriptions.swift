// Stage 3 of extraction, continued: a speaker phrase that describes rather than names ("the
// ministry", "the Turkish president", "the rail campaign group Better Tracks", "an MoD
// spokesman"): what it is, so that the resolver can match it to someone named before.

extension SpeakerPhrases {
    /// A phrase after "the": "the Kremlin", "the ministry", "the transport ministry", "the
    /// diplomat", "the head of the department".
    static func described(_ rest: [Token]) -> SpeakerPhrase? {
        guard let head = rest.last else { return nil }
        // "the Portuguese", "the Swede": a person named before, by nationality.
        if rest.count <= 2, head.isCapitalized, AttributionLexicon.demonyms.contains(head.lower) {
            return .description(head: "person", words: rest.map(\.lower))
        }
        // "an MoD spokesman": the ministry's.
        if ["spokesman", "spokeswoman", "spokesperson"].contains(head.lower), rest.count >= 2, rest.dropLast().allSatisfy(\.isCapitalized) {
            return .organisation(rest.dropLast().map(\.text).joined(separator: " "))
        }
        // "A Scottish government spokeswoman", "a Chilean navy spokesman": the office's, as printed.
        if ["spokesman", "spokeswoman", "spokesperson"].contains(head.lower), rest.count >= 3, rest[0].isCapitalized,
            AttributionLexicon.organisationHeads.contains(rest[rest.count - 2].lower), !rest[rest.count - 2].isCapitalized
        {
            return .organisation(rest.dropLast().map(\.text).joined(separator: " "))
        }
        // "a council spokeswoman", "a club spokesman": the council's, the club's.
        if ["spokesman", "spokeswoman", "spokesperson"].contains(head.lower), rest.count == 2, !rest[0].isCapitalized,
            AttributionLexicon.organisationHeads.contains(rest[0].lower) || EntityMentions.organisationNouns.contains(rest[0].lower)
        {
            return .description(head: rest[0].lower, words: [rest[0].lower])
        }
        // "the rail campaign group Better Tracks": the name after what it is.
        if head.isCapitalized, let noun = rest.lastIndex(where: { EntityMentions.organisationNouns.contains($0.lower) }), noun + 1 < rest.count,
            rest[(noun + 1)...].allSatisfy(\.isCapitalized)
        {
            return .organisation(rest[(noun + 1)...].map(\.text).joined(separator: " "))
        }
        let connectors: Set<String> = ["of", "for", "and", "de", "on", "do", "da", "dos", "das", "del", "della", "du", "des", "der", "y"]
        // "the Deputy Prime Minister", "the Housing Minister": a title, for the person who holds it.
        if head.isCapitalized, AttributionLexicon.personHeads.contains(head.lower), rest.allSatisfy(\.isCapitalized),
            !rest.contains(where: { AttributionLexicon.organisationWords.contains($0.lower) })
        {
            return .description(head: head.lower, words: rest.map(\.lower))
        }
        // "the Kremlin", "the White House", "the Harbour Board": a capitalised name after "the".
        if head.isCapitalized, rest.allSatisfy({ $0.isCapitalized || connectors.contains($0.lower) }) {
            let name = rest.map(\.text).joined(separator: " ")
            return AttributionLexicon.places.contains(name.lowercased()) ? nil : .organisation(name)
        }
        // "the Russian embassy in Berlin": an office and where it is.
        if let cut = rest.firstIndex(where: { ["in", "at"].contains($0.lower) }), cut > 0, AttributionLexicon.organisationHeads.contains(rest[cut - 1].lower),
            !AttributionLexicon.personHeads.contains(rest[cut - 1].lower)
        {
            return .organisation(rest.map(\.text).joined(separator: " "))
        }
        // "the head of the department", "the governor of the region".
        if let ofIndex = rest.firstIndex(where: { $0.lower == "for" || $0.lower == "of" }), ofIndex > 0 {
            let role = rest[..<ofIndex].map(\.lower)
            let tail = rest[ofIndex...].map(\.lower)
            if let roleHead = role.last, AttributionLexicon.organisationHeads.contains(roleHead), !AttributionLexicon.personHeads.contains(roleHead) {
                // "the prosecutor's office of the Kurgan Region": an office as printed.
                return .organisation(rest.map(\.text).joined(separator: " "))
            }
            return .description(head: role.last ?? head.lower, words: role + tail)
        }
        let headWord = head.lower
        // "the mum-of-two", "the 58-year-old", "the pensioner": what a tabloid calls someone it has named.
        if rest.count <= 2, headWord.contains("-of-") || headWord.hasSuffix("-year-old")
            || AttributionLexicon.descriptors.contains(headWord) && !AttributionLexicon.organisationHeads.contains(headWord)
        {
            return .description(head: "person", words: rest.map(\.lower))
        }
        if rest.count == 1 || AttributionLexicon.personHeads.contains(headWord) || isPersonNoun(headWord) {
            guard AttributionLexicon.organisationHeads.contains(headWord) || AttributionLexicon.titles.contains(headWord) || isPersonNoun(headWord)
                || AttributionLexicon.personHeads.contains(headWord)
            else { return nil }
            return .description(head: headWord, words: rest.map(\.lower))
        }
        // "the opposition Democratic Renewal Party": the name, without what it is.
        if head.isCapitalized, AttributionLexicon.organisationHeads.contains(headWord) || AttributionLexicon.organisationWords.contains(headWord),
            let lastLower = rest.lastIndex(where: { !$0.isCapitalized && !connectors.contains($0.lower) }), lastLower + 2 < rest.count,
            !rest[lastLower].lower.hasSuffix("'s"), !rest[lastLower].lower.hasSuffix("’s")
        {
            return .organisation(rest[(lastLower + 1)...].map(\.text).joined(separator: " "))
        }
        if AttributionLexicon.organisationHeads.contains(headWord) {
            // "the national weather service", "the prime minister's office", "the German defence ministry".
            return .organisation(rest.map(\.text).joined(separator: " "))
        }
        return nil
    }
}
