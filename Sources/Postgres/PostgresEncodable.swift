// How Swift values become bound parameters: PostgreSQL's text format plus a type OID.
import FoundationEssentials
import Basics

/// A value that can be bound to a `$n` parameter.
///
/// Values travel in PostgreSQL's text format, never spliced into SQL text. The declared type tells
/// the server how to read the text; `.unspecified` lets it infer the type from context, as for a
/// quoted literal.
public protocol PostgresEncodable: Sendable {
    static var postgresType: PostgresType { get }
    /// The value in PostgreSQL's text input format, or nil for NULL.
    var postgresText: String? { get }
}

/// One bound parameter: what `SQL` collects for each interpolated value.
public struct PostgresBinding: Sendable, Equatable, CustomStringConvertible {
    public var type: PostgresType
    /// Text format, nil for NULL.
    public var text: String?

    public init(type: PostgresType, text: String?) {
        self.type = type
        self.text = text
    }

    public init(_ value: some PostgresEncodable) {
        self.init(type: Swift.type(of: value).postgresType, text: value.postgresText)
    }

    public var description: String { text.map { "'\($0)'::\(type)" } ?? "NULL::\(type)" }
}

extension String: PostgresEncodable {
    // Unspecified, not text: a string bound where a date or a number is expected should be read
    // as that type, exactly as a quoted literal would be.
    public static var postgresType: PostgresType { .unspecified }
    public var postgresText: String? { self }
}

extension Substring: PostgresEncodable {
    public static var postgresType: PostgresType { .unspecified }
    public var postgresText: String? { String(self) }
}

extension Int: PostgresEncodable {
    public static var postgresType: PostgresType { .int8 }
    public var postgresText: String? { String(self) }
}

extension Int64: PostgresEncodable {
    public static var postgresType: PostgresType { .int8 }
    public var postgresText: String? { String(self) }
}

extension Int32: PostgresEncodable {
    public static var postgresType: PostgresType { .int4 }
    public var postgresText: String? { String(self) }
}

extension Double: PostgresEncodable {
    public static var postgresType: PostgresType { .float8 }
    public var postgresText: String? {
        if isNaN { return "NaN" }
        if isInfinite { return self < 0 ? "-Infinity" : "Infinity" }
        return String(self)  // shortest text that reads back to the same Double
    }
}

extension Bool: PostgresEncodable {
    public static var postgresType: PostgresType { .bool }
    public var postgresText: String? { self ? "t" : "f" }
}

extension UUID: PostgresEncodable {
    public static var postgresType: PostgresType { .uuid }
    public var postgresText: String? { uuidString.lowercased() }
}

extension CalendarDate: PostgresEncodable {
    public static var postgresType: PostgresType { .date }
    public var postgresText: String? { description }
}

extension Date: PostgresEncodable {
    public static var postgresType: PostgresType { .timestamptz }
    /// ISO 8601 in UTC with microseconds, PostgreSQL's own precision.
    public var postgresText: String? { TimestampFormat.format(self) }
}

/// A value that can be an element of an array parameter (`text[]`, `int8[]`).
///
/// Arrays of ids travel as one `int8[]` parameter (`WHERE id = ANY($1)`), not as text cast in SQL.
public protocol PostgresArrayElement: PostgresEncodable {
    /// The array type whose elements are of this type.
    static var postgresArrayType: PostgresType { get }
    /// The element as it is written inside an array literal.
    var postgresArrayElement: String { get }
}

extension String: PostgresArrayElement {
    public static var postgresArrayType: PostgresType { .textArray }
    /// Always double-quoted, with `"` and `\` escaped: `"b \"c\""`.
    public var postgresArrayElement: String {
        var quoted = "\""
        for character in unicodeScalars {
            if character == "\"" || character == "\\" { quoted.unicodeScalars.append("\\") }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}

extension Int: PostgresArrayElement {
    public static var postgresArrayType: PostgresType { .int8Array }
    public var postgresArrayElement: String { String(self) }
}

extension Array: PostgresEncodable where Element: PostgresArrayElement {
    public static var postgresType: PostgresType { Element.postgresArrayType }
    /// An array literal: `{"a","b \"c\""}`, `{1,2,3}`.
    public var postgresText: String? {
        "{" + map(\.postgresArrayElement).joined(separator: ",") + "}"
    }
}

extension Optional: PostgresEncodable where Wrapped: PostgresEncodable {
    public static var postgresType: PostgresType { Wrapped.postgresType }
    public var postgresText: String? { self.flatMap(\.postgresText) }
}

/// Formats and parses `timestamptz` text, independent of the process's locale and time zone.
enum TimestampFormat {
    static func format(_ date: Date) -> String {
        let totalMicroseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        let micros = Int(totalMicroseconds)
        let secondsSinceEpoch = micros >= 0 ? micros / 1_000_000 : (micros - 999_999) / 1_000_000
        let fraction = micros - secondsSinceEpoch * 1_000_000
        let days = secondsSinceEpoch >= 0 ? secondsSinceEpoch / 86_400 : (secondsSinceEpoch - 86_399) / 86_400
        let secondOfDay = secondsSinceEpoch - days * 86_400
        let civil = CivilCalendar.civil(fromDays: days)
        return pad(civil.year, 4) + "-" + pad(civil.month, 2) + "-" + pad(civil.day, 2) + " "
            + pad(secondOfDay / 3600, 2) + ":" + pad(secondOfDay / 60 % 60, 2) + ":" + pad(secondOfDay % 60, 2)
            + "." + pad(fraction, 6) + "+00"
    }

    /// Parses PostgreSQL's ISO output: `2015-12-01 09:30:00.25+03`, `...+05:30`, `...-08:00:00`.
    static func parse(_ text: String) -> Date? {
        let scalars = Array(text.utf8)
        guard scalars.count >= 22, scalars[10] == UInt8(ascii: " ") || scalars[10] == UInt8(ascii: "T"),
            let day = CalendarDate(iso8601: String(decoding: scalars[0..<10], as: UTF8.self))
        else { return nil }
        var index = 11
        func number(_ width: Int) -> Int? {
            guard index + width <= scalars.count else { return nil }
            var value = 0
            for byte in scalars[index..<index + width] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += width
            return value
        }
        func expect(_ character: Character) -> Bool {
            guard index < scalars.count, scalars[index] == character.asciiValue else { return false }
            index += 1
            return true
        }
        guard let hour = number(2), expect(":"), let minute = number(2), expect(":"), let second = number(2),
            hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if index < scalars.count, scalars[index] == UInt8(ascii: ".") {
            index += 1
            var scale = 0.1
            while index < scalars.count, (48...57).contains(scalars[index]) {
                fraction += Double(scalars[index] - 48) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < scalars.count else { return nil }
        let sign: Int
        switch scalars[index] {
        case UInt8(ascii: "+"): sign = 1
        case UInt8(ascii: "-"): sign = -1
        default: return nil
        }
        index += 1
        guard let offsetHours = number(2) else { return nil }
        var offsetSeconds = offsetHours * 3600
        if expect(":") {
            guard let offsetMinutes = number(2) else { return nil }
            offsetSeconds += offsetMinutes * 60
            if expect(":") {
                guard let extra = number(2) else { return nil }
                offsetSeconds += extra
            }
        }
        guard index == scalars.count else { return nil }
        let local = Double(day.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second) + fraction
        return Date(timeIntervalSince1970: local - Double(sign * offsetSeconds))
    }
}
