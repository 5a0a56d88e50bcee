-- The quarterly evaluation (management review record, ISO 10002 §8.6): one per Jalali quarter,
-- drafted by the quality manager, approved by the CEO. The figures it was based on are frozen in
-- snapshot (jsonb) when the draft is prepared; later data never changes them.
CREATE TABLE analytics_review (
    id                BIGSERIAL    PRIMARY KEY,
    quarter_key       INT          NOT NULL UNIQUE,
    status            VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    snapshot          JSONB        NOT NULL,
    snapshot_taken_at TIMESTAMPTZ  NOT NULL,
    analysis          TEXT,
    attendees         TEXT,
    prepared_by       BIGINT,
    prepared_at       TIMESTAMPTZ  NOT NULL,
    approved_by       BIGINT,
    approved_at       TIMESTAMPTZ
);

-- The top reasons of the quarter with their analysis (root cause in words).
CREATE TABLE analytics_review_reason (
    review_id   BIGINT       NOT NULL REFERENCES analytics_review (id),
    reason_code VARCHAR(60)  NOT NULL,
    source      VARCHAR(10)  NOT NULL,
    count       BIGINT       NOT NULL,
    root_cause  TEXT,
    PRIMARY KEY (review_id, source, reason_code)
);

-- Decided actions: owner, Jalali due date (stored Gregorian), status and evidence. They live on
-- after approval (their status is what the next quarter's review looks at).
CREATE TABLE analytics_action (
    id          BIGSERIAL    PRIMARY KEY,
    review_id   BIGINT       NOT NULL REFERENCES analytics_review (id),
    description TEXT         NOT NULL,
    owner_id    BIGINT       NOT NULL,
    due_on      DATE         NOT NULL,
    status      VARCHAR(12)  NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    evidence    TEXT,
    created_at  TIMESTAMPTZ  NOT NULL,
    done_at     TIMESTAMPTZ
);
CREATE INDEX analytics_action_owner_idx ON analytics_action (owner_id, status);
CREATE INDEX analytics_action_due_idx ON analytics_action (due_on) WHERE status IN ('OPEN', 'IN_PROGRESS');

-- Corrections after approval: new entries, never edits.
CREATE TABLE analytics_review_entry (
    id         BIGSERIAL    PRIMARY KEY,
    review_id  BIGINT       NOT NULL REFERENCES analytics_review (id),
    written_by BIGINT,
    written_at TIMESTAMPTZ  NOT NULL,
    body       TEXT         NOT NULL
);

-- What analytics told a staff member (draft prepared, action due soon, overdue, escalated); the
-- unique key makes a second run of a job (or a second node) add nothing.
CREATE TABLE analytics_notice (
    id         BIGSERIAL    PRIMARY KEY,
    staff_id   BIGINT       NOT NULL,
    kind       VARCHAR(20)  NOT NULL,
    review_id  BIGINT       NOT NULL REFERENCES analytics_review (id),
    action_id  BIGINT       REFERENCES analytics_action (id),
    created_at TIMESTAMPTZ  NOT NULL,
    read_at    TIMESTAMPTZ,
    CONSTRAINT analytics_notice_once UNIQUE NULLS NOT DISTINCT (staff_id, kind, review_id, action_id)
);
CREATE INDEX analytics_notice_staff_idx ON analytics_notice (staff_id, created_at DESC);

-- An approved review is locked: the database refuses to change it or its reasons, whatever the code does.
CREATE FUNCTION analytics_review_locked() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    locked BOOLEAN;
BEGIN
    IF TG_TABLE_NAME = 'analytics_review' THEN
        locked := OLD.status = 'APPROVED';
    ELSE
        SELECT status = 'APPROVED' INTO locked FROM analytics_review
         WHERE id = CASE WHEN TG_OP = 'INSERT' THEN NEW.review_id ELSE OLD.review_id END;
    END IF;
    IF locked THEN
        RAISE EXCEPTION 'management review is approved and locked: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER analytics_review_lock BEFORE UPDATE OR DELETE ON analytics_review
    FOR EACH ROW EXECUTE FUNCTION analytics_review_locked();
CREATE TRIGGER analytics_review_reason_lock BEFORE INSERT OR UPDATE OR DELETE ON analytics_review_reason
    FOR EACH ROW EXECUTE FUNCTION analytics_review_locked();
