-- Personal access tokens for scripts and integrations (issue 13). Only a SHA-256 hash of each token is kept:
-- a token is 256 random bits, so a fast hash is enough (no bcrypt per request), and a leaked table cannot be
-- replayed. The hash is the lookup key, so signing in with a token is one index probe.
CREATE TABLE access_token (
    id           UUID         PRIMARY KEY,
    account_id   UUID         NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    name         VARCHAR(200) NOT NULL,
    token_hash   BYTEA        NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    expires_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);

CREATE UNIQUE INDEX access_token_hash_unique ON access_token (token_hash);
CREATE INDEX access_token_account ON access_token (account_id, created_at);
