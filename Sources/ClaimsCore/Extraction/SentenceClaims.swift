// Stage 6b of extraction: the claims of one sentence. Each attribution with a speaker gives its
// claims: a quotation it closes or opens (“...,” she said / she said: “...” / split around it),
// the clause it reports (after the cue, or before it when the attribution ends the sentence:
// "Prices rose, the ministry said."), and what the clause goes on to (", adding that ...", "and
// vowed that ...", ": “...”").

extension ClaimAssembler {
    /// Everything a sentence's attributions say.
    func claims(in sentence: Range<Int>, quotes: [QuoteSpan], attributions: [Attribution]) -> [Candidate] {
        var valid = attributions.compactMap { attribution in speaker(of: attribution, in: sentence).map { (attribution, $0) } }
        // "A firefighter, who asked not to be named, said ...": someone the article keeps
        // anonymous is no speaker on record, and their "asked" is no claim either.
        if let anonymous = anonymity(in: sentence) {
            valid = valid.filter { attribution, _ in !(attribution.speaker.lowerBound..<max(attribution.speaker.upperBound, attribution.cue.upperBound)).contains(anonymous)
                && !(attribution.cue.lowerBound <= anonymous && anonymous <= attribution.cue.upperBound + 1)
                && !(attribution.speaker.upperBound <= anonymous && anonymous < attribution.cue.lowerBound)
                && !(attribution.appositive.map { $0.contains(anonymous) } ?? false) }
        }
        // ", adding ...", "but insisting ..." after a cue carry on its claim (Sequel); they stand on
        // their own only as the sentence's first.
        if let first = valid.first {
            valid = [first] + valid.dropFirst().filter { !$0.0.speaker.isEmpty }
        }
        // "X said that the agency had warned local governments": an attribution inside the
        // clause another reports is part of what was reported.
        // But "The paper reported that the secretary of state had told directors that ...": what an
        // outlet reports someone said is theirs, and came through the outlet.
        if valid.count > 1 {
            let firstCue = valid[0].0.cue.upperBound
            func isNested(_ attribution: Attribution) -> Bool {
                let start = min(attribution.speaker.lowerBound, attribution.cue.lowerBound)
                return start > firstCue && start > 0 && article.tokens[start - 1].lower == "that" && !attribution.inverted
                    && quotes.allSatisfy { $0.open > attribution.cue.upperBound || $0.end <= firstCue }
            }
            let outer = valid[0].0
            if !outer.inverted, AttributionCues.isOutlet(outer.speaker, article) || outer.appositive.map({ AttributionCues.isOutlet($0, article) }) == true,
                ["report", "say", "write"].contains(lemmaOf(outer) ?? ""),
                let inner = valid.dropFirst().first(where: { isNested($0.0) }), ["tell", "say", "warn", "inform", "admit", "acknowledge", "concede"].contains(lemmaOf(inner.0) ?? ""),
                { switch inner.1 { case .person, .organisation, .description: return true; default: return false } }()
            {
                var relayed = inner
                var outlet = AttributionCues.withoutArticle(AttributionCues.name(valid[0].0.speaker, article))
                if case .organisation(let name) = valid[0].1 { outlet = name }
                relayed.0.via = valid[0].0.via + [outlet] + inner.0.via
                valid = [relayed]
            } else {
                valid = [valid[0]] + valid.dropFirst().filter { !isNested($0.0) }
            }
        }
        var result: [Candidate] = []
        var covered = sentence.lowerBound
        for (number, (attribution, speaker)) in valid.enumerated() {
            let span = min(attribution.speaker.lowerBound, attribution.cue.lowerBound)
            guard span >= covered else { continue }
            let limit = valid[(number + 1)...].lazy.map { min($0.0.speaker.lowerBound, $0.0.cue.lowerBound) }.first { $0 > attribution.cue.upperBound }
                ?? sentence.upperBound
            let (found, end) = claims(of: attribution, speaker: speaker, in: sentence, from: covered, limit: limit, quotes: quotes)
            if found.isEmpty, !result.isEmpty, AttributionCues.isOutlet(attribution.speaker, article), case .verb(let lemma) = attribution.form,
                ["report", "say"].contains(lemma)
            {
                // "..., Reuters reported on Tuesday": the claims before came through Reuters.
                let outlet = AttributionCues.withoutArticle(AttributionCues.name(attribution.speaker, article))
                for index in result.indices where !result[index].via.contains(outlet) { result[index].via.append(outlet) }
            }
            result += found
            // "Brightwater has agreed to buy ..., the drugmaker said": a cue that reports nothing
            // leaves its words to the attribution after it.
            if !found.isEmpty || !(lemmaOf(attribution).map(AttributionLexicon.thatVerbs.contains) ?? false) { covered = max(covered, end) }
        }
        return result
    }

    /// Where a sentence says its source is anonymous: "who asked not to be named", "speaking on
    /// condition of anonymity", "who declined to be identified".
    func anonymity(in sentence: Range<Int>) -> Int? {
        let tokens = article.tokens
        for index in sentence where isNarrative(index) {
            let word = tokens[index].lower
            if word == "anonymity" { return index }
            if ["named", "identified", "quoted"].contains(word), index >= sentence.lowerBound + 3, tokens[index - 1].lower == "be", tokens[index - 2].lower == "to",
                ["not", "declined", "refused"].contains(tokens[index - 3].lower)
            {
                return index
            }
        }
        return nil
    }

    func lemmaOf(_ attribution: Attribution) -> String? {
        if case .verb(let lemma) = attribution.form { return lemma }
        return nil
    }

    /// The speaker of an attribution; a country or capital only when a clause or quotation follows
    /// ("Iraq said on Monday that ..."), never for narration ("Ankara responded by ...").
    func speaker(of attribution: Attribution, in sentence: Range<Int>) -> SpeakerPhrase? {
        if attribution.speaker.isEmpty { return .subject }
        // "a blow to Safiri, which says it has 38,000 drivers": the organisation named before "which".
        let tokens = article.tokens
        if attribution.speaker.count == 1, tokens[attribution.speaker.lowerBound].lower == "which", attribution.speaker.lowerBound >= sentence.lowerBound + 2,
            tokens[attribution.speaker.lowerBound - 1].text == ","
        {
            let end = attribution.speaker.lowerBound - 1
            var start = end
            // (The name's words, back from the comma.)
            while start > sentence.lowerBound, tokens[start - 1].isCapitalized || ["&", "of", "for", "and"].contains(tokens[start - 1].text) && start - 2 >= sentence.lowerBound && tokens[start - 2].isCapitalized {
                start -= 1
            }
            // (Not "The Matatu Owners Forum, which says it has 9,000 vehicles, called ...": a subject's
            // relative clause, before its own verb; here the name is the object of a preposition or verb.)
            if start > sentence.lowerBound, tokens[start - 1].lower == "the" { start -= 1 }
            guard start < end, start > sentence.lowerBound, tokens[start - 1].isWord, !tokens[start - 1].isCapitalized,
                tokens[start].lower == "the" ? start + 1 < end : tokens[start].isCapitalized,
                case .organisation(let name)?
                = SpeakerPhrases.classify(start..<end, appositive: nil, article).map({ phrase -> SpeakerPhrase in
                    if case .person(let name, let roles) = phrase, roles.isEmpty { return .organisation(name) }
                    return phrase
                })
            else { return nil }
            return .organisation(name)
        }
        if let phrase = SpeakerPhrases.classify(attribution.speaker, appositive: attribution.appositive, article) { return phrase }
        guard case .verb(let lemma) = attribution.form, !attribution.inverted else { return nil }
        let start = reportedStart(after: attribution.cue.upperBound, in: sentence, lemma: lemma)
        guard start > 0, start <= sentence.upperBound, article.tokens[start - 1].lower == "that" || quote(after: start, in: sentence) != nil else { return nil }
        return SpeakerPhrases.classify(attribution.speaker, appositive: attribution.appositive, article, allowPlace: true)
    }

    func speaker(of attribution: Attribution) -> SpeakerPhrase? {
        if attribution.speaker.isEmpty { return .subject }
        return SpeakerPhrases.classify(attribution.speaker, appositive: attribution.appositive, article)
    }

    /// The claims of one attribution, and the token up to which the sentence is used.
    func claims(
        of attribution: Attribution, speaker: SpeakerPhrase, in sentence: Range<Int>, from lower: Int, limit: Int, quotes: [QuoteSpan]
    ) -> ([Candidate], Int) {
        let mention = article.text(attribution.speaker)
        let start = opening(of: attribution, from: lower)
        var end = attribution.cue.upperBound
        if attribution.inverted || attribution.form == .accordingTo { end = max(end, attribution.speaker.upperBound, attribution.appositive?.upperBound ?? 0) }
        var lemma: String?
        if case .verb(let verb) = attribution.form { lemma = verb }
        func make(_ kind: ClaimKind, _ parts: [Range<Int>], _ rule: String, _ confidence: Double, via extra: String? = nil) -> Candidate {
            Candidate(
                speaker: speaker, mention: mention, kind: kind, parts: parts, via: attribution.via + (extra.map { [$0] } ?? []),
                datePhrase: attribution.datePhrase, sentence: sentence, rule: rule, confidence: confidence, cue: attribution.cue)
        }
        var found: [Candidate] = []
        // “...,” she said — the quotation opens the sentence and ends at the attribution.
        if let leading = quotes.first(where: { $0.open == firstToken(from: lower, in: sentence) && $0.close != nil && $0.end <= start && onlyMarks($0.end..<start) }) {
            // “Did anyone know?” asked the chair: a question is not a claim.
            if lemma == "ask" { return ([], sentence.upperBound) }
            var parts = [leading.inner]
            var rule = "quote-then-attribution"
            // “We will not,” she said, “give up.”
            // (“If this workshop closes,” he told me after a concert in the Mouraria, “Lisbon
            // loses ...”: however much the attribution says between.)
            let resumed = quotes.first { quote in
                quote.open > end && quote.open - end <= 14 && (end..<quote.open).allSatisfy(isNarrative) && quote.close != nil && reachesEnd(quote, sentence)
                    && !article.tokens[end..<quote.open].contains(where: { [".", ";", "!", "?", "that"].contains($0.lower) || AttributionLexicon.participles[$0.lower] != nil })
                    // (Its words go on the sentence: “... loses a voice”, not “The state is ...”.)
                    && quote.inner.first.map({ article.tokens[$0].isWord && !article.tokens[$0].isCapitalized }) == true
            }
            if let second = quote(after: reportedStart(after: end, in: sentence, lemma: lemma), in: sentence) ?? resumed, second.open > leading.end, opensWithoutStop(leading) {
                parts.append(second.inner)
                rule = "split-quote"
                found.append(make(.quote, parts, rule, 0.95))
                return (found, sentence.upperBound)
            }
            found.append(make(.quote, parts, rule, 0.95))
            found += sequels(afterCue: end, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, onlySequel: true, depth: 0)
            return (found, sentence.upperBound)
        }
        switch attribution.form {
        case .accordingTo:
            if attribution.cue.lowerBound == firstToken(from: lower, in: sentence) {
                // "According to Jonas Lindqvist, the bank's vice-president for industry, the loan ...":
                // past what the speaker is.
                var end = end
                if end < sentence.upperBound, article.tokens[end].text == ",", end + 1 < sentence.upperBound,
                    let close = (end + 1..<min(sentence.upperBound, end + 16)).first(where: { article.tokens[$0].text == "," }),
                    SpeakerPhrases.appositiveHead(Array(article.tokens[(end + 1)..<close])) != nil,
                    // (Not "According to Amsler, the water level rose by 3.1 metres in June, and ...": a clause.)
                    !(end + 1..<close).contains(where: { ["is", "was", "were", "are", "has", "had", "have", "will", "would"].contains(article.tokens[$0].lower)
                        || Self.oneFormVerbs.contains(article.tokens[$0].lower)
                        // "prices increased by 3%": a past tense before what it measures.
                        || article.tokens[$0].lower.hasSuffix("ed") && article.tokens[$0].lower != "based" && $0 + 1 < close
                            && (["by", "to", "from"].contains(article.tokens[$0 + 1].lower) || article.tokens[$0 + 1].text.first?.isNumber == true)
                        // "the process recovers more than 95% of the lithium", "the sides discussed the
                        // launch of ...": a verb of the clause's own.
                        || Self.isClauseVerb(at: $0, after: end + 1, article.tokens) })
                {
                    end = close
                }
                let (clauseEnd, sequel, via) = reportedEnd(from: reportedStart(after: end, in: sentence, lemma: nil), in: sentence, limit: limit)
                let content = reportedStart(after: end, in: sentence, lemma: nil)..<clauseEnd
                if words(content) >= 3 { found.append(make(.paraphrase, [content], "according-to", 0.85, via: via)) }
                found += follow(sequel, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: 0)
                return (found, clauseEnd)
            }
            if let content = clause(before: start, from: lower, in: sentence) { found.append(make(.paraphrase, [content], "according-to", 0.85)) }
            return (found, end)
        case .quotedAsSaying, .verb:
            if let parts = parenthetical(attribution, from: lower, in: sentence, limit: limit) {
                // "But the rest, she said, had been homes.": the words on both sides are one claim.
                found.append(make(.paraphrase, parts, "parenthetical-attribution", 0.8))
                return (found, sentence.upperBound)
            }
            if isTrailing(attribution, from: lower, in: sentence) {
                // "Prices rose, the ministry said." / "..., said Davis, a food analyst."
                if let content = clause(before: start, from: lower, in: sentence) {
                    if let whole = quotes.first(where: { $0.inner == content || $0.open == content.lowerBound && $0.end == content.upperBound }) {
                        found.append(make(.quote, [whole.inner], "quote-then-attribution", 0.9))
                    } else if !(lemma.map(AttributionLexicon.quotationOnlyVerbs.contains) ?? false),
                        // ("Ahead of the verdict, the group said ...": a time, not what was said.)
                        content.count > 6 || Self.hasVerb(article.tokens[content])
                    {
                        found.append(make(.paraphrase, [content], "inverted-reported-speech", 0.8))
                    }
                }
                found += sequels(afterCue: end, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, onlySequel: true, depth: 0)
                return (found, sentence.upperBound)
            }
            let cueStart = attribution.inverted ? attribution.cue.lowerBound : attribution.cue.lowerBound
            found += sequels(afterCue: end, verb: cueStart, lemma: lemma, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: 0)
            return (found, limit)
        }
    }

    /// Whether the word at `index` is a verb after its subject's noun: "recovers" in "the process
    /// recovers more", "discussed" in "the sides discussed the launch"; not "operations" in "the
    /// head of operations".
    static func isClauseVerb(at index: Int, after start: Int, _ tokens: [Token]) -> Bool {
        let word = tokens[index].lower
        guard index > start + 1, index + 1 < tokens.count, tokens[index].isWord, !tokens[index].isCapitalized, word.count > 3 else { return false }
        let before = tokens[index - 1]
        let next = tokens[index + 1]
        guard before.isWord, !before.isCapitalized,
            !["of", "for", "in", "at", "on", "and", "the", "a", "an", "its", "his", "her", "their", "with", "to", "from", "by", "newly", "recently"].contains(before.lower)
        else { return false }
        if word.hasSuffix("ed") { return ["the", "a", "an", "its", "their", "his", "her"].contains(next.lower) }
        // (Not "head of public affairs at the bank", "local farmers in": a plural, then where.)
        let determiner = ["the", "a", "an", "its", "their", "this", "that"].contains(tokens[index - 2].lower)
        return word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("'s") && !word.hasSuffix("’s") && !word.hasSuffix("us") && !word.hasSuffix("is")
            && (next.isWord && !next.isCapitalized || next.text.first?.isNumber == true)
            && (determiner || SpeakerPhrases.adverbs.contains(before.lower) || !["at", "in", "of", "for", "on", "with", "from", "to", "by", "and"].contains(next.lower))
    }

    /// The claims after a cue: its clause or quotation, and what the clause goes on to.
    func sequels(
        afterCue end: Int, verb: Int? = nil, lemma: String? = nil, speaker: SpeakerPhrase, mention: String, attribution: Attribution,
        in sentence: Range<Int>, limit: Int, onlySequel: Bool = false, depth: Int
    ) -> [Candidate] {
        guard depth < 4 else { return [] }
        func make(_ kind: ClaimKind, _ parts: [Range<Int>], _ rule: String, _ confidence: Double, via extra: String? = nil) -> Candidate {
            Candidate(
                speaker: speaker, mention: mention, kind: kind, parts: parts, via: attribution.via + (extra.map { [$0] } ?? []),
                datePhrase: attribution.datePhrase, sentence: sentence, rule: rule, confidence: confidence, cue: attribution.cue)
        }
        var start = reportedStart(after: end, in: sentence, lemma: lemma)
        // "Our correspondent reports from the main station, where ...": where, not what.
        if lemma == "report", start < sentence.upperBound, article.tokens[start].lower == "from" { return [] }
        // "…,” he said, adding that ...": the sequel comes straight after the cue.
        if onlySequel || depth == 0, start < sentence.upperBound, ["adding", "saying"].contains(article.tokens[start].lower), start > end {
            return follow(.verb(start), speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: depth + 1)
        }
        // "has just posted this appeal on X: “...”", "issued its first warning: “...”": what was
        // posted, then the words.
        if let colon = (start..<min(sentence.upperBound, start + 8)).first(where: { article.tokens[$0].text == ":" }), colon > start,
            ["post", "tweet", "write", "say", "add", "issue", "publish", "share", "release"].contains(lemma ?? ""),
            (start..<colon).allSatisfy({ article.tokens[$0].isWord && isNarrative($0) && AttributionLexicon.verbs[article.tokens[$0].lower] == nil }),
            quote(after: colon, in: sentence) != nil
        {
            start = colon
        }
        if let quote = quote(after: start, in: sentence), quote.open == start || article.tokens[start..<quote.open].allSatisfy({ $0.kind == .punctuation }) {
            guard lemma != "ask" else { return [] }
            return [make(.quote, quoteParts(quote), depth == 0 && !onlySequel ? "attribution-then-quote" : "adding-quote", 0.9)]
        }
        let (clauseEnd, sequel, via) = reportedEnd(from: start, in: sentence, limit: limit)
        var found: [Candidate] = []
        let afterThat = start > 0 && article.tokens[start - 1].lower == "that"
        // "Ersoy told reporters that during a short break": "that" is the quotation before.
        let auxiliaries: Set<String> = ["is", "are", "was", "were", "will", "would", "has", "have", "had", "can", "could", "should", "may", "might", "must", "did", "does", "do"]
        let demonstrative = afterThat && start < clauseEnd && clauseEnd - start <= 10 && ["during", "in", "at", "on", "after", "before", "outside", "from"].contains(article.tokens[start].lower)
            && !(start..<clauseEnd).contains { article.tokens[$0].text == "," || auxiliaries.contains(article.tokens[$0].lower) }
        // "asked local authorities to close sluice gates": a request names what it asks for.
        let isRequest = ["ask", "urge"].contains(lemma ?? "") && start < clauseEnd
            && !["about", "for", "by", "whether", "if", "why", "how", "what", "when", "not", "to"].contains(article.tokens[start].lower)
            && (start..<min(clauseEnd, start + 7)).contains { article.tokens[$0].lower == "to" && $0 > start }
            // "asked her what she would say to people": a question, not a request.
            && !(start..<min(clauseEnd, start + 4)).contains { ["what", "whether", "why", "how", "when", "if", "who", "where"].contains(article.tokens[$0].lower) }
        // "announced her resignation in a letter" is news of a deed; "announced it would close" a claim.
        let announcesDeed = lemma == "announce" && !afterThat && start < clauseEnd && AttributionLexicon.pronouns[article.tokens[start].lower] == nil
        let needsThat = !isRequest && (lemma.map { AttributionLexicon.thatVerbs.contains($0) } ?? false) || announcesDeed
        let quotationOnly = lemma.map { AttributionLexicon.quotationOnlyVerbs.contains($0) } ?? false
        // "pleaded not guilty to 17 counts", "said sorry to the boss": a plea or an apology, no claim.
        let plea = start < clauseEnd && ["guilty", "sorry"].contains(article.tokens[start].lower)
            || start + 1 < clauseEnd && article.tokens[start].lower == "not" && article.tokens[start + 1].lower == "guilty"
        // "reported a net profit of $1.1 billion", "posted a string of heart emojis": a thing, not a
        // clause (no verb in it), unless "that" said a clause follows.
        // ("vowed to clear his name" and "accused the state of ..." have their own forms.)
        let verbless = !afterThat && clauseEnd > start && !Self.hasVerb(article.tokens[start..<clauseEnd])
            && !(max(sentence.lowerBound, start - 2)..<min(clauseEnd, start + 2)).contains(where: { article.tokens[$0].lower == "to" }) && !(lemma.map { AttributionLexicon.objectVerbs.contains($0) } ?? false)
        if !onlySequel, !quotationOnly, !plea, !verbless, clauseEnd > start, words(start..<clauseEnd) >= 3, !demonstrative, !needsThat || afterThat,
            // ("said when ..." asks; "said that when he left office, it owed ..." tells.)
            afterThat && ["if", "when"].contains(article.tokens[start].lower) || !["whether", "if", "why", "how", "what", "when"].contains(article.tokens[start].lower)
        {
            let isObjectVerb = lemma.map { AttributionLexicon.objectVerbs.contains($0) } ?? false
            // "accused the state of cutting the budget": an accusation says what it accuses of.
            let accusation = lemma == "accuse" && (start..<clauseEnd).contains { article.tokens[$0].lower == "of" }
                || isRequest
            if isObjectVerb, let verb, article.tokens[start - 1].lower != "that", accusation || (start..<clauseEnd).contains(where: { article.tokens[$0].kind == .quote }) {
                // "called the plan a 'stab in the back'": the verb is part of what was said; "after
                // being axed" after the quoted words is the reporter's account of why.
                var end = clauseEnd
                if let after = (start..<clauseEnd).first(where: { index in
                    index > start && ["after", "following", "before"].contains(article.tokens[index].lower) && isNarrative(index) && article.tokens[index - 1].kind == .quote
                }) {
                    end = after
                }
                found.append(make(.paraphrase, [verb..<end], "speech-act", 0.8, via: via))
            } else if !isObjectVerb || article.tokens[start - 1].lower == "that" {
                found.append(make(.paraphrase, [start..<clauseEnd], depth == 0 ? "reported-speech" : "coordinated-clause", depth == 0 ? 0.85 : 0.8, via: via))
            }
        }
        if onlySequel, clauseEnd > start, sequel == .none { return found }
        return found + follow(sequel, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: depth + 1)
    }

    /// Besides the auxiliaries: negations, common verbs of one form and irregular past tenses.
    static let oneFormVerbs: Set<String> = [
        "being", "won't", "wouldn't", "can't", "couldn't", "isn't", "wasn't", "didn't", "doesn't", "don't", "hasn't", "hadn't",
        "shall", "need", "needs", "want", "wants", "remain", "remains", "go", "went", "made", "took", "came", "gave", "got", "left", "lost",
        "won", "saw", "knew", "thought", "felt", "kept", "found", "told", "began", "ran", "fell", "rose", "met", "paid", "sent", "spent",
        "built", "held", "led", "put", "cut", "set", "hit", "let", "brought", "bought", "sold", "grew", "drew", "broke", "chose", "stood",
        "understood", "heard", "meant", "said", "became", "become", "forgot", "wrote", "spoke", "cost", "spread", "shut", "quit", "hurt",
        "burst", "cast", "bet", "struck", "fought", "caught", "taught", "sought", "won't", "'s", "’s",
        // The other irregular past tenses news uses of people: "his fiancée, Tahlia Reeves, leapt to his defence".
        "leapt", "laid", "swore", "wept", "slept", "threw", "flew", "drove", "stole", "shook", "woke", "wore", "tore", "blew",
        "knelt", "dealt", "fled", "sank", "sang", "rang", "swam", "hid", "slid", "spat", "stuck", "swung", "hung", "dug",
        "sat", "fed", "clung", "flung", "stung", "strode", "rode", "froze", "forgave", "undertook",
        "overtook", "withdrew", "oversaw", "upheld", "withheld", "sprang", "dreamt", "learnt", "snuck", "arose", "awoke",
        "forbade", "foresaw", "mistook", "overcame", "shone", "sped", "spun", "strove", "swept",
    ]

    /// Whether words hold something that can be a clause's verb: an auxiliary, a past tense, a
    /// third-person present, or quoted words (which may carry their own).
    static func hasVerb(_ tokens: ArraySlice<Token>) -> Bool {
        let verbs = oneFormVerbs
        for (offset, token) in tokens.enumerated() {
            if token.kind == .quote { return true }
            guard token.isWord, !token.isCapitalized || offset == 0 else { continue }
            let word = token.lower
            if auxiliaries.contains(word) || verbs.contains(word) || word.count > 3 && word.hasSuffix("ed") { return true }
            if offset > 0, word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("ous"), !word.hasSuffix("is") { return true }
            // "they expect ...": a pronoun is a clause's subject.
            if offset == 0, ["i", "we", "they", "you", "he", "she", "it"].contains(word) { return true }
            if word.hasSuffix("'d") || word.hasSuffix("’d") || word.hasSuffix("n't") || word.hasSuffix("n’t") || word.hasSuffix("'ll") || word.hasSuffix("’ll") || word.hasSuffix("'re") || word.hasSuffix("’re") { return true }
        }
        return false
    }

    func follow(_ sequel: Sequel, speaker: SpeakerPhrase, mention: String, attribution: Attribution, in sentence: Range<Int>, limit: Int, depth: Int) -> [Candidate] {
        switch sequel {
        case .none:
            return []
        case .quote(let quote):
            return [Candidate(
                speaker: speaker, mention: mention, kind: .quote, parts: quoteParts(quote), via: attribution.via, datePhrase: attribution.datePhrase,
                sentence: sentence, rule: "clause-then-quote", confidence: 0.85, cue: attribution.cue)]
        case .verb(let verb):
            let word = article.tokens[verb].lower
            let lemma = AttributionLexicon.verbs[word] ?? AttributionLexicon.participles[word] ?? "say"
            var cueEnd = verb + 1
            if AttributionLexicon.particleVerbs[lemma] != nil { cueEnd += 1 }
            return sequels(afterCue: cueEnd, verb: verb, lemma: lemma, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: depth)
        case .clause(let start):
            return sequels(afterCue: start, speaker: speaker, mention: mention, attribution: attribution, in: sentence, limit: limit, depth: depth)
        }
    }
}
