package org.cxplanner.review;

import org.cxplanner.base.events.EventKind;

/** What the review feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class ReviewEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind REVIEWS = EventKind.of("reviews");

    public static final String HISTORY_KIND = "REVIEW";

    public static final String ACTION_HISTORY_KIND = "ACTION";

    private ReviewEvents() {
    }
}
