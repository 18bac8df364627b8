// The one formatter of instants: ISO 8601 for JSON, and the same instant for people in tables.
import FoundationEssentials
import Basics

enum Timestamps {
    /// "2015-12-01T20:00:00Z": whole seconds in UTC, as JSONEncoder's `.iso8601` strategy writes.
    static func iso8601(_ date: Date) -> String {
        let (day, time) = parts(date)
        return "\(day)T\(time)Z"
    }

    /// "2015-12-01 20:00:00", in UTC: for tables, where the T and Z are noise.
    static func timestamp(_ date: Date) -> String {
        let (day, time) = parts(date)
        return "\(day) \(time)"
    }

    /// The UTC day (written with four-digit years) and the time of day to the second, rounded down.
    private static func parts(_ date: Date) -> (day: String, time: String) {
        let day = CalendarDate(utcDayOf: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) - day.daysSinceEpoch * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return ("\(day)", "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))")
    }
}
