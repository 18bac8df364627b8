// A small HTTP/1.1 server on 127.0.0.1 that a test starts and stops itself, serving fixed
// responses by path: pages, redirects, slow and oversized bodies, errors, compressed bodies.
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

public final class TestHTTPServer: @unchecked Sendable {
    /// What the server sends for one path.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)]
        public var body: [UInt8]
        /// Seconds to wait before answering (a slow server).
        public var delay: Double
        /// Send no Content-Length and close the connection to end the body, as old servers do.
        public var withoutLength: Bool

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0, withoutLength: Bool = false) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.withoutLength = withoutLength
        }

        public static func page(_ bytes: [UInt8], type: String = "text/html; charset=utf-8") -> Response {
            Response(headers: [("Content-Type", type)], body: bytes)
        }

        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location), ("Content-Type", "text/html")], body: Array("moved".utf8))
        }
    }

    /// One request as the server received it.
    public struct Request: Sendable {
        public var path: String
        /// Header names lower-cased.
        public var headers: [String: String]
    }

    public let port: Int
    private let listener: Int32
    private let state: State

    /// What the serving threads share; they hold this, not the server, so that dropping the
    /// server closes its socket and ends them.
    final class State: @unchecked Sendable {
        let routes: [String: Response]
        let lock = NSLock()
        var received: [Request] = []
        var stopped = false

        init(routes: [String: Response]) {
            self.routes = routes
        }
    }

    public init(routes: [String: Response]) throws {
        let state = State(routes: routes)
        self.state = state
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard listener >= 0 else { throw POSIXError(.EMFILE) }
        self.listener = listener
        var reuse: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(listener, pointer, length) == 0 && listen(listener, 16) == 0 && getsockname(listener, pointer, &length) == 0
            }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        guard listening else {
            close(listener)
            throw POSIXError(.EADDRNOTAVAIL)
        }
        let thread = Thread { Self.acceptLoop(listener, state) }
        thread.start()
    }

    deinit { stop() }

    /// Stops listening: connections to the port are refused from now on. The accepting thread
    /// closes the socket itself when its accept fails, so that its descriptor number is never
    /// reused under it by another test's socket.
    public func stop() {
        state.lock.lock()
        defer { state.lock.unlock() }
        // Once only: after the first, the descriptor may belong to another socket.
        guard !state.stopped else { return }
        state.stopped = true
        shutdown(listener, Int32(SHUT_RDWR))
    }

    /// `http://127.0.0.1:PORT/path`.
    public func url(_ path: String) -> String {
        "http://127.0.0.1:\(port)\(path)"
    }

    /// Every request served so far, in order.
    public var requests: [Request] {
        state.lock.lock()
        defer { state.lock.unlock() }
        return state.received
    }

    private static func acceptLoop(_ listener: Int32, _ state: State) {
        while true {
            let client = accept(listener, nil, nil)
            guard client >= 0 else {
                if errno == EINTR { continue }
                close(listener)
                return
            }
            let thread = Thread { serve(client, state) }
            thread.start()
        }
    }

    private static func serve(_ client: Int32, _ state: State) {
        defer { close(client) }
        var buffer: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !buffer.containsHeaderEnd {
            let count = read(client, &chunk, chunk.count)
            guard count > 0 else { return }
            buffer += chunk[0..<count]
            if buffer.count > 65_536 { return }
        }
        let head = String(decoding: buffer, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        let parts = lines[0].split(separator: " ")
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let path = String(parts[1])
        state.lock.lock()
        state.received.append(Request(path: path, headers: headers))
        state.lock.unlock()

        let response = state.routes[path] ?? Response(status: 404, headers: [("Content-Type", "text/html")], body: Array("<h1>Not found</h1>".utf8))
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\nConnection: close\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        if !response.withoutLength { text += "Content-Length: \(response.body.count)\r\n" }
        text += "\r\n"
        guard sendAll(client, Array(text.utf8)) else { return }
        _ = sendAll(client, response.body)
    }

    /// Writes everything, or gives up when the client has gone (it refused a body that is too large).
    private static func sendAll(_ client: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            // MSG_NOSIGNAL: a client that hung up must not kill the test process with SIGPIPE.
            let written = bytes[offset...].withUnsafeBytes { send(client, $0.baseAddress, min($0.count, 65_536), Int32(MSG_NOSIGNAL)) }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 404: return "Not Found"
        case 410: return "Gone"
        case 451: return "Unavailable For Legal Reasons"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}

extension Array where Element == UInt8 {
    var containsHeaderEnd: Bool {
        guard count >= 4 else { return false }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return true
        }
        return false
    }
}
