// Plain-text tables: a header, a rule, and left-aligned columns; and key: value details.

/// The one table layout: each column as wide as its widest cell (or header), two spaces between
/// columns, the last one never padded.
struct TableLayout {
    var headers: [String]
    var rows: [[String]]
    /// Columns never narrower than these (a date column keeps room for a full date).
    var minimumWidths: [Int] = []

    /// The width of each column, header included.
    var widths: [Int] {
        var widths = headers.enumerated().map { index, header in
            max(header.count, index < minimumWidths.count ? minimumWidths[index] : 0)
        }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.count)
            }
        }
        return widths
    }

    /// The table; `rule` puts a line of dashes under the header.
    ///
    /// With a `width` (a terminal's), the table fits it as psql's `\pset format wrapped` does: the
    /// columns in `shrinking` give up room, the widest first (the first of them, the table's main
    /// text, counted at half its width, so it keeps the most), each down to
    /// `TableLayout.narrowest` characters; a cell wider than its column wraps onto more lines of
    /// its row. Nothing is cut. Without one (output to a pipe or a file) every column is as wide
    /// as it needs.
    func render(rule: Bool = true, fittingIn width: Int? = nil, shrinking: [Int] = []) -> String {
        render(rule: rule, columnWidths: width.map { fitted(within: $0, shrinking: shrinking) } ?? widths)
    }

    /// The table with the columns `columnWidths` wide; `wrapsLastColumn: false` leaves the last
    /// column's cells as they are (the caller fitted them, marks and all).
    func render(rule: Bool = true, columnWidths widths: [Int], wrapsLastColumn: Bool = true) -> String {
        func lines(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { index, cell in
                cell.count <= widths[index] || (!wrapsLastColumn && index == cells.count - 1)
                    ? [cell] : TextLayout.wrapCell(cell, width: widths[index])
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                wrapped.enumerated().map { index, cellLines in
                    let text = row < cellLines.count ? cellLines[row] : ""
                    return index == cells.count - 1 ? text : text + String(repeating: " ", count: max(0, widths[index] - text.count))
                }.joined(separator: "  ").trimmingTrailingSpaces()
            }
        }
        var output = lines(headers)
        if rule { output += lines(widths.map { String(repeating: "-", count: $0) }) }
        for row in rows { output += lines(row) }
        return output.joined(separator: "\n")
    }

    /// A column is never squeezed below this many characters to fit a terminal.
    static let narrowest = 8

    /// The column widths that fit `width`, taking room from the `shrinking` columns.
    func fitted(within width: Int, shrinking: [Int]) -> [Int] {
        var widths = widths
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
        let columns = shrinking.filter { $0 < widths.count }
        while excess > 0 {
            let candidates = columns.filter { widths[$0] > Self.narrowest }
            let weight = { (index: Int) in Double(widths[index]) / (index == columns.first ? 2 : 1) }
            guard let widest = candidates.max(by: { weight($0) < weight($1) }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}

extension String {
    /// Without the spaces at its end (a padded last-but-one column leaves them on a short row).
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

/// "key: value" lines with the values aligned, for describing one thing.
struct DetailRenderer {
    var pairs: [(String, String)]

    /// - Parameter width: on a terminal its width (the default), and values wrap under
    ///   themselves to fit it; nil (a pipe or a file) leaves each value on its lines as it is.
    func render(width: Int? = TextLayout.tableWidth) -> String {
        let keyWidth = (pairs.map(\.0.count).max() ?? 0) + 2
        let indent = String(repeating: " ", count: keyWidth)
        return pairs.map { key, value in
            let lines = value.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
                guard let width, keyWidth + line.count > width else { return [String(line)] }
                // A continuation line of the value keeps its own indent under the value.
                let lead = line.prefix(while: { $0 == " " })
                return TextLayout.wrapCell(String(line.dropFirst(lead.count)), width: max(10, width - keyWidth - lead.count))
                    .map { String(lead) + $0 }
            }
            return ((key.isEmpty ? "" : key + ":").padded(to: keyWidth) + (lines.first ?? ""))
                + lines.dropFirst().map { "\n" + indent + $0 }.joined()
        }.joined(separator: "\n")
    }
}
