// Stage 6a of extraction, continued: where reported speech stops. The clause runs until a stop, a
// quotation, another cue of the same speaker (", adding ...", "and vowed that ...", "but that
// ..."), an outlet that relayed it (", TASS reported") or the reporter's own tail (", a remark
// that ..."); ReportedClauses.swift finds where it starts.

extension ClaimAssembler {
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
            // ("... “for the time strictly necessary” — a phrase that has become a local joke", "— precisely
            // the people it was meant to reach": the reporter's remark on them.)
            if cursor > start, cursor + 1 < stop, ["—", "–"].contains(token.text),
                ["just", "only", "days", "hours", "weeks", "months", "barely", "moments", "minutes", "shortly", "then", "after", "before", "as", "while", "when", "precisely", "exactly"].contains(tokens[cursor + 1].lower)
                    || ["a", "an"].contains(tokens[cursor + 1].lower) && !(cursor + 1..<stop).contains(where: { ["—", "–"].contains(tokens[$0].text) })
                        && (cursor + 2..<min(stop, cursor + 5)).contains(where: {
                            ["that", "which"].contains(tokens[$0].lower) || Self.characterisations.contains(tokens[$0].lower) || Self.tailRemarks.contains(tokens[$0].lower)
                        })
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
                    // "Safiri, which says it has 38,000 drivers, said it would appeal": the relative
                    // clause closes, and the main clause's own verb says what else it said.
                    if ["said", "told", "wrote", "added", "announced", "warned", "insisted", "argued", "stressed", "claimed", "called"].contains(word),
                        !tokens[next].isCapitalized, isRelativeClause(reportedFrom: start)
                    {
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
        // ", without giving a timetable", ", without elaborating": what the speaker did not say.
        if cursor == index, word == "without", cursor + 1 < stop,
            ["giving", "saying", "elaborating", "specifying", "providing", "offering", "explaining", "naming", "detailing", "commenting"].contains(tokens[cursor + 1].lower)
        {
            return true
        }
        guard cursor > index else { return false }
        if ["declined", "refused"].contains(word) { return true }
        // "but it has not yet put a figure on that", "but he would not say when".
        if ["it", "he", "she", "they"].contains(word), cursor + 2 < stop, ["has", "have", "had", "did", "would", "could", "was", "is"].contains(tokens[cursor + 1].lower),
            ["not", "never"].contains(tokens[cursor + 2].lower) || tokens[cursor + 2].lower == "yet" && cursor + 3 < stop && tokens[cursor + 3].lower == "to"
        {
            return true
        }
        if ["gave", "offered", "provided"].contains(word), cursor + 1 < stop, ["no", "few"].contains(tokens[cursor + 1].lower) { return true }
        // ("... and would not comment on the case" goes on: the speaker said that too.)
        if ["did", "would", "could"].contains(word), cursor + 2 < stop, tokens[cursor + 1].lower == "not",
            ["say", "give", "elaborate", "specify", "disclose", "provide", "explain", "confirm", "name", "identify"].contains(tokens[cursor + 2].lower)
        {
            return true
        }
        return false
    }

    /// Whether the words reported from `start` follow ", which says" or ", who said" (with or
    /// without "that"): a relative clause, which the main clause's verb closes.
    func isRelativeClause(reportedFrom start: Int) -> Bool {
        let tokens = article.tokens
        let cue = start > 0 && tokens[start - 1].lower == "that" ? start - 2 : start - 1
        // (Not ", who asked not to be named,": no statement of its own.)
        // ("which" of a name only, as AttributionCues takes it.)
        return cue >= 3 && ["which", "who"].contains(tokens[cue - 1].lower) && tokens[cue - 2].text == ","
            && (tokens[cue - 1].lower == "who" || tokens[cue - 3].isCapitalized)
            && ["says", "said", "say", "told", "tells", "wrote", "writes", "claims", "claimed", "argues", "argued", "believes", "estimates"].contains(tokens[cue].lower)
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
        // ", a figure the company has not disputed": the reporter's remark, to the end of the words
        // (not "Jones, a senior figure in the party, would resign": an appositive, closed by a comma).
        if ["a", "an"].contains(word), (next + 1..<min(stop, next + 4)).contains(where: { Self.tailRemarks.contains(tokens[$0].lower) }),
            !(next + 1..<stop).contains(where: { tokens[$0].text == "," })
        {
            return true
        }
        if ["though", "although"].contains(word), next + 1 < stop, AttributionLexicon.pronouns[tokens[next + 1].lower] != nil { return true }
        if Self.narratorParticiples.contains(word) { return true }
        if ["though", "although", "but", "while", "whereas"].contains(word), isOtherVoice(from: next + 1, stop: stop) { return true }
        return trailingOutlet(from: next, in: sentence) != nil
    }

    /// ", although unions complain that ...", ", though vets say ...", ", but it hasn't said how
    /// much": after a conjunction, someone else's words, or the reporter's note of what the
    /// speaker has not said.
    func isOtherVoice(from start: Int, stop: Int) -> Bool {
        let tokens = article.tokens
        let negated: Set<String> = ["hasn't", "hasn’t", "haven't", "haven’t", "didn't", "didn’t"]
        let told: Set<String> = ["said", "say", "explained", "specified"]
        guard start < stop, !["he", "she", "they", "we", "i"].contains(tokens[start].lower) || start + 1 < stop && negated.contains(tokens[start + 1].lower)
        else { return false }
        for index in start..<min(stop, start + 7) where isNarrative(index) {
            let word = tokens[index].lower
            // "hasn't said", "has not said".
            if negated.contains(word), index + 1 < stop, told.contains(tokens[index + 1].lower) { return true }
            if ["has", "have", "did"].contains(word), index + 2 < stop, tokens[index + 1].lower == "not", told.contains(tokens[index + 2].lower) { return true }
            // A verb of speech in the present, after a subject of its own ("unions complain").
            if index > start, ["say", "says", "complain", "complains", "warn", "warns", "argue", "argues", "insist", "insists", "note", "notes", "contend", "contends", "counter", "counters"].contains(word) {
                return true
            }
        }
        return false
    }

    /// Nouns with which a reporter remarks on what was said, to the end of the sentence: ", a
    /// figure the company has not disputed", "— a phrase that has become a local joke".
    static let tailRemarks: Set<String> = [
        "figure", "claim", "phrase", "line", "assertion", "characterisation", "characterization", "description", "promise", "pledge", "prediction", "forecast",
    ]

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
