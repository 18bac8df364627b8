// How columns of a result become Swift values: each type says which column types it accepts
// and how to read their text format.
import FoundationEssentials
import Basics

/// A value that can be read from a column of a query result.
public protocol PostgresDecodable {
    /// The column types this Swift type reads. nil means any: `String` reads every column's text.
    static var acceptedTypes: Set<PostgresType>? { get }
    /// Reads the column's text format; nil when the text is not a valid value.
    init?(postgresText: String)
}

extension String: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { nil }
    public init?(postgresText: String) { self = postgresText }
}

/// The sets below are built once: `acceptedTypes` is read for every column of every row.
private let integerTypes: Set<PostgresType> = [.int2, .int4, .int8, .oid]
private let smallIntegerTypes: Set<PostgresType> = [.int2, .int4]
private let numberTypes: Set<PostgresType> = [.float4, .float8, .numeric, .int2, .int4, .int8]
private let boolTypes: Set<PostgresType> = [.bool]
private let uuidTypes: Set<PostgresType> = [.uuid]
private let dateTypes: Set<PostgresType> = [.date]
private let timestampTypes: Set<PostgresType> = [.timestamptz]
private let textArrayTypes: Set<PostgresType> = [.textArray, .varcharArray, .nameArray, .bpcharArray]

extension Int: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { integerTypes }
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int64: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { integerTypes }
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Int32: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { smallIntegerTypes }
    public init?(postgresText: String) { self.init(postgresText) }
}

extension Double: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { numberTypes }
    public init?(postgresText: String) {
        switch postgresText {
        case "NaN": self = .nan
        case "Infinity": self = .infinity
        case "-Infinity": self = -.infinity
        default: self.init(postgresText)
        }
    }
}

extension Bool: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { boolTypes }
    public init?(postgresText: String) {
        switch postgresText {
        case "t": self = true
        case "f": self = false
        default: return nil
        }
    }
}

extension UUID: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { uuidTypes }
    public init?(postgresText: String) { self.init(uuidString: postgresText) }
}

extension CalendarDate: PostgresDecodable {
    public static var acceptedTypes: Set<PostgresType>? { dateTypes }
    public init?(postgresText: String) { self.init(iso8601: postgresText) }
}

extension Date: PostgresDecodable {
    /// Only `timestamptz`: a `timestamp` without time zone is not an instant, and a `date` is a day
    /// (read it as `CalendarDate`).
    public static var acceptedTypes: Set<PostgresType>? { timestampTypes }
    public init?(postgresText: String) {
        guard let date = TimestampFormat.parse(postgresText) else { return nil }
        self = date
    }
}

extension Array: PostgresDecodable where Element == String {
    public static var acceptedTypes: Set<PostgresType>? { textArrayTypes }
    public init?(postgresText: String) {
        guard let elements = ArrayLiteral.parse(postgresText) else { return nil }
        self = elements
    }
}

/// Reads one-dimensional array literals as PostgreSQL prints them: `{a,"b c","d\"e"}`.
/// NULL elements and nested arrays are refused (nil): `[String]` cannot hold them.
enum ArrayLiteral {
    static func parse(_ text: String) -> [String]? {
        var scalars = Substring(text).unicodeScalars[...]
        // An explicit lower bound ("[0:1]={a,b}") only appears for non-default bounds; refuse it.
        guard scalars.first == "{", scalars.last == "}" else { return nil }
        scalars = scalars.dropFirst().dropLast()
        if scalars.isEmpty { return [] }
        var elements: [String] = []
        var index = scalars.startIndex
        while true {
            var element = String.UnicodeScalarView()
            if index < scalars.endIndex, scalars[index] == "\"" {
                index = scalars.index(after: index)
                var closed = false
                while index < scalars.endIndex {
                    let scalar = scalars[index]
                    if scalar == "\\" {
                        index = scalars.index(after: index)
                        guard index < scalars.endIndex else { return nil }
                        element.append(scalars[index])
                    } else if scalar == "\"" {
                        closed = true
                        index = scalars.index(after: index)
                        break
                    } else {
                        element.append(scalar)
                    }
                    index = scalars.index(after: index)
                }
                guard closed else { return nil }
            } else {
                while index < scalars.endIndex, scalars[index] != "," {
                    let scalar = scalars[index]
                    if scalar == "{" || scalar == "\"" { return nil }
                    element.append(scalar)
                    index = scalars.index(after: index)
                }
                if String(element) == "NULL" { return nil }
            }
            elements.append(String(element))
            if index == scalars.endIndex { return elements }
            guard scalars[index] == "," else { return nil }
            index = scalars.index(after: index)
        }
    }
}
