package org.cxplanner.roadmap;

import org.cxplanner.base.events.EventKind;

/** What the roadmap feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class RoadmapEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind ROADMAP = EventKind.of("roadmap");

    public static final String HISTORY_KIND = "INITIATIVE";

    private RoadmapEvents() {
    }
}
