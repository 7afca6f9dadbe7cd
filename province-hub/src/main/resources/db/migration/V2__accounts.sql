-- V2: the hub's own accounts, their failed sign-ins by source address, the audit trail, and notes on alerts.
CREATE TABLE accounts (
    username             TEXT        PRIMARY KEY,
    password_hash        TEXT        NOT NULL,
    roles                TEXT[]      NOT NULL,
    must_change_password BOOLEAN     NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL
);

-- Failures counted per account AND source address: a guesser elsewhere cannot lock the real user out.
CREATE TABLE sign_in_failures (
    username     TEXT        NOT NULL,
    address      TEXT        NOT NULL,
    failures     INTEGER     NOT NULL,
    last_at      TIMESTAMPTZ NOT NULL,
    locked_until TIMESTAMPTZ,
    PRIMARY KEY (username, address)
);

-- Who did what, from where; never a password.
CREATE TABLE audit (
    id      BIGSERIAL   PRIMARY KEY,
    at      TIMESTAMPTZ NOT NULL,
    actor   TEXT        NOT NULL,
    action  TEXT        NOT NULL,
    target  TEXT,
    detail  TEXT,
    address TEXT
);
CREATE INDEX audit_at ON audit (at);

-- Every note a technician wrote on an alert; alerts.note keeps the newest for a short list.
CREATE TABLE alert_notes (
    id       BIGSERIAL   PRIMARY KEY,
    alert_id BIGINT      NOT NULL REFERENCES alerts (id),
    at       TIMESTAMPTZ NOT NULL,
    author   TEXT        NOT NULL,
    note     TEXT        NOT NULL
);
CREATE INDEX alert_notes_alert ON alert_notes (alert_id);

-- The league's uptime counts every centre's minutes of a range at once: by minute, not by centre first.
CREATE INDEX health_minutes_minute ON health_minutes (minute);
