-- UpgradeIT's stand-in for the next release's migration, as the migration rule allows it (docs/operations.md,
-- "Several nodes"): a nullable column on a table the previous release writes, and a table it does not know.
ALTER TABLE initiative ADD COLUMN budget_note VARCHAR(200);
CREATE TABLE initiative_budget (
    initiative_id BIGINT        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    amount        NUMERIC(12,2) NOT NULL,
    PRIMARY KEY (initiative_id)
);
