-- How the company presents itself to customers (issue 15 §11): its name in Persian and English, its
-- phone and address, and its logo, shown on the public pages, in the mails to customers and in the
-- PDFs. One row, set by the administrator; empty columns fall back to a neutral name from the bundles.
-- The logo is kept here (not on a node's disk) so that every node serves the same one.
CREATE TABLE company_brand (
    id           SMALLINT     PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name_fa      VARCHAR(200),
    name_en      VARCHAR(200),
    phone        VARCHAR(20),
    address_fa   VARCHAR(500),
    address_en   VARCHAR(500),
    logo         BYTEA,
    logo_type    VARCHAR(40),
    logo_version INTEGER      NOT NULL DEFAULT 0,
    CHECK ((logo IS NULL) = (logo_type IS NULL)),
    CHECK (logo IS NULL OR octet_length(logo) <= 524288)
);
INSERT INTO company_brand (id) VALUES (1);
