-- Three group roles, so that a newsroom can let a colleague read without being able to write:
--   claims_reader  reads everything (list, show, timeline, search, export, history)
--   claims_writer  also adds and corrects (add, link, review, import, edit)
--   claims_admin   also deletes and merges, and runs migrations when made owner of the tables
-- Roles belong to the whole server, so they are created only when the migrating role may create
-- roles, and only once; the grants are per database. Grant one to a person with
--   GRANT claims_writer TO alice;
-- Nobody is granted UPDATE or DELETE on history; its triggers refuse them even to its owner.

-- With more than one role, history must name the one that made the change. Its triggers run as
-- their owner (SECURITY DEFINER, so that writers need no INSERT right on history), which makes
-- current_user always the owner: record the login role instead.
ALTER TABLE history ALTER COLUMN db_role SET DEFAULT session_user;

DO $$
DECLARE
    role_name text;
BEGIN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
        RAISE NOTICE 'claims roles not created: % may not create roles', current_user;
        RETURN;
    END IF;
    FOREACH role_name IN ARRAY ARRAY['claims_reader', 'claims_writer', 'claims_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL;  -- another database's migration created it at the same moment
            END;
        END IF;
    END LOOP;

    GRANT USAGE ON SCHEMA public TO claims_reader;
    GRANT SELECT ON ALL TABLES IN SCHEMA public TO claims_reader;

    GRANT claims_reader TO claims_writer;
    GRANT INSERT, UPDATE ON speakers, speaker_names, outlets, sources, claims, claim_outlets, claim_links, reviews
        TO claims_writer;
    -- Replacing a claim's via chain or a speaker's aliases deletes and re-inserts those rows.
    GRANT DELETE ON speaker_names, claim_outlets TO claims_writer;
    GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO claims_writer;

    GRANT claims_writer TO claims_admin;
    GRANT DELETE ON speakers, outlets, sources, claims, claim_links, reviews TO claims_admin;

    -- Tables added by later migrations: readable by readers; writers and admins get theirs there.
    ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO claims_reader;
END;
$$;
