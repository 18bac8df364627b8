// claims source merge: claims and report links move, the kept source takes a missing text, one
// transaction, and the history keeps the duplicate.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct SourceMergeTests {
    @Test func aDuplicateArticleIsFoldedIntoTheOneKept() throws {
        let room = try Newsroom()
        try room.seedStory()  // source 1, no stored text
        let directory = try TemporaryDirectory.make(prefix: "claims-source-merge")
        let text = directory.appending(path: "syndicated.txt")
        try "The spokesman said coordination against Daesh was needed.\n\nOfficials gave no further detail.\n"
            .write(to: text, atomically: true, encoding: .utf8)
        _ = try room.ok([
            "source", "add", "https://copy.example/syndicated", "--title", "Kremlin urges coordination (copy)",
            "--outlet", "Wire Copy", "--published", "2015-12-02", "--language", "en", "--text-file", text.path,
        ])
        let quoted = try room.add(["coordination against Daesh was needed", "--speaker", "Peskov", "--source", "2"])
        let other = try room.add(["He would resign if it were proven.", "--speaker", "Erdogan", "--source", "1", "--paraphrase"])
        #expect(try (room.json(["show", String(quoted)]) as? [String: Any])?["anchor"] is [String: Any])
        _ = try room.ok(["link", "--report", "https://copy.example/syndicated", "corroborates", String(quoted)])
        // The same report link recorded under both addresses: kept once.
        _ = try room.ok(["link", "--report", "https://copy.example/syndicated", "contradicts", String(other)])
        _ = try room.ok(["link", "--report", "1", "contradicts", String(other)])

        let merged = try room.claims(["source", "merge", "1", "https://copy.example/syndicated", "--as", "desk-editor", "--yes"])
        #expect(merged.status == 0, "\(merged)")
        #expect(
            merged.stdout == "Merged https://copy.example/syndicated into #1 https://news.example/2015/12/02/coordination: "
                + "1 claim and 1 report link moved, 1 already there dropped.\n")

        let sources = try #require(try room.json(["source", "list"]) as? [[String: Any]])
        #expect(sources.count == 1)
        #expect(try room.ok(["source", "show", "1"]).contains("claims:    2"))
        let claim = try #require(try room.json(["show", String(quoted)]) as? [String: Any])
        let source = try #require(claim["source"] as? [String: Any])
        #expect(source["url"] as? String == "https://news.example/2015/12/02/coordination")
        #expect(source["language"] as? String == "en")
        let kept = try room.database.connect().queryFirst("SELECT full_text IS NOT NULL AS has_text FROM sources WHERE id = 1")
        #expect(try kept?.decode("has_text", as: Bool.self) == true, "the kept source takes the duplicate's text")
        #expect(claim["anchor"] is [String: Any])
        #expect((claim["links"] as? [[String: Any]])?.count == 1)
        let otherLinks = try #require((try room.json(["show", String(other)]) as? [String: Any])?["links"] as? [[String: Any]])
        #expect(otherLinks.count == 1)
        #expect(try room.ok(["verify"]).contains("The 1 anchored quote matches its source."), "the anchor still points into the text it was made in")

        let history = try room.database.connect().query(
            "SELECT actor, reason, old_row->>'url' AS url FROM history WHERE table_name = 'sources' AND operation = 'DELETE'")
        #expect(history.count == 1)
        #expect(try history.first?.decode("actor", as: String.self) == "desk-editor")
        #expect(try history.first?.decode("url", as: String.self) == "https://copy.example/syndicated")
        #expect(
            try history.first?.decode("reason", as: String.self)
                == "merged https://copy.example/syndicated into https://news.example/2015/12/02/coordination")
    }

    @Test func mergesThatWouldLoseTheRecordAreRefusedAndChangeNothing() throws {
        let room = try Newsroom()
        try room.seedStory()
        let directory = try TemporaryDirectory.make(prefix: "claims-source-merge")
        for (name, body) in [("a.txt", "The minister said the bridge would open in May.\n"), ("b.txt", "The mayor said the bridge would open in June.\n")] {
            try body.write(to: directory.appending(path: name), atomically: true, encoding: .utf8)
        }
        _ = try room.ok([
            "source", "add", "https://a.example/bridge", "--title", "Bridge", "--outlet", "Courier", "--published", "2020-01-02",
            "--text-file", directory.appending(path: "a.txt").path,
        ])
        _ = try room.ok([
            "source", "add", "https://b.example/bridge", "--title", "Bridge", "--outlet", "Herald", "--published", "2020-01-02",
            "--text-file", directory.appending(path: "b.txt").path,
        ])
        _ = try room.add(["the bridge would open in June", "--speaker", "Peskov", "--source", "3"])
        let before = try room.counts()

        let differing = try room.claims(["source", "merge", "2", "3", "--yes"])
        #expect(differing.status == 1, "\(differing)")
        #expect(differing.stderr.contains("both keep an article text"), "\(differing)")
        #expect(differing.stderr.split(separator: "\n").count == 1)
        let itself = try room.claims(["source", "merge", "1", "#1"])
        #expect(itself.status == 1 && itself.stderr.contains("give two different sources"), "\(itself)")
        let unknown = try room.claims(["source", "merge", "1", "https://nowhere.example/x"])
        #expect(unknown.status == 1 && unknown.stderr.contains("no source 'https://nowhere.example/x'"), "\(unknown)")
        #expect(try room.counts() == before)
    }
}
