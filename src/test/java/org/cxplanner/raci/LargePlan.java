package org.cxplanner.raci;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a big, realistic plan straight into the database: 8 stages, {@code functions} RACI columns and
 * {@code touchpoints} rows, each with one A, one or two R and a few C and I (every 10th row is left a gap).
 * Used by tests and by the benchmark harness.
 */
public final class LargePlan {

    private LargePlan() {
    }

    public static void create(JdbcTemplate jdbc, int touchpoints, int functions) {
        jdbc.execute("TRUNCATE change_history, initiative, raci_assignment, touchpoint, journey_stage, business_function RESTART IDENTITY CASCADE");
        List<Object[]> stages = new ArrayList<>();
        for (int s = 1; s <= 8; s++) {
            stages.add(new Object[]{"Stage " + s, s});
        }
        jdbc.batchUpdate("INSERT INTO journey_stage (name, position) VALUES (?, ?)", stages);
        List<Object[]> columns = new ArrayList<>();
        for (int f = 1; f <= functions; f++) {
            columns.add(new Object[]{"Function " + f, f});
        }
        jdbc.batchUpdate("INSERT INTO business_function (name, position) VALUES (?, ?)", columns);
        List<Object[]> rows = new ArrayList<>();
        for (int t = 1; t <= touchpoints; t++) {
            rows.add(new Object[]{"Touchpoint " + t + " with a realistically long descriptive name", 1 + (t - 1) * 8 / touchpoints, t});
        }
        jdbc.batchUpdate("INSERT INTO touchpoint (name, stage_id, channel, position) VALUES (?, ?, 'WEB', ?)", rows);
        Random random = new Random(42);
        List<Object[]> cells = new ArrayList<>();
        for (int t = 1; t <= touchpoints; t++) {
            for (int f = 1; f <= functions; f++) {
                String letter = null;
                if (f == 1 + t % functions && t % 10 != 0) {
                    letter = "A";
                } else if (f == 1 + (t + 1) % functions || f == 1 + (t + 5) % functions) {
                    letter = "R";
                } else {
                    int roll = random.nextInt(10);
                    letter = roll < 2 ? "C" : roll < 4 ? "I" : null;
                }
                if (letter != null) {
                    cells.add(new Object[]{(long) t, (long) f, letter});
                }
            }
        }
        jdbc.batchUpdate("INSERT INTO raci_assignment (touchpoint_id, function_id, letter, updated_by) VALUES (?, ?, ?, 'generator')", cells);
    }

    /**
     * {@code initiatives} initiatives over two years in the three teams, each changing two touchpoints of a plan made
     * by {@link #create}, with {@code milestonesEach} milestones; owned by the demo users.
     */
    public static void roadmap(JdbcTemplate jdbc, int initiatives, int milestonesEach, int touchpoints) {
        jdbc.execute("TRUNCATE initiative RESTART IDENTITY CASCADE");
        List<Long> owners = jdbc.queryForList("SELECT id FROM app_user ORDER BY id", Long.class);
        String[] teams = {"MARKETING", "JOINT", "CX"};
        String[] statuses = {"PLANNED", "IN_PROGRESS", "AT_RISK", "DONE", "PLANNED"};
        java.time.LocalDate base = java.time.LocalDate.now().minusMonths(6);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < initiatives; i++) {
            java.time.LocalDate start = base.plusDays((i * 7L) % 540);
            rows.add(new Object[]{"Initiative " + (i + 1) + " for a better customer journey", teams[i % 3],
                    owners.get(i % owners.size()), statuses[i % statuses.length], java.sql.Date.valueOf(start),
                    java.sql.Date.valueOf(start.plusWeeks(4 + i % 10))});
        }
        jdbc.batchUpdate("""
                INSERT INTO initiative (title, team, owner_id, status, start_date, end_date, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, 'generator')""", rows);
        jdbc.update("""
                INSERT INTO initiative_touchpoint (initiative_id, touchpoint_id)
                SELECT i.id, 1 + (i.id * 7) % ? FROM initiative i UNION SELECT i.id, 1 + (i.id * 13) % ? FROM initiative i""",
                touchpoints, touchpoints);
        jdbc.update("""
                INSERT INTO milestone (initiative_id, position, name, due_date)
                SELECT i.id, m, 'Milestone ' || m, i.start_date + m * 7 FROM initiative i, generate_series(0, ? - 1) m""",
                milestonesEach);
    }

    /**
     * {@code count} "starts after" links between the plan's initiatives, each from a later-starting initiative to an
     * earlier one (so no loops), with lags of 0 to 13 days; those whose dates overlap are conflicts, as in a real plan
     * mid-replanning. Returns how many were added.
     */
    public static int dependencies(JdbcTemplate jdbc, int count) {
        List<long[]> byStart = jdbc.query("SELECT id FROM initiative ORDER BY start_date, id", (rs, i) -> new long[]{rs.getLong(1)});
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; rows.size() < count && k < count * 10; k++) {
            int successor = 1 + (k * 37) % (byStart.size() - 1);
            int predecessor = Math.max(0, successor - 1 - (k * 7) % 12);
            if (seen.add(successor + ":" + predecessor)) {
                rows.add(new Object[]{byStart.get(successor)[0], byStart.get(predecessor)[0], k % 14});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO initiative_dependency (successor_id, predecessor_id, lag_days, created_by)
                VALUES (?, ?, ?, 'generator') ON CONFLICT DO NOTHING""", rows);
        return jdbc.queryForObject("SELECT count(*) FROM initiative_dependency", Integer.class);
    }

    /** {@code count} weekly indicators in the three teams with {@code weeks} measurements each, every fifth one off track. */
    public static void indicators(JdbcTemplate jdbc, int count, int weeks) {
        jdbc.execute("TRUNCATE indicator RESTART IDENTITY CASCADE");
        long owner = jdbc.queryForObject("SELECT min(id) FROM app_user", Long.class);
        String[] teams = {"MARKETING", "JOINT", "CX"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{"Indicator " + (i + 1), i % 2 == 0 ? "KPI" : "CPI", teams[i % 3], owner, i % 3 == 0 ? "LOWER" : "HIGHER"});
        }
        jdbc.batchUpdate("""
                INSERT INTO indicator (name, kind, team, owner_id, unit, direction, target, cadence)
                VALUES (?, ?, ?, ?, 'points', ?, 50, 'WEEKLY')""", rows);
        jdbc.update("""
                INSERT INTO measurement (indicator_id, period_start, value, recorded_by)
                SELECT i.id, date_trunc('week', now())::date - 7 * w, 40 + (i.id * 7 + w * 3) % 25, 'generator'
                FROM indicator i, generate_series(1, ?) w""", weeks);
    }

    /**
     * {@code count} messages over the next three months to every audience stage, each linked to two touchpoints:
     * a mix of drafts, reviews (some asked for a sign-off), aligned and sent, with a few withdrawn sign-offs; plus a
     * week of roadmap and RACI history, so the weekly review has every section to fill.
     */
    public static void messages(JdbcTemplate jdbc, int count, int touchpoints) {
        jdbc.execute("TRUNCATE message RESTART IDENTITY CASCADE");
        List<Long> stages = jdbc.queryForList("SELECT id FROM journey_stage ORDER BY position", Long.class);
        String[] statuses = {"DRAFT", "IN_REVIEW", "IN_REVIEW", "ALIGNED", "SENT"};
        String[] teams = {"MARKETING", "JOINT", "CX"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[]{"Message " + (i + 1) + " to customers", "EMAIL", stages.get(i % stages.size()),
                    java.sql.Date.valueOf(java.time.LocalDate.now().plusDays(i % 90)), teams[i % 3], statuses[i % statuses.length]});
        }
        jdbc.batchUpdate("""
                INSERT INTO message (title, channel, audience_stage_id, send_date, team, status, updated_by)
                VALUES (?, ?, ?, ?, ?, ?, 'generator')""", rows);
        jdbc.update("""
                INSERT INTO message_touchpoint (message_id, touchpoint_id)
                SELECT m.id, 1 + (m.id * 11) % ? FROM message m UNION SELECT m.id, 1 + (m.id * 17) % ? FROM message m""",
                touchpoints, touchpoints);
        jdbc.update("""
                INSERT INTO message_check (message_id, position, text, required, side, ticked, ticked_by, ticked_at)
                SELECT m.id, p, 'Check ' || p, TRUE, (ARRAY['MARKETING', 'CX', 'JOINT'])[1 + p % 3], p % 2 = 0,
                       CASE WHEN p % 2 = 0 THEN 'generator' END, CASE WHEN p % 2 = 0 THEN now() END
                FROM message m, generate_series(0, 8) p""");
        jdbc.update("""
                INSERT INTO message_signoff (message_id, side, signed_by, signed_at, content_version)
                SELECT id, 'MARKETING', 'cmo', now(), 1 FROM message WHERE status IN ('ALIGNED', 'SENT') OR id % 4 = 0""");
        jdbc.update("""
                INSERT INTO message_signoff_request (message_id, side, requested_by)
                SELECT id, 'CX', 'cmo' FROM message WHERE status = 'DRAFT' AND id % 2 = 0""");
        jdbc.update("""
                INSERT INTO message_withdrawal (message_id, side, signed_by, content_version, withdrawn_by, reason)
                SELECT id, 'CX', 'cco', 1, 'marketer', 'Content edited' FROM message WHERE id % 25 = 0""");
        jdbc.update("""
                INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
                SELECT now() - g * interval '20 minutes', 'marketer', 'ROADMAP', 'INITIATIVE', i.id, i.title,
                       (ARRAY['Status', 'Dates', 'Owner'])[1 + g % 3], 'before ' || g, 'after ' || g, 'EDIT'
                FROM generate_series(1, 300) g JOIN initiative i ON i.id = 1 + g % 300""");
        jdbc.update("""
                INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)
                SELECT now() - g * interval '10 minutes', 'cx', 'RACI', 'TOUCHPOINT', t.id, t.name, 'Function ' || (g % 30), NULL, 'R', 'EDIT'
                FROM generate_series(1, 500) g JOIN touchpoint t ON t.id = 1 + g % 500""");
    }
}
