// `claims list`: claims, newest statement first.
import ArgumentParser
import ClaimsCore

extension Claims {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List claims, newest statement first.",
            discussion: """
                Claims with no known date come after dated ones, ordered by report date.
                A month or year ("2015-12") sorts at its first day, next to the claims of
                that day; claims of the same day are ordered by report date.
                --oldest-first puts dated claims oldest first (undated still last).
                On a terminal the table fits its width, long words wrapping in their
                column, as psql's wrapped format does; to a pipe or a file every cell is
                whole. Nothing is ever cut.
                """)

        @Option(help: "Only claims by this speaker (name or alias).")
        var speaker: String?
        @Option(help: "Only claims with this topic.")
        var topic: String?
        @Option(help: ArgumentHelp("Only claims from this source (number or URL).", valueName: "url-or-id"))
        var source: String?
        @Option(help: ArgumentHelp("Only claims said on or after this date.", valueName: "date"))
        var since: String?
        @Option(help: ArgumentHelp("Only claims said on or before this date.", valueName: "date"))
        var until: String?
        @Option(help: "Only claims with this status.")
        var status: ClaimStatus?
        @Option(help: "At most this many claims.")
        var limit: Int?
        @Flag(help: "Oldest statement first.")
        var oldestFirst = false
        @Flag(help: "Also show claims that were retracted.")
        var includeRetracted = false
        @Option(help: ArgumentHelp(
            "The record as it stood then, rebuilt from the history: texts, dates, retractions and links (names and sources as now).",
            valueName: "timestamp"))
        var asOf: String?
        @Option(help: ArgumentHelp("The next page: claims after this claim number, in the same order (with --limit).", valueName: "id"))
        var after: Int?
        @OptionGroup var appearances: AppearanceOption
        @OptionGroup var output: FormatOption<ListFormat>
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more.") }
        }

        func run() throws {
            let selection = ClaimSelection(
                speakers: speaker.map { [$0] } ?? [], topic: topic, source: source,
                since: try since.map { try SaidDate.parse($0) }, until: try until.map { try SaidDate.parse($0) },
                status: status, includeRetracted: includeRetracted, includeAppearances: appearances.allAppearances)
            let store = try connection.open(writes: false).claims
            let claims = try store.page(
                ClaimPageRequest(
                    selection, order: oldestFirst ? .oldestFirst : .newestFirst, limit: limit, after: after,
                    asOf: try asOf.map { try store.instant($0) }))
            switch output.format {
            case .json: Terminal.print(JSONWriter.render(claims.map(ClaimJSON.init)))
            case .csv: Terminal.write(ClaimRows.csv(claims))
            case .markdown: Terminal.print(ClaimRows.markdown(claims))
            case .table:
                Terminal.print(claims.isEmpty ? "No claims match." : ClaimTable.render(claims, width: TextLayout.tableWidth))
            }
        }
    }
}

extension ClaimStatus: ExpressibleByArgument {}
