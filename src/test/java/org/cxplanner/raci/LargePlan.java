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
        jdbc.execute("TRUNCATE change_history, raci_assignment, touchpoint, journey_stage, business_function RESTART IDENTITY CASCADE");
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
}
