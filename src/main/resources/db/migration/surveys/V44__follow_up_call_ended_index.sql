-- The quality manager's list of calls that ended unreachable or refused in the last 30 days reads this
-- index instead of every completed call.
CREATE INDEX follow_up_call_ended_badly_idx ON follow_up_call (ended_at) WHERE status IN ('UNREACHABLE', 'REFUSED');
