-- The full claims model: speakers with aliases, outlets, sources with text, claims with dates of
-- known precision and the outlets they came through, and links between claims and later reports.
-- Rules live here as constraints, not only in Swift.

-- Accent- and case-insensitive matching ("erdogan" finds "Erdoğan"), and similarity for "did you mean".
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- The one normalisation of names: no accents, lower case, single spaces, trimmed. unaccent() is
-- only STABLE because its dictionary could change; naming the dictionary makes this safe to
-- declare IMMUTABLE, which generated columns and indexes require.
CREATE FUNCTION claims_normalize(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN btrim(regexp_replace(lower(unaccent('unaccent'::regdictionary, value)), '\s+', ' ', 'g'));

-- URLs are the same source whatever the case of scheme and host, and with or without a trailing
-- slash on the path.
CREATE FUNCTION claims_normalize_url(url text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN lower(substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*'))
        || regexp_replace(substr(url, length(substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*')) + 1), '/+$', '');

-- Speakers ---------------------------------------------------------------------------------------

ALTER TABLE speakers
    ADD COLUMN role text CHECK (btrim(role) <> ''),
    ADD COLUMN affiliation text CHECK (btrim(affiliation) <> ''),
    ADD COLUMN wikidata_id text UNIQUE CHECK (wikidata_id ~ '^Q[1-9][0-9]*$');

-- Every name a speaker goes by: the main name (is_primary) and aliases. One unique index over the
-- normalised forms means no two speakers can share a name or an alias.
CREATE TABLE speaker_names (
    speaker_id  bigint NOT NULL REFERENCES speakers (id) ON DELETE CASCADE,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    normalized  text GENERATED ALWAYS AS (claims_normalize(name)) STORED,
    is_primary  boolean NOT NULL DEFAULT false
);
CREATE UNIQUE INDEX speaker_names_normalized_key ON speaker_names (normalized);
CREATE UNIQUE INDEX speaker_names_one_primary ON speaker_names (speaker_id) WHERE is_primary;
CREATE INDEX speaker_names_trigram_idx ON speaker_names USING gin (normalized gin_trgm_ops);

-- Keeps the primary row of speaker_names equal to speakers.name.
CREATE FUNCTION speakers_sync_primary_name() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        DELETE FROM speaker_names WHERE speaker_id = NEW.id AND is_primary;
    END IF;
    INSERT INTO speaker_names (speaker_id, name, is_primary) VALUES (NEW.id, NEW.name, true);
    RETURN NEW;
END;
$$;
CREATE TRIGGER speakers_primary_name
    AFTER INSERT OR UPDATE OF name ON speakers
    FOR EACH ROW EXECUTE FUNCTION speakers_sync_primary_name();

-- Outlets ----------------------------------------------------------------------------------------

ALTER TABLE outlets ADD COLUMN normalized_name text GENERATED ALWAYS AS (claims_normalize(name)) STORED;
CREATE UNIQUE INDEX outlets_normalized_name_key ON outlets (normalized_name);

-- Sources ----------------------------------------------------------------------------------------

ALTER TABLE sources
    ADD COLUMN language text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$'),
    ADD COLUMN full_text text CHECK (btrim(full_text) <> ''),
    -- Dates "not after today". A day of grace covers reporters whose today is ahead of the
    -- server's; claims itself checks against the user's own calendar.
    ADD CONSTRAINT sources_published_not_future CHECK (published_on <= current_date + 1);
CREATE UNIQUE INDEX sources_normalized_url_key ON sources (claims_normalize_url(url));
CREATE INDEX sources_published_idx ON sources (published_on, id);

-- Claims -----------------------------------------------------------------------------------------

-- said_on holds the first day of the period when only the month or the year is known.
ALTER TABLE claims
    ADD COLUMN kind text NOT NULL DEFAULT 'quote' CHECK (kind IN ('quote', 'paraphrase')),
    ADD COLUMN said_precision text CHECK (said_precision IN ('day', 'month', 'year')),
    ADD COLUMN topics text[] NOT NULL DEFAULT '{}',
    ADD CONSTRAINT claims_said_has_precision CHECK ((said_on IS NULL) = (said_precision IS NULL)),
    ADD CONSTRAINT claims_said_precision_matches CHECK (
        said_precision IS DISTINCT FROM 'month' OR extract(day FROM said_on) = 1),
    ADD CONSTRAINT claims_said_year_matches CHECK (
        said_precision IS DISTINCT FROM 'year' OR (extract(month FROM said_on) = 1 AND extract(day FROM said_on) = 1)),
    ADD CONSTRAINT claims_said_not_future CHECK (said_on <= current_date + 1),
    ADD CONSTRAINT claims_topics_not_empty CHECK (array_position(topics, '') IS NULL);

-- List by speaker, newest first with undated claims last; the timeline in date order.
DROP INDEX claims_speaker_said_idx;
CREATE INDEX claims_speaker_said_idx ON claims (speaker_id, said_on DESC NULLS LAST, id DESC);
CREATE INDEX claims_said_idx ON claims (said_on, id);
CREATE INDEX claims_topics_idx ON claims USING gin (topics);

-- The outlets a claim came through on its way to the source, in order (RIA Novosti relaying the
-- Kremlin spokesman to Xinhua is one hop).
CREATE TABLE claim_outlets (
    claim_id   bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    position   integer NOT NULL CHECK (position >= 1),
    outlet_id  bigint NOT NULL REFERENCES outlets (id),
    PRIMARY KEY (claim_id, position)
);

-- Links ------------------------------------------------------------------------------------------

-- A later claim, or a later report with no specific quote, that corroborates, contradicts or
-- responds to an earlier claim.
CREATE TABLE claim_links (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id        bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    relation        text NOT NULL CHECK (relation IN ('corroborates', 'contradicts', 'responds-to')),
    from_claim_id   bigint REFERENCES claims (id) ON DELETE CASCADE,
    from_source_id  bigint REFERENCES sources (id) ON DELETE CASCADE,
    note            text CHECK (btrim(note) <> ''),
    created_at      timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT claim_links_one_side CHECK ((from_claim_id IS NULL) <> (from_source_id IS NULL)),
    CONSTRAINT claim_links_not_self CHECK (from_claim_id <> claim_id)
);
CREATE UNIQUE INDEX claim_links_claim_key ON claim_links (from_claim_id, relation, claim_id)
    WHERE from_claim_id IS NOT NULL;
CREATE UNIQUE INDEX claim_links_report_key ON claim_links (from_source_id, relation, claim_id)
    WHERE from_source_id IS NOT NULL;
CREATE INDEX claim_links_claim_idx ON claim_links (claim_id);

-- A claim's status, derived from its incoming links and never stored: unverified (none),
-- corroborated, contradicted, or contested (both). LATERAL keeps filters on claims pushed down.
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
