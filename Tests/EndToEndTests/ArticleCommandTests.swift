// Importing articles, anchoring quotes in them, dates in their own words, and verify.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ArticleCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/articles")
    var harbour: String { Self.fixtures.appending(path: "01-harbour-talks.txt").path }

    @Test func importFindsHeadlineOutletDateAndRefusesADuplicate() throws {
        let room = try Newsroom()
        let first = try #require(try room.json(["source", "import", harbour, "--url", "https://herald.example/harbour"]) as? [String: Any])
        #expect(first["title"] as? String == "Ministers disagree over harbour expansion")
        #expect(first["outlet"] as? String == "Coastal Herald")
        #expect(first["published"] as? String == "2021-03-04")
        let stored = try #require(try room.database.connect().queryFirst("SELECT full_text, text_sha256 FROM sources"))
        let text: String = try stored.decode("full_text")
        #expect(text.hasPrefix("The transport minister"))
        #expect(!text.contains("You are here"))
        #expect(try stored.decode("text_sha256", as: String.self).count == 64)

        let before = try room.counts()
        let again = try room.claims(["source", "import", harbour])
        #expect(again.status == 1)
        #expect(again.stderr == "claims: the same text is already recorded as source #1 (https://herald.example/harbour); see: claims source show 1\n")
        let sameURL = try room.claims(["source", "import", harbour, "--url", "https://HERALD.example/harbour/"])
        #expect(sameURL.status == 1)
        #expect(sameURL.stderr.contains("already recorded as #1"))
        #expect(try room.counts() == before)
    }

    @Test func importFromStandardInputAndMissingDetails() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-article")
        defer { try? FileManager.default.removeItem(at: directory) }
        let bare = directory.appending(path: "bare.txt")
        try "A paragraph with no headline or dateline.\n".write(to: bare, atomically: true, encoding: .utf8)
        let missing = try room.claims(["source", "import", bare.path])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("could not find the article's headline, outlet, publication date in the file: give --title, --outlet, --published YYYY-MM-DD"))
        let undated = directory.appending(path: "undated.txt")
        try "Bridge vote delayed\nValley Courier\n\nThe council delayed the vote on the bridge.\n".write(to: undated, atomically: true, encoding: .utf8)
        let one = try room.claims(["source", "import", undated.path])
        #expect(one.status == 1)
        #expect(one.stderr == "claims: could not find the article's publication date in the file: give --published YYYY-MM-DD\n")
        let given = try room.claims([
            "source", "import", bare.path, "--title", "Bare", "--outlet", "Desk", "--published", "2020-01-02",
        ])
        #expect(given.status == 0, "\(given)")
        #expect(given.stdout.hasPrefix("Imported source #1: Bare (Desk, 2020-01-02), 1 paragraph, 7 words\n"))
        let listed = try #require(try room.json(["source", "list"]) as? [[String: Any]])
        #expect((listed.first?["url"] as? String)?.hasPrefix("urn:sha256:") == true)

        let piped = try ClaimsBinary.run(
            ["source", "import", "-", "--database-url", room.database.url],
            input: try String(contentsOfFile: ArticleCommandTests.fixtures.appending(path: "02-bridge-vote.txt").path, encoding: .utf8))
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.stdout.hasPrefix("Imported source #2: Council postpones bridge vote (Valley Courier, 2022-06-14), 3 paragraphs, 47 words\n"))
    }

    @Test func quotesAreAnchoredOrRefusedWithTheClosestPassage() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", harbour, "--url", "https://herald.example/harbour"])
        let id = try room.add([
            "“The new quay will bring jobs to the whole region.”", "--speaker", "Helen Marsh", "--create-speaker",
            "--source", "1", "--said", "on Wednesday",
        ])
        let claim = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(claim["text"] as? String == "The new quay will bring jobs to the whole region.")
        #expect(claim["said"] as? String == "2021-03-03")
        #expect(claim["said_phrase"] as? String == "on Wednesday")
        let anchor = try #require(claim["anchor"] as? [String: Any])
        let start = try #require(anchor["start"] as? Int)
        let end = try #require(anchor["end"] as? Int)
        let quoted = try room.database.connect().queryFirst(
            "SELECT substr(full_text, \(start + 1)::int, \(end - start)::int) AS q FROM sources WHERE id = 1")
        #expect(try quoted?.decode("q", as: String.self) == "The new quay will bring jobs to the whole region")
        #expect((anchor["prefix"] as? String)?.hasSuffix("fishermen.\n\n\"") == true)
        #expect(try room.ok(["show", String(id)]).contains("said:        2021-03-03 (“on Wednesday”, worked out from the source's date 2021-03-04)"))

        let before = try room.counts()
        let changed = try room.claims([
            "add", "The new quay will bring work to the whole region.", "--speaker", "Helen Marsh", "--source", "1",
        ])
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("the quote is not in the text of source #1; the closest passage ("))
        #expect(changed.stderr.contains("is “The new quay will bring jobs to the whole region”"))
        #expect(changed.stderr.contains("add --paraphrase"))
        #expect(try room.counts() == before)

        let paraphrase = try room.add([
            "The minister promised jobs.", "--speaker", "Helen Marsh", "--source", "1", "--paraphrase",
        ])
        let summary = try #require(try room.json(["show", String(paraphrase)]) as? [String: Any])
        #expect(summary["anchor"] is NSNull)

        let marked = try room.ok(["source", "show", "1"])
        #expect(marked.contains("\"⟦The new quay will bring jobs to the whole region⟧#\(id),\""))
    }

    @Test func verifyReportsQuotesThatNoLongerMatch() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", harbour, "--url", "https://herald.example/harbour"])
        let id = try room.add(["We cannot pour concrete over the last breeding ground of the grey seal", "--speaker", "Tomas Vidal", "--create-speaker", "--source", "1"])
        #expect(try room.ok(["verify"]) == "The 1 anchored quote matches its source.\n")
        try room.database.connect().execute("UPDATE sources SET full_text = 'Preface. ' || full_text, text_sha256 = repeat('0', 64)")
        let result = try room.claims(["verify", "--source", "1"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("claim #\(id) (source #1): the quote is not at "))
        #expect(result.stdout.contains("; now at "))
        #expect(result.stderr == "claims: 1 of 1 anchored quote no longer matches its source\n")
    }

    @Test func unknownDatePhraseIsRefused() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", harbour, "--url", "https://herald.example/harbour"])
        let result = try room.claims(["add", "x", "--speaker", "Someone", "--create-speaker", "--source", "1", "--said", "next week", "--paraphrase"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("'next week' is not a date claims understands"))
        #expect(try room.counts()["speakers"] == 0)
    }
}
