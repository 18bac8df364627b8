// Reviews, ClaimReview export, and the lossless JSONL round trip.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ExchangeCommandTests {
    /// A small record with every kind of thing in it: aliases, an anchored quote, a dated phrase,
    /// a month date, via, topics, claim and report links, and reviews.
    func richRoom() throws -> (room: Newsroom, oil: Int, reply: Int) {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["source", "import", ArticleCommandTests.fixtures.appending(path: "01-harbour-talks.txt").path])
        _ = try room.ok(["extract", "2", "--apply", "--yes"])
        let oil = try room.add(["Our information will be used against terrorism.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12", "--via", "RIA Novosti", "--topic", "oil", "--paraphrase"])
        let reply = try room.add(["No such purchases happened.", "--speaker", "Erdogan", "--source", "https://x.example/reply", "--title", "Reply", "--outlet", "Anadolu", "--published", "2015-12-03", "--said", "yesterday", "--paraphrase"])
        _ = try room.ok(["link", String(reply), "contradicts", String(oil), "--note", "a denial"])
        _ = try room.ok(["source", "add", "https://gazette.example/analysis", "--title", "Analysis", "--outlet", "Gazette", "--published", "2015-12-09"])
        _ = try room.ok(["link", "--report", "https://gazette.example/analysis", "corroborates", String(reply)])
        _ = try room.ok(["review", "add", String(oil), "--rating", "Unproven", "--rating-value", "2", "--best", "5", "--worst", "1", "--by", "Harbour Fact Check", "--url", "https://factcheck.example/oil", "--date", "2015-12-12"])
        _ = try room.ok(["review", "add", String(oil), "--rating", "Misleading", "--by", "Second Desk", "--url", "https://second.example/oil"])
        return (room, oil, reply)
    }

    /// A write the system refuses (a full disk) is an error, not a silently short export.
    @Test func exportToAFullDeviceFailsInOneLine() throws {
        let (room, _, _) = try richRoom()
        let result = try ClaimsBinary.run(
            ["-c", "exec \"$0\" export jsonl --database-url \"$1\" > /dev/full", ClaimsBinary.url.path, room.database.url],
            executable: URL(fileURLWithPath: "/bin/sh"), inputBytes: nil)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "claims: cannot write standard output: No space left on device\n", "\(result)")
    }

    /// Every command that writes its output through OutputFile fails the same way, and a file
    /// asked for appears whole or not at all.
    @Test(arguments: [["export", "csv"], ["export", "claimreview"], ["timeline", "--format", "json"], ["timeline"]])
    func everyWriterRefusesAFullDeviceAndLeavesNoPartialFile(command: [String]) throws {
        let (room, _, _) = try richRoom()
        let full = try ClaimsBinary.run(
            ["-c", "exec \"$0\" \"$@\" > /dev/full", ClaimsBinary.url.path] + command + ["--database-url", room.database.url],
            executable: URL(fileURLWithPath: "/bin/sh"), inputBytes: nil)
        #expect(full.status == 1, "\(full)")
        #expect(full.stderr == "claims: cannot write standard output: No space left on device\n", "\(full)")

        let directory = FileManager.default.temporaryDirectory.appending(path: "claims-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appending(path: "out").path
        let written = try room.claims(command + ["--output", target])
        #expect(written.status == 0, "\(written)")
        #expect(FileManager.default.fileExists(atPath: target))
        // Refused before anything is written: the file is neither created nor half written.
        let unknown = directory.appending(path: "unknown").path
        let refused = try room.claims(["timeline", "--speaker", "Nobody Known", "--output", unknown])
        #expect(refused.status != 0 && refused.stderr.contains("Nobody Known"), "\(refused)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out"])
    }

    @Test func reviewsAreRecordedAndRefused() throws {
        let (room, oil, _) = try richRoom()
        let claim = try #require(try room.json(["show", String(oil)]) as? [String: Any])
        let reviews = try #require(claim["reviews"] as? [[String: Any]])
        #expect(reviews.map { $0["by"] as? String } == ["Harbour Fact Check", "Second Desk"])
        #expect(reviews.first?["rating_value"] as? Double == 2)
        #expect(try room.ok(["show", String(oil)]).contains("Unproven (2 on 1–5) by Harbour Fact Check, 2015-12-12 · https://factcheck.example/oil"))
        let before = try room.counts()
        for (arguments, message) in [
            (["review", "add", String(oil), "--rating", "X", "--by", "Y", "--url", "https://factcheck.example/oil"], "already has the review"),
            (["review", "add", String(oil), "--rating", "X", "--rating-value", "7", "--best", "5", "--worst", "1", "--by", "Y", "--url", "https://y.example"], "must lie between them"),
            (["review", "add", "999", "--rating", "X", "--by", "Y", "--url", "https://y.example"], "no claim #999"),
        ] {
            let result = try room.claims(arguments)
            #expect(result.status == 1, "\(result)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try room.counts() == before)
    }

    @Test func claimReviewExportHasTheSchemaOrgFields() throws {
        let room = try richRoom().room
        _ = try room.ok(["speaker", "add", "Someone Else", "--wikidata", "Q42"])
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(room.ok(["export", "claimreview"]).utf8)) as? [[String: Any]])
        #expect(documents.count == 2)
        let review = try #require(documents.first)
        #expect(review["@context"] as? String == "https://schema.org")
        #expect(review["@type"] as? String == "ClaimReview")
        #expect(review["claimReviewed"] as? String == "Our information will be used against terrorism.")
        #expect(review["url"] as? String == "https://factcheck.example/oil")
        #expect(review["datePublished"] as? String == "2015-12-12")
        #expect((review["author"] as? [String: Any])?["name"] as? String == "Harbour Fact Check")
        let rating = try #require(review["reviewRating"] as? [String: Any])
        #expect(rating["ratingValue"] as? Double == 2)
        #expect(rating["bestRating"] as? Double == 5)
        #expect(rating["worstRating"] as? Double == 1)
        #expect(rating["alternateName"] as? String == "Unproven")
        let item = try #require(review["itemReviewed"] as? [String: Any])
        #expect(item["@type"] as? String == "Claim")
        #expect(item["datePublished"] as? String == "2015-12")
        let author = try #require(item["author"] as? [String: Any])
        #expect(author["name"] as? String == "Dmitry Peskov")
        #expect(author["jobTitle"] as? String == "Kremlin spokesman")
        let appearance = try #require((item["appearance"] as? [[String: Any]])?.first)
        #expect(appearance["url"] as? String == "https://news.example/2015/12/02/coordination")
        #expect((item["firstAppearance"] as? [String: Any])?["url"] as? String == "https://news.example/2015/12/02/coordination")
        #expect(((documents.last?["reviewRating"] as? [String: Any])?["alternateName"]) as? String == "Misleading")
        let empty = try room.claims(["export", "claimreview", "--speaker", "erdogan"])
        let filtered = try #require(try JSONSerialization.jsonObject(with: Data(empty.stdout.utf8)) as? [Any])
        #expect(filtered.isEmpty && empty.status == 0)
        // Valid JSON for a script, and a line on stderr for the person who expected reviews.
        #expect(empty.stderr.hasPrefix("claims: no reviewed claims by the speakers given, so the export is empty; "), "\(empty)")
    }

    @Test func jsonlRoundTripIsByteIdenticalAndMergesWithoutDuplicates() throws {
        let room = try richRoom().room
        let first = try room.ok(["export", "jsonl"])
        #expect(first.split(separator: "\n").count > 20)
        for type in ["speaker", "outlet", "source", "claim", "link", "review"] {
            #expect(first.contains("\"type\":\"\(type)\""), "no \(type) line")
        }
        #expect(first.contains("\"anchor\":{\"end\":"))
        #expect(first.contains("\"said_phrase\":\"yesterday\""))

        let empty = try Newsroom()
        let imported = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", empty.database.url], input: first)
        #expect(imported.status == 0, "\(imported)")
        #expect(try empty.ok(["export", "jsonl"]) == first)

        let before = try empty.counts()
        let again = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", empty.database.url], input: first)
        #expect(again.status == 0)
        #expect(again.stdout.contains("0 new speakers, 0 outlets, 0 sources, 0 claims, 0 links, 0 reviews"))
        #expect(try empty.counts() == before)
        #expect(try empty.ok(["verify"]).hasPrefix("All 2 anchored quotes match"))
    }

    @Test func oneBadLineFailsTheWholeImport() throws {
        let room = try richRoom().room
        var lines = try room.ok(["export", "jsonl"]).split(separator: "\n").map(String.init)
        let claimLine = try #require(lines.firstIndex { $0.contains("\"type\":\"claim\"") })
        lines[claimLine] = lines[claimLine].replacingOccurrences(of: "\"kind\":\"", with: "\"kind\":\"nonsense-")
        let empty = try Newsroom()
        let before = try empty.counts()
        let result = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", empty.database.url], input: lines.joined(separator: "\n"))
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("claims: line \(claimLine + 1): unknown kind 'nonsense-"))
        #expect(result.stderr.hasSuffix(": use 'quote' or 'paraphrase'; nothing was imported\n"))
        #expect(try empty.counts() == before)

        lines[claimLine] = "{not json"
        let broken = try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", empty.database.url], input: lines.joined(separator: "\n"))
        #expect(broken.stderr == "claims: line \(claimLine + 1): it is not valid JSON; nothing was imported\n")
        #expect(try empty.counts() == before)
    }

    @Test func csvExportQuotesWhatSpreadsheetsNeed() throws {
        let room = try richRoom().room
        let csv = try room.ok(["export", "csv"])
        let rows = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first == "id,said,speaker,kind,status,text,source_url,source_title,outlet,published,via,topics,review")
        #expect(rows.count == 10)  // the header, the seed story's claims and the harbour article's seven
        #expect(csv.contains("Recep Tayyip Erdoğan"))
        #expect(csv.contains("\"We cannot pour concrete over the last breeding ground of the grey seal,\"") == false)
    }
}
