// `claims drift ID`: how a statement's words changed from report to report.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct Drift: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drift",
            abstract: "Show how a statement's words changed across its appearances.",
            discussion: """
                Each report of the statement (claims link B same-statement A) is set against the
                earliest: the words it left out, added and changed, and a similarity from 0 to 1
                (the share of words in common, in order). Below \(String(format2: QuoteDrift.threshold)) a report has drifted.
                A report is marked as a translation when its source's language differs from the
                earliest's, or its link's note says it translates.

                Give the statement or any of its appearances:
                  claims drift 20
                  claims drift 20 --format json
                """)

        @Argument(help: "The claim's number (the statement, or one of its appearances).")
        var id: Int
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let store = try connection.open(writes: false).claims
            var claim = try store.claim(id: id)
            if let statement = claim.appearanceOf { claim = try store.claim(id: statement) }
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(DriftReportJSON(claim: claim)))
            case .table:
                let width = TextLayout.terminalWidth
                var lines = ["#\(claim.id) \(claim.speakerName), \(claim.effectiveDate.forPeople), \(claim.source.outletForPeople)"]
                lines += TextLayout.wrap(claim.wordsForPeople, width: max(20, width - 4)).map { "    " + $0 }
                let appearances = EvidenceText.appearanceLines(claim, width: width)
                lines += appearances.isEmpty ? ["", "No other report of this statement is recorded; link one with: claims link B same-statement \(claim.id)"] : appearances
                Terminal.print(lines.joined(separator: "\n"))
            }
        }
    }
}

/// `claims drift --format json`: the statement, and each appearance against the earliest report.
struct DriftReportJSON: JSONShape {
    var claim: Claim

    func members(_ json: inout some JSONMembers) {
        json.member("appearances", claim.appearances.map(AppearanceJSON.init))
        json.member("claim_id", claim.id)
        json.member("drift", claim.driftFromEarliest.map(DriftJSON.init))
        json.member("text", claim.text)
    }
}
