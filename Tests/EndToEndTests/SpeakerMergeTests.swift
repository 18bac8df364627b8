// claims speaker merge: every claim and name moves, one transaction, history keeps the duplicate.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct SpeakerMergeTests {
    @Test func aDuplicateIsFoldedIntoTheSpeakerKept() throws {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["speaker", "add", "D. Peskov", "--alias", "Dmitri Sergeyevich Peskov", "--wikidata", "Q4160817"])
        let first = try room.add(["Coordination is needed.", "--speaker", "Peskov", "--source", "1"])
        let second = try room.add(["The information will be used.", "--speaker", "D. Peskov", "--source", "1"])
        let third = try room.add(["Against terrorism.", "--speaker", "Dmitri Sergeyevich Peskov", "--source", "1"])

        let merged = try room.claims(["speaker", "merge", "Dmitry Peskov", "D. Peskov", "--as", "desk-editor"])
        #expect(merged.status == 0, "\(merged)")
        #expect(merged.stdout == "Merged 'D. Peskov' into 'Dmitry Peskov': 2 claims and 2 names moved.\n")

        let speakers = try #require(try room.json(["speaker", "list"]) as? [[String: Any]])
        #expect(speakers.compactMap { $0["name"] as? String } == ["Dmitry Peskov", "Recep Tayyip Erdoğan"])
        let kept = try #require(speakers.first)
        #expect(kept["claim_count"] as? Int == 3)
        #expect(kept["wikidata"] as? String == "Q4160817")
        #expect(Set(kept["aliases"] as? [String] ?? []) == ["Peskov", "D. Peskov", "Dmitri Sergeyevich Peskov"])
        let listed = try #require(try room.json(["list", "--speaker", "D. Peskov"]) as? [[String: Any]])
        #expect(Set(listed.compactMap { $0["id"] as? Int }) == [first, second, third])

        let history = try room.database.connect().query(
            "SELECT operation, actor, reason FROM history WHERE table_name = 'speakers' AND operation = 'DELETE'")
        #expect(history.count == 1)
        #expect(try history.first?.decode("actor", as: String.self) == "desk-editor")
        #expect(try history.first?.decode("reason", as: String.self) == "merged D. Peskov into Dmitry Peskov")

        let before = try room.counts()
        let itself = try room.claims(["speaker", "merge", "Peskov", "Dmitry Peskov"])
        #expect(itself.status == 1 && itself.stderr.contains("give two different speakers"), "\(itself)")
        let unknown = try room.claims(["speaker", "merge", "Peskov", "Nobody Atall"])
        #expect(unknown.status == 1, "\(unknown)")
        #expect(try room.counts() == before)
    }
}
