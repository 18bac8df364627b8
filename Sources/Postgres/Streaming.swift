// Reading large results one row at a time (libpq's single-row mode), so memory stays flat.
import CLibPQ

extension Connection {
    /// Runs a query and hands each row to `body` as it arrives, without holding the whole result.
    ///
    /// If `body` throws, the query is cancelled on the server and the error is rethrown.
    ///
    ///     try connection.forEachRow("SELECT id, text FROM claims ORDER BY id") { row in
    ///         try writer.write(row.decode("text", as: String.self))
    ///     }
    public func forEachRow(_ sql: SQL, _ body: (Row) throws -> Void) throws {
        let handle = try openHandle()
        let text = sql.text
        let sent = try withParameters(of: sql) { count, types, values in
            PQsendQueryParams(handle, text, count, types, values, nil, nil, 0)
        }
        guard sent == 1 else { throw lostOrFailed(sql: text) }
        _ = PQsetSingleRowMode(handle)

        var columns: Columns?
        var failure: Error?
        while let result = PQgetResult(handle) {
            defer { PQclear(result) }
            if failure != nil { continue }  // drain what is left after an error or a cancel
            switch PQresultStatus(result) {
            case PGRES_SINGLE_TUPLE:
                let current = columns ?? Connection.columns(of: result)
                columns = current
                let values = (0..<PQnfields(result)).map { column -> String? in
                    PQgetisnull(result, 0, column) == 1 ? nil : String(cString: PQgetvalue(result, 0, column))
                }
                do {
                    try body(Row(columns: current, values: values))
                } catch {
                    failure = error
                    cancel(handle)
                }
            case PGRES_TUPLES_OK, PGRES_COMMAND_OK:
                break
            default:
                failure = self.error(from: result, sql: text)
            }
        }
        if let failure { throw failure }
    }

    private func cancel(_ handle: OpaquePointer) {
        guard let cancel = PQgetCancel(handle) else { return }
        var buffer = [CChar](repeating: 0, count: 256)
        _ = PQcancel(cancel, &buffer, Int32(buffer.count))
        PQfreeCancel(cancel)
    }
}
