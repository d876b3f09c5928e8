package org.cxplanner.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The few kinds of feedback every view gives, so they look and last the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 3000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }

    /** Spring Security's own refusal says only "Access Denied": what it means instead. */
    static String inWords(String message) {
        return message == null || message.isBlank() || message.equals("Access Denied")
                ? LastResortErrorHandler.NOT_ALLOWED : message;
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(inWords(message), 8000, Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }
}
