-- coach-sharing: which coaches each candidate shares with (subscribing projection, written in the same
-- transaction as SharedWithCoach / CoachSharingRevoked, so a revocation counts from the very next request).
CREATE TABLE coach_share (
    candidate_id   UUID         NOT NULL,
    coach_email    VARCHAR(320) NOT NULL,
    share_timeline BOOLEAN      NOT NULL,
    shared_at      TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (candidate_id, coach_email)
);

CREATE INDEX coach_share_coach ON coach_share (coach_email);
