// Stage 6c of extraction: where an attribution sits in its sentence. Whether it closes the
// sentence and reports what came before it ("Prices rose, the ministry said."), stands between
// commas inside the words ("The rest, she said, had been homes."), or opens it; and the small
// helpers over tokens the sentence rules share.

extension ClaimAssembler {
    /// Whether an attribution closes its sentence, reporting what came before it: it follows a
    /// comma, nothing but an occasion follows it, and what comes before is not an opening phrase
    /// ("Asked whether ...,", "In an interview with ...,", "Later,").
    func isTrailing(_ attribution: Attribution, from lower: Int, in sentence: Range<Int>) -> Bool {
        let start = opening(of: attribution, from: lower)
        // ", saying ..." reports what follows it, never what came before.
        guard !attribution.speaker.isEmpty else { return false }
        guard start > lower, [",", "—", "–"].contains(article.tokens[start - 1].text) || article.tokens[start - 1].kind == .quote else { return false }
        let first = firstToken(from: lower, in: sentence)
        guard first < start, words(first..<start) >= 3 else { return false }
        // "..., Aroha Ngata, who accused ...": a relative clause says what follows it.
        if !attribution.inverted, attribution.cue.lowerBound > attribution.speaker.upperBound,
            (attribution.speaker.upperBound..<attribution.cue.lowerBound).contains(where: { ["who", "which"].contains(article.tokens[$0].lower) })
        {
            return false
        }
        // "The opposition's energy spokesman, Hamish Bright, ... called": what comes before is
        // who the speaker is, not what they said.
        var before = start - 1
        while before > first, [",", "—", "–"].contains(article.tokens[before].text) { before -= 1 }
        if !attribution.inverted, words(first..<start) <= 8, !(first..<start).contains(where: { article.tokens[$0].kind == .quote }) {
            if let phrase = SpeakerPhrases.classify(first..<(before + 1), appositive: nil, article), case .description = phrase { return false }
            // ("Halvern's vice president for community affairs, Marcus Ojeda, ... said": a title, no verb.)
            let described = article.tokens[first..<(before + 1)]
            if !described.contains(where: { $0.isWord && !$0.isCapitalized && Self.isVerbLike($0.lower) }), described.contains(where: { $0.isWord && (AttributionLexicon.personHeads.contains($0.lower) || AttributionLexicon.titles.contains($0.lower)) }) {
                return false
            }
        }
        // ("And in a statement overnight, the council said": the conjunction, then the scene.)
        var opener = article.tokens[first].lower
        if ["and", "but", "so"].contains(opener), first + 1 < start { opener = article.tokens[first + 1].lower }
        // (Not before "said Dr Phiri": "At Mulanje District Hospital, the ward has been full since
        // June, said ..." has the words after the scene.)
        // (Nor "Once the merger closes, the group will employ 9,000 people, the company said": after
        // the scene's comma, a clause.)
        let sceneEnd = (first..<start).first(where: { article.tokens[$0].text == "," })
        // (A clause has a finite verb: "flanked by the mayors of three cities" is still the scene.)
        let finite: Set<String> = ["is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should"]
        let clauseAfterScene = sceneEnd.map { comma in
            comma + 1 < start - 1 && article.tokens[(comma + 1)..<(start - 1)].contains(where: { $0.isWord && finite.contains($0.lower) })
        } ?? false
        if !(attribution.inverted && Self.hasVerb(article.tokens[first..<start])), !clauseAfterScene,
            ["asked", "when", "while", "after", "before", "in", "on", "at", "during", "speaking", "addressing", "writing", "responding",
            "following", "despite", "as", "interviewed", "later", "earlier", "separately", "meanwhile", "since", "if", "although", "though",
            "outside", "inside", "across", "near", "from", "under", "over", "behind", "beyond", "within", "among", "amid", "around",
            "beside", "between", "through", "throughout", "towards", "toward", "upon", "via", "with", "against", "along", "by", "back", "just", "only",
            "moments", "minutes", "hours", "days", "weeks", "months", "years", "ahead", "prior", "shortly", "soon", "once", "having", "last", "yesterday",
            "today", "tonight", "overnight"].contains(opener)
            // "Speaking to reporters, the minister said" (not "Shipping has been suspended, said ...").
            || opener.hasSuffix("ing") && article.tokens[first].isCapitalized
                && !(first..<start).contains(where: { ["has", "have", "had", "is", "was", "were", "are", "will", "would", "can", "could", "should"].contains(article.tokens[$0].lower) })
        {
            return false
        }
        // "... kept its rate at 10.75%, and Governor Miriam Oduya said inflation was falling": a new clause.
        // (", although its chief executive, Hamish Leclerc, said ...": the same, after "although".)
        if ["and", "but", "although", "though", "while", "whereas"].contains(article.tokens[start].lower) && [",", "—", "–"].contains(article.tokens[start - 1].text)
        {
            return false
        }
        // "Good evening from Dakar, where Ines Mbaye said ...": the clause is hers, after the verb.
        if ["where", "when", "while", "as", "because", "after"].contains(article.tokens[start].lower)
            || start > lower && ["where", "when", "while", "because"].contains(article.tokens[start - 1].lower)
        {
            return false
        }
        // "Pressed for a figure, the minister said ...": a participle phrase, not what was said.
        if opener.hasSuffix("ed"), first + 1 < start, ["for", "about", "on", "by", "to", "with", "over", "at", "in"].contains(article.tokens[first + 1].lower) {
            return false
        }
        var lemma: String?
        if case .verb(let verb) = attribution.form { lemma = verb }
        let end = attribution.inverted ? max(attribution.cue.upperBound, attribution.speaker.upperBound) : attribution.cue.upperBound
        let after = reportedStart(after: end, in: sentence, lemma: lemma)
        if after > 0 && article.tokens[after - 1].lower == "that" && after - 1 >= end { return false }
        // "Back on her front step, Mrs Mokoena says she will ...": a clause follows the verb, so
        // what comes before it is a scene, not the words.
        guard !attribution.inverted, after == end, after < sentence.upperBound else { return true }
        let next = article.tokens[after].lower
        return !(["he", "she", "they", "we", "i", "it"].contains(next) && words(after..<sentence.upperBound) >= 4)
    }

    /// "But the rest, she said, had been homes.": an attribution between commas inside a sentence
    /// of reported words, with no quotation on either side. The two sides, or nil.
    func parenthetical(_ attribution: Attribution, from lower: Int, in sentence: Range<Int>, limit: Int) -> [Range<Int>]? {
        guard case .verb = attribution.form, !attribution.inverted, !attribution.speaker.isEmpty, attribution.appositive == nil else { return nil }
        let tokens = article.tokens
        let open = attribution.speaker.lowerBound - 1
        let first = firstToken(from: lower, in: sentence)
        guard open > first, tokens[open].text == ",", !(first..<open).contains(where: { tokens[$0].kind == .quote }) else { return nil }
        // After the cue, a date ("on Tuesday") may come before the closing comma.
        var close = attribution.cue.upperBound
        if close + 1 < sentence.upperBound, tokens[close].lower == "on", DateText.weekday(tokens[close + 1].text) { close += 2 }
        let finite: Set<String> = ["is", "was", "were", "are", "had", "has", "have", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does"]
        let firstHasVerb = (first..<open).contains { finite.contains(tokens[$0].lower) }
        // "The region is short of beds, he says, but adding them would ...": a clause of its own
        // after "but" (not "but declined to say", the speaker's own next act).
        let butClause = close + 2 < sentence.upperBound && tokens[close + 1].lower == "but" && firstHasVerb
            && (!isCoordinatedCue(close + 2) || AttributionLexicon.participles[tokens[close + 2].lower] != nil)
            && !finite.contains(tokens[close + 2].lower) && !tokens[close + 2].lower.hasSuffix("ed") && !["declined", "refused", "would", "did"].contains(tokens[close + 2].lower)
        guard close + 1 < sentence.upperBound, tokens[close].text == ",", tokens[close + 1].isWord, !tokens[close + 1].isCapitalized,
            AttributionLexicon.participles[tokens[close + 1].lower] == nil, butClause || !["and", "but", "according", "though", "although"].contains(tokens[close + 1].lower),
            // ("..., the carrier said on Tuesday, as it bets that ...": the writer's clause.)
            !["as", "while", "whereas"].contains(tokens[close + 1].lower)
        else { return nil }
        let (end, _, _) = reportedEnd(from: butClause ? close + 2 : close + 1, in: sentence, limit: limit)
        // "He has been there, he says, since Sunday night": the rest of the clause.
        if firstHasVerb, end == sentence.upperBound || tokens[end].text == ".", (2...6).contains(words(close + 1..<end)),
            ["since", "until", "for", "at", "in", "on", "after", "before", "from"].contains(tokens[close + 1].lower), (1...10).contains(words(first..<open))
        {
            return [first..<open, (close + 1)..<end]
        }
        // The rest has a verb of its own ("had been homes"); ", the latest in a string of
        // problems" after "..., the company said" is the reporter's aside.
        let opening = (close + 1..<min(end, close + 3)).filter { tokens[$0].isWord }
        guard words(close + 1..<end) >= 2, (1...10).contains(words(first..<open)),
            (close + 1..<end).contains(where: { finite.contains(tokens[$0].lower) || tokens[$0].lower.hasSuffix("ed") && !tokens[$0].text.contains("-") })
                || opening.contains(where: { tokens[$0].lower.hasSuffix("s") && tokens[$0 - 1].lower != "the" })  // "still stands"
        else { return nil }
        return [first..<open, (close + 1)..<end]
    }

    /// The first token of an attribution: its speaker or cue, or the outlet of "RIA Novosti quoted
    /// Peskov as saying".
    func opening(of attribution: Attribution, from lower: Int) -> Int {
        var start = min(attribution.speaker.lowerBound, attribution.cue.lowerBound, attribution.outlet?.lowerBound ?? Int.max)
        if attribution.form == .quotedAsSaying, attribution.inverted {
            while start > lower, article.tokens[start - 1].isWord, isNarrative(start - 1) { start -= 1 }
        }
        return start
    }

    /// The words before an attribution that ends the sentence.
    func clause(before end: Int, from lower: Int, in sentence: Range<Int>) -> Range<Int>? {
        var stop = end
        while stop > lower, [",", "—", "–", ":"].contains(article.tokens[stop - 1].text) { stop -= 1 }
        let start = firstToken(from: lower, in: sentence)
        guard stop > start, words(start..<stop) >= 3 else { return nil }
        return start..<stop
    }

    /// The first token at or after `lower` that is not a mark or part of a dateline.
    func firstToken(from lower: Int, in sentence: Range<Int>) -> Int {
        var start = max(lower, sentence.lowerBound)
        while start < sentence.upperBound, skipped.contains(start) || article.tokens[start].kind == .punctuation && article.tokens[start].text != "(" {
            start += 1
        }
        return start
    }

    func onlyMarks(_ range: Range<Int>) -> Bool {
        range.allSatisfy { article.tokens[$0].kind != .word }
    }

    /// A quotation that ends with a comma or no stop: the first half of a split quotation.
    func opensWithoutStop(_ quote: QuoteSpan) -> Bool {
        guard let close = quote.close, close > quote.open + 1 else { return false }
        return ![".", "!", "?"].contains(article.tokens[close - 1].text)
    }

    /// A quotation's words, over every paragraph it runs on into.
    func quoteParts(_ quote: QuoteSpan) -> [Range<Int>] {
        var parts = [quote.inner]
        var span = quote
        while span.continuesInNext, let next = article.continuation(inParagraph: span.paragraph + 1) {
            parts.append(next.inner)
            span = next
        }
        return parts
    }

    func words(_ range: Range<Int>) -> Int {
        range.filter { article.tokens[$0].isWord }.count
    }
}
