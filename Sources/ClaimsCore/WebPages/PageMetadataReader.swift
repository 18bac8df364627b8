// Reads a page's metadata, first found wins: JSON-LD, microdata, OpenGraph and article:*, Twitter
// cards, Dublin Core, citation_* and Parse.ly meta tags, <link rel=canonical>, <html lang>,
// <time datetime>, then the visible text (trafilatura's metadata.py order, by field).
import FoundationEssentials
internal import HTML
internal import Postgres
import Basics

enum PageMetadataReader {
    /// schema.org types that are one article, best first.
    static let articleTypes = [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "LiveBlogPosting", "Article", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle",
        "SatiricalArticle", "SocialMediaPosting", "DiscussionForumPosting",
    ]
    static let pageTypes = ["WebPage", "ItemPage", "AboutPage", "MediaGallery"]
    static let indexTypes = ["CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage"]

    static func read(_ document: HTMLDocument, pageURL: String?) -> PageMetadata {
        let page = PageFacts(document)
        let jsonLD = JSONLDFacts(document)
        let microdata = MicrodataFacts(document)
        var metadata = PageMetadata()
        let host = (pageURL.flatMap { URLComponents(string: $0)?.host } ?? page.canonicalHost)

        metadata.outlet = first([
            jsonLD.publisher.map { Found($0, from: .jsonLD) },
            microdata.publisher.map { Found($0, from: .microdata) },
            page.meta("og:site_name").map { Found($0, from: .openGraph) },
            page.meta("dc.publisher", "dcterms.publisher").map { Found($0, from: .dublinCore) },
            page.meta("citation_publisher", "citation_journal_title").map { Found($0, from: .citation) },
            page.meta("application-name", "publisher", "article:publisher_name", "cre").flatMap(nonURL).map { Found($0, from: .metaTag) },
            jsonLD.siteName.map { Found($0, from: .jsonLD) },
        ])

        let rawHeadline = first([
            jsonLD.headline.map { Found($0, from: .jsonLD) },
            microdata.headline.map { Found($0, from: .microdata) },
            page.meta("og:title").map { Found($0, from: .openGraph) },
            page.meta("twitter:title").map { Found($0, from: .twitter) },
            page.meta("dc.title", "dcterms.title").map { Found($0, from: .dublinCore) },
            page.meta("citation_title").map { Found($0, from: .citation) },
            page.meta("parsely-title").map { Found($0, from: .parsely) },
            page.meta("headline", "sailthru.title", "title").map { Found($0, from: .metaTag) },
            page.mainHeading.map { Found($0, from: .pageText) },
            page.title.map { Found($0, from: .titleElement) },
        ])
        // Without a publisher in the metadata, the site's name in the title ("Headline - The
        // Millbrook Sentinel"), else the copyright line.
        if metadata.outlet == nil, let title = page.title,
            let split = VisibleFacts.siteName(in: title, headline: rawHeadline?.origin == .titleElement ? nil : rawHeadline?.value, document: document)
        {
            metadata.outlet = Found(split, from: .titleElement)
        }
        if metadata.outlet == nil, let owner = VisibleFacts.copyrightHolder(document) {
            metadata.outlet = Found(owner, from: .pageText)
        }
        let outletName = metadata.outlet?.value
        if let rawHeadline {
            let cleaned = HeadlineCleaner.clean(rawHeadline.value, outlet: outletName, host: host, heading: page.mainHeading)
            metadata.headline = cleaned.isEmpty ? nil : Found(cleaned, from: rawHeadline.origin)
        }
        let anchor = page.mainHeadingNode ?? metadata.headline.flatMap { VisibleFacts.element(showing: $0.value, document) }
        let visible: (date: PageDate?, authors: [String]) = anchor.map { VisibleFacts.byline(after: $0, document) } ?? (nil, [])

        let publishedCandidates: [Found<PageDate>?] = [
            jsonLD.published.flatMap(DateText.machine).map { Found($0, from: .jsonLD) },
            microdata.published.flatMap(DateText.machine).map { Found($0, from: .microdata) },
            page.date("article:published_time", "og:published_time", "og:article:published_time").map { Found($0, from: .openGraph) },
            page.date("dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created").map { Found($0, from: .dublinCore) },
            page.date("citation_publication_date", "citation_date", "citation_online_date").map { Found($0, from: .citation) },
            page.date("parsely-pub-date").map { Found($0, from: .parsely) },
            page.date(
                "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "date", "sailthru.date",
                "article.published", "published_time", "datepublished", "originalpublicationdate", "article_date_original",
                "displaydate", "dc.date.published", "og:pubdate", "timestamp"
            ).map { Found($0, from: .metaTag) },
            page.publishedTime.map { Found($0, from: .timeElement) },
            visible.date.map { Found($0, from: .pageText) },
        ]
        metadata.published = first(publishedCandidates.map { $0.flatMap(notInFuture) })

        let modifiedCandidates: [Found<PageDate>?] = [
            jsonLD.modified.flatMap(DateText.machine).map { Found($0, from: .jsonLD) },
            microdata.modified.flatMap(DateText.machine).map { Found($0, from: .microdata) },
            page.date("article:modified_time", "og:updated_time", "article:updated_time").map { Found($0, from: .openGraph) },
            page.date("dc.date.modified", "dcterms.modified").map { Found($0, from: .dublinCore) },
            page.date("last-modified", "lastmod", "datemodified", "sailthru.lastmodified").map { Found($0, from: .metaTag) },
            page.modifiedTime.map { Found($0, from: .timeElement) },
        ]
        metadata.modified = first(modifiedCandidates.map { $0.flatMap(notInFuture) })

        let authorCandidates: [Found<[String]>?] = [
            nonEmpty(jsonLD.authors).map { Found($0, from: .jsonLD) },
            nonEmpty(microdata.authors).map { Found($0, from: .microdata) },
            nonEmpty(page.metas("article:author").compactMap(nonURL)).map { Found($0, from: .openGraph) },
            nonEmpty(page.metas("dc.creator", "dcterms.creator")).map { Found($0, from: .dublinCore) },
            nonEmpty(page.metas("citation_author")).map { Found($0, from: .citation) },
            nonEmpty(page.metas("parsely-author")).map { Found($0, from: .parsely) },
            nonEmpty((page.metas("author", "byl", "sailthru.author", "article.author")).compactMap(nonURL).flatMap(AuthorNames.split)).map { Found($0, from: .metaTag) },
            nonEmpty(visible.authors).map { Found($0, from: .pageText) },
        ]
        metadata.authors = first(authorCandidates).map { Found(AuthorNames.unique($0.value), from: $0.origin) }

        metadata.language = first([
            jsonLD.language.flatMap(LanguageTag.normalized).map { Found($0, from: .jsonLD) },
            page.htmlLanguage.flatMap(LanguageTag.normalized).map { Found($0, from: .htmlLang) },
            page.meta("dc.language", "dcterms.language").flatMap(LanguageTag.normalized).map { Found($0, from: .dublinCore) },
            page.meta("content-language", "language").flatMap(LanguageTag.normalized).map { Found($0, from: .metaTag) },
            page.meta("og:locale").flatMap(LanguageTag.normalized).map { Found($0, from: .openGraph) },
        ])

        metadata.canonicalURL = first([
            page.canonicalLink.flatMap { absolute($0, base: pageURL) }.map { Found($0, from: .canonicalLink) },
            page.meta("og:url").flatMap { absolute($0, base: pageURL) }.map { Found($0, from: .openGraph) },
            jsonLD.url.flatMap { absolute($0, base: pageURL) }.map { Found($0, from: .jsonLD) },
            page.meta("parsely-link", "twitter:url").flatMap { absolute($0, base: pageURL) }.map { Found($0, from: .metaTag) },
        ])

        metadata.description = jsonLD.description ?? page.meta("og:description", "description", "twitter:description", "dc.description")
        metadata.articleBody = jsonLD.articleBody
        let ogType = page.meta("og:type")?.lowercased()
        metadata.declaresArticle = jsonLD.hasArticle || microdata.hasArticle || ogType == "article" || page.meta("article:published_time") != nil
        metadata.declaresIndex = !metadata.declaresArticle && (jsonLD.hasIndex || ogType == "website")
        return metadata
    }

    static func first<Value>(_ candidates: [Found<Value>?]) -> Found<Value>? {
        for case let candidate? in candidates { return candidate }
        return nil
    }

    static func nonEmpty(_ values: [String]) -> [String]? {
        values.isEmpty ? nil : values
    }

    /// Facebook puts a profile URL in article:author; a URL is not a name.
    static func nonURL(_ text: String) -> String? {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("www.") || lower.hasPrefix("@") ? nil : text
    }

    static func notInFuture(_ found: Found<PageDate>) -> Found<PageDate>? {
        found.value.day <= CalendarDate.today.adding(days: 1) ? found : nil
    }

    /// An http(s) address, made absolute against the page's own.
    static func absolute(_ reference: String, base: String?) -> String? {
        let trimmed = reference.trimmingWhitespace()
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace }) else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return URLComponents(string: trimmed)?.host?.isEmpty == false ? trimmed : nil
        }
        guard let base, let baseComponents = URLComponents(string: base), let scheme = baseComponents.scheme, let host = baseComponents.host else {
            return nil
        }
        if trimmed.hasPrefix("//") { return scheme + ":" + trimmed }
        let origin = scheme + "://" + host + (baseComponents.port.map { ":\($0)" } ?? "")
        if trimmed.hasPrefix("/") { return origin + trimmed }
        let directory = baseComponents.path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        return origin + directory + "/" + trimmed
    }
}

/// Meta tags, the title, the main heading, <link rel=canonical>, <html lang> and <time> elements.
struct PageFacts {
    var metas: [String: [String]] = [:]
    var title: String?
    var mainHeadingNode: HTMLDocument.NodeID?
    var mainHeading: String?
    var canonicalLink: String?
    var htmlLanguage: String?
    var publishedTime: PageDate?
    var modifiedTime: PageDate?

    init(_ document: HTMLDocument) {
        var times: [(node: HTMLDocument.NodeID, date: PageDate, role: TimeRole)] = []
        for node in 1..<document.nodeCount where document.kind(node) == .element {
            switch document.name(node) {
            case "meta":
                guard let content = document.attribute("content", of: node).map(Whitespace.collapse), !content.isEmpty else { continue }
                for key in ["name", "property", "itemprop", "http-equiv"] {
                    if let name = document.attribute(key, of: node)?.lowercased() {
                        metas[name.trimmingWhitespace(), default: []].append(content)
                    }
                }
            case "title" where title == nil:
                title = Whitespace.collapse(document.textContent(node)).nonEmpty
            case "link":
                let rel = document.attribute("rel", of: node)?.lowercased().split(separator: " ") ?? []
                if canonicalLink == nil, rel.contains("canonical") { canonicalLink = document.attribute("href", of: node) }
            case "html" where htmlLanguage == nil:
                htmlLanguage = document.attribute("lang", of: node) ?? document.attribute("xml:lang", of: node)
            case "time":
                guard let datetime = document.attribute("datetime", of: node), let date = DateText.machine(datetime) else { continue }
                times.append((node, date, TimeRole(of: node, document)))
            default:
                break
            }
        }
        mainHeadingNode = BodyExtractor.mainHeading(in: document, headline: metas["og:title"]?.first ?? title)
        mainHeading = mainHeadingNode.map(document.textContent).flatMap { $0.isEmpty ? nil : $0 }
        // A <time> marked as the publication date, else the first after the headline that is not an update.
        let afterHeading = times.filter { time in mainHeadingNode.map { time.node > $0 } ?? true }
        publishedTime = (times.first { $0.role == .published } ?? afterHeading.first { $0.role != .modified }
            ?? times.first { $0.role != .modified })?.date
        modifiedTime = times.first { $0.role == .modified }?.date
    }

    /// What a <time> element dates, by its names (itemprop, class, pubdate) or the label before it.
    enum TimeRole {
        case published, modified, unknown

        init(of node: HTMLDocument.NodeID, _ document: HTMLDocument) {
            let names = [document.attribute("itemprop", of: node), document.attribute("class", of: node), document.attribute("pubdate", of: node).map { _ in "published" }]
                .compactMap { $0?.lowercased() }.joined(separator: " ")
            // WordPress themes mark the publication date "entry-date published updated" or just
            // "entry-date updated" (hAtom's required class), so an entry date is the publication date.
            let published = names.contains("publish") || names.contains("pubdate") || names.contains("created") || names.contains("entry-date")
            if published { self = .published; return }
            if names.contains("modif") || names.contains("updat") { self = .modified; return }
            let label = VisibleFacts.textBefore(node, document).lowercased()
            if ["updated", "update", "modified", "aktualisiert", "mis à jour", "actualizado", "atualizado", "aggiornato",
                "обновлено", "güncelleme", "zaktualizowano", "aktualizováno"].contains(where: { label.hasSuffix($0) || label.hasSuffix($0 + ":") })
            {
                self = .modified
            } else if BoilerplateHints.dateLineOpenings.contains(where: { label.hasSuffix($0) || label.hasSuffix($0 + ":") })
                || ["yayınlanma", "on", "posted on"].contains(where: { label.hasSuffix($0) || label.hasSuffix($0 + ":") })
            {
                self = .published
            } else {
                self = .unknown
            }
        }
    }

    func meta(_ names: String...) -> String? {
        for name in names {
            if let value = metas[name]?.first { return value }
        }
        return nil
    }

    func metas(_ names: String...) -> [String] {
        for name in names {
            if let values = metas[name], !values.isEmpty { return values }
        }
        return []
    }

    func date(_ names: String...) -> PageDate? {
        for name in names {
            for value in metas[name] ?? [] {
                if let date = DateText.machine(value) { return date }
            }
        }
        return nil
    }

    var canonicalHost: String? {
        (canonicalLink ?? meta("og:url")).flatMap { URLComponents(string: $0)?.host }
    }
}

/// Author names as bylines and meta tags give them: "Ana Ruiz and Tom Okafor", "Ruiz, Ana"
/// stays whole when it is one name turned round.
enum AuthorNames {
    static func split(_ text: String) -> [String] {
        var cleaned = Whitespace.collapse(text)
        for prefix in ["By ", "by ", "BY "] where cleaned.hasPrefix(prefix) {
            cleaned = String(cleaned.dropFirst(prefix.count))
        }
        guard !cleaned.isEmpty, cleaned.count <= 200 else { return [] }
        var parts = [cleaned]
        for separator in [" and ", " & ", " und ", " et ", " y ", " e ", " и ", " ve ", ";", "|", "، "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        // "Ana Ruiz, Tom Okafor" is two people; "Ruiz, Ana" and "Ana Ruiz, Staff writer" are one.
        parts = parts.flatMap { part -> [String] in
            let pieces = part.split(separator: ",").map { Whitespace.collapse($0) }
            guard pieces.count > 1, pieces.allSatisfy({ $0.split(separator: " ").count >= 2 && $0.first?.isUppercase == true }),
                !pieces.contains(where: isRole)
            else { return [pieces.first { !isRole($0) } ?? part] }
            return pieces
        }
        return parts.map { Whitespace.collapse($0) }.filter { !$0.isEmpty && $0.count <= 80 && !isRole($0) }
    }

    static func isRole(_ text: String) -> Bool {
        let lower = text.lowercased()
        return ["staff", "writer", "reporter", "correspondent", "editor", "journalist", "contributor", "redaktion", "rédaction"]
            .contains { lower.contains($0) }
    }

    static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

/// Language tags as pages write them ("en_US", "EN", "pt-br"), made BCP 47 ("en-US", "pt-BR").
enum LanguageTag {
    static func normalized(_ text: String) -> String? {
        let parts = text.trimmingWhitespace().replacingScalars("_", with: "-").split(separator: "-").map(String.init)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        var result = [first.lowercased()]
        for part in parts.dropFirst() {
            guard (1...8).contains(part.count), part.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { break }
            result.append(part.count == 2 ? part.uppercased() : part.count == 4 ? part.prefix(1).uppercased() + part.dropFirst().lowercased() : part.lowercased())
        }
        return result.joined(separator: "-")
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
