// `claims speaker list`.
import ArgumentParser
import ClaimsCore

extension Claims.Speaker {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List speakers with their claim counts.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let speakers = try connection.open(writes: false).speakers.list()
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(speakers.map { SpeakerJSON($0.speaker, claimCount: $0.claimCount) }))
            case .table:
                let rows = speakers.map { summary in
                    [
                        String(summary.speaker.id), summary.speaker.name, summary.speaker.role ?? "",
                        summary.speaker.affiliation ?? "", String(summary.claimCount),
                        summary.speaker.aliases.joined(separator: ", "),
                    ]
                }
                Terminal.print(
                    TableLayout(headers: ["ID", "NAME", "ROLE", "AFFILIATION", "CLAIMS", "ALIASES"], rows: rows)
                        .render(fittingIn: TextLayout.tableWidth, shrinking: [5, 2, 3, 1]))
            }
        }
    }
}
