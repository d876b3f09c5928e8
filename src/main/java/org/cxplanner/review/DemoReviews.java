package org.cxplanner.review;

import org.cxplanner.security.Roles;

import org.cxplanner.security.RunAs;

import org.cxplanner.base.DemoDataSeeder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The last two weeks' reviews, closed with decisions and actions (some still open, one overdue), and this week's
 * open, plus the few history lines of what changed on the roadmap and in the matrix since last week's review, so a
 * newcomer's first review has something to discuss.
 */
@Component
class DemoReviews implements DemoDataSeeder {

    private final JdbcTemplate jdbc;
    private final ReviewRecords records;
    private final AgendaBuilder agenda;
    private final RunAs runAs;
    private final ZoneId zone = ZoneId.systemDefault();

    DemoReviews(JdbcTemplate jdbc, ReviewRecords records, AgendaBuilder agenda, RunAs runAs) {
        this.jdbc = jdbc;
        this.records = records;
        this.agenda = agenda;
        this.runAs = runAs;
    }

    @Override
    public void seed() {
        Integer existing = jdbc.queryForObject("SELECT count(*) FROM review", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        ReviewWeek current = ReviewWeek.of(LocalDate.now(zone));
        ReviewWeek last = current.previous();
        ReviewWeek before = last.previous();
        long first = review(before);
        long second = review(last);
        review(current);

        attend(first, "cmo", "cco", "marketer", "cx");
        decision(first, "Customer experience owns the renewal notice copy; marketing is consulted on tone.",
                "TOUCHPOINT", "Renewal notice", "cco", thursday(before, 10, 20));
        decision(first, "Pause the win-back discount until the 'easy to get help' score recovers.", null, null, "cmo",
                thursday(before, 10, 35));
        note(first, AgendaSection.SCORECARD, "Churn is flat, but the help score dropped two weeks running.", "cco", thursday(before, 10, 5));
        long doneAction = action(first, "Propose a single accountable owner for the Help centre", "cx",
                last.monday().plusDays(2), "TOUCHPOINT", "Help centre", "cco", thursday(before, 10, 40));
        action(first, "Share this quarter's NPS verbatims with the campaign team", "cco",
                last.monday().plusDays(4), null, null, "cmo", thursday(before, 10, 45));
        freeze(first, before, "cco", thursday(before, 11, 0));
        rate(first, "cmo", 8, null);
        rate(first, "cco", 7, "Too long on the scorecard, no time left for messages.");
        rate(first, "marketer", 9, null);
        rate(first, "cx", 8, null);

        attend(second, "cmo", "cco", "marketer", "cx", "viewer");
        jdbc.update("UPDATE review_action SET done = TRUE, done_by = 'cx', done_at = ?, done_review_id = ?, version = version + 1 WHERE id = ?",
                Timestamp.from(thursday(last, 10, 10)), second, doneAction);
        decision(second, "The onboarding email series ships only once support has signed the promise check.", null, null,
                "cco", thursday(last, 10, 25));
        decision(second, "Keep live chat in product at risk until the staffing plan is agreed.", "INITIATIVE",
                "Live chat in product", "cmo", thursday(last, 10, 30));
        note(second, AgendaSection.ROADMAP, "Live chat depends on two new support hires; Finance to confirm by Friday.", "cx",
                thursday(last, 10, 15));
        action(second, "Agree who is accountable for the Call centre touchpoint", "cmo", last.sunday(), "TOUCHPOINT",
                "Call centre", "cco", thursday(last, 10, 40));
        action(second, "Confirm the self-serve onboarding launch date with Product", "marketer", current.sunday(),
                "INITIATIVE", "Onboarding call redesign", "cmo", thursday(last, 10, 45));
        action(second, "Book a joint read-through of the renewal notice copy", "cx", current.next().monday().plusDays(1),
                "INITIATIVE", "Renewal notice rewrite", "cco", thursday(last, 10, 50));
        decision(second, "Pricing page clarity goes live before the spring campaign links to it: its end date stays.",
                "INITIATIVE", "Pricing page clarity", "cmo", thursday(last, 10, 35));
        freeze(second, last, "cmo", thursday(last, 11, 0));
        // Pinned as the plan stood then: two weeks earlier than now, moved the day after (changesSinceLastReview).
        jdbc.update("""
                INSERT INTO decision_pin (decision_id, kind, item_id, pinned_value, pinned_label, created_at)
                SELECT d.id, 'INITIATIVE_END', d.link_id, (i.end_date - 14)::text, ?, d.decided_at
                FROM review_decision d JOIN initiative i ON i.id = d.link_id
                WHERE d.review_id = ? AND d.text LIKE 'Pricing page clarity%'""",
                jdbc.queryForList("SELECT end_date - 14 FROM initiative WHERE title = 'Pricing page clarity'", java.sql.Date.class)
                        .stream().findFirst().map(day -> org.cxplanner.base.ReadableDates.of(day.toLocalDate())).orElse(""), second);
        clock(first, thursday(before, 10, 0), 9, 14, 15, 10, 8, 4);
        clock(second, thursday(last, 10, 0), 9, 12, 17, 8, 9, 5);
        rate(second, "cmo", 9, null);
        rate(second, "cco", 8, null);
        rate(second, "marketer", 8, null);
        rate(second, "cx", 7, "We ran over on the roadmap again.");

        changesSinceLastReview(last);
    }

    private long review(ReviewWeek week) {
        return jdbc.queryForObject("INSERT INTO review (iso_year, iso_week) VALUES (?, ?) RETURNING id", Long.class,
                week.year(), week.week());
    }

    /** The meeting's clock as a lead ran it: each section in turn, for these minutes, from {@code start}. */
    private void clock(long review, java.time.Instant start, int... minutes) {
        java.time.Instant at = start;
        for (int i = 0; i < minutes.length; i++) {
            AgendaSection section = AgendaSection.values()[i];
            java.time.Instant end = at.plusSeconds(60L * minutes[i]);
            jdbc.update("""
                    INSERT INTO review_section_time (review_id, section, budget_minutes, started_at, ended_at, started_by)
                    VALUES (?, ?, ?, ?, ?, 'cmo')""", review, section.name(), section.defaultMinutes(), Timestamp.from(at),
                    Timestamp.from(end));
            at = end;
        }
    }

    private void rate(long review, String username, int score, String note) {
        jdbc.update("INSERT INTO review_rating (review_id, username, score, note) VALUES (?, ?, ?, ?)", review, username, score, note);
    }

    private void attend(long review, String... usernames) {
        for (String username : usernames) {
            records.attend(review, username);
        }
    }

    private void decision(long review, String text, String kind, String item, String by, java.time.Instant at) {
        Long id = linkId(kind, item);
        jdbc.update("""
                INSERT INTO review_decision (review_id, text, link_kind, link_id, link_label, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", review, text, id == null ? null : kind, id, id == null ? null : item, by,
                Timestamp.from(at));
    }

    private void note(long review, AgendaSection section, String text, String by, java.time.Instant at) {
        jdbc.update("INSERT INTO review_note (review_id, section, text, written_by, written_at) VALUES (?, ?, ?, ?, ?)",
                review, section.name(), text, by, Timestamp.from(at));
    }

    private long action(long review, String text, String owner, LocalDate due, String kind, String item, String by,
                        java.time.Instant at) {
        Long id = linkId(kind, item);
        return jdbc.queryForObject("""
                INSERT INTO review_action (review_id, text, owner_id, due_date, link_kind, link_id, link_label, created_by, created_at)
                SELECT ?, ?, u.id, ?, ?, ?, ?, ?, ? FROM app_user u WHERE u.username = ? RETURNING id""", Long.class,
                review, text, Date.valueOf(due), id == null ? null : kind, id, id == null ? null : item, by, Timestamp.from(at), owner);
    }

    private Long linkId(String kind, String label) {
        if (kind == null) {
            return null;
        }
        String table = Map.of("TOUCHPOINT", "touchpoint", "INITIATIVE", "initiative").get(kind);
        String column = kind.equals("INITIATIVE") ? "title" : "name";
        return jdbc.queryForList("SELECT id FROM " + table + " WHERE " + column + " = ?", Long.class, label).stream()
                .findFirst().orElse(null);
    }

    /** Closes a demo review the way a lead would: the agenda (as the demo plan stands) frozen, then the row closed. */
    private void freeze(long review, ReviewWeek week, String lead, java.time.Instant at) {
        runAs.run(lead, Roles.CCO, () -> {
            java.time.Instant since = records.previousClosed(week).map(ReviewRecords.PreviousReview::closedAt)
                    .orElse(week.previous().monday().atStartOfDay(zone).toInstant());
            LocalDate day = at.atZone(zone).toLocalDate();
            List<AgendaItem> items = new java.util.ArrayList<>(agenda.build(records.carriedInto(week, review), day, since, at));
            items.addAll(AgendaBuilder.agreed(records.agreedIn(review), day));
            records.freeze(review, items);
            return items;
        });
        jdbc.update("UPDATE review SET status = 'CLOSED', closed_by = ?, closed_at = ?, version = version + 1 WHERE id = ?",
                lead, Timestamp.from(at), review);
    }

    /** What happened after last week's review closed: a status change, a date move, a new initiative, a RACI cell. */
    private void changesSinceLastReview(ReviewWeek last) {
        java.time.Instant friday = last.monday().plusDays(4).atTime(LocalTime.of(9, 30)).atZone(zone).toInstant();
        history(friday, "ROADMAP", "INITIATIVE", "Live chat in product", "cco", "Status", "In progress", "At risk");
        jdbc.query("SELECT id, start_date, end_date FROM initiative WHERE title = 'Pricing page clarity'", rs -> {
            LocalDate start = rs.getDate(2).toLocalDate();
            LocalDate end = rs.getDate(3).toLocalDate();
            history(friday.plusSeconds(3600), "ROADMAP", "INITIATIVE", "Pricing page clarity", "marketer", "Dates",
                    start + " – " + end.minusWeeks(2), start + " – " + end);
        });
        jdbc.query("SELECT id, start_date, end_date FROM initiative WHERE title = 'Customer webinar programme'", rs -> {
            history(friday.plusSeconds(7200), "ROADMAP", "INITIATIVE", "Customer webinar programme", "cx", null, null,
                    "Created (Joint, Planned, " + rs.getDate(2) + " – " + rs.getDate(3) + ")");
        });
        history(friday.plusSeconds(10800), "RACI", "TOUCHPOINT", "Help centre", "cx", "Support", "C", "R");
    }

    private void history(java.time.Instant at, String area, String kind, String label, String by, String field, String old,
                         String value) {
        String table = kind.equals("INITIATIVE") ? "initiative" : "touchpoint";
        String column = kind.equals("INITIATIVE") ? "title" : "name";
        jdbc.update("INSERT INTO change_history (changed_at, changed_by, area, item_kind, item_id, item_label, field, old_value, new_value, source)"
                        + " SELECT ?, ?, ?, ?, id, ?, ?, ?, ?, 'EDIT' FROM " + table + " WHERE " + column + " = ?",
                Timestamp.from(at), by, area, kind, label, field, old, value, label);
    }

    private java.time.Instant thursday(ReviewWeek week, int hour, int minute) {
        return week.monday().with(DayOfWeek.THURSDAY).atTime(hour, minute).atZone(zone).toInstant();
    }

    @Override
    public int getOrder() {
        return 60;
    }
}
