package org.cxplanner.raci;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.shared.Registration;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.catalog.CatalogService;

import java.util.Set;
import java.util.function.Consumer;

/**
 * Tells an open matrix screen about committed changes on any node: RACI cells (per touchpoint) and catalog
 * changes (everything, since names, order and archiving all show in the matrix). A subscriber of the plan's change
 * channel; the changes a screen made itself are not repeated to it.
 */
@org.springframework.stereotype.Component
public class RaciBroadcaster {

    private final PlanEvents events;

    RaciBroadcaster(PlanEvents events) {
        this.events = events;
    }

    /**
     * While {@code view} is attached, {@code listener} runs in its UI, once per changed touchpoint (or once with null
     * for "many").
     */
    public Registration register(Component view, Consumer<RaciChanged> listener) {
        return events.subscribeWhileAttached(view, Set.of(RaciChanged.KIND, CatalogService.EVENT_KIND), event -> {
            if (event.isEverything() || !event.kind().equals(RaciChanged.KIND)) {
                listener.accept(new RaciChanged(null));
            } else {
                event.ids().forEach(id -> listener.accept(new RaciChanged(id)));
            }
        });
    }
}
