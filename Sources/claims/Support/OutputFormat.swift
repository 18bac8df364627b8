// --format: one option type for every command, over the set of formats the command offers.
import ArgumentParser
import FoundationEssentials

/// The formats one command offers, its default, and the words of its `--format` help. A value
/// outside the set is refused by the parser, before the command runs.
protocol FormatChoices: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {
    static var standard: Self { get }
    static var help: String { get }
}

/// `--format`, as every command declares it: `@OptionGroup var output: FormatOption<TableOrJSON>`.
struct FormatOption<Format: FormatChoices>: ParsableArguments {
    @Option(help: ArgumentHelp(Format.help))
    var format: Format = Format.standard
}

/// Most commands: a table (or a sentence) for people, JSON for scripts.
enum TableOrJSON: String, FormatChoices {
    case table, json
    static let standard = TableOrJSON.table
    static let help = "Output format: a table for people, json for scripts."
}

/// `claims list`: the table fits a terminal by wrapping its cells; nothing is ever cut.
enum ListFormat: String, FormatChoices {
    case table, json, csv, markdown
    static let standard = ListFormat.table
    static let help = "Output format: a table for people; json, csv or markdown uncut."
}

/// `claims timeline`: text for a terminal, markdown for an article, JSON, or one HTML page.
enum TimelineFormat: String, FormatChoices {
    case text, markdown, json, html
    static let standard = TimelineFormat.text
    static let help =
        "Output format: text (the terminal's width, else 80 columns), markdown for an article, json, or html: one self-contained page with a picture."
}

enum JSONOutput {
    /// Pretty, key-sorted JSON with ISO 8601 dates (`Timestamps.iso8601`): stable output that diffs well.
    static func render(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamps.iso8601(date))
        }
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
