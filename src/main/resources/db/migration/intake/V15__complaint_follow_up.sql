-- The customer-facing side of an investigation: intake keeps what the complainant may see and say
-- while the cases module runs the workflow (it tells intake through ComplaintFollowUp).

-- Every public status a complaint passed through, for the tracking page's timeline.
CREATE TABLE complaint_status_change (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    status       VARCHAR(30) NOT NULL,
    changed_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX complaint_status_change_complaint_idx ON complaint_status_change (complaint_id, changed_at);

-- Staff the case was handed to (delegation): they see the complaint, even a confidential one.
CREATE TABLE complaint_access (
    complaint_id BIGINT NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    staff_id     BIGINT NOT NULL,
    PRIMARY KEY (complaint_id, staff_id)
);
CREATE INDEX complaint_access_staff_idx ON complaint_access (staff_id, complaint_id);

-- Messages staff send to the complainant are public (shown on the tracking page).
ALTER TABLE complaint_message ADD COLUMN sent_by BIGINT;
ALTER TABLE complaint_message ADD COLUMN public BOOLEAN NOT NULL DEFAULT FALSE;

-- The complainant's answer to "are you satisfied with how we resolved it?" (ISO 10002 §7.8).
CREATE TABLE complaint_confirmation (
    id           BIGSERIAL PRIMARY KEY,
    complaint_id BIGINT      NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    satisfied    BOOLEAN     NOT NULL,
    comment      TEXT,
    answered_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX complaint_confirmation_complaint_idx ON complaint_confirmation (complaint_id, answered_at);

-- After closure: how well was the complaint handled (ISO 10002 §8.3), one per complaint.
CREATE TABLE complaint_handling_rating (
    complaint_id BIGINT      PRIMARY KEY REFERENCES complaint (id) ON DELETE CASCADE,
    rating       SMALLINT    NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      TEXT,
    rated_at     TIMESTAMPTZ NOT NULL
);

-- AWAITING_CONFIRMATION is longer than the first statuses.
ALTER TABLE complaint ALTER COLUMN status TYPE VARCHAR(30);
