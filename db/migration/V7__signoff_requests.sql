-- A lead asks the other lead for their sign-off; the request stands until that side signs.
CREATE TABLE message_signoff_request (
    message_id   BIGINT      NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    side         VARCHAR(10) NOT NULL,
    requested_by VARCHAR(60) NOT NULL,
    requested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (message_id, side),
    CONSTRAINT message_signoff_request_side CHECK (side IN ('MARKETING', 'CX'))
);
