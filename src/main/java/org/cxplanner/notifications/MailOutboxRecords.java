package org.cxplanner.notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** The {@code mail_outbox} table: queued in the change's transaction, claimed and marked by the sender. */
@Repository
class MailOutboxRecords {

    /** A row claimed for sending, with what the mail needs. */
    record Claimed(long id, String key, String toAddress, String subject, String text, String html, int attempts) {
    }

    private final JdbcTemplate jdbc;

    MailOutboxRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a mail once per key: a second mail with the same key is not queued (returns false). */
    boolean queue(String key, Long recipientId, String to, Mail mail) {
        return jdbc.update("""
                INSERT INTO mail_outbox (idempotency_key, recipient_id, to_address, subject, text_body, html_body)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (idempotency_key) DO NOTHING""",
                key, recipientId, to, cut(mail.subject(), 300), mail.text(), mail.html()) == 1;
    }

    /** Queues many mails in one statement; returns the keys queued (a key already there is left out). */
    java.util.Set<String> queueAll(List<String> keys, List<Long> recipientIds, List<String> to, List<Mail> mails) {
        return new java.util.HashSet<>(jdbc.queryForList("""
                INSERT INTO mail_outbox (idempotency_key, recipient_id, to_address, subject, text_body, html_body)
                SELECT * FROM unnest(?::varchar[], ?::bigint[], ?::varchar[], ?::varchar[], ?::text[], ?::text[])
                ON CONFLICT (idempotency_key) DO NOTHING RETURNING idempotency_key""", String.class,
                keys.toArray(String[]::new), recipientIds.toArray(Long[]::new), to.toArray(String[]::new),
                mails.stream().map(m -> cut(m.subject(), 300)).toArray(String[]::new),
                mails.stream().map(Mail::text).toArray(String[]::new), mails.stream().map(Mail::html).toArray(String[]::new)));
    }

    boolean exists(String key) {
        return !jdbc.queryForList("SELECT 1 FROM mail_outbox WHERE idempotency_key = ?", Integer.class, key).isEmpty();
    }

    /** Claims due mails (SENDING), so a crash after sending leaves them claimed instead of due again. */
    List<Claimed> claimDue(Instant now, int limit) {
        return jdbc.query("""
                UPDATE mail_outbox o SET status = 'SENDING', claimed_at = ?, attempts = o.attempts + 1
                WHERE o.id IN (SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?
                               ORDER BY next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED)
                RETURNING o.id, o.idempotency_key, o.to_address, o.subject, o.text_body, o.html_body, o.attempts""",
                (rs, i) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7)), Timestamp.from(now), Timestamp.from(now), limit);
    }

    void sent(long id, Instant at) {
        jdbc.update("UPDATE mail_outbox SET status = 'SENT', sent_at = ?, last_error = NULL WHERE id = ? AND status = 'SENDING'",
                Timestamp.from(at), id);
    }

    void retryAt(long id, Instant next, String error) {
        jdbc.update("UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, last_error = ? WHERE id = ? AND status = 'SENDING'",
                Timestamp.from(next), cut(error, 1000), id);
    }

    void failed(long id, String error) {
        jdbc.update("UPDATE mail_outbox SET status = 'FAILED', last_error = ? WHERE id = ? AND status = 'SENDING'", cut(error, 1000), id);
    }

    /** Claimed long ago and never marked: the sender stopped mid-way, so the mail may have gone. */
    int markUncertain(Instant claimedBefore) {
        return jdbc.update("""
                UPDATE mail_outbox SET status = 'UNCERTAIN',
                    last_error = 'The planner stopped while sending this mail: it may have gone. Send it again only if the person did not get it.'
                WHERE status = 'SENDING' AND claimed_at < ?""", Timestamp.from(claimedBefore));
    }

    /** An administrator sends a failed or uncertain mail again. */
    int sendAgain(long id, Instant now) {
        return jdbc.update("""
                UPDATE mail_outbox SET status = 'PENDING', next_attempt_at = ?, attempts = 0, last_error = NULL
                WHERE id = ? AND status IN ('FAILED', 'UNCERTAIN')""", Timestamp.from(now), id);
    }

    List<OutboxMail> page(int offset, int limit) {
        return jdbc.query("""
                SELECT o.id, o.idempotency_key, o.to_address, u.display_name, o.subject, o.text_body, o.status, o.attempts,
                       o.last_error, o.created_at, o.sent_at
                FROM mail_outbox o LEFT JOIN app_user u ON u.id = o.recipient_id
                ORDER BY o.created_at DESC, o.id DESC OFFSET ? LIMIT ?""",
                (rs, i) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), OutboxStatus.valueOf(rs.getString(7)), rs.getInt(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant(), rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()),
                offset, limit);
    }

    int count() {
        Integer n = jdbc.queryForObject("SELECT count(*) FROM mail_outbox", Integer.class);
        return n == null ? 0 : n;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
