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
                The history is written by the database itself (triggers), so changes made with
                psql or another program appear too, under their database role. Nobody can change
                or delete it. Set who you are with --as or CLAIMS_ACTOR (default: your user
                name).
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
            // What an import wrote is one line: its entries repeat what its file said.
            let imported = "copied here by claims import jsonl" + (entries.contains(where: \.imported) ? ", with the history above" : "")
            for entry in entries where !entry.madeByImport || (entry.table == "claims" && entry.operation == .insert) {
                let when = Timestamps.timestamp(entry.changedAt)
                let who = entry.actor == entry.databaseRole ? entry.actor : "\(entry.actor) (role \(entry.databaseRole))"
                let said = entry.madeByImport ? [imported] : sentences.sentences(entry)
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
    /// Made in another database before `claims import jsonl` brought the claim here.
    var imported: Bool
    /// Written here by the import that brought the claim and the `imported` entries.
    var madeByImport: Bool

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
        imported = entry.imported
        madeByImport = entry.madeByImport
    }

    enum CodingKeys: String, CodingKey {
        case id, changedAt = "changed_at", actor, databaseRole = "db_role", reason, table, rowID = "row_id", operation, changes, imported, madeByImport = "made_by_import"
        case old, new
    }
}
