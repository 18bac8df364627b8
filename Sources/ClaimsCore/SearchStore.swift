// Full-text search over claims: websearch syntax, ranked, with the matching words marked.
import Postgres

/// A claim found by search.
public struct SearchHit: Sendable, Equatable {
    public var claim: Claim
    public var rank: Double
    /// The claim's text with matching words between `SearchStore.startMark` and `stopMark`.
    public var headline: String
}

extension ClaimStore {
    /// Marks around matching words in `SearchHit.headline`, replaced by renderers.
    public static let startMark = "\u{2}"
    public static let stopMark = "\u{3}"

    /// Claims whose text matches `text` in PostgreSQL's websearch syntax ("exact phrase", -word, or),
    /// accent-insensitive, best matches first, narrowed by the speaker and date filters of `query`.
    public func search(_ text: String, _ query: ClaimQuery) throws -> [SearchHit] {
        let wanted = try Text.required(text, field: "search text")
        var filters = try conditions(for: query)
        // The OR of every language's reading of the query finds candidates through the GIN index (a
        // superset: it includes each claim's own reading); the second test then reads the query in the
        // claim's own language, so that "-word" excludes the way the reader means it.
        filters.append("c.search_vector @@ q.query")
        filters.append("c.search_vector @@ websearch_to_tsquery(claims_search_config(c.language), \(wanted))")
        var sql: SQL = """
            WITH q AS (
                SELECT websearch_to_tsquery('claims_simple', \(wanted)) || websearch_to_tsquery('claims_english', \(wanted))
                    || websearch_to_tsquery('claims_turkish', \(wanted)) || websearch_to_tsquery('claims_french', \(wanted))
                    || websearch_to_tsquery('claims_german', \(wanted)) || websearch_to_tsquery('claims_spanish', \(wanted))
                    || websearch_to_tsquery('claims_russian', \(wanted)) AS query
            )
            \(unsafeRaw: Self.selectClaimColumns),
                   ts_rank(c.search_vector, q.query) AS rank,
                   ts_headline(claims_search_config(c.language), c.text, q.query,
                               'HighlightAll=true, StartSel=\(unsafeRaw: Self.startMark), StopSel=\(unsafeRaw: Self.stopMark)') AS headline
            \(unsafeRaw: Self.fromClaims()), q
            WHERE \(SQL.joined(filters, separator: " AND "))
            ORDER BY rank DESC, c.said_on DESC NULLS LAST, c.id DESC
            """
        sql.append(" LIMIT \(query.limit ?? 50)")
        let rows = try connection.query(sql)
        let claims = try withLinks(rows.map(Self.claim(from:)))
        return try zip(rows, claims).map { row, claim in
            SearchHit(claim: claim, rank: try row.decode("rank"), headline: try row.decode("headline"))
        }
    }
}
