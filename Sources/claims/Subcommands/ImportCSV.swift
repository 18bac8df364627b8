// `claims import csv FILE`: bulk loading through COPY.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims.Import {
    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv",
            abstract: "Bulk-load claims from CSV through COPY: all rows, or none.",
            discussion: """
                The first row names the columns, in any order:
                  speaker, text, source_url      required
                  said                           YYYY-MM-DD, YYYY-MM or YYYY
                  source_title, outlet, published   for a source not yet recorded (the first row
                                                 that gives all three records it)
                  via, topics                    lists separated by ";"
                  kind                           quote (default) or paraphrase
                Other columns (such as those of claims export csv) are ignored. New speakers
                and outlets are added. One bad row fails the import with its line and reason,
                and nothing is written; --skip-invalid writes the good rows and reports each
                bad one. A row that repeats a claim recorded before the import in another
                source (the same speaker, said within a day, words 80% alike) is recorded as
                another report of it (an appearance), and the summary says how many.
                """)

        @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file"))
        var file: String
        @Flag(help: "Write the good rows and report each bad one, instead of failing the whole import.")
        var skipInvalid = false
        @Flag(name: .shortAndLong, help: "No progress on stderr.")
        var quiet = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let (handle, size) = try InputFile.open(file)
            var reader = CSVReader(nextChunk: { try InputFile.chunk(of: handle, file) })
            let meter = ProgressMeter(quiet: quiet, totalBytes: size)
            let database = try connection.open()
            let summary = try Interruption.whileImporting { committing in
                try database.csvImport.importCSV(
                    &reader, skipInvalid: skipInvalid, progress: meter.update, merging: meter.merging, committing: committing)
            }
            meter.finish()
            for problem in summary.skipped {
                Terminal.note("claims: skipped line \(problem.line): \(problem.error.message)")
            }
            Terminal.print(
                "Imported \(summary.claims) of \(counted(summary.rows, "row")): \(counted(summary.speakers, "new speaker")), "
                    + "\(counted(summary.sources, "source")), \(counted(summary.outlets, "outlet"))"
                    + (summary.skipped.isEmpty ? "." : "; skipped \(summary.skipped.count)."))
            if summary.appearances > 0 {
                Terminal.print(AppearanceNotes.attached(summary.appearances))
            }
        }
    }
}
