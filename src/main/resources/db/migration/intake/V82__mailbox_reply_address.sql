-- The address customers reply to (Reply-To of the mails about a complaint that came through this
-- mailbox). NULL: the mailbox's user name when that is an email address.
ALTER TABLE mailbox ADD COLUMN reply_address VARCHAR(320);
