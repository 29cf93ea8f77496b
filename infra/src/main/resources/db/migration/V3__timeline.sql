-- The candidate-timeline projection: one row per opportunity event, and one per opportunity for grouping.
CREATE TABLE timeline_opportunity (
    opportunity_id UUID         PRIMARY KEY,
    candidate_id   UUID         NOT NULL,
    company        VARCHAR(200) NOT NULL,
    role           VARCHAR(200) NOT NULL,
    opened_at      TIMESTAMPTZ  NOT NULL,
    closed_outcome VARCHAR(20),
    closed_at      TIMESTAMPTZ
);

CREATE INDEX timeline_opportunity_candidate ON timeline_opportunity (candidate_id);

CREATE TABLE timeline_entry (
    event_id        VARCHAR(255) PRIMARY KEY,
    global_index    BIGINT       NOT NULL,
    candidate_id    UUID         NOT NULL,
    opportunity_id  UUID         NOT NULL,
    sequence_number BIGINT       NOT NULL,
    event_type      VARCHAR(64)  NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    payload         JSONB        NOT NULL,
    retracted_by    BIGINT,
    UNIQUE (opportunity_id, sequence_number)
);

CREATE INDEX timeline_entry_candidate_occurred ON timeline_entry (candidate_id, occurred_at DESC, global_index DESC);
