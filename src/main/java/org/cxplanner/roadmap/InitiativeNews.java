package org.cxplanner.roadmap;

import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Tells an initiative's owner when someone else moves it, puts it at risk, drops or deletes it. */
@Component
class InitiativeNews {

    private final NotificationService notifications;

    InitiativeNews(NotificationService notifications) {
        this.notifications = notifications;
    }

    void moved(long id, long ownerId, String title, LocalDate oldStart, LocalDate oldEnd, LocalDate newStart, LocalDate newEnd) {
        if (!oldStart.equals(newStart) || !oldEnd.equals(newEnd)) {
            tell(id, ownerId, "Your initiative was moved: " + title, "Now " + InitiativeChanges.span(newStart, newEnd)
                    + " (was " + InitiativeChanges.span(oldStart, oldEnd) + ")");
        }
    }

    void statusChanged(long id, long ownerId, String title, InitiativeStatus from, InitiativeStatus to) {
        if (from != to && (to == InitiativeStatus.AT_RISK || to == InitiativeStatus.DROPPED)) {
            tell(id, ownerId, (to == InitiativeStatus.AT_RISK ? "Your initiative was put at risk: " : "Your initiative was dropped: ")
                    + title, "Was " + from.label().toLowerCase());
        }
    }

    void deleted(long ownerId, String title) {
        notifications.tell(Recipients.id(ownerId), NotificationKind.INITIATIVE_CHANGED, "Your initiative was deleted: " + title,
                "By " + CurrentUser.displayName(), "roadmap");
    }

    private void tell(long id, long ownerId, String title, String detail) {
        notifications.tell(Recipients.id(ownerId), NotificationKind.INITIATIVE_CHANGED, title,
                detail + " · by " + CurrentUser.displayName(), "roadmap/" + id);
    }
}
