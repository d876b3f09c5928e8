package org.cxplanner.review;

import org.cxplanner.notifications.DailyReminder;
import org.cxplanner.notifications.NotificationKind;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.notifications.Recipients;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Reminds each owner of an open action item the day before it is due, and once when it is overdue. */
@Component
class ActionReminders implements DailyReminder {

    private final ReviewRecords records;
    private final NotificationService notifications;

    ActionReminders(ReviewRecords records, NotificationService notifications) {
        this.records = records;
        this.notifications = notifications;
    }

    @Override
    public void remind(LocalDate today) {
        for (ReviewRecords.DueAction action : records.openDueBy(today.plusDays(1))) {
            boolean overdue = action.due().isBefore(today);
            if (!overdue && !action.due().equals(today.plusDays(1))) {
                continue;
            }
            notifications.remind(Recipients.id(action.ownerId()), NotificationKind.ACTION_DUE,
                    (overdue ? "Overdue since " + action.due() + ": " : "Due tomorrow: ") + action.text(),
                    "Agreed in the review of " + action.week(), "reviews/" + action.week(),
                    (overdue ? "overdue-" : "due-") + action.id());
        }
    }
}
