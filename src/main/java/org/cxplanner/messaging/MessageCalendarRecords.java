package org.cxplanner.messaging;

import org.cxplanner.calendar.CalendarEntry;
import org.cxplanner.calendar.CalendarSource;
import org.cxplanner.calendar.FeedRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.util.List;

/** Messages' send dates in calendar feeds, from a month back on, when the person chose them. */
@Repository
class MessageCalendarRecords implements CalendarSource {

    private final JdbcTemplate jdbc;

    MessageCalendarRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CalendarEntry> entries(FeedRequest request) {
        if (!request.choices().sendDates()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT id, title, channel, status, team, send_date, version FROM message
                WHERE send_date >= ? ORDER BY send_date, id""", (rs, i) -> {
            MessageStatus status = MessageStatus.valueOf(rs.getString(4));
            return CalendarEntry.allDay("message-" + rs.getLong(1) + "-send", rs.getInt(7),
                    (status == MessageStatus.SENT ? "Sent: " : "Sends: ") + rs.getString(2),
                    MessageChannel.valueOf(rs.getString(3)).label() + " · " + status.label() + " · "
                            + org.cxplanner.security.Team.valueOf(rs.getString(5)).label(),
                    "messages/" + rs.getLong(1), rs.getDate(6).toLocalDate(), false);
        }, Date.valueOf(request.today().minusDays(30)));
    }
}
