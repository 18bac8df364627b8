// Outlets and sources: the organisations that publish, and the articles claims appear in.
import FoundationEssentials
import Postgres

/// What `claims source add` asks for.
public struct NewSource: Sendable {
    public var url: String
    public var title: String
    public var outlet: String
    public var published: CalendarDate
    public var language: String?
    public var text: String?

    public init(url: String, title: String, outlet: String, published: CalendarDate, language: String? = nil, text: String? = nil) {
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

    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Records a source (and its outlet, if new).
    ///
    /// - Throws: `ClaimsError.sourceExists` if the URL is already recorded (ignoring the case of scheme
    ///   and host, and a trailing slash), `.invalidURL`, `.invalidLanguage`, `.emptyText`, `.futureDate`.
    public func add(_ new: NewSource) throws -> Source {
        try add(new, validatingURL: true)
    }

    private func add(_ new: NewSource, validatingURL: Bool) throws -> Source {
        let url = validatingURL ? try Self.validatedURL(new.url) : new.url
        let title = try Text.required(new.title, field: "title")
        let language = try Text.optional(new.language, field: "language").map(Self.validatedLanguage)
        let text = Text.nonBlank(new.text).map(ArticleText.normalize)
        let fingerprint = text.map(ArticleText.fingerprint)
        guard new.published <= .today else {
            throw ClaimsError.futureDate(text: new.published.description, today: .today)
        }
        return try connection.transaction { db in
            if let existing = try find(url: url, on: db) {
                throw ClaimsError.sourceExists(url: existing.url, existingID: existing.id)
            }
            if let fingerprint, let existing = try db.queryFirst(
                "SELECT id, url FROM sources WHERE text_sha256 = \(fingerprint)")
            {
                throw ClaimsError.sourceTextExists(existingID: try existing.decode("id"), url: try existing.decode("url"))
            }
            let outletID = try OutletStore(db).findOrCreate(new.outlet)
            let row = try db.queryFirst(
                """
                INSERT INTO sources (url, title, outlet_id, published_on, language, full_text, text_sha256)
                VALUES (\(url), \(title), \(outletID), \(new.published), \(language), \(text), \(fingerprint))
                RETURNING id
                """)
            let id: Int = try row?.decode("id") ?? 0
            guard let source = try source(id: id, on: db) else { throw ClaimsError.sourceNotFound(reference: url) }
            return source
        }
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
        let parsed = ArticleParser.parse(raw)
        let headline = try Text.optional(title, field: "title") ?? parsed.headline
        let outletName = try Text.optional(outlet, field: "outlet") ?? parsed.outlet
        let date = published ?? parsed.published
        var missing: [String] = []
        if headline == nil { missing.append("--title") }
        if outletName == nil { missing.append("--outlet") }
        if date == nil { missing.append("--published") }
        guard missing.isEmpty, let headline, let outletName, let date else {
            throw ClaimsError.articleDetailsMissing(missing: missing)
        }
        guard !parsed.body.isEmpty else { throw ClaimsError.emptyText(field: "article body") }
        let address = try url.map(Self.validatedURL) ?? "urn:sha256:" + ArticleText.fingerprint(ArticleText.normalize(parsed.body))
        let source = try add(
            NewSource(url: address, title: headline, outlet: outletName, published: date, language: language, text: parsed.body),
            validatingURL: false)
        return (source, parsed)
    }

    /// A source by its number (`12` or `#12`) or its URL.
    public func resolve(_ reference: String) throws -> Source? {
        let trimmed = try Text.required(reference, field: "source (number or address)")
        let digits = trimmed.hasPrefix("#") ? String(trimmed.dropFirst()) : trimmed
        if let id = Int(digits), id > 0 {
            return try source(id: id, on: connection)
        }
        return try find(url: trimmed, on: connection)
    }

    public func list() throws -> [(source: Source, claimCount: Int)] {
        try connection.query(
            """
            SELECT \(unsafeRaw: Self.columns),
                   (SELECT count(*) FROM claims c WHERE c.source_id = so.id) AS claim_count
            FROM sources so JOIN outlets o ON o.id = so.outlet_id
            ORDER BY so.published_on DESC, so.id DESC
            """
        ).map { (try Self.source(from: $0), try $0.decode("claim_count")) }
    }

    /// The stored full text of a source, if any.
    public func fullText(sourceID: Int) throws -> String? {
        try connection.queryFirst("SELECT full_text FROM sources WHERE id = \(sourceID)")?.decode("full_text")
    }

    func find(url: String, on db: Connection) throws -> Source? {
        try db.queryFirst(
            """
            SELECT \(unsafeRaw: Self.columns) FROM sources so JOIN outlets o ON o.id = so.outlet_id
            WHERE claims_normalize_url(so.url) = claims_normalize_url(\(url))
            """
        ).map(Self.source(from:))
    }

    func source(id: Int, on db: Connection) throws -> Source? {
        try db.queryFirst(
            "SELECT \(unsafeRaw: Self.columns) FROM sources so JOIN outlets o ON o.id = so.outlet_id WHERE so.id = \(id)"
        ).map(Self.source(from:))
    }

    /// The columns `source(from:)` reads, for queries over `sources so JOIN outlets o`.
    static let columns =
        "so.id AS source_id, so.url AS source_url, so.title AS source_title, o.name AS source_outlet, "
        + "so.published_on AS source_published, so.language AS source_language, so.full_text IS NOT NULL AS source_has_text"

    static func source(from row: Row) throws -> Source {
        Source(
            id: try row.decode("source_id"), url: try row.decode("source_url"), title: try row.decode("source_title"),
            outlet: try row.decode("source_outlet"), published: try row.decode("source_published"),
            language: try row.decode("source_language"), hasText: try row.decode("source_has_text"))
    }

    static func validatedURL(_ text: String) throws -> String {
        let trimmed = Text.trimmed(text)
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased(),
            ["http", "https"].contains(scheme), let host = components.host, !host.isEmpty,
            !trimmed.contains(where: { $0.isWhitespace })
        else { throw ClaimsError.invalidURL(text) }
        return trimmed
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

    public init(_ connection: Connection) {
        self.connection = connection
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
