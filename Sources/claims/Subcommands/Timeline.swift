// `claims timeline`: what was said, in order, and what later reporting did to it.
import ArgumentParser
import ClaimsCore
import FoundationEssentials

extension Claims {
    struct Timeline: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "timeline",
            abstract: "Print claims in date order, each followed by the later reports that corroborate (✓) or contradict (✗) it.",
            discussion: """
                Each follow-up shows its date, who and where, and the lag in days. Claims said
                the same day are ordered by when they were reported; a claim with no known
                date is placed at its report date and marked *.
                """)

        @Option(name: .customLong("speaker"), help: "Only claims by this speaker (repeatable).")
        var speakers: [String] = []
        @Option(help: "Only claims with this topic.")
        var topic: String?
        @Option(help: ArgumentHelp("From this date.", valueName: "date"))
        var since: String?
        @Option(help: ArgumentHelp("Up to this date.", valueName: "date"))
        var until: String?
        @Flag(help: "Also show claims that were retracted.")
        var includeRetracted = false
        @Option(help: ArgumentHelp("The HTML page's title (default: who and when, from the claims shown).", valueName: "text"))
        var title: String?
        @OptionGroup var appearances: AppearanceOption
        @OptionGroup var format: FormatOption<TimelineFormat>
        @OptionGroup var file: OutputFileOption
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func run() throws {
            let request = TimelineRequest(
                ClaimSelection(
                    speakers: speakers, topic: topic, since: try since.map { try SaidDate.parse($0) },
                    until: try until.map { try SaidDate.parse($0) }, includeRetracted: includeRetracted,
                    includeAppearances: appearances.allAppearances))
            let store = try connection.open(writes: false).claims
            var count = 0
            try file.write { output in try write(store, request, to: output, count: &count) }
            if let output = file.output {
                Terminal.note("claims: wrote the timeline of \(count) claim\(count == 1 ? "" : "s") to \(output)")
            }
        }

        private func write(_ store: ClaimStore, _ request: TimelineRequest, to file: OutputFile, count: inout Int) throws {
            switch format.format {
            case .json:
                // Streamed as the rows arrive: a busy speaker's timeline runs to tens of thousands of claims.
                count = try Self.writeJSON(store, request) { chunk in try file.write(chunk) }
            case .text, .markdown, .html:
                let claims = try store.timeline(request)
                count = claims.count
                var text = switch format.format {
                case .markdown: TimelineRenderer.markdown(claims)
                case .html:
                    TimelineHTML.render(
                        claims,
                        context: TimelineHTML.Context(
                            title: title, speakers: speakers, topic: topic, since: try since.map { try SaidDate.parse($0) },
                            until: try until.map { try SaidDate.parse($0) }, includeRetracted: includeRetracted))
                default: TimelineRenderer.text(claims, width: TextLayout.tableWidth ?? 80)
                }
                if !text.hasSuffix("\n") { text += "\n" }
                try file.write(text)
            }
        }

        /// `{"entries": [...]}` through JSONWriter, handed to `sink` in chunks of about 64 KiB.
        ///
        /// - Returns: the number of claims written.
        static func writeJSON(_ store: ClaimStore, _ request: TimelineRequest, sink: ([UInt8]) throws -> Void) throws -> Int {
            var count = 0
            var writer = JSONWriter()
            try writer.object { json in
                json.key("entries")
                try json.array { json in
                    try store.forEachTimelineClaim(request) { claim in
                        json.element(ClaimJSON(claim))
                        count += 1
                        if json.bytes.count >= 1 << 16 { try sink(json.drain()) }
                    }
                }
            }
            try sink(writer.drain() + [0x0A])
            return count
        }
    }
}
