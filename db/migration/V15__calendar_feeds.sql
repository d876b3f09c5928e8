-- Each person's calendar feed: a secret address (only its SHA-256 is kept, so a stolen database does not give the
-- addresses away) and what it shows. Renewing replaces the hash; turning it off deletes the row.
CREATE TABLE calendar_feed (
    user_id      BIGINT      PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    token_hash   CHAR(64)    NOT NULL,
    actions      VARCHAR(4)  NOT NULL DEFAULT 'MINE',
    plan_items   VARCHAR(7)  NOT NULL DEFAULT 'MY_TEAM',
    send_dates   BOOLEAN     NOT NULL DEFAULT TRUE,
    review       BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT calendar_feed_token UNIQUE (token_hash),
    CONSTRAINT calendar_feed_token_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    CONSTRAINT calendar_feed_actions CHECK (actions IN ('MINE', 'ALL', 'NONE')),
    CONSTRAINT calendar_feed_plan_items CHECK (plan_items IN ('MY_TEAM', 'JOINT', 'ALL', 'NONE'))
);

-- When the weekly review meets, as the leads set it (one row). No zone: the server's.
CREATE TABLE review_schedule (
    id         INTEGER     PRIMARY KEY DEFAULT 1,
    weekday    SMALLINT    NOT NULL DEFAULT 1,
    start_time TIME        NOT NULL DEFAULT '10:00',
    minutes    INTEGER     NOT NULL DEFAULT 60,
    time_zone  VARCHAR(60),
    version    INTEGER     NOT NULL DEFAULT 0,
    updated_by VARCHAR(60),
    updated_at TIMESTAMPTZ,
    CONSTRAINT review_schedule_one CHECK (id = 1),
    CONSTRAINT review_schedule_weekday CHECK (weekday BETWEEN 1 AND 7),
    CONSTRAINT review_schedule_minutes CHECK (minutes BETWEEN 15 AND 480)
);
INSERT INTO review_schedule DEFAULT VALUES;

-- Deleted initiatives stay in the feeds for a while as cancelled events, so calendar programs take them out.
CREATE TABLE calendar_cancellation (
    uid          VARCHAR(120) PRIMARY KEY,
    sequence     INTEGER      NOT NULL,
    summary      VARCHAR(300) NOT NULL,
    day          DATE         NOT NULL,
    team         VARCHAR(10)  NOT NULL,
    cancelled_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX calendar_cancellation_age ON calendar_cancellation (cancelled_at);

-- Spring Data JDBC writes an initiative's milestones anew on every save, so a milestone row's deletion leaves its
-- tombstone too; feeds show a tombstone only while no live event has its UID.
CREATE FUNCTION initiative_leaves_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO calendar_cancellation (uid, sequence, summary, day, team)
    VALUES ('initiative-' || OLD.id || '-start', OLD.version + 1, left('Starts: ' || OLD.title, 300), OLD.start_date, OLD.team),
           ('initiative-' || OLD.id || '-end', OLD.version + 1, left('Ends: ' || OLD.title, 300), OLD.end_date, OLD.team)
    ON CONFLICT (uid) DO UPDATE SET sequence = EXCLUDED.sequence, summary = EXCLUDED.summary, day = EXCLUDED.day,
        cancelled_at = now();
    RETURN OLD;
END;
$$;
CREATE TRIGGER initiative_calendar_cancellation BEFORE DELETE ON initiative
    FOR EACH ROW EXECUTE FUNCTION initiative_leaves_calendars();

CREATE FUNCTION milestone_leaves_calendars() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO calendar_cancellation (uid, sequence, summary, day, team)
    SELECT 'milestone-' || OLD.initiative_id || '-' || OLD.position, i.version + 1,
           left('Milestone: ' || OLD.name || ' (' || i.title || ')', 300), OLD.due_date, i.team
    FROM initiative i WHERE i.id = OLD.initiative_id
    ON CONFLICT (uid) DO UPDATE SET sequence = EXCLUDED.sequence, summary = EXCLUDED.summary, day = EXCLUDED.day,
        cancelled_at = now();
    RETURN OLD;
END;
$$;
CREATE TRIGGER milestone_calendar_cancellation BEFORE DELETE ON milestone
    FOR EACH ROW EXECUTE FUNCTION milestone_leaves_calendars();
