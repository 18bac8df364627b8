// `claims db url`: the database commands use, and why that one.
import ArgumentParser
import ClaimsCore

extension Claims.Database {
    struct URL: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "url",
            abstract: "Print the URL of the database in use (passwords masked); say why on stderr.",
            discussion: "The URL goes to stdout, so `psql \"$(claims db url)\"` opens the same database.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        struct Report: Encodable {
            var url: String
            var source: String
            var reason: String
        }

        func run() throws {
            let location = try connection.location()
            switch output.format {
            case .json:
                Terminal.print(
                    try JSONOutput.render(
                        Report(url: location.displayString, source: location.source.name, reason: location.reason)))
            case .table:
                Terminal.print(location.displayString)
                if !connection.verbose { Terminal.note("claims: \(location.reason)") }
            }
        }
    }
}
