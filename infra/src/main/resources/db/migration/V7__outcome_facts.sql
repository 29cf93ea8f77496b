-- outcome-facts (analytics module): one row per interview, what followed it, recomputed from the opportunity's
-- history on every event. Holds no message texts, no notes, no names: only the pseudonymous candidate id.
CREATE TABLE outcome_fact (
    interview_id      UUID        PRIMARY KEY,
    opportunity_id    UUID        NOT NULL,
    candidate_id      UUID        NOT NULL,
    round             INT         NOT NULL,
    first_round       BOOLEAN     NOT NULL,
    ended_at          TIMESTAMPTZ NOT NULL,
    thank_you_timing  VARCHAR(12) NOT NULL CHECK (thank_you_timing IN ('WITHIN_24H', 'LATER', 'NONE')),
    thank_you_channel VARCHAR(12),
    check_ins         INT         NOT NULL,
    first_reply_at    TIMESTAMPTZ,
    first_reply_kind  VARCHAR(12),
    deadline_passed   BOOLEAN     NOT NULL,
    outcome           VARCHAR(12) CHECK (outcome IN ('OFFER', 'REJECTION', 'GHOSTED', 'WITHDRAWN')),
    closed_at         TIMESTAMPTZ,
    -- The same times as whole numbers, so that the coach's queries do integer arithmetic on 100,000 rows instead of
    -- timestamp arithmetic: days to the first reply (rounded up), days until the close (rounded down), and the end
    -- of the interview in epoch seconds (for the days watched until an "as of" moment).
    reply_days        INT,
    closed_days       INT,
    ended_second      BIGINT      NOT NULL
);

CREATE INDEX outcome_fact_candidate_ended ON outcome_fact (candidate_id, ended_at);
CREATE INDEX outcome_fact_by_opportunity ON outcome_fact (opportunity_id);

-- How far the projection has read each opportunity's stream (for read-your-writes and rebuild checks).
CREATE TABLE outcome_fact_opportunity (
    opportunity_id UUID   PRIMARY KEY,
    candidate_id   UUID   NOT NULL,
    last_sequence  BIGINT NOT NULL
);
