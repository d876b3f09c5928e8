package org.cxplanner.notifications.ui;

import org.cxplanner.base.ui.UserMenuAction;
import org.cxplanner.notifications.NotificationSettingsService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** "Notifications and e-mail…" in the user menu. */
@Component
@Order(20)
class NotificationSettingsAction implements UserMenuAction {

    private final NotificationSettingsService service;

    NotificationSettingsAction(NotificationSettingsService service) {
        this.service = service;
    }

    @Override
    public String label() {
        return "Notifications and e-mail…";
    }

    @Override
    public void run() {
        new NotificationSettingsDialog(service).open();
    }
}
