package org.cxplanner.review;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Follow-up that survives the week: an open action's owner, due date and text change rather than a new action being
 * agreed, and an action that no longer makes sense is dropped with a reason. Its owner, whoever added it, the leads
 * and administrators may do either, at any time (a review's screen offers it to everyone taking part; this refuses
 * the rest); each change is in the history and the next review shows it.
 */
@Service
@Validated
public class ActionHandover {

    static final int MAX_REASON = 500;

    private final ActionItemRepository actions;
    private final UserService users;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final NotificationService notifications;
    private final Clock clock;
    private final ReviewWeeks weeks;

    ActionHandover(ActionItemRepository actions, UserService users, ChangeHistory history, PlanEvents events,
                   NotificationService notifications, Clock clock, ReviewWeeks weeks) {
        this.weeks = weeks;
        this.actions = actions;
        this.users = users;
        this.history = history;
        this.events = events;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** New owner, due date and text for an open action; the link it is about stays. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public ActionItem handOn(long actionId, int expectedVersion, @Valid ActionForm form) {
        ActionItem action = open(actionId, expectedVersion);
        List<Person> people = users.people();
        // Someone who left may keep an action being re-dated; it cannot be handed to them.
        if (people.stream().noneMatch(p -> p.id() == form.getOwnerId() && (p.enabled() || p.id() == action.getOwnerId()))) {
            throw new FieldProblem("ownerId", "Choose an owner from the list.");
        }
        String text = action.getText();
        long owner = action.getOwnerId();
        java.time.LocalDate due = action.getDueDate();
        action.handOn(form.getText(), form.getOwnerId(), form.getDueDate());
        ActionItem saved = save(action);
        record(saved, "Text", text, saved.getText());
        record(saved, "Owner", name(people, owner), name(people, saved.getOwnerId()));
        record(saved, "Due date", due, saved.getDueDate());
        if (owner != saved.getOwnerId()) {
            notifications.tell(Recipients.id(saved.getOwnerId()), NotificationKind.ACTION_GIVEN,
                    "An action item is yours: " + saved.getText(), "Handed on by " + CurrentUser.displayName() + " · due "
                            + saved.getDueDate(), "reviews");
        }
        events.publish(ReviewEvents.REVIEWS, saved.getReviewId());
        return saved;
    }

    /** Closes an open action without it being done, saying why. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public ActionItem drop(long actionId, int expectedVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new FieldProblem("reason", "Say why it is dropped: the next review reads it.");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new FieldProblem("reason", "At most " + MAX_REASON + " characters.");
        }
        ActionItem action = open(actionId, expectedVersion);
        // Dropped "in" this week's review, as a tick would be: that review lists it under "Dropped in this review".
        action.drop(reason, CurrentUser.name(), Instant.now(clock), weeks.started(ReviewWeek.of(java.time.LocalDate.now(clock))).getId());
        ActionItem saved = save(action);
        record(saved, "Dropped", null, saved.getDroppedReason());
        events.publish(ReviewEvents.REVIEWS, saved.getReviewId());
        return saved;
    }

    private ActionItem open(long actionId, int expectedVersion) {
        ActionItem action = actions.findById(actionId)
                .orElseThrow(() -> new EditConflict("This action item no longer exists. Reload the review."));
        if (!allowed(action.getOwnerId(), action.getCreatedBy())) {
            throw new AccessDeniedException("Only its owner, whoever added it, the CMO or the CCO may change this action item.");
        }
        if (action.getVersion() != expectedVersion) {
            throw new EditConflict("Someone changed this action item while you had it open. Reload to see it as it is now.");
        }
        if (action.isDone()) {
            throw new EditConflict("This action item is closed (done or dropped): nothing to hand on.");
        }
        return action;
    }

    private boolean allowed(long ownerId, String createdBy) {
        if (CurrentUser.access().isAdministrator() || CurrentUser.access().leads().isPresent()
                || (createdBy != null && createdBy.equalsIgnoreCase(CurrentUser.name()))) {
            return true;
        }
        return users.people().stream().anyMatch(p -> p.id() == ownerId && p.username().equalsIgnoreCase(CurrentUser.name()));
    }

    private ActionItem save(ActionItem action) {
        try {
            return actions.save(action);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict("Someone changed this action item while you had it open. Reload to see it as it is now.");
        }
    }

    private void record(ActionItem action, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.ACTION_HISTORY_KIND, action.getId(), action.getText(),
                    field, before, after));
        }
    }

    private static String name(List<Person> people, long id) {
        return people.stream().filter(p -> p.id() == id).map(Person::displayName).findFirst().orElse("?");
    }
}
