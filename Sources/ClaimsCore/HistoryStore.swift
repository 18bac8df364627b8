// The record's history: every change, who made it and why, as the triggers of migration 0007 keep it.
import FoundationEssentials
package import Postgres
import Basics

#if canImport(Glibc)
    import Glibc
#endif

/// One recorded change to one row.
public struct HistoryEntry: Sendable, Equatable {
    public enum Operation: String, Sendable {
        case insert = "INSERT", update = "UPDATE", delete = "DELETE"
    }

    public var id: Int
    public var changedAt: Date
    /// The person (CLAIMS_ACTOR, --as, or the OS user), or the database role for other clients.
    public var actor: String
    public var databaseRole: String
    public var reason: String?
    public var table: String
    public var rowID: Int?
    public var operation: Operation
    /// For an update, each changed field as "name: old → new", in name order.
    public var changes: [String]
    /// The row before and after, as the JSON the database stored.
    public var oldRow: String?
    public var newRow: String?
    /// Made in another database, before `claims import jsonl` brought the claim here (migration
    /// 0014); `id` then numbers the imported entries, not this database's history.
    public var imported = false
    /// Written here by `claims import jsonl` when it recorded the claim: it repeats what the file
    /// said (the entries marked `imported`, or the claim as it was exported).
    public var madeByImport = false
}

/// Who is making changes: recorded with every change this process makes.
public enum Actor {
    /// `explicit` (--as), else CLAIMS_ACTOR, else `configured` (the configuration file's actor),
    /// else the operating-system user name.
    public static func resolve(
        _ explicit: String?, configured: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> String {
        if let explicit { return try Text.required(explicit, field: "actor") }
        if let variable = Text.nonBlank(environment["CLAIMS_ACTOR"]) { return variable }
        if let configured = Text.nonBlank(configured) { return configured }
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return Text.nonBlank(environment["USER"]) ?? "unknown"
    }
}

/// The session settings the history triggers of migration 0007 read (claims_actor(), claims_reason()).
enum HistorySettings {
    /// Who makes the changes on this connection, for the rest of the session.
    static func setActor(_ actor: String, on db: Connection) throws {
        try db.query("SELECT set_config('claims.actor', \(actor), false)")
    }

    /// Why, for the changes of the current transaction only.
    static func setReason(_ reason: String, on db: Connection) throws {
        try db.query("SELECT set_config('claims.reason', \(reason), true)")
    }
}

public struct HistoryStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Every change to claim `id`, oldest first: the claim itself, its chain of outlets, the links to
    /// and from it, and its reviews; for a claim imported from another database, what was done to
    /// it there first.
    public func history(ofClaim id: Int) throws -> [HistoryEntry] {
        let exists = try connection.queryFirst(
            "SELECT 1 AS found FROM claims WHERE id = \(id) UNION ALL SELECT 1 FROM history WHERE table_name = 'claims' AND row_id = \(id) LIMIT 1")
        guard exists != nil else { throw ClaimsError.claimNotFound(id: id) }
        return try connection.query(
            """
            SELECT h.imported, h.made_by_import, h.id, h.changed_at, h.actor, h.db_role, h.reason, h.table_name, h.row_id, h.operation,
                   ARRAY(SELECT k || ': ' || coalesce(h.old_row ->> k, 'null') || ' → ' || coalesce(h.new_row ->> k, 'null')
                         FROM jsonb_object_keys(h.new_row) AS k
                         WHERE h.operation = 'UPDATE' AND h.old_row -> k IS DISTINCT FROM h.new_row -> k ORDER BY k) AS changes,
                   h.old_row::text AS old_row, h.new_row::text AS new_row
            FROM (
                SELECT true AS imported, false AS made_by_import, ih.id, ih.changed_at, ih.actor, ih.db_role, ih.reason, ih.table_name,
                       CASE WHEN ih.table_name IN ('claims', 'claim_outlets') THEN ih.claim_id END AS row_id, ih.operation,
                       ih.old_row, ih.new_row
                FROM imported_history ih
                WHERE ih.claim_id = \(id)
                   OR (ih.table_name = 'claim_links' AND (coalesce(ih.new_row, ih.old_row) ->> 'from_claim_id')::bigint = \(id))
                UNION ALL
                SELECT false, \(JSONLHistory.madeByImport("h")),
                       h.id, h.changed_at, h.actor, h.db_role, h.reason, h.table_name, h.row_id, h.operation, h.old_row, h.new_row
                FROM history h
                WHERE (h.table_name IN ('claims', 'claim_outlets') AND h.row_id = \(id))
                   OR (h.table_name IN ('claim_links', 'reviews')
                       AND (coalesce(h.new_row, h.old_row) ->> 'claim_id')::bigint = \(id))
                   OR (h.table_name = 'claim_links' AND (coalesce(h.new_row, h.old_row) ->> 'from_claim_id')::bigint = \(id))
            ) h
            ORDER BY NOT h.imported, h.id
            """
        ).map { row in
            HistoryEntry(
                id: try row.decode("id"), changedAt: try row.decode("changed_at"), actor: try row.decode("actor"),
                databaseRole: try row.decode("db_role"), reason: try row.decode("reason"), table: try row.decode("table_name"),
                rowID: try row.decode("row_id"), operation: HistoryEntry.Operation(rawValue: try row.decode("operation")) ?? .update,
                changes: try row.decode("changes"), oldRow: try row.decode("old_row"), newRow: try row.decode("new_row"),
                imported: try row.decode("imported"), madeByImport: try row.decode("made_by_import"))
        }
    }

    /// The names of the speakers, sources and outlets the rows of `entries` refer to by number, so
    /// that a history can say "speaker changed from A to B" rather than "speaker_id: 5 → 1".
    /// A speaker or source deleted since (merged away) is absent: say its number.
    public func names(referencedBy entries: [HistoryEntry]) throws -> HistoryNames {
        // The rows as the entries hold them: imported entries are not in `history`.
        let stored = entries.flatMap { entry in [entry.oldRow, entry.newRow].compactMap { $0 }.map { (entry.table, $0) } }
        let rows = try connection.query(
            """
            WITH referenced AS (
                SELECT r.table_name, r.row_json::jsonb AS row_json
                FROM unnest(\(stored.map(\.0))::text[], \(stored.map(\.1))::text[]) AS r(table_name, row_json)
            )
            SELECT 'speaker' AS kind, s.id, s.name FROM speakers s
            WHERE s.id IN (SELECT (row_json ->> 'speaker_id')::bigint FROM referenced WHERE table_name = 'claims')
            UNION ALL
            SELECT 'source', so.id, coalesce(so.title, so.url) FROM sources so
            WHERE so.id IN (SELECT (row_json ->> 'source_id')::bigint FROM referenced WHERE table_name = 'claims'
                            UNION SELECT (row_json ->> 'from_source_id')::bigint FROM referenced WHERE table_name = 'claim_links')
            UNION ALL
            SELECT 'outlet', o.id, o.name FROM outlets o
            WHERE o.id IN (SELECT (row_json ->> 'outlet_id')::bigint FROM referenced WHERE table_name = 'claim_outlets')
            """)
        var names = HistoryNames()
        for row in rows {
            let id: Int = try row.decode("id")
            let name: String = try row.decode("name")
            switch try row.decode("kind", as: String.self) {
            case "speaker": names.speakers[id] = name
            case "source": names.sources[id] = name
            default: names.outlets[id] = name
            }
        }
        return names
    }
}

/// Speaker names, source titles and outlet names by id, as a history refers to them.
public struct HistoryNames: Sendable, Equatable {
    public var speakers: [Int: String] = [:]
    public var sources: [Int: String] = [:]
    public var outlets: [Int: String] = [:]
}
