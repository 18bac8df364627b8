// `claims migrate` and `claims migrate status` against a fresh database, including two at once.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct MigrateCommandTests {
    let database: TestDatabase

    init() throws {
        database = try TestDatabase()
    }

    func appliedCount() throws -> Int {
        try database.connect().queryFirst("SELECT count(*) AS n FROM schema_migrations")?.decode("n", as: Int.self) ?? -1
    }

    @Test func migrateAppliesThenHasNothingToDo() throws {
        let status = try ClaimsBinary.run(["migrate", "status", "--database-url", database.url])
        #expect(status.status == 0, "\(status)")
        #expect(status.stdout.range(of: #"\n1 +create_core_tables +pending"#, options: .regularExpression) != nil)

        let first = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(first.status == 0, "\(first)")
        #expect(first.stdout.contains("Applied 0001_create_core_tables.sql in "))

        let second = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(second.status == 0)
        #expect(second.stdout == "Nothing to apply: the database is up to date.\n")

        let json = try ClaimsBinary.run(["migrate", "status", "--database-url", database.url, "--format", "json"])
        #expect(json.status == 0)
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(entries.first?["state"] as? String == "applied")
        #expect(entries.first?["version"] as? Int == 1)
        #expect((entries.first?["checksum"] as? String)?.count == 64)
    }

    @Test(.tags(.trust)) func twoProcessesMigratingAtOnceApplyEachMigrationOnce() async throws {
        let url = database.url
        async let first = Task.detached { try ClaimsBinary.run(["migrate", "--database-url", url]) }.value
        async let second = Task.detached { try ClaimsBinary.run(["migrate", "--database-url", url]) }.value
        let results = try await [first, second]
        for result in results {
            #expect(result.status == 0, "\(result)")
        }
        let applied = results.map { $0.stdout.components(separatedBy: "Applied 0001").count - 1 }
        #expect(applied.sorted() == [0, 1], "exactly one process applies 0001")
        let count = try appliedCount()
        #expect(count >= 1)
        let versions = try database.connect().query("SELECT version, count(*) AS n FROM schema_migrations GROUP BY version")
        #expect(try versions.allSatisfy { try $0.decode("n", as: Int.self) == 1 })
    }

    @Test func anEditedMigrationIsExitCodeFourWithBothChecksums() throws {
        #expect(try ClaimsBinary.run(["migrate", "--database-url", database.url]).status == 0)
        try database.connect().execute("UPDATE schema_migrations SET checksum = \(String(repeating: "0", count: 64)) WHERE version = 1")
        let result = try ClaimsBinary.run(["migrate", "status", "--database-url", database.url])
        #expect(result.status == 4)
        #expect(result.stderr.contains("migration 1 (0001_create_core_tables.sql) was changed after it was applied"))
        #expect(result.stderr.contains("applied to database: sha256 0000000000"))
        #expect(result.stderr.contains("found in this binary: sha256 "))
    }

    @Test func aNewerDatabaseIsRefused() throws {
        #expect(try ClaimsBinary.run(["migrate", "--database-url", database.url]).status == 0)
        try database.connect().execute(
            "INSERT INTO schema_migrations (version, name, checksum, duration_ms) VALUES (9999, 'future', 'x', 0)")
        let result = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(result.status == 4)
        #expect(result.stderr.contains("migration(s) 9999, newer than this claims binary knows"))
    }

    @Test func theBinaryCarriesItsMigrationsWhenMovedAway() throws {
        // A copy of the binary in an empty directory, run from elsewhere: no Migrations/ to read.
        let directory = try TemporaryDirectory.make(prefix: "claims-moved")
        defer { try? FileManager.default.removeItem(at: directory) }
        let moved = directory.appending(path: "claims")
        try FileManager.default.copyItem(at: ClaimsBinary.url, to: moved)
        let result = try ClaimsBinary.run(
            ["migrate", "--database-url", database.url], executable: moved, workingDirectory: directory)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Applied 0001_create_core_tables.sql"))
        #expect(try appliedCount() >= 1)
    }
}
