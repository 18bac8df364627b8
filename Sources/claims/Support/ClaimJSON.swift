// The stable JSON shape of claims, their sources, links, reviews and retractions, and of speakers
// (documented in Docs/json.md). Each shape is declared once, as its members in key order.
import ClaimsCore
import FoundationEssentials

struct SourceJSON: JSONShape {
    var source: Source

    init(_ source: Source) {
        self.source = source
    }

    func members(_ json: inout some JSONMembers) {
        json.member("id", source.id)
        json.member("language", source.language)
        json.member("outlet", source.outlet)
        json.member("published", source.published?.description)
        json.member("title", source.title)
        json.member("url", source.url)
    }
}

struct LinkJSON: JSONShape {
    var link: ClaimLink

    init(_ link: ClaimLink) {
        self.link = link
    }

    func members(_ json: inout some JSONMembers) {
        json.member("claim_id", link.otherClaimID)
        json.member("date", link.date?.description)
        json.member("direction", link.direction.rawValue)
        json.member("note", link.note)
        json.member("relation", link.relation.rawValue)
        json.member("source", SourceJSON(link.otherSource))
        json.member("speaker", link.otherSpeaker)
    }
}

struct AnchorJSON: JSONShape {
    var anchor: QuoteAnchor

    func members(_ json: inout some JSONMembers) {
        json.member("end", anchor.end)
        json.member("prefix", anchor.prefix)
        json.member("start", anchor.start)
        json.member("suffix", anchor.suffix)
    }
}

struct RetractionJSON: JSONShape {
    var retraction: Retraction

    func members(_ json: inout some JSONMembers) {
        json.member("at", retraction.at)
        json.member("reason", retraction.reason)
    }
}

struct ReviewJSON: JSONShape {
    var review: Review

    init(_ review: Review) {
        self.review = review
    }

    func members(_ json: inout some JSONMembers) {
        json.member("best", review.bestRating)
        json.member("by", review.author)
        json.member("date", review.published?.description)
        json.member("id", review.id)
        json.member("rating", review.rating)
        json.member("rating_value", review.ratingValue)
        json.member("url", review.url)
        json.member("worst", review.worstRating)
    }
}

struct ClaimJSON: JSONShape {
    /// The speaker as a claim names it: id and name only.
    struct SpeakerReference: JSONShape {
        var id: Int
        var name: String

        func members(_ json: inout some JSONMembers) {
            json.member("id", id)
            json.member("name", name)
        }
    }

    var claim: Claim

    init(_ claim: Claim) {
        self.claim = claim
    }

    func members(_ json: inout some JSONMembers) {
        json.member("anchor", claim.anchor.map(AnchorJSON.init))
        json.member("appearance_of", claim.appearanceOf)
        json.member("appearances", claim.appearances.map(AppearanceJSON.init))
        json.member("created_at", claim.createdAt)
        json.member("evidence", EvidenceJSON(evidence: claim.evidence))
        json.member("id", claim.id)
        json.member("kind", claim.kind.rawValue)
        json.member("links", claim.links.map(LinkJSON.init))
        json.member("retracted", claim.retraction.map(RetractionJSON.init))
        json.member("reviews", claim.reviews.map(ReviewJSON.init))
        json.member("said", claim.said?.description)
        json.member("said_phrase", claim.saidPhrase)
        json.member("source", SourceJSON(claim.source))
        json.member("speaker", SpeakerReference(id: claim.speakerID, name: claim.speakerName))
        json.member("status", claim.status.rawValue)
        json.member("status_reason", EvidenceText.reason(claim))
        json.member("text", claim.text)
        json.member("topics", claim.topics)
        json.member("via", claim.via)
    }
}

/// A speaker; `claim_count` only where a list counts them (left out elsewhere).
struct SpeakerJSON: Encodable {
    var id: Int
    var name: String
    var aliases: [String]
    @EncodesNull var role: String?
    @EncodesNull var affiliation: String?
    @EncodesNull var wikidata: String?
    var claimCount: Int?

    init(_ speaker: Speaker, claimCount: Int? = nil) {
        id = speaker.id
        name = speaker.name
        aliases = speaker.aliases
        role = speaker.role
        affiliation = speaker.affiliation
        wikidata = speaker.wikidataID
        self.claimCount = claimCount
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, role, affiliation, wikidata, claimCount = "claim_count"
    }
}
