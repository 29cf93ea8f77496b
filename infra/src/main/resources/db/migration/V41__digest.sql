-- candidate-settings: the morning digest, on by default, at 08:00 in the candidate's own time zone.
ALTER TABLE candidate_settings ADD COLUMN digest_enabled BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE candidate_settings ADD COLUMN digest_time TIME NOT NULL DEFAULT '08:00';

-- reminders: one row per candidate and local day once that day's digest is claimed; the primary key makes it
-- exactly once across nodes and restarts. A failed send stays FAILED with its next attempt (back-off) until it goes.
CREATE TABLE digest_delivery (
    candidate_id UUID        NOT NULL,
    local_date   DATE        NOT NULL,
    state        VARCHAR(10) NOT NULL,
    items        INT         NOT NULL,
    attempts     INT         NOT NULL,
    next_attempt TIMESTAMPTZ,
    last_error   TEXT,
    updated_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (candidate_id, local_date),
    CHECK (state IN ('PENDING', 'SENT', 'EMPTY', 'FAILED'))
);

CREATE INDEX digest_delivery_failed ON digest_delivery (next_attempt) WHERE state IN ('PENDING', 'FAILED');

-- reminders: the server's secret for signing unsubscribe links, made once on first use, never in the repository.
CREATE TABLE reminder_secret (
    name       VARCHAR(40) PRIMARY KEY,
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
