-- V7: the release rings as the kiosks report them: which software version each kiosk ran on each service day its
-- health was seen (the healthy days a promotion needs), and every upgrade a kiosk's guard rolled back, which halts
-- that version in the kiosk's ring. Numbered 7, not 4: other issue-15 work adds migrations beside it.
CREATE TABLE health_days (
    centre  TEXT NOT NULL REFERENCES centres (id),
    day     DATE NOT NULL,
    version TEXT NOT NULL,
    PRIMARY KEY (centre, day, version)
);

CREATE TABLE upgrade_failures (
    centre      TEXT        NOT NULL REFERENCES centres (id),
    version     TEXT        NOT NULL,
    -- The ring the kiosk reported with the failure; null for a kiosk that takes no ring's releases.
    ring        TEXT,
    -- The version it ran when it reported (the one the guard went back to).
    running     TEXT        NOT NULL,
    reported_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (centre, version)
);
CREATE INDEX upgrade_failures_ring ON upgrade_failures (ring, version);
