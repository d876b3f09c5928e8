package org.cxplanner.raci;

import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/**
 * RACI cells are small rows of their own, not children of a big aggregate: saving one cell must not rewrite
 * thousands. Every change is written together with its history row.
 */
@Repository
public class RaciCellRecords {

    private final NamedParameterJdbcTemplate jdbc;

    RaciCellRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the cell's touchpoint (so two edits of one row are serialised) and reads the current letter, the names
     * the history records, and whether touchpoint and function are active; empty when either does not exist.
     */
    Optional<CellState> lockCell(long touchpointId, long functionId) {
        List<CellState> states = jdbc.query("""
                SELECT t.archived OR s.archived AS touchpoint_archived, f.archived AS function_archived,
                       (SELECT a.letter FROM raci_assignment a WHERE a.touchpoint_id = t.id AND a.function_id = f.id) AS letter,
                       t.name AS touchpoint, f.name AS function, f.lead_id
                FROM touchpoint t JOIN journey_stage s ON s.id = t.stage_id, business_function f
                WHERE t.id = :touchpoint AND f.id = :function
                FOR UPDATE OF t""", cell(touchpointId, functionId),
                (rs, i) -> new CellState(rs.getBoolean(1), rs.getBoolean(2),
                        rs.getString(3) == null ? null : RaciLetter.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5), (Long) rs.getObject(6)));
        return states.stream().findFirst();
    }

    /** Writes (or clears) the letter and appends the change to the history: one statement. */
    void write(long touchpointId, long functionId, CellState state, RaciLetter newLetter, ChangeSource source) {
        ChangeEntry entry = new ChangeEntry(HistoryArea.RACI, RaciChanged.HISTORY_KIND, touchpointId, state.touchpoint(),
                state.function(), name(state.letter()), name(newLetter), source);
        MapSqlParameterSource parameters = ChangeHistory.parameters(entry, cell(touchpointId, functionId)
                .addValue("new", name(newLetter)));
        String change = newLetter == null
                ? "DELETE FROM raci_assignment WHERE touchpoint_id = :touchpoint AND function_id = :function"
                : """
                  INSERT INTO raci_assignment (touchpoint_id, function_id, letter, updated_by, updated_at)
                  VALUES (:touchpoint, :function, :new, :h_by, now())
                  ON CONFLICT (touchpoint_id, function_id)
                  DO UPDATE SET letter = EXCLUDED.letter, updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""";
        jdbc.update("WITH cell AS (" + change + ") " + ChangeHistory.INSERT, parameters);
    }

    /** The leads of the functions Accountable for a touchpoint, when none is Responsible for it any more. */
    List<Long> accountableLeadsIfNoneResponsible(long touchpointId) {
        return jdbc.queryForList("""
                SELECT f.lead_id FROM raci_assignment a JOIN business_function f ON f.id = a.function_id
                WHERE a.touchpoint_id = :touchpoint AND a.letter = 'A' AND f.lead_id IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM raci_assignment r JOIN business_function rf ON rf.id = r.function_id
                                  WHERE r.touchpoint_id = :touchpoint AND r.letter = 'R' AND NOT rf.archived)""",
                new MapSqlParameterSource("touchpoint", touchpointId), Long.class);
    }

    /** How many active functions are Accountable and Responsible for the touchpoint now: {A, R}. */
    int[] ownerCounts(long touchpointId) {
        return jdbc.queryForObject("""
                SELECT count(*) FILTER (WHERE a.letter = 'A'), count(*) FILTER (WHERE a.letter = 'R')
                FROM raci_assignment a JOIN business_function f ON f.id = a.function_id AND NOT f.archived
                WHERE a.touchpoint_id = :touchpoint""", new MapSqlParameterSource("touchpoint", touchpointId),
                (rs, i) -> new int[] {rs.getInt(1), rs.getInt(2)});
    }

    /** Every letter of active touchpoints and functions, for import comparison. */
    List<Cell> activeCells() {
        return jdbc.query("""
                SELECT a.touchpoint_id, a.function_id, a.letter FROM raci_assignment a
                JOIN touchpoint t ON t.id = a.touchpoint_id
                JOIN business_function f ON f.id = a.function_id""",
                (rs, i) -> new Cell(rs.getLong(1), rs.getLong(2), RaciLetter.valueOf(rs.getString(3))));
    }

    /** The R, A, C and I functions of each touchpoint asked for (active functions only, in column order). */
    List<TouchpointOwners> owners(java.util.Collection<Long> touchpointIds) {
        java.util.Map<Long, String> names = new java.util.LinkedHashMap<>();
        java.util.Map<Long, java.util.Map<RaciLetter, List<String>>> byLetter = new java.util.HashMap<>();
        jdbc.query("""
                SELECT t.id, t.name, a.letter, f.name AS function
                FROM touchpoint t
                LEFT JOIN raci_assignment a ON a.touchpoint_id = t.id
                LEFT JOIN business_function f ON f.id = a.function_id
                WHERE t.id = ANY(:ids) AND (f.id IS NULL OR NOT f.archived)
                ORDER BY t.name, t.id, f.position""", new MapSqlParameterSource("ids", touchpointIds.toArray(Long[]::new)), rs -> {
                    long id = rs.getLong(1);
                    names.put(id, rs.getString(2));
                    if (rs.getString(3) != null) {
                        byLetter.computeIfAbsent(id, k -> new java.util.EnumMap<>(RaciLetter.class))
                                .computeIfAbsent(RaciLetter.valueOf(rs.getString(3)), k -> new java.util.ArrayList<>())
                                .add(rs.getString(4));
                    }
                });
        return names.entrySet().stream().map(e -> {
            var letters = byLetter.getOrDefault(e.getKey(), java.util.Map.of());
            return new TouchpointOwners(e.getKey(), e.getValue(), letters.getOrDefault(RaciLetter.A, List.of()),
                    letters.getOrDefault(RaciLetter.R, List.of()), letters.getOrDefault(RaciLetter.C, List.of()),
                    letters.getOrDefault(RaciLetter.I, List.of()));
        }).toList();
    }

    int countByTouchpoint(long touchpointId) {
        return count("touchpoint_id", touchpointId);
    }

    int countByFunction(long functionId) {
        return count("function_id", functionId);
    }

    List<FunctionAssignment> byFunction(long functionId) {
        return jdbc.query("""
                SELECT t.id, t.name, s.name AS stage, a.letter, coalesce(u.display_name, CASE a.updated_by WHEN 'demo' THEN 'The demo plan' ELSE a.updated_by END) AS updated_by, a.updated_at
                FROM raci_assignment a
                LEFT JOIN app_user u ON lower(u.username) = lower(a.updated_by)
                JOIN touchpoint t ON t.id = a.touchpoint_id AND NOT t.archived
                JOIN journey_stage s ON s.id = t.stage_id AND NOT s.archived
                WHERE a.function_id = :function
                ORDER BY CASE a.letter WHEN 'A' THEN 0 WHEN 'R' THEN 1 WHEN 'C' THEN 2 ELSE 3 END, s.position, t.position, t.id""",
                new MapSqlParameterSource("function", functionId),
                (rs, i) -> new FunctionAssignment(rs.getLong("id"), rs.getString("name"), rs.getString("stage"),
                        RaciLetter.valueOf(rs.getString("letter")), rs.getString("updated_by"),
                        rs.getTimestamp("updated_at").toInstant()));
    }

    private int count(String column, long id) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM raci_assignment WHERE " + column + " = :id",
                new MapSqlParameterSource("id", id), Integer.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource cell(long touchpointId, long functionId) {
        return new MapSqlParameterSource().addValue("touchpoint", touchpointId).addValue("function", functionId);
    }

    private static String name(RaciLetter letter) {
        return letter == null ? null : letter.name();
    }

    record CellState(boolean touchpointArchived, boolean functionArchived, RaciLetter letter, String touchpoint,
                     String function, Long functionLead) {
    }

    record Cell(long touchpointId, long functionId, RaciLetter letter) {
    }
}
