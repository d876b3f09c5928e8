package org.cxplanner.raci;

import java.util.Map;

/**
 * Another feature's count per touchpoint, shown as a linked column of the matrix (how many active initiatives change
 * each touchpoint). Features implement it so the matrix needs no dependency on them.
 */
public interface TouchpointLinks {

    String header();

    /** One statement for all touchpoints; touchpoints without an entry show nothing. */
    Map<Long, Integer> counts();

    /** Where a count leads, as a route with query parameters: {@code roadmap/list?touchpoint=12}. */
    String route(long touchpointId);
}
