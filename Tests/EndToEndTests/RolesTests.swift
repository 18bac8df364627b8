// claims_reader reads, claims_writer writes: a reader's writes are refused with advice, and change nothing.
import Foundation
import Postgres
import Testing
import TestSupport

@Suite(.tags(.trust)) struct RolesTests {
    @Test func aReaderReadsEverythingAndWritesNothing() throws {
        let room = try Newsroom()
        try room.seedStory()
        let oil = try room.add(["Our information will be used against terrorism.", "--speaker", "Peskov", "--source", "1", "--said", "2015-12-01"])
        let reply = try room.add(["It is slander.", "--speaker", "Erdogan", "--source", "1", "--said", "2015-12-02"])
        let admin = try room.database.connect()
        let name = "claims_test_reader_" + UUID().uuidString.prefix(8).lowercased()
        try admin.execute("CREATE ROLE \(identifier: name) LOGIN")
        try admin.execute("GRANT claims_reader TO \(identifier: name)")
        defer {
            _ = try? admin.execute("DROP OWNED BY \(identifier: name)")
            _ = try? admin.execute("DROP ROLE \(identifier: name)")
        }
        let reader = room.database.connectionString.setting("user", to: name).unredacted
        func run(_ arguments: [String], input: String? = nil) throws -> CommandResult {
            try ClaimsBinary.run(arguments + ["--database-url", reader], input: input)
        }

        for read in [["list"], ["show", String(oil)], ["timeline"], ["search", "terrorism"], ["export", "jsonl"], ["history", String(oil)],
                     ["speaker", "show", "Peskov"]] {
            let result = try run(read)
            #expect(result.status == 0, "\(read): \(result)")
        }

        let before = try room.counts()
        let writes: [([String], String?)] = [
            (["add", "A new claim.", "--speaker", "Peskov", "--source", "1"], nil),
            (["link", String(reply), "contradicts", String(oil)], nil),
            (["review", "add", String(oil), "--rating", "False", "--by", "Desk", "--url", "https://desk.example/r"], nil),
            (["speaker", "add", "Someone New"], nil),
            (["import", "csv", "-", "--quiet"], "speaker,text,source_url\nPeskov,Imported.,https://news.example/2015/12/02/coordination\n"),
            (["import", "jsonl", "-", "--quiet"], #"{"created_at":"2015-12-02T00:00:00Z","name":"Wire","type":"outlet"}"# + "\n"),
            (["edit", String(oil), "--text", "Edited words.", "--reason", "typo"], nil),
            (["retract", String(reply), "--reason", "wrong speaker"], nil),
        ]
        for (write, input) in writes {
            let result = try run(write, input: input)
            #expect(result.status == 77, "\(write): \(result)")
            #expect(result.stderr.hasPrefix("claims: permission denied: ask an admin to grant claims_writer"), "\(write): \(result)")
            #expect(result.stderr.split(separator: "\n").count == 1, "\(write): \(result)")
        }
        #expect(try room.counts() == before)

        try admin.execute("GRANT claims_writer TO \(identifier: name)")
        let added = try run(["add", "Now allowed.", "--speaker", "Peskov", "--source", "1"])
        #expect(added.status == 0, "\(added)")
        // Merging deletes a record: a writer may not, an admin may.
        let beforeMerge = try room.counts()
        let merge = try run(["speaker", "merge", "Peskov", "Erdogan", "--yes"])
        #expect(merge.status == 77 && merge.stderr.contains("permission denied"), "\(merge)")
        #expect(try room.counts() == beforeMerge)
        let history = try room.database.connect().queryFirst(
            "SELECT db_role FROM history WHERE table_name = 'claims' ORDER BY id DESC LIMIT 1")
        #expect(try history?.decode("db_role", as: String.self) == name)
    }
}
