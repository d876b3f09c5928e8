package org.cxplanner.notifications;

import java.time.Instant;

/** One line of a person's notification list: what happened, who did it, where to see it, and whether it was read. */
public record Notification(long id, NotificationKind kind, String title, String detail, String route, String actorName,
                           Instant createdAt, boolean read) {
}
