// Stage 4 of extraction, continued: a live blog's post quoted with no verb at all, "Prime
// Minister Juha Lindqvist on X: “...”", "Ontario's attorney general, Rebecca Fontaine, on X:
// “...”". The words before "on <platform>:" are the speaker.

extension ClaimAssembler {
    /// Where a post is published, as news names it after "on".
    static let platforms: Set<String> = ["x", "twitter", "facebook", "instagram", "telegram", "linkedin", "threads", "bluesky", "tiktok", "youtube", "mastodon", "weibo", "vk"]

    func postedQuotation(_ sentence: Range<Int>, quotes: [QuoteSpan]) -> Candidate? {
        let tokens = article.tokens
        guard let quote = quotes.last, quotes.allSatisfy({ $0.open == quote.open }), reachesEnd(quote, sentence),
            quote.open >= sentence.lowerBound + 4, tokens[quote.open - 1].text == ":", Self.platforms.contains(tokens[quote.open - 2].lower),
            tokens[quote.open - 3].lower == "on", isNarrative(quote.open - 3)
        else { return nil }
        var start = firstToken(from: sentence.lowerBound, in: sentence)
        var end = quote.open - 3
        if end > start, tokens[end - 1].text == "," { end -= 1 }
        // "A message from the minister ..., Kyriakos Lemonis, on X": the post is by whom it is from.
        if start + 2 < end, ["a", "the", "another", "more", "new", "latest"].contains(tokens[start].lower),
            let from = (start..<min(end, start + 4)).first(where: { tokens[$0].lower == "from" }),
            (start..<from).allSatisfy({ !tokens[$0].isCapitalized || $0 == start })
        {
            start = from + 1
        }
        guard end > start, (start..<end).allSatisfy({ isNarrative($0) && (tokens[$0].isWord || [",", ".", "'", "’", "-", "&"].contains(tokens[$0].text)) }),
            !Self.hasVerb(tokens[start..<end].filter { $0.isWord && !$0.isCapitalized }[...])
        else { return nil }
        // "Ontario's attorney general, Rebecca Fontaine,": what they are, then the name.
        var phrase = start..<end
        var appositive: Range<Int>?
        if let comma = (start..<end).first(where: { tokens[$0].text == "," }), comma > start, comma + 1 < end {
            phrase = start..<comma
            appositive = (comma + 1)..<end
        }
        guard let speaker = SpeakerPhrases.classify(phrase, appositive: appositive, article) else { return nil }
        switch speaker {
        case .person, .organisation, .description: break
        default: return nil
        }
        return Candidate(
            speaker: speaker, mention: article.text(start..<end), kind: .quote, parts: quoteParts(quote), via: [], datePhrase: nil, sentence: sentence,
            rule: "posted-quote", confidence: 0.6)
    }
}
