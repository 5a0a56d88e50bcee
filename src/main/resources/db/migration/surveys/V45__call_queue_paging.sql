-- The callers' queue is read a page at a time by (next_try_at, id), the keyset that the next page
-- starts after, and "the next due call" is claimed in the same order: an index in exactly that order
-- answers both without a sort, however many calls wait. The agreed call-back times to come get one of
-- their own (a tenth of the queue or less: no need to walk past the rest to find them).
CREATE INDEX follow_up_call_queue_page_idx ON follow_up_call (next_try_at, id) WHERE status = 'PENDING';
DROP INDEX follow_up_call_queue_idx;
CREATE INDEX follow_up_call_call_back_idx ON follow_up_call (next_try_at, id) WHERE status = 'PENDING' AND call_back;
