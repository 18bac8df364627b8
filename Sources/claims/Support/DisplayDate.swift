// The one place that formats dates for tables.
import FoundationEssentials
import Basics

enum DisplayDate {
    /// `2015-12-01 09:30:00` in UTC.
    static func timestamp(_ date: Date) -> String {
        let day = CalendarDate(utcDayOf: date)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) - day.daysSinceEpoch * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day) \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
