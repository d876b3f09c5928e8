package org.cxplanner.raci;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Why a touchpoint is a gap: the RACI rules are exactly one A and at least one R. */
public enum HealthProblem {
    NO_A("no A"),
    MULTIPLE_A("2+ A"),
    NO_R("no R");

    private final String label;

    HealthProblem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Set<HealthProblem> of(int accountable, int responsible) {
        Set<HealthProblem> problems = EnumSet.noneOf(HealthProblem.class);
        if (accountable == 0) {
            problems.add(NO_A);
        } else if (accountable > 1) {
            problems.add(MULTIPLE_A);
        }
        if (responsible == 0) {
            problems.add(NO_R);
        }
        return problems;
    }

    /** "OK", or the problems joined: "no A, no R". */
    public static String label(Set<HealthProblem> problems) {
        return problems.isEmpty() ? "OK" : problems.stream().map(HealthProblem::label).collect(Collectors.joining(", "));
    }
}
