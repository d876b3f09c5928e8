-- The time each part of the weekly review may take, set once by the leads for every later meeting. A section with no
-- row takes the planner's default (AgendaSection), so an emptied table still runs a sensible meeting.
CREATE TABLE review_section_budget (
    section    VARCHAR(10) PRIMARY KEY,
    minutes    INTEGER     NOT NULL,
    CONSTRAINT review_section_budget_section CHECK (section IN ('ACTIONS', 'SCORECARD', 'ROADMAP', 'RACI', 'MESSAGES', 'AGREED')),
    CONSTRAINT review_section_budget_minutes CHECK (minutes BETWEEN 1 AND 120)
);

-- The meeting's one clock: when each section started and ended, by the database's time, so every node and every
-- browser counts from the same instants. The budget is copied when the section starts: later changes to the
-- defaults do not alter a past meeting's minutes. At most one section of a review runs at a time.
CREATE TABLE review_section_time (
    review_id      BIGINT       NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    section        VARCHAR(10)  NOT NULL,
    budget_minutes INTEGER      NOT NULL,
    started_at     TIMESTAMPTZ  NOT NULL,
    ended_at       TIMESTAMPTZ,
    started_by     VARCHAR(60)  NOT NULL,
    PRIMARY KEY (review_id, section),
    CONSTRAINT review_section_time_section CHECK (section IN ('ACTIONS', 'SCORECARD', 'ROADMAP', 'RACI', 'MESSAGES', 'AGREED')),
    CONSTRAINT review_section_time_budget CHECK (budget_minutes BETWEEN 1 AND 120),
    CONSTRAINT review_section_time_order CHECK (ended_at IS NULL OR ended_at >= started_at)
);
CREATE UNIQUE INDEX review_section_running ON review_section_time (review_id) WHERE ended_at IS NULL;
