// Fitting text to a terminal: its width, truncation with an ellipsis, word wrapping.
import FoundationEssentials
import Basics

#if canImport(Glibc)
    import Glibc
#endif

enum TextLayout {
    /// Whether standard output is a terminal: only then is anything fitted to a width by cutting
    /// or wrapping table cells. A pipe or a file gets every character.
    ///
    /// Read once, before the pager (if any) takes standard output over.
    static let writesToTerminal: Bool = isatty(STDOUT_FILENO) == 1

    /// The width tables fit: the terminal's, or nil when stdout is not a terminal (nothing is cut).
    static var tableWidth: Int? { writesToTerminal ? terminalWidth : nil }

    /// `text` cut to `width` with "…" on a terminal; whole elsewhere.
    static func fit(_ text: String, to width: Int) -> String {
        writesToTerminal ? truncate(text, to: width) : text
    }

    /// The terminal's width when stdout is one; else $COLUMNS; else 100. Text that is wrapped
    /// rather than cut (show, timeline) uses it everywhere.
    static let terminalWidth: Int = {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 {
            return Int(size.ws_col)
        }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return columns
        }
        return 100
    }()

    /// One line: newlines and runs of spaces become single spaces.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// At most `width` characters, ending in "…" when cut.
    static func truncate(_ text: String, to width: Int) -> String {
        guard text.count > width else { return text }
        guard width > 1 else { return String(text.prefix(width)) }
        return String(text.prefix(width - 1)).trimmingWhitespace() + "…"
    }

    /// Word-wrapped lines of exactly at most `width` characters: a word longer than that is split.
    static func wrapCell(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [text] }
        return wrap(text, width: width).flatMap { line -> [String] in
            guard line.count > width else { return [line] }
            var pieces: [String] = []
            var rest = Substring(line)
            while rest.count > width {
                pieces.append(String(rest.prefix(width)))
                rest = rest.dropFirst(width)
            }
            if !rest.isEmpty { pieces.append(String(rest)) }
            return pieces
        }
    }

    /// Word-wrapped lines of at most `width` characters (a longer word gets a line of its own).
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in singleLine(text).split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.isEmpty ? [""] : lines
    }
}

enum CSV {
    /// RFC 4180: fields with commas, quotes or line breaks are quoted, quotes doubled.
    static func render(headers: [String], rows: [[String]]) -> String {
        ([headers] + rows).map { row in row.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingScalars("\"", with: "\"\"") + "\""
    }
}

enum Markdown {
    /// A link's text with the brackets that would end it early escaped.
    static func linkText(_ text: String) -> String {
        text.replacingScalars("[", with: "\\[").replacingScalars("]", with: "\\]")
    }

    /// A link's target with the characters that would end it early percent-encoded.
    static func linkTarget(_ url: String) -> String {
        url.replacingScalars(" ", with: "%20").replacingScalars("(", with: "%28").replacingScalars(")", with: "%29")
    }

    /// Text that reads as itself in a paragraph: the characters markdown would take for emphasis,
    /// links, code or a heading escaped.
    static func inline(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#~|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// Text safe inside a table cell: pipes escaped, line breaks as <br>.
    static func cell(_ text: String) -> String {
        text.replacingScalars("|", with: "\\|").replacingLineBreaks(with: "<br>")
    }

    static func table(headers: [String], rows: [[String]]) -> String {
        var lines = ["| " + headers.joined(separator: " | ") + " |", "|" + headers.map { _ in " --- |" }.joined()]
        lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
        return lines.joined(separator: "\n")
    }
}

extension String {
    /// Exactly `width` characters: cut, or filled out with spaces (what Foundation's
    /// `padding(toLength:withPad:startingAt:)` did here).
    func padded(to width: Int) -> String {
        count >= width ? String(prefix(width)) : self + String(repeating: " ", count: width - count)
    }
}
