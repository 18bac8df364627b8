// The record as it stood at an instant, rebuilt from the history: a page of claims as of then,
// and the instant itself, read the way PostgreSQL reads timestamps.
import FoundationEssentials
internal import Postgres
import Basics

extension ClaimStore {
    /// `table` as it stood at `instant`, rebuilt from the history: a row's state then is the old
    /// row of its first change after the instant, or the row as it is now if nothing has changed it
    /// since; a row whose first later change is its insertion did not exist yet.
    static func asOf(_ table: String, _ instant: Date) -> SQL {
        """
        SELECT (jsonb_populate_record(NULL::\(identifier: table), first_after.old_row)).*
        FROM (SELECT DISTINCT ON (row_id) row_id, operation, old_row FROM history
              WHERE table_name = \(table) AND changed_at > \(instant) ORDER BY row_id, id) first_after
        WHERE first_after.operation <> 'INSERT'
        UNION ALL
        SELECT t.* FROM \(identifier: table) t
        WHERE t.created_at <= \(instant)
          AND NOT EXISTS (SELECT 1 FROM history h WHERE h.table_name = \(table) AND h.row_id = t.id AND h.changed_at > \(instant))
        """
    }

    /// A page as of `instant`: the claims as they were then, and their status from the links as
    /// they were then (the claims_with_status view knows only now).
    func snapshotPage(_ request: ClaimPageRequest, filter: ClaimFilter, at instant: Date) throws -> [Claim] {
        var current = filter
        current.status = nil
        var conditions = current.conditions
        if let after = request.after { conditions.append(try keyset(after: after, order: request.order)) }
        if let status = filter.status {
            conditions.append("\(Self.status(from: "links_then")) = \(status.rawValue)")
        }
        var sql: SQL = """
            WITH claims_then AS (\(Self.asOf("claims", instant))), links_then AS (\(Self.asOf("claim_links", instant)))
            \(Self.selectColumns(status: "'unverified'::text")) \(Self.fromClaims("claims_then"))
            WHERE \(SQL.joined(conditions, separator: " AND ")) ORDER BY \(Self.pageOrder(request.order))
            """
        if let limit = request.limit { sql.append(" LIMIT \(limit)") }
        // The status shown comes from the links as they were then, attached here.
        return try withLinks(connection.query(sql).map(Self.claim(from:)), asOf: instant)
    }

    /// Reads a point in time the way PostgreSQL does ("2026-11-29 18:00", "2026-11-29T18:00:00Z",
    /// "yesterday"), in the session's time zone unless the text gives one.
    public func instant(_ text: String) throws -> Date {
        let wanted = try Text.required(text, field: "as-of time")
        do {
            let row = try connection.queryFirst("SELECT \(wanted)::timestamptz AS instant")
            guard let instant = try row?.decode("instant", as: Date?.self) else {
                throw ClaimsError.invalidDate(text: wanted, reason: "give a point in time such as 2026-11-29T18:00:00Z")
            }
            return instant
        } catch let error as PostgresError where error.kind == .server {
            throw ClaimsError.invalidDate(text: wanted, reason: "give a point in time such as 2026-11-29T18:00:00Z or '2026-11-29 18:00'")
        }
    }
}
