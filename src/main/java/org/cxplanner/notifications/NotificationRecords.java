package org.cxplanner.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/** The {@code notification} table: written for everyone holding a role, read per person. */
@Repository
class NotificationRecords {

    private final JdbcTemplate jdbc;

    NotificationRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One notification for each enabled person holding {@code role}, except the actor and those who chose to hear
     * nothing of this kind; returns their ids, for the announcement.
     */
    List<Long> addForRole(String role, NotificationKind kind, String title, String detail, String route, String actor) {
        return jdbc.queryForList("""
                INSERT INTO notification (recipient_id, kind, title, detail, route, actor)
                SELECT u.id, ?, ?, ?, ?, ? FROM app_user u JOIN user_role r ON r.user_id = u.id AND r.role = ?
                WHERE u.enabled AND lower(u.username) <> lower(?)
                  AND NOT EXISTS (SELECT 1 FROM notification_preference p
                                  WHERE p.user_id = u.id AND p.kind = ? AND p.delivery = 'OFF')
                RETURNING recipient_id""", Long.class,
                kind.name(), cut(title, 300), detail == null ? null : cut(detail, 2000), route, actor, role, actor, kind.name());
    }

    List<Notification> of(String username, int offset, int limit) {
        return jdbc.query("""
                SELECT n.id, n.kind, n.title, n.detail, n.route, coalesce(a.display_name, n.actor), n.created_at, n.read_at IS NOT NULL
                FROM notification n JOIN app_user u ON u.id = n.recipient_id
                LEFT JOIN app_user a ON lower(a.username) = lower(n.actor)
                WHERE lower(u.username) = lower(?)
                ORDER BY n.created_at DESC, n.id DESC OFFSET ? LIMIT ?""",
                (rs, i) -> new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8)),
                username, offset, limit);
    }

    int unread(String username) {
        Integer count = jdbc.queryForObject("""
                SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id
                WHERE lower(u.username) = lower(?) AND n.read_at IS NULL""", Integer.class, username);
        return count == null ? 0 : count;
    }

    /** Marks one of the person's own as read; another person's id changes nothing. */
    int markRead(String username, long id) {
        return jdbc.update("""
                UPDATE notification n SET read_at = now() FROM app_user u
                WHERE n.id = ? AND u.id = n.recipient_id AND lower(u.username) = lower(?) AND n.read_at IS NULL""", id, username);
    }

    int markAllRead(String username) {
        return jdbc.update("""
                UPDATE notification n SET read_at = now() FROM app_user u
                WHERE u.id = n.recipient_id AND lower(u.username) = lower(?) AND n.read_at IS NULL""", username);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
