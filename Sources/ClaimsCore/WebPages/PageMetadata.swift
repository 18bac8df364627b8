// What a page says about itself, and where it says it: headline, publisher, dates, authors,
// language and address, from JSON-LD, then meta tags, then the page's own text.
import FoundationEssentials

/// Where a piece of metadata was found.
public enum MetadataOrigin: String, Sendable, Equatable, CaseIterable {
    case jsonLD = "json-ld"
    case microdata
    case openGraph = "opengraph"
    case twitter = "twitter-card"
    case dublinCore = "dublin-core"
    case citation = "citation-meta"
    case parsely = "parsely-meta"
    case metaTag = "meta-tag"
    case canonicalLink = "link-canonical"
    case htmlLang = "html-lang"
    case timeElement = "time-element"
    case pageText = "page-text"
    case titleElement = "title-element"
    /// The plain-text layout's headline, outlet and date lines.
    case textLayout = "text-layout"
    /// Given on the command line.
    case option
    /// Where the fetch ended (the final URL after redirects).
    case fetch

    /// For people: "JSON-LD", "meta tags (OpenGraph)".
    public var description: String {
        switch self {
        case .jsonLD: return "JSON-LD"
        case .microdata: return "microdata"
        case .openGraph: return "OpenGraph meta tags"
        case .twitter: return "Twitter card"
        case .dublinCore: return "Dublin Core meta tags"
        case .citation: return "citation meta tags"
        case .parsely: return "Parse.ly meta tags"
        case .metaTag: return "meta tags"
        case .canonicalLink: return "<link rel=canonical>"
        case .htmlLang: return "<html lang>"
        case .timeElement: return "<time datetime>"
        case .pageText: return "page text"
        case .titleElement: return "<title>"
        case .textLayout: return "text layout"
        case .option: return "option"
        case .fetch: return "the fetch"
        }
    }
}

/// A value and where it came from.
public struct Found<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var origin: MetadataOrigin

    public init(_ value: Value, from origin: MetadataOrigin) {
        self.value = value
        self.origin = origin
    }
}

/// Everything a page says about itself that claims records.
public struct PageMetadata: Sendable, Equatable {
    public var headline: Found<String>?
    public var outlet: Found<String>?
    public var published: Found<PageDate>?
    public var modified: Found<PageDate>?
    public var authors: Found<[String]>?
    public var language: Found<String>?
    public var canonicalURL: Found<String>?
    /// The page's summary of itself (og:description, meta description, JSON-LD description),
    /// which is often the standfirst printed under the headline.
    var description: String?
    /// JSON-LD's articleBody, kept for pages whose HTML holds too little text.
    var articleBody: String?
    /// The page calls itself an article (a JSON-LD article type, og:type article).
    var declaresArticle = false
    /// The page calls itself a list of pages (CollectionPage, ItemList, og:type website) and no article.
    var declaresIndex = false

    public init() {}
}
