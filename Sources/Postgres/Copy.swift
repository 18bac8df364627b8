// COPY ... FROM STDIN: bulk loading in PostgreSQL's text format.
import CLibPQ

extension Connection {
    /// Streams rows into a `COPY table (columns) FROM STDIN` statement.
    ///
    /// `produce` writes rows through the given writer. If it throws, the COPY is aborted on the
    /// server (nothing is loaded) and its error is rethrown; if the server rejects a row, the server's
    /// error is thrown, naming the line.
    ///
    ///     let count = try connection.copy("COPY staging (speaker, text) FROM STDIN") { writer in
    ///         for item in items { try writer.write([item.speaker, item.text]) }
    ///     }
    ///
    /// - Returns: the number of rows the server loaded.
    @discardableResult
    public func copy(_ sql: SQL, _ produce: (inout CopyWriter) throws -> Void) throws -> Int {
        let handle = try openHandle()
        PQclear(try run(sql))  // PGRES_COPY_IN: the server now waits for data
        var writer = CopyWriter(connection: self, handle: handle)
        do {
            try produce(&writer)
            try writer.flush()
        } catch {
            _ = PQputCopyEnd(handle, "aborted by client: \(error)")
            drainResults(handle, sql: sql.text)
            throw error
        }
        guard PQputCopyEnd(handle, nil) == 1 else { throw lostOrFailed(sql: sql.text) }
        var loaded = 0
        var firstError: Error?
        while let result = PQgetResult(handle) {
            do {
                try check(result, sql: sql.text)
                loaded = Int(String(cString: PQcmdTuples(result))) ?? loaded
            } catch {
                firstError = firstError ?? error
            }
            PQclear(result)
        }
        if let firstError { throw firstError }
        return loaded
    }

    /// Convenience for rows already in memory.
    @discardableResult
    public func copy(_ sql: SQL, rows: some Sequence<[String?]>) throws -> Int {
        try copy(sql) { writer in
            for row in rows { try writer.write(row) }
        }
    }

    private func drainResults(_ handle: OpaquePointer, sql: String) {
        while let result = PQgetResult(handle) { PQclear(result) }
    }
}

/// Encodes rows in COPY's text format and sends them in blocks of about 64 KiB.
public struct CopyWriter {
    let connection: Connection
    let handle: OpaquePointer
    private var buffer: [UInt8] = []
    public private(set) var rowsWritten = 0

    init(connection: Connection, handle: OpaquePointer) {
        self.connection = connection
        self.handle = handle
        buffer.reserveCapacity(80_000)
    }

    /// Writes one row: each field's text, or nil for NULL.
    public mutating func write(_ fields: [String?]) throws {
        for (index, field) in fields.enumerated() {
            if index > 0 { buffer.append(UInt8(ascii: "\t")) }
            guard let field else {
                buffer += [UInt8(ascii: "\\"), UInt8(ascii: "N")]
                continue
            }
            for byte in field.utf8 {
                switch byte {
                case 0:
                    throw PostgresError(
                        kind: .invalidArgument,
                        message: "row \(rowsWritten + 1) has a NUL byte (\\0), which PostgreSQL text cannot store")
                case UInt8(ascii: "\\"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
                case UInt8(ascii: "\t"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
                case UInt8(ascii: "\n"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
                case UInt8(ascii: "\r"): buffer += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
                default: buffer.append(byte)
                }
            }
        }
        buffer.append(UInt8(ascii: "\n"))
        rowsWritten += 1
        if buffer.count >= 65_536 { try flush() }
    }

    /// Writes one row of encodable values in their text format.
    public mutating func write(values: [any PostgresEncodable]) throws {
        try write(values.map { $0.postgresText })
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        let status = buffer.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                PQputCopyData(handle, chars.baseAddress, Int32(chars.count))
            }
        }
        guard status == 1 else { throw connection.lostOrFailed(sql: nil) }
        buffer.removeAll(keepingCapacity: true)
    }
}
