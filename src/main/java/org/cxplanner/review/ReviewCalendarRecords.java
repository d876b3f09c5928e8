package org.cxplanner.review;

import org.cxplanner.calendar.CalendarEntry;
import org.cxplanner.calendar.CalendarSource;
import org.cxplanner.calendar.FeedChoices;
import org.cxplanner.calendar.FeedRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The weekly review as a recurring meeting, and action items on their due dates (the person's own, or everyone's):
 * open ones, and done ones for a month after, marked done.
 */
@Repository
class ReviewCalendarRecords implements CalendarSource {

    static final String REVIEW_UID = "weekly-review";

    private final JdbcTemplate jdbc;
    private final ReviewScheduleRecords schedule;
    private final Clock clock;

    ReviewCalendarRecords(JdbcTemplate jdbc, ReviewScheduleRecords schedule, Clock clock) {
        this.jdbc = jdbc;
        this.schedule = schedule;
        this.clock = clock;
    }

    @Override
    public List<CalendarEntry> entries(FeedRequest request) {
        List<CalendarEntry> entries = new ArrayList<>();
        if (request.choices().review()) {
            entries.add(review(request));
        }
        if (request.choices().actions() != FeedChoices.Actions.NONE) {
            boolean mine = request.choices().actions() == FeedChoices.Actions.MINE;
            entries.addAll(jdbc.query("""
                    SELECT a.id, a.text, a.due_date, a.done, a.version, r.iso_year, r.iso_week, u.display_name, a.dropped_reason
                    FROM review_action a JOIN review r ON r.id = a.review_id JOIN app_user u ON u.id = a.owner_id
                    WHERE (NOT a.done OR a.done_at >= ?) AND (? OR a.owner_id = ?)
                    ORDER BY a.due_date, a.id""", (rs, i) -> {
                String week = String.format(Locale.ROOT, "%d-W%02d", rs.getInt(6), rs.getInt(7));
                return CalendarEntry.allDay("action-" + rs.getLong(1), rs.getInt(5),
                        (rs.getString(9) != null ? "Dropped: " : rs.getBoolean(4) ? "✓ Done: " : "Action due: ") + rs.getString(2),
                        "Owner " + rs.getString(8) + " · agreed in the review of " + week, "reviews/" + week,
                        rs.getDate(3).toLocalDate(), false);
            }, java.sql.Timestamp.from(clock.instant().minus(java.time.Duration.ofDays(30))), !mine, request.userId()));
        }
        return entries;
    }

    private CalendarEntry review(FeedRequest request) {
        ReviewSchedule meets = schedule.get(clock.getZone());
        return CalendarEntry.weekly(REVIEW_UID, meets.version(), "Weekly CX planning review",
                "The CMO and the CCO with their teams: open actions, the scorecard, the roadmap, the RACI matrix and messages. "
                        + "The agenda is in the planner.", "reviews", meets.thisWeeks(request.today()), meets.length());
    }
}
