// claims import csv: COPY into staging, set-based resolution, all or nothing with line numbers.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct CSVImportTests {
    func importCSV(_ room: Newsroom, _ csv: String, _ extra: [String] = []) throws -> CommandResult {
        try ClaimsBinary.run(["import", "csv", "-"] + extra + ["--database-url", room.database.url], input: csv)
    }

    /// On a terminal, the rows going into the record are a phase of their own, after the bar.
    @Test func theMergeIsAPhaseOfItsOwnOnATerminal() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-csv-phase")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "story.csv")
        try Self.story.write(to: file, atomically: true, encoding: .utf8)
        let result = try ClaimsBinary.runInTerminal(["import", "csv", file.path, "--database-url", room.database.url], columns: 100)
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.components(separatedBy: "\n")
        let phase = try #require(lines.firstIndex(of: "claims: read and checked 4 rows; adding them to the record (one transaction) ..."), "\(result)")
        #expect(lines[phase - 1].contains("100% 4 rows"), "\(result)")
        #expect(lines[phase + 1].hasPrefix("Imported 4 of 4 rows"), "\(result)")
    }

    static let story = """
        speaker,text,said,source_url,source_title,outlet,published,via,topics,kind
        Dmitry Peskov,"Countries fighting Daesh must coordinate, and share information.",2015-12-01,https://news.example/a,Kremlin urges coordination,Xinhua,2015-12-02,RIA Novosti,daesh;coordination,paraphrase
        Dmitry Peskov,"The most important thing is to act.",2015-12,https://NEWS.example/a/,,,,,,quote
        Recep Tayyip Erdoğan,"He would resign
        if it were proven.",2015-11-30,https://news.example/a,,,,,oil,paraphrase
        Anna Berg,"We will not be rushed, said the ""leader"".",,https://courier.example/b,Bridge vote,Valley Courier,2022-06-14,Northern Agency;City Wire,,

        """

    @Test func loadsNewSpeakersSourcesOutletsAndLists() throws {
        let room = try Newsroom()
        let result = try importCSV(room, Self.story)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Imported 4 of 4 rows: 3 new speakers, 2 sources, 5 outlets.\n")
        let claims = try #require(try room.json(["list", "--oldest-first"]) as? [[String: Any]])
        #expect(claims.count == 4)
        #expect(claims.map { $0["said"] as? String } == ["2015-11-30", "2015-12-01", "2015-12", nil])
        #expect(claims[0]["text"] as? String == "He would resign\nif it were proven.")
        #expect(claims[1]["via"] as? [String] == ["RIA Novosti"])
        #expect(claims[1]["topics"] as? [String] == ["daesh", "coordination"])
        #expect(claims[2]["kind"] as? String == "quote")
        #expect(claims[3]["text"] as? String == "We will not be rushed, said the \"leader\".")
        #expect(claims[3]["via"] as? [String] == ["Northern Agency", "City Wire"])
        #expect(try room.counts()["claim_outlets"] == 3)
        // Existing speakers are matched, not duplicated.
        let again = try importCSV(room, Self.story)
        #expect(again.stdout.hasPrefix("Imported 4 of 4 rows: 0 new speakers, 0 sources, 0 outlets."))
        #expect(try room.counts()["speakers"] == 3)
        // The same rows from the same sources are the same articles' claims again, not other reports.
        #expect(!again.stdout.contains("recorded as another report"))
        // The first row's words in another outlet's story, said the same day: another report of claim 1.
        let elsewhere = try importCSV(room, """
            speaker,text,said,source_url,source_title,outlet,published,kind
            Dmitry Peskov,"Countries fighting Daesh must coordinate, and share information.",2015-12-01,https://elsewhere.example/c,Coordination,Elsewhere,2015-12-02,paraphrase

            """)
        #expect(elsewhere.stdout.contains("1 of the claims repeats a claim already recorded in another source"), "\(elsewhere)")
        #expect(try #require(try room.json(["list"]) as? [[String: Any]]).count == 8)
        let first = try #require(try room.json(["show", "1"]) as? [String: Any])
        #expect((first["appearances"] as? [[String: Any]])?.map { $0["claim_id"] as? Int } == [9])
    }

    @Test func anExportLoadsBackIntoAnEmptyDatabase() throws {
        let room = try Newsroom()
        _ = try importCSV(room, Self.story)
        let exported = try room.ok(["export", "csv"])
        let empty = try Newsroom()
        let result = try importCSV(empty, exported)
        #expect(result.status == 0, "\(result)")
        func summary(_ room: Newsroom) throws -> [String] {
            try #require(try room.json(["list", "--oldest-first"]) as? [[String: Any]]).map { claim in
                let source = claim["source"] as? [String: Any]
                return "\(claim["said"] ?? "-")|\((claim["speaker"] as? [String: Any])?["name"] ?? "")|\(claim["kind"] ?? "")|\(claim["text"] ?? "")|\(source?["url"] ?? "")|\(source?["title"] ?? "")|\(claim["via"] ?? "")|\(claim["topics"] ?? "")"
            }
        }
        #expect(try summary(empty) == summary(room))
    }

    @Test func oneBadRowFailsTheWholeImport() throws {
        let room = try Newsroom()
        var csv = Self.story
        csv += "Dmitry Peskov,Another claim.,2015-02-30,https://news.example/a,,,,,,\n"
        csv += "Dmitry Peskov,Yet another.,,https://nowhere.example/x,,,,,,\n"
        let before = try room.counts()
        let result = try importCSV(room, csv)
        #expect(result.status == 1)
        #expect(result.stderr == "claims: line 7: '2015-02-30' is not a valid date: that day does not exist in the calendar (and 1 more bad row); nothing was imported\n")
        #expect(try room.counts() == before)

        let skipping = try importCSV(room, csv, ["--skip-invalid"])
        #expect(skipping.status == 0, "\(skipping)")
        #expect(skipping.stdout == "Imported 4 of 6 rows: 3 new speakers, 2 sources, 5 outlets; skipped 2.\n")
        #expect(skipping.stderr.contains("claims: skipped line 7: '2015-02-30' is not a valid date"))
        #expect(skipping.stderr.contains("claims: skipped line 8: the source https://nowhere.example/x is not recorded yet"))
    }

    @Test func aMissingColumnOrAnUnclosedQuoteIsRefused() throws {
        let room = try Newsroom()
        let noURL = try importCSV(room, "speaker,text\nA,B\n")
        #expect(noURL.status == 1)
        #expect(noURL.stderr.contains("the header has no source_url column"))
        let unclosed = try importCSV(room, "speaker,text,source_url\nA,\"never closed,https://x.example\n")
        #expect(unclosed.status == 1)
        #expect(unclosed.stderr.contains("line 2: a quoted field is never closed"))
    }

    @Test func tenThousandRows() throws {
        let room = try Newsroom()
        var csv = "speaker,text,said,source_url,source_title,outlet,published,kind\n"
        for row in 1...10_000 {
            csv += "Speaker \(row % 50),Statement \(row) on the budget.,2020-0\(row % 9 + 1)-1\(row % 9),https://s.example/\(row % 200),Report \(row % 200),Outlet \(row % 7),2020-10-01,paraphrase\n"
        }
        let result = try importCSV(room, csv)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == "Imported 10000 of 10000 rows: 50 new speakers, 200 sources, 7 outlets.\n")
        #expect(try room.counts()["claims"] == 10_000)
        #expect(result.stderr.isEmpty)  // fewer than 100,000 rows: no progress lines when not a terminal
    }
}

@Suite struct CSVImportFileTests {
    @Test func aFileWithInvalidUTF8IsRefusedWithItsLine() throws {
        let room = try Newsroom()
        let directory = try TemporaryDirectory.make(prefix: "claims-csv")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "bad.csv")
        var bytes = Array("speaker,text,source_url,source_title,outlet,published\r\nA B,Fine text.,https://a.example/1,T,O,2020-01-01\r\n".utf8)
        bytes += Array("C D,Bad ".utf8) + [0xC3, 0x28] + Array(" text.,https://a.example/1,,,\r\n".utf8)
        try Data(bytes).write(to: file)
        let before = try room.counts()
        let result = try room.claims(["import", "csv", file.path])
        #expect(result.status == 1)
        #expect(result.stderr == "claims: line 3: it is not valid UTF-8; nothing was imported\n")
        #expect(try room.counts() == before)
        let directoryGiven = try room.claims(["import", "csv", directory.path])
        #expect(directoryGiven.stderr.contains("it is a directory"))
    }
}
