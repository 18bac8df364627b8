// `claims source import`: a saved web page, a fetched URL or a text file recorded as a source,
// with the page kept beside it and what was found in it, and where.
import FoundationEssentials
internal import HTML
internal import Postgres
import Basics

/// A document to record: the bytes of a file (or standard input), or a page fetched from the web.
public struct SourceDocument: Sendable {
    public var bytes: [UInt8]
    /// The Content-Type the server sent; nil for a file.
    public var contentType: String?
    /// Where a fetch started and ended; nil for a file.
    public var requestedURL: String?
    public var finalURL: String?
    public var retrievedAt: Date

    public init(fileBytes: [UInt8], readAt: Date = Date()) {
        bytes = fileBytes
        retrievedAt = readAt
    }

    public init(fetched: FetchedDocument) {
        bytes = fetched.bytes
        contentType = fetched.contentType
        requestedURL = fetched.requestedURL
        finalURL = fetched.finalURL
        retrievedAt = fetched.retrievedAt
    }
}

/// What the person importing says about the source; each given value wins over the document's.
public struct SourceOverrides: Sendable {
    public var url: String?
    public var title: String?
    public var outlet: String?
    public var published: CalendarDate?
    public var language: String?

    public init(url: String? = nil, title: String? = nil, outlet: String? = nil, published: CalendarDate? = nil, language: String? = nil) {
        self.url = url
        self.title = title
        self.outlet = outlet
        self.published = published
        self.language = language
    }
}

/// The details of a source that a page may or may not state.
public enum SourceField: String, Sendable, CaseIterable {
    case title, outlet, published, modified, authors, language, canonical
}

/// Where a detail came from, and the text it was read from when that says more than the value
/// (a timestamp with its time zone).
public struct FieldOrigin: Sendable, Equatable, Codable {
    /// A `MetadataOrigin` raw value ("json-ld", "opengraph", "option" ...).
    public var from: String
    public var written: String?
    /// For `canonical`, the address itself (the source may be recorded under another).
    public var value: String?

    public init(from origin: MetadataOrigin, written: String? = nil, value: String? = nil) {
        from = origin.rawValue
        self.written = written
        self.value = value
    }

    /// For people: "JSON-LD", "<link rel=canonical>".
    public var description: String {
        MetadataOrigin(rawValue: from)?.description ?? from
    }

    static func json(_ origins: [String: FieldOrigin]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(origins)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }
}

/// What an import recorded and what it could not find.
public struct SourceImportReport: Sendable {
    public var source: Source
    public var details: SourceDetails
    public var paragraphs: Int
    public var words: Int
    /// Details the document did not state (and no option gave).
    public var missing: [SourceField]
    /// True for a web page, false for the plain-text layout.
    public var isWebPage: Bool
    /// Where the text was cut short because the page nests deeper or is larger than any real page.
    public var truncated: Bool
}

extension SourceStore {
    /// Records a document as a source in one transaction: an HTML page (recognised by its content
    /// or its Content-Type, not a file name) through web article extraction, anything else as the
    /// plain-text layout. The document's bytes are kept with the source.
    ///
    /// A page's missing headline, outlet or date is not a refusal when its article was found: the
    /// report lists what is missing. A page with no article, or a fetched document that is neither
    /// HTML nor text, is refused.
    ///
    /// - Throws: `ClaimsError.notAnArticle`, `.notAWebPage`, `.sourceExists`, `.sourceTextExists`,
    ///   `.articleDetailsMissing` (text layout), `.unreadableFile` (text that is not UTF-8).
    public func importDocument(_ document: SourceDocument, overrides: SourceOverrides, name: String) throws -> SourceImportReport {
        let media = document.contentType.map(MediaType.init)
        let isHTML = media?.isHTML == true || WebPageReader.looksLikeHTML(document.bytes)
        if let media, !media.isHTML, !media.isPlainText {
            // A server that labels nothing (or everything octet-stream) still sends pages.
            let unlabelled = media.essence.isEmpty || media.essence == "application/octet-stream"
            guard unlabelled, isHTML else { throw ClaimsError.notAWebPage(url: document.finalURL ?? name, kind: media.kindForPeople) }
        }
        if let published = overrides.published, published > .today {
            throw ClaimsError.futureDate(text: published.description, today: .today)
        }
        // The page is read before the transaction starts: a 10 MB page holds no lock while it parses.
        let pageURL = try overrides.url.map(Self.validatedURL) ?? document.finalURL
        let reading = isHTML ? WebPageReader.read(document.bytes, contentType: document.contentType, url: pageURL) : nil
        return try connection.transaction { db in
            let store = SourceStore(db)
            if let reading { return try store.importPage(document, reading: reading, overrides: overrides) }
            guard let raw = String(validating: document.bytes, as: UTF8.self) else {
                let kind = BinarySniffer.kind(of: document.bytes).map { "it is \($0), not a web page or text" }
                throw ClaimsError.unreadableFile(path: name, reason: kind ?? "it is neither an HTML page nor UTF-8 text")
            }
            let page = SourceStore.PageRow(
                bytes: document.bytes, contentType: document.contentType ?? "text/plain; charset=utf-8",
                requestedURL: document.requestedURL, finalURL: document.finalURL, retrievedAt: document.retrievedAt,
                encoding: "UTF-8")
            let imported = try store.importText(raw, overrides: overridesWithFetchedURL(overrides, document), page: page)
            let paragraphs = imported.parsed.body.isEmpty ? 0 : imported.parsed.body.components(separatedBy: "\n\n").count
            return SourceImportReport(
                source: imported.source, details: try store.details(of: imported.source), paragraphs: paragraphs,
                words: WordCount.of(imported.parsed.body), missing: [], isWebPage: false, truncated: false)
        }
    }

    private func overridesWithFetchedURL(_ overrides: SourceOverrides, _ document: SourceDocument) -> SourceOverrides {
        var result = overrides
        if result.url == nil { result.url = document.finalURL }
        return result
    }

    /// A web page: its article and metadata (WebPageReader), the options over them.
    func importPage(_ document: SourceDocument, reading: WebPageReading, overrides: SourceOverrides) throws -> SourceImportReport {
        if let reason = reading.notAnArticle { throw ClaimsError.notAnArticle(reason: reason) }
        guard !reading.paragraphs.isEmpty else { throw ClaimsError.notAnArticle(reason: "no article text was found") }
        let metadata = reading.metadata
        let text = ArticleText.normalize(reading.body)

        var origins: [String: FieldOrigin] = [:]
        func take<Value>(_ field: SourceField, option: Value?, found: Found<Value>?, written: String? = nil) -> Value? {
            if let option {
                origins[field.rawValue] = FieldOrigin(from: .option)
                return option
            }
            guard let found else { return nil }
            origins[field.rawValue] = FieldOrigin(from: found.origin, written: written)
            return found.value
        }
        let title = take(.title, option: try Text.given(overrides.title, field: "title"), found: metadata.headline.flatMap(Self.clean))
        let outlet = take(.outlet, option: try Text.given(overrides.outlet, field: "outlet"), found: metadata.outlet.flatMap(Self.clean))
        let published = take(
            .published, option: overrides.published, found: metadata.published.map { Found($0.value.day, from: $0.origin) },
            written: metadata.published?.value.written)
        let modified = take(
            .modified, option: nil, found: metadata.modified.map { Found($0.value.day, from: $0.origin) },
            written: metadata.modified?.value.written)
        let authors = take(.authors, option: nil, found: metadata.authors.map { Found($0.value.compactMap(Self.clean), from: $0.origin) }) ?? []
        let language = take(
            .language, option: try Text.given(overrides.language, field: "language").map(Self.validatedLanguage),
            found: metadata.language.flatMap { found in (try? Self.validatedLanguage(found.value)).map { Found($0, from: found.origin) } })
        if reading.bodyOrigin != .pageText { origins["body"] = FieldOrigin(from: reading.bodyOrigin) }
        let canonical = metadata.canonicalURL.flatMap { found in (try? Self.validatedURL(found.value)).map { Found($0, from: found.origin) } }
        if let canonical { origins[SourceField.canonical.rawValue] = FieldOrigin(from: canonical.origin, value: canonical.value) }

        let url = try overrides.url.map(Self.validatedURL)
            ?? Self.recordedAddress(canonical: canonical?.value, fetched: document.finalURL)
            ?? "urn:sha256:" + ArticleText.fingerprint(text)
        let otherURLs = [document.requestedURL, document.finalURL].compactMap { $0 }.filter { $0 != url }
        let source = try insert(
            SourceRow(
                url: url, title: title, outlet: outlet, published: published, language: language, text: text,
                modified: modified, authors: authors, provenance: FieldOrigin.json(origins),
                page: PageRow(
                    bytes: document.bytes, contentType: document.contentType, requestedURL: document.requestedURL,
                    finalURL: document.finalURL, retrievedAt: document.retrievedAt, encoding: reading.encoding),
                otherURLs: otherURLs, latestPublished: CalendarDate.today.adding(days: 1)))
        var missing: [SourceField] = []
        if title == nil { missing.append(.title) }
        if outlet == nil { missing.append(.outlet) }
        if published == nil { missing.append(.published) }
        if modified == nil { missing.append(.modified) }
        if authors.isEmpty { missing.append(.authors) }
        if language == nil { missing.append(.language) }
        return SourceImportReport(
            source: source, details: try details(of: source), paragraphs: reading.paragraphs.count, words: reading.wordCount,
            missing: missing, isWebPage: true, truncated: reading.truncated)
    }

    /// The address a page is recorded under: its canonical address when that is on the site it
    /// was fetched from (the same article without tracking parameters), else where the fetch
    /// ended. A canonical address elsewhere (a syndicated copy pointing at the original) is kept
    /// in the provenance, not taken as this page's address.
    static func recordedAddress(canonical: String?, fetched: String?) -> String? {
        guard let canonical else { return fetched }
        guard let fetched else { return canonical }
        return siteName(of: canonical) == siteName(of: fetched) ? canonical : fetched
    }

    /// "www.harbourgazette.example" and "amp.harbourgazette.example" are one site.
    static func siteName(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased() else { return nil }
        let labels = host.split(separator: ".")
        return labels.suffix(2).joined(separator: ".")
    }

    /// Metadata text as stored: no control characters, trimmed, nil when nothing is left.
    static func clean(_ found: Found<String>) -> Found<String>? {
        clean(found.value).map { Found($0, from: found.origin) }
    }

    static func clean(_ text: String) -> String? {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
        let collapsed = Whitespace.collapse(visible)
        return collapsed.isEmpty ? nil : String(collapsed.prefix(1_000))
    }
}

/// What a file that is not text is, from its first bytes, for the refusal.
enum BinarySniffer {
    static func kind(of bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), "a PDF"), ([0x89, 0x50, 0x4E, 0x47], "an image (PNG)"), ([0xFF, 0xD8, 0xFF], "an image (JPEG)"),
            (Array("GIF8".utf8), "an image (GIF)"), ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a Word or OpenDocument file)"),
            ([0x1F, 0x8B], "a gzip archive"), (Array("RIFF".utf8), "a media file (RIFF)"),
        ]
        return signatures.first { bytes.starts(with: $0.0) }?.1
    }
}
