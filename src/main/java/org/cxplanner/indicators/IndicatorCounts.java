package org.cxplanner.indicators;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

/** The home page's scorecard tiles: indicators off track and guardrail warnings, each a link to the filtered scorecard. */
@Component
class IndicatorCounts implements PlanCounter {

    private final IndicatorService indicators;

    IndicatorCounts(IndicatorService indicators) {
        this.indicators = indicators;
    }

    @Override
    public List<PlanCount> counts() {
        List<ScorecardRow> rows = indicators.scorecard();
        long off = rows.stream().filter(r -> Boolean.FALSE.equals(r.onTrack())).count();
        long guardrails = rows.stream().filter(r -> r.guardrail() != null && r.indicator().getKind() == IndicatorKind.KPI).count();
        return List.of(
                PlanCount.attention(25, off == 1 ? "indicator off track" : "indicators off track", off, "indicators?status=Off%20track"),
                PlanCount.attention(26, guardrails == 1 ? "guardrail warning" : "guardrail warnings", guardrails,
                        "indicators?status=Guardrail%20warning"));
    }
}
