// Lossless export and import of the whole record as JSON Lines.
import FoundationEssentials
package import Postgres
import Basics

/// `claims export jsonl` / `claims import jsonl`.
///
/// Export writes, in id order: speakers, outlets, sources (with text), claims (with anchors), links,
/// reviews, and the history of the claims (their own, their via chains', links' and reviews'), one
/// JSON object per line with sorted keys. Import reads such a file in one
/// transaction, merging into existing data by natural keys (speaker name or alias, outlet name,
/// source URL; a claim by speaker, source, text and date; a link or review by what it joins), so
/// importing the same file twice adds nothing. Exporting, importing into an empty database and
/// exporting again gives the same bytes.
public struct JSONLExchange {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Counts of what an import added (existing records that matched are not counted).
    public struct ImportSummary: Sendable, Equatable {
        public var lines = 0
        public var speakers = 0
        public var outlets = 0
        public var sources = 0
        public var claims = 0
        public var links = 0
        public var reviews = 0
        /// Of `claims`, how many repeat a claim recorded before the import and were attached to it.
        public var appearances = 0
    }

    /// `column` (a timestamptz) as RFC 3339 in UTC with microseconds, as the export writes it.
    static func stamp(_ column: SQL) -> SQL {
        "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
    }

    // MARK: Export

    /// Calls `emit` with each line, without its newline. Rows stream from the server one at a time
    /// and claim keys are numbered by the server, so memory does not grow with the record.
    public func export(_ emit: (String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: some Encodable) throws {
            try emit(String(decoding: try encoder.encode(value), as: UTF8.self))
        }
        try connection.transaction { db in
            // One snapshot for the whole file.
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try db.forEachRow(
                """
                SELECT s.name, s.role, s.affiliation, s.wikidata_id, \(Self.stamp("s.created_at")) AS created,
                       ARRAY(SELECT n.name FROM speaker_names n WHERE n.speaker_id = s.id AND NOT n.is_primary ORDER BY n.name) AS aliases
                FROM speakers s ORDER BY s.id
                """
            ) { row in
                try line(
                    SpeakerLine(
                        name: try row.decode("name"), aliases: try row.decode("aliases"), role: try row.decode("role"),
                        affiliation: try row.decode("affiliation"), wikidata: try row.decode("wikidata_id"),
                        createdAt: try row.decode("created")))
            }
            try db.forEachRow("SELECT name, \(Self.stamp("created_at")) AS created FROM outlets ORDER BY id") { row in
                try line(OutletLine(name: try row.decode("name"), createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                SELECT so.url, so.title, o.name AS outlet, so.published_on, so.language, so.full_text, so.modified_on, so.authors,
                       \(Self.stamp("so.created_at")) AS created
                FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id ORDER BY so.id
                """
            ) { row in
                try line(
                    SourceLine(
                        url: try row.decode("url"), title: try row.decode("title"), outlet: try row.decode("outlet"),
                        published: try row.decode("published_on", as: CalendarDate?.self)?.description,
                        language: try row.decode("language"), text: try row.decode("full_text"),
                        modified: try row.decode("modified_on", as: CalendarDate?.self)?.description,
                        authors: try row.decode("authors", as: [String].self), createdAt: try row.decode("created")))
            }
            // A claim's key is its position in id order; links and reviews refer to claims by key.
            // Computed in each query rather than in a temporary table, so export also runs on a read-only standby.
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT k.key, sp.name AS speaker, so.url AS source, c.text, c.kind, c.said_on, c.said_precision, c.said_phrase,
                       c.topics, c.anchor_start, c.anchor_end, c.anchor_prefix, c.anchor_suffix,
                       \(Self.stamp("c.retracted_at")) AS retracted_at, c.retraction_reason,
                       ARRAY(SELECT o.name FROM claim_outlets co JOIN outlets o ON o.id = co.outlet_id
                             WHERE co.claim_id = c.id ORDER BY co.position) AS via,
                       \(Self.stamp("c.created_at")) AS created
                FROM claims c JOIN export_keys k ON k.id = c.id
                JOIN speakers sp ON sp.id = c.speaker_id JOIN sources so ON so.id = c.source_id
                ORDER BY c.id
                """
            ) { row in
                try line(
                    ClaimLine(
                        key: try row.decode("key"), speaker: try row.decode("speaker"), source: try row.decode("source"),
                        text: try row.decode("text"), kind: try row.decode("kind"),
                        said: SaidDate.stored(try row.decode("said_on"), try row.decode("said_precision"))?.description,
                        saidPhrase: try row.decode("said_phrase"), topics: try row.decode("topics"), via: try row.decode("via"),
                        anchor: try ClaimStore.anchor(from: row),
                        retracted: try row.decode("retracted_at", as: String?.self).map {
                            RetractionLine(at: $0, reason: try row.decode("retraction_reason") ?? "")
                        },
                        createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT target.key AS claim_key, l.relation, origin.key AS from_key, so.url AS from_source, l.note,
                       \(Self.stamp("l.created_at")) AS created
                FROM claim_links l
                JOIN export_keys target ON target.id = l.claim_id
                LEFT JOIN export_keys origin ON origin.id = l.from_claim_id
                LEFT JOIN sources so ON so.id = l.from_source_id
                ORDER BY l.id
                """
            ) { row in
                try line(
                    LinkLine(
                        claim: try row.decode("claim_key"), relation: try row.decode("relation"), fromClaim: try row.decode("from_key"),
                        fromSource: try row.decode("from_source"), note: try row.decode("note"), createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT k.key, r.rating, r.rating_value, r.best_rating, r.worst_rating, r.author, r.url, r.published_on,
                       \(Self.stamp("r.created_at")) AS created
                FROM reviews r JOIN export_keys k ON k.id = r.claim_id ORDER BY r.id
                """
            ) { row in
                try line(
                    ReviewLine(
                        claim: try row.decode("key"), rating: try row.decode("rating"), ratingValue: try row.decode("rating_value"),
                        best: try row.decode("best_rating"), worst: try row.decode("worst_rating"), author: try row.decode("author"),
                        url: try row.decode("url"), date: try row.decode("published_on", as: CalendarDate?.self)?.description,
                        createdAt: try row.decode("created")))
            }
            try db.forEachRow(JSONLHistory.export) { row in
                try line(
                    HistoryLine(
                        claim: try row.decode("key"), table: try row.decode("table_name"), operation: try row.decode("operation"),
                        at: try row.decode("at"), actor: try row.decode("actor"), role: try row.decode("db_role"),
                        reason: try row.decode("reason"), old: try row.decode("old_row", as: String?.self).flatMap(JSONValue.init(text:)),
                        new: try row.decode("new_row", as: String?.self).flatMap(JSONValue.init(text:))))
            }
        }
    }
}
