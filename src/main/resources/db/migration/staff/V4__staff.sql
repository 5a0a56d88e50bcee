CREATE TABLE department (
    id      BIGSERIAL PRIMARY KEY,
    code    VARCHAR(40)  NOT NULL UNIQUE,
    name_fa VARCHAR(120) NOT NULL,
    name_en VARCHAR(120) NOT NULL,
    active  BOOLEAN      NOT NULL DEFAULT TRUE
);

INSERT INTO department (code, name_fa, name_en) VALUES
    ('SALES', 'فروش', 'Sales'),
    ('TECHNICAL', 'فنی', 'Technical'),
    ('AFTER_SALES', 'خدمات پس از فروش', 'After-sales'),
    ('MANAGEMENT', 'مدیریت', 'Management'),
    ('QUALITY', 'کیفیت', 'Quality');

CREATE TABLE staff (
    id                   BIGSERIAL PRIMARY KEY,
    username             VARCHAR(60)  NOT NULL,
    full_name            VARCHAR(150) NOT NULL,
    email                VARCHAR(200),
    mobile               VARCHAR(20),
    department_id        BIGINT REFERENCES department (id),
    manager_id           BIGINT REFERENCES staff (id),
    active               BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash        VARCHAR(200) NOT NULL,
    must_change_password BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins        INT          NOT NULL DEFAULT 0,
    locked_until         TIMESTAMPTZ,
    search_key           TEXT         NOT NULL DEFAULT '',
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version              BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT staff_not_own_manager CHECK (manager_id IS NULL OR manager_id <> id)
);
CREATE UNIQUE INDEX staff_username_uq ON staff (lower(username));

CREATE TABLE staff_role (
    staff_id BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    role     VARCHAR(40) NOT NULL,
    PRIMARY KEY (staff_id, role)
);
