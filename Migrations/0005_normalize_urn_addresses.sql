-- claims_normalize_url returned NULL for addresses without "//" (the urn:sha256:... names of
-- articles imported without a URL), so such sources could not be found by address and escaped
-- the uniqueness index. Such addresses are now compared as written.
CREATE OR REPLACE FUNCTION claims_normalize_url(url text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    RETURN coalesce(
        lower(substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*'))
            || regexp_replace(substr(url, length(substring(url FROM '^[A-Za-z][A-Za-z0-9+.-]*://[^/?#]*')) + 1), '/+$', ''),
        url);

-- The index holds values computed by the old definition.
REINDEX INDEX sources_normalized_url_key;
