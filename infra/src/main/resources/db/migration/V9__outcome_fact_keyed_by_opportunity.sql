-- An interview is identified within its opportunity: an imported history keeps its interview ids under a new
-- opportunity id, so the same interview id can stand in two accounts (say, a history moved into a new account on the
-- same server). Keyed by interview id alone, the second account's facts could not be written and the outcome-facts
-- processor kept retrying the same batch. The new key also serves the per-opportunity delete, so its index goes.
ALTER TABLE outcome_fact DROP CONSTRAINT outcome_fact_pkey;
ALTER TABLE outcome_fact ADD PRIMARY KEY (opportunity_id, interview_id);
DROP INDEX outcome_fact_by_opportunity;
