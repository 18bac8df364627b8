// Stage 2 of extraction: where quotations open and close. Curly, straight and single marks,
// guillemets and „German“ marks; apostrophes are not quotation marks; a quotation that runs on
// into the next paragraph (which opens with a mark again, as newspapers print it) is one.

/// One quotation: its marks and the tokens between them.
struct QuoteSpan: Equatable {
    /// Token index of the opening mark.
    var open: Int
    /// Token index of the closing mark, or nil when the paragraph ends first.
    var close: Int?
    /// One past the last token of the quotation (the closing mark included).
    var end: Int
    var paragraph: Int
    /// 0 for a quotation in the narrative, 1 for one inside another.
    var depth: Int
    /// The quotation goes on in the next paragraph (which opens with a mark again).
    var continuesInNext = false
    /// This paragraph's quotation carries on the previous paragraph's.
    var continuesPrevious = false

    /// Tokens inside the marks.
    var inner: Range<Int> { (open + 1)..<(close ?? end) }
}

enum QuoteScanner {
    static let doubleOpeners: Set<String> = ["“", "„", "«", "‹", "「", "『"]
    static let doubleClosers: Set<String> = ["”", "»", "›", "」", "』"]
    static let singleOpeners: Set<String> = ["‘", "‚"]

    static func scan(_ tokens: [Token], paragraphs: [Range<Int>]) -> [QuoteSpan] {
        var spans: [QuoteSpan] = []
        for (number, range) in paragraphs.enumerated() {
            var paragraphSpans = scanParagraph(tokens, range, paragraph: number)
            // "… end of the first paragraph (no closing mark) / “Second paragraph …”": one quotation.
            if let last = spans.last, last.continuesInNext, last.paragraph == number - 1,
                let first = paragraphSpans.first, first.open == range.lowerBound
            {
                paragraphSpans[0].continuesPrevious = true
            }
            spans += paragraphSpans
        }
        return spans
    }

    /// The quotations of one paragraph. Double marks pair first; single marks pair inside them, or
    /// on their own where the paper uses single marks for quotations.
    static func scanParagraph(_ tokens: [Token], _ range: Range<Int>, paragraph: Int) -> [QuoteSpan] {
        let germanStyle = range.contains { tokens[$0].text == "„" }
        let reversedGuillemets = range.first { ["«", "»"].contains(tokens[$0].text) }.map { tokens[$0].text == "»" } ?? false
        var spans: [QuoteSpan] = []
        var openDouble: Int?
        var openSingle: Int?
        for index in range where tokens[index].kind == .quote {
            let mark = tokens[index].text
            let facesWord = !tokens[index].spaceAfter && index + 1 < range.upperBound && tokens[index + 1].kind != .punctuation
            let followsWord = !tokens[index].spaceBefore && index > range.lowerBound
            let atStart = index == range.lowerBound || tokens[index].spaceBefore
                || ["(", "[", "—", "–", "-", ":"].contains(tokens[index - 1].text)
            var opensDouble = false
            var closesDouble = false
            switch mark {
            case "“": if germanStyle { closesDouble = true } else { opensDouble = true }
            case "„", "「", "『", "‹": opensDouble = true
            case "«": if reversedGuillemets { closesDouble = true } else { opensDouble = true }
            case "»": if reversedGuillemets { opensDouble = true } else { closesDouble = true }
            case "”", "」", "』", "›": closesDouble = true
            case "\"":
                if openDouble == nil { opensDouble = atStart || facesWord } else { closesDouble = true }
            case "‘", "‚":
                if openSingle == nil { openSingle = index }
                continue
            case "’", "'":
                if let single = openSingle, followsWord || !tokens[index].spaceBefore || tokens[index].spaceAfter {
                    spans.append(
                        QuoteSpan(open: single, close: index, end: index + 1, paragraph: paragraph, depth: openDouble == nil ? 0 : 1))
                    openSingle = nil
                } else if mark == "'", openSingle == nil, atStart, facesWord {
                    openSingle = index
                }
                continue
            default:
                continue
            }
            if opensDouble, openDouble == nil {
                openDouble = index
                openSingle = nil
            } else if closesDouble, let open = openDouble {
                if let single = openSingle, single > open { openSingle = nil }
                spans.append(QuoteSpan(open: open, close: index, end: index + 1, paragraph: paragraph, depth: 0))
                openDouble = nil
            }
        }
        if let open = openDouble {
            // Still open at the end of the paragraph: it goes on in the next one, as papers print it.
            spans.append(QuoteSpan(open: open, close: nil, end: range.upperBound, paragraph: paragraph, depth: 0, continuesInNext: true))
        }
        // Single-mark quotations inside double ones are part of them; at the top level they stand alone.
        spans.sort { $0.open < $1.open }
        var result: [QuoteSpan] = []
        // Sorted by opening mark, a span lies inside an earlier top-level one when it ends by the
        // furthest end seen so far.
        var furthestEnd = -1
        var furthestOpen = -1
        for var span in spans {
            if span.depth == 0, furthestOpen >= 0, furthestOpen < span.open, span.end <= furthestEnd {
                span.depth = 1
            }
            if span.depth == 0, span.end > furthestEnd {
                furthestEnd = span.end
                furthestOpen = span.open
            }
            result.append(span)
        }
        return result
    }
}
