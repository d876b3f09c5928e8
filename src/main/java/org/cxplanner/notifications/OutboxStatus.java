package org.cxplanner.notifications;

/** Where a mail is; UNCERTAIN: the planner stopped while sending it, so it may or may not have gone. */
public enum OutboxStatus {
    PENDING("Waiting"), SENDING("Sending"), SENT("Sent"), FAILED("Failed"), UNCERTAIN("May have gone");

    private final String label;

    OutboxStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
