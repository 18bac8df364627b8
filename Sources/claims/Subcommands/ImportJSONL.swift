// `claims import jsonl FILE`: all or nothing, merging by natural keys.
import ArgumentParser
import ClaimsCore

extension Claims.Import {
    struct JSONL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jsonl",
            abstract: "Import a file written by claims export jsonl: all of it, or nothing.",
            discussion: """
                Records merge into existing data by natural keys (speaker name or alias, outlet name,
                source URL; a claim by speaker, source, text and date), so importing a file twice
                adds nothing. A bad line stops the import with its line number; nothing is written.
                """)

        @Argument(help: ArgumentHelp("The JSONL file, or - for standard input.", valueName: "file"))
        var file: String
        @OptionGroup var connection: ConnectionOptions

        func run() throws {
            let text = try InputFile.read(file)
            let summary = try JSONLExchange(connection.open()).importLines(text)
            Terminal.print(
                "Imported \(summary.lines) lines: \(summary.speakers) new speakers, \(summary.outlets) outlets, "
                    + "\(summary.sources) sources, \(summary.claims) claims, \(summary.links) links, \(summary.reviews) reviews.")
        }
    }
}
