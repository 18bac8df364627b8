// A connection to one PostgreSQL server through libpq: the only type that owns a PGconn.
import CLibPQ
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
import Basics
#endif

/// An open libpq connection.
///
/// Synchronous by design: the `claims` tool runs one command at a time, and a blocking call is the
/// simplest correct thing. A connection is not shared between threads.
///
///     let connection = try Connection(ConnectionString("postgresql:///claims"))
///     let rows = try connection.query("SELECT name FROM speakers WHERE id = \(id)")
///     let name = try rows.first?.decode("name", as: String.self)
public final class Connection {
    private var handle: OpaquePointer?

    /// Host (or socket directory), port and database, for messages. Never a password.
    public let target: String

    /// Seconds libpq waits for a server before giving up, when nothing else says otherwise.
    public static let defaultConnectTimeout = 10

    /// Opens a connection.
    ///
    /// - Parameters:
    ///   - connectionString: what to connect to; anything it leaves out comes from libpq's environment
    ///     (PG* variables, service files, .pgpass), as for psql.
    ///   - connectTimeout: seconds to wait for the server. When nil, the string's own `connect_timeout`
    ///     or `PGCONNECT_TIMEOUT` applies, else `defaultConnectTimeout`.
    ///   - applicationName: shown in `pg_stat_activity` unless the user set one.
    /// - Throws: `PostgresError` of kind `.connectionFailed`.
    public init(
        _ connectionString: ConnectionString, connectTimeout: Int? = nil, applicationName: String = "claims"
    ) throws {
        var keywords: [(String, String)] = []
        let environmentTimeout = ProcessInfo.processInfo.environment["PGCONNECT_TIMEOUT"]
        if connectTimeout == nil, connectionString.value(for: "connect_timeout") == nil, environmentTimeout == nil {
            keywords.append(("connect_timeout", String(Connection.defaultConnectTimeout)))
        }
        keywords += connectionString.options.map { ($0.keyword, $0.value) }
        if let connectTimeout {
            keywords.append(("connect_timeout", String(connectTimeout)))
        }
        keywords.append(("fallback_application_name", applicationName))
        // Rows are decoded as UTF-8; never let PGCLIENTENCODING change that.
        keywords.append(("client_encoding", "UTF8"))

        let handle = Connection.connect(keywords)
        guard let handle else {
            throw PostgresError(kind: .connectionFailed, message: "out of memory", target: nil)
        }
        self.target = Connection.describeTarget(handle)
        guard PQstatus(handle) == CONNECTION_OK else {
            let message = Connection.connectionFailureMessage(handle)
            PQfinish(handle)
            throw PostgresError(kind: .connectionFailed, message: message, target: target)
        }
        // Notices ("relation already exists, skipping") would otherwise go straight to stderr.
        PQsetNoticeProcessor(handle, { _, _ in }, nil)
        self.handle = handle
        // Dates are decoded from ISO output. The server reports its DateStyle when the connection
        // starts; most say "ISO, MDY" already, and then there is nothing to send (a statement and a
        // round trip on every command). Otherwise only the output part changes: dates typed by the
        // user (--as-of) are read in the server's own field order, as psql reads them.
        if !Connection.reportsISODates(handle) {
            try execute(unsafeSQL: "SET DateStyle TO ISO")
        }
    }

    deinit {
        if let handle { PQfinish(handle) }
    }

    /// Whether the server's DateStyle, as reported at connection start, writes dates as ISO 8601.
    static func reportsISODates(_ handle: OpaquePointer) -> Bool {
        guard let style = PQparameterStatus(handle, "DateStyle") else { return false }
        return String(cString: style).hasPrefix("ISO")
    }

    /// Closes the connection now rather than when the object goes away.
    public func close() {
        if let handle { PQfinish(handle) }
        handle = nil
    }

    /// The server's version as an integer, e.g. 150018 for 15.18.
    public var serverVersion: Int {
        guard let handle else { return 0 }
        return Int(PQserverVersion(handle))
    }

    /// True while a transaction block is open on this connection.
    public var isInTransaction: Bool {
        guard let handle else { return false }
        let status = PQtransactionStatus(handle)
        return status == PQTRANS_INTRANS || status == PQTRANS_INERROR
    }

    // MARK: Queries

    /// Runs a statement and returns all its rows.
    @discardableResult
    public func query(_ sql: SQL) throws -> [Row] {
        let result = try run(sql)
        defer { PQclear(result) }
        return Connection.rows(of: result)
    }

    /// Runs a statement and returns its first row, if any.
    public func queryFirst(_ sql: SQL) throws -> Row? {
        try query(sql).first
    }

    /// Runs a statement and returns the number of rows it affected (0 for statements that affect none).
    @discardableResult
    public func execute(_ sql: SQL) throws -> Int {
        let result = try run(sql)
        defer { PQclear(result) }
        return Int(String(cString: PQcmdTuples(result))) ?? 0
    }

    /// Runs one or more statements with no parameters, through the simple query protocol.
    ///
    /// Only for SQL the program carries (migration files, fixed setup); it cannot take values.
    public func execute(unsafeSQL text: String) throws {
        let handle = try openHandle()
        guard let result = PQexec(handle, text) else {
            throw lostOrFailed(sql: text)
        }
        defer { PQclear(result) }
        try check(result, sql: text)
    }

    // MARK: Internals shared with Transaction and Copy

    func openHandle() throws -> OpaquePointer {
        guard let handle else {
            throw PostgresError(kind: .connectionLost, message: "the connection was closed", target: target)
        }
        return handle
    }

    func run(_ sql: SQL) throws -> OpaquePointer {
        let handle = try openHandle()
        let text = sql.text
        let result = try withParameters(of: sql) { count, types, values in
            PQexecParams(handle, text, count, types, values, nil, nil, 0)
        }
        guard let result else { throw lostOrFailed(sql: text) }
        do {
            try check(result, sql: text)
        } catch {
            PQclear(result)
            throw error
        }
        return result
    }

    /// Hands libpq's C arrays of parameter types and text values to `body`, and frees them after.
    ///
    /// The one place that turns bindings into C strings: a NUL byte would silently cut a value short
    /// there, so it is refused first.
    func withParameters<T>(
        of sql: SQL,
        _ body: (Int32, UnsafePointer<Oid>?, UnsafePointer<UnsafePointer<CChar>?>?) -> T
    ) throws -> T {
        for binding in sql.bindings where binding.text?.utf8.contains(0) == true {
            throw PostgresError(
                kind: .invalidArgument,
                message: "a value contains a NUL byte (\\0), which PostgreSQL text cannot store",
                hint: "remove the NUL bytes from the input", sql: sql.text)
        }
        let types = sql.bindings.map { Oid($0.type.rawValue) }
        let values = sql.bindings.map { $0.text.map { strdup($0) } ?? nil }
        defer { values.forEach { free($0) } }
        return values.withUnsafeBufferPointer { valuePointers in
            types.withUnsafeBufferPointer { typePointers in
                valuePointers.withMemoryRebound(to: UnsafePointer<CChar>?.self) { constValues in
                    body(Int32(sql.bindings.count), typePointers.baseAddress, constValues.baseAddress)
                }
            }
        }
    }

    /// Throws the server's error carried by `result`, if it carries one.
    func check(_ result: OpaquePointer, sql: String?) throws {
        switch PQresultStatus(result) {
        case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY, PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_SINGLE_TUPLE:
            return
        default:
            throw error(from: result, sql: sql)
        }
    }

    func error(from result: OpaquePointer, sql: String?) -> PostgresError {
        func field(_ code: UInt8) -> String? {
            guard let pointer = PQresultErrorField(result, Int32(code)) else { return nil }
            return String(cString: pointer)
        }
        let sqlState = field(UInt8(ascii: "C")).map(SQLState.init(rawValue:))
        let message = field(UInt8(ascii: "M")) ?? Connection.firstLine(String(cString: PQresultErrorMessage(result)))
        if let handle, PQstatus(handle) == CONNECTION_BAD {
            return PostgresError(kind: .connectionLost, sqlState: sqlState, message: message, sql: sql, target: target)
        }
        return PostgresError(
            kind: .server, sqlState: sqlState, message: message, detail: field(UInt8(ascii: "D")),
            hint: field(UInt8(ascii: "H")), position: field(UInt8(ascii: "P")).flatMap { Int($0) }, sql: sql,
            target: target)
    }

    func lostOrFailed(sql: String?) -> PostgresError {
        let message = handle.map { Connection.connectionFailureMessage($0) } ?? "the connection was closed"
        return PostgresError(kind: .connectionLost, message: message, sql: sql, target: target)
    }

    private static func rows(of result: OpaquePointer) -> [Row] {
        guard PQresultStatus(result) == PGRES_TUPLES_OK else { return [] }
        let columnCount = PQnfields(result)
        let rowCount = PQntuples(result)
        guard columnCount > 0 else { return [] }
        let columns = Connection.columns(of: result)
        var rows: [Row] = []
        rows.reserveCapacity(Int(rowCount))
        for row in 0..<rowCount {
            let values = (0..<columnCount).map { column -> String? in
                PQgetisnull(result, row, column) == 1 ? nil : String(cString: PQgetvalue(result, row, column))
            }
            rows.append(Row(columns: columns, values: values))
        }
        return rows
    }

    static func columns(of result: OpaquePointer) -> Columns {
        let count = PQnfields(result)
        return Columns(
            names: (0..<count).map { PQfname(result, $0).map { String(cString: $0) } ?? "?column?" },
            types: (0..<count).map { PostgresType(rawValue: UInt32(PQftype(result, $0))) })
    }

    private static func connect(_ keywords: [(String, String)]) -> OpaquePointer? {
        let keys = keywords.map { strdup($0.0) } + [nil]
        let values = keywords.map { strdup($0.1) } + [nil]
        defer {
            keys.forEach { free($0) }
            values.forEach { free($0) }
        }
        return keys.withUnsafeBufferPointer { keyPointers in
            values.withUnsafeBufferPointer { valuePointers in
                keyPointers.withMemoryRebound(to: UnsafePointer<CChar>?.self) { constKeys in
                    valuePointers.withMemoryRebound(to: UnsafePointer<CChar>?.self) { constValues in
                        PQconnectdbParams(constKeys.baseAddress, constValues.baseAddress, 0)
                    }
                }
            }
        }
    }

    /// "host:port/database" (a socket directory stands in for the host), from what libpq resolved.
    private static func describeTarget(_ handle: OpaquePointer) -> String {
        let host = PQhost(handle).map { String(cString: $0) } ?? ""
        let port = PQport(handle).map { String(cString: $0) } ?? ""
        let database = PQdb(handle).map { String(cString: $0) } ?? ""
        return "\(host.isEmpty ? "localhost" : host):\(port)/\(database)"
    }

    /// libpq's message without the "connection to server ... failed:" preamble that repeats the
    /// target, folded onto one line.
    private static func connectionFailureMessage(_ handle: OpaquePointer) -> String {
        let raw = String(cString: PQerrorMessage(handle))
        let lines = raw.split(whereSeparator: \.isNewline)
            .map { line -> String in
                var text = line.trimmingWhitespace()
                if text.hasPrefix("connection to server"), let colon = text.firstRange(of: "failed: ") {
                    text = String(text[colon.upperBound...])
                }
                return text
            }
            .filter { !$0.isEmpty }
        // libpq puts its advice on a line of its own ("Connection refused" / "Is the server
        // running ...?"): joined on one line, each line keeps the end of its sentence.
        let message = lines.enumerated().map { index, line in
            index < lines.count - 1 && !".?!:;".contains(line.last ?? ".") ? line + "." : line
        }.joined(separator: " ")
        return message.isEmpty ? "unknown error" : message
    }

    static func firstLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).first.map { String($0) }?
            .replacingScalars("ERROR:  ", with: "") ?? text
    }
}
