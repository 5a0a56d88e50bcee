-- How a mailbox's IMAP connection is protected: SSL (implicit TLS, usually port 993), STARTTLS
-- (port 143, upgraded to TLS before the password is sent; refused when the server does not offer
-- it) or NONE (the password crosses in clear; only by an administrator's explicit choice).
-- Mailboxes that read without SSL until now did so in clear: they now require STARTTLS.
ALTER TABLE mailbox ADD COLUMN security VARCHAR(10) NOT NULL DEFAULT 'STARTTLS'
    CHECK (security IN ('SSL', 'STARTTLS', 'NONE'));
UPDATE mailbox SET security = CASE WHEN ssl THEN 'SSL' ELSE 'STARTTLS' END;
ALTER TABLE mailbox DROP COLUMN ssl;
-- The company's own certificate authority (PEM), trusted for this mailbox's connections only, in
-- addition to the usual ones. NULL: only the usual ones.
ALTER TABLE mailbox ADD COLUMN ca_pem TEXT;
