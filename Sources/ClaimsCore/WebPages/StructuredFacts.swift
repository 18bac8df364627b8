// Structured data a page states about its article: JSON-LD blocks (schema.org NewsArticle and
// kin, inside @graph and arrays) and microdata (itemscope/itemprop). PageMetadataReader ranks
// these first, before meta tags and the visible text.
import FoundationEssentials
internal import HTML
internal import Postgres
import Basics

/// The facts JSON-LD blocks give: the article node's fields, with references to other nodes
/// (`"publisher": {"@id": "#org"}`) followed.
struct JSONLDFacts {
    var headline: String?
    var published: String?
    var modified: String?
    var authors: [String] = []
    var publisher: String?
    var siteName: String?
    var language: String?
    var url: String?
    var description: String?
    /// The article's text as the publisher gives it to machines, for pages whose HTML holds too
    /// little of it (rendered in the browser from a script's data).
    var articleBody: String?
    var hasArticle = false
    var hasIndex = false

    init(_ document: HTMLDocument) {
        var nodes: [[String: JSONValue]] = []
        for script in document.all("script") {
            guard document.attribute("type", of: script)?.lowercased().contains("ld+json") == true else { continue }
            let raw = document.descendants(of: script).filter { document.kind($0) == .text }.map { document.text($0) }.joined()
            guard let json = Self.decode(raw) else { continue }
            nodes += Self.flatten(json)
        }
        var byID: [String: [String: JSONValue]] = [:]
        for node in nodes {
            if let id = JSONLD.text(node["@id"]), byID[id] == nil { byID[id] = node }
        }
        func resolved(_ value: JSONValue?) -> [String: JSONValue]? {
            guard let object = JSONLD.node(value) else { return nil }
            if object.count <= 2, let id = JSONLD.text(object["@id"]), let target = byID[id] { return target }
            return object
        }
        func ranked(_ types: [String]) -> [String: JSONValue]? {
            for type in types {
                if let node = nodes.first(where: { JSONLD.types(of: $0).contains(type) }) { return node }
            }
            return nil
        }
        let article = ranked(PageMetadataReader.articleTypes)
        let page = ranked(PageMetadataReader.pageTypes)
        let site = ranked(["WebSite"])
        hasArticle = article != nil
        hasIndex = ranked(PageMetadataReader.indexTypes) != nil
        let primary = [article, page].compactMap { $0 }

        func firstText(_ keys: String...) -> String? {
            for node in primary {
                for key in keys {
                    if let text = JSONLD.text(node[key]).map(Self.clean), !text.isEmpty { return text }
                }
            }
            return nil
        }
        headline = article.flatMap { JSONLD.text($0["headline"]) ?? JSONLD.text($0["name"]) }.map(Self.clean)
            ?? page.flatMap { JSONLD.text($0["headline"]) ?? JSONLD.text($0["name"]) }.map(Self.clean)
        published = firstText("datePublished", "dateCreated", "uploadDate")
        modified = firstText("dateModified")
        description = firstText("description")
        articleBody = article.flatMap { JSONLD.text($0["articleBody"]) }
        for node in primary {
            let names = Self.values(node["author"]).compactMap { value -> String? in
                if let object = resolved(value) { return JSONLD.text(object["name"]).map(Self.clean) }
                return JSONLD.text(value).map(Self.clean)
            }
            let split = names.flatMap(AuthorNames.split)
            if !split.isEmpty {
                authors = split
                break
            }
        }
        for node in primary {
            if let name = resolved(node["publisher"]).flatMap({ JSONLD.text($0["name"]) }) ?? JSONLD.text(node["publisher"]).flatMap(PageMetadataReader.nonURL) {
                publisher = Self.clean(name)
                break
            }
        }
        siteName = (site.flatMap { JSONLD.text($0["name"]) }
            ?? primary.lazy.compactMap { resolved($0["isPartOf"]).flatMap { JSONLD.text($0["name"]) } }.first)
            .map(Self.clean)
        for node in primary {
            if let language = resolved(node["inLanguage"]).flatMap({ JSONLD.text($0["alternateName"]) ?? JSONLD.text($0["name"]) })
                ?? JSONLD.text(node["inLanguage"])
            {
                self.language = language
                break
            }
        }
        url = article.flatMap { JSONLD.text($0["url"]) ?? JSONLD.node($0["mainEntityOfPage"]).flatMap { JSONLD.text($0["@id"]) ?? JSONLD.text($0["url"]) } ?? JSONLD.text($0["mainEntityOfPage"]) }
    }

    /// A JSON-LD string as text: character references decoded (templates write "&#8217;"), white
    /// space collapsed.
    static func clean(_ text: String) -> String {
        Whitespace.collapse(HTMLEntities.decode(text))
    }

    static func values(_ value: JSONValue?) -> [JSONValue] {
        if case .array(let array) = value { return array }
        return value.map { [$0] } ?? []
    }

    /// JSON-LD as pages carry it: sometimes inside an HTML comment or CDATA marks, sometimes with
    /// raw line breaks inside strings, which strict JSON refuses.
    static func decode(_ raw: String) -> JSONValue? {
        var text = raw.trimmingWhitespace()
        for wrapper in ["<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"] {
            text = text.replacingScalars(wrapper, with: "")
        }
        if let json = try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) { return json }
        let flattened = text.replacingLineBreaks(with: " ").replacingScalars("\t", with: " ")
        return try? JSONDecoder().decode(JSONValue.self, from: Data(flattened.utf8))
    }

    /// Every node: arrays, @graph, and the main entity of a page.
    static func flatten(_ json: JSONValue) -> [[String: JSONValue]] {
        var result: [[String: JSONValue]] = []
        for node in JSONLD.nodes(in: json) {
            result.append(node)
            if let main = JSONLD.node(node["mainEntity"]), !JSONLD.types(of: main).isEmpty { result.append(main) }
        }
        return result
    }
}

/// The same facts from schema.org microdata (`itemscope itemtype=".../NewsArticle"`, `itemprop`).
struct MicrodataFacts {
    var headline: String?
    var published: String?
    var modified: String?
    var authors: [String] = []
    var publisher: String?
    var hasArticle = false

    init(_ document: HTMLDocument) {
        let scope = document.descendants(of: HTMLDocument.root).first { node in
            guard document.kind(node) == .element, document.attribute("itemscope", of: node) != nil,
                let type = document.attribute("itemtype", of: node)
            else { return false }
            return PageMetadataReader.articleTypes.contains { type.hasSuffix("/" + $0) || type == $0 }
        }
        hasArticle = scope != nil
        // Properties of the article scope; without one, itemprop meta tags anywhere.
        let range = scope.map { document.descendants(of: $0) } ?? document.descendants(of: HTMLDocument.root)
        for node in range where document.kind(node) == .element {
            guard let property = document.attribute("itemprop", of: node)?.lowercased() else { continue }
            switch property {
            case "headline" where headline == nil: headline = Self.value(node, document)
            case "datepublished" where published == nil: published = Self.value(node, document)
            case "datemodified" where modified == nil: modified = Self.value(node, document)
            case "author":
                let name = document.attribute("itemscope", of: node) != nil
                    ? Self.property("name", in: node, document) ?? Self.value(node, document) : Self.value(node, document)
                if let name { authors += AuthorNames.split(name) }
            case "publisher" where publisher == nil:
                publisher = document.attribute("itemscope", of: node) != nil ? Self.property("name", in: node, document) : Self.value(node, document)
            default: break
            }
        }
    }

    static func property(_ name: String, in scope: HTMLDocument.NodeID, _ document: HTMLDocument) -> String? {
        for node in document.descendants(of: scope) where document.attribute("itemprop", of: node)?.lowercased() == name {
            return value(node, document)
        }
        return nil
    }

    /// An itemprop's value: `content` on meta, `datetime` on time, `href` on links, else the text.
    static func value(_ node: HTMLDocument.NodeID, _ document: HTMLDocument) -> String? {
        let text: String?
        switch document.name(node) {
        case "meta": text = document.attribute("content", of: node)
        case "time": text = document.attribute("datetime", of: node) ?? document.textContent(node)
        case "a", "link": text = document.attribute("content", of: node) ?? document.textContent(node)
        default: text = document.attribute("content", of: node) ?? document.textContent(node)
        }
        return text.map(Whitespace.collapse).flatMap { $0.isEmpty ? nil : $0 }
    }
}
