-- V4: the kiosk's VNeID readiness answers (counts only, never a person) and what an officer noted at completion.
CREATE TABLE readiness_counts (
    day          TEXT    NOT NULL,
    procedure_id TEXT    NOT NULL,
    answer       TEXT    NOT NULL,
    n            INTEGER NOT NULL,
    PRIMARY KEY (day, procedure_id, answer)
) WITHOUT ROWID;

-- The dossier code (mã hồ sơ) the province's one-stop software gave, and the reason chips of "could not
-- file"; deleted with the ratings after kiosk.reports.retention-days, since a code points at a citizen's file.
CREATE TABLE completion_notes (
    ticket_id    TEXT PRIMARY KEY,
    day          TEXT    NOT NULL,
    at           INTEGER NOT NULL,
    dossier_code TEXT UNIQUE,
    reasons      TEXT    NOT NULL
);
CREATE INDEX completion_notes_day ON completion_notes (day);
