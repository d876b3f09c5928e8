package org.cxplanner.raci;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.cxplanner.base.events.PlanEvent;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.catalog.CatalogService;
import org.springframework.security.access.prepost.PreAuthorize;

import java.util.List;

import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Tells an open matrix screen about committed changes on any node: RACI cells (per touchpoint) and catalog
 * changes (everything, since names, order and archiving all show in the matrix). A subscriber of the plan's change
 * channel; the changes a screen made itself are not repeated to it.
 */
@org.springframework.stereotype.Component
public class RaciBroadcaster {

    private final PlanEvents events;
    private final RaciMatrixQuery matrix;
    /** The summary after the last event handled: every open matrix on this node hears the same event object. */
    private final AtomicReference<Summarised> last = new AtomicReference<>();

    RaciBroadcaster(PlanEvents events, RaciMatrixQuery matrix) {
        this.events = events;
        this.matrix = matrix;
    }

    /**
     * While {@code view} is attached, {@code listener} runs in its UI with the changes it has not shown yet (those
     * that arrive while it is busy come together, see {@link PlanEvents#subscribeBatched}) and the summary after them.
     * Everyone signed in reads the matrix; only signed-in screens may listen.
     */
    @PreAuthorize("isAuthenticated()")
    public Registration register(Component view, Consumer<RaciChanged> listener) {
        return events.subscribeBatchedWhileAttached(view, Set.of(RaciChanged.KIND, CatalogService.EVENT_KIND), batch -> {
            boolean everything = batch.stream().anyMatch(event -> event.isEverything() || !event.kind().equals(RaciChanged.KIND));
            List<Long> touchpoints = everything ? List.of() : batch.stream().flatMap(event -> event.ids().stream()).distinct().toList();
            listener.accept(new RaciChanged(touchpoints, summaryAfter(batch.getLast())));
        });
    }

    /**
     * Read once per change, not once per open screen: every open matrix shows the summary, so without this one edit
     * cost as many summary queries as there are open matrices. Read after the change committed (its notification
     * arrived), so it is never older than the changes it comes with (the last is the newest).
     */
    private HealthSummary summaryAfter(PlanEvent event) {
        Summarised known = last.get();
        if (known != null && known.event() == event) {
            return known.summary();
        }
        HealthSummary summary = matrix.summary();
        last.set(new Summarised(event, summary));
        return summary;
    }

    private record Summarised(PlanEvent event, HealthSummary summary) {
    }
}
