// A web page read as an article: its bytes decoded and parsed, its metadata with provenance, and
// its body. Pure (no database, no network), so that it can be tested and fuzzed on its own;
// SourceStore.importPage records what it returns.
internal import HTML

/// What claims found in a web page.
public struct WebPageReading: Sendable, Equatable {
    public var metadata: PageMetadata
    /// The article's paragraphs, in order.
    public var paragraphs: [String]
    /// Nil when the page holds an article; otherwise why it does not, for the refusal.
    public var notAnArticle: String?
    /// The encoding the page was read in, and why ("WINDOWS-1252 (meta charset)").
    public var encoding: String
    /// True when the page was cut short for nesting deeper or holding more than a real page does.
    public var truncated: Bool
    /// Where the paragraphs came from: the page's HTML (`.pageText`), or its JSON-LD articleBody
    /// when the HTML holds too little of the article (a page a script fills in).
    public var bodyOrigin: MetadataOrigin = .pageText

    /// The paragraphs as stored: one blank line apart.
    public var body: String { paragraphs.joined(separator: "\n\n") }
    public var wordCount: Int { paragraphs.reduce(0) { $0 + WordCount.of($1) } }
}

public enum WebPageReader {
    /// Reads a page's bytes. `contentType` is the HTTP header (its charset counts); `url` is where
    /// the page was fetched from, for relative links and the site's name.
    public static func read(_ bytes: [UInt8], contentType: String? = nil, url: String? = nil) -> WebPageReading {
        let charset = contentType.map(MediaType.init)?.charset
        let document = HTMLParser.parse(bytes, declaredCharset: charset)
        let metadata = PageMetadataReader.read(document, pageURL: url)
        let body = BodyExtractor.extract(
            document,
            hints: BodyExtractor.Hints(
                headline: metadata.headline?.value, declaresArticle: metadata.declaresArticle, declaresIndex: metadata.declaresIndex,
                description: metadata.description, authors: metadata.authors?.value ?? [], outlet: metadata.outlet?.value))
        var reading = WebPageReading(
            metadata: metadata, paragraphs: body.paragraphs, notAnArticle: body.notAnArticle,
            encoding: document.encoding.description, truncated: document.truncated)
        if body.notAnArticle == nil || body.isShort, body.wordCount < fallbackBelow, let articleBody = metadata.articleBody {
            let paragraphs = ArticleBodyText.paragraphs(articleBody)
            let words = paragraphs.reduce(0) { $0 + WordCount.of($1) }
            if words >= fallbackBelow, words >= 2 * body.wordCount {
                reading.paragraphs = paragraphs
                reading.notAnArticle = nil
                reading.bodyOrigin = .jsonLD
            }
        }
        return reading
    }

    /// Fewer words than this in the HTML, and the JSON-LD articleBody (when it has more) is taken.
    static let fallbackBelow = 150

    /// Whether bytes are HTML by their content (not their name): a doctype, an `<html>`, or one
    /// of the tags the HTML standard's sniffing recognises at the start.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        MarkupSniffer.looksLikeHTML(bytes)
    }
}

/// JSON-LD articleBody as paragraphs: plain text split at line breaks, or HTML (some publishers
/// put markup in it) read through the page parser.
enum ArticleBodyText {
    static func paragraphs(_ text: String) -> [String] {
        if text.contains("<") && text.contains(">") {
            let document = HTMLParser.parse(utf8: Array(("<body>" + text + "</body>").utf8))
            let body = document.first("body") ?? HTMLDocument.root
            return BlockWriter.blocks(in: body, document: document, removed: [Bool](repeating: false, count: document.nodeCount))
                .map(\.text).filter { !$0.isEmpty }
        }
        return text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { Whitespace.collapse($0) }.filter { !$0.isEmpty }
    }
}
