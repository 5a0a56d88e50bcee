-- The surveys module's record of completed follow-up surveys, kept from SurveyCompleted (the calls
-- and questionnaires that produced them are another part of the module): what the managers read on
-- the survey page and the review list, and which complaints the dissatisfied answers opened.
CREATE TABLE survey_result (
    survey_id             BIGINT      PRIMARY KEY,
    call_id               BIGINT      NOT NULL,
    customer_id           BIGINT      NOT NULL,
    equipment_ids         BIGINT[]    NOT NULL DEFAULT '{}',
    installer_ids         BIGINT[]    NOT NULL DEFAULT '{}',
    seller_ids            BIGINT[]    NOT NULL DEFAULT '{}',
    questionnaire_id      BIGINT      NOT NULL,
    questionnaire_version INT         NOT NULL,
    mode                  VARCHAR(10) NOT NULL,
    caller_id             BIGINT,
    completed_at          TIMESTAMPTZ NOT NULL,
    dissatisfied          BOOLEAN     NOT NULL,
    stored_at             TIMESTAMPTZ NOT NULL
);
CREATE INDEX survey_result_completed_idx ON survey_result (completed_at DESC, survey_id DESC);
CREATE INDEX survey_result_caller_idx ON survey_result (caller_id);

CREATE TABLE survey_result_answer (
    survey_id      BIGINT      NOT NULL REFERENCES survey_result (survey_id) ON DELETE CASCADE,
    position       INT         NOT NULL,
    question_code  VARCHAR(80) NOT NULL,
    section        VARCHAR(30) NOT NULL,
    type           VARCHAR(20) NOT NULL,
    score          INT,
    not_applicable BOOLEAN     NOT NULL,
    dissatisfied   BOOLEAN     NOT NULL,
    reason_codes   TEXT[]      NOT NULL DEFAULT '{}',
    text           TEXT,
    PRIMARY KEY (survey_id, position)
);

-- Who reviews a survey: the managers responsible for its sections and the quality managers, one row
-- each (sections: which of the survey's sections are theirs); a quality manager who joins later
-- gets a row when marking it reviewed. reminded_at: the overdue review was reminded (once).
CREATE TABLE survey_review (
    survey_id   BIGINT      NOT NULL REFERENCES survey_result (survey_id) ON DELETE CASCADE,
    staff_id    BIGINT      NOT NULL,
    sections    TEXT[]      NOT NULL DEFAULT '{}',
    reviewed_at TIMESTAMPTZ,
    comment     TEXT,
    reminded_at TIMESTAMPTZ,
    PRIMARY KEY (survey_id, staff_id)
);
CREATE INDEX survey_review_staff_idx ON survey_review (staff_id, reviewed_at);
CREATE INDEX survey_review_pending_idx ON survey_review (survey_id) WHERE reviewed_at IS NULL AND reminded_at IS NULL;

-- The SURVEY complaints a survey's dissatisfied answers registered: one per responsible manager.
CREATE TABLE survey_complaint (
    complaint_id BIGINT      PRIMARY KEY,
    survey_id    BIGINT      NOT NULL REFERENCES survey_result (survey_id) ON DELETE CASCADE,
    owner_id     BIGINT,
    sections     TEXT[]      NOT NULL DEFAULT '{}'
);
CREATE INDEX survey_complaint_survey_idx ON survey_complaint (survey_id);
