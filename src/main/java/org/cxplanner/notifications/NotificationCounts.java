package org.cxplanner.notifications;

import org.cxplanner.base.PlanCount;
import org.cxplanner.base.PlanCounter;
import org.springframework.stereotype.Component;

import java.util.List;

/** The home page opens with the caller's unread notifications, when there are any. */
@Component
class NotificationCounts implements PlanCounter {

    private final NotificationService notifications;

    NotificationCounts(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public List<PlanCount> counts() {
        int unread = notifications.unreadCount();
        return unread == 0 ? List.of() : List.of(PlanCount.attention(-1,
                unread == 1 ? "unread notification" : "unread notifications", unread, "notifications"));
    }
}
