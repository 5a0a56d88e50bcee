-- An uploaded ERP export waiting for its uploader's confirmation; kept in the database (not the
-- session) so that any application node can finish the import.
CREATE TABLE service_import_batch (
    id         UUID PRIMARY KEY,
    file_name  VARCHAR(255) NOT NULL,
    rows_json  TEXT         NOT NULL,
    created_by VARCHAR(60)  NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX service_import_batch_created_idx ON service_import_batch (created_at);
