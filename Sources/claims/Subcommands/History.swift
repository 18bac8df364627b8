// `claims history ID`: every version of a claim, who made it and why.
import ArgumentParser
import ClaimsCore
import FoundationEssentials
import Basics

extension Claims {
    struct History: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "history",
            abstract: "Show every recorded change to a claim, its links, outlets and reviews: when, who and why.",
            discussion: """
                The history is written by the database itself (triggers), so changes made with psql
                or another program appear too, under their database role. Nobody can change or
                delete it. Set who you are with --as or CLAIMS_ACTOR (default: your user name).
                """)

        @Argument(help: "The claim's number.")
        var id: Int
        @OptionGroup(visibility: .hidden) var connection: ConnectionOptions
        @OptionGroup var output: FormatOption<TableOrJSON>

        func run() throws {
            let history = try connection.open(writes: false).history
            let entries = try history.history(ofClaim: id)
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(entries.map(HistoryJSON.init)))
            case .table:
                let sentences = HistorySentences(claim: id, names: try history.names(referencedBy: entries))
                Terminal.print(Self.text(entries, claim: id, sentences: sentences))
            }
        }

        /// A line per change: when, who, what in words, and why; an update of several fields
        /// lists them under it.
        static func text(_ entries: [HistoryEntry], claim: Int, sentences: HistorySentences) -> String {
            var lines = ["History of claim \(claim) (times in UTC):"]
            for entry in entries {
                let when = Timestamps.timestamp(entry.changedAt)
                let who = entry.actor == entry.databaseRole ? entry.actor : "\(entry.actor) (role \(entry.databaseRole))"
                let said = sentences.sentences(entry)
                let why = entry.reason.map { " — \($0)" } ?? ""
                if said.count == 1 {
                    lines.append("\(when)  \(who)  \(said[0])\(why)")
                } else {
                    lines.append("\(when)  \(who)  claim changed\(why):")
                    lines += said.map { "    \($0)" }
                }
            }
            return lines.joined(separator: "\n")
        }
    }
}

/// A history entry for scripts: the row before and after as the database stored them.
struct HistoryJSON: Encodable {
    var id: Int
    var changedAt: Date
    var actor: String
    var databaseRole: String
    @EncodesNull var reason: String?
    var table: String
    @EncodesNull var rowID: Int?
    var operation: String
    var changes: [String]
    @EncodesNull var old: JSONValue?
    @EncodesNull var new: JSONValue?

    init(_ entry: HistoryEntry) {
        id = entry.id
        changedAt = entry.changedAt
        actor = entry.actor
        databaseRole = entry.databaseRole
        reason = entry.reason
        table = entry.table
        rowID = entry.rowID
        operation = entry.operation.rawValue.lowercased()
        changes = entry.changes
        old = entry.oldRow.flatMap(JSONValue.init(text:))
        new = entry.newRow.flatMap(JSONValue.init(text:))
    }

    enum CodingKeys: String, CodingKey {
        case id, changedAt = "changed_at", actor, databaseRole = "db_role", reason, table, rowID = "row_id", operation, changes
        case old, new
    }
}

/// Any JSON value, to pass stored JSON through to the output unchanged.
enum JSONValue: Codable, Equatable {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init?(text: String) {
        guard let value = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) else { return nil }
        self = value
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}
