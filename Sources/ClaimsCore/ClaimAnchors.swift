// Quotes checked against their source's text: is each still where its anchor says?
internal import Postgres

/// A quote whose place in its source's text no longer holds it.
public struct AnchorProblem: Sendable, Equatable {
    public var claimID: Int
    public var sourceID: Int
    public var stored: QuoteAnchor
    /// Where the quote is now found in the text, if anywhere.
    public var foundAt: QuoteAnchor?
}

extension ClaimStore {
    /// Anchored quotes whose source text no longer reads as the quote at the stored offsets.
    public func verifyAnchors(sourceID: Int? = nil) throws -> (checked: Int, problems: [AnchorProblem]) {
        var sql: SQL = """
            SELECT c.id, c.text, c.source_id, c.anchor_start, c.anchor_end, c.anchor_prefix, c.anchor_suffix, so.full_text
            FROM claims c JOIN sources so ON so.id = c.source_id
            WHERE c.anchor_start IS NOT NULL
            """
        if let sourceID { sql.append(" AND c.source_id = \(sourceID)") }
        sql.append(" ORDER BY c.id")
        var problems: [AnchorProblem] = []
        let rows = try connection.query(sql)
        for row in rows {
            guard let anchor = try Self.anchor(from: row) else { continue }
            let text: String = try row.decode("text")
            let article: String = try row.decode("full_text", as: String?.self) ?? ""
            if QuoteMatcher.stillMatches(text, at: anchor, in: article) { continue }
            problems.append(
                AnchorProblem(
                    claimID: try row.decode("id"), sourceID: try row.decode("source_id"), stored: anchor,
                    foundAt: QuoteMatcher.find(text, in: article)))
        }
        return (rows.count, problems)
    }
}
