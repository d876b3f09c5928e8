-- The weekly planning review: one per ISO week. While open its agenda is built from live data; closing freezes the
-- agenda into review_agenda_item, so later changes to the plan never alter what the meeting saw.
CREATE TABLE review (
    id            BIGSERIAL PRIMARY KEY,
    iso_year      INTEGER       NOT NULL,
    iso_week      INTEGER       NOT NULL,
    status        VARCHAR(6)    NOT NULL DEFAULT 'OPEN',
    closed_by     VARCHAR(60),
    closed_at     TIMESTAMPTZ,
    reopened_by   VARCHAR(60),
    reopened_at   TIMESTAMPTZ,
    reopen_reason VARCHAR(1000),
    version       INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT review_week UNIQUE (iso_year, iso_week),
    CONSTRAINT review_week_range CHECK (iso_week BETWEEN 1 AND 53 AND iso_year BETWEEN 2000 AND 2999),
    CONSTRAINT review_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT review_closed_by CHECK ((status = 'CLOSED') = (closed_by IS NOT NULL AND closed_at IS NOT NULL)),
    CONSTRAINT review_reopen_reason CHECK (reopened_at IS NULL OR length(btrim(reopen_reason)) > 0)
);
CREATE INDEX review_closed ON review (closed_at) WHERE status = 'CLOSED';

CREATE TABLE review_note (
    id         BIGSERIAL PRIMARY KEY,
    review_id  BIGINT        NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    section    VARCHAR(10)   NOT NULL,
    text       VARCHAR(2000) NOT NULL,
    written_by VARCHAR(60)   NOT NULL,
    written_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT review_note_section CHECK (section IN ('ACTIONS', 'SCORECARD', 'ROADMAP', 'RACI', 'MESSAGES')),
    CONSTRAINT review_note_text CHECK (length(btrim(text)) BETWEEN 1 AND 2000)
);
CREATE INDEX review_note_review ON review_note (review_id, id);

-- A decision or action may point at one plan item; its label is kept so the log stays readable if the item goes.
CREATE TABLE review_decision (
    id         BIGSERIAL PRIMARY KEY,
    review_id  BIGINT        NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    text       VARCHAR(1000) NOT NULL,
    link_kind  VARCHAR(12),
    link_id    BIGINT,
    link_label VARCHAR(300),
    decided_by VARCHAR(60)   NOT NULL,
    decided_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT review_decision_text CHECK (length(btrim(text)) BETWEEN 1 AND 1000),
    CONSTRAINT review_decision_link CHECK ((link_kind IS NULL) = (link_id IS NULL) AND (link_kind IS NULL) = (link_label IS NULL)),
    CONSTRAINT review_decision_link_kind CHECK (link_kind IN ('INITIATIVE', 'TOUCHPOINT', 'INDICATOR', 'MESSAGE'))
);
CREATE INDEX review_decision_review ON review_decision (review_id, id);

-- Action items live across reviews: open ones carry over to every later review until someone marks them done.
CREATE TABLE review_action (
    id             BIGSERIAL PRIMARY KEY,
    review_id      BIGINT        NOT NULL REFERENCES review (id) ON DELETE RESTRICT,
    text           VARCHAR(1000) NOT NULL,
    owner_id       BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
    due_date       DATE          NOT NULL,
    link_kind      VARCHAR(12),
    link_id        BIGINT,
    link_label     VARCHAR(300),
    created_by     VARCHAR(60)   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    done           BOOLEAN       NOT NULL DEFAULT FALSE,
    done_by        VARCHAR(60),
    done_at        TIMESTAMPTZ,
    done_review_id BIGINT        REFERENCES review (id) ON DELETE SET NULL,
    version        INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT review_action_text CHECK (length(btrim(text)) BETWEEN 1 AND 1000),
    CONSTRAINT review_action_link CHECK ((link_kind IS NULL) = (link_id IS NULL) AND (link_kind IS NULL) = (link_label IS NULL)),
    CONSTRAINT review_action_link_kind CHECK (link_kind IN ('INITIATIVE', 'TOUCHPOINT', 'INDICATOR', 'MESSAGE')),
    CONSTRAINT review_action_done CHECK (done = (done_by IS NOT NULL AND done_at IS NOT NULL))
);
CREATE INDEX review_action_open ON review_action (due_date) WHERE NOT done;
CREATE INDEX review_action_review ON review_action (review_id);
CREATE INDEX review_action_done_review ON review_action (done_review_id);

-- Who opened the review while it was open: the minutes' list of attendees.
CREATE TABLE review_attendee (
    review_id  BIGINT      NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    username   VARCHAR(60) NOT NULL,
    first_seen TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, username)
);

-- The agenda as it stood when the review was closed, line by line; the section ACTIONS_AGREED holds the state of
-- the review's own action items at that moment.
CREATE TABLE review_agenda_item (
    review_id BIGINT        NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position  INTEGER       NOT NULL,
    section   VARCHAR(10)   NOT NULL,
    grp       VARCHAR(80)   NOT NULL,
    title     VARCHAR(500)  NOT NULL,
    detail    VARCHAR(2000),
    route     VARCHAR(500),
    tone      VARCHAR(7)    NOT NULL,
    action_id BIGINT        REFERENCES review_action (id) ON DELETE SET NULL,
    PRIMARY KEY (review_id, position),
    CONSTRAINT review_agenda_item_section CHECK (section IN ('ACTIONS', 'SCORECARD', 'ROADMAP', 'RACI', 'MESSAGES', 'AGREED')),
    CONSTRAINT review_agenda_item_tone CHECK (tone IN ('ALERT', 'WARNING', 'INFO', 'DONE'))
);
