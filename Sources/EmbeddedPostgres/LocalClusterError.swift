// Why the embedded cluster could not be set up, started or stopped, in words for people.
/// Why the local cluster could not be set up, started or stopped.
public enum LocalClusterError: Error, CustomStringConvertible, Sendable {
    case serverProgramsMissing
    case noUnprivilegedAccount
    case directoryUnusable(path: String, reason: String)
    case unreachableByServerAccount(path: String, account: String)
    case initdbFailed(output: String)
    case startFailed(logTail: String)
    case stopFailed(output: String)
    case leftoverServerProcesses(pids: [Int32])

    public var description: String {
        switch self {
        case .serverProgramsMissing:
            return "PostgreSQL server programs (initdb, pg_ctl) were not found. Install them (Debian: apt-get install postgresql), "
                + "set CLAIMS_PG_BINDIR to their directory, or use an existing server with --database-url or CLAIMS_DATABASE_URL."
        case .noUnprivilegedAccount:
            return "PostgreSQL refuses to run as root, and there is no 'postgres' account (with runuser) to run it as. "
                + "Install PostgreSQL (apt-get install postgresql creates the account), run claims as an ordinary user, "
                + "or use an existing server with --database-url."
        case .directoryUnusable(let path, let reason):
            return "cannot use \(path) for the local database: \(reason)"
        case .unreachableByServerAccount(let path, let account):
            return "the \(account) account cannot reach \(path) (PostgreSQL refuses to run as root, so it runs as \(account)). "
                + "Choose a data directory it can reach, e.g. --data-dir /var/lib/claims."
        case .initdbFailed(let output):
            return "initdb failed: \(output.split(separator: "\n").suffix(3).joined(separator: " "))"
        case .startFailed(let logTail):
            return "the local PostgreSQL server did not start: \(logTail.split(separator: "\n").suffix(3).joined(separator: " "))"
        case .leftoverServerProcesses(let pids):
            return "the local PostgreSQL server stopped without shutting down, and \(pids.count == 1 ? "one of its processes is" : "\(pids.count) of its processes are") still running "
                + "(pid \(pids.map(String.init).joined(separator: ", "))); stop \(pids.count == 1 ? "it" : "them") (kill \(pids.map(String.init).joined(separator: " "))) and try again."
        case .stopFailed(let output):
            return "the local PostgreSQL server did not stop: \(output.split(separator: "\n").suffix(3).joined(separator: " "))"
        }
    }
}
