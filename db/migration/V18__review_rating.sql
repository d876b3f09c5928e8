-- Each attendee's rating of a closed meeting, 1 to 10, once; below 8 with a few words on what would have made it
-- better. Only someone recorded as attending can rate (the foreign key), so a rating names a real attendee.
CREATE TABLE review_rating (
    review_id BIGINT       NOT NULL,
    username  VARCHAR(60)  NOT NULL,
    score     SMALLINT     NOT NULL,
    note      VARCHAR(500),
    rated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (review_id, username),
    FOREIGN KEY (review_id, username) REFERENCES review_attendee (review_id, username) ON DELETE CASCADE,
    CONSTRAINT review_rating_score CHECK (score BETWEEN 1 AND 10),
    CONSTRAINT review_rating_note CHECK (note IS NULL OR length(btrim(note)) BETWEEN 1 AND 500),
    CONSTRAINT review_rating_low_note CHECK (score >= 8 OR note IS NOT NULL)
);
