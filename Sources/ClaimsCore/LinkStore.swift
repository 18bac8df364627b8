// Links: a later claim or report that corroborates, contradicts or responds to an earlier claim.
package import Postgres
import Basics

/// The later side of a link.
public enum LinkOrigin: Sendable, Equatable {
    case claim(Int)
    /// A report (source) with no specific quote.
    case report(String)
}

public struct LinkStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records that `origin` `relation` claim `target`, e.g. claim 40 contradicts claim 20.
    ///
    /// - Throws: `ClaimsError.claimNotFound`, `.sourceNotFound`, `.selfLink`, `.duplicateLink`, and
    ///   `.reversedLink` when the later side is dated before the claim it would link to (the message
    ///   shows both dates and the command the other way round).
    /// - Returns: the link's id.
    @discardableResult
    public func link(_ origin: LinkOrigin, _ relation: Relation, to target: Int, note: String?) throws -> Int {
        let note = try Text.given(note, field: "note")
        return try connection.transaction { db in
            let claims = ClaimStore(db)
            let earlier = try claims.claim(id: target)
            let originDate: SaidDate?
            let originLabel: String
            var fromClaimID: Int?
            var fromSourceID: Int?
            switch origin {
            case .claim(let id):
                if id == target { throw ClaimsError.selfLink(id: id) }
                let later = try claims.claim(id: id)
                originDate = later.effectiveDate
                originLabel = "claim #\(id)"
                fromClaimID = id
            case .report(let reference):
                guard let report = try SourceStore(db).resolve(reference) else {
                    throw ClaimsError.sourceNotFound(reference: reference)
                }
                originDate = report.published.map(SaidDate.init(day:))
                originLabel = "report #\(report.id)"
                fromSourceID = report.id
            }
            // Undated sides (a page that gives no date) cannot be put in order, so they are not checked.
            if let originDate, let earlierDate = earlier.effectiveDate, originDate.end < earlierDate.start {
                throw ClaimsError.reversedLink(
                    from: originLabel, fromDate: originDate, relation: relation, to: target, toDate: earlierDate,
                    laterClaimID: fromClaimID)
            }
            do {
                let row = try db.queryFirst(
                    """
                    INSERT INTO claim_links (claim_id, relation, from_claim_id, from_source_id, note)
                    VALUES (\(target), \(relation.rawValue), \(fromClaimID), \(fromSourceID), \(note)) RETURNING id
                    """)
                return try row?.decode("id") ?? 0
            } catch let error as PostgresError where error.sqlState == .uniqueViolation {
                throw ClaimsError.duplicateLink(from: originLabel, relation: relation, to: target)
            }
        }
    }
}
