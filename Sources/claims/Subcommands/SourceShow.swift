// `claims source show URL-or-ID [--original]`.
import ArgumentParser
import ClaimsCore
#if canImport(Glibc)
    import Glibc
#endif

extension Claims.Source {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Describe a source: its details and where each came from, its text with every recorded quote marked ⟦…⟧#id, and its claims.",
            discussion: """
                --original writes the page the source was imported from, byte for byte, as it
                was fetched or saved:
                  claims source show 12 --original > page.html
                """)

        @Argument(help: ArgumentHelp("The source's number or URL.", valueName: "url-or-id"))
        var reference: String
        @Flag(help: "Write the saved page's bytes to standard output instead.")
        var original = false
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let database = try connection.open(writes: false)
            let store = database.sources
            guard let source = try store.resolve(reference) else {
                throw ClaimsError.sourceNotFound(reference: reference)
            }
            if original {
                let bytes = try store.originalBytes(of: source)
                guard FileDescriptor.standardOutput.write(bytes) else {
                    throw CommandFailure(message: "cannot write the page to standard output: \(FileError(errno: errno))")
                }
                return
            }
            let details = try store.details(of: source)
            let claims = try database.claims.page(ClaimPageRequest(ClaimSelection(source: String(source.id)), order: .oldestFirst))
            switch output.format {
            case .json:
                struct Record: Encodable {
                    var source: SourceDetailJSON
                    var claims: [ClaimJSON]
                }
                Terminal.print(try JSONOutput.render(Record(source: SourceDetailJSON(details), claims: claims.map(ClaimJSON.init))))
            case .table:
                var pairs = [("source", "#\(source.id)")] + SourceDetailLines.pairs(details, fields: SourceField.allCases)
                pairs.append(("full text", source.hasText ? "stored" : "not stored"))
                pairs.append(("claims", String(claims.count)))
                Terminal.print(DetailRenderer(pairs: pairs).render())
                if let text = details.text {
                    Terminal.print("")
                    Terminal.print(MarkedArticle.render(text, claims: claims, width: min(TextLayout.terminalWidth, 100)))
                }
                if !claims.isEmpty {
                    Terminal.print("")
                    Terminal.print(ClaimTable.render(claims, width: TextLayout.tableWidth))
                }
            }
        }
    }
}
