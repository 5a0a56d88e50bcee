-- The key that signs the links in mails to complainants (confirm satisfaction, rate the handling)
-- when shenava.link-secret is not set: made once by the first node that needs it and kept here, so
-- that links survive a restart and every node checks what any node signed. A secret like the
-- mailbox passwords: the database and its backups must be protected accordingly.
CREATE TABLE link_secret (
    id         SMALLINT    PRIMARY KEY CHECK (id = 1),
    secret     BYTEA       NOT NULL,
    created_at TIMESTAMPTZ NOT NULL
);
