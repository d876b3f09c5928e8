package org.cxplanner.indicators;

import java.util.Map;

/** Why some of the week's numbers cannot be saved, per indicator id; nothing was saved. */
public class EntryProblems extends RuntimeException {

    private final Map<Long, String> problems;

    EntryProblems(Map<Long, String> problems) {
        super(problems.size() == 1 ? "One number cannot be saved: nothing was saved." : problems.size()
                + " numbers cannot be saved: nothing was saved.");
        this.problems = Map.copyOf(problems);
    }

    public Map<Long, String> problems() {
        return problems;
    }
}
