// Outlets and sources: the organisations that publish, and the articles claims appear in.
internal import Checksum
import FoundationEssentials
package import Postgres
import Basics

/// What `claims source add` asks for.
public struct NewSource: Sendable {
    /// A web address, a `urn:` or a DOI; nil for a source with none (a broadcast, print, a speech,
    /// a court filing), which is then named by its outlet, title and date.
    public var url: String?
    public var title: String
    public var outlet: String
    public var published: CalendarDate
    public var language: String?
    public var text: String?

    public init(url: String?, title: String, outlet: String, published: CalendarDate, language: String? = nil, text: String? = nil) {
        self.url = url
        self.title = title
        self.outlet = outlet
        self.published = published
        self.language = language
        self.text = text
    }
}

public struct SourceStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a source (and its outlet, if new).
    ///
    /// - Throws: `ClaimsError.sourceExists` if the URL is already recorded (ignoring the case of scheme
    ///   and host, and a trailing slash), `.invalidURL`, `.invalidLanguage`, `.emptyText`, `.futureDate`.
    public func add(_ new: NewSource) throws -> Source {
        let title = try Text.required(new.title, field: "title")
        return try connection.transaction { db in
            try SourceStore(db).insert(
                SourceRow(
                    url: try new.url.map(Self.validatedAddress)
                        ?? Self.addressless(title: title, outlet: new.outlet, published: new.published),
                    title: title, outlet: new.outlet, published: new.published,
                    language: try Text.optional(new.language, field: "language").map(Self.validatedLanguage),
                    text: Text.nonBlank(new.text).map(ArticleText.normalize)))
        }
    }

    /// A source row as it is written: `add`, the importers and `source import` all come through here.
    struct SourceRow {
        var url: String
        var title: String?
        var outlet: String?
        var published: CalendarDate?
        var language: String?
        /// Normalised (ArticleText.normalize).
        var text: String?
        var modified: CalendarDate? = nil
        var authors: [String] = []
        /// Where each detail came from: the `metadata` column's JSON.
        var provenance: String = "{}"
        /// The page or file the source was read from.
        var page: PageRow? = nil
        /// Other addresses the same article is known by (where a fetch started and ended).
        var otherURLs: [String] = []
        /// The latest publication date accepted: today, or tomorrow for a page's own metadata
        /// (a publisher ahead of the user's time zone).
        var latestPublished: CalendarDate = .today
    }

    struct PageRow {
        var bytes: [UInt8]
        var contentType: String?
        var requestedURL: String?
        var finalURL: String?
        var retrievedAt: Date
        var encoding: String
    }

    /// Inserts a row (its outlet created if new, its page beside it), refusing an address or a
    /// text already recorded. The caller holds the transaction.
    func insert(_ row: SourceRow) throws -> Source {
        let fingerprint = row.text.map(ArticleText.fingerprint)
        for date in [row.published, row.modified].compactMap({ $0 }) where date > row.latestPublished {
            throw ClaimsError.futureDate(text: date.description, today: .today)
        }
        for url in [row.url] + row.otherURLs {
            if let existing = try find(url: url, on: connection) {
                throw ClaimsError.sourceExists(url: existing.url, existingID: existing.id)
            }
        }
        if let fingerprint, let existing = try connection.queryFirst("SELECT id, url FROM sources WHERE text_sha256 = \(fingerprint)") {
            throw ClaimsError.sourceTextExists(existingID: try existing.decode("id"), url: try existing.decode("url"))
        }
        let outletID = try row.outlet.map { try OutletStore(connection).findOrCreate($0) }
        // The agency its text credits and its signature, stored with it; then the earlier source
        // it copies, if any (Evidence/SourceBasis.swift).
        let reading = try row.text.map { try read(text: $0, outlet: row.outlet) }
        let inserted = try connection.queryFirst(
            """
            INSERT INTO sources (url, title, outlet_id, published_on, language, full_text, text_sha256, modified_on, authors, metadata,
                                 wire_outlet_id, text_signature, text_bands, text_read)
            VALUES (\(row.url), \(row.title), \(outletID), \(row.published), \(row.language), \(row.text), \(fingerprint),
                    \(row.modified), \(row.authors), \(row.provenance)::jsonb,
                    \(reading?.wireOutletID), \(reading?.signature?.values), \(reading?.signature?.bandKeys), \(reading != nil))
            RETURNING id
            """)
        let id: Int = try inserted?.decode("id") ?? 0
        if let signature = reading?.signature {
            try recordResemblance(of: id, signature: signature, published: row.published)
        }
        if let page = row.page {
            try connection.execute(
                """
                INSERT INTO source_pages (source_id, requested_url, final_url, content_type, retrieved_at, encoding, byte_count, sha256, bytes)
                VALUES (\(id), \(page.requestedURL), \(page.finalURL), \(page.contentType), \(page.retrievedAt), \(page.encoding),
                        \(page.bytes.count), \(SHA256Digest.hash(page.bytes).description), \(ByteString(page.bytes)))
                """)
        }
        guard let source = try source(id: id, on: connection) else { throw ClaimsError.sourceNotFound(reference: row.url) }
        return source
    }

    /// Records an article read from a text file: headline, outlet and date come from the file unless
    /// given; the stored text is the body without page furniture. Without a URL the source is named
    /// `urn:sha256:<fingerprint of the text>`.
    ///
    /// - Throws: `ClaimsError.articleDetailsMissing` naming the flags for what the file does not say,
    ///   `.sourceExists` / `.sourceTextExists` for an article already recorded.
    public func importArticle(
        _ raw: String, url: String?, title: String?, outlet: String?, published: CalendarDate?, language: String? = nil
    ) throws -> (source: Source, parsed: ParsedArticle) {
        try connection.transaction { db in
            try SourceStore(db).importText(raw, overrides: SourceOverrides(url: url, title: title, outlet: outlet, published: published, language: language), page: nil)
        }
    }

    /// The plain-text layout: refused unless headline, outlet and date are all known.
    func importText(_ raw: String, overrides: SourceOverrides, page: PageRow?) throws -> (source: Source, parsed: ParsedArticle) {
        let parsed = ArticleParser.parse(raw)
        let headline = try Text.given(overrides.title, field: "title") ?? parsed.headline
        let outletName = try Text.given(overrides.outlet, field: "outlet") ?? parsed.outlet
        let date = overrides.published ?? parsed.published
        var missing: [SourceDetail] = []
        if headline == nil { missing.append(.title) }
        if outletName == nil { missing.append(.outlet) }
        if date == nil { missing.append(.published) }
        guard missing.isEmpty, let headline, let outletName, let date else {
            throw ClaimsError.articleDetailsMissing(missing: missing)
        }
        guard !parsed.body.isEmpty else { throw ClaimsError.emptyText(field: "article body") }
        let text = ArticleText.normalize(parsed.body)
        let address = try overrides.url.map(Self.validatedURL) ?? "urn:sha256:" + ArticleText.fingerprint(text)
        let language = try Text.given(overrides.language, field: "language").map(Self.validatedLanguage)
        var origins: [String: FieldOrigin] = [:]
        origins["title"] = FieldOrigin(from: overrides.title == nil ? .textLayout : .option)
        origins["outlet"] = FieldOrigin(from: overrides.outlet == nil ? .textLayout : .option)
        origins["published"] = FieldOrigin(from: overrides.published == nil ? .textLayout : .option)
        if language != nil { origins["language"] = FieldOrigin(from: .option) }
        let source = try insert(
            SourceRow(
                url: address, title: headline, outlet: outletName, published: date, language: language, text: text,
                provenance: FieldOrigin.json(origins), page: page))
        return (source, parsed)
    }

    /// A source by its number (`12` or `#12`) or its URL.
    public func resolve(_ reference: String) throws -> Source? {
        let trimmed = try Text.required(reference, field: "source (number or address)")
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if let id = Int(digits), id > 0 {
            return try source(id: id, on: connection)
        }
        // A DOI is kept as its https://doi.org/ address: look that up for `doi:10.1000/xyz` too.
        return try find(url: (try? Self.validatedAddress(trimmed)) ?? trimmed, on: connection)
    }

    public func list() throws -> [(source: Source, claimCount: Int)] {
        try connection.query(
            """
            SELECT \(Self.fullColumns),
                   (SELECT count(*) FROM claims c WHERE c.source_id = so.id) AS claim_count
            FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id
            ORDER BY so.published_on DESC NULLS LAST, so.id DESC
            """
        ).map { (try Self.fullSource(from: $0), try $0.decode("claim_count")) }
    }

    /// The stored full text of a source, if any.
    public func fullText(sourceID: Int) throws -> String? {
        try connection.queryFirst("SELECT full_text FROM sources WHERE id = \(sourceID)")?.decode("full_text")
    }

    func find(url: String, on db: Connection) throws -> Source? {
        try db.queryFirst(
            """
            SELECT \(Self.fullColumns) FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id
            WHERE claims_normalize_url(so.url) = claims_normalize_url(\(url))
            """
        ).map(Self.fullSource(from:))
    }

    func source(id: Int, on db: Connection) throws -> Source? {
        try db.queryFirst(
            "SELECT \(Self.fullColumns) FROM sources so LEFT JOIN outlets o ON o.id = so.outlet_id WHERE so.id = \(id)"
        ).map(Self.fullSource(from:))
    }

    /// The columns `source(from:)` reads, for queries over `sources so LEFT JOIN outlets o`.
    static let columns: SQL = """
        so.id AS source_id, so.url AS source_url, so.title AS source_title, o.name AS source_outlet, \
        so.published_on AS source_published, so.language AS source_language, so.full_text IS NOT NULL AS source_has_text
        """

    /// `columns` and the details only a source's own commands show.
    static let fullColumns: SQL = "\(columns), so.modified_on AS source_modified, so.authors AS source_authors"

    static func source(from row: Row) throws -> Source {
        Source(
            id: try row.decode("source_id"), url: try row.decode("source_url"), title: try row.decode("source_title"),
            outlet: try row.decode("source_outlet"), published: try row.decode("source_published"),
            language: try row.decode("source_language"), hasText: try row.decode("source_has_text"))
    }

    static func fullSource(from row: Row) throws -> Source {
        var source = try source(from: row)
        source.modified = try row.decode("source_modified")
        source.authors = try row.decode("source_authors")
        return source
    }

    static func validatedURL(_ text: String) throws -> String {
        let trimmed = Text.trimmed(text)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty,
            !trimmed.contains(where: { $0.isWhitespace })
        else { throw ClaimsError.invalidURL(text) }
        return trimmed
    }

    /// A source's address as `source add` takes it: a web address; a `urn:` (RFC 8141: `urn:`, a
    /// namespace, `:`, a name), kept as written; or a DOI (`doi:10.1000/xyz` or `10.1000/xyz`),
    /// kept as its https://doi.org/ address so that it can be followed.
    static func validatedAddress(_ text: String) throws -> String {
        let trimmed = Text.trimmed(text)
        let lowered = trimmed.lowercased()
        if lowered.hasPrefix("urn:") {
            let parts = trimmed.split(separator: ":", maxSplits: 2, omittingEmptySubsequences: false)
            guard parts.count == 3, let namespace = parts[1].first, namespace.isASCII, namespace.isLetter || namespace.isNumber,
                parts[1].count <= 32, parts[1].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }),
                !parts[2].isEmpty, !trimmed.contains(where: { $0.isWhitespace })
            else { throw ClaimsError.invalidURL(text) }
            return trimmed
        }
        let doi = lowered.hasPrefix("doi:") ? String(trimmed.dropFirst(4)) : trimmed
        if doi.hasPrefix("10."), let slash = doi.firstIndex(of: "/"), doi.index(after: slash) < doi.endIndex,
            doi[doi.index(doi.startIndex, offsetBy: 3)..<slash].allSatisfy({ $0.isNumber || $0 == "." }),
            !doi.contains(where: { $0.isWhitespace })
        {
            return "https://doi.org/" + doi
        }
        return try validatedURL(trimmed)
    }

    /// The name of a source recorded without an address: `urn:claims:` and a fingerprint of its
    /// outlet, title and date, so that the same broadcast recorded twice is found as one source.
    static func addressless(title: String, outlet: String, published: CalendarDate) -> String {
        "urn:claims:" + ArticleText.fingerprint(
            [outlet, title].map { NameKey.collapsed($0).lowercased() }.joined(separator: "\u{1F}") + "\u{1F}\(published)")
    }

    static func validatedLanguage(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.dropFirst().allSatisfy({ (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
        else { throw ClaimsError.invalidLanguage(text) }
        return ([first.lowercased()] + parts.dropFirst().map(String.init)).joined(separator: "-")
    }
}

public struct OutletStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// The outlets claim `id` came through, in order (position 1 first), each found or recorded.
    func recordChain(_ via: [String], ofClaim id: Int) throws {
        for (index, name) in via.enumerated() {
            let outletID = try findOrCreate(name)
            try connection.execute(
                "INSERT INTO claim_outlets (claim_id, position, outlet_id) VALUES (\(id), \(index + 1), \(outletID))")
        }
    }

    /// The id of the outlet with this name (ignoring case and accents), created if new.
    public func findOrCreate(_ name: String) throws -> Int {
        let trimmed = try Text.required(name, field: "outlet name")
        if let row = try connection.queryFirst(
            "INSERT INTO outlets (name) VALUES (\(trimmed)) ON CONFLICT (normalized_name) DO NOTHING RETURNING id")
        {
            return try row.decode("id")
        }
        let existing = try connection.queryFirst(
            "SELECT id FROM outlets WHERE normalized_name = \(NameKey.sql(trimmed))")
        return try existing?.decode("id") ?? 0
    }
}
