-- The indicators an initiative should move; shown on both the initiative and the indicator.
CREATE TABLE initiative_indicator (
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    indicator_id  BIGINT NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    PRIMARY KEY (initiative_id, indicator_id)
);
CREATE INDEX initiative_indicator_indicator ON initiative_indicator (indicator_id);
