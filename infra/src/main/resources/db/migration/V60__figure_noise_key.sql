-- The server's secret that keys the noise added to a coach's figures (docs/privacy.md). One row, written on first use
-- with 32 random bytes from the application; it never leaves the database, so the noise cannot be predicted from the
-- repository, and the same question gets the same noise, so asking again averages nothing away.
CREATE TABLE figure_noise_key (
    id     smallint PRIMARY KEY CHECK (id = 1),
    secret bytea    NOT NULL CHECK (octet_length(secret) >= 32)
);
