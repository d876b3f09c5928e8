package org.cxplanner.notifications.ui;

import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.NavbarItem;
import org.cxplanner.notifications.NotificationService;

/** Puts the notification bell into every screen's top bar. */
@org.springframework.stereotype.Component
class NotificationBellItem implements NavbarItem {

    private final NotificationService notifications;
    private final PlanEvents events;

    NotificationBellItem(NotificationService notifications, PlanEvents events) {
        this.notifications = notifications;
        this.events = events;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        return new NotificationBell(notifications, events);
    }
}
