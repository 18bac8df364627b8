// Errors: SQLSTATEs from the server, and unreachable servers reported in one line, quickly.
import Foundation
import Postgres
import Testing
import TestSupport

#if canImport(Glibc)
    import Glibc
#endif

@Suite struct ErrorTests {
    @Test func uniqueViolationCarriesItsSQLState() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        try connection.execute("CREATE TABLE outlets (name text PRIMARY KEY)")
        try connection.execute("INSERT INTO outlets VALUES (\("Xinhua"))")
        let error = try #require(throws: PostgresError.self) {
            try connection.execute("INSERT INTO outlets VALUES (\("Xinhua"))")
        }
        #expect(error.sqlState == .uniqueViolation)
        #expect(error.kind == .server)
        #expect(error.detail?.contains("already exists") == true)
        #expect(!error.isUnreachable)
    }

    @Test func undefinedTableAndSyntaxErrors() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        let missing = try #require(throws: PostgresError.self) { try connection.query("SELECT * FROM nowhere") }
        #expect(missing.sqlState == .undefinedTable)
        #expect(missing.position == 15)
        let syntax = try #require(throws: PostgresError.self) { try connection.execute(unsafeSQL: "SELEC 1") }
        #expect(syntax.sqlState == .syntaxError)
    }

    @Test func refusedConnectionIsOneLineWithoutPassword() throws {
        let started = Date()
        let error = try #require(throws: PostgresError.self) {
            try Connection(ConnectionString("postgresql://reporter:hunter2@127.0.0.1:1/claims"))
        }
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(error.kind == .connectionFailed)
        #expect(error.isUnreachable)
        #expect(error.description.hasPrefix("cannot connect to PostgreSQL at 127.0.0.1:1/claims: "))
        #expect(error.description.contains("refused"))
        #expect(!error.description.contains("hunter2"))
        #expect(!error.description.contains("\n"))
    }

    @Test func silentServerTimesOut() throws {
        // A socket that completes the TCP handshake but never answers, like a wedged server.
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #expect(listener >= 0)
        defer { close(listener) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer -> Bool in
                bind(listener, pointer, length) == 0 && listen(listener, 4) == 0
                    && getsockname(listener, pointer, &length) == 0
            }
        }
        #expect(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let started = Date()
        let error = try #require(throws: PostgresError.self) {
            try Connection(ConnectionString("host=127.0.0.1 port=\(port) dbname=claims"), connectTimeout: 2)
        }
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed >= 1.5 && elapsed < 6, "took \(elapsed) s")
        #expect(error.kind == .connectionFailed)
        #expect(error.description.contains("timeout"))
    }
}
