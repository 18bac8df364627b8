// `claims edit ID`: correct a claim; the version before stays in its history.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a claim's text, date, speaker or source; the earlier version stays in its history.",
            discussion: """
                Only what you give changes. A quote from a source with its text must still be found in
                it. `claims history ID` shows every version with who changed it and --reason.
                """)

        @Argument(help: "The claim's number.")
        var id: Int
        @Option(help: ArgumentHelp("The corrected text.", valueName: "text"))
        var text: String?
        @Option(help: ArgumentHelp("When it was said: YYYY-MM-DD, YYYY-MM, YYYY, or the source's words (\"on Tuesday\").", valueName: "date"))
        var said: String?
        @Option(help: ArgumentHelp("Who said it: a recorded speaker's name or alias.", valueName: "name"))
        var speaker: String?
        @Option(help: ArgumentHelp("Where it was reported: a recorded source's number or URL.", valueName: "source"))
        var source: String?
        @Option(help: ArgumentHelp("Why, for the record.", valueName: "text"))
        var reason: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            if text == nil && said == nil && speaker == nil && source == nil {
                throw ValidationError("Nothing to change: give --text, --said, --speaker or --source.")
            }
        }

        func run() throws {
            let edit = ClaimEdit(text: text, said: said, speaker: speaker, source: source)
            let changed = try connection.open().claims.edit(id: id, edit, reason: reason)
            Terminal.print(changed.isEmpty ? "Claim \(id) already reads so; nothing changed." : "Edited claim \(id): \(changed.joined(separator: ", ")).")
        }
    }
}
