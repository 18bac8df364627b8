-- Web pages as evidence. A source imported from a saved page or a URL keeps the page itself (its
-- bytes, as fetched or saved, with their SHA-256), so what it said survives the page changing or
-- vanishing; and it keeps what claims found in it, with where each detail came from.

-- A page that does not state its headline, publisher or date is still recorded when its article
-- was found: those become optional, to be added later with `claims source edit`.
ALTER TABLE sources
    ALTER COLUMN title DROP NOT NULL,
    ALTER COLUMN outlet_id DROP NOT NULL,
    ALTER COLUMN published_on DROP NOT NULL,
    ADD COLUMN modified_on date CHECK (modified_on <= current_date + 1),
    ADD COLUMN authors text[] NOT NULL DEFAULT '{}' CHECK (array_position(authors, NULL) IS NULL),
    -- Where each detail came from, and the timestamps as the page wrote them:
    -- {"title": {"from": "json-ld"}, "published": {"from": "opengraph", "written": "2015-12-02T10:41:00+08:00"}, ...}
    ADD COLUMN metadata jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(metadata) = 'object');

-- The page itself. PostgreSQL compresses the bytes in place (TOAST), so a 400 KB page takes
-- about a quarter of that on disk. Pages are evidence: there is no history of them because
-- they are never changed, only recorded and (with their source) deleted.
CREATE TABLE source_pages (
    source_id      bigint PRIMARY KEY REFERENCES sources (id) ON DELETE CASCADE,
    -- The address given to `claims source import`, and where its redirects ended.
    requested_url  text CHECK (requested_url ~* '^https?://'),
    final_url      text CHECK (final_url ~* '^https?://'),
    content_type   text CHECK (btrim(content_type) <> ''),
    -- When the page was fetched, or when the saved file was read.
    retrieved_at   timestamptz NOT NULL DEFAULT now(),
    -- The encoding the bytes were read in, and why: "WINDOWS-1252 (meta charset)".
    encoding       text NOT NULL CHECK (btrim(encoding) <> ''),
    byte_count     integer NOT NULL CHECK (byte_count > 0),
    sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    bytes          bytea NOT NULL,
    CONSTRAINT source_pages_size_matches CHECK (octet_length(bytes) = byte_count)
);
CREATE INDEX source_pages_sha256_idx ON source_pages (sha256);

-- Writers record pages; a merge (admins) moves one to the source it keeps.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'claims_writer') THEN
        GRANT INSERT ON source_pages TO claims_writer;
        GRANT UPDATE, DELETE ON source_pages TO claims_admin;
    END IF;
END;
$$;
