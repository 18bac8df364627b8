// `claims source import FILE`: record an article from a saved text file.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims.Source {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Record an article saved as plain text, finding its headline, outlet and date.",
            discussion: """
                The file may start with page furniture (menus, "You are here", ticker
                headlines), then the headline, a dateline such as "Xinhua, December 2, 2015",
                and the paragraphs; or: headline, outlet, "December 2, 2015", a blank line,
                the paragraphs. Furniture is dropped; the body is stored normalised and
                fingerprinted, so the same article is never recorded twice.
                Flags override what the file says, and supply what it does not.
                """)

        @Argument(help: ArgumentHelp("The text file, or - for standard input.", valueName: "file"))
        var file: String
        @Option(help: "The article's address (default: a urn:sha256 name from its text).")
        var url: String?
        @Option(help: "The headline, if the file's is wrong or missing.")
        var title: String?
        @Option(help: "Who published it, if the file does not say.")
        var outlet: String?
        @Option(help: ArgumentHelp("Publication date, if the file does not say.", valueName: "YYYY-MM-DD"))
        var published: String?
        @Option(help: ArgumentHelp("Language tag, e.g. en.", valueName: "code"))
        var language: String?
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let raw = try InputFile.read(file)
            let day = try published.map(DayArgument.parse)
            let (source, parsed) = try SourceStore(connection.open()).importArticle(
                raw, url: url, title: title, outlet: outlet, published: day, language: language)
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(SourceJSON(source)))
            case .table:
                let paragraphs = parsed.body.components(separatedBy: "\n\n").count
                Terminal.print("Imported source #\(source.id): \(source.title) (\(source.outlet), \(source.published)), \(paragraphs) paragraphs")
            }
        }
    }
}
