// `claims speaker show NAME`.
import ArgumentParser
import ClaimsCore

extension Claims.Speaker {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Describe one speaker, found by name or alias.")

        @Argument(help: "A name or alias (case and accents do not matter).")
        var name: String
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: FormatOption

        func run() throws {
            let database = try connection.open()
            let speaker = try SpeakerStore(database).resolve(name)
            var query = ClaimQuery()
            query.speakers = [speaker.name]
            let claims = try ClaimStore(database).claims(query)
            switch output.format {
            case .json:
                struct Record: Encodable {
                    var speaker: SpeakerJSON
                    var claims: [ClaimJSON]
                }
                Terminal.print(try JSONOutput.render(Record(speaker: SpeakerJSON(speaker, claimCount: claims.count), claims: claims.map(ClaimJSON.init))))
            case .table:
                var pairs = [("speaker", "#\(speaker.id) \(speaker.name)")]
                if let role = speaker.role { pairs.append(("role", role)) }
                if let affiliation = speaker.affiliation { pairs.append(("affiliation", affiliation)) }
                if let wikidata = speaker.wikidataID { pairs.append(("wikidata", "https://www.wikidata.org/wiki/\(wikidata)")) }
                if !speaker.aliases.isEmpty { pairs.append(("aliases", speaker.aliases.joined(separator: ", "))) }
                pairs.append(("claims", String(claims.count)))
                Terminal.print(DetailRenderer(pairs: pairs).render())
                if !claims.isEmpty {
                    Terminal.print("")
                    Terminal.print(ClaimTable.render(claims, width: TextLayout.terminalWidth))
                }
            }
        }
    }
}
