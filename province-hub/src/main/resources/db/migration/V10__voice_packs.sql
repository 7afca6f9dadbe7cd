-- V10: every voice clip pack the province uploaded, with its bytes (a pack is about a megabyte, at most 32 MB);
-- kiosks download a published one by its token, which only the signed push on the broker names.
CREATE TABLE voice_packs (
    version      BIGINT      PRIMARY KEY,
    language     TEXT        NOT NULL,
    sha256       TEXT        NOT NULL,
    bytes        BIGINT      NOT NULL,
    clips        INTEGER     NOT NULL,
    pack         BYTEA       NOT NULL,
    token        TEXT        NOT NULL UNIQUE,
    uploaded_at  TIMESTAMPTZ NOT NULL,
    uploaded_by  TEXT        NOT NULL,
    published_at TIMESTAMPTZ,
    published_by TEXT
);
