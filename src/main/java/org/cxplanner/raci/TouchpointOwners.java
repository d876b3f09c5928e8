package org.cxplanner.raci;

import java.util.List;
import java.util.Set;

/**
 * Who answers for one touchpoint, by RACI letter (function names in column order): what other features show next
 * to a touchpoint they change or promise something about.
 */
public record TouchpointOwners(long touchpointId, String touchpoint, List<String> accountable, List<String> responsible,
                               List<String> consulted, List<String> informed) {

    public Set<HealthProblem> health() {
        return HealthProblem.of(accountable.size(), responsible.size());
    }

    public String healthLabel() {
        return HealthProblem.label(health());
    }

    /** In plain words, why a promise about this touchpoint has no single owner; null when it has one. */
    public String accountabilityProblem() {
        if (accountable.isEmpty()) {
            return "Nobody is accountable for " + touchpoint;
        }
        if (accountable.size() > 1) {
            return String.join(" and ", accountable) + " are all accountable for " + touchpoint + ": settle on one";
        }
        return null;
    }
}
