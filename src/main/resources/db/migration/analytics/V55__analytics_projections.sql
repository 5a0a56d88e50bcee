-- Analytics keeps its own copy of the facts it counts, fed by other modules' events and public
-- queries (never their tables). One row per complaint, survey, answer, call and coded reason;
-- quarter_key = Jalali year * 10 + quarter (14053 = 1405-Q3) in the Tehran zone, so a quarter's
-- figures are one indexed range of rows, not a scan of other modules per page view.

-- One row per complaint: as received (intake) and as the case stands now (cases). Rewritten whole
-- from the public queries on every event about the complaint, so a redelivered or late event, or a
-- reopened case, leaves the row exact.
CREATE TABLE analytics_complaint (
    complaint_id        BIGINT       PRIMARY KEY,
    tracking_code       VARCHAR(12)  NOT NULL,
    channel             VARCHAR(20)  NOT NULL,
    category_code       VARCHAR(30),
    received_at         TIMESTAMPTZ  NOT NULL,
    quarter_key         INT          NOT NULL,
    owner_id            BIGINT,
    department_code     VARCHAR(40),
    state               VARCHAR(30),
    priority            VARCHAR(10),
    acknowledged_at     TIMESTAMPTZ,
    acknowledge_due_at  TIMESTAMPTZ,
    communicated_at     TIMESTAMPTZ,
    resolution_due_at   TIMESTAMPTZ,
    closed_at           TIMESTAMPTZ,
    closed_quarter_key  INT,
    -- working minutes from opening to acknowledgement / to the decision communicated
    acknowledge_minutes INT,
    resolve_minutes     INT,
    customer_satisfied  BOOLEAN,
    reopened            BOOLEAN      NOT NULL DEFAULT FALSE,
    handling_rating     SMALLINT,
    case_reasons        TEXT[]       NOT NULL DEFAULT '{}',
    updated_at          TIMESTAMPTZ  NOT NULL
);
CREATE INDEX analytics_complaint_quarter_idx ON analytics_complaint (quarter_key, department_code);
CREATE INDEX analytics_complaint_closed_idx ON analytics_complaint (closed_quarter_key) WHERE closed_quarter_key IS NOT NULL;
CREATE INDEX analytics_complaint_open_due_idx ON analytics_complaint (resolution_due_at);

-- One row per completed survey.
CREATE TABLE analytics_survey (
    survey_id     BIGINT       PRIMARY KEY,
    call_id       BIGINT       NOT NULL,
    customer_id   BIGINT       NOT NULL,
    completed_at  TIMESTAMPTZ  NOT NULL,
    quarter_key   INT          NOT NULL,
    mode          VARCHAR(10)  NOT NULL,
    installer_ids BIGINT[]     NOT NULL DEFAULT '{}',
    seller_ids    BIGINT[]     NOT NULL DEFAULT '{}',
    -- the departments of its installers and sellers: a manager's slice
    departments   TEXT[]       NOT NULL DEFAULT '{}',
    reasons       TEXT[]       NOT NULL DEFAULT '{}'
);
CREATE INDEX analytics_survey_quarter_idx ON analytics_survey (quarter_key);

-- One row per answer of a completed survey (replaced with its survey).
CREATE TABLE analytics_answer (
    survey_id      BIGINT       NOT NULL REFERENCES analytics_survey (survey_id) ON DELETE CASCADE,
    question_code  VARCHAR(60)  NOT NULL,
    quarter_key    INT          NOT NULL,
    section        VARCHAR(30)  NOT NULL,
    type           VARCHAR(20)  NOT NULL,
    score          SMALLINT,
    not_applicable BOOLEAN      NOT NULL,
    dissatisfied   BOOLEAN      NOT NULL,
    reason_codes   TEXT[]       NOT NULL DEFAULT '{}',
    answer_text    TEXT,
    PRIMARY KEY (survey_id, question_code)
);
CREATE INDEX analytics_answer_quarter_idx ON analytics_answer (quarter_key, section, type) INCLUDE (score, not_applicable);

-- One row per ended follow-up call: the response rate.
CREATE TABLE analytics_call (
    call_id     BIGINT       PRIMARY KEY,
    outcome     VARCHAR(20)  NOT NULL,
    ended_at    TIMESTAMPTZ  NOT NULL,
    quarter_key INT          NOT NULL
);
CREATE INDEX analytics_call_quarter_idx ON analytics_call (quarter_key, outcome);
