// The error thrown by everything in this module that talks to a server.

/// An error from PostgreSQL or from libpq.
///
/// Its `description` is written for people: it names the problem, never a password, and never the
/// values bound to a query (they may be private). `debugDescription` adds the SQL text.
public struct PostgresError: Error, CustomStringConvertible, CustomDebugStringConvertible, Sendable {
    public enum Kind: Sendable, Equatable {
        /// The server could not be reached, or refused the connection (authentication, missing database).
        case connectionFailed
        /// The connection broke while a command was running.
        case connectionLost
        /// The server rejected a statement; `sqlState` says why.
        case server
        /// This library refused to send something PostgreSQL cannot store (a NUL byte in text, say).
        case invalidArgument
    }

    public var kind: Kind
    /// The five-character SQLSTATE, when the server sent one.
    public var sqlState: SQLState?
    /// The primary message: the server's, or libpq's first line.
    public var message: String
    public var detail: String?
    public var hint: String?
    /// 1-based character position of the error in `sql`, when the server reported one.
    public var position: Int?
    /// The statement text (placeholders only, never bound values).
    public var sql: String?
    /// Where the connection was going: host, port and database, never a password.
    public var target: String?

    public init(
        kind: Kind, sqlState: SQLState? = nil, message: String, detail: String? = nil, hint: String? = nil,
        position: Int? = nil, sql: String? = nil, target: String? = nil
    ) {
        self.kind = kind
        self.sqlState = sqlState
        self.message = message
        self.detail = detail
        self.hint = hint
        self.position = position
        self.sql = sql
        self.target = target
    }

    /// True when the server could not be reached or went away: the CLI maps this to its
    /// "database unreachable" exit code.
    public var isUnreachable: Bool {
        kind == .connectionFailed || kind == .connectionLost
    }

    /// True when running the same transaction again may succeed: it lost a race with another session.
    public var isTransient: Bool {
        guard kind == .server, let sqlState else { return false }
        return [.serializationFailure, .deadlockDetected, .uniqueViolation].contains(sqlState)
    }

    public var description: String {
        switch kind {
        case .connectionFailed:
            return "cannot connect to PostgreSQL at \(target ?? "the default server"): \(message)"
        case .connectionLost:
            return "lost the connection to PostgreSQL at \(target ?? "the server"): \(message)"
        case .server, .invalidArgument:
            var text = message
            if let detail { text += " (\(detail))" }
            if let hint { text += ". Hint: \(hint)" }
            return text
        }
    }

    public var debugDescription: String {
        var text = description
        if let sqlState { text += " [SQLSTATE \(sqlState.rawValue)]" }
        if let sql { text += "\nSQL: \(sql)" }
        return text
    }
}

/// A SQLSTATE code. Named constants cover the codes this project reacts to; any other code is
/// still carried, so adding a name never breaks a caller.
public struct SQLState: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }

    /// The two-character class, e.g. "23" for integrity constraint violations.
    public var errorClass: String { String(rawValue.prefix(2)) }

    public static let uniqueViolation = SQLState("23505")
    public static let foreignKeyViolation = SQLState("23503")
    public static let notNullViolation = SQLState("23502")
    public static let checkViolation = SQLState("23514")
    public static let exclusionViolation = SQLState("23P01")
    public static let undefinedTable = SQLState("42P01")
    public static let undefinedColumn = SQLState("42703")
    public static let undefinedFunction = SQLState("42883")
    public static let duplicateTable = SQLState("42P07")
    public static let duplicateDatabase = SQLState("42P04")
    public static let syntaxError = SQLState("42601")
    public static let insufficientPrivilege = SQLState("42501")
    public static let invalidTextRepresentation = SQLState("22P02")
    public static let invalidDatetimeFormat = SQLState("22007")
    public static let datetimeFieldOverflow = SQLState("22008")
    public static let stringDataRightTruncation = SQLState("22001")
    public static let characterNotInRepertoire = SQLState("22021")
    public static let badCopyFileFormat = SQLState("22P04")
    public static let readOnlySQLTransaction = SQLState("25006")
    public static let diskFull = SQLState("53100")
    public static let serializationFailure = SQLState("40001")
    public static let deadlockDetected = SQLState("40P01")
    public static let invalidCatalogName = SQLState("3D000")
    public static let invalidPassword = SQLState("28P01")
    public static let invalidAuthorizationSpecification = SQLState("28000")
    public static let queryCanceled = SQLState("57014")
    public static let adminShutdown = SQLState("57P01")
    public static let cannotConnectNow = SQLState("57P03")
    public static let raiseException = SQLState("P0001")
}
