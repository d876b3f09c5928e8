package org.cxplanner.review;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The meeting clock's rows ({@code review_section_time}) and the leads' section times ({@code review_section_budget}). */
@Repository
class ReviewClockRecords {

    private final JdbcTemplate jdbc;

    ReviewClockRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<AgendaSection, Integer> budgets() {
        Map<AgendaSection, Integer> budgets = new EnumMap<>(AgendaSection.class);
        for (AgendaSection section : AgendaSection.values()) {
            budgets.put(section, section.defaultMinutes());
        }
        jdbc.query("SELECT section, minutes FROM review_section_budget",
                rs -> { budgets.put(AgendaSection.valueOf(rs.getString(1)), rs.getInt(2)); });
        return budgets;
    }

    void setBudgets(Map<AgendaSection, Integer> budgets) {
        jdbc.batchUpdate("""
                INSERT INTO review_section_budget (section, minutes) VALUES (?, ?)
                ON CONFLICT (section) DO UPDATE SET minutes = excluded.minutes""",
                budgets.entrySet().stream().map(e -> new Object[]{e.getKey().name(), e.getValue()}).toList());
    }

    /** The sections started so far, in order, with the database's time now: one statement. */
    MeetingClock clock(Long reviewId, Map<AgendaSection, Integer> budgets) {
        Instant now = jdbc.queryForObject("SELECT now()", java.sql.Timestamp.class).toInstant();
        if (reviewId == null) {
            return new MeetingClock(List.of(), budgets, now);
        }
        List<MeetingClock.SectionTime> sections = jdbc.query("""
                SELECT t.section, t.budget_minutes, t.started_at, t.ended_at, coalesce(u.display_name, t.started_by)
                FROM review_section_time t LEFT JOIN app_user u ON lower(u.username) = lower(t.started_by)
                WHERE t.review_id = ? ORDER BY t.started_at, t.section""",
                (rs, i) -> new MeetingClock.SectionTime(AgendaSection.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant(),
                        rs.getString(5)), reviewId);
        return new MeetingClock(sections, budgets, now);
    }

    void start(long reviewId, AgendaSection section, int budgetMinutes, String by) {
        jdbc.update("""
                INSERT INTO review_section_time (review_id, section, budget_minutes, started_at, started_by)
                VALUES (?, ?, ?, now(), ?)""", reviewId, section.name(), budgetMinutes, by);
    }

    /** Ends the running section, if any, now: the moment the next one starts. */
    void endRunning(long reviewId) {
        jdbc.update("UPDATE review_section_time SET ended_at = now() WHERE review_id = ? AND ended_at IS NULL", reviewId);
    }
}
