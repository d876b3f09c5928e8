package org.cxplanner.indicators;

import org.cxplanner.base.DemoDataSeeder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Eight indicators with thirteen weeks of numbers up to last week (this week is still to enter): some off track, a
 * lower-is-better and a range indicator, and lead conversion on track while "understands my needs", which guards it,
 * is off track: a guardrail warning.
 */
@Component
class DemoIndicators implements DemoDataSeeder {

    private record Demo(String name, String kind, String team, String owner, String unit, String direction, Double target,
                        Double low, Double high, String guardedBy, double start, double end, String description) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("Understands my needs", "CPI", "MARKETING", "cmo", "score", "HIGHER", 7.5, null, null, null, 7.6, 6.8,
                    "Survey: 'They understand what I need' (1–10)."),
            new Demo("Feel recognised for loyalty", "CPI", "JOINT", "cco", "score", "HIGHER", 7.0, null, null, null, 6.6, 7.4,
                    "Survey of customers over two years: 'I feel recognised for my loyalty' (1–10)."),
            new Demo("Saves me time", "CPI", "CX", "cx", "minutes", "LOWER", 15.0, null, null, null, 21, 14,
                    "Median minutes to finish the three most common tasks."),
            new Demo("Easy to get help", "CPI", "CX", "cco", "score", "RANGE", null, 8.0, 10.0, null, 8.3, 7.6,
                    "Post-contact survey: 'It was easy to get help' (1–10)."),
            new Demo("Net Promoter Score", "KPI", "JOINT", "cco", "points", "HIGHER", 40.0, null, null, null, 35, 42, null),
            new Demo("Churn", "KPI", "CX", "cco", "%", "LOWER", 2.0, null, null, null, 2.1, 2.6, "Customers lost per month."),
            new Demo("Lead conversion", "KPI", "MARKETING", "marketer", "%", "HIGHER", 3.0, null, null, "Understands my needs",
                    2.7, 3.4, "Qualified leads that become customers."),
            new Demo("Expansion revenue", "KPI", "MARKETING", "cmo", "k€", "HIGHER", 120.0, null, null,
                    "Feel recognised for loyalty", 101, 131, "Revenue from upgrades and add-ons per week."));

    private final JdbcTemplate jdbc;

    DemoIndicators(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seed() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM indicator", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        LocalDate lastWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        for (Demo demo : DEMO) {
            Long id = jdbc.queryForObject("""
                    INSERT INTO indicator (name, kind, team, owner_id, unit, direction, target, target_low, target_high, cadence,
                                           description, guarded_by)
                    SELECT ?, ?, ?, u.id, ?, ?, ?, ?, ?, 'WEEKLY', ?, (SELECT id FROM indicator WHERE name = ?)
                    FROM app_user u WHERE u.username = ? RETURNING id""", Long.class, demo.name(), demo.kind(), demo.team(),
                    demo.unit(), demo.direction(), demo.target(), demo.low(), demo.high(), demo.description(), demo.guardedBy(),
                    demo.owner());
            List<Object[]> rows = new ArrayList<>();
            for (int week = 0; week < 13; week++) {
                // A gentle trend from start to end with a little wobble, so the small charts look like real data.
                double value = demo.start() + (demo.end() - demo.start()) * week / 12.0 + Math.sin(week * 1.7) * Math.abs(demo.end() - demo.start()) * 0.08;
                rows.add(new Object[]{id, Date.valueOf(lastWeek.minusWeeks(12 - week)),
                        week == 12 ? demo.end() : Math.round(value * 10) / 10.0, week % 3 == 0 ? "cco" : "cx"});
            }
            jdbc.batchUpdate("INSERT INTO measurement (indicator_id, period_start, value, recorded_by) VALUES (?, ?, ?, ?)", rows);
        }
        // Which demo initiatives should move which indicators (both pages show the link).
        String[][] links = {{"Pricing page clarity", "Lead conversion"}, {"Pricing page clarity", "Understands my needs"},
                {"Help centre search", "Easy to get help"}, {"Live chat in product", "Easy to get help"},
                {"Onboarding call redesign", "Saves me time"}, {"Loyalty programme tiers", "Feel recognised for loyalty"},
                {"Renewal notice rewrite", "Churn"}};
        for (String[] link : links) {
            jdbc.update("""
                    INSERT INTO initiative_indicator (initiative_id, indicator_id)
                    SELECT i.id, n.id FROM initiative i, indicator n WHERE i.title = ? AND n.name = ?""", link[0], link[1]);
        }
    }

    @Override
    public int getOrder() {
        return 50;
    }
}
