// The one step of a read that looks names up: a selection's speakers and source become ids.
internal import Postgres
import Basics

/// Resolves a `ClaimSelection` to a `ClaimFilter` before any SQL is built, so that an unknown
/// speaker or source is reported before a query runs, and the SQL builder stays pure.
struct ClaimResolver {
    let connection: Connection

    /// - Throws: `ClaimsError.speakerNotFound`, `.ambiguousSpeaker` or `.sourceNotFound`.
    func filter(for selection: ClaimSelection) throws -> ClaimFilter {
        var filter = ClaimFilter()
        let speakers = SpeakerStore(connection)
        filter.speakerIDs = try selection.speakers.map { try speakers.resolve($0).id }
        filter.topic = Text.nonBlank(selection.topic)?.lowercased()
        if let reference = selection.source {
            guard let source = try SourceStore(connection).resolve(reference) else {
                throw ClaimsError.sourceNotFound(reference: reference)
            }
            filter.sourceID = source.id
        }
        filter.since = selection.since?.start
        filter.until = selection.until?.end
        filter.status = selection.status
        filter.reviewedOnly = selection.reviewedOnly
        filter.includeRetracted = selection.includeRetracted
        filter.includeAppearances = selection.includeAppearances || filter.sourceID != nil
        return filter
    }
}
