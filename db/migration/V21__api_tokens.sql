-- Personal access tokens for the REST API. Only a SHA-256 hash of the token is kept (shown once, never stored or
-- logged); the prefix lets people tell their tokens apart. A token acts as its user with the user's roles at the time
-- of each call; READ tokens may only read.
CREATE TABLE api_token (
    id           BIGSERIAL    PRIMARY KEY,
    user_id      BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         VARCHAR(80)  NOT NULL,
    token_hash   CHAR(64)     NOT NULL UNIQUE,
    prefix       VARCHAR(12)  NOT NULL,
    scope        VARCHAR(10)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ,
    revoked_by   VARCHAR(60),
    CONSTRAINT api_token_name CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    CONSTRAINT api_token_scope CHECK (scope IN ('READ', 'READ_WRITE')),
    CONSTRAINT api_token_expiry CHECK (expires_at > created_at AND expires_at <= created_at + interval '366 days'),
    CONSTRAINT api_token_revoked CHECK ((revoked_at IS NULL) = (revoked_by IS NULL))
);
CREATE INDEX api_token_user ON api_token (user_id, created_at DESC);

-- Calls per token and minute, counted in the database so every node applies the same limit.
CREATE TABLE api_token_calls (
    token_id BIGINT      NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    minute   TIMESTAMPTZ NOT NULL,
    calls    INTEGER     NOT NULL,
    PRIMARY KEY (token_id, minute)
);
