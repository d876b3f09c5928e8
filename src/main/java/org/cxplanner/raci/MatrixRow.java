package org.cxplanner.raci;

import org.cxplanner.catalog.Channel;

import java.util.Map;
import java.util.Set;

/** One touchpoint of the matrix with its letters by function id and its health. */
public record MatrixRow(long touchpointId, String touchpoint, Channel channel, long stageId, String stage,
                        boolean firstOfStage, Map<Long, RaciLetter> letters, Set<HealthProblem> health) {

    /** A grid keeps its loaded rows for as long as the screen is open: compact copies, not the hash maps they were read into. */
    public MatrixRow {
        letters = Map.copyOf(letters);
    }

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
