-- The shared roadmap: initiatives owned by marketing, customer experience or both, with the journey stages and
-- touchpoints they change and their milestones. Children are rewritten with their initiative (one aggregate).
CREATE TABLE initiative (
    id          BIGSERIAL PRIMARY KEY,
    title       VARCHAR(200)  NOT NULL,
    description VARCHAR(4000),
    team        VARCHAR(10)   NOT NULL,
    owner_id    BIGINT        NOT NULL REFERENCES app_user (id) ON DELETE RESTRICT,
    status      VARCHAR(12)   NOT NULL,
    start_date  DATE          NOT NULL,
    end_date    DATE          NOT NULL,
    version     INTEGER       NOT NULL DEFAULT 0,
    updated_by  VARCHAR(60)   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT initiative_title_clean CHECK (title = btrim(title) AND length(title) BETWEEN 1 AND 200),
    CONSTRAINT initiative_team CHECK (team IN ('MARKETING', 'CX', 'JOINT')),
    CONSTRAINT initiative_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'AT_RISK', 'DONE', 'DROPPED')),
    CONSTRAINT initiative_dates CHECK (end_date >= start_date)
);
CREATE INDEX initiative_span ON initiative (start_date, end_date);
CREATE INDEX initiative_owner ON initiative (owner_id);

CREATE TABLE initiative_stage (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    stage_id      BIGINT NOT NULL REFERENCES journey_stage (id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, stage_id)
);
CREATE INDEX initiative_stage_stage ON initiative_stage (stage_id);

CREATE TABLE initiative_touchpoint (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    touchpoint_id BIGINT NOT NULL REFERENCES touchpoint (id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, touchpoint_id)
);
CREATE INDEX initiative_touchpoint_touchpoint ON initiative_touchpoint (touchpoint_id);

CREATE TABLE milestone (
    initiative_id BIGINT       NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    name          VARCHAR(200) NOT NULL,
    due_date      DATE         NOT NULL,
    done          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (initiative_id, position),
    CONSTRAINT milestone_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 200)
);
