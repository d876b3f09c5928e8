package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The attendees' ratings of a meeting. */
@Repository
class ReviewRatingRecords {

    private final JdbcTemplate jdbc;

    ReviewRatingRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the caller rated already (the primary key keeps it to once). */
    boolean add(long reviewId, String username, int score, String note) {
        return jdbc.update("""
                INSERT INTO review_rating (review_id, username, score, note)
                SELECT review_id, username, ?, ? FROM review_attendee WHERE review_id = ? AND lower(username) = lower(?)
                ON CONFLICT DO NOTHING""", score, note, reviewId, username) > 0;
    }

    /** The meeting's rating as the caller sees it; {@code mayRate} is filled in by the caller's rules. */
    MeetingRating of(long reviewId, String username, boolean closed) {
        return jdbc.queryForObject("""
                SELECT (SELECT count(*) FROM review_rating WHERE review_id = ?),
                       (SELECT count(*) FROM review_attendee WHERE review_id = ?),
                       (SELECT avg(score) FROM review_rating WHERE review_id = ?),
                       ARRAY(SELECT score || ' — ' || note FROM review_rating WHERE review_id = ? AND score < 8 ORDER BY score, rated_at),
                       EXISTS (SELECT 1 FROM review_attendee WHERE review_id = ? AND lower(username) = lower(?))
                       AND NOT EXISTS (SELECT 1 FROM review_rating WHERE review_id = ? AND lower(username) = lower(?))""",
                (rs, i) -> new MeetingRating(rs.getInt(1), rs.getInt(2), rs.getObject(3) == null ? null : rs.getDouble(3),
                        List.of((String[]) rs.getArray(4).getArray()), closed && rs.getBoolean(5)),
                reviewId, reviewId, reviewId, reviewId, reviewId, username, reviewId, username);
    }
}
