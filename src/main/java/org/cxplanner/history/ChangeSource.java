package org.cxplanner.history;

/** How a change was made. */
public enum ChangeSource {
    EDIT("On a screen"),
    IMPORT("From a CSV file"),
    SIGN_OFF("Sign-off"),
    SYSTEM("By the planner");

    private final String label;

    ChangeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
