// `claims retract ID --reason TEXT`: withdraw a claim without erasing it.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Retract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "retract",
            abstract: "Withdraw a claim recorded in error: it stays on record, with its history, but leaves lists and timelines.",
            discussion: """
                The claim keeps its number, links and history; `claims show ID` marks it
                retracted with the date and reason, and `--include-retracted` brings it back
                into list and timeline. The reason is recorded in the history with your name
                (--as, CLAIMS_ACTOR).
                """)

        @Argument(help: "The claim's number.")
        var id: Int
        @Option(help: ArgumentHelp("Why it is withdrawn, for the record.", valueName: "text"))
        var reason: String
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            try connection.open().claims.retract(id: id, reason: reason)
            Terminal.print("Retracted claim \(id).")
        }
    }
}
