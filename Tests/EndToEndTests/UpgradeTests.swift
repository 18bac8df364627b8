// An upgrade as an operator meets it: a database built by an earlier claims (the schema of
// 2b67992, the last commit before issue 19's first migration) and filled through it, then opened by
// this binary. Every row is kept, and every claim's status is as before or the migration says why.
import Foundation
import Migrations
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct UpgradeTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/upgrade")

    /// The migrations as that commit carried them, from their copies (not from this binary).
    static func earlierMigrator() throws -> Migrator {
        let directory = fixtures.appending(path: "migrations-2b67992")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".sql") }
        return try Migrator(migrations: files.map { try Migration(fileName: $0, contents: Array(Data(contentsOf: directory.appending(path: $0)))) })
    }

    /// What must survive: how many rows each table has, each claim as recorded, the history as written.
    /// The history is compared up to `historyUpTo` (its last row before the upgrade): a migration
    /// may add rows, never change one.
    static func record(_ connection: Connection, historyUpTo: Int = Int(Int32.max)) throws
        -> (counts: [String: Int], claims: String, history: String, statuses: [Int: String])
    {
        let claims = try connection.queryFirst(
            """
            SELECT md5(string_agg(concat_ws('|', id, speaker_id, source_id, text, kind, said_on, said_precision, said_phrase, topics,
                                            anchor_start, anchor_end, retracted_at, retraction_reason), E'\\n' ORDER BY id)) AS h FROM claims
            """)
        let history = try connection.queryFirst(
            """
            SELECT md5(string_agg(concat_ws('|', id, changed_at, actor, reason, table_name, operation, row_id, old_row, new_row), E'\\n' ORDER BY id))
                AS h FROM history WHERE id <= \(historyUpTo)
            """)
        var statuses: [Int: String] = [:]
        for row in try connection.query("SELECT id, status FROM claims_with_status") {
            statuses[try row.decode("id")] = try row.decode("status")
        }
        let counts = try Newsroom.rowCounts(connection, tables: Newsroom.recordTablesBefore0014)
        return (counts, try claims?.decode("h") ?? "", try history?.decode("h") ?? "", statuses)
    }

    @Test func aDatabaseOfTheEarlierSchemaIsUpgradedWithEveryRowKept() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        let earlier = try Self.earlierMigrator()
        #expect(earlier.migrations.map(\.version) == Array(1...12))
        try earlier.migrate(connection)
        // Rows that claims wrote through that schema: every kind (Newsroom.withEveryKindOfRow),
        // dumped with pg_dump --data-only --disable-triggers, as Docs/operations.md shows.
        _ = try BackupTests.run("psql", [
            "--no-psqlrc", "--quiet", "--output", "/dev/null", "-v", "ON_ERROR_STOP=1",
            "--file", Self.fixtures.appending(path: "rows-2b67992.sql").path, "--dbname", database.url,
        ])
        let before = try Self.record(connection)
        for table in Newsroom.recordTablesBefore0014 {
            #expect(before.counts[table, default: 0] > 0, "the fixture has no row in \(table)")
        }

        let lastBefore = try connection.queryFirst("SELECT max(id) AS id FROM history")?.decode("id", as: Int.self) ?? 0
        let migrated = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(migrated.status == 0, "\(migrated)")
        let current = try Migrator.embedded().migrations.filter { $0.version > 12 }
        for migration in current {
            #expect(migrated.stdout.contains("Applied \(migration.fileName)"), "\(migrated.stdout)")
        }
        #expect(!migrated.stdout.contains("Applied 0012"))

        let after = try Self.record(connection, historyUpTo: lastBefore)
        #expect(after.claims == before.claims, "every claim as recorded")
        #expect(after.history == before.history, "the history as written")
        for table in Newsroom.recordTablesBefore0014 where table != "history" {
            #expect(after.counts[table] == before.counts[table], "\(table)")
        }
        // A status may change only when the upgrade says which claim and why.
        for (id, status) in before.statuses where after.statuses[id] != status {
            #expect(migrated.stdout.contains("#\(id) \(status) → \(after.statuses[id] ?? "?")"), "claim \(id) changed unexplained")
        }
        #expect(after.statuses.keys.sorted() == before.statuses.keys.sorted())

        let room = Newsroom(existing: database)
        #expect(try room.ok(["verify"]).hasPrefix("All "))
        let status = try room.json(["migrate", "status"]) as? [[String: Any]]
        #expect(status?.allSatisfy { $0["state"] as? String == "applied" } == true)
        #expect(try room.ok(["list", "--speaker", "Peskov"]).contains("Our information will be used against terrorism."))
        let history = try room.ok(["history", "10"])
        #expect(history.contains("Ana Ruiz") && history.contains("misattributed in the first edition"), "\(history)")
        // And the record goes on growing through the new schema.
        _ = try room.add(["We will meet again.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-03", "--paraphrase"])
    }
}
