-- Fact-check verdicts on claims, as schema.org ClaimReview describes them. A claim can have several,
-- by different organisations; one review is identified by its claim and its URL.

CREATE TABLE reviews (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    claim_id      bigint NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    rating        text NOT NULL CHECK (btrim(rating) <> ''),
    rating_value  double precision,
    best_rating   double precision,
    worst_rating  double precision,
    author        text NOT NULL CHECK (btrim(author) <> ''),
    url           text NOT NULL CHECK (url ~ '^[a-z][a-z0-9+.-]*:[^ ]+$'),
    published_on  date CHECK (published_on <= current_date + 1),
    created_at    timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_scale_complete CHECK (
        rating_value IS NULL OR (best_rating IS NOT NULL AND worst_rating IS NOT NULL
            AND rating_value BETWEEN least(best_rating, worst_rating) AND greatest(best_rating, worst_rating))),
    CONSTRAINT reviews_claim_url_key UNIQUE (claim_id, url)
);
CREATE INDEX reviews_claim_idx ON reviews (claim_id);
