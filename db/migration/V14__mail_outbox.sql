-- How each notification reaches its person beyond the list: at once (a mail of its own) or in the daily digest;
-- digested_at is set when a digest took it. A reminder the daily job writes carries a key, so it is written once.
ALTER TABLE notification
    ADD COLUMN delivery    VARCHAR(7)   NOT NULL DEFAULT 'AT_ONCE',
    ADD COLUMN digested_at TIMESTAMPTZ,
    ADD COLUMN once_key    VARCHAR(120),
    ADD CONSTRAINT notification_delivery CHECK (delivery IN ('AT_ONCE', 'DIGEST'));
CREATE UNIQUE INDEX notification_once ON notification (recipient_id, kind, once_key) WHERE once_key IS NOT NULL;
CREATE INDEX notification_for_digest ON notification (recipient_id) WHERE delivery = 'DIGEST' AND digested_at IS NULL;

-- Every mail the planner sends, written in the transaction of the change that causes it. The sender claims a row
-- (SENDING) and commits before it talks to the mail server, so a crash after sending leaves the row SENDING and it
-- is never sent again by itself (UNCERTAIN after a while, for an administrator to look at); the idempotency key is
-- also the mail's Message-ID, so mail programs drop a copy a person resends by hand.
CREATE TABLE mail_outbox (
    id              BIGSERIAL PRIMARY KEY,
    idempotency_key VARCHAR(120)  NOT NULL,
    recipient_id    BIGINT        REFERENCES app_user (id) ON DELETE CASCADE,
    to_address      VARCHAR(254)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    text_body       TEXT          NOT NULL,
    html_body       TEXT          NOT NULL,
    status          VARCHAR(9)    NOT NULL DEFAULT 'PENDING',
    attempts        INTEGER       NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    last_error      VARCHAR(1000),
    created_at      TIMESTAMPTZ   NOT NULL DEFAULT now(),
    claimed_at      TIMESTAMPTZ,
    sent_at         TIMESTAMPTZ,
    CONSTRAINT mail_outbox_key UNIQUE (idempotency_key),
    CONSTRAINT mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'UNCERTAIN')),
    CONSTRAINT mail_outbox_sent CHECK ((status = 'SENT') = (sent_at IS NOT NULL)),
    CONSTRAINT mail_outbox_claimed CHECK (status <> 'SENDING' OR claimed_at IS NOT NULL),
    CONSTRAINT mail_outbox_attempts CHECK (attempts >= 0)
);
CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX mail_outbox_newest ON mail_outbox (created_at DESC, id DESC);

-- Jobs that run once a day across all nodes (reminders) note the day they ran.
CREATE TABLE daily_job_run (
    job    VARCHAR(40) NOT NULL,
    day    DATE        NOT NULL,
    ran_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (job, day)
);

-- Each business function may have a lead: the person told when the function becomes Accountable or Responsible.
ALTER TABLE business_function ADD COLUMN lead_id BIGINT REFERENCES app_user (id) ON DELETE SET NULL;
