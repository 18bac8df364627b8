// The everyday commands, run as a user would: happy paths, refusals that change nothing, ordering,
// and text that must survive byte for byte.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct ClaimsCommandTests {
    @Test func speakersSourcesAndClaimsHappyPath() throws {
        let room = try Newsroom()
        try room.seedStory()
        let first = try room.add([
            "Coordination is necessary.", "--speaker", "peskov", "--source", "1", "--said", "2015-12-01", "--via",
            "RIA Novosti", "--topic", "Daesh", "--topic", "coordination",
        ])
        let second = try room.add([
            "He would resign if it were proven.", "--speaker", "ERDOGAN", "--source",
            "HTTPS://NEWS.EXAMPLE/2015/12/02/coordination/", "--said", "2015-11-30", "--paraphrase",
        ])
        #expect(second == first + 1)

        let speakers = try #require(try room.json(["speaker", "list"]) as? [[String: Any]])
        #expect(speakers.map { $0["name"] as? String } == ["Dmitry Peskov", "Recep Tayyip Erdoğan"])
        #expect(speakers.first?["aliases"] as? [String] == ["Peskov"])
        #expect(speakers.last?["wikidata"] as? String == "Q39723")
        #expect(speakers.first?["claim_count"] as? Int == 1)
        #expect(try room.ok(["speaker", "show", "recep tayyip erdogan"]).contains("President of Turkey"))

        let sources = try #require(try room.json(["source", "list"]) as? [[String: Any]])
        #expect(sources.count == 1)
        #expect(try room.ok(["source", "show", "https://news.example/2015/12/02/coordination"]).contains("claims:    2"))

        let claim = try #require(try room.json(["show", String(first)]) as? [String: Any])
        #expect(claim["text"] as? String == "Coordination is necessary.")
        #expect(claim["kind"] as? String == "quote")
        #expect(claim["said"] as? String == "2015-12-01")
        #expect(claim["via"] as? [String] == ["RIA Novosti"])
        #expect(claim["topics"] as? [String] == ["daesh", "coordination"])
        #expect(claim["status"] as? String == "unverified")
        #expect((claim["speaker"] as? [String: Any])?["name"] as? String == "Dmitry Peskov")
        let source = try #require(claim["source"] as? [String: Any])
        #expect(source["outlet"] as? String == "Xinhua")
        #expect(source["published"] as? String == "2015-12-02")

        let added = try #require(try room.json(["add", "Another.", "--speaker", "Peskov", "--source", "1"]) as? [String: Any])
        #expect(added["id"] as? Int == second + 1)
        let text = try room.ok(["show", String(first)])
        #expect(text.contains("via:     RIA Novosti → Xinhua"))
    }

    @Test func newSpeakerAndSourceInOneCommand() throws {
        let room = try Newsroom()
        let id = try room.add([
            "We have the evidence.", "--speaker", "Ivan Sokolov", "--create-speaker", "--source",
            "https://wire.example/briefing", "--title", "Briefing", "--outlet", "Northern Wire", "--published",
            "2015-12-03", "--said", "2015-12",
        ])
        let claim = try #require(try room.json(["show", String(id)]) as? [String: Any])
        #expect(claim["said"] as? String == "2015-12")
        #expect(try room.counts()["speakers"] == 1)
        #expect(try room.counts()["sources"] == 1)
    }

    @Test func linksDeriveStatusAndShowInBothDirections() throws {
        let room = try Newsroom()
        try room.seedStory()
        let oil = try room.add(["Our information will be used.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let reply = try room.add([
            "Turkey bought no such oil.", "--speaker", "Erdogan", "--source", "https://later.example/reply", "--title",
            "Reply", "--outlet", "Anadolu", "--published", "2015-12-03", "--said", "2015-12-03",
        ])
        _ = try room.ok(["link", String(reply), "contradicts", String(oil), "--note", "denial"])
        #expect(try room.json(["show", String(oil)]) as? [String: Any] != nil)
        var claim = try #require(try room.json(["show", String(oil)]) as? [String: Any])
        #expect(claim["status"] as? String == "contradicted")
        _ = try room.ok(["source", "add", "https://report.example/x", "--title", "Report", "--outlet", "Gazette", "--published", "2015-12-09"])
        _ = try room.ok(["link", "--report", "https://report.example/x", "corroborates", String(oil)])
        claim = try #require(try room.json(["show", String(oil)]) as? [String: Any])
        #expect(claim["status"] as? String == "contested")
        let links = try #require(claim["links"] as? [[String: Any]])
        #expect(links.map { $0["relation"] as? String } == ["contradicts", "corroborates"])
        #expect(links.map { $0["direction"] as? String } == ["incoming", "incoming"])
        #expect(links.first?["claim_id"] as? Int == reply)
        #expect(links.last?["claim_id"] is NSNull)
        #expect(links.first?["note"] as? String == "denial")
        #expect(links.last?["date"] as? String == "2015-12-09")

        let replyJSON = try #require(try room.json(["show", String(reply)]) as? [String: Any])
        let outgoing = try #require(replyJSON["links"] as? [[String: Any]])
        #expect(outgoing.first?["direction"] as? String == "outgoing")
        #expect(outgoing.first?["claim_id"] as? Int == oil)

        let contested = try #require(try room.json(["list", "--status", "contested"]) as? [[String: Any]])
        #expect(contested.map { $0["id"] as? Int } == [oil])

        let timeline = try room.ok(["timeline"])
        #expect(timeline.contains("            ✗ 2015-12-03 (+2 days) contradicts: claim #\(reply) by Recep Tayyip\n              Erdoğan, Anadolu “Reply” — denial\n"))
        #expect(timeline.contains("            ✓ 2015-12-09 (+8 days) corroborates: report: Gazette “Report”\n"))
        #expect(timeline.split(separator: "\n").allSatisfy { $0.count <= 80 })
        let directory = try TemporaryDirectory.make(prefix: "claims-timeline")
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appending(path: "timeline.json")
        let written = try room.claims(["timeline", "--format", "json", "--output", file.path])
        #expect(written.status == 0)
        #expect(written.stdout.isEmpty)
        #expect(written.stderr.contains("wrote the timeline of 2 claims to \(file.path)"))
        let document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        #expect((document["entries"] as? [[String: Any]])?.compactMap { $0["id"] as? Int } == [oil, reply])
        let markdown = try room.ok(["timeline", "--format", "markdown"])
        #expect(markdown.contains("### 2015-12-01 · Dmitry Peskov, Kremlin spokesman"))
        #expect(markdown.contains("- ✗ 2015-12-03 (+2 days): contradicted by claim #\(reply) by Recep Tayyip Erdoğan, [Reply](https://later.example/reply), Anadolu"), "\(markdown)")
    }

    @Test func listFormats() throws {
        let room = try Newsroom()
        try room.seedStory()
        let long = String(repeating: "a long, winding quote ", count: 20) + "ends here"
        _ = try room.add([long, "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let table = try ClaimsBinary.runInTerminal(["list", "--database-url", room.database.url], columns: 100)
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(table.stdout)")
        #expect(table.stdout.contains("ends here”") && !table.stdout.contains("…"), "\(table.stdout)")
        #expect(try room.ok(["list"]).contains("“\(long)”"))
        let csv = try room.ok(["list", "--format", "csv"])
        #expect(csv.hasPrefix("id,said,speaker,kind,status,text,source_url,source_title,outlet,published,via,topics,review\r\n"))
        #expect(csv.contains("\"\(long)\""))
        let markdown = try room.ok(["list", "--format", "markdown"])
        #expect(markdown.hasPrefix("| ID | Said | Speaker | Kind | Status | Text | Source |"))
        #expect(markdown.contains(long))
    }
}

@Suite struct RefusalTests {
    /// Runs a command that must be refused: exit 1, one line on stderr containing `message`, and no
    /// row added or removed anywhere.
    func expectRefused(
        _ room: Newsroom, _ arguments: [String], saying message: String, exitCode: Int32 = 1,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let before = try room.counts()
        let result = try room.claims(arguments)
        #expect(result.status == exitCode, "\(arguments): \(result)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains(message), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.split(separator: "\n").count == 1, "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try room.counts() == before, sourceLocation: sourceLocation)
    }

    @Test func everyRefusalLeavesTheDatabaseUnchanged() throws {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["speaker", "add", "Vladimir Putin", "--alias", "Putin"])
        _ = try room.ok(["speaker", "add", "Vladimir Zhirinovsky"])
        let early = try room.add(["Coordination is necessary.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let late = try room.add(["It is not.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-03"])
        _ = try room.ok(["link", String(late), "contradicts", String(early)])

        try expectRefused(
            room, ["add", "x", "--speaker", "Dmitri Peskow", "--source", "1"],
            saying: "no speaker is called 'Dmitri Peskow'. Did you mean 'Dmitry Peskov'? Add one with: claims speaker add \"Dmitri Peskow\"")
        try expectRefused(
            room, ["add", "x", "--speaker", "vladimir", "--source", "1"],
            saying: "'vladimir' could be 'Vladimir Putin' or 'Vladimir Zhirinovsky'; give the full name")
        try expectRefused(room, ["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "2015-02-30"], saying: "'2015-02-30' is not a valid date")
        try expectRefused(room, ["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "2015-13"], saying: "there is no month 13")
        try expectRefused(room, ["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "1/12/2015"], saying: "use YYYY-MM-DD, YYYY-MM or YYYY")
        try expectRefused(room, ["add", "x", "--speaker", "Peskov", "--source", "1", "--said", "2999-01-01"], saying: "is in the future")
        try expectRefused(room, ["add", " \n ", "--speaker", "Peskov", "--source", "1"], saying: "the claim text is empty")
        try expectRefused(
            room, ["add", "x", "--speaker", "Peskov", "--source", "https://unknown.example/a"],
            saying: "the source https://unknown.example/a is not recorded yet: add --title, --outlet, --published")
        try expectRefused(room, ["add", "x", "--speaker", "Peskov", "--source", "77"], saying: "no source '77'")
        try expectRefused(room, ["add", "x", "--speaker", "New Person", "--create-speaker", "--source", "77"], saying: "no source '77'")
        try expectRefused(room, ["link", String(early), "corroborates", String(early)], saying: "cannot link to itself")
        try expectRefused(room, ["link", String(late), "contradicts", String(early)], saying: "already contradicts claim #\(early)")
        try expectRefused(
            room, ["link", String(early), "corroborates", String(late)],
            saying: "claim #\(early) (said 2015-12-01, published 2015-12-02) was public before claim #\(late) (2015-12-03), so it cannot corroborate it; the later one goes first: claims link \(late) corroborates \(early)")
        try expectRefused(room, ["link", "999", "contradicts", String(early)], saying: "no claim #999")
        try expectRefused(room, ["link", String(late), "contradicts", "999"], saying: "no claim #999")
        try expectRefused(room, ["show", "999"], saying: "no claim #999")
        try expectRefused(room, ["speaker", "add", "PESKOV"], saying: "'PESKOV' is already taken by speaker 'Dmitry Peskov'")
        try expectRefused(room, ["speaker", "add", "Someone", "--alias", "putin"], saying: "'putin' is already taken by speaker 'Vladimir Putin'")
        try expectRefused(room, ["speaker", "add", "Someone", "--wikidata", "42"], saying: "is not a Wikidata id")
        try expectRefused(room, ["speaker", "show", "Nobody At All"], saying: "no speaker is called 'Nobody At All'")
        try expectRefused(
            room, ["source", "add", "https://NEWS.example/2015/12/02/coordination/", "--title", "t", "--outlet", "o", "--published", "2015-12-02"],
            saying: "is already recorded as #1")
        try expectRefused(room, ["source", "add", "news.example/x", "--title", "t", "--outlet", "o", "--published", "2015-12-02"], saying: "is not a URL")
        try expectRefused(room, ["source", "add", "https://a.example/x", "--title", "t", "--outlet", "o", "--published", "2015-12"], saying: "needs the day")
        try expectRefused(room, ["source", "add", "https://a.example/x", "--title", "t", "--outlet", "o", "--published", "2015-12-01", "--text-file", "/nonexistent/file.txt"], saying: "cannot read /nonexistent/file.txt: no such file")
        try expectRefused(room, ["list", "--speaker", "nobody"], saying: "no speaker is called 'nobody'")
        try expectRefused(
            room, ["link", "1", "refutes", "2"],
            saying: "claims: 'refutes' is not a relation. Use 'corroborates', 'contradicts', 'responds-to' or 'same-statement'. See 'claims link --help'.",
            exitCode: 64)
        try expectRefused(room, ["list", "--limit", "0"], saying: "--limit must be 1 or more. See 'claims list --help'.", exitCode: 64)
        try expectRefused(room, ["speaker", "add"], saying: "Missing expected argument '<name>'. See 'claims speaker add --help'.", exitCode: 64)
    }
}

@Suite struct OrderingTests {
    @Test func listAndTimelineOrder() throws {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["source", "add", "https://later.example/a", "--title", "Later", "--outlet", "Gazette", "--published", "2015-12-05"])
        // Said on:       2015-12-01 (reported 12-02), 2015-12-01 (reported 12-05), 2015-12 (month only),
        //                2015-11-30, no date (reported 12-02), no date (reported 12-05), 2015 (year only)
        let a = try room.add(["a", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let b = try room.add(["b", "--speaker", "Peskov", "--source", "2", "--said", "2015-12-01"])
        let c = try room.add(["c", "--speaker", "Peskov", "--source", "1", "--said", "2015-12"])
        let d = try room.add(["d", "--speaker", "Peskov", "--source", "1", "--said", "2015-11-30"])
        let e = try room.add(["e", "--speaker", "Peskov", "--source", "1"])
        let f = try room.add(["f", "--speaker", "Peskov", "--source", "2"])
        let g = try room.add(["g", "--speaker", "Peskov", "--source", "1", "--said", "2015"])
        _ = try room.add(["other speaker", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-01"])

        func ids(_ arguments: [String]) throws -> [Int] {
            let list = try #require(try room.json(arguments) as? [[String: Any]])
            return list.compactMap { $0["id"] as? Int }
        }
        // Newest first; same day by report date, newest report first; undated last by report date.
        // Newest first. The month "2015-12" sorts at its first day, after the claims of that exact day
        // (mirrored when newest first); same day by report date; undated last, by report date.
        #expect(try ids(["list", "--speaker", "Peskov"]) == [c, b, a, d, g, f, e])
        #expect(try ids(["list", "--speaker", "Peskov", "--oldest-first"]) == [g, d, a, b, c, e, f])
        #expect(try ids(["list", "--speaker", "Peskov", "--limit", "2"]) == [c, b])
        #expect(try ids(["list", "--speaker", "Peskov", "--since", "2015-12-01"]) == [c, b, a, f, e])
        #expect(try ids(["list", "--speaker", "Peskov", "--until", "2015-11"]) == [d, g])

        let timeline = try #require(try room.json(["timeline", "--speaker", "Peskov"]) as? [String: Any])
        let entries = try #require(timeline["entries"] as? [[String: Any]])
        // By date said (report date when unknown); same day by report date.
        #expect(entries.compactMap { $0["id"] as? Int } == [g, d, a, b, c, e, f])
    }
}

@Suite struct RoundTripTests {
    @Test func awkwardTextSurvivesByteForByte() throws {
        let room = try Newsroom()
        try room.seedStory()
        let texts = [
            "Erdoğan: «Eğer kanıtlanırsa istifa ederim»",
            "Песков: «Самое важное — использовать информацию»",
            "قال المتحدث إن التنسيق ضروري",
            "It's the \"information\" that matters \\ not the proof",
            "line one\nline two\n\ttabbed",
            "Erdog\u{306}an, written with a combining breve (NFD)",
            String(repeating: "Δ", count: 5_000) + String(repeating: "x", count: 5_000),
        ]
        var ids: [Int] = []
        for text in texts {
            let id = try room.add([text, "--speaker", "Peskov", "--source", "1"])
            ids.append(id)
            let shown = try #require(try room.json(["show", String(id)]) as? [String: Any])
            // Bytes, not String equality: Swift would call NFC and NFD spellings equal.
            #expect(Array(((shown["text"] as? String) ?? "").utf8) == Array(text.utf8))
        }
        let all = try #require(try room.json(["list", "--oldest-first"]) as? [[String: Any]])
        let byID = Dictionary(uniqueKeysWithValues: all.compactMap { entry in
            (entry["id"] as? Int).map { ($0, Array(((entry["text"] as? String) ?? "").utf8)) }
        })
        for (id, text) in zip(ids, texts) {
            #expect(byID[id] == Array(text.utf8))
        }
        let stored = try room.database.connect().query("SELECT text FROM claims ORDER BY id")
        #expect(try stored.map { Array(try $0.decode("text", as: String.self).utf8) } == texts.map { Array($0.utf8) })
        let csv = try room.ok(["list", "--format", "csv"])
        #expect(csv.contains("\"It's the \"\"information\"\" that matters \\ not the proof\""))
    }
}

@Suite struct SpeakerRecordTests {
    @Test func recordCountsStatusesDatesOutletsAndContradictions() throws {
        let room = try Newsroom()
        try room.seedStory()
        let a = try room.add(["First claim here.", "--speaker", "Peskov", "--source", "1", "--said", "2015-11", "--via", "RIA Novosti"])
        let b = try room.add(["Second claim here.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        _ = try room.add(["Undated claim here.", "--speaker", "Peskov", "--source", "1"])
        let c1 = try room.add(["No it is not.", "--speaker", "Erdogan", "--source", "https://x.example/1", "--title", "One", "--outlet", "Anadolu", "--published", "2015-12-05", "--said", "2015-12-04"])
        let c2 = try room.add(["Still not.", "--speaker", "Erdogan", "--source", "https://x.example/1", "--said", "2015-12-05"])
        _ = try room.ok(["link", String(c1), "contradicts", String(b)])
        _ = try room.ok(["link", String(c2), "contradicts", String(b)])
        _ = try room.ok(["link", String(c1), "corroborates", String(a)])

        let record = try #require(try room.json(["speaker", "show", "peskov"]) as? [String: Any])
        #expect(record["by_status"] as? [String: Int] == ["unverified": 1, "corroborated": 1, "contradicted": 1, "contested": 0])
        #expect(record["first_dated"] as? String == "2015-11")
        #expect(record["last_dated"] as? String == "2015-12-01")
        let outlets = try #require(record["outlets"] as? [[String: Any]])
        #expect(outlets.map { $0["outlet"] as? String } == ["Xinhua", "RIA Novosti"])
        #expect(outlets.map { $0["claims"] as? Int } == [3, 1])
        let worst = try #require(record["most_contradicted"] as? [[String: Any]])
        #expect(worst.map { $0["claim_id"] as? Int } == [b])
        #expect(worst.first?["contradictions"] as? Int == 2)
        #expect((record["claims"] as? [Any])?.count == 3)

        let text = try room.ok(["speaker", "show", "Dmitry Peskov"])
        #expect(text.contains("claims:      3: 1 unverified, 1 corroborated, 1 contradicted, 0 contested"))
        #expect(text.contains("dated:       2015-11 to 2015-12-01"))
        #expect(text.contains("  ✗×2 #\(b) 2015-12-01: Second claim here."))
    }
}
