package org.cxplanner.webhooks;

import org.cxplanner.base.OutgoingEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The {@code webhook}, {@code webhook_event} and {@code webhook_delivery} tables. */
@Repository
class WebhookRecords {

    /** A delivery claimed for sending, with everything the request needs. */
    record Claimed(long id, long webhookId, String url, String secret, WebhookFormat format, boolean allowInternal,
                   UUID eventId, String event, String summary, String link, String data, String actor, String actorName,
                   Instant occurredAt, int attempts) {
    }

    private static final String ENDPOINT = """
            SELECT w.id, w.version, w.name, w.url, w.format, w.events, w.allow_internal, w.enabled,
                   (SELECT max(d.created_at) FROM webhook_delivery d WHERE d.webhook_id = w.id),
                   (SELECT d.status FROM webhook_delivery d WHERE d.webhook_id = w.id ORDER BY d.created_at DESC, d.id DESC LIMIT 1),
                   (SELECT count(*) FROM webhook_delivery d WHERE d.webhook_id = w.id AND d.status IN ('FAILED', 'UNCERTAIN'))
            FROM webhook w""";

    private final JdbcTemplate jdbc;

    WebhookRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Webhook> all() {
        return jdbc.query(ENDPOINT + " ORDER BY lower(w.name), w.id", endpoint());
    }

    Optional<Webhook> find(long id) {
        return jdbc.query(ENDPOINT + " WHERE w.id = ?", endpoint(), id).stream().findFirst();
    }

    long insert(String name, String url, String secret, WebhookFormat format, Set<OutgoingEvent> events, boolean allowInternal,
                String createdBy) {
        Long id = jdbc.queryForObject("""
                INSERT INTO webhook (name, url, secret, format, events, allow_internal, created_by)
                VALUES (?, ?, ?, ?, ?::varchar[], ?, ?) RETURNING id""", Long.class,
                name, url, secret, format.name(), wire(events), allowInternal, createdBy);
        return id == null ? -1 : id;
    }

    /** Writes the endpoint if nobody changed it since {@code version}: 0 rows when someone did. */
    int update(long id, int version, String name, String url, WebhookFormat format, Set<OutgoingEvent> events,
               boolean allowInternal, boolean enabled) {
        return jdbc.update("""
                UPDATE webhook SET name = ?, url = ?, format = ?, events = ?::varchar[], allow_internal = ?, enabled = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""",
                name, url, format.name(), wire(events), allowInternal, enabled, id, version);
    }

    int newSecret(long id, String secret) {
        return jdbc.update("UPDATE webhook SET secret = ?, version = version + 1 WHERE id = ?", secret, id);
    }

    int delete(long id) {
        return jdbc.update("DELETE FROM webhook WHERE id = ?", id);
    }

    /**
     * Writes the event and a delivery for every enabled endpoint that wants it, in one statement; an event nobody
     * wants is not written. Returns how many deliveries were queued.
     */
    int emit(OutgoingEvent event, String summary, String link, String dataJson, String actor) {
        Integer queued = jdbc.queryForObject("""
                WITH targets AS (SELECT id FROM webhook WHERE enabled AND ?::varchar = ANY (events)),
                     e AS (INSERT INTO webhook_event (id, event, summary, link, data, actor)
                           SELECT ?, ?, ?, ?, ?::jsonb, ? WHERE EXISTS (SELECT 1 FROM targets) RETURNING id),
                     d AS (INSERT INTO webhook_delivery (webhook_id, event_id) SELECT t.id, e.id FROM targets t, e RETURNING 1)
                SELECT count(*) FROM d""", Integer.class,
                event.wireName(), UUID.randomUUID(), event.wireName(), cut(summary, 500), cut(link, 500), dataJson, actor);
        return queued == null ? 0 : queued;
    }

    /** An administrator's test event, for one endpoint whatever it subscribes to. */
    void emitTo(long webhookId, String summary, String link, String dataJson, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO webhook_event (id, event, summary, link, data, actor) VALUES (?, ?, ?, ?, ?::jsonb, ?)",
                id, OutgoingEvent.TEST.wireName(), summary, cut(link, 500), dataJson, actor);
        jdbc.update("INSERT INTO webhook_delivery (webhook_id, event_id) VALUES (?, ?)", webhookId, id);
    }

    /** Claims due deliveries (SENDING), so a crash after the call leaves them claimed instead of due again. */
    List<Claimed> claimDue(Instant now, int limit) {
        return jdbc.query("""
                WITH c AS (
                    UPDATE webhook_delivery d SET status = 'SENDING', claimed_at = ?, attempts = d.attempts + 1
                    WHERE d.id IN (SELECT x.id FROM webhook_delivery x JOIN webhook w ON w.id = x.webhook_id
                                   WHERE x.status = 'PENDING' AND x.next_attempt_at <= ? AND w.enabled
                                   ORDER BY x.next_attempt_at, x.id LIMIT ? FOR UPDATE OF x SKIP LOCKED)
                    RETURNING d.id, d.webhook_id, d.event_id, d.attempts)
                SELECT c.id, c.webhook_id, w.url, w.secret, w.format, w.allow_internal, e.id, e.event, e.summary, e.link,
                       e.data::text, e.actor, u.display_name, e.occurred_at, c.attempts
                FROM c JOIN webhook w ON w.id = c.webhook_id JOIN webhook_event e ON e.id = c.event_id
                LEFT JOIN app_user u ON u.username = e.actor
                ORDER BY c.id""",
                (rs, i) -> new Claimed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        WebhookFormat.valueOf(rs.getString(5)), rs.getBoolean(6), rs.getObject(7, UUID.class), rs.getString(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                        rs.getTimestamp(14).toInstant(), rs.getInt(15)),
                Timestamp.from(now), Timestamp.from(now), limit);
    }

    void sent(long id, int code, Instant at) {
        jdbc.update("""
                UPDATE webhook_delivery SET status = 'SENT', delivered_at = ?, response_code = ?, last_error = NULL
                WHERE id = ? AND status = 'SENDING'""", Timestamp.from(at), code, id);
    }

    void retryAt(long id, Instant next, Integer code, String error) {
        jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, response_code = ?, last_error = ?
                WHERE id = ? AND status = 'SENDING'""", Timestamp.from(next), code, cut(error, 1000), id);
    }

    void failed(long id, Integer code, String error) {
        jdbc.update("UPDATE webhook_delivery SET status = 'FAILED', response_code = ?, last_error = ? WHERE id = ? AND status = 'SENDING'",
                code, cut(error, 1000), id);
    }

    /** Claimed and never marked: the sender stopped mid-way, so the endpoint may have had it. */
    int markUncertain(Instant claimedBefore) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = 'UNCERTAIN',
                    last_error = 'The planner stopped while delivering this event: the endpoint may have had it.'
                WHERE status = 'SENDING' AND claimed_at < ?""", Timestamp.from(claimedBefore));
    }

    int sendAgain(long deliveryId, Instant now) {
        return jdbc.update("""
                UPDATE webhook_delivery SET status = 'PENDING', next_attempt_at = ?, attempts = 0, last_error = NULL
                WHERE id = ? AND status IN ('FAILED', 'UNCERTAIN')""", Timestamp.from(now), deliveryId);
    }

    List<WebhookDelivery> log(long webhookId, int offset, int limit) {
        return jdbc.query("""
                SELECT d.id, e.event, e.summary, d.status, d.attempts, d.response_code, d.last_error, d.created_at,
                       d.delivered_at, CASE WHEN d.status = 'PENDING' THEN d.next_attempt_at END
                FROM webhook_delivery d JOIN webhook_event e ON e.id = d.event_id
                WHERE d.webhook_id = ? ORDER BY d.created_at DESC, d.id DESC OFFSET ? LIMIT ?""",
                (rs, i) -> new WebhookDelivery(rs.getLong(1), OutgoingEvent.ofWireName(rs.getString(2)), rs.getString(3),
                        DeliveryStatus.valueOf(rs.getString(4)), rs.getInt(5), (Integer) rs.getObject(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10))),
                webhookId, offset, limit);
    }

    int logCount(long webhookId) {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM webhook_delivery WHERE webhook_id = ?", Integer.class, webhookId);
        return n == null ? 0 : n;
    }

    private static RowMapper<Webhook> endpoint() {
        return (rs, i) -> new Webhook(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                WebhookFormat.valueOf(rs.getString(5)), events(rs.getArray(6)), rs.getBoolean(7), rs.getBoolean(8),
                instant(rs.getTimestamp(9)), rs.getString(10) == null ? null : DeliveryStatus.valueOf(rs.getString(10)).label(),
                rs.getInt(11));
    }

    private static Set<OutgoingEvent> events(Array array) throws SQLException {
        Set<OutgoingEvent> events = EnumSet.noneOf(OutgoingEvent.class);
        Arrays.stream((Object[]) array.getArray()).map(String.class::cast).map(OutgoingEvent::ofWireName).forEach(events::add);
        return events;
    }

    private static String wire(Set<OutgoingEvent> events) {
        return events.stream().map(OutgoingEvent::wireName).collect(Collectors.joining(",", "{", "}"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
