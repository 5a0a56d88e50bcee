-- A complaint about staff behaviour may name the staff member concerned (chosen by staff, or a name
-- from the public form that matched exactly one person): routing gives it to the manager of that
-- person's department. A StaffId: a reference by id into the staff module, no FK across modules.
ALTER TABLE complaint ADD COLUMN concerned_staff_id BIGINT;
