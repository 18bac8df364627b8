// Opens the claims database: connect (starting the embedded cluster when it is the one), then migrate.
import FoundationEssentials
import Migrations
import Postgres

/// The one place that opens connections for commands.
public enum ClaimsDatabase {
    /// Connects to `location`, starting the embedded cluster on first use, and brings the schema up
    /// to date unless `migrate` is false.
    ///
    /// - Parameters:
    ///   - connectTimeout: seconds; nil leaves it to the URL, PGCONNECT_TIMEOUT or the 10 s default.
    ///   - progress: told about migrations as they are applied.
    ///   - actor: the person recorded in the history with every change this connection makes.
    public static func open(
        _ location: DatabaseLocation, connectTimeout: Int? = nil, migrate: Bool = true, actor: String? = nil,
        progress: (MigrationEvent) -> Void = { _ in }
    ) throws -> Connection {
        let connection = try connect(location, connectTimeout: connectTimeout)
        if let actor {
            // A session setting the history triggers read (claims_actor()); unset, they record the role.
            try HistorySettings.setActor(actor, on: connection)
        }
        if migrate {
            try Migrator.embedded().migrateIfNeeded(connection, progress: progress)
        }
        return connection
    }

    static func connect(_ location: DatabaseLocation, connectTimeout: Int?) throws -> Connection {
        guard let embedded = location.embedded else {
            return try Connection(location.connectionString, connectTimeout: connectTimeout)
        }
        // Fast path: the cluster is usually already running. If not (no socket yet, or no database),
        // start it under its lock and try once more.
        if case .running = embedded.cluster.state,
            let connection = try? Connection(location.connectionString, connectTimeout: connectTimeout)
        {
            return connection
        }
        try embedded.start()
        return try Connection(location.connectionString, connectTimeout: connectTimeout)
    }
}
