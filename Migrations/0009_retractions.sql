-- A claim recorded in error is withdrawn, not deleted: it keeps its row, its links and its
-- history, leaves lists, timelines and searches, and shows as retracted when asked for by number.

ALTER TABLE claims
    ADD COLUMN retracted_at timestamptz,
    ADD COLUMN retraction_reason text CHECK (btrim(retraction_reason) <> ''),
    ADD CONSTRAINT claims_retraction_complete CHECK ((retracted_at IS NULL) = (retraction_reason IS NULL));

-- The status view lists claims' columns as they were when it was made; make it again.
DROP VIEW claims_with_status;
CREATE VIEW claims_with_status AS
SELECT c.*, s.status
FROM claims c
CROSS JOIN LATERAL (
    SELECT CASE
        WHEN bool_or(l.relation = 'corroborates') AND bool_or(l.relation = 'contradicts') THEN 'contested'
        WHEN bool_or(l.relation = 'corroborates') THEN 'corroborated'
        WHEN bool_or(l.relation = 'contradicts') THEN 'contradicted'
        ELSE 'unverified'
    END AS status
    FROM claim_links l
    WHERE l.claim_id = c.id
) s;
