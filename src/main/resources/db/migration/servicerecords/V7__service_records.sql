-- Documentation of the services performed (policy 2, 4, 6). Customers, equipment and staff are other
-- modules: referred to by id, without foreign keys across modules.
CREATE TABLE service_record (
    id           BIGSERIAL PRIMARY KEY,
    type         VARCHAR(40)  NOT NULL,
    customer_id  BIGINT       NOT NULL,
    site_id      BIGINT,
    equipment_id BIGINT,
    planned_on   DATE,
    done_on      DATE,
    status       VARCHAR(12)  NOT NULL,
    report       TEXT,
    external_ref VARCHAR(80) UNIQUE,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT service_record_done_has_date CHECK (status <> 'DONE' OR done_on IS NOT NULL)
);
CREATE INDEX service_record_customer_idx ON service_record (customer_id, done_on);
CREATE INDEX service_record_equipment_idx ON service_record (equipment_id);
CREATE INDEX service_record_done_idx ON service_record (status, done_on);

CREATE TABLE service_record_staff (
    record_id BIGINT NOT NULL REFERENCES service_record (id) ON DELETE CASCADE,
    staff_id  BIGINT NOT NULL,
    PRIMARY KEY (record_id, staff_id)
);
CREATE INDEX service_record_staff_staff_idx ON service_record_staff (staff_id);

-- Files live in the database so that several app nodes hold no state.
CREATE TABLE service_attachment (
    id           BIGSERIAL PRIMARY KEY,
    record_id    BIGINT       NOT NULL REFERENCES service_record (id) ON DELETE CASCADE,
    kind         VARCHAR(20)  NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    content      BYTEA        NOT NULL,
    uploaded_by  VARCHAR(60)  NOT NULL,
    uploaded_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX service_attachment_record_idx ON service_attachment (record_id);

-- The service confirmation form (filled in, stamped and signed by the customer) and its checklist.
CREATE TABLE service_confirmation (
    record_id     BIGINT PRIMARY KEY REFERENCES service_record (id) ON DELETE CASCADE,
    attachment_id BIGINT REFERENCES service_attachment (id) ON DELETE SET NULL,
    filled        BOOLEAN     NOT NULL DEFAULT FALSE,
    stamped       BOOLEAN     NOT NULL DEFAULT FALSE,
    signed        BOOLEAN     NOT NULL DEFAULT FALSE,
    consistent    BOOLEAN     NOT NULL DEFAULT FALSE,
    checked_by    VARCHAR(60) NOT NULL,
    checked_at    TIMESTAMPTZ NOT NULL
);

-- One row per equipment whose installation, commissioning and training are all done: the primary
-- key makes "published exactly once" a database fact, not a hope.
CREATE TABLE installation_milestone (
    equipment_id BIGINT PRIMARY KEY,
    customer_id  BIGINT      NOT NULL,
    completed_on DATE        NOT NULL,
    recorded_at  TIMESTAMPTZ NOT NULL
);
