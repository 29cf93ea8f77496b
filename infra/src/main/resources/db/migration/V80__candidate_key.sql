-- Each candidate's data key for crypto-shredding, wrapped by the master key (which is never stored here). Erasure
-- destroys the key and keeps the row as a tombstone (wrapped_key NULL): no new key is ever made for that candidate,
-- and every node knows to skip their events.
CREATE TABLE candidate_key (
    candidate_id UUID        PRIMARY KEY,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    erased_at    TIMESTAMPTZ,
    CHECK ((wrapped_key IS NULL) = (erased_at IS NOT NULL))
);
