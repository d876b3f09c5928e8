package org.cxplanner.raci;

import java.util.List;

/**
 * A committed RACI change as open matrix screens hear of it: the touchpoints whose rows changed (none named means
 * "many": reload everything), and the matrix's health summary after it. Catalog changes (a renamed or archived
 * touchpoint or function) arrive the same way.
 */
public record RaciChanged(List<Long> touchpointIds, HealthSummary summary) {

    /** The kind of plan event a RACI cell change is announced as; its keys are touchpoint ids. */
    public static final String KIND = "raci";

    public RaciChanged {
        touchpointIds = List.copyOf(touchpointIds);
    }

    public boolean everything() {
        return touchpointIds.isEmpty();
    }
}
