// Applies pending migrations, one transaction each, serialised across processes by an advisory lock.
import FoundationEssentials
import Postgres

/// A migration recorded in `schema_migrations`.
public struct AppliedMigration: Sendable, Equatable {
    public var version: Int
    public var name: String
    public var checksum: String
    public var appliedAt: Date
    public var durationMilliseconds: Double
}

/// Where each known migration stands on one database.
public struct MigrationStatus: Sendable {
    public struct Entry: Sendable {
        public var migration: Migration
        /// nil while pending.
        public var applied: AppliedMigration?
        public var isPending: Bool { applied == nil }
    }

    public var entries: [Entry]
    /// Versions recorded in the database that this binary does not carry.
    public var unknownVersions: [Int]
    public var pending: [Migration] { entries.filter(\.isPending).map(\.migration) }
}

/// What `Migrator.migrate` reports as it goes.
public enum MigrationEvent: Sendable {
    case waitingForLock
    case applying(Migration)
    case applied(Migration, milliseconds: Double)
}

/// Brings a database's schema up to the migrations this binary carries.
///
/// Like Flyway and golang-migrate: versions are applied in order, each in one transaction with its
/// row in `schema_migrations`, under a session advisory lock so that two processes migrating the same
/// database at once apply each migration exactly once. An applied file that has since changed, or a
/// database that knows versions this binary does not, stops everything before anything is applied.
public struct Migrator: Sendable {
    public let migrations: [Migration]

    /// The advisory lock key every `claims` process uses for migrations ("claims" in ASCII).
    public static let advisoryLockKey: Int64 = 0x636C_6169_6D73

    public init(migrations: [Migration]) throws {
        self.migrations = try Migration.ordered(migrations)
    }

    /// The migrator for the SQL files embedded in this binary.
    public static func embedded() throws -> Migrator {
        try Migrator(migrations: Migration.embedded())
    }

    /// Applies what is pending, unless the database is already current (one query in that case).
    ///
    /// Every command calls this before its first query, so nobody has to know migrations exist.
    @discardableResult
    public func migrateIfNeeded(_ connection: Connection, progress: (MigrationEvent) -> Void = { _ in }) throws
        -> [AppliedMigration]
    {
        if let applied = try? readApplied(connection), isCurrent(applied) {
            return []
        }
        return try migrate(connection, progress: progress)
    }

    /// Whether `connection`'s database lacks a migration this binary carries (or cannot tell).
    public func hasPending(_ connection: Connection) -> Bool {
        guard let applied = try? readApplied(connection) else { return true }
        return !isCurrent(applied)
    }

    /// Applies every pending migration and returns what it applied.
    ///
    /// `beforeApplying` runs under the lock, once, when there is something to apply: what it
    /// reads cannot meet another process's migration half-way (a view being replaced while it is
    /// read deadlocks the two).
    @discardableResult
    public func migrate(
        _ connection: Connection, progress: (MigrationEvent) -> Void = { _ in }, beforeApplying: () throws -> Void = {}
    ) throws -> [AppliedMigration] {
        try lock(connection, progress: progress)
        defer { _ = try? connection.query("SELECT pg_advisory_unlock(\(Migrator.advisoryLockKey))") }

        try connection.execute(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version bigint PRIMARY KEY,
                name text NOT NULL,
                checksum text NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now(),
                duration_ms double precision NOT NULL
            )
            """)
        let status = try validatedStatus(connection)
        if !status.pending.isEmpty { try beforeApplying() }
        var newlyApplied: [AppliedMigration] = []
        for migration in status.pending {
            progress(.applying(migration))
            let record = try apply(migration, on: connection)
            progress(.applied(migration, milliseconds: record.durationMilliseconds))
            newlyApplied.append(record)
        }
        return newlyApplied
    }

    /// Applied and pending migrations, without changing anything.
    ///
    /// - Throws: `MigrationError.checksumMismatch` or `.databaseIsNewer` when the database and this
    ///   binary disagree about history.
    public func status(_ connection: Connection) throws -> MigrationStatus {
        try validatedStatus(connection)
    }

    // MARK: -

    private func lock(_ connection: Connection, progress: (MigrationEvent) -> Void) throws {
        let acquired = try connection.queryFirst("SELECT pg_try_advisory_lock(\(Migrator.advisoryLockKey)) AS ok")
        if try acquired?.decode("ok", as: Bool.self) == true { return }
        progress(.waitingForLock)
        try connection.query("SELECT pg_advisory_lock(\(Migrator.advisoryLockKey))")
    }

    private func validatedStatus(_ connection: Connection) throws -> MigrationStatus {
        let applied = try readApplied(connection)
        let byVersion = Dictionary(applied.map { ($0.version, $0) }, uniquingKeysWith: { first, _ in first })
        let known = Set(migrations.map(\.version))
        let unknown = applied.map(\.version).filter { !known.contains($0) }.sorted()
        if !unknown.isEmpty {
            throw MigrationError.databaseIsNewer(unknownVersions: unknown, newestKnown: migrations.last?.version ?? 0)
        }
        for migration in migrations {
            if let record = byVersion[migration.version], record.checksum != migration.checksum {
                throw MigrationError.checksumMismatch(
                    version: migration.version, fileName: migration.fileName, applied: record.checksum,
                    found: migration.checksum)
            }
        }
        let entries = migrations.map { MigrationStatus.Entry(migration: $0, applied: byVersion[$0.version]) }
        return MigrationStatus(entries: entries, unknownVersions: unknown)
    }

    /// The rows of `schema_migrations`; none when the table does not exist yet.
    private func readApplied(_ connection: Connection) throws -> [AppliedMigration] {
        // One query: every command runs this check, and a fresh database is the rare case.
        let rows: [Row]
        do {
            rows = try connection.query("SELECT version, name, checksum, applied_at, duration_ms FROM schema_migrations ORDER BY version")
        } catch let error as PostgresError where error.sqlState == .undefinedTable {
            return []
        }
        return try rows.map { row in
            AppliedMigration(
                version: try row.decode("version"), name: try row.decode("name"), checksum: try row.decode("checksum"),
                appliedAt: try row.decode("applied_at"), durationMilliseconds: try row.decode("duration_ms"))
        }
    }

    private func isCurrent(_ applied: [AppliedMigration]) -> Bool {
        guard applied.count == migrations.count else { return false }
        return zip(applied, migrations).allSatisfy { $0.version == $1.version && $0.checksum == $1.checksum }
    }

    private func apply(_ migration: Migration, on connection: Connection) throws -> AppliedMigration {
        let started = Date()
        return try connection.transaction { db in
            for statement in StatementSplitter.split(migration.sql) {
                do {
                    try db.execute(unsafeSQL: statement.text)
                } catch let error as PostgresError {
                    if error.isUnreachable { throw error }
                    throw MigrationError.statementFailed(
                        fileName: migration.fileName, line: errorLine(statement, error).line,
                        column: errorLine(statement, error).column, error: error)
                }
            }
            let milliseconds = Date().timeIntervalSince(started) * 1000
            let row = try db.queryFirst(
                """
                INSERT INTO schema_migrations (version, name, checksum, duration_ms)
                VALUES (\(migration.version), \(migration.name), \(migration.checksum), \(milliseconds))
                RETURNING applied_at
                """)
            return AppliedMigration(
                version: migration.version, name: migration.name, checksum: migration.checksum,
                appliedAt: try row?.decode("applied_at", as: Date.self) ?? started,
                durationMilliseconds: milliseconds)
        }
    }

    /// The file position of an error: the server's position within the statement when it gave one,
    /// else the statement's start.
    private func errorLine(_ statement: SQLStatement, _ error: PostgresError) -> (line: Int, column: Int) {
        guard let position = error.position, position >= 1 else { return (statement.line, statement.column) }
        let within = StatementSplitter.position(of: position - 1, in: Array(statement.text.unicodeScalars))
        if within.line == 1 {
            return (statement.line, statement.column + within.column - 1)
        }
        return (statement.line + within.line - 1, within.column)
    }
}
