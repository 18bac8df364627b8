// The PostgreSQL server the tests use: CLAIMS_TEST_DATABASE_URL, or a throwaway cluster this
// process starts in a temporary directory and stops when it exits.
import Foundation
import Postgres
import EmbeddedPostgres

#if canImport(Glibc)
    import Glibc
#endif

public enum TestServer {
    /// Connection settings for the server's maintenance database.
    ///
    /// - Throws: when neither a URL is given nor a cluster can be started. Tests fail then; they are
    ///   never skipped for want of a database.
    public static func connectionString() throws -> ConnectionString {
        try shared.get()
    }

    private static let shared: Result<ConnectionString, Error> = Result {
        if let url = ProcessInfo.processInfo.environment["CLAIMS_TEST_DATABASE_URL"], !url.isEmpty {
            return try ConnectionString(url)
        }
        let directory = try TemporaryDirectory.make(prefix: "claims-test-server")
        let cluster = try LocalCluster(directory: directory.appending(path: "cluster"))
        try cluster.start(programs: ServerPrograms.locate())
        throwawayCluster = ThrowawayCluster(cluster: cluster, root: directory)
        atexit {
            if let throwaway = TestServer.throwawayCluster {
                _ = try? throwaway.cluster.stop(programs: ServerPrograms.locate())
                try? FileManager.default.removeItem(at: throwaway.root)
            }
        }
        return cluster.connectionString(database: "postgres")
    }

    private struct ThrowawayCluster: Sendable {
        var cluster: LocalCluster
        var root: URL
    }

    nonisolated(unsafe) private static var throwawayCluster: ThrowawayCluster?
}

public enum TemporaryDirectory {
    /// A new directory under /tmp that the `postgres` account can enter too (mode 0755), because a
    /// root test process runs its clusters as that account.
    public static func make(prefix: String) throws -> URL {
        let url = URL(fileURLWithPath: NSTemporaryDirectory()).appending(path: "\(prefix)-\(getpid())-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
        return url
    }
}
