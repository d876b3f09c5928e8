-- How to reach a person: an e-mail address, a time zone (NULL: the server's), the hour of the daily digest, and per
-- kind of notification whether it comes at once, in the digest or not at all (no row: the kind's default).
ALTER TABLE app_user
    ADD COLUMN email       VARCHAR(254),
    ADD COLUMN time_zone   VARCHAR(60),
    ADD COLUMN digest_time TIME NOT NULL DEFAULT '07:30',
    ADD CONSTRAINT app_user_email_format CHECK (email IS NULL OR email ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');

CREATE TABLE notification_preference (
    user_id  BIGINT      NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    kind     VARCHAR(40) NOT NULL,
    delivery VARCHAR(10) NOT NULL,
    PRIMARY KEY (user_id, kind),
    CONSTRAINT notification_preference_delivery CHECK (delivery IN ('AT_ONCE', 'DIGEST', 'OFF'))
);
