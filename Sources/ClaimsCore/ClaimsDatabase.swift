// One open session with the claims database: the only way in for everything outside the core.
import FoundationEssentials
internal import EmbeddedPostgres
internal import Migrations
package import Postgres

/// An open, ready claims database: found (`DatabaseLocation`), connected (starting the embedded
/// cluster on first use), migrated, and naming who makes the changes. It hands out the stores,
/// which share its one connection; nothing outside the core sees the connection itself.
///
///     let database = try ClaimsDatabase.open(try DatabaseLocation.resolve(databaseURL: nil, dataDirectory: nil))
///     let id = try database.claims.add(NewClaim(...))
///
/// Not thread-safe: a session belongs to one command (or one test) at a time, as a libpq
/// connection does.
public final class ClaimsDatabase {
    /// The one connection the stores share; tests in this package reach it, nothing else does.
    package let connection: Connection

    package init(connection: Connection) {
        self.connection = connection
    }

    /// Connects to `location`, starting the embedded cluster on first use, and brings the schema up
    /// to date unless `migrate` is false.
    ///
    /// - Parameters:
    ///   - connectTimeout: seconds; nil leaves it to the URL, PGCONNECT_TIMEOUT or the 10 s default.
    ///   - actor: the person recorded in the history with every change this session makes.
    ///   - progress: told about migrations as they are applied.
    ///   - recovered: told the stale pid when the embedded cluster's server had died and was recovered.
    public static func open(
        _ location: DatabaseLocation, connectTimeout: Int? = nil, migrate: Bool = true, actor: String? = nil,
        progress: (MigrationProgress) -> Void = { _ in }, recovered: (_ stalePID: Int32) -> Void = { _ in }
    ) throws -> ClaimsDatabase {
        let connection = try connect(location, connectTimeout: connectTimeout, recovered: recovered)
        if let actor {
            // A session setting the history triggers read (claims_actor()); unset, they record the role.
            try HistorySettings.setActor(actor, on: connection)
        }
        let database = ClaimsDatabase(connection: connection)
        if migrate, try Migrator.embedded().hasPending(connection) {
            try database.applyMigrations(progress: progress)
        }
        return database
    }

    /// `recovered` is called when the embedded cluster's server had died without shutting down
    /// and was recovered on the way (the caller says so; nothing committed is lost).
    static func connect(_ location: DatabaseLocation, connectTimeout: Int?, recovered: (Int32) -> Void) throws -> Connection {
        guard let embedded = location.embedded else {
            do {
                return try Connection(location.connectionString, connectTimeout: connectTimeout)
            } catch let error as PostgresError where error.isUnreachable && location.source == .libpqEnvironment {
                // A PGDATABASE or PGHOST left over from other work sends claims somewhere else; say so.
                throw DatabaseFailure(kind: .unreachable, description: error.description + " (\(location.libpqVariablesNamed))")
            }
        }
        // Fast path: the cluster is usually already running. If not (no socket yet, or no database),
        // start it under its lock and try once more.
        if embedded.isRunning, let connection = try? Connection(location.connectionString, connectTimeout: connectTimeout) {
            return connection
        }
        // A database other than the default is never made here: a mistyped name is refused.
        let outcome: EmbeddedDatabase.StartOutcome
        if embedded.databaseOrigin == .defaultName {
            outcome = try embedded.start()
        } else {
            let (exists, started) = try embedded.existsAfterStarting()
            guard exists else { throw ClaimsError.databaseMissing(name: embedded.databaseName, namedBy: embedded.databaseOrigin) }
            outcome = started
        }
        if case .recovered(let pid) = outcome { recovered(pid) }
        return try LocalCluster.connectWhileRecovering(location.connectionString, connectTimeout: connectTimeout)
    }

    // MARK: The stores

    public var claims: ClaimStore { ClaimStore(connection) }
    public var speakers: SpeakerStore { SpeakerStore(connection) }
    public var sources: SourceStore { SourceStore(connection) }
    public var links: LinkStore { LinkStore(connection) }
    public var reviews: ReviewStore { ReviewStore(connection) }
    public var history: HistoryStore { HistoryStore(connection) }
    public var extraction: ExtractionStore { ExtractionStore(connection) }
    /// JSON Lines export and import.
    public var jsonl: JSONLExchange { JSONLExchange(connection) }
    public var csvImport: CSVImport { CSVImport(connection) }
    public var claimReviewImport: ClaimReviewImport { ClaimReviewImport(connection) }

    // MARK: The schema

    /// Where each migration this binary carries stands on this database; changes nothing.
    public func schemaStatus() throws -> SchemaStatus {
        SchemaStatus(try Migrator.embedded().status(connection))
    }

    /// Applies every pending migration, each in its own transaction; then reads the stored texts
    /// not read yet for their wire credits and copies (those recorded before migration 0012, or a
    /// reading an earlier run did not finish), and reports the claims whose status all that
    /// changed, with the evidence of the new one.
    ///
    /// - Returns: how many migrations were applied; 0 when the schema was up to date.
    @discardableResult
    public func applyMigrations(progress: (MigrationProgress) -> Void = { _ in }) throws -> Int {
        let unread: SQL = "SELECT 1 AS found FROM sources WHERE full_text IS NOT NULL AND NOT text_read LIMIT 1"
        // Statuses are compared only when something may change them: cheap to skip otherwise. The
        // statuses before are read under the migration lock, never while another process migrates.
        var before: [Int: ClaimStatus]?
        var snapshotTaken = false
        let applied = try Migrator.embedded().migrate(
            connection, progress: { progress(MigrationProgress($0)) },
            beforeApplying: {
                before = try StatusChange.snapshot(connection)
                snapshotTaken = true
            })
        if applied.isEmpty {
            // Nothing to migrate: only texts a run before left unread may still change statuses.
            guard (try? connection.queryFirst(unread)) != nil else { return 0 }
        }
        if !snapshotTaken { before = try StatusChange.snapshot(connection) }
        try connection.transaction { db in try SourceStore(db).readUnreadTexts() }
        let changes = try StatusChange.since(before, on: connection)
        if !changes.isEmpty { progress(.statusesChanged(changes)) }
        return applied.count
    }
}
