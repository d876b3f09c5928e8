-- Indicators: company KPIs and customer CPIs with targets, a cadence and measurements over time. A KPI may be paired
-- with the CPI that guards it (growth must not come at the customer's expense).
CREATE TABLE indicator (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    kind        VARCHAR(3)    NOT NULL,
    team        VARCHAR(10)   NOT NULL,
    owner_id    BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
    unit        VARCHAR(20)   NOT NULL,
    direction   VARCHAR(7)    NOT NULL,
    target      NUMERIC(14, 3),
    target_low  NUMERIC(14, 3),
    target_high NUMERIC(14, 3),
    cadence     VARCHAR(7)    NOT NULL,
    description VARCHAR(2000),
    guarded_by  BIGINT        REFERENCES indicator (id) ON DELETE SET NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT indicator_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
    CONSTRAINT indicator_kind CHECK (kind IN ('KPI', 'CPI')),
    CONSTRAINT indicator_team CHECK (team IN ('MARKETING', 'CX', 'JOINT')),
    CONSTRAINT indicator_direction CHECK (direction IN ('HIGHER', 'LOWER', 'RANGE')),
    CONSTRAINT indicator_cadence CHECK (cadence IN ('WEEKLY', 'MONTHLY')),
    CONSTRAINT indicator_target CHECK (
        (direction = 'RANGE' AND target_low IS NOT NULL AND target_high IS NOT NULL AND target_low <= target_high)
        OR (direction <> 'RANGE' AND target IS NOT NULL)),
    CONSTRAINT indicator_not_self_guarded CHECK (guarded_by IS DISTINCT FROM id)
);
CREATE UNIQUE INDEX indicator_name_unique ON indicator (lower(name));

-- One measurement per indicator and period (the Monday of its ISO week, or the first of its month).
CREATE TABLE measurement (
    indicator_id BIGINT         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_start DATE           NOT NULL,
    value        NUMERIC(14, 3) NOT NULL,
    note         VARCHAR(500),
    recorded_by  VARCHAR(60)    NOT NULL,
    recorded_at  TIMESTAMPTZ    NOT NULL DEFAULT now(),
    PRIMARY KEY (indicator_id, period_start)
);
