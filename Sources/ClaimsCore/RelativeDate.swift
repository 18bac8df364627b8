// Dates in an article's own words ("on Tuesday", "last Friday", "on Nov. 30"), worked out from the
// date the article was published.
import FoundationEssentials
internal import Postgres
import Basics

/// A date given in words, resolved against a publication date.
///
/// - "today", "yesterday"
/// - "Tuesday", "on Tuesday": the most recent Tuesday on or before the publication date
/// - "last Tuesday": the Tuesday of the week (Monday to Sunday) before the publication date's week,
///   as in wire copy: an article of Wednesday 2 December 2015 says "on Tuesday" for 1 December and
///   "last Tuesday" for 24 November
/// - "Nov. 30", "on November 30", "30 November": the most recent such day on or before publication
public enum RelativeDate {
    /// The date `phrase` names, or nil when it is not a phrase this understands.
    public static func resolve(_ phrase: String, published: CalendarDate) -> CalendarDate? {
        var words = phrase.lowercased().replacingScalars(",", with: " ")
            .split(whereSeparator: { $0.isWhitespace }).map(String.init)
        if words.first == "on" { words.removeFirst() }
        guard !words.isEmpty else { return nil }
        switch words {
        case ["today"]: return published
        case ["yesterday"]: return published.adding(days: -1)
        default: break
        }
        if words.count == 1, let weekday = weekday(words[0]) {
            return mostRecent(weekday: weekday, onOrBefore: published)
        }
        if words.count == 2, words[0] == "last", let weekday = weekday(words[1]) {
            let mondayThisWeek = published.adding(days: -(published.isoWeekday - 1))
            return mondayThisWeek.adding(days: -7 + (weekday - 1))
        }
        if words.count == 2 {
            if let month = month(words[0]), let day = Int(words[1]) { return mostRecent(month: month, day: day, onOrBefore: published) }
            if let day = Int(words[0]), let month = month(words[1]) { return mostRecent(month: month, day: day, onOrBefore: published) }
        }
        return nil
    }

    static func mostRecent(weekday: Int, onOrBefore date: CalendarDate) -> CalendarDate {
        date.adding(days: -((date.isoWeekday - weekday + 7) % 7))
    }

    static func mostRecent(month: Int, day: Int, onOrBefore date: CalendarDate) -> CalendarDate? {
        if let candidate = CalendarDate(year: date.year, month: month, day: day), candidate <= date { return candidate }
        return CalendarDate(year: date.year - 1, month: month, day: day)
    }

    static let weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// 1 = Monday ... 7 = Sunday; accepts "tue", "tues.", "thurs".
    static func weekday(_ word: String) -> Int? {
        let trimmed = word.trimming(charactersIn: ".")
        guard trimmed.count >= 3 else { return nil }
        return weekdays.firstIndex { $0.hasPrefix(trimmed) }.map { $0 + 1 }
    }

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// 1...12; accepts "nov", "nov.", "sept.".
    static func month(_ word: String) -> Int? {
        let trimmed = word.trimming(charactersIn: ".")
        guard trimmed.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(trimmed) }.map { $0 + 1 }
    }
}


