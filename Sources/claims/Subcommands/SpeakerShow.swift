// `claims speaker show NAME`: who the speaker is, and their record.
import ArgumentParser
import ClaimsCore

extension Claims.Speaker {
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Show a speaker's record: claims by status, first and last dated claim, outlets, most contradicted claims.")

        @Argument(help: "A name or alias (case and accents do not matter).")
        var name: String
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let database = try connection.open(writes: false)
            let record = try database.speakers.record(name)
            let claims = try database.claims.page(ClaimPageRequest(ClaimSelection(speakers: [record.speaker.name])))
            switch output.format {
            case .json:
                Terminal.print(try JSONOutput.render(SpeakerRecordJSON(record: record, claims: claims)))
            case .table:
                Terminal.print(SpeakerRecordRenderer.render(record))
                if !claims.isEmpty {
                    Terminal.print("")
                    Terminal.print(ClaimTable.render(claims, width: TextLayout.tableWidth))
                }
            }
        }
    }
}

struct SpeakerRecordJSON: Encodable {
    struct Outlet: Encodable {
        var outlet: String
        var claims: Int
    }

    struct Contradicted: Encodable {
        var claimID: Int
        var text: String
        @EncodesNull var said: String?
        var contradictions: Int

        enum CodingKeys: String, CodingKey {
            case claimID = "claim_id", text, said, contradictions
        }
    }

    var speaker: SpeakerJSON
    var byStatus: [String: Int]
    @EncodesNull var firstDated: String?
    @EncodesNull var lastDated: String?
    var outlets: [Outlet]
    var mostContradicted: [Contradicted]
    var claims: [ClaimJSON]

    enum CodingKeys: String, CodingKey {
        case speaker, byStatus = "by_status", firstDated = "first_dated", lastDated = "last_dated", outlets
        case mostContradicted = "most_contradicted", claims
    }

    init(record: SpeakerRecord, claims: [Claim]) {
        speaker = SpeakerJSON(record.speaker, claimCount: record.total)
        byStatus = Dictionary(uniqueKeysWithValues: record.byStatus.map { ($0.key.rawValue, $0.value) })
        firstDated = record.firstDated?.description
        lastDated = record.lastDated?.description
        outlets = record.outlets.map { Outlet(outlet: $0.outlet, claims: $0.claims) }
        mostContradicted = record.mostContradicted.map {
            Contradicted(claimID: $0.claimID, text: $0.text, said: $0.said?.description, contradictions: $0.contradictions)
        }
        self.claims = claims.map(ClaimJSON.init)
    }
}

enum SpeakerRecordRenderer {
    static func render(_ record: SpeakerRecord) -> String {
        let speaker = record.speaker
        var pairs = [("speaker", "#\(speaker.id) \(speaker.name)")]
        if let role = speaker.role { pairs.append(("role", role)) }
        if let affiliation = speaker.affiliation { pairs.append(("affiliation", affiliation)) }
        if let wikidata = speaker.wikidataID { pairs.append(("wikidata", "https://www.wikidata.org/wiki/\(wikidata)")) }
        if !speaker.aliases.isEmpty { pairs.append(("aliases", speaker.aliases.joined(separator: ", "))) }
        let statuses = ClaimStatus.allCases.map { "\(record.byStatus[$0] ?? 0) \($0.rawValue)" }.joined(separator: ", ")
        pairs.append(("claims", "\(record.total): \(statuses)"))
        if let first = record.firstDated, let last = record.lastDated { pairs.append(("dated", "\(first) to \(last)")) }
        if !record.outlets.isEmpty {
            pairs.append(("outlets", record.outlets.map { "\($0.outlet) (\($0.claims))" }.joined(separator: ", ")))
        }
        var text = DetailRenderer(pairs: pairs).render()
        if !record.mostContradicted.isEmpty {
            text += "\n\nMost contradicted:\n" + record.mostContradicted.map { claim in
                "  ✗×\(claim.contradictions) #\(claim.claimID) \(claim.said?.description ?? "undated"): "
                    + TextLayout.fit(TextLayout.singleLine(claim.text), to: 60)
            }.joined(separator: "\n")
        }
        return text
    }
}
