package org.cxplanner.base;

/** What the planner tells other systems about (through webhooks), with the name a receiver sees and the screen's words. */
public enum OutgoingEvent {
    MESSAGE_ALIGNED("message.aligned", "A message is aligned (both sides signed it)"),
    SIGN_OFF_WITHDRAWN("sign-off.withdrawn", "A sign-off was withdrawn"),
    REVIEW_CLOSED("review.closed", "A weekly review was closed"),
    RACI_GAP_APPEARED("raci.gap-appeared", "A touchpoint became a RACI gap"),
    RACI_GAP_CLOSED("raci.gap-closed", "A touchpoint's RACI gap was closed"),
    INITIATIVE_AT_RISK("initiative.at-risk", "An initiative was put at risk"),
    INDICATOR_OFF_TRACK("indicator.off-track", "An indicator went off track"),
    /** Sent by an administrator's "Send test event"; nobody subscribes to it. */
    TEST("ping", "Test event");

    private final String wireName;
    private final String label;

    OutgoingEvent(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public static OutgoingEvent ofWireName(String name) {
        for (OutgoingEvent event : values()) {
            if (event.wireName.equals(name)) {
                return event;
            }
        }
        throw new IllegalArgumentException("No such event: " + name);
    }
}
