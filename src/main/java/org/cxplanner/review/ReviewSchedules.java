package org.cxplanner.review;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

/** When the weekly review meets, which calendar feeds show as a recurring event: everyone reads it, the leads set it. */
@Service
public class ReviewSchedules {

    private final ReviewScheduleRecords records;
    private final ChangeHistory history;
    private final Clock clock;
    private final ReviewClockRecords sectionTimes;

    ReviewSchedules(ReviewScheduleRecords records, ChangeHistory history, Clock clock, ReviewClockRecords sectionTimes) {
        this.sectionTimes = sectionTimes;
        this.records = records;
        this.history = history;
        this.clock = clock;
    }

    /** "Open action items 10, Scorecard 10, … (60 minutes)". */
    static String describe(Map<AgendaSection, Integer> budgets) {
        return java.util.Arrays.stream(AgendaSection.values()).map(s -> s.title() + " " + budgets.get(s))
                .collect(java.util.stream.Collectors.joining(", ")) + " (" + budgets.values().stream().mapToInt(Integer::intValue).sum()
                + " minutes)";
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewSchedule current() {
        return records.get(clock.getZone());
    }

    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public ReviewSchedule set(DayOfWeek weekday, LocalTime start, int minutes, ZoneId zone, int expectedVersion) {
        return set(weekday, start, minutes, zone, Map.of(), expectedVersion);
    }

    /**
     * The meeting time and, for every later meeting, the time of each section ({@code budgets}: those given change,
     * 1 to 120 minutes each); saved together or not at all.
     */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public ReviewSchedule set(DayOfWeek weekday, LocalTime start, int minutes, ZoneId zone,
                              Map<AgendaSection, Integer> budgets, int expectedVersion) {
        budgets.forEach((section, budget) -> {
            if (budget == null || budget < 1 || budget > 120) {
                throw new FieldProblem("budget-" + section.name(), "Between 1 and 120 minutes.");
            }
        });
        if (weekday == null) {
            throw new FieldProblem("weekday", "Choose the day the review meets.");
        }
        if (start == null) {
            throw new FieldProblem("start", "Choose the time the review starts.");
        }
        if (minutes < 15 || minutes > 480) {
            throw new FieldProblem("minutes", "Between 15 minutes and 8 hours.");
        }
        ReviewSchedule before = current();
        ReviewSchedule wanted = new ReviewSchedule(weekday, start, minutes, zone == null ? clock.getZone() : zone, expectedVersion + 1);
        if (!records.set(wanted, expectedVersion, CurrentUser.name(), clock.getZone())) {
            throw new EditConflict("Someone else changed the meeting time while you were looking. Reload to see it.");
        }
        if (!before.describe().equals(wanted.describe())) {
            history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, null, "Weekly review meeting time",
                    "Meets", before.describe(), wanted.describe()));
        }
        Map<AgendaSection, Integer> was = sectionTimes.budgets();
        Map<AgendaSection, Integer> now = new java.util.EnumMap<>(was);
        now.putAll(budgets);
        if (!now.equals(was)) {
            sectionTimes.setBudgets(now);
            history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, null, "Weekly review meeting time",
                    "Section times", describe(was), describe(now)));
        }
        return wanted;
    }
}
