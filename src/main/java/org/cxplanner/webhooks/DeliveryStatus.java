package org.cxplanner.webhooks;

/** Where a delivery stands, in the log's words. */
public enum DeliveryStatus {
    PENDING("Waiting"),
    SENDING("Sending"),
    SENT("Delivered"),
    FAILED("Failed"),
    UNCERTAIN("May have gone");

    private final String label;

    DeliveryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
