package org.cxplanner.roadmap;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Set;

/** The home page's roadmap tiles: initiatives under way and those at risk, each a link to the list. */
@Component
class RoadmapCounts implements PlanCounter {

    private final RoadmapService roadmap;

    RoadmapCounts(RoadmapService roadmap) {
        this.roadmap = roadmap;
    }

    @Override
    public List<PlanCount> counts() {
        int active = roadmap.count(RoadmapFilter.ALL.withStatuses(
                Set.of(InitiativeStatus.PLANNED, InitiativeStatus.IN_PROGRESS, InitiativeStatus.AT_RISK)));
        int atRisk = roadmap.count(RoadmapFilter.ALL.withStatuses(Set.of(InitiativeStatus.AT_RISK)));
        return List.of(
                new PlanCount(20, "active initiatives on the roadmap", active, "roadmap"),
                new PlanCount(21, atRisk == 1 ? "initiative at risk" : "initiatives at risk", atRisk, "roadmap/list?status=AT_RISK"));
    }
}
