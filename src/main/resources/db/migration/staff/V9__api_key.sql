-- Keys with which other systems (the ERP, the public complaint API) call /api/**. Only a SHA-256
-- hash of the key is kept: the full key is shown once, when it is issued.
CREATE TABLE api_key (
    id           BIGSERIAL PRIMARY KEY,
    name         VARCHAR(100) NOT NULL,
    key_prefix   VARCHAR(8)   NOT NULL,
    key_hash     VARCHAR(64)  NOT NULL UNIQUE,
    created_by   VARCHAR(60)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    revoked_at   TIMESTAMPTZ,
    last_used_at TIMESTAMPTZ
);
CREATE INDEX api_key_prefix_idx ON api_key (key_prefix);

CREATE TABLE api_key_scope (
    api_key_id BIGINT      NOT NULL REFERENCES api_key (id) ON DELETE CASCADE,
    scope      VARCHAR(40) NOT NULL,
    PRIMARY KEY (api_key_id, scope)
);
