// `claims timeline`: what was said, in order, and what later reporting did to it.
import ArgumentParser
import ClaimsCore
import Foundation

extension Claims {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print claims in date order, each followed by the later reports that corroborate (✓) or contradict (✗) it.",
            discussion: """
                Each follow-up shows its date, who and where, and the lag in days. Claims said
                the same day are ordered by when they were reported; a claim with no known
                date is placed at its report date and marked *.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, json, html }

        @Option(name: .customLong("speaker"), help: "Only claims by this speaker (repeatable).")
        var speakers: [String] = []
        @Option(help: "Only claims with this topic.")
        var topic: String?
        @Option(help: ArgumentHelp("From this date.", valueName: "date"))
        var since: String?
        @Option(help: ArgumentHelp("Up to this date.", valueName: "date"))
        var until: String?
        @Option(help: "Output format: text for a terminal (80 columns), markdown for an article, json, or html: one self-contained page with a picture.")
        var format: Format = .text
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
        var output: String?
        @OptionGroup var connection: ConnectionOptions

        func run() throws {
            var query = ClaimQuery()
            query.speakers = speakers
            query.topic = topic
            query.since = try since.map { try SaidDate.parse($0) }
            query.until = try until.map { try SaidDate.parse($0) }
            let claims = try ClaimStore(connection.open()).timeline(query)
            let rendered: String
            switch format {
            case .text: rendered = TimelineRenderer.text(claims)
            case .markdown: rendered = TimelineRenderer.markdown(claims)
            case .html:
                rendered = TimelineHTML.render(claims)
            case .json:
                struct Document: Encodable { var entries: [ClaimJSON] }
                rendered = try JSONOutput.render(Document(entries: claims.map(ClaimJSON.init)))
            }
            if let output {
                do {
                    try (rendered.hasSuffix("\n") ? rendered : rendered + "\n").write(toFile: output, atomically: true, encoding: .utf8)
                } catch {
                    throw ClaimsError.unwritableFile(path: output, reason: CommandFailure.describe(error))
                }
                Terminal.note("claims: wrote the timeline of \(claims.count) claim\(claims.count == 1 ? "" : "s") to \(output)")
            } else {
                Terminal.print(rendered)
            }
        }
    }
}
