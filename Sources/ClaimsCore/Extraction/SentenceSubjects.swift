// Stage 5 of extraction, the subject of a sentence: who a sentence is about when it names a
// club or a firm before what the person is ("HARBOURSIDE United goalie Dean Rollason", "the
// Rovers gaffer"), or opens with a description rather than a name ("The prefect's office
// rejected ..."). ClaimExtractor reads them to know who "he", "she" and "it" mean next.

extension ClaimExtractor {
    /// Whether the word at `index` says what the person named after it is, between an
    /// organisation's name and theirs: "goalie" in "HARBOURSIDE United goalie Dean Rollason has".
    static func opensWithWhatTheyAre(_ start: Int, _ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard index > start, index + 3 < sentence.upperBound, tokens[index].isWord, !tokens[index].isCapitalized, tokens[index - 1].isCapitalized,
            tokens[index + 1].isCapitalized, tokens[index + 2].isCapitalized, tokens[index + 3].isWord, !tokens[index + 3].isCapitalized
        else { return false }
        let word = tokens[index].lower
        return !ClaimAssembler.auxiliaries.contains(word) && !ClaimAssembler.oneFormVerbs.contains(word) && !word.hasSuffix("ed")
            && (!word.hasSuffix("s") || word.hasSuffix("ss"))
            && !["of", "and", "for", "in", "at", "on", "to", "from", "with", "by", "the", "a", "an", "or", "but", "as", "than"].contains(word)
            && !["of", "and", "for", "in", "at", "on", "to", "from", "with", "by"].contains(tokens[index + 3].lower)
    }

    /// "the Rovers gaffer", "the former Castleford Rovers midfielder": an organisation's name
    /// between "the" (and "former") and a noun for a person.
    static func describesPerson(_ name: Range<Int>, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        var before = name.lowerBound - 1
        if before > sentence.lowerBound, ["former", "ex", "ex-", "new", "veteran"].contains(tokens[before].lower) { before -= 1 }
        guard before >= sentence.lowerBound, tokens[before].lower == "the", name.upperBound < sentence.upperBound else { return false }
        let noun = tokens[name.upperBound]
        return noun.isWord && !noun.isCapitalized
            && (AttributionLexicon.personHeads.contains(noun.lower) || SpeakerPhrases.isPersonNoun(noun.lower) || AttributionLexicon.descriptors.contains(noun.lower))
            && !AttributionLexicon.organisationHeads.contains(noun.lower)
    }

    /// The subject of a sentence that opens with a description, up to its verb: "The
    /// prefect's office" in "The prefect's office rejected the criticism, saying ...".
    static func describedSubject(from start: Int, in sentence: Range<Int>, _ article: ArticleTokens) -> SpeakerPhrase? {
        let tokens = article.tokens
        guard start < sentence.upperBound, tokens[start].lower == "the" else { return nil }
        let auxiliaries: Set<String> = ["is", "was", "has", "had", "will", "would", "says", "said", "added", "adds"]
        guard let verb = (start + 1..<min(sentence.upperBound, start + 7)).first(where: { index in
            let token = tokens[index]
            return !token.isWord || !token.isCapitalized && (auxiliaries.contains(token.lower) || token.lower.hasSuffix("ed") || AttributionLexicon.verbs[token.lower] != nil)
        }), tokens[verb].isWord, verb > start + 1
        else { return nil }
        switch SpeakerPhrases.classify(start..<verb, appositive: nil, article) {
        case .description(let head, let words)?: return .description(head: head, words: words)
        case .organisation(let name)?: return .organisation(name)
        default: return nil
        }
    }
}
