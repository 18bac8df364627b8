// claims edit: corrections in place, each version kept in the history with its author and reason.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct EditTests {
    @Test func correctionsKeepEveryVersion() throws {
        let room = try Newsroom()
        try room.seedStory()
        let id = try room.add(["Coordination is necesary.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--paraphrase"])

        let fixed = try room.claims(["edit", String(id), "--text", "Coordination is necessary.", "--reason", "typo", "--as", "copy-desk"])
        #expect(fixed.status == 0 && fixed.stdout == "Edited claim \(id): text.\n", "\(fixed)")
        _ = try room.ok(["edit", String(id), "--said", "2015-11", "--speaker", "Erdogan"])
        let claim = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(claim["text"] as? String == "Coordination is necessary.")
        #expect(claim["said"] as? String == "2015-11")
        #expect((claim["speaker"] as? [String: Any])?["name"] as? String == "Recep Tayyip Erdoğan")
        #expect(try room.ok(["edit", String(id), "--said", "2015-11"]) == "Claim \(id) already reads so; nothing changed.\n")

        let history = try #require(try room.json(["history", String(id)]) as? [[String: Any]])
        #expect(history.map { $0["operation"] as? String } == ["insert", "update", "update"])
        #expect(history[1]["actor"] as? String == "copy-desk" && history[1]["reason"] as? String == "typo")
        #expect(history[1]["changes"] as? [String] == ["text: Coordination is necesary. → Coordination is necessary."])
        #expect((history[2]["changes"] as? [String])?.contains { $0.hasPrefix("said_precision: day → month") } == true)

        let before = try room.counts()
        let nothing = try room.claims(["edit", String(id)])
        #expect(nothing.status == 64 && nothing.stderr.contains("Nothing to change"), "\(nothing)")
        let unknown = try room.claims(["edit", String(id), "--speaker", "Dimitri Peskov"])
        #expect(unknown.status == 1 && unknown.stderr.contains("Did you mean 'Dmitry Peskov'?"), "\(unknown)")
        let missing = try room.claims(["edit", "999", "--text", "x"])
        #expect(missing.status == 1 && missing.stderr.contains("999"), "\(missing)")
        #expect(try room.counts() == before)
        #expect(try #require(try room.json(["history", String(id)]) as? [[String: Any]]).count == 3)
    }

    @Test func anEditedQuoteMustStillBeInItsArticle() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", ArticleCommandTests.fixtures.appending(path: "01-harbour-talks.txt").path, "--url", "https://herald.example/harbour"])
        let id = try room.add(["“The new quay will bring jobs to the whole region.”", "--speaker", "Helen Marsh", "--create-speaker", "--source", "1"])
        let refused = try room.claims(["edit", String(id), "--text", "The new quay will bring riches to the whole region."])
        #expect(refused.status == 1 && refused.stderr.contains("closest passage"), "\(refused)")
        let claim = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(claim["text"] as? String == "The new quay will bring jobs to the whole region.")
        #expect(claim["anchor"] is [String: Any])
    }

    /// The flags `claims edit`'s own hints name: --paraphrase and --quote, --via, --topic.
    @Test func editChangesKindOutletsAndTopics() throws {
        let room = try Newsroom()
        try room.seedStory()
        let id = try room.add(["Coordination is needed.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--via", "Wire"])
        #expect(try room.ok(["edit", String(id), "--paraphrase", "--via", "RIA Novosti", "--via", "TASS", "--topic", "Daesh"]) == "Edited claim \(id): kind, topics, via.\n")
        let edited = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(edited["kind"] as? String == "paraphrase")
        #expect(edited["via"] as? [String] == ["RIA Novosti", "TASS"])
        #expect(edited["topics"] as? [String] == ["daesh"])
        #expect(try room.ok(["edit", String(id), "--no-via", "--no-topics", "--quote"]) == "Edited claim \(id): kind, topics, via.\n")
        let cleared = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(cleared["via"] as? [String] == [] && cleared["topics"] as? [String] == [] && cleared["kind"] as? String == "quote")
        let both = try room.claims(["edit", String(id), "--quote", "--paraphrase"])
        #expect(both.status == 64 && both.stderr.contains("Give --paraphrase or --quote, not both."), "\(both)")
        #expect(try room.ok(["history", String(id)]).contains("relayed via TASS recorded"))
    }

    /// Dates as people write them: out in words with their year, and "last week" from the source's date.
    @Test func datesWrittenOutAndLastWeek() throws {
        let room = try Newsroom()
        try room.seedStory()
        let said = { (words: String) throws -> [String: Any] in
            let id = try room.add(["Words for \(words).", "--paraphrase", "--speaker", "Peskov", "--source", "1", "--said", words])
            return try #require(try room.json(["show", String(id)]) as? [String: Any])
        }
        #expect(try said("December 1, 2015")["said"] as? String == "2015-12-01")
        #expect(try said("1 December 2015")["said"] as? String == "2015-12-01")
        #expect(try said("Dec. 1st, 2015")["said"] as? String == "2015-12-01")
        #expect(try said("November 2015")["said"] as? String == "2015-11")
        // The source is of Wednesday 2 December 2015: last week ran 23 to 29 November.
        let lastWeek = try said("last week")
        #expect(lastWeek["said"] as? String == "2015-11" && lastWeek["said_phrase"] as? String == "last week", "\(lastWeek)")
        let impossible = try room.claims(["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "February 30, 2015"])
        #expect(impossible.status == 1 && impossible.stderr.contains("that day does not exist"), "\(impossible)")
        let unknown = try room.claims(["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "a while ago"])
        #expect(unknown.status == 1 && unknown.stderr.contains("December 1, 2015"), "\(unknown)")
    }
}
