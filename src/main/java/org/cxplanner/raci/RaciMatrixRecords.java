package org.cxplanner.raci;

import org.cxplanner.catalog.Channel;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The matrix as screens and exports read it: active touchpoints in journey order with their health, filtered,
 * a page at a time. A page costs two statements (rows, then their letters), whatever its size.
 */
@Component
class RaciMatrixRecords {

    private static final String HEALTH = """
            SELECT a.touchpoint_id,
                   count(*) FILTER (WHERE a.letter = 'A') AS accountable,
                   count(*) FILTER (WHERE a.letter = 'R') AS responsible
            FROM raci_assignment a JOIN business_function f ON f.id = a.function_id AND NOT f.archived
            GROUP BY a.touchpoint_id""";

    private static final String FILTERED = """
            WITH health AS (%s),
            matrix AS (
                SELECT t.id, t.name, t.channel, s.id AS stage_id, s.name AS stage_name, s.position AS stage_position,
                       t.position, coalesce(h.accountable, 0) AS accountable, coalesce(h.responsible, 0) AS responsible
                FROM touchpoint t
                JOIN journey_stage s ON s.id = t.stage_id
                LEFT JOIN health h ON h.touchpoint_id = t.id
                WHERE NOT t.archived AND NOT s.archived
                  AND (CAST(:stage AS BIGINT) IS NULL OR s.id = :stage)
                  AND (CAST(:function AS BIGINT) IS NULL OR EXISTS (
                       SELECT 1 FROM raci_assignment x WHERE x.touchpoint_id = t.id AND x.function_id = :function))
                  AND (CAST(:text AS TEXT) IS NULL OR strpos(lower(t.name), lower(:text)) > 0
                       OR strpos(lower(s.name), lower(:text)) > 0 OR strpos(lower(coalesce(t.description, '')), lower(:text)) > 0)
                  AND (NOT :gaps OR coalesce(h.accountable, 0) <> 1 OR coalesce(h.responsible, 0) = 0)
            )
            """.formatted(HEALTH);

    private final NamedParameterJdbcTemplate jdbc;

    RaciMatrixRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<FunctionColumn> columns() {
        return jdbc.query("SELECT id, name FROM business_function WHERE NOT archived ORDER BY position, id",
                (rs, i) -> new FunctionColumn(rs.getLong("id"), rs.getString("name")));
    }

    Optional<MatrixRow> row(long touchpointId) {
        return rowsOf(List.of(touchpointId)).stream().findFirst();
    }

    /**
     * The named active touchpoints' rows, their health counted for them alone: after an edit only a few rows
     * change, and every open matrix takes them, so this must not aggregate the whole matrix as a filtered page does.
     * {@code firstOfStage} is false: only the page a row was loaded with knows where a stage group starts.
     */
    List<MatrixRow> rowsOf(java.util.Collection<Long> touchpointIds) {
        if (touchpointIds.isEmpty()) {
            return List.of();
        }
        List<RowHead> heads = jdbc.query("""
                SELECT t.id, t.name, t.channel, s.id AS stage_id, s.name AS stage_name, h.accountable, h.responsible
                FROM touchpoint t
                JOIN journey_stage s ON s.id = t.stage_id
                CROSS JOIN LATERAL (
                    SELECT count(*) FILTER (WHERE a.letter = 'A') AS accountable,
                           count(*) FILTER (WHERE a.letter = 'R') AS responsible
                    FROM raci_assignment a JOIN business_function f ON f.id = a.function_id AND NOT f.archived
                    WHERE a.touchpoint_id = t.id) h
                WHERE t.id IN (:ids) AND NOT t.archived AND NOT s.archived
                ORDER BY s.position, t.position, t.id""", new MapSqlParameterSource("ids", touchpointIds),
                (rs, i) -> new RowHead(rs.getLong("id"), rs.getString("name"), Channel.valueOf(rs.getString("channel")),
                        rs.getLong("stage_id"), rs.getString("stage_name"), false,
                        rs.getInt("accountable"), rs.getInt("responsible")));
        return withLetters(heads);
    }

    int count(MatrixFilter filter) {
        Integer count = jdbc.queryForObject(FILTERED + "SELECT count(*) FROM matrix", parameters(filter), Integer.class);
        return count == null ? 0 : count;
    }

    List<MatrixRow> rows(MatrixFilter filter, int offset, int limit) {
        return page(parameters(filter), offset, limit);
    }

    private List<MatrixRow> page(MapSqlParameterSource parameters, int offset, int limit) {
        parameters.addValue("offset", offset).addValue("limit", limit);
        List<RowHead> heads = jdbc.query(FILTERED + """
                SELECT *, lag(stage_id) OVER (ORDER BY stage_position, position, id) IS DISTINCT FROM stage_id AS first_of_stage
                FROM matrix ORDER BY stage_position, position, id OFFSET :offset LIMIT :limit""", parameters,
                (rs, i) -> new RowHead(rs.getLong("id"), rs.getString("name"), Channel.valueOf(rs.getString("channel")),
                        rs.getLong("stage_id"), rs.getString("stage_name"), rs.getBoolean("first_of_stage"),
                        rs.getInt("accountable"), rs.getInt("responsible")));
        return withLetters(heads);
    }

    private List<MatrixRow> withLetters(List<RowHead> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Long, RaciLetter>> letters = letters(heads.stream().map(RowHead::id).toList());
        List<MatrixRow> rows = new ArrayList<>(heads.size());
        for (RowHead head : heads) {
            rows.add(new MatrixRow(head.id, head.name, head.channel, head.stageId, head.stage, head.firstOfStage,
                    letters.getOrDefault(head.id, Map.of()), HealthProblem.of(head.accountable, head.responsible)));
        }
        return rows;
    }

    HealthSummary summary() {
        // Through a prepared statement (no parameters), so each pooled connection plans it once, not on every screen open.
        return jdbc.getJdbcTemplate().queryForObject("WITH health AS (" + HEALTH + """
                ), active AS (
                    SELECT coalesce(h.accountable, 0) AS a, coalesce(h.responsible, 0) AS r
                    FROM touchpoint t JOIN journey_stage s ON s.id = t.stage_id
                    LEFT JOIN health h ON h.touchpoint_id = t.id
                    WHERE NOT t.archived AND NOT s.archived)
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE a <> 1 OR r = 0) AS gaps,
                       count(*) FILTER (WHERE a = 0) AS no_a,
                       count(*) FILTER (WHERE a > 1) AS multi_a,
                       count(*) FILTER (WHERE r = 0) AS no_r
                FROM active""", (rs, i) -> new HealthSummary(rs.getInt("total"), rs.getInt("gaps"),
                rs.getInt("no_a"), rs.getInt("multi_a"), rs.getInt("no_r")), NO_PARAMETERS);
    }

    private static final Object[] NO_PARAMETERS = {};

    /** Letters of active functions for the given touchpoints, by touchpoint then function. */
    private Map<Long, Map<Long, RaciLetter>> letters(List<Long> touchpointIds) {
        Map<Long, Map<Long, RaciLetter>> letters = new HashMap<>();
        jdbc.query("""
                SELECT a.touchpoint_id, a.function_id, a.letter FROM raci_assignment a
                JOIN business_function f ON f.id = a.function_id AND NOT f.archived
                WHERE a.touchpoint_id IN (:ids)""", new MapSqlParameterSource("ids", touchpointIds), rs -> {
            letters.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), RaciLetter.valueOf(rs.getString(3)));
        });
        return letters;
    }

    private static MapSqlParameterSource parameters(MatrixFilter filter) {
        return new MapSqlParameterSource()
                .addValue("stage", filter.stageId(), java.sql.Types.BIGINT)
                .addValue("function", filter.functionId(), java.sql.Types.BIGINT)
                .addValue("text", filter.text(), java.sql.Types.VARCHAR)
                .addValue("gaps", filter.gapsOnly());
    }

    private record RowHead(long id, String name, Channel channel, long stageId, String stage, boolean firstOfStage,
                           int accountable, int responsible) {
    }
}
