// Reading a page of claims: one claim, a list page with keyset paging, and an export.
internal import Postgres
import Basics

extension ClaimStore {
    /// One claim with all its links in and out, its evidence and appearances, retracted or not.
    public func claim(id: Int) throws -> Claim {
        var filter = ClaimFilter()
        filter.claimID = id
        filter.includeRetracted = true
        filter.includeAppearances = true
        guard let claim = try page(ClaimPageRequest(limit: 1), filter: filter).first else {
            throw ClaimsError.claimNotFound(id: id)
        }
        return claim
    }

    /// The claims `request` selects, in its order (undated claims last, by report date), each with
    /// its links and reviews.
    public func page(_ request: ClaimPageRequest) throws -> [Claim] {
        try page(request, filter: ClaimResolver(connection: connection).filter(for: request.selection))
    }

    /// Every claim `request` selects, appearances included, oldest statement first.
    public func export(_ request: ClaimExportRequest) throws -> [Claim] {
        var selection = request.selection
        selection.includeAppearances = true
        return try page(ClaimPageRequest(selection, order: .oldestFirst))
    }

    /// `request` with its selection already resolved to `filter`.
    func page(_ request: ClaimPageRequest, filter: ClaimFilter) throws -> [Claim] {
        if let instant = request.asOf { return try snapshotPage(request, filter: filter, at: instant) }
        var conditions = filter.conditions
        if let after = request.after { conditions.append(try keyset(after: after, order: request.order)) }
        let selected = SQL.joined(conditions, separator: " AND ")
        let order = Self.pageOrder(request.order)
        var sql: SQL
        if let limit = request.limit, filter.status == nil {
            // Choose the page on claims and sources alone, then compute status, via and the rest for
            // that page only: a busy speaker's whole history is sorted by keys, not fully assembled.
            sql = """
                WITH page AS (
                    SELECT c.id FROM claims c JOIN sources so ON so.id = c.source_id
                    WHERE \(selected) ORDER BY \(order) LIMIT \(limit)
                )
                \(Self.selectClaims) WHERE c.id IN (SELECT id FROM page) ORDER BY \(order)
                """
        } else {
            sql = "\(Self.selectClaims) WHERE \(selected) ORDER BY \(order)"
            if let limit = request.limit { sql.append(" LIMIT \(limit)") }
        }
        return try withLinks(connection.query(sql).map(Self.claim(from:)))
    }

    /// ORDER BY for a page of `c` (claims) joined to `so` (their sources).
    static func pageOrder(_ order: ClaimOrder) -> SQL {
        switch order {
        case .oldestFirst: "c.said_on ASC NULLS LAST, \(precisionRank) ASC, so.published_on ASC NULLS LAST, c.id ASC"
        case .newestFirst: "c.said_on DESC NULLS LAST, \(precisionRank) DESC, so.published_on DESC NULLS LAST, c.id DESC"
        }
    }

    /// The condition for "after claim `id`" in page order: a row comparison on the sort key, which
    /// an index serves, instead of OFFSET, which reads and discards every earlier row.
    func keyset(after id: Int, order: ClaimOrder) throws -> SQL {
        guard let row = try connection.queryFirst(
            """
            SELECT c.said_on, \(Self.precisionRank) AS rank, so.published_on FROM claims c
            JOIN sources so ON so.id = c.source_id WHERE c.id = \(id)
            """)
        else { throw ClaimsError.claimNotFound(id: id) }
        let said: CalendarDate? = try row.decode("said_on")
        let rank: Int = try row.decode("rank")
        let published: CalendarDate? = try row.decode("published_on")
        // NULL dates (unknown, or a page that gave none) sort last in both directions; a sentinel
        // keeps the comparison a plain row compare.
        let oldestFirst = order == .oldestFirst
        let far: SQL = oldestFirst ? "'infinity'::date" : "'-infinity'::date"
        let saidKey: SQL = "coalesce(c.said_on, \(far))"
        let keys: SQL = "(\(saidKey), \(Self.precisionRank), coalesce(so.published_on, \(far)), c.id)"
        let anchorSaid: SQL = said.map { "\($0)::date" } ?? far
        let anchorPublished: SQL = published.map { "\($0)::date" } ?? far
        let anchor: SQL = "(\(anchorSaid), \(rank), \(anchorPublished), \(id))"
        return oldestFirst ? "\(keys) > \(anchor)" : "\(keys) < \(anchor)"
    }
}
