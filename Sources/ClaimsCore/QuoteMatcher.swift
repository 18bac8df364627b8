// Finds a verbatim quote in an article's text, forgiving typography and nothing else.
import FoundationEssentials
import Basics

/// Where a quote sits in its source's stored text: Unicode code point offsets (as PostgreSQL's
/// substr counts them) and up to 32 code points of context either side.
public struct QuoteAnchor: Sendable, Equatable, Codable {
    public var start: Int
    public var end: Int
    public var prefix: String
    public var suffix: String
}

/// The closest passage to a quote that is not in the text.
public struct ClosestPassage: Sendable, Equatable {
    public var text: String
    /// 0...1, Dice coefficient over character bigrams.
    public var similarity: Double
}

public enum QuoteMatcher {
    static let contextLength = 32

    /// Finds `quote` in `text`. Curly and straight quotes, the kinds of dash, runs of whitespace and
    /// a trailing comma or full stop (and quotation marks around the whole quote) do not matter;
    /// anything else, letter case included, does.
    public static func find(_ quote: String, in text: String) -> QuoteAnchor? {
        let haystack = Folded(text)
        let needle = foldedQuote(quote)
        guard !needle.isEmpty else { return nil }
        let foldedStart: Int
        let foldedEnd: Int
        if let range = haystack.string.unicodeScalars.firstRange(of: needle.unicodeScalars) {
            foldedStart = haystack.string.unicodeScalars.distance(from: haystack.string.startIndex, to: range.lowerBound)
            foldedEnd = foldedStart + needle.unicodeScalars.count
        } else if let pieces = findInPieces(needle, in: Array(haystack.string.unicodeScalars)) {
            // “We will not,” she said, “give up.” — or a quotation over two paragraphs.
            foldedStart = pieces.lowerBound
            foldedEnd = pieces.upperBound
        } else {
            return nil
        }
        let start = haystack.origin[foldedStart]
        let end = haystack.origin[foldedEnd - 1] + 1
        let scalars = Array(text.unicodeScalars)
        return QuoteAnchor(
            start: start, end: end,
            prefix: String(String.UnicodeScalarView(scalars[max(0, start - contextLength)..<start])),
            suffix: String(String.UnicodeScalarView(scalars[end..<min(scalars.count, end + contextLength)])))
    }

    /// Whether the text at `anchor` still reads as `quote`.
    public static func stillMatches(_ quote: String, at anchor: QuoteAnchor, in text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard anchor.start >= 0, anchor.end <= scalars.count, anchor.start < anchor.end else { return false }
        let passage = String(String.UnicodeScalarView(scalars[anchor.start..<anchor.end]))
        if foldedQuote(passage) == foldedQuote(quote) { return true }
        let folded = Array(Folded(passage).string.unicodeScalars)
        return findInPieces(foldedQuote(quote), in: folded, startingAt: 0).map { $0.upperBound >= folded.count - 1 } ?? false
    }

    /// The run of words in `text` most like `quote`, for "did you mean" when a quote is not found.
    public static func closest(to quote: String, in text: String) -> ClosestPassage? {
        let quoteWords = Folded(quote).string.split(separator: " ")
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !quoteWords.isEmpty, !words.isEmpty else { return nil }
        let target = bigrams(foldedQuote(quote).lowercased())
        let width = min(quoteWords.count, words.count)
        var best: ClosestPassage?
        for start in 0...(words.count - width) {
            let candidate = words[start..<start + width].joined(separator: " ")
                .trimming(charactersIn: "\"'“”‘’«»,.;: ")
            let score = dice(target, bigrams(Folded(candidate).string.lowercased()))
            if score > (best?.similarity ?? -1) { best = ClosestPassage(text: candidate, similarity: score) }
        }
        return best
    }

    /// The quote as it is compared: folded, trimmed, without enclosing quotation marks or a trailing
    /// comma or full stop.
    static func foldedQuote(_ quote: String) -> String {
        var folded = Folded(ArticleText.normalize(quote)).string.trimmingWhitespace()
        for _ in 0..<2 {
            if folded.count >= 2, let first = folded.first, let last = folded.last, first == last, first == "\"" || first == "'" {
                folded = String(folded.dropFirst().dropLast()).trimmingWhitespace()
            }
            while let last = folded.last, last == "," || last == "." {
                folded.removeLast()
            }
            folded = folded.trimmingWhitespace()
        }
        return folded
    }

    /// Text with typography folded, and for each folded scalar the offset of the original one.
    struct Folded {
        var string: String
        var origin: [Int]

        init(_ text: String) {
            var scalars = String.UnicodeScalarView()
            var origin: [Int] = []
            var inSpace = false
            for (offset, scalar) in text.unicodeScalars.enumerated() {
                if scalar.properties.isWhitespace {
                    if !inSpace {
                        scalars.append(" ")
                        origin.append(offset)
                    }
                    inSpace = true
                    continue
                }
                inSpace = false
                scalars.append(Folded.fold(scalar))
                origin.append(offset)
            }
            self.string = String(scalars)
            self.origin = origin
        }

        static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}", "\u{02BC}": return "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}", "\u{00AB}", "\u{00BB}": return "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}": return "-"
            default: return scalar
            }
        }
    }

    static func bigrams(_ text: String) -> [String: Int] {
        let characters = Array(text)
        var counts: [String: Int] = [:]
        guard characters.count >= 2 else { return counts }
        for index in 0..<(characters.count - 1) {
            counts[String(characters[index...index + 1]), default: 0] += 1
        }
        return counts
    }

    static func dice(_ a: [String: Int], _ b: [String: Int]) -> Double {
        let total = a.values.reduce(0, +) + b.values.reduce(0, +)
        guard total > 0 else { return 0 }
        let shared = a.reduce(0) { sum, entry in sum + min(entry.value, b[entry.key] ?? 0) }
        return 2 * Double(shared) / Double(total)
    }
}
