package org.cxplanner.webhooks;

import org.cxplanner.base.OutgoingEvent;

import java.time.Instant;

/** One line of an endpoint's delivery log; the response code, error and times are null until they happen. */
public record WebhookDelivery(long id, OutgoingEvent event, String summary, DeliveryStatus status, int attempts,
                              Integer responseCode, String error, Instant queuedAt,
                              Instant deliveredAt, Instant nextAttemptAt) {
}
