package org.cxplanner.calendar;

import org.cxplanner.security.Team;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code calendar_feed} (one per person, the address only as its hash) and {@code calendar_cancellation}. */
@Repository
class CalendarFeedRecords {

    /** The person behind a feed address. */
    record Owner(long userId, String username, String displayName, List<String> roles, FeedChoices choices) {
    }

    private final JdbcTemplate jdbc;

    CalendarFeedRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<FeedState> of(String username) {
        return jdbc.query("""
                SELECT f.actions, f.plan_items, f.send_dates, f.review, f.created_at FROM calendar_feed f
                JOIN app_user u ON u.id = f.user_id WHERE lower(u.username) = lower(?)""",
                (rs, i) -> new FeedState(choices(rs), rs.getTimestamp(5).toInstant()), username).stream().findFirst();
    }

    /** Sets the person's address (a new one replaces the old, which stops working) and keeps their choices. */
    void setToken(String username, String tokenHash, FeedChoices choices) {
        jdbc.update("""
                INSERT INTO calendar_feed (user_id, token_hash, actions, plan_items, send_dates, review)
                SELECT id, ?, ?, ?, ?, ? FROM app_user WHERE lower(username) = lower(?)
                ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()""",
                tokenHash, choices.actions().name(), choices.planItems().name(), choices.sendDates(), choices.review(), username);
    }

    int setChoices(String username, FeedChoices choices) {
        return jdbc.update("""
                UPDATE calendar_feed f SET actions = ?, plan_items = ?, send_dates = ?, review = ? FROM app_user u
                WHERE u.id = f.user_id AND lower(u.username) = lower(?)""",
                choices.actions().name(), choices.planItems().name(), choices.sendDates(), choices.review(), username);
    }

    void delete(String username) {
        jdbc.update("DELETE FROM calendar_feed f USING app_user u WHERE u.id = f.user_id AND lower(u.username) = lower(?)", username);
    }

    /** The enabled person whose address hashes to {@code tokenHash}. */
    Optional<Owner> owner(String tokenHash) {
        return jdbc.query("""
                SELECT u.id, u.username, u.display_name, f.actions, f.plan_items, f.send_dates, f.review,
                       array(SELECT r.role FROM user_role r WHERE r.user_id = u.id)
                FROM calendar_feed f JOIN app_user u ON u.id = f.user_id WHERE f.token_hash = ? AND u.enabled""",
                (rs, i) -> new Owner(rs.getLong(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(8).getArray()),
                        new FeedChoices(FeedChoices.Actions.valueOf(rs.getString(4)), FeedChoices.PlanItems.valueOf(rs.getString(5)),
                                rs.getBoolean(6), rs.getBoolean(7))), tokenHash).stream().findFirst();
    }

    /** Deleted initiatives' dates of the last month, as cancelled events. */
    List<CalendarEntry> cancellations(FeedRequest request, Instant since) {
        return jdbc.query("SELECT uid, sequence, summary, day, team FROM calendar_cancellation WHERE cancelled_at >= ? ORDER BY day, uid",
                (rs, i) -> request.showsPlanOf(Team.valueOf(rs.getString(5)))
                        ? CalendarEntry.allDay(rs.getString(1), rs.getInt(2), rs.getString(3), "Deleted from the roadmap", null,
                        rs.getDate(4).toLocalDate(), true) : null,
                Timestamp.from(since)).stream().filter(java.util.Objects::nonNull).toList();
    }

    private static FeedChoices choices(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new FeedChoices(FeedChoices.Actions.valueOf(rs.getString(1)), FeedChoices.PlanItems.valueOf(rs.getString(2)),
                rs.getBoolean(3), rs.getBoolean(4));
    }
}
