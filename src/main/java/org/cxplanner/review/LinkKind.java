package org.cxplanner.review;

/** The plan items a decision or an action may point at. */
public enum LinkKind {
    INITIATIVE("Initiative"), TOUCHPOINT("Touchpoint"), INDICATOR("Indicator"), MESSAGE("Message");

    private final String label;

    LinkKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
