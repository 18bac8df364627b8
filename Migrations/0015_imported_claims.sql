-- How an import's own history entries are known, mended. 0014 marked them by the transaction that
-- wrote them (import_txid = history.txid), but transaction ids start again in another cluster: after
-- a pg_dump and pg_restore, a later change to an imported claim could share an import's txid and
-- be taken for part of the import (left out of the export, folded into one line of history).
--
-- Every claim an import recorded is now kept with the ids of the `history` entries that import
-- wrote for it: they repeat what the file said (its history, or the claim as it was exported), so
-- the export leaves them out and `claims history` shows them as one line. History ids survive a
-- dump and restore. Nobody else can have written entries of a claim in that range: the claim was
-- not visible until the import committed.
CREATE TABLE imported_claims (
    claim_id     bigint PRIMARY KEY,
    history_from bigint NOT NULL,
    history_to   bigint NOT NULL,
    imported_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER imported_claims_append_only BEFORE UPDATE OR DELETE ON imported_claims
    FOR EACH ROW EXECUTE FUNCTION claims_history_is_append_only();
CREATE TRIGGER imported_claims_no_truncate BEFORE TRUNCATE ON imported_claims
    FOR EACH STATEMENT EXECUTE FUNCTION claims_history_is_append_only();

-- The imports 0014 recorded, by the same rule: their claims, and the range of history ids their
-- transaction wrote for them.
INSERT INTO imported_claims (claim_id, history_from, history_to, imported_at)
SELECT ih.claim_id, min(h.id), max(h.id), min(h.changed_at)
FROM (SELECT DISTINCT claim_id, import_txid FROM imported_history) ih
JOIN history h ON h.txid = ih.import_txid
GROUP BY ih.claim_id
ON CONFLICT DO NOTHING;

ALTER TABLE imported_history DROP COLUMN import_txid;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claims_writer') THEN
        GRANT INSERT ON imported_claims TO claims_writer;
    END IF;
END;
$$;
