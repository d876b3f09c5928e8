-- Users and their roles. Usernames are unique regardless of case.
CREATE TABLE app_user (
    id            BIGSERIAL PRIMARY KEY,
    username      VARCHAR(60)  NOT NULL,
    display_name  VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    version       INTEGER      NOT NULL DEFAULT 0,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT app_user_username_format CHECK (username ~ '^[^[:space:]]{1,60}$'),
    CONSTRAINT app_user_display_name_not_blank CHECK (length(btrim(display_name)) BETWEEN 1 AND 120),
    CONSTRAINT app_user_password_hash_tagged CHECK (password_hash LIKE '{%}%')
);
CREATE UNIQUE INDEX app_user_username_unique ON app_user (lower(username));

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role    VARCHAR(20) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT user_role_known CHECK (role IN ('ADMIN', 'CMO', 'CCO', 'MARKETING', 'CX', 'VIEWER'))
);

-- Once an installation has an enabled administrator it must keep one: checked at commit,
-- because saving a user rewrites its role rows (delete, then insert) inside the transaction.
CREATE FUNCTION ensure_enabled_admin_remains() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM app_user u JOIN user_role r ON r.user_id = u.id
                   WHERE u.enabled AND r.role = 'ADMIN')
       AND EXISTS (SELECT 1 FROM app_user) THEN
        RAISE EXCEPTION 'at least one enabled administrator must remain'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'last_enabled_admin';
    END IF;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER app_user_keeps_admin
    AFTER UPDATE OR DELETE ON app_user
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ensure_enabled_admin_remains();

CREATE CONSTRAINT TRIGGER user_role_keeps_admin
    AFTER DELETE OR UPDATE ON user_role
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION ensure_enabled_admin_remains();
