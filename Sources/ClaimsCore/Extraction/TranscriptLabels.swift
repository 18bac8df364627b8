// Stage 2b of extraction: the speaker labels of a transcript or interview ("Q:", "WOLNA:",
// "MARK DELANEY, SES DEPUTY COMMISSIONER:", "DANIEL FOSTER, NSW PREMIER (recording):"). A label
// gives its paragraph to the one it names, and the unlabelled paragraphs after it until the next
// label; the programme's own people (presenter, host, reporter, correspondent) are the outlet
// speaking, so what they say is narration, read for the attributions in it like any other.

/// A speaker label at the start of a paragraph.
struct TranscriptLabel: Equatable {
    /// The label's words before any role: "MARK DELANEY" in "MARK DELANEY, SES DEPUTY COMMISSIONER:".
    var name: [String]
    /// What the label says the speaker is, lower case: ["ses", "deputy", "commissioner"].
    var roles: [String]
    /// The first token after the colon.
    var end: Int
    /// Whether the speaker is the programme's or paper's own: a presenter, host, reporter, the "Q".
    var isStaff: Bool

    /// The name as recorded: "MARK DELANEY" is Mark Delaney, "Dahl" stays Dahl.
    var displayName: String {
        name.map { word in
            word == word.uppercased() && word.count > 1 ? word.prefix(1) + word.dropFirst().lowercased() : Substring(word)
        }.joined(separator: " ")
    }

    static let staffRoles: Set<String> = [
        "q", "question", "interviewer", "presenter", "host", "anchor", "reporter", "correspondent", "moderator", "newsreader",
        "announcer", "co-host", "cohost", "narrator", "voiceover",
    ]

    /// Labels that introduce something other than a speaker: "Transcript: ...", "Note: ...".
    static let notSpeakers: Set<String> = [
        "transcript", "note", "update", "correction", "source", "sources", "photo", "caption", "watch", "listen", "read", "more",
        "warning", "editor's", "editor’s", "clarification", "background", "context", "analysis", "related", "see", "also", "key", "facts",
        "breaking", "latest", "recap", "summary", "live", "exclusive", "pictured", "video", "audio", "timeline", "explainer", "opinion",
        "comment", "headline", "headlines", "developing", "just", "in", "watch", "recommended", "advertisement",
        "confirmed", "official", "officially", "now", "earlier", "later", "reminder", "recap", "correction", "verdict",
        // A press release's boilerplate: "About Lithiq Recycling: Founded in 2019, ...", "Media contact:".
        "about", "contact", "contacts", "media", "investors", "notes",
    ]

    /// The labels of an article, by paragraph. A paragraph with no label is absent.
    static func find(_ article: ArticleTokens, skipped: Set<Int>) -> [Int: TranscriptLabel] {
        var labels: [Int: TranscriptLabel] = [:]
        let tokens = article.tokens
        // "Q. How bright is the sky?" / "A. When I came ...": letters with a stop, when both are there.
        func letter(_ paragraph: Range<Int>) -> String? {
            var start = paragraph.lowerBound
            while start < paragraph.upperBound, skipped.contains(start) { start += 1 }
            guard start + 2 < paragraph.upperBound, ["Q", "A"].contains(tokens[start].text), tokens[start + 1].text == "." else { return nil }
            return tokens[start].text
        }
        let lettered = Set(article.paragraphs.compactMap(letter)) == ["Q", "A"]
        for (number, paragraph) in article.paragraphs.enumerated() {
            if let label = label(paragraph, tokens, skipped: skipped) {
                labels[number] = label
            } else if lettered, let which = letter(paragraph) {
                var start = paragraph.lowerBound
                while skipped.contains(start) { start += 1 }
                labels[number] = TranscriptLabel(name: [which], roles: [], end: start + 2, isStaff: which == "Q")
            }
        }
        // "NINA HALE, PRESENTER:" once makes every "NINA HALE:" and "HALE:" the presenter's.
        var staff = Set(labels.values.filter(\.isStaff).flatMap { [$0.displayName, $0.surname] })
        // The one who opens the programme ("Good morning.") and the one whose lines are mostly
        // questions are its presenter; "our reporter Cathal Moran" is the programme's too.
        let ordered = labels.sorted { $0.key < $1.key }
        if let first = ordered.first, first.value.end + 1 < tokens.count,
            ["good", "welcome", "hello", "morning", "evening", "afternoon"].contains(tokens[first.value.end].lower)
        {
            staff.formUnion([first.value.displayName, first.value.surname])
        }
        var asked: [String: (questions: Int, lines: Int)] = [:]
        for (number, label) in ordered {
            let paragraph = article.paragraphs[number]
            let question = paragraph.upperBound > paragraph.lowerBound && tokens[paragraph.upperBound - 1].text == "?"
            asked[label.surname, default: (0, 0)].questions += question ? 1 : 0
            asked[label.surname, default: (0, 0)].lines += 1
        }
        for (surname, count) in asked where count.lines >= 2 && 2 * count.questions >= count.lines { staff.insert(surname) }
        // "Thanks, Laura.", "With me now is ...", "Back to you, Anna": the programme's own people.
        for (number, label) in ordered {
            let paragraph = article.paragraphs[number]
            let words = (label.end..<paragraph.upperBound).filter { tokens[$0].isWord }.map { tokens[$0].lower }
            let opening = words.prefix(3).joined(separator: " ")
            let text = " " + words.joined(separator: " ") + " "
            if opening.hasPrefix("thanks") || opening.hasPrefix("thank you") || text.contains(" with me now ") || text.contains(" joining me ")
                || text.contains(" joins me ") || text.contains(" back to you ") || text.contains(" our reporter ") || text.contains(" our correspondent ")
            {
                staff.insert(label.surname)
            }
        }
        for index in tokens.indices where ["reporter", "correspondent", "presenter", "host"].contains(tokens[index].lower) {
            var name = index + 1
            var words: [String] = []
            while name < min(tokens.count, index + 4), tokens[name].isWord, tokens[name].isCapitalized { words.append(tokens[name].text); name += 1 }
            if words.count >= 2 { staff.insert(NameFolding.key(words[words.count - 1])) }
        }
        for (number, label) in labels where staff.contains(label.displayName) || staff.contains(label.surname) { labels[number]?.isStaff = true }
        return labels
    }

    /// The last word of the name, folded: how a transcript goes on to label the same person.
    var surname: String { NameFolding.key(name.last ?? "") }

    /// "NAME[, ROLE WORDS][ (recording)]:" within the first dozen tokens of a paragraph.
    static func label(_ paragraph: Range<Int>, _ tokens: [Token], skipped: Set<Int>) -> TranscriptLabel? {
        var start = paragraph.lowerBound
        while start < paragraph.upperBound, skipped.contains(start) { start += 1 }
        guard let colon = (start..<min(paragraph.upperBound, start + 14)).first(where: { tokens[$0].text == ":" }), colon > start,
            colon + 1 < paragraph.upperBound
        else { return nil }
        var name: [String] = []
        var roles: [String] = []
        var inRole = false
        var inBrackets = false
        for index in start..<colon {
            let token = tokens[index]
            switch token.text {
            case ",": if inRole || name.isEmpty { return nil } else { inRole = true }
            case "(": inBrackets = true
            case ")": inBrackets = false
            case ".", "-", "–", "'", "’", "&": continue
            default:
                // "(PRESENTER)" says who they are; "(recording)", "(on the phone)" how the words came.
                if inBrackets {
                    if token.isWord { roles.append(token.lower) }
                    continue
                }
                guard token.isWord, token.isCapitalized || inRole && token.text == token.text.uppercased() else { return nil }
                if inRole { roles.append(token.lower) } else { name.append(token.text) }
            }
        }
        guard !name.isEmpty, name.count <= 4, !notSpeakers.contains(name[0].lowercased()),
            !AttributionLexicon.places.contains(name.joined(separator: " ").lowercased())
        else { return nil }
        // A name in capitals, or one or two words ("Dahl:", "Q:", "Montserrat Pujol:"); not the
        // first words of a sentence that happens to have a colon ("The Key Lines:").
        let capitals = name.allSatisfy { $0 == $0.uppercased() }
        guard capitals || name.count <= 3 && roles.isEmpty else { return nil }
        let lower = name.map { $0.lowercased() }
        let isStaff = roles.contains(where: staffRoles.contains) || lower.count == 1 && staffRoles.contains(lower[0])
        return TranscriptLabel(name: name, roles: roles, end: colon + 1, isStaff: isStaff)
    }
}
