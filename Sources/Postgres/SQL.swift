// A statement and its bound parameters. Interpolated values become $n placeholders, never text.
import Basics

/// SQL text with its parameters, built so that values can never become SQL.
///
/// Every value interpolated into an `SQL` literal is bound as a parameter:
///
///     let query: SQL = "SELECT id FROM speakers WHERE name = \(name) AND born < \(cutoff)"
///     query.text      // "SELECT id FROM speakers WHERE name = $1 AND born < $2"
///     query.bindings  // [name, cutoff] in text format
///
/// Fragments compose, and their placeholders are renumbered:
///
///     var query: SQL = "SELECT * FROM claims WHERE true"
///     if let speakerID { query.append(" AND speaker_id = \(speakerID)") }
///
/// The explicit form takes a literal with `$n` already written and an array of values:
/// `SQL("SELECT $1 + $2", [1, 2])`. Identifiers can be quoted with `\(identifier: name)`.
/// Text that is SQL and not a literal, which no user input must ever reach, goes through the
/// deliberately alarming `\(unsafeRaw: text)`.
public struct SQL: Sendable, Equatable, ExpressibleByStringInterpolation, CustomStringConvertible {
    enum Part: Sendable, Equatable {
        case text(String)
        /// An index into `bindings`.
        case binding(Int)
    }

    private(set) var parts: [Part] = []
    public private(set) var bindings: [PostgresBinding] = []

    public init(stringLiteral value: String) {
        parts = [.text(value)]
    }

    public init(stringInterpolation: StringInterpolation) {
        self = stringInterpolation.sql
    }

    /// A literal that already has `$1`, `$2` ... placeholders, and the values for them.
    ///
    /// `StaticString` makes sure the text is written in the source, not assembled at run time.
    public init(_ text: StaticString, _ values: [any PostgresEncodable]) {
        let source = text.description
        bindings = values.map { PostgresBinding(type: type(of: $0).postgresType, text: $0.postgresText) }
        parts = SQL.split(placeholdersIn: source)
    }

    /// SQL text not written as a literal. Never pass anything derived from user input: this is
    /// for statements the program itself carries, such as migration files.
    public init(unsafeSQL text: String) {
        parts = [.text(text)]
    }

    /// The statement with `$n` placeholders, as sent to the server.
    public var text: String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .binding(let index): result += "$\(index + 1)"
            }
        }
        return result
    }

    /// The text, with placeholders; never the values, which may be private.
    public var description: String { text }

    /// Appends another statement fragment, renumbering its placeholders after this one's.
    public mutating func append(_ other: SQL) {
        let offset = bindings.count
        bindings += other.bindings
        for part in other.parts {
            switch part {
            case .text(let text): appendText(text)
            case .binding(let index): parts.append(.binding(index + offset))
            }
        }
    }

    /// Joins fragments with a separator, e.g. a list of conditions with " AND ".
    public static func joined(_ fragments: [SQL], separator: String) -> SQL {
        var result = SQL(stringLiteral: "")
        for (position, fragment) in fragments.enumerated() {
            if position > 0 { result.appendText(separator) }
            result.append(fragment)
        }
        return result
    }

    fileprivate mutating func appendText(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let previous) = parts.last {
            parts[parts.count - 1] = .text(previous + text)
        } else {
            parts.append(.text(text))
        }
    }

    fileprivate mutating func appendBinding(_ binding: PostgresBinding) {
        bindings.append(binding)
        parts.append(.binding(bindings.count - 1))
    }

    /// Finds `$n` outside quoted strings and identifiers, so that explicit-form statements can be
    /// composed like interpolated ones.
    private static func split(placeholdersIn source: String) -> [Part] {
        var parts: [Part] = []
        var pending = ""
        var quote: Character?
        var iterator = Array(source)[...]
        while let character = iterator.popFirst() {
            if let open = quote {
                pending.append(character)
                if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" {
                quote = character
                pending.append(character)
                continue
            }
            if character == "$", let first = iterator.first, first.isASCII, first.isNumber {
                var digits = ""
                while let next = iterator.first, next.isASCII, next.isNumber {
                    digits.append(next)
                    iterator.removeFirst()
                }
                if let number = Int(digits), number >= 1 {
                    if !pending.isEmpty { parts.append(.text(pending)) }
                    pending = ""
                    parts.append(.binding(number - 1))
                    continue
                }
                pending += "$" + digits
                continue
            }
            pending.append(character)
        }
        if !pending.isEmpty { parts.append(.text(pending)) }
        return parts
    }

    public struct StringInterpolation: StringInterpolationProtocol {
        fileprivate var sql = SQL(stringLiteral: "")

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            sql.appendText(literal)
        }

        /// Binds a value as the next `$n` parameter.
        public mutating func appendInterpolation(_ value: some PostgresEncodable) {
            sql.appendBinding(PostgresBinding(value))
        }

        /// Binds an optional value: nil becomes NULL of the wrapped type.
        public mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            sql.appendBinding(PostgresBinding(type: Value.postgresType, text: value.flatMap(\.postgresText)))
        }

        /// Splices a fragment, renumbering its parameters.
        public mutating func appendInterpolation(_ fragment: SQL) {
            sql.append(fragment)
        }

        /// A double-quoted identifier (a table, column or database name), with embedded quotes doubled.
        public mutating func appendInterpolation(identifier: String) {
            sql.appendText("\"" + identifier.replacingScalars("\"", with: "\"\"") + "\"")
        }

        /// Raw SQL text. Only for text the program itself wrote; never for user input.
        public mutating func appendInterpolation(unsafeRaw text: String) {
            sql.appendText(text)
        }
    }
}
