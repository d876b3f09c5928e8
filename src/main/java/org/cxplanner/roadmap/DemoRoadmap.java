package org.cxplanner.roadmap;

import org.cxplanner.security.Team;
import org.cxplanner.base.DemoDataSeeder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

/**
 * About fifteen initiatives from last quarter to three quarters ahead, dated relative to today so the demo timeline
 * always has a past, a present and a future: every team and status, milestones, and one initiative that changes a
 * touchpoint nobody is accountable for (Social media), and three "starts after" links.
 */
@Component
class DemoRoadmap implements DemoDataSeeder {

    private record Demo(String title, Team team, String owner, InitiativeStatus status, int startWeek, int weeks,
                        List<String> touchpoints, List<String> milestones, String description) {
    }

    private static final List<Demo> DEMO = List.of(
            new Demo("Brand refresh on the website", Team.MARKETING, "cmo", InitiativeStatus.DONE, -12, 8,
                    List.of("Website"), List.of("New style guide:3", "Launch:8"), "New look and voice across the public site."),
            new Demo("Pricing page clarity", Team.JOINT, "marketer", InitiativeStatus.IN_PROGRESS, -6, 10,
                    List.of("Pricing page", "Sales call"), List.of("Customer interviews:2", "New tiers live:9"),
                    "Plans explained the way customers compare them; sales and CX agree the wording."),
            new Demo("Social listening and replies", Team.JOINT, "cx", InitiativeStatus.AT_RISK, -4, 12,
                    List.of("Social media"), List.of("Reply playbook:4"),
                    "Answer mentions within a day. Nobody is accountable for the channel yet."),
            new Demo("Onboarding call redesign", Team.CX, "cco", InitiativeStatus.IN_PROGRESS, -3, 9,
                    List.of("Onboarding call", "Welcome email"), List.of("Script v2:3", "All new customers:8"),
                    "Shorter first call focused on the customer's first success."),
            new Demo("Help centre search", Team.CX, "cx", InitiativeStatus.PLANNED, 2, 10,
                    List.of("Help centre"), List.of("Search analytics:3", "Release:10"), "Find answers in one query."),
            new Demo("Spring campaign", Team.MARKETING, "marketer", InitiativeStatus.PLANNED, 4, 6,
                    List.of("Paid ads", "Email newsletter"), List.of("Creative approved:2", "Go live:4"), null),
            new Demo("Renewal notice rewrite", Team.JOINT, "cco", InitiativeStatus.PLANNED, 6, 6,
                    List.of("Renewal notice", "Billing and invoices"), List.of("Legal review:3"),
                    "One clear notice: what renews, when, for how much, and how to change it."),
            new Demo("Loyalty programme tiers", Team.MARKETING, "cmo", InitiativeStatus.PLANNED, 10, 12,
                    List.of("Loyalty programme"), List.of("Tier design:4", "Pilot:9"), null),
            new Demo("Live chat in product", Team.CX, "cco", InitiativeStatus.AT_RISK, 1, 14,
                    List.of("Live chat", "In-product guidance"), List.of("Vendor chosen:3", "Pilot group:8"),
                    "Help where customers get stuck, staffed by support."),
            new Demo("Customer community relaunch", Team.JOINT, "cmo", InitiativeStatus.PLANNED, 14, 10,
                    List.of("Customer community"), List.of("Moderators trained:4"), null),
            new Demo("NPS follow-up loop", Team.CX, "cx", InitiativeStatus.DONE, -10, 6,
                    List.of("NPS or review survey"), List.of("Close-the-loop emails:4"), null),
            new Demo("Webinar series for prospects", Team.MARKETING, "marketer", InitiativeStatus.DROPPED, -2, 8,
                    List.of("Webinar or event"), List.of(), "Dropped in favour of customer webinars."),
            new Demo("Customer webinar programme", Team.JOINT, "cx", InitiativeStatus.PLANNED, 20, 10,
                    List.of("Customer webinar"), List.of("First session:3"), null),
            new Demo("Checkout friction removal", Team.JOINT, "marketer", InitiativeStatus.IN_PROGRESS, -1, 8,
                    List.of("Checkout", "Order confirmation"), List.of("Analytics review:1", "Fixes shipped:7"), null),
            new Demo("Referral programme", Team.MARKETING, "cmo", InitiativeStatus.PLANNED, 26, 10,
                    List.of("Referral programme"), List.of("Rewards agreed:3"), null));

    private final JdbcTemplate jdbc;

    DemoRoadmap(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seed() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM initiative", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (Demo demo : DEMO) {
            LocalDate start = monday.plusWeeks(demo.startWeek());
            LocalDate end = start.plusWeeks(demo.weeks()).minusDays(3);
            Long id = jdbc.queryForObject("""
                    INSERT INTO initiative (title, description, team, owner_id, status, start_date, end_date, updated_by)
                    SELECT ?, ?, ?, u.id, ?, ?, ?, 'system' FROM app_user u WHERE u.username = ? RETURNING id""", Long.class,
                    demo.title(), demo.description(), demo.team().name(), demo.status().name(), Date.valueOf(start),
                    Date.valueOf(end), demo.owner());
            for (String touchpoint : demo.touchpoints()) {
                jdbc.update("""
                        INSERT INTO initiative_touchpoint (initiative_id, touchpoint_id) SELECT ?, id FROM touchpoint WHERE name = ?""",
                        id, touchpoint);
            }
            jdbc.update("""
                    INSERT INTO initiative_stage (initiative_id, stage_id)
                    SELECT DISTINCT ?, t.stage_id FROM initiative_touchpoint it JOIN touchpoint t ON t.id = it.touchpoint_id
                    WHERE it.initiative_id = ?""", id, id);
            for (int i = 0; i < demo.milestones().size(); i++) {
                String[] milestone = demo.milestones().get(i).split(":");
                LocalDate due = start.plusWeeks(Integer.parseInt(milestone[1])).minusDays(3);
                jdbc.update("INSERT INTO milestone (initiative_id, position, name, due_date, done) VALUES (?, ?, ?, ?, ?)",
                        id, i, milestone[0], Date.valueOf(due), due.isBefore(LocalDate.now()));
            }
        }
        for (String[] link : LINKS) {
            jdbc.update("""
                    INSERT INTO initiative_dependency (successor_id, predecessor_id, lag_days, created_by)
                    SELECT s.id, p.id, ?, 'system' FROM initiative s, initiative p WHERE s.title = ? AND p.title = ?""",
                    Integer.parseInt(link[2]), link[0], link[1]);
        }
    }

    /**
     * Successor, predecessor, days between: the renewal notice rewrite waits for the onboarding redesign (a weekend
     * between), the community for the renewal rewrite, loyalty tiers for the spring campaign. None in conflict.
     */
    private static final List<String[]> LINKS = List.of(
            new String[]{"Renewal notice rewrite", "Onboarding call redesign", "2"},
            new String[]{"Customer community relaunch", "Renewal notice rewrite", "2"},
            new String[]{"Loyalty programme tiers", "Spring campaign", "2"});

    @Override
    public int getOrder() {
        return 30;
    }
}
