// Evidence that counts: a wire story and its copies are one line of evidence, a spokesman
// repeating himself is none, two agencies' wordings of one remark are one statement whose words
// drifted, and the status follows the independent lines (Docs/evidence.md).
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct EvidenceTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appending(path: "Fixtures/evidence")

    /// The story of Docs/evidence.md, recorded as a user would: a minister's quote in a wire story,
    /// four portal copies, a spokesman's remark in two agencies' translations, his repeating it, two
    /// independent confirmations and one independent contradiction.
    struct Story {
        let room: Newsroom
        var reopening = 0, remark = 0, translation = 0, repeated = 0
        var copies: [Int] = []

        init() throws {
            room = try Newsroom()
            func text(_ name: String) -> String { EvidenceTests.fixtures.appending(path: name).path }
            _ = try room.ok(["speaker", "add", "Lena Varga", "--alias", "Varga", "--role", "Harbour minister"])
            _ = try room.ok(["speaker", "add", "Tomas Ek", "--role", "Port authority spokesman"])
            _ = try room.ok([
                "source", "add", "https://wire.example/sollvik-reopens", "--title", "Sollvik port to reopen", "--outlet", "Reuters",
                "--published", "2026-03-02", "--text-file", text("wire.txt"),
            ])
            reopening = try room.add([
                "The harbour will reopen to cargo ships on Monday", "--speaker", "Varga", "--source", "1", "--said", "2026-03-02",
            ])
            for (index, copy) in [("coast", "Coast Daily", "copy-dateline.txt"), ("post", "Harbour Post", "copy-credited.txt"),
                                  ("ledger", "Morning Ledger", "copy-plain.txt"), ("valley", "Valley Times", "copy-cut.txt")].enumerated()
            {
                _ = try room.ok([
                    "source", "add", "https://\(copy.0).example/port", "--title", "Port to reopen", "--outlet", copy.1,
                    "--published", index < 2 ? "2026-03-02" : "2026-03-03", "--text-file", text(copy.2),
                ])
                copies.append(index + 2)
                _ = try room.ok(["link", "--report", String(index + 2), "corroborates", String(reopening)])
            }
            // The spokesman's remark, as two agencies translated it.
            _ = try room.ok(["source", "add", "https://interfax.example/cranes", "--title", "Cranes repaired", "--outlet", "Interfax", "--published", "2026-03-03", "--language", "ru"])
            _ = try room.ok(["source", "add", "https://tass.example/cranes", "--title", "Port cranes fixed", "--outlet", "TASS", "--published", "2026-03-03", "--language", "en"])
            remark = try room.add([
                "All cranes are repaired and the first ships can dock on Monday morning.", "--speaker", "Tomas Ek", "--source", "https://interfax.example/cranes",
                "--said", "2026-03-03",
            ])
            translation = try room.add([
                "All cranes are fixed and the first vessels will dock on Monday morning.", "--speaker", "Tomas Ek", "--source", "https://tass.example/cranes",
                "--said", "2026-03-03", "--same-as", String(remark),
            ])
            // He says it again the next day: a reiteration.
            repeated = try room.add([
                "Every crane in the port is working again.", "--speaker", "Tomas Ek", "--source", "https://tass.example/cranes", "--said", "2026-03-04", "--new",
            ])
            _ = try room.ok(["link", String(repeated), "corroborates", String(remark)])
            // Two independent confirmations of the reopening, one independent contradiction of the cranes.
            _ = try room.ok([
                "source", "add", "https://coastguard.example/notice-9", "--title", "Notice to mariners", "--outlet", "Sollvik Coast Guard",
                "--published", "2026-03-09", "--text-file", text("coastguard.txt"),
            ])
            _ = try room.ok(["link", "--report", "https://coastguard.example/notice-9", "corroborates", String(reopening)])
            let captain = try room.add([
                "We docked on Monday without any trouble.", "--speaker", "Ivo Marin", "--create-speaker", "--source", "https://courier.example/first-ship",
                "--title", "First ship in", "--outlet", "Lakeside Courier", "--published", "2026-03-10", "--said", "2026-03-09",
            ])
            _ = try room.ok(["link", String(captain), "corroborates", String(reopening)])
            let union = try room.add([
                "Two of the cranes are still out of service.", "--speaker", "Mira Holm", "--create-speaker", "--source", "https://valley.example/cranes",
                "--title", "Union disputes crane repairs", "--outlet", "Valley Times", "--published", "2026-03-05", "--said", "2026-03-05",
            ])
            _ = try room.ok(["link", String(union), "contradicts", String(remark)])
        }

        func claim(_ id: Int) throws -> [String: Any] {
            try #require(try room.json(["show", String(id)]) as? [String: Any])
        }
    }

    /// Each group as "relation root-kind:root-name links counted".
    static func groups(_ claim: [String: Any]) -> [String] {
        let evidence = claim["evidence"] as? [String: Any] ?? [:]
        return ["corroborating", "contradicting"].flatMap { side -> [String] in
            let groups = (evidence[side] as? [String: Any])?["groups"] as? [[String: Any]] ?? []
            return groups.map { group in
                let root = group["root"] as? [String: Any] ?? [:]
                return "\(side) \(root["kind"] ?? "?"):\(root["name"] ?? "?") \((group["link_ids"] as? [Int])?.count ?? 0) "
                    + ((group["counted"] as? Bool) == true ? "counted" : "not counted")
            }
        }
    }

    @Test func copiesOfOneWireStoryAreOneLineAndItsOwn() throws {
        let story = try Story()
        let reopening = try story.claim(story.reopening)
        #expect(reopening["status"] as? String == "corroborated")
        // The four copies rest on Reuters, the claim's own source: one line that does not count.
        #expect(Self.groups(reopening) == [
            "corroborating outlet:Reuters 4 not counted",
            "corroborating outlet:Sollvik Coast Guard 1 counted",
            "corroborating outlet:Lakeside Courier 1 counted",
        ])
        let corroborating = (reopening["evidence"] as? [String: Any])?["corroborating"] as? [String: Any]
        #expect(corroborating?["lines"] as? Int == 2)
        #expect(corroborating?["reports"] as? Int == 6)
        #expect(reopening["status_reason"] as? String == "corroborated: 2 independent lines corroborate (Sollvik Coast Guard 2026-03-09; "
            + "Lakeside Courier 2026-03-09); 4 reports corroborating it rest on Reuters, as the claim itself does, and do not count")

        // How each copy came to rest on Reuters: two by their credit, two by their text.
        let credited = try #require(try story.room.json(["source", "show", "2"]) as? [String: Any])
        #expect(((credited["source"] as? [String: Any])?["basis"] as? [String: Any])?["wire_credit"] as? String == "Reuters")
        let named = try #require(try story.room.json(["source", "show", "3"]) as? [String: Any])
        #expect(((named["source"] as? [String: Any])?["basis"] as? [String: Any])?["wire_credit"] as? String == "Reuters")
        // The plain copy is 88% alike to the wire story; the cut copy is nearer still to the plain one.
        #expect(try story.room.ok(["source", "show", "4"]).contains("#1 Reuters, 2026-03-02 (text 88% alike: recorded as resting on it)"))
        #expect(try story.room.ok(["source", "show", "5"]).contains("#4 Morning Ledger, 2026-03-03 (text 88% alike: recorded as resting on it)"))
        let wire = try story.room.ok(["source", "show", "1"])
        #expect(wire.contains("rested on by: #2 Coast Daily, #4 Morning Ledger"), "\(wire)")
        let coastGuard = try story.room.ok(["source", "show", "https://coastguard.example/notice-9"])
        #expect(!coastGuard.contains("rests on") && !coastGuard.contains("credits"), "\(coastGuard)")
    }

    @Test func aSpokesmanRepeatingHimselfIsNoConfirmation() throws {
        let story = try Story()
        let remark = try story.claim(story.remark)
        #expect(remark["status"] as? String == "contradicted")
        #expect(Self.groups(remark) == ["corroborating speaker:Tomas Ek 1 not counted", "contradicting outlet:Valley Times 1 counted"])
        #expect(remark["status_reason"] as? String
            == "contradicted: 1 independent line contradicts (Valley Times 2026-03-05); 1 reiteration by the speaker does not count")
        let shown = try story.room.ok(["show", String(story.remark)])
        #expect(shown.contains("  ✓ not counted  Tomas Ek, the speaker (link #"), "\(shown)")
        #expect(shown.contains("  ✗ counts       Valley Times (link #"), "\(shown)")
    }

    @Test func twoTranslationsOfOneRemarkAreOneStatementWhoseWordsDrifted() throws {
        let story = try Story()
        let remark = try story.claim(story.remark)
        let appearances = try #require(remark["appearances"] as? [[String: Any]])
        #expect(appearances.count == 1)
        let tass = try #require(appearances.first)
        #expect(tass["claim_id"] as? Int == story.translation)
        #expect(tass["translation"] as? Bool == true)
        #expect(tass["language"] as? String == "en")
        // 10 of 13 words in common: 20 / 26.
        #expect(tass["similarity"] as? Double == 0.769)
        let drift = try #require(tass["drift"] as? [String: Any])
        #expect(drift["removed"] as? [String] == [])
        #expect(drift["added"] as? [String] == [])
        #expect((drift["changed"] as? [[String: String]])?.map { "\($0["from"] ?? "")→\($0["to"] ?? "")" } == ["repaired→fixed", "ships→vessels", "can→will"])
        #expect(drift["drifted"] as? Bool == true)

        // The appearance has its statement's status, says whose it is, and is never evidence.
        let appearance = try story.claim(story.translation)
        #expect(appearance["appearance_of"] as? Int == story.remark)
        #expect(appearance["status"] as? String == "contradicted")
        #expect((remark["links"] as? [[String: Any]])?.filter { $0["relation"] as? String == "same-statement" }.count == 1)

        // Out of list, timeline and search unless asked for; under its statement in show and drift.
        let listed = try #require(try story.room.json(["list", "--speaker", "Tomas Ek"]) as? [[String: Any]]).compactMap { $0["id"] as? Int }
        #expect(listed == [story.repeated, story.remark])
        let all = try #require(try story.room.json(["list", "--speaker", "Tomas Ek", "--all-appearances"]) as? [[String: Any]])
        #expect(all.count == 3)
        let found = try #require(try story.room.json(["search", "cranes"]) as? [[String: Any]])
        #expect(!found.contains { ($0["claim"] as? [String: Any])?["id"] as? Int == story.translation })
        let timeline = try story.room.ok(["timeline", "--speaker", "Tomas Ek"])
        #expect(timeline.contains("also reported by TASS; the wording drifted in 1 (see claims drift \(story.remark))"), "\(timeline)")
        #expect(!timeline.contains("#\(story.translation) "), "\(timeline)")
        // Wrapped to the width; read as one line.
        let drifted = try story.room.ok(["drift", String(story.translation)]).replacingOccurrences(of: "\n      ", with: " ")
        #expect(drifted.contains("= #\(story.translation) 2026-03-03 TASS (en) · translation"), "\(drifted)")
        #expect(drifted.contains("similarity 0.77, drifted; changed “repaired” → “fixed”; changed “ships” → “vessels”; changed “can” → “will”"), "\(drifted)")
        // verify reports it too, and still exits 0: drift is about the reporting, not the record.
        let verified = try story.room.ok(["verify"])
        #expect(verified.contains("claim #\(story.translation) (source #7) reports claim #\(story.remark) in words that drifted: similarity 0.77, drifted;"), "\(verified)")
        #expect(verified.contains("(a translation)"))
    }

    @Test func aPersonCorrectsWhatTheMachineFound() throws {
        let story = try Story()
        // The plain copy was reported independently after all: it and the copy of it count once, as
        // Morning Ledger's line.
        #expect(try story.room.ok(["source", "independent", "4", "1"]).contains("recorded as independent"))
        var reopening = try story.claim(story.reopening)
        #expect(Self.groups(reopening) == [
            "corroborating outlet:Reuters 2 not counted", "corroborating outlet:Morning Ledger 2 counted",
            "corroborating outlet:Sollvik Coast Guard 1 counted", "corroborating outlet:Lakeside Courier 1 counted",
        ])
        #expect(try story.room.ok(["source", "show", "4"]).contains("independent of: #1 Reuters, 2026-03-02 (as a person recorded)"))
        // And back: a person's word that it rests on the wire story.
        _ = try story.room.ok(["source", "rests-on", "4", "1"])
        reopening = try story.claim(story.reopening)
        #expect(Self.groups(reopening).contains("corroborating outlet:Reuters 4 not counted"))
        // A chain back to itself is refused: 3 now rests on 4, which rests on 1.
        _ = try story.room.ok(["source", "rests-on", "3", "4"])
        let cycle = try story.room.claims(["source", "rests-on", "1", "3"])
        #expect(cycle.status == 1 && cycle.stderr == "claims: source #3 already rests on #1, so #1 cannot rest on it; see: claims source show 1\n", "\(cycle)")
    }

    @Test func aLikelyRepeatIsAskedAboutOrRefusedAndAppearancesHaveTheirRules() throws {
        let story = try Story()
        let room = story.room
        let before = try room.counts()
        // The minister's quote again, from the dateline copy: the same speaker, a day, the same words.
        let again = try room.claims(["add", "The harbour will reopen to cargo ships on Monday", "--speaker", "Varga", "--source", "2", "--said", "2026-03-02"])
        #expect(again.status == 1)
        #expect(again.stderr == "claims: this looks like claim #\(story.reopening) (the same speaker within a day, words 100% alike): record it as "
            + "another report of that statement with --same-as \(story.reopening), or as a claim of its own with --new\n", "\(again)")
        #expect(try room.counts() == before)
        let appearance = try room.add(["The harbour will reopen to cargo ships on Monday", "--speaker", "Varga", "--source", "2", "--said", "2026-03-02", "--same-as", String(story.reopening)])
        #expect(try story.claim(appearance)["appearance_of"] as? Int == story.reopening)

        func refused(_ arguments: [String], _ message: String) throws {
            let counts = try room.counts()
            let result = try room.claims(arguments)
            #expect(result.status == 1 && result.stderr == "claims: \(message)\n", "\(arguments): \(result)")
            #expect(try room.counts() == counts)
        }
        try refused(["link", "--report", "2", "same-statement", String(story.reopening)],
                    "a report is not a statement: record its words as a claim first, then: claims link CLAIM same-statement N")
        try refused(["link", String(story.remark), "same-statement", String(story.reopening)],
                    "claim #\(story.remark) is by Tomas Ek and claim #\(story.reopening) by Lena Varga: one statement has one speaker; "
                        + "fix the speaker with claims edit \(story.remark) --speaker NAME, or link them as corroborates or responds-to")
        try refused(["link", String(story.translation), "same-statement", String(story.remark)],
                    "claim #\(story.translation) is already an appearance of claim #\(story.remark); nothing to record")
        try refused(["link", String(story.repeated), "corroborates", String(story.translation)],
                    "claim #\(story.translation) is an appearance of claim #\(story.remark), and evidence goes on the statement: link to #\(story.remark) instead")
        // --same-as and --new together are a usage error.
        let both = try room.claims(["add", "x", "--speaker", "Varga", "--source", "1", "--same-as", "1", "--new"])
        #expect(both.status == 64 && both.stderr.contains("Give --same-as or --new, not both."), "\(both)")
    }

    /// A statement reported twice is one line wherever it is used as evidence; a report that is the
    /// claim's own source never counts, while the same outlet's own later reporting does.
    @Test func oneStatementIsOneLineAndAnOutletsOwnReportingCounts() throws {
        let story = try Story()
        let room = story.room
        // The spokesman's remark, in both translations, backs the minister: one line, Interfax's.
        _ = try room.ok(["link", String(story.remark), "corroborates", String(story.reopening)])
        _ = try room.ok(["link", String(story.translation), "corroborates", String(story.reopening)])
        // The claim's own source cited as a report, and Reuters' own follow-up with a text of its own.
        _ = try room.ok(["link", "--report", "1", "corroborates", String(story.reopening)])
        let followUp = try TemporaryDirectory.make(prefix: "claims-evidence").appending(path: "follow-up.txt")
        defer { try? FileManager.default.removeItem(at: followUp.deletingLastPathComponent()) }
        try """
            Reuters reporters watched the tanker Nordvik Star tie up at the fuel berth in Sollvik at dawn on Monday, the first \
            cargo vessel to use the port since the storm, while a queue of grain carriers waited at the outer anchorage.
            """.write(to: followUp, atomically: true, encoding: .utf8)
        _ = try room.ok([
            "source", "add", "https://wire.example/first-tanker", "--title", "First tanker berths", "--outlet", "Reuters",
            "--published", "2026-03-09", "--text-file", followUp.path,
        ])
        _ = try room.ok(["link", "--report", "https://wire.example/first-tanker", "corroborates", String(story.reopening)])
        let reopening = try story.claim(story.reopening)
        #expect(Self.groups(reopening) == [
            "corroborating outlet:Reuters 5 not counted",
            "corroborating outlet:Sollvik Coast Guard 1 counted",
            "corroborating outlet:Lakeside Courier 1 counted",
            "corroborating outlet:Interfax 2 counted",
            "corroborating outlet:Reuters 1 counted",
        ])
        #expect((reopening["status_reason"] as? String)?.contains("4 independent lines corroborate") == true)
        #expect((reopening["status_reason"] as? String)?.contains("1 more report rests on Interfax and counts once") == true)

        // The database holds the rules of appearances whoever writes: psql cannot make one across speakers.
        let connection = try room.database.connect()
        #expect(throws: PostgresError.self) {
            try connection.execute("INSERT INTO claim_links (claim_id, relation, from_claim_id) VALUES (\(story.reopening), 'same-statement', \(story.repeated))")
        }
        #expect(throws: PostgresError.self) {
            try connection.execute("INSERT INTO claim_links (claim_id, relation, from_claim_id) VALUES (\(story.translation), 'contradicts', \(story.repeated))")
        }
    }

    /// The one rule, read four ways: the status view (list), show, the timeline, and the record as
    /// of now (from the history) agree on every claim, appearances included.
    @Test func everyReadAgreesOnEveryStatus() throws {
        let story = try Story()
        func statuses(_ arguments: [String]) throws -> [Int: String] {
            let json = try story.room.json(arguments)
            let claims = (json as? [[String: Any]]) ?? ((json as? [String: Any])?["entries"] as? [[String: Any]]) ?? []
            return Dictionary(uniqueKeysWithValues: claims.compactMap { claim in
                (claim["id"] as? Int).map { ($0, claim["status"] as? String ?? "?") }
            })
        }
        let listed = try statuses(["list", "--all-appearances"])
        let now = try #require(try story.room.database.connect().queryFirst("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t")?.decode("t", as: String.self))
        #expect(Set(listed.values) == ["corroborated", "contradicted", "unverified"])
        #expect(try statuses(["list", "--all-appearances", "--as-of", now]) == listed)
        #expect(try statuses(["timeline", "--all-appearances"]) == listed)
        for (id, status) in listed {
            #expect(try story.claim(id)["status"] as? String == status, "claim \(id)")
        }
        for status in ["corroborated", "contradicted", "unverified"] {
            let filtered = try statuses(["list", "--all-appearances", "--status", status])
            #expect(Set(filtered.keys) == Set(listed.filter { $0.value == status }.keys), "\(status)")
        }
    }

    /// On a terminal (script(1)), `claims add` of a likely repeat asks, and records the answer.
    @Test func onATerminalAddAsksWhetherItIsTheSameStatement() throws {
        let story = try Story()
        func add(_ url: String, answering answer: String) throws -> CommandResult {
            let command = [ClaimsBinary.url.path, "add", "The harbour will reopen to cargo ships on Monday", "--speaker", "Varga",
                           "--source", url, "--said", "2026-03-02", "--database-url", story.room.database.url]
                .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
            return try ClaimsBinary.run(
                ["-qec", command, "/dev/null"], environment: ["NO_COLOR": "1", "TERM": "xterm"], executable: URL(fileURLWithPath: "/usr/bin/script"),
                input: answer)
        }
        let yes = try add("2", answering: "y\n")
        #expect(yes.status == 0, "\(yes)")
        #expect(yes.stdout.contains("This looks like claim #\(story.reopening): Lena Varga, 2026-03-02, Reuters"), "\(yes.stdout)")
        #expect(yes.stdout.contains("The same statement as #\(story.reopening) [y,n]? "))
        // The id follows the question on its line (a terminal echoes no newline after the prompt).
        func lastNumber(_ output: String) -> Int? {
            output.split(whereSeparator: \.isWhitespace).last.flatMap { Int($0) }
        }
        let appearance = try #require(lastNumber(yes.stdout))
        #expect(try story.claim(appearance)["appearance_of"] as? Int == story.reopening)
        let no = try add("4", answering: "n\n")
        #expect(no.status == 0, "\(no)")
        let separate = try #require(lastNumber(no.stdout))
        #expect(try story.claim(separate)["appearance_of"] is NSNull)
        // No answer records nothing.
        let before = try story.room.counts()
        let none = try add("5", answering: "")
        #expect(none.status == 1 && none.stdout.contains("nothing recorded: answer y"), "\(none)")
        #expect(try story.room.counts() == before)
    }

    /// Evidence said before the claim but published after it is allowed; public before, refused.
    @Test func evidencePublishedAfterTheClaimMayBeOlderThanIt() throws {
        let story = try Story()
        let room = story.room
        let memo = try room.add([
            "The cranes were inspected and passed in February.", "--speaker", "Ivo Marin", "--source", "https://memo.example/inspection",
            "--title", "Inspection memo released", "--outlet", "Lakeside Courier", "--published", "2026-03-06", "--said", "2026-02-20", "--paraphrase",
        ])
        #expect(try room.ok(["link", String(memo), "corroborates", String(story.remark)]).contains("corroborates claim #\(story.remark)"))
        let old = try room.add([
            "The cranes are old.", "--speaker", "Ivo Marin", "--source", "https://old.example/cranes",
            "--title", "Old cranes", "--outlet", "Lakeside Courier", "--published", "2026-02-21", "--said", "2026-02-20", "--paraphrase",
        ])
        let refused = try room.claims(["link", String(old), "contradicts", String(story.remark)])
        #expect(refused.status == 1)
        #expect(refused.stderr == "claims: claim #\(old) (said 2026-02-20, published 2026-02-21) was public before claim #\(story.remark) (2026-03-03), "
            + "so it cannot contradict it; the later one goes first: claims link \(story.remark) contradicts \(old)\n", "\(refused)")
    }
}
