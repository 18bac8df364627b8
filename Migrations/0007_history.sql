-- Every change to the record, kept: when, by which database role and which person, the operation,
-- and the row before and after as JSON. Written by triggers, so no path into the database (the CLI,
-- psql, another program) can change a table without leaving a trace; and append-only.

CREATE TABLE history (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
    db_role     text NOT NULL DEFAULT current_user,
    -- The person: claims sets claims.actor for its session (CLAIMS_ACTOR, --as, or the OS user);
    -- other clients leave it unset and their database role is recorded instead.
    actor       text NOT NULL,
    reason      text,
    table_name  text NOT NULL,
    operation   text NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE')),
    -- The row's id (for claim_outlets the claim's, for speaker_names the speaker's).
    row_id      bigint,
    old_row     jsonb,
    new_row     jsonb,
    txid        bigint NOT NULL DEFAULT txid_current()
);
CREATE INDEX history_row_idx ON history (table_name, row_id, id);
-- Rows arrive in time order, so a BRIN index serves "as of" questions at almost no cost per insert.
CREATE INDEX history_changed_at_idx ON history USING brin (changed_at);

CREATE FUNCTION claims_actor() RETURNS text LANGUAGE sql STABLE
RETURN coalesce(nullif(current_setting('claims.actor', true), ''), session_user::text);

CREATE FUNCTION claims_reason() RETURNS text LANGUAGE sql STABLE
RETURN nullif(current_setting('claims.reason', true), '');

-- A row as history keeps it: the search vector is derived from the text, so it is left out.
CREATE FUNCTION claims_history_row(r jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE
RETURN r - 'search_vector';

-- Statement-level triggers with transition tables: a bulk import of a million claims writes its
-- history in one INSERT ... SELECT per statement, not a million trigger calls. TG_ARGV[0] names the
-- column that identifies the row; further arguments complete its key for pairing old and new rows.
CREATE FUNCTION claims_record_history() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    who CONSTANT text := claims_actor();
    why CONSTANT text := claims_reason();
BEGIN
    -- Each branch names only the transition tables its trigger defines (PL/pgSQL plans a
    -- statement when it first runs it).
    IF TG_OP = 'INSERT' THEN
        INSERT INTO history (actor, reason, table_name, operation, row_id, new_row)
        SELECT who, why, TG_TABLE_NAME, TG_OP, (to_jsonb(n) ->> TG_ARGV[0])::bigint, claims_history_row(to_jsonb(n))
        FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO history (actor, reason, table_name, operation, row_id, old_row)
        SELECT who, why, TG_TABLE_NAME, TG_OP, (to_jsonb(o) ->> TG_ARGV[0])::bigint, claims_history_row(to_jsonb(o))
        FROM old_rows o;
    ELSE
        -- Old and new rows are paired by their key (all trigger arguments); unchanged rows are skipped.
        INSERT INTO history (actor, reason, table_name, operation, row_id, old_row, new_row)
        SELECT who, why, TG_TABLE_NAME, TG_OP, (o.r ->> TG_ARGV[0])::bigint, claims_history_row(o.r), claims_history_row(n.r)
        FROM (SELECT to_jsonb(x) AS r, ARRAY(SELECT to_jsonb(x) ->> k FROM unnest(TG_ARGV) AS k) AS key FROM old_rows x) o
        JOIN (SELECT to_jsonb(x) AS r, ARRAY(SELECT to_jsonb(x) ->> k FROM unnest(TG_ARGV) AS k) AS key FROM new_rows x) n
          ON n.key = o.key
        WHERE o.r IS DISTINCT FROM n.r;
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    recorded CONSTANT text[][] := ARRAY[
        ['speakers', 'id'], ['speaker_names', 'speaker_id, normalized'], ['outlets', 'id'], ['sources', 'id'],
        ['claims', 'id'], ['claim_outlets', 'claim_id, position'], ['claim_links', 'id'], ['reviews', 'id']];
    entry text[];
    arguments text;
BEGIN
    FOREACH entry SLICE 1 IN ARRAY recorded LOOP
        SELECT string_agg(quote_literal(btrim(k)), ', ') INTO arguments FROM unnest(string_to_array(entry[2], ',')) AS k;
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history(%s)', entry[1] || '_history_insert', entry[1], arguments);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history(%s)', entry[1] || '_history_update', entry[1], arguments);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION claims_record_history(%s)', entry[1] || '_history_delete', entry[1], arguments);
    END LOOP;
END;
$$;

-- Append-only, even for the table's owner: an UPDATE, DELETE or TRUNCATE of history fails.
CREATE FUNCTION claims_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'history is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege', HINT = 'Corrections are new rows: edit or retract the claim.';
END;
$$;
CREATE TRIGGER history_append_only BEFORE UPDATE OR DELETE ON history
    FOR EACH ROW EXECUTE FUNCTION claims_history_is_append_only();
CREATE TRIGGER history_no_truncate BEFORE TRUNCATE ON history
    FOR EACH STATEMENT EXECUTE FUNCTION claims_history_is_append_only();
