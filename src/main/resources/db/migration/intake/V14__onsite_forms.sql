-- Paper complaint forms (policy 2): books of pre-printed serials issued to technical experts; each
-- form is issued, returned, entered (a complaint) or missing.
CREATE TABLE onsite_form_book (
    id           BIGSERIAL PRIMARY KEY,
    first_serial INT         NOT NULL,
    last_serial  INT         NOT NULL,
    issued_to    BIGINT      NOT NULL,
    issued_by    VARCHAR(60) NOT NULL,
    issued_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT onsite_form_book_range CHECK (first_serial > 0 AND last_serial >= first_serial)
);

CREATE TABLE onsite_form (
    serial       INT PRIMARY KEY,
    book_id      BIGINT      NOT NULL REFERENCES onsite_form_book (id),
    status       VARCHAR(12) NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL,
    complaint_id BIGINT REFERENCES complaint (id)
);
CREATE INDEX onsite_form_book_idx ON onsite_form (book_id);
