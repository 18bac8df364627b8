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
        if relation == .sameStatement { return try recordAppearance(origin, of: target, note: note) }
        return try connection.transaction { db in
            let claims = ClaimStore(db)
            let earlier = try claims.claim(id: target)
            // Evidence is about the statement, so it goes on the statement, not on one of its reports.
            if let statement = earlier.appearanceOf { throw ClaimsError.linkToAppearance(id: target, statement: statement) }
            let originDate: SaidDate?
            /// When the later side became public, if that is known apart from when it was said.
            var originPublished: CalendarDate?
            let originLabel: String
            var fromClaimID: Int?
            var fromSourceID: Int?
            switch origin {
            case .claim(let id):
                if id == target { throw ClaimsError.selfLink(id: id) }
                let later = try claims.claim(id: id)
                originDate = later.effectiveDate
                originPublished = later.source.published
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
            // Evidence said before the claim but published after it (a document that came out
            // later) is about the earlier event and allowed: refused only when it was public first.
            if let originDate, let earlierDate = earlier.effectiveDate, originDate.end < earlierDate.start,
                originPublished.map({ $0 < earlierDate.start }) ?? true
            {
                throw ClaimsError.reversedLink(
                    from: originLabel, fromDate: originDate, relation: relation, to: target, toDate: earlierDate,
                    laterClaimID: fromClaimID, fromPublished: originPublished)
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

    /// Records that claim `origin` is another report of the statement `target` (`claims link B
    /// same-statement A`): B becomes an appearance of A. An appearance of an appearance is one of
    /// its statement; B's own appearances and the evidence on B move to A, in the same transaction.
    ///
    /// - Throws: `ClaimsError.appearanceNeedsClaim` for a report, `.selfLink`, `.duplicateLink`,
    ///   `.alreadyAppearance` when B reports another statement, and `.appearanceSpeakerDiffers`.
    @discardableResult
    func recordAppearance(_ origin: LinkOrigin, of target: Int, note: String?) throws -> Int {
        guard case .claim(let id) = origin else { throw ClaimsError.appearanceNeedsClaim }
        return try connection.transaction { db in
            let claims = ClaimStore(db)
            var statement = try claims.claim(id: target)
            if let first = statement.appearanceOf { statement = try claims.claim(id: first) }
            if id == statement.id { throw ClaimsError.selfLink(id: id) }
            let appearance = try claims.claim(id: id)
            if let already = appearance.appearanceOf {
                if already == statement.id { throw ClaimsError.duplicateLink(from: "claim #\(id)", relation: .sameStatement, to: statement.id) }
                throw ClaimsError.alreadyAppearance(id: id, statement: already)
            }
            guard appearance.speakerID == statement.speakerID else {
                throw ClaimsError.appearanceSpeakerDiffers(
                    id: id, speaker: appearance.speakerName, statement: statement.id, statementSpeaker: statement.speakerName)
            }
            let (a, b) = (statement.id, id)
            // Links between A and B go: B reporting A again is not evidence about it, and a link of
            // A to B would become a link of A to itself. A link B shares with A would be a
            // duplicate: it goes too. The rest of B's move to A.
            try db.execute(
                "DELETE FROM claim_links WHERE (claim_id = \(b) AND from_claim_id = \(a)) OR (claim_id = \(a) AND from_claim_id = \(b))")
            try db.execute(
                """
                DELETE FROM claim_links l WHERE l.claim_id = \(b) AND EXISTS (
                    SELECT 1 FROM claim_links k WHERE k.claim_id = \(a) AND k.relation = l.relation
                      AND (k.from_claim_id = l.from_claim_id OR k.from_source_id = l.from_source_id))
                """)
            try db.execute("UPDATE claim_links SET claim_id = \(a) WHERE claim_id = \(b)")
            let row = try db.queryFirst(
                """
                INSERT INTO claim_links (claim_id, relation, from_claim_id, note)
                VALUES (\(a), \(Relation.sameStatement.rawValue), \(b), \(note)) RETURNING id
                """)
            return try row?.decode("id") ?? 0
        }
    }
}
