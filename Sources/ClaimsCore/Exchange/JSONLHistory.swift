// The history of the claims in a JSONL file: exported with the numbers of other records replaced
// by what names them in the file, and imported back into `imported_history` with this database's
// numbers, so that export, import into an empty database and export again give the same bytes.
internal import Postgres

enum JSONLHistory {
    /// Every history entry of each claim, in the order it was made: first what an import brought
    /// (imported_history), then what was recorded here, leaving out the entries an import wrote for
    /// the claims it recorded (imported_claims: they repeat what its file said). A claim deleted
    /// since has no key and no lines.
    static let export: SQL = """
        WITH export_keys AS (SELECT id, row_number() OVER (ORDER BY id) AS key FROM claims),
        entries AS (
            SELECT 0 AS part, ih.id, ih.claim_id, ih.changed_at, ih.actor, ih.db_role, ih.reason, ih.table_name, ih.operation,
                   ih.old_row, ih.new_row
            FROM imported_history ih
            UNION ALL
            SELECT 1, h.id, CASE WHEN h.table_name IN ('claims', 'claim_outlets') THEN h.row_id
                                 ELSE (coalesce(h.new_row, h.old_row) ->> 'claim_id')::bigint END,
                   h.changed_at, h.actor, h.db_role, h.reason, h.table_name, h.operation, h.old_row, h.new_row
            FROM history h
            WHERE h.table_name IN ('claims', 'claim_outlets', 'claim_links', 'reviews')
              AND NOT \(madeByImport("h"))
        )
        SELECT k.key, e.table_name, e.operation, \(JSONLExchange.stamp("e.changed_at")) AS at, e.actor, e.db_role, e.reason,
               \(portable("e.old_row")) AS old_row, \(portable("e.new_row")) AS new_row
        FROM entries e JOIN export_keys k ON k.id = e.claim_id
        ORDER BY e.part, e.id
        """

    /// Whether `history` entry `h` was written by the import that recorded its claim.
    static func madeByImport(_ h: String) -> SQL {
        SQL(unsafeSQL: """
            EXISTS (SELECT 1 FROM imported_claims ic
                    WHERE \(h).id BETWEEN ic.history_from AND ic.history_to
                      AND ic.claim_id = CASE WHEN \(h).table_name IN ('claims', 'claim_outlets') THEN \(h).row_id
                                             ELSE (coalesce(\(h).new_row, \(h).old_row) ->> 'claim_id')::bigint END)
            """)
    }

    /// `row` (a stored row of e.table_name) as the file has it. A speaker, source or outlet deleted
    /// since (merged away) is named as its last history entry names it; a row imported without one
    /// keeps the name it came with.
    private static func portable(_ r: String) -> SQL {
        func named(_ table: String, _ column: String, _ idKey: String, _ fallbackKey: String) -> String {
            let id = "(\(r) ->> '\(idKey)')::bigint"
            return """
                coalesce((SELECT x.\(column) FROM \(table) x WHERE x.id = \(id)), \(r) ->> '\(fallbackKey)',
                         (SELECT coalesce(h.new_row, h.old_row) ->> '\(column)' FROM history h
                          WHERE h.table_name = '\(table)' AND h.row_id = \(id) ORDER BY h.id DESC LIMIT 1))
                """
        }
        return SQL(unsafeSQL: """
            CASE WHEN \(r) IS NULL THEN NULL
            WHEN e.table_name = 'claims' THEN ((\(r) - 'id' - 'speaker_id' - 'source_id' - 'speaker' - 'source')
                || jsonb_build_object('speaker', \(named("speakers", "name", "speaker_id", "speaker")),
                                      'source', \(named("sources", "url", "source_id", "source"))))::text
            WHEN e.table_name = 'claim_outlets' THEN ((\(r) - 'claim_id' - 'outlet_id' - 'outlet')
                || jsonb_build_object('outlet', \(named("outlets", "name", "outlet_id", "outlet"))))::text
            WHEN e.table_name = 'claim_links' THEN ((\(r) - 'id' - 'claim_id' - 'from_claim_id' - 'from_source_id' - 'from_claim' - 'from_source')
                || jsonb_build_object('from_claim', (SELECT fk.key FROM export_keys fk WHERE fk.id = (\(r) ->> 'from_claim_id')::bigint),
                                      'from_source', CASE WHEN coalesce(\(r) -> 'from_source_id', 'null') <> 'null'
                                                          THEN \(named("sources", "url", "from_source_id", "from_source"))
                                                          ELSE \(r) ->> 'from_source' END))::text
            ELSE (\(r) - 'id' - 'claim_id')::text
            END
            """)
    }

    /// The claims this import recorded, with the range of history ids it wrote for them: from
    /// after `historyBefore` (the last id it could see when it began) to the last now.
    static func recordImportedClaims(historyBefore: Int) -> SQL {
        """
        INSERT INTO imported_claims (claim_id, history_from, history_to)
        SELECT k.claim_id, \(historyBefore + 1), (SELECT coalesce(max(id), 0) FROM history)
        FROM jsonl_claims k WHERE k.existing_id IS NULL
        ORDER BY k.claim_id
        """
    }

    /// The staged history lines of the claims this import recorded (not of claims it found already
    /// here, whose history is this database's), with this database's numbers.
    static let insert: SQL = """
        INSERT INTO imported_history (claim_id, changed_at, db_role, actor, reason, table_name, operation, old_row, new_row)
        SELECT t.claim_id, i.created_at, i.db_role, i.actor, i.reason, i.history_table, i.operation,
               \(local("i.old_row")), \(local("i.new_row"))
        FROM jsonl_import i
        JOIN jsonl_keys t ON t.claim_key = i.claim_key
        JOIN jsonl_claims k ON k.claim_id = t.claim_id AND k.existing_id IS NULL AND k.claim_key = i.claim_key
        WHERE i.type = 'history'
        ORDER BY i.line
        """

    /// `row` from the file with this database's numbers: a speaker, source or outlet by its exact
    /// name or address as the export wrote it (a primary name, never an alias, so that the export
    /// of the copy names the same one); one that is not here keeps its name beside a null id.
    private static func local(_ row: String) -> SQL {
        let r = SQL(unsafeSQL: row)
        func resolved(_ idKey: String, _ key: String, _ table: String, _ column: String) -> SQL {
            let lookup = "(SELECT x.id FROM \(table) x WHERE x.\(column) = \(row) ->> '\(key)' ORDER BY x.id LIMIT 1)"
            return SQL(unsafeSQL: """
                CASE WHEN coalesce(\(row) -> '\(key)', 'null') = 'null' THEN jsonb_build_object('\(idKey)', NULL::bigint)
                     WHEN \(lookup) IS NOT NULL THEN jsonb_build_object('\(idKey)', \(lookup))
                     ELSE jsonb_build_object('\(idKey)', NULL::bigint, '\(key)', \(row) -> '\(key)') END
                """)
        }
        return """
            CASE WHEN \(r) IS NULL THEN NULL
            WHEN i.history_table = 'claims' THEN (\(r) - 'speaker' - 'source') || jsonb_build_object('id', t.claim_id)
                || \(resolved("speaker_id", "speaker", "speakers", "name")) || \(resolved("source_id", "source", "sources", "url"))
            WHEN i.history_table = 'claim_outlets' THEN (\(r) - 'outlet') || jsonb_build_object('claim_id', t.claim_id)
                || \(resolved("outlet_id", "outlet", "outlets", "name"))
            WHEN i.history_table = 'claim_links' THEN (\(r) - 'from_claim' - 'from_source')
                || jsonb_build_object('claim_id', t.claim_id,
                                      'from_claim_id', (SELECT f.claim_id FROM jsonl_keys f WHERE f.claim_key = (\(r) ->> 'from_claim')::bigint))
                || \(resolved("from_source_id", "from_source", "sources", "url"))
            ELSE \(r) || jsonb_build_object('claim_id', t.claim_id)
            END
            """
    }
}
