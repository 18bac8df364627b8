// The stable JSON shape of claims, speakers and sources (documented in Docs/json.md).
import ClaimsCore
import FoundationEssentials

struct SourceJSON: Encodable {
    var id: Int
    var url: String
    @EncodesNull var title: String?
    @EncodesNull var outlet: String?
    @EncodesNull var published: String?
    @EncodesNull var language: String?

    init(_ source: Source) {
        id = source.id
        url = source.url
        title = source.title
        outlet = source.outlet
        published = source.published?.description
        language = source.language
    }

}

struct LinkJSON: Encodable {
    var relation: String
    var direction: String
    @EncodesNull var claimID: Int?
    @EncodesNull var speaker: String?
    var source: SourceJSON
    @EncodesNull var date: String?
    @EncodesNull var note: String?

    init(_ link: ClaimLink) {
        relation = link.relation.rawValue
        direction = link.direction.rawValue
        claimID = link.otherClaimID
        speaker = link.otherSpeaker
        source = SourceJSON(link.otherSource)
        date = link.date?.description
        note = link.note
    }

    enum CodingKeys: String, CodingKey {
        case relation, direction, claimID = "claim_id", speaker, source, date, note
    }
}

struct ClaimJSON: Encodable {
    struct SpeakerRef: Encodable {
        var id: Int
        var name: String
    }

    var id: Int
    var speaker: SpeakerRef
    var text: String
    var kind: String
    @EncodesNull var said: String?
    var via: [String]
    var source: SourceJSON
    var topics: [String]
    var status: String
    var createdAt: Date
    var links: [LinkJSON]
    @EncodesNull var anchor: QuoteAnchor?
    @EncodesNull var saidPhrase: String?
    var reviews: [ReviewJSON]
    @EncodesNull var retracted: RetractionJSON?

    init(_ claim: Claim) {
        id = claim.id
        speaker = SpeakerRef(id: claim.speakerID, name: claim.speakerName)
        text = claim.text
        kind = claim.kind.rawValue
        said = claim.said?.description
        via = claim.via
        source = SourceJSON(claim.source)
        topics = claim.topics
        status = claim.status.rawValue
        createdAt = claim.createdAt
        links = claim.links.map(LinkJSON.init)
        anchor = claim.anchor
        saidPhrase = claim.saidPhrase
        reviews = claim.reviews.map(ReviewJSON.init)
        retracted = claim.retraction.map(RetractionJSON.init)
    }

    enum CodingKeys: String, CodingKey {
        case id, speaker, text, kind, said, via, source, topics, status, createdAt = "created_at", links, anchor, reviews, retracted
        case saidPhrase = "said_phrase"
    }
}

struct RetractionJSON: Encodable {
    var at: Date
    var reason: String

    init(_ retraction: Retraction) {
        at = retraction.at
        reason = retraction.reason
    }
}

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

struct ReviewJSON: Encodable {
    var id: Int
    var rating: String
    @EncodesNull var ratingValue: Double?
    @EncodesNull var best: Double?
    @EncodesNull var worst: Double?
    var by: String
    var url: String
    @EncodesNull var date: String?

    enum CodingKeys: String, CodingKey {
        case id, rating, ratingValue = "rating_value", best, worst, by, url, date
    }

    init(_ review: Review) {
        id = review.id
        rating = review.rating
        ratingValue = review.ratingValue
        best = review.bestRating
        worst = review.worstRating
        by = review.author
        url = review.url
        date = review.published?.description
    }
}

// MARK: - The same shapes through JSONWriter, keys in sorted order.

extension SourceJSON: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("id", id)
            json.member("language", language)
            json.member("outlet", outlet)
            json.member("published", published)
            json.member("title", title)
            json.member("url", url)
        }
    }
}

extension LinkJSON: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("claim_id", claimID)
            json.member("date", date)
            json.member("direction", direction)
            json.member("note", note)
            json.member("relation", relation)
            json.member("source", source)
            json.member("speaker", speaker)
        }
    }
}

extension ReviewJSON: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("best", best)
            json.member("by", by)
            json.member("date", date)
            json.member("id", id)
            json.member("rating", rating)
            json.member("rating_value", ratingValue)
            json.member("url", url)
            json.member("worst", worst)
        }
    }
}

extension QuoteAnchor: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("end", end)
            json.member("prefix", prefix)
            json.member("start", start)
            json.member("suffix", suffix)
        }
    }
}

extension RetractionJSON: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("at", at)
            json.member("reason", reason)
        }
    }
}

extension ClaimJSON.SpeakerRef: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("id", id)
            json.member("name", name)
        }
    }
}

extension ClaimJSON: JSONWritable {
    func write(to writer: inout JSONWriter) {
        writer.object { json in
            json.member("anchor", anchor)
            json.member("created_at", createdAt)
            json.member("id", id)
            json.member("kind", kind)
            json.member("links", links)
            json.member("retracted", retracted)
            json.member("reviews", reviews)
            json.member("said", said)
            json.member("said_phrase", saidPhrase)
            json.member("source", source)
            json.member("speaker", speaker)
            json.member("status", status)
            json.member("text", text)
            json.member("topics", topics)
            json.member("via", via)
        }
    }
}
