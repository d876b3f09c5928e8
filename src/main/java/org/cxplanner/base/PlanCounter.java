package org.cxplanner.base;

import java.util.List;

/** Implemented by each feature so the home page can say what exists without depending on every feature. */
public interface PlanCounter {

    List<PlanCount> counts();
}
