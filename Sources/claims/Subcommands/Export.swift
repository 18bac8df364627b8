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

/// --output for export commands: a file written whole, or standard output.
struct OutputFileOption: ParsableArguments {
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func write(_ text: String) throws {
        try OutputFile.write(text, to: output)
    }
}
