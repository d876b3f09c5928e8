package org.cxplanner.history;

/** How a change was made. */
public enum ChangeSource {
    EDIT("Edit"),
    IMPORT("Import"),
    SIGN_OFF("Sign-off"),
    SYSTEM("System");

    private final String label;

    ChangeSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
