// What a source's reporting rests on: the agency its text credits, and an earlier source whose
// text it nearly repeats. Found when a text is recorded, stored, and open to correction by a person
// (`claims source rests-on B A`, `claims source independent B A`).
import FoundationEssentials
internal import Postgres
import Basics

/// Near-duplicate texts, found when a text is read.
public enum SourceResemblance {
    /// Texts at least this alike are one story told twice: the later rests on the earlier.
    public static var threshold: Double { TextSignature.restsOnThreshold }
}

/// One relation of a source to another, for `claims source show`.
public struct SourceRelation: Sendable, Equatable {
    public enum Kind: String, Sendable { case restsOn = "rests-on", independent }
    public var kind: Kind
    public var other: Source
    public var resemblance: Double?
    /// "text" when the machine found it, "user" when a person said so.
    public var decidedBy: String
}

/// What a source rests on and what rests on it.
public struct SourceBasis: Sendable, Equatable {
    public var wireCredit: String?
    /// Its relations to earlier sources (rests on, independent of).
    public var relations: [SourceRelation]
    /// Sources that rest on it.
    public var restedOnBy: [Source]
}

extension SourceStore {
    /// The agency a text credits and its signature, for a row about to be written.
    struct TextReading {
        var wireOutletID: Int?
        var signature: TextSignature?
    }

    func read(text: String, outlet: String?) throws -> TextReading {
        TextReading(wireOutletID: try WireCredits.credit(in: text, ownOutlet: outlet).map(agencyOutlet), signature: TextSignature(text: text))
    }

    /// Whether following what `start` rests on, source by source, reaches `target`.
    func restsOn(_ start: Int, reaching target: Int) throws -> Bool {
        try connection.queryFirst(
            """
            WITH RECURSIVE chain (id) AS (
                SELECT \(start)::bigint
                UNION ALL
                SELECT r.other_source_id FROM chain JOIN source_relations r ON r.source_id = chain.id AND r.relation = 'rests-on'
            ) CYCLE id SET looped USING path
            SELECT 1 AS found FROM chain WHERE id = \(target) LIMIT 1
            """) != nil
    }

    /// The outlet an agency is recorded as: one already called by any of its names, else a new one.
    private func agencyOutlet(_ credit: String) throws -> Int {
        let names = WireCredits.agency(named: credit)?.names ?? [credit]
        if let row = try connection.queryFirst(
            "SELECT id FROM outlets WHERE normalized_name IN (SELECT claims_normalize(n) FROM unnest(\(names)::text[]) n) ORDER BY id LIMIT 1")
        {
            return try row.decode("id")
        }
        return try OutletStore(connection).findOrCreate(credit)
    }

    /// Compares source `id`'s signature with those of the sources that share a band with it, and
    /// records the closest one at or above the threshold: the later of the two rests on the earlier
    /// (by publication date, else by when recorded), unless it already rests on something or a
    /// person said the two are independent.
    func recordResemblance(of id: Int, signature: TextSignature, published: CalendarDate?) throws {
        var best: (id: Int, published: CalendarDate?, resemblance: Double)?
        for row in try connection.query(
            """
            SELECT so.id, array_to_string(so.text_signature, ',') AS signature, so.published_on FROM sources so
            WHERE so.text_bands && \(signature.bandKeys) AND so.id <> \(id) AND so.text_signature IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM source_relations r WHERE r.relation = 'independent'
                              AND ((r.source_id = \(id) AND r.other_source_id = so.id) OR (r.source_id = so.id AND r.other_source_id = \(id))))
            """)
        {
            guard let other = TextSignature(stored: try row.decode("signature")) else { continue }
            let resemblance = signature.resemblance(to: other)
            guard resemblance >= TextSignature.restsOnThreshold, resemblance > best?.resemblance ?? 0 else { continue }
            best = (try row.decode("id"), try row.decode("published_on"), resemblance)
        }
        guard let best else { return }
        let otherIsEarlier: Bool
        if let mine = published, let theirs = best.published, mine != theirs { otherIsEarlier = theirs < mine } else { otherIsEarlier = best.id < id }
        let (later, earlier) = otherIsEarlier ? (id, best.id) : (best.id, id)
        // Never a chain back to itself (a person may have said the earlier rests on the later).
        guard try !restsOn(earlier, reaching: later) else { return }
        try connection.execute(
            """
            INSERT INTO source_relations (source_id, other_source_id, relation, resemblance, decided_by)
            SELECT \(later), \(earlier), 'rests-on', \(best.resemblance), 'text'
            WHERE NOT EXISTS (SELECT 1 FROM source_relations WHERE source_id = \(later) AND relation = 'rests-on')
            ON CONFLICT DO NOTHING
            """)
    }

    /// Reads every stored text not read yet (recorded before migration 0012, merged in, or loaded
    /// by an import) for its wire credit and near-duplicates, oldest first, so that each is
    /// compared with the ones before it. The caller holds the transaction.
    ///
    /// - Returns: how many texts were read.
    @discardableResult
    func readUnreadTexts() throws -> Int {
        let unread = try connection.query(
            """
            SELECT so.id, so.full_text, so.published_on, o.name AS outlet FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id
            WHERE so.full_text IS NOT NULL AND NOT so.text_read ORDER BY so.published_on NULLS LAST, so.id
            """)
        for row in unread {
            let id: Int = try row.decode("id")
            let reading = try read(text: try row.decode("full_text"), outlet: try row.decode("outlet"))
            try connection.execute(
                """
                UPDATE sources SET wire_outlet_id = \(reading.wireOutletID), text_signature = \(reading.signature?.values),
                       text_bands = \(reading.signature?.bandKeys), text_read = true
                WHERE id = \(id)
                """)
            if let signature = reading.signature {
                try recordResemblance(of: id, signature: signature, published: try row.decode("published_on"))
            }
        }
        return unread.count
    }

    /// What source `id` rests on and what rests on it.
    public func basis(of id: Int) throws -> SourceBasis {
        let credit = try connection.queryFirst(
            "SELECT o.name FROM sources so JOIN outlets o ON o.id = so.wire_outlet_id WHERE so.id = \(id)")
        var relations: [SourceRelation] = []
        var restedOnBy: [Source] = []
        // The source at the other end of each relation comes with it, not by a query a row.
        for row in try connection.query(
            """
            SELECT r.source_id AS from_id, r.relation, r.resemblance, r.decided_by, \(Self.columns)
            FROM source_relations r
            JOIN sources so ON so.id = CASE WHEN r.source_id = \(id) THEN r.other_source_id ELSE r.source_id END
            LEFT JOIN outlets o ON o.id = so.outlet_id
            WHERE r.source_id = \(id) OR (r.other_source_id = \(id) AND r.relation = 'rests-on') ORDER BY r.created_at
            """)
        {
            let from: Int = try row.decode("from_id")
            let other = try Self.source(from: row)
            if from != id {
                restedOnBy.append(other)
                continue
            }
            relations.append(
                SourceRelation(
                    kind: SourceRelation.Kind(rawValue: try row.decode("relation")) ?? .restsOn, other: other,
                    resemblance: try row.decode("resemblance"), decidedBy: try row.decode("decided_by")))
        }
        return SourceBasis(wireCredit: try credit?.decode("name"), relations: relations, restedOnBy: restedOnBy)
    }

    /// A person's word on two sources: `source` rests on `other` (it copies or follows it), or the
    /// two are independent (the machine's finding, if any, goes). Either replaces what was recorded
    /// between them.
    ///
    /// - Throws: `ClaimsError.sourceNotFound`, `.mergeIntoItself` for one source twice, and
    ///   `.sourceRelationCycle` when `other` already rests on `source`.
    public func relate(_ sourceReference: String, _ kind: SourceRelation.Kind, to otherReference: String) throws {
        try connection.transaction { db in
            let store = SourceStore(db)
            guard let source = try store.resolve(sourceReference) else { throw ClaimsError.sourceNotFound(reference: sourceReference) }
            guard let other = try store.resolve(otherReference) else { throw ClaimsError.sourceNotFound(reference: otherReference) }
            if source.id == other.id { throw ClaimsError.mergeIntoItself(kind: "source", name: "#\(source.id)") }
            try db.execute(
                """
                DELETE FROM source_relations WHERE (source_id = \(source.id) AND other_source_id = \(other.id))
                    OR (source_id = \(other.id) AND other_source_id = \(source.id))
                """)
            if kind == .restsOn {
                // Following what `other` rests on must not lead back here.
                if try store.restsOn(other.id, reaching: source.id) { throw ClaimsError.sourceRelationCycle(source: source.id, other: other.id) }
                // A source rests on one other: a person's word replaces the machine's finding.
                try db.execute("DELETE FROM source_relations WHERE source_id = \(source.id) AND relation = 'rests-on'")
            }
            try db.execute(
                """
                INSERT INTO source_relations (source_id, other_source_id, relation, decided_by)
                VALUES (\(source.id), \(other.id), \(kind.rawValue), 'user')
                """)
        }
    }
}
