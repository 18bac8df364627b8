// Claims read back with what hangs on them: their links (with the claim or report at the other
// end), their reviews, and the sources those ends come from, fetched in one query each for a
// whole page of claims, as of now or of an instant.
import FoundationEssentials
internal import Postgres
import Basics

extension ClaimStore {
    /// Attaches links, reviews and evidence to claims with one query each for the whole set, not
    /// one per claim. As of an instant, the status too comes from the links as they were then.
    func withLinks(_ claims: [Claim], asOf instant: Date? = nil) throws -> [Claim] {
        guard !claims.isEmpty else { return claims }
        let ids = claims.map(\.id)
        var attachments = try Attachments(
            links: links(to: "claim_id = ANY(\(ids))", from: "from_claim_id = ANY(\(ids))", asOf: instant),
            reviews: ReviewStore(connection).reviews(claimIDs: claims.map(\.id)))
        try attachments.addEvidence(for: claims.lazy.map { ($0.id, $0.appearanceOf) }, from: self, asOf: instant)
        try attachments.addAppearances(from: self)
        return claims.map { attachments.attach(to: $0, withStatus: instant != nil) }
    }

    /// Links, reviews and evidence by claim, ready to attach to claims as they are read.
    struct Attachments {
        var links: [Int: [ClaimLink]]
        var reviews: [Int: [Review]]
        /// By statement: an appearance has its statement's status.
        var evidence: [Int: (status: ClaimStatus, evidence: Evidence)] = [:]
        /// The other reports of each statement that has some, earliest first.
        var appearanceReports: [Int: [Claim]] = [:]

        init(links: [Int: [ClaimLink]], reviews: [Review]) {
            self.links = links
            self.reviews = Dictionary(grouping: reviews, by: \.claimID)
        }

        /// Reads the evidence of every statement among `claims` (each a claim's id and the statement
        /// it is an appearance of) that has some: the claims with an incoming corroborating or
        /// contradicting link, and the statements of appearances.
        mutating func addEvidence(
            for claims: some Sequence<(id: Int, appearanceOf: Int?)>, from store: ClaimStore, asOf instant: Date?
        ) throws {
            var statements = Set<Int>()
            for (id, appearanceOf) in claims {
                if let statement = appearanceOf {
                    statements.insert(statement)
                } else if links[id]?.contains(where: { $0.direction == .incoming && $0.relation.isEvidence }) == true {
                    statements.insert(id)
                }
            }
            evidence = try store.evidence(statementIDs: statements, asOf: instant)
        }

        /// Reads the other reports of every claim that has some (an incoming same-statement link).
        mutating func addAppearances(from store: ClaimStore) throws {
            let statements = links.compactMap { id, links in
                links.contains { $0.direction == .incoming && $0.relation == .sameStatement } ? id : nil
            }
            appearanceReports = try store.appearanceReports(of: Set(statements))
        }

        /// `claim` with its links, reviews, evidence and appearances; with `withStatus`, the status from that
        /// evidence too (for reads whose rows carry a placeholder).
        func attach(to claim: Claim, withStatus: Bool) -> Claim {
            var claim = claim
            claim.links = links[claim.id] ?? []
            claim.reviews = reviews[claim.id] ?? []
            let found = evidence[claim.appearanceOf ?? claim.id]
            if claim.appearanceOf == nil, let found { claim.evidence = found.evidence }
            if withStatus { claim.status = found?.status ?? .unverified }
            if let reports = appearanceReports[claim.id] {
                (claim.appearances, claim.driftFromEarliest) = ClaimStore.appearances(of: claim, reports: reports)
            }
            return claim
        }
    }

    /// The status and evidence lines of each statement, as the SQL rule gives them (migration
    /// 0012), in one query for the whole set; as of `instant`, from the links as they were then.
    func evidence(statementIDs: Set<Int>, asOf instant: Date? = nil) throws -> [Int: (status: ClaimStatus, evidence: Evidence)] {
        guard !statementIDs.isEmpty else { return [:] }
        var prefix: SQL = ""
        var table: SQL = "claim_links"
        if let instant {
            prefix = "WITH links_then AS (\(Self.asOf("claim_links", instant))) "
            table = "links_then"
        }
        let opener: SQL = instant == nil ? "WITH" : ","
        var found: [Int: (status: ClaimStatus, evidence: Evidence)] = [:]
        for row in try connection.query(
            """
            \(prefix)\(opener) statements AS MATERIALIZED (
                SELECT s.id, \(Self.evidenceLinks(of: "s.id", in: table)) AS links FROM unnest(\(Array(statementIDs))::bigint[]) s (id)
            ),
            -- Once a statement, not once for each of its lines.
            judged AS MATERIALIZED (SELECT id, links, claims_status(id, links) AS status FROM statements)
            SELECT t.id, t.status, e.* FROM judged t
            CROSS JOIN LATERAL claims_evidence_lines(t.id, t.links) e
            ORDER BY t.id, e.link_id
            """)
        {
            let id: Int = try row.decode("id")
            let root = EvidenceRoot(
                kind: EvidenceRoot.Kind(rawValue: try row.decode("root_kind")) ?? .source, id: try row.decode("root_id"),
                name: try row.decode("root_name"))
            let line = EvidenceLink(
                linkID: try row.decode("link_id"), relation: Relation(rawValue: try row.decode("relation")) ?? .corroborates,
                root: root, sourceID: try row.decode("root_source_id"), counted: try row.decode("counted"))
            let status = ClaimStatus(rawValue: try row.decode("status")) ?? .unverified
            found[id, default: (status, Evidence(lines: []))].evidence.lines.append(line)
        }
        return found
    }

    /// The corroborating and contradicting links on claim `id` in `table` (claim_links, or a
    /// table of its rows as of an instant), as the array the SQL rule takes.
    static func evidenceLinks(of id: SQL, in table: SQL) -> SQL {
        "ARRAY(SELECT ROW(l.*)::claim_links FROM \(table) l WHERE l.claim_id = \(id) AND l.relation IN ('corroborates', 'contradicts'))"
    }

    /// The links that `to` or `from` (conditions on `claim_links`) pick, seen from both of their
    /// claims: each is listed under the earlier claim as incoming and under the later one as outgoing.
    ///
    /// Three queries rather than one join: the links, each side through its own index; then the
    /// claims at their ends, and the reports, each fetched once by id. Joined in one statement,
    /// PostgreSQL misjudged how many links a busy speaker has and read the whole claims table twice
    /// (1.9 s for a timeline of 46,000 claims at a million).
    func links(to: SQL, from: SQL, asOf instant: Date? = nil) throws -> [Int: [ClaimLink]] {
        var prefix: SQL = ""
        var table: SQL = "claim_links"
        if let instant {
            prefix = "WITH links_then AS (\(Self.asOf("claim_links", instant))) "
            table = "links_then"
        }
        let links = try connection.query(
            """
            \(prefix)SELECT id, claim_id, from_claim_id, from_source_id, relation, note FROM \(table) WHERE \(to)
            UNION SELECT id, claim_id, from_claim_id, from_source_id, relation, note FROM \(table) WHERE \(from)
            """
        ).map(LinkRow.init(row:))
        guard !links.isEmpty else { return [:] }
        let ends = try linkEnds(claimIDs: Set(links.flatMap { [$0.toID] + ($0.fromID.map { [$0] } ?? []) }))
        let reports = try sources(ids: Set(links.compactMap(\.fromSourceID)))

        var resolved: [(link: LinkRow, to: LinkEnd, from: LinkEnd)] = []
        resolved.reserveCapacity(links.count)
        for link in links {
            guard let to = ends[link.toID] else { continue }
            if let fromID = link.fromID {
                guard let from = ends[fromID] else { continue }
                resolved.append((link, to, from))
            } else if let sourceID = link.fromSourceID, let report = reports[sourceID] {
                resolved.append((link, to, LinkEnd(speaker: nil, source: report, date: report.published.map(SaidDate.init(day:)))))
            }
        }
        // Oldest other side first, as a reader follows the story.
        resolved.sort { first, second in
            switch (first.from.date?.start, second.from.date?.start) {
            case let (a?, b?): return (a, first.link.id) < (b, second.link.id)
            case (nil, nil): return first.link.id < second.link.id
            case (nil, _?): return false
            case (_?, nil): return true
            }
        }

        var linksByClaim: [Int: [ClaimLink]] = [:]
        for (link, to, from) in resolved {
            // Seen from the earlier claim: an incoming link from the later side.
            linksByClaim[link.toID, default: []].append(
                ClaimLink(
                    id: link.id, relation: link.relation, direction: .incoming, otherClaimID: link.fromID,
                    otherSpeaker: from.speaker, otherSource: from.source, date: from.date, note: link.note))
            // Seen from the later claim: an outgoing link to the earlier one.
            if let fromID = link.fromID {
                linksByClaim[fromID, default: []].append(
                    ClaimLink(
                        id: link.id, relation: link.relation, direction: .outgoing, otherClaimID: link.toID,
                        otherSpeaker: to.speaker, otherSource: to.source, date: to.date, note: link.note))
            }
        }
        return linksByClaim
    }

    /// One row of `claim_links`.
    private struct LinkRow {
        var id: Int
        var toID: Int
        var fromID: Int?
        var fromSourceID: Int?
        var relation: Relation
        var note: String?

        init(row: Row) throws {
            id = try row.decode("id")
            toID = try row.decode("claim_id")
            fromID = try row.decode("from_claim_id")
            fromSourceID = try row.decode("from_source_id")
            relation = Relation(rawValue: try row.decode("relation")) ?? .respondsTo
            note = try row.decode("note")
        }
    }

    /// What a link shows of the claim or report at its other end.
    private struct LinkEnd {
        var speaker: String?
        var source: Source
        /// Nil when neither a said date nor the source's publication date is known.
        var date: SaidDate?
    }

    private func linkEnds(claimIDs: Set<Int>) throws -> [Int: LinkEnd] {
        var ends: [Int: LinkEnd] = [:]
        ends.reserveCapacity(claimIDs.count)
        for row in try connection.query(
            """
            SELECT c.id, c.said_on, c.said_precision, sp.name AS speaker, \(SourceStore.columns)
            FROM claims c JOIN speakers sp ON sp.id = c.speaker_id
            JOIN sources so ON so.id = c.source_id LEFT JOIN outlets o ON o.id = so.outlet_id
            WHERE c.id = ANY(\(Array(claimIDs)))
            """)
        {
            let source = try SourceStore.source(from: row)
            ends[try row.decode("id")] = LinkEnd(
                speaker: try row.decode("speaker"), source: source,
                date: SaidDate.stored(try row.decode("said_on"), try row.decode("said_precision")) ?? source.published.map(SaidDate.init(day:)))
        }
        return ends
    }

    private func sources(ids: Set<Int>) throws -> [Int: Source] {
        guard !ids.isEmpty else { return [:] }
        var sources: [Int: Source] = [:]
        for row in try connection.query(
            """
            SELECT \(SourceStore.columns) FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id
            WHERE so.id = ANY(\(Array(ids)))
            """)
        {
            let source = try SourceStore.source(from: row)
            sources[source.id] = source
        }
        return sources
    }
}
