// `claims import jsonl FILE`: all or nothing, merging by natural keys.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims.Import {
    struct JSONL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "jsonl",
            abstract: "Import a file written by claims export jsonl: all of it, or nothing.",
            discussion: """
                Records merge into existing data by natural keys (speaker name or alias, outlet
                name, source URL; a claim by speaker, source, text and date), so importing a
                file twice adds nothing. A bad line stops the import with its line number;
                nothing is written. The file is streamed through COPY into a staging table and
                merged with a few set-based statements, so a million lines take minutes, not
                hours; progress goes to stderr (a bar on a terminal) unless --quiet. A claim
                that repeats one recorded before the import in another source (the same speaker,
                said within a day, words 80% alike) is recorded as another report of it (an
                appearance); the file's own same-statement links stand as exported.
                """)

        @Argument(help: ArgumentHelp("The JSONL file, or - for standard input.", valueName: "file"))
        var file: String
        @Flag(name: .shortAndLong, help: "No progress on stderr.")
        var quiet = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let (handle, size) = try InputFile.open(file)
            var reader = LineReader(nextChunk: { try InputFile.chunk(of: handle, file) })
            let meter = ProgressMeter(quiet: quiet, totalBytes: size, unit: "lines")
            let database = try connection.open()
            let summary = try Interruption.whileImporting { committing in
                try database.jsonl.importLines(&reader, progress: meter.update, committing: committing)
            }
            meter.finish()
            Terminal.print(
                "Imported \(counted(summary.lines, "line")): \(counted(summary.speakers, "new speaker")), "
                    + "\(counted(summary.outlets, "outlet")), \(counted(summary.sources, "source")), \(counted(summary.claims, "claim")), "
                    + "\(counted(summary.links, "link")), \(counted(summary.reviews, "review")).")
            if summary.appearances > 0 {
                Terminal.print(AppearanceNotes.attached(summary.appearances))
            }
        }
    }
}
