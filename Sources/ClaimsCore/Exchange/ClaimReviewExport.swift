// schema.org ClaimReview JSON-LD for reviewed claims, as fact-checkers publish and exchange it.
import FoundationEssentials
internal import Postgres
import Basics

/// One ClaimReview object. Field names are schema.org's.
public struct ClaimReviewDocument: Encodable, Sendable {
    public struct Organization: Encodable, Sendable {
        var type = "Organization"
        var name: String
        enum CodingKeys: String, CodingKey { case type = "@type", name }
    }

    public struct Rating: Encodable, Sendable {
        var type = "Rating"
        var ratingValue: Double?
        var bestRating: Double?
        var worstRating: Double?
        var alternateName: String
        enum CodingKeys: String, CodingKey { case type = "@type", ratingValue, bestRating, worstRating, alternateName }
    }

    public struct Person: Encodable, Sendable {
        var type = "Person"
        var name: String
        var jobTitle: String?
        var sameAs: String?
        enum CodingKeys: String, CodingKey { case type = "@type", name, jobTitle, sameAs }
    }

    public struct CreativeWork: Encodable, Sendable {
        var type = "CreativeWork"
        var url: String
        var headline: String?
        var datePublished: String?
        var publisher: Organization?
        enum CodingKeys: String, CodingKey { case type = "@type", url, headline, datePublished, publisher }
    }

    public struct ClaimItem: Encodable, Sendable {
        var type = "Claim"
        var author: Person
        var datePublished: String?
        var appearance: [CreativeWork]
        var firstAppearance: CreativeWork
        enum CodingKeys: String, CodingKey { case type = "@type", author, datePublished, appearance, firstAppearance }
    }

    var context = "https://schema.org"
    var type = "ClaimReview"
    var url: String
    var datePublished: String?
    var author: Organization
    var claimReviewed: String
    var reviewRating: Rating
    var itemReviewed: ClaimItem

    enum CodingKeys: String, CodingKey {
        case context = "@context", type = "@type", url, datePublished, author, claimReviewed, reviewRating, itemReviewed
    }

    /// One document per review of `claim`.
    public static func documents(for claim: Claim) -> [ClaimReviewDocument] {
        let appearance = CreativeWork(
            url: claim.source.url, headline: claim.source.title, datePublished: claim.source.published?.description,
            publisher: claim.source.outlet.map { Organization(name: $0) })
        let item = ClaimItem(
            author: Person(
                name: claim.speakerName, jobTitle: claim.speakerRole,
                sameAs: claim.speakerWikidataID.map { "https://www.wikidata.org/wiki/\($0)" }),
            datePublished: claim.said?.description, appearance: [appearance], firstAppearance: appearance)
        return claim.reviews.map { review in
            ClaimReviewDocument(
                url: review.url, datePublished: review.published?.description, author: Organization(name: review.author),
                claimReviewed: claim.text,
                reviewRating: Rating(
                    ratingValue: review.ratingValue, bestRating: review.bestRating, worstRating: review.worstRating,
                    alternateName: review.rating),
                itemReviewed: item)
        }
    }
}
