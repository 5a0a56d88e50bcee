-- Two-factor login of staff (issue 14 §4). The TOTP secret is kept encrypted with the key that is
-- not in the database (platform Secrets: "v1:" + AES-GCM), so a copy of the database alone cannot
-- make codes. confirmed_at NULL: being set up (the person has not yet typed a code from the app).
-- last_used_step: the 30-second step of the last accepted code; a code of that step or an earlier
-- one is refused (replay), checked and moved in one UPDATE so two nodes cannot both accept it.
CREATE TABLE staff_two_factor (
    staff_id       BIGINT       PRIMARY KEY REFERENCES staff (id) ON DELETE CASCADE,
    secret         VARCHAR(200) NOT NULL,
    confirmed_at   TIMESTAMPTZ,
    last_used_step BIGINT,
    created_at     TIMESTAMPTZ  NOT NULL
);

-- One-time recovery codes, stored as SHA-256 of the normalised code (they are random, 50 bits:
-- a slow hash adds nothing and would not let the code be found by its hash).
CREATE TABLE staff_recovery_code (
    staff_id  BIGINT      NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMPTZ,
    PRIMARY KEY (staff_id, code_hash)
);

-- The administrator's security settings: one row. Off by default, so that nobody is asked for a
-- code until the administrator decides it.
CREATE TABLE staff_security_policy (
    id                          INT         PRIMARY KEY CHECK (id = 1),
    two_factor_required_admins  BOOLEAN     NOT NULL DEFAULT FALSE,
    changed_at                  TIMESTAMPTZ,
    changed_by                  VARCHAR(100)
);
INSERT INTO staff_security_policy (id) VALUES (1);
