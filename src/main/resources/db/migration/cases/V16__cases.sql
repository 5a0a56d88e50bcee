-- The investigation workflow (ISO 10002 §7.5–7.9): one case per complaint, same id. Complaints,
-- staff and customers belong to other modules and are referred to by id only.
CREATE TABLE complaint_case (
    id                    BIGINT       PRIMARY KEY,
    tracking_code         VARCHAR(12)  NOT NULL,
    channel               VARCHAR(20)  NOT NULL,
    category_code         VARCHAR(30),
    confidential          BOOLEAN      NOT NULL,
    customer_id           BIGINT,
    subject               VARCHAR(200) NOT NULL,
    state                 VARCHAR(30)  NOT NULL,
    severity              VARCHAR(10),
    priority              VARCHAR(10)  NOT NULL DEFAULT 'NORMAL',
    immediate_action      BOOLEAN      NOT NULL DEFAULT FALSE,
    remedy_sought         TEXT,
    owner_id              BIGINT,
    opened_at             TIMESTAMPTZ  NOT NULL,
    acknowledged_at       TIMESTAMPTZ,
    first_contact_at      TIMESTAMPTZ,
    communicated_at       TIMESTAMPTZ,
    closed_at             TIMESTAMPTZ,
    acknowledge_due_at    TIMESTAMPTZ  NOT NULL,
    first_contact_due_at  TIMESTAMPTZ  NOT NULL,
    resolution_due_at     TIMESTAMPTZ  NOT NULL,
    escalation_level      SMALLINT     NOT NULL DEFAULT 0,
    escalated_to          BIGINT,
    decision              TEXT,
    response              TEXT,
    communicated_how      VARCHAR(20),
    customer_satisfied    BOOLEAN,
    close_reason          TEXT,
    reject_reason         VARCHAR(20),
    reject_note           TEXT,
    duplicate_of          BIGINT REFERENCES complaint_case (id),
    version               BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX complaint_case_owner_idx ON complaint_case (owner_id, state);
CREATE INDEX complaint_case_open_idx ON complaint_case (resolution_due_at) WHERE state NOT IN ('CLOSED', 'REJECTED');
CREATE INDEX complaint_case_escalated_idx ON complaint_case (escalated_to) WHERE escalated_to IS NOT NULL;

-- Hand-downs along the reporting chain (CEO → middle manager → expert), with a follow-up date.
CREATE TABLE case_assignment (
    id            BIGSERIAL    PRIMARY KEY,
    case_id       BIGINT       NOT NULL REFERENCES complaint_case (id),
    parent_id     BIGINT REFERENCES case_assignment (id),
    from_staff    BIGINT       NOT NULL,
    to_staff      BIGINT       NOT NULL,
    instructions  TEXT         NOT NULL,
    follow_up_on  DATE         NOT NULL,
    state         VARCHAR(12)  NOT NULL CHECK (state IN ('ACTIVE', 'DONE', 'TAKEN_BACK')),
    report        TEXT,
    created_at    TIMESTAMPTZ  NOT NULL,
    ended_at      TIMESTAMPTZ,
    follow_up_reminded BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX case_assignment_case_idx ON case_assignment (case_id);
CREATE INDEX case_assignment_to_idx ON case_assignment (to_staff, state);
CREATE INDEX case_assignment_from_idx ON case_assignment (from_staff, state);

-- The investigation log: structured entries, each with its author and time.
CREATE TABLE case_log_entry (
    id             BIGSERIAL    PRIMARY KEY,
    case_id        BIGINT       NOT NULL REFERENCES complaint_case (id),
    kind           VARCHAR(30)  NOT NULL,
    author_id      BIGINT       NOT NULL,
    written_at     TIMESTAMPTZ  NOT NULL,
    party_staff_id BIGINT,
    how            VARCHAR(20),
    reference      VARCHAR(200),
    summary        TEXT         NOT NULL,
    file_name      VARCHAR(255),
    content_type   VARCHAR(100),
    content        BYTEA
);
CREATE INDEX case_log_entry_case_idx ON case_log_entry (case_id, written_at);

-- Corrective actions: what, who, by when, done and verified.
CREATE TABLE case_corrective_action (
    id           BIGSERIAL    PRIMARY KEY,
    case_id      BIGINT       NOT NULL REFERENCES complaint_case (id),
    description  TEXT         NOT NULL,
    owner_id     BIGINT       NOT NULL,
    due_on       DATE         NOT NULL,
    created_by   BIGINT       NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    done_at      TIMESTAMPTZ,
    done_note    TEXT,
    verified_at  TIMESTAMPTZ,
    verified_by  BIGINT
);
CREATE INDEX case_corrective_action_case_idx ON case_corrective_action (case_id);
CREATE INDEX case_corrective_action_owner_idx ON case_corrective_action (owner_id) WHERE done_at IS NULL;

-- SLA targets per priority, in working minutes of the shared work calendar.
CREATE TABLE sla_target (
    priority               VARCHAR(10) PRIMARY KEY,
    acknowledge_minutes    INT NOT NULL CHECK (acknowledge_minutes > 0),
    first_contact_minutes  INT NOT NULL CHECK (first_contact_minutes > 0),
    resolution_minutes     INT NOT NULL CHECK (resolution_minutes > 0)
);
INSERT INTO sla_target VALUES
    ('URGENT', 60, 4 * 60, 2 * 8 * 60),
    ('HIGH', 4 * 60, 8 * 60, 5 * 8 * 60),
    ('NORMAL', 8 * 60, 2 * 8 * 60, 10 * 8 * 60),
    ('LOW', 2 * 8 * 60, 3 * 8 * 60, 20 * 8 * 60);

-- Reminders and escalations already sent: the job runs on any node, each happens once.
CREATE TABLE case_sla_signal (
    case_id   BIGINT      NOT NULL REFERENCES complaint_case (id),
    kind      VARCHAR(40) NOT NULL,
    sent_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (case_id, kind)
);

-- The audit trail: append-only. The database itself refuses UPDATE, DELETE and TRUNCATE, so not
-- even a bug (or a person with the application's credentials) can rewrite a case's history.
CREATE TABLE case_audit (
    id        BIGSERIAL    PRIMARY KEY,
    case_id   BIGINT       NOT NULL REFERENCES complaint_case (id),
    at        TIMESTAMPTZ  NOT NULL,
    actor_id  BIGINT,
    action    VARCHAR(40)  NOT NULL,
    before    JSONB,
    after     JSONB
);
CREATE INDEX case_audit_case_idx ON case_audit (case_id, id);

CREATE FUNCTION case_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'case_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER case_audit_no_update_delete BEFORE UPDATE OR DELETE ON case_audit
    FOR EACH ROW EXECUTE FUNCTION case_audit_refuse_change();
CREATE TRIGGER case_audit_no_truncate BEFORE TRUNCATE ON case_audit
    FOR EACH STATEMENT EXECUTE FUNCTION case_audit_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON case_audit FROM PUBLIC;

-- ShedLock: the SLA job runs on one node at a time.
CREATE TABLE shedlock (
    name       VARCHAR(64)  PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
