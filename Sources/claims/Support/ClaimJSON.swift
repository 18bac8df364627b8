// The stable JSON shape of claims, speakers and sources (documented in Docs/json.md).
import ClaimsCore
import Foundation

struct SourceJSON: Encodable {
    var id: Int
    var url: String
    var title: String
    var outlet: String
    var published: String
    var language: String?

    init(_ source: Source) {
        id = source.id
        url = source.url
        title = source.title
        outlet = source.outlet
        published = source.published.description
        language = source.language
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(url, forKey: .url)
        try container.encode(title, forKey: .title)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(published, forKey: .published)
        try container.encode(language, forKey: .language)  // null, not absent
    }

    enum CodingKeys: String, CodingKey { case id, url, title, outlet, published, language }
}

struct LinkJSON: Encodable {
    var relation: String
    var direction: String
    var claimID: Int?
    var speaker: String?
    var source: SourceJSON
    var date: String
    var note: String?

    init(_ link: ClaimLink) {
        relation = link.relation.rawValue
        direction = link.direction.rawValue
        claimID = link.otherClaimID
        speaker = link.otherSpeaker
        source = SourceJSON(link.otherSource)
        date = link.date.description
        note = link.note
    }

    enum CodingKeys: String, CodingKey {
        case relation, direction, claimID = "claim_id", speaker, source, date, note
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(relation, forKey: .relation)
        try container.encode(direction, forKey: .direction)
        try container.encode(claimID, forKey: .claimID)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(source, forKey: .source)
        try container.encode(date, forKey: .date)
        try container.encode(note, forKey: .note)
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
    var said: String?
    var via: [String]
    var source: SourceJSON
    var topics: [String]
    var status: String
    var createdAt: Date
    var links: [LinkJSON]

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
    }

    enum CodingKeys: String, CodingKey {
        case id, speaker, text, kind, said, via, source, topics, status, createdAt = "created_at", links
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(text, forKey: .text)
        try container.encode(kind, forKey: .kind)
        try container.encode(said, forKey: .said)
        try container.encode(via, forKey: .via)
        try container.encode(source, forKey: .source)
        try container.encode(topics, forKey: .topics)
        try container.encode(status, forKey: .status)
        try container.encode(createdAt, forKey: .createdAt)
        try container.encode(links, forKey: .links)
    }
}

struct SpeakerJSON: Encodable {
    var id: Int
    var name: String
    var aliases: [String]
    var role: String?
    var affiliation: String?
    var wikidata: String?
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
