// `claims import csv FILE`: bulk loading through COPY.
import ArgumentParser
import ClaimsCore
import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
                Other columns (such as those of claims export csv) are ignored. New speakers and
                outlets are added. One bad row fails the import with its line and reason, and
                nothing is written; --skip-invalid writes the good rows and reports each bad one.
                """)

        @Argument(help: ArgumentHelp("The CSV file, or - for standard input.", valueName: "file"))
        var file: String
        @Flag(help: "Write the good rows and report each bad one, instead of failing the whole import.")
        var skipInvalid = false
        @Flag(name: .shortAndLong, help: "No progress on stderr.")
        var quiet = false
        @OptionGroup var connection: ConnectionOptions

        func run() throws {
            let (handle, size) = try InputFile.open(file)
            var reader = CSVReader(nextChunk: {
                let data = handle.readData(ofLength: 1 << 20)
                return data.isEmpty ? nil : Array(data)
            })
            let meter = ProgressMeter(quiet: quiet, totalBytes: size)
            let summary = try CSVImport(connection.open()).importCSV(&reader, skipInvalid: skipInvalid, progress: meter.update)
            meter.finish()
            for problem in summary.skipped {
                Terminal.note("claims: skipped line \(problem.line): \(problem.reason)")
            }
            Terminal.print(
                "Imported \(summary.claims) of \(summary.rows) rows: \(summary.speakers) new speakers, "
                    + "\(summary.sources) sources, \(summary.outlets) outlets"
                    + (summary.skipped.isEmpty ? "." : "; skipped \(summary.skipped.count)."))
        }
    }
}

/// Progress on standard error: a bar on a terminal, a line every 100,000 rows otherwise. The
/// share done is measured in bytes of the file (rows are not known before they are read).
final class ProgressMeter {
    let quiet: Bool
    let totalBytes: Int?
    let terminal = isatty(STDERR_FILENO) == 1
    let started = Date()
    var lastLine = 0
    var drew = false

    init(quiet: Bool, totalBytes: Int?) {
        self.quiet = quiet
        self.totalBytes = totalBytes
    }

    func update(_ rows: Int, _ bytes: Int) {
        guard !quiet, rows > 0 else { return }
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(rows) / elapsed
        if terminal {
            var text = "\r\(rows) rows, \(Int(rate)) rows/s"
            if let totalBytes, totalBytes > 0 {
                let share = min(1, Double(bytes) / Double(totalBytes))
                let width = 30
                let filled = Int(Double(width) * share)
                let left = share > 0 ? elapsed * (1 - share) / share : 0
                text = "\r" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                    + " \(Int(share * 100))% \(rows) rows, \(Int(rate)) rows/s, \(Int(left.rounded())) s left "
            }
            FileHandle.standardError.write(Data(text.utf8))
            drew = true
        } else if rows - lastLine >= 100_000 {
            Terminal.note("claims: loaded \(rows) rows (\(Int(rate)) rows/s)")
            lastLine = rows
        }
    }

    func finish() {
        if drew { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
