-- reminders: a candidate's private calendar feed. Only the SHA-256 of the token is kept; the token itself is shown
-- once, in the feed's address.
CREATE TABLE calendar_feed (
    candidate_id UUID        PRIMARY KEY,
    token_hash   BYTEA       NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL
);

-- reminders: what each entry of the feed looked like when last served, so that SEQUENCE and LAST-MODIFIED move
-- when (and only when) the entry changes.
CREATE TABLE calendar_feed_entry (
    candidate_id  UUID         NOT NULL,
    uid           VARCHAR(200) NOT NULL,
    content_hash  BYTEA        NOT NULL,
    sequence      INT          NOT NULL,
    last_modified TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (candidate_id, uid)
);
