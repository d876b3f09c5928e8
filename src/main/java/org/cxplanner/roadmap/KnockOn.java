package org.cxplanner.roadmap;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What moving one initiative does to the plan, worked out before it happens: which initiatives that start after it
 * would start too early (kept) or would move with it (moved too, each only if the caller may move it), and which
 * message's send date would fall before the delivery it promises. Pure: the links and promises come in.
 */
public record KnockOn(DependencyLink.End moved, LocalDate newStart, LocalDate newEnd, List<Shift> shifts,
                      List<Conflict> conflicts, List<BrokenPromise> brokenPromises) {

    /** A dependant moved along, by {@code days}. */
    public record Shift(DependencyLink.End initiative, long days, LocalDate newStart, LocalDate newEnd) {
    }

    /** A successor that would start before its predecessor (as moved) ends. */
    public record Conflict(String predecessorTitle, LocalDate predecessorEnd, DependencyLink.End successor, LocalDate earliestStart) {
    }

    /** A message that would send before the initiative it promises is delivered. */
    public record BrokenPromise(DeliveryPromises.Promise promise, String initiativeTitle, LocalDate newEnd) {
    }

    public boolean isEmpty() {
        return shifts.isEmpty() && conflicts.isEmpty() && brokenPromises.isEmpty();
    }

    /**
     * Moves {@code moved} to [newStart, newEnd]; with {@code cascade}, each dependant that would then start too early
     * moves later just enough, if {@code mayMove} allows it, and its own dependants after it. Only conflicts and
     * broken promises the move causes are reported, not those already there.
     */
    static KnockOn of(DependencyLink.End moved, LocalDate newStart, LocalDate newEnd, Collection<DependencyLink> links,
                      Collection<DeliveryPromises.Promise> promises, boolean cascade, Predicate<DependencyLink.End> mayMove) {
        Map<Long, List<DependencyLink>> after = new HashMap<>();
        links.forEach(link -> after.computeIfAbsent(link.predecessor().id(), id -> new ArrayList<>()).add(link));
        Map<Long, DependencyLink.End> ends = new HashMap<>();
        Map<Long, LocalDate[]> dates = new LinkedHashMap<>();
        dates.put(moved.id(), new LocalDate[]{newStart, newEnd});
        ends.put(moved.id(), moved);
        List<Conflict> conflicts = new ArrayList<>();
        for (DependencyLink link : links) {
            // Moved earlier, it may now start before something it waits for ends.
            if (link.successor().id() == moved.id() && !link.conflict() && DependencyLink.conflict(link.predecessor().status(),
                    link.predecessor().end(), link.lagDays(), moved.status(), newStart)) {
                conflicts.add(new Conflict(link.predecessor().title(), link.predecessor().end(),
                        new DependencyLink.End(moved.id(), moved.title(), moved.team(), moved.status(), newStart, newEnd),
                        link.earliestStart()));
            }
        }
        Deque<Long> queue = new ArrayDeque<>(List.of(moved.id()));
        while (!queue.isEmpty()) {
            long id = queue.pop();
            DependencyLink.End predecessor = ends.get(id);
            LocalDate predecessorEnd = dates.get(id)[1];
            for (DependencyLink link : after.getOrDefault(id, List.of())) {
                DependencyLink.End successor = link.successor();
                LocalDate start = dates.containsKey(successor.id()) ? dates.get(successor.id())[0] : successor.start();
                if (!DependencyLink.conflict(predecessor.status(), predecessorEnd, link.lagDays(), successor.status(), start)) {
                    continue;
                }
                LocalDate earliest = DependencyLink.earliestStart(predecessorEnd, link.lagDays());
                if (cascade && mayMove.test(successor)) {
                    long days = ChronoUnit.DAYS.between(successor.start(), earliest);
                    dates.put(successor.id(), new LocalDate[]{earliest, successor.end().plusDays(days)});
                    ends.put(successor.id(), successor);
                    queue.add(successor.id());
                } else if (!link.conflict()) {
                    conflicts.add(new Conflict(predecessor.title(), predecessorEnd, successor, earliest));
                }
            }
        }
        List<Shift> shifts = new ArrayList<>();
        dates.forEach((id, span) -> {
            if (id != moved.id()) {
                DependencyLink.End end = ends.get(id);
                shifts.add(new Shift(end, ChronoUnit.DAYS.between(end.start(), span[0]), span[0], span[1]));
            }
        });
        List<BrokenPromise> broken = new ArrayList<>();
        for (DeliveryPromises.Promise promise : promises) {
            DependencyLink.End initiative = ends.get(promise.initiativeId());
            if (initiative == null || initiative.status() == InitiativeStatus.DONE) {
                continue;
            }
            LocalDate end = dates.get(promise.initiativeId())[1];
            if (promise.sendDate().isBefore(end) && !promise.sendDate().isBefore(initiative.end())) {
                broken.add(new BrokenPromise(promise, initiative.title(), end));
            }
        }
        return new KnockOn(moved, newStart, newEnd, List.copyOf(shifts), List.copyOf(conflicts), List.copyOf(broken));
    }

    /** "2 weeks" or "10 days". */
    public static String duration(long days) {
        long abs = Math.abs(days);
        if (abs % 7 == 0) {
            return abs / 7 + (abs == 7 ? " week" : " weeks");
        }
        return abs + (abs == 1 ? " day" : " days");
    }
}
