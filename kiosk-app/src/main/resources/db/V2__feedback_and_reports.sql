-- V2: citizens' ratings (tied to ticket, counter, service and procedure only) and the daily report roll-ups.
CREATE TABLE feedback (
    ticket_id    TEXT PRIMARY KEY,
    day          TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    rating       TEXT    NOT NULL,
    reasons      TEXT    NOT NULL,
    counter_id   INTEGER,
    service_id   TEXT    NOT NULL,
    procedure_id TEXT
);
CREATE INDEX feedback_day ON feedback (day);

-- One row per closed service day that has been rolled up, and when.
CREATE TABLE report_days (
    day       TEXT PRIMARY KEY,
    rolled_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Counts of one day: metric (issued.service, final.state, …), key (a service id, an hour, …), n.
CREATE TABLE report_counts (
    day    TEXT    NOT NULL,
    metric TEXT    NOT NULL,
    key    TEXT    NOT NULL,
    n      INTEGER NOT NULL,
    PRIMARY KEY (day, metric, key)
) WITHOUT ROWID;

-- Durations of one day in whole seconds: measure (wait, service), dimension (all, service, counter,
-- officer) and its key, with a histogram (pairs of seconds and count) so that medians and p90 of any
-- range are exact.
CREATE TABLE report_durations (
    day       TEXT    NOT NULL,
    measure   TEXT    NOT NULL,
    dim       TEXT    NOT NULL,
    key       TEXT    NOT NULL,
    n         INTEGER NOT NULL,
    total_s   INTEGER NOT NULL,
    max_s     INTEGER NOT NULL,
    histogram BLOB    NOT NULL,
    PRIMARY KEY (day, measure, dim, key)
) WITHOUT ROWID;

-- The audit log position up to which closed days are known to be rolled up.
CREATE TABLE report_state (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    last_seq INTEGER NOT NULL
);
INSERT INTO report_state (id, last_seq) VALUES (1, 0);
