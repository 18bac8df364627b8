// Which claims a read selects, once every name is an id: the conditions of its WHERE clause.
import Basics
internal import Postgres

/// A `ClaimSelection` after `ClaimResolver` has resolved the names in it.
///
/// Resolving reads the database and throws what a user sees (an unknown speaker, a source that
/// is not recorded); turning the result into SQL does neither, so it is tested without a server.
struct ClaimFilter: Equatable {
    var speakerIDs: [Int] = []
    /// Lower-cased, as topics are stored.
    var topic: String?
    var sourceID: Int?
    /// The first day a claim may be dated (said, else reported), inclusive.
    var since: CalendarDate?
    /// The last day, inclusive.
    var until: CalendarDate?
    var status: ClaimStatus?
    /// One claim only (`claims show`).
    var claimID: Int?
    var reviewedOnly = false
    var includeRetracted = false
    var includeAppearances = false

    static let notAnAppearance: SQL =
        "NOT EXISTS (SELECT 1 FROM claim_links a WHERE a.from_claim_id = c.id AND a.relation = 'same-statement')"

    /// The conditions over `c` (a claims table or view) and `so` (its sources), to be joined with
    /// AND; the first one is always there, so the list is never empty.
    var conditions: [SQL] {
        var conditions: [SQL] = [includeRetracted ? "true" : "c.retracted_at IS NULL"]
        // An appearance is listed under its statement, not on its own.
        if !includeAppearances {
            conditions.append(Self.notAnAppearance)
        }
        // One speaker as a plain equality: `= ANY(array)` keeps the planner from reading the
        // (speaker_id, said_on) index in order, and a busy speaker's whole history gets sorted.
        if speakerIDs.count == 1, let id = speakerIDs.first {
            conditions.append("c.speaker_id = \(id)")
        } else if !speakerIDs.isEmpty {
            conditions.append("c.speaker_id = ANY(\(speakerIDs))")
        }
        if let topic {
            conditions.append("c.topics @> ARRAY[\(topic)]::text[]")
        }
        if let sourceID {
            conditions.append("c.source_id = \(sourceID)")
        }
        if let since {
            conditions.append("coalesce(c.said_on, so.published_on) >= \(since)")
        }
        if let until {
            conditions.append("coalesce(c.said_on, so.published_on) <= \(until)")
        }
        if let status {
            conditions.append("c.status = \(status.rawValue)")
        }
        if let claimID {
            conditions.append("c.id = \(claimID)")
        }
        if reviewedOnly {
            conditions.append("EXISTS (SELECT 1 FROM reviews r WHERE r.claim_id = c.id)")
        }
        return conditions
    }
}
