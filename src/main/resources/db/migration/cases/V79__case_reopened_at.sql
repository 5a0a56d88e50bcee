-- When a case was last reopened: its SLA clocks (first contact, resolution) restart from here, and a
-- new assessment after the reopening counts its due moments from here, not from the first opening.
ALTER TABLE complaint_case ADD COLUMN reopened_at TIMESTAMPTZ;
