// A fresh database for one test, dropped when the test is done with it.
import Foundation
import Postgres

/// Creates `claims_test_<random>` on the test server; drops it on deinit.
///
///     let database = try TestDatabase()
///     let connection = try database.connect()
public final class TestDatabase {
    public let name: String
    /// Settings for this database, for connections and for the `claims` binary (`--database-url`).
    public let connectionString: ConnectionString
    private let server: ConnectionString

    public init() throws {
        server = try TestServer.connectionString()
        name = "claims_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").prefix(16).lowercased()
        let admin = try Connection(server)
        try admin.execute("CREATE DATABASE \(identifier: name)")
        connectionString = server.setting("dbname", to: name)
    }

    /// A new connection to this database.
    public func connect() throws -> Connection {
        try Connection(connectionString)
    }

    /// The connection string to give `claims --database-url`.
    public var url: String { connectionString.unredacted }

    deinit {
        if let admin = try? Connection(server) {
            _ = try? admin.execute("DROP DATABASE IF EXISTS \(identifier: name) WITH (FORCE)")
        }
    }
}
