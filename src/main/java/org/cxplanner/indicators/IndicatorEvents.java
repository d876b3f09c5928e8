package org.cxplanner.indicators;

import org.cxplanner.base.events.EventKind;

/** What the indicators feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class IndicatorEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind INDICATORS = EventKind.of("indicators");

    public static final String HISTORY_KIND = "INDICATOR";

    private IndicatorEvents() {
    }
}
