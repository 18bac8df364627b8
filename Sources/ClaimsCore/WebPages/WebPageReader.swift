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
        return WebPageReading(
            metadata: metadata, paragraphs: body.paragraphs, notAnArticle: body.notAnArticle,
            encoding: document.encoding.description, truncated: document.truncated)
    }

    /// Whether bytes are HTML by their content (not their name): a doctype, an `<html>`, or one
    /// of the tags the HTML standard's sniffing recognises at the start.
    public static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        MarkupSniffer.looksLikeHTML(bytes)
    }
}
