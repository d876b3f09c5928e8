/**
 * Reaching people where they work: how each person is reached ({@code NotificationSettingsService}: e-mail address,
 * time zone, daily digest time, and per {@code NotificationKind} a {@code Delivery}) and each person's notification
 * list ({@code NotificationService}), the bell, the mail outbox and its sender ({@code MailSender}, one node at a
 * time), the daily digest and the features' daily reminders ({@code DigestService}, {@code DailyReminder}). Features
 * tell people with {@code NotificationService.tell} inside the transaction of the change; screens listen for
 * {@code NotificationEvents}.
 */
package org.cxplanner.notifications;
