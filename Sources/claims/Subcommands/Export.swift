// `claims export`: the record in exchange formats.
import ArgumentParser

extension Claims {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write the record in exchange formats: ClaimReview JSON-LD, JSONL, CSV.",
            subcommands: [ClaimReview.self, JSONL.self, CSV.self])
    }
}
