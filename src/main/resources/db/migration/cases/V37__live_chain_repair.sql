-- Repair of data written before the live-chain rule: a finished task below a task that was taken
-- back is withdrawn with it, and intake's access list keeps only the people on each case's live
-- chain (owner, whoever it was escalated to, both ends of every task not taken back). Before, a
-- middle delegate kept reading a confidential complaint after the CEO took his task back.
WITH RECURSIVE withdrawn AS (
    SELECT id FROM case_assignment WHERE state = 'TAKEN_BACK'
    UNION
    SELECT a.id FROM case_assignment a JOIN withdrawn w ON a.parent_id = w.id
)
UPDATE case_assignment SET state = 'TAKEN_BACK'
WHERE state = 'DONE' AND id IN (SELECT id FROM withdrawn);

DELETE FROM complaint_access ca
WHERE EXISTS (SELECT 1 FROM complaint_case c WHERE c.id = ca.complaint_id)
  AND NOT EXISTS (SELECT 1 FROM complaint_case c WHERE c.id = ca.complaint_id
                    AND (c.owner_id = ca.staff_id OR c.escalated_to = ca.staff_id))
  AND NOT EXISTS (SELECT 1 FROM case_assignment a WHERE a.case_id = ca.complaint_id AND a.state <> 'TAKEN_BACK'
                    AND (a.from_staff = ca.staff_id OR a.to_staff = ca.staff_id));
