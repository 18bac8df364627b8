// A date known to the day, the month or only the year: "2015-12-01", "2015-12", "2015".
import FoundationEssentials
internal import Postgres
import Basics

/// When something was said, as precisely as the reporting allows.
///
/// Stored as the first day of the period plus its precision, so "December 2015" sorts with the
/// days of that month and never pretends to be the 1st.
public struct SaidDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    public enum Precision: String, Sendable, Codable, CaseIterable {
        case day, month, year
    }

    /// The first day of the period.
    public let start: CalendarDate
    public let precision: Precision

    public init(day: CalendarDate) {
        self.start = day
        self.precision = .day
    }

    /// - Precondition: `start` is the first day of its month (or year) for those precisions; use `parse`.
    init(start: CalendarDate, precision: Precision) {
        self.start = start
        self.precision = precision
    }

    /// Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    ///
    /// - Throws: `ClaimsError.invalidDate` naming what is wrong (2015-02-30 does not exist, 15-12-01
    ///   is not a format) and `.futureDate` for a date after `today`.
    public static func parse(_ text: String, today: CalendarDate = .today) throws -> SaidDate {
        let trimmed = Text.trimmed(text)
        if let written = try RelativeDate.written(trimmed, text: text) {
            guard written.start <= today else { throw ClaimsError.futureDate(text: text, today: today) }
            return written
        }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        let digitsOnly = parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
        guard digitsOnly, (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 })
        else {
            throw ClaimsError.invalidDate(text: text, reason: "use YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2015-12-01")
        }
        let numbers = parts.compactMap { Int($0) }
        let date: SaidDate
        switch numbers.count {
        case 1:
            guard let start = CalendarDate(year: numbers[0], month: 1, day: 1) else {
                throw ClaimsError.invalidDate(text: text, reason: "the year must be 0001 to 9999")
            }
            date = SaidDate(start: start, precision: .year)
        case 2:
            guard let start = CalendarDate(year: numbers[0], month: numbers[1], day: 1) else {
                throw ClaimsError.invalidDate(text: text, reason: "there is no month \(parts[1]); months run 01 to 12")
            }
            date = SaidDate(start: start, precision: .month)
        default:
            guard let day = CalendarDate(year: numbers[0], month: numbers[1], day: numbers[2]) else {
                throw ClaimsError.invalidDate(text: text, reason: "that day does not exist in the calendar")
            }
            date = SaidDate(day: day)
        }
        guard date.start <= today else {
            throw ClaimsError.futureDate(text: text, today: today)
        }
        return date
    }

    /// Reads an absolute date, or the article's own words ("on Tuesday") resolved against the
    /// source's publication date; returns the phrase too when it was words.
    public static func parse(_ text: String, published: CalendarDate?, sourceID: Int? = nil, today: CalendarDate = .today) throws
        -> (date: SaidDate, phrase: String?)
    {
        do {
            return (try parse(text, today: today), nil)
        } catch ClaimsError.invalidDate(_, let reason) where reason.hasPrefix("use YYYY") {
            guard let published else {
                let known = RelativeDate.resolve(text, published: today) != nil || RelativeDate.period(text, published: today) != nil
                guard known else { throw ClaimsError.unknownDatePhrase(text: text) }
                throw ClaimsError.phraseNeedsPublicationDate(text: text, sourceID: sourceID)
            }
            // "last week": a stretch of time, kept to the precision it gives.
            if let period = RelativeDate.period(text, published: published) {
                guard period.start <= today else { throw ClaimsError.futureDate(text: text, today: today) }
                return (period, text.trimmingWhitespace())
            }
            guard let day = RelativeDate.resolve(text, published: published) else {
                throw ClaimsError.unknownDatePhrase(text: text)
            }
            guard day <= today else { throw ClaimsError.futureDate(text: text, today: today) }
            return (SaidDate(day: day), text.trimmingWhitespace())
        }
    }

    /// Reads the stored pair; nil when either part is NULL.
    static func stored(_ start: CalendarDate?, _ precision: String?) -> SaidDate? {
        guard let start, let precision, let parsed = Precision(rawValue: precision) else { return nil }
        return SaidDate(start: start, precision: parsed)
    }

    /// `2015-12-01`, `2015-12` or `2015`.
    public var description: String {
        let full = start.description
        switch precision {
        case .day: return full
        case .month: return String(full.prefix(7))
        case .year: return String(full.prefix(4))
        }
    }

    public static func < (lhs: SaidDate, rhs: SaidDate) -> Bool {
        (lhs.start, lhs.precision.order) < (rhs.start, rhs.precision.order)
    }

    /// Whole days from `self` to `later` (start of each period).
    public func days(until later: SaidDate) -> Int {
        later.start.daysSinceEpoch - start.daysSinceEpoch
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self = try SaidDate.parse(text, today: CalendarDate(year: 9999, month: 12, day: 31) ?? .today)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension SaidDate.Precision {
    /// Coarser periods sort after finer ones that start the same day.
    var order: Int {
        switch self {
        case .day: return 0
        case .month: return 1
        case .year: return 2
        }
    }
}

extension CalendarDate {
    /// Today in the process's time zone: the user's own calendar.
    public static var today: CalendarDate {
        let components = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: components.year ?? 1970, month: components.month ?? 1, day: components.day ?? 1)
            ?? CalendarDate(utcDayOf: Date())
    }
}

extension SaidDate {
    /// The last day of the period.
    var end: CalendarDate {
        switch precision {
        case .day: return start
        case .month:
            return start.adding(days: CalendarDateSupport.daysInMonth(start) - 1)
        case .year:
            return CalendarDate(year: start.year, month: 12, day: 31) ?? start
        }
    }
}

enum CalendarDateSupport {
    static func daysInMonth(_ date: CalendarDate) -> Int {
        var day = 28
        while CalendarDate(year: date.year, month: date.month, day: day + 1) != nil { day += 1 }
        return day
    }
}
