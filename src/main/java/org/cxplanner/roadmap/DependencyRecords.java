package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The links between initiatives, read with both ends' dates in one statement. */
@Repository
class DependencyRecords {

    /** Any number; all link changes wait for each other, so two people cannot close a loop at once. */
    private static final long LINK_LOCK = 0x436f6e6e656374L;

    private static final String SELECT = """
            SELECT p.id AS p_id, p.title AS p_title, p.team AS p_team, p.status AS p_status, p.start_date AS p_start, p.end_date AS p_end,
                   s.id AS s_id, s.title AS s_title, s.team AS s_team, s.status AS s_status, s.start_date AS s_start, s.end_date AS s_end,
                   d.lag_days
            FROM initiative_dependency d JOIN initiative p ON p.id = d.predecessor_id JOIN initiative s ON s.id = d.successor_id
            """;
    private static final RowMapper<DependencyLink> LINK = (rs, i) -> new DependencyLink(end(rs, "p_"), end(rs, "s_"), rs.getInt("lag_days"));

    private final NamedParameterJdbcTemplate jdbc;

    DependencyRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static DependencyLink.End end(java.sql.ResultSet rs, String prefix) throws java.sql.SQLException {
        return new DependencyLink.End(rs.getLong(prefix + "id"), rs.getString(prefix + "title"), Team.valueOf(rs.getString(prefix + "team")),
                InitiativeStatus.valueOf(rs.getString(prefix + "status")), rs.getDate(prefix + "start").toLocalDate(),
                rs.getDate(prefix + "end").toLocalDate());
    }

    List<DependencyLink> all() {
        return jdbc.query(SELECT + " ORDER BY s.start_date, s.id, p.end_date, p.id", LINK);
    }

    /** The links where the initiative waits for another or another waits for it. */
    List<DependencyLink> of(long id) {
        return jdbc.query(SELECT + " WHERE d.successor_id = :id OR d.predecessor_id = :id ORDER BY p.end_date, s.start_date, p.title, s.title",
                new MapSqlParameterSource("id", id), LINK);
    }

    /** One initiative as a link end, for a move's preview. */
    Optional<DependencyLink.End> initiative(long id) {
        return jdbc.query("SELECT id, title, team, status, start_date, end_date FROM initiative WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, i) -> new DependencyLink.End(rs.getLong(1), rs.getString(2),
                        Team.valueOf(rs.getString(3)), InitiativeStatus.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
                        rs.getDate(6).toLocalDate())).stream().findFirst();
    }

    void lockLinks() {
        jdbc.query("SELECT pg_advisory_xact_lock(:key)", new MapSqlParameterSource("key", LINK_LOCK), rs -> {
        });
    }

    /**
     * The chain by which {@code from} already waits for {@code to}, as ids from {@code from} to {@code to}; empty when
     * it does not. Adding "to waits for from" would close that chain into a loop.
     */
    List<Long> chain(long from, long to) {
        return jdbc.query("""
                WITH RECURSIVE chain(id, path) AS (
                    SELECT CAST(:from AS BIGINT), ARRAY[CAST(:from AS BIGINT)]
                    UNION ALL
                    SELECT d.predecessor_id, c.path || d.predecessor_id FROM chain c
                    JOIN initiative_dependency d ON d.successor_id = c.id
                    WHERE NOT d.predecessor_id = ANY(c.path)
                )
                SELECT path FROM chain WHERE id = :to LIMIT 1""",
                new MapSqlParameterSource("from", from).addValue("to", to),
                (rs, i) -> Arrays.asList((Long[]) rs.getArray(1).getArray())).stream().findFirst().orElse(List.of());
    }

    /** Adds the link, or sets its lag if it is there; the previous lag, if it was. */
    Optional<Integer> save(long successorId, long predecessorId, int lagDays, String user) {
        Optional<Integer> before = jdbc.queryForList("""
                SELECT lag_days FROM initiative_dependency WHERE successor_id = :s AND predecessor_id = :p FOR UPDATE""",
                new MapSqlParameterSource("s", successorId).addValue("p", predecessorId), Integer.class).stream().findFirst();
        jdbc.update("""
                INSERT INTO initiative_dependency (successor_id, predecessor_id, lag_days, created_by)
                VALUES (:s, :p, :lag, :by)
                ON CONFLICT (successor_id, predecessor_id) DO UPDATE SET lag_days = EXCLUDED.lag_days""",
                new MapSqlParameterSource("s", successorId).addValue("p", predecessorId).addValue("lag", lagDays).addValue("by", user));
        return before;
    }

    boolean delete(long successorId, long predecessorId) {
        return jdbc.update("DELETE FROM initiative_dependency WHERE successor_id = :s AND predecessor_id = :p",
                new MapSqlParameterSource("s", successorId).addValue("p", predecessorId)) > 0;
    }

    List<String> titles(List<Long> ids) {
        java.util.Map<Long, String> byId = new java.util.HashMap<>();
        jdbc.query("SELECT id, title FROM initiative WHERE id = ANY(:ids)", new MapSqlParameterSource("ids", ids.toArray(Long[]::new)),
                rs -> {
                    byId.put(rs.getLong(1), rs.getString(2));
                });
        return ids.stream().map(id -> byId.getOrDefault(id, "?")).toList();
    }
}
