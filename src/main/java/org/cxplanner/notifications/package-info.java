/**
 * Reaching people where they work. So far: how each person is reached ({@code NotificationSettingsService}: e-mail
 * address, time zone, daily digest time, and per {@code NotificationKind} a {@code Delivery}). Others may use those
 * types to decide whom to tell and how.
 */
package org.cxplanner.notifications;
