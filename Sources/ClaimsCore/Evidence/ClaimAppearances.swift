// A statement's appearances: the other reports of it (`claims link B same-statement A`), each with
// its own source, via and words, and how those words drifted from the earliest report's.
internal import Postgres
import Basics

/// Another report of a claim's statement.
public struct Appearance: Sendable, Equatable {
    public var claimID: Int
    public var text: String
    public var kind: ClaimKind
    public var said: SaidDate?
    public var source: Source
    public var via: [String]
    /// The note given when it was linked ("our translation", "re-published").
    public var note: String?
    /// Its words against the earliest report's (which has none of its own).
    public var drift: QuoteDrift
    /// Its source is in another language than the earliest report's, or its note says it translates.
    public var isTranslation: Bool
    /// The earliest report, which the others are measured against.
    public var isEarliest: Bool

    public var effectiveDate: SaidDate? { said ?? source.published.map(SaidDate.init(day:)) }
}

extension ClaimStore {
    /// The other reports of each statement in `statementIDs`, earliest first, in one query.
    func appearanceReports(of statementIDs: Set<Int>) throws -> [Int: [Claim]] {
        guard !statementIDs.isEmpty else { return [:] }
        // The appearances' ids first, then their rows by id: joined in one statement, the planner
        // worked out the status view for every claim before the join (50 s at a million claims).
        var statementOf: [Int: Int] = [:]
        for row in try connection.query(
            "SELECT from_claim_id, claim_id FROM claim_links WHERE relation = 'same-statement' AND claim_id = ANY(\(Array(statementIDs)))")
        {
            statementOf[try row.decode("from_claim_id")] = try row.decode("claim_id")
        }
        guard !statementOf.isEmpty else { return [:] }
        var reports: [Int: [Claim]] = [:]
        // An appearance has its statement's status: the view would work it out again for each.
        for row in try connection.query(
            """
            \(Self.selectColumns(status: "'unverified'::text", appearanceOf: "NULL::bigint")) \(Self.fromClaims("claims"))
            WHERE c.id = ANY(\(Array(statementOf.keys)))
            ORDER BY coalesce(c.said_on, so.published_on) NULLS LAST, c.id
            """)
        {
            var report = try Self.claim(from: row)
            guard let statement = statementOf[report.id] else { continue }
            report.appearanceOf = statement
            reports[statement, default: []].append(report)
        }
        return reports
    }

    /// `claim`'s appearances among `reports` (its other reports, earliest first), measured against
    /// the earliest report of the statement: the claim itself unless a report is dated before it.
    /// Also the claim's own drift from that earlier report, if there is one.
    static func appearances(of claim: Claim, reports: [Claim]) -> (appearances: [Appearance], ownDrift: QuoteDrift?) {
        guard !reports.isEmpty else { return ([], nil) }
        let notes = Dictionary(
            claim.links.filter { $0.relation == .sameStatement }.compactMap { link in link.otherClaimID.map { ($0, link.note) } }
        ) { first, _ in first }
        let earliest = reports.first.flatMap { first -> Claim? in
            guard let firstDate = first.effectiveDate?.start else { return nil }
            guard let ownDate = claim.effectiveDate?.start else { return first }
            return firstDate < ownDate ? first : nil
        } ?? claim
        func translates(_ report: Claim, note: String?) -> Bool {
            if note?.lowercased().contains("translat") == true { return true }
            guard let language = report.source.language, let reference = earliest.source.language else { return false }
            return language.prefix(2).lowercased() != reference.prefix(2).lowercased()
        }
        let appearances = reports.map { report in
            let note = notes[report.id] ?? nil
            return Appearance(
                claimID: report.id, text: report.text, kind: report.kind, said: report.said, source: report.source, via: report.via,
                note: note, drift: QuoteDrift.between(earliest.text, report.text), isTranslation: translates(report, note: note),
                isEarliest: report.id == earliest.id)
        }
        return (appearances, earliest.id == claim.id ? nil : QuoteDrift.between(earliest.text, claim.text))
    }
}

extension ClaimStore {
    /// Records each claim with an id above `before` (those an import just wrote) that repeats a
    /// claim recorded before it as an appearance of that claim, as `claims add` would ask: another
    /// source, the same speaker, said within a day, words at least 80% alike. Set-based; claims of
    /// the same import are not matched with each other, nor claims without a date said, nor claims
    /// that already are appearances or have some.
    ///
    /// - Returns: how many were attached.
    func attachRepeats(recordedAfter before: Int) throws -> Int {
        guard before > 0 else { return 0 }
        return try connection.execute(
            """
            INSERT INTO claim_links (claim_id, relation, from_claim_id)
            SELECT DISTINCT ON (n.id) e.id, 'same-statement', n.id
            FROM claims n
            JOIN claims e ON e.speaker_id = n.speaker_id AND e.said_on BETWEEN n.said_on - 1 AND n.said_on + 1
            WHERE n.id > \(before) AND e.id <= \(before) AND e.source_id <> n.source_id AND e.retracted_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM claim_links a WHERE a.relation = 'same-statement' AND a.from_claim_id IN (n.id, e.id))
              AND NOT EXISTS (SELECT 1 FROM claim_links a WHERE a.relation = 'same-statement' AND a.claim_id = n.id)
              AND similarity(e.text, n.text) >= \(Self.sameStatementSimilarity)
            ORDER BY n.id, similarity(e.text, n.text) DESC, e.id
            """)
    }
}

/// An appearance whose words drifted from the earliest report of its statement (`claims verify`).
public struct DriftedAppearance: Sendable, Equatable {
    public var statementID: Int
    public var appearance: Appearance
}

extension ClaimStore {
    /// Every appearance (of a source, when given) whose similarity to the earliest report of its
    /// statement is below `QuoteDrift.threshold`, by statement.
    public func driftedAppearances(sourceID: Int? = nil) throws -> [DriftedAppearance] {
        let scope: SQL = sourceID.map { id in
            "AND (c.source_id = \(id) OR EXISTS (SELECT 1 FROM claim_links a JOIN claims r ON r.id = a.from_claim_id WHERE a.claim_id = c.id AND a.relation = 'same-statement' AND r.source_id = \(id)))"
        } ?? ""
        let ids = try connection.query("SELECT DISTINCT claim_id FROM claim_links WHERE relation = 'same-statement'")
            .map { row in try row.decode("claim_id", as: Int.self) }
        guard !ids.isEmpty else { return [] }
        let statements = try withLinks(connection.query(
            "\(Self.selectClaims) WHERE c.id = ANY(\(ids)) \(scope) ORDER BY c.id"
        ).map(Self.claim(from:)))
        return statements.flatMap { statement in
            statement.appearances.filter { $0.drift.drifted && !$0.isEarliest && (sourceID == nil || $0.source.id == sourceID || statement.source.id == sourceID) }
                .map { DriftedAppearance(statementID: statement.id, appearance: $0) }
        }
    }
}
