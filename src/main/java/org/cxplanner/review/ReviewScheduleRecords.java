package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Time;
import java.time.DayOfWeek;
import java.time.ZoneId;

/** The one row of {@code review_schedule}. */
@Repository
class ReviewScheduleRecords {

    private final JdbcTemplate jdbc;

    ReviewScheduleRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The leads' schedule; until they set one (or after the table was emptied), Mondays at 10:00 for an hour. */
    ReviewSchedule get(ZoneId serverZone) {
        return jdbc.query("SELECT weekday, start_time, minutes, time_zone, version FROM review_schedule WHERE id = 1",
                (rs, i) -> new ReviewSchedule(DayOfWeek.of(rs.getInt(1)), rs.getTime(2).toLocalTime(), rs.getInt(3),
                        rs.getString(4) == null ? serverZone : ZoneId.of(rs.getString(4)), rs.getInt(5))).stream().findFirst()
                .orElse(new ReviewSchedule(DayOfWeek.MONDAY, java.time.LocalTime.of(10, 0), 60, serverZone, 0));
    }

    /** Saves the schedule if nobody changed it since {@code expectedVersion}; false otherwise. */
    boolean set(ReviewSchedule schedule, int expectedVersion, String by, ZoneId serverZone) {
        jdbc.update("INSERT INTO review_schedule (id) VALUES (1) ON CONFLICT DO NOTHING");
        return jdbc.update("""
                UPDATE review_schedule SET weekday = ?, start_time = ?, minutes = ?, time_zone = ?, version = version + 1,
                    updated_by = ?, updated_at = now()
                WHERE id = 1 AND version = ?""", schedule.weekday().getValue(), Time.valueOf(schedule.start()), schedule.minutes(),
                schedule.zone().equals(serverZone) ? null : schedule.zone().getId(), by, expectedVersion) == 1;
    }
}
