-- Catalogs: journey stages (ordered), touchpoints (one stage, one channel), functions (the RACI columns).
-- Names are trimmed, 1-120 characters and unique within their kind regardless of case.
CREATE TABLE journey_stage (
    id       BIGSERIAL PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    position INTEGER      NOT NULL,
    archived BOOLEAN      NOT NULL DEFAULT FALSE,
    version  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT journey_stage_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
    CONSTRAINT journey_stage_position_unique UNIQUE (position) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX journey_stage_name_unique ON journey_stage (lower(name));

CREATE TABLE business_function (
    id       BIGSERIAL PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    position INTEGER      NOT NULL,
    archived BOOLEAN      NOT NULL DEFAULT FALSE,
    version  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT business_function_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
    CONSTRAINT business_function_position_unique UNIQUE (position) DEFERRABLE INITIALLY DEFERRED
);
CREATE UNIQUE INDEX business_function_name_unique ON business_function (lower(name));

CREATE TABLE touchpoint (
    id          BIGSERIAL PRIMARY KEY,
    name        VARCHAR(120)  NOT NULL,
    stage_id    BIGINT        NOT NULL REFERENCES journey_stage (id) ON DELETE RESTRICT,
    channel     VARCHAR(20)   NOT NULL,
    description VARCHAR(1000),
    position    INTEGER       NOT NULL,
    archived    BOOLEAN       NOT NULL DEFAULT FALSE,
    version     INTEGER       NOT NULL DEFAULT 0,
    CONSTRAINT touchpoint_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120),
    CONSTRAINT touchpoint_channel_known CHECK (channel IN ('WEB', 'EMAIL', 'PHONE', 'IN_PERSON', 'IN_PRODUCT',
        'SOCIAL', 'PAID_MEDIA', 'EVENT', 'MAIL', 'CHAT', 'COMMUNITY', 'DOCUMENT'))
);
CREATE UNIQUE INDEX touchpoint_name_unique ON touchpoint (lower(name));
CREATE INDEX touchpoint_stage ON touchpoint (stage_id, position);

-- One letter per touchpoint and function; an empty cell has no row. Gaps (no A, 2+ A, no R) are allowed:
-- they are a planning state, and every screen and export flags them.
CREATE TABLE raci_assignment (
    touchpoint_id BIGINT      NOT NULL REFERENCES touchpoint (id) ON DELETE RESTRICT,
    function_id   BIGINT      NOT NULL REFERENCES business_function (id) ON DELETE RESTRICT,
    letter        CHAR(1)     NOT NULL,
    updated_by    VARCHAR(60) NOT NULL,
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (touchpoint_id, function_id),
    CONSTRAINT raci_assignment_letter CHECK (letter IN ('R', 'A', 'C', 'I'))
);
CREATE INDEX raci_assignment_function ON raci_assignment (function_id);

-- Who changed which cell, when, from what to what: the source of the change-history view.
CREATE TABLE raci_change (
    id            BIGSERIAL PRIMARY KEY,
    touchpoint_id BIGINT      NOT NULL REFERENCES touchpoint (id) ON DELETE CASCADE,
    function_id   BIGINT      NOT NULL REFERENCES business_function (id) ON DELETE CASCADE,
    old_letter    CHAR(1),
    new_letter    CHAR(1),
    changed_by    VARCHAR(60) NOT NULL,
    changed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    source        VARCHAR(10) NOT NULL,
    CONSTRAINT raci_change_letters CHECK ((old_letter IS NULL OR old_letter IN ('R', 'A', 'C', 'I'))
        AND (new_letter IS NULL OR new_letter IN ('R', 'A', 'C', 'I'))
        AND old_letter IS DISTINCT FROM new_letter),
    CONSTRAINT raci_change_source CHECK (source IN ('EDIT', 'IMPORT'))
);
CREATE INDEX raci_change_cell ON raci_change (touchpoint_id, function_id, changed_at);
