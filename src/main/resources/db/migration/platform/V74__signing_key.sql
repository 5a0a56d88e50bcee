-- Keys that sign what one node hands out and another may check: the proof of work of the public forms,
-- the address of a complaint's SMS list. One random key per purpose, made by the first node that needs
-- it; stored encrypted with shenava.secret-key (platform/Secrets), so every node must be given that same
-- key — a node with another one stops with a message instead of refusing the forms of its neighbours.
CREATE TABLE signing_key (
    purpose    TEXT        PRIMARY KEY,
    sealed     TEXT        NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
