// ClaimReview JSON-LD in the shapes publishers embed, and the export → import → export round trip.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ClaimReviewImportTests {
    static let fixtures = ArticleCommandTests.fixtures.deletingLastPathComponent().appending(path: "claimreview")
    func fixture(_ name: String) -> String { Self.fixtures.appending(path: name).path }

    @Test func aSingleObject() throws {
        let room = try Newsroom()
        let result = try room.claims(["import", "claimreview", fixture("single.json")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Imported 1 of 1 ClaimReview item: 1 new review, 1 claim, 1 speaker, 1 source.\n")
        let speaker = try #require(try room.json(["speaker", "show", "Helen Marsh"]) as? [String: Any])
        let details = try #require(speaker["speaker"] as? [String: Any])
        #expect(details["role"] as? String == "Transport Minister")
        #expect(details["wikidata"] as? String == "Q98765432")
        let claim = try #require((speaker["claims"] as? [[String: Any]])?.first)
        #expect(claim["said"] as? String == "2021-03-03")
        #expect(claim["kind"] as? String == "paraphrase")
        #expect((claim["source"] as? [String: Any])?["outlet"] as? String == "Coastal Herald")
        let review = try #require((claim["reviews"] as? [[String: Any]])?.first)
        #expect(review["rating"] as? String == "Half true")
        #expect(review["rating_value"] as? Double == 3)
        #expect(review["date"] as? String == "2021-03-10")

        // Again: everything is matched, nothing added.
        let before = try room.counts()
        let again = try room.claims(["import", "claimreview", fixture("single.json")])
        #expect(again.stdout.contains("0 new reviews, 0 claims, 0 speakers, 0 sources"))
        #expect(try room.counts() == before)
    }

    @Test func anArrayWithAnUnusableItem() throws {
        let room = try Newsroom()
        let result = try room.claims(["import", "claimreview", fixture("array.json")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "claims: skipped ClaimReview item 2: no claimReviewed (the claim's text)\n")
        #expect(result.stdout.hasPrefix("Imported 2 of 3 ClaimReview items: 2 new reviews, 2 claims, 2 speakers, 2 sources."))
        let rates = try #require(try room.json(["speaker", "show", "Elena Rossi"]) as? [String: Any])
        let review = try #require(((rates["claims"] as? [[String: Any]])?.first?["reviews"] as? [[String: Any]])?.first)
        #expect(review["rating"] as? String == "Mostly true")
        #expect(review["rating_value"] is NSNull)  // a value without a scale is kept as words only
        let board = try #require(try room.json(["speaker", "show", "Provincial Water Board"]) as? [String: Any])
        #expect((board["claims"] as? [[String: Any]])?.first?["said"] as? String == "2023")
        let sources = try #require(try room.json(["source", "list"]) as? [[String: Any]])
        #expect(sources.contains { ($0["outlet"] as? String) == "lakeside.example" })
    }

    @Test func strictStopsAtTheFirstUnusableItemAndWritesNothing() throws {
        let room = try Newsroom()
        let before = try room.counts()
        let result = try room.claims(["import", "claimreview", "--strict", fixture("array.json")])
        #expect(result.status == 1)
        #expect(result.stderr == "claims: ClaimReview item 2: no claimReviewed (the claim's text); nothing was imported (--strict)\n")
        #expect(try room.counts() == before)
    }

    @Test func aGraphWithArraysAndTimestamps() throws {
        let room = try Newsroom()
        let result = try room.claims(["import", "claimreview", fixture("graph.json")])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("Imported 1 of 1 ClaimReview item"))
        let record = try #require(try room.json(["speaker", "show", "Claire Dumont"]) as? [String: Any])
        let claim = try #require((record["claims"] as? [[String: Any]])?.first)
        #expect(claim["said"] as? String == "2019-10")
        #expect((claim["source"] as? [String: Any])?["title"] as? String == "Museum returns looted statues")
        #expect((claim["source"] as? [String: Any])?["outlet"] as? String == "The Northern Review")
        #expect(((claim["reviews"] as? [[String: Any]])?.first?["date"]) as? String == "2019-10-05")
    }

    @Test func notClaimReviewAtAll() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-cr")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "page.json")
        try #"{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "x"}"#.write(to: file, atomically: true, encoding: .utf8)
        let result = try room.claims(["import", "claimreview", file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "claims: \(file.path) cannot be imported: it has no ClaimReview\n")
    }

    @Test func aSkippedItemAddsNothingAndCountsNothing() throws {
        let room = try Newsroom()
        // The appearance (a new source) is valid; the claim text, too long, fails after it.
        let item = #"{"@type":"ClaimReview","url":"https://check.example/1","author":{"name":"Desk"},"reviewRating":{"alternateName":"False"},"claimReviewed":""#
            + String(repeating: "word ", count: 30_000)
            + #"","itemReviewed":{"author":{"name":"Helen Marsh"},"appearance":[{"url":"https://herald.example/a","headline":"H","datePublished":"2021-03-04","publisher":{"name":"Coastal Herald"}}]}}"#
        let before = try room.counts()
        let result = try ClaimsBinary.run(["import", "claimreview", "-", "--database-url", room.database.url], input: item)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Imported 0 of 1 ClaimReview item: 0 new reviews, 0 claims, 0 speakers, 0 sources.\n")
        #expect(result.stderr.contains("skipped ClaimReview item 1: the claim text is 149999 characters long"), "\(result)")
        #expect(try room.counts() == before)
    }

    @Test func exportImportExportIsTheSame() throws {
        let room = try Newsroom()
        _ = try room.ok(["import", "claimreview", fixture("single.json")])
        _ = try room.ok(["import", "claimreview", fixture("graph.json")])
        let exported = try room.ok(["export", "claimreview"])
        let copy = try Newsroom()
        let imported = try ClaimsBinary.run(["import", "claimreview", "-", "--database-url", copy.database.url], input: exported)
        #expect(imported.status == 0, "\(imported)")
        #expect(try copy.ok(["export", "claimreview"]) == exported)
    }
}
