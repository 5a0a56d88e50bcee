-- The audit of administrative changes and logins: who, when, what, before → after (only the fields
-- that changed). Append-only: the database itself refuses UPDATE, DELETE and TRUNCATE, so neither a
-- bug nor someone holding the application's credentials can rewrite what an administrator did.
CREATE TABLE admin_audit (
    id       BIGSERIAL    PRIMARY KEY,
    at       TIMESTAMPTZ  NOT NULL,
    actor    VARCHAR(100),
    kind     VARCHAR(40)  NOT NULL,
    action   VARCHAR(20)  NOT NULL,
    subject  VARCHAR(300) NOT NULL,
    before   JSONB,
    after    JSONB,
    address  VARCHAR(64)
);
CREATE INDEX admin_audit_at_idx ON admin_audit (at DESC, id DESC);
CREATE INDEX admin_audit_kind_idx ON admin_audit (kind, at DESC);
CREATE INDEX admin_audit_actor_idx ON admin_audit (lower(actor), at DESC);

CREATE FUNCTION admin_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'admin_audit is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER admin_audit_no_update_delete BEFORE UPDATE OR DELETE ON admin_audit
    FOR EACH ROW EXECUTE FUNCTION admin_audit_refuse_change();
CREATE TRIGGER admin_audit_no_truncate BEFORE TRUNCATE ON admin_audit
    FOR EACH STATEMENT EXECUTE FUNCTION admin_audit_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON admin_audit FROM PUBLIC;
