// `claims search QUERY`: full-text search, best matches first.
import ArgumentParser
import ClaimsCore
import FoundationEssentials
import Basics

#if canImport(Glibc)
    import Glibc
#endif

extension Claims {
    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "search",
            abstract: "Search claim text, best matches first, with the matching words marked.",
            discussion: """
                QUERY uses web search syntax: words (all must match), "an exact phrase",
                -word to exclude, or between alternatives. Accents and case do not matter,
                and words are matched by stem in the claim's language (from its source).
                Example: claims search 'oil -coordination "used against terrorism"'
                """)

        @Argument(help: "What to look for.")
        var query: String
        @Option(help: "Only claims by this speaker (name or alias).")
        var speaker: String?
        @Option(help: ArgumentHelp("Only claims said on or after this date.", valueName: "date"))
        var since: String?
        @Option(help: ArgumentHelp("Only claims said on or before this date.", valueName: "date"))
        var until: String?
        @Option(help: "At most this many claims (default \(SearchRequest.defaultLimit)).")
        var limit: Int?
        @OptionGroup var appearances: AppearanceOption
        @OptionGroup var output: FormatOption<TableOrJSON>
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions

        func validate() throws {
            if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more.") }
        }

        func run() throws {
            let selection = ClaimSelection(
                speakers: speaker.map { [$0] } ?? [], since: try since.map { try SaidDate.parse($0) },
                until: try until.map { try SaidDate.parse($0) }, includeAppearances: appearances.allAppearances)
            let hits = try connection.open(writes: false).claims.search(SearchRequest(query, selection, limit: limit ?? SearchRequest.defaultLimit))
            switch output.format {
            case .json:
                struct Hit: Encodable {
                    var claim: ClaimJSON
                    var rank: Double
                    var headline: String
                }
                Terminal.print(
                    try JSONOutput.render(hits.map {
                        Hit(claim: ClaimJSON($0.claim), rank: $0.rank, headline: Highlight.marked($0, start: "«", stop: "»"))
                    }))
            case .table:
                guard !hits.isEmpty else {
                    Terminal.print("No claims match.")
                    return
                }
                let bold = TextLayout.writesToTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
                Terminal.print(SearchTable.render(hits, width: TextLayout.tableWidth, bold: bold))
            }
        }
    }
}

/// The `claims search` table: a row per hit, matches marked. On a terminal it fits the width: the
/// text is cut to its column with "…" (marks and all), the source and speaker columns wrap.
enum SearchTable {
    static let headers = ["ID", "SAID", "SPEAKER", "SOURCE", "TEXT"]

    /// - Parameter width: the terminal's (`TextLayout.tableWidth`); nil to print every word.
    static func render(_ hits: [SearchHit], width: Int?, bold: Bool) -> String {
        let plain = hits.map { hit in
            [
                String(hit.claim.id), hit.claim.said?.description ?? "-", hit.claim.speakerName, hit.claim.source.outletForPeople,
                // The room the text needs, its marks included where they take room.
                TextLayout.singleLine(bold ? hit.headline : Highlight.marked(hit, start: "**", stop: "**")),
            ]
        }
        // A SAID column wide enough for a full date, whatever this page holds.
        let layout = TableLayout(headers: headers, rows: plain, minimumWidths: [0, 10])
        let widths = width.map { layout.fitted(within: $0, shrinking: [4, 3, 2]) } ?? layout.widths
        let textWidth = width == nil ? Int.max : widths[4]
        let rows = zip(hits, plain).map { hit, row in Array(row.dropLast()) + [Highlight.fit(hit, width: textWidth, bold: bold)] }
        return TableLayout(headers: headers, rows: rows, minimumWidths: [0, 10])
            .render(rule: false, columnWidths: widths, wrapsLastColumn: false)
    }
}

/// Shows a hit's matching words in bold (on a terminal) or between marks (elsewhere).
enum Highlight {
    /// The headline with `start` and `stop` around each match.
    static func marked(_ hit: SearchHit, start: String, stop: String) -> String {
        var result = ""
        var cursor = hit.headline.startIndex
        for range in hit.highlights {
            result += hit.headline[cursor..<range.lowerBound] + start + hit.headline[range] + stop
            cursor = range.upperBound
        }
        return result + hit.headline[cursor...]
    }

    /// On one line (white space runs become one space), cut to `width` with "…", matches in bold
    /// or between `**` (which then take room of their own); a match cut short is closed.
    static func fit(_ hit: SearchHit, width: Int, bold: Bool) -> String {
        let whole = cut(hit, width: Int.max, bold: bold)
        return whole.visible <= width ? whole.text : cut(hit, width: width, bold: bold).text
    }

    /// The text cut with room kept for "…", and how many characters of it are visible.
    private static func cut(_ hit: SearchHit, width: Int, bold: Bool) -> (text: String, visible: Int) {
        let open = bold ? "\u{1B}[1m" : "**"
        let close = bold ? "\u{1B}[0m" : "**"
        let markWidth = bold ? 0 : 2
        let starts = Set(hit.highlights.map(\.lowerBound))
        let ends = Set(hit.highlights.map(\.upperBound))
        var result = ""
        var visible = 0
        var inside = false
        var pendingSpace = false
        var cut = false
        /// Whether `more` visible characters fit, with room kept for an open match's close and "…".
        func fits(_ more: Int) -> Bool { visible + more + (inside ? markWidth : 0) <= width - 1 }
        let text = hit.headline
        for index in text.indices {
            if inside, ends.contains(index) {
                result += close
                visible += markWidth
                inside = false
            }
            let character = text[index]
            if character.isWhitespace {
                pendingSpace = pendingSpace || visible > 0 || !result.isEmpty
                continue
            }
            if pendingSpace {
                pendingSpace = false
                guard fits(1) else {
                    cut = true
                    break
                }
                result += " "
                visible += 1
            }
            if starts.contains(index) {
                guard fits(2 * markWidth + 1) else {
                    cut = true
                    break
                }
                result += open
                visible += markWidth
                inside = true
            }
            guard fits(1) else {
                cut = true
                break
            }
            result.append(character)
            visible += 1
        }
        if cut {
            result = result.trimmingTrailingSpaces() + "…"
        }
        if inside { result += close }
        return (result, visible)
    }
}
