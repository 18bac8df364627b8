// Claims: the store, and recording and retracting them.
//
// The store's other jobs each have their file: ClaimPages (a page of claims), ClaimTimeline (the
// timeline, streamed), ClaimLinks (links and reviews attached to claims), ClaimSnapshots (the
// record as of an instant), ClaimSearch (full-text search), ClaimRows (the SQL a claim is read
// with and the decoding of its rows) and ClaimAnchors (checking quotes against their sources).
import FoundationEssentials
package import Postgres
import Basics

/// What `claims add` asks for.
public struct NewClaim: Sendable {
    public var text: String
    public var speaker: String
    /// Add the speaker if no speaker goes by that name.
    public var createSpeaker: Bool
    /// A source number or URL.
    public var source: String
    /// Used to record the source in the same command when it is not recorded yet.
    public var sourceTitle: String?
    public var sourceOutlet: String?
    public var sourcePublished: CalendarDate?
    /// YYYY-MM-DD, YYYY-MM, YYYY, or the article's words ("on Tuesday"), resolved against the
    /// source's publication date.
    public var said: String?
    public var via: [String]
    public var kind: ClaimKind
    public var topics: [String]

    public init(
        text: String, speaker: String, createSpeaker: Bool = false, source: String, sourceTitle: String? = nil,
        sourceOutlet: String? = nil, sourcePublished: CalendarDate? = nil, said: String? = nil, via: [String] = [],
        kind: ClaimKind = .quote, topics: [String] = []
    ) {
        self.text = text
        self.speaker = speaker
        self.createSpeaker = createSpeaker
        self.source = source
        self.sourceTitle = sourceTitle
        self.sourceOutlet = sourceOutlet
        self.sourcePublished = sourcePublished
        self.said = said
        self.via = via
        self.kind = kind
        self.topics = topics
    }
}

public struct ClaimStore {
    let connection: Connection

    /// How many times a write that lost a race with another session is tried in all.
    static let raceAttempts = 8

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a claim, creating its speaker (with `createSpeaker`), source (when title, outlet and
    /// published date are given) and outlets as needed, all in one transaction.
    ///
    /// - Returns: the new claim's id.
    public func add(_ new: NewClaim) throws -> Int {
        let text = try Text.claimText(new.text)
        let topics = try Self.normalizedTopics(new.topics)
        // Several people adding claims at once may create the same new speaker, source or outlet at
        // the same moment; the loser of that race starts again and finds the winner's row.
        return try connection.transaction(attempts: Self.raceAttempts) { db in
            let speakers = SpeakerStore(db)
            let speaker: Speaker
            do {
                speaker = try speakers.resolve(new.speaker)
            } catch ClaimsError.speakerNotFound where new.createSpeaker {
                do {
                    speaker = try speakers.add(NewSpeaker(name: new.speaker))
                } catch ClaimsError.speakerExists {
                    // Someone else added this speaker since we looked: use theirs.
                    speaker = try speakers.resolve(new.speaker)
                }
            }
            let source = try resolveOrCreateSource(new, on: db)
            let said = try new.said.map { try SaidDate.parse($0, published: source.published, sourceID: source.id) }
            var anchor: QuoteAnchor?
            if new.kind == .quote, let article = try SourceStore(db).fullText(sourceID: source.id) {
                guard let found = QuoteMatcher.find(text, in: article) else {
                    let closest = QuoteMatcher.closest(to: text, in: article)
                    throw ClaimsError.quoteNotInSource(
                        sourceID: source.id, closest: closest?.text, similarity: closest?.similarity)
                }
                anchor = found
            }
            let row = try db.queryFirst(
                """
                INSERT INTO claims (speaker_id, source_id, text, kind, said_on, said_precision, said_phrase, topics,
                                    anchor_start, anchor_end, anchor_prefix, anchor_suffix)
                VALUES (\(speaker.id), \(source.id), \(text), \(new.kind.rawValue), \(said?.date.start),
                        \(said?.date.precision.rawValue), \(said?.phrase), \(topics),
                        \(anchor?.start), \(anchor?.end), \(anchor?.prefix), \(anchor?.suffix))
                RETURNING id
                """)
            let id: Int = try row?.decode("id") ?? 0
            let outlets = OutletStore(db)
            for (index, name) in new.via.enumerated() {
                let outletID = try outlets.findOrCreate(name)
                try db.execute(
                    "INSERT INTO claim_outlets (claim_id, position, outlet_id) VALUES (\(id), \(index + 1), \(outletID))")
            }
            return id
        }
    }

    /// Withdraws claim `id` without deleting it; the history records `reason` with the change.
    public func retract(id: Int, reason: String) throws {
        let reason = try Text.required(reason, field: "reason")
        try connection.transaction { db in
            try HistorySettings.setReason(reason, on: db)
            guard let row = try db.queryFirst("SELECT retracted_at FROM claims WHERE id = \(id) FOR UPDATE") else {
                throw ClaimsError.claimNotFound(id: id)
            }
            if let at = try row.decode("retracted_at", as: Date?.self) { throw ClaimsError.alreadyRetracted(id: id, at: at) }
            try db.execute("UPDATE claims SET retracted_at = now(), retraction_reason = \(reason) WHERE id = \(id)")
        }
    }

    private func resolveOrCreateSource(_ new: NewClaim, on db: Connection) throws -> Source {
        let sources = SourceStore(db)
        if let existing = try sources.resolve(new.source) { return existing }
        let reference = new.source.trimmingWhitespace()
        if Int(reference.hasPrefix("#") ? String(reference.dropFirst()) : reference) != nil {
            throw ClaimsError.sourceNotFound(reference: reference)
        }
        let url = try SourceStore.validatedURL(reference)
        var missing: [SourceDetail] = []
        if new.sourceTitle == nil { missing.append(.title) }
        if new.sourceOutlet == nil { missing.append(.outlet) }
        if new.sourcePublished == nil { missing.append(.published) }
        guard missing.isEmpty, let title = new.sourceTitle, let outlet = new.sourceOutlet,
            let published = new.sourcePublished
        else { throw ClaimsError.sourceDetailsMissing(url: url, missing: missing) }
        do {
            return try sources.add(NewSource(url: url, title: title, outlet: outlet, published: published))
        } catch ClaimsError.sourceExists {
            // Recorded by someone else since we looked.
            guard let recorded = try sources.resolve(url) else { throw ClaimsError.sourceNotFound(reference: url) }
            return recorded
        }
    }

    static func normalizedTopics(_ topics: [String]) throws -> [String] {
        var seen: Set<String> = []
        return try topics.map { try Text.required($0, field: "topic").lowercased() }.filter { seen.insert($0).inserted }
    }
}
