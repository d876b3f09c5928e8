package org.cxplanner.roadmap;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.TeamAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "Starts after X ends" between initiatives of any lanes: who may link what (the waiting initiative's editors),
 * no loops, each change in the history and announced; and what a move would do to the initiatives and messages
 * that wait for it, before it happens.
 */
@Service
public class RoadmapDependencies {

    private final DependencyRecords records;
    private final InitiativeMoveRecords mover;
    private final InitiativeNews news;
    private final ChangeHistory history;
    private final PlanEvents events;
    private final List<DeliveryPromises> promises;

    RoadmapDependencies(DependencyRecords records, InitiativeMoveRecords mover, InitiativeNews news, ChangeHistory history,
                        PlanEvents events, List<DeliveryPromises> promises) {
        this.records = records;
        this.mover = mover;
        this.news = news;
        this.history = history;
        this.events = events;
        this.promises = promises;
    }

    /** Every link with both ends as they stand: the timeline's arrows and conflicts. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DependencyLink> links() {
        return records.all();
    }

    /** What the initiative waits for and what waits for it. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<DependencyLink> linksOf(long id) {
        return records.of(id);
    }

    /** "{@code successorId} starts {@code lagDays} after {@code predecessorId} ends"; sets the lag of a link already there. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public void add(long successorId, long predecessorId, int lagDays) {
        if (lagDays < 0 || lagDays > 365) {
            throw new FieldProblem("lag", "The wait after it ends is 0 to 365 days.");
        }
        if (successorId == predecessorId) {
            throw new FieldProblem("predecessor", "An initiative cannot wait for itself: choose another one.");
        }
        records.lockLinks();
        DependencyLink.End successor = exists(successorId);
        DependencyLink.End predecessor = exists(predecessorId);
        requireEditor(successor);
        List<Long> chain = records.chain(predecessorId, successorId);
        if (!chain.isEmpty()) {
            List<String> titles = records.titles(chain);
            throw new FieldProblem("predecessor", "That would make a loop: '" + successor.title() + "' would wait for "
                    + titles.stream().map(t -> "'" + t + "'").collect(Collectors.joining(", which waits for "))
                    + ". Remove one of those links first.");
        }
        String now = DependencyLink.describe(predecessor.title(), lagDays);
        String before = records.save(successorId, predecessorId, lagDays, CurrentUser.name())
                .map(lag -> DependencyLink.describe(predecessor.title(), lag)).orElse(null);
        if (!now.equals(before)) {
            history.record(ChangeEntry.changed(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, successorId, successor.title(),
                    "Depends on", before, now));
            events.publish(RoadmapEvents.ROADMAP, successorId, predecessorId);
        }
    }

    /** Removes the link: for whoever may edit the waiting initiative. */
    @PreAuthorize(Roles.EDIT_PLAN)
    @Transactional
    public void remove(long successorId, long predecessorId) {
        DependencyLink.End successor = exists(successorId);
        DependencyLink.End predecessor = exists(predecessorId);
        requireEditor(successor);
        if (records.delete(successorId, predecessorId)) {
            history.record(ChangeEntry.changed(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, successorId, successor.title(),
                    "Depends on", DependencyLink.describe(predecessor.title(), 0), null));
            events.publish(RoadmapEvents.ROADMAP, successorId, predecessorId);
        }
    }

    /**
     * What moving the initiative to [newStart, newEnd] would do: kept (dependants stay, conflicts flagged) and with
     * the dependants moved too (those the caller may move).
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Preview preview(long id, LocalDate newStart, LocalDate newEnd) {
        DependencyLink.End moved = exists(id);
        List<DependencyLink> links = records.all();
        TeamAccess may = CurrentUser.access();
        KnockOn moveToo = KnockOn.of(moved, newStart, newEnd, links, List.of(), true, end -> may.mayEdit(end.team()));
        List<Long> changing = new ArrayList<>(List.of(id));
        moveToo.shifts().forEach(shift -> changing.add(shift.initiative().id()));
        List<DeliveryPromises.Promise> promised = promisesOf(changing);
        return new Preview(KnockOn.of(moved, newStart, newEnd, links, promised, false, end -> false),
                KnockOn.of(moved, newStart, newEnd, links, promised, true, end -> may.mayEdit(end.team())));
    }

    /** Before and after a move: leave the dependants where they are, or move them too. */
    public record Preview(KnockOn keep, KnockOn moveToo) {

        public boolean isEmpty() {
            return keep.isEmpty() && moveToo.isEmpty();
        }

        /** Moving the dependants too changes something the plain move does not. */
        public boolean offersMoveToo() {
            return !moveToo.shifts().isEmpty();
        }
    }

    /**
     * After {@code id} moved (in the caller's transaction): each initiative waiting for it that now starts too early
     * moves later just enough, if the caller may move it, and so on down the chain; the others keep their dates
     * and show the conflict.
     */
    void moveDependants(long id) {
        DependencyLink.End moved = exists(id);
        TeamAccess may = CurrentUser.access();
        KnockOn plan = KnockOn.of(moved, moved.start(), moved.end(), records.all(), List.of(), true, end -> may.mayEdit(end.team()));
        for (KnockOn.Shift shift : plan.shifts()) {
            mover.lock(shift.initiative().id()).ifPresent(current -> {
                mover.move(shift.initiative().id(), current, shift.newStart());
                news.moved(shift.initiative().id(), current.ownerId(), current.title(), current.start(), current.end(),
                        shift.newStart(), shift.newEnd());
                events.publish(RoadmapEvents.ROADMAP, shift.initiative().id());
            });
        }
    }

    private List<DeliveryPromises.Promise> promisesOf(Collection<Long> ids) {
        return promises.stream().flatMap(source -> source.promisesOf(ids).stream()).toList();
    }

    private DependencyLink.End exists(long id) {
        return records.initiative(id)
                .orElseThrow(() -> new EditConflict("This initiative no longer exists: someone deleted it. Reload the roadmap."));
    }

    private static void requireEditor(DependencyLink.End successor) {
        if (!CurrentUser.access().mayEdit(successor.team())) {
            throw new AccessDeniedException(TeamAccess.refusal("change", successor.team(), "initiatives")
                    + " Links are kept by the initiative that waits.");
        }
    }
}
