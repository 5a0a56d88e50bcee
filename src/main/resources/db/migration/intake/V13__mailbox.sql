-- The email channel (policy 1): the company address and managers' own mailboxes, read over IMAP.
CREATE TABLE mailbox (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,
    imap_host       VARCHAR(255) NOT NULL,
    imap_port       INT          NOT NULL CHECK (imap_port BETWEEN 1 AND 65535),
    ssl             BOOLEAN      NOT NULL DEFAULT TRUE,
    username        VARCHAR(255) NOT NULL,
    -- A secret, stored as given because IMAP needs it in clear: the database (its backups, dumps and
    -- replicas) must be protected like the mail account itself. Never shown back on a page.
    password        VARCHAR(500) NOT NULL,
    folder          VARCHAR(255) NOT NULL DEFAULT 'INBOX',
    -- A manager's own mailbox: that manager is the receiver of what arrives. NULL: the company address.
    owner_staff_id  BIGINT,
    active          BOOLEAN      NOT NULL DEFAULT TRUE,
    last_success_at TIMESTAMPTZ,
    last_error_at   TIMESTAMPTZ,
    last_error      TEXT,
    messages_taken  BIGINT       NOT NULL DEFAULT 0,
    version         BIGINT       NOT NULL DEFAULT 0
);

-- Every message taken from a mailbox, by its Message-ID, so that a re-fetch never duplicates.
CREATE TABLE mail_message_seen (
    mailbox_id          BIGINT      NOT NULL REFERENCES mailbox (id),
    message_id          TEXT        NOT NULL,
    complaint_id        BIGINT      REFERENCES complaint (id),
    attachments_skipped INT         NOT NULL DEFAULT 0,
    taken_at            TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (mailbox_id, message_id)
);

-- Messages that could not be read (broken MIME, no sender, automatic replies) are set aside here for
-- a person to look at; the fetch goes on with the next one.
CREATE TABLE mail_message_rejected (
    id          BIGSERIAL PRIMARY KEY,
    mailbox_id  BIGINT       NOT NULL REFERENCES mailbox (id),
    message_id  TEXT         NOT NULL,
    reason      TEXT         NOT NULL,
    received_at TIMESTAMPTZ  NOT NULL,
    raw_size    BIGINT
);
CREATE INDEX mail_message_rejected_mailbox_idx ON mail_message_rejected (mailbox_id, received_at DESC);

-- The conversation about a complaint after it was registered: replies that quote the tracking code
-- (IN), and later what staff send (OUT).
CREATE TABLE complaint_message (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    direction    VARCHAR(3)   NOT NULL CHECK (direction IN ('IN', 'OUT')),
    from_address VARCHAR(320),
    subject      TEXT,
    body         TEXT         NOT NULL,
    message_id   TEXT,
    received_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX complaint_message_complaint_idx ON complaint_message (complaint_id, received_at);

-- An email's Message-ID may be long (up to a 998-character header line): the email channel keys
-- its submissions by it.
ALTER TABLE complaint ALTER COLUMN submission_key TYPE VARCHAR(1100);
ALTER TABLE complaint ALTER COLUMN source_ref TYPE VARCHAR(1000);
