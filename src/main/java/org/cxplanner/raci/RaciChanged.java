package org.cxplanner.raci;

import org.cxplanner.base.events.EventKind;

import java.util.List;

/**
 * A committed RACI change as open matrix screens hear of it: the touchpoints whose rows changed (none named means
 * "many": reload everything), those rows as they are now (read once per node, for every open matrix; a row that
 * is no longer shown is missing), and the matrix's health summary after it. Catalog changes (a renamed or archived
 * touchpoint or function) arrive the same way.
 */
public record RaciChanged(List<Long> touchpointIds, List<MatrixRow> rows, HealthSummary summary) {

    /** The kind of plan event a RACI cell change is announced as; its keys are touchpoint ids. */
    public static final EventKind KIND = EventKind.of("raci");

    /** A touchpoint's row in the change history (its RACI cells). */
    public static final String HISTORY_KIND = "TOUCHPOINT";

    public RaciChanged {
        touchpointIds = List.copyOf(touchpointIds);
        rows = List.copyOf(rows);
    }

    static RaciChanged everything(HealthSummary summary) {
        return new RaciChanged(List.of(), List.of(), summary);
    }

    public boolean everything() {
        return touchpointIds.isEmpty();
    }
}
