-- candidate-settings: each candidate's time zone, region and follow-up policy numbers (subscribing projection,
-- written in the same transaction as the settings event).
CREATE TABLE candidate_settings (
    candidate_id UUID        PRIMARY KEY,
    time_zone    VARCHAR(64) NOT NULL,
    region       VARCHAR(10) NOT NULL,
    policy       JSONB       NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);

-- due-actions: the open follow-up actions of every opportunity, recomputed from its history on each event.
CREATE TABLE due_action_opportunity (
    opportunity_id UUID         PRIMARY KEY,
    candidate_id   UUID         NOT NULL,
    company        VARCHAR(200),
    role           VARCHAR(200),
    last_sequence  BIGINT       NOT NULL
);

CREATE INDEX due_action_opportunity_candidate ON due_action_opportunity (candidate_id);

CREATE TABLE due_action (
    opportunity_id UUID         NOT NULL,
    action_key     VARCHAR(400) NOT NULL,
    candidate_id   UUID         NOT NULL,
    rule           VARCHAR(32)  NOT NULL,
    action         TEXT         NOT NULL,
    due_at         TIMESTAMPTZ,
    due_on         DATE,
    deadline       TIMESTAMPTZ  NOT NULL,
    priority       VARCHAR(10)  NOT NULL,
    explanation    TEXT         NOT NULL,
    hint           JSONB        NOT NULL,
    PRIMARY KEY (opportunity_id, action_key),
    CHECK ((due_at IS NULL) <> (due_on IS NULL))
);

CREATE INDEX due_action_candidate_deadline ON due_action (candidate_id, deadline);
