-- V3: every catalog the province published, with the signed message exactly as it went to the broker.
CREATE TABLE catalog_versions (
    version      BIGINT      PRIMARY KEY,
    issued_at    TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL,
    procedures   INTEGER     NOT NULL,
    fields       INTEGER     NOT NULL,
    sha256       TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    message      BYTEA       NOT NULL
);
