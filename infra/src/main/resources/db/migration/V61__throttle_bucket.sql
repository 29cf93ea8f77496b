-- Bucket4j's buckets for failed sign-ins (per account, per client address) and sign-ups (per client address), in
-- PostgreSQL so that every node counts against the same limits. Bucket4j reads and writes the state (SELECT … FOR
-- UPDATE; a new row starts with no state); expires_at (milliseconds since the epoch) says when a full bucket may be forgotten.
CREATE TABLE throttle_bucket (
    id         varchar(400) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
