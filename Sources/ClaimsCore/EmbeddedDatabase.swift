// The embedded default: claims' own PostgreSQL cluster in a per-user data directory.
import FoundationEssentials
internal import EmbeddedPostgres
internal import Postgres
import Basics

#if canImport(Glibc)
    import Glibc
#endif

/// The private cluster `claims` uses when no other database is configured.
///
/// It lives in `$CLAIMS_DATA_DIR`, else `$XDG_DATA_HOME/claims`, else `~/.local/share/claims`.
/// For root the default is /var/lib/claims instead, because the server then runs as the `postgres`
/// account, which cannot enter /root.
public struct EmbeddedDatabase: Sendable {
    /// The database inside the cluster that holds the claims, unless CLAIMS_DATABASE names another
    /// (the demo uses claims_demo, so it never touches real data).
    public static let defaultDatabaseName = "claims"
    /// The cluster's superuser.
    public static let userName = "claims"

    let cluster: LocalCluster
    public let databaseName: String
    /// What chose the database inside the cluster.
    public enum DatabaseOrigin: Sendable, Equatable {
        /// The command line's `-d`.
        case flag
        /// `CLAIMS_DATABASE`.
        case environmentVariable
        /// `database` in the configuration file.
        case configFile
        /// None of those: `claims`, the one database made on first use.
        case defaultName
    }

    public let databaseOrigin: DatabaseOrigin
    /// Where the data directory was chosen, in the order it is looked for.
    public enum DirectoryOrigin: Sendable, Equatable {
        /// The caller's explicit setting (the command line's `--data-dir`).
        case flag
        /// `CLAIMS_DATA_DIR`.
        case environmentVariable
        /// `data_dir` in the configuration file.
        case configFile
        /// `$XDG_DATA_HOME/claims`.
        case xdgDefault
        /// /var/lib/claims, for root.
        case rootDefault
        /// ~/.local/share/claims.
        case homeDefault
    }

    /// Why this directory.
    public let directoryOrigin: DirectoryOrigin

    public init(
        dataDirectory: String?, databaseName: String? = nil, configured: DatabaseLocation.Configured = DatabaseLocation.Configured(),
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws {
        let (directory, origin) = Self.directory(flag: dataDirectory, configured: configured.dataDirectory, environment: environment)
        self.cluster = try LocalCluster(directory: directory, superuser: Self.userName)
        self.directoryOrigin = origin
        if let databaseName, !databaseName.isEmpty {
            (self.databaseName, databaseOrigin) = (databaseName, .flag)
        } else if let name = environment["CLAIMS_DATABASE"], !name.isEmpty {
            (self.databaseName, databaseOrigin) = (name, .environmentVariable)
        } else if let name = configured.databaseName, !name.isEmpty {
            (self.databaseName, databaseOrigin) = (name, .configFile)
        } else {
            (self.databaseName, databaseOrigin) = (Self.defaultDatabaseName, .defaultName)
        }
        try Self.checkName(self.databaseName)
    }

    /// Database names claims makes: lower-case letters, digits and _, so they need no quoting in
    /// psql or a URL.
    static func checkName(_ name: String) throws {
        // PostgreSQL's own databases: claims' schema in template1 would be in every database made after.
        guard name.count <= 63, name.first?.isLetter == true, !["postgres", "template0", "template1"].contains(name),
            name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") })
        else { throw ClaimsError.invalidDatabaseName(name) }
    }

    var connectionString: ConnectionString { cluster.connectionString(database: databaseName) }
    public var url: String { cluster.url(database: databaseName) }

    /// Whether the cluster exists yet, and whether its server is running.
    public enum State: Equatable, Sendable {
        /// No cluster in the directory yet: the first command creates it.
        case absent
        case stopped
        /// The server died without shutting down (killed, crashed, a power cut): its
        /// postmaster.pid names a pid that is not the server. The next command recovers it.
        case crashed(stalePID: Int32)
        case running(pid: Int32)
    }

    /// Read from the cluster's files and /proc, without starting any program.
    public var state: State {
        switch cluster.state {
        case .absent: .absent
        case .stopped: .stopped
        case .crashed(let pid): .crashed(stalePID: pid)
        case .running(let pid): .running(pid: pid)
        }
    }

    /// What starting the cluster found and did.
    public enum StartOutcome: Equatable, Sendable {
        case alreadyRunning
        case started
        /// The server had died without shutting down; PostgreSQL recovered every committed
        /// transaction from its write-ahead log as it started again.
        case recovered(stalePID: Int32)
    }

    var isRunning: Bool {
        if case .running = cluster.state { true } else { false }
    }

    /// The directory that holds the cluster, its socket and its log.
    public var directory: URL { cluster.directory }
    public var socketDirectory: URL { cluster.socketDirectory }
    /// The PostgreSQL major version the cluster was created with ("15"); nil before it exists.
    public var postgresVersion: String? { cluster.serverMajorVersion }
    /// The operating-system account the server runs as when claims runs as root (PostgreSQL
    /// refuses to run as root); nil when it runs as the current user.
    public var serverAccountName: String? { cluster.serverAccount?.name }

    /// Creates and starts the cluster if needed, and the default database in it (`claims`): a
    /// database of another name is made only by `create()` or `reset()`, so that a mistyped
    /// `-d claimz` is refused rather than set up empty.
    ///
    @discardableResult
    public func start() throws -> StartOutcome {
        switch try cluster.start(programs: ServerPrograms.locate(), ensuring: [Self.defaultDatabaseName]) {
        case .alreadyRunning: .alreadyRunning
        case .started: .started
        case .recovered(let pid): .recovered(stalePID: pid)
        }
    }

    /// A session with the cluster's `postgres` database, for making and listing databases; the
    /// cluster is created and started first if needed.
    private func administration() throws -> (Connection, StartOutcome) {
        let outcome = try start()
        return (try LocalCluster.connectWhileRecovering(cluster.connectionString(database: "postgres")), outcome)
    }

    private func exists(on admin: Connection) throws -> Bool {
        try admin.queryFirst("SELECT 1 AS found FROM pg_database WHERE datname = \(databaseName)") != nil
    }

    /// Whether this database exists in the cluster, and what starting the server (if needed) did.
    func existsAfterStarting() throws -> (exists: Bool, outcome: StartOutcome) {
        let (admin, outcome) = try administration()
        return (try exists(on: admin), outcome)
    }

    /// Makes this database, empty; the first command that uses it migrates it.
    ///
    /// - Throws: `ClaimsError.databaseExists` when it is there already.
    public func create() throws {
        let (admin, _) = try administration()
        if try exists(on: admin) { throw ClaimsError.databaseExists(databaseName) }
        try admin.execute("CREATE DATABASE \(identifier: databaseName)")
    }

    /// The databases in the cluster that hold claims or may (every one but PostgreSQL's own),
    /// by name, each with its size on disk in bytes.
    public func databases() throws -> [(name: String, bytes: Int64)] {
        let (admin, _) = try administration()
        let sql: SQL = """
            SELECT datname AS name, pg_database_size(oid) AS bytes FROM pg_database
            WHERE NOT datistemplate AND datname <> 'postgres' ORDER BY datname
            """
        return try admin.query(sql).map { row in (try row.decode("name", as: String.self), try row.decode("bytes", as: Int64.self)) }
    }

    /// - Returns: true if a running server was stopped.
    @discardableResult
    public func stop() throws -> Bool {
        guard cluster.isInitialized else { return false }
        return try cluster.stop(programs: ServerPrograms.locate())
    }

    /// When the server has just failed for want of disk space: the log's words. It stops every
    /// session when it cannot write its write-ahead log, and restarts itself, or, when the disk is
    /// still full as it recovers, shuts down until there is room. nil unless the server log was
    /// written in the last two minutes and says "No space left on device" in its last 8 KiB, and,
    /// unless `sessionDropped` (this command's own session was just cut, perhaps before the
    /// server restarted), after the last time the server was ready.
    public func recentDiskFull(sessionDropped: Bool) -> String? {
        guard let tail = cluster.recentLog(within: 120) else { return nil }
        let lines = tail.split(separator: "\n")
        guard let index = lines.lastIndex(where: { $0.contains("No space left on device") }),
            sessionDropped || !lines[index...].contains(where: { $0.contains("ready to accept connections") })
        else { return nil }
        let line = lines[index]
        // "2026-12-04 01:53:59.351 UTC [15925] FATAL:  could not write ...": the words after the level.
        return String(line.split(separator: ":  ", maxSplits: 1).last ?? line).trimmingWhitespace()
    }

    /// Drops this database and creates it empty (starting the cluster if needed).
    public func reset() throws {
        let (admin, _) = try administration()
        try admin.execute("DROP DATABASE IF EXISTS \(identifier: databaseName) WITH (FORCE)")
        try admin.execute("CREATE DATABASE \(identifier: databaseName)")
    }

    static func directory(flag: String?, configured: String?, environment: [String: String]) -> (URL, DirectoryOrigin) {
        if let flag, !flag.isEmpty { return (absolute(flag), .flag) }
        if let value = environment["CLAIMS_DATA_DIR"], !value.isEmpty { return (absolute(value), .environmentVariable) }
        if let configured, !configured.isEmpty { return (absolute(configured), .configFile) }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") {
            return (URL(fileURLWithPath: xdg).appending(path: "claims"), .xdgDefault)
        }
        if geteuid() == 0 {
            return (URL(fileURLWithPath: "/var/lib/claims"), .rootDefault)
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return (home.appending(path: ".local/share/claims"), .homeDefault)
    }

    private static func absolute(_ path: String) -> URL {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL
    }
}
