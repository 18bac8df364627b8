// Finds PostgreSQL's server programs (initdb, pg_ctl) on this machine.
import FoundationEssentials

/// The directory holding `initdb` and `pg_ctl`.
public struct ServerPrograms: Sendable {
    public let binDirectory: URL

    public var initdb: URL { binDirectory.appending(path: "initdb") }
    public var pgCtl: URL { binDirectory.appending(path: "pg_ctl") }
    public var postgres: URL { binDirectory.appending(path: "postgres") }

    /// Looks only in `$CLAIMS_PG_BINDIR` when it is set; otherwise in `PATH`, then Debian's
    /// /usr/lib/postgresql/<newest>/bin, then the source-build default /usr/local/pgsql/bin.
    ///
    /// - Throws: `LocalClusterError.serverProgramsMissing` with install instructions.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> ServerPrograms
    {
        var candidates: [URL] = []
        if let explicit = environment["CLAIMS_PG_BINDIR"], !explicit.isEmpty {
            let programs = ServerPrograms(binDirectory: URL(fileURLWithPath: explicit))
            guard FileManager.default.isExecutableFile(atPath: programs.initdb.path),
                FileManager.default.isExecutableFile(atPath: programs.pgCtl.path)
            else { throw LocalClusterError.serverProgramsMissing }
            return programs
        }
        for directory in (environment["PATH"] ?? "").split(separator: ":") {
            candidates.append(URL(fileURLWithPath: String(directory)))
        }
        let debianRoot = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: debianRoot.path)) ?? []
        for version in versions.sorted(by: { (Int($0) ?? 0) > (Int($1) ?? 0) }) {
            candidates.append(debianRoot.appending(path: version).appending(path: "bin"))
        }
        candidates.append(URL(fileURLWithPath: "/usr/local/pgsql/bin"))

        for directory in candidates {
            let programs = ServerPrograms(binDirectory: directory.resolvingSymlinksInPath())
            if FileManager.default.isExecutableFile(atPath: programs.initdb.path),
                FileManager.default.isExecutableFile(atPath: programs.pgCtl.path)
            {
                return programs
            }
        }
        throw LocalClusterError.serverProgramsMissing
    }

    public init(binDirectory: URL) {
        // Resolve /usr/local/bin/pg_ctl -> /usr/lib/postgresql/15/bin/pg_ctl so that the real
        // directory (with `postgres` beside it) is the one used.
        let pgCtl = binDirectory.appending(path: "pg_ctl").resolvingSymlinksInPath()
        self.binDirectory = pgCtl.deletingLastPathComponent()
    }
}
