package org.cxplanner.roadmap;

import org.cxplanner.raci.TouchpointLinks;
import org.springframework.stereotype.Component;

import java.util.Map;

/** The RACI matrix shows, per touchpoint, how many active initiatives change it, linking to the filtered list. */
@Component
class RoadmapTouchpointLinks implements TouchpointLinks {

    private final RoadmapService roadmap;

    RoadmapTouchpointLinks(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @Override
    public String header() {
        return "Initiatives";
    }

    @Override
    public Map<Long, Integer> counts() {
        return roadmap.activeCountsByTouchpoint();
    }

    @Override
    public String route(long touchpointId) {
        return "roadmap/list?touchpoint=" + touchpointId;
    }
}
