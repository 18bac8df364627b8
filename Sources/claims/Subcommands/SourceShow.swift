// `claims source show URL-or-ID`.
import ArgumentParser
import ClaimsCore

extension Claims.Source {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Describe a source: its details, its text with every recorded quote marked ⟦…⟧#id, and its claims.")

        @Argument(help: ArgumentHelp("The source's number or URL.", valueName: "url-or-id"))
        var reference: String
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let database = try connection.open(writes: false)
            guard let source = try SourceStore(database).resolve(reference) else {
                throw ClaimsError.sourceNotFound(reference: reference)
            }
            var query = ClaimQuery()
            query.source = String(source.id)
            query.oldestFirst = true
            let claims = try ClaimStore(database).claims(query)
            switch output.format {
            case .json:
                struct Record: Encodable {
                    var source: SourceJSON
                    var claims: [ClaimJSON]
                }
                Terminal.print(try JSONOutput.render(Record(source: SourceJSON(source), claims: claims.map(ClaimJSON.init))))
            case .table:
                var pairs = [
                    ("source", "#\(source.id) \(source.title)"), ("url", source.url), ("outlet", source.outlet),
                    ("published", source.published.description),
                ]
                if let language = source.language { pairs.append(("language", language)) }
                pairs.append(("full text", source.hasText ? "stored" : "not stored"))
                pairs.append(("claims", String(claims.count)))
                Terminal.print(DetailRenderer(pairs: pairs).render())
                if let text = try SourceStore(database).fullText(sourceID: source.id) {
                    Terminal.print("")
                    Terminal.print(MarkedArticle.render(text, claims: claims, width: min(TextLayout.terminalWidth, 100)))
                }
                if !claims.isEmpty {
                    Terminal.print("")
                    Terminal.print(ClaimTable.render(claims, width: TextLayout.terminalWidth))
                }
            }
        }
    }
}
