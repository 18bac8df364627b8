// One row of a query result, with typed access by column name or position.

/// The columns of a result: names and types, shared by all its rows.
public final class Columns: Sendable {
    public let names: [String]
    public let types: [PostgresType]
    /// Each name's length in bytes, so that a lookup compares only names of the right length.
    private let nameLengths: [Int]

    init(names: [String], types: [PostgresType]) {
        self.names = names
        self.types = types
        self.nameLengths = names.map(\.utf8.count)
    }

    /// The first column called `name`. A scan, not a dictionary: results have a few dozen columns
    /// at most, and hashing the name cost more than comparing lengths (it ran for every value of
    /// every row: a tenth of a large timeline's time).
    public func index(of name: String) -> Int? {
        let length = name.utf8.count
        for position in nameLengths.indices where nameLengths[position] == length && names[position] == name {
            return position
        }
        return nil
    }
}

/// A row of text-format values. Decoding checks the column's type, so reading a `date` column as
/// `Int` is an error that names the column and both types rather than a wrong value.
public struct Row: Sendable {
    public let columns: Columns
    @usableFromInline let values: [String?]

    init(columns: Columns, values: [String?]) {
        self.columns = columns
        self.values = values
    }

    public var count: Int { values.count }

    /// Whether the named column is NULL in this row.
    public func isNull(_ column: String) throws -> Bool {
        values[try position(of: column, for: "NULL check")] == nil
    }

    /// The named column as `T`; a NULL is an error (ask for `T?` to allow it).
    @inlinable
    public func decode<T: PostgresDecodable>(_ column: String, as type: T.Type = T.self) throws -> T {
        try decode(at: position(of: column, for: "\(T.self)"), as: type)
    }

    /// The named column as `T?`, nil for NULL.
    @inlinable
    public func decode<T: PostgresDecodable>(_ column: String, as type: T?.Type = T?.self) throws -> T? {
        try decode(at: position(of: column, for: "\(T.self)"), as: type)
    }

    @inlinable
    public func decode<T: PostgresDecodable>(at index: Int, as type: T.Type = T.self) throws -> T {
        guard let value = try decode(at: index, as: T?.self) else {
            throw RowDecodingError(
                column: columns.names[index], columnType: columns.types[index], swiftType: "\(T.self)",
                problem: .unexpectedNull)
        }
        return value
    }

    @inlinable
    public func decode<T: PostgresDecodable>(at index: Int, as type: T?.Type = T?.self) throws -> T? {
        guard values.indices.contains(index) else {
            throw RowDecodingError(
                column: "#\(index)", columnType: nil, swiftType: "\(T.self)", problem: .noSuchColumn)
        }
        let columnType = columns.types[index]
        let name = columns.names[index]
        if let accepted = T.acceptedTypes, !accepted.contains(columnType) {
            throw RowDecodingError(column: name, columnType: columnType, swiftType: "\(T.self)", problem: .typeMismatch)
        }
        guard let text = values[index] else { return nil }
        guard let value = T(postgresText: text) else {
            throw RowDecodingError(column: name, columnType: columnType, swiftType: "\(T.self)", problem: .malformed)
        }
        return value
    }

    /// `swiftType` is only for the error: naming a type costs more than the lookup, and it runs for every column of every row.
    @usableFromInline
    func position(of column: String, for swiftType: @autoclosure () -> String) throws -> Int {
        guard let index = columns.index(of: column) else {
            throw RowDecodingError(column: column, columnType: nil, swiftType: swiftType(), problem: .noSuchColumn)
        }
        return index
    }
}

/// A column that could not be read as the Swift type asked for.
public struct RowDecodingError: Error, CustomStringConvertible, Sendable, Equatable {
    public enum Problem: Sendable, Equatable {
        case noSuchColumn
        case typeMismatch
        case unexpectedNull
        /// The column has an accepted type but its text is not a valid value (e.g. an infinite date).
        case malformed
    }

    public var column: String
    public var columnType: PostgresType?
    public var swiftType: String
    public var problem: Problem

    @usableFromInline
    init(column: String, columnType: PostgresType?, swiftType: String, problem: Problem) {
        self.column = column
        self.columnType = columnType
        self.swiftType = swiftType
        self.problem = problem
    }

    public var description: String {
        let type = columnType.map(\.description) ?? "unknown type"
        switch problem {
        case .noSuchColumn:
            return "the result has no column \"\(column)\" (asked for as \(swiftType))"
        case .typeMismatch:
            return "column \"\(column)\" has type \(type), which cannot be read as \(swiftType)"
        case .unexpectedNull:
            return "column \"\(column)\" (\(type)) is NULL, which cannot be read as \(swiftType); read it as \(swiftType)? instead"
        case .malformed:
            return "column \"\(column)\" (\(type)) holds a value that is not a valid \(swiftType)"
        }
    }
}
