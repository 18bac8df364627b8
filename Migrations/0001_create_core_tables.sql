-- The core of the record: who speaks, which outlets publish, the articles they publish, and the
-- claims those articles carry. Later migrations extend these tables; this file is never edited
-- once applied (claims refuses to run against a database whose applied migration changed).

CREATE TABLE speakers (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE outlets (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name        text NOT NULL CHECK (btrim(name) <> ''),
    created_at  timestamptz NOT NULL DEFAULT now()
);

-- An article or report in which claims appeared.
CREATE TABLE sources (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    url           text NOT NULL UNIQUE CHECK (url ~ '^[a-z][a-z0-9+.-]*://'),
    title         text NOT NULL CHECK (btrim(title) <> ''),
    outlet_id     bigint NOT NULL REFERENCES outlets (id),
    published_on  date NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- What a speaker said, as one source reported it.
CREATE TABLE claims (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    speaker_id  bigint NOT NULL REFERENCES speakers (id),
    source_id   bigint NOT NULL REFERENCES sources (id),
    text        text NOT NULL CHECK (btrim(text) <> ''),
    said_on     date,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX claims_speaker_said_idx ON claims (speaker_id, said_on DESC, id DESC);
CREATE INDEX claims_source_idx ON claims (source_id);
