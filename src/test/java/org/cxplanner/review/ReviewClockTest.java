package org.cxplanner.review;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The meeting's one clock: kept in the database, started and moved on by a lead, read the same by everyone. */
class ReviewClockTest extends IntegrationTest {

    @Autowired
    private ReviewClock clocks;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewLifecycle lifecycle;
    @Autowired
    private ReviewSchedules schedules;

    @Test
    void aLeadStartsTheMeetingAndEveryoneReadsTheSameSectionAndTimeLeft() {
        ReviewWeek week = reviews.currentWeek();
        actAs("viewer", "VIEWER");
        assertThat(clocks.clock(week).started()).isFalse();
        assertThat(clocks.clock(week).totalMinutes()).as("the default sections make an hour").isEqualTo(60);
        assertThatThrownBy(() -> clocks.start(week)).isInstanceOf(AccessDeniedException.class);
        actAs("marketer", "MARKETER");
        assertThatThrownBy(() -> clocks.start(week)).isInstanceOf(AccessDeniedException.class);

        actAs("cco", "CCO");
        MeetingClock started = clocks.start(week);
        assertThat(started.running()).get().extracting(MeetingClock.SectionTime::section).isEqualTo(AgendaSection.ACTIONS);
        assertThat(started.remaining()).isBetween(Duration.ofMinutes(9), Duration.ofMinutes(10));
        assertThat(clocks.start(week).sections()).as("starting again changes nothing").hasSize(1);

        // Another reader (another browser, another node) counts from the same instants the database holds.
        actAs("viewer", "VIEWER");
        MeetingClock seen = clocks.clock(week);
        assertThat(seen.running().orElseThrow().startedAt()).isEqualTo(started.running().orElseThrow().startedAt());
        assertThat(seen.running().orElseThrow().startedBy()).isEqualTo("Chris Customer-Lead");
        assertThat(Duration.between(seen.now().plus(seen.remaining()), started.now().plus(started.remaining())))
                .as("both see the section ending at the same moment").isZero();
    }

    @Test
    void nextMovesEveryoneOnOnceAndTheLastSectionEndsTheMeeting() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cmo", "CMO");
        clocks.start(week);
        MeetingClock moved = clocks.next(week, AgendaSection.ACTIONS);
        assertThat(moved.running().orElseThrow().section()).isEqualTo(AgendaSection.SCORECARD);
        actAs("cco", "CCO");
        assertThat(clocks.next(week, AgendaSection.ACTIONS).running().orElseThrow().section())
                .as("a second lead pressing at the same moment does not skip a section").isEqualTo(AgendaSection.SCORECARD);
        MeetingClock last = null;
        for (AgendaSection section : new AgendaSection[]{AgendaSection.SCORECARD, AgendaSection.ROADMAP, AgendaSection.RACI,
                AgendaSection.MESSAGES, AgendaSection.AGREED}) {
            last = clocks.next(week, section);
        }
        assertThat(last.ended()).isTrue();
        assertThat(last.sections()).extracting(MeetingClock.SectionTime::section).containsExactly(AgendaSection.values());
        assertThat(last.sections()).allMatch(s -> s.endedAt() != null);
        for (int i = 1; i < last.sections().size(); i++) {
            assertThat(last.sections().get(i).startedAt()).as("each section starts when the one before ended")
                    .isEqualTo(last.sections().get(i - 1).endedAt());
        }
        assertThat(clocks.start(week).ended()).as("a meeting that ended does not start again").isTrue();
    }

    @Test
    void aSectionThatRunsOverIsOverTimeAndClosingTheReviewStopsTheClock() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cmo", "CMO");
        clocks.start(week);
        jdbc.update("UPDATE review_section_time SET started_at = now() - interval '11 minutes' WHERE ended_at IS NULL");
        MeetingClock over = clocks.clock(week);
        assertThat(over.overTime()).isTrue();
        assertThat(over.remaining()).isBetween(Duration.ofMinutes(-1).minusSeconds(5), Duration.ofMinutes(-1));
        assertThat(MeetingClock.minutesAndSeconds(Duration.ofSeconds(-75))).isEqualTo("−1:15");

        lifecycle.close(week, reviews.page(week).version());
        MeetingClock closed = clocks.clock(week);
        assertThat(closed.ended()).isTrue();
        assertThat(closed.sections().getFirst().took(closed.now())).isBetween(Duration.ofMinutes(11), Duration.ofMinutes(12));
        assertThatThrownBy(() -> clocks.next(week, AgendaSection.ACTIONS)).isInstanceOf(ReviewClosed.class);
        assertThatThrownBy(() -> clocks.start(week.next())).isInstanceOf(EditConflict.class).hasMessageContaining("has not come yet");
        org.assertj.core.api.Assertions.assertThatCode(() -> jdbc.update("""
                INSERT INTO review_section_time (review_id, section, budget_minutes, started_at, started_by)
                SELECT id, 'SCORECARD', 10, now(), 'cmo' FROM review WHERE iso_week = ? AND iso_year = ?""", week.week(), week.year()))
                .as("two sections cannot both run").doesNotThrowAnyException();
        assertThatThrownBy(() -> jdbc.update("""
                INSERT INTO review_section_time (review_id, section, budget_minutes, started_at, started_by)
                SELECT id, 'ROADMAP', 10, now(), 'cmo' FROM review WHERE iso_week = ? AND iso_year = ?""", week.week(), week.year()))
                .isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
    }

    @Test
    void theLeadsSetEachSectionsTimeForLaterMeetingsOnly() {
        ReviewWeek week = reviews.currentWeek();
        actAs("cmo", "CMO");
        clocks.start(week);
        ReviewSchedule schedule = schedules.current();
        assertThatThrownBy(() -> schedules.set(DayOfWeek.MONDAY, LocalTime.of(10, 0), 60, null,
                Map.of(AgendaSection.ROADMAP, 0), schedule.version())).isInstanceOf(FieldProblem.class)
                .hasMessage("Between 1 and 120 minutes.");
        schedules.set(DayOfWeek.MONDAY, LocalTime.of(10, 0), 60, null, Map.of(AgendaSection.ACTIONS, 5, AgendaSection.ROADMAP, 20),
                schedule.version());
        assertThat(clocks.budgets()).containsEntry(AgendaSection.ACTIONS, 5).containsEntry(AgendaSection.ROADMAP, 20)
                .containsEntry(AgendaSection.RACI, 10);
        MeetingClock running = clocks.clock(week);
        assertThat(running.running().orElseThrow().budgetMinutes()).as("the section already running keeps its time").isEqualTo(10);
        assertThat(running.totalMinutes()).isEqualTo(10 + 10 + 20 + 10 + 10 + 5);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM change_history WHERE field = 'Section times'", Integer.class)).isEqualTo(1);
        actAs("marketer", "MARKETER");
        assertThatThrownBy(() -> schedules.set(DayOfWeek.MONDAY, LocalTime.of(10, 0), 60, null, Map.of(AgendaSection.ACTIONS, 9),
                schedule.version() + 1)).isInstanceOf(AccessDeniedException.class);
    }
}
