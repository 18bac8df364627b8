// A speaker's record: how their claims fared, when, and through whom.
internal import Postgres
import Basics

public struct SpeakerRecord: Sendable, Equatable {
    public struct OutletCount: Sendable, Equatable {
        public var outlet: String
        public var claims: Int
    }

    public struct ContradictedClaim: Sendable, Equatable {
        public var claimID: Int
        public var text: String
        public var said: SaidDate?
        public var contradictions: Int
    }

    public var speaker: Speaker
    public var total: Int
    /// Claims by status; every status present, zero when none.
    public var byStatus: [ClaimStatus: Int]
    public var firstDated: SaidDate?
    public var lastDated: SaidDate?
    /// Outlets that published or relayed the speaker's claims, most first.
    public var outlets: [OutletCount]
    /// Up to five claims with the most contradicting links, most first.
    public var mostContradicted: [ContradictedClaim]
}

extension SpeakerStore {
    /// The record of a speaker found by name or alias.
    public func record(_ name: String) throws -> SpeakerRecord {
        let speaker = try resolve(name)
        var byStatus = Dictionary(uniqueKeysWithValues: ClaimStatus.allCases.map { ($0, 0) })
        for row in try connection.query(
            "SELECT status, count(*) AS n FROM claims_with_status WHERE speaker_id = \(speaker.id) AND appearance_of IS NULL GROUP BY status")
        {
            if let status = ClaimStatus(rawValue: try row.decode("status")) { byStatus[status] = try row.decode("n") }
        }
        let span = try connection.queryFirst(
            """
            SELECT (SELECT said_on FROM claims WHERE speaker_id = \(speaker.id) AND said_on IS NOT NULL
                    ORDER BY said_on, id LIMIT 1) AS first_on,
                   (SELECT said_precision FROM claims WHERE speaker_id = \(speaker.id) AND said_on IS NOT NULL
                    ORDER BY said_on, id LIMIT 1) AS first_precision,
                   (SELECT said_on FROM claims WHERE speaker_id = \(speaker.id) AND said_on IS NOT NULL
                    ORDER BY said_on DESC, id DESC LIMIT 1) AS last_on,
                   (SELECT said_precision FROM claims WHERE speaker_id = \(speaker.id) AND said_on IS NOT NULL
                    ORDER BY said_on DESC, id DESC LIMIT 1) AS last_precision
            """)
        let outlets = try connection.query(
            """
            SELECT name, count(DISTINCT claim_id) AS n FROM (
                SELECT o.name, c.id AS claim_id FROM claims c
                JOIN sources so ON so.id = c.source_id JOIN outlets o ON o.id = so.outlet_id
                WHERE c.speaker_id = \(speaker.id)
                UNION ALL
                SELECT o.name, c.id FROM claims c
                JOIN claim_outlets co ON co.claim_id = c.id JOIN outlets o ON o.id = co.outlet_id
                WHERE c.speaker_id = \(speaker.id)
            ) carried
            GROUP BY name ORDER BY n DESC, name
            """
        ).map { SpeakerRecord.OutletCount(outlet: try $0.decode("name"), claims: try $0.decode("n")) }
        let contradicted = try connection.query(
            """
            SELECT c.id, c.text, c.said_on, c.said_precision, count(*) AS n
            FROM claims c JOIN claim_links l ON l.claim_id = c.id AND l.relation = 'contradicts'
            WHERE c.speaker_id = \(speaker.id)
            GROUP BY c.id ORDER BY n DESC, c.said_on DESC NULLS LAST, c.id LIMIT 5
            """
        ).map { row in
            SpeakerRecord.ContradictedClaim(
                claimID: try row.decode("id"), text: try row.decode("text"),
                said: SaidDate.stored(try row.decode("said_on"), try row.decode("said_precision")),
                contradictions: try row.decode("n"))
        }
        return SpeakerRecord(
            speaker: speaker, total: byStatus.values.reduce(0, +), byStatus: byStatus,
            firstDated: SaidDate.stored(try span?.decode("first_on"), try span?.decode("first_precision")),
            lastDated: SaidDate.stored(try span?.decode("last_on"), try span?.decode("last_precision")),
            outlets: outlets, mostContradicted: contradicted)
    }
}
