// `claims review`: fact-check verdicts on claims.
import ArgumentParser

extension Claims {
    struct Review: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "review",
            abstract: "Record fact-check verdicts (schema.org ClaimReview) on claims.",
            subcommands: [Add.self])
    }
}
