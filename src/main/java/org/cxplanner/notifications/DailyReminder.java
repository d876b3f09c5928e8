package org.cxplanner.notifications;

import java.time.LocalDate;

/**
 * A feature's daily reminders (action items due, numbers due), written with {@link NotificationService#remind}
 * once a day across all nodes, as the planner itself.
 */
public interface DailyReminder {

    void remind(LocalDate today);
}
