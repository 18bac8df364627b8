// Stage 1 of extraction: the article as paragraphs, sentences and tokens, each token with its
// place in the text (Unicode code points, as anchors count them). Later stages read tokens, not
// strings, so that quotation marks, commas and capitals are facts to look at, not patterns.

/// One word, number or mark of the article.
struct Token: Equatable {
    enum Kind: Equatable {
        case word
        case punctuation
        /// A quotation mark; which way it faces is decided by QuoteScanner.
        case quote
    }

    var text: String { didSet { refresh() } }
    var kind: Kind { didSet { refresh() } }
    /// Code point offsets in the article body.
    var start: Int
    var end: Int
    var paragraph: Int
    /// Whether white space comes before it (a quotation mark facing a word opens).
    var spaceBefore: Bool
    var spaceAfter: Bool

    /// `text` in lower case, and whether it is capitalised: worked out once, since every stage
    /// asks, many times over (they were a tenth of the extraction's time when worked out on demand).
    private(set) var lower: String
    /// A capital, or a name with a particle before a capital: "al-Rubaie", "el-Sisi", "d'Estaing".
    private(set) var isCapitalized: Bool
    var isWord: Bool { kind == .word }

    init(text: String, kind: Kind, start: Int, end: Int, paragraph: Int, spaceBefore: Bool, spaceAfter: Bool) {
        self.text = text
        self.kind = kind
        self.start = start
        self.end = end
        self.paragraph = paragraph
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        lower = text.lowercased()
        isCapitalized = Self.capitalized(text, kind)
    }

    private mutating func refresh() {
        lower = text.lowercased()
        isCapitalized = Self.capitalized(text, kind)
    }

    private static func capitalized(_ text: String, _ kind: Kind) -> Bool {
        guard kind == .word, let first = text.first else { return false }
        if first.isUppercase { return true }
        guard let hyphen = text.firstIndex(where: { $0 == "-" || $0 == "'" || $0 == "’" }), text.index(after: hyphen) < text.endIndex else { return false }
        return ["al", "el", "ad", "as", "ash", "at", "az", "bin", "ibn", "d", "o", "abu"].contains(text[..<hyphen].lowercased())
            && text[text.index(after: hyphen)].isUppercase
    }
}

/// The article, tokenised: `tokens` in order, paragraphs and sentences as ranges of them.
struct ArticleTokens {
    var body: [Unicode.Scalar]
    var tokens: [Token]
    /// Token ranges, one per paragraph.
    var paragraphs: [Range<Int>]
    /// Token ranges, one per sentence, in order; a sentence never spans paragraphs and never ends
    /// inside a quotation.
    var sentences: [Range<Int>]
    /// The quotations, in order (QuoteScanner).
    var quotes: [QuoteSpan]
    /// For each token, the top-level quotation it lies in (marks included), as an index into
    /// `quotes`, or -1; and the quotations by their opening and closing marks and by the
    /// paragraph a run-on quotation continues into: lookups the stages make per token.
    private var quoteOfToken: [Int32] = []
    private var quoteByOpen: [Int: Int] = [:]
    private var quoteByClose: [Int: Int] = [:]
    private var continuationByParagraph: [Int: Int] = [:]

    /// Apostrophes and quotation marks: every kind news copy prints.
    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "“", "”", "„", "‟", "«", "»", "‹", "›", "'", "‘", "’", "‚", "「", "」", "『", "』"]

    init(_ text: String) {
        body = Array(text.unicodeScalars)
        tokens = []
        paragraphs = []
        sentences = []
        quotes = []
        tokenize()
        quotes = QuoteScanner.scan(tokens, paragraphs: paragraphs)
        var inside = [Bool](repeating: false, count: tokens.count)
        var closers: Set<Int> = []
        quoteOfToken = [Int32](repeating: -1, count: tokens.count)
        for (number, quote) in quotes.enumerated() where quote.depth == 0 {
            for index in quote.open..<quote.end {
                if index > quote.open { inside[index] = true }
                quoteOfToken[index] = Int32(number)
            }
            if let close = quote.close {
                closers.insert(close)
                quoteByClose[close] = number
            }
            quoteByOpen[quote.open] = number
            if quote.continuesPrevious { continuationByParagraph[quote.paragraph] = number }
        }
        sentences = paragraphs.flatMap { SentenceBoundaries.split(tokens, $0, insideQuote: inside, closers: closers) }
    }

    /// The top-level quotation that token `index` lies in (marks included), if any.
    func quote(containing index: Int) -> QuoteSpan? {
        guard index >= 0, index < quoteOfToken.count, quoteOfToken[index] >= 0 else { return nil }
        return quotes[Int(quoteOfToken[index])]
    }

    /// The top-level quotation that opens at token `index`.
    func quote(openingAt index: Int) -> QuoteSpan? {
        quoteByOpen[index].map { quotes[$0] }
    }

    /// The top-level quotation that closes at token `index`.
    func quote(closingAt index: Int) -> QuoteSpan? {
        quoteByClose[index].map { quotes[$0] }
    }

    /// The quotation in paragraph `paragraph` that carries on the previous paragraph's.
    func continuation(inParagraph paragraph: Int) -> QuoteSpan? {
        continuationByParagraph[paragraph].map { quotes[$0] }
    }

    /// The text of tokens `range` as printed (with the article's own spacing).
    func text(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count, !range.isEmpty else { return "" }
        return String(String.UnicodeScalarView(body[tokens[first].start..<tokens[range.upperBound - 1].end]))
    }

    /// The text between two code point offsets.
    func text(from start: Int, to end: Int) -> String {
        guard start < end, start >= 0, end <= body.count else { return "" }
        return String(String.UnicodeScalarView(body[start..<end]))
    }

    private mutating func tokenize() {
        var paragraph = 0
        var paragraphStart = 0
        var index = 0
        var spaceBefore = true
        var newlines = 0
        var openSingles = 0
        func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
        }
        while index < body.count {
            let scalar = body[index]
            if scalar == "\n" {
                newlines += 1
                index += 1
                spaceBefore = true
                continue
            }
            if scalar.properties.isWhitespace {
                index += 1
                spaceBefore = true
                continue
            }
            if newlines >= 2, tokens.count > paragraphStart {
                // A blank line ends a paragraph (blank lines before the first one end nothing).
                paragraphs.append(paragraphStart..<tokens.count)
                paragraph = paragraphs.count
                paragraphStart = tokens.count
                openSingles = 0
            }
            newlines = 0
            let start = index
            let kind: Token.Kind
            if scalar == "‘" || scalar == "'" && spaceBefore && index + 1 < body.count && isWordScalar(body[index + 1]) { openSingles += 1 }
            // "the Workers’ Federation": a possessive apostrophe after a plural, when no single
            // quotation is open, belongs to the word.
            if (scalar == "’" || scalar == "'"), openSingles == 0, !spaceBefore, !tokens.isEmpty, tokens[tokens.count - 1].end == index,
                tokens[tokens.count - 1].kind == .word, tokens[tokens.count - 1].text.last.map({ $0 == "s" || $0 == "S" }) == true,
                index + 2 < body.count, body[index + 1] == " ", isWordScalar(body[index + 2])
            {
                index += 1
                tokens[tokens.count - 1].end = index
                tokens[tokens.count - 1].text = String(String.UnicodeScalarView(body[tokens[tokens.count - 1].start..<index]))
                spaceBefore = false
                continue
            }
            if (scalar == "’" || scalar == "'"), openSingles > 0, !spaceBefore { openSingles -= 1 }
            if Self.quoteMarks.contains(scalar) {
                // An apostrophe inside a word (don't, O'Neill, Doe’s) belongs to the word.
                if (scalar == "'" || scalar == "’"), index > 0, isWordScalar(body[index - 1]), index + 1 < body.count,
                    isWordScalar(body[index + 1]), !tokens.isEmpty, tokens[tokens.count - 1].end == index,
                    tokens[tokens.count - 1].kind == .word
                {
                    index += 1
                    while index < body.count, isWordScalar(body[index]) || body[index] == "-" && index + 1 < body.count && isWordScalar(body[index + 1]) {
                        index += 1
                    }
                    tokens[tokens.count - 1].end = index
                    tokens[tokens.count - 1].text = String(String.UnicodeScalarView(body[tokens[tokens.count - 1].start..<index]))
                    spaceBefore = false
                    continue
                }
                index += 1
                kind = .quote
            } else if isWordScalar(scalar) {
                index += 1
                // Words run on through inner hyphens, dots of abbreviations and initials (U.S., 3.5, e-mail).
                while index < body.count {
                    let next = body[index]
                    if isWordScalar(next) {
                        index += 1
                    } else if (next == "-" || next == "." || next == "," && body[index - 1].properties.numericType != nil || next == "&"),
                        index + 1 < body.count, isWordScalar(body[index + 1]),
                        next != "." || Self.isAbbreviationDot(body, at: index)
                    {
                        index += 2
                    } else {
                        break
                    }
                }
                kind = .word
            } else {
                index += 1
                kind = .punctuation
            }
            var token = Token(
                text: String(String.UnicodeScalarView(body[start..<index])), kind: kind, start: start, end: index,
                paragraph: paragraph, spaceBefore: spaceBefore, spaceAfter: false)
            token.spaceAfter = index >= body.count || body[index].properties.isWhitespace
            tokens.append(token)
            spaceBefore = false
        }
        if tokens.count > paragraphStart { paragraphs.append(paragraphStart..<tokens.count) }
        // Each token knows whether space follows it, for quotation marks facing one way or the other.
        for index in tokens.indices {
            let end = tokens[index].end
            tokens[index].spaceAfter = end >= body.count || body[end].properties.isWhitespace
        }
    }

    /// A dot inside a word that stays in it: "U.S.", "a.m.", not "end.Next".
    static func isAbbreviationDot(_ body: [Unicode.Scalar], at index: Int) -> Bool {
        // One letter before the dot and one after: initials and abbreviations like U.S. or e.g.
        guard index >= 1, index + 1 < body.count else { return false }
        let before = index >= 2 ? body[index - 2] : " "
        let after = index + 2 < body.count ? body[index + 2] : " "
        return !before.properties.isAlphabetic || after == "." || body[index + 1].properties.numericType != nil
    }
}

/// Where sentences end: a full stop, question or exclamation mark (with closing quotation marks
/// and brackets after it) followed by a capital or an opening mark, unless the stop ends an
/// abbreviation ("Mr.", "Gen.", "Nov.") or an initial ("J."). Inside a quotation only the stop
/// that closes it ends a sentence (`... to prevent.” He asked`), so a quoted passage of several
/// sentences stays one.
enum SentenceBoundaries {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "col", "lt", "sgt", "prof", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs", "jr", "sr", "capt", "cmdr", "adm", "maj",
        "brig", "cpl", "pvt", "rev", "hon", "insp", "supt", "det", "mt", "ft", "inc", "ltd", "co", "corp", "approx",
        "est", "u.s", "u.k", "u.n", "e.g", "i.e",
    ]

    /// Abbreviations that also end sentences ("exports to the U.S. The ministry said").
    static let endingAbbreviations: Set<String> = ["u.s", "u.k", "u.n", "inc", "ltd", "co", "corp", "no", "jr", "sr", "est", "approx"]

    static func split(_ tokens: [Token], _ range: Range<Int>, insideQuote: [Bool], closers: Set<Int>) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            guard token.kind == .punctuation, [".", "?", "!", "…"].contains(token.text), !insideQuote[index] || closers.contains(index + 1) else {
                index += 1
                continue
            }
            var end = index + 1
            // Closing marks and brackets after the stop belong to this sentence.
            while end < range.upperBound, tokens[end].kind == .quote || tokens[end].text == ")",
                !tokens[end].spaceBefore || tokens[end].kind == .quote && tokens[end].spaceAfter
            {
                end += 1
                if tokens[end - 1].spaceAfter { break }
            }
            let previous = index > range.lowerBound ? tokens[index - 1] : nil
            // "J." is an initial; "on X." is the platform.
            let isInitial = previous.map { $0.text.count == 1 && $0.isCapitalized } == true
                && !(index >= range.lowerBound + 2 && ["on", "via", "to"].contains(tokens[index - 2].lower))
            // "U.S.", "Inc." and "No." can end a sentence too, before "The", "He", "But" ...
            let endsSentenceAnyway = previous.map { endingAbbreviations.contains($0.lower) } == true && end < range.upperBound
                && tokens[end].isCapitalized && (AttributionLexicon.openers.contains(tokens[end].lower) || ["the", "a", "an", "he", "she", "they", "we", "it"].contains(tokens[end].lower))
            let isAbbreviation = token.text == "." && !endsSentenceAnyway && previous.map {
                $0.kind == .word && !token.spaceBefore && (abbreviations.contains($0.lower) || isInitial)
            } == true
            let nextStarts = end >= range.upperBound
                || tokens[end].spaceBefore && (tokens[end].isCapitalized || tokens[end].kind == .quote || tokens[end].text.first?.isNumber == true
                    || tokens[end].text == "(" || tokens[end].text == "[")
            if !isAbbreviation, nextStarts {
                sentences.append(start..<end)
                start = end
            }
            index = end
        }
        if start < range.upperBound { sentences.append(start..<range.upperBound) }
        return sentences
    }
}
