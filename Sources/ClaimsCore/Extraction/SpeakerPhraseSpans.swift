// Stage 3 of extraction, continued: where the speaker phrase is. The phrase beside a reporting
// verb, before it or after it when inverted ("said Davis"), stepping over adverbs, date phrases,
// bracketed glosses, appositives and relative clauses; SpeakerPhrases.swift decides what it is.

extension SpeakerPhrases {
    /// The speaker phrase that ends just before `verb`, skipping adverbs, date phrases and an
    /// appositive between commas. Returns the phrase's tokens and any appositive's.
    static func before(_ verb: Int, in range: Range<Int>, _ article: ArticleTokens, narrative: (Int) -> Bool) -> (phrase: Range<Int>, appositive: Range<Int>?)? {
        let tokens = article.tokens
        var end = verb
        // Adverbs and "on Tuesday" between the speaker and the verb.
        while end > range.lowerBound {
            let previous = tokens[end - 1]
            if adverbs.contains(previous.lower) { end -= 1; continue }
            if end - 2 >= range.lowerBound, tokens[end - 2].lower == "on" || tokens[end - 2].lower == "last",
                DateText.weekday(previous.text) || previous.text.first?.isNumber == true
                    || ["night", "week", "month", "year", "weekend"].contains(previous.lower) && tokens[end - 2].lower == "last"
            {
                end -= 2
                continue
            }
            if end - 3 >= range.lowerBound, tokens[end - 3].lower == "on", DateText.month(tokens[end - 2].text) != nil,
                previous.text.first?.isNumber == true
            {
                end -= 3
                continue
            }
            break
        }
        // "Havlund Energy (Nasdaq Copenhagen: HAVL) today announced": a ticker or gloss in brackets.
        if end > range.lowerBound, tokens[end - 1].text == ")",
            let open = stride(from: end - 2, through: max(range.lowerBound, end - 12), by: -1).first(where: { tokens[$0].text == "(" }),
            open > range.lowerBound
        {
            end = open
        }
        var appositive: Range<Int>?
        // "The minister — dubbed “Two-Homes Hannah” by colleagues — insisted": an aside between dashes.
        if end > range.lowerBound, ["—", "–"].contains(tokens[end - 1].text),
            let open = stride(from: end - 2, through: max(range.lowerBound, end - 25), by: -1).first(where: { ["—", "–"].contains(tokens[$0].text) })
        {
            appositive = (open + 1)..<(end - 1)
            end = open
        } else if end > range.lowerBound, tokens[end - 1].text == "," {
            // "X, the company's chief quality officer for North America, said": find the comma that opens it.
            var open = end - 2
            while open >= range.lowerBound, tokens[open].text != ",", narrative(open), end - open < 40 { open -= 1 }
            guard open >= range.lowerBound, tokens[open].text == "," else { return nil }
            // "..., but the rest of the port is operating normally, said Ellen Maes": a clause, not an appositive.
            if open + 1 < end, ["but", "and", "or", "yet", "while", "although", "though"].contains(tokens[open + 1].lower) { return nil }
            appositive = (open + 1)..<(end - 1)
            end = open
            // "Janet Lowe, 67, from Doncaster, who has waited 14 months, said": several in a row.
            while end > range.lowerBound, let segment = segment(before: end, in: range, article, narrative: narrative),
                isAppositive(segment, article) || tokens[segment.lowerBound].lower == "the" && segment.lowerBound >= range.lowerBound + 2
                    // ("In a statement to the Chronicle, the Shannon Hospitals Group, which runs ...,
                    // said": a name after "the" is the speaker, not what the name before it is.)
                    && segment.count > 1 && !tokens[segment.upperBound - 1].isCapitalized
                    && appositive.map({ ["which", "who"].contains(tokens[$0.lowerBound].lower) }) == true
                    && tokens[segment.lowerBound - 2].isCapitalized && !AttributionLexicon.openers.contains(tokens[segment.lowerBound - 2].lower)
                    // "Kerem Aydın, head of the works council, which represents ..., said": the
                    // relative clause is the council's; what the person is comes before it.
                    || isRoleBeforeRelative(segment, appositive, range, article),
                segment.lowerBound > range.lowerBound, tokens[segment.lowerBound - 1].text == ","
            {
                appositive = segment.lowerBound..<(appositive?.upperBound ?? end)
                end = segment.lowerBound - 1
            }
            // "Solheim, who took over from the company's founder, Arvid Kvaløy, in 2021, said": a
            // relative clause a few commas back, and everything after it, describes the name before it.
            var back = end
            for _ in 0..<4 {
                guard back > range.lowerBound, let segment = segment(before: back, in: range, article, narrative: narrative),
                    segment.lowerBound > range.lowerBound, tokens[segment.lowerBound - 1].text == ","
                else { break }
                // ("The Economic Crimes Commission (EFCC), which brought the charges, said": an
                // organisation's relative clause, after its name or its initials.)
                if ["who", "whose"].contains(tokens[segment.lowerBound].lower)
                    || tokens[segment.lowerBound].lower == "which" && segment.lowerBound >= range.lowerBound + 2
                        && (tokens[segment.lowerBound - 2].isCapitalized || tokens[segment.lowerBound - 2].text == ")")
                {
                    appositive = segment.lowerBound..<(appositive?.upperBound ?? end)
                    end = segment.lowerBound - 1
                    break
                }
                back = segment.lowerBound - 1
            }
        }
        // The initials in brackets before an appositive: "The Economic Crimes Commission (EFCC), which ...".
        if appositive != nil, end > range.lowerBound, tokens[end - 1].text == ")",
            let open = stride(from: end - 2, through: max(range.lowerBound, end - 6), by: -1).first(where: { tokens[$0].text == "(" }),
            open > range.lowerBound
        {
            end = open
        }
        var start = end
        while start > range.lowerBound {
            // Corporal Danny “Dozer” Briggs: a nickname in quotation marks is part of the name.
            if let nickname = article.quote(closingAt: start - 1), nickname.inner.count <= 3,
                nickname.inner.allSatisfy({ article.tokens[$0].isCapitalized }), nickname.open > range.lowerBound, tokens[nickname.open - 1].isCapitalized
            {
                start = nickname.open
                continue
            }
            guard narrative(start - 1) else { break }
            let token = tokens[start - 1]
            if token.kind == .quote || [",", ";", ":", "—", "–", "(", ")"].contains(token.text) || token.lower == "that" { break }
            start -= 1
            if end - start > 18 { return nil }
        }
        // "the Ministry of Trade, Industry and Fisheries": a list inside a name goes on across the comma.
        if start >= range.lowerBound + 3, tokens[start - 1].text == ",", tokens[start..<end].contains(where: { $0.lower == "and" }),
            tokens[start..<end].allSatisfy({ $0.isCapitalized || $0.lower == "and" }), tokens[start - 2].isCapitalized,
            let of = stride(from: start - 2, through: max(range.lowerBound, start - 5), by: -1).first(where: { !tokens[$0].isCapitalized }),
            tokens[of].lower == "of", of > range.lowerBound, tokens[of - 1].isCapitalized
        {
            var extended = of
            while extended > range.lowerBound, narrative(extended - 1), tokens[extended - 1].isWord, tokens[extended - 1].lower != "that" { extended -= 1 }
            start = extended
        }
        guard start < end else { return nil }
        return (start..<end, appositive)
    }

    /// Whether `segment` is what a named person is ("head of the works council", "chief
    /// executive of Norvale"), between their name and a relative clause of its own.
    static func isRoleBeforeRelative(_ segment: Range<Int>, _ appositive: Range<Int>?, _ range: Range<Int>, _ article: ArticleTokens) -> Bool {
        let tokens = article.tokens
        guard let appositive, ["which", "who", "whose"].contains(tokens[appositive.lowerBound].lower), segment.lowerBound >= range.lowerBound + 2,
            tokens[segment.lowerBound - 2].isCapitalized, !AttributionLexicon.openers.contains(tokens[segment.lowerBound - 2].lower),
            let first = segment.first.map({ tokens[$0] }), first.isWord, !first.isCapitalized, !AttributionLexicon.openers.contains(first.lower)
        else { return false }
        let words = tokens[segment].filter(\.isWord).map(\.lower)
        return words.count <= 8 && words.contains { $0 == "of" || $0 == "for" || $0 == "at" }
            && (SpeakerPhrases.isRoleLike(first.lower) || AttributionLexicon.personHeads.contains(first.lower) || AttributionLexicon.titles.contains(first.lower))
    }

    /// The tokens between the comma before `end` and `end`.
    static func segment(before end: Int, in range: Range<Int>, _ article: ArticleTokens, narrative: (Int) -> Bool) -> Range<Int>? {
        var open = end - 1
        while open >= range.lowerBound, article.tokens[open].text != ",", narrative(open), end - open < 30 { open -= 1 }
        guard open >= range.lowerBound, article.tokens[open].text == ",", open + 1 < end else { return nil }
        return (open + 1)..<end
    }

    /// A phrase that describes the name before it: "67", "from Doncaster", "who has ...", "a student".
    static func isAppositive(_ range: Range<Int>, _ article: ArticleTokens) -> Bool {
        guard let first = range.first.map({ article.tokens[$0] }) else { return false }
        return first.text.allSatisfy(\.isNumber) || ["from", "who", "which", "aged", "a", "an", "of", "formerly", "now", "himself", "herself"].contains(first.lower)
    }

    /// The speaker phrase right after an inverted verb ("said Davis", "said a spokesman for the
    /// port authority"), up to a comma or the end of the clause.
    static func after(_ verb: Int, in range: Range<Int>, _ article: ArticleTokens, narrative: (Int) -> Bool) -> (phrase: Range<Int>, appositive: Range<Int>?)? {
        let tokens = article.tokens
        var start = verb + 1
        while start < range.upperBound, adverbs.contains(tokens[start].lower) { start += 1 }
        var end = start
        while end < range.upperBound, narrative(end), tokens[end].kind != .quote,
            ![",", ".", ";", ":", "!", "?", "—", "–", "(", ")"].contains(tokens[end].text)
                // "said Dr. Rania Soliman": the stop of a title's abbreviation is no end.
                || tokens[end].text == "." && end > start && !tokens[end].spaceBefore && AttributionLexicon.titles.contains(tokens[end - 1].lower)
                    && end + 1 < range.upperBound && tokens[end + 1].isCapitalized,
            end - start < 12
        {
            // "said Davis on Tuesday": the date is not part of the name.
            if tokens[end].lower == "on" || tokens[end].lower == "in" || tokens[end].lower == "at" || tokens[end].lower == "after"
                || tokens[end].lower == "during" || tokens[end].lower == "while" || tokens[end].lower == "before"
            {
                break
            }
            end += 1
        }
        guard start < end else { return nil }
        var appositive: Range<Int>?
        if end < range.upperBound, tokens[end].text == "," {
            var close = end + 1
            while close < range.upperBound, narrative(close), ![",", "."].contains(tokens[close].text), close - end < 30 { close += 1 }
            if close > end + 1 { appositive = (end + 1)..<close }
        }
        return (start..<end, appositive)
    }
}
