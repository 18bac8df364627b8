// Reads schema.org ClaimReview JSON-LD as publishers embed it, into speakers, sources, claims and reviews.
import FoundationEssentials
package import Postgres
import Basics

/// `claims import claimreview`.
///
/// Accepts a single ClaimReview, an array, or an `@graph` (other node types are ignored); any value
/// may be given as one item or an array of them; authors may be a Person, an Organization or a plain
/// name; dates may be a year, a month, a day or a full timestamp. Existing speakers (by name),
/// sources (by URL), claims (by speaker, source and text) and reviews (by claim and URL) are reused.
/// Each ClaimReview is imported on its own savepoint: one that cannot be used is reported and
/// skipped, unless `strict`, when it stops everything and nothing is written.
public struct ClaimReviewImport {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    public struct Skipped: Sendable, Equatable {
        /// 1-based position among the ClaimReview items of the document.
        public var item: Int
        /// Why it was skipped.
        public var error: ClaimsError
    }

    public struct Summary: Sendable, Equatable {
        public var items = 0
        public var reviews = 0
        public var claims = 0
        /// Of `claims`, how many were recorded as another report of a claim already there.
        public var appearances = 0
        public var speakers = 0
        public var sources = 0
        public var skipped: [Skipped] = []
    }

    public func importDocument(_ data: Data, strict: Bool) throws -> Summary {
        let items = try ClaimReviewReader.read(data)
        return try connection.transaction { db in
            var summary = Summary()
            summary.items = items.count
            for (index, item) in items.enumerated() {
                do {
                    let review = try item.get()
                    // Counted only if the item's savepoint commits: a skipped item added nothing.
                    var counted = summary
                    try db.transaction { savepoint in try write(review, on: savepoint, summary: &counted) }
                    summary = counted
                } catch let error as ClaimsError {
                    if strict { throw ClaimsError.claimReviewItem(item: index + 1, error: error) }
                    summary.skipped.append(Skipped(item: index + 1, error: error))
                } catch let error as PostgresError where !error.isUnreachable {
                    // The server's refusal, in its words, as a problem with the document.
                    let refused = ClaimsError.invalidDocument(reason: error.description)
                    if strict { throw ClaimsError.claimReviewItem(item: index + 1, error: refused) }
                    summary.skipped.append(Skipped(item: index + 1, error: refused))
                }
            }
            return summary
        }
    }

    // MARK: One ClaimReview

    private func write(_ review: ClaimReviewItem, on db: Connection, summary: inout Summary) throws {
        // The speaker: an exact name or alias, or a new speaker.
        let speakerID: Int
        if let existing = try db.queryFirst("SELECT speaker_id FROM speaker_names WHERE normalized = claims_normalize(\(review.speakerName))") {
            speakerID = try existing.decode("speaker_id")
        } else {
            let wikidata = review.speakerWikidataID
            let taken = try wikidata.map { try db.queryFirst("SELECT 1 AS found FROM speakers WHERE wikidata_id = \($0)") != nil } ?? false
            speakerID = try SpeakerStore(db).add(
                NewSpeaker(name: review.speakerName, role: review.speakerRole, wikidataID: taken ? nil : wikidata)).id
            summary.speakers += 1
        }
        // The source.
        let sources = SourceStore(db)
        let source: Source
        if let existing = try sources.resolve(review.appearanceURL) {
            source = existing
        } else {
            source = try sources.add(
                NewSource(url: review.appearanceURL, title: review.appearanceTitle, outlet: review.appearanceOutlet, published: review.published))
            summary.sources += 1
        }
        // The claim: the same speaker, source and text, or a new paraphrase (ClaimReview texts are summaries).
        let claimID: Int
        let claimText = review.claimText
        if let existing = try db.queryFirst(
            "SELECT id FROM claims WHERE speaker_id = \(speakerID) AND source_id = \(source.id) AND text = \(claimText)")
        {
            claimID = try existing.decode("id")
        } else {
            let speakerRow = try db.queryFirst("SELECT name FROM speakers WHERE id = \(speakerID)")
            var claim = NewClaim(
                text: claimText, speaker: try speakerRow?.decode("name") ?? review.speakerName, source: String(source.id),
                said: review.said?.description, kind: .paraphrase)
            // A claim another fact-check already recorded in other words is another report of it.
            claim.statement = .attachIfSeen
            let recorded = try ClaimStore(db).record(claim)
            claimID = recorded.id
            summary.claims += 1
            if recorded.appearanceOf != nil { summary.appearances += 1 }
        }
        // The review.
        if try db.queryFirst("SELECT 1 AS found FROM reviews WHERE claim_id = \(claimID) AND url = \(review.reviewURL)") == nil {
            try ReviewStore(db).add(
                NewReview(
                    claimID: claimID, rating: review.rating, ratingValue: review.ratingValue, bestRating: review.bestRating,
                    worstRating: review.worstRating, author: review.reviewer, url: review.reviewURL, published: review.reviewDate))
            summary.reviews += 1
        }
    }
}
