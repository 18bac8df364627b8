// `claims source edit URL-or-ID`: add or correct the details a page did not state.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Add or correct a source's headline, outlet, publication date or language; the earlier version stays in its history.",
            discussion: """
                For a page imported without one of these (`claims source import` says which):
                  claims source edit 12 --published 2015-12-02 --outlet Xinhua
                Only what you give changes; `claims history` keeps the earlier version.
                """)

        @Argument(help: ArgumentHelp("The source's number or URL.", valueName: "url-or-id"))
        var reference: String
        @Option(help: ArgumentHelp("The headline.", valueName: "text"))
        var title: String?
        @Option(help: ArgumentHelp("Who published it.", valueName: "name"))
        var outlet: String?
        @Option(help: ArgumentHelp("Publication date.", valueName: "YYYY-MM-DD"))
        var published: String?
        @Option(help: ArgumentHelp("Language tag, e.g. en.", valueName: "code"))
        var language: String?
        @Option(help: ArgumentHelp("Why, for the record.", valueName: "text"))
        var reason: String?
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func validate() throws {
            if title == nil && outlet == nil && published == nil && language == nil {
                throw ValidationError("Nothing to change: give --title, --outlet, --published or --language.")
            }
        }

        func run() throws {
            let edit = SourceEdit(title: title, outlet: outlet, published: try published.map(DayArgument.parse), language: language)
            let (source, changed) = try connection.open().sources.edit(reference, edit, reason: reason)
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(SourceJSON(source)))
            case .table:
                Terminal.print(
                    changed.isEmpty
                        ? "Source #\(source.id) already reads so; nothing changed."
                        : "Edited source #\(source.id): \(changed.map { SourceDetailLines.label($0) }.joined(separator: ", ")).")
            }
        }
    }
}
