-- Every function of the schema names its objects through a fixed search_path, whatever the
-- caller's. Three trigger functions (and the history trigger, pinned to public alone) looked
-- their tables up through the session's search_path, so
--   * a data-only pg_dump would not load: pg_dump's script empties search_path, and the trigger
--     that keeps a speaker's primary name could not find speaker_names;
--   * a role allowed to create objects in a schema earlier on someone's search_path could put a
--     speaker_names or sources of its own there and have the trigger write to it, or read from it
--     (the pattern behind CVE-2018-1058).
-- Functions written as RETURN expr are bound when created and need no setting; the ones of 0012
-- were created pinned. pg_catalog comes first so that nothing in public can stand in for a
-- built-in function.
ALTER FUNCTION speakers_sync_primary_name() SET search_path = pg_catalog, public;
ALTER FUNCTION claims_take_source_language() SET search_path = pg_catalog, public;
ALTER FUNCTION claims_history_is_append_only() SET search_path = pg_catalog, public;
ALTER FUNCTION claims_record_history() SET search_path = pg_catalog, public;
