// Reads an article saved as plain text: finds headline, outlet and date, drops page furniture.
import FoundationEssentials
import Postgres

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
/// Everything above the headline is furniture and is dropped; so is a wire agency's closing "Endit".
public enum ArticleParser {
    public static func parse(_ raw: String) -> ParsedArticle {
        let lines = ArticleText.normalize(raw).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // Shape 1: "Outlet, Month D, YYYY" on one line.
        for (index, line) in lines.enumerated() {
            if let (outlet, date) = dateline(line) {
                return ParsedArticle(
                    headline: headline(above: index, in: lines), outlet: outlet, published: date,
                    body: body(from: index + 1, in: lines))
            }
        }
        // Shape 2: headline, outlet, date on three lines.
        for (index, line) in lines.enumerated() where index >= 2 {
            if let date = date(in: line, wholeLine: true), isPlausibleOutlet(lines[index - 1]), !lines[index - 2].isEmpty {
                return ParsedArticle(
                    headline: lines[index - 2], outlet: lines[index - 1], published: date,
                    body: body(from: index + 1, in: lines))
            }
        }
        return ParsedArticle(headline: nil, outlet: nil, published: nil, body: body(from: 0, in: lines))
    }

    /// "Xinhua, December 2, 2015 Adjust font size:" → ("Xinhua", 2015-12-02).
    static func dateline(_ line: String) -> (String, CalendarDate)? {
        guard let comma = line.firstIndex(of: ",") else { return nil }
        let outlet = String(line[..<comma]).trimmingWhitespace()
        guard isPlausibleOutlet(outlet) else { return nil }
        let rest = line[line.index(after: comma)...].trimmingWhitespace()
        guard let date = date(in: rest, wholeLine: false) else { return nil }
        return (outlet, date)
    }

    /// "December 2, 2015", "Dec. 2, 2015" or "2 December 2015" at the start of `text` (the whole of
    /// it when `wholeLine`).
    static func date(in text: String, wholeLine: Bool) -> CalendarDate? {
        let words = text.replacingScalars(",", with: " ").split(separator: " ").map(String.init)
        guard words.count >= 3 else { return nil }
        if wholeLine, words.count != 3 { return nil }
        var month: Int?
        var day: Int?
        if let m = RelativeDate.month(words[0].lowercased()), let d = Int(words[1]) {
            (month, day) = (m, d)
        } else if let d = Int(words[0]), let m = RelativeDate.month(words[1].lowercased()) {
            (month, day) = (m, d)
        }
        guard let month, let day, words[2].count == 4, let year = Int(words[2]) else { return nil }
        return CalendarDate(year: year, month: month, day: day)
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
