-- coach-sharing: a share is PENDING from the candidate's request until they confirm the coach's display name
-- (CoachShareProposed), ACTIVE once confirmed (SharedWithCoach). Coaches see ACTIVE shares only. Every share recorded
-- before this step existed came from a SharedWithCoach event, so existing rows are ACTIVE; the default is dropped
-- afterwards so that the projection always says which.
ALTER TABLE coach_share ADD COLUMN status VARCHAR(8) NOT NULL DEFAULT 'ACTIVE'
    CONSTRAINT coach_share_status CHECK (status IN ('PENDING', 'ACTIVE'));
ALTER TABLE coach_share ALTER COLUMN status DROP DEFAULT;
