-- Articles and provenance: the fingerprint of a source's stored text, where each quote sits in that
-- text, and the words a date was worked out from ("on Tuesday").

-- Sources imported without an address get a urn:sha256:... identifier, so the scheme check widens
-- from "scheme://" to any URI scheme. `claims source add` still asks for http(s) addresses.
ALTER TABLE sources DROP CONSTRAINT sources_url_check;
ALTER TABLE sources ADD CONSTRAINT sources_url_check CHECK (url ~ '^[a-z][a-z0-9+.-]*:[^ ]+$');

-- SHA-256 (hex) of the normalised full text: the same article under another address is found.
ALTER TABLE sources ADD COLUMN text_sha256 text CHECK (text_sha256 ~ '^[0-9a-f]{64}$');
UPDATE sources SET text_sha256 = encode(sha256(convert_to(full_text, 'UTF8')), 'hex') WHERE full_text IS NOT NULL;
ALTER TABLE sources ADD CONSTRAINT sources_text_has_fingerprint CHECK ((full_text IS NULL) = (text_sha256 IS NULL));
CREATE UNIQUE INDEX sources_text_sha256_key ON sources (text_sha256);

-- A verbatim quote's place in its source's text: offsets in Unicode code points (as substr counts
-- them), and a little context either side so it can be found again if offsets drift
-- (the W3C Web Annotation TextQuoteSelector idea).
ALTER TABLE claims
    ADD COLUMN anchor_start integer CHECK (anchor_start >= 0),
    ADD COLUMN anchor_end integer,
    ADD COLUMN anchor_prefix text,
    ADD COLUMN anchor_suffix text,
    ADD COLUMN said_phrase text CHECK (btrim(said_phrase) <> ''),
    ADD CONSTRAINT claims_anchor_complete CHECK (
        (anchor_start IS NULL) = (anchor_end IS NULL)
        AND (anchor_start IS NULL) = (anchor_prefix IS NULL)
        AND (anchor_start IS NULL) = (anchor_suffix IS NULL)),
    ADD CONSTRAINT claims_anchor_order CHECK (anchor_end > anchor_start),
    ADD CONSTRAINT claims_phrase_has_date CHECK (said_phrase IS NULL OR said_on IS NOT NULL);

-- The status view lists claims' columns as they were when it was made; make it again with the new ones.
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
