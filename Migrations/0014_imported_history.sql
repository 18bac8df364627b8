-- The history of claims that came from another claims database through `claims import jsonl`, as
-- the export carried it: who changed what, when and why, before the claim reached this database.
-- `history` stays what this database's triggers wrote (the import itself is there, by whoever ran
-- it); these rows are the earlier part, kept apart so that neither can pass for the other.
-- Each row is stored as `history` stores its kind, with this database's ids where the record it
-- names exists here, and the export's name or address beside a null id where it does not (a
-- speaker merged away before the export, say). `claims history` shows both parts, oldest first;
-- `claims export jsonl` writes this part, then the changes made here after the import, so that
-- export, import into an empty database and export again give the same bytes.
CREATE TABLE imported_history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id    bigint NOT NULL,
    changed_at  timestamptz NOT NULL,
    db_role     text NOT NULL,
    actor       text NOT NULL,
    reason      text,
    table_name  text NOT NULL CHECK (table_name IN ('claims', 'claim_outlets', 'claim_links', 'reviews')),
    operation   text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    old_row     jsonb,
    new_row     jsonb,
    -- The import that brought it: the trigger's own entries of that transaction are the import.
    import_txid bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX imported_history_claim_idx ON imported_history (claim_id, id);

CREATE TRIGGER imported_history_append_only BEFORE UPDATE OR DELETE ON imported_history
    FOR EACH ROW EXECUTE FUNCTION claims_history_is_append_only();
CREATE TRIGGER imported_history_no_truncate BEFORE TRUNCATE ON imported_history
    FOR EACH STATEMENT EXECUTE FUNCTION claims_history_is_append_only();

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claims_writer') THEN
        GRANT INSERT ON imported_history TO claims_writer;
    END IF;
END;
$$;
