-- A complaint whose case was closed as a duplicate of another: its description, its conversation
-- (also replies that arrive later) and its files are shown on the original, marked with their source.
-- Removed when the duplicate's case is reopened.
CREATE TABLE complaint_duplicate (
    duplicate_id BIGINT       PRIMARY KEY REFERENCES complaint (id),
    original_id  BIGINT       NOT NULL REFERENCES complaint (id),
    marked_at    TIMESTAMPTZ  NOT NULL
);
CREATE INDEX complaint_duplicate_original_idx ON complaint_duplicate (original_id);
