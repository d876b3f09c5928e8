package org.cxplanner.review;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Closing and reopening a review, for the CMO and the CCO only: closing freezes the agenda, notes, decisions and
 * actions as they stand (the minutes); reopening needs a reason, which the history keeps.
 */
@Service
public class ReviewLifecycle {

    private final ReviewWeeks weeks;
    private final ReviewRepository reviews;
    private final ReviewRecords records;
    private final AgendaBuilder agenda;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final Clock clock;
    private final NotificationService notifications;
    private final ReviewClockRecords meetingClock;
    private final OutgoingEvents outgoing;

    ReviewLifecycle(ReviewWeeks weeks, ReviewRepository reviews, ReviewRecords records, AgendaBuilder agenda,
                    ChangeHistory history, PlanEvents events, Clock clock, NotificationService notifications,
                    ReviewClockRecords meetingClock, OutgoingEvents outgoing) {
        this.meetingClock = meetingClock;
        this.outgoing = outgoing;
        this.notifications = notifications;
        this.weeks = weeks;
        this.reviews = reviews;
        this.records = records;
        this.agenda = agenda;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /** Freezes the agenda, notes, decisions and actions as they stand; the review is then read-only. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public void close(ReviewWeek week, int expectedVersion) {
        Review review = weeks.started(week);
        records.lock(review.getId());
        review = reviews.findById(review.getId()).orElseThrow();
        if (review.isClosed()) {
            throw new EditConflict(records.displayName(review.getClosedBy()) + " closed this review at "
                    + ReviewWeeks.CLOSED_AT.format(review.getClosedAt().atZone(ZoneId.systemDefault())) + ". Reload to see the minutes.");
        }
        if (review.getVersion() != expectedVersion) {
            throw new EditConflict("Someone reopened or changed this review while you had it open. Reload, then close it again.");
        }
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        Optional<ReviewRecords.PreviousReview> previous = records.previousClosed(week);
        List<AgendaItem> frozen = new ArrayList<>(agenda.build(records.carriedInto(week, review.getId()), today,
                ReviewWeeks.since(week, previous), now));
        frozen.addAll(AgendaBuilder.agreed(records.agreedIn(review.getId()), today));
        records.freeze(review.getId(), frozen);
        // The meeting's clock stops with the review: its last section took until now.
        meetingClock.endRunning(review.getId());
        review.close(CurrentUser.name(), now);
        weeks.save(review);
        history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Status",
                ReviewStatus.OPEN.label(), ReviewStatus.CLOSED.label()));
        int agreed = records.agreedIn(review.getId()).size();
        notifications.tell(Recipients.names(records.attendeeNames(review.getId())), NotificationKind.REVIEW_CLOSED,
                "The review of " + week + " was closed", "Closed by " + CurrentUser.displayName() + ". "
                        + agreed + " action items agreed; the minutes are on the review's page (PDF or Markdown).", "reviews/" + week);
        List<String> decided = records.decisions(review.getId()).stream().map(Decision::text).toList();
        outgoing.emit(OutgoingEvent.REVIEW_CLOSED, "The weekly review of " + week + " was closed by " + CurrentUser.displayName() + ": "
                        + decided.size() + (decided.size() == 1 ? " decision, " : " decisions, ") + agreed
                        + (agreed == 1 ? " action item agreed." : " action items agreed."), "reviews/" + week,
                Map.of("week", week.toString(), "decisions", decided, "actionItemsAgreed", agreed));
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    /** Opens a closed review again: only a lead, only with a reason, which the history keeps. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public void reopen(ReviewWeek week, int expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldProblem("reason", "Say why the review is reopened: the reason is recorded.");
        }
        if (reason.strip().length() > 1000) {
            throw new FieldProblem("reason", "Keep the reason under 1,000 characters.");
        }
        Review review = weeks.find(week).orElseThrow(() -> new EditConflict("This review was never closed."));
        records.lock(review.getId());
        review = reviews.findById(review.getId()).orElseThrow();
        if (!review.isClosed() || review.getVersion() != expectedVersion) {
            throw new EditConflict("Someone changed this review while you had it open. Reload to see it as it is now.");
        }
        records.thaw(review.getId());
        review.reopen(CurrentUser.name(), Instant.now(clock), reason.strip());
        weeks.save(review);
        history.record(new ChangeEntry(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Status",
                ReviewStatus.CLOSED.label(), ReviewStatus.OPEN.label() + " (reason: " + reason.strip() + ")", ChangeSource.EDIT));
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }
}
