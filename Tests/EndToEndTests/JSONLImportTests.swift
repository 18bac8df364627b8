// import jsonl: staged through COPY and merged with set-based statements; each check names its line.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct JSONLImportTests {
    static let stamp = "2015-12-02T09:30:00.000000Z"
    static let speaker = #"{"type":"speaker","name":"Dmitry Peskov","aliases":["Peskov"],"role":null,"affiliation":null,"wikidata":null,"created_at":"\#(stamp)"}"#
    static let outlet = #"{"type":"outlet","name":"Northern Wire","created_at":"\#(stamp)"}"#
    static let source = #"{"type":"source","url":"https://wire.example/oil","title":"Oil","outlet":"Northern Wire","published":"2015-12-02","language":null,"text":null,"created_at":"\#(stamp)"}"#
    static func claim(_ key: Int, _ text: String) -> String {
        #"{"type":"claim","key":\#(key),"speaker":"Peskov","source":"https://wire.example/oil","text":"\#(text)","kind":"paraphrase","said":"2015-12-01","said_phrase":null,"topics":[],"via":["RIA Novosti"],"anchor":null,"created_at":"\#(stamp)"}"#
    }
    static func link(_ claim: Int, from: Int) -> String {
        #"{"type":"link","claim":\#(claim),"relation":"corroborates","from_claim":\#(from),"from_source":null,"note":null,"created_at":"\#(stamp)"}"#
    }

    func importing(_ lines: [String], into room: Newsroom) throws -> CommandResult {
        try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", room.database.url], input: lines.joined(separator: "\n"))
    }

    @Test func linksMayComeBeforeTheirClaimsAndViaOutletsAreCreated() throws {
        let room = try Newsroom()
        let result = try importing(
            [Self.speaker, Self.outlet, Self.source, Self.link(1, from: 2), Self.claim(1, "Oil was bought."), Self.claim(2, "It was.")],
            into: room)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("6 lines: 1 new speaker, 1 outlet, 1 source, 2 claims, 1 link, 0 reviews"))
        let claim = try #require(try room.json(["show", "1"]) as? [String: Any])
        #expect(claim["via"] as? [String] == ["RIA Novosti"])
        // The link came over; the speaker backing his own words is a reiteration, which does not count.
        #expect((claim["links"] as? [Any])?.count == 1)
        #expect(claim["status"] as? String == "unverified")
        #expect((claim["status_reason"] as? String)?.contains("1 reiteration by the speaker does not count") == true)
        #expect(try room.counts()["outlets"] == 2)
    }

    /// A claim the file brings that repeats one recorded before, from another source, the same
    /// day, is another report of it; the file's claims are not matched with each other.
    @Test func aClaimThatRepeatsOneRecordedElsewhereIsAnAppearance() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Dmitry Peskov", "--alias", "Peskov"])
        let first = try room.add([
            "Oil was bought from the militants.", "--speaker", "Peskov", "--source", "https://first.example/a", "--title", "First",
            "--outlet", "First Paper", "--published", "2015-12-02", "--said", "2015-12-01", "--paraphrase",
        ])
        let result = try importing([Self.outlet, Self.source, Self.claim(1, "Oil was bought from the militants!"), Self.claim(2, "Oil was bought from the militants?")], into: room)
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("2 of the claims repeat claims already recorded in another source"), "\(result.stdout)")
        let shown = try #require(try room.json(["show", String(first)]) as? [String: Any])
        #expect((shown["appearances"] as? [[String: Any]])?.count == 2)
        #expect(try #require(try room.json(["list"]) as? [[String: Any]]).count == 1)
    }

    @Test func eachRefusalNamesItsLineAndWritesNothing() throws {
        let room = try Newsroom()
        _ = try room.ok(["speaker", "add", "Recep Tayyip Erdoğan", "--alias", "Erdogan"])
        let before = try room.counts()
        let cases: [(lines: [String], line: Int, message: String)] = [
            ([Self.speaker, Self.outlet, Self.source, Self.claim(1, "A."), Self.link(1, from: 7)], 5, "no claim with key 7 in the file"),
            ([Self.speaker.replacingOccurrences(of: "[\"Peskov\"]", with: "[\"Erdogan\"]")], 1,
             "'Erdogan' is already taken by speaker 'Recep Tayyip Erdoğan'"),
            ([Self.speaker, Self.outlet, Self.claim(1, "A.")], 3, "no source"),
            ([Self.speaker, Self.outlet, Self.source.replacingOccurrences(of: Self.stamp, with: "yesterday")], 3, "created_at must be an ISO 8601 timestamp"),
            ([Self.outlet, Self.source, Self.claim(1, "A.").replacingOccurrences(of: "Peskov", with: "Nobody Known")], 3, "Nobody Known"),
            ([Self.speaker, "", Self.outlet, #"{"type":"planet"}"#], 4, "planet"),
        ]
        for (lines, line, message) in cases {
            let result = try importing(lines, into: room)
            #expect(result.status == 1, "\(lines): \(result)")
            #expect(result.stderr.hasPrefix("claims: line \(line): "), "\(result)")
            #expect(result.stderr.contains(message), "\(result)")
            #expect(result.stderr.hasSuffix("nothing was imported\n"), "\(result)")
            #expect(try room.counts() == before)
        }
    }
}
