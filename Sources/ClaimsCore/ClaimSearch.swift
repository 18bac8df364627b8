// Full-text search over claims: websearch syntax, ranked, with the matching words marked.
internal import Postgres
import Basics

/// A claim found by search.
public struct SearchHit: Sendable, Equatable {
    public var claim: Claim
    public var rank: Double
    /// The claim's text as the search shows it (all of it: the whole text is the headline).
    public var headline: String
    /// Where the matching words are in `headline`, in order.
    public var highlights: [Range<String.Index>]

    public init(claim: Claim, rank: Double, headline: String, highlights: [Range<String.Index>]) {
        self.claim = claim
        self.rank = rank
        self.headline = headline
        self.highlights = highlights
    }

    /// A headline from ts_headline, with each match between `start` and `stop`: the text without
    /// the marks, and the matches as ranges of it. A stray or unclosed mark ends at the text's end.
    init(claim: Claim, rank: Double, marked: String, start: Unicode.Scalar, stop: Unicode.Scalar) {
        // Scalar by scalar: removing a mark may join what follows it to the character before, so
        // counting Characters could point past the end.
        var scalars = String.UnicodeScalarView()
        var spans: [Range<Int>] = []
        var opened: Int?
        var count = 0
        for scalar in marked.unicodeScalars {
            if scalar == start {
                if opened == nil { opened = count }
            } else if scalar == stop {
                if let first = opened { spans.append(first..<count) }
                opened = nil
            } else {
                scalars.append(scalar)
                count += 1
            }
        }
        if let first = opened { spans.append(first..<count) }
        let text = String(scalars)
        let highlights = spans.filter { !$0.isEmpty }.map { span in
            text.unicodeScalars.index(text.startIndex, offsetBy: span.lowerBound)
                ..< text.unicodeScalars.index(text.startIndex, offsetBy: span.upperBound)
        }
        self.init(claim: claim, rank: rank, headline: text, highlights: highlights)
    }
}

extension ClaimStore {
    /// The marks ts_headline puts around matching words: control characters, which no claim's
    /// text may contain, and which become `SearchHit.highlights`.
    static let startMark: Unicode.Scalar = "\u{2}"
    static let stopMark: Unicode.Scalar = "\u{3}"
    /// ts_headline's options, bound as a parameter: every word of the text, marked as above.
    static let headlineOptions = "HighlightAll=true, StartSel=\(startMark), StopSel=\(stopMark)"

    /// The query as read in the claim's own language (see `claims_search_config`).
    static let ownReading: SQL = """
        CASE claims_search_config(c.language) WHEN 'claims_english'::regconfig THEN q.english
            WHEN 'claims_turkish'::regconfig THEN q.turkish WHEN 'claims_french'::regconfig THEN q.french
            WHEN 'claims_german'::regconfig THEN q.german WHEN 'claims_spanish'::regconfig THEN q.spanish
            WHEN 'claims_russian'::regconfig THEN q.russian ELSE q.simple END
        """

    /// Claims whose text matches `request.text` in PostgreSQL's websearch syntax ("exact phrase",
    /// -word, or), accent-insensitive, best matches first, among those its selection picks.
    public func search(_ request: SearchRequest) throws -> [SearchHit] {
        let wanted = try Text.required(request.text, field: "search text")
        let filter = try ClaimResolver(connection: connection).filter(for: request.selection)
        var filters = filter.conditions
        // Candidates come through the GIN index with the OR of the query's distinct readings (one
        // per configured language; usually they are all the same, and an OR of seven copies made
        // the index scan five times slower). Where the readings differ, each candidate is then
        // tested against the reading in its own language, so that "-word" excludes the way the
        // reader means it.
        filters.append("c.search_vector @@ q.query")
        filters.append("(q.one_reading OR c.search_vector @@ \(Self.ownReading))")
        // The page is chosen on claims alone (sources only when a date filter needs their
        // publication date: joining them cost a probe per candidate); status, via and the headline
        // are worked out for its rows only.
        let table: SQL = filter.status == nil ? "claims" : "claims_with_status"
        let sources: SQL = filter.since == nil && filter.until == nil ? "" : "JOIN sources so ON so.id = c.source_id"
        let sql: SQL = """
            WITH readings AS MATERIALIZED (
                SELECT websearch_to_tsquery('claims_simple', \(wanted)) AS simple, websearch_to_tsquery('claims_english', \(wanted)) AS english,
                       websearch_to_tsquery('claims_turkish', \(wanted)) AS turkish, websearch_to_tsquery('claims_french', \(wanted)) AS french,
                       websearch_to_tsquery('claims_german', \(wanted)) AS german, websearch_to_tsquery('claims_spanish', \(wanted)) AS spanish,
                       websearch_to_tsquery('claims_russian', \(wanted)) AS russian
            ),
            q AS MATERIALIZED (
                SELECT r.*, d.query, d.readings <= 1 AS one_reading
                FROM readings r CROSS JOIN LATERAL (
                    SELECT string_agg('(' || x::text || ')', ' | ')::tsquery AS query, count(*) AS readings
                    FROM (SELECT DISTINCT x FROM unnest(ARRAY[r.simple, r.english, r.turkish, r.french, r.german, r.spanish, r.russian]) x
                          WHERE numnode(x) > 0) AS distinct_readings
                ) d
            ),
            hits AS MATERIALIZED (
                SELECT c.id, ts_rank(c.search_vector, q.query) AS rank, c.said_on
                FROM \(table) c
                \(sources), q
                WHERE \(SQL.joined(filters, separator: " AND "))
                ORDER BY rank DESC, c.said_on DESC NULLS LAST, c.id DESC
                LIMIT \(request.limit)
            )
            \(Self.selectClaimColumns),
                   h.rank,
                   ts_headline(claims_search_config(c.language), c.text, q.query,
                               \(Self.headlineOptions)) AS headline
            \(Self.fromClaims()) JOIN hits h ON h.id = c.id, q
            ORDER BY h.rank DESC, h.said_on DESC NULLS LAST, h.id DESC
            """
        let rows = try connection.query(sql)
        let claims = try withLinks(rows.map(Self.claim(from:)))
        return try zip(rows, claims).map { row, claim in
            SearchHit(claim: claim, rank: try row.decode("rank"), marked: try row.decode("headline"), start: Self.startMark, stop: Self.stopMark)
        }
    }
}
