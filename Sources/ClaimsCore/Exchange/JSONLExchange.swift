// Lossless export and import of the whole record as JSON Lines.
import Foundation
import Postgres

/// `claims export jsonl` / `claims import jsonl`.
///
/// Export writes, in id order: speakers, outlets, sources (with text), claims (with anchors), links
/// and reviews, one JSON object per line with sorted keys. Import reads such a file in one
/// transaction, merging into existing data by natural keys (speaker name or alias, outlet name,
/// source URL; a claim by speaker, source, text and date; a link or review by what it joins), so
/// importing the same file twice adds nothing. Exporting, importing into an empty database and
/// exporting again gives the same bytes.
public struct JSONLExchange {
    let connection: Connection

    public init(_ connection: Connection) {
        self.connection = connection
    }

    /// Counts of what an import added (existing records that matched are not counted).
    public struct ImportSummary: Sendable, Equatable {
        public var lines = 0
        public var speakers = 0
        public var outlets = 0
        public var sources = 0
        public var claims = 0
        public var links = 0
        public var reviews = 0
    }

    static let timestamp = "to_char(%@ AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"

    static func stamp(_ column: String) -> String {
        timestamp.replacingOccurrences(of: "%@", with: column)
    }

    // MARK: Export

    /// Calls `emit` with each line, without its newline. Rows stream from the server one at a time
    /// and claim keys are numbered by the server, so memory does not grow with the record.
    public func export(_ emit: (String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        func line(_ value: some Encodable) throws {
            try emit(String(decoding: try encoder.encode(value), as: UTF8.self))
        }
        try connection.transaction { db in
            // One snapshot for the whole file.
            try db.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try db.forEachRow(
                """
                SELECT s.name, s.role, s.affiliation, s.wikidata_id, \(unsafeRaw: Self.stamp("s.created_at")) AS created,
                       ARRAY(SELECT n.name FROM speaker_names n WHERE n.speaker_id = s.id AND NOT n.is_primary ORDER BY n.name) AS aliases
                FROM speakers s ORDER BY s.id
                """
            ) { row in
                try line(
                    SpeakerLine(
                        name: try row.decode("name"), aliases: try row.decode("aliases"), role: try row.decode("role"),
                        affiliation: try row.decode("affiliation"), wikidata: try row.decode("wikidata_id"),
                        createdAt: try row.decode("created")))
            }
            try db.forEachRow("SELECT name, \(unsafeRaw: Self.stamp("created_at")) AS created FROM outlets ORDER BY id") { row in
                try line(OutletLine(name: try row.decode("name"), createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                SELECT so.url, so.title, o.name AS outlet, so.published_on, so.language, so.full_text,
                       \(unsafeRaw: Self.stamp("so.created_at")) AS created
                FROM sources so JOIN outlets o ON o.id = so.outlet_id ORDER BY so.id
                """
            ) { row in
                try line(
                    SourceLine(
                        url: try row.decode("url"), title: try row.decode("title"), outlet: try row.decode("outlet"),
                        published: try row.decode("published_on", as: CalendarDate.self).description,
                        language: try row.decode("language"), text: try row.decode("full_text"), createdAt: try row.decode("created")))
            }
            // A claim's key is its position in id order; links and reviews refer to claims by key.
            // Computed in each query rather than in a temporary table, so export also runs on a read-only standby.
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT k.key, sp.name AS speaker, so.url AS source, c.text, c.kind, c.said_on, c.said_precision, c.said_phrase,
                       c.topics, c.anchor_start, c.anchor_end, c.anchor_prefix, c.anchor_suffix,
                       ARRAY(SELECT o.name FROM claim_outlets co JOIN outlets o ON o.id = co.outlet_id
                             WHERE co.claim_id = c.id ORDER BY co.position) AS via,
                       \(unsafeRaw: Self.stamp("c.created_at")) AS created
                FROM claims c JOIN export_keys k ON k.id = c.id
                JOIN speakers sp ON sp.id = c.speaker_id JOIN sources so ON so.id = c.source_id
                ORDER BY c.id
                """
            ) { row in
                try line(
                    ClaimLine(
                        key: try row.decode("key"), speaker: try row.decode("speaker"), source: try row.decode("source"),
                        text: try row.decode("text"), kind: try row.decode("kind"),
                        said: SaidDate.stored(try row.decode("said_on"), try row.decode("said_precision"))?.description,
                        saidPhrase: try row.decode("said_phrase"), topics: try row.decode("topics"), via: try row.decode("via"),
                        anchor: try ClaimStore.anchor(from: row), createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT target.key AS claim_key, l.relation, origin.key AS from_key, so.url AS from_source, l.note,
                       \(unsafeRaw: Self.stamp("l.created_at")) AS created
                FROM claim_links l
                JOIN export_keys target ON target.id = l.claim_id
                LEFT JOIN export_keys origin ON origin.id = l.from_claim_id
                LEFT JOIN sources so ON so.id = l.from_source_id
                ORDER BY l.id
                """
            ) { row in
                try line(
                    LinkLine(
                        claim: try row.decode("claim_key"), relation: try row.decode("relation"), fromClaim: try row.decode("from_key"),
                        fromSource: try row.decode("from_source"), note: try row.decode("note"), createdAt: try row.decode("created")))
            }
            try db.forEachRow(
                """
                WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims)
                SELECT k.key, r.rating, r.rating_value, r.best_rating, r.worst_rating, r.author, r.url, r.published_on,
                       \(unsafeRaw: Self.stamp("r.created_at")) AS created
                FROM reviews r JOIN export_keys k ON k.id = r.claim_id ORDER BY r.id
                """
            ) { row in
                try line(
                    ReviewLine(
                        claim: try row.decode("key"), rating: try row.decode("rating"), ratingValue: try row.decode("rating_value"),
                        best: try row.decode("best_rating"), worst: try row.decode("worst_rating"), author: try row.decode("author"),
                        url: try row.decode("url"), date: try row.decode("published_on", as: CalendarDate?.self)?.description,
                        createdAt: try row.decode("created")))
            }
        }
    }

    // MARK: Import

    /// Imports every line, or nothing: the first bad line stops the import with its number.
    public func importLines(_ text: String) throws -> ImportSummary {
        try connection.transaction { db in
            var importer = Importer(db: db)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, raw) in lines.enumerated() {
                let number = index + 1
                let line = raw.trimmingCharacters(in: .whitespaces)
                if line.isEmpty { continue }
                do {
                    try importer.importLine(Data(line.utf8))
                } catch let error as DecodingError {
                    throw ClaimsError.badImportLine(line: number, reason: Importer.explain(error))
                } catch let error as ClaimsError {
                    throw ClaimsError.badImportLine(line: number, reason: error.description)
                } catch let error as PostgresError where !error.isUnreachable {
                    throw ClaimsError.badImportLine(line: number, reason: error.description)
                }
                importer.summary.lines += 1
            }
            return importer.summary
        }
    }

    struct Importer {
        let db: Connection
        var summary = ImportSummary()
        /// File keys of claims → database ids.
        var claimIDs: [Int: Int] = [:]
        let decoder = JSONDecoder()

        init(db: Connection) {
            self.db = db
        }

        mutating func importLine(_ data: Data) throws {
            switch try decoder.decode(LineType.self, from: data).type {
            case "speaker": try speaker(try decoder.decode(SpeakerLine.self, from: data))
            case "outlet": try outlet(try decoder.decode(OutletLine.self, from: data))
            case "source": try source(try decoder.decode(SourceLine.self, from: data))
            case "claim": try claim(try decoder.decode(ClaimLine.self, from: data))
            case "link": try link(try decoder.decode(LinkLine.self, from: data))
            case "review": try review(try decoder.decode(ReviewLine.self, from: data))
            case let other: throw ClaimsError.unknownRecordType(other)
            }
        }

        mutating func speaker(_ line: SpeakerLine) throws {
            let name = try Text.required(line.name, field: "speaker name")
            let wikidata = try Text.optional(line.wikidata).map(SpeakerStore.validatedWikidataID)
            let id: Int
            if let existing = try speakerID(named: name) {
                id = existing
            } else {
                let row = try db.queryFirst(
                    """
                    INSERT INTO speakers (name, role, affiliation, wikidata_id, created_at)
                    VALUES (\(name), \(Text.optional(line.role)), \(Text.optional(line.affiliation)), \(wikidata),
                            \(line.createdAt)::timestamptz)
                    RETURNING id
                    """)
                id = try row?.decode("id") ?? 0
                summary.speakers += 1
            }
            for alias in line.aliases {
                let alias = try Text.required(alias, field: "alias")
                if let owner = try speakerID(named: alias) {
                    guard owner == id else { throw ClaimsError.speakerExists(name: alias, existing: try speakerName(owner)) }
                    continue
                }
                try db.execute("INSERT INTO speaker_names (speaker_id, name) VALUES (\(id), \(alias))")
            }
        }

        mutating func outlet(_ line: OutletLine) throws {
            let name = try Text.required(line.name, field: "outlet name")
            let inserted = try db.queryFirst(
                """
                INSERT INTO outlets (name, created_at) VALUES (\(name), \(line.createdAt)::timestamptz)
                ON CONFLICT (normalized_name) DO NOTHING RETURNING id
                """)
            if inserted != nil { summary.outlets += 1 }
        }

        mutating func source(_ line: SourceLine) throws {
            if try db.queryFirst("SELECT id FROM sources WHERE claims_normalize_url(url) = claims_normalize_url(\(line.url))") != nil {
                return
            }
            guard line.url.contains(":"), !line.url.contains(" ") else { throw ClaimsError.invalidURL(line.url) }
            guard let published = CalendarDate(iso8601: line.published) else {
                throw ClaimsError.invalidDate(text: line.published, reason: "a publication date needs the day: YYYY-MM-DD")
            }
            let text = Text.optional(line.text).map(ArticleText.normalize)
            let fingerprint = text.map(ArticleText.fingerprint)
            if let fingerprint, let existing = try db.queryFirst("SELECT id, url FROM sources WHERE text_sha256 = \(fingerprint)") {
                throw ClaimsError.sourceTextExists(existingID: try existing.decode("id"), url: try existing.decode("url"))
            }
            let outletID = try OutletStore(db).findOrCreate(line.outlet)
            try db.execute(
                """
                INSERT INTO sources (url, title, outlet_id, published_on, language, full_text, text_sha256, created_at)
                VALUES (\(line.url), \(try Text.required(line.title, field: "title")), \(outletID), \(published),
                        \(try Text.optional(line.language).map(SourceStore.validatedLanguage)), \(text), \(fingerprint),
                        \(line.createdAt)::timestamptz)
                """)
            summary.sources += 1
        }

        mutating func claim(_ line: ClaimLine) throws {
            guard let speakerID = try speakerID(named: line.speaker) else {
                throw ClaimsError.speakerNotFound(name: line.speaker, suggestions: [])
            }
            guard let sourceRow = try db.queryFirst(
                "SELECT id, full_text FROM sources WHERE claims_normalize_url(url) = claims_normalize_url(\(line.source))")
            else { throw ClaimsError.sourceNotFound(reference: line.source) }
            let sourceID: Int = try sourceRow.decode("id")
            guard let kind = ClaimKind(rawValue: line.kind) else {
                throw ClaimsError.unknownValue(field: "kind", value: line.kind, allowed: ClaimKind.allCases.map(\.rawValue))
            }
            let text = try Text.required(line.text, field: "claim text")
            let said = try line.said.map { try SaidDate.parse($0) }
            if let anchor = line.anchor {
                let article: String? = try sourceRow.decode("full_text")
                guard let article, QuoteMatcher.stillMatches(text, at: anchor, in: article) else {
                    throw ClaimsError.quoteNotInSource(sourceID: sourceID, closest: nil, similarity: nil)
                }
            }
            if let existing = try db.queryFirst(
                """
                SELECT id FROM claims WHERE speaker_id = \(speakerID) AND source_id = \(sourceID) AND text = \(text)
                  AND said_on IS NOT DISTINCT FROM \(said?.start) AND said_precision IS NOT DISTINCT FROM \(said?.precision.rawValue)
                """)
            {
                claimIDs[line.key] = try existing.decode("id")
                return
            }
            let row = try db.queryFirst(
                """
                INSERT INTO claims (speaker_id, source_id, text, kind, said_on, said_precision, said_phrase, topics,
                                    anchor_start, anchor_end, anchor_prefix, anchor_suffix, created_at)
                VALUES (\(speakerID), \(sourceID), \(text), \(kind.rawValue), \(said?.start), \(said?.precision.rawValue),
                        \(Text.optional(line.saidPhrase)), \(ClaimStore.normalizedTopics(line.topics)),
                        \(line.anchor?.start), \(line.anchor?.end), \(line.anchor?.prefix), \(line.anchor?.suffix),
                        \(line.createdAt)::timestamptz)
                RETURNING id
                """)
            let id: Int = try row?.decode("id") ?? 0
            let outlets = OutletStore(db)
            for (index, name) in line.via.enumerated() {
                try db.execute(
                    "INSERT INTO claim_outlets (claim_id, position, outlet_id) VALUES (\(id), \(index + 1), \(try outlets.findOrCreate(name)))")
            }
            claimIDs[line.key] = id
            summary.claims += 1
        }

        mutating func link(_ line: LinkLine) throws {
            let target = try claimID(line.claim)
            guard let relation = Relation(rawValue: line.relation) else {
                throw ClaimsError.unknownValue(field: "relation", value: line.relation, allowed: Relation.allCases.map(\.rawValue))
            }
            var fromClaim: Int?
            var fromSource: Int?
            if let key = line.fromClaim {
                fromClaim = try claimID(key)
            } else if let url = line.fromSource {
                guard let row = try db.queryFirst("SELECT id FROM sources WHERE claims_normalize_url(url) = claims_normalize_url(\(url))")
                else { throw ClaimsError.sourceNotFound(reference: url) }
                fromSource = try row.decode("id")
            } else {
                throw ClaimsError.unknownValue(field: "link origin", value: "none", allowed: ["from_claim", "from_source"])
            }
            let exists = try db.queryFirst(
                """
                SELECT 1 AS found FROM claim_links WHERE claim_id = \(target) AND relation = \(relation.rawValue)
                  AND from_claim_id IS NOT DISTINCT FROM \(fromClaim) AND from_source_id IS NOT DISTINCT FROM \(fromSource)
                """)
            guard exists == nil else { return }
            try db.execute(
                """
                INSERT INTO claim_links (claim_id, relation, from_claim_id, from_source_id, note, created_at)
                VALUES (\(target), \(relation.rawValue), \(fromClaim), \(fromSource), \(Text.optional(line.note)),
                        \(line.createdAt)::timestamptz)
                """)
            summary.links += 1
        }

        mutating func review(_ line: ReviewLine) throws {
            let claim = try claimID(line.claim)
            if try db.queryFirst("SELECT 1 AS found FROM reviews WHERE claim_id = \(claim) AND url = \(line.url)") != nil { return }
            let date = try line.date.map { text -> CalendarDate in
                guard let day = CalendarDate(iso8601: text) else {
                    throw ClaimsError.invalidDate(text: text, reason: "use YYYY-MM-DD")
                }
                return day
            }
            try db.execute(
                """
                INSERT INTO reviews (claim_id, rating, rating_value, best_rating, worst_rating, author, url, published_on, created_at)
                VALUES (\(claim), \(try Text.required(line.rating, field: "rating")), \(line.ratingValue), \(line.best), \(line.worst),
                        \(try Text.required(line.author, field: "review author")), \(line.url), \(date), \(line.createdAt)::timestamptz)
                """)
            summary.reviews += 1
        }

        func claimID(_ key: Int) throws -> Int {
            guard let id = claimIDs[key] else { throw ClaimsError.unknownClaimKey(key) }
            return id
        }

        func speakerID(named name: String) throws -> Int? {
            try db.queryFirst("SELECT speaker_id FROM speaker_names WHERE normalized = claims_normalize(\(name))")?.decode("speaker_id")
        }

        func speakerName(_ id: Int) throws -> String {
            try db.queryFirst("SELECT name FROM speakers WHERE id = \(id)")?.decode("name") ?? "#\(id)"
        }

        static func explain(_ error: DecodingError) -> String {
            switch error {
            case .keyNotFound(let key, _): return "the field \"\(key.stringValue)\" is missing"
            case .typeMismatch(_, let context), .valueNotFound(_, let context):
                let path = context.codingPath.map(\.stringValue).joined(separator: ".")
                return "the field \"\(path)\" has the wrong type"
            case .dataCorrupted: return "it is not valid JSON"
            @unknown default: return "it cannot be read"
            }
        }
    }
}
