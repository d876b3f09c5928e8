package org.cxplanner.messaging;

/** Draft → In review → Aligned (both sign-offs) → Sent. A sent message is read-only. */
public enum MessageStatus {
    DRAFT("Draft"), IN_REVIEW("In review"), ALIGNED("Aligned"), SENT("Sent");

    private final String label;

    MessageStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String cssName() {
        return "message-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
