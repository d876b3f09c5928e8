package org.cxplanner.indicators;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Measurements, read for all indicators in one statement (the last N of each), written one row at a time. */
@Repository
class MeasurementRecords {

    private static final RowMapper<Measurement> ROW = (rs, i) -> new Measurement(rs.getLong("indicator_id"),
            rs.getDate("period_start").toLocalDate(), rs.getBigDecimal("value"), rs.getString("note"),
            rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());

    private final JdbcTemplate jdbc;

    MeasurementRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest {@code count} measurements of every indicator, oldest first. */
    Map<Long, List<Measurement>> latest(int count) {
        Map<Long, List<Measurement>> byIndicator = new HashMap<>();
        jdbc.query("""
                SELECT * FROM (
                    SELECT m.*, row_number() OVER (PARTITION BY indicator_id ORDER BY period_start DESC) AS n FROM measurement m
                ) latest WHERE n <= ? ORDER BY indicator_id, period_start""", rs -> {
                    Measurement measurement = ROW.mapRow(rs, 0);
                    byIndicator.computeIfAbsent(measurement.indicatorId(), id -> new ArrayList<>()).add(measurement);
                }, count);
        return byIndicator;
    }

    /** The same for some indicators only. */
    Map<Long, List<Measurement>> latest(int count, java.util.Collection<Long> indicatorIds) {
        Map<Long, List<Measurement>> byIndicator = new HashMap<>();
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT * FROM (
                        SELECT m.*, row_number() OVER (PARTITION BY indicator_id ORDER BY period_start DESC) AS n
                        FROM measurement m WHERE indicator_id = ANY(?)
                    ) latest WHERE n <= ? ORDER BY indicator_id, period_start""");
            statement.setArray(1, connection.createArrayOf("bigint", indicatorIds.toArray()));
            statement.setInt(2, count);
            return statement;
        }, rs -> {
            Measurement measurement = ROW.mapRow(rs, 0);
            byIndicator.computeIfAbsent(measurement.indicatorId(), id -> new ArrayList<>()).add(measurement);
        });
        return byIndicator;
    }

    List<Measurement> of(long indicatorId) {
        return jdbc.query("SELECT * FROM measurement WHERE indicator_id = ? ORDER BY period_start", ROW, indicatorId);
    }

    java.util.Optional<Measurement> find(long indicatorId, LocalDate periodStart) {
        return jdbc.query("SELECT * FROM measurement WHERE indicator_id = ? AND period_start = ? FOR UPDATE", ROW, indicatorId,
                Date.valueOf(periodStart)).stream().findFirst();
    }

    void update(long indicatorId, LocalDate periodStart, BigDecimal value, String note, String user) {
        jdbc.update("""
                UPDATE measurement SET value = ?, note = ?, recorded_by = ?, recorded_at = now()
                WHERE indicator_id = ? AND period_start = ?""", value, note, user, indicatorId, Date.valueOf(periodStart));
    }

    void delete(long indicatorId, LocalDate periodStart) {
        jdbc.update("DELETE FROM measurement WHERE indicator_id = ? AND period_start = ?", indicatorId, Date.valueOf(periodStart));
    }

    /** False when the period already has a measurement (the primary key refuses a second one). */
    boolean insert(long indicatorId, LocalDate periodStart, BigDecimal value, String note, String user) {
        return jdbc.update("""
                INSERT INTO measurement (indicator_id, period_start, value, note, recorded_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (indicator_id, period_start) DO NOTHING""",
                indicatorId, Date.valueOf(periodStart), value, note, user) == 1;
    }

    /** An indicator without a number for its current period, and who records it. */
    record Missing(long indicatorId, String name, long ownerId, Cadence cadence) {
    }

    List<Missing> missing(java.time.LocalDate weekStart, java.time.LocalDate monthStart) {
        return jdbc.query("""
                SELECT i.id, i.name, i.owner_id, i.cadence FROM indicator i
                WHERE NOT EXISTS (SELECT 1 FROM measurement m WHERE m.indicator_id = i.id
                                  AND m.period_start = CASE i.cadence WHEN 'WEEKLY' THEN ?::date ELSE ?::date END)
                ORDER BY i.owner_id, lower(i.name)""",
                (rs, i) -> new Missing(rs.getLong(1), rs.getString(2), rs.getLong(3), Cadence.valueOf(rs.getString(4))),
                java.sql.Date.valueOf(weekStart), java.sql.Date.valueOf(monthStart));
    }
}
