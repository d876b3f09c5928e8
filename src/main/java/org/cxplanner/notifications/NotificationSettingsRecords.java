package org.cxplanner.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Time;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The columns of {@code app_user} that say how to reach a person, and {@code notification_preference}. */
@Repository
class NotificationSettingsRecords {

    private final JdbcTemplate jdbc;

    NotificationSettingsRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idOf(String username) {
        return jdbc.queryForList("SELECT id FROM app_user WHERE lower(username) = lower(?)", Long.class, username).stream().findFirst();
    }

    Optional<String> displayNameOf(String username) {
        return jdbc.queryForList("SELECT display_name FROM app_user WHERE lower(username) = lower(?)", String.class, username)
                .stream().findFirst();
    }

    Optional<NotificationSettings> find(long userId, ZoneId serverZone) {
        Map<NotificationKind, Delivery> deliveries = new EnumMap<>(NotificationKind.class);
        jdbc.query("SELECT kind, delivery FROM notification_preference WHERE user_id = ?", rs -> {
            try {
                deliveries.put(NotificationKind.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2)));
            } catch (IllegalArgumentException e) {
                // A kind a later version removed: its row is ignored.
            }
        }, userId);
        return jdbc.query("SELECT email, time_zone, digest_time FROM app_user WHERE id = ?",
                (rs, i) -> new NotificationSettings(userId, rs.getString(1),
                        rs.getString(2) == null ? serverZone : ZoneId.of(rs.getString(2)),
                        rs.getTime(3).toLocalTime(), deliveries), userId).stream().findFirst();
    }

    void save(NotificationSettings settings, ZoneId serverZone) {
        jdbc.update("UPDATE app_user SET email = ?, time_zone = ?, digest_time = ?, updated_at = now() WHERE id = ?",
                settings.email(), settings.zone().equals(serverZone) ? null : settings.zone().getId(),
                Time.valueOf(settings.digestTime()), settings.userId());
        jdbc.update("DELETE FROM notification_preference WHERE user_id = ?", settings.userId());
        settings.deliveries().forEach((kind, delivery) -> {
            if (delivery != kind.byDefault()) {
                jdbc.update("INSERT INTO notification_preference (user_id, kind, delivery) VALUES (?, ?, ?)",
                        settings.userId(), kind.name(), delivery.name());
            }
        });
    }

    /** Example addresses for the demo users, so the feature shows with the demo plan. */
    void giveDemoAddresses() {
        jdbc.update("""
                UPDATE app_user SET email = username || '@example.com'
                WHERE email IS NULL AND username IN ('admin', 'cmo', 'cco', 'marketer', 'cx', 'viewer')""");
    }
}
