-- V5: every ticker and per-commune settings override the province published, with the signed message as sent.
-- scope is 'all' for a push to every centre, else the one centre it went to; versions rise within (kind, scope).
CREATE TABLE province_pushes (
    kind         TEXT        NOT NULL,
    scope        TEXT        NOT NULL,
    version      BIGINT      NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    published_by TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    message      BYTEA       NOT NULL,
    PRIMARY KEY (kind, scope, version)
);
