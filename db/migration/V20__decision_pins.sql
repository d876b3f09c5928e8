-- A value of the plan as it stands now, in one canonical text per kind of pin: an initiative's end date or status, a
-- message's send date, the functions accountable for a touchpoint (their ids, in order), an indicator's target. Null
-- when the item no longer exists. One definition for pinning and for checking, so both compare like with like.
CREATE FUNCTION plan_value(kind VARCHAR, item BIGINT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT CASE kind
        WHEN 'INITIATIVE_END' THEN (SELECT i.end_date::text FROM initiative i WHERE i.id = item)
        WHEN 'INITIATIVE_STATUS' THEN (SELECT i.status FROM initiative i WHERE i.id = item)
        WHEN 'MESSAGE_SEND_DATE' THEN (SELECT m.send_date::text FROM message m WHERE m.id = item)
        WHEN 'TOUCHPOINT_ACCOUNTABLE' THEN (SELECT coalesce((SELECT string_agg(a.function_id::text, ',' ORDER BY a.function_id)
                FROM raci_assignment a WHERE a.touchpoint_id = t.id AND a.letter = 'A'), '') FROM touchpoint t WHERE t.id = item)
        WHEN 'INDICATOR_TARGET' THEN (SELECT CASE WHEN i.direction = 'RANGE'
                THEN trim_scale(i.target_low)::text || '–' || trim_scale(i.target_high)::text ELSE trim_scale(i.target)::text END
                FROM indicator i WHERE i.id = item)
    END
$$;

-- A decision that binds the plan: the value of its item when it was taken. A later change is allowed and flagged
-- (the value no longer equals plan_value) until the value comes back or a lead releases the pin, with a reason.
CREATE TABLE decision_pin (
    id             BIGSERIAL PRIMARY KEY,
    decision_id    BIGINT       NOT NULL UNIQUE REFERENCES review_decision (id) ON DELETE CASCADE,
    kind           VARCHAR(24)  NOT NULL,
    item_id        BIGINT       NOT NULL,
    pinned_value   VARCHAR(200) NOT NULL,
    pinned_label   VARCHAR(300) NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    released_by    VARCHAR(60),
    released_at    TIMESTAMPTZ,
    release_reason VARCHAR(500),
    CONSTRAINT decision_pin_kind CHECK (kind IN ('INITIATIVE_END', 'INITIATIVE_STATUS', 'MESSAGE_SEND_DATE',
        'TOUCHPOINT_ACCOUNTABLE', 'INDICATOR_TARGET')),
    CONSTRAINT decision_pin_release CHECK ((released_at IS NULL) = (released_by IS NULL)
        AND (released_at IS NULL) = (release_reason IS NULL)),
    CONSTRAINT decision_pin_release_reason CHECK (release_reason IS NULL OR length(btrim(release_reason)) BETWEEN 1 AND 500)
);
CREATE INDEX decision_pin_item ON decision_pin (kind, item_id) WHERE released_at IS NULL;
