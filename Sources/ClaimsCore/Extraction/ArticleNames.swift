// Stage 5b of extraction: the fullest name the article gives a speaker it resolved to a short
// one. The resolver reads forward and notes names where a sentence uses them as names; a name
// printed in passing ("Shares in Tembo Mobility fell", "the second stage of Kaveri Orbital's
// rocket") is not noted, so a later "Tembo said" stays "Tembo". This stage reads the whole
// article's capitalised runs and gives such a speaker the one longer name that holds it, when
// the article's first use of the short name is inside that longer one.

/// The capitalised names an article prints, for lengthening a speaker named short.
struct ArticleNames {
    /// One capitalised run: its words as printed, and folded.
    struct Run {
        var words: [String]
        var keys: [String]
        /// Whether it follows a capitalised word and "of" or "for": the end of a longer name or
        /// title ("Minister of Commerce Liu Jianhua"), no name to lengthen a speaker with.
        var continuesName: Bool
    }

    private(set) var runs: [Run] = []

    /// Small words a name may hold between capitals: "Pieter van Wyk", "Banco do Brasil".
    static var particles: Set<String> { SpeakerPhrases.particles }
    /// Capitalised at the front of a run for what they say, not as a name: "Former Rovers".
    static let leadingNotNames: Set<String> = ["former", "ex", "new", "late", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "prof"]

    init(_ article: ArticleTokens, isNarrative: (Int) -> Bool) {
        let tokens = article.tokens
        var index = 0
        while index < tokens.count {
            guard isNarrative(index), tokens[index].isCapitalized else {
                index += 1
                continue
            }
            var words: [String] = []
            var end = index
            while end < tokens.count, isNarrative(end), tokens[end].paragraph == tokens[index].paragraph {
                let token = tokens[end]
                // ("Maartje van der Kolk": particles in a row, then the capital.)
                var after = end + 1
                while after < tokens.count, Self.particles.contains(tokens[after].lower) { after += 1 }
                let particle = Self.particles.contains(token.lower) && !words.isEmpty && after < tokens.count && tokens[after].isCapitalized
                guard token.isCapitalized || particle else { break }
                // "Kaveri Orbital's rocket": the possessive ends the name.
                if token.lower.hasSuffix("'s") || token.lower.hasSuffix("’s") {
                    words.append(String(token.text.dropLast(2)))
                    end += 1
                    break
                }
                words.append(token.text)
                end += 1
            }
            // "On Monday Tembo", "Former Rovers": words a run opens with that are no part of a name.
            var first = 0
            while first < words.count, Self.isNoName(words[first]) { first += 1 }
            let name = Array(words[first...])
            if !name.isEmpty {
                let continuesName = index > 1 && ["of", "for"].contains(tokens[index - 1].lower) && tokens[index - 2].isCapitalized
                runs.append(Run(words: name, keys: name.map { NameFolding.key($0) }, continuesName: continuesName))
            }
            index = max(end, index + 1)
        }
    }

    static func isNoName(_ word: String) -> Bool {
        let key = NameFolding.key(word)
        return AttributionLexicon.openers.contains(key) || AttributionLexicon.notNames.contains(key) || leadingNotNames.contains(key)
            || AttributionLexicon.titles.contains(key) || key == "the"
            || SpeakerPhrases.placeModifiers.contains(where: key.hasSuffix)
    }

    /// The longer name that holds `speaker`'s words, when there is exactly one and the article's
    /// first use of those words is inside it; nil otherwise. A one-word speaker may gain a word
    /// or two before it ("Tull" of "Graham Tull") or after it ("Tembo" of "Tembo Mobility"); a
    /// longer one only an organisation's word after it ("Qasr Maritime" of "Qasr Maritime
    /// Holdings"): words before a full name are a title's ("Minister of Social Policy Yelena
    /// Pryadko"), and words after a person's a rank's ("Ciarán Moloney SC").
    func fullest(_ speaker: String) -> String? {
        let wanted = speaker.split(separator: " ").map { NameFolding.key(String($0)) }
        guard !wanted.isEmpty, wanted.count <= 3, wanted.allSatisfy({ $0.first?.isLetter == true }) else { return nil }
        var first: Run?
        var longer: [String: String] = [:]
        for run in runs {
            guard let at = Self.position(of: wanted, in: run.keys) else { continue }
            if first == nil { first = run }
            guard run.keys.count > wanted.count, run.keys.count <= 3 || run.keys.count == wanted.count + 1, !run.continuesName else { continue }
            let added = run.keys.enumerated().filter { $0.offset < at || $0.offset >= at + wanted.count }.map(\.element)
            guard !added.contains(where: { AttributionLexicon.titles.contains($0) || SpeakerPhrases.isRoleLike($0) || $0.contains("-") }) else { continue }
            // ("van der Kolk" of "Maartje van der Kolk": a surname with its particle, given its given name.)
            let surname = at == 1 && Self.particles.contains(wanted[0])
            if wanted.count > 1, !surname {
                guard at == 0, added.count == 1, added.allSatisfy(AttributionLexicon.organisationWords.contains) else { continue }
            }
            longer[run.keys.joined(separator: " ")] = run.words.joined(separator: " ")
        }
        guard longer.count == 1, let (key, name) = longer.first, let first, first.keys.joined(separator: " ") == key else { return nil }
        return name
    }

    /// Where `wanted` sits, word for word, in `keys`.
    static func position(of wanted: [String], in keys: [String]) -> Int? {
        guard keys.count >= wanted.count else { return nil }
        return (0...(keys.count - wanted.count)).first { Array(keys[$0..<($0 + wanted.count)]) == wanted }
    }
}
