// The SQL a claim is read with and the Swift values its rows become: the column list, the status
// rule of the claims_with_status view, the order of date precisions, and the decoding of a row.
import FoundationEssentials
internal import Postgres
import Basics

extension ClaimStore {
    /// Claim `c`'s status from the links in `table` (claim_links, or its rows as of an instant): the
    /// rule of the claims_with_status view, which is the SQL function claims_status. An appearance
    /// has the status of its statement.
    static func status(from table: SQL) -> SQL {
        let statement: SQL = "coalesce(\(appearanceOf(in: table)), c.id)"
        return "claims_status(\(statement), \(evidenceLinks(of: statement, in: table)))"
    }

    /// The statement claim `c` is an appearance of, from the links in `table`; NULL if none.
    static func appearanceOf(in table: SQL = "claim_links") -> SQL {
        "(SELECT a.claim_id FROM \(table) a WHERE a.from_claim_id = c.id AND a.relation = 'same-statement')"
    }

    /// A period ("2015-12") sorts at its first day, after the claims dated to that exact day.
    static let precisionRank: SQL = "CASE c.said_precision WHEN 'day' THEN 0 WHEN 'month' THEN 1 ELSE 2 END"

    static let selectClaimColumns = selectColumns()

    /// The columns every claim query reads. `status` and `via` are expressions: the timeline, which
    /// has the links and via outlets of its whole selection in hand, passes placeholders and fills
    /// them in instead of running two subqueries per row.
    static func selectColumns(
        status: SQL = "c.status",
        appearanceOf: SQL = appearanceOf(),
        via: SQL = """
            ARRAY(SELECT vo.name FROM claim_outlets co JOIN outlets vo ON vo.id = co.outlet_id
                  WHERE co.claim_id = c.id ORDER BY co.position)
            """
    ) -> SQL {
        """
        SELECT c.id, c.text, c.kind, c.said_on, c.said_precision, c.said_phrase, c.topics, \(status) AS status, \(appearanceOf) AS appearance_of, c.created_at,
               c.anchor_start, c.anchor_end, c.anchor_prefix, c.anchor_suffix, c.retracted_at, c.retraction_reason,
               sp.id AS speaker_id, sp.name AS speaker_name, sp.role AS speaker_role, sp.wikidata_id AS speaker_wikidata,
               \(via) AS via,
               \(SourceStore.columns)
        """
    }

    /// The joins under those columns; `claims_with_status` is the view that adds `status`.
    static func fromClaims(_ table: SQL = "claims_with_status") -> SQL {
        """
        FROM \(table) c
        JOIN speakers sp ON sp.id = c.speaker_id
        JOIN sources so ON so.id = c.source_id
        LEFT JOIN outlets o ON o.id = so.outlet_id
        """
    }

    static let selectClaims: SQL = "\(selectClaimColumns)\n\(fromClaims())"

    static func claim(from row: Row) throws -> Claim {
        Claim(
            id: try row.decode("id"), speakerID: try row.decode("speaker_id"), speakerName: try row.decode("speaker_name"),
            speakerRole: try row.decode("speaker_role"), speakerWikidataID: try row.decode("speaker_wikidata"),
            text: try row.decode("text"),
            kind: ClaimKind(rawValue: try row.decode("kind")) ?? .quote,
            said: SaidDate.stored(try row.decode("said_on"), try row.decode("said_precision")),
            via: try row.decode("via"), source: try SourceStore.source(from: row), topics: try row.decode("topics"),
            status: ClaimStatus(rawValue: try row.decode("status")) ?? .unverified,
            createdAt: try row.decode("created_at"), links: [], anchor: try anchor(from: row),
            saidPhrase: try row.decode("said_phrase"), retraction: try retraction(from: row),
            appearanceOf: try row.decode("appearance_of"))
    }

    static func retraction(from row: Row) throws -> Retraction? {
        guard let at = try row.decode("retracted_at", as: Date?.self) else { return nil }
        return Retraction(at: at, reason: try row.decode("retraction_reason") ?? "")
    }

    static func anchor(from row: Row) throws -> QuoteAnchor? {
        guard let start = try row.decode("anchor_start", as: Int?.self), let end = try row.decode("anchor_end", as: Int?.self)
        else { return nil }
        return QuoteAnchor(
            start: start, end: end, prefix: try row.decode("anchor_prefix") ?? "", suffix: try row.decode("anchor_suffix") ?? "")
    }
}
