-- Full-text search over claim text: accent-insensitive, stemmed in the claim's language where
-- PostgreSQL has a stemmer for it, 'simple' otherwise.

-- Search configurations that strip accents before stemming, so "erdogan" finds "Erdoğan" and
-- ts_headline still marks the word as printed.
CREATE TEXT SEARCH CONFIGURATION claims_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION claims_simple ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, simple;
CREATE TEXT SEARCH CONFIGURATION claims_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION claims_english ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION claims_turkish (COPY = pg_catalog.turkish);
ALTER TEXT SEARCH CONFIGURATION claims_turkish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, turkish_stem;
CREATE TEXT SEARCH CONFIGURATION claims_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION claims_french ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, french_stem;
CREATE TEXT SEARCH CONFIGURATION claims_german (COPY = pg_catalog.german);
ALTER TEXT SEARCH CONFIGURATION claims_german ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, german_stem;
CREATE TEXT SEARCH CONFIGURATION claims_spanish (COPY = pg_catalog.spanish);
ALTER TEXT SEARCH CONFIGURATION claims_spanish ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, spanish_stem;
CREATE TEXT SEARCH CONFIGURATION claims_russian (COPY = pg_catalog.russian);
ALTER TEXT SEARCH CONFIGURATION claims_russian ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, russian_stem;

-- The configuration for a language tag ("en", "pt-BR"); claims_simple when unknown.
CREATE FUNCTION claims_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE split_part(lower(coalesce(language, '')), '-', 1)
        WHEN 'en' THEN 'claims_english'::regconfig
        WHEN 'tr' THEN 'claims_turkish'::regconfig
        WHEN 'fr' THEN 'claims_french'::regconfig
        WHEN 'de' THEN 'claims_german'::regconfig
        WHEN 'es' THEN 'claims_spanish'::regconfig
        WHEN 'ru' THEN 'claims_russian'::regconfig
        ELSE 'claims_simple'::regconfig
    END;

-- A claim's language is its source's, unless set; kept on the claim so that the search vector can
-- be a generated column.
ALTER TABLE claims ADD COLUMN language text CHECK (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$');
UPDATE claims c SET language = so.language FROM sources so WHERE so.id = c.source_id AND so.language IS NOT NULL;

CREATE FUNCTION claims_take_source_language() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.language IS NULL THEN
        NEW.language := (SELECT language FROM sources WHERE id = NEW.source_id);
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER claims_language BEFORE INSERT OR UPDATE OF source_id ON claims
    FOR EACH ROW EXECUTE FUNCTION claims_take_source_language();

ALTER TABLE claims ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector(claims_search_config(language), text)) STORED;
CREATE INDEX claims_search_idx ON claims USING gin (search_vector);

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
