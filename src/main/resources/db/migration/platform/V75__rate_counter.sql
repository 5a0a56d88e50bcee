-- Sliding-window counters shared by every node: the public forms' per-address limits, wrong tracking
-- verifiers per code and address (and per code from anywhere), wrong look-ups per API key, failed logins
-- per address. One row per key with the times of its events still inside the window (at most the
-- limit); a key is changed by one INSERT … ON CONFLICT DO UPDATE, which locks its row, so two nodes
-- counting at once never slip past a limit. UNLOGGED: no WAL, so counting never waits for the disk;
-- after a crash of PostgreSQL the counters start empty, which only forgets who was being slowed down.
CREATE UNLOGGED TABLE rate_counter (
    key        TEXT          PRIMARY KEY,
    times      TIMESTAMPTZ[] NOT NULL,
    expires_at TIMESTAMPTZ   NOT NULL
);
CREATE INDEX rate_counter_expires_idx ON rate_counter (expires_at);
