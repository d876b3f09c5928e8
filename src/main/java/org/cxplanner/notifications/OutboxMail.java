package org.cxplanner.notifications;

import java.time.Instant;

/** One row of the outbox as the administrator's screen shows it. */
public record OutboxMail(long id, String key, String toAddress, String recipientName, String subject, String text,
                         OutboxStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
