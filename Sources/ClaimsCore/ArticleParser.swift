// Reads an article saved as plain text: finds headline, outlet and date, drops page furniture.
import FoundationEssentials
internal import Postgres
import Basics

/// What an article file turned out to contain.
public struct ParsedArticle: Sendable, Equatable {
    public var headline: String?
    public var outlet: String?
    public var published: CalendarDate?
    /// The paragraphs, normalised, one blank line apart.
    public var body: String
}

/// Understands two shapes:
///
///     ...menus, "You are here", ticker headlines...     Headline
///     Headline                                          Outlet
///     Outlet, December 2, 2015 Adjust font size:        December 2, 2015
///     Paragraph...                                      (blank line)
///                                                       Paragraph...
///
/// The date may be written 2015-12-02, 2 December 2015, Wednesday 2 December 2015, Dec. 2, 2015
/// or December 2, 2015. Everything above the headline is furniture and is dropped; so is a wire
/// agency's closing "Endit". When a shape is incomplete (no date line, no outlet line), what was
/// found is kept and the rest is nil, so that a refusal can name just what is missing.
public enum ArticleParser {
    public static func parse(_ raw: String) -> ParsedArticle {
        let lines = ArticleText.normalize(raw).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Shape 2 first: headline, outlet, date on three lines; or headline and date without an outlet.
        // (Read first because a body's own dateline, "MONTREAL, March 14, 2026 — ...", has the shape
        // of the one-line form below.)
        for (index, line) in lines.enumerated() where index >= 1 {
            guard let date = date(in: line, wholeLine: true), !lines[index - 1].isEmpty else { continue }
            if index >= 2, isPlausibleOutlet(lines[index - 1]), !lines[index - 2].isEmpty {
                return ParsedArticle(
                    headline: lines[index - 2], outlet: lines[index - 1], published: date, body: body(from: index + 1, in: lines))
            }
            return ParsedArticle(headline: lines[index - 1], outlet: nil, published: date, body: body(from: index + 1, in: lines))
        }
        // Shape 1: "Outlet, Month D, YYYY" on one line.
        for (index, line) in lines.enumerated() {
            if let (outlet, date) = dateline(line) {
                return ParsedArticle(
                    headline: headline(above: index, in: lines), outlet: outlet, published: date,
                    body: body(from: index + 1, in: lines))
            }
        }
        // Headline and outlet lines before the first blank line, with no date.
        if let first = lines.firstIndex(where: { !$0.isEmpty && !isFurniture($0) }), first + 2 < lines.count,
            lines[first].count <= 200, isPlausibleOutlet(lines[first + 1]), lines[first + 2].isEmpty
        {
            return ParsedArticle(headline: lines[first], outlet: lines[first + 1], published: nil, body: body(from: first + 3, in: lines))
        }
        return ParsedArticle(headline: nil, outlet: nil, published: nil, body: body(from: 0, in: lines))
    }

    /// "Xinhua, December 2, 2015 Adjust font size:" → ("Xinhua", 2015-12-02).
    static func dateline(_ line: String) -> (String, CalendarDate)? {
        guard let comma = line.firstIndex(of: ",") else { return nil }
        let outlet = String(line[..<comma]).trimmingWhitespace()
        // "Wednesday, December 8, 2021" is a date, not an outlet and a date.
        guard isPlausibleOutlet(outlet), !DateText.weekday(outlet) else { return nil }
        let rest = line[line.index(after: comma)...].trimmingWhitespace()
        guard let date = date(in: rest, wholeLine: false) else { return nil }
        return (outlet, date)
    }

    /// A date at the start of `text` (the whole of it when `wholeLine`), in any of the forms
    /// `DateText.leading` reads.
    static func date(in text: String, wholeLine: Bool) -> CalendarDate? {
        guard let (date, words) = DateText.leading(text) else { return nil }
        if wholeLine, words != DateText.tokenize(text).count { return nil }
        return date
    }

    static func isPlausibleOutlet(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), let first = text.first, first.isUppercase || first.isNumber else { return false }
        return !text.hasSuffix(".") && !text.contains(":") && text.count <= 60
    }

    /// The nearest line above the dateline that is not furniture.
    static func headline(above index: Int, in lines: [String]) -> String? {
        var cursor = index - 1
        while cursor >= 0 {
            let line = lines[cursor]
            if !line.isEmpty, !isFurniture(line) { return line }
            cursor -= 1
        }
        return nil
    }

    static func isFurniture(_ line: String) -> Bool {
        let lower = line.lowercased()
        return lower.hasPrefix("you are here") || lower.contains("•") || lower == "off the wire"
            || lower.hasPrefix("adjust font size") || lower == "home" || lower.hasPrefix("share:")
    }

    /// Non-empty lines from `start` on, as paragraphs one blank line apart, without a closing "Endit".
    static func body(from start: Int, in lines: [String]) -> String {
        var paragraphs = lines.dropFirst(start).filter { !$0.isEmpty && !isFurniture($0) }
        if var last = paragraphs.last {
            for marker in [" Endit", " Enditem", "Endit"] where last.hasSuffix(marker) {
                last = String(last.dropLast(marker.count)).trimmingWhitespace()
                break
            }
            paragraphs[paragraphs.count - 1] = last
            if last.isEmpty { paragraphs.removeLast() }
        }
        return paragraphs.joined(separator: "\n\n")
    }
}
