// Every change leaves a row in history: who (CLAIMS_ACTOR, --as, or the database role), what, and
// why; and nobody can rewrite it.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct HistoryTests {
    func entries(_ room: Newsroom, _ id: Int) throws -> [[String: Any]] {
        try #require(try room.json(["history", String(id)]) as? [[String: Any]])
    }

    @Test func changesAreAttributedToThePersonOrTheRole() throws {
        let room = try Newsroom()
        try room.seedStory()
        let added = try ClaimsBinary.run(
            ["add", "Coordination is necesary.", "--speaker", "Peskov", "--source", "1", "--via", "RIA Novosti", "--database-url", room.database.url],
            environment: ["CLAIMS_ACTOR": "alice"])
        #expect(added.status == 0, "\(added)")
        let reply = try room.add(["He would resign.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-02", "--as", "bob"])
        _ = try room.ok(["link", String(reply), "contradicts", "1", "--as", "carol"])

        // A change made outside claims, straight through SQL, with a reason.
        let connection = try room.database.connect()
        try connection.transaction { db in
            try db.query("SELECT set_config('claims.reason', 'spelling', true)")
            try db.execute("UPDATE claims SET text = 'Coordination is necessary.' WHERE id = 1")
        }
        try connection.execute("DELETE FROM claim_links WHERE claim_id = 1")
        let role = try #require(try connection.queryFirst("SELECT current_user::text AS role")?.decode("role", as: String.self))

        let history = try entries(room, 1)
        let summary = history.map { "\($0["table"] as? String ?? "") \($0["operation"] as? String ?? "") \($0["actor"] as? String ?? "")" }
        #expect(summary == [
            "claims insert alice", "claim_outlets insert alice", "claim_links insert carol", "claims update \(role)",
            "claim_links delete \(role)",
        ])
        let update = try #require(history.dropLast().last)
        #expect((history.last?["old"] as? [String: Any])?["relation"] as? String == "contradicts")
        #expect(update["reason"] as? String == "spelling")
        #expect(update["changes"] as? [String] == ["text: Coordination is necesary. → Coordination is necessary."])
        #expect((update["old"] as? [String: Any])?["text"] as? String == "Coordination is necesary.")
        #expect((update["new"] as? [String: Any])?["search_vector"] == nil)

        let text = try room.ok(["history", "1"])
        // In sentences, never a column name.
        #expect(text.contains("alice (role \(role))  claim recorded"))
        #expect(text.contains("alice (role \(role))  relayed via RIA Novosti recorded"))
        #expect(text.contains("carol (role \(role))  #\(reply) linked as contradicting this claim"), "\(text)")
        #expect(text.contains("  \(role)  text changed from “Coordination is necesary.” to “Coordination is necessary.” — spelling"), "\(text)")
        #expect(text.contains("  \(role)  link removed: #\(reply) linked as contradicting this claim"), "\(text)")
        #expect(!text.contains("_id") && !text.contains("said_on"), "\(text)")
        #expect(try room.ok(["history", String(reply)]).contains("linked as contradicting #1"))

        // Several fields in one change: a line for each, with names, not numbers.
        _ = try room.ok(["edit", "1", "--speaker", "Erdogan", "--said", "2015-12-01", "--reason", "misattributed"])
        let edited = try room.ok(["history", "1"])
        #expect(edited.contains("claim changed — misattributed:\n"), "\(edited)")
        #expect(edited.contains("    date said set to 2015-12-01\n"), "\(edited)")
        #expect(edited.contains("    speaker changed from Dmitry Peskov to Recep Tayyip Erdoğan"), "\(edited)")
        #expect(try entries(room, reply).first?["actor"] as? String == "bob")
    }

    @Test func historyIsAppendOnlyEvenForTheOwner() throws {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.add(["A claim.", "--speaker", "Peskov", "--source", "1"])
        let connection = try room.database.connect()
        let count = { try connection.queryFirst("SELECT count(*) AS n, max(id) AS last FROM history")?.decode("n", as: Int.self) }
        let before = try count()
        #expect((before ?? 0) >= 4)
        for statement in ["UPDATE history SET actor = 'mallory'", "DELETE FROM history", "TRUNCATE history"] {
            #expect(throws: PostgresError.self, "\(statement)") { try connection.execute(SQL(unsafeSQL: statement)) }
        }
        #expect(try count() == before)
        #expect(try connection.queryFirst("SELECT count(*) AS n FROM history WHERE actor = 'mallory'")?.decode("n", as: Int.self) == 0)
    }

    @Test func bulkImportsAreRecordedAndUnknownClaimsRefused() throws {
        let room = try Newsroom()
        let csv = "speaker,text,source_url,source_title,outlet,published\n"
            + (1...3).map { "Ivan Sokolov,Claim \($0).,https://wire.example/a,A,Wire,2015-12-02" }.joined(separator: "\n")
        let imported = try ClaimsBinary.run(["import", "csv", "-", "--quiet", "--as", "importer", "--database-url", room.database.url], input: csv)
        #expect(imported.status == 0, "\(imported)")
        let rows = try room.database.connect().query(
            "SELECT table_name, count(*) AS n FROM history WHERE actor = 'importer' GROUP BY table_name ORDER BY table_name")
        #expect(try rows.map { "\(try $0.decode("table_name", as: String.self)) \(try $0.decode("n", as: Int.self))" }
            == ["claims 3", "outlets 1", "sources 1", "speaker_names 1", "speakers 1"])
        let missing = try room.claims(["history", "99"])
        #expect(missing.status == 1 && missing.stderr.contains("99"), "\(missing)")
        let blank = try room.claims(["add", "x", "--speaker", "Ivan Sokolov", "--source", "1", "--as", " "])
        #expect(blank.status != 0 && blank.stderr.contains("--as"), "\(blank)")
    }
}
