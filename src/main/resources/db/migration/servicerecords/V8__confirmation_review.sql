-- The CEO's sample review of service confirmation forms (policy 6): a stratified random sample of
-- the done services of a Jalali month or quarter, reproducible from the stored seed.
CREATE TABLE confirmation_review (
    id              BIGSERIAL PRIMARY KEY,
    period_kind     VARCHAR(10) NOT NULL,
    period_label    VARCHAR(20) NOT NULL,
    from_day        DATE        NOT NULL,
    to_day          DATE        NOT NULL,
    sample_mode     VARCHAR(10) NOT NULL,
    sample_value    INT         NOT NULL,
    seed            BIGINT      NOT NULL,
    population_size INT         NOT NULL,
    sample_size     INT         NOT NULL,
    started_by      VARCHAR(60) NOT NULL,
    started_at      TIMESTAMPTZ NOT NULL,
    completed_at    TIMESTAMPTZ,
    version         BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT confirmation_review_period CHECK (from_day <= to_day),
    CONSTRAINT confirmation_review_size CHECK (sample_size >= 1 AND sample_size <= population_size)
);
CREATE INDEX confirmation_review_period_idx ON confirmation_review (period_label);

-- One row per sampled service record; stratum_staff_id is the technical expert (NULL: no staff).
CREATE TABLE confirmation_review_item (
    id                 BIGSERIAL PRIMARY KEY,
    review_id          BIGINT      NOT NULL REFERENCES confirmation_review (id) ON DELETE CASCADE,
    record_id          BIGINT      NOT NULL REFERENCES service_record (id),
    stratum_staff_id   BIGINT,
    form_present       BOOLEAN     NOT NULL DEFAULT FALSE,
    filled             BOOLEAN     NOT NULL DEFAULT FALSE,
    stamped            BOOLEAN     NOT NULL DEFAULT FALSE,
    signed             BOOLEAN     NOT NULL DEFAULT FALSE,
    consistent         BOOLEAN     NOT NULL DEFAULT FALSE,
    customer_called    BOOLEAN     NOT NULL DEFAULT FALSE,
    customer_satisfied BOOLEAN,
    customer_said      TEXT,
    findings           TEXT,
    reviewed_by        VARCHAR(60),
    reviewed_at        TIMESTAMPTZ,
    case_requested_by  VARCHAR(60),
    case_requested_at  TIMESTAMPTZ,
    version            BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT confirmation_review_item_once UNIQUE (review_id, record_id)
);
CREATE INDEX confirmation_review_item_record_idx ON confirmation_review_item (record_id);
