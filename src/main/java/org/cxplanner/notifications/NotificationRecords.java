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
     * One notification for each enabled person among {@code to}, except the actor and those who chose to hear
     * nothing of this kind; a {@code onceKey} writes it at most once per person. Returns who was told and how.
     */
    List<Told> add(Recipients to, NotificationKind kind, String title, String detail, String route, String actor, String onceKey) {
        if (to.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                WITH told AS (
                    INSERT INTO notification (recipient_id, kind, title, detail, route, actor, delivery, once_key)
                    SELECT u.id, ?, ?, ?, ?, ?, coalesce(p.delivery, ?), ?
                    FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id AND p.kind = ?
                    WHERE u.enabled AND lower(u.username) <> lower(?) AND coalesce(p.delivery, ?) <> 'OFF'
                      AND (u.id = ANY (?) OR lower(u.username) = ANY (?)
                           OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ANY (?)))
                    ON CONFLICT (recipient_id, kind, once_key) WHERE once_key IS NOT NULL DO NOTHING
                    RETURNING id, recipient_id, delivery)
                SELECT t.id, t.recipient_id, t.delivery, u.email, u.display_name FROM told t JOIN app_user u ON u.id = t.recipient_id""",
                (rs, i) -> new Told(rs.getLong(1), rs.getLong(2), Delivery.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)),
                kind.name(), cut(title, 300), detail == null ? null : cut(detail, 2000), route, actor, kind.byDefault().name(), onceKey,
                kind.name(), actor, kind.byDefault().name(), to.ids().toArray(Long[]::new), to.names().toArray(String[]::new),
                to.roles().toArray(String[]::new));
    }

    /** Enabled people among {@code to} who have an e-mail address, except the actor. */
    List<Told> reachable(Recipients to, String actor) {
        return jdbc.query("""
                SELECT 0, u.id, 'AT_ONCE', u.email, u.display_name FROM app_user u
                WHERE u.enabled AND u.email IS NOT NULL AND lower(u.username) <> lower(?)
                  AND (u.id = ANY (?) OR lower(u.username) = ANY (?)
                       OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ANY (?)))
                ORDER BY u.id""",
                (rs, i) -> new Told(rs.getLong(1), rs.getLong(2), Delivery.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5)),
                actor, to.ids().toArray(Long[]::new), to.names().toArray(String[]::new), to.roles().toArray(String[]::new));
    }

    /** The notifications digests have not taken yet of these people, by person, oldest first: one statement. */
    java.util.Map<Long, List<Notification>> forDigest(List<Long> recipientIds) {
        java.util.Map<Long, List<Notification>> byPerson = new java.util.LinkedHashMap<>();
        jdbc.query("""
                SELECT n.id, n.kind, n.title, n.detail, n.route, coalesce(a.display_name, n.actor), n.created_at, n.read_at IS NOT NULL,
                       n.recipient_id
                FROM notification n LEFT JOIN app_user a ON lower(a.username) = lower(n.actor)
                WHERE n.recipient_id = ANY (?) AND n.delivery = 'DIGEST' AND n.digested_at IS NULL
                ORDER BY n.recipient_id, n.created_at, n.id""", rs -> {
            byPerson.computeIfAbsent(rs.getLong(9), id -> new java.util.ArrayList<>()).add(notification(rs, 0));
        }, (Object) recipientIds.toArray(Long[]::new));
        return byPerson;
    }

    void digested(List<Long> ids, java.time.Instant at) {
        jdbc.update("UPDATE notification SET digested_at = ? WHERE id = ANY (?)", java.sql.Timestamp.from(at), ids.toArray(Long[]::new));
    }

    List<Notification> of(String username, int offset, int limit) {
        return jdbc.query("""
                SELECT n.id, n.kind, n.title, n.detail, n.route, coalesce(a.display_name, n.actor), n.created_at, n.read_at IS NOT NULL
                FROM notification n JOIN app_user u ON u.id = n.recipient_id
                LEFT JOIN app_user a ON lower(a.username) = lower(n.actor)
                WHERE lower(u.username) = lower(?)
                ORDER BY n.created_at DESC, n.id DESC OFFSET ? LIMIT ?""",
                NotificationRecords::notification, username, offset, limit);
    }

    private static Notification notification(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Notification(rs.getLong(1), NotificationKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getBoolean(8));
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
