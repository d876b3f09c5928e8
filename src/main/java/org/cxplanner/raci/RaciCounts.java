package org.cxplanner.raci;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

@Component
class RaciCounts implements PlanCounter {

    private final RaciService raciService;

    RaciCounts(RaciService raciService) {
        this.raciService = raciService;
    }

    @Override
    public List<PlanCount> counts() {
        HealthSummary summary = raciService.summary();
        return List.of(
                new PlanCount(10, "touchpoints in the RACI matrix", summary.touchpoints(), "raci"),
                PlanCount.attention(11, summary.gaps() == 1 ? "touchpoint needs attention" : "touchpoints need attention",
                        summary.gaps(), "raci?gaps=true"),
                new PlanCount(12, "functions (RACI columns)", raciService.columns().size(), "catalog"));
    }
}
