// `claims edit ID`: correct a claim; the version before stays in its history.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Correct a claim's text, date, speaker, source, kind, outlets or topics; the earlier version stays in its history.",
            discussion: """
                Only what you give changes. A quote from a source with its text must still be
                found in it. `claims history ID` shows every version with who changed it and
                --reason.
                """)

        @Argument(help: "The claim's number.")
        var id: Int
        @Option(help: ArgumentHelp("The corrected text.", valueName: "text"))
        var text: String?
        @Option(help: ArgumentHelp("When it was said: YYYY-MM-DD, YYYY-MM, YYYY, \"December 1, 2015\", or the source's words (\"on Tuesday\", \"last week\").", valueName: "date"))
        var said: String?
        @Option(help: ArgumentHelp("Who said it: a recorded speaker's name or alias.", valueName: "name"))
        var speaker: String?
        @Option(help: ArgumentHelp("Where it was reported: a recorded source's number or URL.", valueName: "source"))
        var source: String?
        @Flag(help: ArgumentHelp("The text is the reporter's summary, not the speaker's own words."))
        var paraphrase = false
        @Flag(help: ArgumentHelp("The text is the speaker's own words, as printed (anchored in the source's text)."))
        var quote = false
        @Option(name: .customLong("via"), help: ArgumentHelp("The outlets it came through, in order (repeatable; replaces those recorded).", valueName: "outlet"))
        var via: [String] = []
        @Flag(help: "It came straight from the source: remove the outlets recorded.")
        var noVia = false
        @Option(name: .customLong("topic"), help: ArgumentHelp("Its topics (repeatable; replaces those recorded).", valueName: "topic"))
        var topics: [String] = []
        @Flag(help: "Remove the topics recorded.")
        var noTopics = false
        @Option(help: ArgumentHelp("Why, for the record.", valueName: "text"))
        var reason: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            if paraphrase && quote { throw ValidationError("Give --paraphrase or --quote, not both.") }
            if noVia && !via.isEmpty { throw ValidationError("Give --via or --no-via, not both.") }
            if noTopics && !topics.isEmpty { throw ValidationError("Give --topic or --no-topics, not both.") }
            if edit.isEmpty {
                throw ValidationError(
                    "Nothing to change: give --text, --said, --speaker, --source, --paraphrase or --quote, --via or --topic.")
            }
        }

        var edit: ClaimEdit {
            ClaimEdit(
                text: text, said: said, speaker: speaker, source: source,
                kind: paraphrase ? .paraphrase : quote ? .quote : nil,
                via: noVia ? [] : via.isEmpty ? nil : via, topics: noTopics ? [] : topics.isEmpty ? nil : topics)
        }

        func run() throws {
            let edit = self.edit
            let changed = try connection.open().claims.edit(id: id, edit, reason: reason)
            Terminal.print(changed.isEmpty ? "Claim \(id) already reads so; nothing changed." : "Edited claim \(id): \(changed.joined(separator: ", ")).")
        }
    }
}
