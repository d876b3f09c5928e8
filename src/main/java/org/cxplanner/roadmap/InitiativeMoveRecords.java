package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * A drag on the timeline, in two statements inside the service's transaction: lock and read the initiative (the
 * service then checks the caller may edit it); move it and its milestones together, with its change-history line, in one statement. Loading and saving the
 * whole aggregate would rewrite every child row for a change of two dates.
 */
@Repository
class InitiativeMoveRecords {

    private final NamedParameterJdbcTemplate jdbc;

    InitiativeMoveRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the initiative's row for the rest of the transaction and reads what a move needs. */
    Optional<Current> lock(long id) {
        return jdbc.query("""
                SELECT title, team, version, start_date, end_date, updated_by, updated_at, owner_id FROM initiative
                WHERE id = :id FOR UPDATE""", new MapSqlParameterSource("id", id),
                (rs, i) -> new Current(rs.getString(1), Team.valueOf(rs.getString(2)), rs.getInt(3),
                        rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), rs.getLong(8))).stream().findFirst();
    }

    /** Moves the locked initiative and its milestones so it starts on {@code newStart}, with its history line. */
    void move(long id, Current current, LocalDate newStart) {
        long days = ChronoUnit.DAYS.between(current.start(), newStart);
        if (days == 0) {
            return;
        }
        LocalDate newEnd = current.end().plusDays(days);
        ChangeEntry entry = ChangeEntry.changed(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, id, current.title(),
                "Dates", InitiativeChanges.span(current.start(), current.end()), InitiativeChanges.span(newStart, newEnd));
        MapSqlParameterSource parameters = ChangeHistory.parameters(entry, new MapSqlParameterSource()
                .addValue("id", id).addValue("start", Date.valueOf(newStart)).addValue("end", Date.valueOf(newEnd))
                .addValue("days", (int) days));
        jdbc.update("""
                WITH moved AS (
                    UPDATE initiative SET start_date = :start, end_date = :end, version = version + 1,
                                          updated_by = :h_by, updated_at = now()
                    WHERE id = :id RETURNING id
                ), milestones AS (
                    UPDATE milestone SET due_date = due_date + :days WHERE initiative_id = :id
                ) """ + ChangeHistory.INSERT, parameters);
    }

    record Current(String title, Team team, int version, LocalDate start, LocalDate end, String updatedBy,
                           Instant updatedAt, long ownerId) {
    }
}
