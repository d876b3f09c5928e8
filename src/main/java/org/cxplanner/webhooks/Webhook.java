package org.cxplanner.webhooks;

import org.cxplanner.base.OutgoingEvent;

import java.time.Instant;
import java.util.Set;

/** A registered endpoint as the administrators' screen shows it (never its secret), with how its deliveries went. */
public record Webhook(long id, int version, String name, String url, WebhookFormat format, Set<OutgoingEvent> events,
                      boolean allowInternal, boolean enabled, Instant lastDelivery, String lastStatus, int failing) {
}
