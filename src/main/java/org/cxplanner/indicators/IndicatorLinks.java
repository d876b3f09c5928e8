package org.cxplanner.indicators;

import java.util.List;

/** What other features link to an indicator (the initiatives that should move it), without a dependency on them. */
public interface IndicatorLinks {

    /** Titles and routes, e.g. an initiative's title and {@code roadmap/12}. */
    List<Link> linksTo(long indicatorId);

    /** The address of an indicator's page, for other features' screens. */
    static String route(long indicatorId) {
        return "indicators/" + indicatorId;
    }

    record Link(String title, String route) {
    }
}
