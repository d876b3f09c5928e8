package org.cxplanner.raci;

import org.cxplanner.catalog.Channel;

import java.util.Map;
import java.util.Set;

/** One touchpoint of the matrix with its letters by function id and its health. */
public record MatrixRow(long touchpointId, String touchpoint, Channel channel, long stageId, String stage,
                        boolean firstOfStage, Map<Long, RaciLetter> letters, Set<HealthProblem> health) {

    public RaciLetter letter(long functionId) {
        return letters.get(functionId);
    }

    public boolean isGap() {
        return !health.isEmpty();
    }

    public String healthLabel() {
        return HealthProblem.label(health);
    }
}
