// `claims verify`: re-check every anchored quote against its source's stored text.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Verify: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check that every anchored quote still reads the same in its source's text.",
            discussion: """
                Exits 1 and lists the quotes that no longer match, with where they are now
                found, if anywhere.

                It also lists the appearances whose words drifted from the earliest report of
                their statement (similarity below \(String(format2: QuoteDrift.threshold)); see claims drift ID).
                Drift is a finding about the reporting, not damage to the record: it does
                not change the exit status.
                """)

        @Option(help: ArgumentHelp("Only this source (number or URL).", valueName: "url-or-id"))
        var source: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let database = try connection.open(writes: false)
            var sourceID: Int?
            if let source {
                guard let found = try database.sources.resolve(source) else {
                    throw ClaimsError.sourceNotFound(reference: source)
                }
                sourceID = found.id
            }
            let (checked, problems) = try database.claims.verifyAnchors(sourceID: sourceID)
            for drifted in try database.claims.driftedAppearances(sourceID: sourceID) {
                let appearance = drifted.appearance
                Terminal.print(
                    "claim #\(appearance.claimID) (source #\(appearance.source.id)) reports claim #\(drifted.statementID) in words that drifted: "
                        + EvidenceText.summary(appearance.drift) + (appearance.isTranslation ? " (a translation)" : ""))
            }
            for problem in problems {
                let now = problem.foundAt.map { "now at \($0.start)–\($0.end)" } ?? "no longer in the text"
                Terminal.print(
                    "claim #\(problem.claimID) (source #\(problem.sourceID)): the quote is not at \(problem.stored.start)–\(problem.stored.end); \(now)")
            }
            guard problems.isEmpty else {
                throw CommandFailure(
                    message: "\(problems.count) of \(counted(checked, "anchored quote")) "
                        + (problems.count == 1 ? "no longer matches its source" : "no longer match their sources"))
            }
            Terminal.print(checked == 1 ? "The 1 anchored quote matches its source." : "All \(checked) anchored quotes match their sources.")
        }
    }
}
