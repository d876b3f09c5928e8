package org.cxplanner.review;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.events.EventKind;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * The meeting's one clock: a lead starts the review, moves everyone to the next section and ends it; everyone reads
 * where it stands. Its state lives in the database (times by the database's clock) and every change is announced on
 * the change channel under {@link #CLOCK}, so every open copy of the review on every node follows at once.
 */
@Service
public class ReviewClock {

    /** Announced when a meeting starts, moves on or ends; the key is the week. */
    public static final EventKind CLOCK = EventKind.of("review-clock");

    private final ReviewWeeks weeks;
    private final ReviewClockRecords records;
    private final PlanEvents events;
    private final Clock clock;

    ReviewClock(ReviewWeeks weeks, ReviewClockRecords records, PlanEvents events, Clock clock) {
        this.weeks = weeks;
        this.records = records;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public MeetingClock clock(ReviewWeek week) {
        return records.clock(weeks.find(week).map(Review::getId).orElse(null), records.budgets());
    }

    /** Each section's time in a meeting: the leads' choice, or the planner's default. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Map<AgendaSection, Integer> budgets() {
        return records.budgets();
    }

    /** Starts the meeting with its first section; a meeting already started is left as it is. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public MeetingClock start(ReviewWeek week) {
        if (week.compareTo(ReviewWeek.of(LocalDate.now(clock))) > 0) {
            throw new EditConflict("The week of this review has not come yet: start its meeting in " + week + ".");
        }
        Review review = weeks.openForChanges(week);
        MeetingClock now = records.clock(review.getId(), records.budgets());
        if (!now.started()) {
            AgendaSection first = AgendaSection.values()[0];
            records.start(review.getId(), first, now.budgets().get(first), CurrentUser.name());
            events.publish(CLOCK, week);
        }
        return records.clock(review.getId(), records.budgets());
    }

    /**
     * Ends section {@code from} and starts the one after it (after the last, the meeting ends). If someone already
     * moved on, nothing changes: two leads pressing at once move the meeting one section, not two.
     */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public MeetingClock next(ReviewWeek week, AgendaSection from) {
        Review review = weeks.openForChanges(week);
        MeetingClock now = records.clock(review.getId(), records.budgets());
        if (now.running().map(MeetingClock.SectionTime::section).orElse(null) == from) {
            records.endRunning(review.getId());
            AgendaSection following = from.following();
            if (following != null && now.of(following).isEmpty()) {
                records.start(review.getId(), following, now.budgets().get(following), CurrentUser.name());
            }
            events.publish(CLOCK, week);
        }
        return records.clock(review.getId(), records.budgets());
    }

    /** Ends the meeting in whatever section it is; the sections not reached stay without a time. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public MeetingClock end(ReviewWeek week) {
        Review review = weeks.openForChanges(week);
        if (records.clock(review.getId(), records.budgets()).running().isPresent()) {
            records.endRunning(review.getId());
            events.publish(CLOCK, week);
        }
        return records.clock(review.getId(), records.budgets());
    }
}
