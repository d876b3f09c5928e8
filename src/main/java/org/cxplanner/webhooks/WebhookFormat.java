package org.cxplanner.webhooks;

/** The body an endpoint gets: the planner's own JSON, or the {@code {"text": …}} that Slack and Teams incoming webhooks show. */
public enum WebhookFormat {
    PLANNER("Planner JSON (for programs)"),
    CHAT("Chat message (Slack or Microsoft Teams incoming webhook)");

    private final String label;

    WebhookFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
