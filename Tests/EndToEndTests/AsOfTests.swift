// claims list --as-of: what the record said then, rebuilt from the history.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct AsOfTests {
    @Test func theRecordAsItStoodThen() throws {
        let room = try Newsroom()
        try room.seedStory()
        let first = try room.add(["Coordination is necesary.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--paraphrase"])
        let doomed = try room.add(["A claim later retracted.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01", "--paraphrase"])
        let connection = try room.database.connect()
        let then = try #require(try connection.queryFirst("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS t")?
            .decode("t", as: String.self))
        usleep(20_000)
        _ = try room.ok(["edit", String(first), "--text", "Coordination is necessary.", "--reason", "typo"])
        _ = try room.ok(["retract", String(doomed), "--reason", "wrong speaker"])
        let later = try room.add(["It was proven.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-02", "--paraphrase"])
        _ = try room.ok(["link", String(later), "contradicts", String(first)])

        func listed(_ arguments: [String]) throws -> [[String: Any]] {
            try #require(try room.json(["list", "--oldest-first"] + arguments) as? [[String: Any]])
        }
        let past = try listed(["--as-of", then])
        #expect(past.compactMap { $0["id"] as? Int } == [first, doomed])
        #expect(past.first?["text"] as? String == "Coordination is necesary.")
        #expect(past.first?["status"] as? String == "unverified")
        #expect((past.first?["links"] as? [Any])?.isEmpty == true)

        let now = try listed([])
        #expect(now.compactMap { $0["id"] as? Int } == [first, later])
        #expect(now.first?["text"] as? String == "Coordination is necessary.")
        #expect(now.first?["status"] as? String == "contradicted")
        #expect(try listed(["--as-of", "1999-01-01"]).isEmpty)

        let bad = try room.claims(["list", "--as-of", "the other day"])
        #expect(bad.status == 1 && bad.stderr.contains("give a point in time"), "\(bad)")
        // Status filters read the links as they were then, too.
        #expect(try listed(["--as-of", then, "--status", "contradicted"]).isEmpty)
        #expect(try listed(["--as-of", then, "--status", "unverified"]).compactMap { $0["id"] as? Int } == [first, doomed])
        #expect(try listed(["--status", "contradicted"]).compactMap { $0["id"] as? Int } == [first])
    }
}
