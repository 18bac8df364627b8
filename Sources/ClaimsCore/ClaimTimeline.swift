// Streaming a timeline: every selected claim in the order things were said, one at a time.
internal import Postgres

extension ClaimStore {
    /// Claims in timeline order: by the date said (the report date when unknown), and claims of the
    /// same day by when they were reported.
    public func timeline(_ request: TimelineRequest) throws -> [Claim] {
        var claims: [Claim] = []
        try forEachTimelineClaim(request) { claims.append($0) }
        return claims
    }

    /// The timeline one claim at a time, for output that streams. The links and reviews of the
    /// whole selection are read first (one query each); then the claims arrive in order in
    /// libpq's single-row mode, so memory holds the links, never the claims.
    public func forEachTimelineClaim(_ request: TimelineRequest, _ body: (Claim) throws -> Void) throws {
        let filter = try ClaimResolver(connection: connection).filter(for: request.selection)
        let selected = SQL.joined(filter.conditions, separator: " AND ")
        // The status view only when the filter needs it: its per-claim aggregate is not free.
        let table: SQL = filter.status == nil ? "claims" : "claims_with_status"
        // The selection's ids are read once and handed to the links, reviews and via queries as an
        // array: as a subquery, each of them read a busy speaker's claims from the heap again
        // (four passes over 46,000 scattered rows at a million claims, 0.3 s each).
        let ids = try connection.query(
            "SELECT c.id FROM \(table) c JOIN sources so ON so.id = c.source_id WHERE \(selected)"
        ).map { row in try row.decode("id", as: Int.self) }
        // The cast is for psql replaying the statement with the values inlined (scripts/bench):
        // unnest of an untyped literal cannot choose its element type.
        let selection: SQL = "SELECT unnest(\(ids)::bigint[])"
        var attachments = try Attachments(
            links: links(to: "claim_id IN (\(selection))", from: "from_claim_id IN (\(selection))"),
            reviews: ReviewStore(connection).reviews(forClaimsIn: selection))
        var via: [Int: [String]] = [:]
        for row in try connection.query(
            """
            SELECT co.claim_id, vo.name FROM claim_outlets co JOIN outlets vo ON vo.id = co.outlet_id
            WHERE co.claim_id IN (\(selection)) ORDER BY co.claim_id, co.position
            """)
        {
            via[try row.decode("claim_id"), default: []].append(try row.decode("name"))
        }
        // Which claims are appearances, and the evidence of the statements that have some: status
        // and via come from what was read here, not from subqueries per row.
        var appearances: [Int: Int] = [:]
        for row in try connection.query(
            "SELECT from_claim_id, claim_id FROM claim_links WHERE relation = 'same-statement' AND from_claim_id IN (\(selection))")
        {
            appearances[try row.decode("from_claim_id")] = try row.decode("claim_id")
        }
        try attachments.addEvidence(
            for: ids.lazy.map { id in (id, appearances[id]) }, from: self, asOf: nil)
        try attachments.addAppearances(from: self)
        let columns = Self.selectColumns(status: "'unverified'::text", appearanceOf: "NULL::bigint", via: "'{}'::text[]")
        var sql: SQL = "\(columns) \(Self.fromClaims(table)) WHERE \(selected)"
        sql.append(" ORDER BY coalesce(c.said_on, so.published_on), \(Self.precisionRank), so.published_on, c.created_at, c.id")
        try connection.forEachRow(sql) { row in
            var claim = try Self.claim(from: row)
            claim.appearanceOf = appearances[claim.id]
            claim = attachments.attach(to: claim, withStatus: true)
            claim.via = via[claim.id] ?? []
            try body(claim)
        }
    }
}
