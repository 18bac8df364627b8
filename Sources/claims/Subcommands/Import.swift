// `claims import`: read exchange formats into the record.
import ArgumentParser

extension Claims {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read exchange formats into the record: JSONL from claims export, ClaimReview JSON-LD.",
            subcommands: [ClaimReview.self, JSONL.self, CSV.self])
    }
}
