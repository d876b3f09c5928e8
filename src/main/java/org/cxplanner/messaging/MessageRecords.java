package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What sits beside the message aggregate: content revisions, withdrawn sign-offs and the list's read model. */
@Repository
class MessageRecords {

    static final List<String> CONTENT_FIELDS = List.of("Title", "Channel", "Audience", "Send date", "Touchpoints", "Initiative", "Promises", "Text");

    private final JdbcTemplate jdbc;

    MessageRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveRevision(long messageId, int contentVersion, Map<String, String> content) {
        Properties properties = new Properties();
        properties.putAll(content);
        StringWriter text = new StringWriter();
        try {
            properties.store(text, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.update("INSERT INTO message_revision (message_id, content_version, content) VALUES (?, ?, ?)",
                messageId, contentVersion, text.toString());
    }

    Map<String, String> revision(long messageId, int contentVersion) {
        List<String> found = jdbc.queryForList("SELECT content FROM message_revision WHERE message_id = ? AND content_version = ?",
                String.class, messageId, contentVersion);
        Map<String, String> content = new LinkedHashMap<>();
        if (found.isEmpty()) {
            return content;
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(found.getFirst()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CONTENT_FIELDS.forEach(field -> content.put(field, properties.getProperty(field, "")));
        return content;
    }

    void addWithdrawal(long messageId, SignOff signOff, String withdrawnBy, String reason) {
        jdbc.update("""
                INSERT INTO message_withdrawal (message_id, side, signed_by, content_version, withdrawn_by, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", messageId, signOff.side().name(), signOff.signedBy(), signOff.contentVersion(),
                withdrawnBy, reason);
    }

    List<Withdrawal> withdrawals(long messageId) {
        return jdbc.query("""
                SELECT side, signed_by, content_version, withdrawn_by, withdrawn_at, reason FROM message_withdrawal
                WHERE message_id = ? ORDER BY withdrawn_at DESC, id DESC""",
                (rs, i) -> new Withdrawal(Team.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), messageId);
    }

    void request(long messageId, Team side, String user) {
        jdbc.update("""
                INSERT INTO message_signoff_request (message_id, side, requested_by) VALUES (?, ?, ?)
                ON CONFLICT (message_id, side) DO UPDATE SET requested_by = EXCLUDED.requested_by, requested_at = now()""",
                messageId, side.name(), user);
    }

    void clearRequest(long messageId, Team side) {
        jdbc.update("DELETE FROM message_signoff_request WHERE message_id = ? AND side = ?", messageId, side.name());
    }

    /** Open messages whose current content {@code side} has not signed, and that are in review or were asked for. */
    List<Long> waitingFor(Team side) {
        return jdbc.queryForList("SELECT m.id FROM message m WHERE " + WAITING + " ORDER BY m.send_date, m.id",
                Long.class, side.name(), side.name());
    }

    /** Of those waiting for {@code side}, the ones whose required items are all ticked: a lead can sign them now. */
    List<Long> readyFor(Team side) {
        return jdbc.queryForList("SELECT m.id FROM message m WHERE " + WAITING + """
                 AND NOT EXISTS (SELECT 1 FROM message_check c WHERE c.message_id = m.id AND c.required AND NOT c.ticked)
                ORDER BY m.send_date, m.id""", Long.class, side.name(), side.name());
    }

    /** Who asked for each side's sign-off of this message, for the sides someone asked. */
    Map<Team, String> requests(long messageId) {
        Map<Team, String> requests = new java.util.EnumMap<>(Team.class);
        jdbc.query("SELECT side, requested_by FROM message_signoff_request WHERE message_id = ?",
                (java.sql.ResultSet rs) -> { requests.put(Team.valueOf(rs.getString(1)), rs.getString(2)); }, messageId);
        return requests;
    }

    /**
     * Both sides' waiting sign-offs in one read, each with when the wait began: the request, else the move into
     * review (from the history), else the last change to the message.
     */
    List<MessageAttention.Waiting> waitingBothSides() {
        return jdbc.query("""
                SELECT m.id, m.title, m.send_date, s.side,
                       coalesce(r.requested_at, CASE WHEN m.status = 'IN_REVIEW' THEN m.status_since END, m.updated_at) AS since
                FROM message m CROSS JOIN (VALUES ('MARKETING'), ('CX')) AS s (side)
                LEFT JOIN message_signoff_request r ON r.message_id = m.id AND r.side = s.side
                WHERE m.status IN ('DRAFT', 'IN_REVIEW')
                  AND NOT EXISTS (SELECT 1 FROM message_signoff o WHERE o.message_id = m.id AND o.side = s.side
                                  AND o.content_version = m.content_version)
                  AND (m.status = 'IN_REVIEW' OR r.message_id IS NOT NULL)
                ORDER BY since, m.id, s.side""",
                (rs, i) -> new MessageAttention.Waiting(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
                        Team.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant()));
    }

    List<MessageAttention.Withdrawn> withdrawnSince(java.time.Instant since, java.time.Instant until) {
        return jdbc.query("""
                SELECT w.message_id, m.title, w.side, w.signed_by, w.content_version, w.withdrawn_by, w.withdrawn_at, w.reason
                FROM message_withdrawal w JOIN message m ON m.id = w.message_id
                WHERE w.withdrawn_at > ? AND w.withdrawn_at <= ? ORDER BY w.withdrawn_at, w.id""",
                (rs, i) -> new MessageAttention.Withdrawn(rs.getLong(1), rs.getString(2), new Withdrawal(Team.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getInt(5), rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8))),
                java.sql.Timestamp.from(since), java.sql.Timestamp.from(until));
    }

    /** The touchpoints of every message not yet sent, by message. */
    Map<Long, List<Long>> touchpointsOfUnsent() {
        Map<Long, List<Long>> byMessage = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.message_id, t.touchpoint_id FROM message_touchpoint t JOIN message m ON m.id = t.message_id
                WHERE m.status <> 'SENT' ORDER BY m.send_date, m.id, t.touchpoint_id""",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> byMessage
                        .computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(rs.getLong(2)));
        return byMessage;
    }

    /** Three days unless a lead chose otherwise. */
    int clashDays() {
        return jdbc.queryForList("SELECT value FROM planner_setting WHERE name = 'message.clash-days'", String.class).stream()
                .findFirst().map(Integer::parseInt).orElse(3);
    }

    void setClashDays(int days) {
        jdbc.update("""
                INSERT INTO planner_setting (name, value) VALUES ('message.clash-days', ?)
                ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value""", String.valueOf(days));
    }

    /** Every pair of messages to the same audience stage within {@code days} days of each other, both ways round. */
    List<Clash> clashes(int days) {
        return jdbc.query("""
                SELECT a.id, b.id, b.title, b.send_date FROM message a
                JOIN message b ON b.audience_stage_id = a.audience_stage_id AND b.id <> a.id
                              AND abs(b.send_date - a.send_date) <= ?
                ORDER BY a.id, b.send_date, b.id""",
                (rs, i) -> new Clash(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()), days);
    }

    /** One message's clashes: what a message's page and a tick need, without pairing every message with every other. */
    List<Clash> clashesOf(long messageId, int days) {
        return jdbc.query("""
                SELECT a.id, b.id, b.title, b.send_date FROM message a
                JOIN message b ON b.audience_stage_id = a.audience_stage_id AND b.id <> a.id
                              AND abs(b.send_date - a.send_date) <= ?
                WHERE a.id = ?
                ORDER BY b.send_date, b.id""",
                (rs, i) -> new Clash(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDate(4).toLocalDate()), days, messageId);
    }

    List<MessageRow> rows() {
        return rows(MessageFilter.ALL, null, 0, Integer.MAX_VALUE);
    }

    /** One page of the list; {@code waitingSide}: only what waits for that side's sign-off (see {@link #waitingFor}). */
    List<MessageRow> rows(MessageFilter filter, Team waitingSide, int offset, int limit) {
        List<Object> parameters = new java.util.ArrayList<>();
        String where = where(filter, waitingSide, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return jdbc.query("""
                SELECT m.id, m.title, m.channel, s.name AS audience, m.send_date, m.team, m.status,
                       (SELECT count(*) FROM message_check c WHERE c.message_id = m.id AND c.required AND c.ticked) AS ticked,
                       (SELECT count(*) FROM message_check c WHERE c.message_id = m.id AND c.required) AS required,
                       EXISTS (SELECT 1 FROM message_signoff o WHERE o.message_id = m.id AND o.side = 'MARKETING'
                               AND o.content_version = m.content_version) AS marketing_signed,
                       EXISTS (SELECT 1 FROM message_signoff o WHERE o.message_id = m.id AND o.side = 'CX'
                               AND o.content_version = m.content_version) AS cx_signed
                FROM message m JOIN journey_stage s ON s.id = m.audience_stage_id
                WHERE """ + " " + where + " ORDER BY m.send_date, m.id LIMIT ? OFFSET ?",
                (rs, i) -> new MessageRow(rs.getLong("id"), rs.getString("title"), MessageChannel.valueOf(rs.getString("channel")),
                        rs.getString("audience"), rs.getDate("send_date").toLocalDate(),
                        org.cxplanner.security.Team.valueOf(rs.getString("team")), MessageStatus.valueOf(rs.getString("status")),
                        rs.getInt("ticked"), rs.getInt("required"), rs.getBoolean("marketing_signed"), rs.getBoolean("cx_signed"),
                        List.of()), parameters.toArray());
    }

    int count(MessageFilter filter, Team waitingSide) {
        List<Object> parameters = new java.util.ArrayList<>();
        Integer count = jdbc.queryForObject("SELECT count(*) FROM message m WHERE " + where(filter, waitingSide, parameters),
                Integer.class, parameters.toArray());
        return count == null ? 0 : count;
    }

    private static String where(MessageFilter filter, Team waitingSide, List<Object> parameters) {
        List<String> conditions = new java.util.ArrayList<>();
        conditions.add("TRUE");
        if (filter.status() != null) {
            conditions.add("m.status = ?");
            parameters.add(filter.status().name());
        }
        if (filter.channel() != null) {
            conditions.add("m.channel = ?");
            parameters.add(filter.channel().name());
        }
        if (filter.audienceStageId() != null) {
            conditions.add("m.audience_stage_id = ?");
            parameters.add(filter.audienceStageId());
        }
        if (filter.team() != null) {
            conditions.add("m.team = ?");
            parameters.add(filter.team().name());
        }
        if (filter.from() != null) {
            conditions.add("m.send_date >= ?");
            parameters.add(java.sql.Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("m.send_date <= ?");
            parameters.add(java.sql.Date.valueOf(filter.to()));
        }
        if (filter.waitingForMe()) {
            if (waitingSide == null) {
                conditions.add("FALSE");
            } else {
                conditions.add(WAITING);
                parameters.add(waitingSide.name());
                parameters.add(waitingSide.name());
            }
        }
        return String.join(" AND ", conditions);
    }

    private static final String WAITING = """
            m.status IN ('DRAFT', 'IN_REVIEW')
            AND NOT EXISTS (SELECT 1 FROM message_signoff o WHERE o.message_id = m.id AND o.side = ?
                            AND o.content_version = m.content_version)
            AND (m.status = 'IN_REVIEW'
                 OR EXISTS (SELECT 1 FROM message_signoff_request r WHERE r.message_id = m.id AND r.side = ?))""";
}
