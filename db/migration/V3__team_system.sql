-- The one change history of the plan: who changed what, when, from what to what. Every feature appends to it in
-- the same transaction as the change it describes; nothing ever updates or deletes a row.
CREATE TABLE change_history (
    id          BIGSERIAL PRIMARY KEY,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    changed_by  VARCHAR(60)  NOT NULL,
    area        VARCHAR(20)  NOT NULL,
    item_kind   VARCHAR(40)  NOT NULL,
    item_id     BIGINT,
    item_label  VARCHAR(300) NOT NULL,
    field       VARCHAR(120),
    old_value   TEXT,
    new_value   TEXT,
    source      VARCHAR(20)  NOT NULL,
    CONSTRAINT change_history_area CHECK (area IN ('RACI', 'CATALOG', 'USERS', 'ROADMAP', 'MESSAGING', 'INDICATORS', 'REVIEW')),
    CONSTRAINT change_history_source CHECK (source IN ('EDIT', 'IMPORT', 'SIGN_OFF', 'SYSTEM')),
    CONSTRAINT change_history_item_kind CHECK (length(btrim(item_kind)) > 0),
    CONSTRAINT change_history_something_changed CHECK (old_value IS DISTINCT FROM new_value OR field IS NULL)
);
-- Item ids are not foreign keys on purpose: the history of a deleted touchpoint or user must stay readable.
CREATE INDEX change_history_newest ON change_history (changed_at DESC, id DESC);
CREATE INDEX change_history_item ON change_history (item_kind, item_id, changed_at DESC);
CREATE INDEX change_history_person ON change_history (changed_by, changed_at DESC);
CREATE INDEX change_history_area ON change_history (area, changed_at DESC);

CREATE FUNCTION change_history_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the change history is append-only' USING ERRCODE = 'check_violation';
END;
$$;
CREATE TRIGGER change_history_append_only BEFORE UPDATE OR DELETE ON change_history
    FOR EACH ROW EXECUTE FUNCTION change_history_is_append_only();

-- Move the RACI cell history in, keeping every row: a cell change is filed under its touchpoint (so a RACI row
-- and its catalog entry share one history), with the function as the field.
INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
SELECT c.changed_at, c.changed_by, 'RACI', 'TOUCHPOINT', c.touchpoint_id, t.name, f.name, c.old_letter, c.new_letter, c.source
FROM raci_change c
JOIN touchpoint t ON t.id = c.touchpoint_id
JOIN business_function f ON f.id = c.function_id
ORDER BY c.changed_at, c.id;
DROP TABLE raci_change;

-- Failed sign-ins, shared by every app node and kept over restarts; rows older than the window are cleaned up.
CREATE TABLE login_failure (
    id        BIGSERIAL PRIMARY KEY,
    account   VARCHAR(200) NOT NULL,
    address   VARCHAR(100),
    failed_at TIMESTAMPTZ  NOT NULL
);
CREATE INDEX login_failure_account ON login_failure (account, failed_at);
CREATE INDEX login_failure_address ON login_failure (address, failed_at);
CREATE INDEX login_failure_age ON login_failure (failed_at);

-- Who has which screen open right now, across nodes. An entry lives only while its node renews it, so a node that
-- dies leaves no ghosts. Unlogged: losing it in a database crash costs nothing, and it is written often.
CREATE UNLOGGED TABLE presence (
    id           UUID         PRIMARY KEY,
    node_id      VARCHAR(64)  NOT NULL,
    username     VARCHAR(60)  NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    screen       VARCHAR(200) NOT NULL,
    since        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX presence_screen ON presence (screen, expires_at);
CREATE INDEX presence_node ON presence (node_id);
