package org.cxplanner.users;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@code api_token} and its per-minute call counts. */
@Repository
class ApiTokenRecords {

    private static final String SELECT = """
            SELECT t.id, u.username, u.display_name, t.name, t.prefix, t.scope, t.created_at, t.expires_at, t.last_used_at,
                   t.revoked_at, t.revoked_by
            FROM api_token t JOIN app_user u ON u.id = t.user_id""";

    private static final RowMapper<ApiToken> TOKEN = (rs, i) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), "READ".equals(rs.getString(6)), instant(rs.getTimestamp(7)),
            instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)), rs.getString(11));

    private final JdbcTemplate jdbc;

    ApiTokenRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String name, String hash, String prefix, boolean readOnly, int days) {
        return jdbc.queryForObject("""
                INSERT INTO api_token (user_id, name, token_hash, prefix, scope, expires_at)
                SELECT u.id, ?, ?, ?, ?, now() + make_interval(days => ?) FROM app_user u WHERE lower(u.username) = lower(?)
                RETURNING id""", Long.class, name, hash, prefix, readOnly ? "READ" : "READ_WRITE", days, username);
    }

    int activeCount(String username) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE lower(u.username) = lower(?) AND t.revoked_at IS NULL AND t.expires_at > now()""", Integer.class, username);
    }

    List<ApiToken> of(String username) {
        return jdbc.query(SELECT + " WHERE lower(u.username) = lower(?) ORDER BY t.created_at DESC, t.id DESC LIMIT 100", TOKEN, username);
    }

    List<ApiToken> all() {
        return jdbc.query(SELECT + " WHERE t.revoked_at IS NULL AND t.expires_at > now() ORDER BY u.username, t.created_at DESC", TOKEN);
    }

    Optional<ApiToken> find(long id) {
        return jdbc.query(SELECT + " WHERE t.id = ?", TOKEN, id).stream().findFirst();
    }

    boolean revoke(long id, String by) {
        return jdbc.update("UPDATE api_token SET revoked_at = now(), revoked_by = ? WHERE id = ? AND revoked_at IS NULL", by, id) == 1;
    }

    /** The user of a token that is neither expired nor revoked, and the token's id and scope. */
    Optional<Object[]> valid(String hash) {
        return jdbc.query("""
                SELECT t.id, u.username, t.scope FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.expires_at > now() AND u.enabled""",
                (rs, i) -> new Object[]{rs.getLong(1), rs.getString(2), "READ".equals(rs.getString(3))}, hash).stream().findFirst();
    }

    /**
     * Counts one call in this minute and returns the calls so far (one statement); marks the token used, at most once a
     * minute, and forgets counts older than an hour.
     */
    int countCall(long tokenId) {
        Integer calls = jdbc.queryForObject("""
                WITH used AS (UPDATE api_token SET last_used_at = now() WHERE id = ?
                                AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')),
                     old AS (DELETE FROM api_token_calls WHERE token_id = ? AND minute < date_trunc('minute', now()) - interval '1 hour')
                INSERT INTO api_token_calls (token_id, minute, calls) VALUES (?, date_trunc('minute', now()), 1)
                ON CONFLICT (token_id, minute) DO UPDATE SET calls = api_token_calls.calls + 1
                RETURNING calls""", Integer.class, tokenId, tokenId, tokenId);
        return calls == null ? 0 : calls;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
