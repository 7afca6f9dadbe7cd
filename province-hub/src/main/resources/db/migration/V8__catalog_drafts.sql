-- V4: catalogs imported from the province's sheet, kept as drafts with their diff until an admin publishes one.
CREATE TABLE catalog_drafts (
    id                BIGSERIAL   PRIMARY KEY,
    created_at        TIMESTAMPTZ NOT NULL,
    created_by        TEXT        NOT NULL,
    -- The version the diff was made against; NULL for the catalog the kiosks were installed with.
    base_version      BIGINT      REFERENCES catalog_versions (version),
    procedures        INTEGER     NOT NULL,
    content           BYTEA       NOT NULL,
    diff              TEXT        NOT NULL,
    -- Set when an admin starts publishing it, so that two clicks publish it once.
    publishing_by     TEXT,
    published_version BIGINT      REFERENCES catalog_versions (version)
);
