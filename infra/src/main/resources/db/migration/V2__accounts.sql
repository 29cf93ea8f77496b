-- Who may sign in, and as what. Credentials live here, never in the event store: an export or a replay
-- must not carry password hashes.
CREATE TABLE account (
    id            UUID         PRIMARY KEY,
    email         VARCHAR(320) NOT NULL,
    password_hash VARCHAR(500) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    role          VARCHAR(20)  NOT NULL CHECK (role IN ('CANDIDATE', 'COACH', 'ADMIN')),
    time_zone     VARCHAR(64)  NOT NULL,
    region        VARCHAR(10)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL
);

CREATE UNIQUE INDEX account_email_unique ON account (lower(email));
