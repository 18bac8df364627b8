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

    /// A stretch of time before the publication date, to the precision it names: "last week" is
    /// the month its Thursday falls in (a week rarely names its month better), "last month" that
    /// month, "last year" that year.
    public static func period(_ phrase: String, published: CalendarDate) -> SaidDate? {
        let words = phrase.lowercased().split(whereSeparator: { $0.isWhitespace }).map(String.init)
        switch words {
        case ["last", "week"]:
            let thursday = published.adding(days: -(published.isoWeekday - 1) - 7 + 3)
            return CalendarDate(year: thursday.year, month: thursday.month, day: 1).map { SaidDate(start: $0, precision: .month) }
        case ["last", "month"]:
            let year = published.month == 1 ? published.year - 1 : published.year
            let month = published.month == 1 ? 12 : published.month - 1
            return CalendarDate(year: year, month: month, day: 1).map { SaidDate(start: $0, precision: .month) }
        case ["last", "year"]:
            return CalendarDate(year: published.year - 1, month: 1, day: 1).map { SaidDate(start: $0, precision: .year) }
        default:
            return nil
        }
    }

    /// A date written out in words with its year: "December 1, 2015", "Dec. 1 2015", "1 December
    /// 2015" (to the day), "December 2015" (to the month). Nil when `phrase` is not one; a
    /// refusal when it is one of a day the calendar does not have.
    static func written(_ phrase: String, text: String) throws -> SaidDate? {
        let words = phrase.lowercased().replacingScalars(",", with: " ").split(whereSeparator: { $0.isWhitespace }).map(String.init)
        func year(_ word: String) -> Int? { word.count == 4 ? Int(word) : nil }
        func day(_ word: String) -> Int? {
            let digits = word.hasSuffix("st") || word.hasSuffix("nd") || word.hasSuffix("rd") || word.hasSuffix("th") ? String(word.dropLast(2)) : word
            return (1...2).contains(digits.count) ? Int(digits) : nil
        }
        var parts: (year: Int, month: Int, day: Int?)?
        if words.count == 3, let month = month(words[0]), let day = day(words[1]), let year = year(words[2]) {
            parts = (year, month, day)
        } else if words.count == 3, let day = day(words[0]), let month = month(words[1]), let year = year(words[2]) {
            parts = (year, month, day)
        } else if words.count == 2, let month = month(words[0]), let year = year(words[1]) {
            parts = (year, month, nil)
        }
        guard let parts else { return nil }
        guard let start = CalendarDate(year: parts.year, month: parts.month, day: parts.day ?? 1) else {
            throw ClaimsError.invalidDate(text: text, reason: "that day does not exist in the calendar")
        }
        return parts.day == nil ? SaidDate(start: start, precision: .month) : SaidDate(day: start)
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


