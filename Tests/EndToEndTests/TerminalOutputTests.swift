// Tables and timelines fit the terminal they are printed on, and nothing is cut on its way to a
// pipe or a file.
import Foundation
import Testing
import TestSupport

@Suite struct TerminalOutputTests {
    static let longQuote = "The new quay will bring jobs to the whole region, and the harbour will be busier than it has been for fifty years, say the planners who drew it."

    /// A record with long names, roles, titles and quotes: the widths tables have to fit.
    func longRecord() throws -> Newsroom {
        let room = try Newsroom()
        _ = try room.ok([
            "speaker", "add", "Alexandra Konstantinopoulou-Whitfield", "--role",
            "Deputy Director of Communications for the Northern Regional Transport Authority",
        ])
        _ = try room.ok(["speaker", "add", "Tomas Vidal", "--alias", "Vidal"])
        _ = try room.ok([
            "source", "add", "https://news.example/quay", "--title",
            "A very long headline about the new quay and what it will mean for the bay and the fishermen who work it",
            "--outlet", "Northern Daily Courier and Advertiser", "--published", "2024-03-05",
        ])
        _ = try room.add([Self.longQuote, "--speaker", "Alexandra", "--source", "1", "--said", "2024-03-04"])
        _ = try room.add(["The party will suffer for it.", "--speaker", "Vidal", "--source", "1", "--said", "2024-03-04", "--via", "Coastal Radio"])
        return room
    }

    @Test(arguments: [80, 60]) func everyLineFitsTheTerminal(columns: Int) throws {
        let room = try longRecord()
        for command in [["list"], ["speaker", "list"], ["source", "list"], ["timeline"], ["search", "party"], ["show", "1"]] {
            let result = try ClaimsBinary.runInTerminal(command + ["--database-url", room.database.url], columns: columns, environment: ["NO_COLOR": "1"])
            #expect(result.status == 0, "\(command): \(result)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
            let wide = lines.filter { $0.count > columns }
            #expect(wide.isEmpty, "\(command) at \(columns) columns: \(wide)")
            // Wrapped, not cut: every word of the long quote is on the screen.
            if command == ["list"] || command == ["timeline"] {
                #expect(!result.stdout.contains("…"), "\(command): \(result.stdout)")
                let words = result.stdout.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
                #expect(words.contains("say the planners who drew it.”"), "\(command): \(words)")
            }
        }
    }

    @Test func nothingIsCutOnTheWayToAPipe() throws {
        let room = try longRecord()
        let list = try room.ok(["list"])
        #expect(list.contains("“\(Self.longQuote)”"), "\(list)")
        #expect(!list.contains("…"))
        // COLUMNS is a terminal's width; it does not cut what goes to a file either.
        let narrow = try ClaimsBinary.run(["list", "--database-url", room.database.url], environment: ["COLUMNS": "40"])
        #expect(narrow.stdout == list)
        let search = try room.ok(["search", "party"])
        #expect(search.contains("The **party** will suffer for it."), "\(search)")
        let sources = try room.ok(["source", "list"])
        #expect(sources.contains("the fishermen who work it"), "\(sources)")
        let speakers = try room.ok(["speaker", "list"])
        #expect(speakers.contains("Deputy Director of Communications for the Northern Regional Transport Authority"))
    }

    /// On a terminal a record goes through the pager (CLAIMS_PAGER, else PAGER); never with
    /// --no-pager, to a pipe, or for a command that asks questions.
    @Test func longOutputOnATerminalGoesThroughThePager() throws {
        let room = try longRecord()
        let url = room.database.url
        let marker = ["CLAIMS_PAGER": "sed 's/^/paged: /'"]
        let paged = try ClaimsBinary.runInTerminal(["list", "--database-url", url], columns: 100, environment: marker)
        #expect(paged.status == 0 && paged.stdout.hasPrefix("paged: ID  SAID"), "\(paged)")
        #expect(paged.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("paged: ") }, "\(paged)")
        // The table still fits the terminal the pager shows it on.
        #expect(paged.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 + "paged: ".count }, "\(paged)")
        let fromPAGER = try ClaimsBinary.runInTerminal(["timeline", "--database-url", url], columns: 100, environment: ["PAGER": "sed 's/^/more: /'", "CLAIMS_PAGER": "sed 's/^/paged: /'"])
        #expect(fromPAGER.stdout.hasPrefix("paged: "), "CLAIMS_PAGER wins over PAGER: \(fromPAGER)")
        let before = try ClaimsBinary.runInTerminal(["--no-pager", "list", "--database-url", url], columns: 100, environment: marker)
        let after = try ClaimsBinary.runInTerminal(["list", "--no-pager", "--database-url", url], columns: 100, environment: marker)
        #expect(before.stdout.hasPrefix("ID  SAID") && after.stdout.hasPrefix("ID  SAID"), "\(before)\n\(after)")
        // A pager that is not installed is said once, and the output printed without it.
        let missing = try ClaimsBinary.runInTerminal(["list", "--database-url", url], columns: 100, environment: ["CLAIMS_PAGER": "no-such-pager -R"])
        #expect(missing.status == 0 && missing.stdout.hasPrefix("claims: warning: the pager 'no-such-pager' is not installed; printing without one\nID  SAID"), "\(missing)")
        // Not a command that writes, and never a pipe.
        let added = try ClaimsBinary.runInTerminal(
            ["add", "Words.", "--speaker", "Vidal", "--source", "1", "--said", "2024-03-04", "--database-url", url], columns: 100, environment: marker)
        #expect(added.status == 0 && !added.stdout.contains("paged: "), "\(added)")
        let piped = try ClaimsBinary.run(["list", "--database-url", url], environment: marker)
        #expect(piped.stdout.hasPrefix("ID  SAID"), "\(piped)")
        // An error still reads as one line, through the pager, with its exit code.
        let refused = try ClaimsBinary.runInTerminal(["list", "--speaker", "nobody", "--database-url", url], columns: 100, environment: marker)
        #expect(refused.status == 1 && refused.stdout == "paged: claims: no speaker is called 'nobody'. Add one with: claims speaker add nobody\n", "\(refused)")
    }
}
