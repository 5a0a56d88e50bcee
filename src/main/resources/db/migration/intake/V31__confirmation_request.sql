-- Which request for confirmation an answer belongs to: the status change that put the complaint into
-- AWAITING_CONFIRMATION (null when that change was not recorded). "Answered already?" is then a
-- question of ids, not of two clocks agreeing; asked again after more investigation, a new answer counts.
ALTER TABLE complaint_confirmation
    ADD COLUMN request_id BIGINT REFERENCES complaint_status_change (id) ON DELETE SET NULL;
