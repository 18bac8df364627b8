// A primary and a streaming standby on loopback, for tests of reading from replicas.
import Foundation
import Postgres
import EmbeddedPostgres

#if canImport(Glibc)
    import Glibc
#endif

/// Two throwaway clusters in one temporary directory: a primary listening on 127.0.0.1, and a hot
/// standby made from it with pg_basebackup that streams its WAL. Both are stopped and removed on deinit.
public final class ReplicaPair {
    public let primaryPort: Int
    public let standbyPort: Int
    public let primary: LocalCluster
    public let standby: LocalCluster
    private let root: URL
    private let programs: ServerPrograms

    public init() throws {
        programs = try ServerPrograms.locate()
        root = try TemporaryDirectory.make(prefix: "claims-replica")
        primaryPort = try Loopback.freePort()
        standbyPort = try Loopback.freePort(excluding: primaryPort)
        primary = try LocalCluster(directory: root.appending(path: "primary"))
        standby = try LocalCluster(directory: root.appending(path: "standby"))

        // initdb and a first start make the primary; then it listens on loopback too.
        try primary.start(programs: programs)
        try primary.stop(programs: programs)
        try Loopback.append(to: primary, "listen_addresses = '127.0.0.1'\nport = \(primaryPort)\n")
        try primary.start(programs: programs)

        // The standby is a base backup of the primary that writes its own primary_conninfo (-R).
        try standby.prepareDirectory()
        let backup = try standby.runAsServer(
            programs.binDirectory.appending(path: "pg_basebackup"),
            [
                "-h", "127.0.0.1", "-p", "\(primaryPort)", "-U", primary.superuser, "-D", standby.dataDirectory.path,
                "-R", "-X", "stream", "-c", "fast",
            ])
        guard backup.status == 0 else { throw ReplicaPairError(step: "pg_basebackup", output: backup.output) }
        let socket = standby.socketDirectory.path.replacingOccurrences(of: "'", with: "''")
        try Loopback.append(to: standby, "port = \(standbyPort)\nunix_socket_directories = '\(socket)'\nhot_standby = on\n")
        try standby.start(programs: programs)
    }

    /// A URL for one database on the primary, over loopback TCP.
    public func primaryURL(database: String) -> String {
        "postgresql://\(primary.superuser)@127.0.0.1:\(primaryPort)/\(database)"
    }

    /// A URL for one database on the standby, over loopback TCP.
    public func standbyURL(database: String) -> String {
        "postgresql://\(primary.superuser)@127.0.0.1:\(standbyPort)/\(database)"
    }

    /// A multi-host URL listing the primary first, then the standby, as a client configured for
    /// failover would; `attributes` is libpq's target_session_attrs.
    public func multiHostURL(database: String, attributes: String) -> String {
        "postgresql://\(primary.superuser)@127.0.0.1:\(primaryPort),127.0.0.1:\(standbyPort)/\(database)"
            + "?target_session_attrs=\(attributes)"
    }

    /// Waits until the standby has replayed everything the primary has written so far.
    public func waitForReplay(timeout: TimeInterval = 30) throws {
        let primaryConnection = try Connection(ConnectionString(primaryURL(database: "postgres")))
        guard let row = try primaryConnection.queryFirst("SELECT pg_current_wal_lsn()::text AS lsn") else {
            throw ReplicaPairError(step: "pg_current_wal_lsn", output: "no row")
        }
        let target = try row.decode("lsn", as: String.self)
        let standbyConnection = try Connection(ConnectionString(standbyURL(database: "postgres")))
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let caughtUp = try standbyConnection.queryFirst(
                "SELECT pg_last_wal_replay_lsn() >= \(target)::pg_lsn AS done")?.decode("done", as: Bool.self)
            if caughtUp == true { return }
            usleep(50_000)
        }
        throw ReplicaPairError(step: "replay", output: "the standby did not reach \(target) in \(Int(timeout)) s")
    }

    /// Stops the primary, leaving only the standby to answer.
    public func stopPrimary() throws {
        try primary.stop(programs: programs)
    }

    deinit {
        _ = try? standby.stop(programs: programs)
        _ = try? primary.stop(programs: programs)
        try? FileManager.default.removeItem(at: root)
    }
}

public struct ReplicaPairError: Error, CustomStringConvertible {
    public var step: String
    public var output: String
    public var description: String { "replica setup failed at \(step): \(output)" }
}
