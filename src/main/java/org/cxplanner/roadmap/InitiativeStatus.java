package org.cxplanner.roadmap;

/** Where an initiative stands. Dropped ones stay on record but are hidden unless asked for. */
public enum InitiativeStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    AT_RISK("At risk"),
    DONE("Done"),
    DROPPED("Dropped");

    private final String label;

    InitiativeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A CSS-friendly name for colouring: status-planned, status-in-progress, … */
    public String cssName() {
        return "status-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public boolean isActive() {
        return this != DONE && this != DROPPED;
    }
}
