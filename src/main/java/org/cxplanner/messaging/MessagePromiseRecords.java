package org.cxplanner.messaging;

import org.cxplanner.roadmap.DeliveryPromises;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;

/**
 * The delivery check: which messages send before an initiative they promise is done. Also tells the roadmap which
 * unsent messages promise what, so a move can say whose send date it would break.
 */
@Repository
class MessagePromiseRecords implements DeliveryPromises {

    private static final String LATE = """
            SELECT m.id, m.title, m.send_date, i.id AS initiative_id, i.title AS initiative_title, i.end_date, i.status
            FROM message_promise p JOIN message m ON m.id = p.message_id JOIN initiative i ON i.id = p.initiative_id
            WHERE i.status = 'DROPPED' OR (i.status <> 'DONE' AND m.send_date < i.end_date)
            """;
    private static final RowMapper<LatePromise> ROW = (rs, i) -> new LatePromise(rs.getLong(1), rs.getString(2),
            rs.getDate(3).toLocalDate(), rs.getLong(4), rs.getString(5), rs.getDate(6).toLocalDate(), "DROPPED".equals(rs.getString(7)));

    private final NamedParameterJdbcTemplate jdbc;

    MessagePromiseRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Promise> promisesOf(Collection<Long> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                SELECT m.id, m.title, m.send_date, p.initiative_id FROM message_promise p JOIN message m ON m.id = p.message_id
                WHERE p.initiative_id = ANY(:ids) AND m.status <> 'SENT' ORDER BY m.send_date, m.id""",
                new MapSqlParameterSource("ids", initiativeIds.toArray(Long[]::new)),
                (rs, i) -> new Promise(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getLong(4)));
    }

    /** The late promises of one message. */
    List<LatePromise> lateOf(long messageId) {
        return jdbc.query(LATE + " AND m.id = :id ORDER BY i.end_date, i.title", new MapSqlParameterSource("id", messageId), ROW);
    }

    /** The late promises of every message not sent yet, by send date. */
    List<LatePromise> lateUnsent() {
        return jdbc.query(LATE + " AND m.status <> 'SENT' ORDER BY m.send_date, m.id, i.end_date", ROW);
    }
}
