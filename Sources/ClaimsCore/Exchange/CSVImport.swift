// `claims import csv`: bulk loading through COPY and set-based SQL.
import FoundationEssentials
package import Postgres
import Basics

/// Loads claims from CSV with a header row. Columns (any order, names case-insensitive):
///
/// | column | required | meaning |
/// | --- | --- | --- |
/// | speaker | yes | the speaker's name or alias (exact, accents and case aside); new names are added |
/// | text | yes | what was said |
/// | source_url | yes | where it was reported |
/// | said | no | YYYY-MM-DD, YYYY-MM or YYYY |
/// | source_title, outlet, published | for new sources | the first row that names a new URL with all three records it |
/// | via | no | outlets it came through, separated by ";" |
/// | topics | no | separated by ";" |
/// | kind | no | quote (default) or paraphrase |
///
/// Rows are checked first, each with its line number; then the good rows are copied into a
/// temporary staging table with COPY, speakers, outlets and sources are resolved and created by
/// set-based statements (no query per row), and the claims are inserted, all in one transaction.
/// By default one bad row fails the import and nothing is written; with `skipInvalid` the good
/// rows are written and every bad one is reported.
public struct CSVImport {
    let connection: Connection
    /// Read once: working out today's date per row was a visible cost at a million rows.
    private let today = CalendarDate.today

    package init(_ connection: Connection) {
        self.connection = connection
    }

    public struct Problem: Sendable, Equatable {
        public var line: Int
        public var error: ClaimsError
    }

    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var claims = 0
        public var speakers = 0
        public var sources = 0
        public var outlets = 0
        /// Of `claims`, how many were recorded as another report of a claim already there.
        public var appearances = 0
        public var skipped: [Problem] = []
    }

    /// The next record, with reader problems turned into the import's errors.
    private func next(_ reader: inout CSVReader) throws -> CSVReader.Record? {
        do {
            return try reader.next()
        } catch CSVReader.Problem.unterminatedQuote(let line) {
            throw ClaimsError.badImportLine(line: line, reason: "a quoted field is never closed")
        } catch CSVReader.Problem.invalidUTF8(let line) {
            throw ClaimsError.badImportLine(line: line, reason: "it is not valid UTF-8")
        }
    }

    /// A row that passed the checks, in COPY's field order.
    struct Staged {
        var line: Int
        var fields: [String?]
    }

    /// Text already in memory (tests, small inputs).
    public func importCSV(_ text: String, skipInvalid: Bool) throws -> Summary {
        var reader = CSVReader(text: text)
        return try importCSV(&reader, skipInvalid: skipInvalid)
    }

    /// Streams `reader` through the checks straight into COPY: memory does not grow with the file.
    /// `progress` is told the rows read and the reader's bytes so far.
    ///
    /// `merging` is told when the file is read and checked and the rows go into the record (the
    /// set-based inserts: a long, quiet phase for a big file); `committing`, just before the
    /// transaction is committed.
    public func importCSV(
        _ reader: inout CSVReader, skipInvalid: Bool, progress: (Int, Int) -> Void = { _, _ in }, merging: () -> Void = {},
        committing: () -> Void = {}
    ) throws -> Summary {
        guard let header = try next(&reader) else { throw ClaimsError.invalidDocument(reason: "the file is empty") }
        let columns = Dictionary(
            header.fields.enumerated().map { ($0.element.trimmingWhitespace().lowercased(), $0.offset) },
            uniquingKeysWith: { first, _ in first })
        let missing = ["speaker", "text", "source_url"].filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw ClaimsError.missingColumns(names: missing)
        }
        var summary = Summary()
        var problems: [Problem] = []
        return try connection.transaction { db in
            try db.execute(
                """
                CREATE TEMPORARY TABLE claims_import (
                    line integer, speaker text, text text, said_on date, said_precision text, source_url text,
                    source_title text, outlet text, published date, via text[], topics text[], kind text,
                    anchor_start integer, anchor_end integer, anchor_prefix text, anchor_suffix text,
                    -- Worked out once per row as COPY stores it (on the server's second core while this
                    -- process parses), not again in every statement below.
                    speaker_key text GENERATED ALWAYS AS (claims_normalize(speaker)) STORED,
                    source_key text GENERATED ALWAYS AS (claims_normalize_url(source_url)) STORED,
                    outlet_key text GENERATED ALWAYS AS (claims_normalize(outlet)) STORED,
                    -- Claim ids in line order, drawn once every row has passed its checks, so that a
                    -- refused file leaves no gap in the numbers.
                    claim_id bigint
                ) ON COMMIT DROP
                """)
            try db.copy(
                "COPY claims_import (line, speaker, text, said_on, said_precision, source_url, source_title, outlet, published, via, topics, kind) FROM STDIN"
            ) { writer in
                while let record = try next(&reader) {
                    summary.rows += 1
                    do {
                        try writer.write(try check(record, columns).fields)
                    } catch let error as ClaimsError {
                        problems.append(Problem(line: record.line, error: error))
                    }
                    if summary.rows % 10_000 == 0 { progress(summary.rows, reader.bytesRead) }
                }
            }
            progress(summary.rows, reader.bytesRead)
            problems += try unresolvableSources(db)
            problems += try anchorQuotes(db)
            if !problems.isEmpty {
                problems.sort { $0.line < $1.line }
                guard skipInvalid, let first = problems.first else {
                    let first = problems[0]
                    throw ClaimsError.importLineRefused(line: first.line, error: first.error, moreLines: problems.count - 1)
                }
                _ = first
                try db.execute("DELETE FROM claims_import WHERE line = ANY(\(problems.map { String($0.line) })::int[])")
                summary.skipped = problems
            }
            // Every row is checked: draw the new claims' numbers, in line order.
            merging()
            try db.execute(
                """
                WITH drawn AS MATERIALIZED (
                    SELECT line, nextval(pg_get_serial_sequence('claims', 'id')::regclass) AS id
                    FROM (SELECT line FROM claims_import ORDER BY line) ordered
                )
                UPDATE claims_import i SET claim_id = drawn.id FROM drawn WHERE drawn.line = i.line
                """)
            summary.outlets = try db.execute(
                """
                INSERT INTO outlets (name)
                SELECT DISTINCT ON (key) name FROM (
                    SELECT outlet AS name, outlet_key AS key, line FROM claims_import WHERE outlet IS NOT NULL
                    UNION ALL SELECT v.name, claims_normalize(v.name), line FROM claims_import, unnest(via) AS v(name)
                ) named
                ORDER BY key, line
                ON CONFLICT (normalized_name) DO NOTHING
                """)
            summary.speakers = try db.execute(
                """
                INSERT INTO speakers (name)
                SELECT DISTINCT ON (speaker_key) speaker FROM claims_import i
                WHERE NOT EXISTS (SELECT 1 FROM speaker_names n WHERE n.normalized = i.speaker_key)
                ORDER BY speaker_key, line
                """)
            summary.sources = try db.execute(
                """
                INSERT INTO sources (url, title, outlet_id, published_on)
                SELECT DISTINCT ON (i.source_key) i.source_url, i.source_title, o.id, i.published
                FROM claims_import i JOIN outlets o ON o.normalized_name = i.outlet_key
                WHERE i.source_title IS NOT NULL AND i.published IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM sources s WHERE claims_normalize_url(s.url) = i.source_key)
                ORDER BY i.source_key, i.line
                """)
            let recordedBefore: Int = try db.queryFirst("SELECT coalesce(max(id), 0) AS id FROM claims")?.decode("id") ?? 0
            summary.claims = try db.execute(
                """
                INSERT INTO claims (id, speaker_id, source_id, text, kind, said_on, said_precision, topics,
                                    anchor_start, anchor_end, anchor_prefix, anchor_suffix)
                OVERRIDING SYSTEM VALUE
                SELECT i.claim_id, n.speaker_id, s.id, i.text, i.kind, i.said_on, i.said_precision, i.topics,
                       i.anchor_start, i.anchor_end, i.anchor_prefix, i.anchor_suffix
                FROM claims_import i
                JOIN speaker_names n ON n.normalized = i.speaker_key
                JOIN sources s ON claims_normalize_url(s.url) = i.source_key
                ORDER BY i.line
                """)
            try db.execute(
                """
                INSERT INTO claim_outlets (claim_id, position, outlet_id)
                SELECT i.claim_id, v.position, o.id
                FROM claims_import i CROSS JOIN LATERAL unnest(i.via) WITH ORDINALITY AS v(name, position)
                JOIN outlets o ON o.normalized_name = claims_normalize(v.name)
                """)
            summary.appearances = try ClaimStore(db).attachRepeats(recordedAfter: recordedBefore)
            committing()
            return summary
        }
    }

    /// Checks one record and puts its fields in COPY order.
    private func check(_ record: CSVReader.Record, _ columns: [String: Int]) throws -> Staged {
        func value(_ name: String) throws -> String? {
            guard let index = columns[name], index < record.fields.count else { return nil }
            return try Text.optional(record.fields[index], field: name)
        }
        let speaker = try Text.required(try value("speaker") ?? "", field: "speaker")
        let text = try Text.claimText(try value("text") ?? "")
        guard text.unicodeScalars.allSatisfy({ $0 != "\u{0}" }) else { throw ClaimsError.emptyText(field: "claim text (it has a NUL byte)") }
        let url = try value("source_url").map { try $0.hasPrefix("urn:") ? $0 : SourceStore.validatedURL($0) } ?? ""
        guard !url.isEmpty else { throw ClaimsError.emptyText(field: "source_url") }
        let said = try value("said").map { try SaidDate.parse($0, today: today) }
        let published = try value("published").map { text -> CalendarDate in
            let date = try SaidDate.parse(text, today: today)
            guard date.precision == .day else { throw ClaimsError.invalidDate(text: text, reason: "a publication date needs the day: YYYY-MM-DD") }
            return date.start
        }
        let kind = try value("kind")?.lowercased() ?? ClaimKind.quote.rawValue
        guard ClaimKind(rawValue: kind) != nil else {
            throw ClaimsError.unknownValue(field: "kind", value: kind, allowed: ClaimKind.allCases.map(\.rawValue))
        }
        let list: (String) throws -> [String] = { name in
            try (try value(name) ?? "").split(separator: ";").compactMap { try Text.optional(String($0), field: name) }
        }
        let topics = try ClaimStore.normalizedTopics(list("topics"))
        return Staged(
            line: record.line,
            fields: [
                String(record.line), speaker, text, said?.start.description, said?.precision.rawValue, url, try value("source_title"),
                try value("outlet"), published?.description, try list("via").postgresText, topics.postgresText, kind,
            ])
    }

    /// Rows whose source is neither recorded nor described (title, outlet, published) by any row.
    private func unresolvableSources(_ db: Connection) throws -> [Problem] {
        try db.query(
            """
            WITH described AS (
                SELECT DISTINCT source_key FROM claims_import
                WHERE source_title IS NOT NULL AND outlet IS NOT NULL AND published IS NOT NULL
            )
            SELECT i.line, i.source_url FROM claims_import i
            WHERE NOT EXISTS (SELECT 1 FROM sources s WHERE claims_normalize_url(s.url) = i.source_key)
              AND NOT EXISTS (SELECT 1 FROM described d WHERE d.source_key = i.source_key)
            ORDER BY i.line
            """
        ).map { row in
            let url: String = try row.decode("source_url")
            return Problem(line: try row.decode("line"), error: .sourceDetailsMissing(url: url, missing: [.title, .outlet, .published], inFile: true))
        }
    }

    /// Quotes into sources that have text must be found in it, as with claims add; their anchors are staged.
    private func anchorQuotes(_ db: Connection) throws -> [Problem] {
        let rows = try db.query(
            """
            SELECT i.line, i.text, s.id AS source_id, s.full_text FROM claims_import i
            JOIN sources s ON claims_normalize_url(s.url) = i.source_key
            WHERE i.kind = 'quote' AND s.full_text IS NOT NULL
            """)
        var problems: [Problem] = []
        for row in rows {
            let line: Int = try row.decode("line")
            let text: String = try row.decode("text")
            let article: String = try row.decode("full_text")
            if let anchor = QuoteMatcher.find(text, in: article) {
                try db.execute(
                    """
                    UPDATE claims_import SET anchor_start = \(anchor.start), anchor_end = \(anchor.end),
                           anchor_prefix = \(anchor.prefix), anchor_suffix = \(anchor.suffix) WHERE line = \(line)
                    """)
            } else {
                let closest = QuoteMatcher.closest(to: text, in: article)
                problems.append(
                    Problem(line: line, error: .quoteNotInSource(sourceID: try row.decode("source_id"), closest: closest?.text, similarity: closest?.similarity)))
            }
        }
        return problems
    }
}
