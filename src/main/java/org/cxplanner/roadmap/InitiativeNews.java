package org.cxplanner.roadmap;

import org.cxplanner.base.OutgoingEvent;
import org.cxplanner.base.OutgoingEvents;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.cxplanner.security.CurrentUser;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Map;

/** Tells an initiative's owner when someone else moves it, puts it at risk, drops or deletes it; other systems when it is put at risk. */
@Component
class InitiativeNews {

    private final NotificationService notifications;
    private final OutgoingEvents outgoing;

    InitiativeNews(NotificationService notifications, OutgoingEvents outgoing) {
        this.notifications = notifications;
        this.outgoing = outgoing;
    }

    void moved(long id, long ownerId, String title, LocalDate oldStart, LocalDate oldEnd, LocalDate newStart, LocalDate newEnd) {
        if (!oldStart.equals(newStart) || !oldEnd.equals(newEnd)) {
            tell(id, ownerId, "Your initiative was moved: " + title, "Now " + InitiativeChanges.span(newStart, newEnd)
                    + " (was " + InitiativeChanges.span(oldStart, oldEnd) + ")");
        }
    }

    void statusChanged(Initiative initiative, long ownerId, InitiativeStatus from) {
        InitiativeStatus to = initiative.getStatus();
        if (from != to && (to == InitiativeStatus.AT_RISK || to == InitiativeStatus.DROPPED)) {
            tell(initiative.getId(), ownerId, (to == InitiativeStatus.AT_RISK ? "Your initiative was put at risk: "
                    : "Your initiative was dropped: ") + initiative.getTitle(), "Was " + from.label().toLowerCase());
        }
        if (from != to && to == InitiativeStatus.AT_RISK) {
            outgoing.emit(OutgoingEvent.INITIATIVE_AT_RISK, "\"" + initiative.getTitle() + "\" was put at risk by "
                            + CurrentUser.displayName() + " (was " + from.label().toLowerCase() + "; "
                            + InitiativeChanges.span(initiative.getStartDate(), initiative.getEndDate()) + ").",
                    "roadmap/" + initiative.getId(), Map.of("initiativeId", initiative.getId(), "title", initiative.getTitle(),
                            "was", from.name(), "startDate", initiative.getStartDate().toString(),
                            "endDate", initiative.getEndDate().toString()));
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
