package org.cxplanner.users;

import org.cxplanner.base.events.EventKind;

/** What the users feature tells others: its kind on the change channel and its item kinds in the change history. */
public final class UserEvents {

    /** Announced after every committed change; keys are ids (none: anything may have changed). */
    public static final EventKind USERS = EventKind.of("users");

    public static final String HISTORY_KIND = "USER";

    private UserEvents() {
    }
}
