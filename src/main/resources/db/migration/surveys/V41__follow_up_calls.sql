-- Follow-up calls a week after installation, commissioning and training (policy 4), their attempts,
-- the versioned questionnaire and the answers. Customers, contacts, equipment and staff belong to
-- other modules: referred to by id, without foreign keys across modules.

-- A questionnaire version: the draft is edited, a published version never changes again; a survey
-- keeps the version it was answered with. At most one draft at a time.
CREATE TABLE questionnaire (
    id           BIGSERIAL    PRIMARY KEY,
    version      INT          NOT NULL UNIQUE,
    title_fa     VARCHAR(200) NOT NULL,
    title_en     VARCHAR(200) NOT NULL,
    -- a 1–5 scale answer at or below it is "dissatisfied"
    threshold    INT          NOT NULL DEFAULT 2 CHECK (threshold BETWEEN 1 AND 4),
    status       VARCHAR(12)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    published_at TIMESTAMPTZ,
    created_at   TIMESTAMPTZ  NOT NULL
);
CREATE UNIQUE INDEX questionnaire_one_draft ON questionnaire ((1)) WHERE status = 'DRAFT';
CREATE UNIQUE INDEX questionnaire_one_published ON questionnaire ((1)) WHERE status = 'PUBLISHED';

CREATE TABLE survey_question (
    id               BIGSERIAL   PRIMARY KEY,
    questionnaire_id BIGINT      NOT NULL REFERENCES questionnaire (id) ON DELETE CASCADE,
    position         INT         NOT NULL,
    -- stable across versions while the question means the same (analytics compares by it)
    code             VARCHAR(40) NOT NULL,
    section          VARCHAR(30) NOT NULL,
    type             VARCHAR(20) NOT NULL,
    text_fa          TEXT        NOT NULL,
    text_en          TEXT        NOT NULL,
    -- choices, one per line, the same number in both languages
    options_fa       TEXT,
    options_en       TEXT,
    allows_na        BOOLEAN     NOT NULL DEFAULT FALSE,
    required         BOOLEAN     NOT NULL DEFAULT TRUE,
    UNIQUE (questionnaire_id, code)
);
CREATE INDEX survey_question_order_idx ON survey_question (questionnaire_id, position);

-- One call per customer and Iranian week of completion (group_key): the customer is not called five
-- times for five units. A call made by hand has a key of its own.
CREATE TABLE follow_up_call (
    id               BIGSERIAL   PRIMARY KEY,
    group_key        VARCHAR(80) NOT NULL UNIQUE,
    customer_id      BIGINT      NOT NULL,
    contact_id       BIGINT,
    status           VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'DO_NOT_CALL', 'NO_PHONE', 'COMPLETED',
                                                          'UNREACHABLE', 'REFUSED', 'NOT_CALLED', 'CANCELLED')),
    due_at           TIMESTAMPTZ NOT NULL,
    -- when it should be tried next: due_at, a retry spaced over working time, or an agreed call-back
    next_try_at      TIMESTAMPTZ NOT NULL,
    call_back        BOOLEAN     NOT NULL DEFAULT FALSE,
    attempts         INT         NOT NULL DEFAULT 0,
    first_attempt_at TIMESTAMPTZ,
    -- a claim is a lease: past claimed_until anyone may take the call again
    claimed_by       BIGINT,
    claimed_until    TIMESTAMPTZ,
    manual           BOOLEAN     NOT NULL DEFAULT FALSE,
    note             VARCHAR(500),
    created_by       VARCHAR(60) NOT NULL,
    created_at       TIMESTAMPTZ NOT NULL,
    ended_at         TIMESTAMPTZ
);
CREATE INDEX follow_up_call_queue_idx ON follow_up_call (next_try_at) WHERE status = 'PENDING';
CREATE INDEX follow_up_call_attention_idx ON follow_up_call (status, created_at) WHERE status IN ('DO_NOT_CALL', 'NO_PHONE');
CREATE INDEX follow_up_call_customer_idx ON follow_up_call (customer_id);

CREATE TABLE follow_up_call_unit (
    call_id       BIGINT   NOT NULL REFERENCES follow_up_call (id) ON DELETE CASCADE,
    equipment_id  BIGINT   NOT NULL,
    completed_on  DATE     NOT NULL,
    installer_ids BIGINT[] NOT NULL,
    seller_ids    BIGINT[] NOT NULL,
    PRIMARY KEY (call_id, equipment_id)
);
CREATE INDEX follow_up_call_unit_equipment_idx ON follow_up_call_unit (equipment_id);

CREATE TABLE call_attempt (
    id            BIGSERIAL   PRIMARY KEY,
    call_id       BIGINT      NOT NULL REFERENCES follow_up_call (id) ON DELETE CASCADE,
    caller_id     BIGINT      NOT NULL,
    contact_id    BIGINT,
    outcome       VARCHAR(20) NOT NULL,
    call_back_at  TIMESTAMPTZ,
    note          VARCHAR(500),
    at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX call_attempt_call_idx ON call_attempt (call_id, at);

-- The answers being recorded (saved as the caller types) and, once completed, the survey.
CREATE TABLE survey (
    id               BIGSERIAL   PRIMARY KEY,
    call_id          BIGINT      NOT NULL UNIQUE REFERENCES follow_up_call (id),
    questionnaire_id BIGINT      NOT NULL REFERENCES questionnaire (id),
    mode             VARCHAR(10) NOT NULL CHECK (mode IN ('PHONE', 'WEB')),
    caller_id        BIGINT,
    contact_id       BIGINT,
    started_at       TIMESTAMPTZ NOT NULL,
    completed_at     TIMESTAMPTZ
);
CREATE INDEX survey_completed_idx ON survey (completed_at) WHERE completed_at IS NOT NULL;

CREATE TABLE survey_response (
    survey_id      BIGINT  NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    question_id    BIGINT  NOT NULL REFERENCES survey_question (id),
    score          INT,
    not_applicable BOOLEAN NOT NULL DEFAULT FALSE,
    choices        TEXT,
    text           TEXT,
    reason_codes   VARCHAR(60)[] NOT NULL DEFAULT '{}',
    PRIMARY KEY (survey_id, question_id)
);
