-- What the planner told each person, newest first in their notification list; read_at is set when they open it.
CREATE TABLE notification (
    id           BIGSERIAL PRIMARY KEY,
    recipient_id BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind         VARCHAR(40)   NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    detail       VARCHAR(2000),
    route        VARCHAR(300),
    actor        VARCHAR(60)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    read_at      TIMESTAMPTZ
);

CREATE INDEX notification_recipient ON notification (recipient_id, created_at DESC);
CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL;
