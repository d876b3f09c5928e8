package org.cxplanner.review;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
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
import org.cxplanner.users.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What the meeting adds while the review is open: who attended, notes, decisions and action items (marketing,
 * customer experience and the two leads). A closed review refuses every change here, whatever a screen offers.
 */
@Service
@Validated
public class ReviewMeeting {

    private final ReviewWeeks weeks;
    private final ActionItemRepository actions;
    private final ReviewRecords records;
    private final UserService users;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final Clock clock;
    private final NotificationService notifications;
    private final ReviewQueries queries;

    private final DecisionPins pins;

    ReviewMeeting(ReviewWeeks weeks, ActionItemRepository actions, ReviewRecords records, UserService users,
                  ChangeHistory history, PlanEvents events, Clock clock, NotificationService notifications,
                  ReviewQueries queries, DecisionPins pins) {
        this.pins = pins;
        this.notifications = notifications;
        this.queries = queries;
        this.weeks = weeks;
        this.actions = actions;
        this.records = records;
        this.users = users;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Notes that the caller has this week's open review in front of them, for the minutes' attendees. Opening
     * another week's review, or a closed one, records nothing.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void attend(ReviewWeek week) {
        if (!week.equals(ReviewWeek.of(LocalDate.now(clock))) && weeks.find(week).isEmpty()) {
            return;
        }
        Review review = weeks.started(week);
        if (!review.isClosed()) {
            records.attend(review.getId(), CurrentUser.name());
        }
    }

    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public void addNote(ReviewWeek week, AgendaSection section, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldProblem("note", "Write the note first.");
        }
        if (text.strip().length() > 2000) {
            throw new FieldProblem("note", "Keep a note under 2,000 characters.");
        }
        if (section == null || section == AgendaSection.AGREED) {
            throw new FieldProblem("note", "Choose an agenda section for the note.");
        }
        Review review = weeks.openForChanges(week);
        records.addNote(review.getId(), section, text.strip(), CurrentUser.name());
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public void addDecision(ReviewWeek week, @Valid DecisionForm form) {
        PlanLink link = resolve(form.getLink());
        Review review = weeks.openForChanges(week);
        long decision = records.addDecision(review.getId(), form.getText().strip(), link, CurrentUser.name());
        String pinned = pins.pin(decision, form.getPin(), link);
        history.record(new ChangeEntry(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Decision",
                null, form.getText().strip() + (pinned == null ? "" : " (pins " + pinned + ")"), ChangeSource.EDIT));
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public ActionItem addAction(ReviewWeek week, @Valid ActionForm form) {
        if (users.people().stream().noneMatch(p -> p.id() == form.getOwnerId() && p.enabled())) {
            throw new FieldProblem("ownerId", "Choose an owner from the list.");
        }
        if (form.getDueDate().isBefore(LocalDate.now(clock))) {
            throw new FieldProblem("dueDate", "Choose today or a later day.");
        }
        PlanLink link = resolve(form.getLink());
        Review review = weeks.openForChanges(week);
        ActionItem action = actions.save(new ActionItem(review.getId(), form, link, CurrentUser.name(), Instant.now(clock)));
        history.record(ChangeEntry.event(HistoryArea.REVIEW, ReviewEvents.ACTION_HISTORY_KIND, action.getId(), action.getText(),
                "Agreed in " + week + ", due " + action.getDueDate()));
        notifications.tell(Recipients.id(action.getOwnerId()), NotificationKind.ACTION_GIVEN,
                "An action item is yours: " + action.getText(), "Agreed in the review of " + week + " · due " + action.getDueDate(),
                "reviews/" + week);
        events.publish(ReviewEvents.REVIEWS, review.getId());
        return action;
    }

    /**
     * A lead mails the agenda as it stands to everyone who takes part in the review, before the meeting: once per
     * person and week. Returns how many were sent it now.
     */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public int sendAgendaPreview(ReviewWeek week) {
        Review review = weeks.openForChanges(week);
        String agenda = ReviewMarkdownWriter.write(queries.page(week));
        int sent = notifications.mailDocument(Recipients.roles(Roles.REVIEW_ROLES.toArray(String[]::new)), "agenda-" + week,
                "Agenda of the weekly review " + week, agenda, "reviews/" + week);
        history.record(ChangeEntry.event(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week,
                "Agenda mailed to " + sent + (sent == 1 ? " person" : " people")));
        return sent;
    }

    /** Marks an action done (or not done after all) in this week's review, which must be open. */
    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public void setActionDone(ReviewWeek week, long actionId, int expectedVersion, boolean done) {
        Review review = weeks.openForChanges(week);
        ActionItem action = actions.findById(actionId)
                .orElseThrow(() -> new EditConflict("This action item no longer exists. Reload the review."));
        if (action.getVersion() != expectedVersion) {
            throw actionConflict(action);
        }
        if (action.isDone() == done) {
            return;
        }
        action.markDone(done, CurrentUser.name(), Instant.now(clock), review.getId());
        try {
            actions.save(action);
        } catch (OptimisticLockingFailureException e) {
            throw actionConflict(actions.findById(actionId).orElse(action));
        }
        history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.ACTION_HISTORY_KIND, actionId, action.getText(), "Done",
                done ? "No" : "Yes", done ? "Yes" : "No"));
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    /** The linked item as it is named now; a link to something that no longer exists is refused. */
    private PlanLink resolve(PlanLink link) {
        if (link == null) {
            return null;
        }
        return records.labelOf(link.kind(), link.id()).map(label -> new PlanLink(link.kind(), link.id(), label))
                .orElseThrow(() -> new FieldProblem("link", "That " + link.kind().label().toLowerCase(Locale.ROOT)
                        + " no longer exists. Choose another item, or none."));
    }

    private EditConflict actionConflict(ActionItem action) {
        String who = action.getDoneBy() == null ? "Someone" : records.displayName(action.getDoneBy());
        return new EditConflict(who + " changed this action item while you had it open. Reload to see it as it is now.");
    }
}
