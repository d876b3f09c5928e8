package org.cxplanner.notifications;

/**
 * What the planner tells people about, in the words of the preferences screen, with how each comes unless the person
 * chooses otherwise: what holds up someone else's work comes at once; reminders and round-ups in the daily digest.
 */
public enum NotificationKind {
    SIGN_OFF_ASKED("A sign-off is asked of you", Delivery.AT_ONCE),
    SIGN_OFF_WITHDRAWN("Your sign-off was withdrawn", Delivery.AT_ONCE),
    MESSAGE_ALIGNED_OR_SENT("A message you work on became aligned or was sent", Delivery.DIGEST),
    ACTION_GIVEN("An action item was given to you", Delivery.AT_ONCE),
    ACTION_DUE("An action item of yours is due tomorrow or overdue", Delivery.DIGEST),
    REVIEW_CLOSED("A review you attended was closed", Delivery.AT_ONCE),
    RACI_OWNERSHIP("You became Accountable or Responsible, or a touchpoint you are accountable for lost its Responsible", Delivery.AT_ONCE),
    NUMBERS_DUE("Numbers are due for indicators you record", Delivery.DIGEST),
    INITIATIVE_CHANGED("An initiative you own was moved, put at risk or dropped", Delivery.AT_ONCE);

    private final String label;
    private final Delivery byDefault;

    NotificationKind(String label, Delivery byDefault) {
        this.label = label;
        this.byDefault = byDefault;
    }

    public String label() {
        return label;
    }

    public Delivery byDefault() {
        return byDefault;
    }
}
