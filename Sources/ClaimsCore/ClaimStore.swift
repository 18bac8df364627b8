// Claims: recording them, finding them, and reading them back with their links and status.
import FoundationEssentials
package import Postgres
import Basics

/// What `claims add` asks for.
public struct NewClaim: Sendable {
    public var text: String
    public var speaker: String
    /// Add the speaker if no speaker goes by that name.
    public var createSpeaker: Bool
    /// A source number or URL.
    public var source: String
    /// Used to record the source in the same command when it is not recorded yet.
    public var sourceTitle: String?
    public var sourceOutlet: String?
    public var sourcePublished: CalendarDate?
    /// YYYY-MM-DD, YYYY-MM, YYYY, or the article's words ("on Tuesday"), resolved against the
    /// source's publication date.
    public var said: String?
    public var via: [String]
    public var kind: ClaimKind
    public var topics: [String]

    public init(
        text: String, speaker: String, createSpeaker: Bool = false, source: String, sourceTitle: String? = nil,
        sourceOutlet: String? = nil, sourcePublished: CalendarDate? = nil, said: String? = nil, via: [String] = [],
        kind: ClaimKind = .quote, topics: [String] = []
    ) {
        self.text = text
        self.speaker = speaker
        self.createSpeaker = createSpeaker
        self.source = source
        self.sourceTitle = sourceTitle
        self.sourceOutlet = sourceOutlet
        self.sourcePublished = sourcePublished
        self.said = said
        self.via = via
        self.kind = kind
        self.topics = topics
    }
}

/// Which claims `claims list` and `claims timeline` show.
public struct ClaimQuery: Sendable {
    public var speakers: [String] = []
    public var topic: String?
    public var source: String?
    public var since: SaidDate?
    public var until: SaidDate?
    public var status: ClaimStatus?
    /// Only these claims.
    public var ids: [Int]?
    /// Only claims with at least one review.
    public var reviewedOnly = false
    public var limit: Int?
    public var oldestFirst = false
    /// Keyset paging: only claims that come after this claim in the chosen order.
    public var after: Int?
    /// Retracted claims too (they are left out unless asked for).
    public var includeRetracted = false
    /// The record as it stood at this instant, rebuilt from the history (claims and links; names,
    /// sources and reviews as they are now).
    public var asOf: Date?

    public init() {}
}

public struct ClaimStore {
    let connection: Connection

    /// How many times a write that lost a race with another session is tried in all.
    static let raceAttempts = 8

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a claim, creating its speaker (with `createSpeaker`), source (when title, outlet and
    /// published date are given) and outlets as needed, all in one transaction.
    ///
    /// - Returns: the new claim's id.
    public func add(_ new: NewClaim) throws -> Int {
        let text = try Text.claimText(new.text)
        let topics = try Self.normalizedTopics(new.topics)
        // Several people adding claims at once may create the same new speaker, source or outlet at
        // the same moment; the loser of that race starts again and finds the winner's row.
        return try connection.transaction(attempts: Self.raceAttempts) { db in
            let speakers = SpeakerStore(db)
            let speaker: Speaker
            do {
                speaker = try speakers.resolve(new.speaker)
            } catch ClaimsError.speakerNotFound where new.createSpeaker {
                do {
                    speaker = try speakers.add(NewSpeaker(name: new.speaker))
                } catch ClaimsError.speakerExists {
                    // Someone else added this speaker since we looked: use theirs.
                    speaker = try speakers.resolve(new.speaker)
                }
            }
            let source = try resolveOrCreateSource(new, on: db)
            let said = try new.said.map { try SaidDate.parse($0, published: source.published, sourceID: source.id) }
            var anchor: QuoteAnchor?
            if new.kind == .quote, let article = try SourceStore(db).fullText(sourceID: source.id) {
                guard let found = QuoteMatcher.find(text, in: article) else {
                    let closest = QuoteMatcher.closest(to: text, in: article)
                    throw ClaimsError.quoteNotInSource(
                        sourceID: source.id, closest: closest?.text, similarity: closest?.similarity)
                }
                anchor = found
            }
            let row = try db.queryFirst(
                """
                INSERT INTO claims (speaker_id, source_id, text, kind, said_on, said_precision, said_phrase, topics,
                                    anchor_start, anchor_end, anchor_prefix, anchor_suffix)
                VALUES (\(speaker.id), \(source.id), \(text), \(new.kind.rawValue), \(said?.date.start),
                        \(said?.date.precision.rawValue), \(said?.phrase), \(topics),
                        \(anchor?.start), \(anchor?.end), \(anchor?.prefix), \(anchor?.suffix))
                RETURNING id
                """)
            let id: Int = try row?.decode("id") ?? 0
            let outlets = OutletStore(db)
            for (index, name) in new.via.enumerated() {
                let outletID = try outlets.findOrCreate(name)
                try db.execute(
                    "INSERT INTO claim_outlets (claim_id, position, outlet_id) VALUES (\(id), \(index + 1), \(outletID))")
            }
            return id
        }
    }

    /// Withdraws claim `id` without deleting it; the history records `reason` with the change.
    public func retract(id: Int, reason: String) throws {
        let reason = try Text.required(reason, field: "reason")
        try connection.transaction { db in
            try HistorySettings.setReason(reason, on: db)
            guard let row = try db.queryFirst("SELECT retracted_at FROM claims WHERE id = \(id) FOR UPDATE") else {
                throw ClaimsError.claimNotFound(id: id)
            }
            if let at = try row.decode("retracted_at", as: Date?.self) { throw ClaimsError.alreadyRetracted(id: id, at: at) }
            try db.execute("UPDATE claims SET retracted_at = now(), retraction_reason = \(reason) WHERE id = \(id)")
        }
    }

    /// One claim with all its links in and out.
    public func claim(id: Int) throws -> Claim {
        var query = ClaimQuery()
        query.limit = 1
        query.includeRetracted = true
        guard let claim = try claims(query, extra: "c.id = \(id)").first else { throw ClaimsError.claimNotFound(id: id) }
        return claim
    }

    /// Claims matching `query`, newest statement first (undated claims last, by report date), or
    /// oldest first; each with its links.
    public func claims(_ query: ClaimQuery) throws -> [Claim] {
        try claims(query, extra: nil)
    }

    /// Claims in timeline order: by the date said (the report date when unknown), and claims of the
    /// same day by when they were reported.
    public func timeline(_ query: ClaimQuery) throws -> [Claim] {
        var claims: [Claim] = []
        try forEachTimelineClaim(query) { claims.append($0) }
        return claims
    }

    /// The timeline one claim at a time, for output that streams. The links and reviews of the
    /// whole selection are read first (one query each); then the claims arrive in order in
    /// libpq's single-row mode, so memory holds the links, never the claims.
    public func forEachTimelineClaim(_ query: ClaimQuery, _ body: (Claim) throws -> Void) throws {
        let filters = SQL.joined(try filter(for: query).conditions, separator: " AND ")
        // The status view only when the filter needs it: its per-claim aggregate is not free.
        let table: SQL = query.status == nil ? "claims" : "claims_with_status"
        // The selection's ids are read once and handed to the links, reviews and via queries as an
        // array: as a subquery, each of them read a busy speaker's claims from the heap again
        // (four passes over 46,000 scattered rows at a million claims, 0.3 s each).
        let ids = try connection.query(
            "SELECT c.id FROM \(table) c JOIN sources so ON so.id = c.source_id WHERE \(filters)"
        ).map { row in try row.decode("id", as: Int.self) }
        // The cast is for psql replaying the statement with the values inlined (scripts/bench):
        // unnest of an untyped literal cannot choose its element type.
        let selection: SQL = "SELECT unnest(\(ids)::bigint[])"
        let attachments = try Attachments(
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
        // Status and via come from what was just read, not from two subqueries per row.
        let columns = Self.selectColumns(status: "'unverified'::text", via: "'{}'::text[]")
        var sql: SQL = "\(columns) \(Self.fromClaims(table)) WHERE \(filters)"
        sql.append(" ORDER BY coalesce(c.said_on, so.published_on), \(Self.precisionRank), so.published_on, c.created_at, c.id")
        try connection.forEachRow(sql) { row in
            var claim = attachments.attach(to: try Self.claim(from: row))
            claim.via = via[claim.id] ?? []
            claim.status = ClaimStatus(incoming: claim.links.lazy.filter { $0.direction == .incoming }.map(\.relation))
            try body(claim)
        }
    }

    private func claims(_ query: ClaimQuery, extra: SQL?) throws -> [Claim] {
        // As of an instant, status comes from the links as they were then, not from the view.
        var current = query
        if query.asOf != nil { current.status = nil }
        var filters = try filter(for: current).conditions
        if let extra { filters.append(extra) }
        if let after = query.after { filters.append(try keyset(after: after, oldestFirst: query.oldestFirst)) }
        let order: SQL = query.oldestFirst
            ? "c.said_on ASC NULLS LAST, \(Self.precisionRank) ASC, so.published_on ASC NULLS LAST, c.id ASC"
            : "c.said_on DESC NULLS LAST, \(Self.precisionRank) DESC, so.published_on DESC NULLS LAST, c.id DESC"
        var sql: SQL
        if let instant = query.asOf {
            if let status = query.status {
                filters.append("\(Self.status(from: "links_then")) = \(status.rawValue)")
            }
            // Status shown comes from the links as they were then, attached below.
            sql = """
                WITH claims_then AS (\(Self.asOf("claims", instant))), links_then AS (\(Self.asOf("claim_links", instant)))
                \(Self.selectColumns(status: "'unverified'::text")) \(Self.fromClaims("claims_then"))
                WHERE \(SQL.joined(filters, separator: " AND ")) ORDER BY \(order)
                """
            if let limit = query.limit { sql.append(" LIMIT \(limit)") }
            return try withLinks(connection.query(sql).map(Self.claim(from:)), asOf: instant)
        }
        if let limit = query.limit, query.status == nil {
            // Choose the page on claims and sources alone, then compute status, via and the rest for
            // that page only: a busy speaker's whole history is sorted by keys, not fully assembled.
            sql = """
                WITH page AS (
                    SELECT c.id FROM claims c JOIN sources so ON so.id = c.source_id
                    WHERE \(SQL.joined(filters, separator: " AND ")) ORDER BY \(order) LIMIT \(limit)
                )
                \(Self.selectClaims) WHERE c.id IN (SELECT id FROM page) ORDER BY \(order)
                """
        } else {
            sql = "\(Self.selectClaims) WHERE \(SQL.joined(filters, separator: " AND ")) ORDER BY \(order)"
            if let limit = query.limit { sql.append(" LIMIT \(limit)") }
        }
        return try withLinks(connection.query(sql).map(Self.claim(from:)))
    }

    /// `query`'s filters with every name resolved to an id: the one step of a read that looks
    /// names up, before any SQL is built.
    ///
    /// - Throws: `ClaimsError.speakerNotFound`, `.ambiguousSpeaker` or `.sourceNotFound`.
    func filter(for query: ClaimQuery) throws -> ClaimFilter {
        var filter = ClaimFilter()
        filter.speakerIDs = try query.speakers.map { try SpeakerStore(connection).resolve($0).id }
        filter.topic = Text.nonBlank(query.topic)?.lowercased()
        if let reference = query.source {
            guard let source = try SourceStore(connection).resolve(reference) else {
                throw ClaimsError.sourceNotFound(reference: reference)
            }
            filter.sourceID = source.id
        }
        filter.since = query.since?.start
        filter.until = query.until?.end
        filter.status = query.status
        filter.ids = query.ids
        filter.reviewedOnly = query.reviewedOnly
        filter.includeRetracted = query.includeRetracted
        return filter
    }

    /// The condition for "after claim `id`" in list order: a row comparison on the sort key, which
    /// an index serves, instead of OFFSET, which reads and discards every earlier row.
    private func keyset(after id: Int, oldestFirst: Bool) throws -> SQL {
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
        let far: SQL = oldestFirst ? "'infinity'::date" : "'-infinity'::date"
        let saidKey: SQL = "coalesce(c.said_on, \(far))"
        let keys: SQL = "(\(saidKey), \(Self.precisionRank), coalesce(so.published_on, \(far)), c.id)"
        let anchorSaid: SQL = said.map { "\($0)::date" } ?? far
        let anchorPublished: SQL = published.map { "\($0)::date" } ?? far
        let anchor: SQL = "(\(anchorSaid), \(rank), \(anchorPublished), \(id))"
        return oldestFirst ? "\(keys) > \(anchor)" : "\(keys) < \(anchor)"
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

    private func resolveOrCreateSource(_ new: NewClaim, on db: Connection) throws -> Source {
        let sources = SourceStore(db)
        if let existing = try sources.resolve(new.source) { return existing }
        let reference = new.source.trimmingWhitespace()
        if Int(reference.hasPrefix("#") ? String(reference.dropFirst()) : reference) != nil {
            throw ClaimsError.sourceNotFound(reference: reference)
        }
        let url = try SourceStore.validatedURL(reference)
        var missing: [SourceDetail] = []
        if new.sourceTitle == nil { missing.append(.title) }
        if new.sourceOutlet == nil { missing.append(.outlet) }
        if new.sourcePublished == nil { missing.append(.published) }
        guard missing.isEmpty, let title = new.sourceTitle, let outlet = new.sourceOutlet,
            let published = new.sourcePublished
        else { throw ClaimsError.sourceDetailsMissing(url: url, missing: missing) }
        do {
            return try sources.add(NewSource(url: url, title: title, outlet: outlet, published: published))
        } catch ClaimsError.sourceExists {
            // Recorded by someone else since we looked.
            guard let recorded = try sources.resolve(url) else { throw ClaimsError.sourceNotFound(reference: url) }
            return recorded
        }
    }

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
