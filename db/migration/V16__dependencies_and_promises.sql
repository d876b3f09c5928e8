-- "Starts after X ends": the successor may start lag_days after its predecessor's last day at the earliest.
-- A link is kept by the successor's side (its editor may remove it); loops are refused by the service, which takes
-- a transaction lock so two people cannot close a loop at the same moment.
CREATE TABLE initiative_dependency (
    successor_id   BIGINT      NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    predecessor_id BIGINT      NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    lag_days       INTEGER     NOT NULL DEFAULT 0,
    created_by     VARCHAR(60) NOT NULL,
    created_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (successor_id, predecessor_id),
    CONSTRAINT initiative_dependency_not_itself CHECK (successor_id <> predecessor_id),
    CONSTRAINT initiative_dependency_lag CHECK (lag_days BETWEEN 0 AND 365)
);
CREATE INDEX initiative_dependency_predecessor ON initiative_dependency (predecessor_id);

-- The initiatives whose delivery a message promises: it may not be signed to send before they are done.
CREATE TABLE message_promise (
    message_id    BIGINT NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    initiative_id BIGINT NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    PRIMARY KEY (message_id, initiative_id)
);
CREATE INDEX message_promise_initiative ON message_promise (initiative_id);
