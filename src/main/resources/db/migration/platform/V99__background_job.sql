-- Work that takes longer than a person should wait for a page (an import of thousands of rows):
-- it runs in the background and its progress is kept here, so any node can show it to its owner.
CREATE TABLE background_job (
    id           UUID         PRIMARY KEY,
    owner        VARCHAR(100) NOT NULL,
    title_key    VARCHAR(100) NOT NULL,
    back_url     VARCHAR(300) NOT NULL,
    state        VARCHAR(10)  NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'FAILED')),
    done         INTEGER      NOT NULL DEFAULT 0,
    total        INTEGER      NOT NULL,
    result_key   VARCHAR(100),
    result_args  TEXT,
    result_url   VARCHAR(300),
    started_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ
);
CREATE INDEX background_job_owner_idx ON background_job (owner, started_at DESC);
