// `claims import jsonl`: every line checked and copied into one staging table, then merged with
// set-based SQL, as `import csv` does.
import FoundationEssentials
internal import Postgres
import Basics

extension JSONLExchange {
    /// Imports every line, or nothing: the first bad line stops the import with its number.
    ///
    /// Each line is decoded and checked here (required text, dates, kinds, relations, URLs, article
    /// text and its fingerprint), then written with COPY into one wide temporary table. What needs
    /// the database (speakers, outlets and sources by natural key, claims already recorded, claim
    /// keys of links and reviews, anchors against the source's text) is resolved by statements over
    /// the whole table, and each check that can fail names the first line that fails it.
    ///
    /// Records go in in file order (speakers, then outlets, sources, claims, links and reviews), so
    /// that exporting the result gives the file back byte for byte. Unlike the file, the merge does
    /// not need a claim's line to come before the links to it.
    public func importLines(_ text: String) throws -> ImportSummary {
        var reader = LineReader(text: text)
        return try importLines(&reader)
    }

    /// Streams `reader` through the checks into COPY; `progress` is told the lines and bytes read,
    /// `committing` when the transaction is about to be committed.
    public func importLines(
        _ reader: inout LineReader, progress: (Int, Int) -> Void = { _, _ in }, committing: () -> Void = {}
    ) throws -> ImportSummary {
        try connection.transaction { db in
            var summary = ImportSummary()
            try db.execute(SQL(unsafeSQL: JSONLStaging.createTable))
            let columns = SQL.joined(JSONLStaging.columns.map { (name: String) -> SQL in "\(identifier: name)" }, separator: ", ")
            try db.copy("COPY jsonl_import (\(columns)) FROM STDIN") { writer in
                let decoder = JSONDecoder()
                var number = 0
                while let line = try reader.next() {
                    number += 1
                    if number % 10_000 == 0 { progress(number, reader.bytesRead) }
                    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                    do {
                        try writer.write(JSONLStaging.row(number, Data(line), decoder))
                    } catch let error as DecodingError {
                        // Bad bytes read as "not valid JSON" to the decoder; say what is wrong.
                        let bytes = String(validating: line, as: UTF8.self) == nil ? "it is not valid UTF-8" : nil
                        throw ClaimsError.badImportLine(line: number, reason: bytes ?? JSONLStaging.explain(error))
                    } catch let error as ClaimsError {
                        throw ClaimsError.importLineRefused(line: number, error: error)
                    }
                    summary.lines += 1
                }
                progress(number, reader.bytesRead)
            }
            try JSONLMerge(db: db).merge(&summary)
            // Texts it brought are read for their wire credits and copies, as any recorded text is.
            try SourceStore(db).readUnreadTexts()
            committing()
            return summary
        }
    }
}

/// The staging table and how one line becomes one row of it.
enum JSONLStaging {
    /// COPY's columns, in the order `row` writes them.
    static let columns = [
        "line", "type", "name", "aliases", "role", "affiliation", "wikidata", "source", "title", "outlet", "published",
        "language", "full_text", "text_sha256", "modified", "authors", "claim_key", "speaker", "text", "kind", "said_on", "said_precision",
        "said_phrase", "topics", "via", "anchor_start", "anchor_end", "anchor_prefix", "anchor_suffix", "relation",
        "from_claim_key", "from_source", "note", "rating", "rating_value", "best", "worst", "author", "url", "review_date",
        "retracted_at", "retraction_reason", "created_at", "history_table", "operation", "actor", "db_role", "reason", "old_row",
        "new_row",
    ]

    /// Where each column sits in a row: looked up for every field of every line.
    static let position = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })

    static let createTable = """
        CREATE TEMPORARY TABLE jsonl_import (
            line integer PRIMARY KEY, type text NOT NULL,
            name text, aliases text[], role text, affiliation text, wikidata text,
            source text, title text, outlet text, published date, language text, full_text text, text_sha256 text,
            modified date, authors text[],
            claim_key bigint, speaker text, text text, kind text, said_on date, said_precision text, said_phrase text,
            topics text[], via text[], anchor_start integer, anchor_end integer, anchor_prefix text, anchor_suffix text,
            relation text, from_claim_key bigint, from_source text, note text,
            rating text, rating_value double precision, best double precision, worst double precision, author text,
            url text, review_date date, retracted_at timestamptz, retraction_reason text,
            created_at timestamptz NOT NULL,
            history_table text, operation text, actor text, db_role text, reason text, old_row jsonb, new_row jsonb,
            -- Natural keys, worked out once as COPY stores each row.
            name_key text GENERATED ALWAYS AS (claims_normalize(name)) STORED,
            speaker_key text GENERATED ALWAYS AS (claims_normalize(speaker)) STORED,
            outlet_key text GENERATED ALWAYS AS (claims_normalize(outlet)) STORED,
            source_key text GENERATED ALWAYS AS (claims_normalize_url(source)) STORED,
            from_source_key text GENERATED ALWAYS AS (claims_normalize_url(from_source)) STORED
        ) ON COMMIT DROP
        """

    /// One line, checked, as the fields of `columns`.
    static func row(_ number: Int, _ data: Data, _ decoder: JSONDecoder) throws -> [String?] {
        var row = [String?](repeating: nil, count: columns.count)
        func set(_ column: String, _ value: String?) {
            guard let index = position[column] else { preconditionFailure("no staging column \(column)") }
            row[index] = value
        }
        func stamp(_ text: String) throws {
            guard Timestamp.isValid(text) else {
                throw ClaimsError.invalidDate(text: text, reason: "created_at must be an ISO 8601 timestamp, such as 2015-12-02T09:30:00Z")
            }
            set("created_at", text)
        }
        set("line", String(number))
        let type = try decoder.decode(LineType.self, from: data).type
        set("type", type)
        switch type {
        case "speaker":
            let line = try decoder.decode(SpeakerLine.self, from: data)
            set("name", try Text.required(line.name, field: "speaker name"))
            set("aliases", try line.aliases.map { try Text.required($0, field: "alias") }.postgresText)
            set("role", try Text.optional(line.role, field: "role"))
            set("affiliation", try Text.optional(line.affiliation, field: "affiliation"))
            set("wikidata", try Text.optional(line.wikidata, field: "wikidata").map(SpeakerStore.validatedWikidataID))
            try stamp(line.createdAt)
        case "outlet":
            let line = try decoder.decode(OutletLine.self, from: data)
            set("name", try Text.required(line.name, field: "outlet name"))
            try stamp(line.createdAt)
        case "source":
            let line = try decoder.decode(SourceLine.self, from: data)
            guard line.url.contains(":"), !line.url.contains(" ") else { throw ClaimsError.invalidURL(line.url) }
            func day(_ text: String?) throws -> String? {
                guard let text else { return nil }
                guard let date = CalendarDate(iso8601: text) else {
                    throw ClaimsError.invalidDate(text: text, reason: "a publication date needs the day: YYYY-MM-DD")
                }
                return date.description
            }
            let text = Text.nonBlank(line.text).map(ArticleText.normalize)
            set("source", line.url)
            set("title", try Text.optional(line.title, field: "title"))
            set("outlet", try Text.optional(line.outlet, field: "outlet name"))
            set("published", try day(line.published))
            set("modified", try day(line.modified))
            set("authors", try (line.authors ?? []).map { try Text.required($0, field: "author") }.postgresText)
            set("language", try Text.optional(line.language, field: "language").map(SourceStore.validatedLanguage))
            set("full_text", text)
            set("text_sha256", text.map(ArticleText.fingerprint))
            try stamp(line.createdAt)
        case "claim":
            let line = try decoder.decode(ClaimLine.self, from: data)
            guard ClaimKind(rawValue: line.kind) != nil else {
                throw ClaimsError.unknownValue(field: "kind", value: line.kind, allowed: ClaimKind.allCases.map(\.rawValue))
            }
            let said = try line.said.map { try SaidDate.parse($0) }
            set("claim_key", String(line.key))
            set("speaker", line.speaker)
            set("source", line.source)
            set("text", try Text.claimText(line.text, lossless: true))
            set("kind", line.kind)
            set("said_on", said?.start.description)
            set("said_precision", said?.precision.rawValue)
            set("said_phrase", try Text.optional(line.saidPhrase, field: "said_phrase"))
            set("topics", try ClaimStore.normalizedTopics(line.topics).postgresText)
            set("via", try line.via.map { try Text.required($0, field: "outlet name") }.postgresText)
            if let anchor = line.anchor {
                set("anchor_start", String(anchor.start))
                set("anchor_end", String(anchor.end))
                set("anchor_prefix", anchor.prefix)
                set("anchor_suffix", anchor.suffix)
            }
            if let retracted = line.retracted {
                guard Timestamp.isValid(retracted.at) else {
                    throw ClaimsError.invalidDate(text: retracted.at, reason: "retracted.at must be an ISO 8601 timestamp")
                }
                set("retracted_at", retracted.at)
                set("retraction_reason", try Text.required(retracted.reason, field: "retraction reason"))
            }
            try stamp(line.createdAt)
        case "link":
            let line = try decoder.decode(LinkLine.self, from: data)
            guard Relation(rawValue: line.relation) != nil else {
                throw ClaimsError.unknownValue(field: "relation", value: line.relation, allowed: Relation.allCases.map(\.rawValue))
            }
            guard line.fromClaim != nil || line.fromSource != nil else {
                throw ClaimsError.unknownValue(field: "link origin", value: "none", allowed: ["from_claim", "from_source"])
            }
            set("claim_key", String(line.claim))
            set("relation", line.relation)
            set("from_claim_key", line.fromClaim.map(String.init))
            set("from_source", line.fromClaim == nil ? line.fromSource : nil)
            set("note", try Text.optional(line.note, field: "note"))
            try stamp(line.createdAt)
        case "review":
            let line = try decoder.decode(ReviewLine.self, from: data)
            let date = try line.date.map { text -> CalendarDate in
                guard let day = CalendarDate(iso8601: text) else { throw ClaimsError.invalidDate(text: text, reason: "use YYYY-MM-DD") }
                return day
            }
            set("claim_key", String(line.claim))
            set("rating", try Text.required(line.rating, field: "rating"))
            set("rating_value", line.ratingValue.map { "\($0)" })
            set("best", line.best.map { "\($0)" })
            set("worst", line.worst.map { "\($0)" })
            set("author", try Text.required(line.author, field: "review author"))
            set("url", line.url)
            set("review_date", date?.description)
            try stamp(line.createdAt)
        case "history":
            let line = try decoder.decode(HistoryLine.self, from: data)
            let tables = ["claims", "claim_outlets", "claim_links", "reviews"]
            guard tables.contains(line.table) else { throw ClaimsError.unknownValue(field: "table", value: line.table, allowed: tables) }
            let operations = ["INSERT", "UPDATE", "DELETE"]
            guard operations.contains(line.operation) else {
                throw ClaimsError.unknownValue(field: "operation", value: line.operation, allowed: operations)
            }
            guard Timestamp.isValid(line.at) else {
                throw ClaimsError.invalidDate(text: line.at, reason: "at must be an ISO 8601 timestamp, such as 2015-12-02T09:30:00Z")
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            func stored(_ value: JSONValue?, _ field: String) throws -> String? {
                guard let value, value != .null else { return nil }
                guard case .object = value else { throw ClaimsError.unknownValue(field: field, value: "not an object", allowed: ["an object", "null"]) }
                return String(decoding: try encoder.encode(value), as: UTF8.self)
            }
            set("claim_key", String(line.claim))
            set("history_table", line.table)
            set("operation", line.operation)
            // Not the names of flags: the messages would send the reader to --as and --reason.
            set("actor", try Text.required(line.actor, field: "history actor"))
            set("db_role", try Text.required(line.role, field: "history role"))
            set("reason", try Text.optional(line.reason, field: "history reason"))
            set("old_row", try stored(line.old, "old"))
            set("new_row", try stored(line.new, "new"))
            set("created_at", line.at)
        case let other:
            throw ClaimsError.unknownRecordType(other)
        }
        return row
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

/// A light check of the timestamps an export writes ("2015-12-02T09:30:00.000000Z"), so that a bad
/// one is reported with its line instead of failing the whole COPY.
enum Timestamp {
    /// YYYY-MM-DD, then T or a space, HH:MM[:SS[.fraction]], then Z or an offset (+HH, +HH:MM, +HHMM).
    static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func digits(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count else { return nil }
            var value = 0
            for index in range {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) else { return nil }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count >= 17, let year = digits(0..<4), let month = digits(5..<7), let day = digits(8..<10),
            bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"), CalendarDate(year: year, month: month, day: day) != nil,
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
            let hour = digits(11..<13), hour < 24, bytes[13] == UInt8(ascii: ":"), let minute = digits(14..<16), minute < 60
        else { return false }
        var index = 16
        if index < bytes.count, bytes[index] == UInt8(ascii: ":") {
            guard let second = digits(index + 1..<index + 3), second < 61 else { return false }
            index += 3
            if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
                guard index > start else { return false }
            }
        }
        guard index < bytes.count else { return false }
        if bytes[index] == UInt8(ascii: "Z") { return index + 1 == bytes.count }
        guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), digits(index + 1..<index + 3) != nil else { return false }
        let rest = bytes.count - (index + 3)
        switch rest {
        case 0: return true
        case 2: return digits(index + 3..<index + 5) != nil
        case 3: return bytes[index + 3] == UInt8(ascii: ":") && digits(index + 4..<index + 6) != nil
        default: return false
        }
    }
}
