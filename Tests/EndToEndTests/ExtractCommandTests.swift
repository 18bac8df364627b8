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
        #expect(proposals.count == 7)
        // The lede's "The transport minister" is named in the next paragraph.
        let lede = try #require(proposals.first)
        #expect(lede["speaker"] as? [String: AnyHashable] == ["name": "Helen Marsh", "mention": "The transport minister", "known": NSNull()])
        #expect(lede["said"] as? String == "2021-03-03")
        let first = proposals[1]
        #expect(first["speaker"] as? [String: AnyHashable] == ["name": "Helen Marsh", "mention": "Transport Minister Helen Marsh", "known": NSNull()])
        #expect(first["kind"] as? String == "quote")
        #expect(first["new_speaker"] as? Bool == true)
        #expect((first["sentence"] as? String)?.hasPrefix("\"The new quay will bring jobs") == true)
        #expect(first["rule"] as? String == "quote-then-attribution")
        #expect((first["confidence"] as? Double).map { $0 > 0.5 && $0 <= 1 } == true)
        let vidal = try #require(proposals.first { ($0["text"] as? String) == "the plan ignored the damage to the bay" })
        #expect((vidal["speaker"] as? [String: Any])?["known"] as? String == "Tomas Vidal")
        #expect(vidal["new_speaker"] as? Bool == false)
        #expect(vidal["said"] as? String == "2021-03-02")
        #expect(vidal["said_phrase"] as? String == "on Tuesday")
        let relayed = try #require(proposals.last)
        #expect(relayed["via"] as? [String] == ["Northern Agency"])
        #expect(try room.counts()["claims"] == 0)
    }

    @Test func offsetsPointIntoTheRecordedText() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", harbour])
        let document = try #require(try room.json(["extract", "1", "--format", "json"]) as? [String: Any])
        let proposals = try #require(document["proposals"] as? [[String: Any]])
        let source = try #require(try room.json(["source", "show", "1", "--format", "json"]) as? [String: Any])
        let text = Array(try #require((source["source"] as? [String: Any])?["text"] as? String).unicodeScalars)
        for proposal in proposals {
            let start = try #require(proposal["start"] as? Int)
            let end = try #require(proposal["end"] as? Int)
            let words = String(String.UnicodeScalarView(text[start..<end]))
            let claim = try #require(proposal["text"] as? String)
            #expect(words.hasPrefix(String(claim.prefix(12))), "\(words) | \(claim)")
        }
        let explained = try room.ok(["extract", "1", "--explain"])
        #expect(explained.contains("rule quote-then-attribution, confidence 0.95; \"Transport Minister Helen Marsh\" is a new speaker"))
    }

    @Test func applyRecordsEverythingInOneGo() throws {
        let room = try Newsroom()
        let result = try room.claims(["extract", harbour, "--apply", "--yes", "--url", "https://herald.example/harbour"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Recorded 7 claims: #1, #2, #3, #4, #5, #6, #7.\n")
        let counts = try room.counts()
        #expect(counts["sources"] == 1)
        #expect(counts["claims"] == 7)
        #expect(counts["speakers"] == 3)
        let quote = try #require(try room.json(["show", "5"]) as? [String: Any])
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

    /// An article with a quotation split around its attribution, a description and an inverted quote.
    static let threeClaims = """
        Quay plan goes ahead
        Coastal Herald
        2024-03-06

        “We will not,” Helen Marsh said on Tuesday, “give up.”

        The transport minister added that the quay would open in May.

        “The bay will suffer,” said Tomas Vidal.
        """

    /// `claims extract FILE --apply` under a pseudo-terminal (script(1)), answering from `answers`.
    func review(_ answers: String, in room: Newsroom) throws -> CommandResult {
        let file = FileManager.default.temporaryDirectory.appending(path: "extract-review-\(UUID().uuidString).txt")
        try Self.threeClaims.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let command = [ClaimsBinary.url.path, "extract", file.path, "--apply", "--database-url", room.database.url]
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        return try ClaimsBinary.run(
            ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1", "TERM": "xterm"], executable: URL(fileURLWithPath: "/usr/bin/script"),
            input: answers)
    }

    @Test func applyOnATerminalAsksAboutEachLikeGitAddPatch() throws {
        let room = try Newsroom()
        // y the split quote, e the paraphrase (new speaker name, same text), ? for help, n the last.
        let result = try review("y\ne\nHelen J. Marsh\n\n?\nn\n", in: room)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("(1/3) Helen Marsh (new) · quote · said 2024-03-05 (\"on Tuesday\") · heard first-hand"))
        #expect(result.stdout.contains("“**We will not,” Helen Marsh said on Tuesday, “give up.**”"))
        #expect(result.stdout.contains("Record this paraphrase [y,n,q,a,e,?]? Speaker [Helen Marsh]: Text [the quay would open in May]:"))
        #expect(result.stdout.contains("q - quit; record the claims accepted so far and no others"))
        #expect(result.stdout.contains("Recorded 2 claims: #1, #2."))
        let list = try #require(try room.json(["list", "--format", "json"]) as? [[String: Any]])
        #expect(Set(list.compactMap { ($0["speaker"] as? [String: Any])?["name"] as? String ?? $0["speaker"] as? String }) == ["Helen Marsh", "Helen J. Marsh"])
        // The split quotation is anchored across its attribution, and verify agrees.
        let quote = try #require(try room.json(["show", "1"]) as? [String: Any])
        #expect(quote["anchor"] is [String: Any])
        #expect(try room.ok(["verify"]) == "The 1 anchored quote matches its source.\n")
    }

    @Test func quitKeepsWhatWasAcceptedAndAllTakesTheRest() throws {
        let quitting = try Newsroom()
        let quit = try review("y\nq\n", in: quitting)
        #expect(quit.stdout.contains("Recorded 1 claim: #1."), "\(quit)")
        #expect(!quit.stdout.contains("(2/3)") || !quit.stdout.contains("(3/3)"))
        #expect(try quitting.counts()["claims"] == 1)
        let all = try Newsroom()
        let rest = try review("n\na\n", in: all)
        #expect(rest.stdout.contains("Recorded 2 claims: #1, #2."), "\(rest)")
        #expect(!rest.stdout.contains("(3/3)"))
        #expect(try all.counts()["claims"] == 2)
    }

    @Test func unknownArticleIsRefused() throws {
        let room = try Newsroom()
        let result = try room.claims(["extract", "no-such-file.txt"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("no file 'no-such-file.txt', and no recorded source by that name"), "\(result)")
    }
}
