package org.cxplanner.catalog;

import org.cxplanner.base.events.EventKind;

/** What the catalog feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class CatalogEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind CATALOG = EventKind.of("catalog");

    private CatalogEvents() {
    }
}
