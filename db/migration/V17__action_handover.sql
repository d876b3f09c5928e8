-- An open action can be handed on: its owner, due date and text change, and each new due date is counted so the
-- review can say "re-dated twice". Dropping closes it like done (so every "open actions" query stays as it is), with
-- the reason it was dropped.
ALTER TABLE review_action
    ADD COLUMN redated        INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN dropped_reason VARCHAR(500),
    ADD CONSTRAINT review_action_redated CHECK (redated >= 0),
    ADD CONSTRAINT review_action_dropped CHECK (dropped_reason IS NULL OR (done AND length(btrim(dropped_reason)) BETWEEN 1 AND 500));
