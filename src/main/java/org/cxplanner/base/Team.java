package org.cxplanner.base;

/** Which team owns a plan item (an initiative, a message, an indicator). The database lists the same names in check constraints. */
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
