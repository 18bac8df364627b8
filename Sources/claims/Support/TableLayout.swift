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

    /// The room left for column `index` (a quote, a text) in a table `width` characters wide once
    /// the other columns and the gaps are laid out: never less than 20.
    func room(forColumn index: Int, within width: Int) -> Int {
        let others = widths.enumerated().filter { $0.offset != index }.map(\.element).reduce(0, +)
        return max(20, width - others - 2 * (headers.count - 1))
    }

    /// The table; `rule` puts a line of dashes under the header.
    func render(rule: Bool = true) -> String {
        let widths = widths
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { index, cell in
                index == cells.count - 1 ? cell : cell + String(repeating: " ", count: max(0, widths[index] - cell.count))
            }.joined(separator: "  ")
        }
        var lines = [line(headers)]
        if rule { lines.append(line(widths.map { String(repeating: "-", count: $0) })) }
        lines += rows.map(line)
        return lines.joined(separator: "\n")
    }
}

/// "key: value" lines with the values aligned, for describing one thing.
struct DetailRenderer {
    var pairs: [(String, String)]

    func render() -> String {
        let width = (pairs.map(\.0.count).max() ?? 0) + 1
        return pairs.map { key, value in
            (key.isEmpty ? "" : key + ":").padded(to: width + 1) + value
        }.joined(separator: "\n")
    }
}
