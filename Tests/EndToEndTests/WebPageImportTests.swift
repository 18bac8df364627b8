// `claims source import` of web pages, as a user runs it: saved files, standard input, what it
// reports and stores, the page given back byte for byte, and pages that are not articles.
import Checksum
import Foundation
import Postgres
import Testing
import TestSupport
import Basics

enum PageFixtures {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/pages")

    static func path(_ name: String) -> String { directory.appending(path: name + ".html").path }
    static func bytes(_ name: String) throws -> Data { try Data(contentsOf: directory.appending(path: name + ".html")) }
}

@Suite struct WebPageImportTests {
    @Test func aSavedPageIsRecordedWithWhatWasFoundAndWhere() throws {
        let room = try Newsroom()
        let imported = try #require(try room.json(["source", "import", PageFixtures.path("jsonld-wordpress")]) as? [String: Any])
        #expect(imported["title"] as? String == "Duluth council backs plan to turn former ore dock site into public park")
        #expect(imported["outlet"] as? String == "The Lakeshore Ledger")
        #expect(imported["published"] as? String == "2022-03-14")
        #expect(imported["modified"] as? String == "2022-03-15")
        #expect(imported["authors"] as? [String] == ["Marisol Ekdahl"])
        #expect(imported["language"] as? String == "en-US")
        #expect(imported["url"] as? String == "https://www.lakeshoreledger.example/2022/03/14/duluth-council-backs-ore-dock-park-plan/")
        #expect(imported["web_page"] as? Bool == true)
        #expect(imported["paragraphs"] as? Int == 13)
        #expect(imported["missing"] as? [String] == [])
        let text = try #require(imported["text"] as? String)
        #expect(!text.contains("\n\n\n") && text.components(separatedBy: "\n\n").count == 13)
        #expect(!text.contains("Related:"))
        let metadata = try #require(imported["metadata"] as? [String: [String: Any]])
        #expect(metadata["title"]?["from"] as? String == "json-ld")
        #expect(metadata["published"]?["written"] as? String == "2022-03-14T21:45:00-05:00")
        #expect(metadata["language"]?["from"] as? String == "json-ld")
        #expect(metadata["canonical"]?["from"] as? String == "link-canonical")
        let page = try #require(imported["page"] as? [String: Any])
        let original = try PageFixtures.bytes("jsonld-wordpress")
        #expect(page["sha256"] as? String == SHA256Digest.hash(Array(original)).description)
        #expect(page["bytes"] as? Int == original.count)
        #expect(page["encoding"] as? String == "UTF-8 (meta charset)")

        // show gives the same details, and --original the page, byte for byte.
        let shown = try #require(try room.json(["source", "show", "1"]) as? [String: Any])
        let source = try #require(shown["source"] as? [String: Any])
        #expect(source["text"] as? String == text)
        #expect((source["metadata"] as? [String: Any])?.keys.sorted() == metadata.keys.sorted())
        let back = try room.claims(["source", "show", "1", "--original"])
        #expect(back.status == 0 && back.stdoutBytes == original)

        // The table says where each detail came from.
        let table = try room.ok(["source", "show", "1"])
        #expect(table.contains("outlet:    The Lakeshore Ledger  [JSON-LD]"))
        #expect(table.contains("canonical: https://www.lakeshoreledger.example/2022/03/14/duluth-council-backs-ore-dock-park-plan/  [<link rel=canonical>]"))

        // The page is stored compressed (TOAST).
        let stored = try #require(try room.database.connect().queryFirst(
            "SELECT pg_column_size(bytes) AS stored, octet_length(bytes) AS size, pg_column_compression(bytes) AS method FROM source_pages"))
        #expect(try stored.decode("stored", as: Int.self) < stored.decode("size", as: Int.self) / 2)
        #expect(try stored.decode("method", as: String?.self) != nil)
    }

    @Test func htmlIsRecognisedByItsContentFromAFileOrStandardInput() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        let misnamed = directory.appending(path: "article.txt")
        try PageFixtures.bytes("opengraph-only").write(to: misnamed)
        let fromFile = try #require(try room.json(["source", "import", misnamed.path]) as? [String: Any])
        #expect(fromFile["web_page"] as? Bool == true)
        #expect(fromFile["outlet"] as? String == "Coastal Herald")

        let piped = try ClaimsBinary.run(
            ["source", "import", "-", "--database-url", room.database.url, "--format", "json"], inputBytes: try PageFixtures.bytes("ru-cyrillic"))
        #expect(piped.status == 0, "\(piped)")
        let record = try #require(try JSONSerialization.jsonObject(with: Data(piped.stdout.utf8)) as? [String: Any])
        #expect(record["language"] as? String == "ru")
        #expect((record["text"] as? String)?.hasPrefix("МОСКВА, 8 декабря. /Меридиан-Пресс/.") == true)
    }

    @Test func theTableSaysWhatWasFoundAndWhichFlagAddsWhatIsMissing() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        let page = try Self.undatedPage(in: directory)
        let result = try room.claims(["source", "import", page.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.hasPrefix("Imported source #1: Harbour plan goes ahead (unknown outlet, undated), 4 paragraphs, 88 words\n"))
        #expect(result.stdout.contains("\nheadline: Harbour plan goes ahead  [page text]\n"))
        #expect(result.stdout.contains("Not found: the outlet, the publication date, the date modified, the authors, the language.\n"))
        #expect(result.stdout.hasSuffix("Add them with: claims source edit 1 --outlet NAME --published YYYY-MM-DD --language CODE\n"))

        // "on Tuesday" needs the publication date: a clear refusal, then it works once the date is added.
        let quote = "The harbour board met on Tuesday and said paragraph 1 of its plan would go ahead"
        let refused = try room.claims(["add", quote, "--speaker", "Board", "--create-speaker", "--source", "1", "--said", "on Tuesday", "--paraphrase"])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("source #1 has none recorded") && refused.stderr.contains("claims source edit 1 --published YYYY-MM-DD"))
        let edited = try room.ok(["source", "edit", "1", "--published", "2021-12-08", "--outlet", "Harbour Gazette", "--reason", "from the print edition"])
        #expect(edited == "Edited source #1: outlet, published.\n")
        let source = try #require((try room.json(["source", "show", "1"]) as? [String: Any])?["source"] as? [String: Any])
        #expect(source["published"] as? String == "2021-12-08")
        #expect((source["metadata"] as? [String: [String: Any]])?["published"]?["from"] as? String == "option")
        let id = try room.add([quote, "--speaker", "Board", "--create-speaker", "--source", "1", "--said", "on Tuesday", "--paraphrase"])
        #expect((try room.json(["show", String(id)]) as? [String: Any])?["said"] as? String == "2021-12-07")
        // A corrected date moves the dates worked out from it.
        _ = try room.ok(["source", "edit", "1", "--published", "2021-12-16"])
        #expect((try room.json(["show", String(id)]) as? [String: Any])?["said"] as? String == "2021-12-14")
        let tomorrow = try room.claims(["source", "import", PageFixtures.path("amp-page"), "--published", CalendarDate.today.adding(days: 1).description])
        #expect(tomorrow.status == 1 && tomorrow.stderr.contains("is in the future"))
    }

    /// A page with an article and a headline, and nothing else: no outlet, date, authors or language.
    static func undatedPage(in directory: URL) throws -> URL {
        let page = directory.appending(path: "undated.html")
        let paragraphs = (1...4).map { "<p>The harbour board met on Tuesday and said paragraph \($0) of its plan would go ahead, despite the objections of the fishermen.</p>" }
        try ("<!DOCTYPE html><html><head><title>Harbour plan goes ahead</title></head><body><nav><a href='/'>Home</a></nav>"
            + "<article><h1>Harbour plan goes ahead</h1>" + paragraphs.joined() + "</article></body></html>").write(to: page, atomically: true, encoding: .utf8)
        return page
    }

    @Test func sourcesWithoutADateOrOutletGoThroughJSONLAndStayAsTheyWere() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try room.ok(["source", "import", try Self.undatedPage(in: directory).path])
        _ = try room.ok(["source", "import", PageFixtures.path("jsonld-wordpress")])
        _ = try room.add(["Paragraph 2 of its plan would go ahead", "--speaker", "Board", "--create-speaker", "--source", "1", "--paraphrase"])
        let file = directory.appending(path: "record.jsonl")
        _ = try room.ok(["export", "jsonl", "--output", file.path])
        let copy = try Newsroom()
        _ = try copy.ok(["import", "jsonl", file.path])
        let original = try #require(try room.json(["source", "list"]) as? [[String: Any]])
        let copied = try #require(try copy.json(["source", "list"]) as? [[String: Any]])
        #expect(copied.count == 2)
        for (a, b) in zip(original, copied) {
            for key in ["url", "title", "outlet", "published", "language"] {
                #expect("\(a[key] ?? "-")" == "\(b[key] ?? "-")", "\(key)")
            }
        }
        let undated = try #require(copied.first { $0["outlet"] is NSNull })
        #expect(undated["published"] is NSNull)
        let again = directory.appending(path: "again.jsonl")
        _ = try copy.ok(["export", "jsonl", "--output", again.path])
        let sourceLines = { (url: URL) in try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { $0.contains("\"type\":\"source\"") } }
        #expect(try sourceLines(file).map { $0.replacingOccurrences(of: #""created_at":"[^"]*""#, with: "", options: .regularExpression) }
            == sourceLines(again).map { $0.replacingOccurrences(of: #""created_at":"[^"]*""#, with: "", options: .regularExpression) })
    }

    @Test func aPageAScriptFillsInIsImportedFromItsJSONLDAndSaysSo() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = (1...7).map { "Paragraph \($0): the harbour council voted again on Tuesday night to go ahead with the new quay, despite the fishermen's objections and the rising cost of the works." }
        let page = directory.appending(path: "app.html")
        try ("<!DOCTYPE html><html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": \"Quay vote\", "
            + "\"datePublished\": \"2021-12-08\", \"articleBody\": \"\(text.joined(separator: "\\n"))\"}</script></head>"
            + "<body><div id=\"root\">Loading…</div></body></html>").write(to: page, atomically: true, encoding: .utf8)
        let result = try room.claims(["source", "import", page.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("its text was taken from the page's JSON-LD (articleBody)"))
        let source = try #require((try room.json(["source", "show", "1"]) as? [String: Any])?["source"] as? [String: Any])
        #expect((source["metadata"] as? [String: [String: Any]])?["body"]?["from"] as? String == "json-ld")
        #expect(source["text"] as? String == text.joined(separator: "\n\n"))
    }

    @Test func claimsFromAnUndatedPageAreShownUndatedEverywhere() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try room.ok(["source", "import", try Self.undatedPage(in: directory).path])
        _ = try room.add(["paragraph 3 of its plan would go ahead", "--speaker", "Board", "--create-speaker", "--source", "1"])
        let timeline = try room.ok(["timeline"])
        #expect(timeline.hasPrefix("undated     Board"))
        #expect(timeline.contains("unknown outlet, undated"))
        #expect(!timeline.contains("date said unknown"))
        let html = directory.appending(path: "t.html")
        _ = try room.ok(["timeline", "--format", "html", "--output", html.path])
        #expect(try String(contentsOf: html, encoding: .utf8).contains("<span class=\"note\">undated</span>"))
        let csv = try room.ok(["list", "--format", "csv"])
        #expect(csv.contains(",Harbour plan goes ahead,,,,"))
        let entry = try #require(((try room.json(["timeline"]) as? [String: Any])?["entries"] as? [[String: Any]])?.first)
        #expect((entry["source"] as? [String: Any])?["published"] is NSNull)
    }

    @Test func aMergeBringsThePageAndOnlyTheProvenanceOfWhatItBrings() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "add", "https://ledger.example/ore-dock", "--title", "Ore dock park approved", "--outlet", "Ledger", "--published", "2022-03-14"])
        _ = try room.ok(["source", "import", PageFixtures.path("jsonld-wordpress")])
        _ = try room.ok(["source", "merge", "1", "2", "--yes"])
        let source = try #require((try room.json(["source", "show", "1"]) as? [String: Any])?["source"] as? [String: Any])
        #expect(source["title"] as? String == "Ore dock park approved")
        #expect(source["modified"] as? String == "2022-03-15")
        let metadata = try #require(source["metadata"] as? [String: [String: Any]])
        #expect(metadata["title"] == nil && metadata["outlet"] == nil && metadata["published"] == nil)
        #expect(metadata["modified"]?["from"] as? String == "json-ld")
        #expect(metadata["canonical"]?["from"] as? String == "link-canonical")
        #expect(try room.claims(["source", "show", "1", "--original"]).stdoutBytes == PageFixtures.bytes("jsonld-wordpress"))
    }

    @Test func flagsOverrideWhatThePageSays() throws {
        let room = try Newsroom()
        let record = try #require(
            try room.json([
                "source", "import", PageFixtures.path("amp-page"), "--title", "Fertiliser costs", "--outlet", "Plains Wire",
                "--published", "2021-12-09", "--url", "https://plains.example/fertiliser", "--language", "en-US",
            ]) as? [String: Any])
        #expect(record["title"] as? String == "Fertiliser costs")
        #expect(record["outlet"] as? String == "Plains Wire")
        #expect(record["published"] as? String == "2021-12-09")
        #expect(record["url"] as? String == "https://plains.example/fertiliser")
        let metadata = try #require(record["metadata"] as? [String: [String: Any]])
        for field in ["title", "outlet", "published", "language"] {
            #expect(metadata[field]?["from"] as? String == "option", "\(field)")
        }
    }

    @Test func aPageIsRecordedOnceAndItsQuotesAreAnchoredAndVerified() throws {
        let room = try Newsroom()
        _ = try room.ok(["source", "import", PageFixtures.path("jsonld-wordpress")])
        let before = try room.counts()
        let again = try room.claims(["source", "import", PageFixtures.path("jsonld-wordpress")])
        #expect(again.status == 1)
        #expect(again.stderr.contains("is already recorded as #1"))
        let elsewhere = try room.claims(["source", "import", PageFixtures.path("jsonld-wordpress"), "--url", "https://mirror.example/ore-dock"])
        #expect(elsewhere.status == 1)
        #expect(elsewhere.stderr.contains("the same text is already recorded as source #1"))
        #expect(try room.counts() == before)

        let text = try #require(((try room.json(["source", "show", "1"]) as? [String: Any])?["source"] as? [String: Any])?["text"] as? String)
        let sentence = try #require(text.components(separatedBy: "\n\n").dropFirst(2).first.map { String($0.prefix(80)) })
        let id = try room.add([sentence, "--speaker", "Council", "--create-speaker", "--source", "1"])
        #expect(((try room.json(["show", String(id)]) as? [String: Any])?["anchor"] as? [String: Any]) != nil)
        let verified = try room.claims(["verify"])
        #expect(verified.status == 0, "\(verified)")
    }

    @Test(arguments: ["section-front", "login-wall"])
    func aPageWithoutAnArticleIsRefusedAndNothingIsWritten(_ name: String) throws {
        let room = try Newsroom()
        let before = try room.counts()
        let result = try room.claims(["source", "import", PageFixtures.path(name)])
        #expect(result.status == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("claims: no article to import: "))
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(try room.counts() == before)
    }

    @Test func filesThatAreNotPagesOrTextAreRefusedInOneLine() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-page")
        defer { try? FileManager.default.removeItem(at: directory) }
        let pdf = directory.appending(path: "report.html")
        try Data("%PDF-1.7\n\u{00E2}\u{00E3}".utf8 + [0xFF, 0xFE, 0x00]).write(to: pdf)
        let result = try room.claims(["source", "import", pdf.path])
        #expect(result.status == 1)
        #expect(result.stderr == "claims: cannot read \(pdf.path): it is a PDF, not a web page or text\n")
        let tiny = try room.claims(["source", "import", PageFixtures.path("amp-page"), "--max-page-size", "2K"])
        #expect(tiny.status == 1)
        #expect(tiny.stderr.contains("larger than 2 KiB; raise the limit with --max-page-size"))
        let badSize = try room.claims(["source", "import", PageFixtures.path("amp-page"), "--max-page-size", "lots"])
        #expect(badSize.status == 64)
        #expect(try room.counts()["sources"] == 0)
    }
}
