-- V1: what the commune kiosks send up: their events, ratings, closed days' roll-ups, health and presence.
CREATE TABLE centres (
    id         TEXT PRIMARY KEY,
    first_seen TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per kiosk event; (centre, seq) makes a resent batch a no-op.
CREATE TABLE events (
    centre      TEXT        NOT NULL REFERENCES centres (id),
    seq         BIGINT      NOT NULL,
    at          TIMESTAMPTZ NOT NULL,
    day         DATE        NOT NULL,
    kind        TEXT        NOT NULL,
    ticket      TEXT,
    service     TEXT,
    counter     INTEGER,
    outcome     TEXT,
    actor       TEXT,
    received_at TIMESTAMPTZ NOT NULL DEFAULT clock_timestamp(),
    PRIMARY KEY (centre, seq)
);
CREATE INDEX events_day ON events (day, centre);

CREATE TABLE ratings (
    centre    TEXT        NOT NULL REFERENCES centres (id),
    ticket    TEXT        NOT NULL,
    day       DATE        NOT NULL,
    at        TIMESTAMPTZ NOT NULL,
    rating    TEXT        NOT NULL,
    reasons   TEXT[]      NOT NULL,
    counter   INTEGER,
    service   TEXT        NOT NULL,
    procedure TEXT,
    PRIMARY KEY (centre, ticket)
);

-- A closed day's figures as the kiosk rolled them up; replaced whole when the kiosk rolls the day up again.
CREATE TABLE rollup_days (
    centre    TEXT   NOT NULL REFERENCES centres (id),
    day       DATE   NOT NULL,
    rolled_at BIGINT NOT NULL,
    PRIMARY KEY (centre, day)
);
CREATE INDEX rollup_days_day ON rollup_days (day);

CREATE TABLE rollup_counts (
    centre TEXT   NOT NULL,
    day    DATE   NOT NULL,
    metric TEXT   NOT NULL,
    key    TEXT   NOT NULL,
    n      BIGINT NOT NULL,
    PRIMARY KEY (centre, day, metric, key),
    FOREIGN KEY (centre, day) REFERENCES rollup_days (centre, day) ON DELETE CASCADE
);

CREATE TABLE rollup_durations (
    centre    TEXT    NOT NULL,
    day       DATE    NOT NULL,
    measure   TEXT    NOT NULL,
    dim       TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    n         BIGINT  NOT NULL,
    total_s   BIGINT  NOT NULL,
    max_s     INTEGER NOT NULL,
    histogram BYTEA   NOT NULL,
    PRIMARY KEY (centre, day, measure, dim, key),
    FOREIGN KEY (centre, day) REFERENCES rollup_days (centre, day) ON DELETE CASCADE
);

-- The newest health message of each kiosk, and one row per minute it reported (for uptime).
CREATE TABLE health_latest (
    centre      TEXT        PRIMARY KEY REFERENCES centres (id),
    at          TIMESTAMPTZ NOT NULL,
    received_at TIMESTAMPTZ NOT NULL,
    body        JSONB       NOT NULL
);

CREATE TABLE health_minutes (
    centre TEXT        NOT NULL REFERENCES centres (id),
    minute TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (centre, minute)
);

-- Online or offline, from the kiosk's retained presence message and its last will.
CREATE TABLE presence (
    centre TEXT        PRIMARY KEY REFERENCES centres (id),
    online BOOLEAN     NOT NULL,
    since  TIMESTAMPTZ NOT NULL
);

-- A fault that someone must repair: opened by the hub, assigned, noted and closed by a province technician.
CREATE TABLE alerts (
    id          BIGSERIAL PRIMARY KEY,
    centre      TEXT        NOT NULL REFERENCES centres (id),
    kind        TEXT        NOT NULL,
    detail      TEXT        NOT NULL,
    opened_at   TIMESTAMPTZ NOT NULL,
    cleared_at  TIMESTAMPTZ,
    assignee    TEXT,
    note        TEXT,
    closed_at   TIMESTAMPTZ,
    closed_by   TEXT
);
-- At most one open alert of a kind per kiosk.
CREATE UNIQUE INDEX alerts_open ON alerts (centre, kind) WHERE closed_at IS NULL;
