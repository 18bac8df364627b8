// Interviews printed without labels: a question in a paragraph of its own ("Did the warning come
// too late?"), then the answer in one or more plain paragraphs, then the next question. The
// answers are the interviewee's; the questions are nobody's claims.

extension ClaimAssembler {
    /// The paragraphs that are a question of the interview: one sentence ending in "?", no
    /// quotation marks, no attribution. Empty unless the article has two or more of them, each
    /// followed by a plain paragraph, which is what makes it an interview.
    static func questionParagraphs(_ article: ArticleTokens, isNarrative: (Int) -> Bool) -> Set<Int> {
        var questions: Set<Int> = []
        for (number, paragraph) in article.paragraphs.enumerated() where isQuestion(paragraph, article) {
            questions.insert(number)
        }
        let followed = questions.filter { number in
            number + 1 < article.paragraphs.count && !questions.contains(number + 1) && isPlain(article.paragraphs[number + 1], article, isNarrative: isNarrative)
        }
        return followed.count >= 2 ? questions : []
    }

    static func isQuestion(_ whole: Range<Int>, _ article: ArticleTokens) -> Bool {
        let tokens = article.tokens
        // "**Why can't you hire?**": the marks of emphasis a question is printed in are not its
        // words, and a statement put in them ("**The minister says it is temporary.**") is the
        // interviewer's too.
        var paragraph = whole
        while !paragraph.isEmpty, Self.emphasis.contains(tokens[paragraph.lowerBound].text) { paragraph = (paragraph.lowerBound + 1)..<paragraph.upperBound }
        while !paragraph.isEmpty, Self.emphasis.contains(tokens[paragraph.upperBound - 1].text) { paragraph = paragraph.lowerBound..<(paragraph.upperBound - 1) }
        let emphasised = paragraph.lowerBound > whole.lowerBound && paragraph.upperBound < whole.upperBound
        // "Q: ...?" belongs to an interview with labels, which has rules of its own.
        guard !paragraph.prefix(5).contains(where: { tokens[$0].text == ":" }) else { return false }
        if emphasised, paragraph.filter({ tokens[$0].isWord }).count <= 40, !paragraph.contains(where: { tokens[$0].kind == .quote }) { return true }
        guard let last = paragraph.last, tokens[last].text == "?", paragraph.filter({ tokens[$0].isWord }).count <= 40,
            !paragraph.contains(where: { tokens[$0].kind == .quote }),
            // One sentence: no stop before the end.
            !paragraph.dropLast().contains(where: { [".", "!", "?"].contains(tokens[$0].text) && $0 + 1 < paragraph.upperBound && tokens[$0 + 1].isCapitalized })
        else { return false }
        return true
    }

    /// Marks of emphasis in text converted from markup: "**", "*", "__".
    static let emphasis: Set<String> = ["*", "**", "_", "__"]

    /// A paragraph with no quotation marks. (An answer may well report speech, "before we told
    /// 9,000 people to leave", so its verbs do not make it narration.)
    static func isPlain(_ paragraph: Range<Int>, _ article: ArticleTokens, isNarrative: (Int) -> Bool) -> Bool {
        // A few words quoted inside an answer ("whether the rocket had 'gone to heaven'") are
        // still the answer; a quotation that opens the paragraph or runs long is reported speech.
        guard !paragraph.isEmpty, article.tokens[paragraph.lowerBound].kind != .quote else { return false }
        return article.quotes.allSatisfy { quote in
            !paragraph.contains(quote.open) || quote.close != nil && quote.inner.filter({ article.tokens[$0].isWord }).count <= 6
        }
    }

    /// The reporter again after the interview: someone other than "I" or "we" said something
    /// ("After the interview, the gallery said in a statement that ...").
    func isNarration(_ paragraph: Range<Int>) -> Bool {
        AttributionCues.find(in: paragraph, article, narrative: isNarrative).contains { attribution in
            guard !attribution.speaker.isEmpty, !attribution.speaker.allSatisfy({ ["i", "we"].contains(article.tokens[$0].lower) }) else { return false }
            // "When the board says it can", "My daughter asked me": an answer may report others.
            var first = attribution.speaker.lowerBound
            if ["my", "our"].contains(article.tokens[first].lower) { return false }
            while first > paragraph.lowerBound, ["the", "a", "an"].contains(article.tokens[first - 1].lower) { first -= 1 }
            let subordinators: Set<String> = ["when", "if", "until", "unless", "whether", "because", "once"]
            if first > paragraph.lowerBound && subordinators.contains(article.tokens[first - 1].lower) || subordinators.contains(article.tokens[attribution.speaker.lowerBound].lower)
            {
                return false
            }
            switch speaker(of: attribution) {
            case .person?, .organisation?, .description?: return true
            default: return false
            }
        }
    }

    /// An answer paragraph of an interview without labels: after a question, or after another
    /// answer that follows one.
    func plainAnswer(_ sentence: Range<Int>) -> Candidate? {
        let tokens = article.tokens
        let number = tokens[sentence.lowerBound].paragraph
        let paragraph = article.paragraphs[number]
        guard !questionParagraphs.isEmpty, sentence.lowerBound == paragraph.lowerBound, !questionParagraphs.contains(number),
            Self.isPlain(paragraph, article, isNarrative: isNarrative), !isNarration(paragraph)
        else { return nil }
        var previous = number - 1
        while previous >= 0, !questionParagraphs.contains(previous), number - previous <= 4,
            Self.isPlain(article.paragraphs[previous], article, isNarrative: isNarrative), !isNarration(article.paragraphs[previous])
        {
            previous -= 1
        }
        guard previous >= 0, questionParagraphs.contains(previous) else { return nil }
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, [".", "!"].contains(tokens[end - 1].text) { end -= 1 }
        guard end - paragraph.lowerBound >= 3 else { return nil }
        return Candidate(
            speaker: .interviewee, mention: "", kind: .quote, parts: [paragraph.lowerBound..<end], via: [], datePhrase: nil,
            sentence: paragraph, rule: "interview-answer", confidence: 0.7)
    }
}
