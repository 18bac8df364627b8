// BEGIN/COMMIT around a closure, with savepoints when transactions nest.

#if canImport(Glibc)
    import Glibc
#endif

extension Connection {
    /// Runs `body` in a transaction: committed when it returns, rolled back when it throws.
    ///
    /// Inside another transaction it uses a savepoint, so a failing inner step undoes only itself.
    ///
    ///     try connection.transaction { db in
    ///         try db.execute("INSERT INTO speakers (name) VALUES (\(name))")
    ///         try db.execute("INSERT INTO aliases (speaker_id, alias) VALUES (lastval(), \(alias))")
    ///     }
    @discardableResult
    public func transaction<T>(_ body: (Connection) throws -> T) throws -> T {
        if isInTransaction {
            return try savepoint(body)
        }
        try execute("BEGIN")
        let value: T
        do {
            value = try body(self)
        } catch {
            // A broken connection has already lost the transaction; the original error is the one to report.
            _ = try? execute("ROLLBACK")
            throw error
        }
        do {
            try execute("COMMIT")
        } catch {
            _ = try? execute("ROLLBACK")
            throw error
        }
        return value
    }

    /// Runs `body` in a transaction, and again from the start (up to `attempts` times in all) when
    /// it fails for a reason a second attempt can cure: a serialization failure, a deadlock, or a
    /// unique violation because another session inserted the same row a moment earlier (the next
    /// attempt finds it). Only at the outermost level: inside a transaction there is nothing to retry.
    public func transaction<T>(attempts: Int, _ body: (Connection) throws -> T) throws -> T {
        var attempt = 1
        while true {
            do {
                return try transaction(body)
            } catch let error as PostgresError where attempt < attempts && !isInTransaction && error.isTransient {
                attempt += 1
                // A short, growing, jittered pause, so that racing sessions do not collide again.
                usleep(UInt32.random(in: 1_000...10_000) * UInt32(attempt))
            }
        }
    }

    private func savepoint<T>(_ body: (Connection) throws -> T) throws -> T {
        try execute("SAVEPOINT claims_nested")
        do {
            let value = try body(self)
            try execute("RELEASE SAVEPOINT claims_nested")
            return value
        } catch {
            _ = try? execute("ROLLBACK TO SAVEPOINT claims_nested")
            _ = try? execute("RELEASE SAVEPOINT claims_nested")
            throw error
        }
    }
}
