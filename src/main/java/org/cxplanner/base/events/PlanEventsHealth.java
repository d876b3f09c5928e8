package org.cxplanner.base.events;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/** {@code /actuator/health} reports DOWN while this node cannot hear its colleagues' changes. */
@Component("planEventsHealthIndicator")
class PlanEventsHealth implements HealthIndicator {

    private final PlanEventListener listener;

    PlanEventsHealth(PlanEventListener listener) {
        this.listener = listener;
    }

    @Override
    public Health health() {
        return listener.isConnected() ? Health.up().build()
                : Health.down().withDetail("reason", "not listening for plan changes; reconnecting").build();
    }
}
