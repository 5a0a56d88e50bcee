-- Complaints as received through every channel (policy 1, 2, 3, 6). Customers, contacts, equipment
-- and staff belong to other modules: referred to by id only.
CREATE TABLE complaint_category (
    code    VARCHAR(30)  PRIMARY KEY,
    name_fa VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE,
    sort    INT          NOT NULL DEFAULT 0
);
INSERT INTO complaint_category (code, name_fa, name_en, sort) VALUES
    ('SALES', 'فرآیند فروش', 'Sales process', 1),
    ('INSTALLATION', 'نصب و راه‌اندازی', 'Installation and commissioning', 2),
    ('TRAINING', 'آموزش', 'Training', 3),
    ('AFTER_SALES', 'خدمات پس از فروش و پشتیبانی', 'After-sales service and support', 4),
    ('STAFF_BEHAVIOUR', 'نحوه برخورد کارکنان', 'Staff behaviour', 5),
    ('PRODUCT', 'محصول / دستگاه', 'Product / equipment', 6),
    ('OTHER', 'سایر', 'Other', 7);

CREATE TABLE complaint (
    id              BIGSERIAL PRIMARY KEY,
    tracking_code   VARCHAR(12)  NOT NULL UNIQUE,
    channel         VARCHAR(20)  NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    confidential    BOOLEAN      NOT NULL DEFAULT FALSE,
    customer_id     BIGINT,
    contact_id      BIGINT,
    contact_name    VARCHAR(150) NOT NULL,
    organisation    VARCHAR(200),
    contact_phone   VARCHAR(20),
    contact_email   VARCHAR(200),
    category_code   VARCHAR(30)  REFERENCES complaint_category (code),
    equipment_id    BIGINT,
    serial_text     VARCHAR(80),
    satisfaction    SMALLINT     CHECK (satisfaction BETWEEN 1 AND 5),
    subject         VARCHAR(200) NOT NULL,
    description     TEXT         NOT NULL,
    remedy_sought   TEXT,
    received_at     TIMESTAMPTZ  NOT NULL,
    received_by     BIGINT,
    source_ref      VARCHAR(255),
    owner_id        BIGINT,
    submission_key  VARCHAR(64)  UNIQUE,
    search_text     TEXT         NOT NULL DEFAULT '',
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX complaint_received_idx ON complaint (received_at DESC, id DESC);
CREATE INDEX complaint_owner_idx ON complaint (owner_id, received_at DESC, id DESC);
CREATE INDEX complaint_customer_idx ON complaint (customer_id, received_at DESC);
CREATE INDEX complaint_search_trgm ON complaint USING gin (search_text gin_trgm_ops);

CREATE TABLE complaint_attachment (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX complaint_attachment_complaint_idx ON complaint_attachment (complaint_id);

-- Who owns a complaint on receipt: channel × category → a person, or a role (optionally within a
-- department). The most specific rule wins; the administrator edits them.
CREATE TABLE routing_rule (
    id              BIGSERIAL PRIMARY KEY,
    channel         VARCHAR(20) NOT NULL,
    category_code   VARCHAR(30) REFERENCES complaint_category (code),
    target_staff_id BIGINT,
    target_role     VARCHAR(40),
    department_code VARCHAR(40),
    CONSTRAINT routing_rule_has_target CHECK (target_staff_id IS NOT NULL OR target_role IS NOT NULL),
    CONSTRAINT routing_rule_unique UNIQUE NULLS NOT DISTINCT (channel, category_code)
);
-- Policy defaults (3, 6, 2, 1): web form → the senior manager of the category; CEO page → the CEO;
-- on-site form → the technical unit manager; phone and email → the category's manager, else triage.
INSERT INTO routing_rule (channel, category_code, target_role, department_code) VALUES
    ('WEB_FORM', 'SALES', 'SENIOR_MANAGER', 'SALES'),
    ('WEB_FORM', 'INSTALLATION', 'TECHNICAL_MANAGER', NULL),
    ('WEB_FORM', 'TRAINING', 'TECHNICAL_MANAGER', NULL),
    ('WEB_FORM', 'AFTER_SALES', 'SENIOR_MANAGER', 'AFTER_SALES'),
    ('WEB_FORM', NULL, 'SENIOR_MANAGER', 'MANAGEMENT'),
    ('CEO_PAGE', NULL, 'CEO', NULL),
    ('ONSITE_FORM', NULL, 'TECHNICAL_MANAGER', NULL),
    ('PHONE', 'SALES', 'MANAGER', 'SALES'),
    ('PHONE', 'INSTALLATION', 'TECHNICAL_MANAGER', NULL),
    ('PHONE', 'TRAINING', 'TECHNICAL_MANAGER', NULL),
    ('PHONE', 'AFTER_SALES', 'MANAGER', 'AFTER_SALES'),
    ('PHONE', NULL, 'QUALITY_MANAGER', NULL),
    ('EMAIL', 'SALES', 'MANAGER', 'SALES'),
    ('EMAIL', 'INSTALLATION', 'TECHNICAL_MANAGER', NULL),
    ('EMAIL', 'TRAINING', 'TECHNICAL_MANAGER', NULL),
    ('EMAIL', 'AFTER_SALES', 'MANAGER', 'AFTER_SALES'),
    ('EMAIL', NULL, 'QUALITY_MANAGER', NULL),
    ('INTERNAL_REVIEW', NULL, 'CEO', NULL);
