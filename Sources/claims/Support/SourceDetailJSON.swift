// The JSON of `source show` and `source import`: a source with its text, the provenance of each
// detail and the saved page (documented in Docs/json.md).
import ClaimsCore
import FoundationEssentials

struct SourceDetailJSON: Encodable {
    struct Detail: Encodable {
        var value: JSONDetailValue
        /// Where it came from: json-ld, microdata, opengraph, twitter-card, dublin-core,
        /// citation-meta, parsely-meta, meta-tag, link-canonical, html-lang, time-element,
        /// page-text, title-element, text-layout, option.
        var from: String
        /// A timestamp as the page wrote it, with its time zone.
        @EncodesNull var written: String?
    }

    struct Page: Encodable {
        @EncodesNull var requestedURL: String?
        @EncodesNull var finalURL: String?
        @EncodesNull var contentType: String?
        var retrievedAt: Date
        var encoding: String
        var bytes: Int
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case requestedURL = "requested_url", finalURL = "final_url", contentType = "content_type"
            case retrievedAt = "retrieved_at", encoding, bytes, sha256
        }
    }

    /// What the source rests on: `{"wire_credit", "relations": [{"source_id", "relation", "resemblance", "decided_by"}], "rested_on_by": [id]}`.
    struct Basis: Encodable {
        struct Relation: Encodable {
            var sourceID: Int
            var relation: String
            @EncodesNull var resemblance: Double?
            var decidedBy: String

            enum CodingKeys: String, CodingKey { case sourceID = "source_id", relation, resemblance, decidedBy = "decided_by" }
        }

        @EncodesNull var wireCredit: String?
        var relations: [Relation]
        var restedOnBy: [Int]

        enum CodingKeys: String, CodingKey { case wireCredit = "wire_credit", relations, restedOnBy = "rested_on_by" }
    }

    var base: SourceJSON
    var basis: Basis
    @EncodesNull var modified: String?
    var authors: [String]
    @EncodesNull var text: String?
    var metadata: [String: Detail]
    @EncodesNull var page: Page?

    init(_ details: SourceDetails) {
        let source = details.source
        base = SourceJSON(source)
        basis = Basis(
            wireCredit: details.basis.wireCredit,
            relations: details.basis.relations.map {
                Basis.Relation(
                    sourceID: $0.other.id, relation: $0.kind.rawValue, resemblance: $0.resemblance.map(DriftJSON.rounded),
                    decidedBy: $0.decidedBy)
            },
            restedOnBy: details.basis.restedOnBy.map(\.id))
        modified = source.modified?.description
        authors = source.authors
        text = details.text
        var metadata: [String: Detail] = [:]
        for field in SourceField.allCases {
            guard let origin = details.origin(field) else { continue }
            let value: JSONDetailValue?
            switch field {
            case .title: value = source.title.map(JSONDetailValue.text)
            case .outlet: value = source.outlet.map(JSONDetailValue.text)
            case .published: value = source.published.map { .text($0.description) }
            case .modified: value = source.modified.map { .text($0.description) }
            case .authors: value = source.authors.isEmpty ? nil : .list(source.authors)
            case .language: value = source.language.map(JSONDetailValue.text)
            case .canonical: value = origin.value.map(JSONDetailValue.text)
            }
            if let value { metadata[field.rawValue] = Detail(value: value, from: origin.from, written: origin.written) }
        }
        // Only when the text did not come from the page's HTML: where it came from instead.
        if let body = details.origins["body"] { metadata["body"] = Detail(value: .text("articleBody"), from: body.from, written: nil) }
        self.metadata = metadata
        page = details.page.map {
            Page(
                requestedURL: $0.requestedURL, finalURL: $0.finalURL, contentType: $0.contentType, retrievedAt: $0.retrievedAt,
                encoding: $0.encoding, bytes: $0.byteCount, sha256: $0.sha256)
        }
    }

    enum CodingKeys: String, CodingKey { case basis, modified, authors, text, metadata, page }

    func encode(to encoder: Encoder) throws {
        try base.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(basis, forKey: .basis)
        try container.encode(_modified, forKey: .modified)
        try container.encode(authors, forKey: .authors)
        try container.encode(_text, forKey: .text)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(_page, forKey: .page)
    }
}

/// A detail's value: text, or a list (the authors).
enum JSONDetailValue: Encodable {
    case text(String)
    case list([String])

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .list(let list): try container.encode(list)
        }
    }
}

/// `source import --format json`: the source in full, with what the import measured.
struct SourceImportJSON: Encodable {
    var source: SourceDetailJSON
    var paragraphs: Int
    var words: Int
    var missing: [String]
    var webPage: Bool

    init(_ report: SourceImportReport) {
        source = SourceDetailJSON(report.details)
        paragraphs = report.paragraphs
        words = report.words
        missing = report.missing.map(\.rawValue)
        webPage = report.isWebPage
    }

    enum CodingKeys: String, CodingKey { case paragraphs, words, missing, webPage = "web_page" }

    func encode(to encoder: Encoder) throws {
        try source.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(words, forKey: .words)
        try container.encode(missing, forKey: .missing)
        try container.encode(webPage, forKey: .webPage)
    }
}
