package org.cxplanner.review;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.ChangeSource;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Roles;
import org.cxplanner.users.UserService;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The weekly review. Everyone signed in reads it; marketing, customer experience and the two leads write notes,
 * decisions and action items while it is open; only the CMO or CCO closes it (freezing its agenda) or reopens it
 * with a reason. A closed review refuses every change here, whatever a screen offers.
 */
@Service
@Validated
public class ReviewService {

    private static final DateTimeFormatter CLOSED_AT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private final ReviewRepository reviews;
    private final ActionItemRepository actions;
    private final ReviewRecords records;
    private final AgendaBuilder agenda;
    private final UserService users;
    private final RoadmapService roadmap;
    private final CatalogService catalog;
    private final IndicatorService indicators;
    private final MessageQueries messaging;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final Clock clock = Clock.systemDefaultZone();

    ReviewService(ReviewRepository reviews, ActionItemRepository actions, ReviewRecords records, AgendaBuilder agenda,
                  UserService users, RoadmapService roadmap, CatalogService catalog, IndicatorService indicators,
                  MessageQueries messaging, ChangeHistory history, PlanEvents events) {
        this.reviews = reviews;
        this.actions = actions;
        this.records = records;
        this.agenda = agenda;
        this.users = users;
        this.roadmap = roadmap;
        this.catalog = catalog;
        this.indicators = indicators;
        this.messaging = messaging;
        this.history = history;
        this.events = events;
    }

    public ReviewWeek currentWeek() {
        return ReviewWeek.of(LocalDate.now(clock));
    }

    /** The review of a week: its frozen minutes once closed, else the live agenda with what the meeting added. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewPage page(ReviewWeek week) {
        Optional<Review> found = reviews.findByIsoYearAndIsoWeek(week.year(), week.week());
        Long id = found.map(Review::getId).orElse(null);
        Optional<ReviewRecords.PreviousReview> previous = records.previousClosed(week);
        Agenda shown;
        List<ActionRow> carried = List.of();
        if (found.isPresent() && found.get().isClosed()) {
            shown = new Agenda(records.frozen(id), previous.map(ReviewRecords.PreviousReview::closedAt).orElse(null),
                    sinceLabel(week, previous), true);
        } else {
            Instant since = since(week, previous);
            carried = records.carriedInto(week, id);
            shown = new Agenda(agenda.build(carried, LocalDate.now(clock), since,
                    Instant.now(clock).plus(1, ChronoUnit.DAYS)), since, sinceLabel(week, previous), false);
        }
        Review review = found.orElse(null);
        return new ReviewPage(week, review == null ? ReviewStatus.OPEN : review.getStatus(), review == null ? 0 : review.getVersion(),
                review == null ? null : records.displayName(review.getClosedBy()), review == null ? null : review.getClosedAt(),
                review == null ? null : records.displayName(review.getReopenedBy()), review == null ? null : review.getReopenedAt(),
                review == null ? null : review.getReopenReason(), shown,
                id == null ? List.of() : records.notes(id), id == null ? List.of() : records.decisions(id),
                id == null ? List.of() : records.agreedIn(id), carried, id == null ? List.of() : records.attendees(id),
                CurrentUser.hasAnyRole(Roles.REVIEW_ROLES), CurrentUser.hasAnyRole(List.of(Roles.CMO, Roles.CCO)));
    }

    /**
     * The same page with what the meeting added read again (notes, decisions, actions, attendees) and the agenda kept:
     * what a screen needs after its user added something, for 5 statements instead of rebuilding the agenda. If the
     * review was closed or reopened meanwhile, the whole page is read again.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewPage refreshMeeting(ReviewPage shown) {
        Optional<Review> found = reviews.findByIsoYearAndIsoWeek(shown.week().year(), shown.week().week());
        if (found.isEmpty() || found.get().getStatus() != shown.status() || found.get().isClosed()) {
            return page(shown.week());
        }
        long id = found.get().getId();
        return new ReviewPage(shown.week(), shown.status(), found.get().getVersion(), shown.closedByName(), shown.closedAt(),
                shown.reopenedByName(), shown.reopenedAt(), shown.reopenReason(), shown.agenda(), records.notes(id),
                records.decisions(id), records.agreedIn(id), shown.carried(), records.attendees(id), shown.mayParticipate(),
                shown.mayClose());
    }

    /**
     * Notes that the caller has this week's open review in front of them, for the minutes' attendees. Opening
     * another week's review, or a closed one, records nothing.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void attend(ReviewWeek week) {
        if (!week.equals(currentWeek()) && reviews.findByIsoYearAndIsoWeek(week.year(), week.week()).isEmpty()) {
            return;
        }
        Review review = started(week);
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
        Review review = openForChanges(week);
        records.addNote(review.getId(), section, text.strip(), CurrentUser.name());
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public void addDecision(ReviewWeek week, @Valid DecisionForm form) {
        PlanLink link = resolve(form.getLink());
        Review review = openForChanges(week);
        records.addDecision(review.getId(), form.getText().strip(), link, CurrentUser.name());
        history.record(new ChangeEntry(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Decision",
                null, form.getText().strip(), ChangeSource.EDIT));
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
        Review review = openForChanges(week);
        ActionItem action = actions.save(new ActionItem(review.getId(), form, link, CurrentUser.name(), Instant.now(clock)));
        history.record(ChangeEntry.event(HistoryArea.REVIEW, ReviewEvents.ACTION_HISTORY_KIND, action.getId(), action.getText(),
                "Agreed in " + week + ", due " + action.getDueDate()));
        events.publish(ReviewEvents.REVIEWS, review.getId());
        return action;
    }

    /** Marks an action done (or not done after all) in this week's review, which must be open. */
    @PreAuthorize(Roles.REVIEW_PARTICIPANTS)
    @Transactional
    public void setActionDone(ReviewWeek week, long actionId, int expectedVersion, boolean done) {
        Review review = openForChanges(week);
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

    /** Freezes the agenda, notes, decisions and actions as they stand; the review is then read-only. */
    @PreAuthorize(Roles.REVIEW_LEADS)
    @Transactional
    public void close(ReviewWeek week, int expectedVersion) {
        Review review = started(week);
        records.lock(review.getId());
        review = reviews.findById(review.getId()).orElseThrow();
        if (review.isClosed()) {
            throw new EditConflict(records.displayName(review.getClosedBy()) + " closed this review at "
                    + CLOSED_AT.format(review.getClosedAt().atZone(ZoneId.systemDefault())) + ". Reload to see the minutes.");
        }
        if (review.getVersion() != expectedVersion) {
            throw new EditConflict("Someone reopened or changed this review while you had it open. Reload, then close it again.");
        }
        Instant now = Instant.now(clock);
        Optional<ReviewRecords.PreviousReview> previous = records.previousClosed(week);
        List<AgendaItem> frozen = new ArrayList<>(agenda.build(records.carriedInto(week, review.getId()), LocalDate.now(clock),
                since(week, previous), now));
        LocalDate today = LocalDate.now(clock);
        frozen.addAll(AgendaBuilder.agreed(records.agreedIn(review.getId()), today));
        records.freeze(review.getId(), frozen);
        review.close(CurrentUser.name(), now);
        save(review);
        history.record(ChangeEntry.changed(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Status",
                ReviewStatus.OPEN.label(), ReviewStatus.CLOSED.label()));
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
        Review review = reviews.findByIsoYearAndIsoWeek(week.year(), week.week())
                .orElseThrow(() -> new EditConflict("This review was never closed."));
        records.lock(review.getId());
        review = reviews.findById(review.getId()).orElseThrow();
        if (!review.isClosed() || review.getVersion() != expectedVersion) {
            throw new EditConflict("Someone changed this review while you had it open. Reload to see it as it is now.");
        }
        records.thaw(review.getId());
        review.reopen(CurrentUser.name(), Instant.now(clock), reason.strip());
        save(review);
        history.record(new ChangeEntry(HistoryArea.REVIEW, ReviewEvents.HISTORY_KIND, review.getId(), "Review " + week, "Status",
                ReviewStatus.CLOSED.label(), ReviewStatus.OPEN.label() + " (reason: " + reason.strip() + ")", ChangeSource.EDIT));
        events.publish(ReviewEvents.REVIEWS, review.getId());
    }

    /** Every review held so far, newest first. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<ReviewSummary> summaries() {
        return records.summaries();
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Decision> decisionLog(String text, int offset, int limit) {
        return records.decisionLog(text, offset, limit);
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int countDecisions(String text) {
        return records.countDecisions(text);
    }

    /** Open action items and how many are overdue, for the home page. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public int[] openAndOverdueActions() {
        return records.openAndOverdue(LocalDate.now(clock));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public ReviewStatus statusOf(ReviewWeek week) {
        return reviews.findByIsoYearAndIsoWeek(week.year(), week.week()).map(Review::getStatus).orElse(ReviewStatus.OPEN);
    }

    /** The plan items a decision or action can point at: initiatives, touchpoints, indicators and messages. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<PlanLink> linkables() {
        List<PlanLink> links = new ArrayList<>();
        roadmap.span(RoadmapFilter.ALL, null, null).forEach(i -> links.add(new PlanLink(LinkKind.INITIATIVE, i.id(), i.title())));
        catalog.touchpoints().forEach(t -> links.add(new PlanLink(LinkKind.TOUCHPOINT, t.getId(), t.getName())));
        indicators.scorecard().forEach(r -> links.add(new PlanLink(LinkKind.INDICATOR, r.indicator().getId(), r.indicator().getName())));
        messaging.rows().forEach(m -> links.add(new PlanLink(LinkKind.MESSAGE, m.id(), m.title())));
        links.sort(Comparator.comparing((PlanLink l) -> l.kind().ordinal()).thenComparing(l -> l.label().toLowerCase(Locale.ROOT)));
        return links;
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

    private Review started(ReviewWeek week) {
        records.ensure(week);
        return reviews.findByIsoYearAndIsoWeek(week.year(), week.week()).orElseThrow();
    }

    private Review openForChanges(ReviewWeek week) {
        Review review = started(week);
        if (records.lock(review.getId()) == ReviewStatus.CLOSED) {
            throw new ReviewClosed(week);
        }
        return review;
    }

    private void save(Review review) {
        try {
            reviews.save(review);
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict("Someone changed this review at the same moment. Reload to see it as it is now.");
        }
    }

    private EditConflict actionConflict(ActionItem action) {
        String who = action.getDoneBy() == null ? "Someone" : records.displayName(action.getDoneBy());
        return new EditConflict(who + " changed this action item while you had it open. Reload to see it as it is now.");
    }

    /** Changes count from the close of the previous closed review, or from the start of the week before. */
    private static Instant since(ReviewWeek week, Optional<ReviewRecords.PreviousReview> previous) {
        return previous.map(ReviewRecords.PreviousReview::closedAt)
                .orElseGet(() -> week.previous().monday().atStartOfDay(ZoneId.systemDefault()).toInstant());
    }

    private static String sinceLabel(ReviewWeek week, Optional<ReviewRecords.PreviousReview> previous) {
        return previous.map(p -> "since the review of " + p.week() + " was closed, "
                        + CLOSED_AT.format(p.closedAt().atZone(ZoneId.systemDefault())))
                .orElseGet(() -> "since " + week.previous().monday() + " (no earlier review was closed)");
    }


}
