-- Unknown complainants (issue 3): a complaint whose phone or email matches no contact creates an
-- unverified contact — under the customer already known, else under a new unverified customer —
-- that staff verify (or merge) later. Everything entered by staff stays verified.
ALTER TABLE customer ADD COLUMN verified BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE contact ADD COLUMN verified BOOLEAN NOT NULL DEFAULT TRUE;
-- The phone (E.164) or email an unverified record was created for. Unique, and the inserts use
-- ON CONFLICT, so two complaints from the same new number never make two customers (or contacts),
-- however close together they arrive; NULL for everything entered by staff.
ALTER TABLE customer ADD COLUMN caller_key VARCHAR(320) UNIQUE;
ALTER TABLE contact ADD COLUMN caller_key VARCHAR(320) UNIQUE;
