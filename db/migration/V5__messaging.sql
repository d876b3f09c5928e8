-- Aligned messaging: checklist templates, planned customer messages with a checklist copied from a template,
-- sign-offs by both leads tied to the content version they approved, and the record of withdrawn sign-offs.
CREATE TABLE checklist_template (
    id       BIGSERIAL PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    channels VARCHAR(400) NOT NULL DEFAULT '',
    version  INTEGER      NOT NULL DEFAULT 0,
    CONSTRAINT checklist_template_name_clean CHECK (name = btrim(name) AND length(name) BETWEEN 1 AND 120)
);
CREATE UNIQUE INDEX checklist_template_name_unique ON checklist_template (lower(name));

CREATE TABLE checklist_template_item (
    template_id BIGINT        NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    position    INTEGER       NOT NULL,
    text        VARCHAR(300)  NOT NULL,
    guidance    VARCHAR(1000),
    required    BOOLEAN       NOT NULL DEFAULT TRUE,
    side        VARCHAR(10)   NOT NULL,
    PRIMARY KEY (template_id, position),
    CONSTRAINT checklist_template_item_text CHECK (length(btrim(text)) BETWEEN 1 AND 300),
    CONSTRAINT checklist_template_item_side CHECK (side IN ('MARKETING', 'CX', 'JOINT'))
);

CREATE TABLE message (
    id                BIGSERIAL PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    channel           VARCHAR(20)   NOT NULL,
    audience_stage_id BIGINT        NOT NULL REFERENCES journey_stage (id) ON DELETE RESTRICT,
    send_date         DATE          NOT NULL,
    team              VARCHAR(10)   NOT NULL,
    body              VARCHAR(8000),
    initiative_id     BIGINT        REFERENCES initiative (id) ON DELETE SET NULL,
    status            VARCHAR(12)   NOT NULL DEFAULT 'DRAFT',
    template_name     VARCHAR(120),
    content_version   INTEGER       NOT NULL DEFAULT 1,
    version           INTEGER       NOT NULL DEFAULT 0,
    updated_by        VARCHAR(60)   NOT NULL,
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT message_title_clean CHECK (title = btrim(title) AND length(title) BETWEEN 1 AND 200),
    CONSTRAINT message_channel CHECK (channel IN ('EMAIL', 'NEWSLETTER', 'IN_PRODUCT', 'SOCIAL', 'SMS', 'WEB', 'LETTER', 'EVENT')),
    CONSTRAINT message_team CHECK (team IN ('MARKETING', 'CX', 'JOINT')),
    CONSTRAINT message_status CHECK (status IN ('DRAFT', 'IN_REVIEW', 'ALIGNED', 'SENT')),
    CONSTRAINT message_content_version CHECK (content_version >= 1)
);
CREATE INDEX message_send_date ON message (send_date);
CREATE INDEX message_audience ON message (audience_stage_id, send_date);

CREATE TABLE message_touchpoint (
    message_id    BIGINT NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    touchpoint_id BIGINT NOT NULL REFERENCES touchpoint (id) ON DELETE RESTRICT,
    PRIMARY KEY (message_id, touchpoint_id)
);
CREATE INDEX message_touchpoint_touchpoint ON message_touchpoint (touchpoint_id);

CREATE TABLE message_check (
    message_id BIGINT        NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    position   INTEGER       NOT NULL,
    text       VARCHAR(300)  NOT NULL,
    guidance   VARCHAR(1000),
    required   BOOLEAN       NOT NULL,
    side       VARCHAR(10)   NOT NULL,
    ticked     BOOLEAN       NOT NULL DEFAULT FALSE,
    ticked_by  VARCHAR(60),
    ticked_at  TIMESTAMPTZ,
    note       VARCHAR(1000),
    PRIMARY KEY (message_id, position),
    CONSTRAINT message_check_side CHECK (side IN ('MARKETING', 'CX', 'JOINT')),
    CONSTRAINT message_check_ticked_by CHECK (NOT ticked OR (ticked_by IS NOT NULL AND ticked_at IS NOT NULL))
);

-- A sign-off approves one content version. Only the lead of each side signs: the CMO for marketing, the CCO for CX.
CREATE TABLE message_signoff (
    message_id      BIGINT      NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    side            VARCHAR(10) NOT NULL,
    signed_by       VARCHAR(60) NOT NULL,
    signed_at       TIMESTAMPTZ NOT NULL,
    content_version INTEGER     NOT NULL,
    PRIMARY KEY (message_id, side),
    CONSTRAINT message_signoff_side CHECK (side IN ('MARKETING', 'CX'))
);

-- What each content version said, so a page can show what changed since the version someone signed.
CREATE TABLE message_revision (
    message_id      BIGINT       NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    content_version INTEGER      NOT NULL,
    content         TEXT         NOT NULL,
    PRIMARY KEY (message_id, content_version)
);

-- Withdrawn sign-offs: which side, whose, by whom, when and why.
CREATE TABLE message_withdrawal (
    id              BIGSERIAL PRIMARY KEY,
    message_id      BIGINT       NOT NULL REFERENCES message (id) ON DELETE CASCADE,
    side            VARCHAR(10)  NOT NULL,
    signed_by       VARCHAR(60)  NOT NULL,
    content_version INTEGER      NOT NULL,
    withdrawn_by    VARCHAR(60)  NOT NULL,
    withdrawn_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    reason          VARCHAR(500) NOT NULL,
    CONSTRAINT message_withdrawal_side CHECK (side IN ('MARKETING', 'CX'))
);
CREATE INDEX message_withdrawal_message ON message_withdrawal (message_id, withdrawn_at DESC);
