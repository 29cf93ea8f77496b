-- candidate-settings (issue 10): how the candidate signs their messages (phone, e-mail, profile link), from
-- SignatureChanged; drafts end with it.
ALTER TABLE candidate_settings ADD COLUMN signature JSONB NOT NULL DEFAULT '{}';
