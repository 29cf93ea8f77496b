-- due-actions (issue 10): until when an action is worth doing, and why it is missed after that; and why the rules
-- that hold back on an opportunity are waiting. Both are recomputed with the opportunity's actions.
ALTER TABLE due_action ADD COLUMN worth_until TIMESTAMPTZ;
ALTER TABLE due_action ADD COLUMN missed_reason TEXT;
ALTER TABLE due_action ADD CONSTRAINT due_action_worth CHECK ((worth_until IS NULL) = (missed_reason IS NULL));

CREATE TABLE due_action_waiting (
    opportunity_id UUID        NOT NULL,
    position       INT         NOT NULL,
    candidate_id   UUID        NOT NULL,
    reason         VARCHAR(40) NOT NULL,
    paused         TEXT        NOT NULL,
    explanation    TEXT        NOT NULL,
    PRIMARY KEY (opportunity_id, position)
);

CREATE INDEX due_action_waiting_candidate ON due_action_waiting (candidate_id);
