-- Send clashes: two messages to the same audience stage within N days of each other. N is a setting leads change.
CREATE TABLE planner_setting (
    name  VARCHAR(60)  PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);
INSERT INTO planner_setting (name, value) VALUES ('message.clash-days', '3');

-- The checklist item that says "no clash with other sends" can only be ticked once a clash is resolved or accepted.
ALTER TABLE checklist_template_item ADD COLUMN checks_clash BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE message_check ADD COLUMN checks_clash BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE checklist_template_item SET checks_clash = TRUE WHERE text = 'No clash with other sends that week';
UPDATE message_check SET checks_clash = TRUE WHERE text = 'No clash with other sends that week';
