// Reads schema.org ClaimReview JSON-LD as publishers embed it: pure, no database, so that it can
// be fuzzed and tested on its own. ClaimReviewImport writes what it reads.
import FoundationEssentials
internal import Postgres
import Basics

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
        let items = JSONLD.nodes(in: json).filter { JSONLD.types(of: $0).contains("ClaimReview") }
        guard !items.isEmpty else { throw ClaimsError.invalidDocument(reason: "it has no ClaimReview") }
        return items.map { node in
            do { return .success(try item(node)) } catch let error as ClaimsError { return .failure(error) } catch {
                return .failure(.invalidDocument(reason: "\(error)"))
            }
        }
    }

    static func item(_ item: [String: JSONValue]) throws -> ClaimReviewItem {
        guard let text = JSONLD.text(item["claimReviewed"]) else { throw missing("claimReviewed (the claim's text)") }
        guard let reviewURL = JSONLD.text(item["url"]) else { throw missing("url (the review's address)") }
        guard let rating = JSONLD.node(item["reviewRating"]) else { throw missing("reviewRating") }
        let ratingValue = JSONLD.number(rating["ratingValue"])
        guard let ratingText = JSONLD.text(rating["alternateName"]) ?? ratingValue.map(JSONLD.format) else {
            throw missing("reviewRating.alternateName or ratingValue")
        }
        guard let reviewer = JSONLD.name(item["author"]) else { throw missing("author (who published the review)") }
        guard let claimItem = JSONLD.node(item["itemReviewed"]) else { throw missing("itemReviewed") }
        guard let speakerNode = JSONLD.first(claimItem["author"]), let speakerName = JSONLD.name(speakerNode) else {
            throw missing("itemReviewed.author (who made the claim)")
        }
        // appearance and firstAppearance may each be a CreativeWork or just its URL; use the fullest.
        let candidates = [JSONLD.first(claimItem["appearance"]), JSONLD.first(claimItem["firstAppearance"])].compactMap { $0 }
        guard let appearance = candidates.first,
            let appearanceURL = JSONLD.text(appearance.object?["url"] ?? appearance)
        else {
            throw missing("itemReviewed.appearance (where the claim was made)")
        }
        let said = try date(claimItem["datePublished"])
        let reviewDate = try date(item["datePublished"])?.start
        let appearanceNode = candidates.compactMap(\.object).first { JSONLD.text($0["url"]) == appearanceURL } ?? [:]
        guard let published = try date(appearanceNode["datePublished"])?.start ?? said?.start ?? reviewDate else {
            throw missing("a date for the appearance (appearance.datePublished)")
        }
        let speaker = speakerNode.object ?? [:]
        let best = JSONLD.number(rating["bestRating"])
        let worst = JSONLD.number(rating["worstRating"])
        let scaled = ratingValue != nil && best != nil && worst != nil
        return ClaimReviewItem(
            claimText: Text.withoutEnclosingQuotes(try Text.required(text, field: "claimReviewed")), reviewURL: reviewURL,
            rating: ratingText, ratingValue: scaled ? ratingValue : nil, bestRating: scaled ? best : nil,
            worstRating: scaled ? worst : nil, reviewer: reviewer, reviewDate: reviewDate, speakerName: speakerName,
            speakerRole: JSONLD.text(speaker["jobTitle"]), speakerWikidataID: JSONLD.texts(speaker["sameAs"]).compactMap(wikidataID).first,
            appearanceURL: appearanceURL,
            appearanceTitle: JSONLD.text(appearanceNode["headline"]) ?? JSONLD.text(appearanceNode["name"])
                ?? "Where \(speakerName) made the claim reviewed by \(reviewer)",
            appearanceOutlet: JSONLD.name(appearanceNode["publisher"]) ?? JSONLD.name(appearanceNode["author"])
                ?? URLComponents(string: appearanceURL)?.host ?? "Unknown outlet",
            said: said, published: published)
    }

    static func missing(_ what: String) -> ClaimsError {
        .invalidDocument(reason: "no \(what)")
    }

    /// "2015", "2015-12", "2015-12-01" or a timestamp ("2015-12-01T10:00:00+03:00": the day as written).
    static func date(_ value: JSONValue?) throws -> SaidDate? {
        guard let text = JSONLD.text(value) else { return nil }
        let day = text.count > 10 && (text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ") ? String(text.prefix(10)) : text
        return try SaidDate.parse(day)
    }

    static func wikidataID(_ url: String) -> String? {
        guard let range = url.firstRange(of: "wikidata.org/wiki/") else { return nil }
        let id = String(url[range.upperBound...]).trimming(charactersIn: "/")
        return (try? SpeakerStore.validatedWikidataID(id))
    }
}
