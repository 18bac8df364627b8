// Corrections: a claim's text, date, speaker or source changed in place, with the old version kept
// in the history (migration 0007) and the reason recorded beside it.
import FoundationEssentials
internal import Postgres
import Basics

/// What `claims edit` changes; nil leaves a field as it is.
public struct ClaimEdit: Sendable {
    public var text: String?
    /// YYYY-MM-DD, YYYY-MM, YYYY, or the article's words, against the (new) source's date.
    public var said: String?
    public var speaker: String?
    public var source: String?
    /// A verbatim quote or a paraphrase; a quote is anchored in the source's text again.
    public var kind: ClaimKind?
    /// The outlets it came through, in order, replacing those recorded (`[]` clears them).
    public var via: [String]?
    /// The topics, replacing those recorded (`[]` clears them).
    public var topics: [String]?

    public init(
        text: String? = nil, said: String? = nil, speaker: String? = nil, source: String? = nil, kind: ClaimKind? = nil,
        via: [String]? = nil, topics: [String]? = nil
    ) {
        self.text = text
        self.said = said
        self.speaker = speaker
        self.source = source
        self.kind = kind
        self.via = via
        self.topics = topics
    }

    public var isEmpty: Bool {
        text == nil && said == nil && speaker == nil && source == nil && kind == nil && via == nil && topics == nil
    }
}

extension ClaimStore {
    /// Applies `edit` to claim `id` in one transaction and returns the names of the fields that
    /// changed. A quote's anchor is found again in the source's text, as `add` does.
    @discardableResult
    public func edit(id: Int, _ edit: ClaimEdit, reason: String?) throws -> [String] {
        guard !edit.isEmpty else { throw ClaimsError.nothingToEdit }
        let reason = try reason.map { try Text.required($0, field: "reason") }
        return try connection.transaction { db in
            if let reason { try HistorySettings.setReason(reason, on: db) }
            let current = try ClaimStore(db).claim(id: id)
            var changed: [String] = []
            let speakerID = try edit.speaker.map { try SpeakerStore(db).resolve($0).id } ?? current.speakerID
            if speakerID != current.speakerID { changed.append("speaker") }
            let sources = SourceStore(db)
            let source = try edit.source.map { reference in
                guard let found = try sources.resolve(reference) else { throw ClaimsError.sourceNotFound(reference: reference) }
                return found
            } ?? current.source
            if source.id != current.source.id { changed.append("source") }
            let text = try edit.text.map { try Text.claimText($0) } ?? current.text
            if text != current.text { changed.append("text") }
            var said = current.said
            var phrase = current.saidPhrase
            if let words = edit.said {
                let parsed = try SaidDate.parse(words, published: source.published, sourceID: source.id)
                said = parsed.date
                phrase = parsed.phrase
                if said != current.said || phrase != current.saidPhrase { changed.append("said") }
            }
            let kind = edit.kind ?? current.kind
            if kind != current.kind { changed.append("kind") }
            let topics = try edit.topics.map(ClaimStore.normalizedTopics) ?? current.topics
            if topics != current.topics { changed.append("topics") }
            let via = try edit.via.map { try $0.map { try Text.required($0, field: "via outlet") } } ?? current.via
            let viaChanged = via.map(NameFolding.key) != current.via.map(NameFolding.key)
            if viaChanged { changed.append("via") }
            var anchor: QuoteAnchor?
            if kind == .quote, let article = try sources.fullText(sourceID: source.id) {
                guard let found = QuoteMatcher.find(text, in: article) else {
                    let closest = QuoteMatcher.closest(to: text, in: article)
                    throw ClaimsError.quoteNotInSource(sourceID: source.id, closest: closest?.text, similarity: closest?.similarity)
                }
                anchor = found
            }
            guard !changed.isEmpty else { return [] }
            try db.execute(
                """
                UPDATE claims SET speaker_id = \(speakerID), source_id = \(source.id), text = \(text),
                       said_on = \(said?.start), said_precision = \(said?.precision.rawValue), said_phrase = \(phrase),
                       anchor_start = \(anchor?.start), anchor_end = \(anchor?.end), anchor_prefix = \(anchor?.prefix),
                       anchor_suffix = \(anchor?.suffix), kind = \(kind.rawValue), topics = \(topics)
                WHERE id = \(id)
                """)
            if viaChanged {
                try db.execute("DELETE FROM claim_outlets WHERE claim_id = \(id)")
                try OutletStore(db).recordChain(via, ofClaim: id)
            }
            return changed
        }
    }
}
