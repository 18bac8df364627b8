// The lines of a JSONL export: one record per line, with a "type". Speakers, outlets and sources are
// referred to by their natural keys (name, URL); claims by their position in the file ("key").

struct SpeakerLine: Codable {
    var type = "speaker"
    var name: String
    var aliases: [String]
    @EncodesNull var role: String?
    @EncodesNull var affiliation: String?
    @EncodesNull var wikidata: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey { case type, name, aliases, role, affiliation, wikidata, createdAt = "created_at" }
}

struct OutletLine: Codable {
    var type = "outlet"
    var name: String
    var createdAt: String

    enum CodingKeys: String, CodingKey { case type, name, createdAt = "created_at" }
}

struct SourceLine: Codable {
    var type = "source"
    var url: String
    /// Null for a web page that did not state it (and was not given it since).
    @EncodesNull var title: String?
    @EncodesNull var outlet: String?
    @EncodesNull var published: String?
    @EncodesNull var language: String?
    @EncodesNull var text: String?
    @EncodesNull var modified: String?
    /// Missing in files written before web pages were imported.
    @EncodesNull var authors: [String]?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case type, url, title, outlet, published, language, text, modified, authors, createdAt = "created_at"
    }
}

struct ClaimLine: Codable {
    var type = "claim"
    var key: Int
    var speaker: String
    var source: String
    var text: String
    var kind: String
    @EncodesNull var said: String?
    @EncodesNull var saidPhrase: String?
    var topics: [String]
    var via: [String]
    @EncodesNull var anchor: QuoteAnchor?
    /// Set for a withdrawn claim; absent in files written before retractions existed.
    @EncodesNull var retracted: RetractionLine?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case type, key, speaker, source, text, kind, said, saidPhrase = "said_phrase", topics, via, anchor, retracted
        case createdAt = "created_at"
    }
}

struct RetractionLine: Codable {
    var at: String
    var reason: String
}

struct LinkLine: Codable {
    var type = "link"
    var claim: Int
    var relation: String
    @EncodesNull var fromClaim: Int?
    @EncodesNull var fromSource: String?
    @EncodesNull var note: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case type, claim, relation, fromClaim = "from_claim", fromSource = "from_source", note, createdAt = "created_at"
    }
}

struct ReviewLine: Codable {
    var type = "review"
    var claim: Int
    var rating: String
    @EncodesNull var ratingValue: Double?
    @EncodesNull var best: Double?
    @EncodesNull var worst: Double?
    var author: String
    var url: String
    @EncodesNull var date: String?
    var createdAt: String

    enum CodingKeys: String, CodingKey {
        case type, claim, rating, ratingValue = "rating_value", best, worst, author, url, date, createdAt = "created_at"
    }
}

/// One recorded change to a claim, its via chain, its links or its reviews, in the order they were
/// made: `claims history` of the copy tells the same story, by the same people. The rows are as
/// the database stored them, with the numbers of other records replaced by what names them in the
/// file: a claim's "speaker" and "source" (not speaker_id, source_id), a via row's "outlet", a
/// link's "from_claim" (a key) and "from_source"; a row's own id and its claim_id are left out
/// (the line's "claim" says which claim it belongs to).
struct HistoryLine: Codable {
    var type = "history"
    var claim: Int
    var table: String
    var operation: String
    var at: String
    var actor: String
    var role: String
    @EncodesNull var reason: String?
    @EncodesNull var old: JSONValue?
    @EncodesNull var new: JSONValue?
}

/// Reads just the "type" of a line.
struct LineType: Decodable {
    var type: String
}
