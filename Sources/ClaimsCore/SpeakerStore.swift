// Speakers: adding them with their aliases, finding them by any name, listing them.
package import Postgres
import Basics

/// What `claims speaker add` asks for.
public struct NewSpeaker: Sendable {
    public var name: String
    public var aliases: [String]
    public var role: String?
    public var affiliation: String?
    public var wikidataID: String?

    public init(name: String, aliases: [String] = [], role: String? = nil, affiliation: String? = nil, wikidataID: String? = nil) {
        self.name = name
        self.aliases = aliases
        self.role = role
        self.affiliation = affiliation
        self.wikidataID = wikidataID
    }
}

public struct SpeakerStore {
    let connection: Connection

    package init(_ connection: Connection) {
        self.connection = connection
    }

    /// Speakers other than `except` who may be the person `name` names: one of their names or
    /// aliases has every word of `name`, or `name` has every word of it ("Alexander Boris de
    /// Pfeffel Johnson" and the alias "Johnson"; "Stratton, Allegra" and "Allegra Stratton").
    /// Initials and one-letter words do not count. Each comes with the name that matched, in one
    /// query.
    public func likelyDuplicates(of name: String, except: Int? = nil) throws -> [LikelyDuplicate] {
        let rows = try connection.query(
            """
            WITH given AS (
                SELECT array_agg(w) AS words FROM regexp_split_to_table(claims_normalize(\(name)), '[^[:alnum:]]+') AS w
                WHERE length(w) > 1
            ), known AS (
                SELECT n.speaker_id, n.name, n.is_primary,
                       ARRAY(SELECT w FROM regexp_split_to_table(n.normalized, '[^[:alnum:]]+') AS w WHERE length(w) > 1) AS words
                FROM speaker_names n
            )
            SELECT DISTINCT ON (k.speaker_id) k.speaker_id, s.name AS speaker_name, k.name AS matched, NOT k.is_primary AS alias
            FROM known k JOIN speakers s ON s.id = k.speaker_id, given g
            WHERE cardinality(k.words) > 0 AND cardinality(g.words) > 0
              AND (k.words <@ g.words OR g.words <@ k.words)
              AND k.speaker_id IS DISTINCT FROM \(except)
            ORDER BY k.speaker_id, cardinality(k.words) DESC
            LIMIT 5
            """)
        return try rows.map { row in
            LikelyDuplicate(
                speakerID: try row.decode("speaker_id"), speakerName: try row.decode("speaker_name"), matched: try row.decode("matched"),
                matchedIsAlias: try row.decode("alias"))
        }
    }

    /// Records a speaker and its aliases in one transaction.
    ///
    /// - Throws: `ClaimsError.speakerExists` when the name or an alias already belongs to a speaker
    ///   (after ignoring case and accents), `.invalidWikidataID`, `.emptyText`.
    public func add(_ new: NewSpeaker) throws -> Speaker {
        let name = try Text.required(new.name, field: "speaker name")
        let role = try Text.given(new.role, field: "role")
        let affiliation = try Text.given(new.affiliation, field: "affiliation")
        let wikidata = try Text.given(new.wikidataID, field: "Wikidata id").map(Self.validatedWikidataID)
        let aliases = try new.aliases.map { try Text.required($0, field: "alias") }
        return try connection.transaction { db in
            for candidate in [name] + aliases {
                if let owner = try owner(ofName: candidate, on: db) {
                    throw ClaimsError.speakerExists(name: candidate, existing: owner)
                }
            }
            let row = try db.queryFirst(
                """
                INSERT INTO speakers (name, role, affiliation, wikidata_id)
                VALUES (\(name), \(role), \(affiliation), \(wikidata)) RETURNING id
                """)
            let id: Int = try row?.decode("id") ?? 0
            var seen: Set<String> = []
            for alias in aliases where seen.insert(alias.lowercased()).inserted {
                do {
                    // A savepoint, so that a refused alias does not abort the whole transaction.
                    try db.transaction { try $0.execute("INSERT INTO speaker_names (speaker_id, name) VALUES (\(id), \(alias))") }
                } catch let error as PostgresError where error.sqlState == .uniqueViolation {
                    // Two aliases that differ only in case or accents, or an alias equal to the name.
                    continue
                }
            }
            guard let speaker = try speaker(id: id, on: db) else { throw ClaimsError.speakerNotFound(name: name, suggestions: []) }
            return speaker
        }
    }

    /// Finds the one speaker a name refers to: an exact name or alias (ignoring case and accents),
    /// else a unique speaker with that word or words in a name ("erdogan" finds "Recep Tayyip Erdoğan").
    ///
    /// - Throws: `ClaimsError.ambiguousSpeaker` listing the candidates, or `.speakerNotFound` with the
    ///   closest known names.
    public func resolve(_ name: String) throws -> Speaker {
        let wanted = try Text.required(name, field: "speaker name")
        if let exact = try connection.queryFirst(
            """
            SELECT s.id, s.name, s.role, s.affiliation, s.wikidata_id,
                   ARRAY(SELECT a.name FROM speaker_names a WHERE a.speaker_id = s.id AND NOT a.is_primary ORDER BY a.name) AS aliases
            FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id
            WHERE n.normalized = \(NameKey.sql(wanted))
            """)
        {
            return try Self.speaker(from: exact)
        }
        let partial = try connection.query(
            """
            SELECT DISTINCT s.id, s.name FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id
            WHERE position(' ' || claims_normalize(\(wanted)) || ' ' IN ' ' || n.normalized || ' ') > 0
            ORDER BY s.name LIMIT 6
            """)
        if partial.count == 1, let id = try partial.first?.decode("id", as: Int.self),
            let speaker = try speaker(id: id, on: connection)
        {
            return speaker
        }
        if partial.count > 1 {
            throw ClaimsError.ambiguousSpeaker(name: wanted, candidates: try partial.map { try $0.decode("name") })
        }
        throw ClaimsError.speakerNotFound(name: wanted, suggestions: try suggestions(for: wanted))
    }

    /// Up to three speakers whose names or aliases look like `name` (trigram similarity).
    public func suggestions(for name: String) throws -> [String] {
        try connection.query(
            """
            SELECT s.name, max(similarity(n.normalized, claims_normalize(\(name)))) AS score
            FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id
            WHERE similarity(n.normalized, claims_normalize(\(name))) > 0.2
            GROUP BY s.id, s.name ORDER BY score DESC, s.name LIMIT 3
            """
        ).map { try $0.decode("name") }
    }

    public func list() throws -> [SpeakerSummary] {
        let rows = try connection.query(
            """
            SELECT s.id, s.name, s.role, s.affiliation, s.wikidata_id,
                   ARRAY(SELECT n.name FROM speaker_names n WHERE n.speaker_id = s.id AND NOT n.is_primary ORDER BY n.name) AS aliases,
                   (SELECT count(*) FROM claims c WHERE c.speaker_id = s.id) AS claim_count
            FROM speakers s ORDER BY claims_normalize(s.name), s.id
            """)
        return try rows.map { row in
            SpeakerSummary(speaker: try Self.speaker(from: row), claimCount: try row.decode("claim_count"))
        }
    }

    func speaker(id: Int, on db: Connection) throws -> Speaker? {
        try db.queryFirst(
            """
            SELECT s.id, s.name, s.role, s.affiliation, s.wikidata_id,
                   ARRAY(SELECT n.name FROM speaker_names n WHERE n.speaker_id = s.id AND NOT n.is_primary ORDER BY n.name) AS aliases
            FROM speakers s WHERE s.id = \(id)
            """
        ).map(Self.speaker(from:))
    }

    private func owner(ofName name: String, on db: Connection) throws -> String? {
        try db.queryFirst(
            """
            SELECT s.name FROM speaker_names n JOIN speakers s ON s.id = n.speaker_id
            WHERE n.normalized = \(NameKey.sql(name))
            """
        )?.decode("name")
    }

    static func speaker(from row: Row) throws -> Speaker {
        Speaker(
            id: try row.decode("id"), name: try row.decode("name"), role: try row.decode("role"),
            affiliation: try row.decode("affiliation"), wikidataID: try row.decode("wikidata_id"),
            aliases: try row.decode("aliases"))
    }

    static func validatedWikidataID(_ text: String) throws -> String {
        let upper = text.uppercased()
        guard upper.count >= 2, upper.first == "Q", upper.dropFirst().allSatisfy({ $0.isASCII && $0.isNumber }),
            upper.dropFirst().first != "0"
        else { throw ClaimsError.invalidWikidataID(text) }
        return upper
    }
}

/// Trimming and validation of free text from users.
enum Text {
    /// Trimmed text; empty or whitespace-only is an error naming the field.
    static func required(_ text: String, field: String) throws -> String {
        let trimmed = trimmed(text)
        guard !trimmed.isEmpty else { throw ClaimsError.emptyText(field: field) }
        try refuseControls(trimmed, field: field)
        return trimmed
    }

    /// An option the user gave: nil when absent, and when given it must hold text (a blank
    /// `--note " "` is a mistake to report, not a note to drop).
    static func given(_ text: String?, field: String) throws -> String? {
        try text.map { try required($0, field: field) }
    }

    /// Trimmed text, nil when absent or blank (an empty cell of an import); control characters
    /// are an error naming the field.
    static func optional(_ text: String?, field: String) throws -> String? {
        guard let trimmed = nonBlank(text) else { return nil }
        try refuseControls(trimmed, field: field)
        return trimmed
    }

    /// Trimmed text, nil when absent or blank, unchecked: for settings and filters, not for what is stored.
    static func nonBlank(_ text: String?) -> String? {
        guard let text else { return nil }
        let trimmed = trimmed(text)
        return trimmed.isEmpty ? nil : trimmed
    }

    static func refuseControls(_ text: String, field: String) throws {
        if let control = text.unicodeScalars.first(where: isForbiddenControl) {
            throw ClaimsError.controlCharacter(field: field, code: control.value)
        }
    }

    /// Claim text: required, free of control characters, and at most `maximumClaimLength`
    /// characters, so that a whole article pasted by mistake is refused rather than stored.
    /// `lossless` keeps quotation marks around the whole text (a JSONL import restores what was stored).
    static func claimText(_ text: String, lossless: Bool = false) throws -> String {
        let required = try required(text, field: "claim text")
        let checked = lossless ? required : withoutEnclosingQuotes(required)
        let length = checked.count
        guard length <= maximumClaimLength else { throw ClaimsError.claimTooLong(length: length, maximum: maximumClaimLength) }
        return checked
    }

    static let maximumClaimLength = 100_000

    /// C0 controls and DEL, except tab, line feed and carriage return, which text may carry.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && ![0x09, 0x0A, 0x0D].contains(scalar.value)) || scalar.value == 0x7F
    }

    /// The text without one pair of quotation marks around all of it: “…”, "…", «…», ‘…’.
    static func withoutEnclosingQuotes(_ text: String) -> String {
        let pairs: [(Character, Character)] = [("\"", "\""), ("“", "”"), ("«", "»"), ("‘", "’"), ("'", "'"), ("„", "“")]
        guard text.count >= 3, let first = text.first, let last = text.last,
            pairs.contains(where: { $0.0 == first && $0.1 == last })
        else { return text }
        let inner = trimmed(text.dropFirst().dropLast())
        // "a" and "b" is two quotations, not one enclosed in marks.
        guard !inner.isEmpty, !inner.contains(first), !inner.contains(last) else { return text }
        return inner
    }

    /// The text without leading and trailing white space (the Unicode White_Space property).
    static func trimmed(_ text: some StringProtocol) -> String {
        text.trimmingWhitespace()
    }
}

/// A speaker on record who may be the one just named (`SpeakerStore.likelyDuplicates`).
public struct LikelyDuplicate: Sendable, Equatable {
    public var speakerID: Int
    public var speakerName: String
    /// Their name or alias that shares the words.
    public var matched: String
    public var matchedIsAlias: Bool
}
