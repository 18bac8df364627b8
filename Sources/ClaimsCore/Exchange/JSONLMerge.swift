// The second half of `claims import jsonl`: the staged lines merged into the record with
// set-based SQL, outlets and speakers before sources, sources before claims, claims before their
// links and reviews, each step checked before it writes.
import FoundationEssentials
internal import Postgres
import Basics

/// The checks and statements that merge the staged lines into the record, in dependency order.
struct JSONLMerge {
    let db: Connection

    func merge(_ summary: inout JSONLExchange.ImportSummary) throws {
        let historyBefore: Int = try db.queryFirst("SELECT coalesce(max(id), 0) AS id FROM history")?.decode("id") ?? 0
        summary.speakers = try mergeSpeakers()
        summary.outlets = try mergeOutlets()
        summary.sources = try mergeSources()
        let recordedBefore: Int = try db.queryFirst("SELECT coalesce(max(id), 0) AS id FROM claims")?.decode("id") ?? 0
        summary.claims = try mergeClaims()
        summary.links = try mergeLinks()
        summary.reviews = try mergeReviews()
        // The history of the claims the file brought, after everything it names is here; then
        // which entries of `history` this import wrote for them (they repeat the file).
        try db.execute(JSONLHistory.insert)
        try db.execute(JSONLHistory.recordImportedClaims(historyBefore: historyBefore))
        // After the file's own links, so that its same-statement links stand as exported.
        summary.appearances = try ClaimStore(db).attachRepeats(recordedAfter: recordedBefore)
    }

    /// Runs a query for bad lines and throws for the first one it finds.
    private func refuse(_ sql: SQL, _ reason: (Row) throws -> ClaimsError) throws {
        if let row = try db.queryFirst(sql) {
            throw ClaimsError.importLineRefused(line: try row.decode("line"), error: try reason(row))
        }
    }

    private func mergeSpeakers() throws -> Int {
        let added = try db.execute(
            """
            INSERT INTO speakers (name, role, affiliation, wikidata_id, created_at)
            SELECT name, role, affiliation, wikidata, created_at FROM (
                SELECT DISTINCT ON (name_key) line, name, role, affiliation, wikidata, created_at FROM jsonl_import i
                WHERE type = 'speaker' AND NOT EXISTS (SELECT 1 FROM speaker_names n WHERE n.normalized = i.name_key)
                ORDER BY name_key, line
            ) first ORDER BY line
            """)
        // An alias that already names someone else, in the database or earlier in the file.
        try refuse(
            """
            SELECT i.line, a.alias, owner.name AS owner FROM jsonl_import i
            CROSS JOIN LATERAL unnest(i.aliases) AS a(alias)
            JOIN speaker_names me ON me.normalized = i.name_key
            JOIN speaker_names other ON other.normalized = claims_normalize(a.alias)
            JOIN speakers owner ON owner.id = other.speaker_id
            WHERE i.type = 'speaker' AND other.speaker_id <> me.speaker_id
            ORDER BY i.line LIMIT 1
            """
        ) { ClaimsError.speakerExists(name: try $0.decode("alias"), existing: try $0.decode("owner")) }
        try refuse(
            """
            SELECT line, alias, owner FROM (
                SELECT i.line, a.alias, me.speaker_id, first_value(me.speaker_id) OVER w AS first_speaker,
                       first_value(i.name) OVER w AS owner
                FROM jsonl_import i CROSS JOIN LATERAL unnest(i.aliases) AS a(alias)
                JOIN speaker_names me ON me.normalized = i.name_key
                WHERE i.type = 'speaker'
                WINDOW w AS (PARTITION BY claims_normalize(a.alias) ORDER BY i.line)
            ) named WHERE speaker_id <> first_speaker ORDER BY line LIMIT 1
            """
        ) { ClaimsError.speakerExists(name: try $0.decode("alias"), existing: try $0.decode("owner")) }
        try db.execute(
            """
            INSERT INTO speaker_names (speaker_id, name)
            SELECT speaker_id, alias FROM (
                SELECT DISTINCT ON (claims_normalize(a.alias)) me.speaker_id, a.alias, i.line, a.position
                FROM jsonl_import i CROSS JOIN LATERAL unnest(i.aliases) WITH ORDINALITY AS a(alias, position)
                JOIN speaker_names me ON me.normalized = i.name_key
                WHERE i.type = 'speaker'
                  AND NOT EXISTS (SELECT 1 FROM speaker_names n WHERE n.normalized = claims_normalize(a.alias))
                ORDER BY claims_normalize(a.alias), i.line, a.position
            ) first ORDER BY line, position
            """)
        return added
    }

    private func mergeOutlets() throws -> Int {
        let added = try db.execute(
            """
            INSERT INTO outlets (name, created_at)
            SELECT name, created_at FROM (
                SELECT DISTINCT ON (name_key) line, name, created_at FROM jsonl_import WHERE type = 'outlet'
                ORDER BY name_key, line
            ) first ORDER BY line
            ON CONFLICT (normalized_name) DO NOTHING
            """)
        // Outlets named by sources and via chains but without a line of their own.
        try db.execute(
            """
            INSERT INTO outlets (name)
            SELECT name FROM (
                SELECT DISTINCT ON (claims_normalize(name)) name, line, position FROM (
                    SELECT outlet AS name, line, 0::bigint AS position FROM jsonl_import WHERE type = 'source' AND outlet IS NOT NULL
                    UNION ALL
                    SELECT v.name, i.line, v.position FROM jsonl_import i
                    CROSS JOIN LATERAL unnest(i.via) WITH ORDINALITY AS v(name, position) WHERE i.type = 'claim'
                ) named ORDER BY claims_normalize(name), line, position
            ) first ORDER BY line, position
            ON CONFLICT (normalized_name) DO NOTHING
            """)
        return added
    }

    private func mergeSources() throws -> Int {
        // New sources whose text is already recorded under another address, or earlier in the file.
        try refuse(
            """
            SELECT i.line, s.id, s.url FROM jsonl_import i JOIN sources s ON s.text_sha256 = i.text_sha256
            WHERE i.type = 'source' AND NOT EXISTS (SELECT 1 FROM sources e WHERE claims_normalize_url(e.url) = i.source_key)
            ORDER BY i.line LIMIT 1
            """
        ) { ClaimsError.sourceTextExists(existingID: try $0.decode("id"), url: try $0.decode("url")) }
        try refuse(
            """
            SELECT line, first_url FROM (
                SELECT line, source_key, first_value(source_key) OVER w AS first_key, first_value(source) OVER w AS first_url
                FROM jsonl_import WHERE type = 'source' AND text_sha256 IS NOT NULL
                WINDOW w AS (PARTITION BY text_sha256 ORDER BY line)
            ) texts WHERE source_key <> first_key ORDER BY line LIMIT 1
            """
        ) { ClaimsError.invalidDocument(reason: "its article text is the same as that of \(try $0.decode("first_url", as: String.self)) earlier in the file") }
        return try db.execute(
            """
            INSERT INTO sources (url, title, outlet_id, published_on, language, full_text, text_sha256, modified_on, authors, created_at)
            SELECT f.source, f.title, o.id, f.published, f.language, f.full_text, f.text_sha256, f.modified, f.authors, f.created_at FROM (
                SELECT DISTINCT ON (source_key) * FROM jsonl_import i
                WHERE type = 'source' AND NOT EXISTS (SELECT 1 FROM sources s WHERE claims_normalize_url(s.url) = i.source_key)
                ORDER BY source_key, line
            ) f LEFT JOIN outlets o ON o.normalized_name = f.outlet_key
            ORDER BY f.line
            """)
    }

    private func mergeClaims() throws -> Int {
        try refuse(
            """
            SELECT line, speaker FROM jsonl_import i
            WHERE type = 'claim' AND NOT EXISTS (SELECT 1 FROM speaker_names n WHERE n.normalized = i.speaker_key)
            ORDER BY line LIMIT 1
            """
        ) { ClaimsError.speakerNotFound(name: try $0.decode("speaker"), suggestions: []) }
        try refuse(
            """
            SELECT line, source FROM jsonl_import i
            WHERE type = 'claim' AND NOT EXISTS (SELECT 1 FROM sources s WHERE claims_normalize_url(s.url) = i.source_key)
            ORDER BY line LIMIT 1
            """
        ) { ClaimsError.sourceNotFound(reference: try $0.decode("source")) }
        // Anchored quotes must still be where the anchor says, in the source's text.
        for row in try db.query(
            """
            SELECT i.line, i.text, i.anchor_start, i.anchor_end, i.anchor_prefix, i.anchor_suffix, s.id AS source_id, s.full_text
            FROM jsonl_import i JOIN sources s ON claims_normalize_url(s.url) = i.source_key
            WHERE i.type = 'claim' AND i.anchor_start IS NOT NULL ORDER BY i.line
            """)
        {
            let anchor = QuoteAnchor(
                start: try row.decode("anchor_start"), end: try row.decode("anchor_end"),
                prefix: try row.decode("anchor_prefix") ?? "", suffix: try row.decode("anchor_suffix") ?? "")
            let article: String? = try row.decode("full_text")
            guard let article, QuoteMatcher.stillMatches(try row.decode("text"), at: anchor, in: article) else {
                throw ClaimsError.importLineRefused(
                    line: try row.decode("line"),
                    error: .quoteNotInSource(sourceID: try row.decode("source_id"), closest: nil, similarity: nil))
            }
        }
        // Each claim line gets the id of the same claim already recorded (speaker, source, text and
        // date), or a new one; new ids are drawn in line order.
        try db.execute(
            """
            CREATE TEMPORARY TABLE jsonl_claims ON COMMIT DROP AS
            SELECT line, claim_key, speaker_id, source_id, existing_id,
                   coalesce(existing_id, nextval(pg_get_serial_sequence('claims', 'id'))) AS claim_id
            FROM (
                SELECT i.line, i.claim_key, n.speaker_id, s.id AS source_id,
                       (SELECT c.id FROM claims c
                        WHERE c.speaker_id = n.speaker_id AND c.source_id = s.id AND c.text = i.text
                          AND c.said_on IS NOT DISTINCT FROM i.said_on AND c.said_precision IS NOT DISTINCT FROM i.said_precision
                        ORDER BY c.id LIMIT 1) AS existing_id
                FROM jsonl_import i
                JOIN speaker_names n ON n.normalized = i.speaker_key
                JOIN sources s ON claims_normalize_url(s.url) = i.source_key
                WHERE i.type = 'claim'
                ORDER BY i.line
            ) ordered
            """)
        let added = try db.execute(
            """
            INSERT INTO claims (id, speaker_id, source_id, text, kind, said_on, said_precision, said_phrase, topics,
                                anchor_start, anchor_end, anchor_prefix, anchor_suffix, retracted_at, retraction_reason, created_at)
            OVERRIDING SYSTEM VALUE
            SELECT k.claim_id, k.speaker_id, k.source_id, i.text, i.kind, i.said_on, i.said_precision, i.said_phrase, i.topics,
                   i.anchor_start, i.anchor_end, i.anchor_prefix, i.anchor_suffix, i.retracted_at, i.retraction_reason, i.created_at
            FROM jsonl_claims k JOIN jsonl_import i ON i.line = k.line
            WHERE k.existing_id IS NULL
            ORDER BY k.claim_id
            """)
        try db.execute(
            """
            INSERT INTO claim_outlets (claim_id, position, outlet_id)
            SELECT k.claim_id, v.position, o.id
            FROM jsonl_claims k JOIN jsonl_import i ON i.line = k.line
            CROSS JOIN LATERAL unnest(i.via) WITH ORDINALITY AS v(name, position)
            JOIN outlets o ON o.normalized_name = claims_normalize(v.name)
            WHERE k.existing_id IS NULL
            """)
        // File keys to claim ids, for links and reviews (a repeated key means its last claim).
        try db.execute(
            """
            CREATE TEMPORARY TABLE jsonl_keys ON COMMIT DROP AS
            SELECT DISTINCT ON (claim_key) claim_key, claim_id FROM jsonl_claims ORDER BY claim_key, line DESC
            """)
        try db.execute("ALTER TABLE jsonl_keys ADD PRIMARY KEY (claim_key)")
        try refuse(
            """
            SELECT i.line, CASE WHEN t.claim_id IS NULL THEN i.claim_key ELSE i.from_claim_key END AS key
            FROM jsonl_import i
            LEFT JOIN jsonl_keys t ON t.claim_key = i.claim_key
            LEFT JOIN jsonl_keys f ON f.claim_key = i.from_claim_key
            WHERE i.type IN ('link', 'review', 'history') AND (t.claim_id IS NULL OR (i.from_claim_key IS NOT NULL AND f.claim_id IS NULL))
            ORDER BY i.line LIMIT 1
            """
        ) { ClaimsError.unknownClaimKey(try $0.decode("key")) }
        return added
    }

    private func mergeLinks() throws -> Int {
        try refuse(
            """
            SELECT line, from_source FROM jsonl_import i
            WHERE type = 'link' AND from_source IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM sources s WHERE claims_normalize_url(s.url) = i.from_source_key)
            ORDER BY line LIMIT 1
            """
        ) { ClaimsError.sourceNotFound(reference: try $0.decode("from_source")) }
        // Links already recorded (the same claims, or report, and relation) are skipped.
        return try db.execute(
            """
            INSERT INTO claim_links (claim_id, relation, from_claim_id, from_source_id, note, created_at)
            SELECT t.claim_id, i.relation, f.claim_id, s.id, i.note, i.created_at
            FROM jsonl_import i
            JOIN jsonl_keys t ON t.claim_key = i.claim_key
            LEFT JOIN jsonl_keys f ON f.claim_key = i.from_claim_key
            LEFT JOIN sources s ON i.from_source IS NOT NULL AND claims_normalize_url(s.url) = i.from_source_key
            WHERE i.type = 'link'
            ORDER BY i.line
            ON CONFLICT DO NOTHING
            """)
    }

    private func mergeReviews() throws -> Int {
        try db.execute(
            """
            INSERT INTO reviews (claim_id, rating, rating_value, best_rating, worst_rating, author, url, published_on, created_at)
            SELECT t.claim_id, i.rating, i.rating_value, i.best, i.worst, i.author, i.url, i.review_date, i.created_at
            FROM jsonl_import i JOIN jsonl_keys t ON t.claim_key = i.claim_key
            WHERE i.type = 'review'
            ORDER BY i.line
            ON CONFLICT (claim_id, url) DO NOTHING
            """)
    }
}
