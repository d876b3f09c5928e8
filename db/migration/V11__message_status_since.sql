-- When a message last changed status, so "waiting since" no longer reads the change history by its display words.
ALTER TABLE message ADD COLUMN status_since timestamptz;

UPDATE message m SET status_since = (
    SELECT max(h.changed_at) FROM change_history h
    WHERE h.item_kind = 'MESSAGE' AND h.item_id = m.id AND h.field = 'Status');
