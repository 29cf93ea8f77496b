-- The timeline's order and its page cursor: occurred, then opportunity, then place in the stream — unique for every
-- entry, where the processor's token position was not (entries at the same moment could be skipped or repeated
-- between pages).
DROP INDEX timeline_entry_candidate_occurred;
CREATE INDEX timeline_entry_candidate_occurred
    ON timeline_entry (candidate_id, occurred_at DESC, opportunity_id DESC, sequence_number DESC);
