// Stage 6a of extraction: the bounds of reported speech. Where the reported words start after a
// cue (past the audience of "told", past "in a statement on Tuesday", ", however," and "that"),
// where they stop (", adding ...", "and vowed that ...", "but that ...", ": “...”", ", TASS
// reported") and what follows them, so that one sentence can give several claims.

extension ClaimAssembler {
    /// What comes after a reported clause.
    enum Sequel: Equatable {
        case none
        /// "and vowed that ...", "but said ...", ", adding that ...": another cue of the same
        /// speaker, at this token.
        case verb(Int)
        /// "... and that ...": another clause of the same cue, from this token.
        case clause(Int)
        /// ": “...”", ", saying: “...”": a quotation of the same speaker.
        case quote(QuoteSpan)
    }

    /// Words that open an adverbial between a cue and what was said.
    static let adverbialStarts: Set<String> = [
        "on", "in", "at", "during", "after", "before", "afterwards", "afterward", "later", "earlier", "however", "also",
        "last", "this", "yesterday", "today", "tonight", "separately", "again", "then", "to", "from", "via", "over",
        "while", "when", "for", "privately", "publicly", "repeatedly", "recently", "previously", "further", "once",
        "too", "through", "late", "early", "shortly", "briefly", "now", "meanwhile", "overnight", "recently",
        "elsewhere", "still", "too", "in", "outside", "inside", "by", "with", "under", "as", "amid", "despite",
    ]

    /// Nouns that end an adverbial of occasion: "in a statement", "at a briefing", "on its website".
    static let occasionNouns: Set<String> = [
        "statement", "interview", "letter", "email", "e-mail", "post", "speech", "video", "message", "briefing",
        "conference", "update", "notice", "website", "call", "meeting", "session", "hearing", "debate", "address",
        "broadcast", "report", "filing", "note", "blog", "podcast", "programme", "program", "show", "appearance",
        "remarks", "comments", "tweet", "telegram", "channel", "radio", "television", "tv", "release", "memo",
        "newsletter", "op-ed", "column", "article", "documentary", "event", "rally", "summit", "forum", "visit",
        "trip", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "time",
        "x", "facebook", "instagram", "telegram", "linkedin", "tiktok", "threads", "bluesky", "youtube", "twitter", "weibo", "wechat",
    ]

    /// Where the reported words start after a cue that ends at `index`.
    func reportedStart(after index: Int, in sentence: Range<Int>, lemma: String?) -> Int {
        let tokens = article.tokens
        var cursor = index
        // "said, and I'm quoting him here, “We're ready”": the broadcaster's aside, then the words.
        let aside = cursor < sentence.upperBound && tokens[cursor].text == "," ? cursor + 1 : cursor
        if aside + 2 < sentence.upperBound, tokens[aside].lower == "and", ["i'm", "i’m", "i"].contains(tokens[aside + 1].lower),
            ["quoting", "quote"].contains(tokens[aside + 2].lower),
            let comma = (aside + 3..<min(sentence.upperBound, aside + 7)).first(where: { tokens[$0].text == "," }), comma + 1 < sentence.upperBound
        {
            return comma + 1
        }
        if lemma == "tell" || lemma == "inform" || lemma == "assure" || lemma == "warn" && cursor < sentence.upperBound
            && AttributionLexicon.audiences.contains(tokens[cursor].lower)
        {
            // "told the Buenos Aires sports daily Tribuna that ...": whoever was told, up to "that".
            if lemma != "warn", let that = thatAhead(from: cursor, in: sentence), that > cursor, that - cursor <= 10,
                tokens[cursor..<that].allSatisfy({ $0.isWord || ["'", "’", "&", "-"].contains($0.text) })
            {
                return that + 1
            }
            // "told the hall, in a short speech, that ...": an occasion between commas before "that".
            if lemma != "warn", let that = (cursor..<min(sentence.upperBound, cursor + 14)).first(where: { tokens[$0].lower == "that" && isNarrative($0) }),
                that > cursor + 1, tokens[that - 1].text == ",",
                tokens[cursor..<that].allSatisfy({ ($0.isWord && AttributionLexicon.verbs[$0.lower] == nil) || [",", "'", "’", "&", "-"].contains($0.text) }),
                tokens[cursor..<that].filter({ $0.text == "," }).count == 2
            {
                return that + 1
            }
            // "told the health centre she will stay", "told our correspondent she had been waiting":
            // whoever was told, then the clause's own subject.
            if lemma != "warn", cursor < sentence.upperBound, let pronoun = (cursor + 1..<min(sentence.upperBound, cursor + 6)).first(where: { Self.isSubjectPronoun(tokens[$0].lower) }),
                (cursor..<pronoun).allSatisfy({ tokens[$0].isWord && isNarrative($0) && !Self.isVerbLike(tokens[$0].lower) && tokens[$0].lower != "that" })
            {
                return pronoun
            }
            cursor = afterAudience(cursor, in: sentence)
            // "told the reporters who had followed her down that ...": who they were, then what.
            if lemma != "warn", cursor > index, cursor < sentence.upperBound, ["who", "whom"].contains(tokens[cursor].lower),
                let that = (cursor + 2..<min(sentence.upperBound, cursor + 10)).first(where: { tokens[$0].lower == "that" && isNarrative($0) }),
                (cursor..<that).allSatisfy({ tokens[$0].isWord && isNarrative($0) && AttributionLexicon.verbs[tokens[$0].lower] == nil })
            {
                return that + 1
            }
        }
        // "warned the minister in a briefing note that ...", "had warned ministers as early as 2023
        // that ...": whom, how and when, then what.
        if ["warn", "advise", "remind", "caution", "brief", "notify", "assure", "tell"].contains(lemma ?? ""), cursor < sentence.upperBound, tokens[cursor].lower != "that",
            let that = (cursor + 1..<min(sentence.upperBound, cursor + 12)).first(where: { tokens[$0].lower == "that" && isNarrative($0) }),
            (cursor..<that).allSatisfy({ (tokens[$0].isWord || [",", "'", "’"].contains(tokens[$0].text)) && isNarrative($0) && !Self.isVerbLike(tokens[$0].lower) }),
            tokens[cursor..<that].filter({ $0.text == "," }).count != 1
        {
            return that + 1
        }
        // "expressed confidence that ...", "voiced concern that ...".
        if lemma == "express", cursor + 1 < sentence.upperBound, tokens[cursor + 1].lower == "that" { return cursor + 2 }
        // "expressed the hope that ...", "voiced their concern that ...".
        if lemma == "express", cursor + 2 < sentence.upperBound, ["the", "his", "her", "its", "their", "a"].contains(tokens[cursor].lower),
            tokens[cursor + 2].lower == "that"
        {
            return cursor + 3
        }
        for _ in 0..<4 {
            let comma = cursor < sentence.upperBound && tokens[cursor].text == ","
            while cursor < sentence.upperBound, [",", ":", "—", "–"].contains(tokens[cursor].text) { cursor += 1 }
            guard cursor < sentence.upperBound else { return cursor }
            let word = tokens[cursor].lower
            // "said on Tuesday, as it bets that ...": after the comma a clause of the writer's (not
            // "said on Monday, as he arrived in Brussels, that ...": an aside, then the words).
            if comma, cursor > index + 1, ["as", "while", "when", "because", "since", "although", "though", "whereas"].contains(word),
                commaThat(after: cursor, in: sentence) == nil
            {
                return cursor
            }
            if comma, cursor > index + 1, let that = commaThat(after: cursor, in: sentence) { return that + 1 }
            if word == "that" { return cursor + 1 }
            // "would say only that ...", "said simply that ...".
            if ["only", "simply", "merely", "just", "repeatedly"].contains(word), cursor + 1 < sentence.upperBound, tokens[cursor + 1].lower == "that" { return cursor + 2 }
            guard Self.adverbialStarts.contains(word) || DateText.weekday(tokens[cursor].text) else { return cursor }
            if let that = thatAhead(from: cursor, in: sentence) { return that + 1 }
            let skipped = afterAdverbial(cursor, in: sentence)
            guard skipped > cursor else { return cursor }
            // "insisted this time would be different": the phrase is the clause's subject.
            if skipped < sentence.upperBound, ["would", "will", "was", "is", "had", "has", "could", "can", "should", "might", "must"].contains(article.tokens[skipped].lower) {
                return cursor
            }
            cursor = skipped
        }
        return cursor
    }

    /// The "that" of ", that" after an aside between commas ("said, as he arrived in Brussels,
    /// that ..."), within a few words of `start`.
    func commaThat(after start: Int, in sentence: Range<Int>) -> Int? {
        let tokens = article.tokens
        for index in start..<min(sentence.upperBound, start + 14) {
            guard isNarrative(index), tokens[index].kind != .quote, ![".", ";", ":"].contains(tokens[index].text) else { return nil }
            if tokens[index].lower == "that", index > start, tokens[index - 1].text == "," { return index }
        }
        return nil
    }

    /// "she", "he'd", "they're": a pronoun that opens a clause.
    static func isSubjectPronoun(_ word: String) -> Bool {
        let bare = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? word
        return ["she", "he", "they", "we", "it", "i"].contains(bare)
    }

    /// A word that can be a verb of its own clause: an auxiliary, a past tense, a reporting verb.
    static func isVerbLike(_ word: String) -> Bool {
        auxiliaries.contains(word) || word.count > 3 && word.hasSuffix("ed") || AttributionLexicon.verbs[word] != nil
    }

    /// "is", "would", "had": the verbs that carry a clause's tense.
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must", "did", "does", "do", "be", "been",
    ]

    /// A narrative "that" within reach, with no quotation, stop or other reporting verb between.
    func thatAhead(from start: Int, in sentence: Range<Int>) -> Int? {
        let tokens = article.tokens
        var cursor = start
        while cursor < min(sentence.upperBound, start + 22) {
            let token = tokens[cursor]
            if !isNarrative(cursor) || token.kind == .quote || [".", ";", ":", "?", "!", "—"].contains(token.text) { return nil }
            if token.lower == "that" { return cursor }
            // "said on Friday it was studying ..., an idea that ...": a clause has begun, and
            // its "that" is its own.
            if cursor > start, ["is", "was", "were", "are", "would", "will", "had", "has", "have", "could", "can", "should"].contains(token.lower) { return nil }
            // "said on Tuesday, as it bets that ...", "said in a statement, adding that ...": after
            // the comma another clause begins, whose "that" is its own.
            if cursor > start, tokens[cursor - 1].text == ",",
                ["as", "while", "after", "when", "because", "since", "although", "though", "where", "which", "who"].contains(token.lower)
                    && commaThat(after: cursor, in: sentence) == nil
                    || token.lower == "adding"
            {
                return nil
            }
            // "in a statement quoted by Interfax that": a participle after the occasion is not a new cue.
            if cursor > start, AttributionLexicon.verbs[token.lower] != nil, !AttributionCues.determiners.contains(tokens[cursor - 1].lower),
                !Self.occasionNouns.contains(tokens[cursor - 1].lower),
                token.lower.hasSuffix("ed") || ["said", "told", "wrote", "says"].contains(token.lower)
            {
                return nil
            }
            cursor += 1
        }
        return nil
    }

    /// Past one adverbial: a single adverb, a date ("on Tuesday", "last month") or a phrase of
    /// occasion ("in a statement", "at a news conference in Baghdad", "in an interview with the BBC").
    func afterAdverbial(_ start: Int, in sentence: Range<Int>) -> Int {
        let tokens = article.tokens
        let word = tokens[start].lower
        // "said further arrests were possible": "further" before a noun is the clause's own.
        if word == "further", start + 1 < sentence.upperBound, tokens[start + 1].lower != "that", tokens[start + 1].text != "," { return start }
        if SpeakerPhrases.adverbs.contains(word) || ["afterwards", "overnight", "meanwhile", "elsewhere", "briefly", "shortly"].contains(word) {
            return start + 1
        }
        if DateText.weekday(tokens[start].text) { return start + 1 }
        var end = start + 1
        while end < sentence.upperBound, end - start <= 9, tokens[end].isWord || ["'", "’", "-"].contains(tokens[end].text) {
            let lower = tokens[end].lower
            if lower == "that" { break }
            // "said on X it had suspended ... until Friday": a clause has begun; its date is its own.
            if ["it", "he", "she", "they", "we", "i", "is", "was", "were", "are", "had", "has", "have", "would", "will", "could"].contains(lower) { break }
            end += 1
            if DateText.weekday(tokens[end - 1].text) || Self.occasionNouns.contains(lower) || DateText.month(tokens[end - 1].text) != nil {
                // "in an interview with the BBC", "on his Telegram channel", "at a briefing in Karlskrona".
                while end < sentence.upperBound, ["with", "to", "in", "at", "on", "of", "for"].contains(tokens[end].lower) || tokens[end].text.first?.isNumber == true {
                    var next = end + 1
                    while next < sentence.upperBound, next - end <= 7, tokens[next].isCapitalized || ["the", "a", "an", "'s", "’s"].contains(tokens[next].lower)
                        || tokens[next].text.first?.isNumber == true || AttributionLexicon.mediaWords.contains(tokens[next].lower)
                        || Self.occasionNouns.contains(tokens[next].lower) || AttributionLexicon.audiences.contains(tokens[next].lower)
                    {
                        next += 1
                    }
                    guard next > end + 1 else { break }
                    end = next
                }
                return end
            }
        }
        return start
    }

    /// Past the one told: "reporters", "the Rossiya 1 TV channel", "a news conference in
    /// Baghdad", "fellow MPs", "the station".
    func afterAudience(_ start: Int, in sentence: Range<Int>) -> Int {
        let tokens = article.tokens
        var cursor = start
        var accepted: Int?
        var modifiers = 0
        while cursor < sentence.upperBound, cursor - start < 9, isNarrative(cursor) {
            let token = tokens[cursor]
            let lower = token.lower
            if lower == "that" || token.kind == .punctuation && !["'", "’", "&"].contains(token.text) { break }
            let strong = AttributionLexicon.mediaWords.contains(lower) || token.isCapitalized
                || accepted != nil && token.text.first?.isNumber == true || lower.hasSuffix("'s") || lower.hasSuffix("’s")
            if AttributionLexicon.audiences.contains(lower) && !AttributionLexicon.mediaWords.contains(lower) {
                // "reporters", "MPs": the one told ends here, unless its name goes on ("the Commons
                // business and trade committee").
                accepted = cursor
                guard let further = (cursor + 1..<min(sentence.upperBound, cursor + 6)).first(where: { AttributionLexicon.audiences.contains(tokens[$0].lower) }),
                    tokens[(cursor + 1)..<further].allSatisfy({ $0.isWord && !$0.isCapitalized && $0.lower != "that" })
                else { break }
                accepted = further
                cursor = further
            } else if strong {
                accepted = cursor
            } else if accepted != nil, let audience = (cursor + 1..<min(sentence.upperBound, cursor + 4)).first(where: { AttributionLexicon.audiences.contains(tokens[$0].lower) }),
                tokens[cursor..<audience].allSatisfy({ $0.isWord && $0.lower != "that" })
            {
                // "the Commons business and trade committee"
                accepted = audience
                cursor = audience
            } else if accepted == nil, ["the", "a", "an", "his", "her", "its", "their", "our"].contains(lower) || modifiers < 2 && !Self.adverbialStarts.contains(lower) {
                modifiers += AttributionCues.determiners.contains(lower) ? 0 : 1
            } else {
                break
            }
            cursor += 1
        }
        return accepted.map { $0 + 1 } ?? start
    }
}
