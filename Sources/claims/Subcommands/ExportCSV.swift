// `claims export csv`: every claim as RFC 4180 CSV.
import ArgumentParser
import ClaimsCore

extension Claims.Export {
    struct CSV: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "csv", abstract: "Write every claim as RFC 4180 CSV (the columns of claims list --format csv).")

        @OptionGroup var file: OutputFileOption
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            try file.write(ClaimRows.csv(try connection.open(writes: false).claims.export(ClaimExportRequest())))
        }
    }
}
