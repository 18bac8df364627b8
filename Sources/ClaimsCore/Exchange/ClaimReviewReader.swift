// Reads schema.org ClaimReview JSON-LD as publishers embed it: pure, no database, so that it can
// be fuzzed and tested on its own. ClaimReviewImport writes what it reads.
import FoundationEssentials
import Postgres

/// One ClaimReview, read and checked: what the importer needs to find or make the speaker, the
/// source, the claim and the review.
public struct ClaimReviewItem: Sendable, Equatable {
    /// The claim as the reviewer summarised it, without quotation marks around all of it.
    public var claimText: String
    public var reviewURL: String
    /// The verdict in words (alternateName), or the rating value written out.
    public var rating: String
    /// The verdict on its scale; all three or none.
    public var ratingValue: Double?
    public var bestRating: Double?
    public var worstRating: Double?
    public var reviewer: String
    public var reviewDate: CalendarDate?
    public var speakerName: String
    public var speakerRole: String?
    public var speakerWikidataID: String?
    /// Where the claim was made.
    public var appearanceURL: String
    public var appearanceTitle: String
    public var appearanceOutlet: String
    public var said: SaidDate?
    /// The appearance's date, else the claim's, else the review's.
    public var published: CalendarDate
}

/// Accepts a single ClaimReview, an array, or an `@graph` (other node types are ignored); any value
/// may be given as one item or an array of them; authors may be a Person, an Organization or a plain
/// name; dates may be a year, a month, a day or a full timestamp.
public enum ClaimReviewReader {
    /// Every ClaimReview of the document, each read or the reason it cannot be used.
    ///
    /// - Throws: `ClaimsError.invalidDocument` when the document is not JSON or holds no ClaimReview.
    public static func read(_ data: Data) throws -> [Result<ClaimReviewItem, ClaimsError>] {
        guard let json = try? JSONDecoder().decode(JSONValue.self, from: data) else {
            let reason = String(validating: data, as: UTF8.self) == nil ? "it is not valid UTF-8" : "it is not valid JSON"
            throw ClaimsError.invalidDocument(reason: reason)
        }
        let items = nodes(in: json).filter { types(of: $0).contains("ClaimReview") }
        guard !items.isEmpty else { throw ClaimsError.invalidDocument(reason: "it has no ClaimReview") }
        return items.map { node in
            do { return .success(try item(node)) } catch let error as ClaimsError { return .failure(error) } catch {
                return .failure(.invalidDocument(reason: "\(error)"))
            }
        }
    }

    static func item(_ item: [String: JSONValue]) throws -> ClaimReviewItem {
        guard let text = text(item["claimReviewed"]) else { throw missing("claimReviewed (the claim's text)") }
        guard let reviewURL = Self.text(item["url"]) else { throw missing("url (the review's address)") }
        guard let rating = node(item["reviewRating"]) else { throw missing("reviewRating") }
        let ratingValue = number(rating["ratingValue"])
        guard let ratingText = Self.text(rating["alternateName"]) ?? ratingValue.map(format) else {
            throw missing("reviewRating.alternateName or ratingValue")
        }
        guard let reviewer = name(item["author"]) else { throw missing("author (who published the review)") }
        guard let claimItem = node(item["itemReviewed"]) else { throw missing("itemReviewed") }
        guard let speakerNode = first(claimItem["author"]), let speakerName = name(speakerNode) else {
            throw missing("itemReviewed.author (who made the claim)")
        }
        // appearance and firstAppearance may each be a CreativeWork or just its URL; use the fullest.
        let candidates = [first(claimItem["appearance"]), first(claimItem["firstAppearance"])].compactMap { $0 }
        guard let appearance = candidates.first,
            let appearanceURL = Self.text(appearance.object?["url"] ?? appearance)
        else {
            throw missing("itemReviewed.appearance (where the claim was made)")
        }
        let said = try date(claimItem["datePublished"])
        let reviewDate = try date(item["datePublished"])?.start
        let appearanceNode = candidates.compactMap(\.object).first { Self.text($0["url"]) == appearanceURL } ?? [:]
        guard let published = try date(appearanceNode["datePublished"])?.start ?? said?.start ?? reviewDate else {
            throw missing("a date for the appearance (appearance.datePublished)")
        }
        let speaker = speakerNode.object ?? [:]
        let best = number(rating["bestRating"])
        let worst = number(rating["worstRating"])
        let scaled = ratingValue != nil && best != nil && worst != nil
        return ClaimReviewItem(
            claimText: Text.withoutEnclosingQuotes(try Text.required(text, field: "claimReviewed")), reviewURL: reviewURL,
            rating: ratingText, ratingValue: scaled ? ratingValue : nil, bestRating: scaled ? best : nil,
            worstRating: scaled ? worst : nil, reviewer: reviewer, reviewDate: reviewDate, speakerName: speakerName,
            speakerRole: Self.text(speaker["jobTitle"]), speakerWikidataID: texts(speaker["sameAs"]).compactMap(wikidataID).first,
            appearanceURL: appearanceURL,
            appearanceTitle: Self.text(appearanceNode["headline"]) ?? Self.text(appearanceNode["name"])
                ?? "Where \(speakerName) made the claim reviewed by \(reviewer)",
            appearanceOutlet: name(appearanceNode["publisher"]) ?? name(appearanceNode["author"])
                ?? URLComponents(string: appearanceURL)?.host ?? "Unknown outlet",
            said: said, published: published)
    }

    // MARK: Reading JSON-LD loosely

    static func missing(_ what: String) -> ClaimsError {
        .invalidDocument(reason: "no \(what)")
    }

    /// Every node of a document: the object itself, the members of an array, or the @graph.
    static func nodes(in json: JSONValue) -> [[String: JSONValue]] {
        if case .array(let array) = json { return array.flatMap(nodes(in:)) }
        guard let object = json.object else { return [] }
        if let graph = object["@graph"] { return nodes(in: graph) }
        return [object]
    }

    static func types(of node: [String: JSONValue]) -> [String] {
        texts(node["@type"]).map { $0.replacingScalars("http://schema.org/", with: "").replacingScalars("https://schema.org/", with: "") }
    }

    /// The value, or the first of an array of them.
    static func first(_ value: JSONValue?) -> JSONValue? {
        if case .array(let array) = value { return array.first }
        return value
    }

    static func node(_ value: JSONValue?) -> [String: JSONValue]? {
        first(value)?.object
    }

    static func text(_ value: JSONValue?) -> String? {
        switch first(value) {
        case .string(let string): return Text.nonBlank(string)
        case .number(let number): return format(number)
        case .bool(let bool): return String(bool)
        case .object(let object): return text(object["@value"] ?? object["@id"])
        case .array, .null, nil: return nil
        }
    }

    static func texts(_ value: JSONValue?) -> [String] {
        if case .array(let array) = value { return array.compactMap(text) }
        return text(value).map { [$0] } ?? []
    }

    /// A Person's or Organization's name, or a plain string.
    static func name(_ value: JSONValue?) -> String? {
        if let object = node(value) { return text(object["name"]) }
        return text(value)
    }

    static func number(_ value: JSONValue?) -> Double? {
        switch first(value) {
        case .number(let number): return number
        case .string(let string): return Double(string.trimmingWhitespace())
        default: return nil
        }
    }

    static func format(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// "2015", "2015-12", "2015-12-01" or a timestamp ("2015-12-01T10:00:00+03:00": the day as written).
    static func date(_ value: JSONValue?) throws -> SaidDate? {
        guard let text = text(value) else { return nil }
        let day = text.count > 10 && (text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ") ? String(text.prefix(10)) : text
        return try SaidDate.parse(day)
    }

    static func wikidataID(_ url: String) -> String? {
        guard let range = url.firstRange(of: "wikidata.org/wiki/") else { return nil }
        let id = String(url[range.upperBound...]).trimming(charactersIn: "/")
        return (try? SpeakerStore.validatedWikidataID(id))
    }
}

/// A JSON value as JSONDecoder reads it, for JSON-LD read loosely: any value may turn up where
/// another was expected.
indirect enum JSONValue: Decodable, Sendable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let array = try? container.decode([JSONValue].self) {
            self = .array(array)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    var object: [String: JSONValue]? {
        if case .object(let object) = self { return object }
        return nil
    }
}
