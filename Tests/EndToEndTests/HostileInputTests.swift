// Hostile and malformed input: refused in one line with the documented code, the record unchanged.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct HostileInputTests {
    @Test func controlCharactersAndOverlongClaimsAreRefused() throws {
        let room = try Newsroom()
        try room.seedStory()
        let before = try room.counts()
        let cases: [(arguments: [String], input: String?, message: String)] = [
            (["add", "a bell\u{7} rings", "--speaker", "Peskov", "--source", "1", "--paraphrase"], nil, "control character U+0007"),
            (["speaker", "add", "Esc\u{1B}aped"], nil, "control character U+001B"),
            (["add", "ok", "--speaker", "Peskov", "--source", "https://x.example/n", "--title", "T\u{7F}", "--outlet", "O", "--published", "2015-12-02"], nil,
             "control character U+007F"),
            (["import", "csv", "-", "--quiet"], "speaker,text,source_url\nPeskov,\(String(repeating: "word ", count: 30_000)),https://news.example/2015/12/02/coordination\n",
             "line 2: the claim text is 149999 characters long"),
            (["import", "jsonl", "-"], #"{"type":"speaker","name":"Null\u0000Byte","aliases":[],"role":null,"affiliation":null,"wikidata":null,"created_at":"2015-12-02T00:00:00Z"}"#,
             "control character U+0000"),
        ]
        for (arguments, input, message) in cases {
            let result = try ClaimsBinary.run(arguments + ["--database-url", room.database.url], input: input)
            #expect(result.status == 1, "\(arguments): \(result)")
            #expect(result.stderr.contains(message), "\(arguments): \(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(arguments): \(result)")
        }
        #expect(try room.counts() == before)
        // Tabs and line breaks are text, not controls.
        #expect(try room.add(["Line one\nline two\twith a tab.", "--speaker", "Peskov", "--source", "1", "--paraphrase"]) > 0)
    }
}
