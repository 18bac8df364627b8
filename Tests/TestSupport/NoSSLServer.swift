// A loopback TCP listener that answers PostgreSQL's SSLRequest with "N" (no SSL), then closes:
// enough to show that a client's sslmode reaches libpq.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

public final class NoSSLServer: @unchecked Sendable {
    public let port: Int
    private let listener: Int32
    /// The first 8 bytes each client sent: an SSLRequest is length 8 then 80877103.
    private let lock = NSLock()
    private var received: [[UInt8]] = []

    public init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 4) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        guard listener >= 0, listening else { throw POSIXError(.EADDRNOTAVAIL) }
        let thread = Thread { [self] in serve(connections: 4) }
        thread.start()
    }

    deinit { close(listener) }

    /// True if some client opened with an SSLRequest.
    public var sawSSLRequest: Bool {
        lock.lock()
        defer { lock.unlock() }
        return received.contains([0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f])
    }

    private func serve(connections: Int) {
        for _ in 0..<connections {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { return }
            var header = [UInt8](repeating: 0, count: 8)
            let count = read(client, &header, 8)
            lock.lock()
            received.append(Array(header.prefix(max(0, count))))
            lock.unlock()
            _ = write(client, "N", 1)
            close(client)
        }
    }
}
