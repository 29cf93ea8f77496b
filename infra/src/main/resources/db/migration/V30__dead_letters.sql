-- Dead letters: per processor, the opportunity (or candidate) streams a projection could not handle, parked so that
-- everyone else's events go on. One row per parked stream: the first event that failed, and how far the stream's
-- parked events reach; the events themselves stay in the event store, and a retry reads them again from there.
CREATE TABLE dead_letter (
    id               BIGSERIAL    PRIMARY KEY,
    processor        VARCHAR(100) NOT NULL,
    stream_id        UUID         NOT NULL,
    candidate_id     UUID,
    first_sequence   BIGINT       NOT NULL,
    last_sequence    BIGINT       NOT NULL,
    event_type       VARCHAR(100) NOT NULL,
    events           INTEGER      NOT NULL,
    error            TEXT         NOT NULL,
    first_failed_at  TIMESTAMPTZ  NOT NULL,
    last_failed_at   TIMESTAMPTZ  NOT NULL,
    attempts         INTEGER      NOT NULL,
    UNIQUE (processor, stream_id)
);
