package org.cxplanner.messaging;

import org.cxplanner.base.events.EventKind;

/** What the messaging feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class MessagingEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind MESSAGES = EventKind.of("messages");

    public static final String HISTORY_KIND = "MESSAGE";
    public static final String TEMPLATE_HISTORY_KIND = "CHECKLIST_TEMPLATE";

    private MessagingEvents() {
    }
}
