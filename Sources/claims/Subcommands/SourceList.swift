// `claims source list`.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List sources, newest first.")

        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let sources = try connection.open(writes: false).sources.list()
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(sources.map { SourceJSON($0.source) }))
            case .table:
                let rows = sources.map { entry in
                    [
                        String(entry.source.id), entry.source.publishedForPeople, entry.source.outletForPeople,
                        String(entry.claimCount), entry.source.titleForPeople,
                        entry.source.url,
                    ]
                }
                Terminal.print(
                    TableLayout(headers: ["ID", "PUBLISHED", "OUTLET", "CLAIMS", "TITLE", "URL"], rows: rows)
                        .render(fittingIn: TextLayout.tableWidth, shrinking: [4, 5, 2]))
            }
        }
    }
}
