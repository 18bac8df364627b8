-- Evidence that counts. One statement reported many times is one claim with appearances, never
-- its own corroboration; and a claim's status comes from independent lines of evidence, each
-- traced to the root it rests on, not from a count of links.

-- One statement, many appearances -----------------------------------------------------------------

-- "B same-statement A": claim B is another report of the statement A (another outlet's wording, a
-- translation, a re-publication). B stays on record with its own source, via and words.
ALTER TABLE claim_links DROP CONSTRAINT claim_links_relation_check;
ALTER TABLE claim_links
    ADD CONSTRAINT claim_links_relation_check
        CHECK (relation IN ('corroborates', 'contradicts', 'responds-to', 'same-statement')),
    ADD CONSTRAINT claim_links_appearance_is_a_claim CHECK (relation <> 'same-statement' OR from_claim_id IS NOT NULL);
-- A claim is an appearance of one statement at most.
CREATE UNIQUE INDEX claim_links_one_statement ON claim_links (from_claim_id) WHERE relation = 'same-statement';

-- The rules of appearances, whoever writes the link (claims, an import, psql): one statement has
-- one speaker, an appearance is not itself a statement with appearances, and evidence goes on the
-- statement, not on one of its appearances.
CREATE FUNCTION claims_check_appearance() RETURNS trigger
LANGUAGE plpgsql SET search_path = pg_catalog, public AS $$
BEGIN
    IF NEW.relation = 'same-statement' THEN
        IF (SELECT speaker_id FROM claims WHERE id = NEW.claim_id) IS DISTINCT FROM (SELECT speaker_id FROM claims WHERE id = NEW.from_claim_id) THEN
            RAISE EXCEPTION 'claim % and claim % have different speakers: one statement has one speaker', NEW.from_claim_id, NEW.claim_id
                USING ERRCODE = 'check_violation';
        END IF;
        IF EXISTS (SELECT 1 FROM claim_links WHERE from_claim_id = NEW.claim_id AND relation = 'same-statement')
           OR EXISTS (SELECT 1 FROM claim_links WHERE claim_id = NEW.from_claim_id AND relation = 'same-statement' AND id <> NEW.id) THEN
            RAISE EXCEPTION 'claim % cannot report claim % again: one of them is already an appearance or has appearances', NEW.from_claim_id, NEW.claim_id
                USING ERRCODE = 'check_violation', HINT = 'Link the appearance to its statement.';
        END IF;
    ELSIF NEW.relation IN ('corroborates', 'contradicts')
          AND EXISTS (SELECT 1 FROM claim_links WHERE from_claim_id = NEW.claim_id AND relation = 'same-statement') THEN
        RAISE EXCEPTION 'claim % is an appearance: evidence goes on its statement', NEW.claim_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER claim_links_appearance_rules BEFORE INSERT OR UPDATE OF claim_id, from_claim_id, relation ON claim_links
    FOR EACH ROW EXECUTE FUNCTION claims_check_appearance();

-- What a source rests on ---------------------------------------------------------------------------

-- The news agency a source's text credits ("(Reuters) -", "/TASS/", "RIA Novosti reported"): its
-- reporting rests on that agency's, whoever published it. And a MinHash signature of the text over
-- its word 5-grams (64 values), with its 21 band keys, to find an earlier text it nearly repeats:
-- computed by claims when a text is recorded, and for texts recorded before this migration by the
-- command that applies it (text_read says which texts have been read).
ALTER TABLE sources
    ADD COLUMN wire_outlet_id bigint REFERENCES outlets (id),
    ADD COLUMN text_signature bigint[] CHECK (cardinality(text_signature) = 64),
    ADD COLUMN text_bands bigint[] CHECK (cardinality(text_bands) = 21),
    ADD COLUMN text_read boolean NOT NULL DEFAULT false;
CREATE INDEX sources_text_bands_idx ON sources USING gin (text_bands);
CREATE INDEX sources_unread_text_idx ON sources (id) WHERE full_text IS NOT NULL AND NOT text_read;

-- Signatures are derived from the text, as the search vector is: history leaves them out.
CREATE OR REPLACE FUNCTION claims_history_row(r jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
RETURN r - 'search_vector' - 'text_signature' - 'text_bands';

-- A source that copies an earlier one (its text nearly the same) rests on it; a person can say so,
-- or say that two sources are independent, which the machine then leaves alone.
CREATE TABLE source_relations (
    source_id        bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    other_source_id  bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    relation         text NOT NULL CHECK (relation IN ('rests-on', 'independent')),
    -- How alike the two texts are, from 0 to 1, when measured.
    resemblance      real CHECK (resemblance BETWEEN 0 AND 1),
    decided_by       text NOT NULL CHECK (decided_by IN ('text', 'user')),
    created_at       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (source_id, other_source_id),
    CONSTRAINT source_relations_not_self CHECK (source_id <> other_source_id)
);
-- A source rests on one other at most (the one it copies); chains are followed to their end.
CREATE UNIQUE INDEX source_relations_one_basis ON source_relations (source_id) WHERE relation = 'rests-on';
CREATE INDEX source_relations_other_idx ON source_relations (other_source_id);

CREATE TRIGGER source_relations_history_insert AFTER INSERT ON source_relations REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history('source_id', 'other_source_id');
CREATE TRIGGER source_relations_history_update AFTER UPDATE ON source_relations
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history('source_id', 'other_source_id');
CREATE TRIGGER source_relations_history_delete AFTER DELETE ON source_relations REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history('source_id', 'other_source_id');

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claims_writer') THEN
        GRANT INSERT, UPDATE, DELETE ON source_relations TO claims_writer;
        -- Moving an appearance's evidence to its statement, and re-pointing appearances.
        GRANT DELETE ON claim_links TO claims_writer;
    END IF;
END;
$$;

-- The rule -----------------------------------------------------------------------------------------
-- In functions, so that the view, the page "as of" an instant and `claims show` use one rule. They
-- name their schema's objects through a fixed search_path, whatever the caller's.

-- The root a source's reporting rests on: the agency its text (or the text it copies) credits,
-- first along the chain; else the outlet of the last source in the chain; else that source itself.
-- `borrowed` says the root is another's (an agency credited, a source copied), not its own outlet.
CREATE FUNCTION claims_source_root(
    start_id bigint, OUT kind text, OUT root_id bigint, OUT name text, OUT source_id bigint, OUT borrowed boolean)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    -- Each step reads its source by id: joined after the recursion, the planner did not know the
    -- chain is a row or two and read every source (5 ms a call at a hundred thousand sources).
    WITH RECURSIVE chain (id, wire_outlet_id, outlet_id, title, url, depth) AS (
        SELECT s.id, s.wire_outlet_id, s.outlet_id, s.title, s.url, 0 FROM sources s WHERE s.id = start_id
        UNION ALL
        SELECT s.id, s.wire_outlet_id, s.outlet_id, s.title, s.url, chain.depth + 1
        FROM chain
        JOIN source_relations r ON r.source_id = chain.id AND r.relation = 'rests-on'
        JOIN sources s ON s.id = r.other_source_id
    ) CYCLE id SET looped USING path
    SELECT CASE WHEN coalesce(c.wire_outlet_id, c.outlet_id) IS NULL THEN 'source' ELSE 'outlet' END,
           coalesce(c.wire_outlet_id, c.outlet_id, c.id),
           coalesce((SELECT o.name FROM outlets o WHERE o.id = coalesce(c.wire_outlet_id, c.outlet_id)), c.title, c.url), c.id,
           c.wire_outlet_id IS NOT NULL OR c.depth > 0
    FROM chain c
    WHERE NOT c.looped
    ORDER BY c.wire_outlet_id IS NULL, CASE WHEN c.wire_outlet_id IS NULL THEN -c.depth ELSE c.depth END
    LIMIT 1
$$;

-- Each corroborating or contradicting link in `links` about claim `target_id`, with the root its
-- evidence rests on and whether it counts. The root of a claim as evidence: its speaker when that is
-- the claim's own (a reiteration), else the first outlet it came through, else its source's root; of
-- a report, the report's root. Evidence does not count when its root is the claim's speaker, or one
-- the claim itself borrows (the first outlet of its or an appearance's via chain, the agency or
-- copied source its or an appearance's source rests on), or when the evidence borrows what the
-- claim's own source is (a copy of it, a credit to its outlet), or is that source itself. Evidence
-- from an appearance is its statement's. An outlet may confirm its own report with reporting of its
-- own: that counts.
CREATE FUNCTION claims_evidence_lines(target_id bigint, links claim_links[])
RETURNS TABLE (link_id bigint, relation text, root_kind text, root_id bigint, root_name text, root_source_id bigint, counted boolean)
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    WITH statement_claims AS (
        SELECT id, speaker_id, source_id FROM claims WHERE id = target_id
        UNION
        SELECT c.id, c.speaker_id, c.source_id FROM claim_links a JOIN claims c ON c.id = a.from_claim_id
        WHERE a.claim_id = target_id AND a.relation = 'same-statement'
    ),
    -- Materialized: read once, not again for every link (it was 7 ms a link with 50 appearances).
    own_roots (kind, id, borrowed) AS MATERIALIZED (
        SELECT 'speaker', speaker_id, true FROM claims WHERE id = target_id
        UNION
        SELECT 'outlet', co.outlet_id, true FROM claim_outlets co JOIN statement_claims sc ON sc.id = co.claim_id WHERE co.position = 1
        UNION
        SELECT r.kind, r.root_id, r.borrowed FROM statement_claims sc CROSS JOIN LATERAL claims_source_root(sc.source_id) r
    ),
    -- Evidence from an appearance is evidence from its statement: one statement is one line.
    evidence AS (
        SELECT l.id, l.relation, e.id AS claim_id, e.speaker_id, coalesce(e.source_id, l.from_source_id) AS source_id
        FROM unnest(links) l
        LEFT JOIN claim_links st ON st.from_claim_id = l.from_claim_id AND st.relation = 'same-statement'
        LEFT JOIN claims e ON e.id = coalesce(st.claim_id, l.from_claim_id)
        WHERE l.claim_id = target_id AND l.relation IN ('corroborates', 'contradicts')
    )
    SELECT ev.id, ev.relation, root.kind, root.root_id, root.name, root.source_id,
           NOT EXISTS (SELECT 1 FROM own_roots o WHERE o.kind = root.kind AND o.id = root.root_id AND (o.borrowed OR root.borrowed))
           -- A report that is the claim's own source (or an appearance's) is the claim's own reporting.
           AND NOT (ev.claim_id IS NULL AND ev.source_id IN (SELECT sc.source_id FROM statement_claims sc))
    FROM evidence ev
    CROSS JOIN LATERAL (
        SELECT * FROM (
            SELECT 1 AS rank, 'speaker' AS kind, sp.id AS root_id, sp.name, ev.source_id, true AS borrowed
            FROM claims t JOIN speakers sp ON sp.id = t.speaker_id
            WHERE t.id = target_id AND t.speaker_id = ev.speaker_id
            UNION ALL
            SELECT 2, 'outlet', o.id, o.name, ev.source_id, true
            FROM claim_outlets co JOIN outlets o ON o.id = co.outlet_id
            WHERE co.claim_id = ev.claim_id AND co.position = 1
            UNION ALL
            SELECT 3, r.kind, r.root_id, r.name, r.source_id, r.borrowed FROM claims_source_root(ev.source_id) r
        ) candidates
        ORDER BY rank LIMIT 1
    ) root
$$;

-- Corroborated when an independent line corroborates and none contradicts, contradicted the other
-- way round, contested with independent lines on both sides, unverified otherwise.
CREATE FUNCTION claims_status(target_id bigint, links claim_links[]) RETURNS text
LANGUAGE sql STABLE SET search_path = pg_catalog, public AS $$
    SELECT CASE
        WHEN bool_or(counted AND relation = 'corroborates') AND bool_or(counted AND relation = 'contradicts') THEN 'contested'
        WHEN bool_or(counted AND relation = 'corroborates') THEN 'corroborated'
        WHEN bool_or(counted AND relation = 'contradicts') THEN 'contradicted'
        ELSE 'unverified'
    END
    FROM claims_evidence_lines(target_id, links)
$$;

-- An appearance has the status of its statement. `appearance_of` names the statement, or is null.
DROP VIEW claims_with_status;
CREATE VIEW claims_with_status AS
SELECT c.*, coalesce(e.status, 'unverified') AS status, a.statement_id AS appearance_of
FROM claims c
LEFT JOIN LATERAL (
    SELECT l.claim_id AS statement_id FROM claim_links l WHERE l.from_claim_id = c.id AND l.relation = 'same-statement'
) a ON true
LEFT JOIN LATERAL (
    SELECT claims_status(coalesce(a.statement_id, c.id), array_agg(l)) AS status
    FROM claim_links l
    WHERE l.claim_id = coalesce(a.statement_id, c.id) AND l.relation IN ('corroborates', 'contradicts')
    HAVING count(*) > 0
) e ON true;
