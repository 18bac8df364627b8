// --format: tables for people, JSON for scripts.
import ArgumentParser
import FoundationEssentials

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

struct FormatOption: ParsableArguments {
    @Option(help: "Output format: a table for people, json for scripts.")
    var format: OutputFormat = .table
}

enum JSONOutput {
    /// Pretty, key-sorted JSON with ISO 8601 dates: stable output that diffs well.
    static func render(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
