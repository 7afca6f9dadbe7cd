-- V1: tickets, the audit log of queue events, counter state and staff accounts.
CREATE TABLE tickets (
    id                TEXT PRIMARY KEY,
    day               TEXT    NOT NULL,
    number            TEXT    NOT NULL,
    seq               INTEGER NOT NULL,
    issued_service_id TEXT    NOT NULL,
    service_id        TEXT    NOT NULL,
    procedure_id      TEXT,
    priority          INTEGER NOT NULL,
    channel           TEXT    NOT NULL,
    state             TEXT    NOT NULL,
    issued_at         INTEGER NOT NULL,
    called_at         INTEGER,
    started_at        INTEGER,
    finished_at       INTEGER,
    counter_id        INTEGER,
    outcome           TEXT,
    recall_count      INTEGER NOT NULL,
    transfer_count    INTEGER NOT NULL,
    follow_token      TEXT    NOT NULL UNIQUE,
    UNIQUE (day, number)
);
CREATE INDEX tickets_day_service ON tickets (day, service_id);
CREATE INDEX tickets_state ON tickets (state, day);

CREATE TABLE events (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         INTEGER NOT NULL,
    day        TEXT    NOT NULL,
    kind       TEXT    NOT NULL,
    ticket_id  TEXT,
    service_id TEXT,
    counter_id INTEGER,
    outcome    TEXT,
    actor      TEXT
);
CREATE INDEX events_day_kind ON events (day, kind);
CREATE INDEX events_ticket ON events (ticket_id);
CREATE INDEX events_day_counter ON events (day, counter_id);

CREATE TABLE counters (
    id                INTEGER PRIMARY KEY,
    paused            INTEGER NOT NULL,
    current_ticket_id TEXT
);

CREATE TABLE accounts (
    username      TEXT PRIMARY KEY,
    password_hash TEXT    NOT NULL,
    roles         TEXT    NOT NULL,
    must_change   INTEGER NOT NULL,
    failed_count  INTEGER NOT NULL DEFAULT 0,
    locked_until  INTEGER,
    created_at    INTEGER NOT NULL
);
