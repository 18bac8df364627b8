// A private PostgreSQL cluster in a directory: created with initdb on first use, started with
// pg_ctl, reachable only through a Unix socket inside that directory.
import FoundationEssentials
import Basics
public import Postgres

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#endif

/// A PostgreSQL cluster owned by one program, kept in one directory:
///
///     <directory>/pgdata      the cluster (initdb), mode 0700
///     <directory>/socket      unix_socket_directories; no TCP port is opened
///     <directory>/server.log  the server's log
///     <directory>/lock        serialises processes that start or stop it at the same moment
///
/// PostgreSQL refuses to run as root. When this process is root the server runs as an unprivileged
/// account (`serverAccount`, the `postgres` user where it exists), which then owns the directory.
public struct LocalCluster: Sendable {
    public let directory: URL
    /// The superuser initdb creates; connections use it. Authentication is `trust`, which is safe
    /// only because the socket lives in a directory nobody else can enter.
    public let superuser: String
    /// The OS account the server runs as when this process is root; nil otherwise.
    public let serverAccount: ServerAccount?

    public var dataDirectory: URL { directory.appending(path: "pgdata") }
    /// The account the server's processes run as.
    var serverUID: uid_t { serverAccount?.uid ?? geteuid() }
    public var socketDirectory: URL { directory.appending(path: "socket") }
    public var logFile: URL { directory.appending(path: "server.log") }
    private var lockFile: URL { directory.appending(path: "lock") }

    /// - Throws: `LocalClusterError.noUnprivilegedAccount` when root and no `postgres` account exists.
    public init(directory: URL, superuser: String = "postgres") throws {
        self.directory = directory.standardizedFileURL
        self.superuser = superuser
        self.serverAccount = geteuid() == 0 ? try ServerAccount.unprivileged() : nil
    }

    /// Connection settings for `database` on this cluster (whether or not it is running).
    public func connectionString(database: String) -> ConnectionString {
        ConnectionString(keywords: [("host", socketDirectory.path), ("user", superuser), ("dbname", database)])
    }

    /// `postgresql://user@/database?host=/socket/dir`, which psql and every libpq program accept.
    public func url(database: String) -> String {
        let host = socketDirectory.path.percentEncoded(keeping: "/")
        let user = superuser.percentEncoded()
        let db = database.percentEncoded()
        return "postgresql://\(user)@/\(db)?host=\(host)"
    }

    // MARK: State

    public enum State: Equatable, Sendable {
        /// No cluster in the directory yet.
        case absent
        case stopped
        /// Not running, and it did not shut down: postmaster.pid is left from a server that died
        /// (killed, crashed, or the machine lost power) and names a pid that is not this
        /// cluster's server. The next `start` recovers it.
        case crashed(stalePID: Int32)
        case running(pid: Int32)
    }

    /// What `start` found and did.
    public enum StartOutcome: Equatable, Sendable {
        case alreadyRunning
        case started
        /// The server had died without shutting down (`State.crashed`); its stale lock files were
        /// removed and PostgreSQL replayed its WAL on the way up, so every committed transaction
        /// is there.
        case recovered(stalePID: Int32)
    }

    public var isInitialized: Bool {
        FileManager.default.fileExists(atPath: dataDirectory.appending(path: "PG_VERSION").path)
    }

    /// Read from postmaster.pid, without starting any program.
    public var state: State {
        guard isInitialized else { return .absent }
        switch PostmasterLock.read(dataDirectory: dataDirectory, owner: serverUID) {
        case .none: return .stopped
        case .live(let pid): return .running(pid: pid)
        case .stale(let pid): return .crashed(stalePID: pid)
        }
    }

    /// The major version initdb wrote (e.g. "15"), if initialized.
    public var serverMajorVersion: String? {
        (try? String(contentsOf: dataDirectory.appending(path: "PG_VERSION"), encoding: .utf8))?
            .trimmingWhitespace()
    }

    // MARK: Start and stop

    /// Creates the cluster if needed and starts it if it is not running; then makes sure each of
    /// `databases` exists. Safe to call from several processes at once: they queue on a file lock,
    /// and only the first does the work.
    ///
    /// A server that died without shutting down is recovered: its stale postmaster.pid is removed
    /// (once no process of it is left) and PostgreSQL replays its WAL as it starts.
    @discardableResult
    public func start(programs: ServerPrograms, ensuring databases: [String] = []) throws -> StartOutcome {
        try checkSocketPathLength()
        try prepareDirectory()
        return try withLock {
            if !isInitialized { try initialize(programs) }
            let outcome: StartOutcome
            switch PostmasterLock.read(dataDirectory: dataDirectory, owner: serverUID) {
            case .live:
                outcome = .alreadyRunning
            case .none:
                try startServer(programs)
                outcome = .started
            case .stale(let pid):
                if answersOnSocket() {
                    // Whatever /proc said, a server answers on the socket: it is not ours to clear.
                    outcome = .alreadyRunning
                } else {
                    try removeStaleLockFiles()
                    try startServer(programs)
                    outcome = .recovered(stalePID: pid)
                }
            }
            if !databases.isEmpty { try createMissing(databases) }
            return outcome
        }
    }

    /// Whether a server answers on the cluster's socket at all: a session, or a refusal from a
    /// server (starting up, too many clients); only no socket file or no listener is silence.
    private func answersOnSocket() -> Bool {
        do {
            _ = try Connection(connectionString(database: "postgres"), connectTimeout: 2)
            return true
        } catch let error as PostgresError {
            return !["No such file or directory", "Connection refused"].contains(where: error.message.contains)
        } catch {
            return false
        }
    }

    private func startServer(_ programs: ServerPrograms) throws {
        try runServerProgram(
            programs.pgCtl,
            ["start", "-D", dataDirectory.path, "-l", logFile.path, "-w", "-t", "60", "-s"],
            failure: { LocalClusterError.startFailed(logTail: $0) })
    }

    /// Removes the lock files a dead server left (postmaster.pid and the socket's lock), after
    /// waiting up to 10 s for its children to notice it is gone: PostgreSQL will not start while
    /// any of them still holds the old shared memory.
    private func removeStaleLockFiles() throws {
        var leftover = ServerProcesses.all(in: dataDirectory, owner: serverUID)
        for _ in 0..<100 where !leftover.isEmpty {
            usleep(100_000)
            leftover = ServerProcesses.all(in: dataDirectory, owner: serverUID)
        }
        guard leftover.isEmpty else { throw LocalClusterError.leftoverServerProcesses(pids: leftover) }
        let port = PostmasterLock.port(dataDirectory: dataDirectory)
        for file in [dataDirectory.appending(path: "postmaster.pid"), socketDirectory.appending(path: ".s.PGSQL.\(port).lock")] {
            guard unlink(file.path) == 0 || errno == ENOENT else {
                throw LocalClusterError.directoryUnusable(path: file.path, reason: "cannot remove the stale lock file: \(String(cString: strerror(errno)))")
            }
        }
    }

    /// Stops the server (fast shutdown: running commands are rolled back). Does nothing if stopped.
    ///
    /// - Returns: true if a running server was stopped.
    @discardableResult
    public func stop(programs: ServerPrograms) throws -> Bool {
        guard isInitialized else { return false }
        return try withLock {
            guard case .live = PostmasterLock.read(dataDirectory: dataDirectory, owner: serverUID) else { return false }
            try runServerProgram(
                programs.pgCtl, ["stop", "-D", dataDirectory.path, "-m", "fast", "-w", "-t", "60", "-s"],
                failure: { LocalClusterError.stopFailed(output: $0) })
            return true
        }
    }

    // MARK: -

    private func initialize(_ programs: ServerPrograms) throws {
        // initdb into a scratch directory and rename, so an interrupted initdb never leaves a
        // half-made cluster where the next run would find it.
        let scratch = directory.appending(path: "pgdata.initdb")
        try? FileManager.default.removeItem(at: scratch)
        try runServerProgram(
            programs.initdb,
            [
                "-D", scratch.path, "-U", superuser, "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8",
                "--no-instructions",
            ],
            failure: { LocalClusterError.initdbFailed(output: $0) })
        let settings = """

            # Added by claims: a private cluster reachable only through its own socket directory.
            listen_addresses = ''
            unix_socket_directories = '\(socketDirectory.path.replacingScalars("'", with: "''"))'
            unix_socket_permissions = 0700

            """
        let config = scratch.appending(path: "postgresql.conf")
        var contents = try Data(contentsOf: config)
        contents.append(contentsOf: settings.utf8)
        try contents.write(to: config)
        try FileManager.default.moveItem(at: scratch, to: dataDirectory)
    }

    /// A server that restarted itself after one of its processes failed (a full disk, a crash)
    /// refuses connections while it replays its log, usually for well under a second: this waits
    /// for it, for at most 30 s, instead of failing a command that would work a moment later.
    public static func connectWhileRecovering(_ settings: ConnectionString, connectTimeout: Int? = nil) throws -> Connection {
        let deadline = Date().addingTimeInterval(30)
        while true {
            do {
                return try Connection(settings, connectTimeout: connectTimeout)
            } catch let error as PostgresError where error.kind == .connectionFailed && Date() < deadline
                && ["not yet accepting connections", "is starting up", "is in recovery mode"].contains(where: error.message.contains)
            {
                usleep(100_000)
            }
        }
    }

    private func createMissing(_ databases: [String]) throws {
        let connection = try Self.connectWhileRecovering(connectionString(database: "postgres"))
        for database in databases {
            let exists = try connection.queryFirst("SELECT 1 AS found FROM pg_database WHERE datname = \(database)")
            if exists == nil {
                try connection.execute("CREATE DATABASE \(identifier: database)")
            }
        }
    }

    /// Creates the cluster and socket directories, owned by the server account when root. Parents
    /// that do not exist yet are made mode 0755 whatever the umask, so that the server account can
    /// pass through them; only the cluster's own directory is private (0700).
    package func prepareDirectory() throws {
        let manager = FileManager.default
        do {
            try Self.createParents(of: directory)
            for url in [directory, socketDirectory] {
                try manager.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            }
        } catch {
            throw LocalClusterError.directoryUnusable(path: directory.path, reason: "\(error)")
        }
        if let account = serverAccount {
            for url in [directory, socketDirectory] {
                guard chown(url.path, account.uid, account.gid) == 0 else {
                    throw LocalClusterError.directoryUnusable(
                        path: url.path, reason: "cannot give it to the \(account.name) account: \(String(cString: strerror(errno)))")
                }
            }
            // The server account must be able to reach the directory through every parent.
            let reachable = try runAsServer(URL(fileURLWithPath: "/usr/bin/test"), ["-w", directory.path, "-a", "-x", directory.path])
            guard reachable.status == 0 else {
                throw LocalClusterError.unreachableByServerAccount(path: directory.path, account: account.name)
            }
        }
    }

    /// Makes each missing parent of `directory`, outermost first, mode 0755 whatever the umask.
    private static func createParents(of directory: URL) throws {
        var missing: [URL] = []
        var parent = directory.deletingLastPathComponent()
        while parent.path != "/", !FileManager.default.fileExists(atPath: parent.path) {
            missing.append(parent)
            parent = parent.deletingLastPathComponent()
        }
        for url in missing.reversed() {
            if mkdir(url.path, 0o755) == 0 {
                // mkdir's mode is cut by the umask; a umask of 077 would make the parent unreachable.
                _ = chmod(url.path, 0o755)
            } else if errno != EEXIST {
                throw LocalClusterError.directoryUnusable(path: url.path, reason: String(cString: strerror(errno)))
            }
        }
    }

    private func checkSocketPathLength() throws {
        // sockaddr_un.sun_path holds 108 bytes including the NUL; PostgreSQL appends "/.s.PGSQL.NNNNN".
        let length = socketDirectory.path.utf8.count + "/.s.PGSQL.5432".utf8.count
        if length > 107 {
            throw LocalClusterError.directoryUnusable(
                path: directory.path, reason: "the path is too long for a Unix socket (\(length) of at most 107 bytes); choose a shorter one")
        }
    }

    private func withLock<T>(_ body: () throws -> T) throws -> T {
        let descriptor = open(lockFile.path, O_CREAT | O_RDWR | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw LocalClusterError.directoryUnusable(path: lockFile.path, reason: String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw LocalClusterError.directoryUnusable(path: lockFile.path, reason: String(cString: strerror(errno)))
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    /// The last `bytes` of the server log, if it was written in the last `seconds`.
    public func recentLog(within seconds: Double, bytes: Int = 8192) -> String? {
        guard let modified = (try? FileManager.default.attributesOfItem(atPath: logFile.path))?[.modificationDate] as? Date,
            Date().timeIntervalSince(modified) < seconds
        else { return nil }
        return FileTail.read(logFile.path, last: bytes)
    }

    /// Runs initdb or pg_ctl, as the server account when this process is root.
    private func runServerProgram(
        _ program: URL, _ arguments: [String], failure: (String) -> LocalClusterError
    ) throws {
        let result = try runAsServer(program, arguments)
        guard result.status == 0 else {
            var output = result.output
            if let log = FileTail.read(logFile.path, last: 8192) {
                output += "\n" + log.split(separator: "\n").suffix(5).joined(separator: "\n")
            }
            throw failure(output.trimmingWhitespace())
        }
    }

    /// Runs a server program (initdb, pg_ctl, pg_basebackup), as the server account when root.
    package func runAsServer(_ program: URL, _ arguments: [String]) throws -> (status: Int32, output: String) {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        // pg_ctl must not inherit settings meant for clients, or for another cluster.
        for key in ["PGDATA", "PGPORT", "PGHOST", "PGOPTIONS"] { environment.removeValue(forKey: key) }
        // A working directory the server account can enter (initdb complains otherwise).
        let workingDirectory = FileManager.default.fileExists(atPath: directory.path) ? directory.path : "/"
        let result: ChildProcess.Result
        if let account = serverAccount {
            result = try ChildProcess.run(
                account.runuser.path, ["-u", account.name, "--", program.path] + arguments, environment: environment,
                workingDirectory: workingDirectory)
        } else {
            result = try ChildProcess.run(
                program.path, arguments, environment: environment, workingDirectory: workingDirectory)
        }
        return (result.status, result.output)
    }
}

/// The unprivileged OS account a root process runs the server as.
public struct ServerAccount: Sendable, Equatable {
    public let name: String
    public let uid: uid_t
    public let gid: gid_t
    let runuser: URL

    static func unprivileged() throws -> ServerAccount {
        guard let entry = getpwnam("postgres") else { throw LocalClusterError.noUnprivilegedAccount }
        let candidates = ["/usr/sbin/runuser", "/sbin/runuser", "/usr/bin/runuser"]
        guard let runuser = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw LocalClusterError.noUnprivilegedAccount
        }
        return ServerAccount(
            name: "postgres", uid: entry.pointee.pw_uid, gid: entry.pointee.pw_gid, runuser: URL(fileURLWithPath: runuser))
    }
}
