// Reads schema.org ClaimReview JSON-LD as publishers embed it, into speakers, sources, claims and reviews.
import Foundation
import Postgres

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

    public init(_ connection: Connection) {
        self.connection = connection
    }

    public struct Skipped: Sendable, Equatable {
        /// 1-based position among the ClaimReview items of the document.
        public var item: Int
        public var reason: String
    }

    public struct Summary: Sendable, Equatable {
        public var items = 0
        public var reviews = 0
        public var claims = 0
        public var speakers = 0
        public var sources = 0
        public var skipped: [Skipped] = []
    }

    public func importDocument(_ data: Data, strict: Bool) throws -> Summary {
        guard let json = try? JSONSerialization.jsonObject(with: data) else {
            throw ClaimsError.invalidDocument(reason: "it is not valid JSON")
        }
        let items = Self.nodes(in: json).filter { Self.types(of: $0).contains("ClaimReview") }
        guard !items.isEmpty else { throw ClaimsError.invalidDocument(reason: "it has no ClaimReview") }
        return try connection.transaction { db in
            var summary = Summary()
            summary.items = items.count
            for (index, item) in items.enumerated() {
                do {
                    // Counted only if the item's savepoint commits: a skipped item added nothing.
                    var counted = summary
                    try db.transaction { savepoint in try importItem(item, on: savepoint, summary: &counted) }
                    summary = counted
                } catch let error as ClaimsError {
                    if strict { throw ClaimsError.claimReviewItem(item: index + 1, reason: error.description) }
                    summary.skipped.append(Skipped(item: index + 1, reason: error.description))
                } catch let error as PostgresError where !error.isUnreachable {
                    if strict { throw ClaimsError.claimReviewItem(item: index + 1, reason: error.description) }
                    summary.skipped.append(Skipped(item: index + 1, reason: error.description))
                }
            }
            return summary
        }
    }

    // MARK: One ClaimReview

    private func importItem(_ item: [String: Any], on db: Connection, summary: inout Summary) throws {
        guard let text = Self.text(item["claimReviewed"]) else { throw Self.missing("claimReviewed (the claim's text)") }
        guard let reviewURL = Self.text(item["url"]) else { throw Self.missing("url (the review's address)") }
        guard let rating = Self.node(item["reviewRating"]) else { throw Self.missing("reviewRating") }
        let ratingValue = Self.number(rating["ratingValue"])
        guard let ratingText = Self.text(rating["alternateName"]) ?? ratingValue.map(Self.format) else {
            throw Self.missing("reviewRating.alternateName or ratingValue")
        }
        guard let reviewer = Self.name(item["author"]) else { throw Self.missing("author (who published the review)") }
        guard let claimItem = Self.node(item["itemReviewed"]) else { throw Self.missing("itemReviewed") }
        guard let speakerNode = Self.first(claimItem["author"]), let speakerName = Self.name(speakerNode) else {
            throw Self.missing("itemReviewed.author (who made the claim)")
        }
        // appearance and firstAppearance may each be a CreativeWork or just its URL; use the fullest.
        let candidates = [Self.first(claimItem["appearance"]), Self.first(claimItem["firstAppearance"])].compactMap { $0 }
        guard let appearance = candidates.first,
            let appearanceURL = Self.text((appearance as? [String: Any])?["url"] ?? appearance)
        else {
            throw Self.missing("itemReviewed.appearance (where the claim was made)")
        }
        let said = try Self.date(claimItem["datePublished"])
        let reviewDate = try Self.date(item["datePublished"])?.start
        let appearanceNode = candidates.compactMap { $0 as? [String: Any] }
            .first { Self.text($0["url"]) == appearanceURL } ?? [:]
        let published = try Self.date(appearanceNode["datePublished"])?.start ?? said?.start ?? reviewDate
        guard let published else { throw Self.missing("a date for the appearance (appearance.datePublished)") }

        // The speaker: an exact name or alias, or a new speaker.
        let speakerID: Int
        if let existing = try db.queryFirst("SELECT speaker_id FROM speaker_names WHERE normalized = claims_normalize(\(speakerName))") {
            speakerID = try existing.decode("speaker_id")
        } else {
            let node = speakerNode as? [String: Any] ?? [:]
            let wikidata = Self.texts(node["sameAs"]).compactMap(Self.wikidataID).first
            let taken = try wikidata.map { try db.queryFirst("SELECT 1 AS found FROM speakers WHERE wikidata_id = \($0)") != nil } ?? false
            speakerID = try SpeakerStore(db).add(
                NewSpeaker(name: speakerName, role: Self.text(node["jobTitle"]), wikidataID: taken ? nil : wikidata)).id
            summary.speakers += 1
        }
        // The source.
        let sources = SourceStore(db)
        let source: Source
        if let existing = try sources.resolve(appearanceURL) {
            source = existing
        } else {
            let outlet = Self.name(appearanceNode["publisher"]) ?? Self.name(appearanceNode["author"])
                ?? URLComponents(string: appearanceURL)?.host ?? "Unknown outlet"
            let title = Self.text(appearanceNode["headline"]) ?? Self.text(appearanceNode["name"])
                ?? "Where \(speakerName) made the claim reviewed by \(reviewer)"
            source = try sources.add(NewSource(url: appearanceURL, title: title, outlet: outlet, published: published))
            summary.sources += 1
        }
        // The claim: the same speaker, source and text, or a new paraphrase (ClaimReview texts are summaries).
        let claimID: Int
        let claimText = Text.withoutEnclosingQuotes(try Text.required(text, field: "claimReviewed"))
        if let existing = try db.queryFirst(
            "SELECT id FROM claims WHERE speaker_id = \(speakerID) AND source_id = \(source.id) AND text = \(claimText)")
        {
            claimID = try existing.decode("id")
        } else {
            let speakerRow = try db.queryFirst("SELECT name FROM speakers WHERE id = \(speakerID)")
            claimID = try ClaimStore(db).add(
                NewClaim(
                    text: claimText, speaker: try speakerRow?.decode("name") ?? speakerName, source: String(source.id),
                    said: said?.description, kind: .paraphrase))
            summary.claims += 1
        }
        // The review.
        if try db.queryFirst("SELECT 1 AS found FROM reviews WHERE claim_id = \(claimID) AND url = \(reviewURL)") == nil {
            let best = Self.number(rating["bestRating"])
            let worst = Self.number(rating["worstRating"])
            let scaled = ratingValue != nil && best != nil && worst != nil
            try ReviewStore(db).add(
                NewReview(
                    claimID: claimID, rating: ratingText, ratingValue: scaled ? ratingValue : nil, bestRating: scaled ? best : nil,
                    worstRating: scaled ? worst : nil, author: reviewer, url: reviewURL, published: reviewDate))
            summary.reviews += 1
        }
    }

    // MARK: Reading JSON-LD loosely

    static func missing(_ what: String) -> ClaimsError {
        .invalidDocument(reason: "no \(what)")
    }

    /// Every node of a document: the object itself, the members of an array, or the @graph.
    static func nodes(in json: Any) -> [[String: Any]] {
        if let array = json as? [Any] { return array.flatMap(nodes(in:)) }
        guard let object = json as? [String: Any] else { return [] }
        if let graph = object["@graph"] { return nodes(in: graph) }
        return [object]
    }

    static func types(of node: [String: Any]) -> [String] {
        texts(node["@type"]).map { $0.replacingOccurrences(of: "http://schema.org/", with: "").replacingOccurrences(of: "https://schema.org/", with: "") }
    }

    /// The value, or the first of an array of them.
    static func first(_ value: Any?) -> Any? {
        if let array = value as? [Any] { return array.first }
        return value
    }

    static func node(_ value: Any?) -> [String: Any]? {
        first(value) as? [String: Any]
    }

    static func text(_ value: Any?) -> String? {
        switch first(value) {
        case let string as String: return Text.nonBlank(string)
        case let number as NSNumber: return number.stringValue
        case let object as [String: Any]: return text(object["@value"] ?? object["@id"])
        default: return nil
        }
    }

    static func texts(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.compactMap(text) }
        return text(value).map { [$0] } ?? []
    }

    /// A Person's or Organization's name, or a plain string.
    static func name(_ value: Any?) -> String? {
        if let object = first(value) as? [String: Any] { return text(object["name"]) }
        return text(value)
    }

    static func number(_ value: Any?) -> Double? {
        switch first(value) {
        case let number as NSNumber: return number.doubleValue
        case let string as String: return Double(string.trimmingCharacters(in: .whitespaces))
        default: return nil
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// "2015", "2015-12", "2015-12-01" or a timestamp ("2015-12-01T10:00:00+03:00": the day as written).
    static func date(_ value: Any?) throws -> SaidDate? {
        guard let text = text(value) else { return nil }
        let day = text.count > 10 && (text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ") ? String(text.prefix(10)) : text
        return try SaidDate.parse(day)
    }

    static func wikidataID(_ url: String) -> String? {
        guard let range = url.range(of: "wikidata.org/wiki/") else { return nil }
        let id = String(url[range.upperBound...]).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return (try? SpeakerStore.validatedWikidataID(id))
    }
}
