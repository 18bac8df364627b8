// A throwaway cluster that listens on 127.0.0.1, for tests that go over the network as a newsroom's
// clients would; and the two helpers the loopback tests share.
import Foundation
import Postgres
import EmbeddedPostgres

#if canImport(Glibc)
    import Glibc
#endif

/// One cluster in a temporary directory, listening on a free loopback port; stopped and removed on deinit.
public final class LoopbackServer {
    public let port: Int
    public let cluster: LocalCluster
    private let root: URL
    private let programs: ServerPrograms

    public init() throws {
        programs = try ServerPrograms.locate()
        root = try TemporaryDirectory.make(prefix: "claims-loopback")
        port = try Loopback.freePort()
        cluster = try LocalCluster(directory: root.appending(path: "cluster"))
        try cluster.start(programs: programs)
        try cluster.stop(programs: programs)
        try Loopback.append(to: cluster, "listen_addresses = '127.0.0.1'\nport = \(port)\n")
        try cluster.start(programs: programs)
    }

    /// A URL for one database, over loopback TCP.
    public func url(database: String) -> String {
        "postgresql://\(cluster.superuser)@127.0.0.1:\(port)/\(database)"
    }

    deinit {
        _ = try? cluster.stop(programs: programs)
        try? FileManager.default.removeItem(at: root)
    }
}

enum Loopback {
    /// Appends `settings` to the cluster's postgresql.conf (read at its next start).
    static func append(to cluster: LocalCluster, _ settings: String) throws {
        let handle = try FileHandle(forWritingTo: cluster.dataDirectory.appending(path: "postgresql.conf"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n# Added by the tests\n\(settings)".utf8))
        try handle.close()
    }

    /// A TCP port on 127.0.0.1 that nothing listens on right now (the kernel picks it).
    static func freePort(excluding excluded: Int? = nil) throws -> Int {
        for _ in 0..<10 {
            let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { break }
            defer { close(descriptor) }
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = 0
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let bound = withUnsafeMutablePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                    bind(descriptor, generic, length) == 0 && getsockname(descriptor, generic, &length) == 0
                }
            }
            guard bound else { continue }
            let port = Int(UInt16(bigEndian: address.sin_port))
            if port != excluded { return port }
        }
        throw ReplicaPairError(step: "port", output: "no free TCP port on 127.0.0.1")
    }
}
