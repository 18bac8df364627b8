// A day on the proleptic Gregorian calendar, the value of a PostgreSQL `date` column.
import FoundationEssentials

/// A calendar date with no time and no time zone: what PostgreSQL's `date` type holds.
///
/// `Foundation.Date` is an instant; a date said in an article ("on Tuesday") is a day. Keeping the two
/// apart avoids the classic off-by-one where midnight UTC becomes the previous day somewhere else.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Returns nil unless the date exists (2015-02-30 does not) and the year is 1...9999.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...CalendarDate.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits only).
    public init?(iso8601 text: some StringProtocol) {
        // Byte by byte, without allocating: every date column of every row read comes through here.
        var fields = (year: 0, month: 0, day: 0)
        var count = 0
        for byte in text.utf8 {
            count += 1
            if count == 5 || count == 8 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), count <= 10 else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch count {
            case 1...4: fields.year = fields.year * 10 + digit
            case 6...7: fields.month = fields.month * 10 + digit
            default: fields.day = fields.day * 10 + digit
            }
        }
        guard count == 10 else { return nil }
        self.init(year: fields.year, month: fields.month, day: fields.day)
    }

    /// The day on which `instant` falls in UTC.
    public init(utcDayOf instant: Date) {
        let seconds = instant.timeIntervalSince1970
        let days = Int((seconds / 86_400).rounded(.down))
        let civil = CivilCalendar.civil(fromDays: days)
        self.year = civil.year
        self.month = civil.month
        self.day = civil.day
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int { CivilCalendar.days(year: year, month: month, day: day) }

    /// Midnight UTC at the start of this day.
    public var startOfDayUTC: Date { Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch) * 86_400) }

    /// The date `count` days later (earlier when negative).
    public func adding(days count: Int) -> CalendarDate {
        let civil = CivilCalendar.civil(fromDays: daysSinceEpoch + count)
        return CalendarDate(unchecked: civil)
    }

    /// 1 = Monday ... 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let weekday = ((daysSinceEpoch % 7) + 7 + 3) % 7
        return weekday + 1
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return CivilCalendar.isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private init(unchecked civil: (year: Int, month: Int, day: Int)) {
        self.year = civil.year
        self.month = civil.month
        self.day = civil.day
    }
}

/// Conversions between days since 1970-01-01 and (year, month, day), after Howard Hinnant's
/// public-domain algorithms. Used instead of `Calendar` so that encoding never depends on the
/// process's locale or time zone.
package enum CivilCalendar {
    package static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    package static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let monthIndex = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * monthIndex + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    package static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }
}

/// `value` in decimal with leading zeros to `width` digits.
package func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
