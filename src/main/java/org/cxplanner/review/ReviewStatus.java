package org.cxplanner.review;

public enum ReviewStatus {
    OPEN("Open"), CLOSED("Closed");

    private final String label;

    ReviewStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
