-- Webhooks: endpoints an administrator registers, what happened (one row per event, written in the transaction of
-- the change that caused it) and one delivery per endpoint that wants the event. Like the mail outbox, a delivery is
-- claimed (SENDING) and committed before the endpoint is called, so a crash after the call never repeats it by
-- itself (UNCERTAIN); the body is rendered from the event each time, so a retry sends the same body.
CREATE TABLE webhook (
    id             BIGSERIAL PRIMARY KEY,
    name           VARCHAR(80)   NOT NULL,
    url            VARCHAR(500)  NOT NULL,
    secret         VARCHAR(100)  NOT NULL,
    format         VARCHAR(7)    NOT NULL DEFAULT 'PLANNER',
    events         VARCHAR(30)[] NOT NULL,
    allow_internal BOOLEAN       NOT NULL DEFAULT false,
    enabled        BOOLEAN       NOT NULL DEFAULT true,
    created_by     VARCHAR(60)   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT webhook_name CHECK (length(btrim(name)) BETWEEN 1 AND 80),
    CONSTRAINT webhook_url CHECK (url ~ '^https?://'),
    CONSTRAINT webhook_https CHECK (allow_internal OR url LIKE 'https://%'),
    CONSTRAINT webhook_secret CHECK (length(secret) >= 32),
    CONSTRAINT webhook_format CHECK (format IN ('PLANNER', 'CHAT')),
    CONSTRAINT webhook_events CHECK (cardinality(events) >= 1 AND events <@ ARRAY['message.aligned', 'sign-off.withdrawn',
        'review.closed', 'raci.gap-appeared', 'raci.gap-closed', 'initiative.at-risk', 'indicator.off-track']::varchar[])
);

CREATE TABLE webhook_event (
    id          UUID          PRIMARY KEY,
    event       VARCHAR(30)   NOT NULL,
    summary     VARCHAR(500)  NOT NULL,
    link        VARCHAR(500),
    data        JSONB         NOT NULL,
    actor       VARCHAR(60),
    occurred_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

CREATE TABLE webhook_delivery (
    id              BIGSERIAL PRIMARY KEY,
    webhook_id      BIGINT        NOT NULL REFERENCES webhook (id) ON DELETE CASCADE,
    event_id        UUID          NOT NULL REFERENCES webhook_event (id) ON DELETE CASCADE,
    status          VARCHAR(9)    NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    claimed_at      TIMESTAMPTZ,
    response_code   INTEGER,
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    delivered_at    TIMESTAMPTZ,
    CONSTRAINT webhook_delivery_once UNIQUE (webhook_id, event_id),
    CONSTRAINT webhook_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    CONSTRAINT webhook_delivery_sent CHECK ((status = 'SENT') = (delivered_at IS NOT NULL)),
    CONSTRAINT webhook_delivery_claimed CHECK (status <> 'SENDING' OR claimed_at IS NOT NULL)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log ON webhook_delivery (webhook_id, created_at DESC, id DESC);
CREATE INDEX webhook_delivery_event ON webhook_delivery (event_id);
