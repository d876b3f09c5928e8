/**
 * Reaching people where they work: how each person is reached ({@code NotificationSettingsService}: e-mail address,
 * time zone, daily digest time, and per {@code NotificationKind} a {@code Delivery}) and each person's notification
 * list ({@code NotificationService}). Features tell people with {@code NotificationService.tellRole} inside the
 * transaction of the change; screens listen for {@code NotificationEvents}.
 */
package org.cxplanner.notifications;
