package org.cxplanner.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Who is due a digest now, and the days the daily reminders ran. */
@Repository
class DigestRecords {

    /** A person whose digest time has come today in their zone and who has something undigested. */
    record Due(long userId, String email, String displayName, ZoneId zone, LocalDate localDay) {
    }

    private final JdbcTemplate jdbc;

    DigestRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Due> due(Instant now, ZoneId serverZone) {
        return jdbc.query("""
                SELECT u.id, u.email, u.display_name, z.zone, (?::timestamptz AT TIME ZONE z.zone)::date
                FROM app_user u CROSS JOIN LATERAL (SELECT coalesce(u.time_zone, ?) AS zone) z
                WHERE u.enabled AND u.email IS NOT NULL
                  AND (?::timestamptz AT TIME ZONE z.zone)::time >= u.digest_time
                  AND EXISTS (SELECT 1 FROM notification n WHERE n.recipient_id = u.id AND n.delivery = 'DIGEST' AND n.digested_at IS NULL)
                  AND NOT EXISTS (SELECT 1 FROM mail_outbox o
                                  WHERE o.idempotency_key = 'digest-' || u.id || '-' || (?::timestamptz AT TIME ZONE z.zone)::date)
                ORDER BY u.id""",
                (rs, i) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), ZoneId.of(rs.getString(4)),
                        rs.getDate(5).toLocalDate()),
                Timestamp.from(now), serverZone.getId(), Timestamp.from(now), Timestamp.from(now));
    }

    /** Notes that {@code job} ran on {@code day}; false when another node (or an earlier run) already did. */
    boolean firstRun(String job, LocalDate day) {
        return jdbc.update("INSERT INTO daily_job_run (job, day) VALUES (?, ?) ON CONFLICT DO NOTHING", job, day) == 1;
    }
}
