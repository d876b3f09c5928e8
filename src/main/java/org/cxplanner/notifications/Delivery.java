package org.cxplanner.notifications;

/** How a person hears of one kind of notification. */
public enum Delivery {
    AT_ONCE("At once"),
    DIGEST("In the daily digest"),
    OFF("Not at all");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
