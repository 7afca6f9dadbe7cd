-- V3: who did what and when (staff and technician actions beyond the queue events), and machine tokens.
CREATE TABLE audit (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      INTEGER NOT NULL,
    actor   TEXT    NOT NULL,
    action  TEXT    NOT NULL,
    target  TEXT,
    detail  TEXT,
    address TEXT
);
CREATE INDEX audit_at ON audit (at);

-- Bearer tokens for machine clients (a call keypad, a second kiosk); only a SHA-256 hash is kept.
CREATE TABLE api_tokens (
    id         TEXT PRIMARY KEY,
    name       TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,
    roles      TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    created_by TEXT    NOT NULL,
    revoked_at INTEGER,
    last_used  INTEGER
);
