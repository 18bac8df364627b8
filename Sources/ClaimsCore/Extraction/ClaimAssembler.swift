// Stage 6 of extraction: claims from quotations, cues and speakers. Sentence by sentence, with
// what the neighbouring sentences and paragraphs say: a paragraph ending "Putin said:" before a
// quotation, a quotation followed by "he told reporters.", a quotation running on over
// paragraphs, a quotation split around its attribution, and the answers of an interview.

/// A claim before it is resolved and written out.
struct Candidate {
    var speaker: SpeakerPhrase
    /// The mention as printed ("Kremlin spokesman Dmitry Peskov", "he").
    var mention: String
    var kind: ClaimKind
    /// Token ranges of the claim's words; more than one for a quotation split around its attribution.
    var parts: [Range<Int>]
    var via: [String]
    var datePhrase: String?
    /// The sentence it came from.
    var sentence: Range<Int>
    var rule: String
    var confidence: Double
    /// The attribution's cue, when it is in the claim's own sentence.
    var cue: Range<Int>? = nil
}

struct ClaimAssembler {
    let article: ArticleTokens
    /// Tokens of a dateline or byline, which are neither speakers nor claims.
    let skipped: Set<Int>
    private var insideQuote: [Bool]
    /// Whom an interview is with: the person who "spoke to" the paper, or sat down for its interview.
    /// The phrase and the sentence it is in, so that "She spoke to the Herald" resolves there.
    private(set) var interviewee: (phrase: SpeakerPhrase, sentence: Int)?
    /// The question paragraphs of an interview printed without labels (PlainInterviews.swift).
    private(set) var questionParagraphs: Set<Int> = []
    /// Speaker labels of a transcript or interview, by paragraph (TranscriptLabels.swift).
    let labels: [Int: TranscriptLabel]

    init(article: ArticleTokens, skipped: Set<Int>) {
        self.article = article
        let labels = TranscriptLabel.find(article, skipped: skipped)
        self.labels = labels
        // A label is no one's words and names no one in a sentence.
        var skipped = skipped
        for (number, label) in labels { skipped.formUnion(article.paragraphs[number].lowerBound..<label.end) }
        self.skipped = skipped
        var inside = [Bool](repeating: false, count: article.tokens.count)
        for quote in article.quotes where quote.depth == 0 {
            for index in quote.open..<quote.end { inside[index] = true }
        }
        insideQuote = inside
        questionParagraphs = Self.questionParagraphs(article, isNarrative: { !inside[$0] && !skipped.contains($0) })
        interviewee = findInterviewee()
    }

    /// "Wolna, who ..., spoke to the Baltic Courier", "Brenner gave an interview to ...": the last
    /// such before the first question.
    func findInterviewee() -> (phrase: SpeakerPhrase, sentence: Int)? {
        let tokens = article.tokens
        let firstQuestion = article.paragraphs.enumerated().first { number, paragraph in
            paragraph.count > 2 && tokens[paragraph.lowerBound + 1].text == ":" && ["q", "question"].contains(tokens[paragraph.lowerBound].lower)
                || questionParagraphs.contains(number)
        }?.element.lowerBound ?? tokens.count
        for sentence in article.sentences.filter({ $0.lowerBound < firstQuestion }).reversed() {
            // "We met in Lagos, where Ezeh now lives": the first person named after "We met".
            if let met = sentence.first(where: { isNarrative($0) && tokens[$0].lower == "met" && $0 > sentence.lowerBound && ["we", "i"].contains(tokens[$0 - 1].lower) }) {
                var index = met + 1
                while index < sentence.upperBound {
                    guard tokens[index].isCapitalized, isNarrative(index) else { index += 1; continue }
                    var end = index
                    while end < sentence.upperBound, tokens[end].isCapitalized { end += 1 }
                    if let phrase = SpeakerPhrases.classify(index..<end, appositive: nil, article), SpeakerPhrases.isPerson(phrase) {
                        return (phrase, trimmed(sentence).lowerBound)
                    }
                    index = end
                }
            }
            for index in sentence where isNarrative(index) && ["spoke", "talked", "sat", "gave", "agreed", "answered"].contains(tokens[index].lower) {
                guard index + 1 < sentence.upperBound, ["to", "with", "down", "an", "questions"].contains(tokens[index + 1].lower) || tokens[index].lower == "answered" && ["our", "my", "these", "the"].contains(tokens[index + 1].lower),
                    let subject = SpeakerPhrases.before(index, in: sentence, article, narrative: isNarrative),
                    let phrase = SpeakerPhrases.classify(subject.phrase, appositive: subject.appositive, article)
                else { continue }
                switch phrase {
                case .person, .pronoun(.male), .pronoun(.female): return (phrase, trimmed(sentence).lowerBound)
                default: continue
                }
            }
        }
        return nil
    }

    func isNarrative(_ index: Int) -> Bool { !insideQuote[index] && !skipped.contains(index) }

    /// Every candidate of the article, in order.
    func candidates() -> [Candidate] {
        var result: [Candidate] = []
        var consumed: Set<Int> = []
        let sentences = article.sentences.map(trimmed).filter { !$0.isEmpty }
        for (number, sentence) in sentences.enumerated() where !consumed.contains(number) {
            // An interviewer's question, or a statement put as one, is nobody's claim.
            if questionParagraphs.contains(article.tokens[sentence.lowerBound].paragraph) { continue }
            if let answer = interviewAnswer(sentence) ?? answerContinued(sentence, after: result.last) ?? plainAnswer(sentence) {
                result.append(answer)
                // The answer is the whole paragraph.
                var later = number + 1
                while later < sentences.count, answer.sentence.contains(sentences[later].lowerBound) {
                    consumed.insert(later)
                    later += 1
                }
                continue
            }
            let quotes = topQuotes(in: sentence)
            let attributions = AttributionCues.find(in: sentence, article, narrative: isNarrative)
            if !quotes.isEmpty, narrativeWords(in: sentence).isEmpty {
                // A sentence that is only a quotation: its speaker is in a neighbouring sentence.
                if let (candidate, used) = loneQuotation(sentence, quotes: quotes, index: number, sentences: sentences, result: result) {
                    result.append(candidate)
                    if let used { consumed.insert(used) }
                }
                continue
            }
            // "hit back - with both barrels": words after a dash are no reported clause.
            let found = claims(in: sentence, quotes: quotes, attributions: attributions).filter { candidate in
                guard let first = candidate.parts.first?.lowerBound else { return true }
                return !["-", "–", "—"].contains(article.tokens[first].text)
            }
            // (A cue that found no speaker, "a source told the Clarion: ...", leaves the words to nobody.)
            result += found.isEmpty && attributions.isEmpty ? (colonQuotation(sentence, quotes: quotes) ?? postedQuotation(sentence, quotes: quotes)).map { [$0] } ?? [] : found
        }
        return result
    }

    /// "Alasdair Kerr, 39, took the chef's side: “Honestly? It smells of pizza.”", "She posted a
    /// snap with the caption: “...”": a quotation after a colon that ends a sentence about
    /// someone, with no reporting verb, is the words of the sentence's subject.
    func colonQuotation(_ sentence: Range<Int>, quotes: [QuoteSpan]) -> Candidate? {
        guard let quote = quotes.last, quote.open > sentence.lowerBound + 2, article.tokens[quote.open - 1].text == ":", isNarrative(quote.open - 1),
            reachesEnd(quote, sentence), quotes.allSatisfy({ $0.open == quote.open }),
            article.tokens[sentence.lowerBound].isCapitalized,
            Self.hasVerb(article.tokens[(sentence.lowerBound + 1)..<(quote.open - 1)].filter { $0.isWord && !$0.isCapitalized }[...])
        else { return nil }
        return Candidate(
            speaker: .subject, mention: "", kind: .quote, parts: quoteParts(quote), via: [], datePhrase: nil, sentence: sentence,
            rule: "colon-quote", confidence: 0.6)
    }

    /// The sentence without a dateline or byline that opens it.
    func trimmed(_ sentence: Range<Int>) -> Range<Int> {
        var start = sentence.lowerBound
        while start < sentence.upperBound, skipped.contains(start) { start += 1 }
        return start..<sentence.upperBound
    }

    func topQuotes(in sentence: Range<Int>) -> [QuoteSpan] {
        sentence.compactMap { article.quote(openingAt: $0) }
    }

    func narrativeWords(in sentence: Range<Int>) -> [Int] {
        sentence.filter { isNarrative($0) && article.tokens[$0].isWord }
    }

    // MARK: Across sentences

    /// A sentence that is only a quotation: said by the speaker whose attribution ends the sentence
    /// before with a colon, or who is named in an attribution-only sentence after it, or who spoke
    /// the quotation just before it in the paragraph.
    func loneQuotation(
        _ sentence: Range<Int>, quotes: [QuoteSpan], index: Int, sentences: [Range<Int>], result: [Candidate]
    ) -> (Candidate, Int?)? {
        guard let quote = quotes.first, !quote.continuesPrevious else { return nil }
        let parts = quoteParts(quote)
        let tokens = article.tokens
        if index > 0 {
            let previous = sentences[index - 1]
            let last = previous.upperBound - 1
            if tokens[last].text == ":" || tokens[last].text == "," {
                let attributions = AttributionCues.find(in: previous, article, narrative: isNarrative)
                if let attribution = attributions.last, let speaker = speaker(of: attribution) {
                    return (Candidate(
                        speaker: speaker, mention: article.text(attribution.speaker), kind: .quote, parts: parts, via: attribution.via,
                        datePhrase: attribution.datePhrase, sentence: sentence, rule: "attribution-before-colon", confidence: 0.85), nil)
                }
                // "Opposition leader Dimitra Sakellariou has weighed in on X:", "Finance Minister Pieter
                // Joubert has welcomed the cut in a post on X:": whom the sentence is about.
                if attributions.isEmpty, tokens[last].text == ":", let (speaker, mention) = openingName(of: previous) {
                    return (Candidate(
                        speaker: speaker, mention: mention, kind: .quote, parts: parts, via: [], datePhrase: nil, sentence: sentence,
                        rule: "scene-before-colon", confidence: 0.7), nil)
                }
            }
        }
        // The attribution after a quotation: in the same paragraph, or a short paragraph after a
        // quotation that is a paragraph of its own.
        let paragraphOf = { (range: Range<Int>) in tokens[range.lowerBound].paragraph }
        let standsAlone = sentence.lowerBound == article.paragraphs[paragraphOf(sentence)].lowerBound
        if index + 1 < sentences.count, paragraphOf(sentences[index + 1]) == paragraphOf(sentence)
            || standsAlone && paragraphOf(sentences[index + 1]) == paragraphOf(sentence) + 1 && narrativeWords(in: sentences[index + 1]).count <= 12
        {
            let next = sentences[index + 1]
            let words = narrativeWords(in: next)
            let attributions = AttributionCues.find(in: next, article, narrative: isNarrative)
            if words.count <= 10, topQuotes(in: next).isEmpty, let attribution = attributions.first, let speaker = speaker(of: attribution),
                claims(in: next, quotes: [], attributions: [attribution]).isEmpty
            {
                return (Candidate(
                    speaker: speaker, mention: article.text(attribution.speaker), kind: .quote, parts: parts, via: attribution.via,
                    datePhrase: attribution.datePhrase, sentence: sentence, rule: "attribution-after-quote", confidence: 0.8), index + 1)
            }
        }
        // "That was Cornish, speaking to Radio Meridian." / "That was how Mr Pike put it."
        if index + 1 < sentences.count {
            let next = sentences[index + 1]
            var cursor = next.lowerBound
            if cursor + 2 < next.upperBound, tokens[cursor].lower == "that", tokens[cursor + 1].lower == "was" {
                cursor += 2
                if tokens[cursor].lower == "how" { cursor += 1 }
                var end = cursor
                while end < next.upperBound, tokens[end].isCapitalized || tokens[end].text == "." && end > cursor { end += 1 }
                if paragraphOf(next) <= paragraphOf(sentence) + 1, end > cursor, let speaker = SpeakerPhrases.classify(cursor..<end, appositive: nil, article),
                    SpeakerPhrases.isPerson(speaker) || speaker != .pronoun(.thing)
                {
                    return (Candidate(
                        speaker: speaker, mention: article.text(cursor..<end), kind: .quote, parts: parts, via: [], datePhrase: nil,
                        sentence: sentence, rule: "attribution-after-quote", confidence: 0.75), index + 1)
                }
            }
        }
        // The same speaker going on: "…," Rossi said. "That moment has not yet arrived."
        if let previous = result.last, previous.kind == .quote, index > 0, sentences[index - 1] == previous.sentence
            || tokens[previous.sentence.lowerBound].paragraph == tokens[sentence.lowerBound].paragraph - 1 && previous.rule != "interview-answer"
        {
            var continued = previous
            continued.parts = parts
            continued.sentence = sentence
            continued.rule = "continued-quote"
            continued.confidence = 0.75
            return (continued, nil)
        }
        // The speaker of the reported speech just before going on in their own words: "Berglund
        // acknowledged that ..., but said .... “Is it perfect? No.”", and a quotation that is a
        // paragraph of its own after a paragraph that ends with what someone said.
        if let previous = result.last, previous.kind == .paraphrase, index > 0, previous.sentence == sentences[index - 1],
            !previous.rule.hasPrefix("interview"),
            paragraphOf(previous.sentence) == paragraphOf(sentence)
                || standsAlone && paragraphOf(previous.sentence) == paragraphOf(sentence) - 1
                    && article.paragraphs[paragraphOf(previous.sentence)].upperBound == previous.sentence.upperBound
        {
            var continued = previous
            continued.kind = .quote
            continued.parts = parts
            continued.sentence = sentence
            continued.datePhrase = nil
            continued.rule = "quote-after-reported-speech"
            continued.confidence = 0.65
            return (continued, nil)
        }
        // "Asked when she expected to go home, Mrs Marchetti shrugged. “When they tell us.”": a
        // quotation after a sentence about someone, in the same paragraph, is theirs.
        // (Or a paragraph of its own after the paragraph that ends with that sentence: "She
        // smiles, and takes a while to answer." and then the answer.)
        if index > 0, paragraphOf(sentences[index - 1]) == paragraphOf(sentence)
            || standsAlone && paragraphOf(sentences[index - 1]) == paragraphOf(sentence) - 1
                && article.paragraphs[paragraphOf(sentences[index - 1])].upperBound == sentences[index - 1].upperBound,
            topQuotes(in: sentences[index - 1]).isEmpty,
            !sentences[index - 1].contains(where: { tokens[$0].kind == .quote }),
            result.last.map({ !$0.sentence.overlaps(sentences[index - 1]) }) ?? true
        {
            return (Candidate(
                speaker: .previousSubject, mention: "", kind: .quote, parts: parts, via: [], datePhrase: nil, sentence: sentence,
                rule: "quote-after-scene", confidence: 0.6), nil)
        }
        return nil
    }

    /// The person or organisation a sentence opens with, when its verb follows: "Opposition leader
    /// Dimitra Sakellariou has ...", "The residents' association Viver na Sé, which ..., put it".
    func openingName(of sentence: Range<Int>) -> (SpeakerPhrase, String)? {
        let tokens = article.tokens
        let start = firstToken(from: sentence.lowerBound, in: sentence)
        var end = start
        while end < sentence.upperBound, isNarrative(end), tokens[end].isWord,
            tokens[end].isCapitalized || ["of", "for", "the", "and"].contains(tokens[end].lower) || AttributionLexicon.titles.contains(tokens[end].lower)
                || end > start && tokens[end - 1].lower == "the"
        {
            end += 1
        }
        guard end > start, end < sentence.upperBound, !tokens[end].isCapitalized,
            ["has", "have", "had", "was", "is", "took", "put", "posted", "went", "weighed", "welcomed", "wrote", "hit", "gave", "issued", "shared"].contains(tokens[end].lower)
                || [",", "—", "–"].contains(tokens[end].text),
            let phrase = SpeakerPhrases.classify(start..<end, appositive: nil, article)
        else { return nil }
        switch phrase {
        case .person, .organisation: return (phrase, article.text(start..<end))
        default: return nil
        }
    }

    /// A paragraph of an answer after its labelled first paragraph (no label, no quotation marks,
    /// no attribution): the same speaker's, until the next label.
    func answerContinued(_ sentence: Range<Int>, after previous: Candidate?) -> Candidate? {
        let tokens = article.tokens
        let number = tokens[sentence.lowerBound].paragraph
        guard let previous, previous.rule.hasPrefix("interview-answer"), let last = previous.parts.last,
            tokens[last.lowerBound].paragraph == number - 1, labels[number] == nil
        else { return nil }
        let paragraph = article.paragraphs[number]
        // "And I'd say this to employers as well": the speaker goes on in the first person.
        let firstPerson: Set<String> = ["i", "we", "i'd", "i’d", "we'd", "we’d", "i'm", "i’m", "i've", "i’ve", "we've", "we’ve", "i'll", "i’ll", "we'll", "we’ll"]
        guard sentence.lowerBound == paragraph.lowerBound, !paragraph.contains(where: { tokens[$0].kind == .quote }),
            AttributionCues.find(in: paragraph, article, narrative: isNarrative).allSatisfy({ attribution in
                speaker(of: attribution) == nil || attribution.speaker.allSatisfy { firstPerson.contains(tokens[$0].lower) }
            })
        else { return nil }
        var end = paragraph.upperBound
        var final = end - 1
        while final > paragraph.lowerBound, tokens[final].kind != .word, tokens[final].text != "?" { final -= 1 }
        guard tokens[final].text != "?" else { return nil }
        while end > paragraph.lowerBound, [".", "!"].contains(tokens[end - 1].text) { end -= 1 }
        // Only inside the interview: the next paragraph is a question or another answer.
        guard number + 1 < article.paragraphs.count, labels[number + 1] != nil else { return nil }
        var continued = previous
        continued.parts = [paragraph.lowerBound..<end]
        continued.sentence = paragraph
        continued.rule = "interview-answer-continued"
        continued.confidence = 0.7
        return continued
    }

    /// The paragraph a label gives to a speaker: "A: ...", "Ruiz: ...", "MINISTER: ...", "MARK
    /// DELANEY, SES DEPUTY COMMISSIONER: ...". The interviewer's and presenter's are not claims.
    func interviewAnswer(_ sentence: Range<Int>) -> Candidate? {
        let tokens = article.tokens
        let number = tokens[sentence.lowerBound].paragraph
        let paragraph = article.paragraphs[number]
        guard let label = labels[number], sentence.lowerBound <= label.end, !label.isStaff, label.end < paragraph.upperBound else { return nil }
        let speaker: SpeakerPhrase
        let words = label.name.map { $0.lowercased() }
        let labelText = label.name.joined(separator: " ")
        if labelText == "A" {
            speaker = .interviewee
        } else if words.allSatisfy({ AttributionLexicon.titles.contains($0) || SpeakerPhrases.isPersonNoun($0) }), labelText == labelText.uppercased() {
            // "CHIEF EXECUTIVE:", "PREMIER:": the role.
            speaker = .description(head: words[words.count - 1], words: words)
        } else {
            // "ELLERY:" is Ms Ellery; "Dahl:" is Henrik Dahl; "DR ANAHERA MOKO:" is Anahera Moko.
            var name = label.displayName.split(separator: " ").map(String.init)
            var roles = label.roles
            while name.count > 1, AttributionLexicon.titles.contains(name[0].lowercased().trimmingCharacters(in: ".")) { roles.append(name.removeFirst().lowercased()) }
            speaker = .person(name: name.joined(separator: " "), roles: roles)
        }
        var start = label.end
        var end = paragraph.upperBound
        if tokens[start].kind == .quote { start += 1 }
        // A question is not a claim ("ABBOTT: Will you hit the target?"); an answer that ends on one
        // is ("MORAN: The agency has known for months. Where was the plan B?").
        let endsAsking = tokens[end - 1].text == "?" || tokens[end - 1].kind == .quote && end >= 2 && tokens[end - 2].text == "?"
        let sentencesBefore = (start..<max(start, end - 2)).contains { [".", "!", "?"].contains(tokens[$0].text) && isNarrative($0) || [".", "!", "?"].contains(tokens[$0].text) && $0 + 1 < end && tokens[$0 + 1].isCapitalized }
        guard !endsAsking || sentencesBefore else { return nil }
        while end > start, tokens[end - 1].kind == .quote || [".", "!", "?"].contains(tokens[end - 1].text) { end -= 1 }
        guard end - start >= 3 else { return nil }
        return Candidate(
            speaker: speaker, mention: labelText, kind: .quote, parts: [start..<end], via: [], datePhrase: nil,
            sentence: start..<paragraph.upperBound, rule: "interview-answer", confidence: 0.8)
    }
}
