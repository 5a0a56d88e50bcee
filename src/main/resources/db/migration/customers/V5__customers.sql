CREATE TABLE customer (
    id            BIGSERIAL PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    province      VARCHAR(80),
    city          VARCHAR(80),
    address       VARCHAR(500),
    national_id   VARCHAR(20),
    economic_code VARCHAR(20),
    -- normalised keys of the name and of every contact, phone, email and serial number under it
    search_text   TEXT         NOT NULL DEFAULT '',
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX customer_name_idx ON customer (name);

CREATE TABLE customer_site (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT       NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    name        VARCHAR(200) NOT NULL,
    province    VARCHAR(80),
    city        VARCHAR(80),
    address     VARCHAR(500)
);
CREATE INDEX customer_site_customer_idx ON customer_site (customer_id);

CREATE TABLE contact (
    id          BIGSERIAL PRIMARY KEY,
    customer_id BIGINT       NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    full_name   VARCHAR(150) NOT NULL,
    position    VARCHAR(120),
    mobile      VARCHAR(20),
    landline    VARCHAR(20),
    email       VARCHAR(200)
);
CREATE INDEX contact_customer_idx ON contact (customer_id);
CREATE INDEX contact_mobile_idx ON contact (mobile);
CREATE INDEX contact_landline_idx ON contact (landline);
CREATE INDEX contact_email_idx ON contact (lower(email));

CREATE TABLE equipment (
    id            BIGSERIAL PRIMARY KEY,
    customer_id   BIGINT       NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
    site_id       BIGINT REFERENCES customer_site (id) ON DELETE SET NULL,
    model         VARCHAR(150) NOT NULL,
    serial_number VARCHAR(80)  NOT NULL UNIQUE,
    sold_by       BIGINT,      -- StaffId: a reference by id into the staff module, no FK across modules
    installed_on  DATE
);
CREATE INDEX equipment_customer_idx ON equipment (customer_id);

-- Uploaded files waiting for the user's confirmation (kept in the database so any node can finish them).
CREATE TABLE import_batch (
    id          UUID PRIMARY KEY,
    kind        VARCHAR(20)  NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    rows_json   TEXT         NOT NULL,
    created_by  VARCHAR(60)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
