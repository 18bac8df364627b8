// A record with a row in every table claims writes, made through the binary as a newsroom would
// make it: for the tests that carry a whole database somewhere else (backups, JSONL, upgrades).
import Foundation
import Postgres
import Testing
import TestSupport

extension Newsroom {
    /// Every table claims writes to, with the history last (it grows with every other).
    static let recordTables = [
        "speakers", "speaker_names", "outlets", "sources", "source_pages", "source_relations", "claims", "claim_outlets",
        "claim_links", "reviews", "imported_history", "imported_claims", "history",
    ]

    /// The tables of the schema before migration 0014 (the upgrade test's earlier schema).
    static let recordTablesBefore0014 = recordTables.filter { !$0.hasPrefix("imported_") }

    /// The rich record of the exchange tests, and then what they leave out: a saved web page, a
    /// wire copy of a stored article (a source relation), an edit, a retraction and a speaker merge
    /// (history updates and deletes), each with a reason and a person, and a claim imported from
    /// another database with its history there.
    static func withEveryKindOfRow() throws -> Newsroom {
        let room = try ExchangeCommandTests().richRoom().room
        let pages = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appending(path: "Fixtures/pages")
        _ = try room.ok(["source", "import", pages.appending(path: "amp-page.html").path, "--url", "https://amp.example/story"])

        // The harbour article again, as another paper ran it the day after: it rests on the first.
        let original = try String(contentsOf: ArticleCommandTests.fixtures.appending(path: "01-harbour-talks.txt"), encoding: .utf8)
        let copy = FileManager.default.temporaryDirectory.appending(path: "claims-copy-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: copy) }
        try original.replacingOccurrences(of: "Coastal Herald, March 4, 2021", with: "Bay Courier, March 5, 2021")
            .replacingOccurrences(of: "despite objections from fishermen", with: "despite the fishermen's objections")
            .write(to: copy, atomically: true, encoding: .utf8)
        _ = try room.ok(["source", "import", copy.path, "--url", "https://courier.example/harbour"])

        let claim = try room.add([
            "Talks will resume next week.", "--speaker", "D. Peskov", "--create-speaker", "--source", "1", "--said", "2015-12-01",
            "--paraphrase",
        ])
        _ = try room.ok(["edit", String(claim), "--text", "Talks will resume within a week.", "--reason", "the article was corrected", "--as", "Ana Ruiz"])
        _ = try room.ok(["speaker", "merge", "Peskov", "D. Peskov", "--yes", "--reason", "the same spokesman", "--as", "Ana Ruiz"])
        _ = try room.ok(["retract", String(claim), "--reason", "misattributed in the first edition", "--as", "Ana Ruiz"])

        let elsewhere = try Newsroom()
        let theirs = try elsewhere.add([
            "The ferry will run all winter.", "--speaker", "Lena Brandt", "--create-speaker", "--source", "https://ferry.example/winter",
            "--title", "Winter ferry", "--outlet", "Island Post", "--published", "2024-11-02", "--said", "2024-11-01", "--paraphrase",
        ])
        _ = try elsewhere.ok(["edit", String(theirs), "--said", "2024-10-31", "--reason", "she spoke on the Thursday", "--as", "Per Lunde"])
        let brought = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", room.database.url], input: try elsewhere.ok(["export", "jsonl"]))
        #expect(brought.status == 0, "\(brought)")

        let counts = try room.rowCounts()
        for table in recordTables {
            #expect(counts[table, default: 0] > 0, "no row in \(table)")
        }
        return room
    }

    func rowCounts() throws -> [String: Int] {
        try Self.rowCounts(try database.connect())
    }

    static func rowCounts(_ connection: Connection, tables: [String] = recordTables) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in tables {
            counts[table] = try connection.queryFirst("SELECT count(*) AS n FROM \(identifier: table)")?.decode("n", as: Int.self)
        }
        return counts
    }

    /// Every row of every table claims writes, hashed per table, with the sequences' positions:
    /// equal fingerprints mean the same record, to the byte.
    static func fingerprint(_ connection: Connection, tables: [String] = recordTables, sequences: Bool = true) throws -> [String: String] {
        var hashes: [String: String] = [:]
        for table in tables {
            hashes[table] = try connection.queryFirst(
                "SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS hash FROM \(identifier: table) t"
            )?.decode("hash")
        }
        guard sequences else { return hashes }
        for row in try connection.query("SELECT sequencename || '=' || coalesce(last_value, 0) AS position FROM pg_sequences ORDER BY sequencename") {
            let position: String = try row.decode("position")
            hashes["sequence " + position.prefix { $0 != "=" }] = position
        }
        return hashes
    }
}
