// Two records of one person, made one: claims and names move, the duplicate goes, history keeps all.
internal import Postgres
import Basics

/// What a merge moved.
public struct SpeakerMergeResult: Sendable, Equatable {
    public var kept: Speaker
    public var removedName: String
    public var claimsMoved: Int
    public var namesMoved: Int
}

extension SpeakerStore {
    /// Folds `duplicate` into `keep` in one transaction: its claims and all its names (its main
    /// name becomes an alias) move to `keep`, `keep` takes its role, affiliation and Wikidata id
    /// where it has none, and the duplicate's row is deleted. Every step is in the history.
    public func merge(keep keepName: String, duplicate duplicateName: String, reason: String? = nil) throws -> SpeakerMergeResult {
        let reason = try reason.map { try Text.required($0, field: "reason") }
        return try connection.transaction { db in
            let store = SpeakerStore(db)
            let keep = try store.resolve(keepName)
            let duplicate = try store.resolve(duplicateName)
            guard keep.id != duplicate.id else { throw ClaimsError.mergeIntoItself(kind: "speaker", name: keep.name) }
            try HistorySettings.setReason(reason ?? "merged \(duplicate.name) into \(keep.name)", on: db)
            let claims = try db.execute("UPDATE claims SET speaker_id = \(keep.id) WHERE speaker_id = \(duplicate.id)")
            let names = try db.execute(
                "UPDATE speaker_names SET speaker_id = \(keep.id), is_primary = false WHERE speaker_id = \(duplicate.id)")
            // The Wikidata id is unique: take it off the duplicate before giving it to the one kept.
            try db.execute("UPDATE speakers SET wikidata_id = NULL WHERE id = \(duplicate.id) AND wikidata_id IS NOT NULL")
            try db.execute(
                """
                UPDATE speakers SET role = coalesce(role, \(duplicate.role)), affiliation = coalesce(affiliation, \(duplicate.affiliation)),
                       wikidata_id = coalesce(wikidata_id, \(duplicate.wikidataID))
                WHERE id = \(keep.id)
                """)
            try db.execute("DELETE FROM speakers WHERE id = \(duplicate.id)")
            guard let kept = try store.speaker(id: keep.id, on: db) else { throw ClaimsError.speakerNotFound(name: keep.name, suggestions: []) }
            return SpeakerMergeResult(kept: kept, removedName: duplicate.name, claimsMoved: claims, namesMoved: names)
        }
    }
}
