package org.cxplanner.raci;

import org.cxplanner.catalog.CatalogEvents;

import org.cxplanner.security.Roles;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.cxplanner.base.events.PlanEvent;
import org.cxplanner.base.events.PlanEvents;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells an open matrix screen about committed changes on any node: RACI cells (per touchpoint) and catalog
 * changes (everything, since names, order and archiving all show in the matrix). A subscriber of the plan's change
 * channel; the changes a screen made itself are not repeated to it.
 */
@org.springframework.stereotype.Component
public class RaciBroadcaster {

    /** More than the batches open screens can be behind by; an older event is read again, never shown wrong. */
    private static final int REMEMBERED_EVENTS = 64;

    private final PlanEvents events;
    private final RaciMatrixRecords matrix;
    /** What each recent event changed, read once: every open matrix on this node hears the same event object. */
    private final Deque<Read> recent = new ArrayDeque<>();

    RaciBroadcaster(PlanEvents events, RaciMatrixRecords matrix) {
        this.events = events;
        this.matrix = matrix;
    }

    /**
     * While {@code view} is attached, {@code listener} runs in its UI with the changes it has not shown yet (those
     * that arrive while it is busy come together, see {@link PlanEvents#subscribeBatched}): the changed rows as
     * they are now, and the summary after them. Everyone signed in reads the matrix; only signed-in screens may listen.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    public Registration register(Component view, Consumer<RaciChanged> listener) {
        return events.subscribeBatchedWhileAttached(view, Set.of(RaciChanged.KIND, CatalogEvents.CATALOG), batch -> {
            boolean everything = batch.stream().anyMatch(event -> event.isEverything() || !event.kind().equals(RaciChanged.KIND));
            if (everything) {
                listener.accept(RaciChanged.everything(read(batch.getLast()).summary()));
                return;
            }
            // The newest read of a touchpoint wins: a later event in the batch read it after the earlier one.
            Map<Long, MatrixRow> rows = new LinkedHashMap<>();
            Read last = null;
            for (PlanEvent event : batch) {
                last = read(event);
                last.rows().forEach(row -> rows.put(row.touchpointId(), row));
            }
            List<Long> named = batch.stream().flatMap(event -> event.ids().stream()).distinct().toList();
            listener.accept(new RaciChanged(named, List.copyOf(rows.values()), last.summary()));
        });
    }

    /**
     * Read once per change, not once per open screen: without this one edit cost as many row and summary queries as
     * there are open matrices, which is what kept a node from keeping up with twenty people editing. Read after the
     * change committed (its notification arrived), so it is never older than the change it comes with.
     */
    private Read read(PlanEvent event) {
        synchronized (recent) {
            for (Read known : recent) {
                if (known.event() == event) {
                    return known;
                }
            }
        }
        // Only a cell change names its rows; a catalog change (or "everything") has every open matrix reload.
        boolean namesRows = event.kind().equals(RaciChanged.KIND) && !event.isEverything();
        Read fresh = new Read(event, namesRows ? matrix.rowsOf(event.ids()) : List.of(), matrix.summary());
        synchronized (recent) {
            recent.addFirst(fresh);
            while (recent.size() > REMEMBERED_EVENTS) {
                recent.removeLast();
            }
        }
        return fresh;
    }

    private record Read(PlanEvent event, List<MatrixRow> rows, HealthSummary summary) {
    }
}
