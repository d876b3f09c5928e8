package org.cxplanner.history;

/** The part of the planner a change belongs to. USERS is user administration: only administrators read it. */
public enum HistoryArea {
    RACI("RACI matrix"),
    CATALOG("Catalog"),
    USERS("User administration"),
    ROADMAP("Roadmap"),
    MESSAGING("Messages"),
    INDICATORS("Indicators"),
    REVIEW("Weekly review");

    private final String label;

    HistoryArea(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
