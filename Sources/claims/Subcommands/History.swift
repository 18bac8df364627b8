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
            let entries = try connection.open(writes: false).history.history(ofClaim: id)
            switch output.format {
            case .json: Terminal.print(try JSONOutput.render(entries.map(HistoryJSON.init)))
            case .table: Terminal.print(Self.text(entries, claim: id))
            }
        }

        static func text(_ entries: [HistoryEntry], claim: Int) -> String {
            var lines = ["History of claim \(claim) (times in UTC):"]
            for entry in entries {
                let when = Timestamps.timestamp(entry.changedAt)
                let who = entry.actor == entry.databaseRole ? entry.actor : "\(entry.actor) (role \(entry.databaseRole))"
                var line = "\(when)  \(who)  \(describe(entry))"
                if let reason = entry.reason { line += " — \(reason)" }
                lines.append(line)
                for change in entry.changes where entry.table == "claims" {
                    lines.append("    \(change)")
                }
            }
            return lines.joined(separator: "\n")
        }

        static func describe(_ entry: HistoryEntry) -> String {
            let thing = switch entry.table {
            case "claims": "claim"
            case "claim_outlets": "via outlet"
            case "claim_links": "link"
            case "reviews": "review"
            default: entry.table
            }
            let done = switch entry.operation {
            case .insert: "recorded"
            case .update: "changed" + (entry.changes.isEmpty ? "" : ": " + entry.changes.map { String($0.prefix { $0 != ":" }) }.joined(separator: ", "))
            case .delete: "deleted"
            }
            let number = ["claim_links", "reviews"].contains(entry.table) ? entry.rowID.map { "#\($0) " } ?? "" : ""
            return "\(thing) \(number)\(done)"
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
