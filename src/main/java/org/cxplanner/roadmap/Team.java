package org.cxplanner.roadmap;

/** Who owns an initiative. The database lists the same names in a check constraint. */
public enum Team {
    MARKETING("Marketing"),
    JOINT("Joint"),
    CX("Customer experience");

    private final String label;

    Team(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
