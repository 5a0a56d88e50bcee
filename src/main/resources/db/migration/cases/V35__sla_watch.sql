-- ShedLock with database time writes timezone('utc', CURRENT_TIMESTAMP): a UTC wall-clock value
-- without zone. Kept in TIMESTAMPTZ it would be read in each session's time zone, so two nodes
-- whose JVMs run in different zones would disagree about when a lock ends. Plain TIMESTAMP holding
-- UTC, as ShedLock documents for PostgreSQL.
ALTER TABLE shedlock
    ALTER COLUMN lock_until TYPE TIMESTAMP USING lock_until AT TIME ZONE 'UTC',
    ALTER COLUMN locked_at TYPE TIMESTAMP USING locked_at AT TIME ZONE 'UTC';

-- The SLA job asks every minute for delegations whose follow-up date has come and was not yet
-- reminded: a small partial index instead of reading every assignment.
CREATE INDEX case_assignment_follow_up_idx ON case_assignment (follow_up_on)
    WHERE state = 'ACTIVE' AND NOT follow_up_reminded;
