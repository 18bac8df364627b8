// `claims extract`: proposals as JSON, and --apply recording them in one transaction.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ExtractCommandTests {
    var harbour: String { ArticleCommandTests.fixtures.appending(path: "01-harbour-talks.txt").path }

    @Test func proposalsAsJSON() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Tomas Vidal", "--alias", "Vidal", "--role", "Environment Minister"])
        let document = try #require(try room.json(["extract", harbour]) as? [String: Any])
        let source = try #require(document["source"] as? [String: Any])
        #expect(source["title"] as? String == "Ministers disagree over harbour expansion")
        #expect(source["outlet"] as? String == "Coastal Herald")
        #expect(source["published"] as? String == "2021-03-04")
        #expect(source["id"] is NSNull)
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        #expect(proposals.count == 6)
        let first = try #require(proposals.first)
        #expect(first["speaker"] as? String == "Helen Marsh")
        #expect(first["kind"] as? String == "quote")
        #expect(first["new_speaker"] as? Bool == true)
        #expect((first["sentence"] as? String)?.hasPrefix("\"The new quay will bring jobs") == true)
        let vidal = try #require(proposals.first { ($0["text"] as? String) == "the plan ignored the damage to the bay" })
        #expect(vidal["speaker"] as? String == "Tomas Vidal")
        #expect(vidal["new_speaker"] as? Bool == false)
        #expect(vidal["said"] as? String == "2021-03-02")
        #expect(vidal["said_phrase"] as? String == "on Tuesday")
        let relayed = try #require(proposals.last)
        #expect(relayed["via"] as? [String] == ["Northern Agency"])
        #expect(try room.counts()["claims"] == 0)
    }

    @Test func applyRecordsEverythingInOneGo() throws {
        let room = try Newsroom()
        let result = try room.claims(["extract", harbour, "--apply", "--yes", "--url", "https://herald.example/harbour"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Recorded 6 claims: #1, #2, #3, #4, #5, #6.\n")
        let counts = try room.counts()
        #expect(counts["sources"] == 1)
        #expect(counts["claims"] == 6)
        #expect(counts["speakers"] == 3)
        let quote = try #require(try room.json(["show", "4"]) as? [String: Any])
        #expect(quote["kind"] as? String == "quote")
        #expect(quote["anchor"] is [String: Any])
        #expect(try room.ok(["verify"]) == "All 2 anchored quotes match their sources.\n")

        // The same file again: the recorded source is reused, not imported twice.
        let again = try room.claims(["extract", harbour, "--apply", "--yes"])
        #expect(again.status == 0, "\(again)")
        #expect(try room.counts()["sources"] == 1)

        // A recorded source can be the article too.
        let fromSource = try #require(try room.json(["extract", "1"]) as? [String: Any])
        #expect((fromSource["source"] as? [String: Any])?["id"] as? Int == 1)
    }

    @Test func applyAsksOnATerminalAndOtherwiseNeedsYes() throws {
        let room = try Newsroom()
        let result = try room.claims(["extract", harbour, "--apply"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("add --yes to record them all"))
        #expect(try room.counts()["sources"] == 0)
        let misuse = try room.claims(["extract", harbour, "--yes"])
        #expect(misuse.status == 64)
        #expect(misuse.stderr.contains("--yes goes with --apply"))
    }

    @Test func unknownArticleIsRefused() throws {
        let room = try Newsroom()
        let result = try room.claims(["extract", "no-such-file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no source 'no-such-file.txt'"))
    }
}
