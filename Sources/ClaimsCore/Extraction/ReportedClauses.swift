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
            while cursor < sentence.upperBound, [",", ":", "—", "–"].contains(tokens[cursor].text) { cursor += 1 }
            guard cursor < sentence.upperBound else { return cursor }
            let word = tokens[cursor].lower
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

    /// "she", "he'd", "they're": a pronoun that opens a clause.
    static func isSubjectPronoun(_ word: String) -> Bool {
        let bare = word.split(whereSeparator: { $0 == "'" || $0 == "’" }).first.map(String.init) ?? word
        return ["she", "he", "they", "we", "it", "i"].contains(bare)
    }

    /// A word that can be a verb of its own clause: an auxiliary, a past tense, a reporting verb.
    static func isVerbLike(_ word: String) -> Bool {
        ["is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must", "did", "does", "do", "be", "been"]
            .contains(word) || word.count > 3 && word.hasSuffix("ed") || AttributionLexicon.verbs[word] != nil
    }

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

    /// Where the reported clause from `start` ends (before `limit`), and what follows it.
    func reportedEnd(from start: Int, in sentence: Range<Int>, limit: Int) -> (end: Int, sequel: Sequel, via: String?) {
        let tokens = article.tokens
        let stop = min(limit, sentence.upperBound)
        var cursor = start
        while cursor < stop {
            let token = tokens[cursor]
            // `“must hear each other,” a remark that ...`: a comma inside the mark that closes a
            // quoted fragment ends the clause as one outside it would.
            if token.text == ",", !isNarrative(cursor), cursor > start, cursor + 2 < stop, tokens[cursor + 1].kind == .quote, isNarrative(cursor + 2),
                article.quote(closingAt: cursor + 1) != nil, endsClause(afterComma: cursor + 2, stop: stop, sentence: sentence)
            {
                return (cursor + 2, .none, trailingOutlet(from: cursor + 2, in: sentence))
            }
            guard isNarrative(cursor) else {
                cursor += 1
                continue
            }
            if token.text == ";" { return (cursor, .none, nil) }
            // "“a lying love rat” — just days after he claimed ...", "“a brilliant job” amid jeers":
            // the reporter's context after the words.
            if cursor > start, cursor + 1 < stop, ["—", "–"].contains(token.text),
                ["just", "only", "days", "hours", "weeks", "months", "barely", "moments", "minutes", "shortly", "then", "after", "before", "as", "while", "when"].contains(tokens[cursor + 1].lower)
            {
                return (cursor, .none, nil)
            }
            if cursor > start + 1, token.lower == "amid", tokens[cursor - 1].kind == .quote, article.quote(closingAt: cursor - 1) != nil {
                return (cursor, .none, nil)
            }
            // “a wake-up call for the Legislature” at a news conference: where it was said.
            if cursor > start + 1, ["at", "in", "on", "during"].contains(token.lower), tokens[cursor - 1].kind == .quote,
                article.quote(closingAt: cursor - 1) != nil, afterAdverbial(cursor, in: sentence) > cursor + 1,
                (cursor + 1..<afterAdverbial(cursor, in: sentence)).contains(where: {
                    ["conference", "interview", "briefing", "meeting", "rally", "hearing", "speech", "session", "summit", "debate", "podcast"].contains(tokens[$0].lower)
                })
            {
                return (cursor, .none, nil)
            }
            if token.text == ":", let quote = quote(after: cursor, in: sentence) { return (cursor, .quote(quote), nil) }
            if token.text == "," || token.lower == "and" || token.lower == "but", cursor > start {
                // "... but declined to say how", ", citing commercial sensitivity": the reporter's
                // account of what the speaker would not say, or why, ends the words.
                if isRefusalTail(from: token.text == "," ? cursor + 1 : cursor, stop: stop) { return (cursor, .none, nil) }
                var next = token.text == "," ? cursor + 1 : cursor
                // `each other,” a remark that ...`: past the mark that closes a quoted fragment.
                while token.text == ",", next < stop, tokens[next].kind == .quote { next += 1 }
                if token.text == ",", next < stop {
                    let word = tokens[next].lower
                    // ", adding that ...", ", saying: “...”", ", calling e-commerce “a new engine”".
                    if ["adding", "saying"].contains(word) || AttributionLexicon.participles[word] != nil && word != "telling" {
                        return (cursor, .verb(next), nil)
                    }
                    // ", TASS reported."
                    if let outlet = trailingOutlet(from: next, in: sentence) { return (cursor, .none, outlet) }
                    if endsClause(afterComma: next, stop: stop, sentence: sentence) { return (cursor, .none, nil) }
                }
                // "... and had asked both sides to stop": the reported clause goes on.
                if next + 1 < stop, ["and", "but"].contains(tokens[next].lower), ["had", "would", "could", "was", "were"].contains(tokens[next + 1].lower) {
                    cursor += 1
                    continue
                }
                if next < stop, ["and", "but"].contains(tokens[next].lower) {
                    var verb = next + 1
                    while verb < stop, SpeakerPhrases.adverbs.contains(tokens[verb].lower) || tokens[verb].text == "," { verb += 1 }
                    // "... said A and that B": one statement in two clauses, kept whole.
                    if verb < stop, tokens[verb].lower == "that" {
                        cursor = verb + 1
                        continue
                    }
                    if verb + 1 < stop, AttributionLexicon.pronouns[tokens[verb].lower] != nil, isCoordinatedCue(verb + 1) {
                        return (cursor, .verb(verb + 1), nil)
                    }
                    if verb < stop, isCoordinatedCue(verb) { return (cursor, .verb(verb), nil) }
                }
            }
            cursor += 1
        }
        var end = stop
        while end > start, tokens[end - 1].kind == .punctuation && [".", "!", "?", ";", ",", ":", "…", "—", "–"].contains(tokens[end - 1].text)
            || ["and", "but"].contains(tokens[end - 1].lower) && end == limit
        {
            end -= 1
        }
        return (max(end, start), .none, nil)
    }

    /// "but declined to say ...", "but did not say how long", "but gave no details", "citing
    /// commercial sensitivity": from `index` (after a comma, or at "and"/"but").
    func isRefusalTail(from index: Int, stop: Int) -> Bool {
        let tokens = article.tokens
        var cursor = index
        guard cursor < stop, isNarrative(cursor) else { return false }
        if ["and", "but"].contains(tokens[cursor].lower) { cursor += 1 }
        guard cursor < stop else { return false }
        let word = tokens[cursor].lower
        if cursor == index, word == "citing" { return true }
        guard cursor > index else { return false }
        if ["declined", "refused"].contains(word) { return true }
        // "but it has not yet put a figure on that", "but he would not say when".
        if ["it", "he", "she", "they"].contains(word), cursor + 2 < stop, ["has", "have", "had", "did", "would", "could", "was", "is"].contains(tokens[cursor + 1].lower),
            ["not", "never"].contains(tokens[cursor + 2].lower) || tokens[cursor + 2].lower == "yet" && cursor + 3 < stop && tokens[cursor + 3].lower == "to"
        {
            return true
        }
        if ["gave", "offered", "provided"].contains(word), cursor + 1 < stop, ["no", "few"].contains(tokens[cursor + 1].lower) { return true }
        if ["did", "would", "could"].contains(word), cursor + 2 < stop, tokens[cursor + 1].lower == "not",
            ["say", "give", "elaborate", "specify", "comment", "disclose", "provide", "explain", "confirm", "name", "identify"].contains(tokens[cursor + 2].lower)
        {
            return true
        }
        return false
    }

    /// Whether what follows a comma in a reported clause is the reporter's aside, not the
    /// speaker's words: ", a formula that diplomats have learned to recognise", ", though it did
    /// not say how much", ", escalating a dispute that ...".
    func endsClause(afterComma next: Int, stop: Int, sentence: Range<Int>) -> Bool {
        let tokens = article.tokens
        let word = tokens[next].lower
        if ["a", "an"].contains(word), next + 2 < stop, (next + 2..<min(stop, next + 5)).contains(where: { ["that", "which", "who"].contains(tokens[$0].lower) }) {
            return true
        }
        // ", a pointed reference to ...", ", an apparent swipe at ...": what the reporter makes of it.
        if ["a", "an"].contains(word), (next + 1..<min(stop, next + 4)).contains(where: { Self.characterisations.contains(tokens[$0].lower) }) { return true }
        if ["though", "although"].contains(word), next + 1 < stop, AttributionLexicon.pronouns[tokens[next + 1].lower] != nil { return true }
        if Self.narratorParticiples.contains(word) { return true }
        return trailingOutlet(from: next, in: sentence) != nil
    }

    /// Nouns with which a reporter characterises what was said: ", a pointed reference to ...".
    static let characterisations: Set<String> = [
        "reference", "signal", "sign", "move", "remark", "nod", "swipe", "jab", "dig", "rebuke", "allusion", "echo", "departure",
        "reversal", "shift", "hint", "indication", "apparent", "thinly", "veiled",
    ]

    /// Participles with which a reporter comments on what was said.
    static let narratorParticiples: Set<String> = [
        "escalating", "deepening", "prompting", "sparking", "triggering", "underscoring", "highlighting", "signalling",
        "signaling", "reviving", "fuelling", "fueling", "echoing", "intensifying", "heightening", "reigniting",
    ]

    /// A reporting verb that carries on a clause of the same speaker: "and vowed", "but said".
    func isCoordinatedCue(_ index: Int) -> Bool {
        let word = article.tokens[index].lower
        if isNarrative(index), AttributionLexicon.participles[word] != nil { return true }
        guard isNarrative(index), AttributionLexicon.verbs[word] != nil else { return false }
        return word.hasSuffix("ed") || ["said", "told", "wrote", "says", "adds", "insists", "warns", "argues", "forecast"].contains(word)
    }

    /// ", TASS reported." or ", the trade publication Dealer Wire Weekly reported": an outlet
    /// whose report ends the sentence.
    func trailingOutlet(from start: Int, in sentence: Range<Int>) -> String? {
        let tokens = article.tokens
        guard let verb = (start..<min(sentence.upperBound, start + 9)).first(where: { ["reported", "reports", "said", "wrote", "added"].contains(tokens[$0].lower) }),
            verb > start, isClauseEnd(verb + 1, sentence) || isCitingTail(verb + 1, sentence), AttributionCues.isOutlet(start..<verb, article)
        else { return nil }
        return AttributionCues.withoutArticle(AttributionCues.name(start..<verb, article))
    }

    /// The quotation right after `index` (a colon, a comma or a cue) that runs to the end of the
    /// sentence or on into the next paragraph.
    func quote(after index: Int, in sentence: Range<Int>) -> QuoteSpan? {
        var open = index
        while open < sentence.upperBound, [":", ",", "—", "–"].contains(article.tokens[open].text) { open += 1 }
        guard let quote = article.quote(openingAt: open) else { return nil }
        return reachesEnd(quote, sentence) ? quote : nil
    }

    func reachesEnd(_ quote: QuoteSpan, _ sentence: Range<Int>) -> Bool {
        quote.close == nil || isClauseEnd(quote.end, sentence)
    }

    /// "... on Tuesday, citing two people who attended": what an outlet's report rests on.
    func isCitingTail(_ index: Int, _ sentence: Range<Int>) -> Bool {
        let tokens = article.tokens
        var cursor = index
        if cursor + 1 < sentence.upperBound, tokens[cursor].lower == "on", DateText.weekday(tokens[cursor + 1].text) { cursor += 2 }
        guard cursor + 1 < sentence.upperBound, tokens[cursor].text == "," else { return false }
        return ["citing", "quoting"].contains(tokens[cursor + 1].lower)
    }

    func isClauseEnd(_ index: Int, _ sentence: Range<Int>) -> Bool {
        var cursor = index
        while cursor < sentence.upperBound, article.tokens[cursor].kind != .word { cursor += 1 }
        return cursor >= sentence.upperBound
    }
}
