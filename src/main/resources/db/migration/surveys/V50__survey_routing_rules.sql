-- Dissatisfied answers of the follow-up survey (policy 4) become SURVEY complaints, routed like the
-- phone channel: sales → the sales manager; installation and training → the technical unit manager;
-- after-sales → the after-sales manager; staff behaviour → the head of the concerned staff member's
-- department (done by intake's routing when the complaint names the person), else, like overall
-- dissatisfaction, the quality manager.
INSERT INTO routing_rule (channel, category_code, target_role, department_code) VALUES
    ('SURVEY', 'SALES', 'MANAGER', 'SALES'),
    ('SURVEY', 'INSTALLATION', 'TECHNICAL_MANAGER', NULL),
    ('SURVEY', 'TRAINING', 'TECHNICAL_MANAGER', NULL),
    ('SURVEY', 'AFTER_SALES', 'MANAGER', 'AFTER_SALES'),
    ('SURVEY', NULL, 'QUALITY_MANAGER', NULL)
ON CONFLICT DO NOTHING;
