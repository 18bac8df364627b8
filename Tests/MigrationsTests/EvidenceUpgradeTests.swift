// Upgrading a database recorded before the rule of independent lines (migration 0012): links stay,
// statuses that rested on repeated evidence change, and `claims migrate` says which and why.
import Migrations
import Postgres
import Testing
import TestSupport

@Suite struct EvidenceUpgradeTests {
    @Test func migratingSaysWhichClaimsChangedStatusAndWhy() throws {
        let database = try TestDatabase()
        let connection = try database.connect()
        let before = try Migrator(migrations: try Migrator.embedded().migrations.filter { $0.version < 12 })
        try before.migrate(connection)
        // A spokesman backing his own words, and another outlet's report, recorded the old way.
        try connection.execute(
            unsafeSQL: """
            INSERT INTO speakers (name) VALUES ('Tomas Ek'), ('Mira Holm');
            INSERT INTO outlets (name) VALUES ('Interfax'), ('Valley Times');
            INSERT INTO sources (url, title, outlet_id, published_on) VALUES
                ('https://interfax.example/a', 'Cranes repaired', 1, '2026-03-03'),
                ('https://valley.example/b', 'Cranes still broken', 2, '2026-03-05');
            UPDATE sources SET (full_text, text_sha256) = (SELECT t, encode(sha256(convert_to(t, 'UTF8')), 'hex') FROM (SELECT
                 'SOLLVIK, March 5 (Interfax) - Two of the port cranes are still out of service, a union official said on Thursday, contradicting the port authority, which said on Tuesday that every crane had been repaired and was working again.'::text AS t) x)
            WHERE id = 2;
            INSERT INTO claims (speaker_id, source_id, text, said_on, said_precision) VALUES
                (1, 1, 'All cranes are repaired.', '2026-03-03', 'day'),
                (1, 1, 'Every crane works again.', '2026-03-04', 'day'),
                (2, 2, 'Two cranes are out of service.', '2026-03-05', 'day'),
                (2, 2, 'Cranes broken.', '2026-03-05', 'day');
            INSERT INTO claim_links (claim_id, relation, from_claim_id) VALUES (1, 'corroborates', 2), (4, 'corroborates', 3);
            """)
        let statuses: SQL = "SELECT string_agg(id || ' ' || status, ', ' ORDER BY id) AS s FROM claims_with_status"
        #expect(try connection.queryFirst(statuses)?.decode("s", as: String.self) == "1 corroborated, 2 unverified, 3 unverified, 4 corroborated")

        let migrated = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(migrated.status == 0, "\(migrated)")
        #expect(migrated.stdout.contains("Applied 0012_evidence.sql"))
        // The source that credits Interfax in its dateline was read on the way.
        #expect(try connection.queryFirst("SELECT o.name FROM sources s JOIN outlets o ON o.id = s.wire_outlet_id WHERE s.id = 2")?
            .decode("name", as: String.self) == "Interfax")
        #expect(migrated.stdout.contains(
            """
            claims: 2 claims changed status under the rule of independent lines of evidence (2 corroborated → unverified):
              #1 corroborated → unverified: no independent line of evidence; 1 reiteration by the speaker does not count
              #4 corroborated → unverified: no independent line of evidence; 1 reiteration by the speaker does not count
            """), "\(migrated.stdout)")
        #expect(try connection.queryFirst(statuses)?.decode("s", as: String.self) == "1 unverified, 2 unverified, 3 unverified, 4 unverified")
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM claim_links")?.decode("n", as: Int.self) == 2)

        // A reading an interrupted run left undone is finished by the next claims migrate.
        try connection.execute("UPDATE sources SET wire_outlet_id = NULL, text_read = false WHERE id = 2")
        let again = try ClaimsBinary.run(["migrate", "--database-url", database.url])
        #expect(again.status == 0 && again.stdout.contains("Nothing to apply"), "\(again)")
        #expect(try connection.queryFirst("SELECT text_read AND wire_outlet_id IS NOT NULL AS done FROM sources WHERE id = 2")?
            .decode("done", as: Bool.self) == true)
    }
}
