-- "Do not call": the customer asked not to be phoned for follow-up surveys (policy 4). The surveys
-- module still creates the call, in a state that says why, so the quality manager sees it.
ALTER TABLE customer ADD COLUMN do_not_call BOOLEAN NOT NULL DEFAULT FALSE;
