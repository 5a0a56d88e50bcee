-- A mailbox's current outage: written at its first failed fetch after a success, removed at the next
-- successful fetch. The administrator is alerted once per outage (alerted_at) when it has lasted an hour.
CREATE TABLE mailbox_outage (
    mailbox_id  BIGINT       PRIMARY KEY REFERENCES mailbox (id),
    since       TIMESTAMPTZ  NOT NULL,
    alerted_at  TIMESTAMPTZ
);
