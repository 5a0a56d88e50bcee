-- What the public pages may say about time (issue 15 §11), told to intake by the cases module (intake
-- never asks cases: the dependency runs one way).
-- 1. When the complaint's next step is due (the case's next SLA milestone), for the tracking page.
ALTER TABLE complaint ADD COLUMN next_step VARCHAR(20);
ALTER TABLE complaint ADD COLUMN next_step_due_at TIMESTAMPTZ;
-- 2. The working time within which a new complaint gets its first contact and its resolution (the SLA
--    targets of a case as it opens), for the page that thanks the complainant; cases updates the row
--    whenever the administrator changes those targets.
CREATE TABLE answer_promise (
    id                    SMALLINT PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    first_contact_minutes INTEGER  NOT NULL CHECK (first_contact_minutes > 0),
    resolution_minutes    INTEGER  NOT NULL CHECK (resolution_minutes > 0)
);
-- One-off copies at this upgrade, from the cases module's tables (later, cases tells intake itself).
INSERT INTO answer_promise (id, first_contact_minutes, resolution_minutes)
SELECT 1, first_contact_minutes, resolution_minutes FROM sla_target WHERE priority = 'NORMAL';
UPDATE complaint c
SET next_step = CASE WHEN k.acknowledged_at IS NULL THEN 'ACKNOWLEDGE'
                     WHEN k.first_contact_at IS NULL THEN 'FIRST_CONTACT' ELSE 'RESOLUTION' END,
    next_step_due_at = CASE WHEN k.acknowledged_at IS NULL THEN k.acknowledge_due_at
                            WHEN k.first_contact_at IS NULL THEN k.first_contact_due_at ELSE k.resolution_due_at END
FROM complaint_case k
WHERE k.id = c.id AND k.state NOT IN ('CLOSED', 'REJECTED') AND k.communicated_at IS NULL;
