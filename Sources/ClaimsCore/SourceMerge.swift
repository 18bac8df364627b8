// One article recorded twice (two addresses, a syndicated copy), made one.
internal import Postgres
import Basics

/// What a source merge moved.
public struct SourceMergeResult: Sendable, Equatable {
    public var kept: Source
    public var removedURL: String
    public var claimsMoved: Int
    public var linksMoved: Int
    /// Report links the kept source already had, dropped rather than recorded twice.
    public var linksDropped: Int
}

extension SourceStore {
    /// Folds `duplicate` into `keep` in one transaction: its claims and the links that cite it as a
    /// report move to `keep`; `keep` takes its language, article text, headline, outlet, dates,
    /// authors and saved page where it has none; the
    /// duplicate's row is deleted. Every step is in the history.
    ///
    /// - Throws: `ClaimsError.sourceTextsDiffer` when both keep an article text and the duplicate's
    ///   claims are anchored in its own: the anchors would point into another text.
    public func merge(keep keepReference: String, duplicate duplicateReference: String, reason: String? = nil) throws -> SourceMergeResult {
        let reason = try reason.map { try Text.required($0, field: "reason") }
        return try connection.transaction { db in
            let store = SourceStore(db)
            guard let keep = try store.resolve(keepReference) else { throw ClaimsError.sourceNotFound(reference: keepReference) }
            guard let duplicate = try store.resolve(duplicateReference) else {
                throw ClaimsError.sourceNotFound(reference: duplicateReference)
            }
            guard keep.id != duplicate.id else { throw ClaimsError.mergeIntoItself(kind: "source", name: keep.url) }
            if keep.hasText, duplicate.hasText,
                try db.queryFirst("SELECT 1 FROM claims WHERE source_id = \(duplicate.id) AND anchor_start IS NOT NULL") != nil
            {
                throw ClaimsError.sourceTextsDiffer(keep: keep.url, duplicate: duplicate.url)
            }
            try HistorySettings.setReason(reason ?? "merged \(duplicate.url) into \(keep.url)", on: db)
            let claims = try db.execute("UPDATE claims SET source_id = \(keep.id) WHERE source_id = \(duplicate.id)")
            // A link citing both as the same report about the same claim is kept once.
            let dropped = try db.execute(
                """
                DELETE FROM claim_links d WHERE d.from_source_id = \(duplicate.id) AND EXISTS (
                    SELECT 1 FROM claim_links k WHERE k.from_source_id = \(keep.id) AND k.relation = d.relation AND k.claim_id = d.claim_id)
                """)
            let links = try db.execute("UPDATE claim_links SET from_source_id = \(keep.id) WHERE from_source_id = \(duplicate.id)")
            // The text fingerprint is unique: take the text off the duplicate before giving it over.
            let text = try db.queryFirst("SELECT language, full_text, text_sha256 FROM sources WHERE id = \(duplicate.id)")
            try db.execute("UPDATE sources SET full_text = NULL, text_sha256 = NULL WHERE id = \(duplicate.id) AND full_text IS NOT NULL")
            try db.execute(
                """
                UPDATE sources SET language = coalesce(language, \(try text?.decode("language", as: String?.self))),
                       full_text = coalesce(full_text, \(try text?.decode("full_text", as: String?.self))),
                       text_sha256 = CASE WHEN full_text IS NULL THEN \(try text?.decode("text_sha256", as: String?.self)) ELSE text_sha256 END
                WHERE id = \(keep.id)
                """)
            // Details a page did not state, and the saved page itself, come over where the kept source has none.
            try db.execute(
                """
                UPDATE sources k SET title = coalesce(k.title, d.title), outlet_id = coalesce(k.outlet_id, d.outlet_id),
                       published_on = coalesce(k.published_on, d.published_on), modified_on = coalesce(k.modified_on, d.modified_on),
                       authors = CASE WHEN k.authors = '{}' THEN d.authors ELSE k.authors END,
                       -- Where a detail came from travels with the detail, and only then.
                       metadata = k.metadata || jsonb_strip_nulls(jsonb_build_object(
                           'title', CASE WHEN k.title IS NULL THEN d.metadata -> 'title' END,
                           'outlet', CASE WHEN k.outlet_id IS NULL THEN d.metadata -> 'outlet' END,
                           'published', CASE WHEN k.published_on IS NULL THEN d.metadata -> 'published' END,
                           'modified', CASE WHEN k.modified_on IS NULL THEN d.metadata -> 'modified' END,
                           'authors', CASE WHEN k.authors = '{}' THEN d.metadata -> 'authors' END,
                           'language', CASE WHEN \(keep.language == nil) THEN d.metadata -> 'language' END,
                           'body', CASE WHEN \(!keep.hasText) THEN d.metadata -> 'body' END,
                           'canonical', CASE WHEN NOT EXISTS (SELECT 1 FROM source_pages WHERE source_id = k.id) THEN d.metadata -> 'canonical' END))
                FROM sources d WHERE k.id = \(keep.id) AND d.id = \(duplicate.id)
                """)
            try db.execute(
                """
                UPDATE source_pages SET source_id = \(keep.id)
                WHERE source_id = \(duplicate.id) AND NOT EXISTS (SELECT 1 FROM source_pages WHERE source_id = \(keep.id))
                """)
            // What the duplicate rests on, and what rests on it, comes over unless the kept source
            // already says otherwise (or it would relate the kept source to itself).
            try db.execute(
                """
                DELETE FROM source_relations d
                WHERE (d.source_id = \(duplicate.id) AND (d.other_source_id = \(keep.id) OR EXISTS (
                          SELECT 1 FROM source_relations k WHERE k.source_id = \(keep.id)
                            AND (k.other_source_id = d.other_source_id OR (k.relation = 'rests-on' AND d.relation = 'rests-on')))))
                   OR (d.other_source_id = \(duplicate.id) AND (d.source_id = \(keep.id) OR EXISTS (
                          SELECT 1 FROM source_relations k WHERE k.other_source_id = \(keep.id) AND k.source_id = d.source_id)))
                """)
            try db.execute("UPDATE source_relations SET source_id = \(keep.id) WHERE source_id = \(duplicate.id)")
            try db.execute("UPDATE source_relations SET other_source_id = \(keep.id) WHERE other_source_id = \(duplicate.id)")
            // Two sources made one may close a chain on itself: the kept source's own basis goes then.
            if let basis = try db.queryFirst("SELECT other_source_id FROM source_relations WHERE source_id = \(keep.id) AND relation = 'rests-on'"),
                try store.restsOn(try basis.decode("other_source_id"), reaching: keep.id)
            {
                try db.execute("DELETE FROM source_relations WHERE source_id = \(keep.id) AND relation = 'rests-on'")
            }
            try db.execute("DELETE FROM sources WHERE id = \(duplicate.id)")
            // A text the kept source gained is read for its credit and its copies.
            try store.readUnreadTexts()
            guard let kept = try store.source(id: keep.id, on: db) else { throw ClaimsError.sourceNotFound(reference: keepReference) }
            return SourceMergeResult(
                kept: kept, removedURL: duplicate.url, claimsMoved: claims, linksMoved: links, linksDropped: dropped)
        }
    }
}
