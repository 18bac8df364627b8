// libpq's own settings reach the server unchanged: service files and sslmode, as psql users expect.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct LibpqSettingsTests {
    @Test func aServiceFileIsHonoured() throws {
        let database = try TestDatabase()
        let settings = database.connectionString
        let directory = try TemporaryDirectory.make(prefix: "claims-service")
        defer { try? FileManager.default.removeItem(at: directory) }
        let serviceFile = directory.appending(path: "pg_service.conf")
        var lines = ["[newsroom]"]
        for keyword in ["host", "port", "user", "password", "dbname"] {
            if let value = settings.value(for: keyword) { lines.append("\(keyword)=\(value)") }
        }
        try lines.joined(separator: "\n").appending("\n").write(to: serviceFile, atomically: true, encoding: .utf8)

        let environment = ["PGSERVICEFILE": serviceFile.path, "PGSERVICE": "newsroom"]
        let url = try ClaimsBinary.run(["db", "url"], environment: environment)
        #expect(url.stdout.contains("PGSERVICE=newsroom"))
        let migrate = try ClaimsBinary.run(["migrate"], environment: environment)
        #expect(migrate.status == 0, "\(migrate)")
        #expect(migrate.stdout.contains("Applied 0001_create_core_tables.sql"))
        let applied = try database.connect().queryFirst("SELECT count(*) AS n FROM schema_migrations")
        #expect(try applied?.decode("n", as: Int.self) ?? 0 >= 1)
    }

    @Test func sslmodeIsHonoured() throws {
        // The server answers "no SSL": with sslmode=require libpq must give up rather than go on in clear.
        let server = try NoSSLServer()
        let result = try ClaimsBinary.run([
            "migrate", "--database-url", "postgresql://reporter@127.0.0.1:\(server.port)/claims?sslmode=require",
        ])
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.contains("cannot connect to PostgreSQL at 127.0.0.1:\(server.port)/claims"))
        #expect(result.stderr.contains("server does not support SSL, but SSL was required"))
        #expect(server.sawSSLRequest)
    }
}
