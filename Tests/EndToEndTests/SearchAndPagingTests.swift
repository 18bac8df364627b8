// Full-text search and keyset paging.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite struct SearchAndPagingTests {
    func searchRoom() throws -> Newsroom {
        let room = try Newsroom()
        try room.seedStory()
        _ = try room.ok(["source", "add", "https://en.example/a", "--title", "English", "--outlet", "Wire", "--published", "2015-12-02", "--language", "en"])
        _ = try room.add(["Information on oil purchases will be used against terrorism.", "--speaker", "Peskov", "--source", "2", "--said", "2015-12-01", "--paraphrase"])
        _ = try room.add(["Countries must coordinate their actions.", "--speaker", "Peskov", "--source", "2", "--said", "2015-12-01", "--paraphrase"])
        _ = try room.add(["Erdoğan vowed to resign if the oil trade were proven.", "--speaker", "Peskov", "--source", "1", "--said", "2015-11-30", "--paraphrase"])
        return room
    }

    func ids(_ room: Newsroom, _ arguments: [String]) throws -> [Int] {
        let hits = try #require(try room.json(["search"] + arguments) as? [[String: Any]])
        return hits.compactMap { ($0["claim"] as? [String: Any])?["id"] as? Int }
    }

    @Test func websearchSyntaxStemsAccentsAndHighlights() throws {
        let room = try searchRoom()
        #expect(try ids(room, ["oil"]).sorted() == [1, 3])
        #expect(try ids(room, ["purchase"]) == [1])  // stemmed: an English source
        #expect(try ids(room, ["erdogan"]) == [3])  // accents do not matter
        #expect(try ids(room, ["\"used against terrorism\""]) == [1])
        #expect(try ids(room, ["oil -terrorism"]) == [3])
        #expect(try ids(room, ["coordinate or resign"]).sorted() == [2, 3])
        #expect(try ids(room, ["oil", "--until", "2015-11-30"]) == [3])
        #expect(try ids(room, ["oil", "--speaker", "erdogan"]).isEmpty)
        let hits = try #require(try room.json(["search", "erdogan oil"]) as? [[String: Any]])
        #expect(hits.first?["headline"] as? String == "«Erdoğan» vowed to resign if the «oil» trade were proven.")
        let table = try room.ok(["search", "oil"])
        #expect(table.contains("**oil**"))
        #expect(!table.contains("\u{1B}["))  // no colour when not a terminal
        #expect(try room.ok(["search", "nothing-like-this"]) == "No claims match.\n")
        let empty = try room.claims(["search", "  "])
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("the search text is empty"))
    }

    @Test func keysetPagesCoverTheListExactlyOnce() throws {
        let room = try Newsroom()
        try room.seedStory()
        for index in 0..<12 {
            let said = index % 4 == 0 ? [] : ["--said", "2015-11-\(10 + index % 5)"]
            _ = try room.add(["Claim \(index) text."] + ["--speaker", "Peskov", "--source", "1", "--paraphrase", "--new"] + said)
        }
        for order in [[], ["--oldest-first"]] {
            let all = try #require(try room.json(["list"] + order) as? [[String: Any]]).compactMap { $0["id"] as? Int }
            var paged: [Int] = []
            var after: Int?
            while true {
                let page = try #require(
                    try room.json(["list", "--limit", "5"] + order + (after.map { ["--after", String($0)] } ?? [])) as? [[String: Any]]
                ).compactMap { $0["id"] as? Int }
                paged += page
                guard page.count == 5, let last = page.last else { break }
                after = last
            }
            #expect(paged == all, "\(order)")
            #expect(all.count == 12)
        }
        let missing = try room.claims(["list", "--after", "999"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no claim #999"))
    }
}
