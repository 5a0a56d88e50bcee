-- Files that came with a complaint (an email's attachments) but were not kept: the wrong type, too
-- large, empty, or one too many. Nothing is kept of their content; the staff and the complainant are
-- told what was not accepted.
CREATE TABLE complaint_refused_file (
    id           BIGSERIAL    PRIMARY KEY,
    complaint_id BIGINT       NOT NULL REFERENCES complaint (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    -- a message key: upload.type, upload.tooLarge, upload.empty, upload.tooMany
    reason       VARCHAR(60)  NOT NULL
);
CREATE INDEX complaint_refused_file_complaint_idx ON complaint_refused_file (complaint_id);
