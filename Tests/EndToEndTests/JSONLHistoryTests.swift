// `export jsonl` carries each claim's history (its own, its via chain's, its links' and reviews'),
// and `import jsonl` brings it back as it was: who, when, why. Export, import into an empty
// database and export again give the same bytes, and so does a second hop.
import Foundation
import Testing
import TestSupport

@Suite(.tags(.trust)) struct JSONLHistoryTests {

    func importing(_ file: String, into room: Newsroom) throws -> CommandResult {
        try ClaimsBinary.run(["import", "jsonl", "-", "--database-url", room.database.url], input: file)
    }

    /// The history of a claim as `claims history --format json` gives it: when, who, why, what.
    func entries(_ room: Newsroom, _ claim: Int) throws -> [[String: Any]] {
        try #require(try room.json(["history", String(claim)]) as? [[String: Any]])
    }

    func story(_ entry: [String: Any]) -> String {
        ["changed_at", "actor", "db_role", "reason", "table", "operation"].map { "\(entry[$0] ?? "-")" }.joined(separator: " | ")
    }

    @Test func theHistoryTravelsWithTheClaimsByteForByte() throws {
        let room = try Newsroom.withEveryKindOfRow()
        let first = try room.ok(["export", "jsonl"])
        let history = first.split(separator: "\n").filter { $0.hasPrefix("{\"actor\"") && $0.contains("\"type\":\"history\"") }
        #expect(history.count >= 15, "\(history.count) history lines")
        #expect(history.contains { $0.contains("\"actor\":\"Ana Ruiz\"") && $0.contains("\"reason\":\"misattributed in the first edition\"") })
        // Other records are named as the file names them, never by this database's numbers.
        #expect(!history.contains { $0.contains("speaker_id") || $0.contains("source_id") || $0.contains("outlet_id") })

        let copy = try Newsroom()
        let imported = try importing(first, into: copy)
        #expect(imported.status == 0, "\(imported)")
        #expect(try copy.ok(["export", "jsonl"]) == first)
        let third = try Newsroom()
        #expect(try importing(try copy.ok(["export", "jsonl"]), into: third).status == 0)
        #expect(try third.ok(["export", "jsonl"]) == first, "a second hop changes nothing")

        // The same file again finds every claim here already: no history is added twice.
        #expect(try importing(first, into: copy).status == 0)
        #expect(try copy.ok(["export", "jsonl"]) == first)
    }

    @Test func theCopysHistoryTellsWhatWasDoneBeforeTheImportByWhomAndWhy() throws {
        let room = try Newsroom.withEveryKindOfRow()
        let copy = try Newsroom()
        #expect(try importing(try room.ok(["export", "jsonl"]), into: copy).status == 0)
        // The claim that was edited, moved by a speaker merge and retracted, all by Ana Ruiz.
        let claims = try #require(try room.json(["list", "--include-retracted", "--limit", "100"]) as? [[String: Any]])
        let retracted = try #require(claims.first { $0["text"] as? String == "Talks will resume within a week." }?["id"] as? Int)

        let before = try entries(room, retracted)
        let after = try entries(copy, retracted)
        #expect(before.count >= 4)
        #expect(after.prefix(before.count).map(story) == before.map(story))
        #expect(after.prefix(before.count).allSatisfy { $0["imported"] as? Bool == true })
        #expect(after.dropFirst(before.count).allSatisfy { $0["made_by_import"] as? Bool == true && $0["imported"] as? Bool == false })

        let text = try copy.ok(["history", String(retracted)])
        #expect(text.contains("Ana Ruiz (role "))
        #expect(text.contains("text changed from “Talks will resume next week.” to “Talks will resume within a week.” — the article was corrected"))
        // The speaker merged away in the first database is named, not numbered.
        #expect(text.contains("speaker changed from D. Peskov to Dmitry Peskov — the same spokesman"), "\(text)")
        #expect(text.contains("retracted — misattributed in the first edition"))
        #expect(text.hasSuffix("copied here by claims import jsonl, with the history above\n"), "\(text)")
    }

    @Test(arguments: [
        (#"{"type":"history","claim":99,"table":"claims","operation":"INSERT","at":"2024-01-01T00:00:00Z","actor":"A","role":"r","reason":null,"old":null,"new":{}}"#, "99"),
        (#"{"type":"history","claim":1,"table":"claims","operation":"TRUNCATE","at":"2024-01-01T00:00:00Z","actor":"A","role":"r","reason":null,"old":null,"new":{}}"#, "TRUNCATE"),
        (#"{"type":"history","claim":1,"table":"history","operation":"INSERT","at":"2024-01-01T00:00:00Z","actor":"A","role":"r","reason":null,"old":null,"new":{}}"#, "history"),
        (#"{"type":"history","claim":1,"table":"claims","operation":"INSERT","at":"yesterday","actor":"A","role":"r","reason":null,"old":null,"new":{}}"#, "yesterday"),
        (#"{"type":"history","claim":1,"table":"claims","operation":"INSERT","at":"2024-01-01T00:00:00Z","actor":" ","role":"r","reason":null,"old":null,"new":{}}"#, "history actor"),
        (#"{"type":"history","claim":1,"table":"claims","operation":"INSERT","at":"2024-01-01T00:00:00Z","actor":"A","role":"r","reason":null,"old":null,"new":[1]}"#, "new"),
    ])
    func aBadHistoryLineIsRefusedWithItsNumberAndNothingIsImported(line: String, naming: String) throws {
        let room = try Newsroom()
        let file = try Newsroom.withEveryKindOfRow().ok(["export", "jsonl"]) + line + "\n"
        let number = file.split(separator: "\n").count
        let result = try importing(file, into: room)
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.hasPrefix("claims: line \(number):"), "\(result.stderr)")
        #expect(result.stderr.contains(naming), "\(result.stderr)")
        #expect(try room.rowCounts().values.allSatisfy { $0 == 0 })
    }
}
