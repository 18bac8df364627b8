// A retracted claim leaves lists, timelines and searches, stays on record, and round-trips.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct RetractTests {
    @Test func aRetractedClaimStaysOnRecordButLeavesLists() throws {
        let room = try Newsroom()
        try room.seedStory()
        let oil = try room.add(["Our oil information will be used against terrorism.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let wrong = try room.add(["Oil was bought by the barrel.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        _ = try room.ok(["link", String(wrong), "corroborates", String(oil)])

        let retracted = try room.claims(["retract", String(wrong), "--reason", "said by someone else", "--as", "desk-editor"])
        #expect(retracted.status == 0 && retracted.stdout == "Retracted claim \(wrong).\n", "\(retracted)")

        let ids = { (arguments: [String]) throws -> [Int] in
            try #require(try room.json(arguments) as? [[String: Any]]).compactMap { $0["id"] as? Int }
        }
        #expect(try ids(["list"]) == [oil])
        #expect(try ids(["list", "--include-retracted"]).sorted() == [oil, wrong])
        let hits = try #require(try room.json(["search", "oil"]) as? [[String: Any]])
        #expect(hits.compactMap { ($0["claim"] as? [String: Any])?["id"] as? Int } == [oil])
        let timeline = try #require(try room.json(["timeline"]) as? [String: Any])
        #expect((timeline["entries"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [oil])
        let all = try #require(try room.json(["timeline", "--include-retracted"]) as? [String: Any])
        #expect((all["entries"] as? [[String: Any]])?.count == 2)

        let shown = try #require(try room.json(["show", String(wrong)]) as? [String: Any])
        #expect((shown["retracted"] as? [String: Any])?["reason"] as? String == "said by someone else")
        #expect((try room.json(["show", String(oil)]) as? [String: Any])?["retracted"] is NSNull)
        #expect(try room.ok(["show", String(wrong)]).contains("RETRACTED"))
        let history = try room.ok(["history", String(wrong)])
        #expect(history.contains("desk-editor (role "), "\(history)")
        #expect(history.contains("desk-editor")); #expect(history.contains("  retracted — said by someone else"), "\(history)")

        let again = try room.claims(["retract", String(wrong), "--reason", "twice"])
        #expect(again.status == 1 && again.stderr.contains("already retracted"), "\(again)")
        #expect(try room.claims(["retract", "999", "--reason", "x"]).status == 1)
        #expect(try room.claims(["retract", String(oil)]).status == 64)
        #expect(try room.claims(["retract", String(oil), "--reason", "  "]).status == 1)

        // Lossless: the retraction survives export and import.
        let exported = try room.ok(["export", "jsonl"])
        #expect(exported.contains("\"retracted\":{\"at\":"))
        let empty = try Newsroom()
        let imported = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", empty.database.url], input: exported)
        #expect(imported.status == 0, "\(imported)")
        #expect(try empty.ok(["export", "jsonl"]) == exported)
        #expect(try ids(["list"]) == [oil])
    }
}
