package org.cxplanner.notifications;

import org.cxplanner.base.events.EventKind;

/** What the notifications feature tells open screens: a person's list changed (the key is their user id). */
public final class NotificationEvents {

    public static final EventKind NOTIFICATIONS = EventKind.of("notifications");

    private NotificationEvents() {
    }
}
