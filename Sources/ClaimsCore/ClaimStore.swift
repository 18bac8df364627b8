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
    /// What to do if the speaker said near-identical words within a day of it already.
    public var statement: StatementChoice = .askFirst

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

/// What `claims add` does with a claim that looks like a statement already on record: the same
/// speaker, within a day, near-identical words.
public enum StatementChoice: Sendable, Equatable {
    /// Refuse it, naming the claim it looks like (`ClaimsError.possiblySameStatement`).
    case askFirst
    /// Record it as another report of this claim's statement (`--same-as`).
    case sameAs(Int)
    /// Record it as a claim of its own (`--new`).
    case new
    /// Record it as another report of the claim it looks like, if any; else as a claim of its
    /// own (`extract --apply`, `import claimreview`).
    case attachIfSeen
}

/// A claim just recorded: its id, and the statement it was recorded as an appearance of.
public struct RecordedClaim: Sendable, Equatable {
    public var id: Int
    public var appearanceOf: Int?
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
        try record(new).id
    }

    /// `add`, saying also whether the claim was recorded as an appearance, and of which claim.
    public func record(_ new: NewClaim) throws -> RecordedClaim {
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
            var statement: Int?
            switch new.statement {
            case .sameAs(let id): statement = id
            case .new: statement = nil
            case .askFirst, .attachIfSeen:
                let day = said?.date ?? source.published.map(SaidDate.init(day:))
                if let seen = try likelyStatement(speakerID: speaker.id, text: text, kind: new.kind, day: day, sourceID: source.id, on: db) {
                    guard new.statement == .attachIfSeen else {
                        throw ClaimsError.possiblySameStatement(existing: seen.id, similarity: seen.similarity)
                    }
                    statement = seen.id
                }
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
            try OutletStore(db).recordChain(new.via, ofClaim: id)
            if let statement {
                try LinkStore(db).recordAppearance(.claim(id), of: statement, note: nil)
            }
            return RecordedClaim(id: id, appearanceOf: statement)
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
        let url = try SourceStore.validatedAddress(reference)
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

    /// Trigram similarity at or above which two texts of one speaker a day apart are taken to be
    /// one statement (pg_trgm's similarity: shared three-letter runs over all of them).
    public static let sameStatementSimilarity = 0.8

    /// The statement a new claim by `speakerID` most likely repeats: a claim from another source
    /// (not an appearance, not retracted) dated within a day of `day`, whose words are
    /// near-identical (trigram similarity at least 0.8), or, for quotes, whose quote one source's
    /// text holds and the other's does too. Nil when the day is unknown or nothing is close. (Two
    /// like claims in one article are the article's, not two reports of one statement.)
    func likelyStatement(
        speakerID: Int, text: String, kind: ClaimKind, day: SaidDate?, sourceID: Int, on db: Connection
    ) throws -> (id: Int, similarity: Double)? {
        guard let day else { return nil }
        let row = try db.queryFirst(
            """
            SELECT c.id, similarity(c.text, \(text))::float8 AS similarity
            FROM claims c JOIN sources so ON so.id = c.source_id, (SELECT full_text FROM sources WHERE id = \(sourceID)) new_source
            WHERE c.speaker_id = \(speakerID) AND c.retracted_at IS NULL
              AND coalesce(c.said_on, so.published_on) BETWEEN \(day.start.adding(days: -1)) AND \(day.end.adding(days: 1))
              AND c.source_id <> \(sourceID)
              AND NOT EXISTS (SELECT 1 FROM claim_links a WHERE a.from_claim_id = c.id AND a.relation = 'same-statement')
              AND (similarity(c.text, \(text)) >= \(Self.sameStatementSimilarity)
                   OR (\(kind == .quote) AND c.kind = 'quote'
                       AND strpos(lower(so.full_text), lower(\(text))) > 0 AND strpos(lower(new_source.full_text), lower(c.text)) > 0))
            ORDER BY similarity DESC, c.id LIMIT 1
            """)
        guard let row else { return nil }
        return (try row.decode("id"), try row.decode("similarity"))
    }

    static func normalizedTopics(_ topics: [String]) throws -> [String] {
        var seen: Set<String> = []
        return try topics.map { try Text.required($0, field: "topic").lowercased() }.filter { seen.insert($0).inserted }
    }
}
