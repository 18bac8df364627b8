// Backups as Docs/operations.md tells an operator to make them, restored and checked: every row
// there, `claims verify` clean, the schema current. And the schema's functions immune to the
// caller's search_path, which a data-only load and a hostile schema on the path both test.
import Foundation
import EmbeddedPostgres
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct BackupTests {
    /// pg_dump, pg_restore and psql from the server's own directory when it has them (the
    /// version that matches the server), else from PATH.
    static func program(_ name: String) throws -> String {
        let beside = try ServerPrograms.locate().binDirectory.appending(path: name).path
        return FileManager.default.isExecutableFile(atPath: beside) ? beside : "/usr/bin/" + name
    }

    static func run(_ name: String, _ arguments: [String]) throws -> CommandResult {
        let result = try ClaimsBinary.run(arguments, executable: URL(fileURLWithPath: try program(name)), inputBytes: nil)
        #expect(result.status == 0, "\(name) \(arguments.joined(separator: " ")): \(result)")
        return result
    }

    /// The restored database answers as the original did, and claims finds nothing wrong with it.
    static func expectIntact(_ restored: TestDatabase, like room: Newsroom) throws {
        #expect(try Newsroom.fingerprint(restored.connect()) == Newsroom.fingerprint(room.database.connect()))
        let copy = Newsroom(existing: restored)
        let verify = try copy.claims(["verify"])
        #expect(verify.status == 0 && verify.stdout.hasPrefix("All 2 anchored quotes match"), "\(verify)")
        let status = try copy.claims(["migrate", "status", "--format", "json"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(status.stdout.utf8)) as? [[String: Any]])
        #expect(!entries.isEmpty && entries.allSatisfy { $0["state"] as? String == "applied" }, "\(status.stdout)")
        #expect(try copy.ok(["export", "jsonl"]) == room.ok(["export", "jsonl"]))
        #expect(try copy.ok(["history", "5"]) == room.ok(["history", "5"]))
    }

    /// Docs/operations.md: `pg_dump -Fc`, then `pg_restore` into a new, empty database.
    @Test func aCustomFormatDumpRestoresEveryRow() throws {
        let room = try Newsroom.withEveryKindOfRow()
        let file = FileManager.default.temporaryDirectory.appending(path: "claims-backup-\(UUID().uuidString).dump").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try Self.run("pg_dump", ["-Fc", "--file", file, "--dbname", room.database.url])

        let restored = try TestDatabase()
        _ = try Self.run("pg_restore", ["--no-owner", "--exit-on-error", "--dbname", restored.url, file])
        try Self.expectIntact(restored, like: room)
    }

    /// Docs/operations.md: the rows alone, into a database `claims migrate` made: with the
    /// triggers off (they would record the load as new history and make each speaker's primary
    /// name a second time), and without schema_migrations (the new database has its own).
    @Test func aDataOnlyDumpLoadsIntoAFreshlyMigratedDatabase() throws {
        let room = try Newsroom.withEveryKindOfRow()
        let file = FileManager.default.temporaryDirectory.appending(path: "claims-rows-\(UUID().uuidString).sql").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        _ = try Self.run("pg_dump", [
            "--data-only", "--disable-triggers", "--exclude-table-data", "schema_migrations", "--file", file, "--dbname", room.database.url,
        ])
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("SELECT pg_catalog.set_config('search_path', '', false);"))

        let restored = try Newsroom()
        let load = try Self.run("psql", [
            "--no-psqlrc", "--quiet", "--output", "/dev/null", "-v", "ON_ERROR_STOP=1", "--file", file, "--dbname", restored.database.url,
        ])
        #expect(load.stderr.isEmpty, "\(load)")
        try Self.expectIntact(restored.database, like: room)
    }

    /// No function of the schema looks its tables up through the caller's search_path.
    @Test func everyFunctionHasItsSearchPathPinnedOrIsBoundWhenCreated() throws {
        let room = try Newsroom()
        let connection = try room.database.connect()
        let unpinned: [String] = try connection.query(
            """
            SELECT p.oid::regprocedure::text AS name FROM pg_proc p
            WHERE p.pronamespace = 'public'::regnamespace
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
              AND p.prosqlbody IS NULL
              AND NOT EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search\\_path=pg\\_catalog, public')
            ORDER BY 1
            """
        ).map { try $0.decode("name") }
        #expect(unpinned == [])
        // What is pinned, and what still counts on being bound when created: neither list may shrink unseen.
        let pinned = try connection.queryFirst(
            "SELECT count(*) AS n FROM pg_proc WHERE pronamespace = 'public'::regnamespace AND 'search_path=pg_catalog, public' = ANY (proconfig)")
        #expect(try pinned?.decode("n", as: Int.self) ?? 0 >= 8)
    }

    /// A session whose search_path is empty (as pg_dump's scripts set it) or starts with a schema
    /// someone else controls: the triggers still write claims' own tables, and only those.
    @Test func theTriggersIgnoreTheCallersSearchPath() throws {
        let room = try Newsroom()
        let connection = try room.database.connect()
        try connection.execute("SET search_path = ''")
        try connection.execute("INSERT INTO public.speakers (name) VALUES ('Lena Brandt')")
        try connection.execute("RESET search_path")
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM speaker_names WHERE name = 'Lena Brandt'")?.decode("n", as: Int.self) == 1)

        // The CVE-2018-1058 pattern: look-alike tables in a schema ahead of public on the path.
        try connection.execute("CREATE SCHEMA lookalike")
        try connection.execute("CREATE TABLE lookalike.speaker_names (LIKE public.speaker_names INCLUDING ALL)")
        try connection.execute("CREATE TABLE lookalike.history (LIKE public.history INCLUDING ALL)")
        try connection.execute("SET search_path = lookalike, public")
        try connection.execute("INSERT INTO public.speakers (name) VALUES ('Otto Kern')")
        try connection.execute("RESET search_path")
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM lookalike.speaker_names")?.decode("n", as: Int.self) == 0)
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM lookalike.history")?.decode("n", as: Int.self) == 0)
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM public.speaker_names WHERE name = 'Otto Kern'")?.decode("n", as: Int.self) == 1)
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM public.history WHERE new_row ->> 'name' = 'Otto Kern'")?.decode("n", as: Int.self) == 2)
    }
}
